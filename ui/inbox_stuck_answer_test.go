package ui

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/schedule"
	"github.com/carepost/carepost/wiring"
)

// refusingMastodon refuses the first answer to each message with
// Mastodon's 422 and takes every later one; took counts those it took.
func refusingMastodon(t *testing.T) (*httptest.Server, func() int) {
	var mu sync.Mutex
	tries, took := map[string]int{}, 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		switch {
		case r.Method == http.MethodGet && r.URL.Path == "/api/v1/accounts/verify_credentials":
			io.WriteString(w, `{"id":"1","username":"maplegrove","acct":"maplegrove","display_name":"Maple Grove Clinic","url":"https://social.example/@maplegrove","followers_count":3}`)
		case r.Method == http.MethodGet && strings.HasSuffix(r.URL.Path, "/context"):
			io.WriteString(w, `{"ancestors":[],"descendants":[]}`)
		case r.Method == http.MethodGet && strings.HasPrefix(r.URL.Path, "/api/v1/statuses/q"):
			id := strings.TrimPrefix(r.URL.Path, "/api/v1/statuses/")
			io.WriteString(w, `{"id":"`+id+`","created_at":"2026-11-30T09:00:00.000Z","visibility":"public",
				"uri":"https://social.example/users/ann/statuses/`+id+`","url":"https://social.example/@ann/`+id+`",
				"content":"<p>a question</p>","account":{"id":"7","username":"ann","acct":"ann@social.example"}}`)
		case r.Method == http.MethodGet && r.URL.Path == "/api/v1/accounts/1/statuses":
			io.WriteString(w, `[]`)
		case r.Method == http.MethodPost && r.URL.Path == "/api/v1/statuses":
			if err := r.ParseForm(); err != nil {
				t.Error(err)
			}
			mu.Lock()
			tries[r.PostForm.Get("in_reply_to_id")]++
			first := tries[r.PostForm.Get("in_reply_to_id")] == 1
			if !first {
				took++
			}
			mu.Unlock()
			if first {
				w.WriteHeader(http.StatusUnprocessableEntity)
				io.WriteString(w, `{"error":"Validation failed: Text can't be blank just now"}`)
				return
			}
			io.WriteString(w, `{"id":"900","created_at":"2026-11-30T10:00:00.000Z","visibility":"public",
				"uri":"https://social.example/users/maplegrove/statuses/900","url":"https://social.example/@maplegrove/900",
				"content":"<p>ok</p>","account":{"id":"1","username":"maplegrove","acct":"maplegrove"}}`)
		default:
			t.Errorf("unexpected %s %s", r.Method, r.URL.Path)
			w.WriteHeader(http.StatusNotFound)
		}
	}))
	t.Cleanup(srv.Close)
	return srv, func() int { mu.Lock(); defer mu.Unlock(); return took }
}

func findButton(o fyne.CanvasObject, label string) *widget.Button {
	switch v := o.(type) {
	case *widget.Button:
		if v.Text == label {
			return v
		}
	case *fyne.Container:
		for _, c := range v.Objects {
			if b := findButton(c, label); b != nil {
				return b
			}
		}
	}
	return nil
}

