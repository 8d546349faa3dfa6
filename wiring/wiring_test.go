package wiring

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/zalando/go-keyring"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/schedule"
	"github.com/carepost/carepost/store"
)

func TestMain(m *testing.M) {
	keyring.MockInit()
	os.Exit(m.Run())
}

// mastodonStub accepts statuses while the token is good, and records each
// with its Idempotency-Key.
type mastodonStub struct {
	token atomic.Value
	mu    sync.Mutex
	keys  []string
	texts []string
}

func (m *mastodonStub) posted() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.texts)
}

func (m *mastodonStub) server(t *testing.T) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer "+m.token.Load().(string) {
			w.WriteHeader(401)
			io.WriteString(w, `{"error":"The access token was revoked"}`)
			return
		}
		switch r.URL.Path {
		case "/api/v1/accounts/verify_credentials":
			io.WriteString(w, `{"id":"7","username":"clinic","acct":"clinic","display_name":"Clinic"}`)
		case "/api/v1/statuses":
			r.ParseForm()
			m.mu.Lock()
			m.keys = append(m.keys, r.Header.Get("Idempotency-Key"))
			m.texts = append(m.texts, r.PostForm.Get("status"))
			m.mu.Unlock()
			io.WriteString(w, `{"id":"42","url":"https://social.example/@clinic/42","created_at":"2026-11-25T15:00:00Z","content":"<p>ok</p>"}`)
		default:
			w.WriteHeader(404)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

func newServices(t *testing.T) *Services {
	t.Helper()
	db, err := store.Open(context.Background(), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return New(db, Options{})
}

func TestPublishNowGoesThroughTheEngine(t *testing.T) {
	ctx := context.Background()
	stub := &mastodonStub{}
	stub.token.Store("good-SYNTHETIC")
	srv := stub.server(t)
	s := newServices(t)
	a, err := s.Manager.Add(ctx, drafts.Mastodon, map[string]string{"server": srv.URL, "token": "good-SYNTHETIC"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	mk := func(networks []drafts.Network, ready bool) drafts.Draft {
		t.Helper()
		d, err := s.Drafts.CreateDraft(ctx, drafts.Draft{Body: "Open late on Thursdays.", Networks: networks})
		if err != nil {
			t.Fatal(err)
		}
		if ready {
			if err := s.Drafts.MarkReady(ctx, d.ID); err != nil {
				t.Fatal(err)
			}
		}
		return d
	}

	t.Run("a ready draft is published once, with a publication, its key and its link", func(t *testing.T) {
		d := mk([]drafts.Network{drafts.Mastodon}, true)
		before := stub.posted()
		res, err := s.PublishNow(ctx, d.ID, []int64{a.ID})
		if err != nil || len(res) != 1 || res[0].Err != nil {
			t.Fatalf("%+v %v", res, err)
		}
		p := res[0].Publication
		if p.State != schedule.StatePublished || p.RemoteID != "42" || p.RemoteURL != "https://social.example/@clinic/42" {
			t.Fatalf("publication %+v", p)
		}
		if stub.posted()-before != 1 {
			t.Fatalf("%d statuses posted", stub.posted()-before)
		}
		stub.mu.Lock()
		key := stub.keys[len(stub.keys)-1]
		stub.mu.Unlock()
		if key == "" || key != p.IdempotencyKey {
			t.Fatalf("Idempotency-Key %q, publication's %q", key, p.IdempotencyKey)
		}
		log, err := s.Schedule.Log(ctx, p.ID)
		if err != nil || len(log) < 3 {
			t.Fatalf("publish log %+v %v", log, err)
		}
		if got := schedule.OutcomeMessage(p, "Mastodon"); got != "Posted: https://social.example/@clinic/42" {
			t.Fatalf("message %q", got)
		}
	})
	refusals := []struct {
		name  string
		setup func(t *testing.T) drafts.Draft
		want  string
	}{
		{"a draft not marked ready is refused", func(t *testing.T) drafts.Draft { return mk([]drafts.Network{drafts.Mastodon}, false) }, "mark"},
		{"an account on a network the draft does not target is refused", func(t *testing.T) drafts.Draft { return mk([]drafts.Network{drafts.X}, true) }, "Mastodon"},
		{"with approval on, an unapproved ready draft is refused", func(t *testing.T) drafts.Draft {
			d := mk([]drafts.Network{drafts.Mastodon}, true)
			if err := s.Schedule.SaveSettings(ctx, schedule.Settings{Grace: schedule.DefaultGrace, Approval: true}); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { s.Schedule.SaveSettings(ctx, schedule.DefaultSettings()) })
			return d
		}, "approval"},
	}
	for _, tt := range refusals {
		t.Run(tt.name, func(t *testing.T) {
			d := tt.setup(t)
			before := stub.posted()
			res, err := s.PublishNow(ctx, d.ID, []int64{a.ID})
			if err != nil || len(res) != 1 || res[0].Err == nil || !strings.Contains(res[0].Err.Error(), tt.want) {
				t.Fatalf("want a refusal mentioning %q, got %+v %v", tt.want, res, err)
			}
			if stub.posted() != before {
				t.Fatal("the network was called")
			}
		})
	}
	t.Run("a revoked token parks the post as needs reconnect and marks the account", func(t *testing.T) {
		d := mk([]drafts.Network{drafts.Mastodon}, true)
		stub.token.Store("rotated-SYNTHETIC")
		res, err := s.PublishNow(ctx, d.ID, []int64{a.ID})
		if err != nil || res[0].Err != nil || res[0].Publication.State != schedule.StateNeedsReconnect {
			t.Fatalf("%+v %v", res, err)
		}
		if msg := schedule.OutcomeMessage(res[0].Publication, "Mastodon"); !strings.Contains(msg, "sign in again") {
			t.Fatalf("message %q", msg)
		}
		acc, _ := s.Accounts.Get(ctx, a.ID)
		if acc.Status != accounts.StatusNeedsReconnect {
			t.Fatalf("account status %s", acc.Status)
		}
		if err := s.Manager.Reconnect(ctx, a.ID, map[string]string{"token": "rotated-SYNTHETIC"}, nil); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Schedule.Retry(ctx, res[0].Publication.ID); err != nil {
			t.Fatal(err)
		}
		sum, err := s.Engine.RunDue(ctx)
		if err != nil || sum.Published != 1 {
			t.Fatalf("after reconnect and retry: %+v %v", sum, err)
		}
	})
}

// TestSettingsMeanTheSameEverywhere: the engine the app runs and the one
// publish-due runs are the same wiring, so "never post late" holds a missed
// post in both (the app once published it).
func TestSettingsMeanTheSameEverywhere(t *testing.T) {
	ctx := context.Background()
	stub := &mastodonStub{}
	stub.token.Store("good-SYNTHETIC")
	srv := stub.server(t)
	clock := time.Date(2026, 3, 2, 14, 0, 0, 0, time.UTC)
	db, err := store.Open(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	s := New(db, Options{Now: func() time.Time { return clock }})
	a, err := s.Manager.Add(ctx, drafts.Mastodon, map[string]string{"server": srv.URL, "token": "good-SYNTHETIC"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Schedule.SaveSettings(ctx, schedule.Settings{Grace: 0}); err != nil {
		t.Fatal(err)
	}
	d, err := s.Drafts.CreateDraft(ctx, drafts.Draft{Body: "Closed Monday for the holiday.", Networks: []drafts.Network{drafts.Mastodon}})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Drafts.MarkReady(ctx, d.ID); err != nil {
		t.Fatal(err)
	}
	p, err := s.Schedule.Schedule(ctx, d.ID, a.ID, clock.Add(time.Minute), "UTC")
	if err != nil {
		t.Fatal(err)
	}
	clock = clock.Add(10 * time.Minute) // CarePost was closed; within the default 2 h grace, beyond "never late"
	if _, err := s.Engine.RunDue(ctx); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Schedule.Get(ctx, p.ID); got.State != schedule.StateHeld {
		t.Fatalf("want held, got %s", got.State)
	}
	if stub.posted() != 0 {
		t.Fatal("a missed post went out with \"never post late\" set")
	}
}
