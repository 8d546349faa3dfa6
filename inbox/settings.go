package inbox

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Defaults for the inbox's settings.
const (
	DefaultSyncInterval = 5 * time.Minute
	DefaultRetention    = 2 * 365 * 24 * time.Hour
	MinSyncInterval     = time.Minute
	MaxSyncInterval     = 24 * time.Hour
	// DefaultXSyncInterval is how often X accounts are read in the
	// background: X bills every item an app reads (shared/NETWORKS.md),
	// so a clinic's X inbox is read hourly unless staff choose otherwise.
	DefaultXSyncInterval = time.Hour
)

// Settings are the inbox's choices, kept in the settings table under keys
// starting "inbox.".
type Settings struct {
	// SyncInterval is how often the app reads every account.
	SyncInterval time.Duration
	// XSyncInterval is how often X accounts are read in the background,
	// as X bills each item read; 0 reads them only on Refresh. Never more
	// often than SyncInterval.
	XSyncInterval time.Duration
	// Retention is how long message bodies are kept; after it the text is
	// removed and the item (its counts and response time) stays. 0 keeps
	// them.
	Retention time.Duration
	// ReviewApproval: answers to Google reviews wait for a second person's
	// approval before they are sent.
	ReviewApproval bool
	// Hours are the clinic's business hours, for response times counted
	// in working time; zero when not set.
	Hours BusinessHours
}

// DefaultSettings are used until staff change them.
func DefaultSettings() Settings {
	return Settings{SyncInterval: DefaultSyncInterval, XSyncInterval: DefaultXSyncInterval, Retention: DefaultRetention}
}

// BusinessHours are the same opening hours on each open day, in the
// clinic's zone.
type BusinessHours struct {
	Days       [7]bool // by time.Weekday
	Open, Shut time.Duration
}

// Set reports whether business hours were given.
func (h BusinessHours) Set() bool {
	if h.Shut <= h.Open {
		return false
	}
	for _, d := range h.Days {
		if d {
			return true
		}
	}
	return false
}

// String is the hours as staff type them: "Mon-Fri 08:00-17:00" style,
// days listed ("Mon,Tue,Wed 08:00-17:00"); "" when not set.
func (h BusinessHours) String() string {
	if !h.Set() {
		return ""
	}
	var days []string
	for d := time.Sunday; d <= time.Saturday; d++ {
		if h.Days[d] {
			days = append(days, d.String()[:3])
		}
	}
	return fmt.Sprintf("%s %s-%s", strings.Join(days, ","), hhmm(h.Open), hhmm(h.Shut))
}

func hhmm(d time.Duration) string {
	return fmt.Sprintf("%02d:%02d", int(d.Hours()), int(d.Minutes())%60)
}

// ParseBusinessHours reads "Mon,Tue,Wed,Thu,Fri 08:00-17:00" (or
// "Mon-Fri 08:00-17:00"); "" is no business hours.
func ParseBusinessHours(s string) (BusinessHours, error) {
	var h BusinessHours
	s = strings.TrimSpace(s)
	if s == "" {
		return h, nil
	}
	bad := fmt.Errorf("business hours %q: write them like \"Mon-Fri 08:00-17:00\"", s)
	daysPart, timesPart, ok := strings.Cut(s, " ")
	if !ok {
		return h, bad
	}
	open, shut, ok := strings.Cut(strings.TrimSpace(timesPart), "-")
	if !ok {
		return h, bad
	}
	var err error
	if h.Open, err = parseClock(open); err != nil {
		return h, bad
	}
	if h.Shut, err = parseClock(shut); err != nil || h.Shut <= h.Open {
		return h, bad
	}
	day := func(name string) (time.Weekday, bool) {
		for d := time.Sunday; d <= time.Saturday; d++ {
			if strings.EqualFold(d.String()[:3], strings.TrimSpace(name)[:min(3, len(strings.TrimSpace(name)))]) {
				return d, true
			}
		}
		return 0, false
	}
	for _, part := range strings.Split(daysPart, ",") {
		if from, to, isRange := strings.Cut(part, "-"); isRange {
			a, ok1 := day(from)
			b, ok2 := day(to)
			if !ok1 || !ok2 {
				return h, bad
			}
			for d := a; ; d = (d + 1) % 7 {
				h.Days[d] = true
				if d == b {
					break
				}
			}
			continue
		}
		if strings.TrimSpace(part) == "" {
			return h, bad
		}
		d, ok := day(part)
		if !ok {
			return h, bad
		}
		h.Days[d] = true
	}
	return h, nil
}

