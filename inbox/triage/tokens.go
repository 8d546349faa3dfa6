package triage

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word of a message as the patterns see it: lower case,
// accents and apostrophes dropped ("Can’t" is "cant", "está" is "esta"),
// letters repeated three times or more squeezed ("ayudaaa" is "ayuda") and
// common misspellings mended ("breating" is "breathing").
type token struct {
	text       string
	clause     int // tokens in different clauses never form one phrase
	start, end int // byte offsets in the original text
	num        int // the value of a number, -1 when the token is a word
}

// foldRune lowers r and drops its accent.
func foldRune(r rune) rune {
	r = unicode.ToLower(r)
	switch r {
	case 'á', 'à', 'ä', 'â', 'ã', 'å':
		return 'a'
	case 'é', 'è', 'ë', 'ê':
		return 'e'
	case 'í', 'ì', 'ï', 'î':
		return 'i'
	case 'ó', 'ò', 'ö', 'ô', 'õ':
		return 'o'
	case 'ú', 'ù', 'ü', 'û':
		return 'u'
	case 'ñ':
		return 'n'
	case 'ç':
		return 'c'
	}
	return r
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' || r == '`' || r == '´' }

// clauseBreak reports whether r ends a clause. A full stop ends one only
// when a space or the end follows it, so "example.com" and "3.5" stay whole
// for the spam patterns.
func clauseBreak(text string, i int, r rune) bool {
	switch r {
	case '!', '?', ';', ',', ':', '\n', '…', '¿', '¡', '—', '–', '(', ')', '"', '“', '”':
		return true
	case '.':
		next, _ := utf8.DecodeRuneInString(text[i+1:])
		return i+1 >= len(text) || unicode.IsSpace(next) || next == '.'
	}
	return false
}

// tokenize splits text into tokens, mending spelling with lex.
func (lex *lexicon) tokenize(text string) []token {
	toks := make([]token, 0, len(text)/5+1)
	var word []rune
	clause := 0
	start := -1
	apostrophe := false
	skipS := false
	flush := func(end int) {
		skipS = false
		if len(word) == 0 {
			return
		}
		t := token{text: lex.canonical(squeeze(word), apostrophe), clause: clause, start: start, end: end, num: -1}
		if n, ok := number(t.text); ok {
			t.num = n
		}
		toks = append(toks, t)
		word = word[:0]
		start = -1
		apostrophe = false
	}
	for i, r := range text {
		switch {
		case skipS && (r == 's' || r == 'S'):
			skipS = false
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if start < 0 {
				start = i
			}
			word = append(word, foldRune(r))
		case isApostrophe(r) && len(word) > 0:
			apostrophe = true // "can't" reads as "cant"
			if possessive(text[i+utf8.RuneLen(r):]) && !contracted[string(word)] {
				skipS = true // "wife's" reads as "wife"
			}
		case r == '*' && len(word) > 0:
			word = append(word, r) // "f***", kept whole for the insult list
		default:
			flush(i)
			if clauseBreak(text, i, r) && len(toks) > 0 && toks[len(toks)-1].clause == clause {
				clause++
			}
		}
	}
	flush(len(text))
	return toks
}

// contracted are the words whose "'s" is "is" or "has" ("he's", "it's"):
// they read as one word ("hes"), as the lists write them.
var contracted = map[string]bool{"he": true, "she": true, "it": true, "that": true, "what": true, "there": true,
	"who": true, "where": true, "here": true, "let": true, "how": true, "everyone": true, "nobody": true, "someone": true}

// possessive reports whether rest (what follows an apostrophe) is a lone s.
func possessive(rest string) bool {
	if rest == "" || (rest[0] != 's' && rest[0] != 'S') {
		return false
	}
	next, _ := utf8.DecodeRuneInString(rest[1:])
	return len(rest) == 1 || !(unicode.IsLetter(next) || unicode.IsDigit(next))
}

// squeeze shortens runs of three or more of one letter to one ("pleeease",
// "helppp").
func squeeze(word []rune) string {
	var b strings.Builder
	b.Grow(len(word))
	for i := 0; i < len(word); i++ {
		j := i
		for j+1 < len(word) && word[j+1] == word[i] {
			j++
		}
		if j-i >= 2 && !unicode.IsDigit(word[i]) {
			b.WriteRune(word[i])
		} else {
			for k := i; k <= j; k++ {
				b.WriteRune(word[k])
			}
		}
		i = j
	}
	return b.String()
}

func number(s string) (int, bool) {
	if s == "" || len(s) > 6 {
		return 0, false
	}
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, false
		}
		n = n*10 + int(r-'0')
	}
	return n, true
}

// canonical mends a word's spelling: an entry of data/spelling.txt, else
// one of the long words in data/fuzzy.txt written with one letter wrong,
// missing, extra or swapped (never the first letter).
func (lex *lexicon) canonical(w string, hadApostrophe bool) string {
	if hadApostrophe && w == "odd" {
		return "oded" // "od'd"
	}
	if c, ok := lex.spelling[w]; ok {
		return c
	}
	if len(w) < 6 || lex.words[w] {
		return w
	}
	if c, ok := lex.nearFuzzy(w); ok {
		return c
	}
	return w
}

func (lex *lexicon) nearFuzzy(w string) (string, bool) {
	try := func(key string) (string, bool) {
		for _, c := range lex.fuzzyIndex[key] {
			if c[0] == w[0] && editDistanceAtMostOne(w, c) {
				return c, true
			}
		}
		return "", false
	}
	if c, ok := try(w); ok {
		return c, true
	}
	for i := 1; i < len(w); i++ {
		if c, ok := try(w[:i] + w[i+1:]); ok {
			return c, true
		}
	}
	return "", false
}

// deletions are w with one byte removed (all words here are ASCII once
// folded; a word that is not is never corrected).
func deletions(w string) []string {
	out := make([]string, 0, len(w))
	for i := 0; i < len(w); i++ {
		out = append(out, w[:i]+w[i+1:])
	}
	return out
}

// editDistanceAtMostOne reports whether a becomes b by one insertion,
// deletion, substitution or swap of neighbours.
func editDistanceAtMostOne(a, b string) bool {
	if a == b {
		return true
	}
	la, lb := len(a), len(b)
	if la-lb > 1 || lb-la > 1 {
		return false
	}
	i := 0
	for i < la && i < lb && a[i] == b[i] {
		i++
	}
	switch {
	case la == lb:
		if a[i+1:] == b[i+1:] {
			return true
		}
		return i+1 < la && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	case la > lb:
		return a[i+1:] == b[i:]
	default:
		return a[i:] == b[i+1:]
	}
}
