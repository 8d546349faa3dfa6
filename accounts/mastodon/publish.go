package mastodon

// Publishing to Mastodon: statuses (now or scheduled), replies, cancelling
// a scheduled status, and uploading pictures with their descriptions.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/textproto"
	"net/url"
	"strings"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/network"
)

// Publish uploads the pictures (with their alt text), waits for the server
// to finish processing them, then posts the status. Post.IdempotencyKey
// goes out as the Idempotency-Key header; the server keeps it an hour, but
// not every Mastodon-API server honours it, so after an unknown outcome
// look in RecentPosts before retrying.
func (c *Connector) Publish(ctx context.Context, p accounts.Post) (accounts.Published, error) {
	return c.publish(ctx, "publish", p, "public")
}

// publish posts p with the given visibility (public, unlisted, private,
// direct).
func (c *Connector) publish(ctx context.Context, op string, p accounts.Post, visibility string) (accounts.Published, error) {
	if !p.ScheduleAt.IsZero() {
		if ahead := p.ScheduleAt.Sub(c.cfg.Now()); ahead < minScheduleAhead {
			return accounts.Published{}, &accounts.Error{Kind: accounts.KindRejected, Network: network.Mastodon, Op: op,
				Message: "Mastodon can only schedule a post at least 5 minutes ahead."}
		}
	}
	var mediaIDs []string
	for i, img := range p.Images {
		id, err := c.uploadImage(ctx, img, i)
		if err != nil {
			return accounts.Published{}, err
		}
		mediaIDs = append(mediaIDs, id)
	}

	form := url.Values{}
	form.Set("status", p.Text)
	for _, id := range mediaIDs {
		form.Add("media_ids[]", id)
	}
	if p.ReplyTo != nil && p.ReplyTo.ID != "" {
		form.Set("in_reply_to_id", p.ReplyTo.ID)
	}
	form.Set("visibility", visibility)
	if p.Language != "" {
		form.Set("language", p.Language)
	}
	if !p.ScheduleAt.IsZero() {
		form.Set("scheduled_at", p.ScheduleAt.UTC().Format(time.RFC3339))
	}
	req, err := c.newRequest(http.MethodPost, "/api/v1/statuses", nil, strings.NewReader(form.Encode()), "application/x-www-form-urlencoded")
	if err == nil && p.IdempotencyKey != "" {
		req.Header.Set("Idempotency-Key", p.IdempotencyKey)
	}
	resp, err := c.do(ctx, op, req, err)
	if err != nil {
		return accounts.Published{}, err
	}
	var r postResult
	if err := resp.JSON(&r); err != nil {
		return accounts.Published{}, c.badResponse(op, resp.Status, err)
	}
	if r.ID == "" {
		return accounts.Published{}, c.badResponse(op, resp.Status, errors.New("the server returned no id"))
	}
	if r.ScheduledAt != nil || len(r.Params) > 0 {
		out := accounts.Published{Ref: accounts.Ref{ID: string(r.ID)}, Scheduled: true}
		if r.ScheduledAt != nil {
			out.At = *r.ScheduledAt
		} else {
			out.At = p.ScheduleAt
		}
		return out, nil
	}
	return accounts.Published{Ref: r.ref(), At: r.CreatedAt}, nil
}

// Reply answers the status to.ID. It reads that status first
// (GET /api/v1/statuses/:id), so the answer is never more public than it:
// a direct or followers-only status, or r.Private, is answered with
// visibility "direct", mentioning its author (a direct status reaches only
// the accounts it mentions); an unlisted one stays unlisted.
// r.IdempotencyKey goes out as the Idempotency-Key header.
func (c *Connector) Reply(ctx context.Context, to accounts.Ref, r accounts.ReplyPost) (accounts.Published, error) {
	const op = "reply"
	if to.ID == "" {
		return accounts.Published{}, &accounts.Error{Kind: accounts.KindRejected, Network: network.Mastodon, Op: op,
			Message: "there is no Mastodon post to reply to"}
	}
	var s apiStatus
	if _, err := c.get(ctx, "read the post replied to", "/api/v1/statuses/"+url.PathEscape(to.ID), nil, &s); err != nil {
		return accounts.Published{}, err
	}
	visibility, text := replyVisibility(r.Private, s.Visibility), r.Text
	if visibility == "direct" {
		if s.Account == nil || s.Account.Acct == "" {
			return accounts.Published{}, &accounts.Error{Kind: accounts.KindRejected, Network: network.Mastodon, Op: op,
				Message: "CarePost can't tell who wrote this message, so a private answer could not reach them; answer it in Mastodon itself."}
		}
		text = withMention(text, s.Account.Acct)
	}
	return c.publish(ctx, op, accounts.Post{Text: text, ReplyTo: &to, Language: r.Language, IdempotencyKey: r.IdempotencyKey}, visibility)
}

// replyVisibility is the widest visibility an answer to a status of
// visibility v may have: direct for anything private, unlisted for
// unlisted, public otherwise.
func replyVisibility(private bool, v string) string {
	switch {
	case private || v == "direct" || v == "private":
		return "direct"
	case v == "unlisted":
		return "unlisted"
	}
	return "public"
}

