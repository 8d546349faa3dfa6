// Package linkedin publishes to a LinkedIn Page (an organization) through
// LinkedIn's versioned Marketing REST API (https://api.linkedin.com/rest/…).
//
// Every request carries Linkedin-Version: YYYYMM, X-Restli-Protocol-Version:
// 2.0.0 and the member's OAuth bearer token; the member must administer the
// Page and the app needs w_organization_social (publish, comment),
// r_organization_social (read posts and comments) and rw_organization_admin
// (share statistics, follower count).
//
// Endpoints, as documented on learn.microsoft.com (LinkedIn Marketing,
// Community Management):
//   - Images API:  POST /rest/images?action=initializeUpload, then PUT the
//     bytes to the returned uploadUrl; the image URN goes in the post.
//   - Posts API:   POST /rest/posts (the new post's URN comes back in the
//     x-restli-id header); GET /rest/posts?author=…&q=author (finder).
//   - Comments:    POST/GET /rest/socialActions/{urn}/comments.
//   - Statistics:  GET /rest/organizationalEntityShareStatistics
//     ?q=organizationalEntity&shares=List(…)&ugcPosts=List(…).
//   - Followers:   GET /rest/networkSizes/{org urn}?edgeType=COMPANY_FOLLOWED_BY_MEMBER.
//   - Refresh:     POST https://www.linkedin.com/oauth/v2/accessToken
//     grant_type=refresh_token (only apps approved for programmatic refresh
//     tokens get one; without it a 401 means "reconnect").
//
// LinkedIn has no native scheduling through this API.
package linkedin

import (
	"bytes"
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
	DefaultBaseURL  = "https://api.linkedin.com"
	DefaultTokenURL = "https://www.linkedin.com/oauth/v2/accessToken"
	// DefaultVersion is the Linkedin-Version header sent when Config.Version
	// is empty. LinkedIn supports each monthly version for about a year.
	DefaultVersion = "202605"
	// RestliProtocolVersion is the X-Restli-Protocol-Version header value.
	RestliProtocolVersion = "2.0.0"
)

// Limits LinkedIn documents: Posts API commentary up to 3,000 characters;
// multi-image posts take 2 to 20 images.
const (
	maxChars  = 3000
	maxImages = 20
)

// Config configures one LinkedIn Page connection.
type Config struct {
	// BaseURL is the API root; empty means https://api.linkedin.com.
	BaseURL string
	// TokenURL is the OAuth token endpoint used to refresh; empty means
	// https://www.linkedin.com/oauth/v2/accessToken.
	TokenURL string
	HTTP     *http.Client
	Creds    accounts.Credentials
	// SaveCreds stores credentials after a refresh; nil keeps them in memory.
	SaveCreds accounts.CredentialSaver
	Now       func() time.Time
	// OrganizationURN is the Page, e.g. "urn:li:organization:123".
	OrganizationURN string
	// Version is the Linkedin-Version header (YYYYMM); empty means DefaultVersion.
	Version string
	// RecentPostsScanned is how many of the Page's newest posts FetchActivity
	// reads comments from; 0 means 10.
	RecentPostsScanned int
}

// Connector is one LinkedIn Page.
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
	if cfg.Version == "" {
		cfg.Version = DefaultVersion
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.RecentPostsScanned <= 0 {
		cfg.RecentPostsScanned = 10
	}
	client := &wire.Client{HTTP: cfg.HTTP, Network: network.LinkedIn, Message: Message, Now: cfg.Now,
		// LinkedIn answers a spent daily limit with 429 and sends no
		// remaining/reset headers: the gate closes on the 429.
		Gate: wire.GateFor(wire.GateKey(cfg.BaseURL, cfg.OrganizationURN, cfg.Creds.AccessToken))}
	return &Connector{
		cfg:    cfg,
		bearer: wire.NewBearer(client, cfg.TokenURL, wire.FormSecret, cfg.Creds, cfg.SaveCreds, cfg.Now),
	}
}

// Network reports network.LinkedIn.
func (c *Connector) Network() network.Network { return network.LinkedIn }

