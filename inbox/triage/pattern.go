package triage

import (
	"fmt"
	"strconv"
	"strings"
)

// A pattern is a phrase the word lists look for, written as words in
// order (see data/README.md):
//
//	chest ~2 pain|pains|hurt*     "chest", up to 2 other words, then a pain word
//	[my|his] life                 an optional word
//	too_many|bunch                "too many" (one alternative of two words) or "bunch"
//	# pills, ## pills             a number; a number of 10 or more
//
// A phrase never runs across a clause (a comma, a full stop, a question
// mark ...).
type pattern struct {
	elems []elem
	src   string
}

type elem struct {
	alts     []alt
	gap      int // > 0: this element is up to gap other words
	optional bool
}

type alt struct {
	words  []string
	prefix bool // the last word is a prefix ("hurt*")
	minNum int  // > 0: a number token of at least minNum-1 ("#" is 1, "##" is 11)
}

func parsePattern(src string) (*pattern, error) {
	p := &pattern{src: src}
	for _, f := range strings.Fields(src) {
		var e elem
		if strings.HasPrefix(f, "~") {
			n, err := strconv.Atoi(f[1:])
			if err != nil || n < 1 || n > 8 {
				return nil, fmt.Errorf("gap %q: want ~1 to ~8", f)
			}
			if len(p.elems) == 0 {
				return nil, fmt.Errorf("a pattern cannot start with a gap")
			}
			e.gap = n
			p.elems = append(p.elems, e)
			continue
		}
		if strings.HasPrefix(f, "[") {
			if !strings.HasSuffix(f, "]") {
				return nil, fmt.Errorf("optional %q: missing ]", f)
			}
			e.optional = true
			f = f[1 : len(f)-1]
		}
		for _, a := range strings.Split(f, "|") {
			if a == "" {
				return nil, fmt.Errorf("empty alternative in %q", f)
			}
			switch a {
			case "#":
				e.alts = append(e.alts, alt{minNum: 1})
				continue
			case "##":
				e.alts = append(e.alts, alt{minNum: 11})
				continue
			}
			var x alt
			if strings.HasSuffix(a, "*") {
				x.prefix = true
				a = strings.TrimSuffix(a, "*")
				if len(a) < 3 {
					return nil, fmt.Errorf("prefix %q* is too short", a)
				}
			}
			for _, w := range strings.Split(a, "_") {
				w = foldWord(w)
				if w == "" {
					return nil, fmt.Errorf("empty word in %q", f)
				}
				x.words = append(x.words, w)
			}
			e.alts = append(e.alts, x)
		}
		p.elems = append(p.elems, e)
	}
	if len(p.elems) == 0 {
		return nil, fmt.Errorf("empty pattern")
	}
	if p.elems[0].optional {
		return nil, fmt.Errorf("a pattern cannot start with an optional word")
	}
	if p.elems[len(p.elems)-1].gap > 0 {
		return nil, fmt.Errorf("a pattern cannot end with a gap")
	}
	return p, nil
}

// foldWord writes a word of a list the way tokens are written.
func foldWord(w string) string {
	var b strings.Builder
	for _, r := range w {
		if isApostrophe(r) {
			continue
		}
		b.WriteRune(foldRune(r))
	}
	return b.String()
}

// matchAt returns the end (exclusive token index) of a match that starts
// at toks[pos], or -1.
func (p *pattern) matchAt(toks []token, pos int) int {
	if pos >= len(toks) {
		return -1
	}
	return p.match(toks, 0, pos, toks[pos].clause)
}

func (p *pattern) match(toks []token, e, pos, clause int) int {
	if e == len(p.elems) {
		return pos
	}
	el := &p.elems[e]
	if el.gap > 0 {
		for g := 0; g <= el.gap; g++ {
			if g > 0 && (pos+g-1 >= len(toks) || toks[pos+g-1].clause != clause) {
				break
			}
			if end := p.match(toks, e+1, pos+g, clause); end >= 0 {
				return end
			}
		}
		return -1
	}
	for i := range el.alts {
		if n := el.alts[i].match(toks, pos, clause); n > 0 {
			if end := p.match(toks, e+1, pos+n, clause); end >= 0 {
				return end
			}
		}
	}
	if el.optional {
		return p.match(toks, e+1, pos, clause)
	}
	return -1
}

// match returns how many tokens from pos the alternative covers, 0 when it
// does not match there.
func (a *alt) match(toks []token, pos, clause int) int {
	if a.minNum > 0 {
		if pos < len(toks) && toks[pos].clause == clause && toks[pos].num >= a.minNum-1 {
			return 1
		}
		return 0
	}
	for k, w := range a.words {
		i := pos + k
		if i >= len(toks) || toks[i].clause != clause {
			return 0
		}
		t := toks[i].text
		if a.prefix && k == len(a.words)-1 {
			if !strings.HasPrefix(t, w) {
				return 0
			}
		} else if t != w {
			return 0
		}
	}
	return len(a.words)
}
