package bluesky

import (
	"bytes"
	"context"
	"encoding/json"
	"image"
	"image/color"
	"image/png"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rivo/uniseg"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/internal/bskytest"
	"github.com/carepost/carepost/network"
)

// The integration test runs against the real Bluesky reference servers
// (@atproto/dev-env): scripts/bluesky/test.sh installs and starts them on
// 127.0.0.1 and sets CAREPOST_BSKY_PDS (e.g. http://localhost:2583).

func tinyPNG(t *testing.T, w, h int) []byte {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for x := range w {
		for y := range h {
			img.Set(x, y, color.RGBA{uint8(40 * x), 120, uint8(60 * y), 255})
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

type credLog struct {
	mu    sync.Mutex
	saved []accounts.Credentials
}

func (l *credLog) save(_ context.Context, c accounts.Credentials) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.saved = append(l.saved, c)
	return nil
}

func (l *credLog) count() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.saved)
}

func TestIntegrationRealServer(t *testing.T) {
	p := bskytest.New(t)
	pds, hc := p.PDS, p.HTTP
	ctx := context.Background()

	// The clinic: a fresh account, signed in with an app password.
	clinicAcct := p.Account("clinic")
	clinicHandle, clinicDID, clinicPass := clinicAcct.Handle, clinicAcct.DID, clinicAcct.AppPassword
	var clinicCreds credLog
	clinic := New(Config{PDS: pds, Handle: clinicHandle, HTTP: hc,
		Creds: accounts.Credentials{AppPassword: clinicPass}, SaveCreds: clinicCreds.save})
	s, err := clinic.Login(ctx)
	if err != nil {
		t.Fatalf("Login: %v", err)
	}
	if s.DID != clinicDID || s.Handle != clinicHandle {
		t.Fatalf("session = %+v, want %s %s", s, clinicDID, clinicHandle)
	}
	if clinicCreds.count() != 1 || clinicCreds.saved[0].AccessToken == "" || clinicCreds.saved[0].RefreshToken == "" {
		t.Fatalf("Login saved %d credentials: %v", clinicCreds.count(), clinicCreds.saved)
	}
	token := func() string { return clinic.Credentials().AccessToken }

	// A post with accents and emoji before a link, a bare domain, a hashtag,
	// a language and an image with alt text.
	text := "Café ☕ 🎉 Grippe: vaccins aujourd’hui! Book at https://example.com/flu?x=1. Or carepost.example.org #FluSeason2026!"
	imgData := tinyPNG(t, 3, 2)
	pub, err := clinic.Publish(ctx, accounts.Post{Text: text, Language: "fr",
		Images: []accounts.Image{{Data: imgData, MIMEType: "image/png", AltText: "A nurse giving a flu shot"}}})
	if err != nil {
		t.Fatalf("Publish: %v", err)
	}
	if !strings.HasPrefix(pub.URI, "at://"+clinicDID+"/app.bsky.feed.post/") || pub.CID == "" {
		t.Fatalf("Published = %+v", pub)
	}
	if want := "https://bsky.app/profile/" + clinicHandle + "/post/" + rkeyOf(pub.URI); pub.URL != want {
		t.Fatalf("URL = %q, want %q", pub.URL, want)
	}
	t.Logf("published %s", pub.URI)

	var post map[string]any
	bskytest.Eventually(t, "the post in the AppView", func() bool { post = p.GetPost(token(), pub.URI); return post != nil })
	rec := post["record"].(map[string]any)
	if rec["text"] != text || rec["$type"] != "app.bsky.feed.post" {
		t.Fatalf("record text/type = %q %q", rec["text"], rec["$type"])
	}
	if langs, _ := json.Marshal(rec["langs"]); string(langs) != `["fr"]` {
		t.Fatalf("langs = %s", langs)
	}
	type span struct {
		start, end int
		typ, key   string
		value      string
	}
	link1 := "https://example.com/flu?x=1"
	bare := "carepost.example.org"
	tag := "#FluSeason2026"
	want := []span{
		{strings.Index(text, link1), strings.Index(text, link1) + len(link1), "app.bsky.richtext.facet#link", "uri", link1},
		{strings.Index(text, bare), strings.Index(text, bare) + len(bare), "app.bsky.richtext.facet#link", "uri", "https://" + bare},
		{strings.Index(text, tag), strings.Index(text, tag) + len(tag), "app.bsky.richtext.facet#tag", "tag", "FluSeason2026"},
	}
	facets, _ := rec["facets"].([]any)
	if len(facets) != len(want) {
		t.Fatalf("facets = %v, want %d", facets, len(want))
	}
	for i, w := range want {
		f := facets[i].(map[string]any)
		idx := f["index"].(map[string]any)
		feat := f["features"].([]any)[0].(map[string]any)
		if int(idx["byteStart"].(float64)) != w.start || int(idx["byteEnd"].(float64)) != w.end ||
			feat["$type"] != w.typ || feat[w.key] != w.value {
			t.Errorf("facet %d = %v, want %+v", i, f, w)
		}
		// The bytes the server stored under the facet are what was meant.
		if got := text[w.start:w.end]; !strings.HasSuffix(w.value, strings.TrimPrefix(got, "#")) {
			t.Errorf("facet %d covers %q", i, got)
		}
	}
	t.Logf("facets read back: link [%d,%d) link [%d,%d) tag [%d,%d)", want[0].start, want[0].end, want[1].start, want[1].end, want[2].start, want[2].end)
	embed := rec["embed"].(map[string]any)
	images := embed["images"].([]any)
	img0 := images[0].(map[string]any)
	if embed["$type"] != "app.bsky.embed.images" || img0["alt"] != "A nurse giving a flu shot" {
		t.Fatalf("embed = %v", embed)
	}
	if ar, _ := json.Marshal(img0["aspectRatio"]); string(ar) != `{"height":2,"width":3}` {
		t.Fatalf("aspectRatio = %s", ar)
	}
	view := post["embed"].(map[string]any)
	if v := view["images"].([]any)[0].(map[string]any); v["alt"] != "A nurse giving a flu shot" || v["thumb"] == "" {
		t.Fatalf("embed view = %v", view)
	}

	// The clinic answers in its own thread.
	own, err := clinic.Reply(ctx, pub.Ref, accounts.ReplyPost{Text: "Walk-ins welcome until 6 pm."})
	if err != nil {
		t.Fatalf("Reply: %v", err)
	}
	if own.RootURI != pub.URI || own.RootCID != pub.CID {
		t.Fatalf("own reply root = %s, want %s", own.RootURI, pub.URI)
	}
	bskytest.Eventually(t, "the clinic's reply in the AppView", func() bool { return p.GetPost(token(), own.URI) != nil })

	// A patient (bob) replies to the clinic's reply knowing only its URI:
	// the connector finds the thread root itself. He mentions the clinic in
	// a post of his own, likes the clinic's post and follows the clinic.
	bobAcct := p.Account("bob")
	bobHandle, bobDID, bobPass := bobAcct.Handle, bobAcct.DID, bobAcct.AppPassword
	bob := New(Config{PDS: pds, Handle: bobHandle, HTTP: hc, Creds: accounts.Credentials{AppPassword: bobPass}})
	if _, err := bob.Login(ctx); err != nil {
		t.Fatalf("bob Login: %v", err)
	}
	bobReply, err := bob.Reply(ctx, accounts.Ref{URI: own.URI}, accounts.ReplyPost{Text: "Merci ! Is Saturday open too?"})
	if err != nil {
		t.Fatalf("bob Reply: %v", err)
	}
	if bobReply.RootURI != pub.URI {
		t.Fatalf("bob's reply root = %s, want %s", bobReply.RootURI, pub.URI)
	}
	mentionText := "Great flu clinic 👏 thanks @" + clinicHandle + "!"
	bobMention, err := bob.Publish(ctx, accounts.Post{Text: mentionText})
	if err != nil {
		t.Fatalf("bob mention: %v", err)
	}
	bobToken := bob.Credentials().AccessToken
	var like struct {
		URI string `json:"uri"`
	}
	now := time.Now().UTC().Format("2006-01-02T15:04:05.000Z")
	p.XRPC("POST", "com.atproto.repo.createRecord", bobToken, nil, map[string]any{"repo": bobDID, "collection": "app.bsky.feed.like",
		"record": map[string]any{"$type": "app.bsky.feed.like", "subject": map[string]string{"uri": pub.URI, "cid": pub.CID}, "createdAt": now}}, &like)
	p.XRPC("POST", "com.atproto.repo.createRecord", bobToken, nil, map[string]any{"repo": bobDID, "collection": "app.bsky.graph.follow",
		"record": map[string]any{"$type": "app.bsky.graph.follow", "subject": clinicDID, "createdAt": now}}, nil)

	// bob's reply as stored: root and parent, read back.
	var br map[string]any
	bskytest.Eventually(t, "bob's reply in the AppView", func() bool { br = p.GetPost(bobToken, bobReply.URI); return br != nil })
	reply := br["record"].(map[string]any)["reply"].(map[string]any)
	if reply["root"].(map[string]any)["uri"] != pub.URI || reply["parent"].(map[string]any)["uri"] != own.URI {
		t.Fatalf("bob's reply refs = %v", reply)
	}
	// bob's mention facet points at the clinic's DID.
	var bm map[string]any
	bskytest.Eventually(t, "bob's mention in the AppView", func() bool { bm = p.GetPost(bobToken, bobMention.URI); return bm != nil })
	mf := bm["record"].(map[string]any)["facets"].([]any)[0].(map[string]any)
	ms := strings.Index(mentionText, "@")
	if idx := mf["index"].(map[string]any); int(idx["byteStart"].(float64)) != ms || int(idx["byteEnd"].(float64)) != ms+1+len(clinicHandle) ||
		mf["features"].([]any)[0].(map[string]any)["did"] != clinicDID {
		t.Fatalf("mention facet = %v", mf)
	}

	// The clinic's inbox has bob's reply, mention, like and follow.
	var page accounts.ActivityPage
	byKind := map[accounts.ActivityKind]accounts.Activity{}
	bskytest.Eventually(t, "reply, mention, like and follow notifications", func() bool {
		page, err = clinic.FetchActivity(ctx, "")
		if err != nil {
			t.Fatalf("FetchActivity: %v", err)
		}
		for _, a := range page.Items {
			if a.AuthorID == bobDID {
				byKind[a.Kind] = a
			}
		}
		return len(byKind) >= 4
	})
	for k, a := range byKind {
		t.Logf("activity %s from %s: %q subject=%v", k, a.Author, a.Text, a.Subject)
	}
	if a := byKind[accounts.ActivityReply]; a.Ref.URI != bobReply.URI || a.Subject == nil || a.Subject.URI != own.URI ||
		a.Text != "Merci ! Is Saturday open too?" || a.Author != bobHandle || a.Ref.RootURI != pub.URI {
		t.Errorf("reply activity = %+v", a)
	}
	if a := byKind[accounts.ActivityMention]; a.Ref.URI != bobMention.URI || a.Text != mentionText {
		t.Errorf("mention activity = %+v", a)
	}
	if a := byKind[accounts.ActivityLike]; a.Ref.URI != like.URI || a.Subject == nil || a.Subject.URI != pub.URI {
		t.Errorf("like activity = %+v", a)
	}
	if _, ok := byKind[accounts.ActivityFollow]; !ok {
		t.Errorf("no follow activity")
	}
	if a := byKind[accounts.ActivityReply]; a.Parent == nil || a.Parent.URI != own.URI || a.Private {
		t.Errorf("reply activity parent = %+v", a.Parent)
	}
	if page.Cursor == "" {
		t.Fatalf("no cursor after %d items", len(page.Items))
	}
	again, err := clinic.FetchActivity(ctx, page.Cursor)
	if err != nil || len(again.Items) != 0 || again.Cursor != page.Cursor {
		t.Fatalf("FetchActivity(cursor) = %d items, cursor %q, %v", len(again.Items), again.Cursor, err)
	}
	// Reading marked nothing seen: the server still counts the
	// notifications unread. Marking is its own call.
	unread := func() int {
		var out struct {
			Count int `json:"count"`
		}
		p.XRPC("GET", "app.bsky.notification.getUnreadCount", clinic.Credentials().AccessToken, nil, nil, &out)
		return out.Count
	}
	if n := unread(); n < 4 {
		t.Fatalf("unread after FetchActivity = %d, want ≥ 4: reading must not mark anything seen", n)
	}
	if err := clinic.MarkSeen(ctx, time.Now()); err != nil {
		t.Fatalf("MarkSeen: %v", err)
	}
	bskytest.Eventually(t, "no unread notifications after MarkSeen", func() bool { return unread() == 0 })

	// Answering an inbox item uses the thread refs the activity carries.
	ans, err := clinic.Reply(ctx, byKind[accounts.ActivityReply].Ref, accounts.ReplyPost{Text: "Yes, 9 to 12 on Saturday."})
	if err != nil || ans.RootURI != pub.URI {
		t.Fatalf("Reply to activity: %+v %v", ans, err)
	}

	// Counts: the AppView catches up asynchronously.
	var m []accounts.PostMetrics
	bskytest.Eventually(t, "like and reply counts", func() bool {
		m, err = clinic.PostMetrics(ctx, []accounts.Ref{pub.Ref, own.Ref})
		if err != nil {
			t.Fatalf("PostMetrics: %v", err)
		}
		return len(m) == 2 && m[0].Likes >= 1 && m[0].Replies >= 1 && m[1].Replies >= 1
	})
	if m[0].Impressions != -1 || m[0].Ref.URI != pub.URI {
		t.Fatalf("metrics = %+v", m[0])
	}
	t.Logf("post metrics: likes=%d replies=%d reposts=%d quotes=%d", m[0].Likes, m[0].Replies, m[0].Reposts, m[0].Quotes)
	var am accounts.AccountMetrics
	bskytest.Eventually(t, "follower count", func() bool {
		am, err = clinic.AccountMetrics(ctx)
		if err != nil {
			t.Fatalf("AccountMetrics: %v", err)
		}
		return am.Followers >= 1
	})
	t.Logf("followers: %d", am.Followers)

	recent, err := clinic.RecentPosts(ctx, 10)
	if err != nil {
		t.Fatalf("RecentPosts: %v", err)
	}
	if len(recent) != 1 || recent[0].URI != pub.URI || recent[0].Text != text {
		t.Fatalf("RecentPosts = %+v (replies must be left out)", recent)
	}

	// Session handling against the real server: a rejected access token is
	// refreshed with the refresh token, once, and saved.
	var refreshed credLog
	stale := New(Config{PDS: pds, Handle: clinicHandle, HTTP: hc, SaveCreds: refreshed.save,
		Creds: accounts.Credentials{AccessToken: "not-a-valid-token", RefreshToken: clinic.Credentials().RefreshToken}})
	if _, err := stale.AccountMetrics(ctx); err != nil {
		t.Fatalf("AccountMetrics with a stale token: %v", err)
	}
	if refreshed.count() != 1 || refreshed.saved[0].AccessToken == "not-a-valid-token" {
		t.Fatalf("refresh saved %d credentials", refreshed.count())
	}
	// A dead refresh token and no app password: the user must reconnect.
	dead := New(Config{PDS: pds, Handle: clinicHandle, HTTP: hc,
		Creds: accounts.Credentials{AccessToken: "bad", RefreshToken: "also-bad"}})
	if _, err := dead.AccountMetrics(ctx); accounts.ErrorKindOf(err) != accounts.KindAuth {
		t.Fatalf("dead session: %v, want KindAuth", err)
	}
	// ...but with the app password it signs in again by itself.
	revived := New(Config{PDS: pds, Handle: clinicHandle, HTTP: hc,
		Creds: accounts.Credentials{AccessToken: "bad", RefreshToken: "also-bad", AppPassword: clinicPass}})
	if _, err := revived.AccountMetrics(ctx); err != nil {
		t.Fatalf("re-sign-in with the app password: %v", err)
	}
	// A wrong app password is an auth problem, in the server's words.
	wrong := New(Config{PDS: pds, Handle: clinicHandle, HTTP: hc, Creds: accounts.Credentials{AppPassword: "wrong-wrong-wrong"}})
	if _, err := wrong.Login(ctx); accounts.ErrorKindOf(err) != accounts.KindAuth {
		t.Fatalf("wrong password: %v, want KindAuth", err)
	} else {
		t.Logf("wrong password: %s", accounts.UserMessage(err))
	}
}

