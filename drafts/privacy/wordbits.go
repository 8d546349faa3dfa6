package privacy

import "sync"

// wordBits records which of the word lists (vocabulary) hold a word, one
// bit a list, so that the scans, which ask the lists about the same words
// many times over (13,000 lookups for a 2,000-character post, 6,000 of
// them distinct), test a bit of the token instead. Each word's bits are
// read from the lists once and kept, as staff check the same draft again
// as they type.
type wordBits uint64

// has reports whether the word is on any of the lists l names.
func (b wordBits) has(l wordBits) bool { return b&l != 0 }

// The lists, one bit each.
const (
	inGivenNames wordBits = 1 << iota
	inAmbiguousNames
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
	inAbbrevs
	inGroupWords
	inOccupations
	inConditionTerms
	inMedHeads
	inStandaloneHeads
	inMedModifiers
	inSuffixExceptions
	inCareWords
	inMeasures
	inBodyParts
	inRelNouns
	inRelMods
	inPatientCompounds
	inCareSettings
	inPatientAdjs
	inGenericWords
	inYouWords
	inDefiniteWords
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
	inDateEventTails
	inPhoneCues
	inBarePhoneCues
	inAddrSuffixes
	inUnitWords
	inIdLabels
	inIdFillers
	inStreetsFirst
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
		v.ambiguousNames,
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
		v.abbrevs,
		v.groupWords,
		v.occupations,
		v.conditionTerms,
		v.medHeads,
		v.standaloneHeads,
		v.medModifiers,
		v.suffixExceptions,
		v.careWords,
		v.measures,
		v.bodyParts,
		v.relNouns,
		v.relMods,
		v.patientCompounds,
		v.careSettings,
		v.patientAdjs,
		v.genericWords,
		v.youWords,
		v.definiteWords,
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
		v.dateEventTails,
		v.phoneCues,
		v.barePhoneCues,
		v.addrSuffixes,
		v.unitWords,
		v.idLabels,
		v.idFillers,
		v.streetsFirst,
	}
}

// wordBitsKept holds every word's bits once read (emptied past
// lexicalWordsMax words, and by forgetLexicalWords).
var wordBitsKept struct {
	sync.Mutex
	v     *vocabulary
	lists []map[string]bool
	m     map[string]wordBits
}

// listsOf is which of v's lists hold the word k.
func (v *vocabulary) listsOf(k string) wordBits {
	w := &wordBitsKept
	w.Lock()
	defer w.Unlock()
	if w.v != v || w.m == nil || len(w.m) >= lexicalWordsMax {
		w.v, w.lists, w.m = v, listsInBitOrder(v), map[string]wordBits{}
	}
	if b, ok := w.m[k]; ok {
		return b
	}
	var b wordBits
	for i, l := range w.lists {
		if l[k] {
			b |= 1 << i
		}
	}
	for _, d := range []struct {
		bit wordBits
		on  bool
	}{
		{lkMedHeads, lookup(v.medHeads, k)}, {lkBodyParts, lookup(v.bodyParts, k)}, {lkFamilyWords, lookup(v.familyWords, k)},
		{lkCareWords, lookup(v.careWords, k)}, {lkMonths, lookup(v.months, k)}, {lkWeekdays, lookup(v.weekdays, k)},
		{isCondTerm, v.condTerm(k)},
	} {
		if d.on {
			b |= d.bit
		}
	}
	w.m[k] = b
	return b
}
