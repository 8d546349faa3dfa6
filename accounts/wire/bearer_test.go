package wire_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/accounts/wire"
	"github.com/carepost/carepost/network"
)

// fakeOAuth is an API at /api that accepts only the access token valid,
// and a token endpoint at /token that answers every refresh with
// tokenStatus and tokenBody.
type fakeOAuth struct {
	srv *httptest.Server

	valid       string
	tokenStatus int
	tokenBody   string
	// holdToken, when set, delays the token answer until it is closed.
	holdToken chan struct{}

	mu       sync.Mutex
	log      []string // "api <token>", "token"
	forms    []url.Values
	basic    []string // "id:secret" per refresh, "" when none
	unauthed int
	onReject func(n int) // called after each 401 with the count so far
}

func newFakeOAuth(t *testing.T, valid string, tokenStatus int, tokenBody string) *fakeOAuth {
	t.Helper()
	f := &fakeOAuth{valid: valid, tokenStatus: tokenStatus, tokenBody: tokenBody}
	mux := http.NewServeMux()
	mux.HandleFunc("/api", func(w http.ResponseWriter, r *http.Request) {
		token := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		f.mu.Lock()
		f.log = append(f.log, "api "+token)
		f.mu.Unlock()
		if token != f.valid {
			f.mu.Lock()
			f.unauthed++
			n, hook := f.unauthed, f.onReject
			f.mu.Unlock()
			w.WriteHeader(http.StatusUnauthorized)
			w.Write([]byte(`{"message":"token expired"}`))
			if hook != nil {
				hook(n)
			}
			return
		}
		w.Write([]byte(`{"ok":true}`))
	})
	mux.HandleFunc("/token", func(w http.ResponseWriter, r *http.Request) {
		if f.holdToken != nil {
			select {
			case <-f.holdToken:
			case <-time.After(5 * time.Second):
				t.Error("the token endpoint waited in vain for the other requests")
			}
		}
		if err := r.ParseForm(); err != nil {
			t.Errorf("token form: %v", err)
		}
		if ct := r.Header.Get("Content-Type"); ct != "application/x-www-form-urlencoded" {
			t.Errorf("token Content-Type = %q", ct)
		}
		basic := ""
		if id, secret, ok := r.BasicAuth(); ok {
			basic = id + ":" + secret
		}
		f.mu.Lock()
		f.log = append(f.log, "token")
		f.forms = append(f.forms, r.PostForm)
		f.basic = append(f.basic, basic)
		f.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(f.tokenStatus)
		w.Write([]byte(f.tokenBody))
	})
	f.srv = httptest.NewServer(mux)
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeOAuth) events() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.log...)
}

func (f *fakeOAuth) bearer(auth wire.ClientAuth, creds accounts.Credentials, save accounts.CredentialSaver) *wire.Bearer {
	client := &wire.Client{HTTP: f.srv.Client(), Network: network.LinkedIn, Now: func() time.Time { return testNow }}
	return wire.NewBearer(client, f.srv.URL+"/token", auth, creds, save, func() time.Time { return testNow })
}

func (f *fakeOAuth) callAPI(b *wire.Bearer) (*wire.Response, error) {
	return b.Do(context.Background(), "publish", func() (*http.Request, error) {
		return http.NewRequest(http.MethodGet, f.srv.URL+"/api", nil)
	})
}