// TestIntegrationGraphemeLimit: the server counts graphemes as CarePost
// does for Bluesky. Devanagari conjuncts are one grapheme each (Unicode
// 15.1's rule GB9c, which the servers' Intl.Segmenter follows), so a post
// of exactly 300 by CarePost's count (336 by Unicode 15.0's rules) is
// accepted, and one of 301 is refused by the server itself.
func TestIntegrationGraphemeLimit(t *testing.T) {
	p := bskytest.New(t)
	pds, hc := p.PDS, p.HTTP
	ctx := context.Background()
	hindiAcct := p.Account("hindi")
	handle, did, pass := hindiAcct.Handle, hindiAcct.DID, hindiAcct.AppPassword
	clinic := New(Config{PDS: pds, Handle: handle, HTTP: hc, Creds: accounts.Credentials{AppPassword: pass}})
	if _, err := clinic.Login(ctx); err != nil {
		t.Fatalf("Login: %v", err)
	}

	text := strings.Repeat(hindiSentence, 12)
	if n, old := drafts.CountText(network.Bluesky, text).Count, uniseg.GraphemeClusterCount(text); n != 300 || old <= 300 {
		t.Fatalf("the text is %d graphemes by CarePost's count and %d by Unicode 15.0's; want 300 and more", n, old)
	}
	pub, err := clinic.Publish(ctx, accounts.Post{Text: text, Language: "hi"})
	if err != nil {
		t.Fatalf("Publish of 300 graphemes with conjuncts: %v", err)
	}
	var rec struct {
		Value struct {
			Text string `json:"text"`
		} `json:"value"`
	}
	p.XRPC("GET", "com.atproto.repo.getRecord", "", url.Values{"repo": {did}, "collection": {"app.bsky.feed.post"},
		"rkey": {rkeyOf(pub.URI)}}, nil, &rec)
	if rec.Value.Text != text {
		t.Fatalf("stored text = %q", rec.Value.Text)
	}

	over := text + "!"
	if n := drafts.CountText(network.Bluesky, over).Count; n != 301 {
		t.Fatalf("the longer text is %d graphemes, want 301", n)
	}
	status, body := p.XRPCStatus("POST", "com.atproto.repo.createRecord", clinic.Credentials().AccessToken, map[string]any{
		"repo": did, "collection": "app.bsky.feed.post",
		"record": map[string]any{"$type": "app.bsky.feed.post", "text": over, "langs": []string{"hi"},
			"createdAt": time.Now().UTC().Format("2006-01-02T15:04:05.000Z")}})
	// The server says how it counted: "grapheme too big (maximum 300, got
	// 301)", the same count as ours.
	if status != http.StatusBadRequest || !strings.Contains(body, "maximum 300") || !strings.Contains(body, "got 301") {
		t.Fatalf("createRecord of 301 graphemes: HTTP %d %s; want 400 counting 301 against the 300-grapheme limit", status, body)
	}
	t.Logf("301 graphemes: HTTP %d %s", status, body)
	// The connector refuses it before asking.
	if _, err := clinic.Publish(ctx, accounts.Post{Text: over}); accounts.ErrorKindOf(err) != accounts.KindRejected {
		t.Fatalf("Publish of 301 graphemes: %v, want KindRejected", err)
	}
}
