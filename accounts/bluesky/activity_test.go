package bluesky

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
)

// notificationJSON is one app.bsky.notification.listNotifications#notification
// replying to the clinic's post.
func notificationJSON(rkey, indexedAt string) string {
	return fmt.Sprintf(`{"uri":"at://did:plc:bob/app.bsky.feed.post/%s","cid":"cid%s","author":{"did":"did:plc:bob","handle":"bob.test"},
	  "reason":"reply","reasonSubject":%q,"isRead":false,"indexedAt":%q,
	  "record":{"$type":"app.bsky.feed.post","text":"reply %s","createdAt":%q,
	    "reply":{"root":{"uri":%q,"cid":%q},"parent":{"uri":%q,"cid":%q}}}}`,
		rkey, rkey, postURI, indexedAt, rkey, indexedAt, postURI, postCID, postURI, postCID)
}

// notificationFeed serves listNotifications newest first from a list that
// grows between fetches, in pages of the requested limit.
type notificationFeed struct {
	mu    sync.Mutex
	items []string // newest first
}

func (n *notificationFeed) push(item string) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.items = append([]string{item}, n.items...)
}

func (n *notificationFeed) serve(w http.ResponseWriter, r *http.Request) {
	n.mu.Lock()
	items := append([]string(nil), n.items...)
	n.mu.Unlock()
	reply(200, `{"notifications":[`+strings.Join(items, ",")+`]}`)(w, r)
}

func TestFetchActivityCursorHandlesEqualTimes(t *testing.T) {
	f := newFake(t)
	feed := &notificationFeed{}
	f.on("app.bsky.notification.listNotifications", feed.serve)
	c := signedIn(f, accounts.Credentials{AccessToken: "acc-1"}, nil)
	delivered := map[string]int{}
	fetch := func(cursor string) accounts.ActivityPage {
		t.Helper()
		page, err := c.FetchActivity(context.Background(), cursor)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range page.Items {
			if delivered[a.Ref.URI]++; delivered[a.Ref.URI] > 1 {
				t.Errorf("%s delivered twice", a.Ref.URI)
			}
		}
		return page
	}

	feed.push(notificationJSON("3ka", "2026-03-04T10:00:00.000Z"))
	feed.push(notificationJSON("3kb", "2026-03-04T10:00:01.000Z"))
	first := fetch("")
	if len(first.Items) != 2 {
		t.Fatalf("first fetch: %d items", len(first.Items))
	}
	// Indexed in the same millisecond as 3kb, but listed only now.
	feed.push(notificationJSON("3kc", "2026-03-04T10:00:01.000Z"))
	second := fetch(first.Cursor)
	if len(second.Items) != 1 || !strings.HasSuffix(second.Items[0].Ref.URI, "/3kc") {
		t.Fatalf("second fetch = %+v, want only 3kc", second.Items)
	}
	third := fetch(second.Cursor)
	if len(third.Items) != 0 || third.Cursor != second.Cursor {
		t.Fatalf("third fetch = %+v, cursor %q (was %q)", third.Items, third.Cursor, second.Cursor)
	}
	feed.push(notificationJSON("3kd", "2026-03-04T10:00:02.000Z"))
	fourth := fetch(third.Cursor)
	if len(fourth.Items) != 1 || !strings.HasSuffix(fourth.Items[0].Ref.URI, "/3kd") {
		t.Fatalf("fourth fetch = %+v, want only 3kd", fourth.Items)
	}
	fourthCursor := fourth.Cursor

	// Bluesky lists a notification by the earlier of its record's creation
	// and indexing time: a reply indexed late is listed after 3kd was
	// read, with a time before it. It still comes, once.
	feed.push(notificationJSON("3klate", "2026-03-04T09:58:00.000Z"))
	fifth := fetch(fourthCursor)
	if len(fifth.Items) != 1 || !strings.HasSuffix(fifth.Items[0].Ref.URI, "/3klate") {
		t.Fatalf("fifth fetch = %+v, want only 3klate", fifth.Items)
	}
	if sixth := fetch(fifth.Cursor); len(sixth.Items) != 0 {
		t.Fatalf("sixth fetch = %+v, want nothing", sixth.Items)
	}

	t.Run("a cursor written by an earlier version (a bare time) is still understood", func(t *testing.T) {
		page, err := c.FetchActivity(context.Background(), "2026-03-04T10:00:01.000Z")
		if err != nil || len(page.Items) != 1 || !strings.HasSuffix(page.Items[0].Ref.URI, "/3kd") {
			t.Fatalf("FetchActivity = %+v, %v", page.Items, err)
		}
	})
	assertOnlyReads(t, f)
}

