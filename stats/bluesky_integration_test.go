package stats_test

// The statistics against the real Bluesky reference servers
// (@atproto/dev-env): scripts/bluesky/test.sh installs and starts them on
// 127.0.0.1 and sets CAREPOST_BSKY_PDS. The clinic publishes through the
// engine; a second account likes, reposts and answers the post and
// follows the clinic; a refresh's snapshot then holds the real counts the
// AppView reports, and the month's figures show them.

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/zalando/go-keyring"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/stats"
	"github.com/carepost/carepost/store"
	"github.com/carepost/carepost/wiring"
)

type peer struct {
	t   *testing.T
	pds string
	hc  *http.Client
}

func (p peer) xrpc(nsid, token string, body, out any) {
	p.t.Helper()
	data, _ := json.Marshal(body)
	req, err := http.NewRequest("POST", p.pds+"/xrpc/"+nsid, bytes.NewReader(data))
	if err != nil {
		p.t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := p.hc.Do(req)
	if err != nil {
		p.t.Fatalf("%s: %v", nsid, err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		p.t.Fatalf("%s: HTTP %d: %s", nsid, resp.StatusCode, raw)
	}
	if out != nil {
		if err := json.Unmarshal(raw, out); err != nil {
			p.t.Fatalf("%s: %v: %s", nsid, err, raw)
		}
	}
}

type peerAccount struct{ handle, did, token, appPassword string }

func (p peer) account(prefix string) peerAccount {
	p.t.Helper()
	b := make([]byte, 4)
	_, _ = rand.Read(b)
	handle := prefix + hex.EncodeToString(b) + ".test"
	var acct struct {
		AccessJwt string `json:"accessJwt"`
		DID       string `json:"did"`
	}
	p.xrpc("com.atproto.server.createAccount", "", map[string]string{
		"handle": handle, "email": handle + "@example.com", "password": "main-" + hex.EncodeToString(b)}, &acct)
	var ap struct {
		Password string `json:"password"`
	}
	p.xrpc("com.atproto.server.createAppPassword", acct.AccessJwt, map[string]string{"name": "carepost"}, &ap)
	return peerAccount{handle: handle, did: acct.DID, token: acct.AccessJwt, appPassword: ap.Password}
}

// record creates a record in the account's repository, as its app would.
func (p peer) record(a peerAccount, collection string, rec map[string]any) {
	p.t.Helper()
	rec["$type"] = collection
	rec["createdAt"] = time.Now().UTC().Format(time.RFC3339Nano)
	p.xrpc("com.atproto.repo.createRecord", a.token, map[string]any{"repo": a.did, "collection": collection, "record": rec}, nil)
}

func TestIntegrationStatsBluesky(t *testing.T) {
	pds := os.Getenv("CAREPOST_BSKY_PDS")
	if pds == "" {
		t.Skip("CAREPOST_BSKY_PDS not set (scripts/bluesky/test.sh starts a real Bluesky server and sets it)")
	}
	keyring.MockInit() // the app password stays in a test keychain
	ctx := context.Background()
	p := peer{t: t, pds: strings.TrimRight(pds, "/"), hc: &http.Client{Timeout: 30 * time.Second}}
	clinic, fan := p.account("clinic"), p.account("fan")

	db, err := store.Open(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ws := wiring.New(db, wiring.Options{HTTP: p.hc})
	if err := ws.Drafts.SaveProfile(ctx, drafts.Profile{Name: "Maple Grove Clinic", Phone: "555-0100", TimeZone: "UTC"}); err != nil {
		t.Fatal(err)
	}
	acct, err := ws.Accounts.Add(ctx, accounts.Account{Network: drafts.Bluesky, Handle: clinic.handle, ServerURL: pds, RemoteID: clinic.did},
		accounts.Credentials{AppPassword: clinic.appPassword})
	if err != nil {
		t.Fatal(err)
	}
	d, err := ws.Drafts.CreateDraft(ctx, drafts.Draft{Body: "Flu shots are in! Walk in Monday to Friday, 9 to 5. #FluShots", Networks: []drafts.Network{drafts.Bluesky}})
	if err != nil {
		t.Fatal(err)
	}
	if err := ws.Drafts.MarkReady(ctx, d.ID); err != nil {
		t.Fatal(err)
	}
	res, err := ws.PublishNow(ctx, d.ID, []int64{acct.ID})
	if err != nil || len(res) != 1 || res[0].Publication.RemoteID == "" {
		t.Fatalf("publish: %+v, %v", res, err)
	}
	postURI := res[0].Publication.RemoteID
	var post struct {
		Posts []struct {
			URI string `json:"uri"`
			CID string `json:"cid"`
		} `json:"posts"`
	}
	// The post's CID, for the likes and the reply to point at.
	req, _ := http.NewRequest("GET", p.pds+"/xrpc/app.bsky.feed.getPosts?uris="+postURI, nil)
	req.Header.Set("Authorization", "Bearer "+fan.token)
	deadline := time.Now().Add(60 * time.Second)
	for len(post.Posts) == 0 && time.Now().Before(deadline) {
		resp, err := p.hc.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		json.NewDecoder(resp.Body).Decode(&post)
		resp.Body.Close()
		if len(post.Posts) == 0 {
			time.Sleep(500 * time.Millisecond)
		}
	}
	if len(post.Posts) == 0 {
		t.Fatalf("the AppView never showed %s", postURI)
	}
	subject := map[string]string{"uri": post.Posts[0].URI, "cid": post.Posts[0].CID}
	p.record(fan, "app.bsky.feed.like", map[string]any{"subject": subject})
	p.record(fan, "app.bsky.feed.repost", map[string]any{"subject": subject})
	p.record(fan, "app.bsky.feed.post", map[string]any{"text": "Do I need to book?", "langs": []string{"en"},
		"reply": map[string]any{"root": subject, "parent": subject}})
	p.record(fan, "app.bsky.graph.follow", map[string]any{"subject": clinic.did})

	// The AppView counts asynchronously: refresh until the counts arrive.
	svc := ws.Stats()
	var m *stats.Month
	for {
		sync, err := svc.Sync(ctx)
		if err != nil || len(sync.Failed) > 0 || sync.Posts != 1 || sync.Accounts != 1 {
			t.Fatalf("sync: %+v, %v", sync, err)
		}
		m, err = svc.Month(ctx, stats.MonthOf(time.Now(), time.UTC))
		if err != nil {
			t.Fatal(err)
		}
		got := m.Posts[0]
		if (got.Likes.N == 1 && got.Reposts.N == 1 && got.Replies.N == 1 && m.Total.FollowersEnd.N == 1) || time.Now().After(deadline) {
			break
		}
		time.Sleep(time.Second)
	}
	got := m.Posts[0]
	want := stats.Count{N: 1, Reported: true}
	if got.Likes != want || got.Reposts != want || got.Replies != want || got.Quotes != (stats.Count{Reported: true}) || got.Views.Reported {
		t.Fatalf("counts from the real server: likes %v reposts %v replies %v quotes %v views %v", got.Likes, got.Reposts, got.Replies, got.Quotes, got.Views)
	}
	if m.Total.FollowersEnd != want || m.Total.Engagement != 3 || len(m.ByLabel) != 1 || m.ByLabel[0].Name != "#flushots" {
		t.Fatalf("month: followers %v engagement %d labels %+v", m.Total.FollowersEnd, m.Total.Engagement, m.ByLabel)
	}
	snaps, _, err := svc.SnapshotCount(ctx)
	if err != nil || snaps < 1 {
		t.Fatalf("%d snapshots, %v", snaps, err)
	}
	t.Logf("real counts in %d snapshots: %d like, %d repost, %d reply, %d follower", snaps, got.Likes.N, got.Reposts.N, got.Replies.N, m.Total.FollowersEnd.N)
}
