package inbox_test

// The inbox against the real Bluesky reference servers (@atproto/dev-env):
// scripts/bluesky/test.sh installs and starts them on 127.0.0.1 and sets
// CAREPOST_BSKY_PDS. A second account replies to the clinic's post,
// mentions the clinic and quotes the post; after two syncs the inbox holds
// each once, and the clinic's answer, sent through the publishing engine,
// threads under the reply; a third account's reply to the reply shows the
// clinic's post and the first reply above it.

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/inbox"
	"github.com/carepost/carepost/schedule"
	"github.com/carepost/carepost/store"
	"github.com/carepost/carepost/wiring"
)

type bskyPeer struct {
	t   *testing.T
	pds string
	hc  *http.Client
}

func (p bskyPeer) xrpc(method, nsid, token string, query url.Values, body, out any) {
	p.t.Helper()
	u := p.pds + "/xrpc/" + nsid
	if len(query) > 0 {
		u += "?" + query.Encode()
	}
	var r io.Reader
	if body != nil {
		data, _ := json.Marshal(body)
		r = bytes.NewReader(data)
	}
	req, err := http.NewRequest(method, u, r)
	if err != nil {
		p.t.Fatal(err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := p.hc.Do(req)
	if err != nil {
		p.t.Fatalf("%s: %v", nsid, err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		p.t.Fatalf("%s: HTTP %d: %s", nsid, resp.StatusCode, data)
	}
	if out != nil {
		if err := json.Unmarshal(data, out); err != nil {
			p.t.Fatalf("%s: %v: %s", nsid, err, data)
		}
	}
}

// waitIndexed waits until the AppView shows the post at uri (up to 30 s).
func (p bskyPeer) waitIndexed(a bskyAccount, uri string) {
	p.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		var out struct {
			Posts []json.RawMessage `json:"posts"`
		}
		p.xrpc("GET", "app.bsky.feed.getPosts", a.token, url.Values{"uris": {uri}}, nil, &out)
		if len(out.Posts) == 1 {
			return
		}
		if time.Now().After(deadline) {
			p.t.Fatalf("the AppView never showed %s", uri)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

type bskyAccount struct {
	handle, did, token, appPassword string
}

func (p bskyPeer) account(prefix string) bskyAccount {
	p.t.Helper()
	b := make([]byte, 4)
	_, _ = rand.Read(b)
	handle := prefix + hex.EncodeToString(b) + ".test"
	var acct struct {
		AccessJwt string `json:"accessJwt"`
		DID       string `json:"did"`
	}
	p.xrpc("POST", "com.atproto.server.createAccount", "", nil, map[string]string{
		"handle": handle, "email": handle + "@example.com", "password": "main-" + hex.EncodeToString(b)}, &acct)
	var ap struct {
		Password string `json:"password"`
	}
	p.xrpc("POST", "com.atproto.server.createAppPassword", acct.AccessJwt, nil, map[string]string{"name": "carepost"}, &ap)
	return bskyAccount{handle: handle, did: acct.DID, token: acct.AccessJwt, appPassword: ap.Password}
}

type strongRef struct {
	URI string `json:"uri"`
	CID string `json:"cid"`
}

// post creates an app.bsky.feed.post record as the account would, with extra fields.
func (p bskyPeer) post(a bskyAccount, text string, extra map[string]any) strongRef {
	p.t.Helper()
	rec := map[string]any{"$type": "app.bsky.feed.post", "text": text, "createdAt": time.Now().UTC().Format(time.RFC3339Nano), "langs": []string{"en"}}
	for k, v := range extra {
		rec[k] = v
	}
	var out strongRef
	p.xrpc("POST", "com.atproto.repo.createRecord", a.token, nil, map[string]any{"repo": a.did, "collection": "app.bsky.feed.post", "record": rec}, &out)
	return out
}

func TestIntegrationInboxBluesky(t *testing.T) {
	pds := os.Getenv("CAREPOST_BSKY_PDS")
	if pds == "" {
		t.Skip("CAREPOST_BSKY_PDS not set (scripts/bluesky/test.sh starts a real Bluesky server and sets it)")
	}
	ctx := context.Background()
	p := bskyPeer{t: t, pds: strings.TrimRight(pds, "/"), hc: &http.Client{Timeout: 30 * time.Second}}
	clinic, fan := p.account("clinic"), p.account("fan")

	db, err := store.Open(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ws := wiring.New(db, wiring.Options{HTTP: p.hc})
	if err := ws.Drafts.SaveProfile(ctx, drafts.Profile{Name: "Maple Grove Clinic", Phone: "555-0100", TimeZone: "UTC",
		EmergencyWording: "If this is an emergency, call 911."}); err != nil {
		t.Fatal(err)
	}
	acct, err := ws.Accounts.Add(ctx, accounts.Account{Network: drafts.Bluesky, Handle: clinic.handle, ServerURL: pds, RemoteID: clinic.did},
		accounts.Credentials{AppPassword: clinic.appPassword})
	if err != nil {
		t.Fatal(err)
	}

	// The clinic's post (made here directly, as if posted earlier). The
	// AppView notifies a reply's parent author only once it has the parent:
	// wait for it, as a real post would have been there long before.
	own := p.post(clinic, "Flu shots are in! Walk in Monday to Friday, 9 to 5.", nil)
	p.waitIndexed(clinic, own.URI)
	// The second account answers it, mentions the clinic and quotes the post.
	reply := p.post(fan, "Do I need to book for the flu shot?", map[string]any{
		"reply": map[string]any{"root": own, "parent": own}})
	mentionText := "Thanks @" + clinic.handle + " for the quick visit!"
	start := strings.Index(mentionText, "@")
	p.post(fan, mentionText, map[string]any{"facets": []any{map[string]any{
		"index":    map[string]int{"byteStart": start, "byteEnd": start + 1 + len(clinic.handle)},
		"features": []any{map[string]any{"$type": "app.bsky.richtext.facet#mention", "did": clinic.did}}}}})
	p.post(fan, "Sharing this: flu shots at our neighbourhood clinic.", map[string]any{
		"embed": map[string]any{"$type": "app.bsky.embed.record", "record": own}})

	// The AppView indexes asynchronously: sync until all three arrived.
	deadline := time.Now().Add(60 * time.Second)
	var items []inbox.Item
	for {
		res, err := ws.Inbox.Sync.SyncAll(ctx, nil)
		if err != nil || len(res) != 1 || !res[0].OK() {
			t.Fatalf("sync: %+v, %v", res, err)
		}
		page, err := ws.Inbox.List(ctx, inbox.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		items = page.Items
		if len(items) >= 3 || time.Now().After(deadline) {
			break
		}
		time.Sleep(time.Second)
	}
	// Two more syncs bring nothing twice.
	for i := 0; i < 2; i++ {
		if res, err := ws.Inbox.Sync.SyncAll(ctx, nil); err != nil || !res[0].OK() {
			t.Fatalf("sync again: %+v, %v", res, err)
		}
	}
	page, err := ws.Inbox.List(ctx, inbox.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[inbox.Kind]int{}
	var replyItem inbox.Item
	for _, it := range page.Items {
		kinds[it.Kind]++
		if it.Author != "" && !strings.Contains(it.Author, fan.handle) {
			t.Errorf("item from %q, want %s", it.Author, fan.handle)
		}
		if it.Kind == inbox.KindReply {
			replyItem = it
		}
	}
	if len(page.Items) != 3 || kinds[inbox.KindReply] != 1 || kinds[inbox.KindMention] != 1 || kinds[inbox.KindQuote] != 1 {
		t.Fatalf("inbox after syncs: %d items, kinds %v", len(page.Items), kinds)
	}
	if replyItem, err = ws.Inbox.Get(ctx, replyItem.ID); err != nil {
		t.Fatal(err)
	}
	if replyItem.Ref.URI != reply.URI || replyItem.Private {
		t.Fatalf("reply item %+v", replyItem)
	}
	t.Logf("inbox: %v, each once after four syncs", kinds)

	// The clinic answers through the publishing engine; it threads under
	// the reply, in the thread of the clinic's post.
	r, err := ws.Inbox.Answer(ctx, inbox.ReplyInput{ItemID: replyItem.ID, Text: "No need to book: just walk in any weekday from 9 to 5.", Author: "Sam"})
	if err != nil || r.State != schedule.ReplySent || !strings.HasPrefix(r.RemoteID, "at://"+clinic.did+"/app.bsky.feed.post/") {
		t.Fatalf("reply: %+v, %v", r, err)
	}
	var got struct {
		Records []struct {
			URI   string `json:"uri"`
			Value struct {
				Reply struct {
					Root, Parent strongRef
				} `json:"reply"`
			} `json:"value"`
		} `json:"records"`
	}
	p.xrpc("GET", "com.atproto.repo.listRecords", "", url.Values{"repo": {clinic.did}, "collection": {"app.bsky.feed.post"}}, nil, &got)
	found := false
	for _, rec := range got.Records {
		if rec.URI == r.RemoteID {
			found = true
			if rec.Value.Reply.Parent.URI != reply.URI || rec.Value.Reply.Root.URI != own.URI {
				t.Fatalf("the answer's reply refs %+v, want parent %s root %s", rec.Value.Reply, reply.URI, own.URI)
			}
		}
	}
	if !found {
		t.Fatalf("the answer %s is not in the clinic's repo", r.RemoteID)
	}
	it, _ := ws.Inbox.Get(ctx, replyItem.ID)
	if it.AnsweredBy != "Sam" || it.State != inbox.StateDone {
		t.Fatalf("answered item %+v", it)
	}

	// A neighbour answers the fan's reply: opened in the inbox, the
	// reply-to-a-reply has the clinic's post (read from the AppView, since
	// CarePost did not publish it) and the fan's reply above it, once each.
	neighbour := p.account("neighbour")
	second := p.post(neighbour, "Same question here, is Saturday also fine?", map[string]any{
		"reply": map[string]any{"root": own, "parent": reply}})
	var secondItem inbox.Item
	deadline = time.Now().Add(60 * time.Second)
	for secondItem.ID == 0 {
		if res, err := ws.Inbox.Sync.SyncAll(ctx, nil); err != nil || !res[0].OK() {
			t.Fatalf("sync for the reply to the reply: %+v, %v", res, err)
		}
		page, err := ws.Inbox.List(ctx, inbox.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range page.Items {
			if it.RemoteID == second.URI {
				secondItem = it
			}
		}
		if secondItem.ID == 0 {
			if time.Now().After(deadline) {
				t.Fatalf("the reply to the reply never reached the inbox (%d items)", len(page.Items))
			}
			time.Sleep(time.Second)
		}
	}
	view, err := ws.Inbox.FullThread(ctx, secondItem)
	if err != nil {
		t.Fatal(err)
	}
	above := view.Before(secondItem.ID)
	var lines []string
	seen := map[string]bool{}
	for _, e := range view.Entries {
		lines = append(lines, e.Who+": "+e.Text)
		if e.RemoteID != "" && seen[e.RemoteID] {
			t.Errorf("%s shown twice", e.RemoteID)
		}
		seen[e.RemoteID] = true
	}
	t.Logf("thread of the reply to the reply:\n%s", strings.Join(lines, "\n"))
	if view.Note != "" || len(above) < 2 {
		t.Fatalf("thread %q, note %q: want the clinic's post and the fan's reply above", lines, view.Note)
	}
	if first := above[0]; !first.Own || first.Who != "The clinic's post" || first.RemoteID != own.URI || !strings.HasPrefix(first.Text, "Flu shots are in!") {
		t.Errorf("first above %+v, want the clinic's post", first)
	}
	fanFound := false
	for _, e := range above {
		if e.RemoteID == reply.URI {
			fanFound = e.ItemID == replyItem.ID && e.Text == "Do I need to book for the flu shot?"
		}
	}
	if !fanFound {
		t.Errorf("the fan's reply is not above the reply to it as its stored item: %q", lines)
	}
	_ = acct
}
