package stats_test

// The statistics against the real Bluesky reference servers
// (@atproto/dev-env): scripts/bluesky/test.sh installs and starts them on
// 127.0.0.1 and sets CAREPOST_BSKY_PDS. The clinic publishes through the
// engine; a second account likes, reposts and answers the post and
// follows the clinic; a refresh's snapshot then holds the real counts the
// AppView reports, and the month's figures show them.

import (
	"context"
	"testing"
	"time"

	"github.com/zalando/go-keyring"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/internal/bskytest"
	"github.com/carepost/carepost/stats"
	"github.com/carepost/carepost/store"
	"github.com/carepost/carepost/wiring"
)

func TestIntegrationStatsBluesky(t *testing.T) {
	p := bskytest.New(t)
	pds := p.PDS
	keyring.MockInit() // the app password stays in a test keychain
	ctx := context.Background()
	clinic, fan := p.Account("clinic"), p.Account("fan")

	db, err := store.Open(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ws := wiring.New(db, wiring.Options{HTTP: p.HTTP})
	if err := ws.Drafts.SaveProfile(ctx, drafts.Profile{Name: "Maple Grove Clinic", Phone: "555-0100", TimeZone: "UTC"}); err != nil {
		t.Fatal(err)
	}
	acct, err := ws.Accounts.Add(ctx, accounts.Account{Network: drafts.Bluesky, Handle: clinic.Handle, ServerURL: pds, RemoteID: clinic.DID},
		accounts.Credentials{AppPassword: clinic.AppPassword})
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
	// The post's CID, for the likes and the reply to point at.
	var view map[string]any
	bskytest.Eventually(t, "the AppView to show "+postURI, func() bool { view = p.GetPost(fan.Token, postURI); return view != nil })
	subject := map[string]any{"uri": view["uri"], "cid": view["cid"]}
	p.Record(fan, "app.bsky.feed.like", map[string]any{"subject": subject})
	p.Record(fan, "app.bsky.feed.repost", map[string]any{"subject": subject})
	p.Record(fan, "app.bsky.feed.post", map[string]any{"text": "Do I need to book?", "langs": []string{"en"},
		"reply": map[string]any{"root": subject, "parent": subject}})
	p.Record(fan, "app.bsky.graph.follow", map[string]any{"subject": clinic.DID})

	// The AppView counts asynchronously: refresh until the counts arrive.
	svc := ws.Stats()
	var m *stats.Month
	deadline := time.Now().Add(time.Minute)
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
