package mastodon

// Reading from Mastodon: notifications as activity, a post's counts, and
// the account's recent posts.

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/carepost/carepost/accounts"
)

// activityTypes are the notification types read: mentions carry replies,
// mentions and direct messages; quote is Mastodon 4.5's (servers that do
// not know a type ignore it); the rest feed the stats.
var activityTypes = []string{"mention", "quote", "reblog", "favourite", "follow"}

// FetchActivity reads mentions (replies, mentions and direct messages),
// quotes, favourites, boosts and follows from GET /api/v1/notifications.
// It only reads.
//
// The cursor is the largest notification id returned (ids only grow). With
// a cursor it pages forward with min_id, oldest page first, so a long
// absence is caught up over several fetches without a gap and nothing is
// returned twice; without one it reads the newest maxActivityPages pages
// backwards through the Link rel="next" max_id.
func (c *Connector) FetchActivity(ctx context.Context, cursor string) (accounts.ActivityPage, error) {
	const op = "fetch activity"
	page := accounts.ActivityPage{Cursor: cursor}
	seen := map[string]bool{}
	var notes []apiNotification
	maxID, minID := "", cursor
	for n := 0; n < maxActivityPages; n++ {
		q := url.Values{}
		for _, t := range activityTypes {
			q.Add("types[]", t)
		}
		q.Set("limit", strconv.Itoa(limitPerPage))
		if minID != "" {
			q.Set("min_id", minID)
		}
		if maxID != "" {
			q.Set("max_id", maxID)
		}
		var ns []apiNotification
		resp, err := c.get(ctx, op, "/api/v1/notifications", q, &ns)
		if err != nil {
			return accounts.ActivityPage{}, err
		}
		newest := ""
		for _, nt := range ns {
			id := string(nt.ID)
			if id == "" || seen[id] || (cursor != "" && !idGreater(id, cursor)) {
				continue
			}
			seen[id] = true
			if idGreater(id, page.Cursor) {
				page.Cursor = id
			}
			if idGreater(id, newest) {
				newest = id
			}
			notes = append(notes, nt)
		}
		if len(ns) < limitPerPage || newest == "" {
			break
		}
		if cursor != "" {
			// Forward: the next page is what came after this one.
			minID = newest
			continue
		}
		// Backward (first fetch): only the next page's max_id is taken
		// from the Link header; the request is rebuilt here, so the token
		// only ever goes to Server.
		next := nextMaxID(resp.Header.Values("Link"))
		if next == "" || (maxID != "" && !idGreater(maxID, next)) {
			break
		}
		maxID = next
	}
	own := ""
	for _, nt := range notes {
		if nt.Status != nil && nt.Status.InReplyToAcct != nil && *nt.Status.InReplyToAcct != "" {
			// Whether a reply answers the clinic's own post needs the
			// clinic's account id (read once per connector).
			id, err := c.ownID(ctx)
			if err != nil {
				return accounts.ActivityPage{}, err
			}
			own = id
			break
		}
	}
	for _, nt := range notes {
		if a, ok := toActivity(nt, own); ok {
			page.Items = append(page.Items, a)
		}
	}
	return page, nil
}

// toActivity maps one notification; own is the clinic's account id ("" when
// not needed).
func toActivity(n apiNotification, own string) (accounts.Activity, bool) {
	a := accounts.Activity{CreatedAt: n.CreatedAt}
	if n.Account != nil {
		a.AuthorID = string(n.Account.ID)
		if n.Account.Acct != "" {
			a.Author = "@" + n.Account.Acct
		}
		a.AuthorName = n.Account.DisplayName
	}
	switch n.Type {
	case "mention", "quote":
		if n.Status == nil {
			return a, false
		}
		s := n.Status
		a.Ref = s.ref()
		a.Text = statusText(s)
		if !s.CreatedAt.IsZero() {
			a.CreatedAt = s.CreatedAt
		}
		a.Kind = accounts.ActivityMention
		if s.InReplyToID != nil && *s.InReplyToID != "" {
			a.Kind = accounts.ActivityReply
			a.Parent = &accounts.Ref{ID: string(*s.InReplyToID)}
			if own != "" && s.InReplyToAcct != nil && string(*s.InReplyToAcct) == own {
				subject := *a.Parent
				a.Subject = &subject
			}
		}
		if n.Type == "quote" {
			a.Kind = accounts.ActivityQuote
			if q := s.Quote; q != nil && q.QuotedStatus != nil && q.QuotedStatus.ID != "" {
				subject := q.QuotedStatus.ref()
				a.Subject = &subject
			}
		}
		// A direct status is a private message; a followers-only one is
		// seen by the author's followers only. Both are answered privately.
		switch s.Visibility {
		case "direct":
			a.Kind = accounts.ActivityMessage
			a.Private = true
		case "private":
			a.Private = true
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

// MarkSeen does nothing: reading notifications changes nothing on a
// Mastodon server, and CarePost keeps its own read marks.
func (c *Connector) MarkSeen(ctx context.Context, at time.Time) error { return nil }
