package bluesky

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/accounts/internal/since"
)

// getPostsMax is app.bsky.feed.getPosts' limit on uris per call.
const getPostsMax = 25

// Activity paging bounds: listNotifications returns at most 100 a page.
const (
	activityPageSize = 100
	activityMaxPages = 10
)

type profileBasic struct {
	DID         string `json:"did"`
	Handle      string `json:"handle"`
	DisplayName string `json:"displayName"`
}

// recordView is the part of a post record read back.
type recordView struct {
	Text      string    `json:"text"`
	CreatedAt string    `json:"createdAt"`
	Reply     *replyRef `json:"reply"`
}

// postView is app.bsky.feed.defs#postView.
type postView struct {
	URI         string       `json:"uri"`
	CID         string       `json:"cid"`
	Author      profileBasic `json:"author"`
	Record      recordView   `json:"record"`
	ReplyCount  int64        `json:"replyCount"`
	RepostCount int64        `json:"repostCount"`
	LikeCount   int64        `json:"likeCount"`
	QuoteCount  int64        `json:"quoteCount"`
	IndexedAt   string       `json:"indexedAt"`
}

func (c *Connector) getPosts(ctx context.Context, op string, uris []string) ([]postView, error) {
	resp, err := c.read(ctx, op, "app.bsky.feed.getPosts", url.Values{"uris": uris})
	if err != nil {
		return nil, err
	}
	var out struct {
		Posts []postView `json:"posts"`
	}
	if err := resp.JSON(&out); err != nil {
		return nil, badResponse(op, err)
	}
	return out.Posts, nil
}

// PostMetrics reads like, repost, reply and quote counts
// (app.bsky.feed.getPosts, 25 posts a call). Bluesky reports no
// impressions (-1). Posts that no longer exist are left out.
func (c *Connector) PostMetrics(ctx context.Context, refs []accounts.Ref) ([]accounts.PostMetrics, error) {
	const op = "read post counts"
	byURI := map[string]postView{}
	var uris []string
	seen := map[string]bool{}
	for _, r := range refs {
		if r.URI != "" && !seen[r.URI] {
			seen[r.URI] = true
			uris = append(uris, r.URI)
		}
	}
	for start := 0; start < len(uris); start += getPostsMax {
		end := min(start+getPostsMax, len(uris))
		posts, err := c.getPosts(ctx, op, uris[start:end])
		if err != nil {
			return nil, err
		}
		for _, p := range posts {
			byURI[p.URI] = p
		}
	}
	var out []accounts.PostMetrics
	for _, r := range refs {
		p, ok := byURI[r.URI]
		if !ok {
			continue
		}
		ref := r
		if ref.CID == "" {
			ref.CID = p.CID
		}
		out = append(out, accounts.PostMetrics{Ref: ref, Likes: p.LikeCount, Reposts: p.RepostCount,
			Replies: p.ReplyCount, Quotes: p.QuoteCount, Impressions: -1})
	}
	return out, nil
}

// AccountMetrics reads the follower count (app.bsky.actor.getProfile).
func (c *Connector) AccountMetrics(ctx context.Context) (accounts.AccountMetrics, error) {
	const op = "read followers"
	s, err := c.whoami(ctx)
	if err != nil {
		return accounts.AccountMetrics{}, err
	}
	resp, err := c.read(ctx, op, "app.bsky.actor.getProfile", url.Values{"actor": {s.DID}})
	if err != nil {
		return accounts.AccountMetrics{}, err
	}
	var out struct {
		FollowersCount int64 `json:"followersCount"`
	}
	if err := resp.JSON(&out); err != nil {
		return accounts.AccountMetrics{}, badResponse(op, err)
	}
	return accounts.AccountMetrics{Followers: out.FollowersCount, At: c.now()}, nil
}

