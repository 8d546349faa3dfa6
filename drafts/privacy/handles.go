// Handles: @name, @name.with.dots, @name_123 and @user@server.example. A
// person's handle next to care details identifies them as surely as their
// name; an organisation's handle (@cityparks, the clinic's own) never does.

package privacy

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

type handle struct {
	start, end int
	parts      []string // the words of the user part: "maria.elena_09" → maria, elena
	org        bool     // an organisation's or the clinic's own
}

// handleAt reads the handle whose '@' is at i.
func (c *checker) handleAt(i int) (handle, bool) {
	t := c.text
	j, letter := i+1, false
	for j < len(t) {
		r, sz := utf8.DecodeRuneInString(t[j:])
		if r == '.' || r == '-' {
			// Dots and dashes join words inside a handle, never end one.
			if nr, _ := utf8.DecodeRuneInString(t[j+sz:]); j+sz < len(t) && (wordRune(nr) || nr == '_') {
				j += sz
				continue
			}
			break
		}
		if !wordRune(r) && r != '_' {
			break
		}
		letter = letter || unicode.IsLetter(r)
		j += sz
	}
	if !letter {
		return handle{}, false
	}
	user := t[i+1 : j]
	if j < len(t) && t[j] == '@' {
		// @user@server.example (Mastodon): the server is part of the handle.
		if _, e, ok := emailAt(t, j); ok || j+1 < len(t) {
			end := j + 1
			for end < len(t) && (asciiAlnum(t[end]) || t[end] == '-' || t[end] == '.') {
				end++
			}
			for end > j+1 && t[end-1] == '.' {
				end--
			}
			if ok {
				end = max(end, e)
			}
			if end > j+1 {
				j = end
			}
		}
	} else if k := strings.Index(user, ".bsky."); k > 0 {
		user = user[:k] // @name.bsky.social (Bluesky)
	}
	h := handle{start: i, end: j}
	for _, f := range strings.FieldsFunc(user, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if k := keyOf(f); len(k) > 1 {
			h.parts = append(h.parts, k)
		}
	}
	h.org = c.orgHandle(user, h.parts) || c.wordsHandle(user)
	return h, true
}

// orgHandle reports the handle of an organisation or of the clinic: its
// words, or the run of letters they are written in ("harborviewclinic"),
// hold an organisation word or a word of the clinic's name or website.
func (c *checker) orgHandle(user string, parts []string) bool {
	joined := lettersOf(user)
	if c.own.handles[joined] {
		return true
	}
	for _, p := range parts {
		if len(p) < 3 || len(parts) > 1 && knownSurname(p) {
			continue // "@dayana.rd", "@hyunwoo.park": initials and surnames, not "Rd." or a park
		}
		if c.vocab.orgWords[p] && !otherGiven(parts, p) || c.own.words[p] && !familyHandleWords[p] && !(c.own.place[p] && c.personPart(parts, p)) {
			return true
		}
	}
	// A run of letters made of a word and an organisation word after it
	// ("cityparks", "localnews", "northsiderec"): the end alone is looked
	// for, so names that merely hold one ("bankole", "parkinson") stay
	// people's, and so do a given name and a surname ("emmapark").
	for _, p := range parts {
		for w := 3; w+3 <= len(p); w++ {
			head, tail := p[:w], p[w:]
			if (c.vocab.orgWords[tail] || strings.HasSuffix(tail, "s") && c.vocab.orgWords[tail[:len(tail)-1]]) &&
				commonHandleWord(c, head) && !c.givenName(head) && !knownSurname(head) {
				return true
			}
		}
	}
	// Short organisation words hide inside names ("bankole", "parkinson"):
	// only the longer ones are looked for inside a run of letters.
	for w := range c.vocab.orgWords {
		if len(w) >= 6 && strings.Contains(joined, w) {
			if rest := strings.Replace(joined, w, "", 1); knownGiven(rest) || knownSurname(rest) {
				continue // "bellastudio", "markstudio": a name and a word
			}
			return true
		}
	}
	for w := range c.own.words {
		// "Riverside Family Practice" is not in "@kaur.family".
		if len(w) >= 5 && !familyHandleWords[w] && strings.Contains(joined, w) {
			if rest := strings.Replace(joined, w, "", 1); c.own.place[w] && nameLetters(rest) {
				continue // "@bettyjoharlan": someone of the clinic's town
			}
			return true
		}
	}
	return false
}

