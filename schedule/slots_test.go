package schedule

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestParseSlots(t *testing.T) {
	tue9 := Slot{time.Tuesday, 9, 0}
	thu9 := Slot{time.Thursday, 9, 0}
	tests := []struct {
		name string
		in   string
		want []Slot
	}{
		{"days joined by slash and comma-separated entries", "Tue/Thu 9:00, Sat 10:30", []Slot{tue9, thu9, {time.Saturday, 10, 30}}},
		{"semicolons and 24h times", "Mon 9:00; Wed 14:00", []Slot{{time.Monday, 9, 0}, {time.Wednesday, 14, 0}}},
		{"full names in any case", "TUESDAY 9:00, thursday 9:00", []Slot{tue9, thu9}},
		{"short and long abbreviations", "tu 9:00, Thurs 9:00, Weds 9:00, Tues. 9:00", []Slot{tue9, {time.Wednesday, 9, 0}, thu9}},
		{"plurals", "Tuesdays/Thursdays 9:00", []Slot{tue9, thu9}},
		{"12h times", "Fri 2:30 PM, Sat 9am, Sun 12:15 am", []Slot{{time.Friday, 14, 30}, {time.Saturday, 9, 0}, {time.Sunday, 0, 15}}},
		{"a range of days", "Mon-Fri 8:00", []Slot{{time.Monday, 8, 0}, {time.Tuesday, 8, 0}, {time.Wednesday, 8, 0}, {time.Thursday, 8, 0}, {time.Friday, 8, 0}}},
		{"a range wrapping the weekend", "Sat-Mon 10:00", []Slot{{time.Monday, 10, 0}, {time.Saturday, 10, 0}, {time.Sunday, 10, 0}}},
		{"sorted Monday first and de-duplicated", "Sun 9:00, Tue 9:00, Mon 17:00, Mon 9:00, tue 9:00", []Slot{{time.Monday, 9, 0}, {time.Monday, 17, 0}, tue9, {time.Sunday, 9, 0}}},
		{"new lines, blank entries and extra spaces", "\n  Tue 9:00 ,, \r\n Thu   9:00 ;", []Slot{tue9, thu9}},
		{"blank input gives no slots", "  ", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseSlots(tc.in)
			if err != nil {
				t.Fatalf("ParseSlots(%q): %v", tc.in, err)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("ParseSlots(%q) = %v, want %v", tc.in, got, tc.want)
			}
		})
	}
}

func TestParseSlotsErrors(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		wantPos int
		text    string
		msg     string
	}{
		{"unknown day names its position", "Tue 9:00, Thx 10:00", 11, "Thx", "not a day of the week"},
		{"ambiguous one-letter day", "T 9:00", 1, "T", "not a day of the week"},
		{"ambiguous prefix", "Tue/S 9:00", 5, "S", "not a day of the week"},
		{"missing time", "Tue 9:00; Wed", 11, "Wed", "add a time"},
		{"missing day", "Tue 9:00, 10:30", 11, "10:30", "add a day"},
		{"bad hour", "Mon 25:00", 5, "25:00", "past 23"},
		{"bad minutes", "Mon 9:75", 5, "9:75", "past 59"},
		{"bare hour needs minutes", "Mon 9", 5, "9", "AM/PM"},
		{"empty day between slashes", "Mon//Wed 9:00", 5, "", "missing"},
		{"bad range", "Mon-Xyz 9:00", 1, "Mon-Xyz", "range"},
		{"position counts characters not bytes", "Mön 9:00", 1, "Mön", "not a day"},
		{"position after multibyte text", "Mo 9:00, Dö 9:00", 10, "Dö", "not a day"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseSlots(tc.in)
			var se *SlotError
			if !errors.As(err, &se) {
				t.Fatalf("err = %v, want *SlotError", err)
			}
			if se.Pos != tc.wantPos || se.Text != tc.text || !strings.Contains(se.Msg, tc.msg) {
				t.Errorf("got pos %d text %q msg %q; want pos %d text %q msg containing %q", se.Pos, se.Text, se.Msg, tc.wantPos, tc.text, tc.msg)
			}
			if !strings.Contains(err.Error(), "character") {
				t.Errorf("Error() = %q should say where", err)
			}
		})
	}
}

func TestFormatSlots(t *testing.T) {
	tests := []struct {
		name  string
		slots []Slot
		want  string
	}{
		{"days sharing a time are grouped", []Slot{{time.Saturday, 10, 30}, {time.Thursday, 9, 0}, {time.Tuesday, 9, 0}}, "Tue/Thu 9:00, Sat 10:30"},
		{"groups ordered by first day then time", []Slot{{time.Monday, 14, 0}, {time.Monday, 9, 0}, {time.Wednesday, 9, 0}, {time.Sunday, 8, 5}}, "Mon/Wed 9:00, Mon 14:00, Sun 8:05"},
		{"invalid slots are left out", []Slot{{time.Monday, 24, 0}, {9, 1, 0}, {time.Friday, 0, 0}}, "Fri 0:00"},
		{"none", nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := FormatSlots(tc.slots)
			if got != tc.want {
				t.Fatalf("FormatSlots = %q, want %q", got, tc.want)
			}
			back, err := ParseSlots(got)
			if err != nil {
				t.Fatalf("ParseSlots(%q): %v", got, err)
			}
			if FormatSlots(back) != got {
				t.Errorf("round trip changed %q to %q", got, FormatSlots(back))
			}
		})
	}
	if got := (Slot{time.Tuesday, 9, 5}).String(); got != "Tue 9:05" {
		t.Errorf("Slot.String = %q", got)
	}
}

