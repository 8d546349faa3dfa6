// Package apitest is a test fake for the connector tests (accounts/gbp,
// accounts/x, accounts/linkedin, …): an HTTP server that expects a scripted
// list of requests in order, checks each one, and gives the scripted reply.
//
// It must not be imported by non-test code. Go's internal/ rule already
// keeps it inside accounts; only _test.go files there should use it.
package apitest

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
)

// Exchange is one expected request and the reply the fake API gives.
//
// A request with WantForm set is a token call: it is checked as a form post
// and carries no bearer token. Every other request is an API call and must
// carry the bearer token.
type Exchange struct {
	Method    string
	Path      string // escaped path, exactly as sent
	Query     string // raw query, exactly as sent
	Token     string // expected bearer token; "" means Options.Token
	NoAPI     bool   // request goes to an upload URL, not the API: Options.APIHeaders are not checked
	WantJSON  string // exact JSON body expected (compared as values)
	WantForm  map[string]string
	WantBytes []byte
	WantCT    string
	BasicUser string // token call: expected HTTP Basic client id ("" = none); needs Options.CheckBasicAuth
	Check     func(t *testing.T, r *http.Request, body []byte)

	Status  int
	Headers map[string]string
	Body    string // "{{base}}" becomes the server URL
	Drop    bool   // close the connection without answering
	Sleep   time.Duration
}

// Options fit the fake to one network's API.
type Options struct {
	// Token is the bearer token API calls carry when an Exchange names none.
	Token string
	// APIHeaders are headers (name → exact value) every API call must carry,
	// unless its Exchange is marked NoAPI.
	APIHeaders map[string]string
	// CheckBasicAuth checks HTTP Basic on token calls against
	// Exchange.BasicUser: present with that user, or absent when it is "".
	CheckBasicAuth bool
}

// Server is the fake API. Use its URL and Client() as for any
// httptest.Server; it is closed, and the number of requests it saw checked,
// when the test ends.
type Server struct {
	*httptest.Server

	t    *testing.T
	opts Options
	mu   sync.Mutex
	want []Exchange
	n    int
}

// New starts a fake that expects exactly the requests in want, in order.
func New(t *testing.T, opts Options, want []Exchange) *Server {
	t.Helper()
	f := &Server{t: t, opts: opts, want: want}
	f.Server = httptest.NewServer(http.HandlerFunc(f.handle))
	t.Cleanup(func() {
		f.CloseClientConnections()
		f.Close()
		f.mu.Lock()
		defer f.mu.Unlock()
		if f.n != len(f.want) {
			t.Errorf("server saw %d requests, want %d", f.n, len(f.want))
		}
	})
	return f
}

