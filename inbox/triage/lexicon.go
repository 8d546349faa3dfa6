package triage

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
	"sync"
)

//go:embed data/*.txt
var dataFS embed.FS

// A rule is one line of a word list: a pattern (or two that must both be
// in the message, "P & Q"), how much it weighs and what it means.
type rule struct {
	parts    []*pattern
	flags    string // the line's leading marks: ! strong, ? weak, - never negated, ~ > (calm), ^ (acute)
	category string // the file it came from: medical, mental_health, abuse, overdose, calm, ...
	reason   string
	file     string
	line     int
}

func (r *rule) has(flag byte) bool { return strings.IndexByte(r.flags, flag) >= 0 }

// ruleSet finds every rule of a list in a message. Rules are indexed by the
// words that can start them so a message is read once.
type ruleSet struct {
	rules   []*rule
	byWord  map[string][]int // first word of a literal alternative
	byStem  map[string][]int // first three letters of a prefix alternative
	numeric []int            // rules that can start with a number
	combos  []int            // rules with two parts
}

// hit is one match of a rule's (first) pattern in a message.
type hit struct {
	rule       *rule
	start, end int // token indexes, end exclusive
}

func newRuleSet(rules []*rule) *ruleSet {
	s := &ruleSet{rules: rules, byWord: map[string][]int{}, byStem: map[string][]int{}}
	for i, r := range rules {
		if len(r.parts) > 1 {
			s.combos = append(s.combos, i)
			continue
		}
		first := r.parts[0].elems[0]
		for _, a := range first.alts {
			switch {
			case a.minNum > 0:
				s.numeric = appendOnce(s.numeric, i)
			case a.prefix && len(a.words) == 1:
				s.byStem[a.words[0][:3]] = appendOnce(s.byStem[a.words[0][:3]], i)
			default:
				s.byWord[a.words[0]] = appendOnce(s.byWord[a.words[0]], i)
			}
		}
	}
	return s
}

func appendOnce(list []int, i int) []int {
	if n := len(list); n > 0 && list[n-1] == i {
		return list
	}
	return append(list, i)
}

// find returns every single-part rule's matches, at most one per rule and
// start.
func (s *ruleSet) find(toks []token) []hit {
	var hits []hit
	try := func(ids []int, pos int) {
		for _, id := range ids {
			r := s.rules[id]
			if end := r.parts[0].matchAt(toks, pos); end > pos {
				if n := len(hits); n > 0 && hits[n-1].rule == r && hits[n-1].start == pos {
					continue
				}
				hits = append(hits, hit{rule: r, start: pos, end: end})
			}
		}
	}
	for pos, t := range toks {
		try(s.byWord[t.text], pos)
		if len(t.text) >= 3 {
			try(s.byStem[t.text[:3]], pos)
		}
		if t.num >= 0 {
			try(s.numeric, pos)
		}
	}
	return hits
}

// findPart returns every match of one pattern.
func findPart(p *pattern, toks []token) []hit {
	var hits []hit
	for pos := range toks {
		if end := p.matchAt(toks, pos); end > pos {
			hits = append(hits, hit{start: pos, end: end})
		}
	}
	return hits
}

// lexicon is everything read from data/.
type lexicon struct {
	urgent, calm, acute, spam, insults, health, staff, people *ruleSet
	negation                                                  map[string]int // cue word → how many words after it it reaches
	scopeEnd                                                  map[string]bool
	spelling                                                  map[string]string
	fuzzyIndex                                                map[string][]string
	words                                                     map[string]bool // every word the lists use: never "corrected"
	spanish, english                                          map[string]bool
}

var (
	lexOnce sync.Once
	lex     *lexicon
	lexErr  error
)

// theLexicon parses the embedded lists once. A mistake in them is a bug
// caught by the package's tests, so it panics.
func theLexicon() *lexicon {
	lexOnce.Do(func() { lex, lexErr = loadLexicon() })
	if lexErr != nil {
		panic("triage: " + lexErr.Error())
	}
	return lex
}