// Limits reports LinkedIn's documented limits.
func (c *Connector) Limits(context.Context) (accounts.Limits, error) {
	return accounts.Limits{MaxChars: maxChars, MaxImages: maxImages}, nil
}

// Message reads LinkedIn's error body: {"message": "…", "status": 422,
// "serviceErrorCode": …}, and OAuth's {"error_description": "…"}.
func Message(body []byte) string {
	var v struct {
		Message          string `json:"message"`
		ErrorDescription string `json:"error_description"`
	}
	if json.Unmarshal(body, &v) == nil {
		if s := strings.TrimSpace(v.Message); s != "" {
			return s
		}
		if s := strings.TrimSpace(v.ErrorDescription); s != "" {
			return s
		}
	}
	return wire.GenericMessage(body)
}

// ---- publishing ----

// Publish posts p as the organization. A post with ReplyTo becomes a
// comment on that post (LinkedIn comments carry no pictures here).
func (c *Connector) Publish(ctx context.Context, p accounts.Post) (accounts.Published, error) {
	const op = "publish"
	if !p.ScheduleAt.IsZero() {
		return accounts.Published{}, c.rejected(op, "LinkedIn can't schedule posts itself; CarePost will publish it at the chosen time while the app is running.")
	}
	if p.ReplyTo != nil {
		if len(p.Images) > 0 {
			return accounts.Published{}, c.rejected(op, "CarePost can't attach pictures to a LinkedIn comment.")
		}
		return c.Reply(ctx, *p.ReplyTo, accounts.ReplyPost{Text: p.Text, IdempotencyKey: p.IdempotencyKey, Language: p.Language})
	}
	if len(p.Images) > maxImages {
		return accounts.Published{}, c.rejected(op, fmt.Sprintf("LinkedIn takes at most %d pictures in one post; this one has %d.", maxImages, len(p.Images)))
	}
	if c.cfg.OrganizationURN == "" {
		return accounts.Published{}, c.rejected(op, "No LinkedIn Page is chosen for this account.")
	}
	type mediaRef struct {
		ID      string `json:"id"`
		AltText string `json:"altText,omitempty"`
	}
	var refs []mediaRef
	for _, img := range p.Images {
		urn, err := c.uploadImage(ctx, img)
		if err != nil {
			return accounts.Published{}, err
		}
		refs = append(refs, mediaRef{ID: urn, AltText: img.AltText})
	}
	body := map[string]any{
		"author":     c.cfg.OrganizationURN,
		"commentary": EscapeLittleText(p.Text),
		"visibility": "PUBLIC",
		"distribution": map[string]any{
			"feedDistribution":               "MAIN_FEED",
			"targetEntities":                 []any{},
			"thirdPartyDistributionChannels": []any{},
		},
		"lifecycleState":            "PUBLISHED",
		"isReshareDisabledByAuthor": false,
	}
	switch len(refs) {
	case 0:
	case 1:
		body["content"] = map[string]any{"media": refs[0]}
	default:
		body["content"] = map[string]any{"multiImage": map[string]any{"images": refs}}
	}
	resp, err := c.do(ctx, op, func() (*http.Request, error) {
		return wire.NewJSONRequest(http.MethodPost, c.cfg.BaseURL+"/rest/posts", body)
	})
	if err != nil {
		return accounts.Published{}, err
	}
	urn := strings.TrimSpace(resp.Header.Get("X-Restli-Id"))
	if urn == "" {
		urn = strings.TrimSpace(resp.Header.Get("X-LinkedIn-Id"))
	}
	if urn == "" {
		return accounts.Published{}, &accounts.Error{Kind: accounts.KindTransient, Network: network.LinkedIn, Op: op, Status: resp.Status,
			Err: errors.New("LinkedIn accepted the post but did not say its id (no x-restli-id header); look for it on the Page before trying again")}
	}
	return accounts.Published{Ref: accounts.Ref{ID: urn, URI: urn, URL: PostURL(urn)}, At: c.cfg.Now()}, nil
}

