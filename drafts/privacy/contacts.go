// Contact details and identifiers: e-mail addresses (and the links,
// hashtags and mentions that are never anything else), street addresses,
// SSN-shaped and labelled record numbers, and the one pass over the digits
// that hands phone numbers to phones.go and numeric dates to dates.go.
//
// Scanners here are hand-written rather than regular expressions: Go's
// regexp took over a millisecond on a 2,000-character post, and these
// shapes are simple enough to read off the bytes and tokens directly.

package privacy

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/carepost/carepost/links"
)

// protect records URLs, hashtags, mentions and emails. Words inside them
// are never names or conditions; emails are judged on their own.
func (c *checker) protect() {
	t := c.text
	for off := 0; ; {
		k := strings.IndexByte(t[off:], '@')
		if k < 0 {
			break
		}
		at := off + k
		off = at + 1
		s, e, ok := emailAt(t, at)
		if !ok {
			continue
		}
		c.prot = append(c.prot, [2]int{s, e})
		domain := strings.ToLower(t[at+1 : e])
		if c.own.host == "" || (domain != c.own.host && !strings.HasSuffix(domain, "."+c.own.host)) {
			c.add(s, e, KindEmail)
		}
		off = e
	}
	nEmail := len(c.prot)
	inEmail := func(s, e int) bool {
		for _, p := range c.prot[:nEmail] {
			if s < p[1] && p[0] < e {
				return true
			}
		}
		return false
	}
	for _, l := range links.Append(nil, t, &linkOptions) {
		if !inEmail(l.Start, l.End) {
			c.prot = append(c.prot, [2]int{l.Start, l.End})
		}
	}
	if c.own.host != "" {
		for off := 0; ; {
			i := strings.Index(t[off:], c.own.host)
			if i < 0 {
				break
			}
			c.prot = append(c.prot, [2]int{off + i, off + i + len(c.own.host)})
			off += i + len(c.own.host)
		}
	}
	for i := 0; i < len(t); i++ {
		if t[i] != '#' && t[i] != '@' || inEmail(i, i+1) {
			continue
		}
		if i > 0 {
			if r, _ := utf8.DecodeLastRuneInString(t[:i]); wordRune(r) || r == '&' || r == '_' {
				continue
			}
		}
		if t[i] == '@' {
			if h, ok := c.handleAt(i); ok {
				c.handles = append(c.handles, h)
				c.prot = append(c.prot, [2]int{h.start, h.end})
				i = h.end - 1
				continue
			}
		}
		j, letter := i+1, false
		for j < len(t) {
			r, sz := utf8.DecodeRuneInString(t[j:])
			if !wordRune(r) && r != '_' {
				break
			}
			letter = letter || unicode.IsLetter(r)
			j += sz
		}
		if t[i] == '#' && j+1 < len(t) && t[j] == '-' && isDigit(t[j+1]) && hashCode(t[i+1:j], t[j:]) {
			// "#LO-772019", "#K40-2290": a record number written after
			// '#', not a hashtag ("#Flu-2024" and "#COVID-19" stay tags).
			i = j - 1
			continue
		}
		if letter {
			c.prot = append(c.prot, [2]int{i, j})
			i = j - 1
		}
	}
}

// emailAt reads the address around the '@' at at.
func emailAt(t string, at int) (start, end int, ok bool) {
	start = at
	for start > 0 && (asciiAlnum(t[start-1]) || strings.IndexByte("._%+-", t[start-1]) >= 0) {
		start--
	}
	end = at + 1
	for end < len(t) && (asciiAlnum(t[end]) || t[end] == '-' || t[end] == '.') {
		end++
	}
	for end > at+1 && (t[end-1] == '.' || t[end-1] == '-') {
		end--
	}
	if start == at || (start > 0 && t[start-1] == '@') {
		return 0, 0, false // "@ana@social.example" is a handle, not an address
	}
	// The last label must be a top-level domain: two letters or more.
	for end > at+1 {
		dot := strings.LastIndexByte(t[at+1:end], '.')
		if dot < 0 {
			return 0, 0, false
		}
		dot += at + 1
		tld := t[dot+1 : end]
		if len(tld) >= 2 && strings.IndexFunc(tld, func(r rune) bool { return !unicode.IsLetter(r) }) < 0 &&
			!strings.Contains(t[at+1:end], "..") && t[at+1] != '.' {
			return start, end, true
		}
		end = dot
	}
	return 0, 0, false
}