func loadLexicon() (*lexicon, error) {
	l := &lexicon{negation: map[string]int{}, scopeEnd: map[string]bool{}, spelling: map[string]string{},
		fuzzyIndex: map[string][]string{}, words: map[string]bool{}}
	var urgent []*rule
	for _, c := range []string{CategoryMedical, CategoryMentalHealth, CategoryAbuse, CategoryOverdose} {
		rules, err := readRules(c)
		if err != nil {
			return nil, err
		}
		urgent = append(urgent, rules...)
	}
	l.urgent = newRuleSet(urgent)
	for _, f := range []struct {
		name string
		set  **ruleSet
	}{{"calm", &l.calm}, {"acute", &l.acute}, {"spam", &l.spam}, {"insults", &l.insults},
		{"health", &l.health}, {"staff", &l.staff}, {"people", &l.people}} {
		rules, err := readRules(f.name)
		if err != nil {
			return nil, err
		}
		*f.set = newRuleSet(rules)
	}
	err := eachLine("negation", func(fields []string) error {
		switch {
		case len(fields) == 2 && fields[0] == "stop":
			l.scopeEnd[foldWord(fields[1])] = true
		case len(fields) == 2:
			var n int
			if _, err := fmt.Sscanf(fields[1], "%d", &n); err != nil || n < 1 {
				return fmt.Errorf("want WORD REACH or stop WORD")
			}
			l.negation[foldWord(fields[0])] = n
		default:
			return fmt.Errorf("want WORD REACH or stop WORD")
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachLine("spelling", func(fields []string) error {
		if len(fields) != 2 {
			return fmt.Errorf("want WRONG RIGHT")
		}
		l.spelling[foldWord(fields[0])] = foldWord(fields[1])
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, s := range []*ruleSet{l.urgent, l.calm, l.acute, l.spam, l.insults, l.health, l.staff, l.people} {
		for _, r := range s.rules {
			for _, p := range r.parts {
				for _, e := range p.elems {
					for _, a := range e.alts {
						for _, w := range a.words {
							l.words[w] = true
						}
					}
				}
			}
		}
	}
	err = eachLine("fuzzy", func(fields []string) error {
		for _, f := range fields {
			w := foldWord(f)
			if len(w) < 6 {
				return fmt.Errorf("%q: only words of 6 letters or more are corrected", w)
			}
			l.fuzzyIndex[w] = append(l.fuzzyIndex[w], w)
			for _, d := range deletions(w) {
				l.fuzzyIndex[d] = append(l.fuzzyIndex[d], w)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	l.spanish, l.english = map[string]bool{}, map[string]bool{}
	err = eachLine("language", func(fields []string) error {
		if len(fields) < 2 || (fields[0] != "es" && fields[0] != "en") {
			return fmt.Errorf("want es|en WORD...")
		}
		m := l.english
		if fields[0] == "es" {
			m = l.spanish
		}
		for _, w := range fields[1:] {
			m[foldWord(w)] = true
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return l, nil
}

// eachLine calls fn with the fields of every line of data/NAME.txt that is
// not blank or a # comment.
func eachLine(name string, fn func(fields []string) error) error {
	return eachRawLine(name, func(line string, n int) error {
		if err := fn(strings.Fields(line)); err != nil {
			return fmt.Errorf("data/%s.txt line %d: %w", name, n, err)
		}
		return nil
	})
}

func eachRawLine(name string, fn func(line string, n int) error) error {
	data, err := dataFS.ReadFile("data/" + name + ".txt")
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(line, n); err != nil {
			return err
		}
	}
	return sc.Err()
}

// readRules parses data/NAME.txt: each line is FLAGS PATTERN [& PATTERN]
// [= REASON].
func readRules(name string) ([]*rule, error) {
	var rules []*rule
	err := eachRawLine(name, func(line string, n int) error {
		fail := func(format string, args ...any) error {
			return fmt.Errorf("data/%s.txt line %d: %s", name, n, fmt.Sprintf(format, args...))
		}
		flags, rest, ok := strings.Cut(line, " ")
		if !ok || strings.Trim(flags, "!?-~>^+") != "" {
			return fail("want FLAGS PATTERN = REASON, flags from !?-~>^+")
		}
		body, reason, _ := strings.Cut(rest, "=")
		r := &rule{flags: flags, category: name, reason: strings.TrimSpace(reason), file: name, line: n}
		for _, part := range strings.Split(body, "&") {
			p, err := parsePattern(part)
			if err != nil {
				return fail("%v", err)
			}
			r.parts = append(r.parts, p)
		}
		rules = append(rules, r)
		return nil
	})
	return rules, err
}
