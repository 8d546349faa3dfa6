package inbox

import (
	"context"
	"fmt"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/zalando/go-keyring"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/network"
	"github.com/carepost/carepost/store"
)

func TestMain(m *testing.M) {
	keyring.MockInit()
	os.Exit(m.Run())
}

var t0 = time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)

type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

type env struct {
	t        testing.TB
	ctx      context.Context
	db       *store.DB
	clock    *clock
	store    *Store
	accounts *accounts.Service
	conns    map[int64]*fakeConn
	syncer   *Syncer
}

func newEnv(t testing.TB) *env {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	c := &clock{t: t0}
	e := &env{t: t, ctx: ctx, db: db, clock: c, store: NewStore(db, c.Now), conns: map[int64]*fakeConn{}}
	e.accounts = accounts.NewService(db, accounts.NewVault(), c.Now)
	e.syncer = &Syncer{Store: e.store, Accounts: e.accounts, Now: c.Now,
		Connectors: func(ctx context.Context, id int64) (accounts.Connector, accounts.Account, error) {
			a, err := e.accounts.Get(ctx, id)
			if err != nil {
				return nil, a, err
			}
			return e.conns[id], a, nil
		},
		Assess: func(text string) Assessment {
			// A stand-in for triage: the tests say which texts are urgent.
			if len(text) > 7 && text[:7] == "URGENT:" {
				return Assessment{Urgent: true, Reasons: []string{"test emergency"}}
			}
			return Assessment{}
		},
	}
	return e
}

func (e *env) addAccount(n network.Network, handle string) accounts.Account {
	e.t.Helper()
	a, err := e.accounts.Add(e.ctx, accounts.Account{Network: n, Handle: handle, ServerURL: "https://social.example"},
		accounts.Credentials{AccessToken: "SYNTHETIC"})
	if err != nil {
		e.t.Fatal(err)
	}
	e.conns[a.ID] = &fakeConn{net: n}
	return a
}

// fakeConn is a connector whose activity the test writes: pages come back
// one per FetchActivity, after the cursor they follow ("" first).
type fakeConn struct {
	accounts.Connector // nil: any call the inbox must not make panics
	net                network.Network
	mu                 sync.Mutex
	items              []accounts.Activity // everything on the network, oldest first
	err                error
	fetches            []string // cursors asked for
	seen               []time.Time
	hidden             []accounts.Ref
	perPage            int
}

func (f *fakeConn) Network() network.Network { return f.net }

func (f *fakeConn) add(a ...accounts.Activity) {
	f.mu.Lock()
	f.items = append(f.items, a...)
	f.mu.Unlock()
}

// FetchActivity returns the items after cursor (an index), perPage at a time.
func (f *fakeConn) FetchActivity(ctx context.Context, cursor string) (accounts.ActivityPage, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.fetches = append(f.fetches, cursor)
	if f.err != nil {
		return accounts.ActivityPage{}, f.err
	}
	from := 0
	if cursor != "" {
		fmt.Sscanf(cursor, "%d", &from)
	}
	to := len(f.items)
	if f.perPage > 0 && from+f.perPage < to {
		to = from + f.perPage
	}
	return accounts.ActivityPage{Items: append([]accounts.Activity(nil), f.items[from:to]...), Cursor: fmt.Sprint(to)}, nil
}

// HideComment records the comment hidden (the fake is a CommentHider on
// every network; the inbox asks only where the real connector is one).
func (f *fakeConn) HideComment(ctx context.Context, ref accounts.Ref) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return f.err
	}
	f.hidden = append(f.hidden, ref)
	return nil
}

func (f *fakeConn) MarkSeen(ctx context.Context, at time.Time) error {
	f.mu.Lock()
	f.seen = append(f.seen, at)
	f.mu.Unlock()
	return nil
}

func mention(id, author, text string, at time.Time) accounts.Activity {
	return accounts.Activity{Ref: accounts.Ref{ID: id, URL: "https://social.example/@" + author + "/" + id}, Kind: accounts.ActivityMention,
		Author: "@" + author + "@social.example", AuthorName: author, Text: text, CreatedAt: at}
}

func (e *env) list(f Filter) []Item {
	e.t.Helper()
	p, err := e.store.List(e.ctx, f)
	if err != nil {
		e.t.Fatal(err)
	}
	return p.Items
}

func ids(items []Item) []string {
	var out []string
	for _, it := range items {
		out = append(out, it.RemoteID)
	}
	return out
}
