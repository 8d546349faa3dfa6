// Phone numbers of any country. A permissive reader takes digit groups with
// their separators, a leading + and parenthesised groups ("+44 20 7946
// 0018", "(555) 010-0142", "0611 234 567"); the phone-number library then
// reads the span in the clinic's region and says whether it can be a
// number there. Dates, thousands, years and counts are left alone, and so is
// the clinic's own number.

package privacy

import (
	"strings"
	"sync/atomic"
	"unicode/utf8"

	"github.com/nyaruka/phonenumbers"
)

const (
	minPhoneDigits = 7  // shorter runs are counts, prices, times or extensions
	maxPhoneDigits = 15 // the longest number E.164 allows, country code included
	maxPhoneGroups = 8
)

// phoneSpan is what the reader found at one place: where each digit group
// ends and how many digits the span holds up to there.
type phoneSpan struct {
	start  int
	n      int                 // groups read
	ends   [maxPhoneGroups]int // byte end of each group (after its ')')
	digits [maxPhoneGroups]int // digits up to the end of each group
	plus   bool                // written with a leading +
	paren  bool                // a group in parentheses
	spaced bool                // only spaces between the groups
}

// phoneAt reads a phone number at i, flags it unless it is the clinic's own
// or inside a link, and returns where it ends. A year or a count right after
// a number ("(555) 010-0142 2025", "… 24/7") is not taken into it: the
// longest reading that is a full number wins.
func (c *checker) phoneAt(i int) (int, bool) {
	sp, ok := c.readPhoneSpan(i)
	if !ok {
		return 0, false
	}
	for g := sp.n; g >= 1 && g > sp.n-3; g-- {
		if sp.digits[g-1] < minPhoneDigits {
			break
		}
		end := sp.ends[g-1]
		if !c.phoneEnds(end) {
			continue
		}
		switch c.judgePhone(&sp, g) {
		case phoneOther:
			if !c.protected(sp.start, end) {
				c.add(sp.start, end, KindPhone)
			}
			return end, true
		case phoneOwn:
			return end, true
		}
	}
	return 0, false
}

// readPhoneSpan reads digit groups from i: an optional +, then groups of
// digits (one may be in parentheses) each joined to the next by a single
// space, hyphen or period. A one-digit group only leads (a trunk prefix, or
// the country code's first group after a +) or is a "(0)".
func (c *checker) readPhoneSpan(i int) (phoneSpan, bool) {
	t := c.text
	sp := phoneSpan{start: i, spaced: true}
	j := i
	switch {
	case t[j] == '+':
		if !isDigit(byteAtOr(t, j+1)) {
			return sp, false
		}
		sp.plus = true
		j++
	case t[j] == '(':
	case c.wordBefore(i) || c.numberBefore(i):
		return sp, false // inside a word, an amount or a longer number
	}
	total := 0
	for sp.n < maxPhoneGroups {
		k, paren := j, t[j] == '('
		if paren {
			k++
		}
		d := digitRun(t, k)
		if d == 0 || total+d > maxPhoneDigits {
			break
		}
		k += d
		if paren {
			if !byteAt(t, k, ')') {
				break
			}
			k++
		}
		if d == 1 && sp.n > 0 && !(sp.n == 1 && sp.plus) && !(paren && t[k-2] == '0') {
			break // "192.168.1.1", "4 5 6": not a phone's grouping
		}
		sp.paren = sp.paren || paren
		total += d
		sp.ends[sp.n], sp.digits[sp.n] = k, total
		sp.n++
		// The gap to the next group: one separator, or none before '('. A
		// slash only follows an area code written with its 0 ("0611/234567").
		sep, w := phoneSeparator(t, k)
		if w == 0 && byteAt(t, k, '/') && sp.n == 1 && !sp.plus && !paren && d >= 3 && t[k-d] == '0' {
			sep, w = '/', 1
		}
		next := k + w
		if next >= len(t) || (!isDigit(t[next]) && t[next] != '(') {
			break
		}
		if sep != ' ' {
			sp.spaced = false
		}
		j = next
	}
	if sp.n == 0 {
		return sp, false
	}
	if sp.n == 1 {
		sp.spaced = false
	}
	return sp, true
}

// numberBefore reports a digit run starting at i that goes on from an
// amount or a longer number: "$5550100", "#5550100", "1/5550100",
// "10.5550100".
func (c *checker) numberBefore(i int) bool {
	if i == 0 {
		return false
	}
	r, sz := utf8.DecodeLastRuneInString(c.text[:i])
	if strings.ContainsRune("$€£#/\\", r) {
		return true
	}
	return strings.ContainsRune(".,:-", r) && i-sz > 0 && isDigit(c.text[i-sz-1])
}

