// Dates: numeric dates (3/14, 2025-03-14), written dates ("March 3, 1950",
// "12 May", "last Tuesday"), kept as dates of birth after a birth cue, or
// as visit dates in a sentence about a person and a visit.

package privacy

import "strings"

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

func validMD(m, d int) bool { return m >= 1 && m <= 12 && d >= 1 && d <= 31 }

// scanDates keeps dates of birth, and dates in a sentence that is both
// about a person and about a visit or care.
func (c *checker) scanDates() {
	spans := c.numDates
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
		tk := c.toks[i]
		if tk.prot {
			continue
		}
		switch {
		case c.vocab.months[tk.key] && i+1 < n && dayNumber(c.toks[i+1].key) && c.gapOK(i, false):
			// "March 3", "Monday, June 9", "March 3, 1941"
			start, end := tk.start, c.toks[i+1].end
			if i > 0 && c.toks[i-1].cap && c.vocab.weekdays[c.toks[i-1].key] && c.gapOK(i-1, true) {
				start = c.toks[i-1].start
			}
			if i+2 < n && len(c.toks[i+2].key) == 4 && allDigits(c.toks[i+2].key) && c.gapOK(i+1, true) {
				end = c.toks[i+2].end
			}
			if !seen(start, end) {
				spans = append(spans, [2]int{start, end})
			}
		case i > 0 && (c.toks[i-1].key == "el" || c.toks[i-1].key == "del") && dayNumber(tk.key) && c.gapOK(i-1, false) &&
			!(i+1 < n && (c.toks[i+1].key == "de" || strings.HasPrefix(c.text[tk.end:], "%"))):
			// "el 14", "se quita el 20": a day of this month ("el 3 de dic" is read from the month)
			if !seen(c.toks[i-1].start, tk.end) {
				spans = append(spans, [2]int{c.toks[i-1].start, tk.end})
			}
		case dayNumber(tk.key) && i+1 < n && c.gapOK(i, false):
			// "12 May", "3rd of March"
			m := i + 1
			if (c.toks[m].key == "of" || c.toks[m].key == "de") && m+1 < n && c.gapOK(m, false) {
				m++ // "3rd of March", "3 de diciembre"
			}
			if !c.vocab.months[c.toks[m].key] || (!c.toks[m].cap && c.vocab.ambiguousMonths[c.toks[m].key] && c.toks[m-1].key != "de") {
				continue
			}
			end := c.toks[m].end
			if m+1 < n && len(c.toks[m+1].key) == 4 && allDigits(c.toks[m+1].key) && c.gapOK(m, true) {
				end = c.toks[m+1].end
			} else if m+2 < n && c.toks[m+1].key == "de" && len(c.toks[m+2].key) == 4 && allDigits(c.toks[m+2].key) && c.gapOK(m+1, false) {
				end = c.toks[m+2].end // "8 de mayo de 1926"
			}
			if !seen(tk.start, end) {
				spans = append(spans, [2]int{tk.start, end})
			}
		case c.vocab.weekdays[tk.key] && c.dayWord(i) && !(i > 0 && c.vocab.dayPrefixes[c.toks[i-1].key] && c.gapOK(i-1, false)):
			// "Saturday", "el lunes", "viernes 15": a day on its own, kept
			// only in a sentence about a person's visit (below).
			if i > 0 && (c.toks[i-1].key == "every" || c.toks[i-1].key == "for" || c.toks[i-1].key == "cada" || c.toks[i-1].key == "other") {
				continue // "every other Wednesday", "callback list for Monday"
			}
			end := tk.end
			if i+1 < n && dayNumber(c.toks[i+1].key) && c.gapOK(i, false) {
				end = c.toks[i+1].end
			}
			end = c.withNumericDate(end)
			if i+1 < n && c.vocab.months[c.toks[i+1].key] {
				continue // "on Monday, June 9" is read from the month
			}
			if !seen(tk.start, end) {
				spans = append(spans, [2]int{tk.start, end})
			}
		case i > 0 && (c.toks[i-1].key == "last" || c.toks[i-1].key == "next" || c.toks[i-1].key == "this") && c.vocab.relativeSpans[tk.key] && c.gapOK(i-1, false):
			// "last night", "next wk", "this am"
			if !seen(c.toks[i-1].start, tk.end) {
				spans = append(spans, [2]int{c.toks[i-1].start, tk.end})
			}
		case dashedDayMonth(c.vocab, tk.key):
			// "12-dic", "oct-14"
			if !seen(tk.start, tk.end) {
				spans = append(spans, [2]int{tk.start, tk.end})
			}
		case c.vocab.relativeDays[tk.key] && !(tk.key == "manana" && i > 0 && c.toks[i-1].key == "la"):
			// "today", "yesterday", "hoy", "ayer"; "this morning"
			start := tk.start
			if i > 0 && (c.toks[i-1].key == "this" || c.toks[i-1].key == "esta") && c.gapOK(i-1, false) {
				start = c.toks[i-1].start
			} else if tk.key == "morning" || tk.key == "afternoon" || tk.key == "evening" {
				continue
			}
			if !seen(start, tk.end) {
				spans = append(spans, [2]int{start, tk.end})
			}
		case i > 0 && (c.toks[i-1].key == "the" || c.toks[i-1].key == "el") && dayNumber(tk.key) && len(tk.key) > 2 && c.gapOK(i-1, false):
			// "the 9th"
			if !seen(c.toks[i-1].start, tk.end) {
				spans = append(spans, [2]int{c.toks[i-1].start, tk.end})
			}
		case c.vocab.weekdays[tk.key] && i > 0 && c.vocab.dayPrefixes[c.toks[i-1].key] && c.gapOK(i-1, false):
			// "last Tuesday", "on Friday"
			start := c.toks[i-1].start
			switch c.toks[i-1].key {
			case "on", "from":
				start = tk.start
			}
			if i > 1 && c.toks[i-1].key == "past" && c.toks[i-2].key == "this" {
				start = c.toks[i-2].start
			}
			if i+1 < n && c.toks[i+1].cap && c.vocab.months[c.toks[i+1].key] {
				continue // "on Monday, June 9" is read from the month
			}
			end := c.withNumericDate(tk.end)
			if !seen(start, end) {
				spans = append(spans, [2]int{start, end})
			}
		}
	}
	for _, sp := range spans {
		if c.protected(sp[0], sp[1]) {
			continue
		}
		a := c.tokAt(sp[0])
		if a >= n {
			continue
		}
		s := c.toks[a].sent
		dob := false
		for j := a - 1; j >= 0 && j >= a-5 && c.toks[j].sent == s; j-- {
			if c.vocab.dobCues[c.toks[j].key] {
				dob = true
				break
			}
		}
		switch {
		case dob:
			c.add(sp[0], sp[1], KindBirthDate)
		case c.visitCue(s) && (c.anchored(s) || c.reply && (c.relSents[s] || c.condInSent(s) || c.visitNoun(s))) && !(c.reply && (c.generic(s) || c.ownService(s))) && !c.eventSent(s):
			// A reply speaks to one person: "come see us tomorrow".
			c.add(sp[0], sp[1], KindDate)
		}
	}
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
		if c.vocab.dateCues[tk.key] {
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
		if a < 0 || b >= len(c.toks) || c.toks[a].sent != c.toks[b].sent || !c.vocab.weekdays[c.toks[a].key] || !c.vocab.weekdays[c.toks[b].key] {
			return false
		}
		gap := strings.TrimSpace(c.text[c.toks[a].end:c.toks[b].start])
		return gap == "-" || gap == "–" || gap == "—" || gap == "/" || gap == "&"
	}
	word := func(a, b int) bool { // "Monday to Friday", "lunes a viernes"
		if a < 0 || b+1 >= len(c.toks) || b < 1 {
			return false
		}
		w := c.toks[b].key
		return (w == "to" || w == "a" || w == "thru" || w == "through" || w == "al") && c.vocab.weekdays[c.toks[a].key] && c.vocab.weekdays[c.toks[b+1].key]
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
// its date is the event's.
func (c *checker) eventSent(s int) bool {
	a, b := c.sentRange(s)
	for _, tk := range c.toks[a:b] {
		if c.vocab.dateEvents[tk.key] {
			return true
		}
	}
	return false
}
