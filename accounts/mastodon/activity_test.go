package mastodon

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
)

// dmNotificationsPage holds a direct message and a followers-only reply,
// newest first, as GET /api/v1/notifications answers.
const dmNotificationsPage = `[
  {
    "id": "34976001",
    "type": "mention",
    "created_at": "2019-11-23T08:10:00.000Z",
    "account": {"id": "971724", "username": "zsc", "acct": "zsc", "display_name": "Zoe"},
    "status": {
      "id": "103186200000000001",
      "created_at": "2019-11-23T08:09:59.000Z",
      "in_reply_to_id": null,
      "in_reply_to_account_id": null,
      "sensitive": false,
      "spoiler_text": "",
      "visibility": "direct",
      "uri": "https://mastodon.example/users/zsc/statuses/103186200000000001",
      "url": "https://mastodon.example/@zsc/103186200000000001",
      "content": "<p><span class=\"h-card\"><a href=\"https://mastodon.example/@trwnh\" class=\"u-url mention\">@<span>trwnh</span></a></span> can I move my appointment?</p>",
      "account": {"id": "971724", "username": "zsc", "acct": "zsc"},
      "mentions": [{"id": "14715", "username": "trwnh", "url": "https://mastodon.example/@trwnh", "acct": "trwnh"}]
    }
  },
  {
    "id": "34976000",
    "type": "mention",
    "created_at": "2019-11-23T08:00:00.000Z",
    "account": {"id": "297420", "username": "haskal", "acct": "haskal@cybre.space", "display_name": "haskal"},
    "status": {
      "id": "103186200000000000",
      "created_at": "2019-11-23T07:59:59.000Z",
      "in_reply_to_id": "103186100000000000",
      "in_reply_to_account_id": "297420",
      "spoiler_text": "",
      "visibility": "private",
      "uri": "https://cybre.space/users/haskal/statuses/103186200000000000",
      "url": "https://cybre.space/@haskal/103186200000000000",
      "content": "<p>(followers only) <span class=\"h-card\"><a href=\"https://mastodon.example/@trwnh\" class=\"u-url mention\">@<span>trwnh</span></a></span> thanks again</p>",
      "account": {"id": "297420", "username": "haskal", "acct": "haskal@cybre.space"}
    }
  }
]`

