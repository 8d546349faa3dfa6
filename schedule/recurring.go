package schedule

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// RecurrenceHorizon is how far ahead a recurring post's occurrences are
// made into queued publications; ExtendRecurrences keeps it topped up.
const RecurrenceHorizon = 60 * 24 * time.Hour

// ErrRecurrenceNotFound is returned for an unknown recurrence id.
var ErrRecurrenceNotFound = errors.New("repeating post not found")

// RecurringSchedule is a stored repeating post: a draft going to one
// account on a Recurrence.
type RecurringSchedule struct {
	ID          int64
	DraftID     int64
	AccountID   int64
	Recurrence  Recurrence
	Zone        string
	Active      bool
	Description string // Recurrence.Describe()
	CreatedAt   time.Time
	// MaterialisedUntil: occurrences before it have been made publications.
	MaterialisedUntil time.Time
	// Publications made by the call that returned it (ScheduleRecurring).
	Publications []Publication
}

// checkSchedulable checks, as Schedule does, that the draft is ready and
// aimed at the account's network.
func (s *Store) checkSchedulable(ctx context.Context, draftID, accountID int64) (string, error) {
	if s.drafts == nil || s.accounts == nil {
		return "", errNoDraftsSource
	}
	d, err := s.drafts.Draft(ctx, draftID)
	if err != nil {
		return "", err
	}
	if err := s.schedulable(ctx, d); err != nil {
		return "", err
	}
	a, err := s.accounts.Get(ctx, accountID)
	if err != nil {
		return "", err
	}
	if !d.Targets(a.Network) {
		return "", fmt.Errorf("%w: tick %s in the draft first", ErrWrongNetwork, a.Network.Label())
	}
	return a.Network.Label() + " " + a.Name(), nil
}

// ScheduleRecurring stores a repeating post of a ready draft to one account
// and makes its occurrences up to RecurrenceHorizon from now into queued
// publications (each with its own idempotency key), linked to it.
// Occurrences already past are skipped. r.Location's name is stored as the
// zone, so it must be an IANA zone.
func (s *Store) ScheduleRecurring(ctx context.Context, draftID, accountID int64, r Recurrence) (RecurringSchedule, error) {
	if err := r.Validate(); err != nil {
		return RecurringSchedule{}, err
	}
	zone := r.Location.String()
	if _, err := loadZone(zone); err != nil {
		return RecurringSchedule{}, err
	}
	now := s.now()
	from := now.Add(-PastTolerance)
	if !r.Until.IsZero() && r.Until.Before(from) {
		return RecurringSchedule{}, fmt.Errorf("%w: the repeat ends before now", ErrInPast)
	}
	target, err := s.checkSchedulable(ctx, draftID, accountID)
	if err != nil {
		return RecurringSchedule{}, err
	}
	horizon := now.Add(RecurrenceHorizon)
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return RecurringSchedule{}, fmt.Errorf("scheduling the repeat: %w", err)
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `INSERT INTO recurrences (draft_id, account_id, rrule, start_at, zone, active, materialised_until, created_at)
		VALUES (?, ?, ?, ?, ?, 1, ?, ?)`, draftID, accountID, r.RRule(), stamp(r.Start), zone, stamp(horizon), stamp(now))
	if err != nil {
		return RecurringSchedule{}, fmt.Errorf("scheduling the repeat: %w", err)
	}
	id, _ := res.LastInsertId()
	pubIDs, err := materialise(ctx, tx, id, draftID, accountID, zone, r.Between(from, horizon), now, r.Describe(), target)
	if err != nil {
		return RecurringSchedule{}, err
	}
	if len(pubIDs) == 0 {
		if _, ok := r.Next(from); !ok {
			return RecurringSchedule{}, fmt.Errorf("%w: every time this repeat gives is already past", ErrInPast)
		}
	}
	out := RecurringSchedule{ID: id, DraftID: draftID, AccountID: accountID, Recurrence: r, Zone: zone, Active: true,
		Description: r.Describe(), CreatedAt: now, MaterialisedUntil: horizon}
	for _, pid := range pubIDs {
		p, err := getPub(ctx, tx, pid)
		if err != nil {
			return RecurringSchedule{}, err
		}
		out.Publications = append(out.Publications, p)
	}
	if err := tx.Commit(); err != nil {
		return RecurringSchedule{}, fmt.Errorf("scheduling the repeat: %w", err)
	}
	return out, nil
}

