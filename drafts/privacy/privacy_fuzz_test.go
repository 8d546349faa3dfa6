package privacy

import "testing"

func FuzzCheckPrivacy(f *testing.F) {
	for _, e := range loadPrivacyCorpus(f) {
		f.Add(e.Text, e.Kind == "reply")
	}
	for _, s := range []string{
		"", " ", "\n\n", "Mr.", "Mrs. ", "Dr. . .", "’s", "'s", "O’", "patient", "your", "#", "@", "@@x.co",
		"1/1/", "12/31/9999", "555-0100-0100", "(555) 010-0100x", "+1", "SSN 1", "MRN: -", "1 A St",
		"Hi \xff\xfe Maria!", "! diABetes", "\n. Mr. Lee’s chemo", "Zoë’s\u0301 chemo", "e\u0301\u0301\u0301", "A1C-free-", "...!!!???",
		privBenchPost,
	} {
		f.Add(s, true)
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, text string, reply bool) {
		fs := Check(text, Options{Reply: reply, Own: corpusOwn})
		checkPrivacyInvariants(t, text, fs)
	})
}
