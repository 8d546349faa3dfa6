package wire_test

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/accounts/wire"
	"github.com/carepost/carepost/network"
)

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

// scripted answers the n-th request with answers[n] (the last one after).
type answer struct {
	status int
	header map[string]string
}

func scripted(t *testing.T, answers ...answer) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	var n atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		i := int(n.Add(1)) - 1
		a := answers[min(i, len(answers)-1)]
		for k, v := range a.header {
			w.Header().Set(k, v)
		}
		w.WriteHeader(a.status)
		w.Write([]byte(`{}`))
	}))
	t.Cleanup(srv.Close)
	return srv, &n
}

func TestGateStopsRequestsWhileTheLimitIsSpent(t *testing.T) {
	reset := testNow.Add(90 * time.Second)
	tests := []struct {
		name      string
		first     answer
		spent     wire.SpentFunc
		firstOK   bool
		wantUntil time.Time
	}{
		{"Mastodon: a success with X-RateLimit-Remaining 0 waits for the ISO reset",
			answer{200, map[string]string{"X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset.Format(time.RFC3339Nano)}},
			wire.HeaderLimit("X-RateLimit-Remaining", "X-RateLimit-Reset"), true, reset},
		{"Bluesky: RateLimit-Remaining 0 waits for the epoch reset",
			answer{200, map[string]string{"RateLimit-Limit": "3000", "RateLimit-Remaining": "0", "RateLimit-Reset": strconv.FormatInt(reset.Unix(), 10), "RateLimit-Policy": "3000;w=300"}},
			wire.HeaderLimit("RateLimit-Remaining", "RateLimit-Reset"), true, reset},
		{"X: x-rate-limit-remaining 0 waits for the epoch reset",
			answer{200, map[string]string{"x-rate-limit-limit": "180", "x-rate-limit-remaining": "0", "x-rate-limit-reset": strconv.FormatInt(reset.Unix(), 10)}},
			wire.HeaderLimit("x-rate-limit-remaining", "x-rate-limit-reset"), true, reset},
		{"a spent limit without a reset waits the default",
			answer{200, map[string]string{"X-RateLimit-Remaining": "0"}},
			wire.HeaderLimit("X-RateLimit-Remaining", "X-RateLimit-Reset"), true, testNow.Add(wire.DefaultLimitWait)},
		{"a 429 waits for Retry-After",
			answer{429, map[string]string{"Retry-After": "90"}}, nil, false, reset},
		{"a 429 without a hint waits the default",
			answer{429, nil}, nil, false, testNow.Add(wire.DefaultLimitWait)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clk := &clock{t: testNow}
			srv, n := scripted(t, tt.first, answer{200, map[string]string{"X-RateLimit-Remaining": "299", "RateLimit-Remaining": "2999", "x-rate-limit-remaining": "179"}})
			c := &wire.Client{HTTP: srv.Client(), Network: network.Mastodon, Now: clk.Now,
				Gate: wire.GateFor(t.Name()), Spent: tt.spent}
			_, err := get(t, c, srv.URL)
			if tt.firstOK != (err == nil) {
				t.Fatalf("first answer: err = %v", err)
			}
			for _, wait := range []time.Duration{0, 30 * time.Second} {
				clk.Advance(wait)
				_, err = get(t, c, srv.URL)
				var e *accounts.Error
				if !errors.As(err, &e) || e.Kind != accounts.KindRateLimited || !e.RetryAt.Equal(tt.wantUntil) ||
					e.RetryAfter != tt.wantUntil.Sub(clk.Now()) || !errors.Is(err, wire.ErrLimitSpent) {
					t.Fatalf("while spent: err = %#v, want rate limited until %s", err, tt.wantUntil)
				}
				if got := n.Load(); got != 1 {
					t.Fatalf("%d requests reached the network while the limit was spent", got)
				}
			}
			clk.t = tt.wantUntil
			if _, err := get(t, c, srv.URL); err != nil || n.Load() != 2 {
				t.Fatalf("after the reset: err = %v, requests %d", err, n.Load())
			}
		})
	}
}

func TestGateBucketsAreSeparate(t *testing.T) {
	clk := &clock{t: testNow}
	srv, n := scripted(t, answer{429, map[string]string{"Retry-After": "60"}}, answer{200, nil})
	c := &wire.Client{HTTP: srv.Client(), Network: network.X, Now: clk.Now, Gate: wire.GateFor(t.Name()),
		Bucket: func(r *http.Request) string { return r.URL.Path }}
	if _, err := get(t, c, srv.URL+"/2/users/1/mentions"); accounts.ErrorKindOf(err) != accounts.KindRateLimited {
		t.Fatalf("429: %v", err)
	}
	if _, err := get(t, c, srv.URL+"/2/users/1/mentions"); accounts.ErrorKindOf(err) != accounts.KindRateLimited || n.Load() != 1 {
		t.Fatalf("same endpoint: %v, %d requests", err, n.Load())
	}
	if _, err := get(t, c, srv.URL+"/2/tweets"); err != nil || n.Load() != 2 {
		t.Fatalf("another endpoint: %v, %d requests", err, n.Load())
	}
}

func TestGateIsSharedByConnectorsOfOneAccount(t *testing.T) {
	clk := &clock{t: testNow}
	srv, n := scripted(t, answer{429, map[string]string{"Retry-After": "60"}}, answer{200, nil})
	key := wire.GateKey(srv.URL, "token-a")
	first := &wire.Client{HTTP: srv.Client(), Network: network.Mastodon, Now: clk.Now, Gate: wire.GateFor(key)}
	if _, err := get(t, first, srv.URL); accounts.ErrorKindOf(err) != accounts.KindRateLimited {
		t.Fatalf("429: %v", err)
	}
	// The next sync builds its connector afresh: it still waits.
	again := &wire.Client{HTTP: srv.Client(), Network: network.Mastodon, Now: clk.Now, Gate: wire.GateFor(wire.GateKey(srv.URL, "token-a"))}
	if _, err := get(t, again, srv.URL); accounts.ErrorKindOf(err) != accounts.KindRateLimited || n.Load() != 1 {
		t.Fatalf("a new client for the same account: %v, %d requests", err, n.Load())
	}
	other := &wire.Client{HTTP: srv.Client(), Network: network.Mastodon, Now: clk.Now, Gate: wire.GateFor(wire.GateKey(srv.URL, "token-b"))}
	if _, err := get(t, other, srv.URL); err != nil {
		t.Fatalf("another account: %v", err)
	}
}
