package wire

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// DefaultLimitWait is how long a spent rate limit is respected when the
// network named no time (a 429 without Retry-After or reset header).
const DefaultLimitWait = time.Minute

// ErrLimitSpent is the cause of a KindRateLimited error returned without
// sending: an earlier answer said the limit was used up until RetryAt.
var ErrLimitSpent = errors.New("the rate limit is used up; the request was not sent")

// Gate remembers, per bucket, until when an account's rate limit on a
// network is spent, so its requests stop there instead of hammering the
// network. Gates live for the process (GateFor), because connectors are
// built afresh for each publish and each sync.
type Gate struct {
	mu    sync.Mutex
	until map[string]time.Time
}

var gates sync.Map // key → *Gate

// GateFor returns the process-wide gate for key (see GateKey).
func GateFor(key string) *Gate {
	g, _ := gates.LoadOrStore(key, &Gate{until: map[string]time.Time{}})
	return g.(*Gate)
}

// GateKey names one account's gate: the network's API root and who is
// signed in (a handle, page or user id; a token is hashed, never kept).
func GateKey(base string, who ...string) string {
	h := sha256.New()
	for _, w := range who {
		h.Write([]byte(w))
		h.Write([]byte{0})
	}
	return strings.TrimRight(base, "/") + "#" + hex.EncodeToString(h.Sum(nil)[:12])
}

// Closed reports until when bucket is closed, if it is at now.
func (g *Gate) Closed(bucket string, now time.Time) (time.Time, bool) {
	if g == nil {
		return time.Time{}, false
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	until, ok := g.until[bucket]
	if !ok {
		return time.Time{}, false
	}
	if !now.Before(until) {
		delete(g.until, bucket)
		return time.Time{}, false
	}
	return until, true
}

// Close closes bucket until then (a later time already set stays).
func (g *Gate) Close(bucket string, until time.Time) {
	if g == nil {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if cur, ok := g.until[bucket]; !ok || until.After(cur) {
		g.until[bucket] = until
	}
}

// SpentFunc reads a successful response's rate-limit headers: when they
// say nothing is left, it returns until when (and true).
type SpentFunc func(h http.Header, now time.Time) (time.Time, bool)

// HeaderLimit is a SpentFunc for the common remaining/reset header pair:
// Mastodon's X-RateLimit-Remaining and X-RateLimit-Reset (an ISO 8601
// time), Bluesky's RateLimit-Remaining and RateLimit-Reset (epoch
// seconds), X's x-rate-limit-remaining and x-rate-limit-reset (epoch
// seconds). A reset given as a small number is read as seconds from now.
func HeaderLimit(remaining, reset string) SpentFunc {
	return func(h http.Header, now time.Time) (time.Time, bool) {
		v := strings.TrimSpace(h.Get(remaining))
		if v == "" {
			return time.Time{}, false
		}
		n, err := strconv.ParseFloat(v, 64)
		if err != nil || n > 0 {
			return time.Time{}, false
		}
		if t, ok := resetTime(h.Get(reset), now); ok && t.After(now) {
			return t, true
		}
		return now.Add(DefaultLimitWait), true
	}
}

// resetTime reads a reset header: epoch seconds, seconds from now, or an
// RFC 3339 time.
func resetTime(v string, now time.Time) (time.Time, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return time.Time{}, false
	}
	if n, err := strconv.ParseInt(v, 10, 64); err == nil {
		if n > 1_000_000_000 {
			return time.Unix(n, 0), true
		}
		return now.Add(time.Duration(n) * time.Second), true
	}
	if t, err := time.Parse(time.RFC3339Nano, v); err == nil {
		return t, true
	}
	return time.Time{}, false
}
