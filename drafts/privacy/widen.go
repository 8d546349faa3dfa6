// The second reading of a text already found to speak of someone: what
// else in it ties that person to their care.

package privacy

import (
	"slices"
	"strings"
	"unicode"
)

// widenRelativeDate is the date gate's probability a relative day
// ("today", "next week") needs in a text about someone: lower than the
// gate's own threshold, as the text is already about a person, but not
// every "today" in it is theirs ("call us today").
const widenRelativeDate = 0.3

// widenVisitDrop is how much less sure of visit wording the tagger need be
// in a text about someone than its own threshold (tagger.go), which is set
// for texts that may be about no one; never below widenVisitFloor.
// Leaving the 109 sets out in 8 folds, a floor of 0.35 rather than 0.4
// found 29 spans more for 59 false alarms more, none on a clean text; 0.3
// found 57 for 121.
const (
	widenVisitDrop  = 0.3
	widenVisitFloor = 0.35
)

// widenVisitSingle: one word the tagger reads as visit wording, that the
// lists do not hold as a visit's noun, is marked only this sure ("he was
// seen in August", "booked for the 22nd", "our client Jaz", "vino a mi
// casa"). Leaving the 161 sets out in 8 folds (tagger of 2^18 buckets):
// 120 spans more for 130 false alarms more, none on a clean text; at 0.9,
// 75 for 45; at 0.7, 176 for 266.
const widenVisitSingle = 0.8

// widenPersonal reads again a text that already holds a finding about a
// person: a name, a handle, care tied to someone, visit wording, a record
// number. Such a text must change before it is posted, and staff should
// see all of what ties the person to it, not only the first clue. In the
// sentences holding such a finding, or beside one (in every sentence of a
// text the text gate is all but sure of: careSure), the check also marks:
//   - each date the grammar reads that names a day, a weekday or a month
//     ("3/12", "tues 11th", "Dec 3", "booked for Fri 15th"), or a holiday
//     ("since Easter"), a month with its year ("in March 2024"), a time
//     ago ("3 weeks ago", "hace 6 meses"), outside an event or the
//     clinic's hours, and a relative day ("today") the date gate gives at
//     least widenRelativeDate;
//   - wording the tagger takes for a visit, a little less sure than
//     elsewhere (widenVisitDrop), and one visit word alone when the lists
//     hold it ("at the recheck") or the tagger is sure of it
//     (widenVisitSingle: "he was seen in August");
//   - care words the gate left or the tagger reads under its threshold
//     (widenCare), and names it reads under its threshold (widenNames);
//   - in the person's own sentence, what the tagger reads as a date that
//     no rule of the grammar reads ("last spring", "in 6 wks", "since
//     2019"; widenTaggedDates);
//   - numbers shaped like a record number with no label: eight digits or
//     more ("38905121234", "045 612 378"), or letters, then four digits or
//     more that are not a year ("ZKT4821", "RX1-H204815").
//
// A text with no finding is read again only where the text gate is all
// but sure it is about someone's care (careSure, textgate.go), and then
// whole: that is the one way this reading can flag a clean text.
func (c *checker) widenPersonal() {
	c.firstReading = len(c.cands)
	if !c.aboutSomeone() {
		return
	}
	c.widenVisitWording()
	c.widenCare()
	c.widenNames()
	c.widenNumbers()
	c.widenDates()
	c.widenTaggedDates()
}

// aboutSomeone reports a finding of the first reading that speaks of a
// person: a name, a handle, care tied to someone, visit wording, a record
// number or a date of birth. A date alone does not (the date gate has
// weighed it), nor a phone number, e-mail or address alone: they may be a
// pharmacy's or a school's. A text the gate is all but sure of is about
// someone, whatever was found in it.
func (c *checker) aboutSomeone() bool {
	for _, cd := range c.cands[:c.firstReading] {
		if c.personFinding(cd) {
			return true
		}
	}
	return c.careSure()
}

func (c *checker) personFinding(cd cand) bool {
	switch cd.kind {
	case KindHandle:
		return true // a handle is always in a protected span
	case KindName, KindCondition, KindRelationship, KindIdentifier, KindBirthDate:
		return !c.protected(cd.start, cd.end)
	}
	return false
}

