package facebook

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/accounts/wire"
)

var conversationParams = map[string]string{
	"platform": "messenger",
	"fields":   "id,updated_time,link,messages.limit(25){id,message,from,created_time}",
	"limit":    "25",
}

func conversationsStep(body string) step {
	return step{Method: "GET", Path: "/v23.0/1001/conversations", Params: conversationParams, Body: body}
}

// conversationsJSON is GET /{page-id}/conversations?platform=messenger with
// messages expanded, most recently updated first, newest message first.
const conversationsJSON = `{"data":[
  {"id":"t_100","updated_time":"2025-06-02T08:30:00+0000","link":"/1001/inbox/100/",
   "messages":{"data":[
     {"id":"m_3","message":"Thanks, see you then","from":{"id":"1001","name":"Riverside Clinic"},"created_time":"2025-06-02T08:30:00+0000"},
     {"id":"m_2","message":"Can I come at 4 instead?","from":{"id":"6001","name":"Ann Lee"},"created_time":"2025-06-02T08:20:00+0000"}
   ]}},
  {"id":"t_200","updated_time":"2025-05-01T10:00:00+0000","link":"/1001/inbox/200/",
   "messages":{"data":[{"id":"m_1","message":"Old one","from":{"id":"6002","name":"Bo Chan"},"created_time":"2025-05-01T10:00:00+0000"}]}}
],"paging":{"cursors":{"before":"b","after":"a"}}}`

func TestFetchActivityReadsMessengerAsPrivate(t *testing.T) {
	feed := step{Method: "GET", Path: "/v23.0/1001/feed", Params: map[string]string{"fields": "id,created_time", "limit": "25"}, Body: `{"data":[]}`}
	const cursor = `{"t":"2025-05-01T10:00:00Z","ids":["m_1"]}`

	t.Run("messages since the cursor are private and carry their conversation", func(t *testing.T) {
		f := newFakeGraph(t, feed, conversationsStep(conversationsJSON))
		page, err := newTestConnector(f).FetchActivity(context.Background(), cursor)
		if err != nil {
			t.Fatal(err)
		}
		if len(page.Items) != 1 {
			t.Fatalf("items = %+v (the Page's own message and the old one are left out)", page.Items)
		}
		m := page.Items[0]
		want := accounts.Activity{
			Ref:  accounts.Ref{ID: "m_2", Conversation: "t_100", URL: "https://www.facebook.com/1001/inbox/100/"},
			Kind: accounts.ActivityMessage, Private: true, Conversation: "t_100",
			AuthorID: "6001", Author: "Ann Lee", AuthorName: "Ann Lee", Text: "Can I come at 4 instead?",
			CreatedAt: m.CreatedAt,
		}
		if m.CreatedAt.IsZero() || m.Ref != want.Ref || m.Kind != want.Kind || !m.Private || m.Conversation != want.Conversation ||
			m.AuthorID != want.AuthorID || m.Text != want.Text {
			t.Errorf("message\n got %+v\nwant %+v", m, want)
		}
		// The Page's own later message moves the cursor too, so it is not
		// looked at again.
		if page.Cursor != `{"t":"2025-06-02T08:30:00Z","ids":["m_3"]}` {
			t.Errorf("cursor = %s", page.Cursor)
		}

		f2 := newFakeGraph(t, feed, conversationsStep(conversationsJSON))
		again, err := newTestConnector(f2).FetchActivity(context.Background(), page.Cursor)
		if err != nil || len(again.Items) != 0 || again.Cursor != page.Cursor {
			t.Errorf("re-fetch = %+v, %v", again, err)
		}
	})

	t.Run("without pages_messaging the comments still come, with a note", func(t *testing.T) {
		denied := conversationsStep(`{"error":{"message":"(#230) Requires pages_messaging permission to manage the object","type":"OAuthException","code":230,"fbtrace_id":"AbC"}}`)
		denied.Status = 403
		f := newFakeGraph(t, feed, denied)
		page, err := newTestConnector(f).FetchActivity(context.Background(), cursor)
		if err != nil {
			t.Fatalf("a missing Messenger permission failed the whole read: %v", err)
		}
		if len(page.Notes) != 1 || !strings.Contains(page.Notes[0], "pages_messaging") || page.Cursor != cursor {
			t.Errorf("page = %+v", page)
		}
	})
}