// PostURL is where a post (share, ugcPost or activity URN) can be seen.
func PostURL(urn string) string { return "https://www.linkedin.com/feed/update/" + urn + "/" }

func (c *Connector) uploadImage(ctx context.Context, img accounts.Image) (string, error) {
	const op = "upload image"
	initBody := map[string]any{"initializeUploadRequest": map[string]any{"owner": c.cfg.OrganizationURN}}
	resp, err := c.do(ctx, op, func() (*http.Request, error) {
		return wire.NewJSONRequest(http.MethodPost, c.cfg.BaseURL+"/rest/images?action=initializeUpload", initBody)
	})
	if err != nil {
		return "", err
	}
	var out struct {
		Value struct {
			UploadURL string `json:"uploadUrl"`
			Image     string `json:"image"`
		} `json:"value"`
	}
	if err := resp.JSON(&out); err != nil || out.Value.UploadURL == "" || out.Value.Image == "" {
		if err == nil {
			err = errors.New("no uploadUrl or image in LinkedIn's answer")
		}
		return "", &accounts.Error{Kind: accounts.KindTransient, Network: network.LinkedIn, Op: op, Status: resp.Status, Err: err}
	}
	uploadURL := out.Value.UploadURL
	_, err = c.do(ctx, op, func() (*http.Request, error) {
		req, err := http.NewRequest(http.MethodPut, uploadURL, bytes.NewReader(img.Data))
		if err != nil {
			return nil, err
		}
		if img.MIMEType != "" {
			req.Header.Set("Content-Type", img.MIMEType)
		} else {
			req.Header.Set("Content-Type", "application/octet-stream")
		}
		return req, nil
	})
	if err != nil {
		return "", redactURL(err)
	}
	return out.Value.Image, nil
}

// redactURL strips the signed query string of an upload URL from a
// transport error, so it never lands in logs.
func redactURL(err error) error {
	var ae *accounts.Error
	if !errors.As(err, &ae) {
		return err
	}
	var ue *url.Error
	if errors.As(ae.Err, &ue) {
		if u, perr := url.Parse(ue.URL); perr == nil {
			u.RawQuery, u.Fragment = "", ""
			ue.URL = u.String()
		}
	}
	return err
}

// Reply comments on a post (to is a post URN) or answers a comment (to is
// a comment URN "urn:li:comment:(<object>,<id>)") as the organization.
func (c *Connector) Reply(ctx context.Context, to accounts.Ref, r accounts.ReplyPost) (accounts.Published, error) {
	if r.Private {
		return accounts.Published{}, c.rejected("reply", "LinkedIn has no private messages for Pages; CarePost won't answer a private message in public.")
	}
	const op = "reply"
	target := to.ID
	if target == "" {
		target = to.URI
	}
	if target == "" {
		return accounts.Published{}, c.rejected(op, "There is no LinkedIn post or comment to answer.")
	}
	object, parent := target, ""
	if obj, ok := commentObject(target); ok {
		object, parent = obj, target
	}
	body := map[string]any{
		"actor":   c.cfg.OrganizationURN,
		"object":  object,
		"message": map[string]any{"text": r.Text},
	}
	if parent != "" {
		body["parentComment"] = parent
	}
	resp, err := c.do(ctx, op, func() (*http.Request, error) {
		return wire.NewJSONRequest(http.MethodPost, c.cfg.BaseURL+"/rest/socialActions/"+urnEscape(target)+"/comments", body)
	})
	if err != nil {
		return accounts.Published{}, err
	}
	var out comment
	// The comment is made; an unreadable body only means its id is taken
	// from the X-Restli-Id header below.
	_ = json.Unmarshal(resp.Body, &out)
	urn := out.urn()
	if urn == "" {
		if id := strings.TrimSpace(resp.Header.Get("X-Restli-Id")); id != "" {
			if strings.HasPrefix(id, "urn:") {
				urn = id
			} else {
				urn = "urn:li:comment:(" + object + "," + id + ")"
			}
		}
	}
	at := c.cfg.Now()
	if out.Created.Time > 0 {
		at = time.UnixMilli(out.Created.Time).UTC()
	}
	return accounts.Published{
		Ref: accounts.Ref{ID: urn, URI: urn, URL: PostURL(object) + "?commentUrn=" + url.QueryEscape(urn)},
		At:  at,
	}, nil
}

