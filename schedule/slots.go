package schedule

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Slot is a weekly queue time for an account: "Tue 9:00", in the clinic's
// zone.
type Slot struct {
	Weekday      time.Weekday
	Hour, Minute int
}

// String renders "Tue 9:00".
func (s Slot) String() string {
	return fmt.Sprintf("%s %d:%02d", s.Weekday.String()[:3], s.Hour, s.Minute)
}

func (s Slot) valid() bool {
	return s.Weekday >= time.Sunday && s.Weekday <= time.Saturday &&
		s.Hour >= 0 && s.Hour < 24 && s.Minute >= 0 && s.Minute < 60
}

// SlotError is a ParseSlots error: Pos is the 1-based character position
// of Text in the input.
type SlotError struct {
	Pos  int
	Text string
	Msg  string
}

func (e *SlotError) Error() string {
	return fmt.Sprintf("at character %d (%q): %s", e.Pos, e.Text, e.Msg)
}

// ParseSlots reads queue times such as "Tue/Thu 9:00, Sat 10:30" or
// "Mon 9:00; Wed 14:00". Entries are separated by commas, semicolons or
// new lines; each is one or more days joined by "/" (or a range such as
// "Mon-Fri") and a time. Day names are full names or abbreviations of two
// or more letters ("tu", "Tue", "Tues", "Thurs", "weds"), in any case, with
// an optional trailing "s" or ".". Times are 24-hour ("14:00") or 12-hour
// ("2:00 PM", "2pm"). The result is de-duplicated and sorted Monday first,
// then by time; blank input gives no slots. Errors are *SlotError with the
// position of the offending text.
func ParseSlots(s string) ([]Slot, error) {
	var out []Slot
	start := 0 // byte offset of the current entry
	for start <= len(s) {
		end := strings.IndexAny(s[start:], ",;\n")
		if end < 0 {
			end = len(s)
		} else {
			end += start
		}
		slots, err := parseSlotEntry(s, start, end)
		if err != nil {
			return nil, err
		}
		out = append(out, slots...)
		start = end + 1
	}
	sortSlots(out)
	return slices.Compact(out), nil
}

// parseSlotEntry parses s[start:end], one "Tue/Thu 9:00" entry.
func parseSlotEntry(s string, start, end int) ([]Slot, error) {
	entry := s[start:end]
	errAt := func(off int, text, msg string) error {
		return &SlotError{Pos: utf8.RuneCountInString(s[:start+off]) + 1, Text: text, Msg: msg}
	}
	trimmed := strings.TrimSpace(entry)
	if trimmed == "" {
		return nil, nil
	}
	lead := strings.Index(entry, trimmed)
	// Days run up to the first digit; the rest is the time.
	cut := strings.IndexFunc(trimmed, unicode.IsDigit)
	if cut < 0 {
		return nil, errAt(lead, trimmed, "add a time, e.g. \"Tue 9:00\"")
	}
	daysText := strings.TrimSpace(trimmed[:cut])
	if daysText == "" {
		return nil, errAt(lead, trimmed, "add a day of the week before the time, e.g. \"Tue 9:00\"")
	}
	clockText := trimmed[cut:]
	h, m, err := parseClock(clockText)
	if err != nil {
		return nil, errAt(lead+cut, clockText, err.Error()+"; use 9:00, 14:30 or 2:30 PM")
	}
	var days []time.Weekday
	off := lead
	for _, part := range strings.Split(trimmed[:cut], "/") {
		partOff := off
		off += len(part) + 1
		p := strings.TrimSpace(part)
		if p == "" {
			return nil, errAt(partOff, part, "a day of the week is missing around \"/\"")
		}
		partOff += strings.Index(part, p)
		if from, to, isRange := strings.Cut(p, "-"); isRange {
			a, okA := parseWeekday(from)
			b, okB := parseWeekday(to)
			if !okA || !okB {
				return nil, errAt(partOff, p, "not a range of days (use e.g. Mon-Fri)")
			}
			for d := a; ; d = (d + 1) % 7 {
				days = append(days, d)
				if d == b {
					break
				}
			}
			continue
		}
		d, ok := parseWeekday(p)
		if !ok {
			return nil, errAt(partOff, p, "not a day of the week (use Mon, Tue, Wed, Thu, Fri, Sat or Sun)")
		}
		days = append(days, d)
	}
	out := make([]Slot, 0, len(days))
	for _, d := range days {
		out = append(out, Slot{Weekday: d, Hour: h, Minute: m})
	}
	return out, nil
}

