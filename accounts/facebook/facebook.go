// Package facebook connects CarePost to a Facebook Page through the Graph
// API, and holds the Graph client and error classification the Instagram
// connector shares.
//
// Endpoints, as documented on developers.facebook.com:
//   - publish: POST /{page-id}/feed (message, published, scheduled_publish_time,
//     attached_media[i]) and POST /{page-id}/photos (source, message, published,
//     temporary, alt_text_custom) — Pages API "Posts" guide, Page Feed and
//     Page Photos references;
//   - cancel a scheduled post: DELETE /{post-id} — Pages API "Posts" guide;
//   - reply: POST /{object-id}/comments (message) — Object Comments reference;
//   - inbox: GET /{page-id}/feed then GET /{post-id}/comments?filter=stream&
//     order=reverse_chronological; Messenger GET /{page-id}/conversations?
//     platform=messenger (needs pages_messaging); private answers POST
//     /{page-id}/messages (Send API: recipient id or comment_id);
//   - metrics: GET /{post-id}?fields=reactions.summary(total_count),
//     comments.summary(total_count),shares and GET /{post-id}/insights
//     (post_media_view, else post_total_media_view_unique, one metric a
//     request: post_impressions and post_impressions_unique were deprecated
//     in 2025 and answer "invalid metric", which fails a whole request);
//     GET /{page-id}?fields=followers_count,fan_count;
//   - page tokens: GET /me/accounts (PagesForUser).
package facebook

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/accounts/internal/since"
	"github.com/carepost/carepost/accounts/wire"
	"github.com/carepost/carepost/network"
)

// Facebook's limits for a Page post.
const (
	MaxChars         = 63206
	MaxImages        = 10
	MinScheduleAhead = 10 * time.Minute
	MaxScheduleAhead = 75 * 24 * time.Hour
)

// How much FetchActivity reads per run.
const (
	activityPosts    = 25  // newest Page posts whose comments are read
	commentsPerPage  = 100 // comments per request
	maxCommentPages  = 3   // pages of comments per post
	maxRecentPosts   = 100
	maxAccountsPages = 20
	// Messenger: the most recently updated conversations, and the newest
	// messages of each.
	activityConversations   = 25
	messagesPerConversation = 25
)

// Config is one connected Facebook Page.
type Config struct {
	GraphURL string // default DefaultGraphURL (https://graph.facebook.com/v23.0)
	PageID   string
	HTTP     *http.Client
	// Creds.AccessToken is the Page access token (see PagesForUser).
	Creds accounts.Credentials
	// SaveCreds is unused: a Page token taken from a long-lived user token
	// does not expire and Graph has no refresh for it. Kept so every
	// connector is configured alike.
	SaveCreds accounts.CredentialSaver
	Now       func() time.Time
}

// Connector is a Facebook Page.
type Connector struct {
	cfg   Config
	graph *Graph
}

var _ accounts.Connector = (*Connector)(nil)

