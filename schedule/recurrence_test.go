package schedule

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

// localStrings renders instants as "2006-01-02 15:04 MST" in loc.
func localStrings(ts []time.Time, loc *time.Location) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.In(loc).Format("2006-01-02 15:04 MST")
	}
	return out
}

func TestRecurrenceBetween(t *testing.T) {
	ny := mustLoc(t, "America/New_York")
	be := mustLoc(t, "Europe/Berlin")
	at := func(loc *time.Location, date, clock string) time.Time {
		t.Helper()
		tm, err := LocalTime(date, clock, loc)
		if err != nil {
			t.Fatal(err)
		}
		return tm
	}
	tests := []struct {
		name     string
		r        Recurrence
		from, to time.Time
		want     []string
	}{
		{
			name: "weekly Tuesday 9:00 keeps 9:00 across New York spring-forward",
			r:    Recurrence{Start: at(ny, "2026-03-03", "9:00"), Location: ny, Freq: Weekly, Interval: 1},
			from: at(ny, "2026-03-01", "0:00"), to: at(ny, "2026-03-18", "0:00"),
			want: []string{"2026-03-03 09:00 EST", "2026-03-10 09:00 EDT", "2026-03-17 09:00 EDT"},
		},
		{
			name: "weekly Tuesday 9:00 keeps 9:00 across New York fall-back",
			r:    Recurrence{Start: at(ny, "2026-10-27", "9:00"), Location: ny, Freq: Weekly, Interval: 1},
			from: at(ny, "2026-10-01", "0:00"), to: at(ny, "2026-11-11", "0:00"),
			want: []string{"2026-10-27 09:00 EDT", "2026-11-03 09:00 EST", "2026-11-10 09:00 EST"},
		},
		{
			name: "weekly Tuesday 9:00 keeps 9:00 across Berlin spring-forward",
			r:    Recurrence{Start: at(be, "2026-03-24", "9:00"), Location: be, Freq: Weekly, Interval: 1},
			from: at(be, "2026-03-01", "0:00"), to: at(be, "2026-04-08", "0:00"),
			want: []string{"2026-03-24 09:00 CET", "2026-03-31 09:00 CEST", "2026-04-07 09:00 CEST"},
		},
		{
			name: "weekly Tuesday 9:00 keeps 9:00 across Berlin fall-back",
			r:    Recurrence{Start: at(be, "2026-10-20", "9:00"), Location: be, Freq: Weekly, Interval: 1},
			from: at(be, "2026-10-01", "0:00"), to: at(be, "2026-11-04", "0:00"),
			want: []string{"2026-10-20 09:00 CEST", "2026-10-27 09:00 CET", "2026-11-03 09:00 CET"},
		},
		{
			name: "daily 02:30 becomes 03:30 on New York's spring-forward day only",
			r:    Recurrence{Start: at(ny, "2026-03-06", "02:30"), Location: ny, Freq: Daily, Interval: 1, Count: 5},
			from: at(ny, "2026-03-01", "0:00"), to: at(ny, "2026-04-01", "0:00"),
			want: []string{"2026-03-06 02:30 EST", "2026-03-07 02:30 EST", "2026-03-08 03:30 EDT", "2026-03-09 02:30 EDT", "2026-03-10 02:30 EDT"},
		},
		{
			name: "daily 02:30 becomes 03:30 on Berlin's spring-forward day only",
			r:    Recurrence{Start: at(be, "2026-03-28", "02:30"), Location: be, Freq: Daily, Interval: 1, Count: 3},
			from: at(be, "2026-03-01", "0:00"), to: at(be, "2026-04-01", "0:00"),
			want: []string{"2026-03-28 02:30 CET", "2026-03-29 03:30 CEST", "2026-03-30 02:30 CEST"},
		},
		{
			name: "daily 01:30 takes the first reading on New York's fall-back day",
			r:    Recurrence{Start: at(ny, "2026-10-31", "01:30"), Location: ny, Freq: Daily, Interval: 1, Count: 3},
			from: at(ny, "2026-10-01", "0:00"), to: at(ny, "2026-12-01", "0:00"),
			want: []string{"2026-10-31 01:30 EDT", "2026-11-01 01:30 EDT", "2026-11-02 01:30 EST"},
		},
		{
			name: "monthly on the 31st skips months without one",
			r:    Recurrence{Start: at(be, "2026-01-31", "10:00"), Location: be, Freq: Monthly, Interval: 1},
			from: at(be, "2026-01-01", "0:00"), to: at(be, "2026-09-01", "0:00"),
			want: []string{"2026-01-31 10:00 CET", "2026-03-31 10:00 CEST", "2026-05-31 10:00 CEST", "2026-07-31 10:00 CEST", "2026-08-31 10:00 CEST"},
		},
		{
			name: "count ends after that many occurrences",
			r:    Recurrence{Start: at(ny, "2026-05-01", "8:15"), Location: ny, Freq: Daily, Interval: 3, Count: 3},
			from: at(ny, "2026-01-01", "0:00"), to: at(ny, "2027-01-01", "0:00"),
			want: []string{"2026-05-01 08:15 EDT", "2026-05-04 08:15 EDT", "2026-05-07 08:15 EDT"},
		},
		{
			name: "until is inclusive",
			r: Recurrence{Start: at(ny, "2026-05-01", "8:15"), Location: ny, Freq: Weekly, Interval: 1,
				Until: at(ny, "2026-05-15", "8:15")},
			from: at(ny, "2026-01-01", "0:00"), to: at(ny, "2027-01-01", "0:00"),
			want: []string{"2026-05-01 08:15 EDT", "2026-05-08 08:15 EDT", "2026-05-15 08:15 EDT"},
		},
		{
			name: "until a minute before an occurrence excludes it",
			r: Recurrence{Start: at(ny, "2026-05-01", "8:15"), Location: ny, Freq: Weekly, Interval: 1,
				Until: at(ny, "2026-05-15", "8:14")},
			from: at(ny, "2026-01-01", "0:00"), to: at(ny, "2027-01-01", "0:00"),
			want: []string{"2026-05-01 08:15 EDT", "2026-05-08 08:15 EDT"},
		},
		{
			name: "every 2 weeks on Tuesday and Thursday",
			r: Recurrence{Start: at(be, "2026-03-03", "9:00"), Location: be, Freq: Weekly, Interval: 2,
				ByWeekday: []time.Weekday{time.Thursday, time.Tuesday}, Count: 6},
			from: at(be, "2026-01-01", "0:00"), to: at(be, "2027-01-01", "0:00"),
			want: []string{"2026-03-03 09:00 CET", "2026-03-05 09:00 CET", "2026-03-17 09:00 CET", "2026-03-19 09:00 CET",
				"2026-03-31 09:00 CEST", "2026-04-02 09:00 CEST"},
		},
		{
			name: "a start on a day not in the rule is skipped",
			r: Recurrence{Start: at(be, "2026-03-02", "9:00"), Location: be, Freq: Weekly, Interval: 1,
				ByWeekday: []time.Weekday{time.Wednesday}, Count: 2},
			from: at(be, "2026-01-01", "0:00"), to: at(be, "2027-01-01", "0:00"),
			want: []string{"2026-03-04 09:00 CET", "2026-03-11 09:00 CET"},
		},
		{
			name: "monthly with a weekday means every such weekday of the month",
			r: Recurrence{Start: at(ny, "2026-04-01", "12:00"), Location: ny, Freq: Monthly, Interval: 1,
				ByWeekday: []time.Weekday{time.Friday}},
			from: at(ny, "2026-04-01", "0:00"), to: at(ny, "2026-05-01", "0:00"),
			want: []string{"2026-04-03 12:00 EDT", "2026-04-10 12:00 EDT", "2026-04-17 12:00 EDT", "2026-04-24 12:00 EDT"},
		},
		{
			name: "yearly on 29 February only in leap years",
			r:    Recurrence{Start: at(be, "2028-02-29", "9:00"), Location: be, Freq: Yearly, Interval: 1, Count: 2},
			from: at(be, "2028-01-01", "0:00"), to: at(be, "2040-01-01", "0:00"),
			want: []string{"2028-02-29 09:00 CET", "2032-02-29 09:00 CET"},
		},
		{
			name: "window is half-open: from included, to excluded",
			r:    Recurrence{Start: at(ny, "2026-06-01", "9:00"), Location: ny, Freq: Daily, Interval: 1},
			from: at(ny, "2026-06-03", "9:00"), to: at(ny, "2026-06-05", "9:00"),
			want: []string{"2026-06-03 09:00 EDT", "2026-06-04 09:00 EDT"},
		},
		{
			name: "invalid rule gives nothing",
			r:    Recurrence{Start: at(ny, "2026-06-01", "9:00"), Location: ny, Interval: 1},
			from: at(ny, "2026-06-01", "0:00"), to: at(ny, "2026-07-01", "0:00"),
			want: []string{},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tc.r.Between(tc.from, tc.to)
			for _, g := range got {
				if g.Location() != time.UTC {
					t.Fatalf("instant %v is not UTC", g)
				}
			}
			if s := localStrings(got, tc.r.Location); !reflect.DeepEqual(s, tc.want) {
				t.Errorf("Between =\n  %q\nwant\n  %q", s, tc.want)
			}
		})
	}
}

