// Package mastodon owns CarePost's Mastodon connector: publishing statuses
// (with pictures and alt text, replies and server-side scheduling, which can
// be cancelled before the post goes out), reading the inbox from
// notifications, post and account metrics, the instance's limits, and the
// desktop OAuth sign-in (app registration, PKCE, loopback redirect). It
// speaks the Mastodon REST API as documented at docs.joinmastodon.org, so it
// works with any server that implements it.
//
// Every request goes through wire.Client, so failures come back as
// *accounts.Error; the access token and client secret never appear in an
// error's text. It never imports Fyne.
package mastodon

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
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

// Config is what a connector needs for one account.
type Config struct {
	// Server is the instance's base URL, e.g. https://mastodon.example. A
	// bare host name gets https://. Plain http is accepted only for
	// loopback hosts (a server on this machine, or a test).
	Server string
	// HTTP sends the requests; nil uses a client with timeouts.
	HTTP *http.Client
	// Creds holds the AccessToken (and the registered app's ClientID and
	// ClientSecret).
	Creds accounts.Credentials
	// SaveCreds stores credentials the connector changed; may be nil.
	// Mastodon tokens do not expire, so it is unused today.
	SaveCreds accounts.CredentialSaver
	// Now is the clock; nil uses time.Now.
	Now func() time.Time
}

// Connector is one Mastodon account. It is safe for concurrent use.
type Connector struct {
	cfg     Config
	base    string // normalized server URL, no trailing slash
	baseErr error
	wire    *wire.Client

	mu        sync.Mutex
	limits    *accounts.Limits
	accountID string

	// Media processing poll: first wait, longest wait, and give up after.
	pollFirst, pollMax, pollTotal time.Duration
}

var _ accounts.Connector = (*Connector)(nil)

// Documented Mastodon defaults (app/validators/status_length_validator.rb
// MAX_CHARS, Status::MEDIA_ATTACHMENTS_LIMIT) and the scheduled_at floor
// ("Must be at least 5 minutes in the future").
const (
	defaultMaxChars  = network.DefaultMastodonLimit
	defaultMaxImages = 4
	minScheduleAhead = 5 * time.Minute
	// maxActivityPages bounds one FetchActivity; limitPerPage is Mastodon's
	// default page size for notifications (max 80).
	maxActivityPages = 5
	limitPerPage     = 40
	maxRecentPosts   = 40 // GET /api/v1/accounts/:id/statuses allows 40
)

// New returns a connector for one account. A malformed Server is reported
// by the first call that needs it.
func New(cfg Config) *Connector {
	hc := cfg.HTTP
	if hc == nil {
		hc = defaultHTTPClient()
	}
	now := cfg.Now
	if now == nil {
		now = time.Now
	}
	cfg.Now = now
	base, err := normalizeServer(cfg.Server)
	w := newWire(hc, now)
	// Mastodon answers every request with X-RateLimit-Remaining and
	// X-RateLimit-Reset (an ISO 8601 time) for the throttle it counts
	// against: the account's API limit, or the stricter ones for posting
	// statuses and uploading media, which get buckets of their own.
	w.Gate = wire.GateFor(wire.GateKey(base, cfg.Creds.AccessToken))
	w.Bucket = rateBucket
	w.Spent = wire.HeaderLimit("X-RateLimit-Remaining", "X-RateLimit-Reset")
	return &Connector{
		cfg:       cfg,
		base:      base,
		baseErr:   err,
		wire:      w,
		pollFirst: 500 * time.Millisecond,
		pollMax:   5 * time.Second,
		pollTotal: 2 * time.Minute,
	}
}

// rateBucket names the Mastodon throttle a request counts against.
func rateBucket(req *http.Request) string {
	switch {
	case req.Method == http.MethodPost && req.URL.Path == "/api/v1/statuses":
		return "statuses"
	case req.Method == http.MethodPost && strings.HasSuffix(req.URL.Path, "/media"):
		return "media"
	}
	return ""
}

