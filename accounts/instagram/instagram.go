// Package instagram connects CarePost to an Instagram professional
// (Business or Creator) account through the Instagram Graph API on
// graph.facebook.com ("Instagram API with Facebook Login"). It shares the
// Graph client and error classification of package facebook.
//
// Endpoints, as documented on developers.facebook.com (Instagram Platform):
//   - content publishing: POST /{ig-user-id}/media (image_url, caption,
//     alt_text; is_carousel_item; media_type=CAROUSEL + children), GET
//     /{ig-container-id}?fields=status_code (EXPIRED, ERROR, FINISHED,
//     IN_PROGRESS, PUBLISHED), POST /{ig-user-id}/media_publish
//     (creation_id), GET /{ig-user-id}/content_publishing_limit
//     (quota_usage, config{quota_total, quota_duration});
//   - comments: GET /{ig-media-id}/comments, POST /{ig-comment-id}/replies
//     (message; only top-level comments take replies), POST
//     /{ig-media-id}/comments to comment on a post;
//   - metrics: GET /{ig-media-id}?fields=like_count,comments_count, GET
//     /{ig-media-id}/insights?metric=reach,views (impressions is deprecated
//     since v22), GET /{ig-user-id}?fields=followers_count.
//
// Instagram fetches every picture itself from a public URL: it takes no
// upload. Config.ImageURL is that hosting step; without it pictures can't
// be published (see ErrNoPublicURL).
package instagram

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/accounts/facebook"
	"github.com/carepost/carepost/accounts/internal/since"
	"github.com/carepost/carepost/accounts/wire"
	"github.com/carepost/carepost/network"
)

// Instagram's limits for a feed post.
const (
	MaxChars  = 2200
	MaxImages = 10
)

// NoPublicURLMessage is what staff read when no picture hosting is set up.
const NoPublicURLMessage = "Instagram only accepts pictures from a public web address, and CarePost runs on your computer without one. " +
	"Post this picture to your Facebook Page instead, or share it from the Instagram app on your phone."

// How much FetchActivity reads per run, and how publishing waits.
const (
	activityMedia       = 25
	commentsPerPage     = 50
	maxCommentPages     = 3
	maxRecentPosts      = 100
	defaultPollInterval = 3 * time.Second
	// Meta recommends checking a container at most once a minute for no
	// more than five minutes; pictures are usually ready in seconds, so
	// CarePost checks more often early and gives up after five minutes.
	defaultPollTimeout = 5 * time.Minute
	maxPollInterval    = 30 * time.Second
	quotaWait          = time.Hour
)

// Config is one connected Instagram professional account.
type Config struct {
	GraphURL string // default facebook.DefaultGraphURL
	IGUserID string
	HTTP     *http.Client
	// Creds.AccessToken is the Page (or user) access token that reaches the
	// Instagram account linked to the clinic's Facebook Page.
	Creds     accounts.Credentials
	SaveCreds accounts.CredentialSaver // unused; see facebook.Config
	Now       func() time.Time
	// ImageURL puts a picture at a public https address Instagram can
	// fetch, and returns that address. nil: pictures can't be published.
	ImageURL func(img accounts.Image) (string, error)
	// PollInterval and PollTimeout bound the wait for Instagram to fetch
	// and process the pictures; 0 uses 3 s and 5 min.
	PollInterval time.Duration
	PollTimeout  time.Duration
}

// Connector is an Instagram account.
type Connector struct {
	cfg   Config
	graph *facebook.Graph

	mu       sync.Mutex
	username string // the account's own handle, to leave its replies out of the inbox
}

var _ accounts.Connector = (*Connector)(nil)

// New makes a connector for one Instagram account.
func New(cfg Config) *Connector {
	if cfg.GraphURL == "" {
		cfg.GraphURL = facebook.DefaultGraphURL
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = defaultPollInterval
	}
	if cfg.PollTimeout <= 0 {
		cfg.PollTimeout = defaultPollTimeout
	}
	return &Connector{cfg: cfg, graph: &facebook.Graph{
		BaseURL: cfg.GraphURL,
		HTTP:    cfg.HTTP,
		Token:   cfg.Creds.AccessToken,
		Network: network.Instagram,
		Now:     cfg.Now,
		Gate:    wire.GateFor(wire.GateKey(cfg.GraphURL, "instagram", cfg.IGUserID, cfg.Creds.AccessToken)),
	}}
}