// nearFinding reports a finding of the first reading about a person in
// sentence s or one beside it: a long post's other paragraphs are not that
// person's, and what the second reading adds never widens it further. In a
// text the text gate is all but sure is about someone's care (careSure),
// every sentence is near: leaving the 169 sets out in 8 folds, that only
// where the first reading found no one kept 44 spans fewer for 29 false
// alarms fewer and the same clean texts.
func (c *checker) nearFinding(s int) bool {
	for _, cd := range c.cands[:c.firstReading] {
		if !c.personFinding(cd) {
			continue
		}
		if k := c.sentOf(cd.start); k >= s-1 && k <= s+1 {
			return true
		}
	}
	return c.careSure() // the whole text is about someone's care
}

// extendDate widens a date the first reading found to the wider
// grammar's span around it ("Oct 3" to "Oct 3–5"), and reports whether it
// did.
func (c *checker) extendDate(sp [2]int) bool {
	for i := range c.cands[:c.firstReading] {
		cd := &c.cands[i]
		if cd.kind == KindDate && sp[0] <= cd.start && cd.end <= sp[1] && (sp[0] < cd.start || cd.end < sp[1]) {
			for _, o := range c.cands {
				if o != *cd && o.start < sp[1] && sp[0] < o.end {
					return false // it would swallow another finding
				}
			}
			cd.start, cd.end = sp[0], sp[1]
			return true
		}
	}
	return false
}

// findingIn reports a finding about a person in sentence s itself.
func (c *checker) findingIn(s int) bool {
	for _, cd := range c.cands { // the second reading's visit wording too ("see you early March for the recheck")
		if c.personFinding(cd) && c.sentOf(cd.start) == s {
			return true
		}
	}
	return false
}

func (c *checker) widenDates() {
	near := make([]bool, len(c.sentStart))
	for s := range near {
		near[s] = c.nearFinding(s)
	}
	spans := c.dates
	if c.widerGrammar() {
		// The grammar reads more in a text about someone (bookedFor, "on
		// 16th"): read again the sentences near a finding.
		c.wideSents = near
		c.widening = true
		spans = c.dateSpans()
		c.widening = false
	}
	for _, sp := range slices.Concat(spans, c.holidays()) {
		if c.extendDate(sp) || c.taken(sp[0], sp[1]) || c.protected(sp[0], sp[1]) {
			continue
		}
		a := c.tokAt(sp[0])
		if a >= len(c.toks) {
			continue
		}
		if s := c.toks[a].sent; !near[s] || c.eventNamed(s) || c.openingWords(s) || roundTheClock(c.text[sp[0]:sp[1]]) {
			continue
		}
		if c.relativeDay(sp) && datesGate.model().prob(c.dateFeatures(sp, a)) < widenRelativeDate {
			continue
		}
		if c.looseDate(a) && !c.findingIn(c.toks[a].sent) {
			continue
		}
		if c.partOfMonth(a) > a && !c.findingIn(c.toks[a].sent) {
			// "end of June", "early March" beside a sentence about someone
			// are mostly the clinic's own plans ("Dr Rao is on leave end
			// of June"); in the same sentence as the person, theirs.
			continue
		}
		c.add(sp[0], sp[1], KindDate)
	}
}

// widenTaggedDates marks the dates the tagger reads in a sentence about
// someone that the grammar has no rule for ("last spring", "in 6 wks",
// "since the 1st"): a run of words it reads as a date, holding a number or
// a word of the calendar, outside an event and the clinic's hours. Only
// the person's own sentence: in the sentences beside it (85 spans more
// for 120 false alarms, leaving the 109 sets out in 8 folds) it reads the
// clinic's own dates ("Our clinic opened in March 2010") and hours.
func (c *checker) widenTaggedDates() {
	if c.tagP == nil {
		return
	}
	c.tagRuns(tagDate, func(i int) bool {
		s := c.toks[i].sent
		return !c.toks[i].prot && c.findingIn(s) && !c.eventNamed(s) && !c.openingWords(s)
	}, func(a, b int) {
		start, end := c.toks[a].start, c.toks[b].end
		if !c.taken(start, end) && !c.protected(start, end) && c.dateRunShape(a, b) {
			c.add(start, end, KindDate)
		}
	})
}

// dateRunShape reports a run of the tagger's date words, tokens a to b,
// of the date grammar's shapes: holding a number or a word of the
// calendar, not a month, weekday or ordinal alone (the grammar reads those
// and leaves them alone where they are no one's: "los martes", "the 2nd
// Thursday"), nor round the clock or every month, nor the clock time of a
// day of every month.
func (c *checker) dateRunShape(a, b int) bool {
	if c.everyonesTime(a, b) {
		return false
	}
	for i := a; i <= b; i++ {
		if k := c.toks[i].key; c.spanWord(k) || b > a && c.dayName(k) {
			return true
		}
	}
	return false
}

