// Package wire is what every connector shares on the wire: sending a
// request with a timeout, turning HTTP statuses and transport failures
// into *accounts.Error of the right kind, and respecting each account's
// rate limits (Gate: once an answer says the limit is spent, nothing more
// is sent until it resets). Each network supplies only how to read its
// own error message and rate-limit headers from a response.
package wire

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/network"
)

// MaxResponseBytes caps what is read from any response.
const MaxResponseBytes = 16 << 20

// MessageFunc extracts the network's own error message from a response
// body, or "" when it has none.
type MessageFunc func(body []byte) string

// Client sends requests for one network.
type Client struct {
	HTTP    *http.Client
	Network network.Network
	// Message reads the network's error text; nil uses GenericMessage.
	Message MessageFunc
	// Now is the clock for Retry-After dates; nil uses time.Now.
	Now func() time.Time

	// Gate, when set, stops requests while the account's rate limit is
	// spent: Do then returns KindRateLimited with RetryAt without sending.
	// A 429, or a success whose headers Spent reads as "none left", closes
	// it.
	Gate *Gate
	// Bucket names the limit a request counts against (networks that
	// limit per endpoint); nil puts every request in one.
	Bucket func(req *http.Request) string
	// Spent reads a successful response's rate-limit headers; nil reads
	// none (only a 429 closes the gate).
	Spent SpentFunc
}

// Response is a successful (2xx) response, fully read.
type Response struct {
	Status int
	Header http.Header
	Body   []byte
}

// JSON decodes the body into v.
func (r *Response) JSON(v any) error {
	if err := json.Unmarshal(r.Body, v); err != nil {
		return fmt.Errorf("reading the response: %w", err)
	}
	return nil
}

// Do sends req and returns the response when its status is 2xx. Anything
// else comes back as *accounts.Error: 401 KindAuth; 429 KindRateLimited
// with RetryAfter; 408, 5xx and transport failures KindTransient; other 4xx
// KindRejected with the network's words. Networks that signal expired
// tokens another way (Graph's code 190, XRPC's ExpiredToken) reclassify.
func (c *Client) Do(ctx context.Context, op string, req *http.Request) (*Response, error) {
	req = req.WithContext(ctx)
	switch req.Method {
	case http.MethodGet, http.MethodHead, http.MethodOptions:
	default:
		// Go's transport silently re-sends a request that carries an
		// Idempotency-Key header (or has a rewindable body) when a reused
		// connection drops before the answer. For a publish that is the
		// unknown-outcome case: the server may have accepted the post, and
		// one that ignores the key (as some Mastodon-API servers do) would
		// post it twice. Without GetBody the failure reaches the caller,
		// which looks among recent posts before any retry.
		req.GetBody = nil
		if req.Body == nil {
			req.Body = http.NoBody
		}
	}
	if req.Header.Get("User-Agent") == "" {
		req.Header.Set("User-Agent", "CarePost/1 (+desktop app)")
	}
	bucket := ""
	if c.Gate != nil && c.Bucket != nil {
		bucket = c.Bucket(req)
	}
	if until, closed := c.Gate.Closed(bucket, c.now()); closed {
		return nil, c.LimitError(op, until)
	}
	client := c.HTTP
	if client == nil {
		client = &http.Client{Timeout: 60 * time.Second}
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, c.transportError(op, err)
	}
	defer resp.Body.Close() // read below, where a failure is reported
	body, err := io.ReadAll(io.LimitReader(resp.Body, MaxResponseBytes))
	if err != nil {
		return nil, c.transportError(op, err)
	}
	if resp.StatusCode >= 200 && resp.StatusCode < 300 {
		if c.Gate != nil && c.Spent != nil {
			if until, spent := c.Spent(resp.Header, c.now()); spent {
				// This answer counts; the next request waits.
				c.Gate.Close(bucket, until)
			}
		}
		return &Response{Status: resp.StatusCode, Header: resp.Header, Body: body}, nil
	}
	e := c.StatusError(op, resp.StatusCode, resp.Header, body)
	if e.Kind == accounts.KindRateLimited && c.Gate != nil {
		c.CloseGate(bucket, e)
	}
	return nil, e
}

// CloseGate closes bucket after e, a KindRateLimited error, until its
// RetryAt (DefaultLimitWait when the network named no time), and fills
// RetryAfter and RetryAt in when they were missing.
func (c *Client) CloseGate(bucket string, e *accounts.Error) {
	now := c.now()
	if e.RetryAfter <= 0 {
		e.RetryAfter = DefaultLimitWait
	}
	if e.RetryAt.IsZero() {
		e.RetryAt = now.Add(e.RetryAfter)
	}
	c.Gate.Close(bucket, e.RetryAt)
}