func asciiAlnum(b byte) bool {
	return '0' <= b && b <= '9' || 'a' <= b|0x20 && b|0x20 <= 'z'
}

// linkOptions: web addresses as every other part of CarePost finds them,
// and also on the names reserved for examples (maplegrove.example), which
// drafts and tests use for the clinic's own site.
var linkOptions = links.Options{Reserved: true}

// scanContacts finds phones, SSNs and numeric dates in one pass over the
// bytes, then street addresses and labelled record numbers from tokens.
func (c *checker) scanContacts() {
	t := c.text
	if strings.IndexFunc(t, func(r rune) bool { return r >= '0' && r <= '9' }) < 0 {
		return
	}
	for i := 0; i < len(t); i++ {
		b := t[i]
		if !isDigit(b) && b != '(' && b != '+' {
			continue
		}
		digit := isDigit(b) && !c.wordBefore(i)
		n := digitRun(t, i)
		if digit && n == 3 && byteAt(t, i+3, '-') && digitRun(t, i+4) == 2 && byteAt(t, i+6, '-') && digitRun(t, i+7) == 4 && !c.wordAfter(i+11) {
			c.add(i, i+11, KindIdentifier) // SSN-shaped
			i += 10
			continue
		}
		if e, ok := c.phoneAt(i); ok {
			i = e - 1
			continue
		}
		if !digit {
			continue
		}
		if e := c.numericDate(i, n); e > 0 {
			if !roundTheClock(t[i:e]) && !c.fractionOf(i, e) {
				c.numDates = append(c.numDates, [2]int{i, e})
			}
			i = e - 1
			continue
		}
		if e := c.dottedDate(i); e > 0 {
			c.numDates = append(c.numDates, [2]int{i, e})
			i = e - 1
			continue
		}
		i += n - 1
	}
	c.scanAddresses()
	c.scanIDs()
	c.scanCodes()
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

func byteAt(t string, i int, b byte) bool { return i < len(t) && t[i] == b }

func digitRun(t string, i int) int {
	n := 0
	for i+n < len(t) && isDigit(t[i+n]) {
		n++
	}
	return n
}

func allDigits(s string) bool {
	return s != "" && strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' }) < 0
}

// numeric reports digits, or digits joined by '-', '/', '.' or ':' ("3-5",
// "6.8", "10:30").
func numeric(s string) bool {
	return s != "" && isDigit(s[0]) && isDigit(s[len(s)-1]) &&
		strings.IndexFunc(s, func(r rune) bool { return (r < '0' || r > '9') && !strings.ContainsRune("-/.:", r) }) < 0
}

// codeLike reports a word with three digits or more ("zkt4821"): a code
// the second reading may find a record number, never a care word the
// tagger proposes ("b12", "covid-19" have fewer).
func codeLike(k string) bool {
	n := 0
	for i := 0; i < len(k); i++ {
		if isDigit(k[i]) {
			n++
		}
	}
	return n >= 3
}

// scanAddresses finds "42 Willow Street", "12 Pine Ridge Road, Apt 3":
// a number, up to four capitalised words and a street suffix; and the
// Spanish order, "Calle Olmo 14, 2ºB", "Av. Los Pinos 230".
func (c *checker) scanAddresses() {
	c.scanSpanishAddresses()
	n := len(c.toks)
	for i := 0; i < n; i++ {
		tk := c.toks[i]
		if tk.prot || len(tk.key) > 6 || !allDigits(tk.key) || c.wordBefore(tk.start) {
			continue
		}
		words := 0
		for k := i + 1; k < n && k <= i+4 && c.toks[k].cap && !c.toks[k].prot && c.gapOK(k-1, false) && (k == i+1 || !c.toks[k-1].dot || len(c.toks[k-1].key) <= 4); k++ {
			words++
		}
		suffix := -1
		for w := words; w >= 2 && suffix < 0; w-- {
			if c.toks[i+w].lists.has(inAddrSuffixes) {
				suffix = i + w
			}
		}
		if suffix < 0 || c.toks[i+1].start-tk.end == 0 || strings.Contains(c.text[tk.end:c.toks[i+1].start], ".") {
			continue
		}
		end := c.toks[suffix].end
		if c.toks[suffix].dot {
			if _, full := c.vocab.streetAbbrevs[c.toks[suffix].key]; !full {
				end++ // the period of "St." but not one ending a sentence
			}
		}
		if u := suffix + 1; u+1 < n && c.toks[u].sent == tk.sent {
			gap := strings.Trim(c.text[c.toks[suffix].end:c.toks[u].start], " \t.,")
			if gap == "" && c.toks[u].lists.has(inUnitWords) && c.gapOK(u, false) {
				end = c.toks[u+1].end
			} else if gap == "#" {
				end = c.toks[u].end
			}
		}
		a := c.vocab.normStreet(c.text[tk.start:end])
		if c.own.street == "" || (a != c.own.street && !strings.HasPrefix(a, c.own.street+" ")) {
			c.add(tk.start, end, KindAddress)
		}
		i = suffix
	}
}

// scanIDs finds labelled numbers: "MRN: A1234567", "member ID ends in
// 4471", "policy number BC-22918-44".
func (c *checker) scanIDs() {
	n := len(c.toks)
	for i := 0; i < n; i++ {
		tk := c.toks[i]
		if tk.prot || !c.idLabel(tk) || (tk.key == "security" && (i == 0 || c.toks[i-1].key != "social")) {
			continue
		}
		// "carnet #EPS-552190": a number written like a hashtag after a
		// label is still the number.
		if k := i + 1; k < n && c.toks[k].prot && c.toks[k].sent == tk.sent && strings.TrimSpace(c.text[tk.end:c.toks[k].start]) == "#" && c.toks[k].start > 0 {
			c.toks[k].prot = false
			c.eventSents = nil
			c.unprotect(c.toks[k].start-1, c.toks[k].end)
		}
		start := tk.start
		if tk.key == "security" || (tk.key == "record" && i > 0 && c.toks[i-1].key == "medical") {
			start = c.toks[i-1].start
		}
		ends := false
		for k := i + 1; k < n && k <= i+5 && c.toks[k].sent == tk.sent; k++ {
			if strings.Trim(c.text[c.toks[k-1].end:c.toks[k].start], " \t:#.(") != "" || c.toks[k-1].poss {
				break
			}
			v := c.toks[k].key
			if c.vocab.idFillers[v] && !isDigit(v[0]) {
				ends = ends || v == "ends" || v == "ending"
				continue
			}
			// "17.345.882-K", "HLT/2024/55810", "1.023.456.789": one
			// number written in parts joined by dots or slashes.
			last := k
			for g := k + 1; g < n && c.toks[g].sent == tk.sent && !c.toks[g].prot; g++ {
				if sep := c.text[c.toks[g-1].end:c.toks[g].start]; sep != "." && sep != "/" {
					break
				}
				last = g
				v += "-" + c.toks[g].key
			}
			if last > k && !dateLike(strings.Split(v, "-")) {
				v = strings.ReplaceAll(v, "-", "")
				if idValue(v) {
					c.add(start, c.toks[last].end, KindIdentifier)
					i = last
					break
				}
				v = c.toks[k].key
			}
			if idValue(v) && !(yearLike(v) && !ends) && !unitAmount(v) {
				// "NHS 943 476 5919": groups of digits written apart.
				k, _ = c.digitGroups(k)
				c.add(start, c.toks[k].end, KindIdentifier)
				i = c.idList(k)
			} else if allDigits(v) && len(v) == 3 {
				// "NHS 943 476 5919", "SSN 123 45 6789"
				if last, digits := c.digitGroups(k); digits >= 8 {
					c.add(start, c.toks[last].end, KindIdentifier)
					i = last
				}
			}
			break
		}
	}
}

// idLabel reports a word that labels a record number, as read or as
// written: a short form is read as the word it stands for (textSpeak),
// and "Rx" labels a number where "prescription" labels none ("your
// prescription 2 tablets").
func (c *checker) idLabel(tk token) bool {
	if tk.lists.has(inIdLabels) {
		return true
	}
	w := strings.ToLower(c.text[tk.start:tk.end])
	_, short := textSpeak[w]
	return short && c.vocab.idLabels[w]
}

// unitAmount: digits and a unit, a dose or a time ("500mg", "10am"),
// not a record number ("Rx 500mg").
func unitAmount(v string) bool {
	i := 0
	for i < len(v) && isDigit(v[i]) {
		i++
	}
	return i > 0 && i < len(v) && (massUnit(v[i:]) || timeToken(v) || v[i:] == "mcg" || v[i:] == "iu")
}

// fractionOf reports a date-shaped number from byte i to e that is a
// fraction of a measure ("deeper than 1/4 inch", "1/2 tab twice a day"):
// a smaller number over 2, 3, 4, 8 or 16, then a unit.
func (c *checker) fractionOf(i, e int) bool {
	top, bottom, ok := strings.Cut(c.text[i:e], "/")
	if !ok || !allDigits(top) || !allDigits(bottom) || atoi(top) >= atoi(bottom) {
		return false
	}
	switch bottom {
	case "2", "3", "4", "8", "16":
	default:
		return false
	}
	rest := strings.TrimLeft(c.text[e:], " ")
	w := rest
	if k := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) }); k >= 0 {
		w = rest[:k]
	}
	switch strings.ToLower(w) {
	case "inch", "inches", "cup", "cups", "tsp", "tbsp", "tab", "tabs", "tablet", "tablets", "pill", "mile", "miles", "lb", "oz", "dose", "of":
		return true
	}
	return false
}

