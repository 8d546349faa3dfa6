package mastodon

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
)

const (
	testClientID     = "TWhM-tNSuncnqN7DBJmoyeLnk6K3iJJ71KKXxgL1hPM"
	testClientSecret = "ZEaFUFmF0umgBX1qKJDjaU99Q31lDkOU8NutzTOoliw"
	testCode         = "qDFUEaYrRK5c-HNmTCJbAzazwLRInJ7VHFat0wcMgCU"
)

var verifierRE = regexp.MustCompile(`^[A-Za-z0-9\-._~]{43,128}$`)

// oauthServer fakes a Mastodon server's app registration, consent page
// and token endpoint. redirect decides what the consent page sends back.
type oauthServer struct {
	*fakeServer
	mu        sync.Mutex
	challenge string
	tokenHits int
}

func newOAuthServer(t *testing.T, redirect func(q url.Values) url.Values) *oauthServer {
	o := &oauthServer{}
	o.fakeServer = newFake(t, map[string]http.HandlerFunc{
		"POST /api/v1/apps": func(w http.ResponseWriter, r *http.Request) {
			ru := r.PostForm.Get("redirect_uris")
			if r.PostForm.Get("client_name") != "CarePost" || r.PostForm.Get("scopes") != "read write" ||
				r.PostForm.Get("website") == "" || !regexp.MustCompile(`^http://127\.0\.0\.1:\d+/callback$`).MatchString(ru) {
				t.Errorf("POST /api/v1/apps form = %v", r.PostForm)
			}
			reply(200, `{"id":"563419","name":"CarePost","website":"https://github.com/carepost/carepost","scopes":["read","write"],`+
				`"redirect_uri":"`+ru+`","redirect_uris":["`+ru+`"],"client_id":"`+testClientID+`","client_secret":"`+testClientSecret+`","client_secret_expires_at":0}`)(w, r)
		},
		"GET /oauth/authorize": func(w http.ResponseWriter, r *http.Request) {
			q := r.URL.Query()
			if q.Get("response_type") != "code" || q.Get("client_id") != testClientID || q.Get("scope") != "read write" ||
				q.Get("code_challenge_method") != "S256" || len(q.Get("code_challenge")) != 43 || q.Get("state") == "" ||
				!strings.HasPrefix(q.Get("redirect_uri"), "http://127.0.0.1:") {
				t.Errorf("authorize query = %v", q)
			}
			o.mu.Lock()
			o.challenge = q.Get("code_challenge")
			o.mu.Unlock()
			target, _ := url.Parse(q.Get("redirect_uri"))
			target.RawQuery = redirect(q).Encode()
			http.Redirect(w, r, target.String(), http.StatusFound)
		},
		"POST /oauth/token": func(w http.ResponseWriter, r *http.Request) {
			o.mu.Lock()
			o.tokenHits++
			challenge := o.challenge
			o.mu.Unlock()
			f := r.PostForm
			v := f.Get("code_verifier")
			if f.Get("grant_type") != "authorization_code" || f.Get("code") != testCode || f.Get("client_id") != testClientID ||
				f.Get("client_secret") != testClientSecret || !strings.HasPrefix(f.Get("redirect_uri"), "http://127.0.0.1:") {
				t.Errorf("token form = %v", f)
			}
			if !verifierRE.MatchString(v) || CodeChallenge(v) != challenge {
				reply(400, `{"error":"invalid_grant","error_description":"The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client."}`)(w, r)
				return
			}
			reply(200, `{"access_token":"`+testToken+`","token_type":"Bearer","scope":"read write","created_at":1573979017}`)(w, r)
		},
	})
	return o
}

// browser follows the authorize URL like a browser would, redirect
// included, and keeps the page it lands on.
type browser struct {
	mu   sync.Mutex
	page string
}

func (b *browser) open(u string) error {
	resp, err := http.Get(u)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	b.mu.Lock()
	b.page = string(body)
	b.mu.Unlock()
	return nil
}

func TestSignIn(t *testing.T) {
	t.Run("registers, authorizes with PKCE through the loopback, and exchanges the code", func(t *testing.T) {
		o := newOAuthServer(t, func(q url.Values) url.Values {
			return url.Values{"code": {testCode}, "state": {q.Get("state")}}
		})
		var b browser
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		creds, err := SignIn(ctx, nil, o.srv.URL, b.open)
		if err != nil {
			t.Fatalf("SignIn: %v", err)
		}
		want := accounts.Credentials{AccessToken: testToken, ClientID: testClientID, ClientSecret: testClientSecret}
		if creds != want {
			t.Errorf("SignIn = %s, want %s", creds.Redacted(), want.Redacted())
		}
		if !strings.Contains(b.page, "You can close this tab and return to CarePost.") {
			t.Errorf("browser landed on %q", b.page)
		}
		var paths []string
		for _, r := range o.requests() {
			paths = append(paths, r.Method+" "+r.Path)
		}
		if strings.Join(paths, ",") != "POST /api/v1/apps,GET /oauth/authorize,POST /oauth/token" {
			t.Errorf("requests = %v", paths)
		}
	})

	failures := []struct {
		name     string
		redirect func(q url.Values) url.Values
		want     error
		page     string
	}{
		{
			name:     "a redirect with another state is refused and no token is requested",
			redirect: func(q url.Values) url.Values { return url.Values{"code": {testCode}, "state": {"forged-state"}} },
			want:     ErrStateMismatch,
		},
		{
			name: "access_denied on the consent page ends the sign-in",
			redirect: func(q url.Values) url.Values {
				return url.Values{"error": {"access_denied"}, "error_description": {"The resource owner or authorization server denied the request."}, "state": {q.Get("state")}}
			},
			want: ErrAccessDenied,
			page: "Sign-in was cancelled.",
		},
	}
	for _, tt := range failures {
		t.Run(tt.name, func(t *testing.T) {
			o := newOAuthServer(t, tt.redirect)
			var b browser
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			_, err := SignIn(ctx, nil, o.srv.URL, b.open)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			if n := len(o.only("POST", "/oauth/token")); n != 0 {
				t.Errorf("token endpoint called %d times", n)
			}
			if tt.page != "" && !strings.Contains(b.page, tt.page) {
				t.Errorf("browser landed on %q", b.page)
			}
		})
	}

	t.Run("a browser that cannot open is an error, not a hang", func(t *testing.T) {
		o := newOAuthServer(t, func(q url.Values) url.Values { return nil })
		_, err := SignIn(context.Background(), nil, o.srv.URL, func(string) error { return errors.New("no browser") })
		if err == nil || !strings.Contains(err.Error(), "no browser") {
			t.Errorf("err = %v", err)
		}
	})
}