// withMention starts text with @acct unless it already mentions them.
func withMention(text, acct string) string {
	mention := "@" + strings.TrimPrefix(acct, "@")
	for _, f := range strings.Fields(text) {
		if strings.EqualFold(strings.TrimRight(f, ".,:;!?"), mention) {
			return text
		}
	}
	return mention + " " + text
}

// CancelScheduled withdraws a status handed to the server's scheduler:
// DELETE /api/v1/scheduled_statuses/:id, which answers 200 with {}. ref is
// what Publish returned with Scheduled=true; its ID is the ScheduledStatus
// id, not a status id. Like every write it goes through wire.Client.Do, so
// a dropped connection is never silently sent again.
//
// A 404 ("Record not found") is not taken as success: Mastodon answers it
// both when the scheduled status was already cancelled and when it has just
// been published (it then becomes an ordinary status with a new id), and
// the two cannot be told apart. It comes back as KindRejected with the
// server's words, so staff check the account by hand.
func (c *Connector) CancelScheduled(ctx context.Context, ref accounts.Ref) error {
	const op = "cancel scheduled post"
	if ref.ID == "" {
		return &accounts.Error{Kind: accounts.KindRejected, Network: network.Mastodon, Op: op,
			Message: "there is no Mastodon scheduled post to cancel"}
	}
	req, err := c.newRequest(http.MethodDelete, "/api/v1/scheduled_statuses/"+url.PathEscape(ref.ID), nil, nil, "")
	_, err = c.do(ctx, op, req, err)
	return err
}

// uploadImage sends one picture to POST /api/v2/media and returns its id
// once the server has processed it.
func (c *Connector) uploadImage(ctx context.Context, img accounts.Image, n int) (string, error) {
	const op = "upload image"
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	name := img.FileName
	if name == "" {
		name = fmt.Sprintf("image-%d%s", n+1, extensionFor(img.MIMEType))
	}
	mimeType := img.MIMEType
	if mimeType == "" {
		mimeType = http.DetectContentType(img.Data)
	}
	h := make(textproto.MIMEHeader)
	h.Set("Content-Disposition", fmt.Sprintf(`form-data; name="file"; filename="%s"`, quoteEscaper.Replace(name)))
	h.Set("Content-Type", mimeType)
	part, err := mw.CreatePart(h)
	if err == nil {
		_, err = part.Write(img.Data)
	}
	if err == nil && img.AltText != "" {
		err = mw.WriteField("description", img.AltText)
	}
	if err == nil {
		err = mw.Close()
	}
	req, rerr := c.newRequest(http.MethodPost, "/api/v2/media", nil, bytes.NewReader(buf.Bytes()), mw.FormDataContentType())
	if err == nil {
		err = rerr
	}
	resp, err := c.do(ctx, op, req, err)
	if err != nil {
		return "", err
	}
	var m apiMedia
	if err := resp.JSON(&m); err != nil {
		return "", c.badResponse(op, resp.Status, err)
	}
	if m.ID == "" {
		return "", c.badResponse(op, resp.Status, errors.New("the server returned no media id"))
	}
	if resp.Status == http.StatusAccepted || m.URL == nil || *m.URL == "" {
		if err := c.waitForMedia(ctx, string(m.ID)); err != nil {
			return "", err
		}
	}
	return string(m.ID), nil
}

func extensionFor(mimeType string) string {
	switch strings.ToLower(mimeType) {
	case "image/jpeg", "image/jpg":
		return ".jpg"
	case "image/png":
		return ".png"
	case "image/gif":
		return ".gif"
	case "image/webp":
		return ".webp"
	case "image/heic":
		return ".heic"
	case "image/heif":
		return ".heif"
	case "image/avif":
		return ".avif"
	}
	return ""
}

// waitForMedia polls GET /api/v1/media/:id until the server reports a url
// (it answers 206 while processing), backing off, within pollTotal.
func (c *Connector) waitForMedia(ctx context.Context, id string) error {
	const op = "process image"
	wait := c.pollFirst
	deadline := time.Now().Add(c.pollTotal)
	for {
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return &accounts.Error{Kind: accounts.KindTransient, Network: network.Mastodon, Op: op, Err: ctx.Err()}
		case <-t.C:
		}
		var m apiMedia
		resp, err := c.get(ctx, op, "/api/v1/media/"+url.PathEscape(id), nil, nil)
		if err != nil {
			return err
		}
		if resp.Status != http.StatusPartialContent && len(bytes.TrimSpace(resp.Body)) > 0 {
			if err := resp.JSON(&m); err != nil {
				return c.badResponse(op, resp.Status, err)
			}
			if m.URL != nil && *m.URL != "" {
				return nil
			}
		}
		if time.Now().Add(wait).After(deadline) {
			return &accounts.Error{Kind: accounts.KindTransient, Network: network.Mastodon, Op: op,
				Err: fmt.Errorf("the server was still processing the picture after %s", c.pollTotal)}
		}
		if wait *= 2; wait > c.pollMax {
			wait = c.pollMax
		}
	}
}

// --- activity ---------------------------------------------------------------
