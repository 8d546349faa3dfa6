package stats

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/store"
)

const day = 24 * time.Hour

// SnapshotAges are the ages after publishing at which a post's counts are
// taken: often while they move, then monthly for a year. A post whose
// steps passed while the computer was off gets one snapshot when it is
// back, and goes on from the next step after that.
var SnapshotAges = []time.Duration{
	time.Hour, 6 * time.Hour, day, 3 * day, 7 * day, 30 * day,
	60 * day, 91 * day, 122 * day, 152 * day, 183 * day, 213 * day,
	244 * day, 274 * day, 304 * day, 335 * day, 365 * day,
}

// RefreshWindow is how far back a manual refresh (Sync) looks at posts.
const RefreshWindow = 30 * day

// nextSnapshot is when a post published at published, last looked at at
// last (zero: never), is next due; false once its year is over.
func nextSnapshot(published, last time.Time) (time.Time, bool) {
	for _, age := range SnapshotAges {
		at := published.Add(age)
		if last.IsZero() || at.After(last) {
			return at, true
		}
	}
	return time.Time{}, false
}

// SyncResult says what one round of snapshots did.
type SyncResult struct {
	Posts    int              `json:"posts"`    // post snapshots taken
	Gone     int              `json:"gone"`     // posts the network no longer has
	Accounts int              `json:"accounts"` // follower snapshots taken
	Failed   []AccountFailure `json:"failed"`   // accounts that could not be read
}

// AccountFailure is one account that could not be read, in plain words.
type AccountFailure struct {
	AccountID int64  `json:"account_id"`
	Network   string `json:"network"`
	Account   string `json:"account"`
	Error     string `json:"error"`
}

// FailedNames lists the failed accounts as staff know them.
func (r SyncResult) FailedNames() string {
	names := make([]string, len(r.Failed))
	for i, f := range r.Failed {
		names[i] = fmt.Sprintf("%s on %s", f.Account, f.Network)
	}
	return strings.Join(names, ", ")
}

// postToMeasure is a published post due a snapshot.
type postToMeasure struct {
	pubID     int64
	accountID int64
	ref       accounts.Ref
	network   string
	published string // as stored
	labels    string // its hashtags, space-separated
}

// Collect takes the snapshots that are due now: each published post at its
// next step (SnapshotAges), and each account's followers once a clinic
// day. The background runner calls it; after the computer was off it
// catches up with one snapshot per post whatever steps were missed.
// Accounts that need reconnecting are left for when they are reconnected.
func (s *Service) Collect(ctx context.Context) (SyncResult, error) {
	return s.snapshot(ctx, false)
}

// Sync is the manual refresh: a snapshot of every post of the last 30 days
// and of every account, now, whatever the schedule.
func (s *Service) Sync(ctx context.Context) (SyncResult, error) {
	return s.snapshot(ctx, true)
}

func (s *Service) snapshot(ctx context.Context, manual bool) (SyncResult, error) {
	var res SyncResult
	if s.connectors == nil || s.accounts == nil {
		return res, errors.New("statistics cannot reach the networks: no connectors wired")
	}
	now := s.now().UTC()
	loc, err := s.clinic.Zone(ctx)
	if err != nil {
		return res, err
	}
	list, err := s.accounts.List(ctx)
	if err != nil {
		return res, err
	}
	due, err := s.postsDue(ctx, now, manual)
	if err != nil {
		return res, err
	}
	today := now.In(loc).Format(time.DateOnly)
	taken, err := s.followerDays(ctx, today)
	if err != nil {
		return res, err
	}
	for _, a := range list {
		if ctx.Err() != nil {
			return res, ctx.Err()
		}
		posts := due[a.ID]
		needFollowers := manual || !taken[a.ID]
		if len(posts) == 0 && !needFollowers {
			continue
		}
		if !manual && a.Status == accounts.StatusNeedsReconnect {
			continue
		}
		fail := func(err error) {
			res.Failed = append(res.Failed, AccountFailure{AccountID: a.ID, Network: a.Network.Label(), Account: a.Name(),
				Error: accounts.UserMessage(err)})
		}
		conn, _, err := s.connectors(ctx, a.ID)
		if err != nil {
			fail(err)
			continue
		}
		if len(posts) > 0 {
			n, gone, err := s.measurePosts(ctx, conn, posts, now)
			res.Posts += n
			res.Gone += gone
			if err != nil {
				fail(err)
				continue
			}
		}
		if needFollowers {
			m, err := conn.AccountMetrics(ctx)
			if err != nil {
				fail(err)
				continue
			}
			if err := s.recordFollowers(ctx, a, now, today, m.Followers); err != nil {
				return res, err
			}
			res.Accounts++
		}
	}
	return res, nil
}