func parseClock(s string) (time.Duration, error) {
	t, err := time.Parse("15:04", strings.TrimSpace(s))
	if err != nil {
		return 0, err
	}
	return time.Duration(t.Hour())*time.Hour + time.Duration(t.Minute())*time.Minute, nil
}

const (
	keySyncMinutes    = "inbox.sync_minutes"
	keyRetentionDays  = "inbox.retention_days"
	keyReviewApproval = "inbox.review_approval"
	keyBusinessHours  = "inbox.business_hours"
	keyXSyncMinutes   = "inbox.x_sync_minutes"
)

// LoadSettings reads the inbox's settings; missing or unreadable values
// fall back to the defaults.
func (s *Store) LoadSettings(ctx context.Context) (Settings, error) {
	out := DefaultSettings()
	vals := map[string]string{}
	rows, err := s.db.Read().QueryContext(ctx, `SELECT key, value FROM settings WHERE key IN (?, ?, ?, ?, ?)`,
		keySyncMinutes, keyRetentionDays, keyReviewApproval, keyBusinessHours, keyXSyncMinutes)
	if err != nil {
		return out, fmt.Errorf("reading the inbox settings: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return out, fmt.Errorf("reading the inbox settings: %w", err)
		}
		vals[k] = v
	}
	if err := rows.Err(); err != nil {
		return out, fmt.Errorf("reading the inbox settings: %w", err)
	}
	if m, err := strconv.Atoi(vals[keySyncMinutes]); err == nil {
		if d := time.Duration(m) * time.Minute; d >= MinSyncInterval && d <= MaxSyncInterval {
			out.SyncInterval = d
		}
	}
	if m, err := strconv.Atoi(vals[keyXSyncMinutes]); err == nil {
		if d := time.Duration(m) * time.Minute; d == 0 || (d >= MinSyncInterval && d <= MaxSyncInterval) {
			out.XSyncInterval = d
		}
	}
	if d, err := strconv.Atoi(vals[keyRetentionDays]); err == nil && d >= 0 {
		out.Retention = time.Duration(d) * 24 * time.Hour
	}
	out.ReviewApproval = vals[keyReviewApproval] == "on"
	if h, err := ParseBusinessHours(vals[keyBusinessHours]); err == nil {
		out.Hours = h
	}
	return out, nil
}

// SaveSettings stores the inbox's settings: the sync intervals in whole
// minutes (1 minute to 24 hours; X's may be 0, Refresh only), retention
// in whole days (0: keep).
func (s *Store) SaveSettings(ctx context.Context, st Settings) error {
	if st.SyncInterval < MinSyncInterval || st.SyncInterval > MaxSyncInterval {
		return fmt.Errorf("the inbox is read every 1 minute to 24 hours, not %s", st.SyncInterval)
	}
	if st.XSyncInterval != 0 && (st.XSyncInterval < MinSyncInterval || st.XSyncInterval > MaxSyncInterval) {
		return fmt.Errorf("X accounts are read every 1 minute to 24 hours, or only on Refresh, not %s", st.XSyncInterval)
	}
	if st.Retention < 0 {
		return errors.New("message bodies cannot be kept for less than no time")
	}
	approval := "off"
	if st.ReviewApproval {
		approval = "on"
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for k, v := range map[string]string{
		keySyncMinutes:    strconv.Itoa(int(st.SyncInterval / time.Minute)),
		keyRetentionDays:  strconv.Itoa(int(st.Retention / (24 * time.Hour))),
		keyReviewApproval: approval,
		keyBusinessHours:  st.Hours.String(),
		keyXSyncMinutes:   strconv.Itoa(int(st.XSyncInterval / time.Minute)),
	} {
		if _, err := tx.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, k, v); err != nil {
			return fmt.Errorf("saving the inbox settings: %w", err)
		}
	}
	return tx.Commit()
}
