// Package bluesky is CarePost's Bluesky connector. It speaks XRPC (the AT
// Protocol's HTTP API) to the account's PDS, by default https://bsky.social:
// it signs in with an app password (com.atproto.server.createSession),
// keeps the session fresh (com.atproto.server.refreshSession), publishes
// posts with images, links, mentions and hashtags
// (com.atproto.repo.uploadBlob, com.atproto.repo.createRecord), answers in
// threads, reads notifications and reads counts. Reads of app.bsky.* go
// through the PDS, which proxies them to the AppView, unless Config.AppView
// names one to ask directly.
//
// Bluesky has no native scheduling: CarePost publishes at the chosen time
// itself, so a Post with ScheduleAt is refused.
package bluesky

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/accounts/wire"
	"github.com/carepost/carepost/network"
)

// DefaultPDS is where accounts on Bluesky's own service live.
const DefaultPDS = "https://bsky.social"

// Limits of a post (lexicons/app/bsky/feed/post.json, embed/images.json).
const (
	MaxGraphemes = 300
	MaxTextBytes = 3000
	MaxImages    = 4
)

// Config says which account to use and how.
type Config struct {
	PDS       string // default "https://bsky.social"; a self-hosted or test PDS otherwise
	Handle    string // login identifier (handle or email)
	HTTP      *http.Client
	Creds     accounts.Credentials // AppPassword; AccessToken/RefreshToken once logged in
	SaveCreds accounts.CredentialSaver
	Now       func() time.Time
	AppView   string // optional: base URL for public app.bsky.* reads; empty = through the PDS
}

// Session is who the connector is signed in as.
type Session struct {
	DID    string
	Handle string
}

// Connector is one Bluesky account. It is safe for concurrent use.
type Connector struct {
	pds     string
	appView string
	ident   string
	http    *http.Client
	save    accounts.CredentialSaver
	now     func() time.Time

	mu      sync.Mutex // guards creds and session
	creds   accounts.Credentials
	session Session

	refreshMu sync.Mutex // one sign-in or refresh at a time

	gate *wire.Gate // this account's spent rate limits, shared process-wide
}

var _ accounts.Connector = (*Connector)(nil)

// New returns a connector for cfg. It does not touch the network.
func New(cfg Config) *Connector {
	pds := strings.TrimRight(strings.TrimSpace(cfg.PDS), "/")
	if pds == "" {
		pds = DefaultPDS
	}
	now := cfg.Now
	if now == nil {
		now = time.Now
	}
	return &Connector{
		pds:     pds,
		appView: strings.TrimRight(strings.TrimSpace(cfg.AppView), "/"),
		ident:   strings.TrimPrefix(strings.TrimSpace(cfg.Handle), "@"),
		http:    cfg.HTTP,
		save:    cfg.SaveCreds,
		now:     now,
		creds:   cfg.Creds,
		gate:    wire.GateFor(wire.GateKey(pds, strings.ToLower(strings.TrimPrefix(strings.TrimSpace(cfg.Handle), "@")))),
	}
}

// rateBucket: signing in and refreshing have limits of their own
// (createSession: 30 per 5 minutes, 300 a day); everything else counts
// against the server's general limit, per server (PDS or AppView).
func rateBucket(req *http.Request) string {
	nsid := strings.TrimPrefix(req.URL.Path, "/xrpc/")
	switch nsid {
	case "com.atproto.server.createSession", "com.atproto.server.refreshSession":
		return nsid
	}
	return req.URL.Host
}

// Network is network.Bluesky.
func (c *Connector) Network() network.Network { return network.Bluesky }

// Limits are Bluesky's: 300 graphemes, 4 images, no native scheduling.
func (c *Connector) Limits(ctx context.Context) (accounts.Limits, error) {
	return accounts.Limits{MaxChars: MaxGraphemes, MaxImages: MaxImages, NativeScheduling: false}, nil
}

// Credentials returns the connector's current credentials (refreshed
// tokens included).
func (c *Connector) Credentials() accounts.Credentials {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.creds
}

// xrpcError is XRPC's error body.
type xrpcError struct {
	Error   string `json:"error"`
	Message string `json:"message"`
}

