package wire_test

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/accounts/wire"
	"github.com/carepost/carepost/network"
)

var testNow = time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)

// serveOnce answers every request with status, header and body.
func serveOnce(t *testing.T, status int, header map[string]string, body string) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for k, v := range header {
			w.Header().Set(k, v)
		}
		w.WriteHeader(status)
		w.Write([]byte(body))
	}))
	t.Cleanup(srv.Close)
	return srv
}

func get(t *testing.T, c *wire.Client, url string) (*wire.Response, error) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	return c.Do(context.Background(), "read", req)
}

func TestClientDoStatusMapping(t *testing.T) {
	cases := []struct {
		name       string
		status     int
		header     map[string]string
		body       string
		message    wire.MessageFunc
		kind       accounts.ErrorKind
		retryAfter time.Duration
		msg        string
	}{
		{name: "401 is auth", status: 401, body: `{"error":"invalid_token"}`, kind: accounts.KindAuth, msg: "invalid_token"},
		{name: "429 Retry-After seconds", status: 429, header: map[string]string{"Retry-After": "30"}, kind: accounts.KindRateLimited, retryAfter: 30 * time.Second},
		{name: "429 Retry-After HTTP date", status: 429, header: map[string]string{"Retry-After": testNow.Add(2 * time.Minute).Format(http.TimeFormat)}, kind: accounts.KindRateLimited, retryAfter: 2 * time.Minute},
		{name: "429 Retry-After date passed", status: 429, header: map[string]string{"Retry-After": testNow.Add(-time.Minute).Format(http.TimeFormat)}, kind: accounts.KindRateLimited},
		{name: "429 X-RateLimit-Reset epoch", status: 429, header: map[string]string{"X-RateLimit-Reset": strconv.FormatInt(testNow.Add(5*time.Minute).Unix(), 10)}, kind: accounts.KindRateLimited, retryAfter: 5 * time.Minute},
		{name: "429 X-Rate-Limit-Reset epoch", status: 429, header: map[string]string{"X-Rate-Limit-Reset": strconv.FormatInt(testNow.Add(7*time.Minute).Unix(), 10)}, kind: accounts.KindRateLimited, retryAfter: 7 * time.Minute},
		{name: "429 RateLimit-Reset seconds", status: 429, header: map[string]string{"RateLimit-Reset": "90"}, kind: accounts.KindRateLimited, retryAfter: 90 * time.Second},
		{name: "429 X-RateLimit-Reset ISO time", status: 429, header: map[string]string{"X-RateLimit-Reset": testNow.Add(45 * time.Second).Format(time.RFC3339Nano)}, kind: accounts.KindRateLimited, retryAfter: 45 * time.Second},
		{name: "429 without a hint", status: 429, kind: accounts.KindRateLimited},
		{name: "408 is transient", status: 408, kind: accounts.KindTransient},
		{name: "500 is transient", status: 500, kind: accounts.KindTransient},
		{name: "503 with Retry-After", status: 503, header: map[string]string{"Retry-After": "10"}, kind: accounts.KindTransient, retryAfter: 10 * time.Second},
		{name: "400 error string", status: 400, body: `{"error":"bad thing"}`, kind: accounts.KindRejected, msg: "bad thing"},
		{name: "400 error object", status: 400, body: `{"error":{"message":"Invalid parameter","error_user_msg":"The post is too long"}}`, kind: accounts.KindRejected, msg: "Invalid parameter — The post is too long"},
		{name: "403 message", status: 403, body: `{"message":"forbidden"}`, kind: accounts.KindRejected, msg: "forbidden"},
		{name: "400 error_description", status: 400, body: `{"error":"invalid_request","error_description":"missing field"}`, kind: accounts.KindRejected, msg: "invalid_request — missing field"},
		{name: "422 detail", status: 422, body: `{"detail":"Unprocessable"}`, kind: accounts.KindRejected, msg: "Unprocessable"},
		{name: "400 errors list", status: 400, body: `{"errors":[{"message":"first"},{"detail":"second"}]}`, kind: accounts.KindRejected, msg: "first — second"},
		{name: "400 repeated words once", status: 400, body: `{"error":"same","message":"same"}`, kind: accounts.KindRejected, msg: "same"},
		{name: "400 plain text", status: 400, body: "  plain words  ", kind: accounts.KindRejected, msg: "plain words"},
		{name: "400 HTML is no message", status: 400, body: "<html><body>Bad</body></html>", kind: accounts.KindRejected},
		{name: "network message first", status: 400, body: `{"error":"generic"}`, message: func([]byte) string { return "network's own" }, kind: accounts.KindRejected, msg: "network's own"},
		{name: "empty network message falls back", status: 400, body: `{"error":"generic"}`, message: func([]byte) string { return "" }, kind: accounts.KindRejected, msg: "generic"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			srv := serveOnce(t, tc.status, tc.header, tc.body)
			c := &wire.Client{HTTP: srv.Client(), Network: network.X, Message: tc.message, Now: func() time.Time { return testNow }}
			resp, err := get(t, c, srv.URL)
			if resp != nil {
				t.Errorf("got a response for HTTP %d", tc.status)
			}
			var ae *accounts.Error
			if !errors.As(err, &ae) {
				t.Fatalf("err = %v, want *accounts.Error", err)
			}
			if ae.Kind != tc.kind || ae.Status != tc.status || ae.RetryAfter != tc.retryAfter || ae.Message != tc.msg {
				t.Errorf("got kind %v status %d retry %v message %q, want %v %d %v %q",
					ae.Kind, ae.Status, ae.RetryAfter, ae.Message, tc.kind, tc.status, tc.retryAfter, tc.msg)
			}
			if ae.Network != network.X || ae.Op != "read" {
				t.Errorf("network %v op %q, want X read", ae.Network, ae.Op)
			}
		})
	}
}

