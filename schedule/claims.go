package schedule

// What the publishing engine asks of the publications store: what is due,
// holding a missed post, claiming one before the network call, recording
// the intent and the outcome. Each is one transaction.

import (
	"context"
	"fmt"
	"time"
)

// due lists publications to process at now: queued and due (and past any
// retry wait), or left publishing by a run whose lease ran out.
func (s *Store) due(ctx context.Context, now time.Time) ([]Publication, error) {
	n := stamp(now)
	return s.query(ctx, `SELECT `+pubColumns+` FROM publications
		WHERE (state = 'queued' AND due_at <= ? AND (next_attempt_at = '' OR next_attempt_at <= ?))
		   OR (state = 'publishing' AND claimed_until < ?)
		ORDER BY due_at, id`, n, n, n)
}

// holdMissed holds a queued publication never tried, if it still is.
func (s *Store) holdMissed(ctx context.Context, id int64, now time.Time, reason string) (bool, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return false, err
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `UPDATE publications SET state = 'held', last_error = ?, updated_at = ?
		WHERE id = ? AND state = 'queued' AND attempts = 0 AND late_ok = 0`, reason, stamp(now), id)
	if err != nil {
		return false, err
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return false, nil
	}
	if err := addLog(ctx, tx, id, now, "held", reason); err != nil {
		return false, err
	}
	return true, tx.Commit()
}

// claim takes a due publication for this run: in one IMMEDIATE transaction
// it moves it to publishing under token until now+lease, counts the try and
// commits, before any network call. A row another run holds, or one that
// is no longer due, is not claimed (ok false). A row found publishing whose
// lease ran out was interrupted after the intent was committed: it is
// marked for reconciliation.
func (s *Store) claim(ctx context.Context, id int64, token string, now time.Time, lease time.Duration) (Publication, bool, error) {
	n := stamp(now)
	tx, err := s.db.BeginTx(ctx, nil) // the DSN makes every write transaction IMMEDIATE
	if err != nil {
		return Publication{}, false, fmt.Errorf("claiming publication %d: %w", id, err)
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `UPDATE publications SET
			reconcile = CASE WHEN state = 'publishing' THEN 1 ELSE reconcile END,
			state = 'publishing', claim_token = ?, claimed_until = ?,
			attempts = attempts + 1, tries = tries + 1,
			uncertain_since = CASE WHEN state = 'publishing' OR reconcile = 1 THEN uncertain_since ELSE ? END,
			updated_at = ?
		WHERE id = ? AND (
			(state = 'queued' AND due_at <= ? AND (next_attempt_at = '' OR next_attempt_at <= ?))
			OR (state = 'publishing' AND claimed_until < ?))`,
		token, stamp(now.Add(lease)), n, n, id, n, n, n)
	if err != nil {
		return Publication{}, false, fmt.Errorf("claiming publication %d: %w", id, err)
	}
	if k, _ := res.RowsAffected(); k != 1 {
		return Publication{}, false, nil
	}
	p, err := getPub(ctx, tx, id)
	if err != nil {
		return Publication{}, false, err
	}
	detail := fmt.Sprintf("attempt %d", p.Attempts)
	if p.Reconcile {
		detail += "; will look for it among the account's recent posts first"
	}
	if err := addLog(ctx, tx, id, now, "claimed", detail); err != nil {
		return Publication{}, false, err
	}
	if err := tx.Commit(); err != nil {
		return Publication{}, false, fmt.Errorf("claiming publication %d: %w", id, err)
	}
	return p, true, nil
}

