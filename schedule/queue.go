package schedule

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// ErrNoQueueTimes is returned by AddToQueue for an account without queue
// times.
var ErrNoQueueTimes = errors.New("Set this account's queue times first (Accounts → Queue times)")

// SetSlots stores an account's weekly queue times (none clears them).
func (s *Store) SetSlots(ctx context.Context, accountID int64, slots []Slot) error {
	for _, sl := range slots {
		if !sl.valid() {
			return fmt.Errorf("%q is not a queue time", sl.String())
		}
	}
	_, err := s.db.ExecContext(ctx, `INSERT INTO account_slots (account_id, slots) VALUES (?, ?)
		ON CONFLICT (account_id) DO UPDATE SET slots = excluded.slots`, accountID, FormatSlots(slots))
	if err != nil {
		return fmt.Errorf("saving the queue times: %w", err)
	}
	return nil
}

// Slots returns an account's queue times (none if not set).
func (s *Store) Slots(ctx context.Context, accountID int64) ([]Slot, error) {
	return slotsOf(ctx, s.db, accountID)
}

func slotsOf(ctx context.Context, q queryer, accountID int64) ([]Slot, error) {
	var text string
	err := q.QueryRowContext(ctx, `SELECT slots FROM account_slots WHERE account_id = ?`, accountID).Scan(&text)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading the queue times: %w", err)
	}
	slots, err := ParseSlots(text)
	if err != nil {
		return nil, fmt.Errorf("the stored queue times %q: %w", text, err)
	}
	return slots, nil
}

// NextQueueTime is the time AddToQueue would give a post to the account
// now: its first queue time after now (read in zone) that none of the
// account's queued or paused publications already has.
func (s *Store) NextQueueTime(ctx context.Context, accountID int64, zone string) (time.Time, error) {
	return s.nextQueueTime(ctx, s.db, accountID, zone)
}

func (s *Store) nextQueueTime(ctx context.Context, q queryer, accountID int64, zone string) (time.Time, error) {
	loc, err := loadZone(zone)
	if err != nil {
		return time.Time{}, err
	}
	// Inside scheduleAt's transaction q holds the one write connection:
	// every read here goes through q.
	slots, err := slotsOf(ctx, q, accountID)
	if err != nil {
		return time.Time{}, err
	}
	if len(slots) == 0 {
		return time.Time{}, ErrNoQueueTimes
	}
	now := s.now()
	rows, err := q.QueryContext(ctx, `SELECT due_at FROM publications
		WHERE account_id = ? AND state IN ('queued', 'paused') AND due_at >= ?`, accountID, stamp(now))
	if err != nil {
		return time.Time{}, fmt.Errorf("reading the taken queue times: %w", err)
	}
	defer rows.Close()
	var taken []time.Time
	for rows.Next() {
		var due string
		if err := rows.Scan(&due); err != nil {
			return time.Time{}, fmt.Errorf("reading the taken queue times: %w", err)
		}
		taken = append(taken, parseStamp(due))
	}
	if err := rows.Err(); err != nil {
		return time.Time{}, fmt.Errorf("reading the taken queue times: %w", err)
	}
	t, ok := NextFreeSlot(slots, taken, now, loc)
	if !ok {
		return time.Time{}, errors.New("every queue time in the coming year is taken: add more queue times or choose a date and time")
	}
	return t.UTC(), nil
}

// AddToQueue schedules a ready draft to the account at its next free queue
// time (see NextQueueTime).
func (s *Store) AddToQueue(ctx context.Context, draftID, accountID int64, zone string) (Publication, error) {
	return s.scheduleAt(ctx, draftID, accountID, zone, func(ctx context.Context, q queryer) (time.Time, error) {
		return s.nextQueueTime(ctx, q, accountID, zone)
	})
}
