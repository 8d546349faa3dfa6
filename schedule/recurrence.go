package schedule

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/teambition/rrule-go"
)

// Frequency is how often a Recurrence repeats.
type Frequency string

// The supported frequencies (RFC 5545 FREQ values, lower-case).
const (
	Daily   Frequency = "daily"
	Weekly  Frequency = "weekly"
	Monthly Frequency = "monthly"
	Yearly  Frequency = "yearly"
)

// MaxInterval is the largest Interval accepted ("every 1000 weeks").
const MaxInterval = 1000

// Recurrence is a repeating schedule with RRULE semantics (RFC 5545)
// evaluated in the clinic's zone, so "every Tuesday 9:00" stays 9:00 local
// across DST.
//
// Semantics worth knowing:
//   - Start gives the time of day (its wall clock in Location, to the
//     second) and the earliest date. Start is the first occurrence when it
//     matches the rule; with ByWeekday it is skipped if it falls on another
//     weekday (as in RFC 5545 implementations such as python-dateutil).
//   - Weekly without ByWeekday repeats on Start's weekday. Monthly without
//     ByWeekday repeats on Start's day of the month and skips months that
//     lack it (a start on the 31st gives no occurrence in April). Monthly
//     with ByWeekday means every such weekday of the month. Yearly repeats
//     on Start's month and day (a 29 February start only in leap years).
//   - Each occurrence's wall-clock time is turned into an instant with the
//     LocalTime DST policy: a time inside a spring-forward gap moves forward
//     by the gap (a daily 02:30 in New York is 03:30 EDT on 2026-03-08 and
//     02:30 again the next day); an ambiguous fall-back time takes the
//     earlier (DST) reading. The one exception is Start itself, which is
//     kept as given.
//   - Until and Count are alternatives (RFC 5545 forbids both). Until is an
//     instant and is inclusive; to end "on 31 December" pass the end of
//     that day. With neither, the rule is open-ended (rrule-go stops about
//     290 years after Start).
type Recurrence struct {
	Start     time.Time      // first occurrence (its wall-clock time in Location is kept)
	Location  *time.Location // the clinic's zone
	Freq      Frequency      // Daily, Weekly, Monthly, Yearly
	Interval  int            // ≥1: every Interval days/weeks/months/years
	ByWeekday []time.Weekday // optional (weekly/monthly)
	Until     time.Time      // optional end (inclusive)
	Count     int            // optional number of occurrences; 0 = unlimited (unless Until)
}

// Validate reports, in plain English for staff, what is wrong with r.
func (r Recurrence) Validate() error {
	_, err := r.check()
	return err
}

// check validates r and also names the RRULE part at fault ("" if none).
func (r Recurrence) check() (part string, err error) {
	switch r.Freq {
	case Daily, Weekly, Monthly, Yearly:
	case "":
		return "FREQ", errors.New("choose how often it repeats")
	default:
		return "FREQ", fmt.Errorf("%q is not a way to repeat: choose daily, weekly, monthly or yearly", string(r.Freq))
	}
	if r.Location == nil {
		return "", errors.New("choose the clinic's time zone")
	}
	if r.Start.IsZero() {
		return "", errors.New("choose when it starts")
	}
	if y := r.Start.In(r.Location).Year(); y < 1900 || y > 2999 {
		return "", errors.New("the start date is out of range")
	}
	if r.Interval < 1 {
		return "INTERVAL", errors.New("it must repeat every 1 or more " + r.unit(2))
	}
	if r.Interval > MaxInterval {
		return "INTERVAL", fmt.Errorf("it can repeat at most every %d %s", MaxInterval, r.unit(2))
	}
	if len(r.ByWeekday) > 0 && r.Freq != Weekly && r.Freq != Monthly {
		return "BYDAY", errors.New("days of the week can only be chosen for weekly or monthly repeats")
	}
	for _, w := range r.ByWeekday {
		if w < time.Sunday || w > time.Saturday {
			return "BYDAY", errors.New("a day of the week that doesn't exist")
		}
	}
	if r.Count < 0 {
		return "COUNT", errors.New("the number of times can't be negative")
	}
	if r.Count > 0 && !r.Until.IsZero() {
		return "COUNT", errors.New("choose either an end date or a number of times, not both")
	}
	if !r.Until.IsZero() && r.Until.Before(r.Start.Truncate(time.Second)) {
		return "UNTIL", errors.New("the repeat has an end date before the start")
	}
	return "", nil
}

