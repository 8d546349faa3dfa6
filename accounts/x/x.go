// Package x publishes to X (formerly Twitter) through the X API v2
// (https://api.x.com/2/…) with an OAuth 2.0 user token (Authorization Code
// with PKCE; scopes tweet.read tweet.write users.read media.write
// offline.access — offline.access is what makes X issue a refresh token).
//
// Endpoints, as documented on docs.x.com:
//   - POST /2/media/upload (multipart: media, media_category=tweet_image)
//     → data.id; alt text with POST /2/media/metadata
//     {id, metadata:{alt_text:{text}}} (the v2 successor of v1.1
//     media/metadata/create).
//   - POST /2/tweets {text, media.media_ids, reply.in_reply_to_tweet_id}.
//   - GET /2/users/me, /2/users/:id/mentions, /2/users/:id/tweets,
//     /2/tweets?ids=…&tweet.fields=public_metrics.
//   - direct messages (scopes dm.read dm.write): GET /2/dm_events,
//     POST /2/dm_conversations/:id/messages {text}.
//   - POST /2/oauth2/token grant_type=refresh_token (refresh tokens rotate).
//
// X's pay-per-use API charges far more to create a post that contains a
// link than one without (see CostWarning). X has no native scheduling.
package x

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/textproto"
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/accounts/wire"
	"github.com/carepost/carepost/network"
)

// Defaults for Config.
const (
	DefaultBaseURL = "https://api.x.com"
	maxChars       = 280
	maxImages      = 4
	maxPages       = 5 // mention pages read per FetchActivity
)

// Config configures one X account.
type Config struct {
	// BaseURL is the API root; empty means https://api.x.com.
	BaseURL string
	// TokenURL is the OAuth 2.0 token endpoint; empty means BaseURL+"/2/oauth2/token".
	TokenURL string
	HTTP     *http.Client
	Creds    accounts.Credentials
	// SaveCreds stores credentials after a refresh; nil keeps them in memory.
	SaveCreds accounts.CredentialSaver
	Now       func() time.Time
	// UserID is the account's numeric id; empty means ask GET /2/users/me once.
	UserID string
}

// Connector is one X account.
type Connector struct {
	cfg    Config
	bearer *wire.Bearer

	mu     sync.Mutex // guards userID
	userID string
}

var _ accounts.Connector = (*Connector)(nil)