func TestRecurrenceWeeklyUTCOffsetChanges(t *testing.T) {
	for _, tc := range []struct {
		zone         string
		start        string
		offA, offB   time.Duration
		changeBefore string
	}{
		{"America/New_York", "2026-03-03", -5 * time.Hour, -4 * time.Hour, "2026-03-08"},
		{"America/New_York", "2026-10-27", -4 * time.Hour, -5 * time.Hour, "2026-11-01"},
		{"Europe/Berlin", "2026-03-24", 1 * time.Hour, 2 * time.Hour, "2026-03-29"},
		{"Europe/Berlin", "2026-10-20", 2 * time.Hour, 1 * time.Hour, "2026-10-25"},
	} {
		t.Run(tc.zone+" across "+tc.changeBefore, func(t *testing.T) {
			loc := mustLoc(t, tc.zone)
			start, _ := LocalTime(tc.start, "9:00", loc)
			r := Recurrence{Start: start, Location: loc, Freq: Weekly, Interval: 1, Count: 2}
			got := r.Between(start, start.AddDate(0, 1, 0))
			if len(got) != 2 {
				t.Fatalf("got %d occurrences", len(got))
			}
			for i, want := range []time.Duration{tc.offA, tc.offB} {
				_, off := got[i].In(loc).Zone()
				if time.Duration(off)*time.Second != want {
					t.Errorf("occurrence %d offset %v, want %v", i, time.Duration(off)*time.Second, want)
				}
				if h, m, _ := got[i].In(loc).Clock(); h != 9 || m != 0 {
					t.Errorf("occurrence %d at %02d:%02d local, want 09:00", i, h, m)
				}
			}
			if d := got[1].Sub(got[0]); d == 7*24*time.Hour {
				t.Errorf("gap between occurrences is exactly 168h; the DST change was ignored")
			}
		})
	}
}