func newWire(hc *http.Client, now func() time.Time) *wire.Client {
	return &wire.Client{HTTP: hc, Network: network.Mastodon, Message: errorMessage, Now: now}
}

// defaultHTTPClient bounds every stage of a request, so a server that
// stops answering becomes a transient error rather than a hang. One client
// is shared, so connections are pooled across connectors.
func defaultHTTPClient() *http.Client { return sharedHTTP }

var sharedHTTP = &http.Client{
	Timeout: 90 * time.Second,
	Transport: &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           (&net.Dialer{Timeout: 15 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
		TLSHandshakeTimeout:   15 * time.Second,
		ResponseHeaderTimeout: 60 * time.Second,
		IdleConnTimeout:       90 * time.Second,
		MaxIdleConnsPerHost:   4,
	},
}

// errorMessage reads Mastodon's {"error": "..."} body verbatim; OAuth
// endpoints add error_description, which reads better when present.
func errorMessage(body []byte) string {
	var v struct {
		Error       any    `json:"error"`
		Description string `json:"error_description"`
	}
	if err := json.Unmarshal(body, &v); err != nil {
		return ""
	}
	if d := strings.TrimSpace(v.Description); d != "" {
		return d
	}
	if s, ok := v.Error.(string); ok {
		return strings.TrimSpace(s)
	}
	return ""
}

// normalizeServer turns what someone typed into a base URL.
func normalizeServer(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", errors.New("no Mastodon server given")
	}
	if !strings.Contains(s, "://") {
		s = "https://" + s
	}
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		return "", fmt.Errorf("%q is not a server address", s)
	}
	switch u.Scheme {
	case "https":
	case "http":
		if !isLoopbackHost(u.Hostname()) {
			return "", fmt.Errorf("%s must use https", u.Host)
		}
	default:
		return "", fmt.Errorf("%q is not a web address", s)
	}
	u.User, u.RawQuery, u.Fragment = nil, "", ""
	return strings.TrimRight(u.String(), "/"), nil
}

func isLoopbackHost(h string) bool {
	if h == "localhost" {
		return true
	}
	ip := net.ParseIP(h)
	return ip != nil && ip.IsLoopback()
}

// Network is Mastodon.
func (c *Connector) Network() network.Network { return network.Mastodon }

// --- requests -----------------------------------------------------------

func (c *Connector) newRequest(method, path string, q url.Values, body io.Reader, contentType string) (*http.Request, error) {
	if c.baseErr != nil {
		return nil, c.baseErr
	}
	u := c.base + path
	if len(q) > 0 {
		u += "?" + q.Encode()
	}
	req, err := http.NewRequest(method, u, body)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "application/json")
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	if tok := c.cfg.Creds.AccessToken; tok != "" {
		req.Header.Set("Authorization", "Bearer "+tok)
	}
	return req, nil
}

// do sends one request; every error it returns is an *accounts.Error with
// the secrets scrubbed out.
func (c *Connector) do(ctx context.Context, op string, req *http.Request, build error) (*wire.Response, error) {
	if build != nil {
		return nil, c.scrub(&accounts.Error{Kind: accounts.KindRejected, Network: network.Mastodon, Op: op, Err: build})
	}
	resp, err := c.wire.Do(ctx, op, req)
	if err != nil {
		return nil, c.scrub(err)
	}
	return resp, nil
}

func (c *Connector) get(ctx context.Context, op, path string, q url.Values, v any) (*wire.Response, error) {
	req, err := c.newRequest(http.MethodGet, path, q, nil, "")
	resp, err := c.do(ctx, op, req, err)
	if err != nil {
		return nil, err
	}
	if v != nil {
		if err := resp.JSON(v); err != nil {
			return nil, c.badResponse(op, resp.Status, err)
		}
	}
	return resp, nil
}

