package x

import (
	"context"
	"errors"
	"strconv"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
)

func TestRateLimitHeadersStopFurtherRequests(t *testing.T) {
	const fields = "expansions=author_id&max_results=100"
	const tf = "tweet.fields=created_at%2Cauthor_id%2Cin_reply_to_user_id%2Creferenced_tweets&user.fields=username%2Cname"
	reset := fixedNow.Add(12 * time.Minute)
	f := newFake(t, []exchange{
		{Method: "GET", Path: "/2/users/2244994945/mentions", Query: fields + "&since_id=5&" + tf,
			Headers: map[string]string{"x-rate-limit-limit": "10", "x-rate-limit-remaining": "0", "x-rate-limit-reset": strconv.FormatInt(reset.Unix(), 10)},
			Body:    `{"meta": {"result_count": 0}}`},
		// Direct messages count against their own endpoint's limit.
		{Method: "GET", Path: "/2/dm_events", Query: dmQuery, Body: `{"meta": {"result_count": 0}}`},
		// Posting counts against another endpoint's limit: it goes on.
		{Method: "POST", Path: "/2/tweets", WantJSON: `{"text":"Open today","reply":{"in_reply_to_tweet_id":"7"}}`, Body: `{"data":{"id":"8","text":"Open today"}}`},
	})
	c, _ := newConn(f, nil)
	first, err := c.FetchActivity(context.Background(), "5")
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.FetchActivity(context.Background(), first.Cursor)
	var e *accounts.Error
	if !errors.As(err, &e) || e.Kind != accounts.KindRateLimited || e.RetryAfter != 12*time.Minute || !e.RetryAt.Equal(reset) {
		t.Fatalf("second read: %#v, want rate limited until the reset", err)
	}
	if _, err := c.Reply(context.Background(), accounts.Ref{ID: "7"}, accounts.ReplyPost{Text: "Open today"}); err != nil {
		t.Fatalf("reply on another endpoint: %v", err)
	}
}

const dmQuery = "dm_event.fields=id%2Cevent_type%2Ctext%2Csender_id%2Cdm_conversation_id%2Ccreated_at&event_types=MessageCreate&expansions=sender_id&max_results=100&user.fields=username%2Cname"

func TestDirectMessages(t *testing.T) {
	const fields = "expansions=author_id&max_results=100"
	const tf = "tweet.fields=created_at%2Cauthor_id%2Cin_reply_to_user_id%2Creferenced_tweets&user.fields=username%2Cname"
	noMentions := exchange{Method: "GET", Path: "/2/users/2244994945/mentions", Query: fields + "&since_id=5&" + tf, Body: `{"meta": {"result_count": 0}}`}
	// GET /2/dm_events answers newest first.
	events := exchange{Method: "GET", Path: "/2/dm_events", Query: dmQuery, Body: `{"data": [
	    {"id": "1582838535420768260", "event_type": "MessageCreate", "text": "Thanks, see you", "sender_id": "2244994945", "dm_conversation_id": "111-2244994945", "created_at": "2026-11-25T11:05:00.000Z"},
	    {"id": "1582838535420768259", "event_type": "MessageCreate", "text": "Can I change my appointment?", "sender_id": "111", "dm_conversation_id": "111-2244994945", "created_at": "2026-11-25T11:00:00.000Z"},
	    {"id": "1582838535420768000", "event_type": "MessageCreate", "text": "older", "sender_id": "111", "dm_conversation_id": "111-2244994945", "created_at": "2026-11-20T11:00:00.000Z"}
	  ],
	  "includes": {"users": [{"id": "111", "name": "Pat Doe", "username": "pat"}]},
	  "meta": {"result_count": 3, "next_token": "more"}}`}

	t.Run("messages since the cursor are private and carry their conversation", func(t *testing.T) {
		f := newFake(t, []exchange{noMentions, events})
		c, _ := newConn(f, nil)
		page, err := c.FetchActivity(context.Background(), `{"m":"5","d":"1582838535420768000"}`)
		if err != nil {
			t.Fatal(err)
		}
		if len(page.Items) != 1 {
			t.Fatalf("items = %+v (the clinic's own and the old one are left out)", page.Items)
		}
		m := page.Items[0]
		if m.Kind != accounts.ActivityMessage || !m.Private || m.Ref.ID != "1582838535420768259" || m.Ref.Conversation != "111-2244994945" ||
			m.Conversation != "111-2244994945" || m.Author != "pat" || m.AuthorName != "Pat Doe" || m.Text != "Can I change my appointment?" {
			t.Errorf("message = %+v", m)
		}
		if page.Cursor != `{"m":"5","d":"1582838535420768260"}` {
			t.Errorf("cursor = %s", page.Cursor)
		}
	})

	t.Run("without dm.read the mentions still come, with a note", func(t *testing.T) {
		denied := exchange{Method: "GET", Path: "/2/dm_events", Query: dmQuery, Status: 403,
			Body: `{"title": "Forbidden", "type": "about:blank", "status": 403, "detail": "Forbidden"}`}
		f := newFake(t, []exchange{noMentions, denied})
		c, _ := newConn(f, nil)
		page, err := c.FetchActivity(context.Background(), "5")
		if err != nil {
			t.Fatalf("a missing DM permission failed the whole read: %v", err)
		}
		if len(page.Notes) != 1 || page.Cursor != "5" {
			t.Errorf("page = %+v", page)
		}
	})

	t.Run("a direct message is answered in its conversation, even without Private", func(t *testing.T) {
		for _, private := range []bool{true, false} {
			f := newFake(t, []exchange{{Method: "POST", Path: "/2/dm_conversations/111-2244994945/messages", WantJSON: `{"text":"Yes, Thursday works"}`,
				Status: 201, Body: `{"data": {"dm_conversation_id": "111-2244994945", "dm_event_id": "1582838535420768300"}}`}})
			c, _ := newConn(f, nil)
			got, err := c.Reply(context.Background(), accounts.Ref{ID: "1582838535420768259", Conversation: "111-2244994945"},
				accounts.ReplyPost{Text: "Yes, Thursday works", Private: private})
			if err != nil || got.ID != "1582838535420768300" || got.Conversation != "111-2244994945" {
				t.Fatalf("Reply = %+v, %v", got, err)
			}
		}
	})

	t.Run("a private answer to a public post is refused, nothing sent", func(t *testing.T) {
		f := newFake(t, nil)
		c, _ := newConn(f, nil)
		_, err := c.Reply(context.Background(), accounts.Ref{ID: "7"}, accounts.ReplyPost{Text: "Hi", Private: true})
		if accounts.ErrorKindOf(err) != accounts.KindRejected {
			t.Fatalf("err = %v", err)
		}
	})
}
