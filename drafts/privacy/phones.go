// Phone numbers: North American numbers with separators, seven-digit local
// numbers after a cue word or alone on their line, and bare digits after a
// strong cue ("cell 5550147"). The clinic's own number is never flagged.

package privacy

import "strings"

func phoneSep(b byte) bool { return b == ' ' || b == '.' || b == '-' }

// phoneAt reads a North American number at i: +1 (555) 010-0199,
// 1-555-010-0199, 555.010.0199. Separators are required so long record
// numbers are not mistaken for phones.
func (c *checker) phoneAt(i int) (int, bool) {
	t := c.text
	switch {
	case t[i] == '+':
		if !byteAt(t, i+1, '1') {
			return 0, false
		}
		j := i + 2
		if j < len(t) && phoneSep(t[j]) {
			j++
		}
		return c.phoneBody(j)
	case t[i] == '(':
		return c.phoneBody(i)
	case c.wordBefore(i):
		return 0, false
	case t[i] == '1' && i+2 < len(t) && phoneSep(t[i+1]):
		if e, ok := c.phoneBody(i + 2); ok {
			return e, true
		}
	}
	return c.phoneBody(i)
}

func (c *checker) phoneBody(j int) (int, bool) {
	t := c.text
	if byteAt(t, j, '(') {
		if digitRun(t, j+1) != 3 || !byteAt(t, j+4, ')') {
			return 0, false
		}
		j += 5
		if byteAt(t, j, ' ') {
			j++
		}
	} else {
		if digitRun(t, j) != 3 || j+3 >= len(t) || !phoneSep(t[j+3]) {
			return 0, false
		}
		j += 4
	}
	if digitRun(t, j) != 3 || j+3 >= len(t) || !phoneSep(t[j+3]) {
		return 0, false
	}
	j += 4
	if digitRun(t, j) != 4 || c.wordAfter(j+4) {
		return 0, false
	}
	return j + 4, true
}

// barePhone reads a phone number written without separators ("cell
// 5550147", "reach her at 5550102234", "mobile 555 0163"). Bare digits are
// also record numbers and amounts, so a phone word must come just before.
func (c *checker) barePhone(i, n int) (int, bool) {
	t := c.text
	end := -1
	switch {
	case n == 7 || n == 10 || (n == 11 && t[i] == '1'):
		end = i + n
	case n == 3 && byteAt(t, i+3, ' ') && digitRun(t, i+4) == 4:
		end = i + 8
	default:
		return 0, false
	}
	if c.wordAfter(end) || (end < len(t) && strings.IndexByte("-./,", t[end]) >= 0 && end+1 < len(t) && isDigit(t[end+1])) {
		return 0, false
	}
	if i > 0 && strings.IndexByte("-./$#", t[i-1]) >= 0 {
		return 0, false
	}
	d := digitsOf(t[i:end])
	if d == c.own.phone || (len(d) == 7 && strings.HasSuffix(c.own.phone, d)) || c.protected(i, end) {
		return 0, false
	}
	k := c.tokAt(i)
	for j := k - 1; j >= 0 && j >= k-4 && c.toks[j].sent == c.toks[min(k, len(c.toks)-1)].sent; j-- {
		if c.vocab.barePhoneCues[c.toks[j].key] {
			return end, true
		}
	}
	return 0, false
}

// phoneCue reports whether a seven-digit number reads as a phone: a word
// like "call" or "cell" just before it, or the number alone on its line.
func (c *checker) phoneCue(start, end int) bool {
	i := c.tokAt(start)
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if c.vocab.phoneCues[c.toks[j].key] {
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