// postsDue are the published posts due a snapshot, by account: for the
// background those whose next step has come (within their first year),
// for a manual refresh every post of the last 30 days. Posts the network
// no longer has are left alone.
func (s *Service) postsDue(ctx context.Context, now time.Time, manual bool) (map[int64][]postToMeasure, error) {
	since := now.Add(-SnapshotAges[len(SnapshotAges)-1] - day)
	if manual {
		since = now.Add(-RefreshWindow)
	}
	rows, err := s.db.Read().QueryContext(ctx, `
		SELECT p.id, p.account_id, p.remote_id, p.remote_url, p.published_at, coalesce(l.taken_at, ''), p.network, p.sent_text
		FROM publications AS p LEFT JOIN post_latest AS l ON l.publication_id = p.id
		WHERE p.state = 'published' AND p.published_at >= ? AND p.remote_id <> ''
		  AND p.account_id IS NOT NULL AND coalesce(l.gone_at, '') = ''
		ORDER BY p.published_at, p.id`, store.Stamp(since))
	if err != nil {
		return nil, fmt.Errorf("finding posts to measure: %w", err)
	}
	defer rows.Close()
	out := map[int64][]postToMeasure{}
	for rows.Next() {
		var p postToMeasure
		var remoteID, remoteURL, published, last, text string
		if err := rows.Scan(&p.pubID, &p.accountID, &remoteID, &remoteURL, &published, &last, &p.network, &text); err != nil {
			return nil, fmt.Errorf("finding posts to measure: %w", err)
		}
		if !manual {
			pub, _ := store.ParseStamp(published) // written by store.Stamp
			lastAt, _ := store.ParseStamp(last)   // likewise; "" (never looked at) reads as zero
			next, ok := nextSnapshot(pub, lastAt)
			if !ok || next.After(now) {
				continue
			}
		}
		p.ref = refOf(remoteID, remoteURL)
		p.published = published
		p.labels = strings.Join(hashtags(text), " ")
		out[p.accountID] = append(out[p.accountID], p)
	}
	return out, rows.Err()
}

// refOf is the Ref a connector needs for a stored remote id: Bluesky's
// are at:// URIs, every other network's are ids.
func refOf(remoteID, url string) accounts.Ref {
	if strings.HasPrefix(remoteID, "at://") {
		return accounts.Ref{URI: remoteID, URL: url}
	}
	return accounts.Ref{ID: remoteID, URL: url}
}

func sameRef(a, b accounts.Ref) bool {
	return (a.ID != "" && a.ID == b.ID) || (a.URI != "" && a.URI == b.URI)
}