func TestBearerRefresh(t *testing.T) {
	stale := accounts.Credentials{AccessToken: "old", RefreshToken: "refresh-1", ClientID: "app", ClientSecret: "shh"}
	cases := []struct {
		name        string
		creds       accounts.Credentials
		auth        wire.ClientAuth
		tokenStatus int
		tokenBody   string

		wantKind   accounts.ErrorKind // 0: Do succeeds
		wantOp     string             // the failed operation
		wantStatus int
		wantEvents []string
		wantCreds  accounts.Credentials // after the call
		wantSaved  []accounts.Credentials
		wantSecret string // client_secret in the refresh form
		wantBasic  string // HTTP Basic of the refresh
	}{
		{
			name: "refresh then retry, form secret", creds: stale, auth: wire.FormSecret,
			tokenStatus: 200, tokenBody: `{"access_token":"new","expires_in":3600}`,
			wantEvents: []string{"api old", "token", "api new"},
			wantCreds:  accounts.Credentials{AccessToken: "new", RefreshToken: "refresh-1", ClientID: "app", ClientSecret: "shh", ExpiresAt: testNow.Add(time.Hour)},
			wantSaved:  []accounts.Credentials{{AccessToken: "new", RefreshToken: "refresh-1", ClientID: "app", ClientSecret: "shh", ExpiresAt: testNow.Add(time.Hour)}},
			wantSecret: "shh",
		},
		{
			name: "refresh then retry, HTTP Basic", creds: stale, auth: wire.BasicAuth,
			tokenStatus: 200, tokenBody: `{"access_token":"new","expires_in":3600}`,
			wantEvents: []string{"api old", "token", "api new"},
			wantCreds:  accounts.Credentials{AccessToken: "new", RefreshToken: "refresh-1", ClientID: "app", ClientSecret: "shh", ExpiresAt: testNow.Add(time.Hour)},
			wantSaved:  []accounts.Credentials{{AccessToken: "new", RefreshToken: "refresh-1", ClientID: "app", ClientSecret: "shh", ExpiresAt: testNow.Add(time.Hour)}},
			wantBasic:  "app:shh",
		},
		{
			name:  "public client sends no secret",
			creds: accounts.Credentials{AccessToken: "old", RefreshToken: "refresh-1", ClientID: "app"}, auth: wire.BasicAuth,
			tokenStatus: 200, tokenBody: `{"access_token":"new"}`,
			wantEvents: []string{"api old", "token", "api new"},
			wantCreds:  accounts.Credentials{AccessToken: "new", RefreshToken: "refresh-1", ClientID: "app"},
			wantSaved:  []accounts.Credentials{{AccessToken: "new", RefreshToken: "refresh-1", ClientID: "app"}},
		},
		{
			name: "rotated refresh token is saved", creds: stale, auth: wire.FormSecret,
			tokenStatus: 200, tokenBody: `{"access_token":"new","refresh_token":"refresh-2","expires_in":60}`,
			wantEvents: []string{"api old", "token", "api new"},
			wantCreds:  accounts.Credentials{AccessToken: "new", RefreshToken: "refresh-2", ClientID: "app", ClientSecret: "shh", ExpiresAt: testNow.Add(time.Minute)},
			wantSaved:  []accounts.Credentials{{AccessToken: "new", RefreshToken: "refresh-2", ClientID: "app", ClientSecret: "shh", ExpiresAt: testNow.Add(time.Minute)}},
			wantSecret: "shh",
		},
		{
			name:  "no refresh token returns the 401",
			creds: accounts.Credentials{AccessToken: "old"}, auth: wire.FormSecret,
			wantKind: accounts.KindAuth, wantOp: "publish", wantStatus: 401,
			wantEvents: []string{"api old"},
			wantCreds:  accounts.Credentials{AccessToken: "old"},
		},
		{
			name: "invalid_grant is auth", creds: stale, auth: wire.FormSecret,
			tokenStatus: 400, tokenBody: `{"error":"invalid_grant","error_description":"Bad Request"}`,
			wantKind: accounts.KindAuth, wantOp: "refresh sign-in", wantStatus: 400,
			wantEvents: []string{"api old", "token"},
			wantCreds:  stale,
			wantSecret: "shh",
		},
		{
			name: "token endpoint down is transient", creds: stale, auth: wire.FormSecret,
			tokenStatus: 503, tokenBody: `{"error":"unavailable"}`,
			wantKind: accounts.KindTransient, wantOp: "refresh sign-in", wantStatus: 503,
			wantEvents: []string{"api old", "token"},
			wantCreds:  stale,
			wantSecret: "shh",
		},
		{
			name: "no access token in the answer is auth", creds: stale, auth: wire.FormSecret,
			tokenStatus: 200, tokenBody: `{"token_type":"bearer"}`,
			wantKind: accounts.KindAuth, wantOp: "refresh sign-in", wantStatus: 200,
			wantEvents: []string{"api old", "token"},
			wantCreds:  stale,
			wantSecret: "shh",
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeOAuth(t, "new", tc.tokenStatus, tc.tokenBody)
			var saved []accounts.Credentials
			b := f.bearer(tc.auth, tc.creds, func(_ context.Context, c accounts.Credentials) error {
				saved = append(saved, c)
				return nil
			})
			resp, err := f.callAPI(b)
			if tc.wantKind == 0 {
				if err != nil || string(resp.Body) != `{"ok":true}` {
					t.Fatalf("Do = %v, %v", resp, err)
				}
			} else {
				var ae *accounts.Error
				if !errors.As(err, &ae) || ae.Kind != tc.wantKind || ae.Op != tc.wantOp || ae.Status != tc.wantStatus || ae.Network != network.LinkedIn {
					t.Fatalf("err = %v, want %v in %q with HTTP %d", err, tc.wantKind, tc.wantOp, tc.wantStatus)
				}
			}
			if got := f.events(); strings.Join(got, ", ") != strings.Join(tc.wantEvents, ", ") {
				t.Errorf("requests = %q, want %q", got, tc.wantEvents)
			}
			if got := b.Credentials(); got != tc.wantCreds {
				t.Errorf("credentials = %+v, want %+v", []any{got.AccessToken, got.RefreshToken, got.ExpiresAt}, []any{tc.wantCreds.AccessToken, tc.wantCreds.RefreshToken, tc.wantCreds.ExpiresAt})
			}
			if b.AccessToken() != tc.wantCreds.AccessToken {
				t.Errorf("AccessToken = %q, want %q", b.AccessToken(), tc.wantCreds.AccessToken)
			}
			if len(saved) != len(tc.wantSaved) {
				t.Fatalf("saved %d times, want %d", len(saved), len(tc.wantSaved))
			}
			for i := range saved {
				if saved[i] != tc.wantSaved[i] {
					t.Errorf("save %d has tokens %q/%q, want %q/%q", i, saved[i].AccessToken, saved[i].RefreshToken, tc.wantSaved[i].AccessToken, tc.wantSaved[i].RefreshToken)
				}
			}
			for i, form := range f.forms {
				if form.Get("grant_type") != "refresh_token" || form.Get("refresh_token") != tc.creds.RefreshToken || form.Get("client_id") != tc.creds.ClientID {
					t.Errorf("refresh form = %v", form)
				}
				if got := form.Get("client_secret"); got != tc.wantSecret || form.Has("client_secret") != (tc.wantSecret != "") {
					t.Errorf("client_secret in form = %q, want %q", got, tc.wantSecret)
				}
				if f.basic[i] != tc.wantBasic {
					t.Errorf("HTTP Basic = %q, want %q", f.basic[i], tc.wantBasic)
				}
			}
		})
	}
}