// yearLike reports a four-digit year, 19xx or 20xx ("member since 2019").
func yearLike(v string) bool {
	return len(v) == 4 && allDigits(v) && (v[:2] == "19" || v[:2] == "20")
}

// dateLike reports number parts that read as a date ("12/03", "12/03/2025"):
// day and month of one or two digits, then perhaps a year.
func dateLike(parts []string) bool {
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	for i, p := range parts {
		if !allDigits(p) || i < 2 && len(p) > 2 || i == 2 && len(p) != 2 && len(p) != 4 {
			return false
		}
	}
	return true
}

// hashCode reports what follows a '#' as a record number: head is the
// word before the first '-', rest the '-' and what follows it. A number
// has five digits after a dash ("#LO-772019"), a digit in its head
// ("#K40-2290") or two dashes with digits ("#MI-2026-44718").
func hashCode(head, rest string) bool {
	end := 0
	for end < len(rest) && (isDigit(rest[end]) || rest[end] == '-' || 'a' <= rest[end]|0x20 && rest[end]|0x20 <= 'z') {
		end++
	}
	if strings.ContainsAny(head, "0123456789") {
		return true
	}
	groups := strings.Split(strings.Trim(rest[:end], "-"), "-")
	for _, g := range groups {
		if allDigits(g) && len(g) >= 5 {
			return true
		}
	}
	return len(groups) >= 2 && strings.ContainsAny(groups[len(groups)-1], "0123456789")
}