// assertOnlyReads fails when anything but a GET (an XRPC query) reached
// the server: reading the inbox must change nothing on Bluesky.
func assertOnlyReads(t *testing.T, f *fakeXRPC) {
	t.Helper()
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, s := range f.log {
		if s.Method != http.MethodGet || s.NSID == "app.bsky.notification.updateSeen" {
			t.Errorf("FetchActivity sent %s %s; reading must change nothing on Bluesky", s.Method, s.NSID)
		}
	}
}

func TestFetchActivityNamesTheClinicsPostAndTheParent(t *testing.T) {
	// Bob answers Carla's reply in a thread the clinic started: the parent
	// is Carla's post, the clinic's post is the root.
	carla := "at://did:plc:carla/app.bsky.feed.post/3kcarla"
	f := newFake(t)
	f.on("app.bsky.notification.listNotifications", reply(200, `{"notifications":[
	  {"uri":"at://did:plc:bob/app.bsky.feed.post/3kbob","cid":"cidBob","author":{"did":"did:plc:bob","handle":"bob.test"},
	   "reason":"reply","reasonSubject":"`+carla+`","isRead":false,"indexedAt":"2026-03-04T10:00:00.000Z",
	   "record":{"$type":"app.bsky.feed.post","text":"Same question","createdAt":"2026-03-04T10:00:00.000Z",
	     "reply":{"root":{"uri":"`+postURI+`","cid":"`+postCID+`"},"parent":{"uri":"`+carla+`","cid":"cidCarla"}}}}]}`))
	c := signedIn(f, accounts.Credentials{AccessToken: "acc-1"}, nil)
	page, err := c.FetchActivity(context.Background(), "")
	if err != nil || len(page.Items) != 1 {
		t.Fatalf("FetchActivity = %+v, %v", page, err)
	}
	a := page.Items[0]
	if a.Subject == nil || a.Subject.URI != postURI || a.Subject.CID != postCID {
		t.Errorf("Subject = %+v, want the clinic's post (the root)", a.Subject)
	}
	if a.Parent == nil || a.Parent.URI != carla || a.Parent.CID != "cidCarla" {
		t.Errorf("Parent = %+v, want Carla's post", a.Parent)
	}
	if a.Private || a.Ref.RootURI != postURI || a.Ref.URL != "https://bsky.app/profile/bob.test/post/3kbob" {
		t.Errorf("activity = %+v", a)
	}
}

// testJWT is an unsigned JWT with sub and exp, as a PDS's access token
// carries them (the connector reads, never verifies, them).
func testJWT(sub string, exp time.Time) string {
	enc := base64.RawURLEncoding.EncodeToString
	claims, _ := json.Marshal(map[string]any{"scope": "com.atproto.appPass", "sub": sub, "iat": exp.Add(-2 * time.Hour).Unix(), "exp": exp.Unix()})
	return enc([]byte(`{"typ":"at+jwt","alg":"ES256K"}`)) + "." + enc(claims) + ".c2lnbmF0dXJl"
}

func TestSessionsAreReusedAcrossSyncs(t *testing.T) {
	// What the keychain holds between syncs: each sync builds a new
	// connector from it, as connect.Manager does.
	var mu sync.Mutex
	stored := accounts.Credentials{AppPassword: "abcd-efgh-ijkl-mnop"}
	save := func(_ context.Context, c accounts.Credentials) error { mu.Lock(); stored = c; mu.Unlock(); return nil }
	load := func() accounts.Credentials { mu.Lock(); defer mu.Unlock(); return stored }

	now := fixedNow
	access1 := testJWT(did, now.Add(2*time.Hour))
	access2 := testJWT(did, now.Add(4*time.Hour))
	f := newFake(t)
	f.on("com.atproto.server.createSession", reply(200, `{"accessJwt":"`+access1+`","refreshJwt":"ref-1","handle":"`+handle+`","did":"`+did+`"}`))
	f.on("com.atproto.server.refreshSession", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer ref-1" {
			t.Errorf("refreshSession sent %q, want the refresh token", r.Header.Get("Authorization"))
		}
		reply(200, `{"accessJwt":"`+access2+`","refreshJwt":"ref-2","handle":"`+handle+`","did":"`+did+`"}`)(w, r)
	})
	f.on("app.bsky.notification.listNotifications", reply(200, `{"notifications":[]}`))
	syncOnce := func() {
		t.Helper()
		c := New(Config{PDS: f.srv.URL, Handle: handle, HTTP: f.srv.Client(), Creds: load(), SaveCreds: save,
			Now: func() time.Time { return now }})
		if _, err := c.FetchActivity(context.Background(), ""); err != nil {
			t.Fatal(err)
		}
	}
	for i := 0; i < 5; i++ {
		syncOnce()
		now = now.Add(5 * time.Minute)
	}
	if n := len(f.requests("com.atproto.server.createSession")); n != 1 {
		t.Fatalf("createSession called %d times in 5 syncs, want 1 (Bluesky allows 30 per 5 minutes, 300 a day)", n)
	}
	if n := len(f.requests("com.atproto.server.refreshSession")); n != 0 {
		t.Fatalf("refreshSession called %d times while the access token was valid", n)
	}
	// Past the access token's expiry: one refresh, then the new token.
	now = fixedNow.Add(3 * time.Hour)
	syncOnce()
	syncOnce()
	if c, r := len(f.requests("com.atproto.server.createSession")), len(f.requests("com.atproto.server.refreshSession")); c != 1 || r != 1 {
		t.Fatalf("after expiry: createSession %d, refreshSession %d; want 1 and 1", c, r)
	}
	if got := f.requests("app.bsky.notification.listNotifications"); got[len(got)-1].Auth != "Bearer "+access2 {
		t.Errorf("the last read used %q, want the refreshed token", got[len(got)-1].Auth)
	}
	if load().RefreshToken != "ref-2" {
		t.Errorf("the rotated refresh token was not saved")
	}
}