func TestNextFreeSlot(t *testing.T) {
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
	tueThu9 := []Slot{{time.Tuesday, 9, 0}, {time.Thursday, 9, 0}}
	tests := []struct {
		name  string
		slots []Slot
		taken []time.Time
		after time.Time
		loc   *time.Location
		want  string // "2006-01-02 15:04 MST" in loc, "" = none
	}{
		{"first slot after a Monday", tueThu9, nil, at(ny, "2026-06-01", "12:00"), ny, "2026-06-02 09:00 EDT"},
		{"strictly after: a slot at exactly after is skipped", tueThu9, nil, at(ny, "2026-06-02", "9:00"), ny, "2026-06-04 09:00 EDT"},
		{"later the same day", []Slot{{time.Monday, 9, 0}, {time.Monday, 15, 0}}, nil, at(ny, "2026-06-01", "12:00"), ny, "2026-06-01 15:00 EDT"},
		{"taken slots are skipped", tueThu9, []time.Time{at(ny, "2026-06-02", "9:00"), at(ny, "2026-06-04", "9:00")}, at(ny, "2026-06-01", "12:00"), ny, "2026-06-09 09:00 EDT"},
		{"taken compared to the minute", tueThu9, []time.Time{at(ny, "2026-06-02", "9:00").Add(42 * time.Second)}, at(ny, "2026-06-01", "12:00"), ny, "2026-06-04 09:00 EDT"},
		{"taken in another zone is the same instant", tueThu9, []time.Time{at(ny, "2026-06-02", "9:00").UTC()}, at(ny, "2026-06-01", "12:00"), ny, "2026-06-04 09:00 EDT"},
		{"crossing New York spring-forward keeps 9:00 local", tueThu9, []time.Time{at(ny, "2026-03-05", "9:00")}, at(ny, "2026-03-04", "12:00"), ny, "2026-03-10 09:00 EDT"},
		{"crossing New York fall-back keeps 9:00 local", tueThu9, []time.Time{at(ny, "2026-10-29", "9:00")}, at(ny, "2026-10-28", "12:00"), ny, "2026-11-03 09:00 EST"},
		{"crossing Berlin spring-forward keeps 9:00 local", tueThu9, []time.Time{at(be, "2026-03-26", "9:00")}, at(be, "2026-03-25", "12:00"), be, "2026-03-31 09:00 CEST"},
		{"crossing Berlin fall-back keeps 9:00 local", tueThu9, []time.Time{at(be, "2026-10-22", "9:00")}, at(be, "2026-10-21", "12:00"), be, "2026-10-27 09:00 CET"},
		{"a slot in the spring-forward gap moves forward by the gap", []Slot{{time.Sunday, 2, 30}}, nil, at(ny, "2026-03-07", "12:00"), ny, "2026-03-08 03:30 EDT"},
		{"a gap-shifted slot does not hide an earlier one that day", []Slot{{time.Sunday, 2, 30}, {time.Sunday, 3, 15}}, nil, at(be, "2026-03-28", "12:00"), be, "2026-03-29 03:15 CEST"},
		{"an ambiguous slot takes the first reading", []Slot{{time.Sunday, 1, 30}}, nil, at(ny, "2026-10-31", "12:00"), ny, "2026-11-01 01:30 EDT"},
		{"no slots", nil, nil, at(ny, "2026-06-01", "12:00"), ny, ""},
		{"no zone", tueThu9, nil, at(ny, "2026-06-01", "12:00"), nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := NextFreeSlot(tc.slots, tc.taken, tc.after, tc.loc)
			if tc.want == "" {
				if ok {
					t.Fatalf("got %v, want none", got)
				}
				return
			}
			if !ok {
				t.Fatalf("no slot, want %s", tc.want)
			}
			if s := got.In(tc.loc).Format("2006-01-02 15:04 MST"); s != tc.want {
				t.Errorf("NextFreeSlot = %s, want %s", s, tc.want)
			}
		})
	}

	t.Run("gives up after a year of taken slots", func(t *testing.T) {
		slots := []Slot{{time.Monday, 9, 0}}
		after := at(be, "2026-01-01", "0:00")
		var taken []time.Time
		for d := 0; d < 400; d++ {
			taken = append(taken, at(be, after.AddDate(0, 0, d).Format("2006-01-02"), "9:00"))
		}
		if got, ok := NextFreeSlot(slots, taken, after, be); ok {
			t.Fatalf("got %v, want none within a year", got)
		}
		got, ok := NextFreeSlot(slots, taken[:300], after, be)
		if !ok || got.Sub(after) > 366*24*time.Hour {
			t.Fatalf("got %v %v, want a slot within a year", got, ok)
		}
	})
}

func FuzzParseSlots(f *testing.F) {
	for _, s := range []string{
		"Tue/Thu 9:00, Sat 10:30", "Mon 9:00; Wed 14:00", "mon-fri 8am", "Sun 12:15 am\nSat 23:59",
		"Thx 9:00", "Tue//Thu 9", "Tuesdays 9:00 p.m.", "Dö 9:00", ",,;", "Mon 9:00:00",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		slots, err := ParseSlots(s)
		if err != nil {
			var se *SlotError
			if !errors.As(err, &se) || se.Pos < 1 || se.Pos > len([]rune(s))+1 {
				t.Fatalf("ParseSlots(%q): bad error %#v", s, err)
			}
			return
		}
		for _, sl := range slots {
			if !sl.valid() {
				t.Fatalf("ParseSlots(%q) gave invalid slot %+v", s, sl)
			}
		}
		text := FormatSlots(slots)
		back, err := ParseSlots(text)
		if err != nil {
			t.Fatalf("FormatSlots output %q (from %q) does not parse: %v", text, s, err)
		}
		if !reflect.DeepEqual(back, slots) {
			t.Fatalf("round trip of %q: %v != %v", s, back, slots)
		}
	})
}
