// The second reading of a text already found to speak of someone: what
// else in it ties that person to their care.

package privacy

import (
	"slices"
	"strings"
)

// widenRelativeDate is the date gate's probability a relative day
// ("today", "next week") needs in a text about someone: lower than the
// gate's own threshold, as the text is already about a person, but not
// every "today" in it is theirs ("call us today").
const widenRelativeDate = 0.3

// widenVisitDrop is how much less sure of visit wording the tagger need be
// in a text about someone than its own threshold (tagger.go), which is set
// for texts that may be about no one: 0.7 becomes 0.4.
const widenVisitDrop = 0.3

// widenPersonal reads again a text that already holds a finding about a
// person: a name, a handle, care tied to someone, a record number, a
// contact. Such a text must change before it is posted, and staff should
// see all of what ties the person to it, not only the first clue. In the
// sentences holding such a finding, or beside one, the check also marks:
//   - each date the grammar reads that names a day, a weekday or a month
//     ("3/12", "tues 11th", "Dec 3", "booked for Fri 15th"), or a holiday
//     ("since Easter"), outside an event or the clinic's hours, and a
//     relative day ("today") the date gate gives at least
//     widenRelativeDate;
//   - wording the tagger takes for a visit, a little less sure than
//     elsewhere (widenVisitDrop), and one visit word alone when the lists
//     hold it ("at the recheck");
//   - anywhere in the text, numbers shaped like a record number with no
//     label: eight digits or more ("38905121234"), or letters and four
//     digits or more ("ZKT4821", "RX1-H204815").
//
// A text with no finding is never read again, so none of this can flag a
// clean text.
func (c *checker) widenPersonal() {
	if !c.aboutSomeone() {
		return
	}
	c.widenVisitWording()
	c.widenNumbers()
	c.widenDates()
}

// aboutSomeone reports a finding that speaks of a person. A date alone
// does not: the date gate has already weighed it.
func (c *checker) aboutSomeone() bool {
	for _, cd := range c.cands {
		if cd.kind != KindDate && !c.protected(cd.start, cd.end) {
			return true
		}
	}
	return false
}

// nearFinding reports a finding about a person (not a date) in sentence s
// or one beside it: a long post's other paragraphs are not that person's.
func (c *checker) nearFinding(s int) bool {
	for _, cd := range c.cands {
		if cd.kind == KindDate || c.protected(cd.start, cd.end) {
			continue
		}
		if k := c.sentOf(cd.start); k >= s-1 && k <= s+1 {
			return true
		}
	}
	return false
}

// taken reports a candidate finding overlapping [start, end).
func (c *checker) taken(start, end int) bool {
	for _, cd := range c.cands {
		if start < cd.end && cd.start < end {
			return true
		}
	}
	return false
}

func (c *checker) widenDates() {
	spans := c.dates
	if c.weekdayAfterFor() {
		// The grammar reads more here (bookedFor): read the text again.
		c.widening = true
		spans = c.dateSpans()
		c.widening = false
	}
	for _, sp := range slices.Concat(spans, c.holidays()) {
		if c.taken(sp[0], sp[1]) || c.protected(sp[0], sp[1]) {
			continue
		}
		a := c.tokAt(sp[0])
		if a >= len(c.toks) {
			continue
		}
		if s := c.toks[a].sent; !c.nearFinding(s) || c.eventSent(s) || c.clinicHours(s) || c.openingWords(s) || roundTheClock(c.text[sp[0]:sp[1]]) {
			continue
		}
		if c.relativeDay(sp) && datesGate.model().prob(c.dateFeatures(sp, a)) < widenRelativeDate {
			continue
		}
		c.add(sp[0], sp[1], KindDate)
	}
}

// openingWords reports a sentence about when the clinic is open or
// closed, however it is put ("Closed Monday, October 13 for training").
func (c *checker) openingWords(s int) bool {
	a, b := c.sentRange(s)
	for _, tk := range c.toks[a:b] {
		switch tk.key {
		case "closed", "closing", "reopen", "reopens", "reopening", "hours", "cerrado", "cerrada", "cerramos", "abrimos", "horario":
			return true
		}
	}
	return false
}

// roundTheClock: "24/7" reads as a day and a month but never is one.
func roundTheClock(s string) bool { return s == "24/7" || s == "24/7/365" }

// weekdayAfterFor reports a weekday right after "for", which the date
// grammar reads differently in a text about someone.
func (c *checker) weekdayAfterFor() bool {
	for i := 1; i < len(c.toks); i++ {
		if c.toks[i-1].key == "for" && c.vocab.weekdays[c.toks[i].key] {
			return true
		}
	}
	return false
}

// bookedFor reports a booking word just before "for" at token f: "booked
// for Fri 15th", "we have you down for Monday", "fit you in for Tues".
func (c *checker) bookedFor(f int) bool {
	for j := f - 1; j >= 0 && j >= f-3 && c.toks[j].sent == c.toks[f].sent; j-- {
		switch c.toks[j].key {
		case "booked", "book", "scheduled", "schedule", "rebooked", "moved", "set", "pencilled", "penciled", "confirmed", "down", "in", "slot", "appointment", "appt":
			return true
		}
	}
	return false
}

