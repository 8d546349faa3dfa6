package bluesky

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/network"
)

// seen is one request the fake server received.
type seen struct {
	Method, NSID, Auth, ContentType string
	Query                           url.Values
	Body                            []byte
}

func (s seen) json(t *testing.T) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(s.Body, &m); err != nil {
		t.Fatalf("%s body %q: %v", s.NSID, s.Body, err)
	}
	return m
}

// fakeXRPC is an httptest server on 127.0.0.1 that answers /xrpc/NSID with
// the handler registered for NSID and records every request.
type fakeXRPC struct {
	t   *testing.T
	srv *httptest.Server
	mu  sync.Mutex
	log []seen
	h   map[string]http.HandlerFunc
}

func newFake(t *testing.T) *fakeXRPC {
	f := &fakeXRPC{t: t, h: map[string]http.HandlerFunc{}}
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		nsid, ok := strings.CutPrefix(r.URL.Path, "/xrpc/")
		body, _ := io.ReadAll(r.Body)
		f.mu.Lock()
		f.log = append(f.log, seen{Method: r.Method, NSID: nsid, Auth: r.Header.Get("Authorization"),
			ContentType: r.Header.Get("Content-Type"), Query: r.URL.Query(), Body: body})
		h := f.h[nsid]
		f.mu.Unlock()
		if !ok || h == nil {
			w.WriteHeader(501)
			fmt.Fprintf(w, `{"error":"MethodNotImplemented","message":"no handler for %s"}`, r.URL.Path)
			return
		}
		h(w, r)
	}))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeXRPC) on(nsid string, h http.HandlerFunc) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.h[nsid] = h
}

// reply answers with a status and a JSON body.
func reply(status int, body string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		io.WriteString(w, body)
	}
}

func (f *fakeXRPC) requests(nsid string) []seen {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []seen
	for _, s := range f.log {
		if s.NSID == nsid {
			out = append(out, s)
		}
	}
	return out
}

func (f *fakeXRPC) nsids() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []string
	for _, s := range f.log {
		out = append(out, s.NSID)
	}
	return out
}

var fixedNow = time.Date(2026, 3, 4, 5, 6, 7, 890123456, time.UTC)

const (
	did      = "did:plc:clinic123"
	handle   = "clinic.example.com"
	postURI  = "at://did:plc:clinic123/app.bsky.feed.post/3kabc"
	postCID  = "bafyreipost"
	blobJSON = `{"$type":"blob","ref":{"$link":"bafkreiblob"},"mimeType":"image/png","size":68}`
)

const sessionBody = `{"accessJwt":"acc-1","refreshJwt":"ref-1","handle":"` + handle + `","did":"` + did + `","active":true}`

// signedIn is a connector with saved tokens and a known session.
func signedIn(f *fakeXRPC, creds accounts.Credentials, save accounts.CredentialSaver) *Connector {
	c := New(Config{PDS: f.srv.URL + "/", Handle: handle, HTTP: f.srv.Client(), Creds: creds, SaveCreds: save,
		Now: func() time.Time { return fixedNow }})
	c.session = Session{DID: did, Handle: handle}
	return c
}