// Network is network.Instagram.
func (c *Connector) Network() network.Network { return network.Instagram }

// Limits: 2,200 characters, 10 pictures, no scheduling by Instagram.
func (c *Connector) Limits(ctx context.Context) (accounts.Limits, error) {
	return accounts.Limits{MaxChars: MaxChars, MaxImages: MaxImages}, nil
}

func rejected(op, msg string) *accounts.Error {
	return &accounts.Error{Kind: accounts.KindRejected, Network: network.Instagram, Op: op, Message: msg}
}

type idResponse struct {
	ID string `json:"id"`
}

// Publish publishes one picture or a carousel of 2–10, in Instagram's
// steps: check the daily publishing quota, create a container per picture
// (and a carousel container), wait for it to be FINISHED, then publish it.
func (c *Connector) Publish(ctx context.Context, p accounts.Post) (accounts.Published, error) {
	const op = "publish"
	if p.ReplyTo != nil {
		if len(p.Images) > 0 {
			return accounts.Published{}, rejected(op, "Instagram replies can't carry pictures; send the reply as text.")
		}
		return c.Reply(ctx, *p.ReplyTo, accounts.ReplyPost{Text: p.Text, IdempotencyKey: p.IdempotencyKey, Language: p.Language})
	}
	if !p.ScheduleAt.IsZero() {
		return accounts.Published{}, rejected(op, "Instagram can't schedule posts itself. CarePost publishes it at the chosen time while CarePost is running.")
	}
	if len(p.Images) == 0 {
		return accounts.Published{}, rejected(op, "Instagram needs at least one picture: it does not take text-only posts.")
	}
	if len(p.Images) > MaxImages {
		return accounts.Published{}, rejected(op, fmt.Sprintf("Instagram takes up to %d pictures in one post; this one has %d.", MaxImages, len(p.Images)))
	}
	if n := facebook.TextLength(p.Text); n > MaxChars {
		return accounts.Published{}, rejected(op, fmt.Sprintf("Instagram takes captions up to %d characters; this one has %d.", MaxChars, n))
	}
	if c.cfg.ImageURL == nil {
		return accounts.Published{}, rejected(op, NoPublicURLMessage)
	}
	if err := c.checkQuota(ctx); err != nil {
		return accounts.Published{}, err
	}
	urls := make([]string, len(p.Images))
	for i, img := range p.Images {
		u, err := c.cfg.ImageURL(img)
		if err != nil {
			var ae *accounts.Error
			if errors.As(err, &ae) {
				return accounts.Published{}, err
			}
			return accounts.Published{}, &accounts.Error{Kind: accounts.KindTransient, Network: network.Instagram, Op: "host picture", Err: err}
		}
		urls[i] = u
	}

	media := c.cfg.IGUserID + "/media"
	var container string
	if len(urls) == 1 {
		f := url.Values{}
		f.Set("image_url", urls[0])
		if p.Text != "" {
			f.Set("caption", p.Text)
		}
		setAltText(f, p.Images[0])
		var r idResponse
		if err := c.graph.Post(ctx, "create container", media, f, &r); err != nil {
			return accounts.Published{}, err
		}
		container = r.ID
	} else {
		children := make([]string, len(urls))
		for i, u := range urls {
			f := url.Values{}
			f.Set("image_url", u)
			f.Set("is_carousel_item", "true")
			setAltText(f, p.Images[i])
			var r idResponse
			if err := c.graph.Post(ctx, "create container", media, f, &r); err != nil {
				return accounts.Published{}, err
			}
			children[i] = r.ID
		}
		f := url.Values{}
		f.Set("media_type", "CAROUSEL")
		f.Set("children", strings.Join(children, ","))
		if p.Text != "" {
			f.Set("caption", p.Text)
		}
		var r idResponse
		if err := c.graph.Post(ctx, "create container", media, f, &r); err != nil {
			return accounts.Published{}, err
		}
		container = r.ID
	}
	if err := c.waitFinished(ctx, container); err != nil {
		return accounts.Published{}, err
	}
	f := url.Values{}
	f.Set("creation_id", container)
	var r idResponse
	if err := c.graph.Post(ctx, op, c.cfg.IGUserID+"/media_publish", f, &r); err != nil {
		return accounts.Published{}, err
	}
	// The post is live; its permalink is a nicety, so a failure here is not
	// a failed publish.
	var m struct {
		Permalink string `json:"permalink"`
	}
	q := url.Values{}
	q.Set("fields", "permalink")
	// Ignored for that reason: the post is then recorded without its link.
	_ = c.graph.Get(ctx, "read permalink", url.PathEscape(r.ID), q, &m)
	return accounts.Published{Ref: accounts.Ref{ID: r.ID, URL: m.Permalink}, At: c.cfg.Now()}, nil
}

