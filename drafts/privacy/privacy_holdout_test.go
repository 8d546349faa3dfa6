package privacy

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// The holdout sets were written by people who never saw the detector, each
// for a different fictional clinic, so they measure how the check does on
// wording it was not tuned for. Their labels mark the minimal span (the name
// without its title, the number without its label). The first set's
// individual misses were later seen while the vocabulary was widened, so it
// is no longer strictly held out. Both are now in the care-word tagger's
// training data (tagger_train_test.go), where leaving each set out prints
// their misses, and the tagger weighs a false mark on them as on the
// corpus, since both keep a precision floor here. This test prints only
// their totals.
var holdoutOwn = Own{
	Name:       "Cedar Hill Health Center",
	Phone:      "(555) 010-0177",
	Website:    "cedarhill.example",
	Address:    "42 Birch Road, Lakeside",
	StaffNames: []string{"Dr. Lena Ortiz", "Dr. Omar Haddad", "Nurse Kim Tran"},
}

var holdout2Own = Own{
	Name:       "Riverbend Pediatrics & Family Care",
	Phone:      "555-010-0190",
	Website:    "riverbend-care.example",
	Address:    "8 Millstone Avenue, Fairview",
	StaffNames: []string{"Dr. Hana Sato", "Dr. Felix Mbeki", "PA Jordan Lee", "Nurse Ines Carvalho"},
}

func TestPrivacyHoldout(t *testing.T) {
	// Floors sit a few points under the scores measured when each set was
	// added (0.92/0.96 and 0.93/0.79) or since: the check that learned
	// handles, Spanish and name data scored 0.89/0.96 and 0.90/0.91 here,
	// and with its learned gates 0.87/0.97 and 0.89/0.93 (more of what
	// these sets left unlabelled, "today" beside a named patient's visit,
	// is flagged), so a change that loses ground fails.
	sets := []struct {
		name, file        string
		own               Own
		precision, recall float64
	}{
		{"holdout", "privacy_holdout.jsonl", holdoutOwn, 0.86, 0.96},
		{"holdout2", "privacy_holdout2.jsonl", holdout2Own, 0.86, 0.92},
	}
	for _, set := range sets {
		t.Run(set.name, func(t *testing.T) {
			scoreHoldout(t, set.name, set.file, set.own, set.precision, set.recall)
		})
	}
}

func scoreHoldout(t *testing.T, name, file string, own Own, minPrecision, minRecall float64) {
	f, err := os.Open(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var entries []privacyCorpusEntry
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		var e privacyCorpusEntry
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatal(err)
		}
		entries = append(entries, e)
	}
	var tp, fp, fn int
	for _, e := range entries {
		want := privacyExpectedSpans(e)
		got := Check(e.Text, Options{Reply: e.Kind == "reply", Own: own})
		matched := make([]bool, len(want))
		for _, f := range got {
			hit := false
			for i, w := range want {
				if privOverlaps(privSpan{f.Start, f.End}, w) {
					matched[i], hit = true, true
				}
			}
			if !hit {
				fp++ // totals only; the tagger's tests show each text
			}
		}
		for i := range want {
			if matched[i] {
				tp++
			} else {
				fn++
			}
		}
	}
	precision := float64(tp) / float64(max(tp+fp, 1))
	recall := float64(tp) / float64(max(tp+fn, 1))
	summary := fmt.Sprintf("privacy %s: precision=%.2f recall=%.2f (tp=%d fp=%d fn=%d, %d texts)", name, precision, recall, tp, fp, fn, len(entries))
	t.Log(summary)
	fmt.Println(summary)
	if precision < minPrecision || recall < minRecall {
		t.Errorf("held-out scores fell: %s", summary)
	}
}
