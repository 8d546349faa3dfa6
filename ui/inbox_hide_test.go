package ui

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/inbox"
	"github.com/carepost/carepost/wiring"
)

// A public Facebook comment that shares its writer's health details can be
// hidden from the inbox: the button sends Graph's hide request, the item
// is labelled, and the button goes away.
func TestInboxHidesAPublicComment(t *testing.T) {
	var mu sync.Mutex
	var hidden []string
	graph := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		mu.Lock()
		defer mu.Unlock()
		if r.Method == http.MethodPost && r.URL.Path == "/1001_42_7001" && r.PostForm.Get("is_hidden") == "true" {
			hidden = append(hidden, r.URL.Path)
			w.Write([]byte(`{"success":true}`))
			return
		}
		t.Errorf("unexpected %s %s %v", r.Method, r.URL.Path, r.PostForm)
		w.WriteHeader(400)
	}))
	defer graph.Close()
	m, q, _ := newInboxWindow(t, func(ctx context.Context, ws *wiring.Services, _ accounts.Account) {
		a, err := ws.Accounts.Add(ctx, accounts.Account{Network: drafts.Facebook, Handle: "Maple Grove", RemoteID: "1001", ServerURL: graph.URL},
			accounts.Credentials{AccessToken: "SYNTHETIC-PAGE"})
		if err != nil {
			t.Fatal(err)
		}
		c := act("1001_42_7001", "ann", "My biopsy came back clear, thank you all!", time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC), false)
		c.Kind = accounts.ActivityComment
		seedMentions(ctx, t, ws, a, c)
	})
	m.nav.Select(sectionInbox)
	settleInbox(t, m, q)
	m.inbox.list.Select(0)
	settleInbox(t, m, q)
	d := m.inbox.detail
	if !d.hide.Visible() {
		t.Fatal("no Hide on the network for a public Facebook comment")
	}
	test.Tap(d.hide)
	settleInbox(t, m, q)
	mu.Lock()
	n := len(hidden)
	mu.Unlock()
	if n != 1 || d.hide.Visible() || !strings.Contains(m.inbox.status.Text, "Hidden on Facebook") {
		t.Fatalf("hidden %d times; button visible %v; status %q", n, d.hide.Visible(), m.inbox.status.Text)
	}
	it, err := m.inbox.svc.Get(context.Background(), d.item.ID)
	if err != nil || !contains(it.Labels, inbox.HiddenLabel) {
		t.Fatalf("labels %v, %v", it.Labels, err)
	}
}
