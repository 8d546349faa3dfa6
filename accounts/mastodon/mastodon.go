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
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"net/textproto"
	"net/url"
	"strconv"
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
	return &Connector{
		cfg:       cfg,
		base:      base,
		baseErr:   err,
		wire:      newWire(hc, now),
		pollFirst: 500 * time.Millisecond,
		pollMax:   5 * time.Second,
		pollTotal: 2 * time.Minute,
	}
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

// Publish uploads the pictures (with their alt text), waits for the server
// to finish processing them, then posts the status. Post.IdempotencyKey
// goes out as the Idempotency-Key header; the server keeps it an hour, but
// not every Mastodon-API server honours it, so after an unknown outcome
// look in RecentPosts before retrying.
func (c *Connector) Publish(ctx context.Context, p accounts.Post) (accounts.Published, error) {
	const op = "publish"
	if !p.ScheduleAt.IsZero() {
		if ahead := p.ScheduleAt.Sub(c.cfg.Now()); ahead < minScheduleAhead {
			return accounts.Published{}, &accounts.Error{Kind: accounts.KindRejected, Network: network.Mastodon, Op: op,
				Message: "Mastodon can only schedule a post at least 5 minutes ahead."}
		}
	}
	var mediaIDs []string
	for i, img := range p.Images {
		id, err := c.uploadImage(ctx, img, i)
		if err != nil {
			return accounts.Published{}, err
		}
		mediaIDs = append(mediaIDs, id)
	}

	form := url.Values{}
	form.Set("status", p.Text)
	for _, id := range mediaIDs {
		form.Add("media_ids[]", id)
	}
	if p.ReplyTo != nil && p.ReplyTo.ID != "" {
		form.Set("in_reply_to_id", p.ReplyTo.ID)
	}
	form.Set("visibility", "public")
	if p.Language != "" {
		form.Set("language", p.Language)
	}
	if !p.ScheduleAt.IsZero() {
		form.Set("scheduled_at", p.ScheduleAt.UTC().Format(time.RFC3339))
	}
	req, err := c.newRequest(http.MethodPost, "/api/v1/statuses", nil, strings.NewReader(form.Encode()), "application/x-www-form-urlencoded")
	if err == nil && p.IdempotencyKey != "" {
		req.Header.Set("Idempotency-Key", p.IdempotencyKey)
	}
	resp, err := c.do(ctx, op, req, err)
	if err != nil {
		return accounts.Published{}, err
	}
	var r postResult
	if err := resp.JSON(&r); err != nil {
		return accounts.Published{}, c.badResponse(op, resp.Status, err)
	}
	if r.ID == "" {
		return accounts.Published{}, c.badResponse(op, resp.Status, errors.New("the server returned no id"))
	}
	if r.ScheduledAt != nil || len(r.Params) > 0 {
		out := accounts.Published{Ref: accounts.Ref{ID: string(r.ID)}, Scheduled: true}
		if r.ScheduledAt != nil {
			out.At = *r.ScheduledAt
		} else {
			out.At = p.ScheduleAt
		}
		return out, nil
	}
	return accounts.Published{Ref: r.ref(), At: r.CreatedAt}, nil
}

// Reply posts text as a public reply to the status to.ID.
func (c *Connector) Reply(ctx context.Context, to accounts.Ref, text string) (accounts.Published, error) {
	if to.ID == "" {
		return accounts.Published{}, &accounts.Error{Kind: accounts.KindRejected, Network: network.Mastodon, Op: "reply",
			Message: "there is no Mastodon post to reply to"}
	}
	return c.Publish(ctx, accounts.Post{Text: text, ReplyTo: &to})
}

// CancelScheduled withdraws a status handed to the server's scheduler:
// DELETE /api/v1/scheduled_statuses/:id, which answers 200 with {}. ref is
// what Publish returned with Scheduled=true; its ID is the ScheduledStatus
// id, not a status id. Like every write it goes through wire.Client.Do, so
// a dropped connection is never silently sent again.
//
// A 404 ("Record not found") is not taken as success: Mastodon answers it
// both when the scheduled status was already cancelled and when it has just
// been published (it then becomes an ordinary status with a new id), and
// the two cannot be told apart. It comes back as KindRejected with the
// server's words, so staff check the account by hand.
func (c *Connector) CancelScheduled(ctx context.Context, ref accounts.Ref) error {
	const op = "cancel scheduled post"
	if ref.ID == "" {
		return &accounts.Error{Kind: accounts.KindRejected, Network: network.Mastodon, Op: op,
			Message: "there is no Mastodon scheduled post to cancel"}
	}
	req, err := c.newRequest(http.MethodDelete, "/api/v1/scheduled_statuses/"+url.PathEscape(ref.ID), nil, nil, "")
	_, err = c.do(ctx, op, req, err)
	return err
}

