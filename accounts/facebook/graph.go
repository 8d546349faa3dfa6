package facebook

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
	"strconv"
	"strings"
	"time"
	"unicode/utf16"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/accounts/wire"
	"github.com/carepost/carepost/network"
)

// DefaultGraphURL is the Graph API root with the version CarePost speaks.
const DefaultGraphURL = "https://graph.facebook.com/v23.0"

// DefaultRateLimitWait is how long to wait after a Graph throttling error
// that names no wait of its own (no Retry-After, no
// estimated_time_to_regain_access in the usage headers).
const DefaultRateLimitWait = 60 * time.Second

// Graph is the Graph API client both the Facebook Page and the Instagram
// connectors use. Every request goes through wire.Client.Do; failures come
// back as *accounts.Error classified by Graph's own error code (see
// ClassifyGraphError), because Graph often answers 400 for an expired token.
//
// The token travels as the access_token parameter, as Graph's reference
// pages document it: in the query string of a GET, in the form body of a
// POST (so it stays out of URLs on writes), and in the query string of a
// DELETE, which has no body (as the Pages API guide sends it). It never
// appears in an error:
// URLs inside transport errors are redacted and the token is scrubbed from
// any message.
type Graph struct {
	BaseURL string // e.g. DefaultGraphURL; no trailing slash needed
	HTTP    *http.Client
	Token   string
	Network network.Network
	Now     func() time.Time
	// Gate, when set, stops requests while Graph's rate limit is spent:
	// a throttling error, or a usage header at 100%, closes it.
	Gate *wire.Gate
}

// GraphError is Graph's error object:
// {"error":{"message","type","code","error_subcode","error_user_title","error_user_msg","fbtrace_id","is_transient"}}.
type GraphError struct {
	Message     string `json:"message"`
	Type        string `json:"type"`
	Code        int    `json:"code"`
	Subcode     int    `json:"error_subcode"`
	UserTitle   string `json:"error_user_title"`
	UserMsg     string `json:"error_user_msg"`
	FBTraceID   string `json:"fbtrace_id"`
	IsTransient bool   `json:"is_transient"`
}

// Text is what staff should read: Graph's message verbatim, followed by
// error_user_msg when Graph gave a different one.
func (g *GraphError) Text() string {
	msg := strings.TrimSpace(g.Message)
	user := strings.TrimSpace(g.UserMsg)
	switch {
	case msg == "":
		return user
	case user == "" || user == msg:
		return msg
	}
	return msg + " — " + user
}

// ParseGraphError reads Graph's error object from a response body.
func ParseGraphError(body []byte) (*GraphError, bool) {
	var v struct {
		Error *GraphError `json:"error"`
	}
	if err := json.Unmarshal(body, &v); err != nil || v.Error == nil {
		return nil, false
	}
	if v.Error.Code == 0 && v.Error.Message == "" && v.Error.UserMsg == "" {
		return nil, false
	}
	return v.Error, true
}

// GraphMessage is a wire.MessageFunc for Graph error bodies.
func GraphMessage(body []byte) string {
	if ge, ok := ParseGraphError(body); ok {
		return ge.Text()
	}
	return ""
}

// ClassifyGraphError sets e's Kind (and RetryAfter) from Graph's error code,
// which says more than the HTTP status (Graph answers 400 for expired tokens
// and for throttling). ge may be nil when the body held no Graph error; then
// the status-based kind stays. Documented codes
// (developers.facebook.com/docs/graph-api/guides/error-handling):
//
//   - 190 access token expired/invalid, 102 API session, 2500 no active
//     token, 200–299 permission not granted or removed → KindAuth (the fix is
//     to reconnect and grant it again);
//   - 4, 17, 32, 613, 341 and the 80000–80014 Business Use Case throttles →
//     KindRateLimited, waiting Retry-After, else the usage headers'
//     estimated_time_to_regain_access (minutes), else DefaultRateLimitWait;
//   - 1, 2 (temporary, downtime), is_transient, and any 5xx → KindTransient;
//   - everything else (100 invalid parameter, 368, 506 duplicate post, …) →
//     KindRejected, with Graph's message verbatim.
func ClassifyGraphError(e *accounts.Error, ge *GraphError, h http.Header, now time.Time) {
	if ge == nil {
		if e.Kind == accounts.KindRateLimited && e.RetryAfter <= 0 {
			e.RetryAfter = GraphRetryAfter(h, now)
		}
		return
	}
	switch code := ge.Code; {
	case code == 190 || code == 102 || code == 2500 || (code >= 200 && code <= 299):
		e.Kind = accounts.KindAuth
		e.RetryAfter = 0
	case isThrottleCode(code) || e.Status == http.StatusTooManyRequests:
		e.Kind = accounts.KindRateLimited
		e.RetryAfter = GraphRetryAfter(h, now)
	case code == 1 || code == 2 || ge.IsTransient || e.Status >= 500:
		e.Kind = accounts.KindTransient
		e.RetryAfter = retryAfterHeader(h, now)
	case e.Status == http.StatusUnauthorized:
		e.Kind = accounts.KindAuth
	default:
		e.Kind = accounts.KindRejected
		e.RetryAfter = 0
	}
}

