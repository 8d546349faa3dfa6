package inbox

import (
	"context"
	"errors"
	"fmt"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/network"
)

// HiddenLabel is the label an item gets once it is hidden on its network.
const HiddenLabel = "hidden on the network"

// ErrCannotHide means the item's network gives apps no way to hide it;
// staff hide or delete it there.
var ErrCannotHide = errors.New("this network doesn't let CarePost hide comments: hide or delete it on the network itself")

// CanHide reports whether CarePost can hide the item on its network: a
// public comment or reply on a network whose connector hides comments
// (a Facebook Page, Instagram).
func CanHide(it Item) bool {
	return !it.Private && (it.Kind == KindComment || it.Kind == KindReply) && hides[it.Network]
}

// Hide hides a public comment on its network, as the triage suggests for
// one that shares its writer's health details, and labels the item. Like
// MarkSeen it is an action staff ask for; reading never does it.
func (s *Service) Hide(ctx context.Context, it Item) error {
	if !CanHide(it) {
		return ErrCannotHide
	}
	it, err := s.Get(ctx, it.ID) // the list's items carry no Ref
	if err != nil {
		return err
	}
	conn, _, err := s.Sync.Connectors(ctx, it.AccountID)
	if err != nil {
		return err
	}
	h, ok := conn.(accounts.CommentHider)
	if !ok {
		return ErrCannotHide
	}
	if err := h.HideComment(ctx, it.Ref); err != nil {
		return fmt.Errorf("hiding the comment: %s", accounts.UserMessage(err))
	}
	return s.AddLabel(ctx, it.ID, HiddenLabel)
}

// hides are the networks whose connectors are accounts.CommentHiders.
var hides = map[network.Network]bool{network.Facebook: true, network.Instagram: true}
