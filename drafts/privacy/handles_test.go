package privacy

import (
	"slices"
	"testing"
)

func TestCamelPieces(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"LasPalmasVikingsRFC", []string{"Las", "Palmas", "Vikings", "RFC"}},
		{"ironharborgym", []string{"ironharborgym"}},
		{"RFCLasPalmas", []string{"RFC", "Las", "Palmas"}},
		{"McKenzie", []string{"Mc", "Kenzie"}},
	} {
		if got := camelPieces(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("camelPieces(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestWordsHandle: a handle written in words of the language, one of them
// an organisation's, is an organisation's; one that holds a name, or only
// everyday words, may be a person's.
func TestWordsHandle(t *testing.T) {
	c := newChecker("x", Options{})
	for _, tc := range []struct {
		user string
		org  bool
	}{
		{"ironharborgym", true},
		{"LasPalmasVikingsRFC", true},
		{"beachclubnube", true},
		{"paper.and.pine", false},
		{"darnell.w", false},
		{"s.mensah", false},
		{"the.millers", false},
		{"emma.gym.life", false},
		{"maria.studio", false},
	} {
		if got := c.wordsHandle(tc.user); got != tc.org {
			t.Errorf("wordsHandle(%q) = %v, want %v (words %q)", tc.user, got, tc.org, c.handleWords(tc.user))
		}
	}
}

// TestOrganisationHandleWithCare: an organisation's handle written in
// words is not flagged beside care words in a post; a person's still is,
// an organisation's word in it or not.
func TestOrganisationHandleWithCare(t *testing.T) {
	reply := Options{Reply: true}
	checkFindings(t, "Thanks @ironharborgym for hosting our blood pressure checks on Saturday!", Options{}, nil, []string{"handle:@ironharborgym"})
	for _, h := range []string{"@lena.ruiz", "@emma.gym.life", "@maria.studio", "@bellastudio"} {
		checkFindings(t, h+" hope the blood pressure meds are helping!", reply, []string{"handle:" + h}, nil)
	}
}

// TestHandleWithTheClinicsTown: the clinic's patients live in its town and
// write it in their handles; a handle with the town and a name is a
// person's, one with the town and an organisation's word is not, and one
// with a word of the clinic's own name is the clinic's.
func TestHandleWithTheClinicsTown(t *testing.T) {
	own := Own{Name: "Cottonwood Springs Clinic", Address: "88 Depot Avenue, Harlan Bluff", Handles: []string{"@cottonwoodspringsclinic"}}
	reply := Options{Reply: true, Own: own}
	for _, h := range []string{"@bettyjo.harlan", "@bettyjoharlan", "@maria_harlan"} {
		checkFindings(t, h+" so glad your hip is feeling better after the injection last week!", reply, []string{"handle:" + h}, nil)
	}
	for _, h := range []string{"@harlan.library", "@cottonwood.springs", "@harlanbluff"} {
		checkFindings(t, h+" so glad your hip is feeling better after the injection last week!", reply, nil, []string{"handle:" + h})
	}
}