// everyonesTime reports a run of tokens a to b that is a time of every
// day or month: "24/7", "the 2nd Saturday of the month, 10am" (neither
// "month" nor "10am" is anyone's).
func (c *checker) everyonesTime(a, b int) bool {
	start, end := c.toks[a].start, c.toks[b].end
	return roundTheClock(c.text[start:end]) || c.ofEveryMonth(b) || a == b && (timeToken(c.toks[a].key) || timeUnit(c.toks[a].key)) && c.monthlyDay(c.toks[a].sent)
}

// monthlyDay reports a sentence naming a day that comes back each month
// ("the 2nd Saturday of the month, 10am"): its clock time is that day's.
func (c *checker) monthlyDay(s int) bool {
	a, b := c.sentRange(s)
	for i := a; i < b; i++ {
		if c.toks[i].lists.has(inWeekdays) && c.ofEveryMonth(i) {
			return true
		}
	}
	return false
}

// spanWord: a number that is no ordinal, or a word that names a season, a
// relative day or a span of time ("2019", "spring", "tmrw", "wks").
func (c *checker) spanWord(k string) bool {
	if k == "" {
		return false
	}
	if isDigit(k[0]) {
		return !ordinal(k)
	}
	return c.vocab.relativeDays[k] || timeUnit(k) || countWord(k) && k != "a" && k != "un" && k != "una" || timeOfYear(k)
}

// dayName: a month, a weekday or an ordinal, which the grammar reads alone
// (and leaves alone where they are no one's: "CVS on 5th", "in March" in a
// post); the tagger's run must hold more than it ("last May").
func (c *checker) dayName(k string) bool {
	return lookup(c.vocab.months, k) || lookup(c.vocab.weekdays, k) || ordinal(k)
}

// timeOfYear: a season or a term, or a part of the day or week that
// dates_relative.txt leaves to "last", "next" and "this" ("weekend",
// "night"), and the short forms it does not hold ("tonite", "yday").
func timeOfYear(k string) bool {
	switch k {
	case "spring", "summer", "fall", "autumn", "winter", "primavera", "verano", "otono", "invierno", "semestre",
		"weekend", "night", "nite", "tonite", "yday", "noche", "tarde":
		return true
	}
	return false
}

// eventNamed reports a sentence that names an event (eventSent), not
// counting "talk", "walk" and "drive" used as verbs ("Dr. Okafor can talk
// with you at your visit on 11/19", "he can't drive yet") nor an event
// word inside someone's care ("your cervical screening"). The first
// reading and its date gate, trained on eventSent, still count them.
func (c *checker) eventNamed(s int) bool { return c.eventIn(s, true) }

// verbUse reports word i used as a verb: after a helper verb, "to" or a
// pronoun, or before the words a verb takes ("talk with", "walk in").
func (c *checker) verbUse(i int) bool {
	if i > 0 {
		switch c.toks[i-1].key {
		case "to", "can", "cant", "can't", "cannot", "will", "ll", "would", "could", "should", "shall", "may", "might", "must",
			"lets", "let's", "i", "we", "you", "u", "he", "she", "they", "not", "dont", "don't", "didn't", "didnt", "please", "pls",
			"wanna", "gonna", "he'll", "she'll", "we'll", "i'll", "they'll", "you'll":
			return true
		}
	}
	if i+1 < len(c.toks) && c.toks[i+1].sent == c.toks[i].sent {
		// A verb's object or "walk in"; a noun is not followed by "you"
		// ("a talk about recovery", "the walk with our physio team" stay
		// events).
		switch nk := c.toks[i+1].key; {
		case nk == "you" || nk == "u" || objectPronoun(nk):
			return true
		case nk == "in" && c.toks[i].key == "walk" && !(i > 0 && determiner(c.toks[i-1].key)):
			return true // "just walk in any time"
		}
	}
	return false
}

// objectPronoun: a pronoun that only stands as a verb's object ("slow her
// down", "bother him"); "you" may also open a clause ("the rash you
// mentioned"), so it is not one.
func objectPronoun(k string) bool {
	switch k {
	case "them", "him", "her", "me", "us", "yourself", "herself", "himself":
		return true
	}
	return false
}

