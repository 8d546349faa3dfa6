package bluesky

// Bluesky chat (direct messages): read with chat.bsky.convo.getLog and
// answered with chat.bsky.convo.sendMessage, through the PDS, which
// forwards them to Bluesky's chat service (atproto-proxy header). Only an
// app password created with "Allow access to your direct messages" may
// use them; without it the PDS refuses and the inbox says so.

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"strings"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/network"
)

// chatProxy is the atproto-proxy value for Bluesky's chat service.
const chatProxy = "did:web:api.bsky.chat#bsky_chat"

// chatMaxPages bounds one read of the chat log.
const chatMaxPages = 10

// chatNote is what staff read when the app password may not read chats.
const chatNote = "Bluesky chat messages were not read: this app password does not allow direct messages. Make a new app password with \"Allow access to your direct messages\" and reconnect Bluesky to see them here."

type messageView struct {
	Type   string `json:"$type"`
	ID     string `json:"id"`
	Rev    string `json:"rev"`
	Text   string `json:"text"`
	SentAt string `json:"sentAt"`
	Sender struct {
		DID string `json:"did"`
	} `json:"sender"`
}

// chatMessages reads the chat log after cursor (chat.bsky.convo.getLog)
// and returns the messages others sent, the log cursor to continue from,
// and a note when chats may not be read. A failure to reach the chat
// service leaves the cursor as it was and fails nothing: the messages
// come with the next read.
func (c *Connector) chatMessages(ctx context.Context, cursor, own string) ([]accounts.Activity, string, string) {
	const op = "read chat messages"
	token, err := c.accessToken(ctx, op)
	if err != nil {
		return nil, cursor, ""
	}
	var items []accounts.Activity
	next := cursor
	for n := 0; n < chatMaxPages; n++ {
		q := url.Values{}
		if next != "" {
			q.Set("cursor", next)
		}
		// Sent as is, never renewed here: a refused chat call means the
		// app password may not read chats, not that the session ended
		// (the notifications were just read with this token).
		resp, _, err := c.send(ctx, call{op: op, method: http.MethodGet, base: c.pds, nsid: "chat.bsky.convo.getLog",
			query: q, token: token, proxy: chatProxy})
		if err != nil {
			switch accounts.ErrorKindOf(err) {
			case accounts.KindAuth, accounts.KindRejected:
				return items, cursor, chatNote
			}
			return nil, cursor, ""
		}
		var out struct {
			Cursor string `json:"cursor"`
			Logs   []struct {
				Type    string          `json:"$type"`
				ConvoID string          `json:"convoId"`
				Message json.RawMessage `json:"message"`
			} `json:"logs"`
		}
		if err := resp.JSON(&out); err != nil {
			return nil, cursor, ""
		}
		for _, l := range out.Logs {
			if !strings.HasSuffix(l.Type, "#logCreateMessage") {
				continue
			}
			var m messageView
			if json.Unmarshal(l.Message, &m) != nil || m.ID == "" || strings.HasSuffix(m.Type, "#deletedMessageView") {
				continue
			}
			if m.Sender.DID == own {
				continue
			}
			items = append(items, accounts.Activity{
				Ref:          accounts.Ref{ID: m.ID, Conversation: l.ConvoID},
				Kind:         accounts.ActivityMessage,
				Private:      true,
				Conversation: l.ConvoID,
				AuthorID:     m.Sender.DID,
				Author:       m.Sender.DID,
				Text:         m.Text,
				CreatedAt:    parseTime(m.SentAt),
			})
		}
		if out.Cursor == "" || out.Cursor == next {
			break
		}
		next = out.Cursor
		if len(out.Logs) == 0 {
			break
		}
	}
	return items, next, ""
}

// sendChat answers in a chat conversation (chat.bsky.convo.sendMessage).
func (c *Connector) sendChat(ctx context.Context, convo, text string) (accounts.Published, error) {
	const op = "reply privately"
	if strings.TrimSpace(text) == "" {
		return accounts.Published{}, rejected(op, "The reply is empty.")
	}
	resp, err := c.authed(ctx, call{op: op, method: http.MethodPost, base: c.pds, nsid: "chat.bsky.convo.sendMessage",
		proxy: chatProxy, body: map[string]any{"convoId": convo, "message": map[string]string{"text": text}}})
	if err != nil {
		return accounts.Published{}, err
	}
	var m messageView
	if err := resp.JSON(&m); err != nil || m.ID == "" {
		if err == nil {
			err = errors.New("the chat service accepted the message but did not say its id")
		}
		return accounts.Published{}, &accounts.Error{Kind: accounts.KindTransient, Network: network.Bluesky, Op: op, Status: resp.Status, Err: err}
	}
	at := parseTime(m.SentAt)
	if at.IsZero() {
		at = c.now()
	}
	return accounts.Published{Ref: accounts.Ref{ID: m.ID, Conversation: convo}, At: at}, nil
}
