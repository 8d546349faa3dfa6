package schedule

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/accounts/mastodon"
	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/store"
)

// testClock is the injected clock, shared with the fake server.
type testClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *testClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *testClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// fault is what the fake network does with one request.
type fault int

const (
	faultNone           fault = iota
	faultDropAfterStore       // accept the post, then drop the connection before answering
	faultDropBefore           // drop the connection without accepting
	fault503
	fault502 // a gateway error after the server behind it accepted the post
	fault429
	fault401 // the token is revoked until the account is reconnected
	fault422
)

func (f fault) String() string {
	return [...]string{"none", "drop-after-accept", "drop-before", "503", "502-after-accept", "429", "401", "422"}[f]
}

const rejectMessage = "Validation failed: Text character limit of 500 exceeded"

type fakePost struct {
	ID      string
	Account string
	Text    string
	Key     string
	Lang    string // the status's language, as Mastodon takes it
	Created time.Time
}

type fakeAccount struct {
	id      string
	revoked bool
}

// fakeNet is a Mastodon-like server that, like some real servers speaking
// Mastodon's API, ignores Idempotency-Key. Per request, decide picks a
// fault. It records every post it accepted.
type fakeNet struct {
	mu       sync.Mutex
	clock    *testClock
	accounts map[string]*fakeAccount // by token
	posts    []fakePost              // accepted, oldest first
	nextID   int
	// decide picks the fault for a request: op is "post", "list" or
	// "cancel" (DELETE of a scheduled status).
	decide func(op string) fault
	// onAccept runs after a post is recorded, before any answer.
	onAccept func(fakePost)
	requests map[string]int
	// scheduled are posts accepted with scheduled_at, not yet out; they
	// join posts once the clock reaches their time, unless neverPublish.
	scheduled    []fakeScheduled
	handedOff    int
	neverPublish bool
}

// fakeScheduled is a ScheduledStatus: the post and when it goes out.
type fakeScheduled struct {
	fakePost
	At time.Time
}

// promote publishes the scheduled posts whose time has come. f.mu is held.
func (f *fakeNet) promote() {
	if f.neverPublish {
		return
	}
	now := f.clock.Now()
	kept := f.scheduled[:0]
	for _, s := range f.scheduled {
		if s.At.After(now) {
			kept = append(kept, s)
			continue
		}
		f.nextID++
		p := s.fakePost
		p.ID, p.Created = strconv.Itoa(f.nextID), s.At
		f.posts = append(f.posts, p)
	}
	f.scheduled = kept
}

// scheduledCount is how many posts were ever accepted for later.
func (f *fakeNet) scheduledCount() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.handedOff
}

func newFakeNet(clock *testClock) *fakeNet {
	return &fakeNet{clock: clock, accounts: map[string]*fakeAccount{}, nextID: 1000, requests: map[string]int{}}
}

func (f *fakeNet) addAccount(token string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.accounts[token] = &fakeAccount{id: strconv.Itoa(len(f.accounts) + 1)}
}

func (f *fakeNet) reconnect(token string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.accounts[token].revoked = false
}

func (f *fakeNet) revoked(token string) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.accounts[token].revoked
}

func (f *fakeNet) accepted() []fakePost {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.promote()
	return append([]fakePost(nil), f.posts...)
}

func (f *fakeNet) pick(op string) fault {
	f.mu.Lock()
	decide := f.decide
	f.requests[op]++
	f.mu.Unlock()
	if decide == nil {
		return faultNone
	}
	return decide(op)
}