func TestRateLimitHeadersStopFurtherRequests(t *testing.T) {
	reset := fixedNow.Add(4 * time.Minute).Truncate(time.Second)
	f := newFake(t)
	f.on("app.bsky.notification.listNotifications", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("RateLimit-Limit", "3000")
		w.Header().Set("RateLimit-Remaining", "0")
		w.Header().Set("RateLimit-Reset", strconv.FormatInt(reset.Unix(), 10))
		w.Header().Set("RateLimit-Policy", "3000;w=300")
		reply(200, `{"notifications":[]}`)(w, r)
	})
	f.on("com.atproto.server.createSession", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("RateLimit-Limit", "30")
		w.Header().Set("RateLimit-Remaining", "0")
		w.Header().Set("RateLimit-Reset", strconv.FormatInt(reset.Unix(), 10))
		reply(429, `{"error":"RateLimitExceeded","message":"Rate Limit Exceeded"}`)(w, r)
	})
	c := signedIn(f, accounts.Credentials{AccessToken: "acc-1"}, nil)
	if _, err := c.FetchActivity(context.Background(), ""); err != nil {
		t.Fatal(err)
	}
	_, err := c.FetchActivity(context.Background(), "")
	var e *accounts.Error
	if !errors.As(err, &e) || e.Kind != accounts.KindRateLimited || !e.RetryAt.Equal(reset) {
		t.Fatalf("second read: %#v, want rate limited until %s", err, reset)
	}
	if err := c.MarkSeen(context.Background(), fixedNow); accounts.ErrorKindOf(err) != accounts.KindRateLimited {
		t.Fatalf("MarkSeen while spent: %v", err)
	}
	if n := len(f.nsids()); n != 1 {
		t.Fatalf("%d requests reached the PDS, want 1", n)
	}

	// Signing in has its own, stricter limit: a 429 there stops further
	// sign-ins (each sync would otherwise try again).
	for i := 0; i < 3; i++ {
		c := New(Config{PDS: f.srv.URL, Handle: handle + "2", HTTP: f.srv.Client(), Creds: accounts.Credentials{AppPassword: "pw"},
			Now: func() time.Time { return fixedNow }})
		if _, err := c.Login(context.Background()); accounts.ErrorKindOf(err) != accounts.KindRateLimited {
			t.Fatalf("login %d: %v", i, err)
		}
	}
	if n := len(f.requests("com.atproto.server.createSession")); n != 1 {
		t.Fatalf("createSession sent %d times after a 429, want 1", n)
	}
}

