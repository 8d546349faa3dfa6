package linkedin

// Looking for the organization's own answer under the item it answered,
// for an answer whose network response was lost (accounts.ReplyFinder).
// An answer is a comment (on the post, or nested under the comment
// answered), which the Page's posts never list.

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/network"
)

// How far OwnReplies reads: LinkedIn documents no order for a comment
// list, so every page is read, up to findPages of findPageSize; a longer
// list settles nothing.
const (
	findPageSize = 100
	findPages    = 5
)

var _ accounts.ReplyFinder = (*Connector)(nil)

// OwnReplies lists the organization's answers to the item to (a post or
// comment URN), made since since, newest first: GET
// /rest/socialActions/{urn}/comments (a comment URN lists the comments
// nested under it), the organization's own by actor.
func (c *Connector) OwnReplies(ctx context.Context, to accounts.Ref, r accounts.ReplyPost, since time.Time) ([]accounts.RecentPost, error) {
	const op = "look for the answer"
	target := to.ID
	if target == "" {
		target = to.URI
	}
	if r.Private || target == "" {
		return nil, nil // Reply refuses these: nothing was sent
	}
	object := target
	if obj, ok := commentObject(target); ok {
		object = obj
	}
	var out []accounts.RecentPost
	for page, start := 0, 0; page < findPages; page++ {
		q := "start=" + strconv.Itoa(start) + "&count=" + strconv.Itoa(findPageSize)
		resp, err := c.do(ctx, op, func() (*http.Request, error) {
			return http.NewRequest(http.MethodGet, c.cfg.BaseURL+"/rest/socialActions/"+urnEscape(target)+"/comments?"+q, nil)
		})
		if err != nil {
			return nil, err
		}
		var body struct {
			Elements []comment `json:"elements"`
			Paging   struct {
				Start int  `json:"start"`
				Count int  `json:"count"`
				Total *int `json:"total"`
			} `json:"paging"`
		}
		if err := resp.JSON(&body); err != nil {
			return nil, &accounts.Error{Kind: accounts.KindTransient, Network: network.LinkedIn, Op: op, Status: resp.Status, Err: err}
		}
		for _, m := range body.Elements {
			at := time.UnixMilli(m.Created.Time).UTC()
			if m.Actor != c.cfg.OrganizationURN || (m.Created.Time > 0 && at.Before(since)) {
				continue
			}
			urn := m.urn()
			out = append(out, accounts.RecentPost{
				Ref:       accounts.Ref{ID: urn, URI: urn, URL: PostURL(object) + "?commentUrn=" + url.QueryEscape(urn)},
				Text:      m.Message.Text,
				CreatedAt: at,
			})
		}
		start += len(body.Elements)
		more := len(body.Elements) == findPageSize
		if body.Paging.Total != nil {
			more = start < *body.Paging.Total && len(body.Elements) > 0
		}
		if !more {
			sort.SliceStable(out, func(i, j int) bool { return out[i].CreatedAt.After(out[j].CreatedAt) })
			return out, nil
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].CreatedAt.After(out[j].CreatedAt) })
	return out, fmt.Errorf("%w: more than %d comments under it", accounts.ErrReplyNotSettled, findPages*findPageSize)
}