// holidays reads a holiday named as a day ("since Easter", "before
// Christmas", "Boxing Day", "para Semana Santa"): in a text about someone,
// the day of their care.
func (c *checker) holidays() [][2]int {
	var out [][2]int
	n := len(c.toks)
	for i := 0; i < n; i++ {
		last := -1
		switch k := c.toks[i].key; {
		case holidayWord(k):
			last = i
			if i+1 < n && c.toks[i+1].sent == c.toks[i].sent {
				switch c.toks[i+1].key {
				case "eve", "day", "monday", "sunday", "break", "holidays":
					last = i + 1
				}
			}
		case k == "boxing" || k == "semana":
			if i+1 < n && c.toks[i+1].sent == c.toks[i].sent && (c.toks[i+1].key == "day" || c.toks[i+1].key == "santa") {
				last = i + 1
			}
		}
		if last < 0 || c.toks[i].prot {
			continue
		}
		out = append(out, [2]int{c.toks[i].start, c.toks[last].end})
		i = last
	}
	return out
}

// holidayWord: a holiday named in one word ("Easter", "Diwali"); "Boxing
// Day" and "Semana Santa" take two.
func holidayWord(k string) bool {
	switch k {
	case "christmas", "xmas", "easter", "thanksgiving", "navidad", "nochebuena", "halloween", "diwali", "hanukkah", "ramadan", "eid", "waitangi", "anzac":
		return true
	}
	return false
}

// relativeDay reports a date span that names no day, weekday or month:
// "today", "next week", "this arvo".
func (c *checker) relativeDay(sp [2]int) bool {
	for i := c.tokAt(sp[0]); i < len(c.toks) && c.toks[i].start < sp[1]; i++ {
		k := c.toks[i].key
		if c.vocab.months[k] || c.vocab.weekdays[k] || ordinal(k) || dayNumber(k) || dashedDayMonth(c.vocab, k) || strings.ContainsAny(k, "/.") || holidayWord(k) || k == "boxing" || k == "santa" {
			return false
		}
	}
	return true
}

func (c *checker) widenVisitWording() {
	if c.tagP == nil {
		return
	}
	c.tagRunsAt(tagRelationship, c.tagger.threshold[tagRelationship]-widenVisitDrop, func(i int) bool {
		tk := c.toks[i]
		return !tk.prot && !tk.name && !c.generic(tk.sent) && !c.sentWords(tk.sent).negation
	}, func(a, b int) {
		if a == b && !c.vocab.relNouns[c.toks[a].key] || !c.visitRun(a, b) || !c.nearFinding(c.toks[a].sent) {
			return
		}
		if a > 0 && (c.toks[a-1].key == "every" || c.toks[a-1].key == "each" || c.toks[a-1].key == "cada") {
			return // "bring your card to every visit": anyone's
		}
		if start, end := c.toks[a].start, c.toks[b].end; !c.taken(start, end) {
			c.add(start, end, KindRelationship)
		}
	})
}

// widenNumbers marks numbers shaped like record numbers that carry no
// label.
func (c *checker) widenNumbers() {
	n := len(c.toks)
	for i := 0; i < n; i++ {
		tk := c.toks[i]
		if tk.prot || strings.IndexAny(tk.key, "0123456789") < 0 {
			continue
		}
		start, end := tk.start, tk.end
		switch {
		case longNumber(tk.key):
		case allDigits(tk.key) && len(tk.key) >= 2 && len(tk.key) <= 5:
			// "045 612 378", "8003 6001 7788 4410": groups written apart.
			digits, last := len(tk.key), i
			for g := i + 1; g < n && allDigits(c.toks[g].key) && c.gapOK(g-1, false) && c.toks[g].sent == tk.sent; g++ {
				digits, last = digits+len(c.toks[g].key), g
			}
			if last == i || digits < 8 {
				continue
			}
			end, i = c.toks[last].end, last
		case letterCode(tk.key):
		default:
			continue
		}
		if c.taken(start, end) || c.protected(start, end) || c.ownNumber(c.text[start:end]) || c.inNumericDate(start, end) {
			continue
		}
		c.add(start, end, KindIdentifier)
	}
}

// longNumber: eight digits or more, perhaps in dash-joined groups
// ("38905121234", "621-09-83-4552"), that is not a date or a span of
// years ("2019-2024").
func longNumber(k string) bool {
	digits := 0
	for i := 0; i < len(k); i++ {
		switch {
		case isDigit(k[i]):
			digits++
		case k[i] != '-' || i == 0 || i == len(k)-1 || k[i-1] == '-':
			return false
		}
	}
	if digits < 8 {
		return false
	}
	groups := strings.Split(k, "-")
	if dateLike(groups) {
		return false
	}
	years := true
	for _, g := range groups {
		years = years && yearLike(g)
	}
	return !years
}

// letterCode: a code of letters and four digits or more in which a letter
// comes first or stands between digits ("zkt4821", "k7739201",
// "rx1-h204815"), so that an amount with its unit ("2000mg", "24-48h") is
// not one.
func letterCode(k string) bool {
	digits, letters := 0, 0
	letterFirst, letterInside, seenDigit := false, false, false
	for i := 0; i < len(k); i++ {
		switch b := k[i]; {
		case isDigit(b):
			digits++
			seenDigit = true
		case 'a' <= b && b <= 'z':
			if i == 0 {
				letterFirst = true
			}
			if seenDigit && i+1 < len(k) && strings.IndexFunc(k[i+1:], func(r rune) bool { return r >= '0' && r <= '9' }) >= 0 {
				letterInside = true
			}
			letters++
		case b == '-' || b == '/':
		default:
			return false
		}
	}
	return digits >= 4 && letters > 0 && (letterFirst || letterInside)
}

// ownNumber reports the clinic's own phone number written as digits.
func (c *checker) ownNumber(s string) bool {
	d := digitsOf(s)
	return c.own.phone != "" && strings.HasSuffix(d, c.own.phone)
}

func (c *checker) inNumericDate(start, end int) bool {
	for _, d := range c.numDates {
		if d[0] < end && start < d[1] {
			return true
		}
	}
	return false
}