func (c *Connector) badResponse(op string, status int, err error) error {
	// A 2xx we cannot read: the server is misbehaving, likely briefly.
	return c.scrub(&accounts.Error{Kind: accounts.KindTransient, Network: network.Mastodon, Op: op, Status: status, Err: err})
}

func (c *Connector) scrub(err error) error {
	return scrubSecrets(err, c.cfg.Creds.AccessToken, c.cfg.Creds.ClientSecret, c.cfg.Creds.RefreshToken)
}

// scrubSecrets removes secret values from an error's text, whatever a
// server echoed back or a transport error quoted.
func scrubSecrets(err error, secrets ...string) error {
	if err == nil {
		return nil
	}
	var live []string
	for _, s := range secrets {
		if len(s) >= 4 {
			live = append(live, s)
		}
	}
	if len(live) == 0 {
		return err
	}
	clean := func(s string) string {
		for _, x := range live {
			s = strings.ReplaceAll(s, x, "[redacted]")
		}
		return s
	}
	var e *accounts.Error
	if errors.As(err, &e) {
		e.Message = clean(e.Message)
		if e.Err != nil && clean(e.Err.Error()) != e.Err.Error() {
			e.Err = errors.New(clean(e.Err.Error()))
		}
		if clean(err.Error()) == err.Error() {
			return err
		}
	}
	if clean(err.Error()) != err.Error() {
		return errors.New(clean(err.Error()))
	}
	return err
}

// --- entities (docs.joinmastodon.org/entities) ---------------------------

// flexID reads an id whether the server sends it as a string (Mastodon) or
// a number (some other servers).
type flexID string

func (f *flexID) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*f = ""
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		*f = flexID(s)
		return nil
	}
	var n json.Number
	if err := json.Unmarshal(b, &n); err != nil {
		return fmt.Errorf("id: %w", err)
	}
	*f = flexID(n.String())
	return nil
}

type apiAccount struct {
	ID             flexID `json:"id"`
	Username       string `json:"username"`
	Acct           string `json:"acct"`
	DisplayName    string `json:"display_name"`
	URL            string `json:"url"`
	FollowersCount int64  `json:"followers_count"`
}

type apiStatus struct {
	ID              flexID      `json:"id"`
	CreatedAt       time.Time   `json:"created_at"`
	InReplyToID     *flexID     `json:"in_reply_to_id"`
	InReplyToAcct   *flexID     `json:"in_reply_to_account_id"`
	Visibility      string      `json:"visibility"` // public, unlisted, private, direct
	URI             string      `json:"uri"`
	URL             *string     `json:"url"`
	Content         string      `json:"content"`
	SpoilerText     string      `json:"spoiler_text"`
	RepliesCount    int64       `json:"replies_count"`
	ReblogsCount    int64       `json:"reblogs_count"`
	FavouritesCount int64       `json:"favourites_count"`
	QuotesCount     *int64      `json:"quotes_count"`
	Account         *apiAccount `json:"account"`
	Reblog          *apiStatus  `json:"reblog"`
	// Quote is Mastodon 4.5's quote of another status.
	Quote *struct {
		State        string     `json:"state"`
		QuotedStatus *apiStatus `json:"quoted_status"`
	} `json:"quote"`
}

func (s *apiStatus) ref() accounts.Ref {
	r := accounts.Ref{ID: string(s.ID)}
	if s.URL != nil && *s.URL != "" {
		r.URL = *s.URL
	} else {
		r.URL = s.URI
	}
	return r
}

// postResult is a Status or, when scheduled_at was sent, a ScheduledStatus.
type postResult struct {
	apiStatus
	ScheduledAt *time.Time      `json:"scheduled_at"`
	Params      json.RawMessage `json:"params"`
}

type apiMedia struct {
	ID  flexID  `json:"id"`
	URL *string `json:"url"`
}