// commentObject returns the object of a comment URN
// "urn:li:comment:(urn:li:activity:1,2)" → "urn:li:activity:1".
func commentObject(urn string) (string, bool) {
	const prefix = "urn:li:comment:("
	if !strings.HasPrefix(urn, prefix) || !strings.HasSuffix(urn, ")") {
		return "", false
	}
	inner := urn[len(prefix) : len(urn)-1]
	i := strings.LastIndexByte(inner, ',')
	if i <= 0 {
		return "", false
	}
	return inner[:i], true
}

// ---- reading ----

type comment struct {
	URN        string `json:"$URN"`
	CommentURN string `json:"commentUrn"`
	ID         string `json:"id"`
	Actor      string `json:"actor"`
	Object     string `json:"object"`
	Message    struct {
		Text string `json:"text"`
	} `json:"message"`
	Created struct {
		Time int64 `json:"time"`
	} `json:"created"`
	ParentComment string `json:"parentComment"`
}

func (m comment) urn() string {
	if m.CommentURN != "" {
		return m.CommentURN
	}
	if m.URN != "" {
		return m.URN
	}
	if m.ID != "" && m.Object != "" {
		return "urn:li:comment:(" + m.Object + "," + m.ID + ")"
	}
	return ""
}

type post struct {
	ID          string `json:"id"`
	Commentary  string `json:"commentary"`
	CreatedAt   int64  `json:"createdAt"`
	PublishedAt int64  `json:"publishedAt"`
}

func (c *Connector) listPosts(ctx context.Context, op string, count int) ([]post, error) {
	if c.cfg.OrganizationURN == "" {
		return nil, c.rejected(op, "No LinkedIn Page is chosen for this account.")
	}
	q := "author=" + urnEscape(c.cfg.OrganizationURN) + "&q=author&count=" + strconv.Itoa(count) + "&sortBy=CREATED"
	resp, err := c.do(ctx, op, func() (*http.Request, error) {
		req, err := http.NewRequest(http.MethodGet, c.cfg.BaseURL+"/rest/posts?"+q, nil)
		if err == nil {
			req.Header.Set("X-RestLi-Method", "FINDER")
		}
		return req, err
	})
	if err != nil {
		return nil, err
	}
	var out struct {
		Elements []post `json:"elements"`
	}
	if err := resp.JSON(&out); err != nil {
		return nil, &accounts.Error{Kind: accounts.KindTransient, Network: network.LinkedIn, Op: op, Status: resp.Status, Err: err}
	}
	return out.Elements, nil
}