func (f *Server) handle(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	i := f.n
	f.n++
	f.mu.Unlock()
	t := f.t
	if i >= len(f.want) {
		t.Errorf("unexpected request %d: %s %s", i, r.Method, r.URL)
		http.Error(w, "unexpected", 500)
		return
	}
	x := f.want[i]
	body, err := io.ReadAll(r.Body)
	if err != nil {
		t.Errorf("request %d: reading the body: %v", i, err)
	}
	if r.Method != x.Method || r.URL.EscapedPath() != x.Path || r.URL.RawQuery != x.Query {
		t.Errorf("request %d: got %s %s?%s, want %s %s?%s", i, r.Method, r.URL.EscapedPath(), r.URL.RawQuery, x.Method, x.Path, x.Query)
	}
	if x.WantForm == nil { // every API call carries the bearer token
		wantTok := x.Token
		if wantTok == "" {
			wantTok = f.opts.Token
		}
		if got := r.Header.Get("Authorization"); got != "Bearer "+wantTok {
			t.Errorf("request %d: Authorization %q, want Bearer %s", i, got, wantTok)
		}
		if !x.NoAPI {
			names := make([]string, 0, len(f.opts.APIHeaders))
			for k := range f.opts.APIHeaders {
				names = append(names, k)
			}
			sort.Strings(names)
			for _, k := range names {
				if got := r.Header.Get(k); got != f.opts.APIHeaders[k] {
					t.Errorf("request %d: %s %q", i, k, got)
				}
			}
		}
	}
	if x.WantJSON != "" {
		if ct := r.Header.Get("Content-Type"); ct != "application/json" {
			t.Errorf("request %d: Content-Type %q", i, ct)
		}
		var got, want any
		if err := json.Unmarshal(body, &got); err != nil {
			t.Errorf("request %d: body not JSON: %s", i, body)
		}
		if err := json.Unmarshal([]byte(x.WantJSON), &want); err != nil {
			t.Fatalf("bad wantJSON: %v", err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("request %d body:\n got %s\nwant %s", i, body, x.WantJSON)
		}
	}
	if x.WantForm != nil {
		vals, err := url.ParseQuery(string(body))
		if err != nil {
			t.Errorf("request %d: form: %v", i, err)
		}
		got := map[string]string{}
		for k := range vals {
			got[k] = vals.Get(k)
		}
		if ct := r.Header.Get("Content-Type"); ct != "application/x-www-form-urlencoded" {
			t.Errorf("request %d: Content-Type %q", i, ct)
		}
		if !reflect.DeepEqual(got, x.WantForm) {
			t.Errorf("request %d form %v, want %v", i, got, x.WantForm)
		}
	}
	if x.WantForm != nil && f.opts.CheckBasicAuth {
		u, _, ok := r.BasicAuth()
		if x.BasicUser != "" && (!ok || u != x.BasicUser) {
			t.Errorf("request %d: basic auth user %q, want %q", i, u, x.BasicUser)
		}
		if x.BasicUser == "" && ok {
			t.Errorf("request %d: unexpected basic auth", i)
		}
	}
	if x.Check != nil {
		x.Check(t, r, body)
	}
	if x.WantBytes != nil {
		if !bytes.Equal(body, x.WantBytes) {
			t.Errorf("request %d: uploaded %q, want %q", i, body, x.WantBytes)
		}
		if ct := r.Header.Get("Content-Type"); ct != x.WantCT {
			t.Errorf("request %d: Content-Type %q, want %q", i, ct, x.WantCT)
		}
	}
	if x.Sleep > 0 {
		time.Sleep(x.Sleep)
	}
	if x.Drop {
		hj, _ := w.(http.Hijacker)
		conn, _, err := hj.Hijack()
		if err != nil {
			t.Errorf("request %d: dropping the connection: %v", i, err)
			return
		}
		// Cutting the client off is the point; how the close went does
		// not matter.
		conn.Close()
		return
	}
	for k, v := range x.Headers {
		w.Header().Set(k, v)
	}
	if x.Body != "" {
		w.Header().Set("Content-Type", "application/json")
	}
	st := x.Status
	if st == 0 {
		st = 200
	}
	w.WriteHeader(st)
	// A failed write reaches the client under test as its own error.
	_, _ = io.WriteString(w, strings.ReplaceAll(x.Body, "{{base}}", f.URL))
}

// ClientWithTimeout is the fake's client with a shorter timeout, for tests
// of a network that never answers.
func (s *Server) ClientWithTimeout(d time.Duration) *http.Client {
	hc := *s.Client()
	hc.Timeout = d
	return &hc
}

// CheckError asserts that err is an *accounts.Error of kind with the
// network's message (when msg is set) and wait, and that none of secrets
// shows in its text or in what staff read.
func CheckError(t *testing.T, err error, kind accounts.ErrorKind, msg string, retry time.Duration, secrets ...string) {
	t.Helper()
	var ae *accounts.Error
	if !errors.As(err, &ae) || ae.Kind != kind {
		t.Fatalf("err %v, want kind %v", err, kind)
	}
	if msg != "" && ae.Message != msg {
		t.Errorf("message %q, want %q", ae.Message, msg)
	}
	if ae.RetryAfter != retry {
		t.Errorf("retry %v, want %v", ae.RetryAfter, retry)
	}
	for _, s := range []string{err.Error(), accounts.UserMessage(err)} {
		for _, secret := range secrets {
			if strings.Contains(s, secret) {
				t.Errorf("secret in error: %s", s)
			}
		}
	}
}