func TestClientDoSuccess(t *testing.T) {
	var ua string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ua = r.Header.Get("User-Agent")
		w.Header().Set("X-Id", "7")
		w.WriteHeader(http.StatusCreated)
		w.Write([]byte(`{"id":"7"}`))
	}))
	defer srv.Close()
	resp, err := get(t, &wire.Client{HTTP: srv.Client(), Network: network.X}, srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	var out struct{ ID string }
	if resp.Status != http.StatusCreated || resp.Header.Get("X-Id") != "7" || resp.JSON(&out) != nil || out.ID != "7" {
		t.Errorf("response = %d %v %s", resp.Status, resp.Header, resp.Body)
	}
	if ua == "" {
		t.Error("no User-Agent was sent")
	}
}

func TestClientDoTransportError(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	url := srv.URL
	srv.Close()
	_, err := get(t, &wire.Client{HTTP: &http.Client{Timeout: 5 * time.Second}, Network: network.GBP}, url)
	var ae *accounts.Error
	if !errors.As(err, &ae) || ae.Kind != accounts.KindTransient || ae.Err == nil || ae.Status != 0 {
		t.Fatalf("err = %v, want a transient error that wraps the cause", err)
	}
}

// A write whose connection drops before the answer must reach the caller as
// an error: Go's transport would otherwise re-send a request carrying an
// Idempotency-Key on its own, and a server that ignores the key posts twice.
func TestDoNeverReplaysAWrite(t *testing.T) {
	var accepted atomic.Int32
	var conns atomic.Int32
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodGet {
			io.WriteString(w, `{}`) // warms up a keep-alive connection
			return
		}
		io.ReadAll(r.Body)
		accepted.Add(1)
		hj, _ := w.(http.Hijacker)
		c, _, _ := hj.Hijack()
		c.Close() // accepted, then the answer is lost
	}))
	srv.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		if s == http.StateNew {
			conns.Add(1)
		}
	}
	srv.Start()
	defer srv.Close()
	c := &wire.Client{HTTP: srv.Client(), Network: network.Mastodon}
	get, _ := http.NewRequest(http.MethodGet, srv.URL+"/warm", nil)
	if _, err := c.Do(context.Background(), "warm up", get); err != nil {
		t.Fatal(err)
	}
	post, _ := http.NewRequest(http.MethodPost, srv.URL+"/api/v1/statuses", strings.NewReader("status=hello"))
	post.Header.Set("Idempotency-Key", "k-1")
	_, err := c.Do(context.Background(), "publish", post)
	if accounts.ErrorKindOf(err) != accounts.KindTransient {
		t.Fatalf("err = %v, want a transient error", err)
	}
	if n := accepted.Load(); n != 1 {
		t.Fatalf("the server accepted the post %d times", n)
	}
}