// setAltText sends the picture's alt text (alt_text: image posts only).
func setAltText(f url.Values, img accounts.Image) {
	if alt := strings.TrimSpace(img.AltText); alt != "" {
		f.Set("alt_text", alt)
	}
}

// checkQuota refuses to publish when the account has used its rolling
// 24-hour API publishing quota.
func (c *Connector) checkQuota(ctx context.Context) error {
	const op = "check publishing limit"
	var r struct {
		Data []struct {
			QuotaUsage int `json:"quota_usage"`
			Config     struct {
				QuotaTotal    int `json:"quota_total"`
				QuotaDuration int `json:"quota_duration"`
			} `json:"config"`
		} `json:"data"`
	}
	q := url.Values{}
	q.Set("fields", "quota_usage,config")
	if err := c.graph.Get(ctx, op, c.cfg.IGUserID+"/content_publishing_limit", q, &r); err != nil {
		return err
	}
	if len(r.Data) == 0 {
		return nil
	}
	d := r.Data[0]
	if d.Config.QuotaTotal > 0 && d.QuotaUsage >= d.Config.QuotaTotal {
		hours := d.Config.QuotaDuration / 3600
		if hours <= 0 {
			hours = 24
		}
		return &accounts.Error{
			Kind: accounts.KindRateLimited, Network: network.Instagram, Op: op,
			Message: fmt.Sprintf("Instagram allows %d posts from apps in %d hours, and this account has used them all.",
				d.Config.QuotaTotal, hours),
			RetryAfter: quotaWait,
		}
	}
	return nil
}

// waitFinished polls the container's status_code until FINISHED, bounded
// by PollTimeout and ctx.
func (c *Connector) waitFinished(ctx context.Context, container string) error {
	const op = "wait for processing"
	deadline := time.Now().Add(c.cfg.PollTimeout)
	interval := c.cfg.PollInterval
	for {
		var r struct {
			StatusCode string `json:"status_code"`
			Status     string `json:"status"`
		}
		q := url.Values{}
		q.Set("fields", "status_code,status")
		if err := c.graph.Get(ctx, op, url.PathEscape(container), q, &r); err != nil {
			return err
		}
		switch r.StatusCode {
		case "FINISHED", "PUBLISHED":
			return nil
		case "ERROR", "EXPIRED":
			msg := "Instagram could not process the picture (status " + r.StatusCode
			if r.Status != "" && r.Status != r.StatusCode {
				msg += ": " + r.Status
			}
			return rejected(op, msg+").")
		}
		if !time.Now().Add(interval).Before(deadline) {
			return &accounts.Error{Kind: accounts.KindTransient, Network: network.Instagram, Op: op,
				Message: fmt.Sprintf("Instagram was still processing the picture after %s.", c.cfg.PollTimeout.Round(time.Second))}
		}
		t := time.NewTimer(interval)
		select {
		case <-ctx.Done():
			t.Stop()
			return &accounts.Error{Kind: accounts.KindTransient, Network: network.Instagram, Op: op, Err: ctx.Err()}
		case <-t.C:
		}
		if interval *= 2; interval > maxPollInterval {
			interval = maxPollInterval
		}
	}
}

