package drafts

import (
	"context"
	"fmt"
	"strings"
)

// GateError says why a draft may not go to a network now. Reasons are
// plain sentences staff can act on.
type GateError struct {
	Reasons []string
}

func (e *GateError) Error() string { return strings.Join(e.Reasons, " ") }

// NotReadyReason is what a draft that is no longer ready says at publish
// time: it was edited (which takes it out of ready) or marked draft again.
const NotReadyReason = "The draft was changed after it was scheduled, or is not marked ready; mark it ready again."

// NotApprovedReason is what an unapproved draft says when the clinic
// requires approval.
const NotApprovedReason = "The clinic requires approval and this draft is not approved: send it for review and have it approved."

// CheckPublishable runs every gate a post passes on its way to network n,
// on the draft as stored now: ready (and approved when requireApproval),
// aimed at n, and the same checks as "Mark ready" (privacy findings fixed or
// kept, within n's limits, alt text, a live consent covering the networks
// for a patient story or a picture of a person). Scheduling calls it, and
// the publishing engine calls it again just before the network call, so a
// consent that lapsed or was revoked meanwhile holds the post. It returns
// *GateError when a gate is shut, or another error when it cannot tell.
func (s *Service) CheckPublishable(ctx context.Context, d Draft, n Network, requireApproval bool) error {
	var reasons []string
	switch {
	case d.Status != StatusReady:
		reasons = append(reasons, NotReadyReason)
	case requireApproval && !d.Approved():
		reasons = append(reasons, NotApprovedReason)
	}
	if n != "" && !d.Targets(n) {
		reasons = append(reasons, fmt.Sprintf("The draft is not aimed at %s: tick it in the draft first.", n.Label()))
	}
	r, err := s.Review(ctx, d)
	if err != nil {
		return fmt.Errorf("checking %q before posting: %w", d.DisplayTitle(), err)
	}
	reasons = append(reasons, r.Blockers...)
	if len(reasons) > 0 {
		return &GateError{Reasons: reasons}
	}
	return nil
}