func TestLoginSendsCreateSessionAndSaves(t *testing.T) {
	f := newFake(t)
	f.on("com.atproto.server.createSession", reply(200, sessionBody))
	var saved []accounts.Credentials
	c := New(Config{PDS: f.srv.URL, Handle: "@" + handle, HTTP: f.srv.Client(),
		Creds:     accounts.Credentials{AppPassword: "abcd-efgh-ijkl-mnop"},
		SaveCreds: func(_ context.Context, c accounts.Credentials) error { saved = append(saved, c); return nil }})
	s, err := c.Login(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if s != (Session{DID: did, Handle: handle}) {
		t.Fatalf("session = %+v", s)
	}
	r := f.requests("com.atproto.server.createSession")[0]
	if r.Method != "POST" || r.Auth != "" || r.ContentType != "application/json" {
		t.Fatalf("createSession request = %+v", r)
	}
	if b := r.json(t); b["identifier"] != handle || b["password"] != "abcd-efgh-ijkl-mnop" {
		t.Fatalf("createSession body = %v", b)
	}
	if len(saved) != 1 || saved[0].AccessToken != "acc-1" || saved[0].RefreshToken != "ref-1" || saved[0].AppPassword != "abcd-efgh-ijkl-mnop" {
		t.Fatalf("saved = %v", saved)
	}
}

func TestLoginWrongPasswordIsAuth(t *testing.T) {
	f := newFake(t)
	f.on("com.atproto.server.createSession", reply(401, `{"error":"AuthenticationRequired","message":"Invalid identifier or password"}`))
	c := New(Config{PDS: f.srv.URL, Handle: handle, HTTP: f.srv.Client(), Creds: accounts.Credentials{AppPassword: "x"}})
	_, err := c.Login(context.Background())
	var e *accounts.Error
	if !errors.As(err, &e) || e.Kind != accounts.KindAuth || e.Message != "Invalid identifier or password" || e.Network != network.Bluesky {
		t.Fatalf("err = %#v", err)
	}
}

func TestPublishRecord(t *testing.T) {
	f := newFake(t)
	f.on("com.atproto.identity.resolveHandle", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("handle") == "bob.test" {
			reply(200, `{"did":"did:plc:bob"}`)(w, r)
			return
		}
		reply(400, `{"error":"InvalidRequest","message":"Unable to resolve handle"}`)(w, r)
	})
	f.on("com.atproto.repo.uploadBlob", reply(200, `{"blob":`+blobJSON+`}`))
	f.on("com.atproto.repo.createRecord", reply(200, `{"uri":"`+postURI+`","cid":"`+postCID+`","commit":{"cid":"x","rev":"y"},"validationStatus":"valid"}`))
	c := signedIn(f, accounts.Credentials{AccessToken: "acc-1", RefreshToken: "ref-1"}, nil)

	text := "Grüße ☕🎉 from the clinic: https://example.com/flu, ask @bob.test or @ghost.test #FluShot!"
	png := tinyPNG(t, 4, 3)
	pub, err := c.Publish(context.Background(), accounts.Post{Text: text, Language: "de",
		Images: []accounts.Image{{Data: png, MIMEType: "image/png", AltText: "Waiting room"}}})
	if err != nil {
		t.Fatal(err)
	}
	want := accounts.Published{At: fixedNow, Ref: accounts.Ref{URI: postURI, CID: postCID,
		URL: "https://bsky.app/profile/clinic.example.com/post/3kabc"}}
	if pub != want {
		t.Fatalf("Published = %+v, want %+v", pub, want)
	}

	up := f.requests("com.atproto.repo.uploadBlob")
	if len(up) != 1 || up[0].Method != "POST" || up[0].ContentType != "image/png" || up[0].Auth != "Bearer acc-1" || string(up[0].Body) != string(png) {
		t.Fatalf("uploadBlob = %+v", up)
	}
	cr := f.requests("com.atproto.repo.createRecord")
	if len(cr) != 1 || cr[0].Method != "POST" || cr[0].Auth != "Bearer acc-1" {
		t.Fatalf("createRecord requests = %+v", cr)
	}
	// Offsets in UTF-8 bytes ("Grüße" alone is 7), counted here
	// independently with strings.Index.
	link := strings.Index(text, "https://example.com/flu")
	bob := strings.Index(text, "@bob.test")
	tag := strings.Index(text, "#FluShot")
	if link != 33 {
		t.Fatalf("test text changed: link at %d", link)
	}
	wantBody := fmt.Sprintf(`{
	  "collection": "app.bsky.feed.post",
	  "repo": "did:plc:clinic123",
	  "record": {
	    "$type": "app.bsky.feed.post",
	    "text": %q,
	    "createdAt": "2026-03-04T05:06:07.890Z",
	    "langs": ["de"],
	    "facets": [
	      {"$type": "app.bsky.richtext.facet", "index": {"byteStart": %d, "byteEnd": %d},
	       "features": [{"$type": "app.bsky.richtext.facet#link", "uri": "https://example.com/flu"}]},
	      {"$type": "app.bsky.richtext.facet", "index": {"byteStart": %d, "byteEnd": %d},
	       "features": [{"$type": "app.bsky.richtext.facet#mention", "did": "did:plc:bob"}]},
	      {"$type": "app.bsky.richtext.facet", "index": {"byteStart": %d, "byteEnd": %d},
	       "features": [{"$type": "app.bsky.richtext.facet#tag", "tag": "FluShot"}]}
	    ],
	    "embed": {"$type": "app.bsky.embed.images", "images": [
	      {"image": %s, "alt": "Waiting room", "aspectRatio": {"width": 4, "height": 3}}
	    ]}
	  }
	}`, text, link, link+len("https://example.com/flu"), bob, bob+len("@bob.test"), tag, tag+len("#FluShot"), blobJSON)
	var got, exp any
	_ = json.Unmarshal(cr[0].Body, &got)
	if err := json.Unmarshal([]byte(wantBody), &exp); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, exp) {
		t.Fatalf("createRecord body\n got %s\nwant %s", cr[0].Body, wantBody)
	}
	// The unresolvable @ghost.test stays plain text; each handle resolved once.
	if n := len(f.requests("com.atproto.identity.resolveHandle")); n != 2 {
		t.Fatalf("resolveHandle called %d times", n)
	}
}

func TestPublishRefusesLocally(t *testing.T) {
	f := newFake(t)
	c := signedIn(f, accounts.Credentials{AccessToken: "acc-1"}, nil)
	for name, p := range map[string]accounts.Post{
		"scheduled":  {Text: "later", ScheduleAt: fixedNow.Add(time.Hour)},
		"too long":   {Text: strings.Repeat("é", 301)},
		"5 images":   {Text: "x", Images: make([]accounts.Image, 5)},
		"empty post": {Text: "  "},
	} {
		_, err := c.Publish(context.Background(), p)
		var e *accounts.Error
		if !errors.As(err, &e) || e.Kind != accounts.KindRejected || e.Message == "" {
			t.Errorf("%s: err = %v", name, err)
		}
	}
	if name := "scheduled"; true {
		_, err := c.Publish(context.Background(), accounts.Post{Text: "x", ScheduleAt: fixedNow})
		if msg := accounts.UserMessage(err); !strings.Contains(msg, "cannot schedule") {
			t.Errorf("%s: message %q", name, msg)
		}
	}
	if n := len(f.nsids()); n != 0 {
		t.Fatalf("refused posts reached the server: %v", f.nsids())
	}
}