// personPart reports a part of a handle other than p that is a person's
// name (nameLetters), in a handle that holds no organisation's word:
// "@bettyjo.harlan" beside a clinic in Harlan Bluff, not "@lospinos_parks".
func (c *checker) personPart(parts []string, p string) bool {
	for _, q := range parts {
		if lookup(c.vocab.orgWords, q) {
			return false // "@lospinos_parks"
		}
	}
	for _, q := range parts {
		if q != p && !c.own.words[q] && nameLetters(q) {
			return true
		}
	}
	return false
}

// nameLetters reports a run of letters that is a given name or surname,
// or one and a short or second name after it ("bettyjo", "annmarie").
func nameLetters(s string) bool {
	if len(s) < 3 {
		return false
	}
	if knownGiven(s) || knownSurname(s) {
		return true
	}
	for i := 4; i <= len(s)-2; i++ {
		if knownGiven(s[:i]) && (len(s)-i <= 2 || knownGiven(s[i:]) || knownSurname(s[i:])) {
			return true
		}
	}
	return false
}

// otherGiven reports a part of a handle other than p that is a given name
// ("@emma.gym.life", "@maria.studio"): a person's handle that holds an
// organisation's word.
func otherGiven(parts []string, p string) bool {
	for _, q := range parts {
		if q != p && len(q) >= 3 && knownGiven(q) {
			return true
		}
	}
	return false
}

// commonHandleWord reports a word that opens an organisation's handle:
// a dictionary word or a place ("city", "local", "northside").
func commonHandleWord(c *checker, k string) bool {
	return c.commonWord(k) || c.vocab.placeWords[k]
}

// familyHandleWords name a family in a handle ("@kaur.family"), even when
// the clinic's name has them too ("Riverside Family Practice").
var familyHandleWords = wordSet("family familia fam")

// scanHandles flags the handles of people when the text ties someone to
// care: a condition, a visit, a date or a record number found in it, a
// name next to care words, or the text gate reading it as about someone's
// care (textGateHandles). Care words alone are not enough: "@sam flu shots
// need no appointment" answers a question and says nothing of Sam. Their
// words also name the person later in the text ("@nico.fdz Nico, tu
// prueba…").
func (c *checker) scanHandles() {
	if len(c.handles) == 0 {
		return
	}
	tied := false
	for _, cd := range c.cands {
		switch cd.kind {
		case KindEmail, KindPhone:
		case KindName:
			// A name greeted in a reply is flagged on its own; it ties a
			// handle to care only next to care words.
			tied = tied || c.careContext(c.sentOf(cd.start))
		default:
			tied = true
		}
	}
	tied = tied || c.readerCare() || c.aboutSomeonesCare() >= textGateHandles
	for _, h := range c.handles {
		if h.org {
			continue
		}
		if tied {
			c.add(h.start, h.end, KindHandle)
			for _, p := range h.parts {
				if len(p) > 2 && !c.isStaff(p) && !c.notName(p) && (c.givenName(p) || knownSurname(p) || !c.dictionaryWord(p)) {
					c.handleNames = append(c.handleNames, p)
				}
			}
		}
	}
	// The person behind a flagged handle, named in the text: "@nico.fdz
	// Nico, tu prueba…", "@kowalczyk_mama the Kowalczyk twins…".
	for k, tk := range c.toks {
		if !tk.prot && !tk.name && slices.Contains(c.handleNames, tk.key) {
			c.flagName(k, k)
		}
	}
}

// readerCare reports care words in a sentence about a particular person,
// unless it is advice or what the clinic does for anyone ("@chloe.b masks
// are optional unless you have symptoms", "@jason.m we don't do tattoo
// removal").
func (c *checker) readerCare() bool {
	for s := range c.sentStart {
		if c.readerCareSent(s) && c.anchored(s) && !c.generic(s) && !c.weOffer(s) && !c.sentWords(s).negation {
			return true
		}
	}
	return false
}

// readerCareSent reports care words in sentence s that can be the
// reader's: a care word ("appointment", "results") or condition words the
// condition gate kept. Condition words it judged no one's ("sleep studies
// on site", "flu season", "the community CPR class") tie no one to care.
func (c *checker) readerCareSent(s int) bool {
	a, b := c.sentRange(s)
	for i := a; i < b; i++ {
		if tk := c.toks[i]; !tk.prot && (c.careWordAt(i) || tk.lists.has(inNameCareCues)) {
			return true
		}
	}
	return c.tiedCareIn(s)
}

