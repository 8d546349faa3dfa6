// The word lists: data/*.txt, embedded in the binary and read into sets the
// first time a text is checked. Each file says at its top what it holds;
// keys are lower-case, ASCII-folded (fold) and use straight apostrophes, so
// "Zoë", "ZOE" and "zoe" all meet the same entry.

package privacy

import (
	"embed"
	"fmt"
	"slices"
	"strings"
	"sync"
)

//go:embed data/*.txt
var dataFiles embed.FS

// vocabulary holds every word list the checker reads. Where a field's list
// comes from is in vocabularyFiles.
type vocabulary struct {
	// Names.
	givenNames, ambiguousNames, notNames, titles, roleWords, familyWords, greetings,
	honorifics, orgWords, orgHeads, commonCaps, placeWords, leadWords, nameCareCues, abbrevs, groupWords, occupations map[string]bool
	// Conditions, procedures and drugs.
	conditionTerms, medHeads, standaloneHeads, medModifiers, suffixExceptions, careWords, measures, bodyParts map[string]bool
	medSuffixes                                                                                               []string
	condPhrases                                                                                               map[string][][]string // by first word, longest first
	// Relationships.
	relNouns, relMods, patientCompounds, careSettings, patientAdjs, genericWords, youWords, definiteWords, serviceWords, eventWords,
	thirdPerson map[string]bool
	relPhrases map[string][][]string // by first word, longest first
	// Dates.
	months, weekdays, dayPrefixes, dobCues, dateCues, relativeDays, ambiguousMonths, relativeSpans, dateEvents map[string]bool
	// dateEventTails are the words after a hyphen in dateEvents ("run" of
	// "fun-run"): only these can end an event written as two words.
	dateEventTails map[string]bool
	// Contact details and identifiers.
	phoneCues, barePhoneCues, addrSuffixes, unitWords, idLabels, idFillers, streetsFirst map[string]bool
	streetAbbrevs                                                                        map[string]string // full word → short form
	// listIndex holds, for each word on any of the sets wordBits names,
	// its bits.
	listIndex map[string]wordBits
}

// vocabularyFiles names the file of each word set. conditionTerms is read
// from several files: the condition vocabulary is kept by subject.
func vocabularyFiles(v *vocabulary) map[*map[string]bool][]string {
	return map[*map[string]bool][]string{
		&v.givenNames:       {"names_given.txt"},
		&v.ambiguousNames:   {"names_ambiguous.txt"},
		&v.notNames:         {"names_not.txt"},
		&v.titles:           {"names_titles.txt"},
		&v.roleWords:        {"names_roles.txt"},
		&v.familyWords:      {"names_family.txt"},
		&v.greetings:        {"names_greetings.txt"},
		&v.honorifics:       {"names_honorifics.txt"},
		&v.orgWords:         {"names_orgs.txt"},
		&v.orgHeads:         {"names_org_heads.txt"},
		&v.commonCaps:       {"names_common_caps.txt"},
		&v.placeWords:       {"names_places.txt", "names_world.txt"},
		&v.leadWords:        {"names_lead_words.txt"},
		&v.nameCareCues:     {"names_care_cues.txt"},
		&v.abbrevs:          {"abbreviations.txt"},
		&v.groupWords:       {"names_groups.txt"},
		&v.occupations:      {"names_occupations.txt"},
		&v.conditionTerms:   {"care_condition_terms.txt", "care_conditions.txt", "care_procedures.txt", "care_tests.txt", "care_devices.txt", "care_obstetric.txt", "care_drugs.txt", "care_drug_brands.txt", "care_spanish.txt", "care_everyday.txt", "care_wordnet.txt"},
		&v.medHeads:         {"care_heads.txt"},
		&v.standaloneHeads:  {"care_standalone_heads.txt"},
		&v.medModifiers:     {"care_modifiers.txt"},
		&v.suffixExceptions: {"care_suffix_exceptions.txt"},
		&v.careWords:        {"care_words.txt"},
		&v.measures:         {"care_measures.txt"},
		&v.bodyParts:        {"care_body_parts.txt", "care_body_parts_es.txt"},
		&v.relNouns:         {"rel_nouns.txt"},
		&v.relMods:          {"rel_modifiers.txt"},
		&v.patientCompounds: {"rel_patient_compounds.txt"},
		&v.careSettings:     {"rel_care_settings.txt"},
		&v.patientAdjs:      {"rel_patient_adjectives.txt"},
		&v.genericWords:     {"rel_generic_words.txt"},
		&v.youWords:         {"rel_you_words.txt"},
		&v.definiteWords:    {"rel_definite_words.txt"},
		&v.serviceWords:     {"rel_service_words.txt"},
		&v.eventWords:       {"care_event_words.txt"},
		&v.thirdPerson:      {"rel_third_person.txt"},
		&v.months:           {"dates_months.txt"},
		&v.weekdays:         {"dates_weekdays.txt"},
		&v.dayPrefixes:      {"dates_day_prefixes.txt"},
		&v.dobCues:          {"dates_birth_cues.txt"},
		&v.dateCues:         {"dates_visit_cues.txt"},
		&v.relativeDays:     {"dates_relative.txt"},
		&v.ambiguousMonths:  {"dates_ambiguous_months.txt"},
		&v.relativeSpans:    {"dates_relative_spans.txt"},
		&v.dateEvents:       {"dates_event_words.txt"},
		&v.phoneCues:        {"contact_phone_cues.txt"},
		&v.barePhoneCues:    {"contact_bare_phone_cues.txt"},
		&v.addrSuffixes:     {"contact_address_suffixes.txt"},
		&v.unitWords:        {"contact_unit_words.txt"},
		&v.idLabels:         {"contact_id_labels.txt"},
		&v.idFillers:        {"contact_id_fillers.txt"},
		&v.streetsFirst:     {"contact_street_words_first.txt"},
	}
}

