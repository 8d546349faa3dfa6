package bluesky

// Reading an inbox item's thread: the posts above it.

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/carepost/carepost/accounts"
)

// threadParentHeight is how many posts above an item are read: enough for
// any conversation staff answer, few enough to stay one small request.
const threadParentHeight = 20

var _ accounts.ThreadReader = (*Connector)(nil)

// threadNode is one app.bsky.feed.defs#threadViewPost, or a notFoundPost
// or blockedPost where the chain breaks (they carry no post).
type threadNode struct {
	Type     string          `json:"$type"`
	URI      string          `json:"uri"`
	Post     *postView       `json:"post"`
	Parent   json.RawMessage `json:"parent"`
	NotFound bool            `json:"notFound"`
	Blocked  bool            `json:"blocked"`
}

// Thread reads the posts above the item (app.bsky.feed.getPostThread with
// depth 0, so no replies below it, and parentHeight 20), oldest first. It
// only reads. A post above that was deleted or is blocked ends the chain
// there and sets Missing. post is not needed: the parents reach the root.
// A chat message (no post URI) has no thread here.
func (c *Connector) Thread(ctx context.Context, item accounts.Ref, post *accounts.Ref) (accounts.Thread, error) {
	const op = "read the thread"
	if item.URI == "" {
		return accounts.Thread{}, nil
	}
	resp, err := c.read(ctx, op, "app.bsky.feed.getPostThread", url.Values{
		"uri": {item.URI}, "depth": {"0"}, "parentHeight": {strconv.Itoa(threadParentHeight)}})
	if err != nil {
		var e *accounts.Error
		if errors.As(err, &e) && e.Status == http.StatusBadRequest && strings.Contains(strings.ToLower(e.Message), "not found") {
			// XRPC's NotFound: the item itself is gone.
			return accounts.Thread{Missing: true}, nil
		}
		return accounts.Thread{}, err
	}
	own := c.knownDID()
	if own == "" {
		s, err := c.whoami(ctx)
		if err != nil {
			return accounts.Thread{}, err
		}
		own = s.DID
	}
	t, err := parseThread(resp.Body, own)
	if err != nil {
		return accounts.Thread{}, badResponse(op, err)
	}
	return t, nil
}

// parseThread reads getPostThread's answer: the chain of parents above the
// item, oldest first; own is the clinic's DID.
func parseThread(data []byte, own string) (accounts.Thread, error) {
	var out struct {
		Thread threadNode `json:"thread"`
	}
	if err := json.Unmarshal(data, &out); err != nil {
		return accounts.Thread{}, err
	}
	var t accounts.Thread
	raw := out.Thread.Parent
	for n := 0; n <= threadParentHeight && len(raw) > 0 && string(raw) != "null"; n++ {
		var node threadNode
		if err := json.Unmarshal(raw, &node); err != nil {
			return accounts.Thread{}, err
		}
		if node.Post == nil || node.NotFound || node.Blocked {
			t.Missing = true
			break
		}
		p := node.Post
		tp := accounts.ThreadPost{
			Ref:        accounts.Ref{URI: p.URI, CID: p.CID, URL: postURL(Session{DID: p.Author.DID, Handle: p.Author.Handle}, p.URI)},
			AuthorID:   p.Author.DID,
			Author:     p.Author.Handle,
			AuthorName: p.Author.DisplayName,
			Text:       p.Record.Text,
			CreatedAt:  parseTime(p.Record.CreatedAt),
			Own:        own != "" && p.Author.DID == own,
		}
		if tp.CreatedAt.IsZero() {
			tp.CreatedAt = parseTime(p.IndexedAt)
		}
		if r := p.Record.Reply; r != nil && r.Root.URI != "" {
			tp.Ref.RootURI, tp.Ref.RootCID = r.Root.URI, r.Root.CID
		}
		t.Ancestors = append(t.Ancestors, tp)
		raw = node.Parent
		if (len(raw) == 0 || string(raw) == "null") && p.Record.Reply != nil {
			// A reply whose parent was not returned: the height ran out,
			// or the network left it out.
			t.Missing = true
		}
	}
	slices.Reverse(t.Ancestors)
	return t, nil
}