func TestReplyPrivately(t *testing.T) {
	messageRead := func(created string) step {
		return step{Method: "GET", Path: "/v23.0/m_2", Params: map[string]string{"fields": "from,created_time"},
			Body: `{"id":"m_2","created_time":"` + created + `","from":{"id":"6001","name":"Ann Lee"}}`}
	}
	sent := `{"recipient_id":"6001","message_id":"m_reply"}`
	tests := []struct {
		name  string
		to    accounts.Ref
		reply accounts.ReplyPost
		steps []step
	}{
		{"a private answer to a comment is Facebook's private reply", accounts.Ref{ID: "1001_1_2"}, accounts.ReplyPost{Text: "Please message us", Private: true},
			[]step{{Method: "POST", Path: "/v23.0/1001/messages", Params: map[string]string{
				"recipient": `{"comment_id":"1001_1_2"}`, "message": `{"text":"Please message us"}`}, Absent: []string{"messaging_type"}, Body: sent}}},
		{"a Messenger message within 24 hours is answered as a response", accounts.Ref{ID: "m_2", Conversation: "t_100"}, accounts.ReplyPost{Text: "Yes, 4 is fine", Private: true},
			[]step{messageRead("2025-06-02T08:20:00+0000"), {Method: "POST", Path: "/v23.0/1001/messages", Params: map[string]string{
				"recipient": `{"id":"6001"}`, "message": `{"text":"Yes, 4 is fine"}`, "messaging_type": "RESPONSE"}, Absent: []string{"tag"}, Body: sent}}},
		{"a Messenger message is answered privately even when Private was not set", accounts.Ref{ID: "m_2", Conversation: "t_100"}, accounts.ReplyPost{Text: "Yes"},
			[]step{messageRead("2025-06-02T08:20:00+0000"), {Method: "POST", Path: "/v23.0/1001/messages", Params: map[string]string{
				"recipient": `{"id":"6001"}`, "messaging_type": "RESPONSE"}, Body: sent}}},
		{"after 24 hours a person answering uses the HUMAN_AGENT tag", accounts.Ref{ID: "m_2", Conversation: "t_100"}, accounts.ReplyPost{Text: "Sorry for the wait", Private: true},
			[]step{messageRead("2025-05-30T08:20:00+0000"), {Method: "POST", Path: "/v23.0/1001/messages", Params: map[string]string{
				"recipient": `{"id":"6001"}`, "messaging_type": "MESSAGE_TAG", "tag": "HUMAN_AGENT"}, Body: sent}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeGraph(t, tc.steps...)
			got, err := newTestConnector(f).Reply(context.Background(), tc.to, tc.reply)
			if err != nil {
				t.Fatal(err)
			}
			if got.ID != "m_reply" || got.Conversation != tc.to.Conversation {
				t.Errorf("got %+v", got)
			}
		})
	}

	t.Run("after 7 days Messenger does not allow an answer: refused in plain words, nothing sent", func(t *testing.T) {
		f := newFakeGraph(t, messageRead("2025-05-20T08:20:00+0000"))
		_, err := newTestConnector(f).Reply(context.Background(), accounts.Ref{ID: "m_2", Conversation: "t_100"}, accounts.ReplyPost{Text: "Hi", Private: true})
		if accounts.ErrorKindOf(err) != accounts.KindRejected || !strings.Contains(accounts.UserMessage(err), "7 days") {
			t.Fatalf("err = %v", err)
		}
	})
}

func TestGraphUsageHeadersStopFurtherRequests(t *testing.T) {
	feed := step{Method: "GET", Path: "/v23.0/1001/feed", Params: map[string]string{"fields": "id,created_time", "limit": "25"}, Body: `{"data":[]}`}
	tests := []struct {
		name   string
		header map[string]string
		wait   time.Duration
	}{
		{"X-App-Usage at 100%", map[string]string{"X-App-Usage": `{"call_count":100,"total_time":40,"total_cputime":12}`}, DefaultRateLimitWait},
		{"X-Business-Use-Case-Usage with a time to regain access", map[string]string{
			"X-Business-Use-Case-Usage": `{"1001":[{"type":"pages","call_count":100,"total_cputime":25,"total_time":25,"estimated_time_to_regain_access":7}]}`}, 7 * time.Minute},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spent := feed
			spent.Header = tt.header
			f := newFakeGraph(t, spent)
			c := newTestConnector(f)
			// The feed's answer says the limit is spent: the rest of this
			// read (Messenger) and the next read wait, and the cursor stays
			// where it was, so nothing is lost.
			for i := 0; i < 2; i++ {
				page, err := c.FetchActivity(context.Background(), "")
				var e *accounts.Error
				if !errors.As(err, &e) || e.Kind != accounts.KindRateLimited || e.RetryAfter != tt.wait || !e.RetryAt.Equal(testNow.Add(tt.wait)) {
					t.Fatalf("read %d: %#v (page %+v), want rate limited for %s", i, err, page, tt.wait)
				}
			}
			if n := f.Requests(); n != 1 {
				t.Errorf("%d requests reached Graph, want 1", n)
			}
		})
	}

	t.Run("a throttling error (code 4) waits before anything more is sent", func(t *testing.T) {
		throttled := feed
		throttled.Status = 400
		throttled.Header = map[string]string{"X-App-Usage": `{"call_count":100,"total_time":10,"total_cputime":10}`}
		throttled.Body = `{"error":{"message":"(#4) Application request limit reached","type":"OAuthException","is_transient":true,"code":4,"fbtrace_id":"Ab"}}`
		f := newFakeGraph(t, throttled)
		c := newTestConnector(f)
		_, err := c.FetchActivity(context.Background(), "")
		if accounts.ErrorKindOf(err) != accounts.KindRateLimited {
			t.Fatalf("read: %v", err)
		}
		for i := 0; i < 2; i++ {
			_, err := c.Reply(context.Background(), accounts.Ref{ID: "1001_1"}, accounts.ReplyPost{Text: "Thanks"})
			var e *accounts.Error
			if !errors.As(err, &e) || e.Kind != accounts.KindRateLimited || !errors.Is(err, wire.ErrLimitSpent) || e.RetryAfter != DefaultRateLimitWait {
				t.Fatalf("reply %d: %#v", i, err)
			}
		}
		if n := f.Requests(); n != 1 {
			t.Errorf("%d requests reached Graph, want 1", n)
		}
	})
}
