package stats

import (
	"context"
	"database/sql"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/zalando/go-keyring"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/network"
	"github.com/carepost/carepost/store"
)

// testEnv is a real database in a temporary folder with the clinic's
// profile (New York: a daylight-saving zone), its services and a clock.
type testEnv struct {
	t      testing.TB
	db     *store.DB
	drafts *drafts.Service
	acc    *accounts.Service
	svc    *Service
	nets   map[int64]*fakeNetwork
	mu     sync.Mutex
	now    time.Time
}

func newTestEnv(t *testing.T) *testEnv { return newTestEnvTB(t) }

func newTestEnvTB(t testing.TB) *testEnv {
	t.Helper()
	keyring.MockInit()
	db, err := store.Open(context.Background(), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	e := &testEnv{t: t, db: db, nets: map[int64]*fakeNetwork{}, now: time.Date(2026, 12, 5, 15, 0, 0, 0, time.UTC)}
	clock := func() time.Time { e.mu.Lock(); defer e.mu.Unlock(); return e.now }
	e.drafts = drafts.NewService(db, clock)
	if err := e.drafts.SaveProfile(context.Background(), drafts.Profile{Name: "Maple Grove Family Clinic",
		Phone: "(555) 010-0100", Website: "maplegrove.example", TimeZone: "America/New_York"}); err != nil {
		t.Fatal(err)
	}
	e.acc = accounts.NewService(db, accounts.NewVault(), clock)
	e.svc = NewService(db, e.drafts, e.acc, func(ctx context.Context, id int64) (accounts.Connector, accounts.Account, error) {
		a, err := e.acc.Get(ctx, id)
		if err != nil {
			return nil, a, err
		}
		n, ok := e.nets[id]
		if !ok {
			return nil, a, fmt.Errorf("no network for account %d", id)
		}
		return n, a, nil
	}, clock)
	return e
}

func (e *testEnv) setNow(t time.Time) {
	e.mu.Lock()
	e.now = t
	e.mu.Unlock()
}

func (e *testEnv) exec(q string, args ...any) sql.Result {
	e.t.Helper()
	res, err := e.db.Exec(q, args...)
	if err != nil {
		e.t.Fatalf("%s: %v", q, err)
	}
	return res
}

// addAccount adds an account row (its secrets are never needed: the
// network is a fake) and its fake network.
func (e *testEnv) addAccount(n network.Network, name string) int64 {
	e.t.Helper()
	res := e.exec(`INSERT INTO accounts (network, handle, display_name, keychain_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
		string(n), name, name, "test-"+name, store.Stamp(e.now), store.Stamp(e.now))
	id, _ := res.LastInsertId()
	e.nets[id] = &fakeNetwork{net: n, posts: map[string]accounts.PostMetrics{}, followers: -1}
	return id
}

// publish records a published post of a new draft (made from template
// key tpl, a patient story with consent when consent > 0).
func (e *testEnv) publish(account int64, at time.Time, remoteID, text, tpl string, consent int64) (pubID, draftID int64) {
	e.t.Helper()
	var consentArg any
	story := 0
	if consent > 0 {
		consentArg, story = consent, 1
	}
	res := e.exec(`INSERT INTO drafts (title, body, status, template_key, patient_story, consent_id, created_at, updated_at)
		VALUES ('', ?, 'ready', ?, ?, ?, ?, ?)`, text, tpl, story, consentArg, store.Stamp(at), store.Stamp(at))
	draftID, _ = res.LastInsertId()
	res = e.exec(`INSERT INTO publications (draft_id, account_id, due_at, zone, state, idempotency_key, remote_id, remote_url,
			sent_text, created_at, updated_at)
		VALUES (?, ?, ?, 'America/New_York', 'queued', ?, '', '', '', ?, ?)`,
		draftID, account, store.Stamp(at), fmt.Sprintf("key-%d-%s", account, remoteID), store.Stamp(at), store.Stamp(at))
	pubID, _ = res.LastInsertId()
	// As the engine records a published post.
	e.exec(`UPDATE publications SET state = 'published', remote_id = ?, remote_url = ?, sent_text = ?, published_at = ? WHERE id = ?`,
		remoteID, "https://social.example/"+remoteID, text, store.Stamp(at), pubID)
	return pubID, draftID
}

// fakeNetwork answers PostMetrics and AccountMetrics like a connector:
// counts it has, -1 for what it does not report, posts it does not have
// left out.
type fakeNetwork struct {
	accounts.Connector // anything else panics: stats must not call it
	net                network.Network
	mu                 sync.Mutex
	posts              map[string]accounts.PostMetrics
	followers          int64
	err                error
	calls              int
}

func (f *fakeNetwork) Network() network.Network { return f.net }

func (f *fakeNetwork) set(remoteID string, likes, reposts, replies, quotes, views int64) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.posts[remoteID] = accounts.PostMetrics{Likes: likes, Reposts: reposts, Replies: replies, Quotes: quotes, Impressions: views}
}

func (f *fakeNetwork) remove(remoteID string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	delete(f.posts, remoteID)
}

func (f *fakeNetwork) PostMetrics(_ context.Context, refs []accounts.Ref) ([]accounts.PostMetrics, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls++
	if f.err != nil {
		return nil, f.err
	}
	var out []accounts.PostMetrics
	for _, r := range refs {
		id := r.ID
		if id == "" {
			id = r.URI
		}
		if m, ok := f.posts[id]; ok {
			m.Ref = r
			out = append(out, m)
		}
	}
	return out, nil
}

func (f *fakeNetwork) AccountMetrics(context.Context) (accounts.AccountMetrics, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return accounts.AccountMetrics{}, f.err
	}
	return accounts.AccountMetrics{Followers: f.followers}, nil
}