func (f *fakeNet) account(r *http.Request) *fakeAccount {
	tok := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	f.mu.Lock()
	defer f.mu.Unlock()
	a := f.accounts[tok]
	if a == nil || a.revoked {
		return nil
	}
	return a
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func drop(w http.ResponseWriter) {
	conn, _, err := http.NewResponseController(w).Hijack()
	if err == nil {
		conn.Close()
	}
}

func (f *fakeNet) statusJSON(p fakePost) map[string]any {
	return map[string]any{
		"id": p.ID, "created_at": p.Created.UTC().Format("2006-01-02T15:04:05.000Z"),
		"uri":     "https://social.example/users/a" + p.Account + "/statuses/" + p.ID,
		"url":     "https://social.example/@a" + p.Account + "/" + p.ID,
		"content": "<p>" + html.EscapeString(p.Text) + "</p>", "visibility": "public",
		"account":           map[string]any{"id": p.Account, "username": "a" + p.Account, "acct": "a" + p.Account},
		"media_attachments": []any{}, "reblog": nil,
	}
}

// common answers the faults that need no post: it reports whether it did.
func (f *fakeNet) common(w http.ResponseWriter, fl fault, a *fakeAccount) bool {
	switch fl {
	case faultDropBefore:
		drop(w)
	case fault503:
		writeJSON(w, 503, map[string]any{"error": "Service Unavailable"})
	case fault429:
		w.Header().Set("Retry-After", "45")
		writeJSON(w, 429, map[string]any{"error": "Too many requests"})
	case fault401:
		f.mu.Lock()
		a.revoked = true
		f.mu.Unlock()
		writeJSON(w, 401, map[string]any{"error": "The access token was revoked"})
	default:
		return false
	}
	return true
}

func (f *fakeNet) handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/v1/accounts/verify_credentials", func(w http.ResponseWriter, r *http.Request) {
		a := f.account(r)
		if a == nil {
			writeJSON(w, 401, map[string]any{"error": "The access token is invalid"})
			return
		}
		writeJSON(w, 200, map[string]any{"id": a.id, "username": "a" + a.id, "acct": "a" + a.id, "display_name": "Clinic " + a.id})
	})
	// The status an answer replies to (the Mastodon connector reads it for
	// its visibility and author): one whose id starts "dm" is a direct
	// message from bob.
	mux.HandleFunc("GET /api/v1/statuses/{id}", func(w http.ResponseWriter, r *http.Request) {
		if f.account(r) == nil {
			writeJSON(w, 401, map[string]any{"error": "The access token is invalid"})
			return
		}
		id, visibility := r.PathValue("id"), "public"
		if strings.HasPrefix(id, "dm") {
			visibility = "direct"
		}
		writeJSON(w, 200, map[string]any{"id": id, "created_at": "2026-03-02T13:00:00.000Z", "visibility": visibility,
			"uri": "https://social.example/users/bob/statuses/" + id, "url": "https://social.example/@bob/" + id, "content": "<p>Hello</p>",
			"account": map[string]any{"id": "900", "username": "bob", "acct": "bob@example.org"}, "media_attachments": []any{}, "reblog": nil})
	})
	mux.HandleFunc("GET /api/v2/instance", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, 200, map[string]any{"configuration": map[string]any{"statuses": map[string]any{"max_characters": 500, "max_media_attachments": 4}}})
	})
	mux.HandleFunc("GET /api/v1/accounts/{id}/statuses", func(w http.ResponseWriter, r *http.Request) {
		a := f.account(r)
		if a == nil {
			writeJSON(w, 401, map[string]any{"error": "The access token is invalid"})
			return
		}
		fl := f.pick("list")
		if fl == faultDropAfterStore || fl == fault502 {
			fl = faultDropBefore
		}
		if fl == fault422 {
			fl = fault503
		}
		if f.common(w, fl, a) {
			return
		}
		limit, _ := strconv.Atoi(r.URL.Query().Get("limit"))
		if limit <= 0 || limit > 40 {
			limit = 20
		}
		f.mu.Lock()
		f.promote()
		var out []map[string]any
		for i := len(f.posts) - 1; i >= 0 && len(out) < limit; i-- {
			if f.posts[i].Account == r.PathValue("id") {
				out = append(out, f.statusJSON(f.posts[i]))
			}
		}
		f.mu.Unlock()
		if out == nil {
			out = []map[string]any{}
		}
		writeJSON(w, 200, out)
	})
	mux.HandleFunc("POST /api/v1/statuses", func(w http.ResponseWriter, r *http.Request) {
		a := f.account(r)
		if a == nil {
			writeJSON(w, 401, map[string]any{"error": "The access token is invalid"})
			return
		}
		r.ParseForm()
		fl := f.pick("post")
		if f.common(w, fl, a) {
			return
		}
		if fl == fault422 {
			writeJSON(w, 422, map[string]any{"error": rejectMessage})
			return
		}
		if r.PostForm.Get("scheduled_at") != "" {
			at, err := time.Parse(time.RFC3339, r.PostForm.Get("scheduled_at"))
			if err != nil || at.Before(f.clock.Now().Add(5*time.Minute)) {
				writeJSON(w, 422, map[string]any{"error": "Validation failed: Scheduled at The scheduled date must be in the future"})
				return
			}
			f.mu.Lock()
			f.nextID++
			id := strconv.Itoa(f.nextID)
			f.scheduled = append(f.scheduled, fakeScheduled{fakePost: fakePost{ID: "s" + id, Account: a.id, Text: r.PostForm.Get("status"),
				Key: r.Header.Get("Idempotency-Key")}, At: at})
			f.handedOff++
			f.mu.Unlock()
			if fl == faultDropAfterStore || fl == fault502 {
				drop(w)
				return
			}
			writeJSON(w, 200, map[string]any{"id": "s" + id, "scheduled_at": r.PostForm.Get("scheduled_at"), "params": map[string]any{"text": r.PostForm.Get("status")}})
			return
		}
		f.mu.Lock()
		f.nextID++
		p := fakePost{ID: strconv.Itoa(f.nextID), Account: a.id, Text: r.PostForm.Get("status"), Key: r.Header.Get("Idempotency-Key"), Lang: r.PostForm.Get("language"), Created: f.clock.Now()}
		f.posts = append(f.posts, p)
		onAccept := f.onAccept
		f.mu.Unlock()
		if onAccept != nil {
			onAccept(p)
		}
		switch fl {
		case faultDropAfterStore:
			drop(w)
			return
		case fault502:
			writeJSON(w, 502, map[string]any{"error": "Bad Gateway"})
			return
		}
		writeJSON(w, 200, f.statusJSON(p))
	})
	// Cancelling a scheduled status: 200 with {} when it was still waiting,
	// 404 "Record not found" when there is none of this account's at that
	// id (cancelled already, or published: it then has a status id).
	mux.HandleFunc("DELETE /api/v1/scheduled_statuses/{id}", func(w http.ResponseWriter, r *http.Request) {
		a := f.account(r)
		if a == nil {
			writeJSON(w, 401, map[string]any{"error": "The access token is invalid"})
			return
		}
		fl := f.pick("cancel")
		if fl == fault422 {
			fl = fault503
		}
		if f.common(w, fl, a) {
			return
		}
		f.mu.Lock()
		f.promote()
		found := false
		kept := f.scheduled[:0]
		for _, s := range f.scheduled {
			if !found && s.ID == r.PathValue("id") && s.Account == a.id {
				found = true
				continue
			}
			kept = append(kept, s)
		}
		f.scheduled = kept
		f.mu.Unlock()
		if !found {
			writeJSON(w, 404, map[string]any{"error": "Record not found"})
			return
		}
		switch fl { // the cancellation took effect, but the answer is lost
		case faultDropAfterStore:
			drop(w)
			return
		case fault502:
			writeJSON(w, 502, map[string]any{"error": "Bad Gateway"})
			return
		}
		writeJSON(w, 200, map[string]any{})
	})
	return mux
}