// determiner: a word that makes the next one a noun ("a talk", "the walk",
// "nuestra caminata").
func determiner(k string) bool {
	switch k {
	case "a", "an", "the", "our", "this", "that", "their", "her", "his", "my", "your", "una", "la", "el", "nuestra", "nuestro":
		return true
	}
	return false
}

// openingWords reports a sentence about when the clinic is open or
// closed, however it is put ("Closed Monday, October 13 for training"):
// every sentence clinicHours reads, and more.
func (c *checker) openingWords(s int) bool {
	a, b := c.sentRange(s)
	for _, tk := range c.toks[a:b] {
		switch tk.key {
		case "open", "opens", "opening", "hours", "abierto", "horario":
			return true
		}
		if closedWord(tk.key) {
			return true
		}
	}
	return false
}

// closedWord: a word of the clinic closing or opening again.
func closedWord(k string) bool {
	switch k {
	case "closed", "closing", "reopen", "reopens", "reopening", "cerrado", "cerrada", "cerramos", "abrimos":
		return true
	}
	return false
}

// aboutHours reports a sentence about the clinic's hours: "normal hours
// from Monday", "closed over Easter", "we're open till 6"; not a stretch
// of time ("for 24 hours", "read in 48 hours", "no tiene horario").
func (c *checker) aboutHours(s int) bool {
	if c.clinicHours(s) {
		return true
	}
	a, b := c.sentRange(s)
	for i := a; i < b; i++ {
		if closedWord(c.toks[i].key) {
			return true
		}
		switch c.toks[i].key {
		case "hours", "horario":
			if i > a {
				switch c.toks[i-1].key {
				case "normal", "regular", "usual", "opening", "office", "clinic", "our", "holiday", "extended", "new", "weekend", "summer", "winter", "nuestro", "nuevo":
					return true
				}
			}
		}
	}
	return false
}

// roundTheClock: "24/7" reads as a day and a month but never is one.
func roundTheClock(s string) bool { return s == "24/7" || s == "24/7/365" }

// widerGrammar reports what the date grammar reads only in a text about
// someone: a weekday after "for", an ordinal after a preposition, a part
// of a month ("end of April"), days as a range ("Oct 3-5"), a month and
// its year ("March 2024"), a time ago ("3 weeks ago", "hace 6 meses"), or
// in a post a month after "since" ("since March").
func (c *checker) widerGrammar() bool {
	for i := range c.toks {
		if c.monthYear(i) || c.timeAgo(i) > i {
			return true
		}
	}
	for i := 1; i < len(c.toks); i++ {
		if !c.reply && c.toks[i].lists.has(inMonths) && (c.toks[i-1].key == "since" || c.toks[i-1].key == "desde") {
			return true // "since March"; "in March 2024" is a month and its year
		}
		switch c.toks[i-1].key {
		case "for":
			if c.toks[i].lists.has(inWeekdays) || ordinal(c.toks[i].key) {
				return true
			}
		case "on", "by", "from", "until", "till", "before", "after":
			if ordinal(c.toks[i].key) {
				return true
			}
		case "early", "late", "mid", "of", "de":
			if c.toks[i].lists.has(inMonths) {
				return true // "end of April", "a finales de abril"
			}
		}
		if c.toks[i-1].lists.has(inMonths) && (dayNumberRange(c.toks[i].key) || allDigits(c.toks[i].key) && dashAfter(c.text[c.toks[i].end:])) ||
			dayNumberRange(c.toks[i-1].key) && c.toks[i].lists.has(inMonths) || allDigits(c.toks[i-1].key) && dashAfter(c.text[c.toks[i-1].end:]) && allDigits(c.toks[i].key) {
			return true // "Oct 3-5", "Oct 3 – 5", "3-5 Oct"
		}
	}
	return false
}

// dashAfter reports a dash at the start of s, spaces aside.
func dashAfter(s string) bool {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	return strings.HasPrefix(s, "-") || strings.HasPrefix(s, "–") || strings.HasPrefix(s, "—")
}