// materialise inserts a queued publication for each occurrence, skipping
// any the recurrence already has (unique recurrence_id, due_at).
func materialise(ctx context.Context, q queryer, recID, draftID, accountID int64, zone string, times []time.Time,
	now time.Time, describe, target string) ([]int64, error) {
	var ids []int64
	for _, t := range times {
		res, err := q.ExecContext(ctx, `INSERT INTO publications (draft_id, account_id, due_at, zone, state, idempotency_key, created_at, updated_at, recurrence_id)
			VALUES (?, ?, ?, ?, 'queued', ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
			draftID, accountID, stamp(t), zone, newKey(), stamp(now), stamp(now), recID)
		if err != nil {
			return nil, fmt.Errorf("scheduling a repeat: %w", err)
		}
		if n, _ := res.RowsAffected(); n != 1 {
			continue
		}
		id, _ := res.LastInsertId()
		if err := addLog(ctx, q, id, now, "scheduled", fmt.Sprintf("for %s (%s) to %s; repeat: %s",
			t.UTC().Format(time.RFC3339), zone, target, describe)); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, nil
}

const recColumns = `id, draft_id, account_id, rrule, start_at, zone, active, materialised_until, created_at`

func scanRec(r interface{ Scan(...any) error }) (RecurringSchedule, string, error) {
	var rs RecurringSchedule
	var rule, start, until, created string
	err := r.Scan(&rs.ID, &rs.DraftID, &rs.AccountID, &rule, &start, &rs.Zone, &rs.Active, &until, &created)
	if errors.Is(err, sql.ErrNoRows) {
		return rs, "", ErrRecurrenceNotFound
	}
	if err != nil {
		return rs, "", fmt.Errorf("reading a repeat: %w", err)
	}
	rs.MaterialisedUntil, rs.CreatedAt = parseStamp(until), parseStamp(created)
	loc, err := loadZone(rs.Zone)
	if err != nil {
		return rs, rule, err
	}
	rec, err := ParseRecurrence(rule, parseStamp(start), loc)
	if err != nil {
		return rs, rule, err
	}
	rs.Recurrence, rs.Description = rec, rec.Describe()
	return rs, rule, nil
}

// ExtendRecurrences makes every active recurrence's occurrences up to
// RecurrenceHorizon from now into queued publications. It only ever adds
// occurrences after those already made, so running it again, or at the same
// time in another process, never doubles one, and an occurrence staff
// cancelled or moved is not made again. A recurrence whose draft is no
// longer ready is left for later.
func (s *Store) ExtendRecurrences(ctx context.Context) (added int, err error) {
	now := s.now()
	horizon := now.Add(RecurrenceHorizon)
	rows, err := s.db.QueryContext(ctx, `SELECT `+recColumns+` FROM recurrences WHERE active = 1 AND materialised_until < ? ORDER BY id`, stamp(horizon))
	if err != nil {
		return 0, fmt.Errorf("reading repeats: %w", err)
	}
	var recs []RecurringSchedule
	var errs []error
	for rows.Next() {
		rs, rule, err := scanRec(rows)
		if err != nil {
			errs = append(errs, fmt.Errorf("repeat %d (%s): %w", rs.ID, rule, err))
			continue
		}
		recs = append(recs, rs)
	}
	if err := rows.Err(); err != nil {
		rows.Close()
		return 0, err
	}
	rows.Close()
	for _, rs := range recs {
		n, err := s.extendOne(ctx, rs, now, horizon)
		added += n
		if err != nil {
			errs = append(errs, fmt.Errorf("repeat %d: %w", rs.ID, err))
		}
	}
	return added, errors.Join(errs...)
}

func (s *Store) extendOne(ctx context.Context, rs RecurringSchedule, now, horizon time.Time) (int, error) {
	target := ""
	if s.drafts != nil && s.accounts != nil {
		t, err := s.checkSchedulable(ctx, rs.DraftID, rs.AccountID)
		if errors.Is(err, ErrDraftNotReady) || errors.Is(err, ErrWrongNetwork) {
			return 0, nil // wait until it is ready again
		}
		if err != nil {
			return 0, err
		}
		target = t
	}
	tx, err := s.db.BeginTx(ctx, nil) // IMMEDIATE: one writer at a time
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	var until string
	var active bool
	if err := tx.QueryRowContext(ctx, `SELECT materialised_until, active FROM recurrences WHERE id = ?`, rs.ID).Scan(&until, &active); err != nil {
		return 0, err
	}
	from := parseStamp(until)
	if !active || !from.Before(horizon) {
		return 0, nil
	}
	if from.Before(now) {
		from = now // missed while closed: never make posts in the past
	}
	ids, err := materialise(ctx, tx, rs.ID, rs.DraftID, rs.AccountID, rs.Zone, rs.Recurrence.Between(from, horizon), now, rs.Description, target)
	if err != nil {
		return 0, err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE recurrences SET materialised_until = ? WHERE id = ?`, stamp(horizon), rs.ID); err != nil {
		return 0, err
	}
	return len(ids), tx.Commit()
}

// StopRecurring ends a repeating post: its queued or paused occurrences
// still to come are cancelled and no more are made. Those already
// published, failed or held are left as they are.
func (s *Store) StopRecurring(ctx context.Context, id int64) error {
	now := s.now()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `UPDATE recurrences SET active = 0 WHERE id = ?`, id)
	if err != nil {
		return fmt.Errorf("stopping the repeat: %w", err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return ErrRecurrenceNotFound
	}
	rows, err := tx.QueryContext(ctx, `SELECT id FROM publications WHERE recurrence_id = ? AND state IN ('queued', 'paused') AND due_at > ?`, id, stamp(now))
	if err != nil {
		return err
	}
	var ids []int64
	for rows.Next() {
		var pid int64
		if err := rows.Scan(&pid); err != nil {
			rows.Close()
			return err
		}
		ids = append(ids, pid)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("stopping the repeat: %w", err)
	}
	for _, pid := range ids {
		if _, err := tx.ExecContext(ctx, `UPDATE publications SET state = 'cancelled', updated_at = ? WHERE id = ? AND state IN ('queued', 'paused')`, stamp(now), pid); err != nil {
			return fmt.Errorf("stopping the repeat: %w", err)
		}
		if err := addLog(ctx, tx, pid, now, "cancelled", "the repeat was stopped"); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// Recurrences lists a draft's repeating posts (0: every draft's), oldest
// first, each with its Describe() sentence.
func (s *Store) Recurrences(ctx context.Context, draftID int64) ([]RecurringSchedule, error) {
	q := `SELECT ` + recColumns + ` FROM recurrences`
	var args []any
	if draftID != 0 {
		q += ` WHERE draft_id = ?`
		args = append(args, draftID)
	}
	rows, err := s.db.QueryContext(ctx, q+` ORDER BY id`, args...)
	if err != nil {
		return nil, fmt.Errorf("listing repeats: %w", err)
	}
	defer rows.Close()
	var out []RecurringSchedule
	for rows.Next() {
		rs, rule, err := scanRec(rows)
		if err != nil {
			if errors.Is(err, ErrRecurrenceNotFound) {
				return nil, err
			}
			rs.Description = "Not a valid repeat: " + rule
		}
		out = append(out, rs)
	}
	return out, rows.Err()
}