func isThrottleCode(code int) bool {
	switch code {
	case 4, 17, 32, 613, 341:
		return true
	}
	return code >= 80000 && code <= 80014
}

// GraphRetryAfter is how long Graph asks us to wait: Retry-After when sent,
// else the largest estimated_time_to_regain_access (minutes) in the
// X-Business-Use-Case-Usage, X-App-Usage, X-Page-Usage or X-Ad-Account-Usage
// headers, else DefaultRateLimitWait.
func GraphRetryAfter(h http.Header, now time.Time) time.Duration {
	if d := retryAfterHeader(h, now); d > 0 {
		return d
	}
	var best float64
	for _, name := range []string{"X-Business-Use-Case-Usage", "X-App-Usage", "X-Page-Usage", "X-Ad-Account-Usage"} {
		v := h.Get(name)
		if v == "" {
			continue
		}
		var doc any
		if json.Unmarshal([]byte(v), &doc) != nil {
			continue
		}
		if m := maxRegain(doc); m > best {
			best = m
		}
	}
	if best > 0 {
		return time.Duration(best * float64(time.Minute))
	}
	return DefaultRateLimitWait
}

// maxRegain finds estimated_time_to_regain_access anywhere in a usage
// header: flat in X-App-Usage, in arrays per business id in
// X-Business-Use-Case-Usage.
func maxRegain(v any) float64 {
	var best float64
	switch x := v.(type) {
	case map[string]any:
		for k, val := range x {
			if k == "estimated_time_to_regain_access" {
				if n, ok := val.(float64); ok && n > best {
					best = n
				}
				continue
			}
			if n := maxRegain(val); n > best {
				best = n
			}
		}
	case []any:
		for _, val := range x {
			if n := maxRegain(val); n > best {
				best = n
			}
		}
	}
	return best
}

// UsageSpent is a wire.SpentFunc for Graph's usage headers (X-App-Usage,
// X-Page-Usage, X-Ad-Account-Usage, X-Business-Use-Case-Usage): each
// reports call_count, total_cputime and total_time as a percentage of the
// limit. At 100 the limit is spent; Graph says how long until it regains
// access (estimated_time_to_regain_access, minutes) in the business
// header, else DefaultRateLimitWait.
func UsageSpent(h http.Header, now time.Time) (time.Time, bool) {
	spent := false
	for _, name := range []string{"X-Business-Use-Case-Usage", "X-App-Usage", "X-Page-Usage", "X-Ad-Account-Usage"} {
		v := h.Get(name)
		if v == "" {
			continue
		}
		var doc any
		if json.Unmarshal([]byte(v), &doc) != nil {
			continue
		}
		if maxUsage(doc) >= 100 || maxRegain(doc) > 0 {
			spent = true
		}
	}
	if !spent {
		return time.Time{}, false
	}
	return now.Add(GraphRetryAfter(h, now)), true
}

// maxUsage is the largest call_count, total_cputime or total_time in a
// usage header.
func maxUsage(v any) float64 {
	var best float64
	switch x := v.(type) {
	case map[string]any:
		for k, val := range x {
			switch k {
			case "call_count", "total_cputime", "total_time", "acc_id_util_pct":
				if n, ok := val.(float64); ok && n > best {
					best = n
				}
				continue
			}
			if n := maxUsage(val); n > best {
				best = n
			}
		}
	case []any:
		for _, val := range x {
			if n := maxUsage(val); n > best {
				best = n
			}
		}
	}
	return best
}

func retryAfterHeader(h http.Header, now time.Time) time.Duration {
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0
	}
	if secs, err := strconv.Atoi(v); err == nil && secs > 0 {
		return time.Duration(secs) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil {
		if d := t.Sub(now); d > 0 {
			return d
		}
	}
	return 0
}