func parseXRPCError(body []byte) xrpcError {
	var e xrpcError
	// An error body that is not XRPC's JSON leaves e empty: the caller still
	// has the HTTP status to report.
	_ = json.Unmarshal(body, &e)
	return e
}

// call is one XRPC request.
type call struct {
	op     string
	method string // GET or POST
	base   string // PDS or AppView
	nsid   string
	query  url.Values
	body   any    // JSON body for POST
	raw    []byte // raw body (uploadBlob); sent with rawType
	rawTyp string
	token  string // bearer token; "" sends none
	proxy  string // atproto-proxy header: the service the PDS forwards to
}

// send performs one XRPC call through wire.Client. Besides the response it
// returns XRPC's error name ("ExpiredToken", "InvalidRequest", …) when the
// server gave one.
func (c *Connector) send(ctx context.Context, k call) (*wire.Response, string, error) {
	u := k.base + "/xrpc/" + k.nsid
	if len(k.query) > 0 {
		u += "?" + k.query.Encode()
	}
	var req *http.Request
	var err error
	switch {
	case k.raw != nil:
		req, err = http.NewRequest(http.MethodPost, u, bytes.NewReader(k.raw))
		if err == nil {
			req.Header.Set("Content-Type", k.rawTyp)
			req.Header.Set("Accept", "application/json")
		}
	case k.method == http.MethodPost:
		req, err = wire.NewJSONRequest(http.MethodPost, u, k.body)
	default:
		req, err = wire.NewJSONRequest(http.MethodGet, u, nil)
	}
	if err != nil {
		return nil, "", &accounts.Error{Kind: accounts.KindRejected, Network: network.Bluesky, Op: k.op, Err: err}
	}
	if k.token != "" {
		req.Header.Set("Authorization", "Bearer "+k.token)
	}
	if k.proxy != "" {
		req.Header.Set("atproto-proxy", k.proxy)
	}
	var name string
	wc := wire.Client{
		HTTP:    c.http,
		Network: network.Bluesky,
		Now:     c.now,
		// Every XRPC answer carries RateLimit-Remaining and RateLimit-Reset
		// (epoch seconds) for the tightest limit it counted against.
		Gate:   c.gate,
		Bucket: rateBucket,
		Spent:  wire.HeaderLimit("RateLimit-Remaining", "RateLimit-Reset"),
		Message: func(body []byte) string {
			e := parseXRPCError(body)
			name = e.Error
			if e.Message != "" {
				return e.Message
			}
			return e.Error
		},
	}
	resp, err := wc.Do(ctx, k.op, req)
	if err != nil {
		var ae *accounts.Error
		if errors.As(err, &ae) && isTokenError(ae.Status, name) {
			ae.Kind = accounts.KindAuth
		}
	}
	return resp, name, err
}

// isTokenError: a 401, or XRPC's 400 ExpiredToken / InvalidToken, means
// the access token no longer works.
func isTokenError(status int, name string) bool {
	if status == http.StatusUnauthorized {
		return true
	}
	return status == http.StatusBadRequest && (name == "ExpiredToken" || name == "InvalidToken")
}

// authed sends k with the access token, signing in first when needed. On an
// expired or rejected token it refreshes the session once (or signs in
// again with the app password) and retries once.
func (c *Connector) authed(ctx context.Context, k call) (*wire.Response, error) {
	token, err := c.accessToken(ctx, k.op)
	if err != nil {
		return nil, err
	}
	k.token = token
	resp, _, err := c.send(ctx, k)
	if err == nil || accounts.ErrorKindOf(err) != accounts.KindAuth {
		return resp, err
	}
	token, rerr := c.renew(ctx, k.op, token)
	if rerr != nil {
		return nil, rerr
	}
	k.token = token
	resp, _, err = c.send(ctx, k)
	return resp, err
}

// accessToken returns a token to use, signing in or refreshing when there
// is none or it has expired by the clock.
func (c *Connector) accessToken(ctx context.Context, op string) (string, error) {
	c.mu.Lock()
	token, exp := c.creds.AccessToken, c.creds.ExpiresAt
	c.mu.Unlock()
	if token != "" && (exp.IsZero() || c.now().Before(exp.Add(-30*time.Second))) {
		return token, nil
	}
	return c.renew(ctx, op, token)
}

