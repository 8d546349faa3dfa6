// Dates: numeric dates (3/14, 2025-03-14), written dates ("March 3, 1950",
// "12 May", "last Tuesday"), kept as dates of birth after a birth cue, or
// as visit dates in a sentence about a person and a visit.

package privacy

import (
	"slices"
	"strings"
)

// numericDate reads 3/14, 3/14/2025, 2025-03-14 or 03-14-2025 at i, where a
// run of n digits starts; it returns the end, or 0.
func (c *checker) numericDate(i, n int) int {
	t := c.text
	if i > 0 && strings.IndexByte("/-.", t[i-1]) >= 0 {
		return 0 // the tail of a longer number
	}
	if n == 4 && byteAt(t, i+4, '-') && digitRun(t, i+5) == 2 && byteAt(t, i+7, '-') && digitRun(t, i+8) == 2 && !c.wordAfter(i+10) {
		if validMD(atoi(t[i+5:i+7]), atoi(t[i+8:i+10])) {
			return i + 10
		}
		return 0
	}
	if n > 2 || (!byteAt(t, i+n, '/') && !byteAt(t, i+n, '-')) {
		return 0
	}
	sep := t[i+n]
	d := digitRun(t, i+n+1)
	if d < 1 || d > 2 {
		return 0
	}
	end := i + n + 1 + d
	if byteAt(t, end, sep) {
		if y := digitRun(t, end+1); y == 2 || y == 4 {
			end += 1 + y
		} else if sep == '/' {
			return 0
		}
	} else if sep == '-' {
		return 0 // "2-3 weeks" is a range; dashed dates need a year
	}
	if c.wordAfter(end) || (byteAt(t, end, '/') && isDigit(t[min(end+1, len(t)-1)])) {
		return 0
	}
	a, b := atoi(t[i:i+n]), atoi(t[i+n+1:i+n+1+d])
	if !validMD(a, b) && !validMD(b, a) { // 3/14, and 14/3 as most of the world writes it
		return 0
	}
	return end
}

// dottedDate reads a day and month written with a period, 14.02 or 04.12,
// at i: two digits each, the month at most 12, so times (9.30, 10.15) are
// not taken for dates.
func (c *checker) dottedDate(i int) int {
	t := c.text
	if i > 0 && (isDigit(t[i-1]) || strings.IndexByte("/-.:", t[i-1]) >= 0) {
		return 0
	}
	if digitRun(t, i) != 2 || !byteAt(t, i+2, '.') || digitRun(t, i+3) != 2 {
		return 0
	}
	end := i + 5
	if byteAt(t, end, '.') && (digitRun(t, end+1) == 4 || digitRun(t, end+1) == 2) {
		end += 1 + digitRun(t, end+1)
	} else if byteAt(t, end, '.') && end+1 < len(t) && isDigit(t[end+1]) {
		return 0
	}
	if c.wordAfter(end) || byteAt(t, end, '-') {
		return 0 // "08.00-12.00" is opening hours
	}
	if d, m := atoi(t[i:i+2]), atoi(t[i+3:i+5]); d < 1 || d > 31 || m < 1 || m > 12 {
		return 0
	}
	return end
}

// partOfMonth reads a part of a month at i, in a text about someone:
// "early March", "late Oct", "end of April", "the beginning of June", "a
// finales de abril", "principios de mayo". It returns the month's token,
// or -1.
func (c *checker) partOfMonth(i int) int {
	n := len(c.toks)
	month := func(j int) bool {
		return j < n && c.toks[j].sent == c.toks[i].sent && !c.toks[j].prot && c.toks[j].lists.has(inMonths) &&
			(!c.toks[j].lists.has(inAmbiguousMonths) || c.toks[j].cap)
	}
	switch c.toks[i].key {
	case "early", "late", "mid":
		if month(i + 1) {
			return i + 1
		}
	case "end", "beginning", "start", "middle":
		if i+1 < n && c.toks[i+1].key == "of" && month(i+2) {
			return i + 2
		}
	case "finales", "principios", "mediados", "fines", "inicios", "fin", "final", "comienzos":
		if i+1 < n && c.toks[i+1].key == "de" && month(i+2) {
			return i + 2
		}
	}
	return -1
}

// dayNumberRange reads days of a month as one token: "3-5", "12-14".
func dayNumberRange(k string) bool {
	a, b, ok := strings.Cut(k, "-")
	return ok && dayNumber(a) && dayNumber(b) && allDigits(a) && allDigits(b)
}

