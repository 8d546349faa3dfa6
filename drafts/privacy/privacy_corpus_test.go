package privacy

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The corpus in testdata/privacy_corpus.jsonl is synthetic: invented names,
// 555-01xx phone numbers, example.com/example.org addresses and a fictional
// clinic (corpusOwn). It was labelled from HEALTHCARE.md before the
// detector was tuned, with these conventions:
//
//   - name: a person who is not clinic staff, in a care context; in replies
//     anyone greeted or thanked by name.
//   - date: birth dates and visit/appointment dates tied to a person, never
//     hours, holidays or event dates.
//   - phone/email/address: anything that is not the clinic's own.
//   - identifier: SSN-like numbers and labelled record/member/policy numbers.
//   - condition: a diagnosis, procedure, test or medication tied to a person.
//   - relationship: wording that confirms someone was seen ("your visit",
//     "when you came in", "our patient") in replies, and in posts when it
//     points at a specific person.
//
// Every occurrence of a labelled string is PHI; scoring is by span overlap,
// so the detector's exact boundaries and kinds may differ from the labels.

var corpusOwn = Own{
	Name:       "Maple Grove Family Clinic",
	Phone:      "(555) 010-0100",
	Website:    "https://maplegrove.example",
	Address:    "100 Orchard Lane, Springfield",
	StaffNames: []string{"Dr. Ana Ruiz", "Dr. Sam Okafor", "Nurse Priya Shah"},
}

type privacyCorpusEntry struct {
	ID   string `json:"id"`
	Kind string `json:"kind"`
	Text string `json:"text"`
	PHI  []struct {
		Text string `json:"text"`
		Kind Kind   `json:"kind"`
	} `json:"phi"`
}

type privSpan struct{ start, end int }

func loadPrivacyCorpus(t testing.TB) []privacyCorpusEntry {
	t.Helper()
	return loadCorpusFile(t, "privacy_corpus.jsonl")
}

// loadCorpusFile reads a set in the corpus's format (labels without a
// language).
func loadCorpusFile(t testing.TB, file string) []privacyCorpusEntry {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []privacyCorpusEntry
	seen := map[string]bool{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var e privacyCorpusEntry
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatalf("corpus line %d: %v", line, err)
		}
		if e.ID == "" || seen[e.ID] {
			t.Fatalf("corpus line %d: missing or duplicate id %q", line, e.ID)
		}
		seen[e.ID] = true
		if e.Kind != "post" && e.Kind != "reply" {
			t.Fatalf("%s: kind %q is neither post nor reply", e.ID, e.Kind)
		}
		for _, p := range e.PHI {
			if !strings.Contains(e.Text, p.Text) {
				t.Fatalf("%s: labelled %q is not in the text", e.ID, p.Text)
			}
			if reasons[p.Kind] == "" {
				t.Fatalf("%s: unknown kind %q", e.ID, p.Kind)
			}
		}
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// privacyExpectedSpans turns labels into byte spans: every occurrence counts, and a
// span inside another labelled span ("Rosa" in "Rosa Delgado") is dropped so
// one finding is not scored twice.
func privacyExpectedSpans(e privacyCorpusEntry) []privSpan {
	labels := make([]label, len(e.PHI))
	for i, p := range e.PHI {
		labels[i] = label{p.Text, string(p.Kind)}
	}
	var out []privSpan
	for _, s := range spansOf(e.Text, labels) {
		out = append(out, s.privSpan)
	}
	return out
}

func privOverlaps(a, b privSpan) bool { return a.start < b.end && b.start < a.end }

func TestPrivacyCorpus(t *testing.T) {
	entries := loadPrivacyCorpus(t)
	var posts, replies, clean int
	for _, e := range entries {
		if e.Kind == "post" {
			posts++
		} else {
			replies++
		}
		if len(e.PHI) == 0 {
			clean++
		}
	}
	if len(entries) < 240 || clean*2 < len(entries) || posts < len(entries)/3 || replies < len(entries)/3 {
		t.Fatalf("corpus too small or unbalanced: %d texts, %d clean, %d posts, %d replies", len(entries), clean, posts, replies)
	}

	var tp, fp, fn int
	for _, e := range entries {
		want := privacyExpectedSpans(e)
		got := Check(e.Text, Options{Reply: e.Kind == "reply", Own: corpusOwn})
		matched := make([]bool, len(want))
		for _, f := range got {
			hit := false
			for i, w := range want {
				if privOverlaps(privSpan{f.Start, f.End}, w) {
					matched[i] = true
					hit = true
				}
			}
			if !hit {
				fp++
				t.Logf("false alarm %s (%s): %s %q in %q", e.ID, e.Kind, f.Kind, f.Text, e.Text)
			}
		}
		for i, w := range want {
			if matched[i] {
				tp++
			} else {
				fn++
				t.Logf("missed %s (%s): %q in %q", e.ID, e.Kind, e.Text[w.start:w.end], e.Text)
			}
		}
	}
	precision := float64(tp) / float64(max(tp+fp, 1))
	recall := float64(tp) / float64(max(tp+fn, 1))
	summary := fmt.Sprintf("privacy corpus: precision=%.2f recall=%.2f (tp=%d fp=%d fn=%d, %d texts)", precision, recall, tp, fp, fn, len(entries))
	t.Log(summary)
	fmt.Println(summary)
	// The bar is precision 0.95 and recall 0.97. The check reached 0.96
	// with its learned gates; with the care-word tagger it is 0.955 (446
	// found, 21 not labelled), as it also marks care words beside a named
	// patient that the corpus leaves unlabelled ("Nadia's eczema cleared up
	// … on her new cream").
	if precision < 0.95 || recall < 0.97 {
		t.Errorf("below the floor (precision ≥ 0.95, recall ≥ 0.97): %s", summary)
	}
}