// New makes a connector for one Page.
func New(cfg Config) *Connector {
	if cfg.GraphURL == "" {
		cfg.GraphURL = DefaultGraphURL
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	return &Connector{cfg: cfg, graph: &Graph{
		BaseURL: cfg.GraphURL,
		HTTP:    cfg.HTTP,
		Token:   cfg.Creds.AccessToken,
		Network: network.Facebook,
		Now:     cfg.Now,
		Gate:    wire.GateFor(wire.GateKey(cfg.GraphURL, "page", cfg.PageID, cfg.Creds.AccessToken)),
	}}
}

// Network is network.Facebook.
func (c *Connector) Network() network.Network { return network.Facebook }

// Limits are a Page post's limits; Facebook schedules natively.
func (c *Connector) Limits(ctx context.Context) (accounts.Limits, error) {
	return accounts.Limits{
		MaxChars:         MaxChars,
		MaxImages:        MaxImages,
		NativeScheduling: true,
		MinScheduleAhead: MinScheduleAhead,
		MaxScheduleAhead: MaxScheduleAhead,
	}, nil
}

func (c *Connector) rejected(op, msg string) error {
	return &accounts.Error{Kind: accounts.KindRejected, Network: network.Facebook, Op: op, Message: msg}
}

// PostURL is where a Page post (or photo) can be opened.
func PostURL(id string) string {
	if id == "" {
		return ""
	}
	return "https://www.facebook.com/" + id
}

type idResponse struct {
	ID     string `json:"id"`
	PostID string `json:"post_id"` // photos: the feed story's id
}

// Publish posts text, one photo, or several photos to the Page, now or
// scheduled by Facebook itself (published=false + scheduled_publish_time).
func (c *Connector) Publish(ctx context.Context, p accounts.Post) (accounts.Published, error) {
	const op = "publish"
	if p.ReplyTo != nil {
		if len(p.Images) > 0 {
			return accounts.Published{}, c.rejected(op, "CarePost can't attach pictures to a reply on Facebook; send the reply as text.")
		}
		return c.Reply(ctx, *p.ReplyTo, accounts.ReplyPost{Text: p.Text, IdempotencyKey: p.IdempotencyKey, Language: p.Language})
	}
	if strings.TrimSpace(p.Text) == "" && len(p.Images) == 0 {
		return accounts.Published{}, c.rejected(op, "There is nothing to post: add some text or a picture.")
	}
	if n := TextLength(p.Text); n > MaxChars {
		return accounts.Published{}, c.rejected(op, fmt.Sprintf("Facebook takes posts up to %d characters; this one has %d.", MaxChars, n))
	}
	if len(p.Images) > MaxImages {
		return accounts.Published{}, c.rejected(op, fmt.Sprintf("CarePost posts up to %d pictures at once on Facebook; this post has %d.", MaxImages, len(p.Images)))
	}
	now := c.cfg.Now()
	scheduled := !p.ScheduleAt.IsZero()
	if scheduled {
		ahead := p.ScheduleAt.Sub(now)
		if ahead < MinScheduleAhead || ahead > MaxScheduleAhead {
			return accounts.Published{}, c.rejected(op, "Facebook can only schedule a post from 10 minutes to 75 days ahead. Choose a time in that range.")
		}
	}
	// schedule adds Facebook's own scheduling fields to a request.
	schedule := func(f url.Values) {
		if scheduled {
			f.Set("published", "false")
			f.Set("scheduled_publish_time", strconv.FormatInt(p.ScheduleAt.Unix(), 10))
		}
	}

	var id string
	switch len(p.Images) {
	case 0:
		f := url.Values{}
		f.Set("message", p.Text)
		schedule(f)
		var r idResponse
		if err := c.graph.Post(ctx, op, c.cfg.PageID+"/feed", f, &r); err != nil {
			return accounts.Published{}, err
		}
		id = r.ID
	case 1:
		f := url.Values{}
		if p.Text != "" {
			f.Set("message", p.Text)
		}
		setAltText(f, p.Images[0])
		schedule(f)
		var r idResponse
		if err := c.graph.PostMultipart(ctx, op, c.cfg.PageID+"/photos", f, photoFile(p.Images[0]), &r); err != nil {
			return accounts.Published{}, err
		}
		id = r.PostID
		if id == "" {
			id = r.ID
		}
	default:
		f := url.Values{}
		f.Set("message", p.Text)
		for i, img := range p.Images {
			uf := url.Values{}
			uf.Set("published", "false")
			if scheduled {
				// Pages API: photos for a scheduled multi-photo post are
				// uploaded unpublished and temporary.
				uf.Set("temporary", "true")
			}
			setAltText(uf, img)
			var r idResponse
			if err := c.graph.PostMultipart(ctx, "upload image", c.cfg.PageID+"/photos", uf, photoFile(img), &r); err != nil {
				return accounts.Published{}, err
			}
			f.Set(fmt.Sprintf("attached_media[%d]", i), fmt.Sprintf(`{"media_fbid":%q}`, r.ID))
		}
		schedule(f)
		var r idResponse
		if err := c.graph.Post(ctx, op, c.cfg.PageID+"/feed", f, &r); err != nil {
			return accounts.Published{}, err
		}
		id = r.ID
	}
	at := now
	if scheduled {
		at = p.ScheduleAt
	}
	return accounts.Published{Ref: accounts.Ref{ID: id, URL: PostURL(id)}, Scheduled: scheduled, At: at}, nil
}

// CancelScheduled deletes a post Facebook holds for later publication:
// DELETE /{post-id}, which answers {"success": true}. ref is what Publish
// returned with Scheduled=true. Like every write it goes through
// wire.Client.Do, so a dropped connection is never silently sent again.
//
// A post that no longer exists comes back as Graph's own error (code 100,
// "Unsupported delete request. Object with ID … does not exist …"), of
// KindRejected with Graph's words, so staff check the Page by hand. Graph
// keeps the id when a scheduled post goes out, so a post published in the
// meantime is deleted from the Page rather than reported; a caller that
// must know compares the scheduled time with the clock first.
func (c *Connector) CancelScheduled(ctx context.Context, ref accounts.Ref) error {
	const op = "cancel scheduled post"
	if ref.ID == "" {
		return c.rejected(op, "CarePost doesn't know which scheduled Facebook post to cancel.")
	}
	var r struct {
		Success bool `json:"success"`
	}
	if err := c.graph.Delete(ctx, op, url.PathEscape(ref.ID), &r); err != nil {
		return err
	}
	if !r.Success {
		return c.rejected(op, "Facebook did not confirm that the scheduled post was removed. Check the Page's scheduled posts.")
	}
	return nil
}

// HideComment hides a comment on the Page's post (POST /{comment-id}
// is_hidden=true): its writer and their friends still see it.
func (c *Connector) HideComment(ctx context.Context, ref accounts.Ref) error {
	const op = "hide comment"
	if ref.ID == "" {
		return c.rejected(op, "CarePost doesn't know which Facebook comment to hide.")
	}
	f := url.Values{}
	f.Set("is_hidden", "true")
	var r struct {
		Success bool `json:"success"`
	}
	if err := c.graph.Post(ctx, op, url.PathEscape(ref.ID), f, &r); err != nil {
		return err
	}
	if !r.Success {
		return c.rejected(op, "Facebook did not confirm that the comment was hidden. Hide it on the Page itself.")
	}
	return nil
}

// setAltText sends the picture's alt text as alt_text_custom, the Photo
// node's "user provided accessible alternative description". It is the one
// alt-text field Graph has for Page photos; Facebook shows it to screen
// readers only.
func setAltText(f url.Values, img accounts.Image) {
	if alt := strings.TrimSpace(img.AltText); alt != "" {
		f.Set("alt_text_custom", alt)
	}
}

func photoFile(img accounts.Image) File {
	return File{Field: "source", FileName: img.FileName, MIMEType: img.MIMEType, Data: img.Data}
}

// Reply comments on a Page post or answers a comment: POST /{id}/comments.
// A private answer goes through the Messenger Send API (POST
// /{page-id}/messages): into the conversation when to is a Messenger
// message (to.Conversation), or as Facebook's one private reply to a
// comment (recipient comment_id, within 7 days of the comment). A
// Messenger message is always answered privately.
func (c *Connector) Reply(ctx context.Context, to accounts.Ref, r accounts.ReplyPost) (accounts.Published, error) {
	const op = "reply"
	if to.ID == "" {
		return accounts.Published{}, c.rejected(op, "CarePost doesn't know which Facebook post or comment to answer.")
	}
	if strings.TrimSpace(r.Text) == "" {
		return accounts.Published{}, c.rejected(op, "The reply is empty.")
	}
	if r.Private || to.Conversation != "" {
		return c.replyPrivately(ctx, to, r.Text)
	}
	if n := TextLength(r.Text); n > MaxChars {
		return accounts.Published{}, c.rejected(op, fmt.Sprintf("Facebook takes comments up to %d characters; this one has %d.", MaxChars, n))
	}
	f := url.Values{}
	f.Set("message", r.Text)
	var out idResponse
	if err := c.graph.Post(ctx, op, url.PathEscape(to.ID)+"/comments", f, &out); err != nil {
		return accounts.Published{}, err
	}
	return accounts.Published{Ref: accounts.Ref{ID: out.ID}, At: c.cfg.Now()}, nil
}

// Messenger's answer windows: the standard 24 hours after the person's
// last message, and 7 days with the HUMAN_AGENT tag (a person answering).
const (
	messengerWindow   = 24 * time.Hour
	humanAgentWindow  = 7 * 24 * time.Hour
	maxMessengerChars = 2000
)

// replyPrivately sends text as a Messenger message.
func (c *Connector) replyPrivately(ctx context.Context, to accounts.Ref, text string) (accounts.Published, error) {
	const op = "reply privately"
	if n := TextLength(text); n > maxMessengerChars {
		return accounts.Published{}, c.rejected(op, fmt.Sprintf("Messenger takes messages up to %d characters; this one has %d.", maxMessengerChars, n))
	}
	msg, _ := json.Marshal(map[string]string{"text": text}) // a map of strings always marshals
	f := url.Values{}
	f.Set("message", string(msg))
	if to.Conversation == "" {
		// Facebook's private reply to a comment.
		recipient, _ := json.Marshal(map[string]string{"comment_id": to.ID})
		f.Set("recipient", string(recipient))
	} else {
		// Who wrote the message, and when: the answer goes to them, within
		// Messenger's window.
		var m struct {
			CreatedTime string `json:"created_time"`
			From        *struct {
				ID string `json:"id"`
			} `json:"from"`
		}
		q := url.Values{}
		q.Set("fields", "from,created_time")
		if err := c.graph.Get(ctx, "read the message answered", url.PathEscape(to.ID), q, &m); err != nil {
			return accounts.Published{}, err
		}
		if m.From == nil || m.From.ID == "" || m.From.ID == c.cfg.PageID {
			return accounts.Published{}, c.rejected(op, "CarePost can't tell who sent this Messenger message; answer it in Messenger itself.")
		}
		recipient, _ := json.Marshal(map[string]string{"id": m.From.ID}) // a map of strings always marshals
		f.Set("recipient", string(recipient))
		at, err := ParseGraphTime(m.CreatedTime)
		age := c.cfg.Now().Sub(at)
		switch {
		case err != nil || age <= messengerWindow:
			f.Set("messaging_type", "RESPONSE")
		case age <= humanAgentWindow:
			f.Set("messaging_type", "MESSAGE_TAG")
			f.Set("tag", "HUMAN_AGENT")
		default:
			return accounts.Published{}, c.rejected(op, "Messenger lets a Page answer only within 7 days of the person's last message; this one is older. Answer in Messenger itself if they write again.")
		}
	}
	var out struct {
		RecipientID string `json:"recipient_id"`
		MessageID   string `json:"message_id"`
	}
	if err := c.graph.Post(ctx, op, url.PathEscape(c.cfg.PageID)+"/messages", f, &out); err != nil {
		return accounts.Published{}, err
	}
	return accounts.Published{Ref: accounts.Ref{ID: out.MessageID, Conversation: to.Conversation}, At: c.cfg.Now()}, nil
}

type fbPost struct {
	ID           string `json:"id"`
	Message      string `json:"message"`
	CreatedTime  string `json:"created_time"`
	PermalinkURL string `json:"permalink_url"`
}

type fbComment struct {
	ID          string `json:"id"`
	Message     string `json:"message"`
	CreatedTime string `json:"created_time"`
	From        *struct {
		ID   string `json:"id"`
		Name string `json:"name"`
	} `json:"from"`
	Parent *struct {
		ID string `json:"id"`
	} `json:"parent"`
	PermalinkURL string `json:"permalink_url"`
}

// FetchActivity reads comments and replies on the Page's recent posts
// (GET /{post-id}/comments, newest first) and Messenger messages (GET
// /{page-id}/conversations?platform=messenger) not returned before. It
// only reads. The Page's own comments and messages are left out. Messenger
// needs the pages_messaging permission; without it the messages are left
// out and ActivityPage.Notes says so.
//
// The cursor is opaque (the newest time returned and the ids returned at
// that time; see accounts/internal/since); a bare RFC 3339 time from
// earlier versions is still understood.
func (c *Connector) FetchActivity(ctx context.Context, cursor string) (accounts.ActivityPage, error) {
	const op = "fetch activity"
	from, ok := since.Parse(cursor, func(s string) (time.Time, bool) {
		t, err := time.Parse(time.RFC3339, s)
		return t, err == nil
	})
	if !ok {
		return accounts.ActivityPage{}, c.rejected(op, "The saved inbox position is unreadable; CarePost will start again from the newest comments.")
	}
	var feed List[fbPost]
	q := url.Values{}
	q.Set("fields", "id,created_time")
	q.Set("limit", strconv.Itoa(activityPosts))
	if err := c.graph.Get(ctx, op, c.cfg.PageID+"/feed", q, &feed); err != nil {
		return accounts.ActivityPage{}, err
	}
	next, moved := from, false
	var items []accounts.Activity
	for _, post := range feed.Data {
		subject := &accounts.Ref{ID: post.ID, URL: PostURL(post.ID)}
		after := ""
		for page := 0; page < maxCommentPages; page++ {
			cq := url.Values{}
			cq.Set("filter", "stream")
			cq.Set("order", "reverse_chronological")
			cq.Set("fields", "id,message,from,created_time,parent,permalink_url")
			cq.Set("limit", strconv.Itoa(commentsPerPage))
			if after != "" {
				cq.Set("after", after)
			}
			var list List[fbComment]
			if err := c.graph.Get(ctx, op, url.PathEscape(post.ID)+"/comments", cq, &list); err != nil {
				return accounts.ActivityPage{}, err
			}
			reachedOld := false
			for _, cm := range list.Data {
				at, err := ParseGraphTime(cm.CreatedTime)
				if err != nil {
					continue
				}
				if !from.IsNew(at, cm.ID) {
					if from.Reached(at) {
						reachedOld = true // newest first: the rest is older still
						break
					}
					continue
				}
				next.Add(at, cm.ID)
				moved = true
				if cm.From != nil && cm.From.ID == c.cfg.PageID {
					continue
				}
				a := accounts.Activity{
					Ref:       accounts.Ref{ID: cm.ID, URL: cm.PermalinkURL},
					Kind:      accounts.ActivityComment,
					Text:      cm.Message,
					CreatedAt: at,
					Subject:   subject,
					Parent:    subject,
				}
				if cm.Parent != nil && cm.Parent.ID != "" {
					a.Kind = accounts.ActivityReply
					a.Parent = &accounts.Ref{ID: cm.Parent.ID}
				}
				if cm.From != nil {
					a.AuthorID = cm.From.ID
					a.AuthorName = cm.From.Name
					a.Author = cm.From.Name
				}
				items = append(items, a)
			}
			after = list.Paging.NextAfter()
			if reachedOld || after == "" {
				break
			}
		}
	}
	out := accounts.ActivityPage{Cursor: cursor}
	msgs, note, err := c.messengerMessages(ctx, op, from, &next, &moved)
	if err != nil {
		return accounts.ActivityPage{}, err
	}
	out.Items = append(items, msgs...)
	if note != "" {
		out.Notes = append(out.Notes, note)
	}
	if moved {
		out.Cursor = next.String()
	}
	return out, nil
}

type fbMessage struct {
	ID          string `json:"id"`
	Message     string `json:"message"`
	CreatedTime string `json:"created_time"`
	From        *struct {
		ID   string `json:"id"`
		Name string `json:"name"`
	} `json:"from"`
}

type fbConversation struct {
	ID          string `json:"id"`
	UpdatedTime string `json:"updated_time"`
	Link        string `json:"link"`
	Messages    *struct {
		Data []fbMessage `json:"data"`
	} `json:"messages"`
}

// messengerMessages reads the newest conversations (most recently updated
// first) and their newest messages. Without the permission to read them
// it returns a note instead of failing the whole read.
func (c *Connector) messengerMessages(ctx context.Context, op string, from since.Cursor, next *since.Cursor, moved *bool) ([]accounts.Activity, string, error) {
	q := url.Values{}
	q.Set("platform", "messenger")
	q.Set("fields", fmt.Sprintf("id,updated_time,link,messages.limit(%d){id,message,from,created_time}", messagesPerConversation))
	q.Set("limit", strconv.Itoa(activityConversations))
	var convs List[fbConversation]
	if err := c.graph.Get(ctx, op, url.PathEscape(c.cfg.PageID)+"/conversations", q, &convs); err != nil {
		switch accounts.ErrorKindOf(err) {
		case accounts.KindAuth, accounts.KindRejected:
			// The comments were read with the same token, so this is the
			// missing pages_messaging permission, not a lapsed sign-in.
			return nil, "Messenger messages were not read: the Page's token lacks the pages_messaging permission. Reconnect Facebook with it to see them here.", nil
		}
		return nil, "", err
	}
	var items []accounts.Activity
	for _, cv := range convs.Data {
		if at, err := ParseGraphTime(cv.UpdatedTime); err == nil && from.Reached(at) {
			break // most recently updated first: the rest has nothing new
		}
		if cv.Messages == nil {
			continue
		}
		for _, m := range cv.Messages.Data {
			at, err := ParseGraphTime(m.CreatedTime)
			if err != nil || !from.IsNew(at, m.ID) {
				continue
			}
			next.Add(at, m.ID)
			*moved = true
			if m.From == nil || m.From.ID == c.cfg.PageID {
				continue
			}
			items = append(items, accounts.Activity{
				Ref:          accounts.Ref{ID: m.ID, Conversation: cv.ID, URL: messengerURL(cv.Link)},
				Kind:         accounts.ActivityMessage,
				Private:      true,
				Conversation: cv.ID,
				AuthorID:     m.From.ID,
				Author:       m.From.Name,
				AuthorName:   m.From.Name,
				Text:         m.Message,
				CreatedAt:    at,
			})
		}
	}
	return items, "", nil
}

// messengerURL makes Graph's conversation link ("/{page}/inbox/…")
// absolute.
func messengerURL(link string) string {
	if strings.HasPrefix(link, "/") {
		return "https://www.facebook.com" + link
	}
	return link
}

type summary struct {
	Summary struct {
		TotalCount int64 `json:"total_count"`
	} `json:"summary"`
}

type insights struct {
	Data []struct {
		Name   string `json:"name"`
		Values []struct {
			Value json.Number `json:"value"`
		} `json:"values"`
	} `json:"data"`
}

// PostMetrics reads reactions, comments and shares for each post, and its
// views from insights where Facebook allows it (Pages with 100+ likes,
// last two years; see postViewMetrics). When insights alone fail,
// Impressions is -1 and the rest still counts.
func (c *Connector) PostMetrics(ctx context.Context, refs []accounts.Ref) ([]accounts.PostMetrics, error) {
	const op = "post metrics"
	out := make([]accounts.PostMetrics, 0, len(refs))
	for _, ref := range refs {
		if ref.ID == "" {
			return nil, c.rejected(op, "A post without a Facebook id can't be measured.")
		}
		var r struct {
			Reactions *summary `json:"reactions"`
			Comments  *summary `json:"comments"`
			Shares    *struct {
				Count int64 `json:"count"`
			} `json:"shares"`
		}
		q := url.Values{}
		q.Set("fields", "reactions.summary(total_count),comments.summary(total_count),shares")
		if err := c.graph.Get(ctx, op, url.PathEscape(ref.ID), q, &r); err != nil {
			if postGone(err) {
				continue // deleted since: left out, as the interface asks
			}
			return nil, err
		}
		m := accounts.PostMetrics{Ref: ref, Quotes: -1, Impressions: -1}
		if r.Reactions != nil {
			m.Likes = r.Reactions.Summary.TotalCount
		}
		if r.Comments != nil {
			m.Replies = r.Comments.Summary.TotalCount
		}
		if r.Shares != nil {
			m.Reposts = r.Shares.Count // absent: nobody shared it
		}
		m.Impressions = c.postReach(ctx, ref.ID)
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, nil
}

// postGone reports whether Graph refused to read a post because it no
// longer exists (deleted after publishing): error code 100, subcode 33,
// "Unsupported get request. Object with ID '…' does not exist, cannot be
// loaded due to missing permissions, or does not support this operation."
// A token problem is KindAuth, not this.
func postGone(err error) bool {
	var e *accounts.Error
	return errors.As(err, &e) && e.Kind == accounts.KindRejected &&
		(e.Status == http.StatusNotFound || strings.Contains(e.Message, "does not exist"))
}

// postViewMetrics are the insights asked for a post's views: post_media_view
// (which replaced post_impressions, deprecated in 2025 with
// post_impressions_unique), else post_total_media_view_unique, the people
// who saw it. One unknown metric fails the whole request, so each is asked
// on its own.
var postViewMetrics = []string{"post_media_view", "post_total_media_view_unique"}

// postReach is the post's views, or -1 when Facebook won't say: each
// metric of postViewMetrics is asked in turn until one answers; a refused
// one (an old or new name this Page's API version does not know, a Page
// under 100 likes) moves on to the next, anything else stops.
func (c *Connector) postReach(ctx context.Context, id string) int64 {
	for _, metric := range postViewMetrics {
		var ins insights
		q := url.Values{}
		q.Set("metric", metric)
		if err := c.graph.Get(ctx, "post insights", url.PathEscape(id)+"/insights", q, &ins); err != nil {
			if accounts.ErrorKindOf(err) == accounts.KindRejected {
				continue
			}
			return -1
		}
		for _, d := range ins.Data {
			if len(d.Values) == 0 {
				continue
			}
			if n, err := d.Values[len(d.Values)-1].Value.Int64(); err == nil {
				return n
			}
		}
	}
	return -1
}

// AccountMetrics reads the Page's followers (fan_count, its likes, when
// followers_count is missing).
func (c *Connector) AccountMetrics(ctx context.Context) (accounts.AccountMetrics, error) {
	var r struct {
		FollowersCount *int64 `json:"followers_count"`
		FanCount       *int64 `json:"fan_count"`
	}
	q := url.Values{}
	q.Set("fields", "followers_count,fan_count")
	if err := c.graph.Get(ctx, "account metrics", c.cfg.PageID, q, &r); err != nil {
		return accounts.AccountMetrics{}, err
	}
	m := accounts.AccountMetrics{Followers: -1, At: c.cfg.Now()}
	switch {
	case r.FollowersCount != nil:
		m.Followers = *r.FollowersCount
	case r.FanCount != nil:
		m.Followers = *r.FanCount
	}
	return m, nil
}

// RecentPosts lists the Page's newest posts: GET /{page-id}/posts.
func (c *Connector) RecentPosts(ctx context.Context, limit int) ([]accounts.RecentPost, error) {
	if limit <= 0 {
		limit = 10
	}
	if limit > maxRecentPosts {
		limit = maxRecentPosts
	}
	q := url.Values{}
	q.Set("fields", "id,message,created_time,permalink_url")
	q.Set("limit", strconv.Itoa(limit))
	var list List[fbPost]
	if err := c.graph.Get(ctx, "recent posts", c.cfg.PageID+"/posts", q, &list); err != nil {
		return nil, err
	}
	out := make([]accounts.RecentPost, 0, len(list.Data))
	for _, p := range list.Data {
		// An unreadable time leaves CreatedAt zero, which RecentPost's
		// users take as unknown: the post is still compared by its text.
		at, _ := ParseGraphTime(p.CreatedTime)
		u := p.PermalinkURL
		if u == "" {
			u = PostURL(p.ID)
		}
		out = append(out, accounts.RecentPost{Ref: accounts.Ref{ID: p.ID, URL: u}, Text: p.Message, CreatedAt: at})
	}
	return out, nil
}

// Page is a Facebook Page the signed-in person can act for.
type Page struct {
	ID          string
	Name        string
	AccessToken string   // the Page access token
	Tasks       []string // e.g. CREATE_CONTENT, MODERATE, ANALYZE, MANAGE
}

// String keeps the Page token out of any %v formatting.
func (p Page) String() string {
	return fmt.Sprintf("Page{%s %q tasks=%v token=[set]}", p.ID, p.Name, p.Tasks)
}

// GoString does the same for %#v.
func (p Page) GoString() string { return p.String() }

// PagesForUser lists the Pages a user manages, each with its Page access
// token, from GET /me/accounts with the user access token, following every
// page of results. graphURL "" means DefaultGraphURL.
func PagesForUser(ctx context.Context, httpClient *http.Client, graphURL, userToken string) ([]Page, error) {
	g := &Graph{BaseURL: graphURL, HTTP: httpClient, Token: userToken, Network: network.Facebook}
	var out []Page
	after := ""
	for i := 0; i < maxAccountsPages; i++ {
		q := url.Values{}
		q.Set("fields", "id,name,access_token,tasks")
		q.Set("limit", "100")
		if after != "" {
			q.Set("after", after)
		}
		var list List[struct {
			ID          string   `json:"id"`
			Name        string   `json:"name"`
			AccessToken string   `json:"access_token"`
			Tasks       []string `json:"tasks"`
		}]
		if err := g.Get(ctx, "list pages", "me/accounts", q, &list); err != nil {
			return nil, err
		}
		for _, p := range list.Data {
			out = append(out, Page{ID: p.ID, Name: p.Name, AccessToken: p.AccessToken, Tasks: p.Tasks})
		}
		after = list.Paging.NextAfter()
		if after == "" {
			break
		}
	}
	return out, nil
}

// MarkSeen does nothing: Facebook has no "seen" mark for an app to set.
func (c *Connector) MarkSeen(ctx context.Context, at time.Time) error { return nil }
