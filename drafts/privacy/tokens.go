// Tokens and sentences: the text split into words with their shape
// (capitalised, possessive, followed by a period), folded keys for the word
// lists, and sentence numbers that ignore the period of "Dr." or "Tyler M.".

package privacy

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type token struct {
	start, end int
	key        string   // lower-case, ASCII-folded, straight apostrophes
	sent       int      // sentence number
	cap        bool     // starts with an upper-case letter
	title      bool     // capitalised like a name ("Zoë", "O’Brien"), not an acronym
	poss       bool     // followed by 's or a bare apostrophe, which end excludes
	dot        bool     // followed directly by '.'
	prot       bool     // inside a URL, hashtag, mention or email
	name       bool     // part of a flagged name
	lists      wordBits // the word lists that hold key
	lex        tagWord  // what the lists say of key, for the tagger
}

func wordRune(r rune) bool {
	if r < utf8.RuneSelf { // most of a text; the same answer as below, without the tables
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tokenize splits the text into words and numbers them by sentence. A
// period after an abbreviation or an initial ("Dr.", "Tyler M.") does not
// end a sentence; a line break always does.
func (c *checker) tokenize() {
	t := c.text
	c.toks = make([]token, 0, len(t)/5+1)
	sent, pending := 0, false
	for i := 0; i < len(t); {
		r, sz := utf8.DecodeRuneInString(t[i:])
		if !wordRune(r) {
			switch r {
			case '\n', '\r':
				pending = true
			case '.', '!', '?', '…':
				if c.endsSentence(i, sz, r) {
					pending = true
				}
			}
			i += sz
			continue
		}
		start, j := i, i+sz
		for j < len(t) {
			r2, sz2 := utf8.DecodeRuneInString(t[j:])
			if wordRune(r2) {
				j += sz2
				continue
			}
			if r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '‑' {
				if r3, _ := utf8.DecodeRuneInString(t[j+sz2:]); j+sz2 < len(t) && wordRune(r3) {
					j += sz2
					continue
				}
			}
			break
		}
		tok := token{start: start, end: j}
		w := t[start:j]
		switch {
		case len(w) > 2 && strings.HasSuffix(w, "'s"):
			tok.end -= 2
			tok.poss = true
		case len(w) > 4 && strings.HasSuffix(w, "’s"):
			tok.end -= 4
			tok.poss = true
		case j < len(t) && (t[j] == '\'' || strings.HasPrefix(t[j:], "’")):
			tok.poss = true
		}
		w = t[tok.start:tok.end]
		tok.key = keyOf(w)
		if k, ok := textSpeak[tok.key]; ok {
			tok.key = k // "ur f/u" reads as "your follow-up"
		}
		if tok.key == "f" && strings.HasPrefix(t[j:], "/u") && (j+2 == len(t) || !wordRune(rune(t[j+2]))) {
			tok.end, tok.key = j+2, "follow-up"
			j += 2
		}
		first, fsz := utf8.DecodeRuneInString(w)
		tok.cap = unicode.IsUpper(first)
		tok.title = tok.cap && strings.IndexFunc(w[fsz:], unicode.IsLower) >= 0
		tok.dot = !tok.poss && j < len(t) && t[j] == '.'
		tok.prot = c.protected(tok.start, tok.end)
		tok.lists, tok.lex = c.wordOf(tok.key)
		if pending && len(c.toks) > 0 {
			sent++
		}
		pending = false
		tok.sent = sent
		if sent == len(c.sentStart) {
			c.sentStart = append(c.sentStart, len(c.toks))
		}
		c.toks = append(c.toks, tok)
		i = j
	}
	c.nameSents = make([]bool, len(c.sentStart))
	c.relSents = make([]bool, len(c.sentStart))
}

func (c *checker) endsSentence(i, sz int, r rune) bool {
	t := c.text
	j := i + sz
	if j < len(t) && t[j] == ')' {
		return false // "(you know who you are, Mr. Kowalski!)" is an aside
	}
	for j < len(t) && strings.ContainsRune(".!?\"”’')]", rune(t[j])) {
		j++
	}
	if j < len(t) {
		if strings.HasPrefix(t[j:], "”") || strings.HasPrefix(t[j:], "’") || strings.HasPrefix(t[j:], "…") {
			j += 3
		}
	}
	if j < len(t) && t[j] != ' ' && t[j] != '\n' && t[j] != '\t' && t[j] != '\r' {
		if nr, _ := utf8.DecodeRuneInString(t[j:]); wordRune(nr) {
			return false
		}
	}
	if r == '.' && len(c.toks) > 0 {
		p := c.toks[len(c.toks)-1]
		if p.end == i && (c.vocab.abbrevs[p.key] || c.vocab.titles[p.key] || (utf8.RuneCountInString(p.key) == 1 && p.cap)) {
			return false
		}
	}
	return true
}

// keyOf lower-cases and folds a word for the word lists.
func keyOf(w string) string {
	k := strings.ToLower(w)
	if strings.Contains(k, "’") {
		k = strings.ReplaceAll(k, "’", "'")
	}
	return fold(k)
}

func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case 'à', 'á', 'â', 'ã', 'ä', 'å', 'ā', 'ă', 'ą':
			return 'a'
		case 'ç', 'ć', 'č':
			return 'c'
		case 'ď', 'đ':
			return 'd'
		case 'è', 'é', 'ê', 'ë', 'ē', 'ė', 'ę', 'ě':
			return 'e'
		case 'ğ':
			return 'g'
		case 'ì', 'í', 'î', 'ï', 'ī', 'ı', 'į':
			return 'i'
		case 'ł', 'ľ':
			return 'l'
		case 'ñ', 'ń', 'ň':
			return 'n'
		case 'ò', 'ó', 'ô', 'õ', 'ö', 'ø', 'ō', 'ő':
			return 'o'
		case 'ř':
			return 'r'
		case 'ś', 'š', 'ş', 'ß':
			return 's'
		case 'ť', 'ţ':
			return 't'
		case 'ù', 'ú', 'û', 'ü', 'ū', 'ů', 'ű':
			return 'u'
		case 'ý', 'ÿ':
			return 'y'
		case 'ź', 'ż', 'ž':
			return 'z'
		}
		return r
	}, s)
}

func (c *checker) wordBefore(i int) bool {
	if i == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(c.text[:i])
	return wordRune(r) || r == '_'
}

func (c *checker) wordAfter(i int) bool {
	if i >= len(c.text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(c.text[i:])
	return wordRune(r) || r == '_'
}

// gapOK reports whether only spaces or tabs separate tokens k and k+1, after
// an optional period (abbreviation) and, if comma is set, an optional comma.
func (c *checker) gapOK(k int, comma bool) bool {
	gap := c.text[c.toks[k].end:c.toks[k+1].start]
	if c.toks[k].poss {
		return false
	}
	gap = strings.TrimPrefix(gap, ".")
	if comma {
		gap = strings.TrimPrefix(gap, ",")
	}
	return gap != "" && strings.Trim(gap, " \t") == ""
}

// textSpeak are the short forms of comments typed on a phone, read as the
// words they stand for.
var textSpeak = map[string]string{
	"ur": "your", "u": "you", "yr": "your", "urs": "yours", "ya'll": "you", "y'all": "you",
	"thx": "thanks", "tx": "thanks", "ty": "thanks", "pls": "please", "plz": "please",
	"appt": "appointment", "appts": "appointments", "rx": "prescription", "rxs": "prescriptions",
	"lil": "little", "hun": "hon",
}
