package connect

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/zalando/go-keyring"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/store"
)

func TestMain(m *testing.M) {
	keyring.MockInit()
	os.Exit(m.Run())
}

func newManager(t *testing.T) (*Manager, *drafts.Service) {
	t.Helper()
	db, err := store.Open(context.Background(), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return NewManager(accounts.NewService(db, accounts.NewVault(), time.Now), time.Now), drafts.NewService(db, time.Now)
}

// mastodonStub accepts statuses while the token is good and counts them.
func mastodonStub(t *testing.T, goodToken *atomic.Value, posted *atomic.Int32) *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer "+goodToken.Load().(string) {
			w.WriteHeader(401)
			io.WriteString(w, `{"error":"The access token was revoked"}`)
			return
		}
		switch r.URL.Path {
		case "/api/v1/accounts/verify_credentials":
			io.WriteString(w, `{"id":"7","username":"clinic","acct":"clinic","display_name":"Clinic"}`)
		case "/api/v1/statuses":
			posted.Add(1)
			io.WriteString(w, `{"id":"42","url":"https://social.example/@clinic/42","created_at":"2026-11-25T15:00:00Z"}`)
		default:
			w.WriteHeader(404)
		}
	}))
}

func TestPostNow(t *testing.T) {
	ctx := context.Background()
	var token atomic.Value
	token.Store("good-SYNTHETIC")
	var posted atomic.Int32
	srv := mastodonStub(t, &token, &posted)
	defer srv.Close()
	m, ds := newManager(t)
	a, err := m.Add(ctx, drafts.Mastodon, map[string]string{"server": srv.URL, "token": "good-SYNTHETIC"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if a.Handle != "@clinic@"+strings.TrimPrefix(srv.URL, "http://") || a.DisplayName != "Clinic" {
		t.Fatalf("account = %+v", a)
	}
	mk := func(networks []drafts.Network, ready bool) drafts.Draft {
		d, err := ds.CreateDraft(ctx, drafts.Draft{Body: "Open late on Thursdays.", Networks: networks})
		if err != nil {
			t.Fatal(err)
		}
		if ready {
			if err := ds.MarkReady(ctx, d.ID); err != nil {
				t.Fatal(err)
			}
		}
		d, _ = ds.Draft(ctx, d.ID)
		return d
	}
	tests := []struct {
		name      string
		draft     drafts.Draft
		revoke    bool
		want      string
		published bool
		status    accounts.Status
	}{
		{name: "a ready draft is posted and the link shown", draft: mk([]drafts.Network{drafts.Mastodon}, true),
			want: "https://social.example/@clinic/42", published: true, status: accounts.StatusConnected},
		{name: "a draft not marked ready is refused", draft: mk([]drafts.Network{drafts.Mastodon}, false),
			want: "only a draft marked ready", status: accounts.StatusConnected},
		{name: "an account on a network the draft does not target is refused", draft: mk([]drafts.Network{drafts.X}, true),
			want: "not aimed at Mastodon", status: accounts.StatusConnected},
		{name: "a revoked token asks for a reconnect and marks the account", draft: mk([]drafts.Network{drafts.Mastodon}, true),
			revoke: true, want: "sign in again", status: accounts.StatusNeedsReconnect},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.revoke {
				token.Store("rotated")
			}
			before := posted.Load()
			results := m.PostNow(ctx, tt.draft, []int64{a.ID})
			if len(results) != 1 || !strings.Contains(results[0].Message, tt.want) {
				t.Fatalf("results = %+v", results)
			}
			if got := posted.Load() - before; (got == 1) != tt.published {
				t.Fatalf("%d statuses posted", got)
			}
			acc, _ := m.Accounts.Get(ctx, a.ID)
			if acc.Status != tt.status {
				t.Fatalf("status = %s", acc.Status)
			}
		})
	}
	t.Run("reconnecting with a new token makes it usable again", func(t *testing.T) {
		if err := m.Reconnect(ctx, a.ID, map[string]string{"token": "rotated"}, nil); err != nil {
			t.Fatal(err)
		}
		acc, _ := m.Accounts.Get(ctx, a.ID)
		if acc.Status != accounts.StatusConnected {
			t.Fatalf("status = %s", acc.Status)
		}
		results := m.PostNow(ctx, mk([]drafts.Network{drafts.Mastodon}, true), []int64{a.ID})
		if results[0].Err != nil {
			t.Fatal(results[0].Err)
		}
	})
}

func TestEverySetupIsComplete(t *testing.T) {
	seen := map[drafts.Network]bool{}
	for _, s := range Setups() {
		seen[s.Network] = true
		if len(s.Steps) == 0 || len(s.Fields) == 0 {
			t.Errorf("%s: no steps or fields", s.Network)
		}
	}
	for _, n := range drafts.AllNetworks {
		if !seen[n] {
			t.Errorf("no add-account flow for %s", n.Label())
		}
	}
}

func TestAddRefusesMissingFields(t *testing.T) {
	m, _ := newManager(t)
	_, err := m.Add(context.Background(), drafts.Bluesky, map[string]string{"handle": "clinic.test"}, nil)
	if err == nil || !strings.Contains(err.Error(), "App password") {
		t.Fatalf("err = %v", err)
	}
}