func TestFetchActivityMapsWhatHappened(t *testing.T) {
	f := newFake(t, map[string]http.HandlerFunc{
		"GET /api/v1/notifications": func(w http.ResponseWriter, r *http.Request) {
			page := strings.TrimSuffix(dmNotificationsPage, "]") + "," +
				strings.TrimPrefix(strings.TrimSuffix(notificationsPage1, "]"), "[") + "," +
				strings.TrimPrefix(notificationsPage2, "[")
			reply(200, page)(w, r)
		},
		"GET /api/v1/accounts/verify_credentials": reply(200, accountJSON),
	})
	page, err := f.connector(t).FetchActivity(context.Background(), "998")
	if err != nil {
		t.Fatalf("FetchActivity: %v", err)
	}
	rs := f.only(http.MethodGet, "/api/v1/notifications")
	assertCommon(t, f.requests())
	if len(rs) != 1 {
		t.Fatalf("got %d notification requests, want 1 (a short page is the last)", len(rs))
	}
	q := rs[0].Query
	if !reflect.DeepEqual(q["types[]"], []string{"mention", "quote", "reblog", "favourite", "follow"}) ||
		q.Get("min_id") != "998" || q.Has("since_id") || q.Has("max_id") || q.Get("limit") != "40" {
		t.Errorf("query = %v, want types, min_id=998, limit=40", q)
	}
	for _, r := range f.requests() {
		if r.Method != http.MethodGet {
			t.Errorf("FetchActivity sent %s %s: reading must change nothing", r.Method, r.Path)
		}
	}
	if page.Cursor != "34976001" {
		t.Errorf("Cursor = %q, want 34976001 (\"999\" is smaller though lexically larger)", page.Cursor)
	}
	post := &accounts.Ref{ID: "103186046267791694", URL: "https://mastodon.example/@trwnh/103186046267791694"}
	want := []accounts.Activity{
		{
			Ref:  accounts.Ref{ID: "103186200000000001", URL: "https://mastodon.example/@zsc/103186200000000001"},
			Kind: accounts.ActivityMessage, Private: true, AuthorID: "971724", Author: "@zsc", AuthorName: "Zoe",
			Text:      "@trwnh can I move my appointment?",
			CreatedAt: time.Date(2019, 11, 23, 8, 9, 59, 0, time.UTC),
		},
		{
			Ref:  accounts.Ref{ID: "103186200000000000", URL: "https://cybre.space/@haskal/103186200000000000"},
			Kind: accounts.ActivityReply, Private: true, AuthorID: "297420", Author: "@haskal@cybre.space", AuthorName: "haskal",
			Text:      "(followers only) @trwnh thanks again",
			CreatedAt: time.Date(2019, 11, 23, 7, 59, 59, 0, time.UTC),
			// It answers the author's own status, not the clinic's.
			Parent: &accounts.Ref{ID: "103186100000000000"},
		},
		{
			Ref:  accounts.Ref{ID: "103186126728896492", URL: "https://mastodon.example/@zsc/103186126728896492"},
			Kind: accounts.ActivityReply, AuthorID: "971724", Author: "@zsc", AuthorName: "Zoe",
			Text:      "@trwnh are you open Saturday?\n\nAsking for my mum & dad\nThanks <3",
			CreatedAt: time.Date(2019, 11, 23, 7, 49, 1, 940e6, time.UTC),
			Subject:   &accounts.Ref{ID: "103186038209478945"},
			Parent:    &accounts.Ref{ID: "103186038209478945"},
		},
		{
			Ref:  accounts.Ref{ID: "103186100000000000", URL: "https://cybre.space/@haskal/103186100000000000"},
			Kind: accounts.ActivityMention, AuthorID: "297420", Author: "@haskal@cybre.space", AuthorName: "haskal",
			Text:      "Shout-out to @trwnh: see https://example.com/page/that/is/very/long",
			CreatedAt: time.Date(2019, 11, 23, 7, 39, 59, 0, time.UTC),
		},
		{
			Ref: accounts.Ref{ID: "34975535"}, Kind: accounts.ActivityLike, AuthorID: "297420", Author: "@haskal@cybre.space", AuthorName: "haskal",
			Text: "Flu clinic Saturday 9–12.", CreatedAt: time.Date(2019, 11, 23, 7, 29, 18, 903e6, time.UTC), Subject: post,
		},
		{
			Ref: accounts.Ref{ID: "34975400"}, Kind: accounts.ActivityRepost, AuthorID: "971724", Author: "@zsc", AuthorName: "Zoe",
			Text: "Flu clinic Saturday 9–12.", CreatedAt: time.Date(2019, 11, 23, 7, 20, 0, 0, time.UTC), Subject: post,
		},
		{
			Ref: accounts.Ref{ID: "999", URL: "https://other.example/@newpatient"}, Kind: accounts.ActivityFollow,
			AuthorID: "55", Author: "@newpatient@other.example", AuthorName: "New Patient",
			CreatedAt: time.Date(2019, 11, 23, 7, 10, 0, 0, time.UTC),
		},
	}
	if len(page.Items) != len(want) {
		t.Fatalf("got %d items, want %d: %+v", len(page.Items), len(want), page.Items)
	}
	for i := range want {
		if !reflect.DeepEqual(page.Items[i], want[i]) {
			t.Errorf("item %d\n got %+v\nwant %+v", i, page.Items[i], want[i])
		}
	}
	var inbox []accounts.ActivityKind
	for _, a := range page.Items {
		if a.Inbox() {
			inbox = append(inbox, a.Kind)
		}
	}
	if !slices.Equal(inbox, []accounts.ActivityKind{accounts.ActivityMessage, accounts.ActivityReply, accounts.ActivityReply, accounts.ActivityMention}) {
		t.Errorf("inbox kinds = %v", inbox)
	}

	t.Run("a quote names the quoted post as its subject", func(t *testing.T) {
		f := newFake(t, map[string]http.HandlerFunc{
			"GET /api/v1/notifications": reply(200, `[{"id":"5000","type":"quote","created_at":"2025-10-01T10:00:00.000Z",
			  "account":{"id":"9","acct":"ann@social.example.org","display_name":"Ann"},
			  "status":{"id":"200","created_at":"2025-10-01T10:00:00.000Z","in_reply_to_id":null,"visibility":"public",
			    "uri":"https://social.example.org/users/ann/statuses/200","url":"https://social.example.org/@ann/200","content":"<p>Worth a read</p>",
			    "account":{"id":"9","acct":"ann@social.example.org"},
			    "quote":{"state":"accepted","quoted_status":{"id":"100","url":"https://mastodon.example/@trwnh/100","content":"<p>Flu clinic</p>","visibility":"public"}}}}]`),
		})
		page, err := f.connector(t).FetchActivity(context.Background(), "")
		if err != nil || len(page.Items) != 1 {
			t.Fatalf("FetchActivity = %+v, %v", page, err)
		}
		q := page.Items[0]
		if q.Kind != accounts.ActivityQuote || q.Subject == nil || q.Subject.ID != "100" || q.Private || q.Text != "Worth a read" {
			t.Errorf("quote = %+v", q)
		}
	})
}