// anchorHandles makes a person's handle in a post name someone, as a name
// would: "Congrats @li.wei.runs on finishing cardiac rehab!" is about Li
// Wei. In a reply the first handles are the reader, read as "you".
func (c *checker) anchorHandles() {
	if c.reply {
		return
	}
	for _, h := range c.handles {
		if !h.org {
			c.nameSents[c.sentOf(h.start)] = true
			c.hasName = true
		}
	}
}

// handleWords splits a handle's user part into the words it is written in:
// at marks and digits, at capitals inside a run ("LigaLatinaDeSoftbol"),
// and a run of lower-case letters into dictionary words where it can be
// read as two to five of them ("ironharborgym"), or nil where some run
// cannot be read so. A piece written with a capital that no dictionary
// knows is kept whole, as a proper noun ("Palmas").
func (c *checker) handleWords(user string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(user, func(r rune) bool { return !unicode.IsLetter(r) }) {
		for _, piece := range camelPieces(f) {
			k := keyOf(piece)
			if len(k) < 2 {
				continue
			}
			if c.handleWord(k) {
				out = append(out, k)
				continue
			}
			if ws := c.splitRun(k); ws != nil {
				out = append(out, ws...)
			} else if r, _ := utf8.DecodeRuneInString(piece); unicode.IsUpper(r) {
				out = append(out, k) // a proper noun written with its capital ("Palmas")
			} else {
				return nil
			}
		}
	}
	return out
}

// handleWord: a word of the language (English, or Spanish in any text: a
// handle's words are often Spanish in an English reply).
func (c *checker) handleWord(k string) bool {
	return len(k) >= 2 && (c.commonWord(k) || englishRare().has(k) || spanishWordList().has(k))
}

// camelPieces splits "LasPalmasVikingsRFC" at its inner capitals: Las,
// Palmas, Vikings, RFC.
func camelPieces(s string) []string {
	var out []string
	start := 0
	rs := []rune(s)
	for i := 1; i < len(rs); i++ {
		if unicode.IsUpper(rs[i]) && (unicode.IsLower(rs[i-1]) || i+1 < len(rs) && unicode.IsLower(rs[i+1]) && unicode.IsUpper(rs[i-1])) {
			out = append(out, string(rs[start:i]))
			start = i
		}
	}
	return append(out, string(rs[start:]))
}

// splitRun reads a run of letters as two to five dictionary words of three
// letters or more ("ironharborgym": iron harbor gym), the fewest it can,
// or nil.
func (c *checker) splitRun(k string) []string {
	if len(k) > 40 || knownGiven(k) || knownSurname(k) {
		return nil
	}
	// best[i]: the fewest words for k[:i], and where the last begins.
	best := make([]int, len(k)+1)
	from := make([]int, len(k)+1)
	for i := 1; i <= len(k); i++ {
		best[i] = -1
		for j := max(0, i-15); j <= i-3; j++ {
			if (j == 0 || best[j] > 0) && c.handleWord(k[j:i]) {
				if n := best[j] + 1; best[i] < 0 || n < best[i] {
					best[i], from[i] = n, j
				}
			}
		}
	}
	if n := best[len(k)]; n < 2 || n > 5 {
		return nil
	}
	var out []string
	for i := len(k); i > 0; i = from[i] {
		out = append([]string{k[from[i]:i]}, out...)
	}
	return out
}

// wordsHandle reports a handle written in two words of the language or
// more, one of them an organisation's word, and no name
// ("@ironharborgym", "@LasPalmasVikingsRFC", "@beachclubnube"): the
// organisation words orgHandle looks for, read where they are written
// into a run of letters or after a capital. Leaving the 169 sets out in 8
// folds, with "gym", "studio", "coffee", "comite" and "liga" among the
// organisation words: 5 spans fewer for 31 false alarms and 11 clean texts
// fewer; any two dictionary words without an organisation's word took 167
// spans with them, people's handles ("@paper.and.pine").
func (c *checker) wordsHandle(user string) bool {
	ws := c.handleWords(user)
	if len(ws) < 2 {
		return false
	}
	org := false
	for _, w := range ws {
		if c.givenName(w) || knownSurname(w) && !c.commonWord(w) {
			return false
		}
		org = org || c.vocab.orgWords[w]
	}
	return org
}