// unit is the noun for Freq: "day"/"days", …
func (r Recurrence) unit(n int) string {
	u := map[Frequency]string{Daily: "day", Weekly: "week", Monthly: "month", Yearly: "year"}[r.Freq]
	if u == "" {
		u = "time"
	}
	if n != 1 {
		u += "s"
	}
	return u
}

// weekdays returns ByWeekday de-duplicated, Monday first.
func (r Recurrence) weekdays() []time.Weekday {
	ws := slices.Clone(r.ByWeekday)
	slices.SortFunc(ws, func(a, b time.Weekday) int { return mondayFirst(a) - mondayFirst(b) })
	return slices.Compact(ws)
}

func mondayFirst(w time.Weekday) int { return (int(w) + 6) % 7 }

var rruleFreq = map[Frequency]rrule.Frequency{Daily: rrule.DAILY, Weekly: rrule.WEEKLY, Monthly: rrule.MONTHLY, Yearly: rrule.YEARLY}

var rruleDay = [7]rrule.Weekday{rrule.SU, rrule.MO, rrule.TU, rrule.WE, rrule.TH, rrule.FR, rrule.SA}

// option is r as rrule-go options without DTSTART and UNTIL, which each and
// RRule set differently. INTERVAL=1 is left at rrule-go's default (0) so
// RRule omits it; BYDAY is Monday first without duplicates.
func (r Recurrence) option() rrule.ROption {
	opt := rrule.ROption{Freq: rruleFreq[r.Freq], Wkst: rrule.MO}
	if r.Interval > 1 {
		opt.Interval = r.Interval
	}
	if r.Count > 0 {
		opt.Count = r.Count
	}
	for _, w := range r.weekdays() {
		if w >= time.Sunday && w <= time.Saturday {
			opt.Byweekday = append(opt.Byweekday, rruleDay[w])
		}
	}
	return opt
}

// each calls fn with every occurrence (UTC, ascending) until fn returns
// false or the rule ends.
//
// rrule-go builds every occurrence with time.Date in DTSTART's location, so
// a DTSTART in the clinic's zone would inherit time.Date's DST behaviour,
// which differs by hemisphere (see LocalDateTime). Instead rrule-go gets a
// "floating" DTSTART: the wall clock labelled UTC, where no DST exists, and
// every wall-clock result is resolved here with the package's policy.
func (r Recurrence) each(fn func(time.Time) bool) {
	if r.Validate() != nil {
		return
	}
	loc := r.Location
	start := r.Start.Truncate(time.Second)
	fstart := floating(start, loc)
	opt := r.option()
	opt.Dtstart = fstart
	if !r.Until.IsZero() {
		// Wall-clock bound with room for a DST shift; the exact cut is
		// made on instants below.
		opt.Until = floating(r.Until, loc).Add(3 * time.Hour)
	}
	rr, err := rrule.NewRRule(opt)
	if err != nil {
		return
	}
	next := rr.Iterator()
	var prev time.Time
	for {
		f, ok := next()
		if !ok {
			return
		}
		t := start
		if !f.Equal(fstart) {
			t = resolveWall(f, loc)
		}
		if !r.Until.IsZero() && t.After(r.Until) {
			return
		}
		if !prev.IsZero() && !t.After(prev) {
			continue // two wall times folded onto one instant (zone oddities)
		}
		prev = t
		if !fn(t.UTC()) {
			return
		}
	}
}