func TestRecurrenceNext(t *testing.T) {
	ny := mustLoc(t, "America/New_York")
	start, _ := LocalTime("2026-03-03", "9:00", ny)
	weekly := Recurrence{Start: start, Location: ny, Freq: Weekly, Interval: 1, Count: 3}
	tests := []struct {
		name   string
		r      Recurrence
		after  time.Time
		want   string
		wantOK bool
	}{
		{"before the start gives the start", weekly, start.Add(-time.Hour), "2026-03-03 09:00 EST", true},
		{"exactly on an occurrence gives the next (strictly after)", weekly, start, "2026-03-10 09:00 EDT", true},
		{"after the last of a count gives none", weekly, start.AddDate(0, 0, 14), "", false},
		{"invalid rule gives none", Recurrence{Start: start, Location: ny, Freq: "hourly", Interval: 1}, start, "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := tc.r.Next(tc.after)
			if ok != tc.wantOK {
				t.Fatalf("ok = %v, want %v (got %v)", ok, tc.wantOK, got)
			}
			if ok && got.In(ny).Format("2006-01-02 15:04 MST") != tc.want {
				t.Errorf("Next = %s, want %s", got.In(ny).Format("2006-01-02 15:04 MST"), tc.want)
			}
		})
	}
}

func TestRecurrenceValidate(t *testing.T) {
	ny := mustLoc(t, "America/New_York")
	start, _ := LocalTime("2026-03-03", "9:00", ny)
	ok := Recurrence{Start: start, Location: ny, Freq: Weekly, Interval: 1}
	with := func(f func(*Recurrence)) Recurrence { r := ok; f(&r); return r }
	tests := []struct {
		name string
		r    Recurrence
		want string // "" = valid
	}{
		{"a plain weekly rule is valid", ok, ""},
		{"missing frequency", with(func(r *Recurrence) { r.Freq = "" }), "choose how often it repeats"},
		{"unknown frequency", with(func(r *Recurrence) { r.Freq = "hourly" }), "choose daily, weekly, monthly or yearly"},
		{"zero interval", with(func(r *Recurrence) { r.Interval = 0 }), "every 1 or more weeks"},
		{"huge interval", with(func(r *Recurrence) { r.Interval = 5000 }), "at most every 1000 weeks"},
		{"no zone", with(func(r *Recurrence) { r.Location = nil }), "time zone"},
		{"no start", with(func(r *Recurrence) { r.Start = time.Time{} }), "choose when it starts"},
		{"end before start", with(func(r *Recurrence) { r.Until = start.Add(-time.Minute) }), "an end date before the start"},
		{"both end date and count", with(func(r *Recurrence) { r.Until = start.AddDate(0, 1, 0); r.Count = 3 }), "not both"},
		{"negative count", with(func(r *Recurrence) { r.Count = -1 }), "negative"},
		{"weekdays on a daily rule", with(func(r *Recurrence) { r.Freq = Daily; r.ByWeekday = []time.Weekday{time.Monday} }), "weekly or monthly"},
		{"weekday out of range", with(func(r *Recurrence) { r.ByWeekday = []time.Weekday{7} }), "doesn't exist"},
		{"end equal to start is fine", with(func(r *Recurrence) { r.Until = start }), ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.r.Validate()
			if tc.want == "" {
				if err != nil {
					t.Fatalf("Validate: %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Validate = %v, want it to mention %q", err, tc.want)
			}
		})
	}
}