func TestReplyRoots(t *testing.T) {
	parentURI := "at://did:plc:bob/app.bsky.feed.post/3kparent"
	rootURI := "at://did:plc:clinic123/app.bsky.feed.post/3kroot"
	cases := []struct {
		name      string
		to        accounts.Ref
		getPosts  string // "" = must not be called
		wantRoot  strongRef
		wantParnt strongRef
	}{
		{"root known", accounts.Ref{URI: parentURI, CID: "cidP", RootURI: rootURI, RootCID: "cidR"}, "",
			strongRef{rootURI, "cidR"}, strongRef{parentURI, "cidP"}},
		{"root from the parent's record",
			accounts.Ref{URI: parentURI},
			`{"posts":[{"uri":"` + parentURI + `","cid":"cidP","author":{"did":"did:plc:bob","handle":"bob.test"},
			  "record":{"$type":"app.bsky.feed.post","text":"hi","createdAt":"2026-01-01T00:00:00.000Z",
			  "reply":{"root":{"uri":"` + rootURI + `","cid":"cidR"},"parent":{"uri":"` + rootURI + `","cid":"cidR"}}},
			  "indexedAt":"2026-01-01T00:00:00.000Z"}]}`,
			strongRef{rootURI, "cidR"}, strongRef{parentURI, "cidP"}},
		{"parent is the root",
			accounts.Ref{URI: parentURI, CID: "cidP"},
			`{"posts":[{"uri":"` + parentURI + `","cid":"cidP","author":{"did":"did:plc:bob","handle":"bob.test"},
			  "record":{"$type":"app.bsky.feed.post","text":"hi","createdAt":"2026-01-01T00:00:00.000Z"},"indexedAt":"2026-01-01T00:00:00.000Z"}]}`,
			strongRef{parentURI, "cidP"}, strongRef{parentURI, "cidP"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := newFake(t)
			f.on("app.bsky.feed.getPosts", reply(200, tc.getPosts))
			f.on("com.atproto.repo.createRecord", reply(200, `{"uri":"`+postURI+`","cid":"`+postCID+`"}`))
			c := signedIn(f, accounts.Credentials{AccessToken: "acc-1"}, nil)
			pub, err := c.Reply(context.Background(), tc.to, accounts.ReplyPost{Text: "Thank you!"})
			if err != nil {
				t.Fatal(err)
			}
			gp := f.requests("app.bsky.feed.getPosts")
			if (tc.getPosts == "") != (len(gp) == 0) {
				t.Fatalf("getPosts calls = %d", len(gp))
			}
			if len(gp) > 0 && (gp[0].Method != "GET" || gp[0].Query.Get("uris") != parentURI || gp[0].Auth != "Bearer acc-1") {
				t.Fatalf("getPosts = %+v", gp[0])
			}
			var body struct {
				Record postRecord `json:"record"`
			}
			_ = json.Unmarshal(f.requests("com.atproto.repo.createRecord")[0].Body, &body)
			if r := body.Record.Reply; r == nil || r.Root != tc.wantRoot || r.Parent != tc.wantParnt {
				t.Fatalf("reply = %+v, want root %v parent %v", body.Record.Reply, tc.wantRoot, tc.wantParnt)
			}
			if pub.RootURI != tc.wantRoot.URI || pub.RootCID != tc.wantRoot.CID {
				t.Fatalf("Published root = %s %s", pub.RootURI, pub.RootCID)
			}
		})
	}
}

func TestExpiredTokenRefreshesAndRetries(t *testing.T) {
	f := newFake(t)
	f.on("app.bsky.actor.getProfile", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer acc-2" {
			reply(400, `{"error":"ExpiredToken","message":"Token has expired"}`)(w, r)
			return
		}
		reply(200, `{"did":"`+did+`","handle":"`+handle+`","followersCount":42}`)(w, r)
	})
	f.on("com.atproto.server.refreshSession", reply(200, `{"accessJwt":"acc-2","refreshJwt":"ref-2","handle":"`+handle+`","did":"`+did+`"}`))
	var saved []accounts.Credentials
	c := signedIn(f, accounts.Credentials{AccessToken: "acc-1", RefreshToken: "ref-1"},
		func(_ context.Context, c accounts.Credentials) error { saved = append(saved, c); return nil })
	m, err := c.AccountMetrics(context.Background())
	if err != nil || m.Followers != 42 || !m.At.Equal(fixedNow) {
		t.Fatalf("AccountMetrics = %+v, %v", m, err)
	}
	if got := f.nsids(); !reflect.DeepEqual(got, []string{"app.bsky.actor.getProfile", "com.atproto.server.refreshSession", "app.bsky.actor.getProfile"}) {
		t.Fatalf("requests = %v", got)
	}
	ref := f.requests("com.atproto.server.refreshSession")[0]
	if ref.Method != "POST" || ref.Auth != "Bearer ref-1" {
		t.Fatalf("refreshSession = %+v", ref)
	}
	gp := f.requests("app.bsky.actor.getProfile")
	if gp[0].Auth != "Bearer acc-1" || gp[1].Auth != "Bearer acc-2" || gp[1].Query.Get("actor") != did {
		t.Fatalf("getProfile = %+v", gp)
	}
	if len(saved) != 1 || saved[0].AccessToken != "acc-2" || saved[0].RefreshToken != "ref-2" {
		t.Fatalf("saved = %v", saved)
	}
}

