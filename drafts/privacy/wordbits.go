package privacy

import (
	"strings"
	"sync"
)

// wordBits records which of the word lists (vocabulary) hold a word, one
// bit a list, so that the scans, which ask the lists about the same words
// many times over (13,000 lookups for a 2,000-character post, 6,000 of
// them distinct), test a bit of the token instead. Each word's bits are
// read from the lists once and kept, as staff check the same draft again
// as they type. (Sets of their own, open-addressed on an FNV hash, in
// place of Go's maps made the check slower, not faster: the lookups were
// too many, not too slow.)
type wordBits uint64

// has reports whether the word is on any of the lists l names.
func (b wordBits) has(l wordBits) bool { return b&l != 0 }

// The lists the scans ask about a token, one bit each (the others are
// asked of few words, and read only then).
const (
	inGivenNames wordBits = 1 << iota
	inNotNames
	inTitles
	inRoleWords
	inFamilyWords
	inGreetings
	inHonorifics
	inOrgWords
	inOrgHeads
	inCommonCaps
	inPlaceWords
	inLeadWords
	inNameCareCues
	inGroupWords
	inStandaloneHeads
	inMedModifiers
	inMeasures
	inRelNouns
	inRelMods
	inPatientCompounds
	inCareSettings
	inPatientAdjs
	inGenericWords
	inYouWords
	inServiceWords
	inEventWords
	inThirdPerson
	inMonths
	inWeekdays
	inDayPrefixes
	inDobCues
	inDateCues
	inRelativeDays
	inAmbiguousMonths
	inRelativeSpans
	inDateEvents
	inPhoneCues
	inBarePhoneCues
	inAddrSuffixes
	inUnitWords
	inIdLabels
	inStreetsFirst
	inMedHeads
	inBodyParts
	inCareWords
	// What lookup and condTerm answer: the list holds the word or its
	// singular ("knees", "allergies"); a condition's word.
	lkMedHeads
	lkBodyParts
	lkFamilyWords
	lkCareWords
	lkMonths
	lkWeekdays
	isCondTerm
)

// listsInBitOrder are the lists of v, in the order of their bits.
func listsInBitOrder(v *vocabulary) []map[string]bool {
	return []map[string]bool{
		v.givenNames,
		v.notNames,
		v.titles,
		v.roleWords,
		v.familyWords,
		v.greetings,
		v.honorifics,
		v.orgWords,
		v.orgHeads,
		v.commonCaps,
		v.placeWords,
		v.leadWords,
		v.nameCareCues,
		v.groupWords,
		v.standaloneHeads,
		v.medModifiers,
		v.measures,
		v.relNouns,
		v.relMods,
		v.patientCompounds,
		v.careSettings,
		v.patientAdjs,
		v.genericWords,
		v.youWords,
		v.serviceWords,
		v.eventWords,
		v.thirdPerson,
		v.months,
		v.weekdays,
		v.dayPrefixes,
		v.dobCues,
		v.dateCues,
		v.relativeDays,
		v.ambiguousMonths,
		v.relativeSpans,
		v.dateEvents,
		v.phoneCues,
		v.barePhoneCues,
		v.addrSuffixes,
		v.unitWords,
		v.idLabels,
		v.streetsFirst,
		v.medHeads,
		v.bodyParts,
		v.careWords,
	}
}

// wordsRead keeps what the word lists said of every word read so far:
// which lists hold it, and the tagger's reading of them in a text with
// and without Spanish. Staff check the same draft again as they type, and
// reading the lists for every word was half the time of a check. Each
// part is read outside the lock, so checks running at once do not wait
// on each other's new words.
var wordsRead struct {
	sync.Mutex
	v *vocabulary
	m map[string]wordRead
}

// lexicalWordsMax bounds the words whose reading is kept (wordsRead):
// past it the reading starts afresh.
const lexicalWordsMax = 50_000

// forgetLexicalWords empties what is kept of the words read, so the next
// checks read every word as new (benchmarks and tests of a first check).
func forgetLexicalWords() {
	wordsRead.Lock()
	wordsRead.m = nil
	wordsRead.Unlock()
}

type wordRead struct {
	lists wordBits
	tag   [2]tagWord // in a text without Spanish, with Spanish
	read  uint8      // readLists, and readTag shifted by 0 or 1 (tag's index)
}

const (
	readLists = 1 << iota
	readTag
)

func (v *vocabulary) kept(k string) wordRead {
	wordsRead.Lock()
	defer wordsRead.Unlock()
	if wordsRead.v != v {
		return wordRead{}
	}
	return wordsRead.m[k]
}

// keep adds the parts of r that were read to what is kept of k.
func (v *vocabulary) keep(k string, r wordRead) {
	wordsRead.Lock()
	defer wordsRead.Unlock()
	if wordsRead.v != v || wordsRead.m == nil || len(wordsRead.m) >= lexicalWordsMax {
		wordsRead.v, wordsRead.m = v, make(map[string]wordRead, 1024)
	}
	old := wordsRead.m[k]
	if r.read&readLists == 0 {
		r.lists = old.lists
	}
	for sp := range r.tag {
		if r.read&(readTag<<sp) == 0 {
			r.tag[sp] = old.tag[sp]
		}
	}
	r.read |= old.read
	wordsRead.m[k] = r
}

// listsOf is which of v's lists hold the word k.
func (v *vocabulary) listsOf(k string) wordBits {
	r := v.kept(k)
	if r.read&readLists == 0 {
		r = wordRead{lists: v.readLists(k), read: readLists}
		v.keep(k, r)
	}
	return r.lists
}

// wordOf is which lists hold k and the tagger's reading of them, for
// this text's languages.
func (c *checker) wordOf(k string) (wordBits, tagWord) {
	sp := 0
	if c.spanish {
		sp = 1
	}
	r := c.vocab.kept(k)
	want := uint8(readLists | readTag<<sp)
	if r.read&want != want {
		if r.read&readLists == 0 {
			r.lists = c.vocab.readLists(k)
		}
		if r.read&(readTag<<sp) == 0 {
			r.tag[sp] = c.readTagWord(k)
		}
		r.read |= want
		c.vocab.keep(k, r)
	}
	return r.lists, r.tag[sp]
}

// readLists reads which of v's lists hold k, from the lists' index
// (listIndex): the word, and for the plural-aware answers its singular
// ("allergies" → "allergy", "knees" → "knee"), as lookup reads them.
func (v *vocabulary) readLists(k string) wordBits {
	b := v.listIndex[k]
	all := b
	if strings.HasSuffix(k, "ies") {
		all |= v.listIndex[k[:len(k)-3]+"y"]
	}
	if strings.HasSuffix(k, "s") {
		all |= v.listIndex[k[:len(k)-1]]
	}
	for _, d := range []struct{ in, lk wordBits }{
		{inMedHeads, lkMedHeads}, {inBodyParts, lkBodyParts}, {inFamilyWords, lkFamilyWords},
		{inCareWords, lkCareWords}, {inMonths, lkMonths}, {inWeekdays, lkWeekdays},
	} {
		if all.has(d.in) {
			b |= d.lk
		}
	}
	if v.condTerm(k) {
		b |= isCondTerm
	}
	return b
}