// daysAsRange reads days of a month as a range at i, in a text about
// someone: "Oct 3-5", "October 3 – 5", "3-5 Oct". It returns the last
// token, or -1.
func (c *checker) daysAsRange(i int) int {
	n := len(c.toks)
	same := func(j int) bool { return j < n && c.toks[j].sent == c.toks[i].sent && !c.toks[j].prot }
	month := func(j int) bool {
		return same(j) && c.toks[j].lists.has(inMonths) && (!c.toks[j].lists.has(inAmbiguousMonths) || c.toks[j].cap)
	}
	dash := func(j int) bool { // a dash between days j and j+1, the second later: "3–5", not "3 — 2 nights"
		g := c.text[c.toks[j].end:c.toks[j+1].start]
		if !dashAfter(g) || len(strings.TrimSpace(g)) > len("—") || atoi(c.toks[j+1].key) <= atoi(c.toks[j].key) {
			return false
		}
		if k := j + 2; k < n && c.toks[k].sent == c.toks[j].sent {
			switch c.toks[k].key {
			case "days", "day", "nights", "night", "weeks", "hours", "dias", "noches":
				return false // "Oct 3 — 5 days later"
			}
		}
		return true
	}
	day := func(j int) bool { return same(j) && allDigits(c.toks[j].key) && dayNumber(c.toks[j].key) }
	switch {
	case month(i) && same(i+1) && dayNumberRange(c.toks[i+1].key):
		return i + 1
	case month(i) && day(i+1) && day(i+2) && dash(i+1):
		return i + 2
	case same(i) && dayNumberRange(c.toks[i].key) && month(i+1):
		return i + 1
	case day(i) && day(i+1) && dash(i) && month(i+2):
		return i + 2
	}
	return -1
}

// bareOrdinal reports an ordinal at token i that stands as a day: the
// sentence ends, or a time, "and 17th" or a word that goes on with the
// sentence follows ("on 16th, 8am", "on 16th for the scan"). Not one a
// noun follows ("1st trimester", "2nd period", "2nd wednesdays", "5th &
// Main", "3rd floor"), nor a shop's street ("CVS on 5th").
func (c *checker) bareOrdinal(i int) bool {
	if i >= 2 && c.toks[i-2].sent == c.toks[i].sent && c.toks[i-2].cap && !c.toks[i-2].title && !c.careTied(i-2) {
		return false // "CVS on 5th"; "Ancy's MRI on 16th" is still read, by its care
	}
	if i+1 >= len(c.toks) || c.toks[i+1].sent != c.toks[i].sent {
		return true
	}
	gap := strings.TrimSpace(c.text[c.toks[i].end:c.toks[i+1].start])
	if gap == "&" || gap == "/" || gap == "-" {
		return false
	}
	if gap != "" {
		return true // "on 16th, 8am": punctuation ends the date
	}
	switch k := c.toks[i+1].key; {
	case timeToken(k) || k == "at" || k == "for" || k == "to" || k == "from" || k == "please" || k == "pls" || k == "so" || k == "then" ||
		k == "is" || k == "was" || k == "will" || k == "has":
		return true
	case k == "and" || k == "or":
		return i+2 < len(c.toks) && ordinal(c.toks[i+2].key)
	}
	return false
}

// careFound reports token i inside a condition the first reading found
// and someone owns: "your cervical screening", "his diabetic eye
// screening", "Chuy's diabetes class"; not "the screening", "today's
// diabetes class".
func (c *checker) careFound(i int) bool {
	tk := c.toks[i]
	for _, cd := range c.cands[:c.firstReading] {
		if cd.kind != KindCondition || cd.start > tk.start || tk.end > cd.end {
			continue
		}
		a := c.tokAt(cd.start)
		for j := a - 1; j >= 0 && j >= a-3 && c.toks[j].sent == tk.sent; j-- {
			switch p := c.toks[j]; {
			case ownerWord(p.key) && p.key != "my" && p.key != "mi" && p.key != "mis":
				return true // not "my": in the clinic's voice, "my diabetes class" is an event
			case p.poss && p.name:
				return true
			}
		}
	}
	return false
}

// careWord reports token i inside care words found.
func (c *checker) careWord(i int) bool {
	for _, r := range c.conds {
		if r[0] <= i && i <= r[1] {
			return true
		}
	}
	return false
}

// careTied reports token i inside care words the first reading tied to
// someone: "Ancy's MRI", not a shop the tagger half reads as care ("CVS").
func (c *checker) careTied(i int) bool {
	for ci, r := range c.conds {
		if r[0] <= i && i <= r[1] && ci < len(c.tied) && c.tied[ci] {
			return true
		}
	}
	return false
}

func validMD(m, d int) bool { return m >= 1 && m <= 12 && d >= 1 && d <= 31 }

// scanDates keeps dates of birth, and dates in a sentence that is both
// about a person and about a visit or care.
func (c *checker) scanDates() {
	c.dates = c.dateSpans()
	for _, sp := range c.dates {
		c.judgeDate(sp)
	}
}