// An answer the network refused shows under the message with the
// network's words, Retry and Cancel; Retry sends it through the engine
// once, Cancel drops it and sends nothing.
func TestInboxRetryAndCancelAnAnswerThatDidNotGo(t *testing.T) {
	srv, took := refusingMastodon(t)
	m, q, ws := newInboxWindow(t, func(ctx context.Context, ws *wiring.Services, _ accounts.Account) {
		a, err := ws.Accounts.Add(ctx, accounts.Account{Network: drafts.Mastodon, Handle: "@maplegrove@social.example", ServerURL: srv.URL},
			accounts.Credentials{AccessToken: "SYNTHETIC"})
		if err != nil {
			t.Fatal(err)
		}
		seedMentions(ctx, t, ws, a,
			act("q1", "ann", "Are you open on Saturday mornings?", time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC), false),
			act("q2", "bo", "Is there parking behind the clinic?", time.Date(2026, 11, 30, 9, 5, 0, 0, time.UTC), false))
	})
	m.nav.Select(sectionInbox)
	settleInbox(t, m, q)
	d := m.inbox.detail
	open := func(remote string) {
		t.Helper()
		for i, it := range m.inbox.items {
			if it.RemoteID == remote {
				m.inbox.list.Select(i)
				settleInbox(t, m, q)
				return
			}
		}
		t.Fatalf("no item %s in %+v", remote, m.inbox.items)
	}
	ids := map[string]int64{}
	for _, it := range m.inbox.items {
		ids[it.RemoteID] = it.ID
	}
	answers := func(remote string) []schedule.Reply {
		t.Helper()
		rs, err := ws.Schedule.RepliesTo(context.Background(), ids[remote])
		if err != nil {
			t.Fatal(err)
		}
		return rs
	}

	open("q1")
	d.reply.SetText("Yes, 8 to 12 every Saturday.")
	d.sendReply()
	settleInbox(t, m, q)
	if rs := answers("q1"); len(rs) != 1 || rs[0].State != schedule.ReplyFailed {
		t.Fatalf("answers %+v, want one failed", rs)
	}
	below := strings.Join(texts(d.thread), "\n")
	if !strings.Contains(below, "Validation failed: Text can't be blank just now") {
		t.Errorf("under the message %q: want the network's own words", below)
	}
	retry := findButton(d.thread, "Retry")
	if retry == nil || findButton(d.thread, "Cancel answer") == nil {
		t.Fatalf("no Retry and Cancel under the failed answer: %q", below)
	}
	assertFits(t, m.Window)
	test.Tap(retry)
	settleInbox(t, m, q)
	if rs := answers("q1"); len(rs) != 1 || rs[0].State != schedule.ReplySent || rs[0].RemoteID != "900" {
		t.Fatalf("after Retry the answers are %+v, want the one sent as 900", rs)
	}
	if took() != 1 {
		t.Fatalf("the network took %d answers, want 1", took())
	}
	// Answered, it is done: it leaves the new items and shows among the
	// done ones with the answer sent, nothing left to retry.
	if d.isOpen {
		t.Errorf("%s still open among the new items after its answer went", d.item.RemoteID)
	}
	m.inbox.states.SetSelected("Done")
	settleInbox(t, m, q)
	open("q1")
	if below := strings.Join(texts(d.thread), "\n"); !strings.Contains(below, "Yes, 8 to 12 every Saturday.") || strings.Contains(below, "failed") {
		t.Errorf("the done item shows %q, want the answer, sent", below)
	}
	if findButton(d.thread, "Retry") != nil {
		t.Error("Retry still shows under a sent answer")
	}
	m.inbox.states.SetSelected("New")
	settleInbox(t, m, q)

	t.Run("Cancel drops an answer that did not go, sending nothing", func(t *testing.T) {
		open("q2")
		d.reply.SetText("Yes, behind the building on Elm Street.")
		d.sendReply()
		settleInbox(t, m, q)
		rs := answers("q2")
		if len(rs) != 1 || rs[0].State != schedule.ReplyFailed {
			t.Fatalf("answers %+v, want one failed", rs)
		}
		cancel := findButton(d.thread, "Cancel answer")
		if cancel == nil {
			t.Fatalf("no Cancel under the failed answer: %q", texts(d.thread))
		}
		test.Tap(cancel)
		tapOverlayButton(t, m.Window, "Yes")
		settleInbox(t, m, q)
		if rs := answers("q2"); len(rs) != 1 || rs[0].State != schedule.ReplyCancelled {
			t.Fatalf("after Cancel the answers are %+v, want it cancelled", rs)
		}
		if took() != 1 {
			t.Fatalf("the network took %d answers, want still 1", took())
		}
	})
}