// Between returns the occurrences in [from, to) as UTC instants, ascending.
// It returns nil for an invalid Recurrence.
func (r Recurrence) Between(from, to time.Time) []time.Time {
	var out []time.Time
	r.each(func(t time.Time) bool {
		if !t.Before(to) {
			return false
		}
		if !t.Before(from) {
			out = append(out, t)
		}
		return true
	})
	return out
}

// Next returns the first occurrence strictly after after (UTC), or false if
// there is none (the rule ended, or r is invalid).
func (r Recurrence) Next(after time.Time) (time.Time, bool) {
	var got time.Time
	found := false
	r.each(func(t time.Time) bool {
		if t.After(after) {
			got, found = t, true
			return false
		}
		return true
	})
	return got, found
}

// RRule returns the RFC 5545 RRULE value as rrule-go writes it, e.g.
// "FREQ=WEEKLY;INTERVAL=2;COUNT=10;BYDAY=TU,TH". DTSTART is not part of it:
// store Start and Location beside it. INTERVAL=1 is omitted; BYDAY is
// listed Monday first without duplicates; UNTIL is in UTC.
//
// Rules stored before rrule-go wrote them put BYDAY before UNTIL and COUNT
// ("FREQ=WEEKLY;BYDAY=TU,TH;COUNT=10"); ParseRecurrence reads both orders
// alike.
func (r Recurrence) RRule() string {
	if _, ok := rruleFreq[r.Freq]; !ok {
		// Not a frequency rrule-go can write; give text that says what it
		// was and that ParseRecurrence refuses, rather than a valid rule.
		return "FREQ=" + strings.ToUpper(string(r.Freq))
	}
	opt := r.option()
	opt.Until = r.Until
	return opt.RRuleString()
}

// ruleParts are the RRULE parts ParseRecurrence accepts, each with what to
// tell staff when rrule-go cannot read its value.
var ruleParts = map[string]string{
	"FREQ":     "not a frequency (use DAILY, WEEKLY, MONTHLY or YEARLY)",
	"INTERVAL": fmt.Sprintf("the interval must be a whole number from 1 to %d", MaxInterval),
	"COUNT":    "the count must be a whole number of 1 or more",
	"BYDAY":    "not days of the week (use MO, TU, WE, TH, FR, SA, SU)",
	"UNTIL":    "not a date (use 20261231T235959Z or 20261231)",
	"WKST":     "only weeks starting on Monday (WKST=MO) are supported",
}

// rulePart is one NAME=VALUE part of a rule: as written, and tidied into
// the spelling rrule-go reads (upper case, no spaces around names, values
// or days).
type rulePart struct{ written, name, value string }

func (p rulePart) errorf(format string, a ...any) error {
	return fmt.Errorf("repeat rule part %q: %s", p.written, fmt.Sprintf(format, a...))
}