func TestAuthFailures(t *testing.T) {
	expired := reply(400, `{"error":"ExpiredToken","message":"Token has expired"}`)
	t.Run("401 without refresh token or password", func(t *testing.T) {
		f := newFake(t)
		f.on("app.bsky.actor.getProfile", reply(401, `{"error":"AuthenticationRequired","message":"Authentication Required"}`))
		c := signedIn(f, accounts.Credentials{AccessToken: "acc-1"}, nil)
		_, err := c.AccountMetrics(context.Background())
		if accounts.ErrorKindOf(err) != accounts.KindAuth {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("refresh fails", func(t *testing.T) {
		f := newFake(t)
		f.on("app.bsky.actor.getProfile", expired)
		f.on("com.atproto.server.refreshSession", expired)
		c := signedIn(f, accounts.Credentials{AccessToken: "acc-1", RefreshToken: "ref-1"}, nil)
		_, err := c.AccountMetrics(context.Background())
		if accounts.ErrorKindOf(err) != accounts.KindAuth || !strings.Contains(accounts.UserMessage(err), "Reconnect") {
			t.Fatalf("err = %v", err)
		}
		if got := f.nsids(); !reflect.DeepEqual(got, []string{"app.bsky.actor.getProfile", "com.atproto.server.refreshSession"}) {
			t.Fatalf("requests = %v (refresh once, no retry)", got)
		}
	})
	t.Run("refresh fails, app password signs in again", func(t *testing.T) {
		f := newFake(t)
		f.on("app.bsky.actor.getProfile", func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("Authorization") == "Bearer acc-1" {
				expired(w, r)
				return
			}
			reply(200, `{"followersCount":7}`)(w, r)
		})
		f.on("com.atproto.server.refreshSession", reply(400, `{"error":"InvalidToken","message":"Token could not be verified"}`))
		f.on("com.atproto.server.createSession", reply(200, `{"accessJwt":"acc-new","refreshJwt":"ref-new","handle":"`+handle+`","did":"`+did+`"}`))
		c := signedIn(f, accounts.Credentials{AccessToken: "acc-1", RefreshToken: "ref-1", AppPassword: "pw"}, nil)
		m, err := c.AccountMetrics(context.Background())
		if err != nil || m.Followers != 7 {
			t.Fatalf("AccountMetrics = %+v, %v", m, err)
		}
		if gp := f.requests("app.bsky.actor.getProfile"); len(gp) != 2 || gp[1].Auth != "Bearer acc-new" {
			t.Fatalf("getProfile = %+v", gp)
		}
	})
	t.Run("still rejected after refresh: no loop", func(t *testing.T) {
		f := newFake(t)
		f.on("app.bsky.actor.getProfile", expired)
		f.on("com.atproto.server.refreshSession", reply(200, `{"accessJwt":"acc-2","refreshJwt":"ref-2","handle":"`+handle+`","did":"`+did+`"}`))
		c := signedIn(f, accounts.Credentials{AccessToken: "acc-1", RefreshToken: "ref-1"}, nil)
		_, err := c.AccountMetrics(context.Background())
		if accounts.ErrorKindOf(err) != accounts.KindAuth || len(f.requests("app.bsky.actor.getProfile")) != 2 {
			t.Fatalf("err = %v after %v", err, f.nsids())
		}
	})
	t.Run("no token: signs in first", func(t *testing.T) {
		f := newFake(t)
		f.on("com.atproto.server.createSession", reply(200, sessionBody))
		f.on("com.atproto.server.getSession", reply(200, `{"did":"`+did+`","handle":"`+handle+`"}`))
		f.on("app.bsky.actor.getProfile", reply(200, `{"followersCount":1}`))
		c := New(Config{PDS: f.srv.URL, Handle: handle, HTTP: f.srv.Client(), Creds: accounts.Credentials{AppPassword: "pw"}})
		if _, err := c.AccountMetrics(context.Background()); err != nil {
			t.Fatal(err)
		}
		if got := f.nsids(); !reflect.DeepEqual(got, []string{"com.atproto.server.createSession", "app.bsky.actor.getProfile"}) {
			t.Fatalf("requests = %v", got)
		}
	})
	t.Run("saved tokens: asks who we are", func(t *testing.T) {
		f := newFake(t)
		f.on("com.atproto.server.getSession", reply(200, `{"did":"`+did+`","handle":"`+handle+`"}`))
		f.on("app.bsky.actor.getProfile", reply(200, `{"followersCount":1}`))
		c := New(Config{PDS: f.srv.URL, HTTP: f.srv.Client(), Creds: accounts.Credentials{AccessToken: "acc-1"}})
		if _, err := c.AccountMetrics(context.Background()); err != nil {
			t.Fatal(err)
		}
		if gs := f.requests("com.atproto.server.getSession"); len(gs) != 1 || gs[0].Auth != "Bearer acc-1" {
			t.Fatalf("getSession = %+v", gs)
		}
	})
}

func TestErrorKinds(t *testing.T) {
	reset := fixedNow.Add(90 * time.Second).Unix()
	cases := []struct {
		name    string
		h       http.HandlerFunc
		kind    accounts.ErrorKind
		status  int
		message string
		retry   time.Duration
	}{
		{"429 ratelimit-reset", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("RateLimit-Limit", "5000")
			w.Header().Set("RateLimit-Remaining", "0")
			w.Header().Set("RateLimit-Reset", fmt.Sprint(reset))
			reply(429, `{"error":"RateLimitExceeded","message":"Rate Limit Exceeded"}`)(w, r)
		}, accounts.KindRateLimited, 429, "Rate Limit Exceeded", 89 * time.Second},
		{"500", reply(500, `{"error":"InternalServerError","message":"Internal Server Error"}`), accounts.KindTransient, 500, "Internal Server Error", 0},
		{"502 html", reply(502, `<html>Bad Gateway</html>`), accounts.KindTransient, 502, "", 0},
		{"400 InvalidRequest", reply(400, `{"error":"InvalidRequest","message":"Invalid app.bsky.feed.post record: Record/text must not be longer than 300 graphemes"}`),
			accounts.KindRejected, 400, "Invalid app.bsky.feed.post record: Record/text must not be longer than 300 graphemes", 0},
		{"400 without message", reply(400, `{"error":"BlobTooLarge"}`), accounts.KindRejected, 400, "BlobTooLarge", 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := newFake(t)
			f.on("com.atproto.repo.createRecord", tc.h)
			c := signedIn(f, accounts.Credentials{AccessToken: "acc-1", RefreshToken: "ref-1"}, nil)
			_, err := c.Publish(context.Background(), accounts.Post{Text: "hello"})
			var e *accounts.Error
			if !errors.As(err, &e) {
				t.Fatalf("err = %v", err)
			}
			if e.Kind != tc.kind || e.Status != tc.status || e.Message != tc.message || e.Network != network.Bluesky || e.Op != "publish" {
				t.Fatalf("err = %+v", e)
			}
			// The rate-limit reset is an epoch second; allow for the fraction.
			if d := e.RetryAfter - tc.retry; d < 0 || d > time.Second {
				t.Fatalf("RetryAfter = %v, want ~%v", e.RetryAfter, tc.retry)
			}
			if n := len(f.requests("com.atproto.server.refreshSession")); n != 0 {
				t.Fatalf("refreshed on a non-auth error")
			}
		})
	}
}

