package privacy

import (
	"strings"
	"testing"
)

func FuzzCheckPrivacy(f *testing.F) {
	for _, e := range loadPrivacyCorpus(f) {
		f.Add(e.Text, e.Kind == "reply")
	}
	for _, s := range []string{
		"", " ", "\n\n", "Mr.", "Mrs. ", "Dr. . .", "’s", "'s", "O’", "patient", "your", "#", "@", "@@x.co",
		"1/1/", "12/31/9999", "555-0100-0100", "(555) 010-0100x", "+1", "SSN 1", "MRN: -", "1 A St",
		"Hi \xff\xfe Maria!", "! diABetes", "\n. Mr. Lee’s chemo", "Zoë’s\u0301 chemo", "e\u0301\u0301\u0301", "A1C-free-", "...!!!???",
		"+44 (0)20 7946 0018", "0611/234567", "+1 (", "(0)", "+49\u00a030\u00a0", "06-12-34-56-78 24/7", "1.250.000",
		"555 010 0199 2025", "+800 1234 5678", "011 44", "0044 20 7946 0018x",
		"@a@b.c", "@x.y_1 el 3 de dic", "@@", "@.", "@a.", "@a-", "12-dic", "carnet #EPS-5521", "#-1", "el 14", "Calle 1",
		"c/ Mayor 3, 2ºB", "the 9th", "tues the", "doña", "Mon–Fri", "MenACWY", "@nico.fdz Nico,", "14.02.", "04.12-",
		"ward 3, bed 12", "room 2", "160/100", "LDL 162", "sugar was", "round 3", "mon/wed/fri", "el sáb", "el mié 21",
		"Mr. van der Berg", "Sr. de la", "bringing ur dad in", "we saw", "bumped to 11:45", "thurs at 2", "a las",
		"la semana que viene", "el próximo", "in oct", "lil tayo", "@soledad_vp Sole,", "@kaur.family", "Crohn’s disease",
		privBenchPost, privBenchPostES,
	} {
		f.Add(s, true)
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, text string, reply bool) {
		fs := Check(text, Options{Reply: reply, Own: corpusOwn})
		checkPrivacyInvariants(t, text, fs)
	})
}

// FuzzLanguageCounts keeps languageCounts splitting words as
// strings.FieldsFunc would, which it replaced to save the slice.
func FuzzLanguageCounts(f *testing.F) {
	for _, s := range []string{"", "el", " the ", "¿qué tal?", "it’s su cita", "y\xffel", "l'été la", "…los…", privBenchPostES} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		var es, en int
		for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !wordRune(r) && r != '\'' && r != '’' }) {
			if spanishMarks[keyOf(w)] {
				es++
			}
			if englishMarks[keyOf(w)] {
				en++
			}
		}
		if gotES, gotEN := languageCounts(text); gotES != es || gotEN != en {
			t.Fatalf("languageCounts(%q) = %d, %d; split by fields it is %d, %d", text, gotES, gotEN, es, en)
		}
	})
}
