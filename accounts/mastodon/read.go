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

// MarkSeen does nothing: reading notifications changes nothing on a
// Mastodon server, and CarePost keeps its own read marks.
func (c *Connector) MarkSeen(ctx context.Context, at time.Time) error { return nil }