func TestNewAuthorization(t *testing.T) {
	app := App{ClientID: testClientID, ClientSecret: testClientSecret}
	a, err := NewAuthorization("https://mastodon.example/", app, "http://127.0.0.1:5000/callback")
	if err != nil {
		t.Fatal(err)
	}
	u, err := url.Parse(a.URL)
	if err != nil {
		t.Fatal(err)
	}
	if u.Scheme != "https" || u.Host != "mastodon.example" || u.Path != "/oauth/authorize" {
		t.Errorf("URL = %s", a.URL)
	}
	if !strings.Contains(u.RawQuery, "scope=read+write") {
		t.Errorf("scope not encoded as read+write: %s", u.RawQuery)
	}
	q := u.Query()
	want := map[string]string{
		"response_type": "code", "client_id": testClientID, "redirect_uri": "http://127.0.0.1:5000/callback",
		"scope": "read write", "code_challenge_method": "S256", "code_challenge": CodeChallenge(a.Verifier), "state": a.State,
	}
	for k, v := range want {
		if q.Get(k) != v {
			t.Errorf("%s = %q, want %q", k, q.Get(k), v)
		}
	}
	if strings.Contains(a.URL, testClientSecret) || strings.Contains(a.URL, a.Verifier) {
		t.Error("the authorize URL carries a secret")
	}
	if !verifierRE.MatchString(a.Verifier) {
		t.Errorf("verifier %q is not 43–128 unreserved characters", a.Verifier)
	}
	if strings.ContainsAny(q.Get("code_challenge"), "=+/") {
		t.Errorf("challenge %q is not unpadded base64url", q.Get("code_challenge"))
	}
	b, _ := NewAuthorization("https://mastodon.example", app, "http://127.0.0.1:5000/callback")
	if a.Verifier == b.Verifier || a.State == b.State {
		t.Error("verifier and state repeat between sign-ins")
	}
	// RFC 7636 appendix B's example.
	if got := CodeChallenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"); got != "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM" {
		t.Errorf("CodeChallenge = %q", got)
	}
}

func TestLoopback(t *testing.T) {
	t.Run("listens on 127.0.0.1 and closes after the answer", func(t *testing.T) {
		l, err := ListenLoopback()
		if err != nil {
			t.Fatal(err)
		}
		u, _ := url.Parse(l.RedirectURI)
		if u.Hostname() != "127.0.0.1" || u.Path != "/callback" || u.Port() == "" {
			t.Errorf("RedirectURI = %s", l.RedirectURI)
		}
		go func() {
			resp, err := http.Get(l.RedirectURI + "?code=abc&state=s1")
			if err == nil {
				resp.Body.Close()
			}
		}()
		code, err := l.Wait(context.Background(), "s1")
		if err != nil || code != "abc" {
			t.Fatalf("Wait = %q, %v", code, err)
		}
		if c, err := net.DialTimeout("tcp", u.Host, time.Second); err == nil {
			c.Close()
			t.Error("still listening after Wait")
		}
	})

	t.Run("Wait gives up when the context ends", func(t *testing.T) {
		l, err := ListenLoopback()
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
		defer cancel()
		if _, err := l.Wait(ctx, "s1"); !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("err = %v", err)
		}
		if err := l.Close(); err != nil {
			t.Errorf("second Close: %v", err)
		}
	})

	t.Run("requests without a code or error are not taken as the answer", func(t *testing.T) {
		l, err := ListenLoopback()
		if err != nil {
			t.Fatal(err)
		}
		defer l.Close()
		resp, err := http.Get(l.RedirectURI)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusBadRequest {
			t.Errorf("status = %d", resp.StatusCode)
		}
		select {
		case cb := <-l.results:
			t.Errorf("took %+v as an answer", cb)
		default:
		}
	})
}

func TestExchangeCodeErrors(t *testing.T) {
	f := newFake(t, map[string]http.HandlerFunc{
		"POST /oauth/token": func(w http.ResponseWriter, r *http.Request) {
			// Quotes the secret back, as a careless server might.
			reply(400, `{"error":"invalid_grant","error_description":"bad grant for secret `+r.PostForm.Get("client_secret")+`"}`)(w, r)
		},
	})
	app := App{ClientID: testClientID, ClientSecret: testClientSecret}
	_, err := ExchangeCode(context.Background(), nil, f.srv.URL, app, Authorization{Verifier: "v", RedirectURI: "http://127.0.0.1:1/callback"}, testCode)
	if accounts.ErrorKindOf(err) != accounts.KindRejected {
		t.Fatalf("err = %v, want rejected", err)
	}
	if strings.Contains(err.Error(), testClientSecret) {
		t.Errorf("client secret in %q", err.Error())
	}
	if !strings.Contains(err.Error(), "bad grant for secret [redacted]") {
		t.Errorf("err = %q", err.Error())
	}
}