// measurePosts asks the network for the posts' counts and appends them.
// A post the network leaves out of its answer no longer exists there.
func (s *Service) measurePosts(ctx context.Context, conn accounts.Connector, posts []postToMeasure, now time.Time) (taken, gone int, err error) {
	refs := make([]accounts.Ref, len(posts))
	for i, p := range posts {
		refs[i] = p.ref
	}
	got, err := conn.PostMetrics(ctx, refs)
	if err != nil {
		return 0, 0, err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, 0, fmt.Errorf("saving post counts: %w", err)
	}
	defer tx.Rollback()
	at := store.Stamp(now)
	for _, p := range posts {
		var m *accounts.PostMetrics
		for i := range got {
			if sameRef(got[i].Ref, p.ref) {
				m = &got[i]
				break
			}
		}
		if m == nil {
			gone++
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO post_snapshots (publication_id, taken_at, gone) VALUES (?, ?, 1)`, p.pubID, at); err != nil {
				return 0, 0, fmt.Errorf("saving post counts: %w", err)
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO post_latest (publication_id, taken_at, gone_at, network, published_at, template_key, patient_story, labels)
				SELECT ?, ?, ?, ?, ?, coalesce(f.template_key, ''), coalesce(f.patient_story, 0), ?
				FROM (SELECT ? AS id) AS x LEFT JOIN post_facts AS f ON f.publication_id = x.id
				WHERE true
				ON CONFLICT (publication_id) DO UPDATE SET taken_at = excluded.taken_at,
					gone_at = CASE WHEN post_latest.gone_at = '' THEN excluded.gone_at ELSE post_latest.gone_at END`,
				p.pubID, at, at, p.network, p.published, p.labels, p.pubID); err != nil {
				return 0, 0, fmt.Errorf("saving post counts: %w", err)
			}
			continue
		}
		vals := []any{p.pubID, at, reported(m.Likes), reported(m.Reposts), reported(m.Replies), reported(m.Quotes), reported(m.Impressions)}
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO post_snapshots (publication_id, taken_at, likes, reposts, replies, quotes, views)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, vals...); err != nil {
			return 0, 0, fmt.Errorf("saving post counts: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO post_latest (publication_id, taken_at, likes, reposts, replies, quotes, views,
				network, published_at, template_key, patient_story, labels)
			SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(f.template_key, ''), coalesce(f.patient_story, 0), ?
			FROM (SELECT ? AS id) AS x LEFT JOIN post_facts AS f ON f.publication_id = x.id
			WHERE true
			ON CONFLICT (publication_id) DO UPDATE SET taken_at = excluded.taken_at, likes = excluded.likes,
				reposts = excluded.reposts, replies = excluded.replies, quotes = excluded.quotes, views = excluded.views, gone_at = ''`,
			append(vals, p.network, p.published, p.labels, p.pubID)...); err != nil {
			return 0, 0, fmt.Errorf("saving post counts: %w", err)
		}
		taken++
	}
	if err := tx.Commit(); err != nil {
		return 0, 0, fmt.Errorf("saving post counts: %w", err)
	}
	return taken, gone, nil
}

// reported is a connector's count as stored: -1 ("not reported") is NULL.
func reported(n int64) sql.NullInt64 {
	return sql.NullInt64{Int64: n, Valid: n >= 0}
}

// followerDays are the accounts whose followers were taken on day.
func (s *Service) followerDays(ctx context.Context, today string) (map[int64]bool, error) {
	rows, err := s.db.Read().QueryContext(ctx, `SELECT DISTINCT account_id FROM account_snapshots WHERE day = ?`, today)
	if err != nil {
		return nil, fmt.Errorf("reading follower history: %w", err)
	}
	defer rows.Close()
	out := map[int64]bool{}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("reading follower history: %w", err)
		}
		out[id] = true
	}
	return out, rows.Err()
}

func (s *Service) recordFollowers(ctx context.Context, a accounts.Account, now time.Time, today string, followers int64) error {
	_, err := s.db.ExecContext(ctx, `INSERT OR IGNORE INTO account_snapshots (account_id, taken_at, day, network, account_name, followers)
		VALUES (?, ?, ?, ?, ?, ?)`, a.ID, store.Stamp(now), today, string(a.Network), a.Name(), reported(followers))
	if err != nil {
		return fmt.Errorf("saving followers of %s: %w", a.Name(), err)
	}
	return nil
}

// SnapshotCount is how many post and follower snapshots are kept.
func (s *Service) SnapshotCount(ctx context.Context) (posts, followers int, err error) {
	err = s.db.Read().QueryRowContext(ctx, `SELECT (SELECT count(*) FROM post_snapshots), (SELECT count(*) FROM account_snapshots)`).Scan(&posts, &followers)
	return posts, followers, err
}