// uploadImage sends one picture to POST /api/v2/media and returns its id
// once the server has processed it.
func (c *Connector) uploadImage(ctx context.Context, img accounts.Image, n int) (string, error) {
	const op = "upload image"
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	name := img.FileName
	if name == "" {
		name = fmt.Sprintf("image-%d%s", n+1, extensionFor(img.MIMEType))
	}
	mimeType := img.MIMEType
	if mimeType == "" {
		mimeType = http.DetectContentType(img.Data)
	}
	h := make(textproto.MIMEHeader)
	h.Set("Content-Disposition", fmt.Sprintf(`form-data; name="file"; filename="%s"`, quoteEscaper.Replace(name)))
	h.Set("Content-Type", mimeType)
	part, err := mw.CreatePart(h)
	if err == nil {
		_, err = part.Write(img.Data)
	}
	if err == nil && img.AltText != "" {
		err = mw.WriteField("description", img.AltText)
	}
	if err == nil {
		err = mw.Close()
	}
	req, rerr := c.newRequest(http.MethodPost, "/api/v2/media", nil, bytes.NewReader(buf.Bytes()), mw.FormDataContentType())
	if err == nil {
		err = rerr
	}
	resp, err := c.do(ctx, op, req, err)
	if err != nil {
		return "", err
	}
	var m apiMedia
	if err := resp.JSON(&m); err != nil {
		return "", c.badResponse(op, resp.Status, err)
	}
	if m.ID == "" {
		return "", c.badResponse(op, resp.Status, errors.New("the server returned no media id"))
	}
	if resp.Status == http.StatusAccepted || m.URL == nil || *m.URL == "" {
		if err := c.waitForMedia(ctx, string(m.ID)); err != nil {
			return "", err
		}
	}
	return string(m.ID), nil
}

var quoteEscaper = strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\r", "", "\n", "")

func extensionFor(mimeType string) string {
	switch strings.ToLower(mimeType) {
	case "image/jpeg", "image/jpg":
		return ".jpg"
	case "image/png":
		return ".png"
	case "image/gif":
		return ".gif"
	case "image/webp":
		return ".webp"
	case "image/heic":
		return ".heic"
	case "image/heif":
		return ".heif"
	case "image/avif":
		return ".avif"
	}
	return ""
}

// waitForMedia polls GET /api/v1/media/:id until the server reports a url
// (it answers 206 while processing), backing off, within pollTotal.
func (c *Connector) waitForMedia(ctx context.Context, id string) error {
	const op = "process image"
	wait := c.pollFirst
	deadline := time.Now().Add(c.pollTotal)
	for {
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return &accounts.Error{Kind: accounts.KindTransient, Network: network.Mastodon, Op: op, Err: ctx.Err()}
		case <-t.C:
		}
		var m apiMedia
		resp, err := c.get(ctx, op, "/api/v1/media/"+url.PathEscape(id), nil, nil)
		if err != nil {
			return err
		}
		if resp.Status != http.StatusPartialContent && len(bytes.TrimSpace(resp.Body)) > 0 {
			if err := resp.JSON(&m); err != nil {
				return c.badResponse(op, resp.Status, err)
			}
			if m.URL != nil && *m.URL != "" {
				return nil
			}
		}
		if time.Now().Add(wait).After(deadline) {
			return &accounts.Error{Kind: accounts.KindTransient, Network: network.Mastodon, Op: op,
				Err: fmt.Errorf("the server was still processing the picture after %s", c.pollTotal)}
		}
		if wait *= 2; wait > c.pollMax {
			wait = c.pollMax
		}
	}
}

// --- activity ---------------------------------------------------------------

// FetchActivity reads mentions, replies, favourites, boosts and follows
// newer than cursor (the newest notification id already seen) from
// GET /api/v1/notifications, following the Link rel="next" pages for at most
// maxActivityPages pages. The new cursor is the largest id seen.
func (c *Connector) FetchActivity(ctx context.Context, cursor string) (accounts.ActivityPage, error) {
	const op = "fetch activity"
	page := accounts.ActivityPage{Cursor: cursor}
	seen := map[string]bool{}
	maxID := ""
	for n := 0; n < maxActivityPages; n++ {
		q := url.Values{}
		for _, t := range []string{"mention", "reblog", "favourite", "follow"} {
			q.Add("types[]", t)
		}
		q.Set("limit", strconv.Itoa(limitPerPage))
		if cursor != "" {
			q.Set("since_id", cursor)
		}
		if maxID != "" {
			q.Set("max_id", maxID)
		}
		var ns []apiNotification
		resp, err := c.get(ctx, op, "/api/v1/notifications", q, &ns)
		if err != nil {
			return accounts.ActivityPage{}, err
		}
		for _, nt := range ns {
			id := string(nt.ID)
			if id == "" || seen[id] {
				continue
			}
			seen[id] = true
			if idGreater(id, page.Cursor) {
				page.Cursor = id
			}
			if a, ok := toActivity(nt); ok {
				page.Items = append(page.Items, a)
			}
		}
		if len(ns) == 0 {
			break
		}
		// Only the next page's max_id is taken from the Link header; the
		// request is rebuilt here, so the token only ever goes to Server.
		next := nextMaxID(resp.Header.Values("Link"))
		if next == "" || (maxID != "" && !idGreater(maxID, next)) {
			break
		}
		if cursor != "" && !idGreater(next, cursor) {
			break
		}
		maxID = next
	}
	return page, nil
}