// memRing is an in-memory keychain.
type memRing struct {
	mu sync.Mutex
	m  map[string]string
}

func (r *memRing) Get(service, user string) (string, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	v, ok := r.m[service+"/"+user]
	if !ok {
		return "", fmt.Errorf("secret not found in keyring")
	}
	return v, nil
}

func (r *memRing) Set(service, user, secret string) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.m[service+"/"+user] = secret
	return nil
}

func (r *memRing) Delete(service, user string) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	delete(r.m, service+"/"+user)
	return nil
}

// testEnv is a real SQLite file, the drafts and accounts services, the
// fake network behind httptest, and an engine using the real Mastodon
// connector over HTTP.
type testEnv struct {
	t        testing.TB
	ctx      context.Context
	db       *store.DB
	clock    *testClock
	drafts   *drafts.Service
	accounts *accounts.Service
	store    *Store
	net      *fakeNet
	srv      *httptest.Server
	engine   *Engine
	tokens   map[int64]string
	notified []Publication
}

var start = time.Date(2026, 3, 2, 14, 0, 0, 0, time.UTC)

func newTestEnv(t testing.TB, dir string) *testEnv {
	t.Helper()
	ctx := context.Background()
	if dir == "" {
		dir = t.TempDir()
	}
	db, err := store.Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	clock := &testClock{t: start}
	e := &testEnv{t: t, ctx: ctx, db: db, clock: clock, tokens: map[int64]string{}}
	e.drafts = drafts.NewService(db, clock.Now)
	e.accounts = accounts.NewService(db, accounts.NewVaultWith(&memRing{m: map[string]string{}}), clock.Now)
	e.store = NewStore(db, e.drafts, e.accounts, clock.Now)
	e.net = newFakeNet(clock)
	e.srv = httptest.NewServer(e.net.handler())
	t.Cleanup(e.srv.Close)
	e.engine = &Engine{
		Store:      e.store,
		Connectors: e.connector,
		Drafts:     e.drafts,
		Accounts:   e.accounts,
		Now:        clock.Now,
		Sleep:      func(context.Context, time.Duration) error { return nil },
		Notify:     func(p Publication) { e.notified = append(e.notified, p) },
	}
	return e
}