// parseWeekday accepts a full English day name or a prefix of two or more
// letters that names one day, in any case, plus "weds"/"thur"-style forms,
// a trailing "." or a plural "s".
func parseWeekday(s string) (time.Weekday, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimSuffix(s, ".")
	if s == "weds" {
		return time.Wednesday, true
	}
	try := func(s string) (time.Weekday, bool) {
		if len(s) < 2 {
			return 0, false
		}
		found, n := time.Sunday, 0
		for d := time.Sunday; d <= time.Saturday; d++ {
			if strings.HasPrefix(strings.ToLower(d.String()), s) {
				found, n = d, n+1
			}
		}
		return found, n == 1
	}
	if d, ok := try(s); ok {
		return d, true
	}
	if strings.HasSuffix(s, "s") {
		full := strings.TrimSuffix(s, "s")
		if d, ok := try(full); ok && strings.ToLower(d.String()) == full {
			return d, true
		}
	}
	return 0, false
}

func sortSlots(s []Slot) {
	slices.SortFunc(s, func(a, b Slot) int {
		if c := mondayFirst(a.Weekday) - mondayFirst(b.Weekday); c != 0 {
			return c
		}
		return (a.Hour*60 + a.Minute) - (b.Hour*60 + b.Minute)
	})
}

// FormatSlots writes slots the way ParseSlots reads them, grouping days
// that share a time: "Tue/Thu 9:00, Sat 10:30". Groups are ordered by
// their first day (Monday first), then time. Invalid slots are left out.
func FormatSlots(slots []Slot) string {
	var valid []Slot
	for _, s := range slots {
		if s.valid() {
			valid = append(valid, s)
		}
	}
	sortSlots(valid)
	valid = slices.Compact(valid)
	type group struct {
		hour, minute int
		days         []string
	}
	var groups []*group
	byTime := map[int]*group{}
	for _, s := range valid {
		k := s.Hour*60 + s.Minute
		g := byTime[k]
		if g == nil {
			g = &group{hour: s.Hour, minute: s.Minute}
			byTime[k] = g
			groups = append(groups, g)
		}
		g.days = append(g.days, s.Weekday.String()[:3])
	}
	parts := make([]string, len(groups))
	for i, g := range groups {
		parts[i] = fmt.Sprintf("%s %d:%02d", strings.Join(g.days, "/"), g.hour, g.minute)
	}
	return strings.Join(parts, ", ")
}

// NextFreeSlot returns the first slot instant strictly after after (slots
// read in loc) not already in taken (instants compared to the minute),
// searching up to 1 year ahead. A slot time that falls in a spring-forward
// gap moves forward by the gap and an ambiguous one takes the earlier
// reading, as in LocalTime. It returns false if slots is empty, loc is nil
// or every slot in the year is taken.
func NextFreeSlot(slots []Slot, taken []time.Time, after time.Time, loc *time.Location) (time.Time, bool) {
	if loc == nil {
		return time.Time{}, false
	}
	var valid []Slot
	for _, s := range slots {
		if s.valid() {
			valid = append(valid, s)
		}
	}
	if len(valid) == 0 {
		return time.Time{}, false
	}
	busy := make(map[int64]bool, len(taken))
	for _, t := range taken {
		busy[t.Truncate(time.Minute).Unix()] = true
	}
	limit := after.AddDate(1, 0, 0)
	day := after.In(loc)
	y, m, d := day.Date()
	// Start a day early: a gap shift or an odd zone can move a slot on
	// the previous local date past after.
	for i := -1; i <= 367; i++ {
		date := time.Date(y, m, d+i, 0, 0, 0, 0, time.UTC)
		var cands []time.Time
		for _, s := range valid {
			if s.Weekday == date.Weekday() {
				cands = append(cands, LocalDateTime(date.Year(), date.Month(), date.Day(), s.Hour, s.Minute, 0, loc))
			}
		}
		// A gap shift can reorder a day's slots (02:30 → 03:30 after 03:15).
		slices.SortFunc(cands, func(a, b time.Time) int { return a.Compare(b) })
		for _, t := range cands {
			if !t.After(after) {
				continue
			}
			if t.After(limit) {
				return time.Time{}, false
			}
			if !busy[t.Truncate(time.Minute).Unix()] {
				return t, true
			}
		}
	}
	return time.Time{}, false
}
