package bluesky

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"image"
	_ "image/gif" // aspect ratios of uploaded images
	_ "image/jpeg"
	_ "image/png"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/graphemes"
)

// Record and embed types.
const (
	postCollection = "app.bsky.feed.post"
	imagesEmbed    = "app.bsky.embed.images"
)

// strongRef is com.atproto.repo.strongRef.
type strongRef struct {
	URI string `json:"uri"`
	CID string `json:"cid"`
}

type replyRef struct {
	Root   strongRef `json:"root"`
	Parent strongRef `json:"parent"`
}

type facetIndex struct {
	ByteStart int `json:"byteStart"`
	ByteEnd   int `json:"byteEnd"`
}

type facetFeature struct {
	Type string `json:"$type"`
	URI  string `json:"uri,omitempty"`
	DID  string `json:"did,omitempty"`
	Tag  string `json:"tag,omitempty"`
}

type facet struct {
	Type     string         `json:"$type,omitempty"`
	Index    facetIndex     `json:"index"`
	Features []facetFeature `json:"features"`
}

type aspectRatio struct {
	Width  int `json:"width"`
	Height int `json:"height"`
}

type embedImage struct {
	Image       json.RawMessage `json:"image"` // the blob ref as uploadBlob returned it
	Alt         string          `json:"alt"`
	AspectRatio *aspectRatio    `json:"aspectRatio,omitempty"`
}

type embedImages struct {
	Type   string       `json:"$type"`
	Images []embedImage `json:"images"`
}

type postRecord struct {
	Type      string       `json:"$type"`
	Text      string       `json:"text"`
	CreatedAt string       `json:"createdAt"`
	Langs     []string     `json:"langs,omitempty"`
	Facets    []facet      `json:"facets,omitempty"`
	Embed     *embedImages `json:"embed,omitempty"`
	Reply     *replyRef    `json:"reply,omitempty"`
}

