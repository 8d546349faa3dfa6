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
	"fyne.io/fyne/v2/widget"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/wiring"
)

// threadMastodon answers GET /api/v1/statuses/:id/context as Mastodon
// documents it: for b1 the clinic's post and Ann's reply above it; for f1
// a server error. Anything but a read fails the test.
func threadMastodon(t *testing.T) (*httptest.Server, func() []string) {
	var mu sync.Mutex
	var asked []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		asked = append(asked, r.Method+" "+r.URL.Path)
		mu.Unlock()
		if r.Method != http.MethodGet || r.Header.Get("Authorization") != "Bearer SYNTHETIC-THREAD" {
			t.Errorf("%s %s with %q: reading a thread only reads, with the account's token", r.Method, r.URL.Path, r.Header.Get("Authorization"))
		}
		w.Header().Set("Content-Type", "application/json")
		switch r.URL.Path {
		case "/api/v1/accounts/verify_credentials":
			io.WriteString(w, `{"id":"1","username":"maplegrove","acct":"maplegrove","display_name":"Maple Grove Clinic","url":"https://social.example/@maplegrove","followers_count":3}`)
		case "/api/v1/statuses/b1/context":
			io.WriteString(w, `{"ancestors":[
			  {"id":"p1","created_at":"2026-11-30T08:00:00.000Z","in_reply_to_id":null,"visibility":"public",
			   "uri":"https://social.example/users/maplegrove/statuses/p1","url":"https://social.example/@maplegrove/p1",
			   "content":"<p>Flu shots are in: walk in any weekday morning.</p>",
			   "account":{"id":"1","username":"maplegrove","acct":"maplegrove","display_name":"Maple Grove Clinic"}},
			  {"id":"a1","created_at":"2026-11-30T08:30:00.000Z","in_reply_to_id":"p1","in_reply_to_account_id":"1","visibility":"public",
			   "uri":"https://social.example/users/ann/statuses/a1","url":"https://social.example/@ann/a1",
			   "content":"<p>Do I need to book first?</p>",
			   "account":{"id":"7","username":"ann","acct":"ann","display_name":"Ann"}}],
			 "descendants":[]}`)
		case "/api/v1/statuses/s1/context":
			// A slow server: answers only when the read is given up.
			select {
			case <-r.Context().Done():
				mu.Lock()
				asked = append(asked, "gave up s1")
				mu.Unlock()
			case <-time.After(20 * time.Second):
				t.Error("the read of s1's thread was never given up")
			}
			return
		case "/api/v1/statuses/f1/context":
			w.WriteHeader(http.StatusServiceUnavailable)
			io.WriteString(w, `{"error":"Service Unavailable"}`)
		default:
			t.Errorf("unexpected %s %s", r.Method, r.URL.Path)
			w.WriteHeader(http.StatusNotFound)
		}
	}))
	t.Cleanup(srv.Close)
	return srv, func() []string { mu.Lock(); defer mu.Unlock(); return append([]string(nil), asked...) }
}

// seedReplies adds a Mastodon account on srv with Bo's reply b1 to Ann's
// a1 (which never reached the inbox) under the clinic's post p1, and Cy's
// reply f1 whose thread the server fails to give.
func seedReplies(t *testing.T, srv *httptest.Server) func(ctx context.Context, ws *wiring.Services, _ accounts.Account) {
	return func(ctx context.Context, ws *wiring.Services, _ accounts.Account) {
		a, err := ws.Accounts.Add(ctx, accounts.Account{Network: drafts.Mastodon, Handle: "@maplegrove@social.example", ServerURL: srv.URL},
			accounts.Credentials{AccessToken: "SYNTHETIC-THREAD"})
		if err != nil {
			t.Fatal(err)
		}
		p1 := &accounts.Ref{ID: "p1", URL: "https://social.example/@maplegrove/p1"}
		bo := act("b1", "bo", "Is that true on Saturdays too?", time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC), false)
		bo.Kind, bo.Subject, bo.Parent = accounts.ActivityReply, p1, &accounts.Ref{ID: "a1"}
		cy := act("f1", "cy", "And on Sundays?", time.Date(2026, 11, 30, 9, 30, 0, 0, time.UTC), false)
		cy.Kind, cy.Subject, cy.Parent = accounts.ActivityReply, p1, p1
		seedMentions(ctx, t, ws, a, bo, cy)
	}
}

func hasIcon(c *fyne.Container) bool {
	for _, o := range c.Objects {
		if _, ok := o.(*widget.Icon); ok {
			return true
		}
	}
	return false
}

// texts are every label's text under o.
func texts(o fyne.CanvasObject) []string {
	var out []string
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch v := o.(type) {
		case *widget.Label:
			out = append(out, v.Text)
		case *widget.RichText:
			out = append(out, v.String())
		case *fyne.Container:
			for _, c := range v.Objects {
				walk(c)
			}
		}
	}
	walk(o)
	return out
}