// idList flags the numbers listed after the one at token k under the same
// label ("chart nos. 5512, 5519 and 5530") and returns the last token read.
func (c *checker) idList(k int) int {
	for j := k + 1; j < len(c.toks) && c.toks[j].sent == c.toks[k].sent; j++ {
		gap := strings.TrimSpace(c.text[c.toks[j-1].end:c.toks[j].start])
		switch v := c.toks[j].key; {
		case (gap == "," || gap == "") && (v == "and" || v == "y" || v == "or" || v == "o"):
			continue
		case (gap == "," || gap == "" && j > k+1) && !c.toks[j].prot && idValue(v) && !yearLike(v):
			c.add(c.toks[j].start, c.toks[j].end, KindIdentifier)
			k = j
			continue
		}
		break
	}
	return k
}

// scanCodes finds record numbers written without a label, "CLM-2026-00417"
// or "48-A-1120": letters and digits in dash-joined groups, four digits or
// more, in a sentence about care. Shorter codes ("COVID-19", "A1C") and
// dates are left alone.
func (c *checker) scanCodes() {
	for _, tk := range c.toks {
		if tk.prot || !idCode(tk.key) || c.protected(tk.start, tk.end) {
			continue
		}
		if !c.taken(tk.start, tk.end) && !c.inNumericDate(tk.start, tk.end) && (c.careContext(tk.sent) || c.reply) {
			c.add(tk.start, tk.end, KindIdentifier)
		}
	}
}

