package facebook

// Looking for the Page's own answer under the item it answered, for an
// answer whose network response was lost (accounts.ReplyFinder). A
// comment answer is a comment, which the Page's posts never list.

import (
	"context"
	"fmt"
	"net/url"
	"strconv"
	"time"

	"github.com/carepost/carepost/accounts"
)

// How far OwnReplies reads: comments newest first, up to findCommentPages
// pages; Graph gives a conversation's newest messages only (the 20 most
// recent can be read in detail).
const (
	findCommentPages     = 5
	findMessagesInThread = 20
)

var _ accounts.ReplyFinder = (*Connector)(nil)

// OwnReplies lists the Page's answers to the item to, made since since,
// newest first:
//   - a public answer is a comment under to: GET /{id}/comments
//     (filter=stream, order=reverse_chronological), the Page's own by
//     from.id; when there is none and to is itself a reply, under the
//     comment it replies to as well (GET /{id}?fields=parent);
//   - an answer in a Messenger conversation is one of its messages: GET
//     /{conversation-id}?fields=messages.limit(20){…}, the Page's own by
//     from.id;
//   - a private reply to a comment opens a Messenger conversation
//     CarePost does not know, so it cannot be looked for: the error wraps
//     accounts.ErrReplyNotSettled.
func (c *Connector) OwnReplies(ctx context.Context, to accounts.Ref, r accounts.ReplyPost, since time.Time) ([]accounts.RecentPost, error) {
	const op = "look for the answer"
	if to.ID == "" {
		return nil, nil // Reply refuses it: nothing was sent
	}
	if to.Conversation != "" {
		return c.ownMessages(ctx, op, to.Conversation, since)
	}
	if r.Private {
		return nil, fmt.Errorf("%w: a private reply to a Facebook comment goes to a Messenger conversation CarePost cannot read back; look in the Page's Messenger inbox", accounts.ErrReplyNotSettled)
	}
	out, err := c.ownComments(ctx, op, to.ID, since)
	if len(out) > 0 || err != nil {
		return out, err
	}
	// Facebook shows comments two levels deep: an answer to a reply may be
	// threaded under the comment that reply answers, so it is looked for
	// there too.
	var node struct {
		Parent *struct {
			ID string `json:"id"`
		} `json:"parent"`
	}
	q := url.Values{}
	q.Set("fields", "parent")
	if err := c.graph.Get(ctx, op, url.PathEscape(to.ID), q, &node); err != nil {
		return nil, err
	}
	if node.Parent == nil || node.Parent.ID == "" {
		return nil, nil
	}
	return c.ownComments(ctx, op, node.Parent.ID, since)
}

// ownComments lists the Page's comments under the object id since since,
// newest first.
func (c *Connector) ownComments(ctx context.Context, op, id string, since time.Time) ([]accounts.RecentPost, error) {
	var out []accounts.RecentPost
	after := ""
	for page := 0; page < findCommentPages; page++ {
		q := url.Values{}
		q.Set("fields", "id,message,from,created_time,permalink_url")
		q.Set("filter", "stream")
		q.Set("order", "reverse_chronological")
		q.Set("limit", strconv.Itoa(commentsPerPage))
		if after != "" {
			q.Set("after", after)
		}
		var list List[fbComment]
		if err := c.graph.Get(ctx, op, url.PathEscape(id)+"/comments", q, &list); err != nil {
			return nil, err
		}
		for _, cm := range list.Data {
			at, err := ParseGraphTime(cm.CreatedTime)
			if err == nil && at.Before(since) {
				return out, nil // newest first: the rest is older still
			}
			if cm.From == nil || cm.From.ID != c.cfg.PageID {
				continue
			}
			out = append(out, accounts.RecentPost{Ref: accounts.Ref{ID: cm.ID, URL: cm.PermalinkURL}, Text: cm.Message, CreatedAt: at})
		}
		if after = list.Paging.NextAfter(); after == "" {
			return out, nil
		}
	}
	return out, fmt.Errorf("%w: more than %d comments since the first try", accounts.ErrReplyNotSettled, findCommentPages*commentsPerPage)
}

// ownMessages lists the Page's messages in a Messenger conversation since
// since, newest first.
func (c *Connector) ownMessages(ctx context.Context, op, conversation string, since time.Time) ([]accounts.RecentPost, error) {
	var cv fbConversation
	q := url.Values{}
	q.Set("fields", fmt.Sprintf("messages.limit(%d){id,message,from,created_time}", findMessagesInThread))
	if err := c.graph.Get(ctx, op, url.PathEscape(conversation), q, &cv); err != nil {
		return nil, err
	}
	if cv.Messages == nil {
		return nil, nil
	}
	var out []accounts.RecentPost
	for _, m := range cv.Messages.Data {
		at, err := ParseGraphTime(m.CreatedTime)
		if err == nil && at.Before(since) {
			return out, nil // newest first
		}
		if m.From == nil || m.From.ID != c.cfg.PageID {
			continue
		}
		out = append(out, accounts.RecentPost{Ref: accounts.Ref{ID: m.ID, Conversation: conversation}, Text: m.Message, CreatedAt: at})
	}
	if len(cv.Messages.Data) < findMessagesInThread {
		return out, nil // the whole conversation was read
	}
	return out, fmt.Errorf("%w: the conversation has more than %d messages since the first try", accounts.ErrReplyNotSettled, findMessagesInThread)
}