// ParseRecurrence reads an RRULE value (with or without the "RRULE:"
// prefix; case-insensitive; spaces around parts and empty parts ignored)
// for the given start and zone, using rrule-go. It accepts FREQ (DAILY,
// WEEKLY, MONTHLY, YEARLY), INTERVAL, BYDAY (plain weekdays), UNTIL (UTC
// "20261231T235959Z", local "20261231T235959", or a date "20261231"
// meaning the end of that day in loc), COUNT, and WKST=MO, in any order.
// Anything else is refused with an error naming the part, as is a part
// given twice and a rule that fails Validate.
func ParseRecurrence(text string, start time.Time, loc *time.Location) (Recurrence, error) {
	s := strings.TrimSpace(text)
	if len(s) >= 6 && strings.EqualFold(s[:6], "RRULE:") {
		s = strings.TrimSpace(s[6:])
	}
	if s == "" {
		return Recurrence{}, errors.New("the repeat rule is empty: choose how often it repeats")
	}
	if loc == nil {
		return Recurrence{}, errors.New("choose the clinic's time zone")
	}
	// rrule-go reads only the canonical spelling, and lets a repeated part
	// silently replace the first; tidy the text, refusing what this package
	// does not support before rrule-go sees it.
	parts := map[string]rulePart{}
	var tidy []rulePart
	for _, written := range strings.Split(s, ";") {
		written = strings.TrimSpace(written)
		if written == "" {
			continue
		}
		name, value, ok := strings.Cut(written, "=")
		p := rulePart{written, strings.ToUpper(strings.TrimSpace(name)), strings.ToUpper(strings.TrimSpace(value))}
		if p.name == "BYDAY" { // "TU, TH"
			days := strings.Split(p.value, ",")
			for i := range days {
				days[i] = strings.TrimSpace(days[i])
			}
			p.value = strings.Join(days, ",")
		}
		switch _, seen := parts[p.name]; {
		case !ok:
			return Recurrence{}, p.errorf("expected NAME=VALUE")
		case seen:
			return Recurrence{}, p.errorf("%s appears more than once", p.name)
		case ruleParts[p.name] == "":
			return Recurrence{}, p.errorf("%s is not supported", p.name)
		}
		parts[p.name] = p
		tidy = append(tidy, p)
	}
	if _, ok := parts["FREQ"]; !ok {
		return Recurrence{}, fmt.Errorf("repeat rule %q has no FREQ: choose how often it repeats", text)
	}
	canon := make([]string, len(tidy))
	for i, p := range tidy {
		canon[i] = p.name + "=" + p.value
	}
	// Dates without a Z are wall-clock times in loc: rrule-go reads them
	// as UTC labels and they are resolved below with LocalDateTime's DST
	// policy.
	opt, err := rrule.StrToROptionInLocation(strings.Join(canon, ";"), time.UTC)
	if err != nil {
		return Recurrence{}, unreadable(text, tidy, err)
	}

	r := Recurrence{Start: start, Location: loc, Interval: 1}
	for f, rf := range rruleFreq {
		if rf == opt.Freq {
			r.Freq = f
		}
	}
	if r.Freq == "" {
		return Recurrence{}, parts["FREQ"].errorf("repeating more often than daily is not supported")
	}
	// rrule-go reads "+2" as 2 and "0" as absent; only plain digits from 1
	// up are a count or an interval here.
	if p, ok := parts["INTERVAL"]; ok {
		if !allDigits(p.value) || opt.Interval < 1 || opt.Interval > MaxInterval {
			return Recurrence{}, p.errorf("%s", ruleParts[p.name])
		}
		r.Interval = opt.Interval
	}
	if p, ok := parts["COUNT"]; ok {
		if !allDigits(p.value) || opt.Count < 1 {
			return Recurrence{}, p.errorf("%s", ruleParts[p.name])
		}
		r.Count = opt.Count
	}
	if opt.Wkst != rrule.MO {
		return Recurrence{}, parts["WKST"].errorf("%s", ruleParts["WKST"])
	}
	for i, w := range opt.Byweekday {
		// rrule-go reads "1MO", "+1MO" and even "0MO"; only "MO" is plain.
		if code := strings.Split(parts["BYDAY"].value, ",")[i]; len(code) != 2 {
			return Recurrence{}, parts["BYDAY"].errorf("numbered weekdays such as %q are not supported", code)
		}
		r.ByWeekday = append(r.ByWeekday, time.Weekday((w.Day()+1)%7)) // rrule-go counts from Monday
	}
	if p, ok := parts["UNTIL"]; ok {
		u := opt.Until
		switch len(p.value) {
		case len(rrule.DateTimeFormat): // UTC
		case len(rrule.LocalDateTimeFormat):
			u = LocalDateTime(u.Year(), u.Month(), u.Day(), u.Hour(), u.Minute(), u.Second(), loc)
		case len(rrule.DateFormat):
			u = LocalDateTime(u.Year(), u.Month(), u.Day(), 23, 59, 59, loc)
		default: // e.g. fractions of a second, which rrule-go lets through
			return Recurrence{}, p.errorf("%s", ruleParts[p.name])
		}
		r.Until = u.UTC()
	}
	r.ByWeekday = r.weekdays()
	if part, err := r.check(); err != nil {
		if p, ok := parts[part]; ok {
			return Recurrence{}, fmt.Errorf("repeat rule part %q: %w", p.written, err)
		}
		return Recurrence{}, fmt.Errorf("repeat rule %q: %w", text, err)
	}
	return r, nil
}

