package mastodon

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/accounts/wire"
	"github.com/carepost/carepost/network"
)

// Scopes CarePost asks for: read (inbox, metrics) and write (statuses,
// media).
const Scopes = "read write"

// ClientName and Website are what the server shows on its consent page.
const (
	ClientName = "CarePost"
	Website    = "https://github.com/carepost/carepost"
)

// Errors from the loopback redirect.
var (
	// ErrAccessDenied: the person declined on the server's consent page
	// (or the server refused), ?error=access_denied.
	ErrAccessDenied = errors.New("the Mastodon sign-in was cancelled or refused")
	// ErrStateMismatch: the redirect did not carry the state CarePost
	// sent, so it is not the answer to this sign-in.
	ErrStateMismatch = errors.New("the Mastodon sign-in answer did not match this sign-in; please try again")
)

// App is a client registered on one server with POST /api/v1/apps.
type App struct {
	ClientID     string
	ClientSecret string
}

// RegisterApp registers CarePost on server with one redirect URI.
func RegisterApp(ctx context.Context, httpClient *http.Client, server, redirectURI string) (App, error) {
	const op = "register app"
	base, err := normalizeServer(server)
	if err != nil {
		return App{}, signInError(op, err)
	}
	form := url.Values{}
	form.Set("client_name", ClientName)
	form.Set("redirect_uris", redirectURI)
	form.Set("scopes", Scopes)
	form.Set("website", Website)
	req, err := http.NewRequest(http.MethodPost, base+"/api/v1/apps", strings.NewReader(form.Encode()))
	if err != nil {
		return App{}, signInError(op, err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Accept", "application/json")
	resp, err := oauthWire(httpClient).Do(ctx, op, req)
	if err != nil {
		return App{}, err
	}
	var v struct {
		ClientID     string `json:"client_id"`
		ClientSecret string `json:"client_secret"`
	}
	if err := resp.JSON(&v); err != nil || v.ClientID == "" || v.ClientSecret == "" {
		if err == nil {
			err = errors.New("the server returned no client id or secret")
		}
		return App{}, scrubSecrets(&accounts.Error{Kind: accounts.KindTransient, Network: network.Mastodon, Op: op, Status: resp.Status, Err: err}, v.ClientSecret)
	}
	return App{ClientID: v.ClientID, ClientSecret: v.ClientSecret}, nil
}

// Authorization is one sign-in attempt: the URL to open in the browser and
// the secrets to check and finish it with. Verifier never leaves this
// machine except to the token endpoint.
type Authorization struct {
	URL         string
	Verifier    string
	State       string
	RedirectURI string
}

// NewAuthorization builds the authorize URL with PKCE (RFC 7636, S256) and
// a random state.
func NewAuthorization(server string, app App, redirectURI string) (Authorization, error) {
	base, err := normalizeServer(server)
	if err != nil {
		return Authorization{}, signInError("sign in", err)
	}
	verifier, err := randomToken(48) // 64 characters, within 43–128
	if err != nil {
		return Authorization{}, err
	}
	state, err := randomToken(24)
	if err != nil {
		return Authorization{}, err
	}
	q := url.Values{}
	q.Set("response_type", "code")
	q.Set("client_id", app.ClientID)
	q.Set("redirect_uri", redirectURI)
	q.Set("scope", Scopes)
	q.Set("code_challenge", CodeChallenge(verifier))
	q.Set("code_challenge_method", "S256")
	q.Set("state", state)
	return Authorization{
		URL:         base + "/oauth/authorize?" + q.Encode(),
		Verifier:    verifier,
		State:       state,
		RedirectURI: redirectURI,
	}, nil
}

// CodeChallenge is the S256 challenge for a verifier:
// base64url(sha256(verifier)) without padding.
func CodeChallenge(verifier string) string {
	sum := sha256.Sum256([]byte(verifier))
	return base64.RawURLEncoding.EncodeToString(sum[:])
}

// randomToken is n random bytes from crypto/rand, base64url without
// padding: only the unreserved characters RFC 7636 allows.
func randomToken(n int) (string, error) {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("reading random bytes: %w", err)
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

// ExchangeCode trades the authorization code for an access token at
// POST /oauth/token. The credentials carry the app's client id and secret
// too, for the vault.
func ExchangeCode(ctx context.Context, httpClient *http.Client, server string, app App, auth Authorization, code string) (accounts.Credentials, error) {
	const op = "sign in"
	base, err := normalizeServer(server)
	if err != nil {
		return accounts.Credentials{}, signInError(op, err)
	}
	secrets := []string{app.ClientSecret, auth.Verifier, code}
	form := url.Values{}
	form.Set("grant_type", "authorization_code")
	form.Set("code", code)
	form.Set("client_id", app.ClientID)
	form.Set("client_secret", app.ClientSecret)
	form.Set("redirect_uri", auth.RedirectURI)
	form.Set("code_verifier", auth.Verifier)
	form.Set("scope", Scopes)
	req, err := http.NewRequest(http.MethodPost, base+"/oauth/token", strings.NewReader(form.Encode()))
	if err != nil {
		return accounts.Credentials{}, signInError(op, err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Accept", "application/json")
	resp, err := oauthWire(httpClient).Do(ctx, op, req)
	if err != nil {
		return accounts.Credentials{}, scrubSecrets(err, secrets...)
	}
	var v struct {
		AccessToken  string `json:"access_token"`
		TokenType    string `json:"token_type"`
		RefreshToken string `json:"refresh_token"`
		ExpiresIn    int64  `json:"expires_in"`
	}
	if err := resp.JSON(&v); err != nil || v.AccessToken == "" {
		if err == nil {
			err = errors.New("the server returned no access token")
		}
		return accounts.Credentials{}, scrubSecrets(&accounts.Error{Kind: accounts.KindTransient, Network: network.Mastodon, Op: op, Status: resp.Status, Err: err},
			append(secrets, v.AccessToken, v.RefreshToken)...)
	}
	if v.TokenType != "" && !strings.EqualFold(v.TokenType, "bearer") {
		return accounts.Credentials{}, &accounts.Error{Kind: accounts.KindRejected, Network: network.Mastodon, Op: op,
			Message: fmt.Sprintf("the server issued a %q token, which CarePost cannot use", v.TokenType)}
	}
	creds := accounts.Credentials{
		AccessToken:  v.AccessToken,
		RefreshToken: v.RefreshToken,
		ClientID:     app.ClientID,
		ClientSecret: app.ClientSecret,
	}
	if v.ExpiresIn > 0 {
		creds.ExpiresAt = time.Now().Add(time.Duration(v.ExpiresIn) * time.Second)
	}
	return creds, nil
}

func oauthWire(hc *http.Client) *wire.Client {
	if hc == nil {
		hc = defaultHTTPClient()
	}
	return newWire(hc, time.Now)
}

func signInError(op string, err error) error {
	return &accounts.Error{Kind: accounts.KindRejected, Network: network.Mastodon, Op: op, Message: err.Error(), Err: err}
}

// --- loopback redirect (RFC 8252 §7.3) ----------------------------------------

// Loopback receives the browser's redirect on 127.0.0.1 at a random port,
// path /callback.
type Loopback struct {
	// RedirectURI is http://127.0.0.1:<port>/callback.
	RedirectURI string

	ln      net.Listener
	srv     *http.Server
	results chan callback
	once    sync.Once
	done    chan struct{}
}

type callback struct {
	code, state, err, description string
}

const (
	pageDone      = "You can close this tab and return to CarePost."
	pageCancelled = "Sign-in was cancelled. You can close this tab and return to CarePost."
)

// ListenLoopback starts listening for the redirect.
func ListenLoopback() (*Loopback, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("listening for the sign-in redirect: %w", err)
	}
	l := &Loopback{
		RedirectURI: fmt.Sprintf("http://%s/callback", ln.Addr().String()),
		ln:          ln,
		results:     make(chan callback, 1),
		done:        make(chan struct{}),
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/callback", l.handle)
	l.srv = &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		// Serve returns once Close shuts it down, or when the listener
		// breaks; then no answer comes and Wait ends with its context.
		_ = l.srv.Serve(ln)
		close(l.done)
	}()
	return l, nil
}

func (l *Loopback) handle(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	q := r.URL.Query()
	cb := callback{code: q.Get("code"), state: q.Get("state"), err: q.Get("error"), description: q.Get("error_description")}
	if cb.code == "" && cb.err == "" {
		http.Error(w, "not a sign-in answer", http.StatusBadRequest)
		return
	}
	msg := pageDone
	if cb.err != "" {
		msg = pageCancelled
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Referrer-Policy", "no-referrer")
	// The page only tells the person to go back to CarePost: the answer
	// is taken whether or not it reaches the browser.
	fmt.Fprintf(w, "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>CarePost</title></head>"+
		"<body style=\"font-family:sans-serif;margin:3em\"><p>%s</p></body></html>\n", msg)
	// The page is written first, so closing the listener after the first
	// answer never cuts it off.
	select {
	case l.results <- cb:
	default: // a later answer; the first one counts
	}
}

// Wait returns the authorization code once the browser comes back with
// the expected state. A mismatched state is ErrStateMismatch, a refusal
// ErrAccessDenied. The listener is closed afterwards.
func (l *Loopback) Wait(ctx context.Context, state string) (string, error) {
	defer l.Close() // only stops the listener; the answer is already in
	select {
	case <-ctx.Done():
		return "", ctx.Err()
	case cb := <-l.results:
		if subtle.ConstantTimeCompare([]byte(cb.state), []byte(state)) != 1 || state == "" {
			return "", ErrStateMismatch
		}
		if cb.err != "" {
			if cb.err == "access_denied" {
				return "", ErrAccessDenied
			}
			msg := cb.err
			if cb.description != "" {
				msg += ": " + cb.description
			}
			return "", fmt.Errorf("the Mastodon server refused the sign-in: %s", msg)
		}
		return cb.code, nil
	}
}

// Close stops listening; it lets a page being written finish first.
func (l *Loopback) Close() error {
	var err error
	l.once.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		if err = l.srv.Shutdown(ctx); err != nil {
			err = l.srv.Close()
		}
		<-l.done
	})
	return err
}

// SignIn runs the whole desktop sign-in: listen on loopback, register the
// app with that redirect, open the authorize page in the browser (through
// openBrowser), wait for the redirect and exchange the code. ctx bounds the
// whole flow, including how long the person may take in the browser.
func SignIn(ctx context.Context, httpClient *http.Client, server string, openBrowser func(url string) error) (accounts.Credentials, error) {
	if openBrowser == nil {
		return accounts.Credentials{}, errors.New("no way to open the browser for the Mastodon sign-in")
	}
	lb, err := ListenLoopback()
	if err != nil {
		return accounts.Credentials{}, err
	}
	defer lb.Close() // only stops the listener once the sign-in is over
	app, err := RegisterApp(ctx, httpClient, server, lb.RedirectURI)
	if err != nil {
		return accounts.Credentials{}, err
	}
	auth, err := NewAuthorization(server, app, lb.RedirectURI)
	if err != nil {
		return accounts.Credentials{}, err
	}
	if err := openBrowser(auth.URL); err != nil {
		return accounts.Credentials{}, fmt.Errorf("opening the browser for the Mastodon sign-in: %w", err)
	}
	code, err := lb.Wait(ctx, auth.State)
	if err != nil {
		return accounts.Credentials{}, err
	}
	return ExchangeCode(ctx, httpClient, server, app, auth, code)
}