// Opening a reply to a reply shows, above it, the clinic's post (marked as
// the clinic's) and the earlier message read from Mastodon; the message
// itself does not move while they load.
func TestInboxShowsTheThreadAboveTheMessage(t *testing.T) {
	srv, asked := threadMastodon(t)
	m, q, _ := newInboxWindow(t, seedReplies(t, srv))
	m.nav.Select(sectionInbox)
	settleInbox(t, m, q)
	d := m.inbox.detail
	index := map[string]int{}
	for i, it := range m.inbox.items {
		index[it.RemoteID] = i
	}
	if len(index) != 2 {
		t.Fatalf("items %+v", m.inbox.items)
	}

	m.inbox.list.Select(index["b1"])
	if !d.context.Visible() || !strings.Contains(strings.Join(texts(d.contextList), "\n"), "Loading earlier messages") {
		t.Fatalf("while loading the context box shows %q", texts(d.contextList))
	}
	d.content.Refresh()
	before := fyne.CurrentApp().Driver().AbsolutePositionForObject(d.thread)
	settleInbox(t, m, q)
	d.content.Refresh()
	if after := fyne.CurrentApp().Driver().AbsolutePositionForObject(d.thread); after != before {
		t.Errorf("the message moved from %v to %v as its thread loaded", before, after)
	}

	above := strings.Join(texts(d.contextList), "\n")
	for _, want := range []string{"The clinic's post", "Flu shots are in: walk in any weekday morning.", "Ann (@ann)", "Do I need to book first?"} {
		if !strings.Contains(above, want) {
			t.Errorf("context %q lacks %q", above, want)
		}
	}
	if strings.Contains(above, "Loading") || strings.Index(above, "Flu shots") > strings.Index(above, "Do I need") {
		t.Errorf("context %q: want the post first and loading done", above)
	}
	// Under the title, the clinic's post first, marked by the house; Ann's
	// reply unmarked.
	own, ok := d.contextList.Objects[1].(*fyne.Container)
	if !ok || !strings.HasPrefix(texts(own)[0], "The clinic's post") || !hasIcon(own) {
		t.Errorf("first entry %#v, want the clinic's post marked as the clinic's", d.contextList.Objects[1])
	}
	if ann, ok := d.contextList.Objects[2].(*widget.RichText); !ok || !strings.HasPrefix(ann.String(), "Ann (@ann)") {
		t.Errorf("second entry %#v, want Ann's reply, unmarked", d.contextList.Objects[2])
	}
	if below := strings.Join(texts(d.thread), "\n"); !strings.Contains(below, "Is that true on Saturdays too?") || strings.Contains(below, "Flu shots") {
		t.Errorf("below the context %q: want only the message", below)
	}
	assertFits(t, m.Window)
	if got := strings.Join(asked(), ", "); !strings.Contains(got, "GET /api/v1/statuses/b1/context") {
		t.Errorf("asked %s", got)
	}

	t.Run("a network error keeps what is stored and says so", func(t *testing.T) {
		m.inbox.list.Select(index["f1"])
		settleInbox(t, m, q)
		above := strings.Join(texts(d.contextList), "\n")
		if !strings.Contains(above, "Earlier messages could not be loaded: Mastodon could not be reached just now.") {
			t.Errorf("context %q: want the failure in plain words", above)
		}
		if !strings.Contains(strings.Join(texts(d.thread), "\n"), "And on Sundays?") {
			t.Errorf("the message itself went missing: %q", texts(d.thread))
		}
	})
}

// Moving on to another message while the network is slow to give the
// last one's thread gives that read up, and its late answer never shows.
func TestInboxGivesUpTheThreadOfAMessageLeft(t *testing.T) {
	srv, asked := threadMastodon(t)
	m, q, _ := newInboxWindow(t, func(ctx context.Context, ws *wiring.Services, a accounts.Account) {
		seedReplies(t, srv)(ctx, ws, a)
		list, err := ws.Accounts.List(ctx)
		if err != nil {
			t.Fatal(err)
		}
		slow := act("s1", "dee", "Do you have parking?", time.Date(2026, 11, 30, 7, 0, 0, 0, time.UTC), false)
		slow.Kind, slow.Parent = accounts.ActivityReply, &accounts.Ref{ID: "p1"}
		seedMentions(ctx, t, ws, list[len(list)-1], slow)
	})
	m.nav.Select(sectionInbox)
	settleInbox(t, m, q)
	index := map[string]int{}
	for i, it := range m.inbox.items {
		index[it.RemoteID] = i
	}
	m.inbox.list.Select(index["s1"])
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(strings.Join(asked(), ","), "/statuses/s1/context") && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	m.inbox.list.Select(index["b1"])
	// Given up at once, not when the read would time out (8 s).
	deadline = time.Now().Add(4 * time.Second)
	for !strings.Contains(strings.Join(asked(), ","), "gave up s1") && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if got := strings.Join(asked(), ", "); !strings.Contains(got, "gave up s1") {
		t.Errorf("requests %s: want the read of s1's thread given up on moving to b1", got)
	}
	settleInbox(t, m, q)
	above := strings.Join(texts(m.inbox.detail.contextList), "\n")
	if !strings.Contains(above, "Do I need to book first?") || strings.Contains(above, "could not be loaded") {
		t.Errorf("context %q: want b1's thread, nothing of s1's", above)
	}
}