// digitGroups reads groups of digits written apart after token k, in its
// sentence ("943 476 5919"): the last token and the digits of all of them,
// token k's included.
func (c *checker) digitGroups(k int) (last, digits int) {
	last, digits = k, len(c.toks[k].key)
	for g := k + 1; g < len(c.toks) && allDigits(c.toks[g].key) && c.gapOK(g-1, false) && c.toks[g].sent == c.toks[k].sent; g++ {
		last, digits = g, digits+len(c.toks[g].key)
	}
	return last, digits
}

// idCode: dash-joined groups with four digits or more and at least one
// letter ("48-A-1120", "clm-2026-00417").
func idCode(k string) bool {
	if strings.IndexByte(k, '-') < 0 {
		return false // most words: no split for them
	}
	groups := strings.Split(k, "-")
	digits, letters := 0, 0
	for _, g := range groups {
		if g == "" {
			return false
		}
		for i := 0; i < len(g); i++ {
			switch b := g[i]; {
			case isDigit(b):
				digits++
			case 'a' <= b && b <= 'z':
				letters++
			default:
				return false
			}
		}
	}
	if digits < 4 || letters == 0 || letters > 6 {
		return false // all digits is a phone number or a date, read elsewhere
	}
	// "10am-12pm" is a time range; "q3-2024" a quarter of a year.
	times := true
	for _, g := range groups {
		times = times && timeToken(g)
	}
	quarter := len(groups) == 2 && (yearLike(groups[1]) && len(groups[0]) <= 2 || yearLike(groups[0]) && len(groups[1]) <= 2)
	return !times && !quarter
}

// idValue: up to four letters, an optional hyphen, then digits,
// letters and hyphens, with at least three digits in all.
func idValue(v string) bool {
	if len(v) < 4 {
		return false
	}
	i := 0
	for i < len(v) && i < 5 && 'a' <= v[i] && v[i] <= 'z' {
		i++
	}
	if i == 5 {
		return false
	}
	if i < len(v) && v[i] == '-' {
		i++
	}
	if i >= len(v) || !isDigit(v[i]) {
		return false
	}
	digits := 0
	for ; i < len(v); i++ {
		switch b := v[i]; {
		case isDigit(b):
			digits++
		case 'a' <= b && b <= 'z' || b == '-':
		default:
			return false
		}
	}
	return digits >= 3
}