func toActivity(n apiNotification) (accounts.Activity, bool) {
	a := accounts.Activity{CreatedAt: n.CreatedAt}
	if n.Account != nil {
		a.AuthorID = string(n.Account.ID)
		if n.Account.Acct != "" {
			a.Author = "@" + n.Account.Acct
		}
		a.AuthorName = n.Account.DisplayName
	}
	switch n.Type {
	case "mention":
		if n.Status == nil {
			return a, false
		}
		a.Ref = n.Status.ref()
		a.Kind = accounts.ActivityMention
		a.Text = statusText(n.Status)
		if !n.Status.CreatedAt.IsZero() {
			a.CreatedAt = n.Status.CreatedAt
		}
		if n.Status.InReplyToID != nil && *n.Status.InReplyToID != "" {
			a.Kind = accounts.ActivityReply
			a.Subject = &accounts.Ref{ID: string(*n.Status.InReplyToID)}
		}
	case "favourite", "reblog":
		a.Kind = accounts.ActivityLike
		if n.Type == "reblog" {
			a.Kind = accounts.ActivityRepost
		}
		// Nothing to reply to: the notification itself identifies it.
		a.Ref = accounts.Ref{ID: string(n.ID)}
		if n.Status != nil {
			s := n.Status.ref()
			a.Subject = &s
			a.Text = statusText(n.Status)
		}
	case "follow":
		a.Kind = accounts.ActivityFollow
		a.Ref = accounts.Ref{ID: string(n.ID)}
		if n.Account != nil {
			a.Ref.URL = n.Account.URL
		}
	default:
		return a, false
	}
	return a, true
}

func statusText(s *apiStatus) string {
	text := HTMLToText(s.Content)
	if cw := strings.TrimSpace(s.SpoilerText); cw != "" {
		text = "CW: " + cw + "\n\n" + text
	}
	return text
}

// --- metrics and recent posts ------------------------------------------------

// PostMetrics reads favourites, boosts and replies for each post
// (GET /api/v1/statuses/:id). A post the server no longer has (404) is
// left out of the result rather than failing the batch. Impressions are
// not reported by Mastodon (-1); quotes only by servers that send
// quotes_count (-1 otherwise).
func (c *Connector) PostMetrics(ctx context.Context, refs []accounts.Ref) ([]accounts.PostMetrics, error) {
	const op = "read post metrics"
	out := make([]accounts.PostMetrics, 0, len(refs))
	for _, ref := range refs {
		if ref.ID == "" {
			continue
		}
		var s apiStatus
		if _, err := c.get(ctx, op, "/api/v1/statuses/"+url.PathEscape(ref.ID), nil, &s); err != nil {
			var e *accounts.Error
			if errors.As(err, &e) && e.Status == http.StatusNotFound {
				continue
			}
			return nil, err
		}
		m := accounts.PostMetrics{Ref: ref, Likes: s.FavouritesCount, Reposts: s.ReblogsCount,
			Replies: s.RepliesCount, Quotes: -1, Impressions: -1}
		if s.QuotesCount != nil {
			m.Quotes = *s.QuotesCount
		}
		if m.Ref.URL == "" {
			m.Ref.URL = s.ref().URL
		}
		out = append(out, m)
	}
	return out, nil
}

// RecentPosts lists the account's newest own statuses, newest first
// (GET /api/v1/accounts/:id/statuses, boosts excluded).
func (c *Connector) RecentPosts(ctx context.Context, limit int) ([]accounts.RecentPost, error) {
	if limit <= 0 {
		limit = 20
	}
	if limit > maxRecentPosts {
		limit = maxRecentPosts
	}
	id, err := c.ownID(ctx)
	if err != nil {
		return nil, err
	}
	q := url.Values{}
	q.Set("limit", strconv.Itoa(limit))
	q.Set("exclude_reblogs", "true")
	var ss []apiStatus
	if _, err := c.get(ctx, "list recent posts", "/api/v1/accounts/"+url.PathEscape(id)+"/statuses", q, &ss); err != nil {
		return nil, err
	}
	out := make([]accounts.RecentPost, 0, len(ss))
	for i := range ss {
		s := &ss[i]
		if s.Reblog != nil {
			continue
		}
		out = append(out, accounts.RecentPost{Ref: s.ref(), Text: HTMLToText(s.Content), CreatedAt: s.CreatedAt})
	}
	return out, nil
}