// secretParams are query parameters never shown in an error.
var secretParams = []string{"access_token", "client_secret", "fb_exchange_token", "input_token", "appsecret_proof"}

var secretParamRE = regexp.MustCompile(`(?i)((?:access_token|client_secret|fb_exchange_token|input_token|appsecret_proof)=)[^&\s"]*`)

// RedactURL hides secrets (access_token, …) in a URL's query.
func RedactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return secretParamRE.ReplaceAllString(raw, "${1}REDACTED")
	}
	q := u.Query()
	changed := false
	for _, p := range secretParams {
		if q.Has(p) {
			q.Set(p, "REDACTED")
			changed = true
		}
	}
	if changed {
		u.RawQuery = q.Encode()
	}
	return secretParamRE.ReplaceAllString(u.String(), "${1}REDACTED")
}

// redactedError keeps a cause for errors.Is/As while printing a message
// with the secret removed.
type redactedError struct {
	msg string
	err error
}

func (r *redactedError) Error() string { return r.msg }
func (r *redactedError) Unwrap() error { return r.err }

func redactErr(err error, token string) error {
	if err == nil {
		return nil
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		err = &url.Error{Op: ue.Op, URL: RedactURL(ue.URL), Err: ue.Err}
	}
	msg := err.Error()
	clean := secretParamRE.ReplaceAllString(msg, "${1}REDACTED")
	if token != "" {
		clean = strings.ReplaceAll(clean, token, "REDACTED")
	}
	if clean != msg {
		return &redactedError{msg: clean, err: err}
	}
	return err
}

// headerCapture records the last response's headers, so throttling errors
// can read Graph's usage headers (wire.Client.Do returns only the body's
// message for a failed response).
type headerCapture struct {
	base http.RoundTripper
	h    *http.Header
}

func (c headerCapture) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := c.base.RoundTrip(req)
	if resp != nil {
		*c.h = resp.Header
	}
	return resp, err
}

func (g *Graph) now() time.Time {
	if g.Now != nil {
		return g.Now()
	}
	return time.Now()
}

func (g *Graph) endpoint(path string) string {
	base := g.BaseURL
	if base == "" {
		base = DefaultGraphURL
	}
	return strings.TrimRight(base, "/") + "/" + strings.TrimLeft(path, "/")
}

// do sends req with wire.Client.Do and classifies Graph's errors.
func (g *Graph) do(ctx context.Context, op string, req *http.Request, out any) error {
	var (
		ge  *GraphError
		hdr http.Header
	)
	hc := g.HTTP
	if hc == nil {
		hc = &http.Client{Timeout: 60 * time.Second}
	}
	client := *hc
	base := client.Transport
	if base == nil {
		base = http.DefaultTransport
	}
	client.Transport = headerCapture{base: base, h: &hdr}
	wc := wire.Client{
		HTTP:    &client,
		Network: g.Network,
		Now:     g.Now,
		Gate:    g.Gate,
		Spent:   UsageSpent,
		Message: func(body []byte) string {
			if p, ok := ParseGraphError(body); ok {
				ge = p
				return p.Text()
			}
			return ""
		},
	}
	req.Header.Set("Accept", "application/json")
	resp, err := wc.Do(ctx, op, req)
	if err != nil {
		var e *accounts.Error
		if !errors.As(err, &e) {
			return redactErr(err, g.Token)
		}
		if e.Status == 0 {
			e.Err = redactErr(e.Err, g.Token)
		} else {
			ClassifyGraphError(e, ge, hdr, g.now())
			e.RetryAt = time.Time{}
			if e.RetryAfter > 0 {
				e.RetryAt = g.now().Add(e.RetryAfter)
			}
			if e.Kind == accounts.KindRateLimited && g.Gate != nil {
				// Graph throttles with 400s and its own codes: wait as it
				// asks before sending anything more.
				wc.CloseGate("", e)
			}
		}
		if g.Token != "" {
			e.Message = strings.ReplaceAll(e.Message, g.Token, "REDACTED")
		}
		return e
	}
	if out == nil {
		return nil
	}
	if err := resp.JSON(out); err != nil {
		return &accounts.Error{Kind: accounts.KindTransient, Network: g.Network, Op: op, Status: resp.Status, Err: err}
	}
	return nil
}

