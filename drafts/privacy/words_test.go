package privacy

import (
	"maps"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestVocabularyFiles keeps data/ tidy: every file is read by the loader,
// says at its top what it is and where it comes from, and holds lower-case
// entries without duplicates.
func TestVocabularyFiles(t *testing.T) {
	if _, err := loadVocabulary(); err != nil {
		t.Fatal(err)
	}
	used := map[string]bool{"care_suffixes.txt": true, "care_phrases.txt": true, "care_wordnet_phrases.txt": true, "rel_phrases.txt": true, "contact_street_abbreviations.txt": true}
	for _, files := range vocabularyFiles(&vocabulary{}) {
		for _, f := range files {
			used[f] = true
		}
	}
	dir, err := dataFiles.ReadDir("data")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range dir {
		names = append(names, e.Name())
	}
	if want := slices.Sorted(maps.Keys(used)); !slices.Equal(names, want) {
		t.Fatalf("data/ holds %q, the loader reads %q", names, want)
	}
	for _, name := range names {
		b, err := dataFiles.ReadFile("data/" + name)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		if !strings.HasPrefix(text, "# ") || !strings.Contains(text, "\n# Origin: ") || !strings.Contains(text, "\n# Format: ") {
			t.Errorf("%s: does not start with what it is, its origin and its format", name)
		}
		entries, err := readList(name)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		for _, e := range entries {
			if e != strings.ToLower(e) {
				t.Errorf("%s: %q is not lower-case", name, e)
			}
			if seen[e] {
				t.Errorf("%s: %q is listed twice", name, e)
			}
			seen[e] = true
		}
	}
}

func TestVocabularyLoadsOnce(t *testing.T) {
	if vocab() != vocab() {
		t.Fatal("the word lists were read twice")
	}
	if v := vocab(); !v.givenNames["zoe"] || !v.conditionTerms["lisinopril"] || v.streetAbbrevs["street"] != "st" || len(v.relPhrases["when"]) == 0 {
		t.Fatal("word lists are missing entries")
	}
}

// wordRune answers ASCII without the Unicode tables; the answer must be the
// tables' own.
func TestWordRuneASCII(t *testing.T) {
	for r := rune(0); r < utf8.RuneSelf; r++ {
		want := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		if got := wordRune(r); got != want {
			t.Errorf("wordRune(%q) = %v, want %v", r, got, want)
		}
	}
}