// notificationServer is an in-memory GET /api/v1/notifications with
// Mastodon's paging: newest first; max_id pages backwards (with a Link
// rel="next"), min_id returns the page just after it, since_id the newest
// page after it.
type notificationServer struct {
	mu  sync.Mutex
	ids []int // ascending
}

func (s *notificationServer) add(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	next := 1000
	if len(s.ids) > 0 {
		next = s.ids[len(s.ids)-1] + 1 + len(s.ids)%3 // gaps, as real ids have
	}
	for i := 0; i < n; i++ {
		s.ids = append(s.ids, next)
		next += 1 + i%2
	}
}

func (s *notificationServer) serve(base func() string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		ids := append([]int(nil), s.ids...)
		s.mu.Unlock()
		q := r.URL.Query()
		limit, _ := strconv.Atoi(q.Get("limit"))
		if limit <= 0 || limit > 80 {
			limit = 40
		}
		atoi := func(k string) (int, bool) {
			v, err := strconv.Atoi(q.Get(k))
			return v, err == nil
		}
		var sel []int
		switch minID, hasMin := atoi("min_id"); {
		case hasMin:
			for _, id := range ids {
				if id > minID && len(sel) < limit {
					sel = append(sel, id)
				}
			}
		default:
			maxID, hasMax := atoi("max_id")
			sinceID, hasSince := atoi("since_id")
			for i := len(ids) - 1; i >= 0 && len(sel) < limit; i-- {
				if (hasMax && ids[i] >= maxID) || (hasSince && ids[i] <= sinceID) {
					continue
				}
				sel = append(sel, ids[i])
			}
		}
		sort.Sort(sort.Reverse(sort.IntSlice(sel)))
		if len(sel) > 0 {
			w.Header().Set("Link", fmt.Sprintf(`<%s/api/v1/notifications?max_id=%d>; rel="next", <%s/api/v1/notifications?min_id=%d>; rel="prev"`,
				base(), sel[len(sel)-1], base(), sel[0]))
		}
		var b strings.Builder
		b.WriteString("[")
		for i, id := range sel {
			if i > 0 {
				b.WriteString(",")
			}
			fmt.Fprintf(&b, `{"id":"%d","type":"mention","created_at":"2019-11-23T07:10:00.000Z","account":{"id":"1","acct":"a"},
			  "status":{"id":"9%d","created_at":"2019-11-23T07:10:00.000Z","visibility":"public","content":"<p>n%d</p>","account":{"id":"1","acct":"a"}}}`, id, id, id)
		}
		b.WriteString("]")
		reply(200, b.String())(w, r)
	}
}