// timestamp is the datetime format Bluesky's own client writes: RFC 3339
// in UTC with milliseconds.
func timestamp(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000Z") }

// Publish posts p now. Images are uploaded first; links, mentions and
// hashtags in the text become facets.
func (c *Connector) Publish(ctx context.Context, p accounts.Post) (accounts.Published, error) {
	const op = "publish"
	if !p.ScheduleAt.IsZero() {
		return accounts.Published{}, rejected(op, "Bluesky cannot schedule posts. CarePost publishes the post itself at the chosen time while the app is running.")
	}
	// Graphemes as Bluesky's servers count them (Unicode 15.1: "क्ष" is one).
	if n := graphemes.Count(p.Text); n > MaxGraphemes || len(p.Text) > MaxTextBytes {
		return accounts.Published{}, rejected(op, fmt.Sprintf("the text is too long for Bluesky (%d characters; at most %d)", n, MaxGraphemes))
	}
	if len(p.Images) > MaxImages {
		return accounts.Published{}, rejected(op, fmt.Sprintf("Bluesky takes at most %d images per post", MaxImages))
	}
	if strings.TrimSpace(p.Text) == "" && len(p.Images) == 0 {
		return accounts.Published{}, rejected(op, "the post is empty")
	}
	s, err := c.whoami(ctx)
	if err != nil {
		return accounts.Published{}, err
	}
	var reply *replyRef
	if p.ReplyTo != nil {
		if reply, err = c.replyRefs(ctx, *p.ReplyTo); err != nil {
			return accounts.Published{}, err
		}
	}
	facets, err := c.facets(ctx, p.Text)
	if err != nil {
		return accounts.Published{}, err
	}
	var embed *embedImages
	for _, img := range p.Images {
		blob, err := c.uploadBlob(ctx, img)
		if err != nil {
			return accounts.Published{}, err
		}
		if embed == nil {
			embed = &embedImages{Type: imagesEmbed}
		}
		embed.Images = append(embed.Images, embedImage{Image: blob, Alt: img.AltText, AspectRatio: ratioOf(img)})
	}
	at := c.now()
	rec := postRecord{Type: postCollection, Text: p.Text, CreatedAt: timestamp(at), Facets: facets, Embed: embed, Reply: reply}
	if lang := strings.TrimSpace(p.Language); lang != "" {
		rec.Langs = []string{lang}
	}
	resp, err := c.authed(ctx, call{op: op, method: http.MethodPost, base: c.pds, nsid: "com.atproto.repo.createRecord",
		body: map[string]any{"repo": s.DID, "collection": postCollection, "record": rec}})
	if err != nil {
		return accounts.Published{}, err
	}
	var out strongRef
	if err := resp.JSON(&out); err != nil || out.URI == "" {
		if err == nil {
			err = errors.New("createRecord returned no URI")
		}
		return accounts.Published{}, badResponse(op, err)
	}
	ref := accounts.Ref{URI: out.URI, CID: out.CID, URL: postURL(s, out.URI)}
	if reply != nil {
		ref.RootURI, ref.RootCID = reply.Root.URI, reply.Root.CID
	}
	return accounts.Published{Ref: ref, At: at}, nil
}

// Reply answers to in its thread; a chat message (to.Conversation) in its
// chat. Posts are public on Bluesky, so a private answer to a post is
// refused rather than sent in public.
func (c *Connector) Reply(ctx context.Context, to accounts.Ref, r accounts.ReplyPost) (accounts.Published, error) {
	if to.Conversation != "" {
		return c.sendChat(ctx, to.Conversation, r.Text)
	}
	if r.Private {
		return accounts.Published{}, rejected("reply", "Bluesky posts are public, and CarePost can answer privately only inside a Bluesky chat. Ask them to send a chat message, or answer in Bluesky's chat yourself.")
	}
	return c.Publish(ctx, accounts.Post{Text: r.Text, ReplyTo: &to, Language: r.Language})
}

// replyRefs finds the root and parent of a reply to "to": the root is
// to.RootURI when known, else the parent post's own reply root (read with
// app.bsky.feed.getPosts), else the parent itself.
func (c *Connector) replyRefs(ctx context.Context, to accounts.Ref) (*replyRef, error) {
	const op = "read the post replied to"
	if to.URI == "" {
		return nil, rejected("reply", "the post to reply to has no Bluesky URI")
	}
	parent := strongRef{URI: to.URI, CID: to.CID}
	if to.RootURI != "" && to.RootCID != "" && parent.CID != "" {
		return &replyRef{Root: strongRef{URI: to.RootURI, CID: to.RootCID}, Parent: parent}, nil
	}
	posts, err := c.getPosts(ctx, op, []string{to.URI})
	if err != nil {
		return nil, err
	}
	if len(posts) == 0 {
		if parent.CID == "" {
			return nil, rejected("reply", "the post to reply to was not found on Bluesky (deleted?)")
		}
		return &replyRef{Root: parent, Parent: parent}, nil
	}
	p := posts[0]
	if parent.CID == "" {
		parent.CID = p.CID
	}
	if to.RootURI != "" && to.RootCID != "" {
		return &replyRef{Root: strongRef{URI: to.RootURI, CID: to.RootCID}, Parent: parent}, nil
	}
	if r := p.Record.Reply; r != nil && r.Root.URI != "" && r.Root.CID != "" {
		return &replyRef{Root: r.Root, Parent: parent}, nil
	}
	return &replyRef{Root: parent, Parent: parent}, nil
}

// facets turns detected spans into facets, resolving each mentioned handle
// to its DID (com.atproto.identity.resolveHandle). Handles that do not
// resolve stay plain text.
func (c *Connector) facets(ctx context.Context, text string) ([]facet, error) {
	var out []facet
	dids := map[string]string{}
	for _, d := range DetectFacets(text) {
		f := facet{Type: facetType, Index: facetIndex{ByteStart: d.ByteStart, ByteEnd: d.ByteEnd}}
		switch d.Kind {
		case FacetLink:
			f.Features = []facetFeature{{Type: featureLink, URI: d.Value}}
		case FacetTag:
			f.Features = []facetFeature{{Type: featureTag, Tag: d.Value}}
		case FacetMention:
			did, seen := dids[strings.ToLower(d.Value)]
			if !seen {
				var err error
				did, err = c.resolveHandle(ctx, d.Value)
				if err != nil {
					return nil, err
				}
				dids[strings.ToLower(d.Value)] = did
			}
			if did == "" {
				continue
			}
			f.Features = []facetFeature{{Type: featureMention, DID: did}}
		}
		out = append(out, f)
	}
	return out, nil
}

// resolveHandle returns the handle's DID, or "" when it does not resolve.
func (c *Connector) resolveHandle(ctx context.Context, handle string) (string, error) {
	resp, _, err := c.send(ctx, call{op: "resolve handle", method: http.MethodGet, base: c.pds,
		nsid: "com.atproto.identity.resolveHandle", query: url.Values{"handle": {handle}}})
	if err != nil {
		if accounts.ErrorKindOf(err) == accounts.KindRejected {
			return "", nil // no such handle
		}
		return "", err
	}
	var out struct {
		DID string `json:"did"`
	}
	if resp.JSON(&out) != nil || !strings.HasPrefix(out.DID, "did:") {
		return "", nil
	}
	return out.DID, nil
}

// uploadBlob sends one image's bytes and returns the blob ref to embed.
func (c *Connector) uploadBlob(ctx context.Context, img accounts.Image) (json.RawMessage, error) {
	const op = "upload image"
	mime := img.MIMEType
	if mime == "" {
		mime = http.DetectContentType(img.Data)
	}
	resp, err := c.authed(ctx, call{op: op, base: c.pds, nsid: "com.atproto.repo.uploadBlob",
		raw: img.Data, rawTyp: mime})
	if err != nil {
		return nil, err
	}
	var out struct {
		Blob json.RawMessage `json:"blob"`
	}
	if err := resp.JSON(&out); err != nil || len(out.Blob) == 0 || bytes.Equal(out.Blob, []byte("null")) {
		if err == nil {
			err = errors.New("uploadBlob returned no blob")
		}
		return nil, badResponse(op, err)
	}
	return out.Blob, nil
}

// ratioOf is the image's aspect ratio: the given size, else the one its
// header says (PNG, JPEG, GIF), else unknown.
func ratioOf(img accounts.Image) *aspectRatio {
	if img.Width > 0 && img.Height > 0 {
		return &aspectRatio{Width: img.Width, Height: img.Height}
	}
	cfg, _, err := image.DecodeConfig(bytes.NewReader(img.Data))
	if err != nil || cfg.Width <= 0 || cfg.Height <= 0 {
		return nil
	}
	return &aspectRatio{Width: cfg.Width, Height: cfg.Height}
}

// rkeyOf is the record key, the last segment of an at:// URI.
func rkeyOf(uri string) string {
	if i := strings.LastIndexByte(uri, '/'); i >= 0 {
		return uri[i+1:]
	}
	return uri
}

// authorOf is the repo (DID) of an at:// URI.
func authorOf(uri string) string {
	rest := strings.TrimPrefix(uri, "at://")
	if i := strings.IndexByte(rest, '/'); i >= 0 {
		return rest[:i]
	}
	return rest
}

// postURL is the post's page in the Bluesky app.
func postURL(s Session, uri string) string {
	who := s.Handle
	if who == "" || who == "handle.invalid" {
		who = s.DID
	}
	if who == "" {
		who = authorOf(uri)
	}
	return "https://bsky.app/profile/" + who + "/post/" + rkeyOf(uri)
}
