package schedule

import (
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // zones work on machines without a zoneinfo database
)

func mustLoc(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatalf("LoadLocation(%q): %v", name, err)
	}
	return loc
}

func TestLocalTime(t *testing.T) {
	tests := []struct {
		name        string
		zone        string
		date, clock string
		wantUTC     string // RFC 3339 in UTC
		wantLocal   string // "15:04 MST" in the zone
	}{
		{"ordinary 24h time", "America/New_York", "2026-06-02", "09:00", "2026-06-02T13:00:00Z", "09:00 EDT"},
		{"12h afternoon", "America/New_York", "2026-01-15", "3:04 PM", "2026-01-15T20:04:00Z", "15:04 EST"},
		{"12h lower case no space", "Europe/Berlin", "2026-01-15", "3:04pm", "2026-01-15T14:04:00Z", "15:04 CET"},
		{"midnight as 12 AM", "Europe/Berlin", "2026-07-01", "12:00 AM", "2026-06-30T22:00:00Z", "00:00 CEST"},
		{"noon as 12 PM", "Europe/Berlin", "2026-07-01", "12 PM", "2026-07-01T10:00:00Z", "12:00 CEST"},
		{"New York spring-forward gap moves forward by the gap", "America/New_York", "2026-03-08", "02:30", "2026-03-08T07:30:00Z", "03:30 EDT"},
		{"New York gap start 02:00 becomes 03:00", "America/New_York", "2026-03-08", "2:00 AM", "2026-03-08T07:00:00Z", "03:00 EDT"},
		{"New York just before the gap is untouched", "America/New_York", "2026-03-08", "01:59", "2026-03-08T06:59:00Z", "01:59 EST"},
		{"New York fall-back overlap takes the first (DST) reading", "America/New_York", "2026-11-01", "01:30", "2026-11-01T05:30:00Z", "01:30 EDT"},
		{"New York after the overlap is standard time", "America/New_York", "2026-11-01", "02:00", "2026-11-01T07:00:00Z", "02:00 EST"},
		{"Berlin spring-forward gap moves forward by the gap", "Europe/Berlin", "2026-03-29", "02:30", "2026-03-29T01:30:00Z", "03:30 CEST"},
		{"Berlin fall-back overlap takes the first (DST) reading", "Europe/Berlin", "2026-10-25", "02:30", "2026-10-25T00:30:00Z", "02:30 CEST"},
		{"Berlin after the overlap is standard time", "Europe/Berlin", "2026-10-25", "03:00", "2026-10-25T02:00:00Z", "03:00 CET"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			loc := mustLoc(t, tc.zone)
			got, err := LocalTime(tc.date, tc.clock, loc)
			if err != nil {
				t.Fatalf("LocalTime: %v", err)
			}
			if s := got.UTC().Format(time.RFC3339); s != tc.wantUTC {
				t.Errorf("UTC = %s, want %s", s, tc.wantUTC)
			}
			if s := got.In(loc).Format("15:04 MST"); s != tc.wantLocal {
				t.Errorf("local = %s, want %s", s, tc.wantLocal)
			}
		})
	}
}

func TestLocalTimeErrors(t *testing.T) {
	ny := mustLoc(t, "America/New_York")
	tests := []struct {
		name, date, clock string
		loc               *time.Location
		want              string
	}{
		{"no time zone", "2026-03-08", "09:00", nil, "time zone"},
		{"impossible date", "2026-02-30", "09:00", ny, "not a real date"},
		{"wrong date layout", "03/08/2026", "09:00", ny, "YYYY-MM-DD"},
		{"empty time", "2026-03-08", "", ny, "empty"},
		{"hour past 23", "2026-03-08", "24:00", ny, "past 23"},
		{"minutes past 59", "2026-03-08", "9:60", ny, "past 59"},
		{"13 PM", "2026-03-08", "13:00 PM", ny, "1–12"},
		{"bare hour is ambiguous", "2026-03-08", "9", ny, "AM/PM"},
		{"garbage time", "2026-03-08", "nine", ny, "not a time"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := LocalTime(tc.date, tc.clock, tc.loc)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want it to mention %q", err, tc.want)
			}
		})
	}
}

// TestLocalDateTimeDiffersFromTimeDate pins down why LocalDateTime exists:
// time.Date's gap and overlap choices depend on the zone.
func TestLocalDateTimeDiffersFromTimeDate(t *testing.T) {
	ny := mustLoc(t, "America/New_York")
	be := mustLoc(t, "Europe/Berlin")
	t.Run("time.Date moves a New York gap time backward, LocalDateTime forward", func(t *testing.T) {
		if got := time.Date(2026, 3, 8, 2, 30, 0, 0, ny).Format("15:04"); got != "01:30" {
			t.Logf("time.Date behaviour changed: %s", got)
		}
		if got := LocalDateTime(2026, 3, 8, 2, 30, 0, ny).Format("15:04"); got != "03:30" {
			t.Errorf("LocalDateTime = %s, want 03:30", got)
		}
	})
	t.Run("time.Date takes Berlin's second overlap reading, LocalDateTime the first", func(t *testing.T) {
		if got := time.Date(2026, 10, 25, 2, 30, 0, 0, be).Format("MST"); got != "CET" {
			t.Logf("time.Date behaviour changed: %s", got)
		}
		if got := LocalDateTime(2026, 10, 25, 2, 30, 0, be).Format("MST"); got != "CEST" {
			t.Errorf("LocalDateTime zone = %s, want CEST", got)
		}
	})
	t.Run("out-of-range fields normalise like time.Date", func(t *testing.T) {
		got := LocalDateTime(2026, 1, 32, 9, 0, 0, be)
		if want := time.Date(2026, 2, 1, 9, 0, 0, 0, be); !got.Equal(want) {
			t.Errorf("got %v, want %v", got, want)
		}
	})
}
