// Knowledge: what a name is and what a word is, from public lists that
// ship with the app (data/knowledge/, where SOURCES.md says where each comes
// from and its licence). Given names and surnames of many origins tell a
// name the hand-written lists never saw; the English and Spanish word lists
// tell an ordinary word from one that can only be a name. They are larger
// than the hand-written lists, so each is read the first time it is needed.

package privacy

import (
	"bytes"
	"compress/gzip"
	"embed"
	"encoding/binary"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
)

//go:embed data/knowledge/*.gz
var knowledgeFiles embed.FS

// lexicon is a sorted list of folded words in one string, searched by
// binary search: the Spanish list has 635,000 forms, which as a map would
// cost several times the memory.
type lexicon struct {
	words []byte   // the file's text, never changed after loading
	offs  []uint32 // start of each word in words; words end at '\n'
	// from[b] is the first word starting with a byte of b or more, so a
	// search looks only among the words sharing the first letter.
	from [257]uint32
	// slots is a hash table of the lists up to indexedWords words: each
	// slot holds a word's index plus one, or 0, found by the word's hash
	// and the slots after it. A check asks these lists of every word
	// several times; a binary search cost 7 % of a check.
	slots []uint32
}

// indexedWords is the largest list given slots (4 bytes per slot, two
// slots per word); the Spanish list keeps to binary search.
const indexedWords = 250_000

// lineIs reports line i holding the word k (alone, or before a tab).
func (l *lexicon) lineIs(i int, k string) bool {
	w := l.word(i)
	return len(w) >= len(k) && string(w[:len(k)]) == k && (len(w) == len(k) || w[len(k)] == '\t')
}

// find is the index of the line whose word is k, or -1.
func (l *lexicon) find(k string) int {
	if l.slots != nil {
		mask := uint64(len(l.slots) - 1)
		for j := wordHash(k) & mask; l.slots[j] != 0; j = (j + 1) & mask {
			i := int(l.slots[j] - 1)
			if l.lineIs(i, k) {
				return i
			}
		}
		return -1
	}
	if i, hi := l.search(k); i < hi && l.lineIs(i, k) {
		return i
	}
	return -1
}

// word is the i-th word: words follow one another, each ending in '\n'.
func (l *lexicon) word(i int) []byte {
	if i+1 < len(l.offs) {
		return l.words[l.offs[i] : l.offs[i+1]-1]
	}
	s := l.words[l.offs[i]:]
	return s[:bytes.IndexByte(s, '\n')]
}

// has reports k on the list.
func (l *lexicon) has(k string) bool {
	if l == nil || k == "" {
		return false
	}
	i := l.find(k)
	return i >= 0 && len(l.word(i)) == len(k)
}

// search is the first line at or after k among those sharing k's first
// byte, and the end of those lines. k is not empty. Comparing string(b)
// with a string does not copy b.
func (l *lexicon) search(k string) (i, hi int) {
	lo, hi := int(l.from[k[0]]), int(l.from[int(k[0])+1])
	return lo + sort.Search(hi-lo, func(i int) bool { return string(l.word(lo+i)) >= k }), hi
}

// loadLexicon reads data/knowledge/name: gzip, one folded word a line in
// byte order, '#' lines first.
func loadLexicon(name string) *lexicon {
	b, err := knowledgeFiles.ReadFile("data/knowledge/" + name)
	if err != nil {
		panic("privacy: " + err.Error()) // embedded: TestKnowledgeFiles reads every one
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		panic("privacy: " + name + ": " + err.Error())
	}
	// A gzip file ends with its uncompressed size: read into one buffer of
	// that size instead of growing one (the Spanish list is 7 MB).
	raw := make([]byte, binary.LittleEndian.Uint32(b[len(b)-4:]))
	if _, err := io.ReadFull(zr, raw); err != nil {
		panic("privacy: " + name + ": " + err.Error())
	}
	return newLexicon(raw)
}

// newLexicon indexes raw: one word a line in byte order, '#' lines first.
func newLexicon(raw []byte) *lexicon {
	l := &lexicon{words: raw, offs: make([]uint32, 0, bytes.Count(raw, []byte{'\n'}))}
	for off := 0; off < len(l.words); {
		end := bytes.IndexByte(l.words[off:], '\n')
		if end < 0 {
			break
		}
		if l.words[off] != '#' && end > 0 {
			l.offs = append(l.offs, uint32(off))
		}
		off += end + 1
	}
	// Words are in byte order, so those starting with b follow those
	// starting with any smaller byte.
	next := 0
	for b := 0; b <= 256; b++ {
		for next < len(l.offs) && int(l.words[l.offs[next]]) < b {
			next++
		}
		l.from[b] = uint32(next)
	}
	if n := len(l.offs); n > 0 && n <= indexedWords {
		size := 1
		for size < 2*n {
			size *= 2
		}
		l.slots = make([]uint32, size)
		mask := uint64(size - 1)
		for i := range n {
			j := wordHash(l.word(i)) & mask
			for l.slots[j] != 0 {
				j = (j + 1) & mask
			}
			l.slots[j] = uint32(i + 1)
		}
	}
	return l
}