// LimitError is the KindRateLimited error for a request not sent because
// the limit is spent until until.
func (c *Client) LimitError(op string, until time.Time) *accounts.Error {
	return &accounts.Error{Kind: accounts.KindRateLimited, Network: c.Network, Op: op,
		RetryAfter: until.Sub(c.now()), RetryAt: until, Err: ErrLimitSpent}
}

// StatusError classifies a non-2xx response.
func (c *Client) StatusError(op string, status int, header http.Header, body []byte) *accounts.Error {
	msg := ""
	if c.Message != nil {
		msg = c.Message(body)
	}
	if msg == "" {
		msg = GenericMessage(body)
	}
	e := &accounts.Error{Network: c.Network, Op: op, Status: status, Message: msg}
	switch {
	case status == http.StatusUnauthorized:
		e.Kind = accounts.KindAuth
	case status == http.StatusTooManyRequests:
		e.Kind = accounts.KindRateLimited
		e.RetryAfter = c.retryAfter(header)
	case status == http.StatusRequestTimeout || status >= 500:
		e.Kind = accounts.KindTransient
		e.RetryAfter = c.retryAfter(header)
	default:
		e.Kind = accounts.KindRejected
	}
	if e.RetryAfter > 0 {
		e.RetryAt = c.now().Add(e.RetryAfter)
	}
	return e
}

func (c *Client) now() time.Time {
	if c.Now != nil {
		return c.Now()
	}
	return time.Now()
}

func (c *Client) transportError(op string, err error) *accounts.Error {
	return &accounts.Error{Kind: accounts.KindTransient, Network: c.Network, Op: op, Err: err}
}

// IsTimeout reports whether err is a timeout or cancelled deadline.
func IsTimeout(err error) bool {
	var ne net.Error
	return errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout())
}

// retryAfter reads Retry-After (seconds or an HTTP date), then the common
// x-rate-limit-reset / ratelimit-reset epoch headers.
func (c *Client) retryAfter(h http.Header) time.Duration {
	now := time.Now
	if c.Now != nil {
		now = c.Now
	}
	if v := strings.TrimSpace(h.Get("Retry-After")); v != "" {
		if secs, err := strconv.Atoi(v); err == nil && secs >= 0 {
			return time.Duration(secs) * time.Second
		}
		if t, err := http.ParseTime(v); err == nil {
			if d := t.Sub(now()); d > 0 {
				return d
			}
			return 0
		}
	}
	for _, name := range []string{"X-Rate-Limit-Reset", "X-RateLimit-Reset", "RateLimit-Reset"} {
		v := strings.TrimSpace(h.Get(name))
		if v == "" {
			continue
		}
		if n, err := strconv.ParseInt(v, 10, 64); err == nil {
			if n > 1_000_000_000 { // an epoch time
				if d := time.Unix(n, 0).Sub(now()); d > 0 {
					return d
				}
				return 0
			}
			return time.Duration(n) * time.Second
		}
		// Mastodon sends an ISO 8601 time.
		if t, err := time.Parse(time.RFC3339Nano, v); err == nil {
			if d := t.Sub(now()); d > 0 {
				return d
			}
			return 0
		}
	}
	return 0
}

// GenericMessage finds a human message in common JSON error shapes:
// {"error":"…"}, {"error":{"message":"…"}}, {"message":"…"},
// {"error_description":"…"}, {"detail":"…"}, {"errors":[{"message":"…"}]}.
func GenericMessage(body []byte) string {
	var v map[string]any
	if err := json.Unmarshal(body, &v); err != nil {
		s := strings.TrimSpace(string(body))
		if len(s) > 300 || strings.HasPrefix(s, "<") {
			return ""
		}
		return s
	}
	var parts []string
	add := func(x any) {
		if s, ok := x.(string); ok && strings.TrimSpace(s) != "" {
			parts = append(parts, strings.TrimSpace(s))
		}
	}
	switch e := v["error"].(type) {
	case string:
		add(e)
	case map[string]any:
		add(e["message"])
		add(e["error_user_msg"])
	}
	add(v["error_description"])
	add(v["message"])
	add(v["detail"])
	if errs, ok := v["errors"].([]any); ok {
		for _, x := range errs {
			if m, ok := x.(map[string]any); ok {
				add(m["message"])
				add(m["detail"])
			}
		}
	}
	return strings.Join(dedupe(parts), " — ")
}

func dedupe(in []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range in {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// NewJSONRequest builds a request with a JSON body.
func NewJSONRequest(method, url string, body any) (*http.Request, error) {
	var r io.Reader
	if body != nil {
		data, err := json.Marshal(body)
		if err != nil {
			return nil, err
		}
		r = bytes.NewReader(data)
	}
	req, err := http.NewRequest(method, url, r)
	if err != nil {
		return nil, err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	req.Header.Set("Accept", "application/json")
	return req, nil
}