func TestFetchActivityCursorNeverRedeliversNorSkips(t *testing.T) {
	ns := &notificationServer{}
	var f *fakeServer
	f = newFake(t, map[string]http.HandlerFunc{
		"GET /api/v1/notifications": ns.serve(func() string { return f.srv.URL }),
	})
	c := f.connector(t)
	ns.add(500)
	delivered := map[string]int{}
	fetch := func(cursor string) accounts.ActivityPage {
		t.Helper()
		page, err := c.FetchActivity(context.Background(), cursor)
		if err != nil {
			t.Fatalf("FetchActivity(%q): %v", cursor, err)
		}
		for _, a := range page.Items {
			delivered[a.Ref.ID]++
			if delivered[a.Ref.ID] > 1 {
				t.Errorf("%s delivered twice", a.Ref.ID)
			}
		}
		return page
	}

	first := fetch("")
	if got := len(first.Items); got != maxActivityPages*limitPerPage {
		t.Fatalf("first fetch read %d, want the newest %d (bounded)", got, maxActivityPages*limitPerPage)
	}
	if want := strconv.Itoa(ns.ids[len(ns.ids)-1]); first.Cursor != want {
		t.Fatalf("first cursor = %q, want the newest id %s", first.Cursor, want)
	}
	if again := fetch(first.Cursor); len(again.Items) != 0 || again.Cursor != first.Cursor {
		t.Fatalf("re-fetch = %d items, cursor %q", len(again.Items), again.Cursor)
	}

	// A long absence: more arrives than one fetch reads. Two fetches bring
	// every one of them, each once, with no gap.
	before := len(ns.ids)
	ns.add(250)
	second := fetch(first.Cursor)
	third := fetch(second.Cursor)
	if got := len(second.Items) + len(third.Items); got != 250 {
		t.Fatalf("caught up %d (%d + %d), want 250", got, len(second.Items), len(third.Items))
	}
	for _, id := range ns.ids[before:] {
		if delivered["9"+strconv.Itoa(id)] != 1 {
			t.Fatalf("notification %d delivered %d times", id, delivered["9"+strconv.Itoa(id)])
		}
	}
	if last := fetch(third.Cursor); len(last.Items) != 0 || last.Cursor != third.Cursor {
		t.Fatalf("final re-fetch = %d items, cursor %q", len(last.Items), last.Cursor)
	}
	for _, r := range f.requests()[maxActivityPages:] {
		if r.Query.Has("max_id") || r.Query.Has("since_id") || !r.Query.Has("min_id") {
			t.Errorf("a fetch with a cursor must page forward with min_id only: %v", r.Query)
		}
	}
}

func TestRateLimitHeadersStopFurtherRequests(t *testing.T) {
	reset := "2019-12-05T11:05:00.000Z"
	t.Run("X-RateLimit-Remaining 0: the page is kept, the next call waits for the reset", func(t *testing.T) {
		f := newFake(t, map[string]http.HandlerFunc{
			"GET /api/v1/notifications": func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("X-RateLimit-Limit", "300")
				w.Header().Set("X-RateLimit-Remaining", "0")
				w.Header().Set("X-RateLimit-Reset", reset)
				reply(200, notificationsPage2)(w, r)
			},
		})
		c := f.connector(t)
		page, err := c.FetchActivity(context.Background(), "")
		if err != nil || len(page.Items) != 3 {
			t.Fatalf("FetchActivity = %d items, %v", len(page.Items), err)
		}
		_, err = c.FetchActivity(context.Background(), page.Cursor)
		var e *accounts.Error
		if !errors.As(err, &e) || e.Kind != accounts.KindRateLimited || e.RetryAfter != 5*time.Minute || e.RetryAt.Format(time.RFC3339) != "2019-12-05T11:05:00Z" {
			t.Fatalf("second fetch: %#v, want rate limited until the reset", err)
		}
		// A connector built afresh for the next sync waits too.
		if _, err := f.connector(t).FetchActivity(context.Background(), page.Cursor); accounts.ErrorKindOf(err) != accounts.KindRateLimited {
			t.Fatalf("a new connector: %v", err)
		}
		if n := len(f.requests()); n != 1 {
			t.Errorf("%d requests reached the server, want 1", n)
		}
	})

	t.Run("a 429 on a reply waits for Retry-After; reading the other limits goes on", func(t *testing.T) {
		f := newFake(t, map[string]http.HandlerFunc{
			"GET /api/v1/statuses/103186126728896492": reply(200, theirStatusJSON("direct")),
			"POST /api/v1/statuses": func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Retry-After", "120")
				reply(429, `{"error":"Too many requests"}`)(w, r)
			},
			"GET /api/v1/notifications": reply(200, `[]`),
		})
		c := f.connector(t)
		to := accounts.Ref{ID: "103186126728896492"}
		for i := 0; i < 2; i++ {
			_, err := c.Reply(context.Background(), to, accounts.ReplyPost{Text: "Hi", Private: true, IdempotencyKey: "k1"})
			var e *accounts.Error
			if !errors.As(err, &e) || e.Kind != accounts.KindRateLimited || e.RetryAfter != 2*time.Minute {
				t.Fatalf("reply %d: %#v", i, err)
			}
		}
		if n := len(f.only(http.MethodPost, "/api/v1/statuses")); n != 1 {
			t.Errorf("%d posts sent, want 1: the second waits", n)
		}
		if _, err := c.FetchActivity(context.Background(), "1"); err != nil {
			t.Errorf("reading, a different Mastodon throttle, was stopped: %v", err)
		}
	})
}