// phoneSeparator reads the separator at k: a space (or no-break space), a
// hyphen (or non-breaking hyphen) or a period, and its width in bytes; 0 and
// width 0 when there is none.
func phoneSeparator(t string, k int) (byte, int) {
	if k >= len(t) {
		return 0, 0
	}
	switch b := t[k]; b {
	case ' ', '-', '.':
		return b, 1
	}
	for _, s := range [...]struct {
		sep  byte
		text string
	}{{' ', "\u00a0"}, {' ', "\u202f"}, {'-', "\u2011"}} {
		if strings.HasPrefix(t[k:], s.text) {
			return s.sep, len(s.text)
		}
	}
	return 0, 0
}

func byteAtOr(t string, i int) byte {
	if i < len(t) {
		return t[i]
	}
	return 0
}

// phoneEnds reports whether a number may end at end: not inside a word
// ("0142x") or running on as a fraction, time or amount ("24/7", "10:30").
func (c *checker) phoneEnds(end int) bool {
	if c.wordAfter(end) {
		return false
	}
	t := c.text
	return !(end+1 < len(t) && strings.IndexByte("/:,%", t[end]) >= 0 && isDigit(t[end+1]))
}

type phoneVerdict int

const (
	notPhone phoneVerdict = iota
	phoneOwn
	phoneOther
)

// judgePhone decides whether the first g groups of sp are a phone number.
//
//   - A number the library finds valid for its country is one when it is
//     written with a +, in groups or with parentheses; bare digits need a
//     strong cue ("cell 5550147"), since record numbers look the same.
//   - A number of a possible length that is not valid (fictional numbers such
//     as 555-0100 are never valid) is one when its groups are the ones the
//     country writes ("(555) 010-0100", "07700 900123").
//   - A local number without its area code, in one or two groups
//     ("555-0142"), is one after a phone word, alone on its line or on a
//     contact-list line; bare or spaced digits need a strong cue.
//
// A number written the national way must carry the national prefix where
// the country uses one that is not optional ("030 901820" in Germany), so
// years, dates and codes are not read as numbers without it.
func (c *checker) judgePhone(sp *phoneSpan, g int) phoneVerdict {
	start, end := sp.start, sp.ends[g-1]
	text := c.text[start:end]
	bare := g == 1 && !sp.plus && !sp.paren
	if g > 1 && (dateShape(text) || thousandsShape(text)) {
		return notPhone
	}
	digits := digitsOf(text)
	if digits == c.own.phone || (len(digits) == 7 && strings.HasSuffix(c.own.phone, digits)) {
		return phoneOwn
	}
	if bare && !c.strongPhoneCue(start) {
		return notPhone
	}
	own := c.ownPhone()
	num, err := phonenumbers.Parse(text, own.region)
	if err != nil {
		return notPhone
	}
	reason := phonenumbers.IsPossibleNumberWithReason(num)
	if reason != phonenumbers.IS_POSSIBLE && reason != phonenumbers.IS_POSSIBLE_LOCAL_ONLY {
		return notPhone
	}
	nsn := phonenumbers.GetNationalSignificantNumber(num)
	local := reason == phonenumbers.IS_POSSIBLE_LOCAL_ONLY
	if local && (g < sp.n || g > 2) {
		// A local number is read whole ("0611 234" of "0611 234 567" is
		// none) and written in one or two groups ("9.00-17.00" is hours).
		return notPhone
	}
	if own.nsn != "" && num.GetCountryCode() == own.cc && (nsn == own.nsn || (local && strings.HasSuffix(own.nsn, nsn))) {
		return phoneOwn
	}
	if !sp.plus && !local && num.GetCountryCode() == own.cc && own.trunk != "" && !strings.HasPrefix(digits, own.trunk) {
		return notPhone // "2024 2025" in Germany: no 0 in front
	}
	switch {
	case local && (bare || (sp.spaced && !sp.paren)):
		if c.strongPhoneCue(start) {
			return phoneOther
		}
	case local:
		if c.phoneCue(start, end) {
			return phoneOther
		}
	case bare:
		return phoneOther // possible, and after a strong cue
	case phonenumbers.IsValidNumber(num) || sameGrouping(text, nsn, phonenumbers.Format(num, phonenumbers.NATIONAL)):
		return phoneOther
	}
	return notPhone
}

// dateShape: 3-14-2025, 14.03.2025, 2025-03-14 and the like are dates.
func dateShape(s string) bool {
	f := strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '.' })
	if len(f) != 3 || !allDigits(f[0]) || !allDigits(f[1]) || !allDigits(f[2]) {
		return false
	}
	a, b, y := len(f[0]), len(f[1]), len(f[2])
	return (a <= 2 && b <= 2 && (y == 2 || y == 4)) || (a == 4 && b <= 2 && y <= 2)
}