// FetchActivity returns comments on the Page's recent posts not returned
// before. It only reads. The cursor is opaque (the newest creation time
// returned and the comments returned at that time; see
// accounts/internal/since); a bare time in milliseconds from earlier
// versions is still understood. The Page's own comments are left out. Commenters are given by URN only: resolving names
// needs further, restricted lookups.
func (c *Connector) FetchActivity(ctx context.Context, cursor string) (accounts.ActivityPage, error) {
	const op = "fetch activity"
	from, ok := since.Parse(cursor, func(s string) (time.Time, bool) {
		n, err := strconv.ParseInt(s, 10, 64)
		return time.UnixMilli(n).UTC(), err == nil
	})
	if !ok {
		return accounts.ActivityPage{}, c.rejected(op, "The saved LinkedIn position is not readable; it will start over.")
	}
	posts, err := c.listPosts(ctx, op, c.cfg.RecentPostsScanned)
	if err != nil {
		return accounts.ActivityPage{}, err
	}
	page := accounts.ActivityPage{Cursor: cursor}
	next, moved := from, false
	for _, p := range posts {
		if p.ID == "" {
			continue
		}
		urn := p.ID
		resp, err := c.do(ctx, op, func() (*http.Request, error) {
			return http.NewRequest(http.MethodGet, c.cfg.BaseURL+"/rest/socialActions/"+urnEscape(urn)+"/comments?count=100", nil)
		})
		if err != nil {
			return accounts.ActivityPage{}, err
		}
		var out struct {
			Elements []comment `json:"elements"`
		}
		if err := resp.JSON(&out); err != nil {
			return accounts.ActivityPage{}, &accounts.Error{Kind: accounts.KindTransient, Network: network.LinkedIn, Op: op, Status: resp.Status, Err: err}
		}
		for _, m := range out.Elements {
			id := m.urn()
			at := time.UnixMilli(m.Created.Time).UTC()
			if !from.IsNew(at, id) {
				continue
			}
			next.Add(at, id)
			moved = true
			if m.Actor == c.cfg.OrganizationURN {
				continue
			}
			subject := &accounts.Ref{ID: urn, URI: urn, URL: PostURL(urn)}
			a := accounts.Activity{
				Ref:       accounts.Ref{ID: id, URI: id, URL: PostURL(urn) + "?commentUrn=" + url.QueryEscape(id)},
				Kind:      accounts.ActivityComment,
				AuthorID:  m.Actor,
				Author:    m.Actor,
				Text:      m.Message.Text,
				CreatedAt: at,
				Subject:   subject,
				Parent:    subject,
			}
			if m.ParentComment != "" {
				a.Kind = accounts.ActivityReply
				a.Parent = &accounts.Ref{ID: m.ParentComment, URI: m.ParentComment}
			}
			page.Items = append(page.Items, a)
		}
	}
	sort.SliceStable(page.Items, func(i, j int) bool { return page.Items[i].CreatedAt.Before(page.Items[j].CreatedAt) })
	if moved {
		page.Cursor = next.String()
	}
	return page, nil
}

// PostMetrics reads lifetime organic statistics for the Page's posts from
// organizationalEntityShareStatistics (shares and ugcPosts are asked for
// separately, as the API wants). LinkedIn reports no quote count (-1);
// posts it doesn't report on come back with -1 throughout. The endpoint
// covers the last 12 months only.
func (c *Connector) PostMetrics(ctx context.Context, refs []accounts.Ref) ([]accounts.PostMetrics, error) {
	const op = "read post statistics"
	out := make([]accounts.PostMetrics, len(refs))
	var shares, ugc []string
	for i, r := range refs {
		out[i] = accounts.PostMetrics{Ref: r, Likes: -1, Reposts: -1, Replies: -1, Quotes: -1, Impressions: -1}
		urn := r.ID
		if urn == "" {
			urn = r.URI
		}
		switch {
		case strings.HasPrefix(urn, "urn:li:share:"):
			shares = append(shares, urn)
		case strings.HasPrefix(urn, "urn:li:ugcPost:"):
			ugc = append(ugc, urn)
		}
	}
	if len(shares)+len(ugc) == 0 {
		return out, nil
	}
	q := "q=organizationalEntity&organizationalEntity=" + urnEscape(c.cfg.OrganizationURN)
	if len(shares) > 0 {
		q += "&shares=" + restliList(shares)
	}
	if len(ugc) > 0 {
		q += "&ugcPosts=" + restliList(ugc)
	}
	resp, err := c.do(ctx, op, func() (*http.Request, error) {
		return http.NewRequest(http.MethodGet, c.cfg.BaseURL+"/rest/organizationalEntityShareStatistics?"+q, nil)
	})
	if err != nil {
		return nil, err
	}
	var body struct {
		Elements []struct {
			Share   string `json:"share"`
			UGCPost string `json:"ugcPost"`
			Total   struct {
				LikeCount       int64 `json:"likeCount"`
				CommentCount    int64 `json:"commentCount"`
				ShareCount      int64 `json:"shareCount"`
				ImpressionCount int64 `json:"impressionCount"`
			} `json:"totalShareStatistics"`
		} `json:"elements"`
	}
	if err := resp.JSON(&body); err != nil {
		return nil, &accounts.Error{Kind: accounts.KindTransient, Network: network.LinkedIn, Op: op, Status: resp.Status, Err: err}
	}
	for _, e := range body.Elements {
		key := e.Share
		if key == "" {
			key = e.UGCPost
		}
		for i, r := range refs {
			if r.ID == key || (r.ID == "" && r.URI == key) {
				out[i].Likes = e.Total.LikeCount
				out[i].Replies = e.Total.CommentCount
				out[i].Reposts = e.Total.ShareCount
				out[i].Impressions = e.Total.ImpressionCount
			}
		}
	}
	return out, nil
}

