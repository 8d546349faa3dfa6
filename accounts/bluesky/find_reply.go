package bluesky

// Looking for the account's own answer, for an answer whose network
// response was lost (accounts.ReplyFinder). RecentPosts lists top-level
// posts only, so a reply is looked for in the account's own repository,
// where it is the moment the PDS took it (no AppView indexing between),
// and a chat answer among the conversation's messages.

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/carepost/carepost/accounts"
)

// How far OwnReplies reads: pages of the account's newest post records,
// and of a chat conversation's newest messages.
const (
	findRecordsPage  = 100
	findRecordPages  = 5
	findMessagesPage = 100
	findMessagePages = 3
)

var _ accounts.ReplyFinder = (*Connector)(nil)

// OwnReplies lists the account's answers to the item to, made since since,
// newest first: its post records whose reply parent is to
// (com.atproto.repo.listRecords on its own repository, newest first), or,
// for a chat message, its own messages in that conversation
// (chat.bsky.convo.getMessages).
func (c *Connector) OwnReplies(ctx context.Context, to accounts.Ref, r accounts.ReplyPost, since time.Time) ([]accounts.RecentPost, error) {
	const op = "look for the answer"
	if to.Conversation != "" {
		return c.ownChatMessages(ctx, op, to.Conversation, since)
	}
	if r.Private || to.URI == "" {
		return nil, nil // Reply refuses these: nothing was sent
	}
	s, err := c.whoami(ctx)
	if err != nil {
		return nil, err
	}
	var found []accounts.RecentPost
	cursor := ""
	for page := 0; page < findRecordPages; page++ {
		q := url.Values{"repo": {s.DID}, "collection": {postCollection}, "limit": {strconv.Itoa(findRecordsPage)}}
		if cursor != "" {
			q.Set("cursor", cursor)
		}
		resp, err := c.authed(ctx, call{op: op, method: http.MethodGet, base: c.pds, nsid: "com.atproto.repo.listRecords", query: q})
		if err != nil {
			return nil, err
		}
		var out struct {
			Cursor  string `json:"cursor"`
			Records []struct {
				URI   string     `json:"uri"`
				CID   string     `json:"cid"`
				Value recordView `json:"value"`
			} `json:"records"`
		}
		if err := resp.JSON(&out); err != nil {
			return nil, badResponse(op, err)
		}
		for _, rec := range out.Records {
			at := parseTime(rec.Value.CreatedAt)
			if !at.IsZero() && at.Before(since) {
				return found, nil // newest first (record keys are creation times)
			}
			reply := rec.Value.Reply
			if reply == nil || reply.Parent.URI != to.URI {
				continue
			}
			found = append(found, accounts.RecentPost{
				Ref:  accounts.Ref{URI: rec.URI, CID: rec.CID, URL: postURL(s, rec.URI), RootURI: reply.Root.URI, RootCID: reply.Root.CID},
				Text: rec.Value.Text, CreatedAt: at,
			})
		}
		if out.Cursor == "" || len(out.Records) == 0 {
			return found, nil
		}
		cursor = out.Cursor
	}
	return found, fmt.Errorf("%w: the account posted more than %d times since the first try", accounts.ErrReplyNotSettled, findRecordPages*findRecordsPage)
}

// ownChatMessages lists the account's messages in a chat conversation
// since since, newest first.
func (c *Connector) ownChatMessages(ctx context.Context, op, convo string, since time.Time) ([]accounts.RecentPost, error) {
	s, err := c.whoami(ctx)
	if err != nil {
		return nil, err
	}
	var found []accounts.RecentPost
	cursor := ""
	for page := 0; page < findMessagePages; page++ {
		q := url.Values{"convoId": {convo}, "limit": {strconv.Itoa(findMessagesPage)}}
		if cursor != "" {
			q.Set("cursor", cursor)
		}
		resp, err := c.authed(ctx, call{op: op, method: http.MethodGet, base: c.pds, nsid: "chat.bsky.convo.getMessages", query: q, proxy: chatProxy})
		if err != nil {
			return nil, err
		}
		var out struct {
			Cursor   string        `json:"cursor"`
			Messages []messageView `json:"messages"`
		}
		if err := resp.JSON(&out); err != nil {
			return nil, badResponse(op, err)
		}
		for _, m := range out.Messages {
			at := parseTime(m.SentAt)
			if !at.IsZero() && at.Before(since) {
				return found, nil // newest first
			}
			if m.ID == "" || m.Sender.DID != s.DID {
				continue // a deleted message, or someone else's
			}
			found = append(found, accounts.RecentPost{Ref: accounts.Ref{ID: m.ID, Conversation: convo}, Text: m.Text, CreatedAt: at})
		}
		if out.Cursor == "" || len(out.Messages) == 0 {
			return found, nil
		}
		cursor = out.Cursor
	}
	return found, fmt.Errorf("%w: more than %d chat messages since the first try", accounts.ErrReplyNotSettled, findMessagePages*findMessagesPage)
}