func TestChatMessages(t *testing.T) {
	// chat.bsky.convo.getLog, as the chat service answers through the PDS.
	const logPage = `{"cursor":"rev3","logs":[
	  {"$type":"chat.bsky.convo.defs#logBeginConvo","rev":"rev1","convoId":"convo1"},
	  {"$type":"chat.bsky.convo.defs#logCreateMessage","rev":"rev2","convoId":"convo1",
	   "message":{"$type":"chat.bsky.convo.defs#messageView","id":"msg1","rev":"rev2","text":"Can I bring my child too?","sender":{"did":"did:plc:bob"},"sentAt":"2026-03-04T10:00:00.000Z"}},
	  {"$type":"chat.bsky.convo.defs#logCreateMessage","rev":"rev3","convoId":"convo1",
	   "message":{"$type":"chat.bsky.convo.defs#messageView","id":"msg2","rev":"rev3","text":"Of course","sender":{"did":"` + did + `"},"sentAt":"2026-03-04T10:01:00.000Z"}},
	  {"$type":"chat.bsky.convo.defs#logCreateMessage","rev":"rev3","convoId":"convo2",
	   "message":{"$type":"chat.bsky.convo.defs#deletedMessageView","id":"msg0","rev":"rev3","sender":{"did":"did:plc:carla"},"sentAt":"2026-03-04T09:00:00.000Z"}}
	]}`
	var proxies []string
	f := newFake(t)
	f.on("app.bsky.notification.listNotifications", reply(200, `{"notifications":[]}`))
	f.on("chat.bsky.convo.getLog", func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		proxies = append(proxies, r.Header.Get("atproto-proxy"))
		f.mu.Unlock()
		if r.URL.Query().Get("cursor") == "rev3" {
			reply(200, `{"cursor":"rev3","logs":[]}`)(w, r)
			return
		}
		reply(200, logPage)(w, r)
	})
	c := signedIn(f, accounts.Credentials{AccessToken: "acc-1"}, nil)
	page, err := c.FetchActivity(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Items) != 1 {
		t.Fatalf("items = %+v (the clinic's own and deleted messages are left out)", page.Items)
	}
	m := page.Items[0]
	if m.Kind != accounts.ActivityMessage || !m.Private || m.Ref.ID != "msg1" || m.Ref.Conversation != "convo1" || m.Conversation != "convo1" ||
		m.AuthorID != "did:plc:bob" || m.Text != "Can I bring my child too?" || m.CreatedAt.IsZero() {
		t.Errorf("message = %+v", m)
	}
	if page.Cursor != `{"n":"","c":"rev3"}` {
		t.Errorf("cursor = %s", page.Cursor)
	}
	again, err := c.FetchActivity(context.Background(), page.Cursor)
	if err != nil || len(again.Items) != 0 || again.Cursor != page.Cursor {
		t.Errorf("re-fetch = %+v, %v", again, err)
	}
	// The first read pages on until the log has nothing newer; the second
	// asks once from where it stopped.
	if gl := f.requests("chat.bsky.convo.getLog"); len(gl) != 3 || gl[0].Query.Has("cursor") || gl[1].Query.Get("cursor") != "rev3" || gl[2].Query.Get("cursor") != "rev3" {
		t.Errorf("getLog requests = %+v", gl)
	}
	for _, p := range proxies {
		if p != "did:web:api.bsky.chat#bsky_chat" {
			t.Errorf("atproto-proxy = %q", p)
		}
	}
	assertOnlyReads(t, f)

	t.Run("an app password without chat access: the notifications come, with a note, and no refresh", func(t *testing.T) {
		f := newFake(t)
		f.on("app.bsky.notification.listNotifications", reply(200, `{"notifications":[]}`))
		f.on("chat.bsky.convo.getLog", reply(401, `{"error":"InvalidToken","message":"Bad token scope"}`))
		c := signedIn(f, accounts.Credentials{AccessToken: "acc-1", RefreshToken: "ref-1", AppPassword: "pw"}, nil)
		page, err := c.FetchActivity(context.Background(), "")
		if err != nil {
			t.Fatalf("a refused chat failed the whole read: %v", err)
		}
		if len(page.Notes) != 1 || !strings.Contains(page.Notes[0], "direct messages") || page.Cursor != "" {
			t.Errorf("page = %+v", page)
		}
		for _, nsid := range f.nsids() {
			if strings.HasPrefix(nsid, "com.atproto.server.") {
				t.Errorf("a chat refusal led to %s", nsid)
			}
		}
	})

	t.Run("a chat message is answered in its chat, never in public", func(t *testing.T) {
		f := newFake(t)
		f.on("chat.bsky.convo.sendMessage", func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("atproto-proxy") != "did:web:api.bsky.chat#bsky_chat" {
				t.Errorf("atproto-proxy = %q", r.Header.Get("atproto-proxy"))
			}
			reply(200, `{"id":"msg9","rev":"rev9","text":"Yes, of course","sender":{"did":"`+did+`"},"sentAt":"2026-03-04T10:05:00.000Z"}`)(w, r)
		})
		c := signedIn(f, accounts.Credentials{AccessToken: "acc-1"}, nil)
		got, err := c.Reply(context.Background(), accounts.Ref{ID: "msg1", Conversation: "convo1"}, accounts.ReplyPost{Text: "Yes, of course", Private: true})
		if err != nil || got.ID != "msg9" || got.Conversation != "convo1" {
			t.Fatalf("Reply = %+v, %v", got, err)
		}
		sm := f.requests("chat.bsky.convo.sendMessage")
		if len(sm) != 1 || sm[0].Method != "POST" {
			t.Fatalf("sendMessage = %+v", sm)
		}
		body := sm[0].json(t)
		if body["convoId"] != "convo1" || body["message"].(map[string]any)["text"] != "Yes, of course" {
			t.Errorf("sendMessage body = %v", body)
		}
		if n := len(f.requests("com.atproto.repo.createRecord")); n != 0 {
			t.Errorf("a public post was made")
		}
	})
}