// renew replaces the access token stale (the one that failed, or "" when
// there is none): refreshSession with the refresh token, else
// createSession with the app password, else an error of KindAuth.
func (c *Connector) renew(ctx context.Context, op, stale string) (string, error) {
	c.refreshMu.Lock()
	defer c.refreshMu.Unlock()
	c.mu.Lock()
	creds := c.creds
	c.mu.Unlock()
	if creds.AccessToken != "" && creds.AccessToken != stale {
		return creds.AccessToken, nil // another call renewed it meanwhile
	}
	var lastErr error
	if creds.RefreshToken != "" {
		s, err := c.refreshSession(ctx, creds.RefreshToken)
		if err == nil {
			return s, nil
		}
		if k := accounts.ErrorKindOf(err); k == accounts.KindTransient || k == accounts.KindRateLimited {
			return "", err
		}
		lastErr = err
	}
	if creds.AppPassword != "" && c.ident != "" {
		if _, err := c.createSession(ctx); err != nil {
			return "", err
		}
		c.mu.Lock()
		defer c.mu.Unlock()
		return c.creds.AccessToken, nil
	}
	e := &accounts.Error{Kind: accounts.KindAuth, Network: network.Bluesky, Op: op, Err: lastErr,
		Message: "the Bluesky session has ended and no app password is saved"}
	var ae *accounts.Error
	if errors.As(lastErr, &ae) {
		e.Status = ae.Status
	}
	return "", e
}

type sessionOutput struct {
	AccessJwt  string `json:"accessJwt"`
	RefreshJwt string `json:"refreshJwt"`
	Handle     string `json:"handle"`
	DID        string `json:"did"`
}

// Login signs in with the handle (or email) and app password
// (com.atproto.server.createSession) and saves the session's tokens.
func (c *Connector) Login(ctx context.Context) (Session, error) {
	c.refreshMu.Lock()
	defer c.refreshMu.Unlock()
	return c.createSession(ctx)
}

func (c *Connector) createSession(ctx context.Context) (Session, error) {
	const op = "sign in"
	c.mu.Lock()
	password := c.creds.AppPassword
	c.mu.Unlock()
	if c.ident == "" || password == "" {
		return Session{}, &accounts.Error{Kind: accounts.KindAuth, Network: network.Bluesky, Op: op,
			Message: "a handle and an app password are needed to sign in"}
	}
	resp, _, err := c.send(ctx, call{op: op, method: http.MethodPost, base: c.pds,
		nsid: "com.atproto.server.createSession",
		body: map[string]string{"identifier": c.ident, "password": password}})
	if err != nil {
		// A refused sign-in (wrong password, revoked app password, taken
		// down account) is for the user to fix by reconnecting.
		var ae *accounts.Error
		if errors.As(err, &ae) && ae.Kind == accounts.KindRejected {
			ae.Kind = accounts.KindAuth
		}
		return Session{}, err
	}
	return c.adopt(ctx, op, resp)
}

func (c *Connector) refreshSession(ctx context.Context, refresh string) (string, error) {
	const op = "refresh session"
	resp, _, err := c.send(ctx, call{op: op, method: http.MethodPost, base: c.pds,
		nsid: "com.atproto.server.refreshSession", token: refresh})
	if err != nil {
		return "", err
	}
	if _, err := c.adopt(ctx, op, resp); err != nil {
		return "", err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.creds.AccessToken, nil
}

// adopt stores a createSession/refreshSession answer and saves the tokens.
func (c *Connector) adopt(ctx context.Context, op string, resp *wire.Response) (Session, error) {
	var out sessionOutput
	if err := resp.JSON(&out); err != nil || out.AccessJwt == "" || out.DID == "" {
		if err == nil {
			err = errors.New("the session has no access token or DID")
		}
		return Session{}, &accounts.Error{Kind: accounts.KindTransient, Network: network.Bluesky, Op: op, Err: err}
	}
	c.mu.Lock()
	c.creds.AccessToken = out.AccessJwt
	if out.RefreshJwt != "" {
		c.creds.RefreshToken = out.RefreshJwt
	}
	c.creds.ExpiresAt = jwtExpiry(out.AccessJwt)
	c.session = Session{DID: out.DID, Handle: out.Handle}
	creds, s := c.creds, c.session
	c.mu.Unlock()
	if c.save != nil {
		if err := c.save(ctx, creds); err != nil {
			// The saver marked the account "needs reconnect" and said why:
			// a refresh token only this process holds is lost at exit.
			return s, &accounts.Error{Kind: accounts.KindAuth, Network: network.Bluesky, Op: "save the session", Err: err}
		}
	}
	return s, nil
}

// jwtExpiry reads a JWT's exp claim without verifying it (the server
// does); zero when it has none.
func jwtExpiry(token string) time.Time {
	parts := strings.Split(token, ".")
	if len(parts) != 3 {
		return time.Time{}
	}
	payload, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(parts[1], "="))
	if err != nil {
		return time.Time{}
	}
	var claims struct {
		Exp int64 `json:"exp"`
	}
	if json.Unmarshal(payload, &claims) != nil || claims.Exp <= 0 {
		return time.Time{}
	}
	return time.Unix(claims.Exp, 0)
}