// unprotect drops a hashtag's protection when it turns out to be a record
// number.
func (c *checker) unprotect(start, end int) {
	kept := c.prot[:0]
	for _, p := range c.prot {
		if !(p[0] == start && c.text[start] == '#') {
			kept = append(kept, p)
		}
	}
	c.prot = kept
}

// scanSpanishAddresses finds a street word, up to four capitalised words
// and the number: "Calle Olmo 14", "Av. Los Pinos 230", "c/ Mayor 3, 2ºB".
func (c *checker) scanSpanishAddresses() {
	n := len(c.toks)
	for i := 0; i < n; i++ {
		tk := c.toks[i]
		if tk.prot || !tk.lists.has(inStreetsFirst) || (!tk.cap && tk.key != "c") {
			continue
		}
		k := i + 1
		for k < n && k <= i+4 && c.toks[k].cap && !c.toks[k].prot && c.toks[k].sent == tk.sent {
			k++
		}
		if k == i+1 || k >= n || !allDigits(c.toks[k].key) || len(c.toks[k].key) > 5 || c.toks[k].sent != tk.sent ||
			strings.Trim(c.text[c.toks[k-1].end:c.toks[k].start], " ,") != "" {
			continue
		}
		end := c.toks[k].end
		// "14, 2ºB": floor and door.
		if k+1 < n && strings.Trim(c.text[end:c.toks[k+1].start], " ,") == "" && len(c.toks[k+1].key) <= 4 && isDigit(c.toks[k+1].key[0]) {
			end = c.toks[k+1].end
			if nxt := strings.IndexFunc(c.text[end:], func(r rune) bool { return r == ' ' || r == ',' || r == '\n' || r == '.' }); nxt > 0 && nxt <= 4 {
				end += nxt // "2ºB"
			} else if nxt < 0 && len(c.text)-end <= 4 {
				end = len(c.text)
			}
		}
		a := c.vocab.normStreet(c.text[tk.start:end])
		if c.own.street == "" || !strings.HasPrefix(a, c.own.street) {
			c.add(tk.start, end, KindAddress)
		}
		i = k
	}
}

// locationWords name where a patient lies in a hospital: "room 214",
// "ward 3, bed 12", "habitación 12B", "cama 7".
var locationWords = wordSet("room rm ward bed habitacion cama pabellon cubicle")

// roomsOf names rooms of the clinic, whoever is in them: "exam room 3".
var roomsOf = wordSet("exam waiting consult consultation treatment break conference meeting class procedure")

// scanLocations flags where someone lies in a hospital, in a sentence
// about a person (a relative, "you", "he", a name): "your grandad's in
// ward 3, bed 12", "su mamá ya está en la habitación 12B". The clinic's
// rooms ("left in exam room 3") are no one's.
func (c *checker) scanLocations() {
	n := len(c.toks)
	for i := 0; i+1 < n; i++ {
		tk := c.toks[i]
		if tk.prot || !locationWords[tk.key] || !c.gapOK(i, false) || !isDigit(c.toks[i+1].key[0]) || len(c.toks[i+1].key) > 4 {
			continue
		}
		if i > 0 && roomsOf[c.toks[i-1].key] || !c.reply && (tk.key == "room" || tk.key == "rm") {
			continue // a post's "our patient in room 4" is the clinic's room
		}
		person := false
		a, b := c.sentRange(tk.sent)
		for _, t := range c.toks[a:b] {
			person = person || c.vocab.familyWords[t.key] || c.vocab.thirdPerson[t.key] || c.vocab.youWords[t.key] || t.name
		}
		if !person {
			continue
		}
		end := i + 1
		// "ward 3, bed 12"
		if end+2 < n && locationWords[c.toks[end+1].key] && strings.Trim(c.text[c.toks[end].end:c.toks[end+1].start], " ,") == "" && c.gapOK(end+1, false) && isDigit(c.toks[end+2].key[0]) {
			end += 2
		}
		c.add(tk.start, c.toks[end].end, KindAddress)
		i = end
	}
}