func sameRecurrence(a, b Recurrence) bool {
	return a.Start.Equal(b.Start) && a.Location == b.Location && a.Freq == b.Freq &&
		a.Interval == b.Interval && reflect.DeepEqual(a.ByWeekday, b.ByWeekday) &&
		a.Until.Equal(b.Until) && a.Count == b.Count
}

func TestRecurrenceRRuleRoundTrip(t *testing.T) {
	be := mustLoc(t, "Europe/Berlin")
	start, _ := LocalTime("2026-03-03", "9:00", be)
	until, _ := LocalTime("2026-12-31", "23:59", be)
	tests := []struct {
		name string
		r    Recurrence
		want string
	}{
		{"daily", Recurrence{Freq: Daily, Interval: 1}, "FREQ=DAILY"},
		{"every 2 weeks on two days with a count", Recurrence{Freq: Weekly, Interval: 2, ByWeekday: []time.Weekday{time.Thursday, time.Tuesday}, Count: 10},
			"FREQ=WEEKLY;INTERVAL=2;COUNT=10;BYDAY=TU,TH"},
		{"sunday sorts last and duplicates drop", Recurrence{Freq: Weekly, Interval: 1, ByWeekday: []time.Weekday{time.Sunday, time.Monday, time.Sunday}},
			"FREQ=WEEKLY;BYDAY=MO,SU"},
		{"monthly until, in UTC", Recurrence{Freq: Monthly, Interval: 3, Until: until}, "FREQ=MONTHLY;INTERVAL=3;UNTIL=20261231T225900Z"},
		{"yearly", Recurrence{Freq: Yearly, Interval: 1, Count: 1}, "FREQ=YEARLY;COUNT=1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := tc.r
			r.Start, r.Location = start, be
			got := r.RRule()
			if got != tc.want {
				t.Fatalf("RRule = %q, want %q", got, tc.want)
			}
			back, err := ParseRecurrence(got, start, be)
			if err != nil {
				t.Fatalf("ParseRecurrence(%q): %v", got, err)
			}
			r.ByWeekday = r.weekdays()
			if len(r.ByWeekday) == 0 {
				r.ByWeekday = nil
			}
			if !sameRecurrence(back, r) {
				t.Errorf("round trip = %+v, want %+v", back, r)
			}
			if back.RRule() != got {
				t.Errorf("second RRule = %q, want %q", back.RRule(), got)
			}
		})
	}
}

