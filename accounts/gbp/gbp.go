// Package gbp publishes to a Google Business Profile location through the
// Google My Business API v4 (https://mybusiness.googleapis.com/v4/…) with
// an OAuth 2.0 token for the scope
// https://www.googleapis.com/auth/business.manage.
//
// Endpoints, as documented on developers.google.com/my-business:
//   - accounts.locations.localPosts.create:
//     POST /v4/accounts/{a}/locations/{l}/localPosts (LocalPost: languageCode,
//     summary, topicType, media[{mediaFormat, sourceUrl}], callToAction);
//     the answer's searchUrl is the post's public link.
//   - accounts.locations.localPosts.list: GET …/localPosts.
//   - accounts.locations.reviews.list: GET …/reviews?pageSize=50&orderBy=updateTime desc.
//   - accounts.locations.reviews.updateReply: PUT …/reviews/{r}/reply {comment}.
//   - Refresh: POST https://oauth2.googleapis.com/token grant_type=refresh_token.
//
// Pictures: a local post's MediaItem takes only sourceUrl, a public web
// address Google fetches itself. A desktop app has none of its own, so
// Config.ImageURL must supply one; without it pictures are refused with a
// plain explanation.
//
// Metrics: post and location insights now live in the separate Business
// Profile Performance API (the v4 reportInsights methods are deprecated);
// it is not wired here, so PostMetrics reports -1 counts. Business
// Profiles have no followers, so AccountMetrics reports -1.
package gbp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/accounts/internal/since"
	"github.com/carepost/carepost/accounts/wire"
	"github.com/carepost/carepost/network"
)

// Defaults for Config.
const (
	DefaultBaseURL  = "https://mybusiness.googleapis.com"
	DefaultTokenURL = "https://oauth2.googleapis.com/token"
	maxChars        = 1500
	maxImages       = 1
	maxReviewPages  = 5
	// MaxEventTitle is the longest event or offer title Google accepts.
	MaxEventTitle = 58
)

// CallToAction is the button on a local post.
type CallToAction struct {
	// ActionType is one of BOOK, ORDER, SHOP, LEARN_MORE, SIGN_UP, CALL.
	ActionType string `json:"actionType"`
	// URL is where the button leads; CALL uses the profile's phone and takes none.
	URL string `json:"url,omitempty"`
}

// Config configures one Business Profile location.
type Config struct {
	// BaseURL is the API root; empty means https://mybusiness.googleapis.com.
	BaseURL string
	// TokenURL is Google's OAuth token endpoint; empty means https://oauth2.googleapis.com/token.
	TokenURL string
	HTTP     *http.Client
	Creds    accounts.Credentials
	// SaveCreds stores credentials after a refresh; nil keeps them in memory.
	SaveCreds accounts.CredentialSaver
	Now       func() time.Time
	// AccountID and LocationID name the location: accounts/{AccountID}/locations/{LocationID}.
	AccountID  string
	LocationID string
	// ImageURL returns a public https address where Google can fetch img.
	// nil means pictures can't be posted to this profile.
	ImageURL func(ctx context.Context, img accounts.Image) (string, error)
	// CallToAction, when set, adds this button to every post.
	CallToAction *CallToAction
	// LanguageCode is used when a post names no language; empty means "en".
	LanguageCode string
}

// Connector is one Business Profile location.
type Connector struct {
	cfg    Config
	bearer *wire.Bearer
}

var _ accounts.Connector = (*Connector)(nil)