// RecentPosts lists the account's newest own posts, replies and reposts
// left out (app.bsky.feed.getAuthorFeed, filter posts_no_replies).
func (c *Connector) RecentPosts(ctx context.Context, limit int) ([]accounts.RecentPost, error) {
	const op = "read recent posts"
	s, err := c.whoami(ctx)
	if err != nil {
		return nil, err
	}
	limit = max(1, min(limit, 100))
	resp, err := c.read(ctx, op, "app.bsky.feed.getAuthorFeed", url.Values{
		"actor": {s.DID}, "filter": {"posts_no_replies"}, "limit": {strconv.Itoa(limit)}})
	if err != nil {
		return nil, err
	}
	var out struct {
		Feed []struct {
			Post   postView        `json:"post"`
			Reason json.RawMessage `json:"reason"`
		} `json:"feed"`
	}
	if err := resp.JSON(&out); err != nil {
		return nil, badResponse(op, err)
	}
	var posts []accounts.RecentPost
	for _, item := range out.Feed {
		p := item.Post
		if len(item.Reason) > 0 && string(item.Reason) != "null" {
			continue // a repost or pin, not a post of ours at this time
		}
		if p.Author.DID != "" && p.Author.DID != s.DID {
			continue
		}
		if p.Record.Reply != nil {
			// posts_no_replies keeps replies within our own threads; only
			// top-level posts are wanted here.
			continue
		}
		r := accounts.RecentPost{Ref: accounts.Ref{URI: p.URI, CID: p.CID, URL: postURL(s, p.URI)}, Text: p.Record.Text}
		r.CreatedAt = parseTime(p.Record.CreatedAt)
		if r.CreatedAt.IsZero() {
			r.CreatedAt = parseTime(p.IndexedAt)
		}
		posts = append(posts, r)
		if len(posts) == limit {
			break
		}
	}
	return posts, nil
}

func parseTime(s string) time.Time {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}
	}
	return t
}

// notification is app.bsky.notification.listNotifications#notification.
type notification struct {
	URI           string          `json:"uri"`
	CID           string          `json:"cid"`
	Author        profileBasic    `json:"author"`
	Reason        string          `json:"reason"`
	ReasonSubject string          `json:"reasonSubject"`
	Record        json.RawMessage `json:"record"`
	IndexedAt     string          `json:"indexedAt"`
}

var activityKinds = map[string]accounts.ActivityKind{
	"reply":   accounts.ActivityReply,
	"mention": accounts.ActivityMention,
	"quote":   accounts.ActivityQuote,
	"like":    accounts.ActivityLike,
	"repost":  accounts.ActivityRepost,
	"follow":  accounts.ActivityFollow,
}