func TestParseRecurrenceAccepts(t *testing.T) {
	ny := mustLoc(t, "America/New_York")
	start, _ := LocalTime("2026-03-03", "9:00", ny)
	tests := []struct {
		name, in, want string
		until          string // expected Until in ny, "" if none
	}{
		{"RRULE: prefix and lower case", "rrule:freq=weekly;byday=tu", "FREQ=WEEKLY;BYDAY=TU", ""},
		{"spaces and a trailing semicolon", " FREQ=DAILY ; INTERVAL=2 ; ", "FREQ=DAILY;INTERVAL=2", ""},
		{"WKST=MO is accepted", "FREQ=WEEKLY;WKST=MO;BYDAY=MO", "FREQ=WEEKLY;BYDAY=MO", ""},
		{"date-only UNTIL is the end of that day locally", "FREQ=DAILY;UNTIL=20260331", "FREQ=DAILY;UNTIL=20260401T035959Z", "2026-03-31 23:59:59 EDT"},
		{"floating UNTIL is local time", "FREQ=DAILY;UNTIL=20260331T120000", "FREQ=DAILY;UNTIL=20260331T160000Z", "2026-03-31 12:00:00 EDT"},
		{"floating UNTIL in the spring-forward gap moves forward", "FREQ=DAILY;UNTIL=20260308T023000", "FREQ=DAILY;UNTIL=20260308T073000Z", "2026-03-08 03:30:00 EDT"},
		{"floating UNTIL in the fall-back hour takes the first reading", "FREQ=DAILY;UNTIL=20261101T013000", "FREQ=DAILY;UNTIL=20261101T053000Z", "2026-11-01 01:30:00 EDT"},
		{"lower-case UTC UNTIL", "FREQ=DAILY;until=20261231t235959z", "FREQ=DAILY;UNTIL=20261231T235959Z", "2026-12-31 18:59:59 EST"},
		{"spaces around days", "FREQ=WEEKLY;BYDAY= th , tu", "FREQ=WEEKLY;BYDAY=TU,TH", ""},
		{"parts in any order", "COUNT=3;BYDAY=FR;INTERVAL=2;FREQ=MONTHLY", "FREQ=MONTHLY;INTERVAL=2;COUNT=3;BYDAY=FR", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := ParseRecurrence(tc.in, start, ny)
			if err != nil {
				t.Fatalf("ParseRecurrence: %v", err)
			}
			if got := r.RRule(); got != tc.want {
				t.Errorf("RRule = %q, want %q", got, tc.want)
			}
			if tc.until != "" {
				if got := r.Until.In(ny).Format("2006-01-02 15:04:05 MST"); got != tc.until {
					t.Errorf("Until = %s, want %s", got, tc.until)
				}
			}
		})
	}
}

func TestParseRecurrenceErrors(t *testing.T) {
	ny := mustLoc(t, "America/New_York")
	start, _ := LocalTime("2026-03-03", "9:00", ny)
	tests := []struct {
		name, in string
		want     []string // substrings the error must contain
	}{
		{"empty", "", []string{"empty", "choose how often it repeats"}},
		{"no FREQ", "INTERVAL=2", []string{"no FREQ"}},
		{"hourly is refused", "FREQ=HOURLY", []string{`"FREQ=HOURLY"`, "more often than daily"}},
		{"unknown frequency", "FREQ=FORTNIGHTLY", []string{`"FREQ=FORTNIGHTLY"`, "not a frequency"}},
		{"zero interval", "FREQ=DAILY;INTERVAL=0", []string{`"INTERVAL=0"`, "1 to 1000"}},
		{"non-numeric interval", "FREQ=DAILY;INTERVAL=two", []string{`"INTERVAL=two"`}},
		{"signed interval", "FREQ=DAILY;INTERVAL=+2", []string{`"INTERVAL=+2"`}},
		{"zero count", "FREQ=DAILY;COUNT=0", []string{`"COUNT=0"`, "1 or more"}},
		{"bad weekday", "FREQ=WEEKLY;BYDAY=TU,XX", []string{`"BYDAY=TU,XX"`, `"XX" is not a day`}},
		{"numbered weekday", "FREQ=MONTHLY;BYDAY=1MO", []string{`"BYDAY=1MO"`, "numbered weekdays"}},
		{"weekdays on daily", "FREQ=DAILY;BYDAY=MO", []string{`"BYDAY=MO"`, "weekly or monthly"}},
		{"bad until", "FREQ=DAILY;UNTIL=tomorrow", []string{`"UNTIL=tomorrow"`, "not a date"}},
		{"until before start", "FREQ=DAILY;UNTIL=20250101", []string{`"UNTIL=20250101"`, "an end date before the start"}},
		{"count and until together", "FREQ=DAILY;UNTIL=20270101;COUNT=3", []string{`"COUNT=3"`, "not both"}},
		{"unsupported part", "FREQ=MONTHLY;BYSETPOS=-1", []string{`"BYSETPOS=-1"`, "not supported"}},
		{"week starting Sunday", "FREQ=WEEKLY;WKST=SU", []string{`"WKST=SU"`, "Monday"}},
		{"repeated part", "FREQ=DAILY;FREQ=WEEKLY", []string{`"FREQ=WEEKLY"`, "more than once"}},
		{"part without =", "FREQ=DAILY;COUNT", []string{`"COUNT"`, "NAME=VALUE"}},
		// Values the rrule-go reader takes but this package does not.
		{"negative interval", "FREQ=DAILY;INTERVAL=-1", []string{`"INTERVAL=-1"`, "1 to 1000"}},
		{"signed count", "FREQ=DAILY;COUNT=+3", []string{`"COUNT=+3"`, "1 or more"}},
		{"count too large to read", "FREQ=DAILY;COUNT=99999999999999999999", []string{`"COUNT=99999999999999999999"`, "1 or more"}},
		{"empty count", "FREQ=DAILY;COUNT=", []string{`"COUNT="`, "1 or more"}},
		{"signed numbered weekday", "FREQ=MONTHLY;BYDAY=-1FR", []string{`"BYDAY=-1FR"`, `"-1FR"`, "numbered weekdays"}},
		{"zeroth weekday", "FREQ=MONTHLY;BYDAY=0FR", []string{`"BYDAY=0FR"`, `"0FR"`, "numbered weekdays"}},
		{"not a weekday with a prefix", "FREQ=WEEKLY;BYDAY=MO,XMO", []string{`"BYDAY=MO,XMO"`, `"XMO" is not a day`}},
		{"empty weekday", "FREQ=WEEKLY;BYDAY=MO,,TU", []string{`"BYDAY=MO,,TU"`, `"" is not a day`}},
		{"until with fractions of a second", "FREQ=DAILY;UNTIL=20261231T235959.5Z", []string{`"UNTIL=20261231T235959.5Z"`, "not a date"}},
		{"until with a zone letter other than Z", "FREQ=DAILY;UNTIL=20261231T235959X", []string{`"UNTIL=20261231T235959X"`, "not a date"}},
		{"numbered week start", "FREQ=WEEKLY;WKST=1MO", []string{`"WKST=1MO"`, "Monday"}},
		{"DTSTART inside the rule", "FREQ=DAILY;DTSTART=20260101T090000Z", []string{`"DTSTART=20260101T090000Z"`, "not supported"}},
		{"a second line", "DTSTART:20260101T090000Z\nRRULE:FREQ=DAILY", []string{"not supported"}},
		{"minutely is refused", "FREQ=MINUTELY", []string{`"FREQ=MINUTELY"`, "more often than daily"}},
		{"a value with =", "FREQ=DAILY=2", []string{`"FREQ=DAILY=2"`, "not a frequency"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseRecurrence(tc.in, start, ny)
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
		})
	}
}