// New returns a connector for cfg.
func New(cfg Config) *Connector {
	if cfg.BaseURL == "" {
		cfg.BaseURL = DefaultBaseURL
	}
	cfg.BaseURL = strings.TrimRight(cfg.BaseURL, "/")
	if cfg.TokenURL == "" {
		cfg.TokenURL = cfg.BaseURL + "/2/oauth2/token"
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	client := &wire.Client{HTTP: cfg.HTTP, Network: network.X, Message: Message, Now: cfg.Now,
		// X limits each endpoint separately and says so on every answer:
		// x-rate-limit-remaining, x-rate-limit-reset (epoch seconds).
		Gate:   wire.GateFor(wire.GateKey(cfg.BaseURL, cfg.UserID, cfg.Creds.AccessToken)),
		Bucket: func(req *http.Request) string { return req.Method + " " + req.URL.Path },
		Spent:  wire.HeaderLimit("x-rate-limit-remaining", "x-rate-limit-reset"),
	}
	return &Connector{
		cfg:    cfg,
		userID: cfg.UserID,
		// A confidential client authenticates with HTTP Basic (X's OAuth 2.0 docs).
		bearer: wire.NewBearer(client, cfg.TokenURL, wire.BasicAuth, cfg.Creds, cfg.SaveCreds, cfg.Now),
	}
}

// Credentials returns the credentials in use, including any refreshed ones.
func (c *Connector) Credentials() accounts.Credentials { return c.bearer.Credentials() }

// Network reports network.X.
func (c *Connector) Network() network.Network { return network.X }

// Limits reports X's limits: 280 weighted characters, 4 pictures.
func (c *Connector) Limits(context.Context) (accounts.Limits, error) {
	return accounts.Limits{MaxChars: maxChars, MaxImages: maxImages}, nil
}

// Message reads X's error bodies: v2 problems {"title","detail","errors":
// [{"message"}]} and OAuth {"error_description"}. The most specific words
// win: per-parameter messages, then detail, then title.
func Message(body []byte) string {
	var v struct {
		Title  string `json:"title"`
		Detail string `json:"detail"`
		Errors []struct {
			Message string `json:"message"`
			Detail  string `json:"detail"`
		} `json:"errors"`
		ErrorDescription string `json:"error_description"`
	}
	if json.Unmarshal(body, &v) != nil {
		return wire.GenericMessage(body)
	}
	var msgs []string
	for _, e := range v.Errors {
		if s := strings.TrimSpace(e.Message); s != "" {
			msgs = append(msgs, s)
		} else if s := strings.TrimSpace(e.Detail); s != "" {
			msgs = append(msgs, s)
		}
	}
	switch {
	case len(msgs) > 0:
		return strings.Join(msgs, " — ")
	case strings.TrimSpace(v.Detail) != "":
		return strings.TrimSpace(v.Detail)
	case strings.TrimSpace(v.ErrorDescription) != "":
		return strings.TrimSpace(v.ErrorDescription)
	case strings.TrimSpace(v.Title) != "":
		return strings.TrimSpace(v.Title)
	}
	return wire.GenericMessage(body)
}

// linkPattern finds what X treats as a link: a URL with a scheme, a www.
// address, or a bare domain with a common top-level domain (X's
// twitter-text links "example.com" too).
var linkPattern = regexp.MustCompile(`(?i)(\bhttps?://\S|\bwww\.[a-z0-9-]+\.[a-z]|\b[a-z0-9][a-z0-9-]*(\.[a-z0-9-]+)*\.(com|org|net|edu|gov|io|co|uk|us|ca|au|de|fr|info|biz|health|care|clinic|app|me|ly)\b)`)

// CostWarning returns a plain warning when text contains a link, because
// X's pay-per-use API charges far more to publish a post with a link (its
// pricing page: "Content: Create (with URL)" $0.200 per request against
// $0.015 without); "" otherwise.
func CostWarning(text string) string {
	if !linkPattern.MatchString(text) {
		return ""
	}
	return "This post has a link. X charges far more to publish a post with a link through its API " +
		"(about 13 times as much at X's published prices). Leave the link out on X, or put it in your profile, to keep the cost down."
}

// ---- publishing ----

// Publish uploads the pictures (with alt text), then creates the post.
func (c *Connector) Publish(ctx context.Context, p accounts.Post) (accounts.Published, error) {
	const op = "publish"
	if !p.ScheduleAt.IsZero() {
		return accounts.Published{}, c.rejected(op, "X can't schedule posts itself; CarePost will publish it at the chosen time while the app is running.")
	}
	if len(p.Images) > maxImages {
		return accounts.Published{}, c.rejected(op, fmt.Sprintf("X takes at most %d pictures in one post; this one has %d.", maxImages, len(p.Images)))
	}
	var mediaIDs []string
	for _, img := range p.Images {
		id, err := c.uploadImage(ctx, img)
		if err != nil {
			return accounts.Published{}, err
		}
		mediaIDs = append(mediaIDs, id)
	}
	body := map[string]any{"text": p.Text}
	if len(mediaIDs) > 0 {
		body["media"] = map[string]any{"media_ids": mediaIDs}
	}
	if p.ReplyTo != nil {
		if p.ReplyTo.ID == "" {
			return accounts.Published{}, c.rejected(op, "There is no X post to reply to.")
		}
		body["reply"] = map[string]any{"in_reply_to_tweet_id": p.ReplyTo.ID}
	}
	return c.createTweet(ctx, op, body)
}

func (c *Connector) createTweet(ctx context.Context, op string, body map[string]any) (accounts.Published, error) {
	resp, err := c.bearer.Do(ctx, op, func() (*http.Request, error) {
		return wire.NewJSONRequest(http.MethodPost, c.cfg.BaseURL+"/2/tweets", body)
	})
	if err != nil {
		return accounts.Published{}, err
	}
	var out struct {
		Data struct {
			ID string `json:"id"`
		} `json:"data"`
	}
	if err := resp.JSON(&out); err != nil || out.Data.ID == "" {
		if err == nil {
			err = errors.New("X accepted the post but did not say its id; look for it before trying again")
		}
		return accounts.Published{}, &accounts.Error{Kind: accounts.KindTransient, Network: network.X, Op: op, Status: resp.Status, Err: err}
	}
	return accounts.Published{Ref: accounts.Ref{ID: out.Data.ID, URL: PostURL(out.Data.ID)}, At: c.cfg.Now()}, nil
}

// PostURL is where a post can be seen without knowing the handle.
func PostURL(id string) string { return "https://x.com/i/web/status/" + id }

func (c *Connector) uploadImage(ctx context.Context, img accounts.Image) (string, error) {
	const op = "upload image"
	category := "tweet_image"
	if strings.EqualFold(img.MIMEType, "image/gif") {
		category = "tweet_gif"
	}
	resp, err := c.bearer.Do(ctx, op, func() (*http.Request, error) {
		var buf bytes.Buffer
		mw := multipart.NewWriter(&buf)
		// Writes to a bytes.Buffer, which never fails.
		_ = mw.WriteField("media_category", category)
		if img.MIMEType != "" {
			_ = mw.WriteField("media_type", img.MIMEType) // as above
		}
		h := textproto.MIMEHeader{}
		name := img.FileName
		if name == "" {
			name = "image"
		}
		h.Set("Content-Disposition", fmt.Sprintf(`form-data; name="media"; filename=%q`, name))
		ct := img.MIMEType
		if ct == "" {
			ct = "application/octet-stream"
		}
		h.Set("Content-Type", ct)
		part, err := mw.CreatePart(h)
		if err != nil {
			return nil, err
		}
		if _, err := part.Write(img.Data); err != nil {
			return nil, err
		}
		if err := mw.Close(); err != nil {
			return nil, err
		}
		req, err := http.NewRequest(http.MethodPost, c.cfg.BaseURL+"/2/media/upload", &buf)
		if err != nil {
			return nil, err
		}
		req.Header.Set("Content-Type", mw.FormDataContentType())
		req.Header.Set("Accept", "application/json")
		return req, nil
	})
	if err != nil {
		return "", err
	}
	var out struct {
		Data struct {
			ID string `json:"id"`
		} `json:"data"`
	}
	if err := resp.JSON(&out); err != nil || out.Data.ID == "" {
		if err == nil {
			err = errors.New("no media id in X's answer")
		}
		return "", &accounts.Error{Kind: accounts.KindTransient, Network: network.X, Op: op, Status: resp.Status, Err: err}
	}
	if alt := strings.TrimSpace(img.AltText); alt != "" {
		meta := map[string]any{"id": out.Data.ID, "metadata": map[string]any{"alt_text": map[string]any{"text": alt}}}
		if _, err := c.bearer.Do(ctx, "add alt text", func() (*http.Request, error) {
			return wire.NewJSONRequest(http.MethodPost, c.cfg.BaseURL+"/2/media/metadata", meta)
		}); err != nil {
			return "", err
		}
	}
	return out.Data.ID, nil
}

// Reply posts text as a reply to the post to.ID. A direct message
// (to.Conversation) is answered in its conversation
// (POST /2/dm_conversations/:id/messages), never in public; a private
// answer to a public post is refused in plain words.
func (c *Connector) Reply(ctx context.Context, to accounts.Ref, r accounts.ReplyPost) (accounts.Published, error) {
	if to.Conversation != "" {
		return c.sendDM(ctx, to.Conversation, r.Text)
	}
	if r.Private {
		return accounts.Published{}, c.rejected("reply", "CarePost can only answer privately on X inside a direct-message conversation; this is a public post. Ask them to send a direct message, or answer in X itself.")
	}
	if to.ID == "" {
		return accounts.Published{}, c.rejected("reply", "There is no X post to reply to.")
	}
	return c.createTweet(ctx, "reply", map[string]any{"text": r.Text, "reply": map[string]any{"in_reply_to_tweet_id": to.ID}})
}

// sendDM adds a message to a direct-message conversation.
func (c *Connector) sendDM(ctx context.Context, conversation, text string) (accounts.Published, error) {
	const op = "reply privately"
	resp, err := c.bearer.Do(ctx, op, func() (*http.Request, error) {
		return wire.NewJSONRequest(http.MethodPost, c.cfg.BaseURL+"/2/dm_conversations/"+url.PathEscape(conversation)+"/messages", map[string]string{"text": text})
	})
	if err != nil {
		return accounts.Published{}, err
	}
	var out struct {
		Data struct {
			ConversationID string `json:"dm_conversation_id"`
			EventID        string `json:"dm_event_id"`
		} `json:"data"`
	}
	if err := resp.JSON(&out); err != nil || out.Data.EventID == "" {
		if err == nil {
			err = errors.New("X accepted the message but did not say its id")
		}
		return accounts.Published{}, &accounts.Error{Kind: accounts.KindTransient, Network: network.X, Op: op, Status: resp.Status, Err: err}
	}
	conv := out.Data.ConversationID
	if conv == "" {
		conv = conversation
	}
	return accounts.Published{Ref: accounts.Ref{ID: out.Data.EventID, Conversation: conv}, At: c.cfg.Now()}, nil
}

// ---- reading ----

type tweet struct {
	ID               string `json:"id"`
	Text             string `json:"text"`
	AuthorID         string `json:"author_id"`
	CreatedAt        string `json:"created_at"`
	InReplyToUserID  string `json:"in_reply_to_user_id"`
	ReferencedTweets []struct {
		Type string `json:"type"`
		ID   string `json:"id"`
	} `json:"referenced_tweets"`
	PublicMetrics *struct {
		RetweetCount    int64  `json:"retweet_count"`
		ReplyCount      int64  `json:"reply_count"`
		LikeCount       int64  `json:"like_count"`
		QuoteCount      int64  `json:"quote_count"`
		ImpressionCount *int64 `json:"impression_count"`
	} `json:"public_metrics"`
}

type user struct {
	ID            string `json:"id"`
	Name          string `json:"name"`
	Username      string `json:"username"`
	PublicMetrics struct {
		FollowersCount int64 `json:"followers_count"`
	} `json:"public_metrics"`
}

func (c *Connector) get(ctx context.Context, op, path string, q url.Values, v any) error {
	u := c.cfg.BaseURL + path
	if len(q) > 0 {
		u += "?" + q.Encode()
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
		return &accounts.Error{Kind: accounts.KindTransient, Network: network.X, Op: op, Status: resp.Status, Err: err}
	}
	return nil
}

// me returns the account's id, asking /2/users/me once when not configured.
func (c *Connector) me(ctx context.Context, op string) (string, error) {
	c.mu.Lock()
	id := c.userID
	c.mu.Unlock()
	if id != "" {
		return id, nil
	}
	var out struct {
		Data user `json:"data"`
	}
	if err := c.get(ctx, op, "/2/users/me", nil, &out); err != nil {
		return "", err
	}
	if out.Data.ID == "" {
		return "", &accounts.Error{Kind: accounts.KindTransient, Network: network.X, Op: op, Err: errors.New("X did not say which account this is")}
	}
	c.mu.Lock()
	c.userID = out.Data.ID
	c.mu.Unlock()
	return out.Data.ID, nil
}

// activityCursor is FetchActivity's opaque cursor: the newest mention id
// returned (since_id) and the newest direct-message event id. A bare id,
// as earlier versions wrote, is the mentions part.
type activityCursor struct {
	Mentions string `json:"m,omitempty"`
	DMs      string `json:"d,omitempty"`
}

func parseCursor(s string) (activityCursor, bool) {
	if s == "" {
		return activityCursor{}, true
	}
	if strings.HasPrefix(s, "{") {
		var c activityCursor
		return c, json.Unmarshal([]byte(s), &c) == nil
	}
	if _, err := strconv.ParseUint(s, 10, 64); err != nil {
		return activityCursor{}, false
	}
	return activityCursor{Mentions: s}, true
}

func (c activityCursor) String() string {
	if c == (activityCursor{}) {
		return ""
	}
	b, _ := json.Marshal(c) // two strings: cannot fail
	return string(b)
}

// FetchActivity reads mentions and replies (GET /2/users/:id/mentions with
// since_id) and direct messages (GET /2/dm_events, newest first, down to
// the last one returned) not returned before. It only reads. Direct
// messages need the dm.read scope; without it the mentions still come and
// ActivityPage.Notes says so. X bills reads per item, so sync sparingly.
func (c *Connector) FetchActivity(ctx context.Context, cursor string) (accounts.ActivityPage, error) {
	const op = "fetch activity"
	from, ok := parseCursor(cursor)
	if !ok {
		return accounts.ActivityPage{}, c.rejected(op, "The saved X inbox position is unreadable.")
	}
	id, err := c.me(ctx, op)
	if err != nil {
		return accounts.ActivityPage{}, err
	}
	page := accounts.ActivityPage{Cursor: cursor}
	next := from
	users := map[string]user{}
	var all []tweet
	nextToken := ""
	for i := 0; i < maxPages; i++ {
		q := url.Values{
			"tweet.fields": {"created_at,author_id,in_reply_to_user_id,referenced_tweets"},
			"expansions":   {"author_id"},
			"user.fields":  {"username,name"},
			"max_results":  {"100"},
		}
		if from.Mentions != "" {
			q.Set("since_id", from.Mentions)
		}
		if nextToken != "" {
			q.Set("pagination_token", nextToken)
		}
		var out struct {
			Data     []tweet `json:"data"`
			Includes struct {
				Users []user `json:"users"`
			} `json:"includes"`
			Meta struct {
				NewestID  string `json:"newest_id"`
				NextToken string `json:"next_token"`
			} `json:"meta"`
		}
		if err := c.get(ctx, op, "/2/users/"+url.PathEscape(id)+"/mentions", q, &out); err != nil {
			return accounts.ActivityPage{}, err
		}
		all = append(all, out.Data...)
		for _, u := range out.Includes.Users {
			users[u.ID] = u
		}
		if idGreater(out.Meta.NewestID, next.Mentions) {
			next.Mentions = out.Meta.NewestID
		}
		if out.Meta.NextToken == "" {
			break
		}
		nextToken = out.Meta.NextToken
	}
	for _, t := range all {
		a := accounts.Activity{
			Ref:      accounts.Ref{ID: t.ID, URL: PostURL(t.ID)},
			Kind:     accounts.ActivityMention,
			AuthorID: t.AuthorID,
			Text:     t.Text,
		}
		if u, ok := users[t.AuthorID]; ok {
			a.Author, a.AuthorName = u.Username, u.Name
			a.Ref.URL = "https://x.com/" + u.Username + "/status/" + t.ID
		}
		if ts, err := time.Parse(time.RFC3339Nano, t.CreatedAt); err == nil {
			a.CreatedAt = ts
		}
		for _, r := range t.ReferencedTweets {
			switch r.Type {
			case "replied_to":
				a.Parent = &accounts.Ref{ID: r.ID, URL: PostURL(r.ID)}
				if t.InReplyToUserID == id {
					a.Kind = accounts.ActivityReply
					a.Subject = &accounts.Ref{ID: r.ID, URL: PostURL(r.ID)}
				}
			case "quoted":
				if a.Kind == accounts.ActivityMention {
					a.Kind = accounts.ActivityQuote
				}
				a.Subject = &accounts.Ref{ID: r.ID, URL: PostURL(r.ID)}
			}
		}
		page.Items = append(page.Items, a)
		if idGreater(t.ID, next.Mentions) {
			next.Mentions = t.ID
		}
	}
	sort.SliceStable(page.Items, func(i, j int) bool { return idGreater(page.Items[j].Ref.ID, page.Items[i].Ref.ID) })

	dms, note, err := c.directMessages(ctx, op, id, from.DMs, &next)
	if err != nil {
		return accounts.ActivityPage{}, err
	}
	page.Items = append(page.Items, dms...)
	if note != "" {
		page.Notes = append(page.Notes, note)
	}
	if next != from {
		page.Cursor = next.String()
	}
	return page, nil
}

type dmEvent struct {
	ID             string `json:"id"`
	EventType      string `json:"event_type"`
	Text           string `json:"text"`
	SenderID       string `json:"sender_id"`
	ConversationID string `json:"dm_conversation_id"`
	CreatedAt      string `json:"created_at"`
}

// directMessages reads message events newer than since (an event id),
// newest first, leaving out the clinic's own.
func (c *Connector) directMessages(ctx context.Context, op, own, since string, next *activityCursor) ([]accounts.Activity, string, error) {
	users := map[string]user{}
	var events []dmEvent
	token := ""
	reached := false
	for i := 0; i < maxPages && !reached; i++ {
		q := url.Values{
			"dm_event.fields": {"id,event_type,text,sender_id,dm_conversation_id,created_at"},
			"event_types":     {"MessageCreate"},
			"expansions":      {"sender_id"},
			"user.fields":     {"username,name"},
			"max_results":     {"100"},
		}
		if token != "" {
			q.Set("pagination_token", token)
		}
		var out struct {
			Data     []dmEvent `json:"data"`
			Includes struct {
				Users []user `json:"users"`
			} `json:"includes"`
			Meta struct {
				NextToken string `json:"next_token"`
			} `json:"meta"`
		}
		if err := c.get(ctx, op, "/2/dm_events", q, &out); err != nil {
			switch accounts.ErrorKindOf(err) {
			case accounts.KindAuth, accounts.KindRejected:
				// The mentions were read with the same token: this is the
				// dm.read scope (or the plan) missing, not a lapsed sign-in.
				return nil, "X direct messages were not read: the token lacks the dm.read permission (or the X plan does not include direct messages). Reconnect X with it to see them here.", nil
			}
			return nil, "", err
		}
		for _, u := range out.Includes.Users {
			users[u.ID] = u
		}
		for _, e := range out.Data {
			if since != "" && !idGreater(e.ID, since) {
				reached = true
				break
			}
			events = append(events, e)
		}
		if out.Meta.NextToken == "" {
			break
		}
		token = out.Meta.NextToken
	}
	var items []accounts.Activity
	for _, e := range events {
		if idGreater(e.ID, next.DMs) {
			next.DMs = e.ID
		}
		if e.SenderID == own || (e.EventType != "" && e.EventType != "MessageCreate") {
			continue
		}
		a := accounts.Activity{
			Ref:          accounts.Ref{ID: e.ID, Conversation: e.ConversationID},
			Kind:         accounts.ActivityMessage,
			Private:      true,
			Conversation: e.ConversationID,
			AuthorID:     e.SenderID,
			Text:         e.Text,
		}
		if u, ok := users[e.SenderID]; ok {
			a.Author, a.AuthorName = u.Username, u.Name
		}
		if ts, err := time.Parse(time.RFC3339Nano, e.CreatedAt); err == nil {
			a.CreatedAt = ts
		}
		items = append(items, a)
	}
	sort.SliceStable(items, func(i, j int) bool { return idGreater(items[j].Ref.ID, items[i].Ref.ID) })
	return items, "", nil
}

// idGreater compares X's numeric ids (snowflakes) without overflow worries.
func idGreater(a, b string) bool {
	if len(a) != len(b) {
		return len(a) > len(b)
	}
	return a > b
}

// PostMetrics reads public_metrics for up to 100 posts per request.
// impression_count is -1 where X leaves it out.
func (c *Connector) PostMetrics(ctx context.Context, refs []accounts.Ref) ([]accounts.PostMetrics, error) {
	const op = "read post metrics"
	out := make([]accounts.PostMetrics, len(refs))
	byID := map[string][]int{}
	var ids []string
	for i, r := range refs {
		out[i] = accounts.PostMetrics{Ref: r, Likes: -1, Reposts: -1, Replies: -1, Quotes: -1, Impressions: -1}
		if r.ID == "" {
			continue
		}
		if _, seen := byID[r.ID]; !seen {
			ids = append(ids, r.ID)
		}
		byID[r.ID] = append(byID[r.ID], i)
	}
	for start := 0; start < len(ids); start += 100 {
		end := min(start+100, len(ids))
		var body struct {
			Data []tweet `json:"data"`
		}
		q := url.Values{"ids": {strings.Join(ids[start:end], ",")}, "tweet.fields": {"public_metrics"}}
		if err := c.get(ctx, op, "/2/tweets", q, &body); err != nil {
			return nil, err
		}
		for _, t := range body.Data {
			if t.PublicMetrics == nil {
				continue
			}
			for _, i := range byID[t.ID] {
				m := t.PublicMetrics
				out[i].Likes, out[i].Reposts, out[i].Replies, out[i].Quotes = m.LikeCount, m.RetweetCount, m.ReplyCount, m.QuoteCount
				if m.ImpressionCount != nil {
					out[i].Impressions = *m.ImpressionCount
				}
			}
		}
	}
	return out, nil
}

// AccountMetrics reads followers_count from /2/users/me.
func (c *Connector) AccountMetrics(ctx context.Context) (accounts.AccountMetrics, error) {
	var out struct {
		Data user `json:"data"`
	}
	if err := c.get(ctx, "read followers", "/2/users/me", url.Values{"user.fields": {"public_metrics"}}, &out); err != nil {
		return accounts.AccountMetrics{}, err
	}
	if out.Data.ID != "" {
		c.mu.Lock()
		if c.userID == "" {
			c.userID = out.Data.ID
		}
		c.mu.Unlock()
	}
	return accounts.AccountMetrics{Followers: out.Data.PublicMetrics.FollowersCount, At: c.cfg.Now()}, nil
}

// RecentPosts lists the account's newest posts (X returns them newest
// first; it takes max_results between 5 and 100).
func (c *Connector) RecentPosts(ctx context.Context, limit int) ([]accounts.RecentPost, error) {
	const op = "list recent posts"
	id, err := c.me(ctx, op)
	if err != nil {
		return nil, err
	}
	if limit <= 0 {
		limit = 10
	}
	n := min(max(limit, 5), 100)
	var body struct {
		Data []tweet `json:"data"`
	}
	q := url.Values{"max_results": {strconv.Itoa(n)}, "tweet.fields": {"created_at"}}
	if err := c.get(ctx, op, "/2/users/"+url.PathEscape(id)+"/tweets", q, &body); err != nil {
		return nil, err
	}
	out := make([]accounts.RecentPost, 0, len(body.Data))
	for _, t := range body.Data {
		rp := accounts.RecentPost{Ref: accounts.Ref{ID: t.ID, URL: PostURL(t.ID)}, Text: t.Text}
		if ts, err := time.Parse(time.RFC3339Nano, t.CreatedAt); err == nil {
			rp.CreatedAt = ts
		}
		out = append(out, rp)
	}
	if len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

func (c *Connector) rejected(op, msg string) error {
	return &accounts.Error{Kind: accounts.KindRejected, Network: network.X, Op: op, Message: msg}
}

// CancelScheduled is always refused: X gives CarePost no scheduler
// of its own (Publish refuses ScheduleAt), so there is nothing to cancel.
func (c *Connector) CancelScheduled(ctx context.Context, ref accounts.Ref) error {
	return &accounts.Error{Kind: accounts.KindRejected, Network: network.X, Op: "cancel scheduled post",
		Message: "X has no scheduled posts to cancel"}
}

// MarkSeen does nothing: X has no "seen" mark for an app to set.
func (c *Connector) MarkSeen(ctx context.Context, at time.Time) error { return nil }
