package instagram

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

const (
	testToken = "EAAPageTok3n-secret"
	testIG    = "1784"
)

var testNow = time.Date(2025, 6, 2, 9, 0, 0, 0, time.UTC)

// The fake Graph below is the Facebook tests' one: same wire rules.

// step is one request the fake Graph expects, and its answer.
type step struct {
	method string
	path   string            // includes the version, e.g. /v23.0/1001/feed
	params map[string]string // exact values of query (GET) or body (POST) fields
	absent []string          // fields that must not be sent
	file   string            // multipart: the "source" file's content
	token  string            // expected access_token; "" means testToken

	status int
	header map[string]string
	body   string
}

// fakeGraph serves steps in order and fails the test on anything else.
type fakeGraph struct {
	t     *testing.T
	mu    sync.Mutex
	steps []step
	n     int
	srv   *httptest.Server
}

func newFakeGraph(t *testing.T, steps ...step) *fakeGraph {
	t.Helper()
	f := &fakeGraph{t: t, steps: steps}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(func() {
		f.srv.Close()
		f.mu.Lock()
		defer f.mu.Unlock()
		if f.n != len(f.steps) {
			t.Errorf("Graph got %d of %d expected requests", f.n, len(f.steps))
		}
	})
	return f
}

func (f *fakeGraph) url() string { return f.srv.URL + "/v23.0" }

func (f *fakeGraph) requests() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.n
}

func (f *fakeGraph) serve(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	if f.n >= len(f.steps) {
		f.mu.Unlock()
		f.t.Errorf("unexpected request %s %s", r.Method, r.URL.Path)
		http.Error(w, `{"error":{"message":"unexpected","code":1}}`, 500)
		return
	}
	s := f.steps[f.n]
	f.n++
	f.mu.Unlock()
	t := f.t
	if r.Method != s.method || r.URL.Path != s.path {
		t.Errorf("request %d: got %s %s, want %s %s", f.n, r.Method, r.URL.Path, s.method, s.path)
	}
	want := s.token
	if want == "" {
		want = testToken
	}
	values := r.URL.Query()
	if r.Method == http.MethodGet {
		if got := values.Get("access_token"); got != want {
			t.Errorf("%s %s: access_token in query = %q, want %q", r.Method, r.URL.Path, got, want)
		}
	} else {
		if values.Has("access_token") {
			t.Errorf("%s %s: access_token must not be in the URL of a POST", r.Method, r.URL.Path)
		}
		ct := r.Header.Get("Content-Type")
		if strings.HasPrefix(ct, "multipart/form-data") {
			if err := r.ParseMultipartForm(32 << 20); err != nil {
				t.Fatalf("multipart: %v", err)
			}
			values = r.MultipartForm.Value
			if s.file != "" {
				fh := r.MultipartForm.File["source"]
				if len(fh) != 1 {
					t.Errorf("want one source file, got %d", len(fh))
				} else {
					fr, _ := fh[0].Open()
					data, _ := io.ReadAll(fr)
					fr.Close()
					if string(data) != s.file {
						t.Errorf("source = %q, want %q", data, s.file)
					}
				}
			}
		} else {
			if err := r.ParseForm(); err != nil {
				t.Fatalf("form: %v", err)
			}
			values = r.PostForm
		}
		if got := values.Get("access_token"); got != want {
			t.Errorf("%s %s: access_token in body = %q, want %q", r.Method, r.URL.Path, got, want)
		}
	}
	for k, v := range s.params {
		if got, ok := values[k]; !ok || len(got) != 1 || got[0] != v {
			t.Errorf("%s %s: %s = %q, want %q", r.Method, r.URL.Path, k, got, v)
		}
	}
	for _, k := range s.absent {
		if values.Has(k) {
			t.Errorf("%s %s: %s must not be sent, got %q", r.Method, r.URL.Path, k, values.Get(k))
		}
	}
	for k, v := range s.header {
		w.Header().Set(k, v)
	}
	w.Header().Set("Content-Type", "application/json")
	status := s.status
	if status == 0 {
		status = 200
	}
	w.WriteHeader(status)
	io.WriteString(w, s.body)
}