// TestParseRecurrenceReadsStoredRules feeds ParseRecurrence rules exactly
// as RRule wrote them before rrule-go did (BYDAY before UNTIL and COUNT),
// as rows saved then hold them, and checks they mean what they meant: the
// same fields, description and occurrences (across DST changes), the same
// as the same rule in rrule-go's order, which is what RRule now writes.
func TestParseRecurrenceReadsStoredRules(t *testing.T) {
	ny := mustLoc(t, "America/New_York")
	be := mustLoc(t, "Europe/Berlin")
	nyStart := LocalDateTime(2026, 3, 3, 9, 0, 0, ny)
	beStart := LocalDateTime(2026, 3, 24, 9, 0, 0, be)
	tests := []struct {
		stored    string // as the hand-written RRule wrote it
		rewritten string // as RRule writes it now
		start     time.Time
		loc       *time.Location
		want      Recurrence // Start and Location filled in from above
		describe  string
		from, to  time.Time
		between   []string
	}{
		{
			stored: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=10", rewritten: "FREQ=WEEKLY;INTERVAL=2;COUNT=10;BYDAY=TU,TH",
			start: nyStart, loc: ny,
			want:     Recurrence{Freq: Weekly, Interval: 2, ByWeekday: []time.Weekday{time.Tuesday, time.Thursday}, Count: 10},
			describe: "Every 2 weeks on Tuesday and Thursday at 9:00 AM, 10 times",
			from:     nyStart, to: nyStart.AddDate(1, 0, 0),
			between: []string{"2026-03-03 09:00 EST", "2026-03-05 09:00 EST", "2026-03-17 09:00 EDT", "2026-03-19 09:00 EDT",
				"2026-03-31 09:00 EDT", "2026-04-02 09:00 EDT", "2026-04-14 09:00 EDT", "2026-04-16 09:00 EDT",
				"2026-04-28 09:00 EDT", "2026-04-30 09:00 EDT"},
		},
		{
			stored: "FREQ=WEEKLY;BYDAY=MO,WE,FR;UNTIL=20261107T045959Z", rewritten: "FREQ=WEEKLY;UNTIL=20261107T045959Z;BYDAY=MO,WE,FR",
			start: nyStart, loc: ny,
			want: Recurrence{Freq: Weekly, Interval: 1, ByWeekday: []time.Weekday{time.Monday, time.Wednesday, time.Friday},
				Until: LocalDateTime(2026, 11, 6, 23, 59, 59, ny).UTC()},
			describe: "Every week on Monday, Wednesday and Friday at 9:00 AM, until November 6, 2026",
			from:     LocalDateTime(2026, 10, 27, 0, 0, 0, ny), to: LocalDateTime(2027, 1, 1, 0, 0, 0, ny),
			between: []string{"2026-10-28 09:00 EDT", "2026-10-30 09:00 EDT", "2026-11-02 09:00 EST", "2026-11-04 09:00 EST",
				"2026-11-06 09:00 EST"},
		},
		{
			stored: "FREQ=MONTHLY;BYDAY=TU;COUNT=4", rewritten: "FREQ=MONTHLY;COUNT=4;BYDAY=TU",
			start: beStart, loc: be,
			want:     Recurrence{Freq: Monthly, Interval: 1, ByWeekday: []time.Weekday{time.Tuesday}, Count: 4},
			describe: "Every month on every Tuesday at 9:00 AM, 4 times",
			from:     beStart, to: beStart.AddDate(1, 0, 0),
			between: []string{"2026-03-24 09:00 CET", "2026-03-31 09:00 CEST", "2026-04-07 09:00 CEST", "2026-04-14 09:00 CEST"},
		},
		{
			stored: "FREQ=DAILY;INTERVAL=3;UNTIL=20260405T070000Z", rewritten: "FREQ=DAILY;INTERVAL=3;UNTIL=20260405T070000Z",
			start: beStart, loc: be,
			want:     Recurrence{Freq: Daily, Interval: 3, Until: LocalDateTime(2026, 4, 5, 9, 0, 0, be).UTC()},
			describe: "Every 3 days at 9:00 AM, until April 5, 2026",
			from:     beStart, to: beStart.AddDate(1, 0, 0),
			between: []string{"2026-03-24 09:00 CET", "2026-03-27 09:00 CET", "2026-03-30 09:00 CEST", "2026-04-02 09:00 CEST",
				"2026-04-05 09:00 CEST"},
		},
		{
			stored: "FREQ=YEARLY;COUNT=1", rewritten: "FREQ=YEARLY;COUNT=1",
			start: beStart, loc: be,
			want:     Recurrence{Freq: Yearly, Interval: 1, Count: 1},
			describe: "Every year on March 24 at 9:00 AM, once",
			from:     beStart, to: beStart.AddDate(5, 0, 0),
			between: []string{"2026-03-24 09:00 CET"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.stored, func(t *testing.T) {
			want := tc.want
			want.Start, want.Location = tc.start, tc.loc
			for _, text := range []string{tc.stored, "RRULE:" + tc.stored, tc.rewritten} {
				r, err := ParseRecurrence(text, tc.start, tc.loc)
				if err != nil {
					t.Fatalf("ParseRecurrence(%q): %v", text, err)
				}
				if !sameRecurrence(r, want) {
					t.Errorf("ParseRecurrence(%q) = %+v, want %+v", text, r, want)
				}
				if got := r.RRule(); got != tc.rewritten {
					t.Errorf("RRule of %q = %q, want %q", text, got, tc.rewritten)
				}
				if got := r.Describe(); got != tc.describe {
					t.Errorf("Describe of %q = %q, want %q", text, got, tc.describe)
				}
				if got := localStrings(r.Between(tc.from, tc.to), tc.loc); !reflect.DeepEqual(got, tc.between) {
					t.Errorf("Between of %q =\n  %q\nwant\n  %q", text, got, tc.between)
				}
			}
		})
	}
}

func TestRecurrenceDescribe(t *testing.T) {
	ny := mustLoc(t, "America/New_York")
	at := func(date, clock string) time.Time { tm, _ := LocalTime(date, clock, ny); return tm }
	tue := at("2026-03-03", "9:00")
	tests := []struct {
		name string
		r    Recurrence
		want string
	}{
		{"every 2 weeks on two days, 10 times", Recurrence{Start: tue, Freq: Weekly, Interval: 2, ByWeekday: []time.Weekday{time.Thursday, time.Tuesday}, Count: 10},
			"Every 2 weeks on Tuesday and Thursday at 9:00 AM, 10 times"},
		{"weekly defaults to the start's weekday", Recurrence{Start: tue, Freq: Weekly, Interval: 1},
			"Every week on Tuesday at 9:00 AM"},
		{"three weekdays", Recurrence{Start: tue, Freq: Weekly, Interval: 1, ByWeekday: []time.Weekday{time.Friday, time.Monday, time.Wednesday}},
			"Every week on Monday, Wednesday and Friday at 9:00 AM"},
		{"daily afternoon", Recurrence{Start: at("2026-03-03", "14:30"), Freq: Daily, Interval: 1},
			"Every day at 2:30 PM"},
		{"every 3 days once", Recurrence{Start: tue, Freq: Daily, Interval: 3, Count: 1},
			"Every 3 days at 9:00 AM, once"},
		{"monthly on the 31st warns about short months", Recurrence{Start: at("2026-01-31", "10:00"), Freq: Monthly, Interval: 1},
			"Every month on the 31st at 10:00 AM (months without a 31st are skipped)"},
		{"monthly on the 2nd until a date", Recurrence{Start: at("2026-01-02", "10:00"), Freq: Monthly, Interval: 1, Until: at("2026-12-31", "23:59")},
			"Every month on the 2nd at 10:00 AM, until December 31, 2026"},
		{"monthly on every Friday", Recurrence{Start: tue, Freq: Monthly, Interval: 2, ByWeekday: []time.Weekday{time.Friday}},
			"Every 2 months on every Friday at 9:00 AM"},
		{"yearly", Recurrence{Start: at("2026-07-04", "8:00"), Freq: Yearly, Interval: 1},
			"Every year on July 4 at 8:00 AM"},
		{"yearly on 29 February", Recurrence{Start: at("2028-02-29", "8:00"), Freq: Yearly, Interval: 1},
			"Every year on February 29 at 8:00 AM (only in leap years)"},
		{"invalid says why", Recurrence{Start: tue, Interval: 1},
			"Not a valid repeat: choose how often it repeats"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.r.Location = ny
			if got := tc.r.Describe(); got != tc.want {
				t.Errorf("Describe =\n  %q\nwant\n  %q", got, tc.want)
			}
		})
	}
	t.Run("ordinals", func(t *testing.T) {
		for n, want := range map[int]string{1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 11: "11th", 12: "12th", 13: "13th", 21: "21st", 22: "22nd", 23: "23rd", 31: "31st"} {
			if got := ordinal(n); got != want {
				t.Errorf("ordinal(%d) = %q, want %q", n, got, want)
			}
		}
	})
}