// AccountMetrics reads the Page's follower count from networkSizes.
func (c *Connector) AccountMetrics(ctx context.Context) (accounts.AccountMetrics, error) {
	const op = "read followers"
	resp, err := c.do(ctx, op, func() (*http.Request, error) {
		return http.NewRequest(http.MethodGet, c.cfg.BaseURL+"/rest/networkSizes/"+urnEscape(c.cfg.OrganizationURN)+"?edgeType=COMPANY_FOLLOWED_BY_MEMBER", nil)
	})
	if err != nil {
		return accounts.AccountMetrics{}, err
	}
	var out struct {
		FirstDegreeSize int64 `json:"firstDegreeSize"`
	}
	if err := resp.JSON(&out); err != nil {
		return accounts.AccountMetrics{}, &accounts.Error{Kind: accounts.KindTransient, Network: network.LinkedIn, Op: op, Status: resp.Status, Err: err}
	}
	return accounts.AccountMetrics{Followers: out.FirstDegreeSize, At: c.cfg.Now()}, nil
}

// RecentPosts lists the Page's newest posts, newest first, with the
// commentary un-escaped back to what was written.
func (c *Connector) RecentPosts(ctx context.Context, limit int) ([]accounts.RecentPost, error) {
	if limit <= 0 {
		limit = 10
	}
	if limit > 100 {
		limit = 100
	}
	posts, err := c.listPosts(ctx, "list recent posts", limit)
	if err != nil {
		return nil, err
	}
	out := make([]accounts.RecentPost, 0, len(posts))
	for _, p := range posts {
		at := p.PublishedAt
		if at == 0 {
			at = p.CreatedAt
		}
		out = append(out, accounts.RecentPost{
			Ref:       accounts.Ref{ID: p.ID, URI: p.ID, URL: PostURL(p.ID)},
			Text:      UnescapeLittleText(p.Commentary),
			CreatedAt: time.UnixMilli(at).UTC(),
		})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].CreatedAt.After(out[j].CreatedAt) })
	return out, nil
}

// ---- helpers ----

func (c *Connector) rejected(op, msg string) error {
	return &accounts.Error{Kind: accounts.KindRejected, Network: network.LinkedIn, Op: op, Message: msg}
}

// urnEscape percent-encodes a URN for a path segment or query value, as
// Rest.li 2.0 requires (":" → %3A, "(" → %28, "," → %2C).
func urnEscape(s string) string {
	return strings.ReplaceAll(url.QueryEscape(s), "+", "%20")
}

// restliList writes a Rest.li 2.0 list: List(a,b) with each item encoded.
func restliList(items []string) string {
	enc := make([]string, len(items))
	for i, s := range items {
		enc[i] = urnEscape(s)
	}
	return "List(" + strings.Join(enc, ",") + ")"
}

// CancelScheduled is always refused: LinkedIn gives CarePost no scheduler
// of its own (Publish refuses ScheduleAt), so there is nothing to cancel.
func (c *Connector) CancelScheduled(ctx context.Context, ref accounts.Ref) error {
	return &accounts.Error{Kind: accounts.KindRejected, Network: network.LinkedIn, Op: "cancel scheduled post",
		Message: "LinkedIn has no scheduled posts to cancel"}
}

// MarkSeen does nothing: LinkedIn has no "seen" mark for an app to set.
func (c *Connector) MarkSeen(ctx context.Context, at time.Time) error { return nil }