// dateSpans reads every date-shaped span of the text, whatever it is about:
// a grammar of the shapes people write dates in, in English and Spanish.
// Whether a span is a patient's date is judged after (judgeDate).
//
//	month day [year]        "March 3", "dec 3rd, 2025", "Monday, June 9"
//	day [of|de] month [year] "12 May", "3rd of March", "8 de mayo de 1926"
//	el|del day              "el 14", "del 20" (a day of this month)
//	the|el ordinal          "the 9th", "on the 22nd"
//	weekday [day|the Nth]   "thurs", "el jueves 14", "tues the 9th", "next tues"
//	last|next|this span     "last wk", "this arvo", "next month"
//	la semana pasada        "el mes que viene", "la próxima semana", "el lunes pasado"
//	day-month               "12-dic", "oct-14"
//	relative day            "today", "tmrw", "hoy", "mañana temprano"
//	in|en month [year]      "in oct", "en marzo"
//	a time someone is moved to: "bumped to 11:45", "rebooked for 2pm"
//
// Each is followed by an optional time ("at 2", "a las 10:30", "11am").
func (c *checker) dateSpans() [][2]int {
	spans := slices.Clone(c.numDates)
	seen := func(s, e int) bool {
		for _, p := range spans {
			if s < p[1] && p[0] < e {
				return true
			}
		}
		return false
	}
	n := len(c.toks)
	for i := 0; i < n; i++ {
		if c.toks[i].prot || c.widening && !c.wideSents[c.toks[i].sent] {
			continue
		}
		start, last := c.dateAt(i)
		if last < i {
			continue
		}
		if ordinal(c.toks[last].key) && last+1 < n && c.toks[last+1].lists.has(inWeekdays) && c.gapOK(last, false) {
			i = last
			continue // "the 2nd Thursday of every month": which week, not which day
		}
		last = c.timeAfter(last)
		end := c.withNumericDate(c.toks[last].end)
		if !seen(start, end) {
			spans = append(spans, [2]int{start, end})
		}
		i = last
	}
	return spans
}

