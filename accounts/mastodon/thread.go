package mastodon

// Reading an inbox item's thread: the statuses above it.

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"sort"

	"github.com/carepost/carepost/accounts"
)

var _ accounts.ThreadReader = (*Connector)(nil)

// Thread reads the statuses above the item (GET
// /api/v1/statuses/:id/context, its ancestors), oldest first. It only
// reads. The server answers with what the clinic's account may see: a
// direct or followers-only status stays visible only because the clinic
// was in it, and is marked Private. A status the clinic can no longer see
// (deleted, or from a blocked account) leaves a gap: Missing is set. post
// is not needed: the ancestors reach the thread's root.
func (c *Connector) Thread(ctx context.Context, item accounts.Ref, post *accounts.Ref) (accounts.Thread, error) {
	const op = "read the thread"
	if item.ID == "" {
		return accounts.Thread{}, nil
	}
	var ctxt struct {
		Ancestors []apiStatus `json:"ancestors"`
	}
	if _, err := c.get(ctx, op, "/api/v1/statuses/"+url.PathEscape(item.ID)+"/context", nil, &ctxt); err != nil {
		var e *accounts.Error
		if errors.As(err, &e) && e.Status == http.StatusNotFound {
			// The item itself is gone (or no longer visible): nothing
			// above it can be read.
			return accounts.Thread{Missing: true}, nil
		}
		return accounts.Thread{}, err
	}
	anc := ctxt.Ancestors
	// Servers list ancestors root first; sorting keeps that promise for
	// any that do not.
	sort.SliceStable(anc, func(i, j int) bool { return anc[i].CreatedAt.Before(anc[j].CreatedAt) })
	var own string
	if len(anc) > 0 {
		id, err := c.ownID(ctx)
		if err != nil {
			return accounts.Thread{}, err
		}
		own = id
	}
	var t accounts.Thread
	for i := range anc {
		s := &anc[i]
		if i == 0 && s.InReplyToID != nil && *s.InReplyToID != "" {
			t.Missing = true // the root is not visible to the clinic
		}
		if i > 0 && (s.InReplyToID == nil || string(*s.InReplyToID) != string(anc[i-1].ID)) {
			t.Missing = true
		}
		p := accounts.ThreadPost{Ref: s.ref(), Text: statusText(s), CreatedAt: s.CreatedAt,
			Private: s.Visibility == "direct" || s.Visibility == "private"}
		if a := s.Account; a != nil {
			p.AuthorID = string(a.ID)
			if a.Acct != "" {
				p.Author = "@" + a.Acct
			}
			p.AuthorName = a.DisplayName
			p.Own = own != "" && string(a.ID) == own
		}
		t.Ancestors = append(t.Ancestors, p)
	}
	return t, nil
}