// unreadable names the first part rrule-go cannot read on its own (and for
// BYDAY the day code), with what to tell staff about it.
func unreadable(text string, parts []rulePart, err error) error {
	reads := func(rule string) bool { _, err := rrule.StrToROption(rule); return err == nil }
	for _, p := range parts {
		// FREQ first since rrule-go needs one; a FREQ part overrides it.
		if reads("FREQ=WEEKLY;" + p.name + "=" + p.value) {
			continue
		}
		if p.name == "BYDAY" {
			for _, code := range strings.Split(p.value, ",") {
				if !reads("FREQ=WEEKLY;BYDAY=" + code) {
					return p.errorf("%q is not a day of the week (use MO, TU, WE, TH, FR, SA, SU)", code)
				}
			}
		}
		return p.errorf("%s", ruleParts[p.name])
	}
	return fmt.Errorf("repeat rule %q: %v", text, err)
}

// Describe says the rule in plain English for staff, e.g.
// "Every 2 weeks on Tuesday and Thursday at 9:00 AM, 10 times".
// For an invalid rule it returns "Not a valid repeat: " and the reason.
func (r Recurrence) Describe() string {
	if err := r.Validate(); err != nil {
		return "Not a valid repeat: " + err.Error()
	}
	s := r.Start.In(r.Location)
	var b strings.Builder
	if r.Interval == 1 {
		b.WriteString("Every " + r.unit(1))
	} else {
		fmt.Fprintf(&b, "Every %d %s", r.Interval, r.unit(r.Interval))
	}
	ws := r.weekdays()
	note := ""
	switch r.Freq {
	case Weekly:
		if len(ws) == 0 {
			ws = []time.Weekday{s.Weekday()}
		}
		b.WriteString(" on " + joinWeekdays(ws))
	case Monthly:
		if len(ws) > 0 {
			b.WriteString(" on every " + joinWeekdays(ws))
		} else {
			b.WriteString(" on the " + ordinal(s.Day()))
			if s.Day() > 28 {
				note = fmt.Sprintf(" (months without a %s are skipped)", ordinal(s.Day()))
			}
		}
	case Yearly:
		b.WriteString(" on " + s.Format("January 2"))
		if s.Month() == time.February && s.Day() == 29 {
			note = " (only in leap years)"
		}
	}
	b.WriteString(" at " + formatClock12(s.Hour(), s.Minute()))
	b.WriteString(note)
	switch {
	case r.Count == 1:
		b.WriteString(", once")
	case r.Count > 1:
		fmt.Fprintf(&b, ", %d times", r.Count)
	case !r.Until.IsZero():
		b.WriteString(", until " + r.Until.In(r.Location).Format("January 2, 2006"))
	}
	return b.String()
}

func joinWeekdays(ws []time.Weekday) string {
	names := make([]string, len(ws))
	for i, w := range ws {
		names[i] = w.String()
	}
	if len(names) == 1 {
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

func ordinal(n int) string {
	suf := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suf = "st"
		case 2:
			suf = "nd"
		case 3:
			suf = "rd"
		}
	}
	return strconv.Itoa(n) + suf
}