// FetchActivity returns replies, mentions, quotes, likes, reposts and
// follows not returned before (app.bsky.notification.listNotifications),
// newest first, and chat messages (chat.bsky.convo.getLog) when the app
// password allows direct messages; otherwise ActivityPage.Notes says so.
// It only reads: marking notifications seen is MarkSeen.
//
// The cursor is opaque: the newest indexedAt returned and the URIs
// returned at exactly that time, so a notification indexed in the same
// instant as one already returned still comes, and none comes twice. ""
// reads from the newest back, up to 1,000 notifications. A cursor from
// earlier versions (a bare RFC 3339 time) is still understood.
func (c *Connector) FetchActivity(ctx context.Context, cursor string) (accounts.ActivityPage, error) {
	const op = "read notifications"
	cur := parseCursor(cursor)
	from, ok := since.Parse(cur.Notifications, func(s string) (time.Time, bool) {
		t := parseTime(s)
		return t, !t.IsZero()
	})
	if !ok {
		return accounts.ActivityPage{}, rejected(op, "The saved Bluesky inbox position is unreadable.")
	}
	page := accounts.ActivityPage{Cursor: cursor}
	next, moved := from, false
	var returned []recentNotification
	own := c.knownDID()
	apiCursor := ""
	for n := 0; n < activityMaxPages; n++ {
		q := url.Values{"limit": {strconv.Itoa(activityPageSize)}}
		if apiCursor != "" {
			q.Set("cursor", apiCursor)
		}
		resp, err := c.authed(ctx, call{op: op, method: http.MethodGet, base: c.pds,
			nsid: "app.bsky.notification.listNotifications", query: q})
		if err != nil {
			return accounts.ActivityPage{}, err
		}
		var out struct {
			Cursor        string         `json:"cursor"`
			Notifications []notification `json:"notifications"`
		}
		if err := resp.JSON(&out); err != nil {
			return accounts.ActivityPage{}, badResponse(op, err)
		}
		reachedOld := false
		for _, nt := range out.Notifications {
			at := parseTime(nt.IndexedAt)
			if at.IsZero() {
				continue
			}
			late := !from.At.IsZero() && at.After(from.At.Add(-lateWindow)) && !cur.recent(nt.URI) && !from.IsNew(at, nt.URI) && len(cur.Recent) > 0
			if !from.IsNew(at, nt.URI) && !late {
				reachedOld = reachedOld || (from.Reached(at) && !at.After(from.At.Add(-lateWindow)))
				continue
			}
			next.Add(at, nt.URI)
			returned = append(returned, recentNotification{URI: nt.URI, At: at})
			moved = true
			if a, ok := toActivity(nt, at, own); ok {
				page.Items = append(page.Items, a)
			}
		}
		if reachedOld || out.Cursor == "" || out.Cursor == apiCursor || len(out.Notifications) == 0 {
			break
		}
		apiCursor = out.Cursor
	}
	if moved {
		cur.Notifications = next.String()
		// Keep what was returned within the window of the newest.
		keep := append(slices.Clone(cur.Recent), returned...)
		cur.Recent = cur.Recent[:0:0]
		for _, r := range keep {
			if r.At.After(next.At.Add(-lateWindow)) && !cur.recent(r.URI) {
				cur.Recent = append(cur.Recent, r)
			}
		}
	}
	chats, chatCursor, note := c.chatMessages(ctx, cur.Chat, own)
	page.Items = append(page.Items, chats...)
	cur.Chat = chatCursor
	if note != "" {
		page.Notes = append(page.Notes, note)
	}
	page.Cursor = cur.String()
	return page, nil
}

// activityCursor is FetchActivity's cursor: the notifications' (see
// accounts/internal/since) and the chat log's. Without a chat position it
// is the notifications' alone, as earlier versions wrote it.
type activityCursor struct {
	Notifications string `json:"n"`
	Chat          string `json:"c,omitempty"`
	// Recent are the notifications returned within lateWindow of the
	// newest, so one listed late with an earlier time comes once.
	Recent []recentNotification `json:"r,omitempty"`
}

// recentNotification is one notification returned lately: its URI and
// time.
type recentNotification struct {
	URI string    `json:"u"`
	At  time.Time `json:"t"`
}

// lateWindow is how far before the newest notification returned a fetch
// looks again. Bluesky lists notifications by the earlier of the record's
// creation and indexing time, so a reply indexed late can be listed after
// newer ones were read, with a time before them; without a second look it
// would never come.
const lateWindow = 10 * time.Minute

func (c activityCursor) recent(uri string) bool {
	for _, r := range c.Recent {
		if r.URI == uri {
			return true
		}
	}
	return false
}

func parseCursor(s string) activityCursor {
	var c activityCursor
	if strings.HasPrefix(s, `{"n":`) && json.Unmarshal([]byte(s), &c) == nil {
		return c
	}
	return activityCursor{Notifications: s}
}

func (c activityCursor) String() string {
	if c.Chat == "" && len(c.Recent) == 0 {
		return c.Notifications
	}
	b, _ := json.Marshal(c) // strings and times: cannot fail
	return string(b)
}

// knownDID is the clinic's DID when it is known without asking the
// network: from the session, else the access token's subject.
func (c *Connector) knownDID() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.session.DID != "" {
		return c.session.DID
	}
	return jwtSubject(c.creds.AccessToken)
}

