package stats

import (
	"context"
	"database/sql"
	"strings"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/network"
)

func TestNextSnapshot(t *testing.T) {
	pub := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name   string
		last   time.Time
		want   time.Time
		wantOK bool
	}{
		{"never looked at: one hour after", time.Time{}, pub.Add(time.Hour), true},
		{"after the first hour: six hours", pub.Add(time.Hour), pub.Add(6 * time.Hour), true},
		{"a manual look between steps keeps the schedule", pub.Add(2 * time.Hour), pub.Add(6 * time.Hour), true},
		{"after a week: thirty days", pub.Add(7 * day), pub.Add(30 * day), true},
		{"then monthly", pub.Add(30 * day), pub.Add(60 * day), true},
		{"off for weeks: the next step after the catch-up", pub.Add(40 * day), pub.Add(60 * day), true},
		{"a year on: done", pub.Add(365 * day), time.Time{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := nextSnapshot(pub, tt.last)
			if ok != tt.wantOK || !got.Equal(tt.want) {
				t.Errorf("nextSnapshot = %v %v, want %v %v", got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

type snapRow struct {
	taken                               string
	likes, reposts, replies, quotes, vw sql.NullInt64
	gone                                bool
}

func (e *testEnv) snapshots(pubID int64) []snapRow {
	e.t.Helper()
	rows, err := e.db.Query(`SELECT taken_at, likes, reposts, replies, quotes, views, gone FROM post_snapshots WHERE publication_id = ? ORDER BY taken_at`, pubID)
	if err != nil {
		e.t.Fatal(err)
	}
	defer rows.Close()
	var out []snapRow
	for rows.Next() {
		var r snapRow
		if err := rows.Scan(&r.taken, &r.likes, &r.reposts, &r.replies, &r.quotes, &r.vw, &r.gone); err != nil {
			e.t.Fatal(err)
		}
		out = append(out, r)
	}
	return out
}

func TestCollectFollowsTheDecayingScheduleAndCatchesUp(t *testing.T) {
	e := newTestEnv(t)
	ctx := context.Background()
	masto := e.addAccount(network.Mastodon, "Maple Grove")
	published := time.Date(2026, 11, 2, 14, 0, 0, 0, time.UTC)
	pub, _ := e.publish(masto, published, "111", "Flu shots are in.", "", 0)
	e.nets[masto].set("111", 3, 1, 0, -1, -1)
	e.nets[masto].followers = 240

	steps := []struct {
		at        time.Duration
		wantSnaps int
	}{
		{30 * time.Minute, 0},
		{time.Hour, 1},
		{2 * time.Hour, 1},        // next step is at 6 h
		{6*time.Hour + 1, 2},      // 6 h
		{10 * day, 3},             // off for days: one catch-up snapshot, not three
		{12 * day, 3},             // next step at 30 days
		{30*day + time.Minute, 4}, // 30 days
	}
	for _, st := range steps {
		e.setNow(published.Add(st.at))
		res, err := e.svc.Collect(ctx)
		if err != nil || len(res.Failed) > 0 {
			t.Fatalf("Collect at +%v: %v %+v", st.at, err, res)
		}
		if got := len(e.snapshots(pub)); got != st.wantSnaps {
			t.Fatalf("at +%v: %d snapshots, want %d", st.at, got, st.wantSnaps)
		}
	}
	snaps := e.snapshots(pub)
	first := snaps[0]
	if first.likes.Int64 != 3 || first.reposts.Int64 != 1 || first.replies.Int64 != 0 || !first.replies.Valid {
		t.Errorf("counts = %+v, want 3 likes, 1 repost, 0 replies (0 is a count)", first)
	}
	if first.quotes.Valid || first.vw.Valid {
		t.Errorf("quotes and views not reported must be NULL, got %+v", first)
	}

	t.Run("followers once per clinic day", func(t *testing.T) {
		var n int
		e.db.QueryRow(`SELECT count(*) FROM account_snapshots`).Scan(&n)
		// Days with a run: Nov 2 (three runs), Nov 12, Nov 14, Dec 2.
		if n != 4 {
			t.Errorf("%d follower snapshots, want 4 (one per day with a run)", n)
		}
	})

	t.Run("snapshots are never changed or deleted", func(t *testing.T) {
		if _, err := e.db.Exec(`UPDATE post_snapshots SET likes = 0`); err == nil || !strings.Contains(err.Error(), "append-only") {
			t.Errorf("update: %v", err)
		}
		if _, err := e.db.Exec(`DELETE FROM post_snapshots`); err == nil || !strings.Contains(err.Error(), "kept forever") {
			t.Errorf("delete: %v", err)
		}
		if _, err := e.db.Exec(`DELETE FROM account_snapshots`); err == nil {
			t.Error("account snapshots could be deleted")
		}
	})
}

func TestCollectRecordsAPostDeletedOnTheNetwork(t *testing.T) {
	e := newTestEnv(t)
	ctx := context.Background()
	masto := e.addAccount(network.Mastodon, "Maple Grove")
	published := time.Date(2026, 11, 2, 14, 0, 0, 0, time.UTC)
	pub, _ := e.publish(masto, published, "222", "Open late on Thursday.", "", 0)
	e.nets[masto].set("222", 8, 2, 1, -1, -1)
	e.setNow(published.Add(time.Hour))
	if _, err := e.svc.Collect(ctx); err != nil {
		t.Fatal(err)
	}
	e.nets[masto].remove("222")
	e.setNow(published.Add(7 * time.Hour))
	res, err := e.svc.Collect(ctx)
	if err != nil || res.Gone != 1 {
		t.Fatalf("Collect: %v %+v, want one gone", err, res)
	}
	snaps := e.snapshots(pub)
	if len(snaps) != 2 || !snaps[1].gone || snaps[1].likes.Valid {
		t.Fatalf("snapshots = %+v, want the counts then a 'gone' look with no counts", snaps)
	}
	e.setNow(published.Add(2 * day))
	e.nets[masto].calls = 0
	if _, err := e.svc.Collect(ctx); err != nil {
		t.Fatal(err)
	}
	if len(e.snapshots(pub)) != 2 || e.nets[masto].calls != 0 {
		t.Errorf("a post gone from the network is asked for again")
	}
	m, err := e.svc.Month(ctx, MonthID{2026, time.November})
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Posts) != 1 || !m.Posts[0].Gone || m.Posts[0].Likes.N != 8 || m.Total.Engagement != 11 {
		t.Errorf("month keeps the last counts of a deleted post: %+v total %+v", m.Posts, m.Total)
	}
}

func TestSyncTakesEveryRecentPostAndNamesFailedAccounts(t *testing.T) {
	e := newTestEnv(t)
	ctx := context.Background()
	masto := e.addAccount(network.Mastodon, "Maple Grove")
	sky := e.addAccount(network.Bluesky, "maplegrove.example")
	now := time.Date(2026, 12, 5, 15, 0, 0, 0, time.UTC)
	e.setNow(now)
	recent, _ := e.publish(masto, now.Add(-10*time.Minute), "301", "Recent", "", 0)
	older, _ := e.publish(masto, now.Add(-29*day), "302", "Older", "", 0)
	tooOld, _ := e.publish(masto, now.Add(-31*day), "303", "Too old", "", 0)
	e.publish(sky, now.Add(-2*day), "at://did:plc:abc/app.bsky.feed.post/1", "Bluesky", "", 0)
	for _, id := range []string{"301", "302", "303"} {
		e.nets[masto].set(id, 1, 0, 0, -1, -1)
	}
	e.nets[sky].err = &accounts.Error{Kind: accounts.KindAuth, Network: network.Bluesky, Op: "read post counts", Status: 401}

	res, err := e.svc.Sync(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if res.Posts != 2 || res.Accounts != 1 {
		t.Errorf("Sync = %+v, want 2 posts and 1 account", res)
	}
	if len(res.Failed) != 1 || res.Failed[0].Account != "maplegrove.example" || !strings.Contains(res.Failed[0].Error, "sign in again") {
		t.Errorf("failed = %+v, want the Bluesky account with what to do", res.Failed)
	}
	if len(e.snapshots(recent)) != 1 || len(e.snapshots(older)) != 1 || len(e.snapshots(tooOld)) != 0 {
		t.Errorf("Sync takes the last 30 days whatever the schedule: %d %d %d", len(e.snapshots(recent)), len(e.snapshots(older)), len(e.snapshots(tooOld)))
	}
	if got := res.FailedNames(); got != "maplegrove.example on Bluesky" {
		t.Errorf("FailedNames = %q", got)
	}
}

func TestRunnerCollectsAtStartAndOnRequest(t *testing.T) {
	e := newTestEnv(t)
	masto := e.addAccount(network.Mastodon, "Maple Grove")
	e.nets[masto].followers = 10
	r := NewRunner(e.svc)
	ran := make(chan SyncResult, 4)
	r.OnRun = func(res SyncResult, err error) {
		if err != nil {
			t.Error(err)
		}
		ran <- res
	}
	never := make(chan time.Time)
	r.After = func(time.Duration) <-chan time.Time { return never }
	ctx, cancel := context.WithCancel(context.Background())
	r.Start(ctx)
	if res := <-ran; res.Accounts != 1 {
		t.Errorf("first run = %+v, want the day's followers", res)
	}
	r.RunNow()
	if res := <-ran; res.Accounts != 0 {
		t.Errorf("second run the same day = %+v, want nothing new", res)
	}
	cancel()
	<-r.Done()
}
