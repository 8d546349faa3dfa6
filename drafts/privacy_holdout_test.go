package drafts

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// testdata/privacy_holdout.jsonl was written by someone who never saw the
// detector, for a different fictional clinic, so it measures how the check
// does on wording it was not tuned for. Its labels mark the minimal span
// (the name without its title, the number without its label).
var privacyHoldoutProfile = Profile{
	Name:       "Cedar Hill Health Center",
	Phone:      "(555) 010-0177",
	Website:    "cedarhill.example",
	Address:    "42 Birch Road, Lakeside",
	TimeZone:   "America/Chicago",
	StaffNames: []string{"Dr. Lena Ortiz", "Dr. Omar Haddad", "Nurse Kim Tran"},
}

func TestPrivacyHoldout(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "privacy_holdout.jsonl"))
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
		got := CheckPrivacy(e.Text, CheckOptions{Reply: e.Kind == "reply", Profile: privacyHoldoutProfile})
		matched := make([]bool, len(want))
		for _, f := range got {
			hit := false
			for i, w := range want {
				if privOverlaps(privSpan{f.Start, f.End}, w) {
					matched[i], hit = true, true
				}
			}
			if !hit {
				fp++
				t.Logf("false alarm %s: %s %q in %q", e.ID, f.Kind, f.Text, e.Text)
			}
		}
		for i, w := range want {
			if matched[i] {
				tp++
			} else {
				fn++
				t.Logf("missed %s: %q in %q", e.ID, e.Text[w.start:w.end], e.Text)
			}
		}
	}
	precision := float64(tp) / float64(max(tp+fp, 1))
	recall := float64(tp) / float64(max(tp+fn, 1))
	summary := fmt.Sprintf("privacy holdout: precision=%.2f recall=%.2f (tp=%d fp=%d fn=%d, %d texts)", precision, recall, tp, fp, fn, len(entries))
	t.Log(summary)
	fmt.Println(summary)
	// A regression guard rather than the product bar: this set was kept out
	// of tuning, so it is expected to score below the tuning corpus.
	if precision < 0.85 || recall < 0.80 {
		t.Errorf("held-out scores fell: %s", summary)
	}
}