func (g *Graph) requestError(op string, err error) error {
	return &accounts.Error{Kind: accounts.KindRejected, Network: g.Network, Op: op, Err: redactErr(err, g.Token)}
}

// Get sends GET path?params&access_token=… and decodes the JSON answer into out.
func (g *Graph) Get(ctx context.Context, op, path string, params url.Values, out any) error {
	q := url.Values{}
	for k, v := range params {
		q[k] = v
	}
	q.Set("access_token", g.Token)
	req, err := http.NewRequest(http.MethodGet, g.endpoint(path)+"?"+q.Encode(), nil)
	if err != nil {
		return g.requestError(op, err)
	}
	return g.do(ctx, op, req, out)
}

// Post sends a form-encoded POST with access_token in the body.
func (g *Graph) Post(ctx context.Context, op, path string, form url.Values, out any) error {
	f := url.Values{}
	for k, v := range form {
		f[k] = v
	}
	f.Set("access_token", g.Token)
	req, err := http.NewRequest(http.MethodPost, g.endpoint(path), strings.NewReader(f.Encode()))
	if err != nil {
		return g.requestError(op, err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return g.do(ctx, op, req, out)
}

// Delete sends DELETE path?access_token=… and decodes the JSON answer into
// out. Like every write it goes through wire.Client.Do, so a dropped
// connection is never silently sent again.
func (g *Graph) Delete(ctx context.Context, op, path string, out any) error {
	q := url.Values{}
	q.Set("access_token", g.Token)
	req, err := http.NewRequest(http.MethodDelete, g.endpoint(path)+"?"+q.Encode(), nil)
	if err != nil {
		return g.requestError(op, err)
	}
	return g.do(ctx, op, req, out)
}

// File is one file part of a multipart upload.
type File struct {
	Field    string // form field name, e.g. "source"
	FileName string
	MIMEType string
	Data     []byte
}

// PostMultipart sends a multipart/form-data POST: the form fields (and
// access_token) then the file.
func (g *Graph) PostMultipart(ctx context.Context, op, path string, form url.Values, file File, out any) error {
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	f := url.Values{}
	for k, v := range form {
		f[k] = v
	}
	f.Set("access_token", g.Token)
	for k, vs := range f {
		for _, v := range vs {
			if err := mw.WriteField(k, v); err != nil {
				return g.requestError(op, err)
			}
		}
	}
	name := file.FileName
	if name == "" {
		name = "picture"
	}
	mimeType := file.MIMEType
	if mimeType == "" {
		mimeType = "application/octet-stream"
	}
	h := textproto.MIMEHeader{}
	h.Set("Content-Disposition", fmt.Sprintf(`form-data; name=%q; filename=%q`, file.Field, name))
	h.Set("Content-Type", mimeType)
	part, err := mw.CreatePart(h)
	if err == nil {
		_, err = part.Write(file.Data)
	}
	if err == nil {
		err = mw.Close()
	}
	if err != nil {
		return g.requestError(op, err)
	}
	req, err := http.NewRequest(http.MethodPost, g.endpoint(path), &buf)
	if err != nil {
		return g.requestError(op, err)
	}
	req.Header.Set("Content-Type", mw.FormDataContentType())
	return g.do(ctx, op, req, out)
}

// Paging is Graph's cursor paging object.
type Paging struct {
	Cursors struct {
		Before string `json:"before"`
		After  string `json:"after"`
	} `json:"cursors"`
	Next string `json:"next"`
}

// NextAfter is the cursor for the next page, or "" when this was the last.
// CarePost builds the next request itself from the cursor rather than
// following paging.next, whose URL carries the token.
func (p Paging) NextAfter() string {
	if p.Next == "" {
		return ""
	}
	return p.Cursors.After
}

// List is one page of a Graph edge.
type List[T any] struct {
	Data   []T    `json:"data"`
	Paging Paging `json:"paging"`
}

// ParseGraphTime reads Graph's timestamps ("2024-05-01T09:30:00+0000"), and
// RFC 3339 for good measure.
func ParseGraphTime(s string) (time.Time, error) {
	for _, layout := range []string{"2006-01-02T15:04:05-0700", time.RFC3339Nano} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("unreadable time %q", s)
}

// TextLength counts text the way CarePost counts it for Meta's limits: in
// UTF-16 code units (see network.TextRuleFor).
func TextLength(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r) // range yields U+FFFD for bad bytes: never -1
	}
	return n
}