// vocab returns the word lists, read from data/ once, on first use.
var vocab = sync.OnceValue(func() *vocabulary {
	v, err := loadVocabulary()
	if err != nil {
		panic("privacy: " + err.Error()) // the files are embedded: a test reads every one
	}
	return v
})

func loadVocabulary() (*vocabulary, error) {
	v := &vocabulary{}
	for set, files := range vocabularyFiles(v) {
		*set = map[string]bool{}
		for _, name := range files {
			entries, err := readList(name)
			if err != nil {
				return nil, err
			}
			for _, e := range entries {
				if strings.ContainsAny(e, " \t") {
					return nil, fmt.Errorf("%s: %q: one word per line", name, e)
				}
				(*set)[fold(strings.ToLower(e))] = true
			}
		}
	}
	v.dateEventTails = map[string]bool{}
	for e := range v.dateEvents {
		for i := range len(e) {
			if e[i] == '-' {
				v.dateEventTails[e[i+1:]] = true
			}
		}
	}
	v.listIndex = map[string]wordBits{}
	for i, l := range listsInBitOrder(v) {
		for w := range l {
			v.listIndex[w] |= 1 << i
		}
	}
	var err error
	if v.medSuffixes, err = readList("care_suffixes.txt"); err != nil {
		return nil, err
	}
	if v.condPhrases, err = readPhrases("care_phrases.txt", "care_wordnet_phrases.txt"); err != nil {
		return nil, err
	}
	if v.relPhrases, err = readPhrases("rel_phrases.txt"); err != nil {
		return nil, err
	}
	pairs, err := readList("contact_street_abbreviations.txt")
	if err != nil {
		return nil, err
	}
	v.streetAbbrevs = map[string]string{}
	for _, p := range pairs {
		f := strings.Fields(p)
		if len(f) != 2 {
			return nil, fmt.Errorf("contact_street_abbreviations.txt: %q is not a word and its short form", p)
		}
		v.streetAbbrevs[f[0]] = f[1]
	}
	return v, nil
}

// readList returns the entries of data/name: one a line, without comments
// ('#' to the end of the line) and blank lines.
func readList(name string) ([]string, error) {
	b, err := dataFiles.ReadFile("data/" + name)
	if err != nil {
		return nil, err
	}
	var out []string
	for line := range strings.Lines(string(b)) {
		line, _, _ = strings.Cut(line, "#")
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no entries", name)
	}
	return out, nil
}

// readPhrases reads multi-word phrases keyed by their first word, the
// longest first so the longest match wins.
func readPhrases(names ...string) (map[string][][]string, error) {
	var lines []string
	for _, name := range names {
		l, err := readList(name)
		if err != nil {
			return nil, err
		}
		lines = append(lines, l...)
	}
	m := map[string][][]string{}
	for _, p := range lines {
		w := strings.Fields(strings.ToLower(p))
		m[w[0]] = append(m[w[0]], w)
	}
	for _, l := range m {
		slices.SortStableFunc(l, func(a, b []string) int { return len(b) - len(a) })
	}
	return m, nil
}