func (e *testEnv) connector(ctx context.Context, id int64) (accounts.Connector, accounts.Account, error) {
	a, err := e.accounts.Get(ctx, id)
	if err != nil {
		return nil, accounts.Account{}, err
	}
	creds, err := e.accounts.Credentials(ctx, a)
	if err != nil {
		return nil, a, err
	}
	return mastodon.New(mastodon.Config{Server: a.ServerURL, HTTP: e.httpClient(), Creds: creds, Now: e.clock.Now}), a, nil
}

func (e *testEnv) addAccount(name string) accounts.Account {
	e.t.Helper()
	token := "token-SYNTHETIC-" + name
	a, err := e.accounts.Add(e.ctx, accounts.Account{Network: drafts.Mastodon, Handle: name, ServerURL: e.srv.URL}, accounts.Credentials{AccessToken: token})
	if err != nil {
		e.t.Fatal(err)
	}
	e.net.addAccount(token)
	e.tokens[a.ID] = token
	return a
}

// reconnect restores the account on the fake network and in CarePost.
func (e *testEnv) reconnect(id int64) {
	e.net.reconnect(e.tokens[id])
	if err := e.accounts.Reconnect(e.ctx, id, accounts.Credentials{AccessToken: e.tokens[id]}); err != nil {
		e.t.Fatal(err)
	}
}

func (e *testEnv) readyDraft(text string, networks ...drafts.Network) drafts.Draft {
	e.t.Helper()
	if len(networks) == 0 {
		networks = []drafts.Network{drafts.Mastodon}
	}
	d, err := e.drafts.CreateDraft(e.ctx, drafts.Draft{Body: text, Networks: networks})
	if err != nil {
		e.t.Fatal(err)
	}
	if err := e.drafts.MarkReady(e.ctx, d.ID); err != nil {
		e.t.Fatal(err)
	}
	d.Status = drafts.StatusReady
	return d
}

func (e *testEnv) mustSchedule(d drafts.Draft, a accounts.Account, due time.Time) Publication {
	e.t.Helper()
	p, err := e.store.Schedule(e.ctx, d.ID, a.ID, due, "America/New_York")
	if err != nil {
		e.t.Fatal(err)
	}
	return p
}

func (e *testEnv) get(id int64) Publication {
	e.t.Helper()
	p, err := e.store.Get(e.ctx, id)
	if err != nil {
		e.t.Fatal(err)
	}
	return p
}

// acceptedByKey counts accepted posts per idempotency key.
func acceptedByKey(posts []fakePost) map[string][]fakePost {
	out := map[string][]fakePost{}
	for _, p := range posts {
		out[p.Key] = append(out[p.Key], p)
	}
	return out
}

func sortedStates(m map[State]int) string {
	var keys []string
	for k := range m {
		keys = append(keys, string(k))
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s=%d", k, m[State(k)]))
	}
	return strings.Join(parts, " ")
}

var _ = io.Discard

func (e *testEnv) httpClient() *http.Client { return e.srv.Client() }

func (f *fakeNet) setDecide(d func(string) fault) {
	f.mu.Lock()
	f.decide = d
	f.mu.Unlock()
}

func (f *fakeNet) setOnAccept(fn func(fakePost)) {
	f.mu.Lock()
	f.onAccept = fn
	f.mu.Unlock()
}

// TestFakeNetCancelsScheduledStatus checks the fake's DELETE
// /api/v1/scheduled_statuses/:id through the real Mastodon connector.
func TestFakeNetCancelsScheduledStatus(t *testing.T) {
	e := newTestEnv(t, "")
	a := e.addAccount("clinic")
	conn, _, err := e.connector(e.ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	pub, err := conn.Publish(e.ctx, accounts.Post{Text: "Flu clinic", ScheduleAt: e.clock.Now().Add(time.Hour)})
	if err != nil || !pub.Scheduled {
		t.Fatalf("Publish = %+v, %v", pub, err)
	}
	if err := conn.CancelScheduled(e.ctx, pub.Ref); err != nil {
		t.Fatalf("CancelScheduled: %v", err)
	}
	e.clock.Advance(2 * time.Hour)
	if n := len(e.net.accepted()); n != 0 {
		t.Errorf("a cancelled post went out: %d posts", n)
	}
	var ae *accounts.Error
	if err := conn.CancelScheduled(e.ctx, pub.Ref); !errors.As(err, &ae) || ae.Kind != accounts.KindRejected || ae.Status != 404 {
		t.Errorf("cancelling twice = %v, want rejected with 404", err)
	}
}