// Reply answers a comment (POST /{ig-comment-id}/replies). A Ref to one of
// the account's own posts (its URL is an instagram.com permalink, as
// RecentPosts and Publish return) gets a comment instead
// (POST /{ig-media-id}/comments). Comments are public: a private answer is
// refused in plain words (Instagram's private replies go through the
// linked Facebook Page's messaging, which this connector does not hold),
// never sent as a public reply.
func (c *Connector) Reply(ctx context.Context, to accounts.Ref, r accounts.ReplyPost) (accounts.Published, error) {
	if r.Private {
		return accounts.Published{}, rejected("reply", "CarePost can't send Instagram private messages: Instagram allows them only through the linked Facebook Page's messaging. Answer this one in the Instagram app, so it stays private.")
	}
	const op = "reply"
	if to.ID == "" {
		return accounts.Published{}, rejected(op, "CarePost doesn't know which Instagram comment to answer.")
	}
	if strings.TrimSpace(r.Text) == "" {
		return accounts.Published{}, rejected(op, "The reply is empty.")
	}
	if n := facebook.TextLength(r.Text); n > MaxChars {
		return accounts.Published{}, rejected(op, fmt.Sprintf("Instagram takes comments up to %d characters; this one has %d.", MaxChars, n))
	}
	edge := "/replies"
	if strings.Contains(to.URL, "instagram.com/") {
		edge = "/comments"
	}
	f := url.Values{}
	f.Set("message", r.Text)
	var out idResponse
	if err := c.graph.Post(ctx, op, url.PathEscape(to.ID)+edge, f, &out); err != nil {
		return accounts.Published{}, err
	}
	return accounts.Published{Ref: accounts.Ref{ID: out.ID}, At: c.cfg.Now()}, nil
}

type igMedia struct {
	ID        string `json:"id"`
	Caption   string `json:"caption"`
	Timestamp string `json:"timestamp"`
	Permalink string `json:"permalink"`
}

type igComment struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Username  string `json:"username"`
	Timestamp string `json:"timestamp"`
	From      *struct {
		ID       string `json:"id"`
		Username string `json:"username"`
	} `json:"from"`
	Replies *struct {
		Data []igComment `json:"data"`
	} `json:"replies"`
}

const commentFields = "id,text,username,timestamp,from"

// ownUsername is the account's handle, read once.
func (c *Connector) ownUsername(ctx context.Context) string {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.username != "" {
		return c.username
	}
	var r struct {
		Username string `json:"username"`
	}
	q := url.Values{}
	q.Set("fields", "username")
	if c.graph.Get(ctx, "read account", c.cfg.IGUserID, q, &r) == nil {
		c.username = r.Username
	}
	return c.username
}

