package x

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
)

// A lost reply is looked for among the account's posts since the first try
// that reply to the item; a lost direct message among the conversation's
// messages, the account's own by sender_id.
func TestOwnRepliesX(t *testing.T) {
	ctx := context.Background()
	since := fixedNow.Add(-time.Hour)
	const tweetsQuery = "max_results=100&start_time=2026-11-25T11%3A00%3A00Z&tweet.fields=created_at%2Creferenced_tweets"

	t.Run("a reply is the account's post that replies to the item", func(t *testing.T) {
		f := newFake(t, []exchange{{Method: "GET", Path: "/2/users/2244994945/tweets", Query: tweetsQuery, Body: `{"data":[
		  {"id":"1860000000000000003","text":"@ann_lee We open at 9.","created_at":"2026-11-25T11:40:00.000Z","referenced_tweets":[{"type":"replied_to","id":"1860000000000000001"}]},
		  {"id":"1860000000000000002","text":"Flu clinic Saturday","created_at":"2026-11-25T11:30:00.000Z"},
		  {"id":"1860000000000000004","text":"We open at 9.","created_at":"2026-11-25T11:20:00.000Z","referenced_tweets":[{"type":"replied_to","id":"1860000000000000099"}]}
		],"meta":{"result_count":3}}`}})
		c, _ := newConn(f, nil)
		got, err := c.OwnReplies(ctx, accounts.Ref{ID: "1860000000000000001"}, accounts.ReplyPost{Text: "We open at 9."}, since)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || got[0].ID != "1860000000000000003" || got[0].URL != PostURL("1860000000000000003") || got[0].Text != "@ann_lee We open at 9." ||
			!got[0].CreatedAt.Equal(time.Date(2026, 11, 25, 11, 40, 0, 0, time.UTC)) {
			t.Fatalf("got %+v", got)
		}
	})

	t.Run("more posts than it reads settles nothing", func(t *testing.T) {
		page := `{"data":[{"id":"1","text":"x","created_at":"2026-11-25T11:40:00.000Z"}],"meta":{"next_token":"tok"}}`
		f := newFake(t, []exchange{
			{Method: "GET", Path: "/2/users/2244994945/tweets", Query: tweetsQuery, Body: page},
			{Method: "GET", Path: "/2/users/2244994945/tweets", Query: "max_results=100&pagination_token=tok&start_time=2026-11-25T11%3A00%3A00Z&tweet.fields=created_at%2Creferenced_tweets", Body: page},
			{Method: "GET", Path: "/2/users/2244994945/tweets", Query: "max_results=100&pagination_token=tok&start_time=2026-11-25T11%3A00%3A00Z&tweet.fields=created_at%2Creferenced_tweets", Body: page},
		})
		c, _ := newConn(f, nil)
		_, err := c.OwnReplies(ctx, accounts.Ref{ID: "1860000000000000001"}, accounts.ReplyPost{Text: "We open at 9."}, since)
		if !errors.Is(err, accounts.ErrReplyNotSettled) {
			t.Fatalf("err = %v", err)
		}
	})

	t.Run("a direct message is the account's message in the conversation", func(t *testing.T) {
		f := newFake(t, []exchange{{Method: "GET", Path: "/2/dm_conversations/2244994945-55501/dm_events",
			Query: "dm_event.fields=id%2Cevent_type%2Ctext%2Csender_id%2Cdm_conversation_id%2Ccreated_at&event_types=MessageCreate&max_results=100",
			Body: `{"data":[
			  {"id":"1860000000000000013","event_type":"MessageCreate","text":"Yes, 4 pm works.","sender_id":"2244994945","dm_conversation_id":"2244994945-55501","created_at":"2026-11-25T11:50:00.000Z"},
			  {"id":"1860000000000000012","event_type":"MessageCreate","text":"Can I come at 4?","sender_id":"55501","dm_conversation_id":"2244994945-55501","created_at":"2026-11-25T11:45:00.000Z"},
			  {"id":"1860000000000000010","event_type":"MessageCreate","text":"Old","sender_id":"2244994945","dm_conversation_id":"2244994945-55501","created_at":"2026-11-24T11:45:00.000Z"}
			],"meta":{"result_count":3}}`}})
		c, _ := newConn(f, nil)
		got, err := c.OwnReplies(ctx, accounts.Ref{ID: "1860000000000000012", Conversation: "2244994945-55501"}, accounts.ReplyPost{Text: "Yes, 4 pm works.", Private: true}, since)
		if err != nil || len(got) != 1 || got[0].Ref != (accounts.Ref{ID: "1860000000000000013", Conversation: "2244994945-55501"}) {
			t.Fatalf("got %+v, %v", got, err)
		}
	})

	t.Run("a private answer to a public post was never sent: nothing is read", func(t *testing.T) {
		f := newFake(t, nil)
		c, _ := newConn(f, nil)
		if got, err := c.OwnReplies(ctx, accounts.Ref{ID: "1"}, accounts.ReplyPost{Text: "x", Private: true}, since); err != nil || len(got) != 0 {
			t.Fatalf("got %+v, %v", got, err)
		}
	})
}