// recordIntent stores, under the claim, the exact text about to be sent
// and when this try began; any earlier lost try has been looked for.
func (s *Store) recordIntent(ctx context.Context, p Publication, text string, now time.Time) error {
	res, err := s.db.ExecContext(ctx, `UPDATE publications SET sent_text = ?, reconcile = 0, uncertain_since = ?
		WHERE id = ? AND state = 'publishing' AND claim_token = ?`,
		text, stamp(now), p.ID, p.claimToken)
	if err != nil {
		return fmt.Errorf("recording publication %d: %w", p.ID, err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return errClaimLost
	}
	return nil
}

// outcome is what a claimed publication became.
type outcome struct {
	state       State
	remoteID    string
	remoteURL   string
	lastError   string
	next        time.Time
	reconcile   bool
	triesDelta  int
	publishedAt time.Time
	native      bool
	event       string
	detail      string
}

// finish records the outcome of a claim, if the claim is still ours.
func (s *Store) finish(ctx context.Context, p Publication, now time.Time, o outcome) (Publication, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return Publication{}, fmt.Errorf("recording publication %d: %w", p.ID, err)
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `UPDATE publications SET state = ?, remote_id = ?, remote_url = ?, last_error = ?,
			next_attempt_at = ?, reconcile = ?, tries = max(0, tries + ?), published_at = ?, native = ?,
			claim_token = '', claimed_until = '', updated_at = ?
		WHERE id = ? AND state = 'publishing' AND claim_token = ?`,
		string(o.state), o.remoteID, o.remoteURL, o.lastError, stamp(o.next), o.reconcile, o.triesDelta,
		stamp(o.publishedAt), o.native, stamp(now), p.ID, p.claimToken)
	if err != nil {
		return Publication{}, fmt.Errorf("recording publication %d: %w", p.ID, err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return Publication{}, errClaimLost
	}
	if o.state == StatePublished {
		if err := recordSources(ctx, tx, p.ID); err != nil {
			return Publication{}, err
		}
	}
	if err := addLog(ctx, tx, p.ID, now, o.event, o.detail); err != nil {
		return Publication{}, err
	}
	out, err := getPub(ctx, tx, p.ID)
	if err != nil {
		return Publication{}, err
	}
	if err := tx.Commit(); err != nil {
		return Publication{}, fmt.Errorf("recording publication %d: %w", p.ID, err)
	}
	return out, nil
}

// recordSources records on a publication, as they are now, its account's
// network and name and its draft's title (see the draft_titles view), so a
// published one keeps what it went out as. A deleted draft or account
// leaves what was recorded before.
func recordSources(ctx context.Context, q queryer, id int64) error {
	_, err := q.ExecContext(ctx, `UPDATE publications SET
			network = coalesce((SELECT network FROM accounts WHERE id = publications.account_id), network),
			account_name = coalesce((SELECT CASE WHEN display_name <> '' THEN display_name ELSE handle END
			                         FROM accounts WHERE id = publications.account_id), account_name),
			draft_title = coalesce((SELECT title FROM draft_titles WHERE id = publications.draft_id), draft_title)
		WHERE id = ?`, id)
	if err != nil {
		return fmt.Errorf("recording publication %d: %w", id, err)
	}
	return nil
}

// remoteIDTaken reports whether another publication to the account already
// owns the remote post id, so a reconciliation never claims someone else's
// post.
// An answer is one of the account's posts on some networks (a Mastodon
// reply is a status), so the answers' remote ids count too.
func (s *Store) remoteIDTaken(ctx context.Context, accountID, exceptID int64, remoteID string) (bool, error) {
	return s.remoteIDOwned(ctx, accountID, exceptID, 0, remoteID)
}

// remoteIDOwned reports whether a publication other than exceptPub, or an
// answer other than exceptReply (0: none excepted), owns remoteID on the
// account.
func (s *Store) remoteIDOwned(ctx context.Context, accountID, exceptPub, exceptReply int64, remoteID string) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM publications WHERE account_id = ? AND id <> ? AND remote_id = ?)
		+ (SELECT count(*) FROM replies WHERE account_id = ? AND id <> ? AND remote_id = ?)`,
		accountID, exceptPub, remoteID, accountID, exceptReply, remoteID).Scan(&n)
	return n > 0, err
}