// thousandsShape: 1.250.000 is an amount.
func thousandsShape(s string) bool {
	f := strings.Split(s, ".")
	if len(f) < 2 || len(f[0]) > 3 || !allDigits(f[0]) {
		return false
	}
	for _, g := range f[1:] {
		if len(g) != 3 || !allDigits(g) {
			return false
		}
	}
	return true
}

// sameGrouping reports whether the text groups the national number nsn as
// formatted does: the same breaks between digits, counted from the end of
// the number, whatever prefix (country code, trunk) either carries.
func sameGrouping(text, nsn, formatted string) bool {
	a, b := groupBreaks(text, len(nsn)), groupBreaks(formatted, len(nsn))
	if len(a) != len(b) || len(a) == 0 {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// groupBreaks lists, for the last n digits of s, how many digits stand
// after each break between digit groups.
func groupBreaks(s string, n int) []int {
	var out []int
	after, prevDigit := 0, false
	for i := len(s) - 1; i >= 0; i-- {
		if isDigit(s[i]) {
			if !prevDigit && after > 0 && after < n {
				out = append(out, after)
			}
			after++
			prevDigit = true
		} else {
			prevDigit = false
		}
	}
	return out
}

// strongPhoneCue reports a word such as "cell" or "call" within the four
// tokens before start, in its sentence.
func (c *checker) strongPhoneCue(start int) bool {
	k := c.tokAt(start)
	for j := k - 1; j >= 0 && j >= k-4 && c.toks[j].sent == c.toks[min(k, len(c.toks)-1)].sent; j-- {
		if c.toks[j].lists.has(inBarePhoneCues) {
			return true
		}
	}
	return false
}

// phoneCue reports whether a local number reads as a phone: a word like
// "call" or "cell" just before it, or the number alone on its line.
func (c *checker) phoneCue(start, end int) bool {
	i := c.tokAt(start)
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if c.toks[j].lists.has(inPhoneCues) {
			return true
		}
	}
	ls := strings.LastIndexByte(c.text[:start], '\n') + 1
	le := strings.IndexByte(c.text[end:], '\n')
	if le < 0 {
		le = len(c.text)
	} else {
		le += end
	}
	if strings.TrimSpace(c.text[ls:start]) == "" && strings.TrimSpace(c.text[end:le]) == "" {
		return true
	}
	// A contact list line: "Tiana Brooks – tiana.b@example.org – 555-0147".
	for _, cd := range c.cands {
		if cd.kind == KindEmail && cd.start >= ls && cd.end <= le {
			return true
		}
	}
	return false
}

// ownPhone is the clinic's number as the library reads it, and the region
// national numbers are read in: the country of a number written with a +,
// otherwise the United States.
type ownPhone struct {
	region string
	cc     int32  // country code
	nsn    string // national significant number, no extension; "" if unread
	trunk  string // national prefix a national number must start with, if any
}

// ownPhones keeps the last clinic number read: Check runs on every edit with
// the same profile, and reading it costs more than the rest of a short text.
var ownPhones atomic.Pointer[struct {
	phone string
	own   ownPhone
}]

func (c *checker) ownPhone() ownPhone {
	if c.ownNum != nil {
		return *c.ownNum
	}
	phone := c.own.rawPhone
	if last := ownPhones.Load(); last != nil && last.phone == phone {
		c.ownNum = &last.own
		return last.own
	}
	o := readOwnPhone(phone)
	ownPhones.Store(&struct {
		phone string
		own   ownPhone
	}{phone, o})
	c.ownNum = &o
	return o
}

func readOwnPhone(phone string) ownPhone {
	o := ownPhone{region: "US"}
	phone = strings.TrimSpace(phone)
	if strings.HasPrefix(phone, "+") {
		if n, err := phonenumbers.Parse(phone, phonenumbers.UNKNOWN_REGION); err == nil {
			r := phonenumbers.GetRegionCodeForNumber(n)
			if r == "" || r == phonenumbers.UNKNOWN_REGION {
				r = phonenumbers.GetRegionCodeForCountryCode(int(n.GetCountryCode()))
			}
			if r != "" && r != phonenumbers.UNKNOWN_REGION && r != phonenumbers.REGION_CODE_FOR_NON_GEO_ENTITY {
				o.region = r
			}
		}
	}
	o.cc = int32(phonenumbers.GetCountryCodeForRegion(o.region))
	if o.cc != 1 { // North America's 1 is optional; elsewhere the 0 is written
		o.trunk = phonenumbers.GetNddPrefixForRegion(o.region, true)
	}
	if phone != "" {
		if n, err := phonenumbers.Parse(phone, o.region); err == nil {
			o.cc, o.nsn = n.GetCountryCode(), phonenumbers.GetNationalSignificantNumber(n)
		}
	}
	return o
}
