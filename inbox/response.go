package inbox

import (
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/carepost/carepost/store"
)

// Period is how response times are grouped.
type Period string

const (
	PeriodWeek  Period = "week"  // Monday to Sunday, in the clinic's zone
	PeriodMonth Period = "month" // calendar month, in the clinic's zone
)

// Median is the median first-response time of the items that arrived in
// one week or month and were answered.
type Median struct {
	Start    time.Time // the period's first day, midnight in the clinic's zone
	Period   Period
	Answered int
	// Calendar is the median in calendar hours; Business counts only the
	// clinic's business hours (-1 when none are set).
	Calendar time.Duration
	Business time.Duration
}

// periodStart is the start of the week or month holding t, in loc.
func periodStart(t time.Time, p Period, loc *time.Location) time.Time {
	t = t.In(loc)
	if p == PeriodMonth {
		return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, loc)
	}
	back := (int(t.Weekday()) + 6) % 7 // days since Monday
	return time.Date(t.Year(), t.Month(), t.Day()-back, 0, 0, 0, 0, loc)
}

// ResponseMedians are the median first-response times, per week or month,
// of the items that arrived in [from, to) and have been answered, oldest
// period first. Business-hour medians use the business hours set now.
func (s *Store) ResponseMedians(ctx context.Context, p Period, from, to time.Time, loc *time.Location) ([]Median, error) {
	if loc == nil {
		loc = time.UTC
	}
	st, err := s.LoadSettings(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.db.Read().QueryContext(ctx, `SELECT created_at, answered_at FROM inbox_items
		WHERE answered_at <> '' AND created_at >= ? AND created_at < ? ORDER BY created_at`, store.Stamp(from), store.Stamp(to))
	if err != nil {
		return nil, fmt.Errorf("reading response times: %w", err)
	}
	defer rows.Close()
	type group struct {
		cal, biz []time.Duration
	}
	groups := map[time.Time]*group{}
	var starts []time.Time
	for rows.Next() {
		var c, a string
		if err := rows.Scan(&c, &a); err != nil {
			return nil, fmt.Errorf("reading response times: %w", err)
		}
		created, err1 := store.ParseStamp(c)
		answered, err2 := store.ParseStamp(a)
		if err1 != nil || err2 != nil {
			continue
		}
		start := periodStart(created, p, loc)
		g := groups[start]
		if g == nil {
			g = &group{}
			groups[start] = g
			starts = append(starts, start)
		}
		d := answered.Sub(created)
		if d < 0 {
			d = 0
		}
		g.cal = append(g.cal, d)
		if st.Hours.Set() {
			g.biz = append(g.biz, st.Hours.Between(created, answered, loc))
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading response times: %w", err)
	}
	sort.Slice(starts, func(i, j int) bool { return starts[i].Before(starts[j]) })
	out := make([]Median, 0, len(starts))
	for _, start := range starts {
		g := groups[start]
		m := Median{Start: start, Period: p, Answered: len(g.cal), Calendar: median(g.cal), Business: -1}
		if st.Hours.Set() {
			m.Business = median(g.biz)
		}
		out = append(out, m)
	}
	return out, nil
}

func median(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

// Between is how much of [from, to) falls within the business hours, in
// loc (where the clinic's days begin and end).
func (h BusinessHours) Between(from, to time.Time, loc *time.Location) time.Duration {
	if !h.Set() || !to.After(from) {
		return 0
	}
	var total time.Duration
	f := from.In(loc)
	day := time.Date(f.Year(), f.Month(), f.Day(), 0, 0, 0, 0, loc)
	for !day.After(to) {
		if h.Days[day.Weekday()] {
			// Wall-clock times, so a day when the clocks change still
			// opens at its opening time.
			open := time.Date(day.Year(), day.Month(), day.Day(), int(h.Open.Hours()), int(h.Open.Minutes())%60, 0, 0, loc)
			shut := time.Date(day.Year(), day.Month(), day.Day(), int(h.Shut.Hours()), int(h.Shut.Minutes())%60, 0, 0, loc)
			a, b := maxTime(open, from), minTime(shut, to)
			if b.After(a) {
				total += b.Sub(a)
			}
		}
		day = time.Date(day.Year(), day.Month(), day.Day()+1, 0, 0, 0, 0, loc)
	}
	return total
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

// Received is how many items arrived (by their time on the network) in
// [from, to), for the monthly summary's volume; items whose text
// retention removed still count.
func (s *Store) Received(ctx context.Context, from, to time.Time) (int, error) {
	var n int
	if err := s.db.Read().QueryRowContext(ctx, `SELECT count(*) FROM inbox_items WHERE created_at >= ? AND created_at < ?`,
		store.Stamp(from), store.Stamp(to)).Scan(&n); err != nil {
		return 0, fmt.Errorf("counting inbox items: %w", err)
	}
	return n, nil
}