// dateAt matches the grammar of dateSpans at token i: the span's start
// byte and last token, or last < i when no date starts here.
func (c *checker) dateAt(i int) (start, last int) {
	n := len(c.toks)
	tk := c.toks[i]
	k := tk.key
	next := func(j int, comma bool) bool { return j+1 < n && !c.toks[j+1].prot && c.gapOK(j, comma) }
	year := func(j int, comma bool) int { // a year after token j, in its sentence ("in March. 2024 was…" is none)
		if next(j, comma) && c.toks[j+1].sent == c.toks[j].sent && len(c.toks[j+1].key) == 4 && allDigits(c.toks[j+1].key) {
			return j + 1
		}
		if next(j, false) && c.toks[j+1].key == "de" && next(j+1, false) && len(c.toks[j+2].key) == 4 && allDigits(c.toks[j+2].key) {
			return j + 2 // "8 de mayo de 1926"
		}
		return j
	}
	if c.widening {
		if l := c.partOfMonth(i); l > i {
			return tk.start, year(l, false) // "end of April", "early March", "a finales de abril"
		}
		if l := c.daysAsRange(i); l > i {
			return tk.start, l // "Oct 3-5", "Oct 3–5", "3-5 Oct"
		}
		if l := c.timeAgo(i); l > i {
			return tk.start, l // "3 weeks ago", "hace 6 meses"
		}
		if c.monthYear(i) {
			return tk.start, i + 1 // "March 2024", "Oct 2023"
		}
	}
	switch {
	case tk.lists.has(inMonths) && next(i, false) && dayNumber(c.toks[i+1].key) && !(!tk.cap && tk.lists.has(inAmbiguousMonths) && i > 0 && c.toks[i-1].lists.has(inYouWords)):
		// "March 3", "Monday, June 9", "March 3, 1941"
		start = tk.start
		if i > 0 && c.toks[i-1].lists.has(inWeekdays) && c.gapOK(i-1, true) {
			start = c.toks[i-1].start
		}
		return start, year(i+1, true)
	case dayNumber(k) && next(i, false):
		m := i + 1
		if (c.toks[m].key == "of" || c.toks[m].key == "de") && next(m, false) {
			m++ // "3rd of March", "3 de diciembre"
		}
		mk := c.toks[m].key
		if c.vocab.months[mk] && !(!c.toks[m].cap && c.vocab.ambiguousMonths[mk] && c.toks[m-1].key != "de") {
			return tk.start, year(m, true)
		}
	}
	if (k == "el" || k == "del") && next(i, false) && dayNumber(c.toks[i+1].key) {
		// "el 14", "se quita el 20"; "el 3 de dic" is read from the day
		if d, l := c.dateAt(i + 1); l > i+1 {
			return d, l // "el 3 de dic" is read as "3 de dic"
		} else if d >= 0 && !(i+2 < n && (c.toks[i+2].key == "de" || strings.HasPrefix(c.text[c.toks[i+1].end:], "%"))) {
			return tk.start, i + 1
		}
	}
	if (k == "the" || k == "el") && next(i, false) && ordinal(c.toks[i+1].key) {
		return tk.start, i + 1 // "the 9th"
	}
	if c.widening && next(i, false) && ordinal(c.toks[i+1].key) && c.bareOrdinal(i+1) {
		switch k {
		case "on", "by", "from", "for", "until", "till", "before", "after":
			if d, l := c.dateAt(i + 1); l > i+1 {
				return d, l // "on 16th march" is read from the day
			}
			return c.toks[i+1].start, i + 1 // "on 16th", in a text about someone
		}
	}
	if tk.lists.has(inWeekdays) {
		return c.weekdayAt(i)
	}
	if tk.lists.has(inDayPrefixes) && next(i, false) && c.toks[i+1].lists.has(inWeekdays) {
		// "last Tuesday", "next tues", "this past Friday"; "on Friday" is the day alone
		s, l := c.weekdayAt(i + 1)
		if l < i+1 {
			return 0, -1
		}
		switch k {
		case "on", "from", "el", "del", "by", "until", "till", "til", "before", "after", "hasta", "este":
			return s, l
		}
		return tk.start, l
	}
	if (k == "last" || k == "next" || k == "this") && next(i, false) && c.toks[i+1].lists.has(inRelativeSpans) {
		return tk.start, i + 1 // "last night", "next wk", "this am"
	}
	if (k == "last" || k == "next" || k == "this") && next(i, false) && c.toks[i+1].lists.has(inMonths) &&
		!c.toks[i+1].lists.has(inAmbiguousMonths) {
		return tk.start, year(i+1, false) // "last January", "next Oct 2027"
	}
	if m, ok := strings.CutPrefix(k, "mid-"); ok && c.vocab.months[m] && !c.vocab.ambiguousMonths[m] {
		return tk.start, year(i, false) // "since mid-March"
	}
	d := -1
	switch {
	case k == "dia":
		d = i + 1
	case k == "el" && next(i, false) && c.toks[i+1].key == "dia" && strings.TrimSpace(c.text[tk.end:c.toks[i+1].start]) == "":
		d = i + 2
	}
	if d > 0 && next(d-1, false) && dayNumber(c.toks[d].key) && !(d+1 < n && c.toks[d+1].key == "de") {
		return tk.start, d // "el día 3"; "el día 3 de marzo" is read from the day
	}
	if k == "this" && i+2 < n && c.toks[i+1].key == "past" && next(i+1, false) && c.toks[i+2].lists.has(inRelativeSpans) {
		return tk.start, i + 2
	}
	if l := c.spanishRelative(i); l > i {
		return tk.start, l
	}
	if dashedDayMonth(c.vocab, k) {
		return tk.start, i // "12-dic", "oct-14"
	}
	if tk.lists.has(inRelativeDays) && !(k == "manana" && i > 0 && (c.toks[i-1].key == "la" || c.toks[i-1].key == "por")) {
		// "today", "yesterday", "hoy", "ayer"; "this morning"; "mañana temprano"
		start = tk.start
		if i > 0 && (c.toks[i-1].key == "this" || c.toks[i-1].key == "esta") && c.gapOK(i-1, false) {
			start = c.toks[i-1].start
		} else if k == "morning" || k == "afternoon" || k == "evening" || k == "night" {
			return 0, -1
		}
		last = i
		if next(i, false) && (c.toks[i+1].lists.has(inRelativeDays) || c.toks[i+1].key == "temprano") && c.toks[i+1].key != "manana" {
			last = i + 1 // "tomorrow morning", "mañana temprano"
		}
		return start, last
	}
	if (c.reply || c.widening) && (k == "in" || k == "en" || k == "since" || k == "desde" || k == "back") && next(i, false) {
		// "ur visit in oct", "en marzo", "since March 2024": a month on its
		// own, said to the person who came. In a post it is read only in a
		// text already about someone, and then only with its year or
		// after "since": "Kenji started buprenorphine in March 2024",
		// "on insulin since March". The shipped corpus leaves a month
		// alone unmarked in a post ("after her hip replacement in March"),
		// though the later labelled sets mark it; read there, it cost the
		// corpus its precision floor.
		m := i + 1
		if k == "back" && c.toks[m].key == "in" && next(m, false) {
			m++
		}
		mk := c.toks[m].key
		recurring := i > 0 && c.toks[i-1].lists.has(inWeekdays) // "every sat in oct"
		post := !c.reply && !(k == "since" || k == "desde") && year(m, true) == m
		if c.vocab.months[mk] && !c.vocab.ambiguousMonths[mk] && !(m+1 < n && dayNumber(c.toks[m+1].key)) && !recurring && !post {
			return c.toks[m].start, year(m, true)
		}
	}
	if l := c.movedToTime(i); l >= i {
		return tk.start, l
	}
	return 0, -1
}