var (
	givenNameList   = sync.OnceValue(func() *lexicon { return loadLexicon("given_names.txt.gz") })
	surnameList     = sync.OnceValue(func() *lexicon { return loadLexicon("surnames.txt.gz") })
	englishCommon   = sync.OnceValue(func() *lexicon { return loadLexicon("english_common.txt.gz") })
	englishRare     = sync.OnceValue(func() *lexicon { return loadLexicon("english_rare.txt.gz") })
	spanishWordList = sync.OnceValue(func() *lexicon { return loadLexicon("spanish_words.txt.gz") })
)

// commonWord reports an everyday English word ("will", "grace", "bill"),
// or a Spanish function word when the text is in Spanish. The Spanish list
// has every form of every word and no frequencies, so it says what is a
// word, not what is common: "Rosa" and "Paco" are words there too.
func (c *checker) commonWord(k string) bool {
	if englishCommon().has(k) || lookupLex(englishCommon(), k) {
		return true
	}
	return c.spanish && spanishMarks[k]
}

// dictionaryWord reports a word of the language: any English word the
// dictionary knows, or a Spanish one when the text has Spanish in it.
func (c *checker) dictionaryWord(k string) bool {
	return c.commonWord(k) || c.lessCommonWord(k)
}

// lessCommonWord is dictionaryWord without the everyday words, for callers
// that asked commonWord already.
func (c *checker) lessCommonWord(k string) bool {
	if englishRare().has(k) || lookupLex(englishRare(), k) {
		return true
	}
	return c.spanish && (spanishWordList().has(k) || spanishEnclitic(k))
}

// spanishEnclitic reports a Spanish verb with a pronoun joined to its end,
// as imperatives are written ("vacúnate", "llámanos", "cuídese",
// "inscríbete"): the verb without it is a word of the language, or its
// infinitive is ("vacunarte").
func spanishEnclitic(k string) bool {
	for _, p := range []string{"nos", "te", "se", "me", "lo", "le"} {
		stem, ok := strings.CutSuffix(k, p)
		if !ok || len(stem) < 4 {
			continue
		}
		if spanishWordList().has(stem) {
			return true
		}
	}
	return false
}

// lookupLex is lookup for a lexicon: the word without a plural ending.
func lookupLex(l *lexicon, k string) bool {
	if strings.HasSuffix(k, "ies") && l.has(k[:len(k)-3]+"y") {
		return true
	}
	return strings.HasSuffix(k, "s") && len(k) > 3 && l.has(k[:len(k)-1])
}

// knownGiven and knownSurname report a word on the name lists.
func knownGiven(k string) bool   { return givenNameList().has(k) }
func knownSurname(k string) bool { return surnameList().has(k) }

// wordGroups are words grouped by how they are used, learnt from GloVe
// word vectors (data/knowledge/word_clusters.txt.gz, SOURCES.md): words used
// alike share a group, so "sniffles" sits with "bronchitis", "knee" with
// "ankle", and "Tunde" with "Adebayo" one level up, whether or not anyone
// wrote them into a list or a labelled set. The tagger reads a word's
// group at three sizes, so what it learnt of one word carries to the
// others of its group.
type wordGroups struct {
	lex *lexicon
	// levels holds each fine group's middle and coarse group.
	levels [][2]uint16
}

var wordGroupList = sync.OnceValue(func() *wordGroups {
	return newWordGroups(loadLexicon("word_clusters.txt.gz"))
})

// newWordGroups reads the "#levels" line: one "middle:coarse" per fine
// group, in order.
func newWordGroups(l *lexicon) *wordGroups {
	g := &wordGroups{lex: l}
	_, rest, ok := bytes.Cut(l.words, []byte("\n#levels "))
	if !ok {
		panic("privacy: word_clusters.txt.gz has no #levels line")
	}
	line, _, _ := bytes.Cut(rest, []byte{'\n'})
	for _, f := range strings.Fields(string(line)) {
		var m, c uint16
		if _, err := fmt.Sscanf(f, "%d:%d", &m, &c); err != nil {
			panic("privacy: word_clusters.txt.gz: #levels: " + err.Error())
		}
		g.levels = append(g.levels, [2]uint16{m, c})
	}
	return g
}

// group is the fine group of k, or -1 for a word the vectors do not hold.
func (g *wordGroups) group(k string) int {
	l := g.lex
	if k == "" || len(l.offs) == 0 {
		return -1
	}
	// Lines are "word\tgroup".
	i := l.find(k)
	if i < 0 {
		return -1
	}
	line := l.word(i)
	if len(line) <= len(k) || line[len(k)] != '\t' {
		return -1
	}
	n := 0
	for _, b := range line[len(k)+1:] {
		n = n*10 + int(b-'0')
	}
	if n >= len(g.levels) {
		return -1
	}
	return n
}