func TestTransportFailuresAreTransient(t *testing.T) {
	t.Run("dropped connection", func(t *testing.T) {
		f := newFake(t)
		f.on("com.atproto.repo.createRecord", func(w http.ResponseWriter, r *http.Request) {
			conn, _, err := w.(http.Hijacker).Hijack()
			if err == nil {
				conn.Close()
			}
		})
		c := signedIn(f, accounts.Credentials{AccessToken: "acc-1"}, nil)
		_, err := c.Publish(context.Background(), accounts.Post{Text: "hello"})
		if accounts.ErrorKindOf(err) != accounts.KindTransient {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("timeout", func(t *testing.T) {
		f := newFake(t)
		release := make(chan struct{})
		defer close(release)
		f.on("app.bsky.notification.listNotifications", func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-release:
			case <-r.Context().Done():
			}
		})
		c := signedIn(f, accounts.Credentials{AccessToken: "acc-1"}, nil)
		c.http = &http.Client{Timeout: 100 * time.Millisecond}
		_, err := c.FetchActivity(context.Background(), "")
		if accounts.ErrorKindOf(err) != accounts.KindTransient {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("context deadline", func(t *testing.T) {
		f := newFake(t)
		release := make(chan struct{})
		defer close(release)
		f.on("app.bsky.feed.getPosts", func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-release:
			case <-r.Context().Done():
			}
		})
		c := signedIn(f, accounts.Credentials{AccessToken: "acc-1"}, nil)
		ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
		defer cancel()
		_, err := c.PostMetrics(ctx, []accounts.Ref{{URI: postURI}})
		if accounts.ErrorKindOf(err) != accounts.KindTransient {
			t.Fatalf("err = %v", err)
		}
	})
}

func TestFetchActivity(t *testing.T) {
	clinicPost := "at://" + did + "/app.bsky.feed.post/3kpost"
	page1 := `{"cursor":"c1","notifications":[
	  {"uri":"at://did:plc:bob/app.bsky.feed.post/3kreply","cid":"cidReply","author":{"did":"did:plc:bob","handle":"bob.test","displayName":"Bob"},
	   "reason":"reply","reasonSubject":"` + clinicPost + `","isRead":false,"indexedAt":"2026-03-04T10:00:05.123Z",
	   "record":{"$type":"app.bsky.feed.post","text":"When do you open?","createdAt":"2026-03-04T10:00:05.000Z",
	     "reply":{"root":{"uri":"` + clinicPost + `","cid":"cidPost"},"parent":{"uri":"` + clinicPost + `","cid":"cidPost"}}}},
	  {"uri":"at://did:plc:carla/app.bsky.feed.like/3klike","cid":"cidLike","author":{"did":"did:plc:carla","handle":"carla.test"},
	   "reason":"like","reasonSubject":"` + clinicPost + `","isRead":false,"indexedAt":"2026-03-04T10:00:04Z",
	   "record":{"$type":"app.bsky.feed.like","subject":{"uri":"` + clinicPost + `","cid":"cidPost"},"createdAt":"2026-03-04T10:00:04Z"}},
	  {"uri":"at://did:plc:dan/app.bsky.graph.starterpack/3ksp","cid":"cidSP","author":{"did":"did:plc:dan","handle":"dan.test"},
	   "reason":"starterpack-joined","isRead":false,"indexedAt":"2026-03-04T10:00:03Z","record":{}}
	]}`
	page2 := `{"cursor":"c2","notifications":[
	  {"uri":"at://did:plc:bob/app.bsky.feed.post/3kmention","cid":"cidMention","author":{"did":"did:plc:bob","handle":"bob.test"},
	   "reason":"mention","isRead":false,"indexedAt":"2026-03-04T10:00:02Z",
	   "record":{"$type":"app.bsky.feed.post","text":"Thanks @clinic.example.com","createdAt":"2026-03-04T10:00:02Z"}},
	  {"uri":"at://did:plc:eve/app.bsky.feed.post/3kquote","cid":"cidQuote","author":{"did":"did:plc:eve","handle":"eve.test"},
	   "reason":"quote","reasonSubject":"` + clinicPost + `","isRead":false,"indexedAt":"2026-03-04T10:00:01Z",
	   "record":{"$type":"app.bsky.feed.post","text":"Look","createdAt":"2026-03-04T10:00:01Z",
	     "embed":{"$type":"app.bsky.embed.record","record":{"uri":"` + clinicPost + `","cid":"cidPost"}}}},
	  {"uri":"at://did:plc:old/app.bsky.graph.follow/3kold","cid":"cidOld","author":{"did":"did:plc:old","handle":"old.test"},
	   "reason":"follow","isRead":true,"indexedAt":"2026-03-04T09:00:00Z","record":{"$type":"app.bsky.graph.follow","subject":"` + did + `"}}
	]}`
	f := newFake(t)
	f.on("app.bsky.notification.listNotifications", func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Query().Get("cursor") {
		case "":
			reply(200, page1)(w, r)
		case "c1":
			reply(200, page2)(w, r)
		default:
			t.Errorf("read past the cursor: %s", r.URL.RawQuery)
			reply(200, `{"notifications":[]}`)(w, r)
		}
	})
	f.on("app.bsky.notification.updateSeen", reply(200, ``))
	c := signedIn(f, accounts.Credentials{AccessToken: "acc-1"}, nil)

	page, err := c.FetchActivity(context.Background(), "2026-03-04T09:30:00Z")
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"t":"2026-03-04T10:00:05.123Z","ids":["at://did:plc:bob/app.bsky.feed.post/3kreply"]}`; parseCursor(page.Cursor).Notifications != want {
		t.Fatalf("cursor = %q, want notifications at %q", page.Cursor, want)
	}
	var kinds []accounts.ActivityKind
	for _, a := range page.Items {
		kinds = append(kinds, a.Kind)
	}
	if !reflect.DeepEqual(kinds, []accounts.ActivityKind{accounts.ActivityReply, accounts.ActivityLike, accounts.ActivityMention, accounts.ActivityQuote}) {
		t.Fatalf("kinds = %v (older follow and unknown reasons must be left out)", kinds)
	}
	r := page.Items[0]
	wantReply := accounts.Activity{
		Ref: accounts.Ref{URI: "at://did:plc:bob/app.bsky.feed.post/3kreply", CID: "cidReply", RootURI: clinicPost, RootCID: "cidPost",
			URL: "https://bsky.app/profile/bob.test/post/3kreply"},
		Kind: accounts.ActivityReply, AuthorID: "did:plc:bob", Author: "bob.test", AuthorName: "Bob", Text: "When do you open?",
		CreatedAt: time.Date(2026, 3, 4, 10, 0, 5, 123e6, time.UTC), Subject: &accounts.Ref{URI: clinicPost, CID: "cidPost"},
		Parent: &accounts.Ref{URI: clinicPost, CID: "cidPost"},
	}
	if !reflect.DeepEqual(r, wantReply) {
		t.Fatalf("reply activity\n got %+v\nwant %+v", r, wantReply)
	}
	if s := page.Items[1].Subject; s == nil || s.URI != clinicPost || s.CID != "cidPost" {
		t.Fatalf("like subject = %+v", s)
	}
	if m := page.Items[2]; m.Subject != nil || m.Text != "Thanks @clinic.example.com" || m.Ref.RootURI != m.Ref.URI {
		t.Fatalf("mention = %+v", m)
	}
	if q := page.Items[3]; q.Subject == nil || q.Subject.URI != clinicPost || q.Subject.CID != "cidPost" {
		t.Fatalf("quote = %+v", q)
	}
	ln := f.requests("app.bsky.notification.listNotifications")
	if len(ln) != 2 || ln[0].Method != "GET" || ln[0].Auth != "Bearer acc-1" || ln[0].Query.Get("limit") != "100" || ln[1].Query.Get("cursor") != "c1" {
		t.Fatalf("listNotifications = %+v", ln)
	}
	assertOnlyReads(t, f)

	// Marking seen is its own, explicit call.
	if err := c.MarkSeen(context.Background(), page.Items[0].CreatedAt); err != nil {
		t.Fatalf("MarkSeen: %v", err)
	}
	us := f.requests("app.bsky.notification.updateSeen")
	if len(us) != 1 || us[0].Method != "POST" || us[0].Auth != "Bearer acc-1" || us[0].json(t)["seenAt"] != "2026-03-04T10:00:05.123Z" {
		t.Fatalf("updateSeen = %+v", us)
	}

	// Nothing newer: same cursor, no items.
	f2 := newFake(t)
	f2.on("app.bsky.notification.listNotifications", reply(200, page1))
	c2 := signedIn(f2, accounts.Credentials{AccessToken: "acc-1"}, nil)
	again, err := c2.FetchActivity(context.Background(), page.Cursor)
	if err != nil || len(again.Items) != 0 || again.Cursor != page.Cursor || len(f2.requests("app.bsky.notification.updateSeen")) != 0 {
		t.Fatalf("again = %+v, %v, %v", again, err, f2.nsids())
	}
}

func TestFetchActivityIsBounded(t *testing.T) {
	f := newFake(t)
	n := 0
	f.on("app.bsky.notification.listNotifications", func(w http.ResponseWriter, r *http.Request) {
		n++
		at := fixedNow.Add(-time.Duration(n) * time.Minute).Format(time.RFC3339)
		reply(200, fmt.Sprintf(`{"cursor":"c%d","notifications":[{"uri":"at://x/app.bsky.graph.follow/%d","cid":"c","author":{"did":"did:plc:x","handle":"x.test"},"reason":"follow","record":{},"isRead":false,"indexedAt":%q}]}`, n, n, at))(w, r)
	})
	f.on("app.bsky.notification.updateSeen", reply(200, ``))
	c := signedIn(f, accounts.Credentials{AccessToken: "acc-1"}, nil)
	page, err := c.FetchActivity(context.Background(), "")
	if err != nil || len(page.Items) != activityMaxPages || n != activityMaxPages {
		t.Fatalf("items %d, pages %d, %v", len(page.Items), n, err)
	}
}

func TestPostMetricsBatches(t *testing.T) {
	f := newFake(t)
	f.on("app.bsky.feed.getPosts", func(w http.ResponseWriter, r *http.Request) {
		var posts []string
		for i, u := range r.URL.Query()["uris"] {
			if strings.HasSuffix(u, "/gone") {
				continue
			}
			posts = append(posts, fmt.Sprintf(`{"uri":%q,"cid":"cid-%d","author":{"did":"%s","handle":"%s"},"record":{"text":"x"},
			  "likeCount":%d,"repostCount":2,"replyCount":3,"quoteCount":4,"indexedAt":"2026-01-01T00:00:00Z"}`, u, i, did, handle, i+10))
		}
		reply(200, `{"posts":[`+strings.Join(posts, ",")+`]}`)(w, r)
	})
	c := signedIn(f, accounts.Credentials{AccessToken: "acc-1"}, nil)
	var refs []accounts.Ref
	for i := range 30 {
		refs = append(refs, accounts.Ref{URI: fmt.Sprintf("at://%s/app.bsky.feed.post/p%02d", did, i)})
	}
	refs = append(refs, accounts.Ref{URI: "at://" + did + "/app.bsky.feed.post/gone"})
	m, err := c.PostMetrics(context.Background(), refs)
	if err != nil {
		t.Fatal(err)
	}
	gp := f.requests("app.bsky.feed.getPosts")
	if len(gp) != 2 || len(gp[0].Query["uris"]) != 25 || len(gp[1].Query["uris"]) != 6 || gp[0].Method != "GET" {
		t.Fatalf("getPosts batches = %d/%d", len(gp[0].Query["uris"]), len(gp[1].Query["uris"]))
	}
	if len(m) != 30 {
		t.Fatalf("metrics for %d posts", len(m))
	}
	want := accounts.PostMetrics{Ref: accounts.Ref{URI: refs[26].URI, CID: "cid-1"}, Likes: 11, Reposts: 2, Replies: 3, Quotes: 4, Impressions: -1}
	if m[26] != want {
		t.Fatalf("metrics[26] = %+v, want %+v", m[26], want)
	}
}

func TestRecentPostsAndAppView(t *testing.T) {
	pds := newFake(t)
	appview := newFake(t)
	appview.on("app.bsky.feed.getAuthorFeed", reply(200, `{"cursor":"x","feed":[
	  {"post":{"uri":"at://did:plc:other/app.bsky.feed.post/3kreposted","cid":"c0","author":{"did":"did:plc:other","handle":"o.test"},
	    "record":{"text":"not ours","createdAt":"2026-03-04T00:00:00Z"},"indexedAt":"2026-03-04T00:00:00Z"},
	   "reason":{"$type":"app.bsky.feed.defs#reasonRepost","by":{"did":"`+did+`","handle":"`+handle+`"},"indexedAt":"2026-03-04T00:00:00Z"}},
	  {"post":{"uri":"at://`+did+`/app.bsky.feed.post/3kselfreply","cid":"c9","author":{"did":"`+did+`","handle":"`+handle+`"},
	    "record":{"$type":"app.bsky.feed.post","text":"Yes, 9 to 12 on Saturday.","createdAt":"2026-03-03T10:00:00.000Z",
	      "reply":{"root":{"uri":"`+postURI+`","cid":"`+postCID+`"},"parent":{"uri":"`+postURI+`","cid":"`+postCID+`"}}},"indexedAt":"2026-03-03T10:00:01Z"}},
	  {"post":{"uri":"`+postURI+`","cid":"`+postCID+`","author":{"did":"`+did+`","handle":"`+handle+`"},
	    "record":{"$type":"app.bsky.feed.post","text":"Flu shots today","createdAt":"2026-03-03T09:00:00.000Z"},"indexedAt":"2026-03-03T09:00:01Z"}}
	]}`))
	appview.on("app.bsky.actor.getProfile", reply(200, `{"did":"`+did+`","followersCount":12}`))
	c := New(Config{PDS: pds.srv.URL, AppView: appview.srv.URL, HTTP: pds.srv.Client(),
		Creds: accounts.Credentials{AccessToken: "acc-1"}, Now: func() time.Time { return fixedNow }})
	c.session = Session{DID: did, Handle: handle}
	posts, err := c.RecentPosts(context.Background(), 5)
	if err != nil {
		t.Fatal(err)
	}
	want := []accounts.RecentPost{{Ref: accounts.Ref{URI: postURI, CID: postCID, URL: "https://bsky.app/profile/clinic.example.com/post/3kabc"},
		Text: "Flu shots today", CreatedAt: time.Date(2026, 3, 3, 9, 0, 0, 0, time.UTC)}}
	if !reflect.DeepEqual(posts, want) {
		t.Fatalf("RecentPosts = %+v", posts)
	}
	af := appview.requests("app.bsky.feed.getAuthorFeed")[0]
	if af.Method != "GET" || af.Auth != "" || af.Query.Get("actor") != did || af.Query.Get("filter") != "posts_no_replies" || af.Query.Get("limit") != "5" {
		t.Fatalf("getAuthorFeed = %+v", af)
	}
	if m, err := c.AccountMetrics(context.Background()); err != nil || m.Followers != 12 {
		t.Fatalf("AccountMetrics = %+v %v", m, err)
	}
	if n := len(pds.nsids()); n != 0 {
		t.Fatalf("public reads went to the PDS: %v", pds.nsids())
	}
}

func TestLimitsAndNetwork(t *testing.T) {
	c := New(Config{})
	if c.pds != DefaultPDS || c.Network() != network.Bluesky {
		t.Fatalf("defaults: %s %s", c.pds, c.Network())
	}
	l, err := c.Limits(context.Background())
	if err != nil || l != (accounts.Limits{MaxChars: 300, MaxImages: 4}) {
		t.Fatalf("Limits = %+v", l)
	}
}

func TestJWTExpiryDrivesProactiveRefresh(t *testing.T) {
	// {"exp": fixedNow+10s}: inside the 30 s margin, so refresh first.
	payload := fmt.Sprintf(`{"scope":"com.atproto.access","sub":"%s","exp":%d}`, did, fixedNow.Add(10*time.Second).Unix())
	tok := "eyJhbGciOiJIUzI1NiJ9." + strings.TrimRight(b64(payload), "=") + ".sig"
	if got := jwtExpiry(tok); !got.Equal(time.Unix(fixedNow.Add(10*time.Second).Unix(), 0)) {
		t.Fatalf("jwtExpiry = %v", got)
	}
	f := newFake(t)
	f.on("com.atproto.server.refreshSession", reply(200, `{"accessJwt":"acc-2","refreshJwt":"ref-2","handle":"`+handle+`","did":"`+did+`"}`))
	f.on("app.bsky.actor.getProfile", reply(200, `{"followersCount":3}`))
	c := signedIn(f, accounts.Credentials{AccessToken: tok, RefreshToken: "ref-1", ExpiresAt: jwtExpiry(tok)}, nil)
	if _, err := c.AccountMetrics(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := f.nsids(); !reflect.DeepEqual(got, []string{"com.atproto.server.refreshSession", "app.bsky.actor.getProfile"}) {
		t.Fatalf("requests = %v", got)
	}
}

func b64(s string) string { return base64.URLEncoding.EncodeToString([]byte(s)) }

func TestCancelScheduledIsRefused(t *testing.T) {
	f := newFake(t)
	err := signedIn(f, accounts.Credentials{AccessToken: "acc-1"}, nil).CancelScheduled(context.Background(), accounts.Ref{URI: postURI, CID: postCID})
	want := accounts.Error{Kind: accounts.KindRejected, Network: network.Bluesky, Op: "cancel scheduled post", Message: "Bluesky has no scheduled posts to cancel"}
	if e, ok := err.(*accounts.Error); !ok || *e != want {
		t.Errorf("CancelScheduled = %#v, want %#v", err, &want)
	}
	if n := len(f.nsids()); n != 0 {
		t.Errorf("sent %d requests", n)
	}
}
