package schedule

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// LocalTime turns a wall-clock date and time in the clinic's zone into an
// instant.
//
// date is "YYYY-MM-DD"; clock is 24-hour ("15:04", "9:30") or 12-hour
// ("3:04 PM", "3:04pm", "3 PM").
//
// Daylight-saving rules (the same everywhere in this package, see
// LocalDateTime):
//   - A time that does not exist because clocks jump forward (the
//     spring-forward gap) moves forward by the size of the gap: 02:30 on
//     2026-03-08 in America/New_York becomes 03:30 EDT.
//   - A time that happens twice because clocks fall back takes the first
//     (earlier, still-DST) occurrence: 01:30 on 2026-11-01 in
//     America/New_York is 01:30 EDT (05:30 UTC), not 01:30 EST.
func LocalTime(date string, clock string, loc *time.Location) (time.Time, error) {
	if loc == nil {
		return time.Time{}, errors.New("choose the clinic's time zone")
	}
	d, err := time.Parse("2006-01-02", strings.TrimSpace(date))
	if err != nil {
		return time.Time{}, fmt.Errorf("the date %q is not a real date (use YYYY-MM-DD, e.g. 2026-03-08)", date)
	}
	h, m, err := parseClock(clock)
	if err != nil {
		return time.Time{}, err
	}
	return LocalDateTime(d.Year(), d.Month(), d.Day(), h, m, 0, loc), nil
}

// LocalDateTime is like time.Date but with this package's documented DST
// policy, which time.Date does not give: for a wall-clock time in a
// spring-forward gap, time.Date moves it backward in zones west of UTC
// (02:30 → 01:30 EST in New York) and forward in zones east of it (02:30 →
// 03:30 CEST in Berlin), and for an ambiguous fall-back time it picks the
// DST reading in New York but the standard-time reading in Berlin.
// LocalDateTime always moves a gap time forward by the gap and always picks
// the earlier of two readings. Out-of-range fields are normalised as by
// time.Date. loc must not be nil.
func LocalDateTime(year int, month time.Month, day, hour, min, sec int, loc *time.Location) time.Time {
	return resolveWall(time.Date(year, month, day, hour, min, sec, 0, time.UTC), loc)
}

// resolveWall interprets wall (whose UTC fields hold a "floating" local
// wall-clock time) in loc with the package's DST policy.
func resolveWall(wall time.Time, loc *time.Location) time.Time {
	// The real instant is wall minus the zone offset in effect then. Collect
	// the offsets in effect around that moment (a UTC offset is within
	// ±14h, so probes 30h either side straddle any one transition).
	var offs [3]int
	for i, probe := range [3]time.Time{wall.Add(-30 * time.Hour), wall, wall.Add(30 * time.Hour)} {
		_, offs[i] = probe.In(loc).Zone()
	}
	var best, latest time.Time
	found := false
	for i, off := range offs {
		u := wall.Add(-time.Duration(off) * time.Second)
		if i == 0 || u.After(latest) {
			latest = u
		}
		if sameWall(u.In(loc), wall) && (!found || u.Before(best)) {
			best, found = u, true
		}
	}
	if !found {
		// A gap: no offset reproduces the wall clock. Using the smaller
		// (pre-jump) offset lands the same distance past the jump, which
		// is "moved forward by the gap".
		best = latest
	}
	return best.In(loc)
}

// floating returns t's wall clock in loc as a UTC-located time, so wall-clock
// arithmetic (as rrule-go does) sees no DST at all.
func floating(t time.Time, loc *time.Location) time.Time {
	l := t.In(loc)
	return time.Date(l.Year(), l.Month(), l.Day(), l.Hour(), l.Minute(), l.Second(), 0, time.UTC)
}

func sameWall(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	ah, ami, as := a.Clock()
	bh, bmi, bs := b.Clock()
	return ay == by && am == bm && ad == bd && ah == bh && ami == bmi && as == bs
}

// parseClock reads "15:04", "9:30", "3:04 PM", "3:04pm", "3 PM", "12 am".
func parseClock(s string) (hour, minute int, err error) {
	orig := s
	s = strings.ToLower(strings.TrimSpace(s))
	bad := func(why string) (int, int, error) {
		return 0, 0, fmt.Errorf("the time %q %s", orig, why)
	}
	if s == "" {
		return bad("is empty (use 9:00, 14:30 or 2:30 PM)")
	}
	ampm := ""
	for _, suf := range []string{"a.m.", "p.m.", "am", "pm", "a", "p"} {
		if strings.HasSuffix(s, suf) {
			ampm = suf[:1]
			s = strings.TrimSpace(strings.TrimSuffix(s, suf))
			break
		}
	}
	hs, ms, hasColon := strings.Cut(s, ":")
	if !hasColon {
		if ampm == "" && allDigits(hs) {
			return bad("needs minutes or AM/PM (use 9:00, 14:30 or 2 PM)")
		}
		ms = "00"
	}
	if !allDigits(hs) || len(hs) > 2 || !allDigits(ms) || len(ms) != 2 {
		return bad("is not a time (use 9:00, 14:30 or 2:30 PM)")
	}
	// One or two digits each, checked just above: Atoi cannot fail.
	hour, _ = strconv.Atoi(hs)
	minute, _ = strconv.Atoi(ms) // as above
	if minute > 59 {
		return bad("has minutes past 59")
	}
	if ampm != "" {
		if hour < 1 || hour > 12 {
			return bad("has an hour outside 1–12 for AM/PM")
		}
		hour %= 12
		if ampm == "p" {
			hour += 12
		}
	} else if hour > 23 {
		return bad("has an hour past 23")
	}
	return hour, minute, nil
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// formatClock12 renders "9:00 AM".
func formatClock12(hour, minute int) string {
	return time.Date(2000, 1, 1, hour, minute, 0, 0, time.UTC).Format("3:04 PM")
}
