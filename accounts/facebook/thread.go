package facebook

// Reading an inbox item's thread: the Page's post and the comment a reply
// answers.

import (
	"context"
	"net/url"

	"github.com/carepost/carepost/accounts"
)

var _ accounts.ThreadReader = (*Connector)(nil)

// threadCommentFields are read for the item and, nested, for the comment
// it answers. Facebook threads are two deep (a comment, and replies to it),
// so the parent is a top-level comment whose own parent is the post.
const threadCommentFields = "id,message,from,created_time,permalink_url"

// Thread reads what stands above a comment on the Page's post: the post
// (GET /{post-id}, post being the Page post the inbox found the comment
// under) and, for a reply, the comment it answers (the comment's parent
// field, GET /{comment-id}?fields=…,parent{…}). Oldest first; it only
// reads. A Messenger message has no thread here (its conversation is in
// the inbox already). A post or comment gone since is a gap (Missing).
func (c *Connector) Thread(ctx context.Context, item accounts.Ref, post *accounts.Ref) (accounts.Thread, error) {
	const op = "read the thread"
	var t accounts.Thread
	if item.ID == "" || item.Conversation != "" {
		return t, nil
	}
	if post != nil && post.ID != "" {
		var p struct {
			fbPost
			From *struct {
				ID   string `json:"id"`
				Name string `json:"name"`
			} `json:"from"`
		}
		q := url.Values{}
		q.Set("fields", "id,message,from,created_time,permalink_url")
		switch err := c.graph.Get(ctx, op, url.PathEscape(post.ID), q, &p); {
		case postGone(err):
			t.Missing = true
		case err != nil:
			return accounts.Thread{}, err
		default:
			// An unreadable time leaves it zero: the message still shows, sorted first.
			at, _ := ParseGraphTime(p.CreatedTime)
			tp := accounts.ThreadPost{Ref: accounts.Ref{ID: p.ID, URL: p.PermalinkURL}, Text: p.Message, CreatedAt: at.UTC(),
				// The inbox reads comments only under the Page's own posts.
				Own: p.From == nil || p.From.ID == c.cfg.PageID}
			if tp.Ref.URL == "" {
				tp.Ref.URL = PostURL(p.ID)
			}
			if p.From != nil {
				tp.AuthorID, tp.Author, tp.AuthorName = p.From.ID, p.From.Name, p.From.Name
			}
			t.Ancestors = append(t.Ancestors, tp)
		}
	}
	var cm struct {
		fbComment
		Parent *fbComment `json:"parent"`
	}
	q := url.Values{}
	q.Set("fields", threadCommentFields+",parent{"+threadCommentFields+"}")
	switch err := c.graph.Get(ctx, op, url.PathEscape(item.ID), q, &cm); {
	case postGone(err):
		t.Missing = true
		return t, nil
	case err != nil:
		return accounts.Thread{}, err
	}
	if pc := cm.Parent; pc != nil && pc.ID != "" {
		// An unreadable time leaves it zero: the message still shows, sorted first.
		at, _ := ParseGraphTime(pc.CreatedTime)
		tp := accounts.ThreadPost{Ref: accounts.Ref{ID: pc.ID, URL: pc.PermalinkURL}, Text: pc.Message, CreatedAt: at.UTC()}
		if pc.From != nil {
			tp.AuthorID, tp.Author, tp.AuthorName = pc.From.ID, pc.From.Name, pc.From.Name
			tp.Own = pc.From.ID == c.cfg.PageID
		}
		t.Ancestors = append(t.Ancestors, tp)
	}
	return t, nil
}