// jwtSubject reads a JWT's sub claim (the account's DID in a Bluesky
// access token) without verifying it; "" when it has none.
func jwtSubject(token string) string {
	parts := strings.Split(token, ".")
	if len(parts) != 3 {
		return ""
	}
	payload, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(parts[1], "="))
	if err != nil {
		return ""
	}
	var claims struct {
		Sub string `json:"sub"`
	}
	if json.Unmarshal(payload, &claims) != nil || !strings.HasPrefix(claims.Sub, "did:") {
		return ""
	}
	return claims.Sub
}

// whoami returns the signed-in account, asking com.atproto.server.getSession
// when the connector started from saved tokens.
func (c *Connector) whoami(ctx context.Context) (Session, error) {
	c.mu.Lock()
	s := c.session
	c.mu.Unlock()
	if s.DID != "" {
		return s, nil
	}
	// Signing in (when there is no token yet) tells who we are.
	if _, err := c.accessToken(ctx, "read the session"); err != nil {
		return Session{}, err
	}
	c.mu.Lock()
	s = c.session
	c.mu.Unlock()
	if s.DID != "" {
		return s, nil
	}
	resp, err := c.authed(ctx, call{op: "read the session", method: http.MethodGet, base: c.pds,
		nsid: "com.atproto.server.getSession"})
	if err != nil {
		return Session{}, err
	}
	var out struct {
		DID    string `json:"did"`
		Handle string `json:"handle"`
	}
	if err := resp.JSON(&out); err != nil || out.DID == "" {
		if err == nil {
			err = errors.New("getSession returned no DID")
		}
		return Session{}, &accounts.Error{Kind: accounts.KindTransient, Network: network.Bluesky, Op: "read the session", Err: err}
	}
	c.mu.Lock()
	if c.session.DID == "" {
		c.session = Session{DID: out.DID, Handle: out.Handle}
	}
	s = c.session
	c.mu.Unlock()
	return s, nil
}

// read sends a GET for an app.bsky.* query: to the AppView directly when
// one is configured (public reads need no token), else through the PDS
// with the session.
func (c *Connector) read(ctx context.Context, op, nsid string, q url.Values) (*wire.Response, error) {
	if c.appView != "" {
		resp, _, err := c.send(ctx, call{op: op, method: http.MethodGet, base: c.appView, nsid: nsid, query: q})
		return resp, err
	}
	return c.authed(ctx, call{op: op, method: http.MethodGet, base: c.pds, nsid: nsid, query: q})
}

func rejected(op, msg string) *accounts.Error {
	return &accounts.Error{Kind: accounts.KindRejected, Network: network.Bluesky, Op: op, Message: msg}
}

func badResponse(op string, err error) *accounts.Error {
	return &accounts.Error{Kind: accounts.KindTransient, Network: network.Bluesky, Op: op, Err: err}
}

// CancelScheduled is always refused: Bluesky gives CarePost no scheduler
// of its own (Publish refuses ScheduleAt), so there is nothing to cancel.
func (c *Connector) CancelScheduled(ctx context.Context, ref accounts.Ref) error {
	return &accounts.Error{Kind: accounts.KindRejected, Network: network.Bluesky, Op: "cancel scheduled post",
		Message: "Bluesky has no scheduled posts to cancel"}
}
