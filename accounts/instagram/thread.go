package instagram

// Reading an inbox item's thread: the account's post and the comment a
// reply answers.

import (
	"context"
	"net/url"
	"strings"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/accounts/facebook"
)

var _ accounts.ThreadReader = (*Connector)(nil)

// threadComment is an IG Comment with the fields a thread needs.
type threadComment struct {
	igComment
	ParentID string   `json:"parent_id"`
	Media    *igMedia `json:"media"`
}

// Thread reads what stands above a comment on the account's media (GET
// /{ig-comment-id}?fields=…,parent_id,media{caption,permalink,timestamp}):
// the post, and for a reply the comment it answers (GET /{parent_id}).
// Instagram threads are two deep, so that is all there is. Oldest first;
// it only reads. A comment or parent gone since is a gap (Missing). post
// is not needed: the comment names its media.
func (c *Connector) Thread(ctx context.Context, item accounts.Ref, post *accounts.Ref) (accounts.Thread, error) {
	const op = "read the thread"
	var t accounts.Thread
	if item.ID == "" || item.Conversation != "" {
		return t, nil
	}
	var cm threadComment
	q := url.Values{}
	q.Set("fields", "id,text,username,timestamp,parent_id,media{id,caption,permalink,timestamp}")
	switch err := c.graph.Get(ctx, op, url.PathEscape(item.ID), q, &cm); {
	case postGone(err):
		t.Missing = true
		return t, nil
	case err != nil:
		return accounts.Thread{}, err
	}
	if m := cm.Media; m != nil && m.ID != "" {
		// An unreadable time leaves it zero: the message still shows, sorted first.
		at, _ := facebook.ParseGraphTime(m.Timestamp)
		// Comments reach the inbox only from the account's own media.
		t.Ancestors = append(t.Ancestors, accounts.ThreadPost{Ref: accounts.Ref{ID: m.ID, URL: m.Permalink},
			Text: m.Caption, CreatedAt: at.UTC(), Own: true})
	} else {
		t.Missing = true
	}
	if cm.ParentID == "" {
		return t, nil
	}
	me := c.ownUsername(ctx)
	var pc igComment
	q = url.Values{}
	q.Set("fields", commentFields)
	switch err := c.graph.Get(ctx, op, url.PathEscape(cm.ParentID), q, &pc); {
	case postGone(err):
		t.Missing = true
		return t, nil
	case err != nil:
		return accounts.Thread{}, err
	}
	// An unreadable time leaves it zero: the message still shows, sorted first.
	at, _ := facebook.ParseGraphTime(pc.Timestamp)
	tp := accounts.ThreadPost{Ref: accounts.Ref{ID: pc.ID}, Author: pc.Username, Text: pc.Text, CreatedAt: at.UTC()}
	if pc.From != nil {
		tp.AuthorID = pc.From.ID
		if tp.Author == "" {
			tp.Author = pc.From.Username
		}
	}
	tp.Own = (me != "" && strings.EqualFold(tp.Author, me)) || (tp.AuthorID != "" && tp.AuthorID == c.cfg.IGUserID)
	t.Ancestors = append(t.Ancestors, tp)
	return t, nil
}
