package schedule

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"time"
)

// DefaultGrace is how late a post missed while CarePost was closed may
// still go out without asking.
const DefaultGrace = 2 * time.Hour

// Settings are the schedule's choices, kept in the settings table.
type Settings struct {
	// Grace: a post whose time passed while CarePost was closed or offline
	// goes out late within this window, else is held for staff to confirm.
	Grace time.Duration
	// Approval: drafts need approval before they can be scheduled.
	Approval bool
}

// DefaultSettings are used until staff change them.
func DefaultSettings() Settings { return Settings{Grace: DefaultGrace} }

const (
	keyGrace    = "schedule.grace_minutes"
	keyApproval = "schedule.approval"
)

// LoadSettings reads the schedule's settings; missing or unreadable values
// fall back to the defaults.
func (s *Store) LoadSettings(ctx context.Context) (Settings, error) {
	out := DefaultSettings()
	v, ok, err := s.setting(ctx, keyGrace)
	if err != nil {
		return out, err
	}
	if ok {
		if m, err := strconv.Atoi(v); err == nil && m >= 0 {
			out.Grace = time.Duration(m) * time.Minute
		}
	}
	if v, ok, err = s.setting(ctx, keyApproval); err != nil {
		return out, err
	}
	out.Approval = ok && v == "on"
	return out, nil
}

// SaveSettings stores the schedule's settings. The grace window is kept in
// whole minutes, from 0 up to 7 days.
func (s *Store) SaveSettings(ctx context.Context, st Settings) error {
	if st.Grace < 0 || st.Grace > 7*24*time.Hour {
		return fmt.Errorf("the grace window must be between 0 and 7 days, not %s", st.Grace)
	}
	approval := "off"
	if st.Approval {
		approval = "on"
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for k, v := range map[string]string{keyGrace: strconv.Itoa(int(st.Grace / time.Minute)), keyApproval: approval} {
		if _, err := tx.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, k, v); err != nil {
			return fmt.Errorf("saving the schedule settings: %w", err)
		}
	}
	return tx.Commit()
}

func (s *Store) setting(ctx context.Context, key string) (string, bool, error) {
	var v string
	err := s.db.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, fmt.Errorf("reading setting %s: %w", key, err)
	}
	return v, true, nil
}