// FetchActivity reads comments and replies on recent posts not returned
// before, leaving out the account's own. It only reads. The cursor is
// opaque (the newest time returned and the ids returned at that time; see
// accounts/internal/since); a bare RFC 3339 time from earlier versions is
// still understood. Instagram direct messages are not read: the Messenger
// API for Instagram needs the linked Facebook Page, which this connector
// does not hold.
func (c *Connector) FetchActivity(ctx context.Context, cursor string) (accounts.ActivityPage, error) {
	const op = "fetch activity"
	from, ok := since.Parse(cursor, func(s string) (time.Time, bool) {
		t, err := time.Parse(time.RFC3339, s)
		return t, err == nil
	})
	if !ok {
		return accounts.ActivityPage{}, rejected(op, "The saved inbox position is unreadable; CarePost will start again from the newest comments.")
	}
	me := c.ownUsername(ctx)
	var media facebook.List[igMedia]
	q := url.Values{}
	q.Set("fields", "id,timestamp,permalink")
	q.Set("limit", strconv.Itoa(activityMedia))
	if err := c.graph.Get(ctx, op, c.cfg.IGUserID+"/media", q, &media); err != nil {
		return accounts.ActivityPage{}, err
	}
	next, moved := from, false
	var items []accounts.Activity
	add := func(cm igComment, kind accounts.ActivityKind, subject, parent *accounts.Ref) {
		at, err := facebook.ParseGraphTime(cm.Timestamp)
		if err != nil || !from.IsNew(at, cm.ID) {
			return
		}
		next.Add(at, cm.ID)
		moved = true
		author, authorID := cm.Username, ""
		if cm.From != nil {
			authorID = cm.From.ID
			if author == "" {
				author = cm.From.Username
			}
		}
		if (me != "" && strings.EqualFold(author, me)) || authorID == c.cfg.IGUserID {
			return
		}
		items = append(items, accounts.Activity{
			Ref: accounts.Ref{ID: cm.ID}, Kind: kind, AuthorID: authorID, Author: author,
			Text: cm.Text, CreatedAt: at, Subject: subject, Parent: parent,
		})
	}
	for _, m := range media.Data {
		subject := &accounts.Ref{ID: m.ID, URL: m.Permalink}
		after := ""
		for page := 0; page < maxCommentPages; page++ {
			cq := url.Values{}
			cq.Set("fields", commentFields+",replies{"+commentFields+"}")
			cq.Set("limit", strconv.Itoa(commentsPerPage))
			if after != "" {
				cq.Set("after", after)
			}
			var list facebook.List[igComment]
			if err := c.graph.Get(ctx, op, url.PathEscape(m.ID)+"/comments", cq, &list); err != nil {
				return accounts.ActivityPage{}, err
			}
			for _, cm := range list.Data {
				add(cm, accounts.ActivityComment, subject, subject)
				if cm.Replies != nil {
					for _, r := range cm.Replies.Data {
						add(r, accounts.ActivityReply, subject, &accounts.Ref{ID: cm.ID})
					}
				}
			}
			if after = list.Paging.NextAfter(); after == "" {
				break
			}
		}
	}
	out := accounts.ActivityPage{Items: items, Cursor: cursor}
	if moved {
		out.Cursor = next.String()
	}
	return out, nil
}

