package instagram

// Looking for the account's own answer under the item it answered, for an
// answer whose network response was lost (accounts.ReplyFinder). An
// answer to a comment is a reply under it, which the account's media
// never list.

import (
	"context"
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/accounts/facebook"
	"github.com/carepost/carepost/network"
)

// findPages bounds how many pages of replies (or comments) OwnReplies
// reads. Graph documents no order for these edges, so every page is read
// and an edge longer than this settles nothing.
const findPages = 10

var _ accounts.ReplyFinder = (*Connector)(nil)

// OwnReplies lists the account's answers to the item to, made since since,
// newest first: the replies under a comment (GET
// /{ig-comment-id}/replies), or the comments on one of the account's own
// posts when to is one (its URL is an instagram.com permalink, as Reply
// decides), the account's own by username (or from.id).
func (c *Connector) OwnReplies(ctx context.Context, to accounts.Ref, r accounts.ReplyPost, since time.Time) ([]accounts.RecentPost, error) {
	const op = "look for the answer"
	if r.Private || to.ID == "" {
		return nil, nil // Reply refuses these: nothing was sent
	}
	me, err := c.ownHandle(ctx, op)
	if err != nil {
		return nil, err
	}
	edge := "/replies"
	if strings.Contains(to.URL, "instagram.com/") {
		edge = "/comments"
	}
	var out []accounts.RecentPost
	after := ""
	for page := 0; page < findPages; page++ {
		q := url.Values{}
		q.Set("fields", commentFields)
		q.Set("limit", strconv.Itoa(commentsPerPage))
		if after != "" {
			q.Set("after", after)
		}
		var list facebook.List[igComment]
		if err := c.graph.Get(ctx, op, url.PathEscape(to.ID)+edge, q, &list); err != nil {
			return nil, err
		}
		for _, cm := range list.Data {
			at, err := facebook.ParseGraphTime(cm.Timestamp)
			if err == nil && at.Before(since) {
				continue
			}
			own := strings.EqualFold(cm.Username, me) || (cm.From != nil && (cm.From.ID == c.cfg.IGUserID || strings.EqualFold(cm.From.Username, me)))
			if !own {
				continue
			}
			out = append(out, accounts.RecentPost{Ref: accounts.Ref{ID: cm.ID}, Text: cm.Text, CreatedAt: at})
		}
		if after = list.Paging.NextAfter(); after == "" {
			sortNewestFirst(out)
			return out, nil
		}
	}
	sortNewestFirst(out)
	return out, fmt.Errorf("%w: more than %d comments under it", accounts.ErrReplyNotSettled, findPages*commentsPerPage)
}

// ownHandle is the account's own handle (GET /{ig-user-id}?fields=username),
// read once; unlike ownUsername, a failure is an error, since without it
// the account's answers cannot be told from anyone else's.
func (c *Connector) ownHandle(ctx context.Context, op string) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.username != "" {
		return c.username, nil
	}
	var r struct {
		Username string `json:"username"`
	}
	q := url.Values{}
	q.Set("fields", "username")
	if err := c.graph.Get(ctx, op, c.cfg.IGUserID, q, &r); err != nil {
		return "", err
	}
	if r.Username == "" {
		return "", &accounts.Error{Kind: accounts.KindTransient, Network: network.Instagram, Op: op,
			Message: "Instagram did not say the account's username, so CarePost cannot tell its answers from others'."}
	}
	c.username = r.Username
	return c.username, nil
}

func sortNewestFirst(ps []accounts.RecentPost) {
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].CreatedAt.After(ps[j].CreatedAt) })
}