// bookedFor reports a booking word just before "for" at token f: "booked
// for Fri 15th", "we have you down for Monday", "fit you in for Tues".
func (c *checker) bookedFor(f int) bool {
	for j := f - 1; j >= 0 && j >= f-3 && c.toks[j].sent == c.toks[f].sent; j-- {
		switch c.toks[j].key {
		case "booked", "book", "scheduled", "schedule", "rebooked", "moved", "pencilled", "penciled", "confirmed", "slot", "appointment", "appt", "cita":
			return true
		case "on", "set":
			// "still on for Thursday", "all set for Monday"; not "on call
			// for Saturday" nor "all set for Saturday's bake sale"
			if j == f-1 && j > 0 && (c.toks[j-1].key == "still" || c.toks[j-1].key == "all" || c.toks[j-1].key == "is" || c.toks[j-1].key == "are") && f+1 < len(c.toks) && !c.toks[f+1].poss {
				return true
			}
		case "in", "down":
			// "fit you in for Tues", "we have her down for Monday"; not
			// "sign in for Friday's fun run".
			if j > 0 {
				switch c.toks[j-1].key {
				case "you", "u", "him", "her", "them":
					return true
				}
			}
		}
	}
	return false
}

// dayOrTimeAfter reports a day number or a clock time right after the
// weekday at i: "for lunes 14", "for Thursday at 8am", "for Tues 2pm".
func (c *checker) dayOrTimeAfter(i int) bool {
	j := c.nextInSent(i)
	if j < 0 {
		return false
	}
	k := c.toks[j].key
	if timeToken(k) {
		return true
	}
	if dayNumber(k) {
		// "lunes 14"; not "Saturday 10 to 12", a clock hour
		if j+1 < len(c.toks) && c.toks[j+1].sent == c.toks[j].sent {
			if nk := c.toks[j+1].key; nk == "to" || nk == "till" || nk == "until" || nk == "a" || strings.HasPrefix(c.text[c.toks[j].end:], "-") {
				return false
			}
		}
		return true
	}
	switch {
	case k == "at" && j+1 < len(c.toks):
		return timeToken(c.toks[j+1].key) || allDigits(c.toks[j+1].key) // "for Thursday at 8"
	case k == "a" && j+2 < len(c.toks) && c.toks[j+1].key == "las":
		return allDigits(c.toks[j+2].key) || timeToken(c.toks[j+2].key) // "para el lunes a las 9"
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
		if last < 0 || c.toks[i].prot || i > 0 && holidayGreeting(c.toks[i-1].key) {
			continue
		}
		out = append(out, [2]int{c.toks[i].start, c.toks[last].end})
		i = last
	}
	return out
}

// holidayGreeting: a word that wishes a holiday rather than dates a visit
// ("Merry Christmas", "Happy Easter", "Feliz Navidad").
func holidayGreeting(k string) bool {
	switch k {
	case "merry", "happy", "lovely", "blessed", "feliz", "felices", "joyous", "wonderful", "great", "good":
		return true
	}
	return false
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
		kl := c.toks[i].lists
		if kl.has(inMonths) || kl.has(inWeekdays) || ordinal(k) || dayNumber(k) || dashedDayMonth(c.vocab, k) || strings.IndexAny(k, "0123456789") >= 0 || holidayWord(k) || k == "boxing" || k == "santa" {
			return false
		}
	}
	return true
}