// PostMetrics reads likes and comments for each post, and its views (or
// reach) from insights where Instagram gives them; insights failing alone
// leaves Impressions at -1. Reposts and quotes are not reported (-1).
func (c *Connector) PostMetrics(ctx context.Context, refs []accounts.Ref) ([]accounts.PostMetrics, error) {
	const op = "post metrics"
	out := make([]accounts.PostMetrics, 0, len(refs))
	for _, ref := range refs {
		if ref.ID == "" {
			return nil, rejected(op, "A post without an Instagram id can't be measured.")
		}
		var r struct {
			LikeCount     *int64 `json:"like_count"`
			CommentsCount *int64 `json:"comments_count"`
		}
		q := url.Values{}
		q.Set("fields", "like_count,comments_count")
		if err := c.graph.Get(ctx, op, url.PathEscape(ref.ID), q, &r); err != nil {
			if postGone(err) {
				continue // deleted since: left out, as the interface asks
			}
			return nil, err
		}
		m := accounts.PostMetrics{Ref: ref, Likes: -1, Replies: -1, Reposts: -1, Quotes: -1}
		if r.LikeCount != nil { // absent when the owner hides like counts
			m.Likes = *r.LikeCount
		}
		if r.CommentsCount != nil {
			m.Replies = *r.CommentsCount
		}
		m.Impressions = c.mediaViews(ctx, ref.ID)
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, nil
}

// postGone reports whether Graph refused to read a media because it no
// longer exists (deleted after publishing): code 100, subcode 33, "Object
// with ID '…' does not exist, …". A token problem is KindAuth, not this.
func postGone(err error) bool {
	var e *accounts.Error
	return errors.As(err, &e) && e.Kind == accounts.KindRejected &&
		(e.Status == http.StatusNotFound || strings.Contains(e.Message, "does not exist"))
}

// mediaViewMetrics are the insights asked for a post's views: views
// (impressions and plays were removed in April 2025), else reach. One
// unknown or refused metric fails the whole request, so each is asked on
// its own.
var mediaViewMetrics = []string{"views", "reach"}

// mediaViews is the media's views, else its reach, else -1: a refused
// metric moves on to the next, anything else stops.
func (c *Connector) mediaViews(ctx context.Context, id string) int64 {
	for _, metric := range mediaViewMetrics {
		var ins struct {
			Data []struct {
				Name   string `json:"name"`
				Values []struct {
					Value json.Number `json:"value"`
				} `json:"values"`
			} `json:"data"`
		}
		q := url.Values{}
		q.Set("metric", metric)
		if err := c.graph.Get(ctx, "post insights", url.PathEscape(id)+"/insights", q, &ins); err != nil {
			if accounts.ErrorKindOf(err) == accounts.KindRejected {
				continue
			}
			return -1
		}
		for _, d := range ins.Data {
			if d.Name != metric || len(d.Values) == 0 {
				continue
			}
			if n, err := d.Values[0].Value.Int64(); err == nil {
				return n
			}
		}
	}
	return -1
}

// AccountMetrics reads the account's followers_count.
func (c *Connector) AccountMetrics(ctx context.Context) (accounts.AccountMetrics, error) {
	var r struct {
		FollowersCount *int64 `json:"followers_count"`
	}
	q := url.Values{}
	q.Set("fields", "followers_count")
	if err := c.graph.Get(ctx, "account metrics", c.cfg.IGUserID, q, &r); err != nil {
		return accounts.AccountMetrics{}, err
	}
	m := accounts.AccountMetrics{Followers: -1, At: c.cfg.Now()}
	if r.FollowersCount != nil {
		m.Followers = *r.FollowersCount
	}
	return m, nil
}

// RecentPosts lists the account's newest posts: GET /{ig-user-id}/media.
func (c *Connector) RecentPosts(ctx context.Context, limit int) ([]accounts.RecentPost, error) {
	if limit <= 0 {
		limit = 10
	}
	if limit > maxRecentPosts {
		limit = maxRecentPosts
	}
	q := url.Values{}
	q.Set("fields", "id,caption,timestamp,permalink")
	q.Set("limit", strconv.Itoa(limit))
	var list facebook.List[igMedia]
	if err := c.graph.Get(ctx, "recent posts", c.cfg.IGUserID+"/media", q, &list); err != nil {
		return nil, err
	}
	out := make([]accounts.RecentPost, 0, len(list.Data))
	for _, m := range list.Data {
		// An unreadable time leaves CreatedAt zero, which RecentPost's
		// users take as unknown: the post is still compared by its text.
		at, _ := facebook.ParseGraphTime(m.Timestamp)
		out = append(out, accounts.RecentPost{Ref: accounts.Ref{ID: m.ID, URL: m.Permalink}, Text: m.Caption, CreatedAt: at})
	}
	return out, nil
}

// HideComment hides a comment on the account's media (POST
// /{ig-comment-id} hide=true): its writer still sees it, nobody else does.
func (c *Connector) HideComment(ctx context.Context, ref accounts.Ref) error {
	const op = "hide comment"
	if ref.ID == "" {
		return rejected(op, "CarePost doesn't know which Instagram comment to hide.")
	}
	f := url.Values{}
	f.Set("hide", "true")
	var r struct {
		Success bool `json:"success"`
	}
	if err := c.graph.Post(ctx, op, url.PathEscape(ref.ID), f, &r); err != nil {
		return err
	}
	if !r.Success {
		return rejected(op, "Instagram did not confirm that the comment was hidden. Hide it in the Instagram app.")
	}
	return nil
}

// CancelScheduled is always refused: Instagram gives CarePost no scheduler
// of its own (Publish refuses ScheduleAt), so there is nothing to cancel.
func (c *Connector) CancelScheduled(ctx context.Context, ref accounts.Ref) error {
	return &accounts.Error{Kind: accounts.KindRejected, Network: network.Instagram, Op: "cancel scheduled post",
		Message: "Instagram has no scheduled posts to cancel"}
}

// MarkSeen does nothing: Instagram has no "seen" mark for an app to set.
func (c *Connector) MarkSeen(ctx context.Context, at time.Time) error { return nil }