type apiNotification struct {
	ID        flexID      `json:"id"`
	Type      string      `json:"type"`
	CreatedAt time.Time   `json:"created_at"`
	Account   *apiAccount `json:"account"`
	Status    *apiStatus  `json:"status"`
}

// --- account ------------------------------------------------------------

// Account is the signed-in Mastodon account.
type Account struct {
	ID             string
	Username       string
	Acct           string
	DisplayName    string
	URL            string
	FollowersCount int64
}

// VerifyCredentials checks the token and says whose it is
// (GET /api/v1/accounts/verify_credentials).
func (c *Connector) VerifyCredentials(ctx context.Context) (Account, error) {
	var a apiAccount
	if _, err := c.get(ctx, "verify account", "/api/v1/accounts/verify_credentials", nil, &a); err != nil {
		return Account{}, err
	}
	if a.ID == "" {
		return Account{}, c.badResponse("verify account", 200, errors.New("the server returned no account id"))
	}
	c.mu.Lock()
	c.accountID = string(a.ID)
	c.mu.Unlock()
	return Account{ID: string(a.ID), Username: a.Username, Acct: a.Acct, DisplayName: a.DisplayName,
		URL: a.URL, FollowersCount: a.FollowersCount}, nil
}

func (c *Connector) ownID(ctx context.Context) (string, error) {
	c.mu.Lock()
	id := c.accountID
	c.mu.Unlock()
	if id != "" {
		return id, nil
	}
	a, err := c.VerifyCredentials(ctx)
	if err != nil {
		return "", err
	}
	return a.ID, nil
}

// AccountMetrics reads followers_count from verify_credentials.
func (c *Connector) AccountMetrics(ctx context.Context) (accounts.AccountMetrics, error) {
	a, err := c.VerifyCredentials(ctx)
	if err != nil {
		return accounts.AccountMetrics{}, err
	}
	return accounts.AccountMetrics{Followers: a.FollowersCount, At: c.cfg.Now()}, nil
}

// --- limits ---------------------------------------------------------------

type apiInstance struct {
	Configuration struct {
		Statuses struct {
			MaxCharacters       int `json:"max_characters"`
			MaxMediaAttachments int `json:"max_media_attachments"`
		} `json:"statuses"`
	} `json:"configuration"`
	// Pleroma/Akkoma's v1 instance reports this instead.
	MaxTootChars int `json:"max_toot_chars"`
}

// Limits reads the instance's configuration (GET /api/v2/instance, or
// /api/v1/instance on servers without v2) once per connector.
func (c *Connector) Limits(ctx context.Context) (accounts.Limits, error) {
	c.mu.Lock()
	if c.limits != nil {
		l := *c.limits
		c.mu.Unlock()
		return l, nil
	}
	c.mu.Unlock()

	var inst apiInstance
	_, err := c.get(ctx, "read limits", "/api/v2/instance", nil, &inst)
	if err != nil && accounts.ErrorKindOf(err) == accounts.KindRejected {
		// Before Mastodon 4.0, and on some other servers, there is no v2.
		inst = apiInstance{}
		_, err = c.get(ctx, "read limits", "/api/v1/instance", nil, &inst)
	}
	if err != nil {
		return accounts.Limits{}, err
	}
	l := accounts.Limits{
		MaxChars:         defaultMaxChars,
		MaxImages:        defaultMaxImages,
		NativeScheduling: true,
		MinScheduleAhead: minScheduleAhead,
	}
	if n := inst.Configuration.Statuses.MaxCharacters; n > 0 {
		l.MaxChars = n
	} else if inst.MaxTootChars > 0 {
		l.MaxChars = inst.MaxTootChars
	}
	if n := inst.Configuration.Statuses.MaxMediaAttachments; n > 0 {
		l.MaxImages = n
	}
	c.mu.Lock()
	c.limits = &l
	c.mu.Unlock()
	return l, nil
}

// --- publishing -------------------------------------------------------------

var quoteEscaper = strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\r", "", "\n", "")