func (c *checker) widenVisitWording() {
	if c.tagP == nil {
		return
	}
	c.tagRunsAt(tagRelationship, max(c.tagger.threshold[tagRelationship]-widenVisitDrop, widenVisitFloor), c.visitWordAt, func(a, b int) {
		if a == b && !c.toks[a].lists.has(inRelNouns) && c.tagP[a][tagRelationship] < widenVisitSingle || !c.visitRun(a, b) || c.promise(a) || !c.nearFinding(c.toks[a].sent) {
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
		if tk.prot || strings.IndexAny(tk.key, "0123456789") < 0 || !c.nearFinding(tk.sent) {
			continue
		}
		start, end := tk.start, tk.end
		switch {
		case longNumber(tk.key):
		case allDigits(tk.key) && len(tk.key) >= 3 && len(tk.key) <= 5:
			// "045 612 378", "8003 6001 7788 4410": groups written apart;
			// not "12 15 18 24 months" or "12 500 000".
			last, digits := c.digitGroups(i)
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
// ("38905121234", "621-09-83-4552"), that is not a date, a span of years
// ("2019-2024") or of clock times ("0800-1700").
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
	years, clock := true, true
	for _, g := range groups {
		years = years && yearLike(g)
		clock = clock && len(g) == 4 && atoi(g[:2]) <= 24 && atoi(g[2:]) < 60
	}
	return !years && !clock
}

// letterCode: letters, then digits and perhaps more letters, with four
// digits or more in one run that is not a year ("zkt4821", "k7739201",
// "rx1-h204815"); an amount with its unit ("2000mg", "10am-12pm") starts
// with a digit and is not one, nor "q3-2024" or "guest2024".
func letterCode(k string) bool {
	if k == "" || k[0] < 'a' || k[0] > 'z' {
		return false
	}
	run, longest := 0, ""
	for i := 0; i < len(k); i++ {
		switch b := k[i]; {
		case isDigit(b):
			run++
			if run > len(longest) {
				longest = k[i-run+1 : i+1]
			}
		case 'a' <= b && b <= 'z' || b == '-':
			run = 0
		default:
			return false
		}
	}
	return len(longest) >= 4 && !yearLike(longest)
}

// ownNumber reports the clinic's own phone number written as digits,
// read as the phone library reads it ("020 7946 0958" for a clinic whose
// number is "+44 20 7946 0958").
func (c *checker) ownNumber(s string) bool {
	d := digitsOf(s)
	if c.own.phone != "" && strings.HasSuffix(d, c.own.phone) {
		return true
	}
	nsn := c.ownPhone().nsn
	return nsn != "" && strings.HasSuffix(d, nsn)
}

// In a text already about someone, care words near the finding are read
// less strictly than where they might be no one's:
//   - care words the lists or the tagger found that the condition gate
//     left untied, when the tagger reads them at widenCareTied or more;
//   - words the tagger reads as care at widenCareTagged or more, under its
//     own threshold ("the alcohol support nurse", "falta de aire").
//
// Leaving each of the 52 labelled sets out, before the tagger's second
// pass, the two took recall 0.9045 to about 0.911 with no clean text
// flagged more (none can be: the text already holds a finding), and
// precision 0.857 to 0.850. Tagged words at 0.15 reached 0.9122 at 0.843;
// without the exclusions of widenCareWord, 0.9130 at 0.839, many of them
// "btw", "le", "lbs" and "back".
//
// In a sentence of general wording ("usually", "people"), only care words
// the tagger reads at widenCareSure or more: "After the miscarriage in
// January you treated us like people, not numbers". Leaving the 121 sets
// out in 8 folds: 38 spans more for 11 false alarms, none on a clean text
// (at 0.95, 29 for 9).
const (
	widenCareTied   = 0.5
	widenCareTagged = 0.25
	widenCareSure   = 0.9
)

// widenCare marks the care words near a finding about a person that the
// first reading left. Advice to anyone at all ("Anyone with chest pain
// should call 911") is no one's care however sure the tagger is of the
// words (toAnyone), nor are care words in a sentence about the clinic's
// hours ("Blood tests are back, normal hours from Monday": aboutHours).
func (c *checker) widenCare() {
	if c.tagP == nil {
		return
	}
	for ci, r := range c.conds {
		if c.tied[ci] {
			continue
		}
		a, b := r[0], r[1]
		s := c.toks[a].sent
		if !c.widenIn(s, a, b) || c.ownService(s) || slices.Contains(c.events, ci) {
			continue
		}
		if start, end := c.toks[a].start, c.toks[b].end; c.taggerReadsCare(a, b, widenCareTied) && !c.taken(start, end) && !c.protected(start, end) {
			c.tied[ci] = true
			c.add(start, end, KindCondition)
		}
	}
	judged := c.condTokens() // care words found before: the loop above has weighed them
	c.tagRunsAt(tagCondition, widenCareTagged, func(i int) bool {
		s := c.toks[i].sent
		return !judged[i] && c.widenCareWord(i) && c.widenIn(s, i, i) && !c.eventNamed(s)
	}, func(a, b int) {
		if start, end := c.toks[a].start, c.toks[b].end; !c.ours(a) && !c.taken(start, end) && !c.protected(start, end) {
			c.add(start, end, KindCondition)
		}
	})
}

// ours reports "our" or "nuestro" one or two words before token a, in its
// sentence: the clinic's own ("our flu shots", "nuestro programa").
func (c *checker) ours(a int) bool { return c.follows(a, ourWord) }

// widenIn reports sentence s, holding care words at tokens a..b, as one
// where widenCare may read them: near a finding about someone, of general
// wording only where the tagger is all but sure of them and the sentence
// is not to anyone at all, and neither the clinic's offer nor its hours.
func (c *checker) widenIn(s, a, b int) bool {
	return c.nearFinding(s) && (!c.generic(s) || c.taggerReadsCare(a, b, widenCareSure) && !c.toAnyone(s)) && !c.sentWords(s).weOffer && !c.aboutHours(s)
}

// toAnyone reports a sentence addressed to anyone at all ("Anyone with
// chest pain should call 911"); not a question ("anyone else's kid get a
// rash after the MMR?") nor one about the reader or the writer, which is
// someone's care.
func (c *checker) toAnyone(s int) bool {
	if w := c.sentWords(s); w.question || w.anchorYou {
		return false
	}
	a, b := c.sentRange(s)
	for i := a; i < b; i++ {
		if anyoneWord(c.toks[i].key) {
			return true
		}
	}
	return false
}

// anyoneWord: a word for anyone at all.
func anyoneWord(k string) bool {
	switch k {
	case "anyone", "anybody", "whoever", "alguien":
		return true
	}
	return false
}

// ourWord: "our" in English or Spanish.
func ourWord(k string) bool {
	switch k {
	case "our", "nuestro", "nuestra", "nuestros", "nuestras":
		return true
	}
	return false
}

// widenCareWord reports a word the tagger may mark as care when it is
// less sure: not an everyday word the care lists do not know (but for
// careBeforeVisit), a word it never marks (neverTaggedCare: a contraction,
// a stretch of time), a visit's word, a word of two letters ("le", "r"),
// nor a unit ("lbs"), which the labelled sets mark only with its number,
// nor "back" ("came back", "call us back").
func (c *checker) widenCareWord(i int) bool {
	tk := c.toks[i]
	k := tk.key
	w := c.tagWords()[i]
	if tk.prot || tk.name || w&tagCommon != 0 && w&tagListed == 0 && !c.careBeforeVisit(i) || len(k) < 3 {
		return false
	}
	if c.neverTaggedCare(i) || tk.lists.has(inRelNouns) || massUnit(k) || k == "back" {
		return false
	}
	return true
}

// careBeforeVisit reports an everyday word the tagger reads as care at
// widenCareBeforeVisit or more right before a visit's word, in the
// sentence of a finding about a person: "his fit note", "the newborn
// check", "a sports physical". The first reading leaves such a word to the
// visit wording (scanTagged), which marks the visit but not the care.
// Leaving the 137 sets out in 8 folds: 46 spans more for 15 false alarms
// (none can be on a clean text).
func (c *checker) careBeforeVisit(i int) bool {
	j := c.nextInSent(i)
	return j > 0 && c.toks[j].lists.has(inRelNouns) && c.taggerReadsCare(i, i, widenCareBeforeVisit) && c.findingIn(c.toks[i].sent)
}

// widenCareBeforeVisit: see careBeforeVisit.
const widenCareBeforeVisit = 0.9

// massUnit: a unit of weight or volume, or of the clock.
func massUnit(k string) bool {
	switch k {
	case "lbs", "lb", "kg", "kgs", "mg", "oz", "ml", "min", "mins", "hr", "hrs", "libras", "kilos", "horas", "hours":
		return true
	}
	return false
}

// widenNamesTagged is the probability a word needs for the tagger's name
// in the second reading. Leaving each of the 52 labelled sets out, before
// the tagger's second pass: names missed 278 to 242, for 42 more false
// alarms (at 0.15 and with no exclusion, 229 for 131, many of them "I'm",
// "We're" and "F").
const widenNamesTagged = 0.25

// widenNames marks near a finding about a person the words the tagger
// reads as a name under its own threshold ("hey tunde" beside "ur
// stitches"), of three letters or more, not a contraction ("I'm") nor an
// acronym ("CWCN").
func (c *checker) widenNames() {
	if c.tagP == nil {
		return
	}
	c.tagRunsAt(tagName, widenNamesTagged, func(i int) bool {
		tk := c.toks[i]
		return !tk.name && c.taggedNameWord(i) && len(tk.key) >= 3 && !strings.ContainsRune(tk.key, '\'') &&
			!acronym(c.text[tk.start:tk.end]) && c.nearFinding(tk.sent)
	}, func(a, b int) {
		if start, end := c.toks[a].start, c.toks[b].end; !c.taken(start, end) && !c.protected(start, end) {
			c.add(start, end, KindName)
		}
	})
}