func FuzzParseRecurrence(f *testing.F) {
	for _, s := range []string{
		"FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=10", "RRULE:FREQ=DAILY", "FREQ=MONTHLY;UNTIL=20261231T235959Z",
		"FREQ=YEARLY;UNTIL=20270101", "freq=weekly;wkst=mo;byday=su,mo", "FREQ=DAILY;INTERVAL=1000;UNTIL=20260331T120000",
		"FREQ=HOURLY", "FREQ=MONTHLY;BYDAY=-1FR", ";;", "FREQ=DAILY;COUNT=99999999999999999999",
		"FREQ=WEEKLY;INTERVAL=2;COUNT=10;BYDAY=TU,TH", "FREQ=WEEKLY;BYDAY=MO,WE,FR;UNTIL=20261107T045959Z",
		"FREQ=MONTHLY;BYDAY=0FR", "FREQ=DAILY;UNTIL=20261231T235959.5Z", "FREQ=WEEKLY;BYDAY= tu , th",
	} {
		f.Add(s)
	}
	loc, err := time.LoadLocation("America/New_York")
	if err != nil {
		f.Fatal(err)
	}
	start := LocalDateTime(2026, 3, 3, 9, 0, 0, loc)
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ParseRecurrence(s, start, loc)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error message")
			}
			return
		}
		if err := r.Validate(); err != nil {
			t.Fatalf("parsed %q but Validate says %v", s, err)
		}
		text := r.RRule()
		back, err := ParseRecurrence(text, start, loc)
		if err != nil {
			t.Fatalf("RRule() %q of %q does not parse: %v", text, s, err)
		}
		if !sameRecurrence(r, back) || back.RRule() != text {
			t.Fatalf("round trip of %q: %+v != %+v", s, r, back)
		}
		_ = r.Describe()
		got := r.Between(start, start.AddDate(0, 2, 0))
		for i := 1; i < len(got); i++ {
			if !got[i].After(got[i-1]) {
				t.Fatalf("%q: occurrences not ascending: %v", s, got)
			}
		}
		if len(got) > 0 {
			if h, m, _ := got[0].In(loc).Clock(); h != 9 || m != 0 {
				t.Fatalf("%q: first occurrence %v not at 9:00", s, got[0].In(loc))
			}
		}
	})
}
