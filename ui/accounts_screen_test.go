package ui

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/drafts"
)

// fakePDS answers the XRPC calls adding a Bluesky account and posting make.
type fakePDS struct {
	mu      sync.Mutex
	records []map[string]any
}

func (f *fakePDS) handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /xrpc/com.atproto.server.createSession", func(w http.ResponseWriter, r *http.Request) {
		var body map[string]string
		json.NewDecoder(r.Body).Decode(&body)
		if body["password"] != "abcd-efgh-ijkl-mnop" {
			w.WriteHeader(401)
			io.WriteString(w, `{"error":"AuthenticationRequired","message":"Invalid identifier or password"}`)
			return
		}
		io.WriteString(w, `{"accessJwt":"access-SYNTHETIC","refreshJwt":"refresh-SYNTHETIC","handle":"maplegrove.test","did":"did:plc:maplegrove000000000000"}`)
	})
	mux.HandleFunc("GET /xrpc/com.atproto.server.getSession", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer access-SYNTHETIC" {
			w.WriteHeader(401)
			io.WriteString(w, `{"error":"AuthenticationRequired","message":"Invalid token"}`)
			return
		}
		io.WriteString(w, `{"handle":"maplegrove.test","did":"did:plc:maplegrove000000000000"}`)
	})
	mux.HandleFunc("POST /xrpc/com.atproto.repo.createRecord", func(w http.ResponseWriter, r *http.Request) {
		var body map[string]any
		json.NewDecoder(r.Body).Decode(&body)
		f.mu.Lock()
		f.records = append(f.records, body)
		f.mu.Unlock()
		io.WriteString(w, `{"uri":"at://did:plc:maplegrove000000000000/app.bsky.feed.post/3kabc","cid":"bafyreib2rxk3rh6kzwq"}`)
	})
	return mux
}

// waitClosed waits for a screen's background work to finish; widgets are
// read only after, so the test never races the work that updates them.
func waitClosed(t *testing.T, what string, done <-chan struct{}) {
	t.Helper()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatalf("timed out waiting for %s", what)
	}
}

func TestAccountsScreenAddAndPostNow(t *testing.T) {
	pds := &fakePDS{}
	srv := httptest.NewServer(pds.handler())
	defer srv.Close()
	svc, acc := newFlowService(t, true)
	m := newFlowWindow(t, svc, acc)
	m.nav.Select(sectionAccounts)
	s := m.accounts

	t.Run("a wrong app password is explained and nothing is added", func(t *testing.T) {
		s.openForm(drafts.Bluesky, nil)
		f := s.form
		test.Type(f.entries["handle"], "maplegrove.test")
		test.Type(f.entries["app_password"], "wrong")
		f.entries["pds"].SetText(srv.URL)
		test.Tap(f.connect)
		waitClosed(t, "the sign-in to finish", f.done)
		if !strings.Contains(f.status.Text, "sign in again") && !strings.Contains(f.status.Text, "Invalid identifier or password") {
			t.Fatalf("status = %q", f.status.Text)
		}
		if len(s.rows) != 0 {
			t.Fatalf("%d accounts after a failed sign-in", len(s.rows))
		}
		f.dialog.Hide()
	})

	t.Run("connecting shows the account as connected", func(t *testing.T) {
		s.openForm(drafts.Bluesky, nil)
		f := s.form
		test.Type(f.entries["handle"], "maplegrove.test")
		test.Type(f.entries["app_password"], "abcd-efgh-ijkl-mnop")
		f.entries["pds"].SetText(srv.URL)
		test.Tap(f.connect)
		waitClosed(t, "the sign-in to finish", f.done)
		if len(s.rows) != 1 {
			t.Fatalf("%d accounts listed; status %q", len(s.rows), f.status.Text)
		}
		if s.rows[0].Handle != "maplegrove.test" || s.rows[0].StatusText(time.Now()) != "Connected" {
			t.Fatalf("row = %+v", s.rows[0])
		}
	})

	t.Run("post now from a ready draft shows the network's answer", func(t *testing.T) {
		m.nav.Select(sectionDrafts)
		m.NewDraft()
		e := m.drafts.editor
		for n, c := range e.networks {
			c.SetChecked(n == drafts.Bluesky)
		}
		test.Type(e.body, "Flu shots are here! Walk in Saturday 9 to 1.")
		test.Tap(e.readyButton)
		settle(t, e)
		if e.postButton.Hidden {
			t.Fatal("Post now is hidden on a ready draft")
		}
		test.Tap(e.postButton)
		settle(t, e) // the draft is saved before the dialog opens
		p := e.postNow
		if p == nil || len(p.checks) != 1 {
			t.Fatalf("post-now dialog offers %v", p)
		}
		test.Tap(p.post)
		waitClosed(t, "the post to finish", p.done)
		pds.mu.Lock()
		defer pds.mu.Unlock()
		if len(pds.records) != 1 {
			for _, o := range p.results.Objects {
				t.Logf("result: %#v", o)
			}
			t.Fatalf("%d records created", len(pds.records))
		}
		record := pds.records[0]["record"].(map[string]any)
		if record["text"] != "Flu shots are here! Walk in Saturday 9 to 1." || record["$type"] != "app.bsky.feed.post" {
			t.Fatalf("record = %v", record)
		}
		if len(p.results.Objects) != 1 {
			t.Fatalf("%d result rows", len(p.results.Objects))
		}
		// Pressing Post again cannot post it twice.
		for id, c := range p.checks {
			if c.Checked || !c.Disabled() {
				t.Fatalf("account %d can be posted to again", id)
			}
		}
		if !p.post.Disabled() {
			t.Fatal("Post is enabled with every account already posted to")
		}
	})
}

func TestSidebarWarnsAboutAccountsNeedingAttention(t *testing.T) {
	svc, acc := newFlowService(t, true)
	m := newFlowWindow(t, svc, acc)
	if !m.alert.Hidden {
		t.Fatal("warning shown with no accounts")
	}
	ctx := context.Background()
	a, err := acc.Accounts.Add(ctx, accounts.Account{Network: drafts.X, Handle: "@maplegrove"},
		accounts.Credentials{AccessToken: "x-SYNTHETIC", ExpiresAt: time.Now().Add(3 * 24 * time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	m.nav.Select(sectionTemplates)
	if m.alert.Hidden || m.alert.Text != "1 account needs attention" {
		t.Fatalf("alert = %q hidden=%v", m.alert.Text, m.alert.Hidden)
	}
	test.Tap(m.alert)
	if m.current != sectionAccounts {
		t.Fatal("the warning did not open Accounts")
	}
	if got := m.accounts.rows[0].StatusText(time.Now()); !strings.Contains(got, "expires in") {
		t.Fatalf("status = %q (account %d)", got, a.ID)
	}
}

// waitUntil polls a condition that is safe to read from the test goroutine
// (an atomic counter, not a widget).
func waitUntil(t *testing.T, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