// toActivity maps one notification; own is the clinic's DID ("" when not
// known).
func toActivity(nt notification, at time.Time, own string) (accounts.Activity, bool) {
	kind, ok := activityKinds[nt.Reason]
	if !ok {
		return accounts.Activity{}, false
	}
	var rec struct {
		Text    string          `json:"text"`
		Reply   *replyRef       `json:"reply"`
		Subject json.RawMessage `json:"subject"`
		Embed   *struct {
			Record *struct {
				URI    string     `json:"uri"`
				CID    string     `json:"cid"`
				Record *strongRef `json:"record"` // recordWithMedia
			} `json:"record"`
		} `json:"embed"`
	}
	// A record that does not parse still makes an activity (who did what);
	// only its text and the posts it points to are left out.
	_ = json.Unmarshal(nt.Record, &rec)
	a := accounts.Activity{
		Ref:        accounts.Ref{URI: nt.URI, CID: nt.CID},
		Kind:       kind,
		AuthorID:   nt.Author.DID,
		Author:     nt.Author.Handle,
		AuthorName: nt.Author.DisplayName,
		CreatedAt:  at,
	}
	ours := func(uri string) bool { return own != "" && authorOf(uri) == own }
	switch kind {
	case accounts.ActivityReply, accounts.ActivityMention, accounts.ActivityQuote:
		a.Text = rec.Text
		a.Ref.URL = postURL(Session{DID: nt.Author.DID, Handle: nt.Author.Handle}, nt.URI)
		if rec.Reply != nil && rec.Reply.Root.URI != "" {
			a.Ref.RootURI, a.Ref.RootCID = rec.Reply.Root.URI, rec.Reply.Root.CID
		} else {
			a.Ref.RootURI, a.Ref.RootCID = nt.URI, nt.CID // a post of its own
		}
		if rec.Reply != nil && rec.Reply.Parent.URI != "" {
			a.Parent = &accounts.Ref{URI: rec.Reply.Parent.URI, CID: rec.Reply.Parent.CID}
		}
	}
	switch kind {
	case accounts.ActivityReply:
		// Bluesky tells the parent's and the root's authors of a reply: the
		// clinic's post is the parent when it is ours (or we cannot tell),
		// else the thread's root.
		if r := rec.Reply; r != nil && r.Parent.URI != "" {
			switch {
			case own == "" || ours(r.Parent.URI):
				a.Subject = &accounts.Ref{URI: r.Parent.URI, CID: r.Parent.CID}
			case ours(r.Root.URI):
				a.Subject = &accounts.Ref{URI: r.Root.URI, CID: r.Root.CID}
			}
		}
	case accounts.ActivityLike, accounts.ActivityRepost:
		var subj strongRef
		if json.Unmarshal(rec.Subject, &subj) == nil && subj.URI != "" {
			a.Subject = &accounts.Ref{URI: subj.URI, CID: subj.CID}
		}
	case accounts.ActivityQuote:
		if e := rec.Embed; e != nil && e.Record != nil {
			switch {
			case e.Record.URI != "":
				a.Subject = &accounts.Ref{URI: e.Record.URI, CID: e.Record.CID}
			case e.Record.Record != nil && e.Record.Record.URI != "":
				a.Subject = &accounts.Ref{URI: e.Record.Record.URI, CID: e.Record.Record.CID}
			}
		}
	}
	if a.Subject == nil && nt.ReasonSubject != "" && kind != accounts.ActivityFollow && kind != accounts.ActivityMention {
		a.Subject = &accounts.Ref{URI: nt.ReasonSubject}
	}
	return a, true
}

// MarkSeen marks the account's notifications seen up to at
// (app.bsky.notification.updateSeen), so Bluesky's own apps stop showing
// them as new.
func (c *Connector) MarkSeen(ctx context.Context, at time.Time) error {
	if at.IsZero() {
		return nil
	}
	_, err := c.authed(ctx, call{op: "mark notifications seen", method: http.MethodPost, base: c.pds,
		nsid: "app.bsky.notification.updateSeen", body: map[string]string{"seenAt": at.UTC().Format(time.RFC3339Nano)}})
	return err
}