// everyWeek reports a Spanish weekday after "los" ("los lunes", "los
// martes a las 7"), perhaps in a list ("los lunes y miércoles"): the day
// of every week, as English puts it in the plural ("Mondays"). A day
// number after it names one day ("los lunes 14" is not Spanish, "el lunes
// 14" is).
func (c *checker) everyWeek(i int) bool {
	if i+1 < len(c.toks) && dayNumber(c.toks[i+1].key) && c.gapOK(i, false) {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-4 && c.toks[j].sent == c.toks[i].sent; j-- {
		switch k := c.toks[j].key; {
		case k == "los":
			return true
		case k == "y" || k == "o" || k == "e" || c.vocab.weekdays[k]:
		default:
			return false
		}
	}
	return false
}

// everyWord: a word before a weekday that makes it every week's ("every
// other Wednesday", "cada lunes", "todos los martes").
func everyWord(k string) bool {
	switch k {
	case "every", "cada", "other", "todos":
		return true
	}
	return false
}

// weekdayAt reads a weekday at i that reads as a day (dayWord), with a day
// number or "the 9th" after it: "thurs", "jueves 14", "tues the 9th".
func (c *checker) weekdayAt(i int) (start, last int) {
	n := len(c.toks)
	tk := c.toks[i]
	// "sat", "sun", "wed" in lower case are days after a word that
	// points at a day: "on wed", "see u wed", "next sat".
	pointed := i > 0 && (c.toks[i-1].lists.has(inDayPrefixes) || c.toks[i-1].key == "you") && c.gapOK(i-1, false)
	if !c.dayWord(i) && !(pointed && !c.dayRange(i)) {
		return 0, -1
	}
	if i > 0 && (everyWord(c.toks[i-1].key) ||
		(c.toks[i-1].key == "for" && !(i+1 < n && timeToken(c.toks[i+1].key)) && !(c.widening && (c.bookedFor(i-1) || c.dayOrTimeAfter(i))))) {
		return 0, -1 // "every other Wednesday", "callback list for Monday"
	}
	if c.everyWeek(i) {
		return 0, -1 // "los lunes y miércoles tenemos consulta sin cita"
	}
	if i+1 < n && c.toks[i+1].lists.has(inMonths) && c.gapOK(i, true) {
		return 0, -1 // "on Monday, June 9" is read from the month
	}
	e := i // the last day of a list: "mon/wed mornings"
	for e+1 < n && c.toks[e+1].lists.has(inWeekdays) && strings.TrimSpace(c.text[c.toks[e].end:c.toks[e+1].start]) == "/" {
		e++
	}
	if e+1 < n && c.gapOK(e, false) {
		switch c.toks[e+1].key {
		case "mornings", "afternoons", "evenings", "nights":
			return 0, -1 // "Sat mornings": every week, no one's visit
		}
		if c.ofEveryMonth(e) {
			return 0, -1 // "the first tues of every month", "2nd Saturday of the month", "primer lunes del mes"
		}
	}
	last = i
	if i+1 < n && c.gapOK(i, false) {
		switch nk := c.toks[i+1].key; {
		case dayNumber(nk):
			last = i + 1
			if t := c.clockAfterHour(i + 1); t > last {
				last = t // "Thursday 9:15am": a time, not the 9th
			}
		case nk == "the" && i+2 < n && ordinal(c.toks[i+2].key) && c.gapOK(i+1, false):
			last = i + 2
		case nk == "morning" || nk == "afternoon" || nk == "evening" || nk == "night" || nk == "am" || nk == "pm":
			last = i + 1
		case (nk == "pasado" || nk == "pasada" || nk == "que") && c.spanishRelative(i-1) > i:
			last = c.spanishRelative(i - 1)
		}
	}
	return tk.start, last
}

// ofEveryMonth reports "of every month", "of the month" or "del mes"
// after token e: a day that comes back each month, no one's visit.
func (c *checker) ofEveryMonth(e int) bool {
	n := len(c.toks)
	if e+2 >= n {
		return false
	}
	switch c.toks[e+1].key {
	case "of", "de", "del":
	default:
		return false
	}
	switch k := c.toks[e+2].key; k {
	case "every", "each", "cada", "mes":
		return true
	case "the":
		return e+3 < n && c.toks[e+3].key == "month"
	}
	return false
}

// spanishRelative reads "la semana pasada", "el mes que viene", "la
// próxima semana", "el próximo lunes", "el lunes pasado", "el finde" at i
// (the article): its last token, or -1.
func (c *checker) spanishRelative(i int) int {
	n := len(c.toks)
	if i < 0 || i+1 >= n {
		return -1
	}
	switch c.toks[i].key {
	case "la", "el", "esta", "este", "the":
	default:
		return -1
	}
	unit := func(k string) bool {
		return k == "semana" || k == "mes" || k == "finde" || k == "ano" || c.vocab.weekdays[k]
	}
	j := i + 1
	if k := c.toks[j].key; k == "proxima" || k == "proximo" || k == "pasada" || k == "pasado" {
		if j+1 < n && unit(c.toks[j+1].key) && c.gapOK(j, false) {
			return j + 1 // "la próxima semana"
		}
		return -1
	}
	if !unit(c.toks[j].key) || !c.gapOK(i, false) || c.toks[i].key == "the" {
		return -1
	}
	if j+1 < n && c.gapOK(j, false) {
		switch c.toks[j+1].key {
		case "pasada", "pasado", "proxima", "proximo", "entrante":
			return j + 1
		case "que":
			if j+2 < n && (c.toks[j+2].key == "viene" || c.toks[j+2].key == "entra") {
				return j + 2
			}
		}
	}
	if c.toks[j].key == "finde" {
		return j
	}
	return -1
}

// ordinal: a day number written with its ending, "9th", "22nd".
func ordinal(k string) bool {
	return dayNumber(k) && !allDigits(strings.TrimSuffix(k, "-ish"))
}

// timeToken reads a clock time token: "11am", "2pm", "7:45" (read as "7").
func timeToken(k string) bool {
	d := digitRun(k, 0)
	if d < 1 || d > 2 {
		return false
	}
	switch k[d:] {
	case "am", "pm", "h", "hrs":
		return true
	}
	return false
}

// timeAfter extends a date ending at token last over a time after it: "at
// 2", "a las 10:30", "11am", "10:30".
func (c *checker) timeAfter(last int) int {
	n := len(c.toks)
	j := last
	if j+2 < n && c.gapOK(j, true) && c.toks[j+1].key == "at" {
		j++
	} else if j+3 < n && c.toks[j+1].key == "a" && c.toks[j+2].key == "las" && c.gapOK(j, true) {
		j += 2
	}
	if j+1 >= n || (j == last && !c.gapOK(j, true)) || (j > last && !c.gapOK(j, false)) {
		return last
	}
	k := c.toks[j+1].key
	d := digitRun(k, 0)
	if d < 1 || d > 2 || atoi(k[:d]) > 24 {
		return last
	}
	if timeToken(k) {
		return j + 1
	}
	if d == len(k) {
		if j+2 < n && strings.HasPrefix(c.text[c.toks[j+1].end:], ":") && len(c.toks[j+2].key) >= 2 && isDigit(c.toks[j+2].key[0]) {
			return j + 2 // "10:30"
		}
		if j > last {
			return j + 1 // "at 2", "a las 4"
		}
	}
	return last
}

// clockAfterHour reads the minutes of a clock time whose hour is token h,
// written with a colon and no space ("9:15am", "10:30", "9:15 am"), and
// returns its last token (h when there are none).
func (c *checker) clockAfterHour(h int) int {
	n := len(c.toks)
	if h+1 >= n || c.toks[h+1].start != c.toks[h].end+1 || c.text[c.toks[h].end] != ':' {
		return h
	}
	m := c.toks[h+1].key
	if d := digitRun(m, 0); d != 2 || (d < len(m) && m[d:] != "am" && m[d:] != "pm") {
		return h
	}
	if h+2 < n && (c.toks[h+2].key == "am" || c.toks[h+2].key == "pm") && c.gapOK(h+1, false) {
		return h + 2
	}
	return h + 1
}

// movedToTime reads a clock time a visit is moved or booked to: "bumped to
// 11:45", "rebooked for 2pm", "te pasamos a las 4". Other times (opening
// hours, a class at 6pm) are no one's visit.
func (c *checker) movedToTime(i int) int {
	n := len(c.toks)
	k := c.toks[i].key
	if !(k == "to" || k == "for" || k == "at" || k == "para" || k == "a") || i == 0 || i+1 >= n || !c.gapOK(i, false) {
		return -1
	}
	moved := false
	for j := i - 1; j >= 0 && j >= i-2 && c.toks[j].sent == c.toks[i].sent; j-- {
		switch c.toks[j].key {
		case "moved", "bumped", "rebooked", "rescheduled", "booked", "pushed", "changed", "switched", "reagendamos", "reagendada", "reagendado", "cambiamos", "movimos", "pasamos", "quedo", "cambio":
			moved = true
		}
	}
	if !moved {
		return -1
	}
	j := i
	if k == "a" && i+1 < n && c.toks[i+1].key == "las" {
		j = i + 1
	} else if k == "para" && i+2 < n && c.toks[i+1].key == "las" {
		j = i + 1
	}
	if j+1 >= n {
		return -1
	}
	nk := c.toks[j+1].key
	if timeToken(nk) {
		return j + 1
	}
	if d := digitRun(nk, 0); d >= 1 && d <= 2 && d == len(nk) && j+2 < n && strings.HasPrefix(c.text[c.toks[j+1].end:], ":") && digitRun(c.toks[j+2].key, 0) == 2 {
		return j + 2
	}
	return -1
}

// judgeDate keeps a date span of birth, or one the date gate (dategate.go)
// reads as a patient's visit or care.
func (c *checker) judgeDate(sp [2]int) {
	if c.protected(sp[0], sp[1]) {
		return
	}
	a := c.tokAt(sp[0])
	if a >= len(c.toks) {
		return
	}
	s := c.toks[a].sent
	for j := a - 1; j >= 0 && j >= a-5 && c.toks[j].sent == s; j-- {
		if c.toks[j].lists.has(inDobCues) {
			c.add(sp[0], sp[1], KindBirthDate)
			return
		}
	}
	if c.dateGate(sp, a) {
		c.add(sp[0], sp[1], KindDate)
	}
}

// visitRule is the hand-written test a date's sentence passed before the
// gate learned from examples, and one of the gate's features: a visit or
// care word in a sentence about a person, not general advice, the clinic's
// own services or an event.
func (c *checker) visitRule(s int) bool {
	return c.visitCue(s) && (c.anchored(s) || c.reply && (c.relSents[s] || c.condInSent(s) || c.visitNoun(s))) &&
		!(c.reply && (c.generic(s) || c.ownService(s))) && !c.eventSent(s)
}

// dayNumber: 1 to 31, optionally 1st, 2nd, 3rd, 4th, or "14-ish".
func dayNumber(k string) bool {
	k = strings.TrimSuffix(k, "-ish")
	d := digitRun(k, 0)
	if d < 1 || d > 2 {
		return false
	}
	switch k[d:] {
	case "", "st", "nd", "rd", "th":
		n := atoi(k[:d])
		return n >= 1 && n <= 31
	}
	return false
}

func (c *checker) visitCue(s int) bool {
	if c.relSents[s] {
		return true
	}
	a, b := c.sentRange(s)
	for _, tk := range c.toks[a:b] {
		if tk.lists.has(inDateCues) {
			return true
		}
	}
	for _, r := range c.conds {
		if c.toks[r[0]].sent == s {
			return true
		}
	}
	return false
}

// dashedDayMonth reads a day and a month name joined by a dash: "12-dic",
// "oct-14".
func dashedDayMonth(v *vocabulary, k string) bool {
	a, b, ok := strings.Cut(k, "-")
	if !ok || strings.Contains(b, "-") {
		return false
	}
	return (dayNumber(a) && v.months[b]) || (v.months[a] && dayNumber(b))
}

// withNumericDate extends a weekday ending at end over a numeric date right
// after it: "Thursday, 4/9" is one date.
func (c *checker) withNumericDate(end int) int {
	for _, d := range c.numDates {
		if d[0] > end && strings.Trim(c.text[end:d[0]], " ,") == "" {
			return d[1]
		}
	}
	return end
}

// dayWord reports a weekday at token i that reads as a day: capitalised,
// or written out in lower case ("saturday", "lunes"), or a short form
// ("mon", "weds") — but "sat", "sun" and "wed" are also everyday words, so
// in lower case they need a time or a day number after them ("sat 10am").
func (c *checker) dayWord(i int) bool {
	tk := c.toks[i]
	if c.dayRange(i) {
		return false // opening days, "Mon–Fri", "de lunes a viernes"
	}
	if tk.cap || len(tk.key) > 4 {
		return true
	}
	next := ""
	if i+1 < len(c.toks) && c.toks[i+1].sent == tk.sent {
		next = c.toks[i+1].key
	}
	timed := next != "" && (isDigit(next[0]) || next == "morning" || next == "afternoon" || next == "evening" || next == "night" || next == "am" || next == "pm")
	switch tk.key {
	case "sat", "sun", "wed":
		return timed
	}
	return true
}

// dayRange reports a weekday that starts or ends a range of days:
// "Mon–Fri", "Monday to Friday", "de lunes a viernes".
func (c *checker) dayRange(i int) bool {
	joined := func(a, b int) bool {
		if a < 0 || b >= len(c.toks) || c.toks[a].sent != c.toks[b].sent || !c.toks[a].lists.has(inWeekdays) || !c.toks[b].lists.has(inWeekdays) {
			return false
		}
		gap := strings.TrimSpace(c.text[c.toks[a].end:c.toks[b].start])
		// "mon/wed/fri" lists a patient's days; "Mon–Fri" is a range.
		return gap == "-" || gap == "–" || gap == "—" || gap == "&"
	}
	word := func(a, b int) bool { // "Monday to Friday", "lunes a viernes"
		if a < 0 || b+1 >= len(c.toks) || b < 1 {
			return false
		}
		w := c.toks[b].key
		return (w == "to" || w == "a" || w == "thru" || w == "through" || w == "al") && c.toks[a].lists.has(inWeekdays) && c.toks[b+1].lists.has(inWeekdays)
	}
	return joined(i-1, i) || joined(i, i+1) || word(i, i+1) || word(i-2, i-1)
}

// visitNoun reports a word for a visit in sentence s ("la cita quedó para
// el martes 9", "the appointment moved to Friday").
func (c *checker) visitNoun(s int) bool {
	a, b := c.sentRange(s)
	for _, tk := range c.toks[a:b] {
		switch tk.key {
		case "appointment", "appointments", "appt", "appts", "visit", "follow-up", "followup", "checkup", "check-up",
			"cita", "citas", "consulta", "visita", "revision", "control":
			return true
		}
	}
	return false
}

// eventSent reports a sentence about an event (a fair, a walk, a drive):
// its date is the event's. It is read once per sentence, as the scans ask
// it word by word; what it reads (the words, and which are protected)
// changes only while contacts are scanned (scanIDs forgets the answers).
func (c *checker) eventSent(s int) bool {
	return c.perSentence(&c.eventSents, s, func(s int) bool { return c.eventIn(s, false) })
}

// eventIn reports an event word in sentence s; with second, "talk",
// "walk" and "drive" used as verbs do not count (verbUse), nor one inside
// someone's care the first reading found (careFound): the second reading's
// view, once the text is known to be about someone.
func (c *checker) eventIn(s int, second bool) bool {
	a, b := c.sentRange(s)
	for i := a; i < b; i++ {
		if c.eventWord(i, second) {
			return true
		}
	}
	return false
}

// eventWord reports token i naming an event (eventIn).
func (c *checker) eventWord(i int, second bool) bool {
	k := c.toks[i].key
	kl := c.toks[i].lists
	// An event the list writes with a hyphen may be written as two words
	// ("fun run", "fun runs").
	if c.toks[i].prot { // not the "walk" of "@walk_with_wanda"
		return false
	}
	if !kl.has(inDateEvents) && !(i > 0 && c.toks[i-1].sent == c.toks[i].sent && lookup(c.vocab.dateEventTails, k) &&
		lookup(c.vocab.dateEvents, c.toks[i-1].key+"-"+k)) {
		return false
	}
	// With second, not a verb, nor someone's care found ("your cervical
	// screening").
	return !second || !((k == "talk" || k == "walk" || k == "drive") && c.verbUse(i) || c.careFound(i))
}

// timeAgo reads a stretch of time before now, which dates someone's care
// in a text about them: "3 weeks ago", "2 years ago", "hace 6 meses". It
// returns the last token, or i-1. A stretch from now ("in 6 months", "en
// 2 semanas") is not read: the labelled sets leave most of those
// unmarked ("recheck in 3 months" names no day), 99 against 27 marked.
func (c *checker) timeAgo(i int) int {
	n := len(c.toks)
	same := func(j int) bool { return j < n && c.toks[j].sent == c.toks[i].sent && !c.toks[j].prot }
	count := func(j int) bool {
		if !same(j) {
			return false
		}
		k := c.toks[j].key
		return allDigits(k) && len(k) <= 2 || countWord(k)
	}
	j := i
	if k := c.toks[i].key; k == "hace" {
		j++
	} else if k == "a" && same(i+1) && (c.toks[i+1].key == "few" || c.toks[i+1].key == "couple") {
		j++ // "a few weeks ago", "a couple of months ago"
	}
	if !count(j) {
		return i - 1
	}
	u := j + 1
	if same(u) && c.toks[u].key == "of" {
		u++
	}
	if !same(u) || !timeUnit(c.toks[u].key) {
		return i - 1
	}
	if c.toks[i].key == "hace" {
		return u
	}
	if same(u+1) && c.toks[u+1].key == "ago" {
		return u + 1
	}
	return i - 1
}

// looseDate reports a date at token a that names no day: a month with its
// year, a time ago, or in a post a month after "since". In a text about
// someone these are theirs only in the sentence that speaks of them ("Our
// clinic opened in March 2010" beside it is the clinic's).
func (c *checker) looseDate(a int) bool {
	return c.monthYear(a) || c.timeAgo(a) > a ||
		!c.reply && a > 0 && c.toks[a].lists.has(inMonths) && (c.toks[a-1].key == "since" || c.toks[a-1].key == "desde")
}

// monthYear reports a month and a year at token i ("March 2024", "oct
// 2023"); "may 2024" only written "May".
func (c *checker) monthYear(i int) bool {
	tk := c.toks[i]
	return tk.lists.has(inMonths) && (tk.cap || !tk.lists.has(inAmbiguousMonths)) &&
		i+1 < len(c.toks) && !c.toks[i+1].prot && c.toks[i+1].sent == tk.sent && c.gapOK(i, false) && yearLike(c.toks[i+1].key)
}

func timeUnit(k string) bool {
	switch k {
	case "day", "days", "week", "weeks", "wk", "wks", "month", "months", "mo", "mos", "mths", "year", "years", "yr", "yrs",
		"dia", "dias", "semana", "semanas", "mes", "meses", "ano", "anos":
		return true
	}
	return false
}

// countWord: a number written in letters, or "a" ("a year ago").
func countWord(k string) bool {
	switch k {
	case "a", "one", "two", "three", "four", "five", "six", "couple", "few", "several", "un", "una", "unos", "unas", "dos", "tres", "cuatro", "cinco", "seis":
		return true
	}
	return false
}