// New returns a connector for cfg.
func New(cfg Config) *Connector {
	if cfg.BaseURL == "" {
		cfg.BaseURL = DefaultBaseURL
	}
	cfg.BaseURL = strings.TrimRight(cfg.BaseURL, "/")
	if cfg.TokenURL == "" {
		cfg.TokenURL = DefaultTokenURL
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.LanguageCode == "" {
		cfg.LanguageCode = "en"
	}
	client := &wire.Client{HTTP: cfg.HTTP, Network: network.GBP, Message: Message, Now: cfg.Now,
		// Google answers a spent quota with 429 (RESOURCE_EXHAUSTED) and
		// no usage headers: the gate closes on the 429.
		Gate: wire.GateFor(wire.GateKey(cfg.BaseURL, cfg.AccountID, cfg.LocationID, cfg.Creds.AccessToken))}
	return &Connector{
		cfg:    cfg,
		bearer: wire.NewBearer(client, cfg.TokenURL, wire.FormSecret, cfg.Creds, cfg.SaveCreds, cfg.Now),
	}
}

// Credentials returns the credentials in use, including any refreshed ones.
func (c *Connector) Credentials() accounts.Credentials { return c.bearer.Credentials() }

// Network reports network.GBP.
func (c *Connector) Network() network.Network { return network.GBP }

// Limits reports a local post's limits: 1,500 characters, one picture.
func (c *Connector) Limits(context.Context) (accounts.Limits, error) {
	return accounts.Limits{MaxChars: maxChars, MaxImages: maxImages}, nil
}

// Message reads Google's error body {"error": {"code", "message", "status",
// "details": [{"errorDetails": [{"field", "message"}]}]}}: the message,
// then each field-level message as Google wrote it.
func Message(body []byte) string {
	var v struct {
		Error struct {
			Message string `json:"message"`
			Details []struct {
				ErrorDetails []struct {
					Field   string `json:"field"`
					Message string `json:"message"`
				} `json:"errorDetails"`
			} `json:"details"`
		} `json:"error"`
		ErrorDescription string `json:"error_description"`
	}
	if json.Unmarshal(body, &v) != nil {
		// OAuth errors: {"error": "invalid_grant", "error_description": "…"}.
		var o struct {
			ErrorDescription string `json:"error_description"`
		}
		if json.Unmarshal(body, &o) == nil && strings.TrimSpace(o.ErrorDescription) != "" {
			return strings.TrimSpace(o.ErrorDescription)
		}
		return wire.GenericMessage(body)
	}
	var parts []string
	if s := strings.TrimSpace(v.Error.Message); s != "" {
		parts = append(parts, s)
	}
	for _, d := range v.Error.Details {
		for _, e := range d.ErrorDetails {
			if s := strings.TrimSpace(e.Message); s != "" {
				parts = append(parts, s)
			}
		}
	}
	if len(parts) == 0 && strings.TrimSpace(v.ErrorDescription) != "" {
		parts = append(parts, strings.TrimSpace(v.ErrorDescription))
	}
	if len(parts) == 0 {
		return wire.GenericMessage(body)
	}
	return strings.Join(parts, " — ")
}

func (c *Connector) location() string {
	return c.cfg.BaseURL + "/v4/accounts/" + url.PathEscape(c.cfg.AccountID) + "/locations/" + url.PathEscape(c.cfg.LocationID)
}

// ---- publishing ----

type localPost struct {
	Name       string `json:"name"`
	Summary    string `json:"summary"`
	CreateTime string `json:"createTime"`
	SearchURL  string `json:"searchUrl"`
	State      string `json:"state"`
}

// Publish creates a STANDARD local post. A post with ReplyTo answers that
// review instead.
func (c *Connector) Publish(ctx context.Context, p accounts.Post) (accounts.Published, error) {
	const op = "publish"
	if !p.ScheduleAt.IsZero() {
		return accounts.Published{}, c.rejected(op, "Google Business Profile can't schedule posts through its API; CarePost will publish it at the chosen time while the app is running.")
	}
	if p.ReplyTo != nil {
		if len(p.Images) > 0 {
			return accounts.Published{}, c.rejected(op, "A reply to a Google review can't carry a picture.")
		}
		return c.Reply(ctx, *p.ReplyTo, accounts.ReplyPost{Text: p.Text, IdempotencyKey: p.IdempotencyKey, Language: p.Language})
	}
	if len(p.Images) > maxImages {
		return accounts.Published{}, c.rejected(op, fmt.Sprintf("A Google Business Profile post takes one picture; this one has %d.", len(p.Images)))
	}
	lang := p.Language
	if lang == "" {
		lang = c.cfg.LanguageCode
	}
	body := map[string]any{
		"languageCode": lang,
		"summary":      p.Text,
		"topicType":    "STANDARD",
	}
	if len(p.Images) == 1 {
		if c.cfg.ImageURL == nil {
			return accounts.Published{}, c.rejected(op, "Google Business Profile only takes pictures from a public web address, and CarePost has none to give it. Post without the picture, or add the picture in Google Business Profile itself.")
		}
		src, err := c.cfg.ImageURL(ctx, p.Images[0])
		if err != nil {
			return accounts.Published{}, &accounts.Error{Kind: accounts.KindTransient, Network: network.GBP, Op: "share image", Err: err}
		}
		body["media"] = []map[string]string{{"mediaFormat": "PHOTO", "sourceUrl": src}}
	}
	if c.cfg.CallToAction != nil {
		body["callToAction"] = c.cfg.CallToAction
	}
	resp, err := c.bearer.Do(ctx, op, func() (*http.Request, error) {
		return wire.NewJSONRequest(http.MethodPost, c.location()+"/localPosts", body)
	})
	if err != nil {
		return accounts.Published{}, err
	}
	var lp localPost
	if err := resp.JSON(&lp); err != nil || lp.Name == "" {
		if err == nil {
			err = errors.New("Google accepted the post but did not say its name; look for it before trying again")
		}
		return accounts.Published{}, &accounts.Error{Kind: accounts.KindTransient, Network: network.GBP, Op: op, Status: resp.Status, Err: err}
	}
	at := c.cfg.Now()
	if t, err := time.Parse(time.RFC3339Nano, lp.CreateTime); err == nil {
		at = t
	}
	return accounts.Published{Ref: postRef(lp), At: at}, nil
}

func postRef(lp localPost) accounts.Ref {
	return accounts.Ref{ID: lastSegment(lp.Name), URI: lp.Name, URL: lp.SearchURL}
}

func lastSegment(name string) string {
	if i := strings.LastIndexByte(name, '/'); i >= 0 {
		return name[i+1:]
	}
	return name
}

// Reply sets the owner's reply to the review to (its reviewId in ID, or
// its resource name in URI). Setting it again replaces the earlier reply.
func (c *Connector) Reply(ctx context.Context, to accounts.Ref, r accounts.ReplyPost) (accounts.Published, error) {
	if r.Private {
		return accounts.Published{}, c.rejected("reply to review", "Google reviews can only be answered in public; CarePost won't answer a private message there.")
	}
	const op = "reply to review"
	id := to.ID
	if id == "" {
		id = lastSegment(to.URI)
	}
	if id == "" {
		return accounts.Published{}, c.rejected(op, "There is no Google review to answer.")
	}
	name := "accounts/" + c.cfg.AccountID + "/locations/" + c.cfg.LocationID + "/reviews/" + id
	resp, err := c.bearer.Do(ctx, op, func() (*http.Request, error) {
		return wire.NewJSONRequest(http.MethodPut, c.location()+"/reviews/"+url.PathEscape(id)+"/reply", map[string]string{"comment": r.Text})
	})
	if err != nil {
		return accounts.Published{}, err
	}
	var out struct {
		UpdateTime string `json:"updateTime"`
	}
	// The reply is saved; its time is optional (now when the body has
	// none).
	_ = json.Unmarshal(resp.Body, &out)
	at := c.cfg.Now()
	if t, err := time.Parse(time.RFC3339Nano, out.UpdateTime); err == nil {
		at = t
	}
	return accounts.Published{Ref: accounts.Ref{ID: id, URI: name + "/reply", URL: to.URL}, At: at}, nil
}

// ---- reading ----

type review struct {
	Name     string `json:"name"`
	ReviewID string `json:"reviewId"`
	Reviewer struct {
		DisplayName string `json:"displayName"`
		IsAnonymous bool   `json:"isAnonymous"`
	} `json:"reviewer"`
	StarRating string `json:"starRating"`
	Comment    string `json:"comment"`
	CreateTime string `json:"createTime"`
	UpdateTime string `json:"updateTime"`
}

var stars = map[string]int{"ONE": 1, "TWO": 2, "THREE": 3, "FOUR": 4, "FIVE": 5}

// FetchActivity lists reviews not returned since they last changed,
// newest updateTime first as Google sorts them, reading pages until it
// reaches the cursor. It only reads. An edited review comes back again,
// with the same Ref.ID and its new text. The cursor is opaque (the newest
// updateTime returned and the reviews returned at that time; see
// accounts/internal/since); a bare RFC 3339 time from earlier versions is
// still understood. Reviews are public.
func (c *Connector) FetchActivity(ctx context.Context, cursor string) (accounts.ActivityPage, error) {
	const op = "fetch reviews"
	from, ok := since.Parse(cursor, func(s string) (time.Time, bool) {
		t, err := time.Parse(time.RFC3339Nano, s)
		return t, err == nil
	})
	if !ok {
		return accounts.ActivityPage{}, c.rejected(op, "The saved Google review position is not readable; it will start over.")
	}
	page := accounts.ActivityPage{Cursor: cursor}
	next, moved := from, false
	token := ""
	for i := 0; i < maxReviewPages; i++ {
		q := url.Values{"pageSize": {"50"}, "orderBy": {"updateTime desc"}}
		if token != "" {
			q.Set("pageToken", token)
		}
		var out struct {
			Reviews       []review `json:"reviews"`
			NextPageToken string   `json:"nextPageToken"`
		}
		if err := c.get(ctx, op, "/reviews", q, &out); err != nil {
			return accounts.ActivityPage{}, err
		}
		reached := false
		for _, r := range out.Reviews {
			updated, err := time.Parse(time.RFC3339Nano, r.UpdateTime)
			if err != nil {
				continue
			}
			id := r.ReviewID
			if id == "" {
				id = lastSegment(r.Name)
			}
			if !from.IsNew(updated, id) {
				reached = reached || from.Reached(updated)
				continue
			}
			next.Add(updated, id)
			moved = true
			created, err := time.Parse(time.RFC3339Nano, r.CreateTime)
			if err != nil {
				created = updated
			}
			a := accounts.Activity{
				Ref:        accounts.Ref{ID: id, URI: r.Name},
				Kind:       accounts.ActivityReview,
				AuthorName: r.Reviewer.DisplayName,
				Text:       r.Comment,
				CreatedAt:  created,
				Rating:     stars[r.StarRating],
			}
			page.Items = append(page.Items, a)
		}
		if reached || out.NextPageToken == "" {
			break
		}
		token = out.NextPageToken
	}
	if moved {
		page.Cursor = next.String()
	}
	return page, nil
}

func (c *Connector) get(ctx context.Context, op, path string, q url.Values, v any) error {
	u := c.location() + path
	if len(q) > 0 {
		u += "?" + strings.ReplaceAll(q.Encode(), "+", "%20")
	}
	resp, err := c.bearer.Do(ctx, op, func() (*http.Request, error) {
		req, err := http.NewRequest(http.MethodGet, u, nil)
		if err == nil {
			req.Header.Set("Accept", "application/json")
		}
		return req, err
	})
	if err != nil {
		return err
	}
	if err := resp.JSON(v); err != nil {
		return &accounts.Error{Kind: accounts.KindTransient, Network: network.GBP, Op: op, Status: resp.Status, Err: err}
	}
	return nil
}

// PostMetrics reports -1 for every count: local post insights come from
// the Business Profile Performance API, which CarePost does not call yet.
func (c *Connector) PostMetrics(_ context.Context, refs []accounts.Ref) ([]accounts.PostMetrics, error) {
	out := make([]accounts.PostMetrics, len(refs))
	for i, r := range refs {
		out[i] = accounts.PostMetrics{Ref: r, Likes: -1, Reposts: -1, Replies: -1, Quotes: -1, Impressions: -1}
	}
	return out, nil
}

// AccountMetrics reports Followers -1: a Business Profile has no followers.
func (c *Connector) AccountMetrics(context.Context) (accounts.AccountMetrics, error) {
	return accounts.AccountMetrics{Followers: -1, At: c.cfg.Now()}, nil
}

// RecentPosts lists the location's newest local posts.
func (c *Connector) RecentPosts(ctx context.Context, limit int) ([]accounts.RecentPost, error) {
	if limit <= 0 {
		limit = 10
	}
	limit = min(limit, 100)
	var out struct {
		LocalPosts []localPost `json:"localPosts"`
	}
	if err := c.get(ctx, "list recent posts", "/localPosts", url.Values{"pageSize": {strconv.Itoa(limit)}}, &out); err != nil {
		return nil, err
	}
	posts := make([]accounts.RecentPost, 0, len(out.LocalPosts))
	for _, lp := range out.LocalPosts {
		rp := accounts.RecentPost{Ref: postRef(lp), Text: lp.Summary}
		if t, err := time.Parse(time.RFC3339Nano, lp.CreateTime); err == nil {
			rp.CreatedAt = t
		}
		posts = append(posts, rp)
	}
	sort.SliceStable(posts, func(i, j int) bool { return posts[i].CreatedAt.After(posts[j].CreatedAt) })
	return posts, nil
}

func (c *Connector) rejected(op, msg string) error {
	return &accounts.Error{Kind: accounts.KindRejected, Network: network.GBP, Op: op, Message: msg}
}

// CancelScheduled is always refused: Google Business Profile gives CarePost no scheduler
// of its own (Publish refuses ScheduleAt), so there is nothing to cancel.
func (c *Connector) CancelScheduled(ctx context.Context, ref accounts.Ref) error {
	return &accounts.Error{Kind: accounts.KindRejected, Network: network.GBP, Op: "cancel scheduled post",
		Message: "Google Business Profile has no scheduled posts to cancel"}
}

// MarkSeen does nothing: Google Business Profile has no "seen" mark for an app to set.
func (c *Connector) MarkSeen(ctx context.Context, at time.Time) error { return nil }
