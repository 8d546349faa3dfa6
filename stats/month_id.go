package stats

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// MonthID is one calendar month, read in the clinic's time zone.
type MonthID struct {
	Year  int
	Month time.Month
}

// ParseMonth reads "YYYY-MM". Its errors say what is wrong in plain words.
func ParseMonth(s string) (MonthID, error) {
	s = strings.TrimSpace(s)
	y, m, ok := strings.Cut(s, "-")
	if !ok || len(y) != 4 || len(m) != 2 || !digits(y) || !digits(m) {
		return MonthID{}, fmt.Errorf("%q is not a month: write it as YYYY-MM, e.g. 2026-11", s)
	}
	year, err1 := strconv.Atoi(y)
	month, err2 := strconv.Atoi(m)
	if err1 != nil || err2 != nil || year < 1 {
		return MonthID{}, fmt.Errorf("%q is not a month: write it as YYYY-MM, e.g. 2026-11", s)
	}
	if month < 1 || month > 12 {
		return MonthID{}, fmt.Errorf("%q is not a month: there is no month %d (months run from 01 to 12)", s, month)
	}
	return MonthID{Year: year, Month: time.Month(month)}, nil
}

func digits(s string) bool {
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// MonthOf is the month t falls in, in loc.
func MonthOf(t time.Time, loc *time.Location) MonthID {
	l := t.In(loc)
	return MonthID{Year: l.Year(), Month: l.Month()}
}

// String is "YYYY-MM", as in file names.
func (m MonthID) String() string { return fmt.Sprintf("%04d-%02d", m.Year, int(m.Month)) }

// Label is the month written out: "November 2026".
func (m MonthID) Label() string { return fmt.Sprintf("%s %d", m.Month, m.Year) }

// Add is the month n months later (earlier for negative n).
func (m MonthID) Add(n int) MonthID {
	t := time.Date(m.Year, m.Month+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	return MonthID{Year: t.Year(), Month: t.Month()}
}

// Bounds are the month's first instant and the next month's, in loc: a
// month with a daylight-saving change is an hour shorter or longer.
func (m MonthID) Bounds(loc *time.Location) (from, to time.Time) {
	return time.Date(m.Year, m.Month, 1, 0, 0, 0, 0, loc), time.Date(m.Year, m.Month+1, 1, 0, 0, 0, 0, loc)
}

// CurrentMonth is the clinic's month now, in its time zone.
func (s *Service) CurrentMonth(ctx context.Context) (MonthID, error) {
	loc, err := s.clinic.Zone(ctx)
	if err != nil {
		return MonthID{}, err
	}
	return MonthOf(s.now(), loc), nil
}