func TestBearerDoesNotRefreshOtherErrors(t *testing.T) {
	srv := serveOnce(t, http.StatusTooManyRequests, map[string]string{"Retry-After": "5"}, `{"error":"slow down"}`)
	client := &wire.Client{HTTP: srv.Client(), Network: network.X}
	b := wire.NewBearer(client, srv.URL+"/token", wire.BasicAuth, accounts.Credentials{AccessToken: "tok", RefreshToken: "r"}, nil, nil)
	calls := 0
	_, err := b.Do(context.Background(), "publish", func() (*http.Request, error) {
		calls++
		return http.NewRequest(http.MethodPost, srv.URL+"/api", nil)
	})
	if accounts.ErrorKindOf(err) != accounts.KindRateLimited || calls != 1 {
		t.Fatalf("err = %v after %d sends, want one rate-limited send", err, calls)
	}
}

func TestBearerBuildError(t *testing.T) {
	b := wire.NewBearer(&wire.Client{Network: network.GBP}, "http://127.0.0.1:0/token", wire.FormSecret, accounts.Credentials{AccessToken: "tok"}, nil, nil)
	cause := errors.New("bad image")
	_, err := b.Do(context.Background(), "publish", func() (*http.Request, error) { return nil, cause })
	var ae *accounts.Error
	if !errors.As(err, &ae) || ae.Kind != accounts.KindRejected || ae.Network != network.GBP || !errors.Is(err, cause) {
		t.Fatalf("err = %v, want a rejected error wrapping the cause", err)
	}
}

func TestBearerRetriesFailedSave(t *testing.T) {
	f := newFakeOAuth(t, "new", 200, `{"access_token":"new","refresh_token":"refresh-2"}`)
	var mu sync.Mutex
	attempts := 0
	b := f.bearer(wire.FormSecret, accounts.Credentials{AccessToken: "old", RefreshToken: "refresh-1"}, func(_ context.Context, c accounts.Credentials) error {
		mu.Lock()
		defer mu.Unlock()
		attempts++
		f.mu.Lock()
		f.log = append(f.log, "save "+c.RefreshToken)
		f.mu.Unlock()
		if attempts == 1 {
			return errors.New("keychain locked")
		}
		return nil
	})
	for i := 0; i < 3; i++ {
		if _, err := f.callAPI(b); err != nil {
			t.Fatalf("call %d: %v", i, err)
		}
	}
	want := []string{
		"api old", "token", "save refresh-2", "api new", // the first save fails
		"save refresh-2", "api new", // retried before the next request
		"api new", // saved: no more attempts
	}
	if got := f.events(); strings.Join(got, ", ") != strings.Join(want, ", ") {
		t.Errorf("events = %q,\nwant %q", got, want)
	}
}

func TestBearerConcurrent401sRefreshOnce(t *testing.T) {
	const n = 8
	f := newFakeOAuth(t, "new", 200, `{"access_token":"new","expires_in":3600}`)
	// The token endpoint answers only once all n requests got their 401,
	// so every caller sees the stale token fail.
	f.holdToken = make(chan struct{})
	f.onReject = func(count int) {
		if count == n {
			close(f.holdToken)
		}
	}
	var saves int
	var mu sync.Mutex
	b := f.bearer(wire.FormSecret, accounts.Credentials{AccessToken: "old", RefreshToken: "refresh-1"}, func(context.Context, accounts.Credentials) error {
		mu.Lock()
		saves++
		mu.Unlock()
		return nil
	})
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := f.callAPI(b)
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	tokens, olds, news := 0, 0, 0
	for _, e := range f.events() {
		switch e {
		case "token":
			tokens++
		case "api old":
			olds++
		case "api new":
			news++
		}
	}
	if tokens != 1 || olds != n || news != n || saves != 1 {
		t.Errorf("%d refreshes, %d stale and %d fresh sends, %d saves; want 1, %d, %d, 1", tokens, olds, news, saves, n, n)
	}
}
