package x

// Looking for the account's own answer, for an answer whose network
// response was lost (accounts.ReplyFinder): a reply among the account's
// posts since the first try that reply to the item, a direct message
// among the conversation's messages. X bills reads per item, so both ask
// only for what the first try could have made.

import (
	"context"
	"fmt"
	"net/url"
	"strconv"
	"time"

	"github.com/carepost/carepost/accounts"
)

// How far OwnReplies reads: pages of 100 posts or messages.
const (
	findPageSize = 100
	findPages    = 3
)

var _ accounts.ReplyFinder = (*Connector)(nil)

// OwnReplies lists the account's answers to the item to, made since since,
// newest first: its posts that reply to to.ID (GET /2/users/:id/tweets
// with start_time, referenced_tweets replied_to), or, in a direct-message
// conversation, its own messages there (GET
// /2/dm_conversations/:id/dm_events).
func (c *Connector) OwnReplies(ctx context.Context, to accounts.Ref, r accounts.ReplyPost, since time.Time) ([]accounts.RecentPost, error) {
	const op = "look for the answer"
	if to.Conversation == "" && (r.Private || to.ID == "") {
		return nil, nil // Reply refuses these: nothing was sent
	}
	own, err := c.me(ctx, op)
	if err != nil {
		return nil, err
	}
	if to.Conversation != "" {
		return c.ownMessages(ctx, op, own, to.Conversation, since)
	}
	var found []accounts.RecentPost
	token := ""
	for page := 0; page < findPages; page++ {
		q := url.Values{"max_results": {strconv.Itoa(findPageSize)}, "tweet.fields": {"created_at,referenced_tweets"}}
		if !since.IsZero() {
			q.Set("start_time", since.UTC().Format(time.RFC3339))
		}
		if token != "" {
			q.Set("pagination_token", token)
		}
		var out struct {
			Data []tweet `json:"data"`
			Meta struct {
				NextToken string `json:"next_token"`
			} `json:"meta"`
		}
		if err := c.get(ctx, op, "/2/users/"+url.PathEscape(own)+"/tweets", q, &out); err != nil {
			return nil, err
		}
		for _, t := range out.Data {
			replies := false
			for _, ref := range t.ReferencedTweets {
				replies = replies || (ref.Type == "replied_to" && ref.ID == to.ID)
			}
			if !replies {
				continue
			}
			rp := accounts.RecentPost{Ref: accounts.Ref{ID: t.ID, URL: PostURL(t.ID)}, Text: t.Text}
			if at, err := time.Parse(time.RFC3339Nano, t.CreatedAt); err == nil {
				rp.CreatedAt = at
			}
			found = append(found, rp)
		}
		if token = out.Meta.NextToken; token == "" {
			return found, nil
		}
	}
	return found, fmt.Errorf("%w: the account posted more than %d times since the first try", accounts.ErrReplyNotSettled, findPages*findPageSize)
}

// ownMessages lists the account's messages in a direct-message
// conversation since since, newest first.
func (c *Connector) ownMessages(ctx context.Context, op, own, conversation string, since time.Time) ([]accounts.RecentPost, error) {
	var found []accounts.RecentPost
	token := ""
	for page := 0; page < findPages; page++ {
		q := url.Values{
			"dm_event.fields": {"id,event_type,text,sender_id,dm_conversation_id,created_at"},
			"event_types":     {"MessageCreate"},
			"max_results":     {strconv.Itoa(findPageSize)},
		}
		if token != "" {
			q.Set("pagination_token", token)
		}
		var out struct {
			Data []dmEvent `json:"data"`
			Meta struct {
				NextToken string `json:"next_token"`
			} `json:"meta"`
		}
		if err := c.get(ctx, op, "/2/dm_conversations/"+url.PathEscape(conversation)+"/dm_events", q, &out); err != nil {
			return nil, err
		}
		for _, e := range out.Data {
			at, err := time.Parse(time.RFC3339Nano, e.CreatedAt)
			if err == nil && at.Before(since) {
				return found, nil // newest first
			}
			if e.SenderID != own {
				continue
			}
			found = append(found, accounts.RecentPost{Ref: accounts.Ref{ID: e.ID, Conversation: conversation}, Text: e.Text, CreatedAt: at})
		}
		if token = out.Meta.NextToken; token == "" {
			return found, nil
		}
	}
	return found, fmt.Errorf("%w: more than %d messages since the first try", accounts.ErrReplyNotSettled, findPages*findPageSize)
}
