// Package graphtest is a test fake of the Meta Graph API, shared by the
// facebook and instagram tests: it serves a scripted list of steps and
// checks each request's method, path, access token and fields on the way.
// It imports testing and must not be imported by non-test code.
package graphtest

import (
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
)

// Token is the access token a Step expects when it names none.
const Token = "EAAPageTok3n-secret"

// Step is one request the fake Graph expects, and its answer.
type Step struct {
	Method string
	Path   string            // includes the version, e.g. /v23.0/1001/feed
	Params map[string]string // exact values of query (GET, DELETE) or body (POST) fields
	Absent []string          // fields that must not be sent
	File   string            // multipart: the "source" file's content
	Token  string            // expected access_token; "" means Token

	Status int
	Header map[string]string
	Body   string
}

// Graph serves steps in order and fails the test on anything else.
type Graph struct {
	t     *testing.T
	mu    sync.Mutex
	steps []Step
	n     int
	srv   *httptest.Server
}

// New starts a fake Graph that expects steps, and checks at cleanup that
// all of them were requested.
func New(t *testing.T, steps ...Step) *Graph {
	t.Helper()
	f := &Graph{t: t, steps: steps}
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

// URL is the versioned Graph base URL.
func (f *Graph) URL() string { return f.srv.URL + "/v23.0" }

// Client is an HTTP client for the fake server.
func (f *Graph) Client() *http.Client { return f.srv.Client() }

// Requests is how many requests arrived so far.
func (f *Graph) Requests() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.n
}

func (f *Graph) serve(w http.ResponseWriter, r *http.Request) {
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
	if r.Method != s.Method || r.URL.Path != s.Path {
		t.Errorf("request %d: got %s %s, want %s %s", f.n, r.Method, r.URL.Path, s.Method, s.Path)
	}
	want := s.Token
	if want == "" {
		want = Token
	}
	values := r.URL.Query()
	if r.Method == http.MethodGet || r.Method == http.MethodDelete {
		if got := values.Get("access_token"); got != want {
			t.Errorf("%s %s: access_token in query = %q, want %q", r.Method, r.URL.Path, got, want)
		}
		if body, err := io.ReadAll(r.Body); err != nil {
			t.Errorf("%s %s: reading the body: %v", r.Method, r.URL.Path, err)
		} else if len(body) > 0 {
			t.Errorf("%s %s: unexpected body %q", r.Method, r.URL.Path, body)
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
			if s.File != "" {
				fh := r.MultipartForm.File["source"]
				if len(fh) != 1 {
					t.Errorf("want one source file, got %d", len(fh))
				} else {
					data, err := readFile(fh[0])
					if err != nil {
						t.Errorf("source: %v", err)
					} else if string(data) != s.File {
						t.Errorf("source = %q, want %q", data, s.File)
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
	for k, v := range s.Params {
		if got, ok := values[k]; !ok || len(got) != 1 || got[0] != v {
			t.Errorf("%s %s: %s = %q, want %q", r.Method, r.URL.Path, k, got, v)
		}
	}
	for _, k := range s.Absent {
		if values.Has(k) {
			t.Errorf("%s %s: %s must not be sent, got %q", r.Method, r.URL.Path, k, values.Get(k))
		}
	}
	for k, v := range s.Header {
		w.Header().Set(k, v)
	}
	w.Header().Set("Content-Type", "application/json")
	status := s.Status
	if status == 0 {
		status = 200
	}
	w.WriteHeader(status)
	// A failed write reaches the client under test as its own error.
	_, _ = io.WriteString(w, s.Body)
}

// readFile reads an uploaded file.
func readFile(fh *multipart.FileHeader) ([]byte, error) {
	f, err := fh.Open()
	if err != nil {
		return nil, err
	}
	data, err := io.ReadAll(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return data, err
}
