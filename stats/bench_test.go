package stats

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/carepost/carepost/network"
	"github.com/carepost/carepost/store"
)

// The size: 5 accounts × 300 posts a month × 13 months, each post
// with its snapshots so far on the decaying schedule, and every account's
// followers daily.
const (
	benchAccounts      = 5
	benchPostsPerMonth = 300
	benchMonths        = 13
)

var benchTexts = []string{
	"Flu shots are in! Walk in any weekday morning, no appointment needed. #FluShots #Prevention",
	"Join us Saturday for our free community health fair: blood pressure checks, healthy snacks and games for the kids. #Community",
	"Heads up: we close at 1 pm on Friday for staff training. Call (555) 010-0100 for anything urgent. #ClinicNews",
	"Five small habits for a healthy heart this winter: walk, sleep, hydrate, laugh and get your check-up. #HealthTip #Heart",
	"We're hiring a front-desk coordinator who loves people. Apply at maplegrove.example/jobs. #Hiring",
}

// seedBench fills a database the size the issue names and returns the
// service and the bytes the snapshots take on disk.
func seedBench(b *testing.B) (*testEnv, int64) {
	b.Helper()
	e := newTestEnvTB(b)
	ctx := context.Background()
	nets := []network.Network{network.Mastodon, network.Bluesky, network.Facebook, network.Instagram, network.LinkedIn}
	var ids []int64
	for i := 0; i < benchAccounts; i++ {
		ids = append(ids, e.addAccount(nets[i], fmt.Sprintf("Maple Grove %d", i)))
	}
	end := time.Date(2026, 12, 1, 5, 0, 0, 0, time.UTC)
	start := end.AddDate(0, -benchMonths, 0)
	e.setNow(end)
	rng := rand.New(rand.NewPCG(1, 2))
	tx, err := e.db.BeginTx(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	pubStmt, _ := tx.Prepare(`INSERT INTO publications (account_id, due_at, state, idempotency_key, remote_id, remote_url, sent_text,
		created_at, updated_at, published_at, network, account_name) VALUES (?, ?, 'published', ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	logStmt, _ := tx.Prepare(`INSERT INTO publish_log (publication_id, at, event) VALUES (?, ?, ?)`)
	type pub struct {
		id     int64
		at     time.Time
		net    string
		labels string
	}
	var pubs []pub
	total := benchAccounts * benchPostsPerMonth * benchMonths
	span := end.Sub(start)
	// Posts are scheduled and published in time order, near enough: the
	// table grows with the clinic's history.
	times := make([]time.Time, total)
	for i := range times {
		times[i] = start.Add(time.Duration(rng.Int64N(int64(span)))).Truncate(time.Minute)
	}
	slices.SortFunc(times, time.Time.Compare)
	for i, at := range times {
		acct := i % benchAccounts
		s := store.Stamp(at)
		res, err := pubStmt.Exec(ids[acct], s, fmt.Sprint("k", i), fmt.Sprint(9000000+i), fmt.Sprintf("https://social.example/@maplegrove/%d", 9000000+i),
			benchTexts[i%len(benchTexts)], s, s, s, string(nets[acct]), fmt.Sprintf("Maple Grove %d", acct))
		if err != nil {
			b.Fatal(err)
		}
		id, _ := res.LastInsertId()
		pubs = append(pubs, pub{id, at, string(nets[acct]), strings.Join(hashtags(benchTexts[i%len(benchTexts)]), " ")})
		// What the engine logs for a post: claimed, sent, published (and
		// now and then a retry).
		for _, ev := range []string{"claimed", "sending", "published", "retrying"}[:3+i%2] {
			if _, err := logStmt.Exec(id, s, ev); err != nil {
				b.Fatal(err)
			}
		}
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
	before := fileSize(b, e)

	tx, err = e.db.BeginTx(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	snap, _ := tx.Prepare(`INSERT INTO post_snapshots (publication_id, taken_at, likes, reposts, replies, quotes, views) VALUES (?, ?, ?, ?, ?, ?, ?)`)
	latest, _ := tx.Prepare(`INSERT OR REPLACE INTO post_latest (publication_id, taken_at, likes, reposts, replies, quotes, views,
		network, published_at, labels) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	snaps := 0
	for _, p := range pubs {
		likes := rng.Int64N(40)
		for _, age := range SnapshotAges {
			at := p.at.Add(age)
			if at.After(end) {
				break
			}
			likes += rng.Int64N(3)
			args := []any{p.id, store.Stamp(at.Add(time.Duration(rng.IntN(600)) * time.Second)), likes, likes / 4, likes / 6, nil, nil}
			if _, err := snap.Exec(args...); err != nil {
				b.Fatal(err)
			}
			if _, err := latest.Exec(append(args, p.net, store.Stamp(p.at), p.labels)...); err != nil {
				b.Fatal(err)
			}
			snaps++
		}
	}
	acc, _ := tx.Prepare(`INSERT INTO account_snapshots (account_id, taken_at, day, network, account_name, followers) VALUES (?, ?, ?, ?, ?, ?)`)
	for d := start; d.Before(end); d = d.Add(24 * time.Hour) {
		for i, id := range ids {
			if _, err := acc.Exec(id, store.Stamp(d), d.Format(time.DateOnly), string(nets[i]), fmt.Sprintf("Maple Grove %d", i), 1000+d.Sub(start).Hours()/24); err != nil {
				b.Fatal(err)
			}
		}
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
	after := fileSize(b, e)
	b.Logf("%d posts, %d post snapshots, %d follower snapshots; snapshot storage %.1f MB", len(pubs), snaps,
		benchAccounts*int(end.Sub(start).Hours()/24), float64(after-before)/1e6)
	return e, after - before
}

// fileSize is the database's size once the write-ahead log is folded in.
func fileSize(b *testing.B, e *testEnv) int64 {
	if _, err := e.db.Exec(`PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
		b.Fatal(err)
	}
	st, err := os.Stat(filepath.Join(e.db.Dir, store.FileName))
	if err != nil {
		b.Fatal(err)
	}
	return st.Size()
}

func BenchmarkDashboardMonth(b *testing.B) {
	e, size := seedBench(b)
	ctx := context.Background()
	b.ReportMetric(float64(size)/1e6, "snapshot-MB")
	b.ResetTimer()
	for b.Loop() {
		m, err := e.svc.Month(ctx, MonthID{2026, time.November})
		if err != nil || m.Total.Posts < 250 {
			b.Fatalf("%v %+v", err, m.Total)
		}
	}
}

func BenchmarkExportPDFAndCSVs(b *testing.B) {
	e, _ := seedBench(b)
	ctx := context.Background()
	dir := b.TempDir()
	b.ResetTimer()
	for b.Loop() {
		if _, err := e.svc.Export(ctx, MonthID{2026, time.November}, dir, []Format{FormatPDF, FormatCSV}, nil); err != nil {
			b.Fatal(err)
		}
	}
}
