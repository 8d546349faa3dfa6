package triage

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// labelled is one line of testdata/messages.jsonl (see testdata/README.md).
type labelled struct {
	ID             int    `json:"id"`
	Text           string `json:"text"`
	Lang           string `json:"lang"`
	Urgent         bool   `json:"urgent"`
	Category       string `json:"category"`
	PrivateDetails bool   `json:"private_details"`
	Spam           bool   `json:"spam"`
	Abusive        bool   `json:"abusive"`
	Split          string `json:"split"`
}

func loadLabelled(t testing.TB) []labelled {
	t.Helper()
	return loadSet(t, "messages.jsonl")
}

func loadSet(t testing.TB, name string) []labelled {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var set []labelled
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var m labelled
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("%s line %d: %v", name, len(set)+1, err)
		}
		set = append(set, m)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return set
}

// TestLabelledSetShape keeps the set what the issue asks for: at least
// 300 messages, half urgent, a quarter Spanish or mixed, every category
// and both splits present, labels consistent.
func TestLabelledSetShape(t *testing.T) {
	set := loadLabelled(t)
	var urgent, spanish, holdout int
	cats := map[string]int{}
	seen := map[string]bool{}
	for i, m := range set {
		if m.ID != i+1 {
			t.Errorf("line %d has id %d", i+1, m.ID)
		}
		if seen[m.Text] {
			t.Errorf("id %d repeats a message", m.ID)
		}
		seen[m.Text] = true
		if m.Urgent != (m.Category != CategoryNone) {
			t.Errorf("id %d: urgent=%v with category %q", m.ID, m.Urgent, m.Category)
		}
		if m.Spam && m.Urgent {
			t.Errorf("id %d: urgent spam", m.ID)
		}
		switch m.Lang {
		case "es", "mixed":
			spanish++
		case "en":
		default:
			t.Errorf("id %d: lang %q", m.ID, m.Lang)
		}
		switch m.Split {
		case "holdout":
			holdout++
		case "tune":
		default:
			t.Errorf("id %d: split %q", m.ID, m.Split)
		}
		if m.Urgent {
			urgent++
		}
		cats[m.Category]++
	}
	n := len(set)
	if n < 300 || urgent*2 < n-10 || urgent*2 > n+10 || spanish*4 < n || holdout*4 < n {
		t.Errorf("%d messages, %d urgent, %d Spanish or mixed, %d held out", n, urgent, spanish, holdout)
	}
	for _, c := range []string{CategoryMedical, CategoryMentalHealth, CategoryAbuse, CategoryOverdose, CategoryNone} {
		if cats[c] < 20 {
			t.Errorf("only %d messages of category %s", cats[c], c)
		}
	}
}

// score is how Assess does on part of the set.
type score struct {
	urgent, caught       int
	calm, falseAlarms    int
	rightCategory        int
	private, privateHits int // labelled private, and of those found
	privateFalse         int // found private where the label says not
	spam, spamHits       int
	spamFalse            int
	misses, alarms       []labelled
}

func (s *score) add(m labelled, r Result) {
	if m.Urgent {
		s.urgent++
		if r.Urgent {
			s.caught++
			if r.Category == m.Category {
				s.rightCategory++
			}
		} else {
			s.misses = append(s.misses, m)
		}
	} else {
		s.calm++
		if r.Urgent {
			s.falseAlarms++
			s.alarms = append(s.alarms, m)
		}
	}
	if m.PrivateDetails {
		s.private++
		if r.PrivateDetails {
			s.privateHits++
		}
	} else if r.PrivateDetails {
		s.privateFalse++
	}
	if m.Spam {
		s.spam++
		if r.Spam {
			s.spamHits++
		}
	} else if r.Spam {
		s.spamFalse++
	}
}

func ratio(a, b int) string {
	if b == 0 {
		return "   -  "
	}
	return fmt.Sprintf("%5.1f%%", 100*float64(a)/float64(b))
}

// report writes a part's figures: recall per category and per language,
// false alarms per language.
func report(name string, set []labelled) (all score, lines []string) {
	byCat := map[string]*score{}
	byLang := map[string]*score{}
	for _, m := range set {
		r := Assess(m.Text)
		all.add(m, r)
		for _, k := range []struct {
			m   map[string]*score
			key string
		}{{byCat, m.Category}, {byLang, m.Lang}} {
			if k.m[k.key] == nil {
				k.m[k.key] = &score{}
			}
			k.m[k.key].add(m, r)
		}
	}
	lines = append(lines, fmt.Sprintf("%s: %d messages; urgent caught %d/%d (recall %s), right category %d/%d; false alarms %d/%d calm (%s)",
		name, len(set), all.caught, all.urgent, ratio(all.caught, all.urgent), all.rightCategory, all.caught,
		all.falseAlarms, all.calm, ratio(all.falseAlarms, all.calm)))
	for _, c := range []string{CategoryMedical, CategoryMentalHealth, CategoryAbuse, CategoryOverdose} {
		if s := byCat[c]; s != nil {
			lines = append(lines, fmt.Sprintf("  %-14s recall %3d/%-3d %s", c, s.caught, s.urgent, ratio(s.caught, s.urgent)))
		}
	}
	langs := make([]string, 0, len(byLang))
	for l := range byLang {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	for _, l := range langs {
		s := byLang[l]
		lines = append(lines, fmt.Sprintf("  lang %-8s recall %3d/%-3d %s   false alarms %2d/%-3d %s",
			l, s.caught, s.urgent, ratio(s.caught, s.urgent), s.falseAlarms, s.calm, ratio(s.falseAlarms, s.calm)))
	}
	lines = append(lines, fmt.Sprintf("  private details found %d/%d (%s), wrongly %d; spam found %d/%d, wrongly %d",
		all.privateHits, all.private, ratio(all.privateHits, all.private), all.privateFalse, all.spamHits, all.spam, all.spamFalse))
	return all, lines
}

// TestLabelledSet scores Assess on the labelled set: the held-out third
// (never looked at while the word lists were written), the tune part and
// the whole set. Every urgent message must be caught, and false alarms must
// stay at or under 5% of the calm messages. Run with -v for the figures.
func TestLabelledSet(t *testing.T) {
	set := loadLabelled(t)
	parts := map[string][]labelled{"all": set}
	for _, m := range set {
		parts[m.Split] = append(parts[m.Split], m)
	}
	for _, name := range []string{"holdout", "tune", "all"} {
		t.Run(name, func(t *testing.T) {
			s, lines := report(name, parts[name])
			t.Log("\n" + strings.Join(lines, "\n"))
			for _, m := range s.misses {
				t.Errorf("missed urgent %s message %d (%s): %q", m.Category, m.ID, m.Lang, m.Text)
			}
			if s.falseAlarms*20 > s.calm {
				for _, m := range s.alarms {
					t.Logf("false alarm %d: %q (%v)", m.ID, m.Text, Assess(m.Text).Reasons)
				}
				t.Errorf("%d false alarms in %d calm messages: over 5%%", s.falseAlarms, s.calm)
			}
		})
	}
}

// TestFreshSet scores Assess on testdata/fresh.jsonl, written after the
// first word lists and committed before they ran on it: it first scored
// 20/44 urgent caught (0.455) with 4/44 false alarms (0.091). Its misses
// were then used to widen the lists, so it is tune data now (and the
// learned model trains on it); the floors keep what was won.
func TestFreshSet(t *testing.T) {
	s, lines := report("fresh", loadSet(t, "fresh.jsonl"))
	t.Log("\n" + strings.Join(lines, "\n"))
	for _, m := range s.misses {
		t.Logf("missed urgent %s message %d (%s): %q", m.Category, m.ID, m.Lang, m.Text)
	}
	for _, m := range s.alarms {
		t.Logf("false alarm %d: %q %v", m.ID, m.Text, Assess(m.Text).Reasons)
	}
	const minRecall, maxFalseAlarms = 0.95, 0.05 // after widening: 43/44 (0.977), 1/44 (0.023)
	if recall := float64(s.caught) / float64(s.urgent); recall < minRecall {
		t.Errorf("recall %.2f on fresh messages, under %.2f", recall, minRecall)
	}
	if fa := float64(s.falseAlarms) / float64(s.calm); fa > maxFalseAlarms {
		t.Errorf("false alarms %.2f on fresh messages, over %.2f", fa, maxFalseAlarms)
	}
}

// TestFresh2Set scores Assess on testdata/fresh2.jsonl, written after the
// lists were widened and committed before they ran on it. First measured:
// 15/40 urgent caught (0.375), 4/40 false alarms (0.10): on wording they
// were not written from, the lists missed most emergencies. Its misses were
// then used to widen the lists again (as word families: stroke, breathing,
// trauma, bites, weapons held to someone), so it is tune data now; the
// floors keep what was won. The learned model trains on it too.
func TestFresh2Set(t *testing.T) {
	s, lines := report("fresh2", loadSet(t, "fresh2.jsonl"))
	t.Log("\n" + strings.Join(lines, "\n"))
	for _, m := range s.misses {
		t.Logf("missed urgent %s message %d (%s): %q", m.Category, m.ID, m.Lang, m.Text)
	}
	for _, m := range s.alarms {
		t.Logf("false alarm %d: %q %v", m.ID, m.Text, Assess(m.Text).Reasons)
	}
	const minRecall, maxFalseAlarms = 0.95, 0.05 // after widening: 40/40, 0/40
	if recall := float64(s.caught) / float64(s.urgent); recall < minRecall {
		t.Errorf("recall %.2f on fresh2 messages, under %.2f", recall, minRecall)
	}
	if fa := float64(s.falseAlarms) / float64(s.calm); fa > maxFalseAlarms {
		t.Errorf("false alarms %.2f on fresh2 messages, over %.2f", fa, maxFalseAlarms)
	}
}

// TestFresh3Set scores Assess on testdata/fresh3.jsonl, written after the
// second widening and never used to change the lists. First measured:
// 13/40 urgent caught (0.325), 1/40 false alarms (0.025). Three unseen
// sets (0.455, 0.375, 0.325) say the same thing: word lists catch what
// they were written from and about a third of the rest. The learned model
// now trains on it (with it: 40/40, 1/40), so its floors only keep the
// lists' first measurement; TestModelCrossValidated says how the model
// does on what it has not seen, and TestHeldOutSets on the held-out sets.
func TestFresh3Set(t *testing.T) {
	s, lines := report("fresh3", loadSet(t, "fresh3.jsonl"))
	t.Log("\n" + strings.Join(lines, "\n"))
	for _, m := range s.misses {
		t.Logf("missed urgent %s message %d (%s): %q", m.Category, m.ID, m.Lang, m.Text)
	}
	for _, m := range s.alarms {
		t.Logf("false alarm %d: %q %v", m.ID, m.Text, Assess(m.Text).Reasons)
	}
	const minRecall, maxFalseAlarms = 0.30, 0.05
	if recall := float64(s.caught) / float64(s.urgent); recall < minRecall {
		t.Errorf("recall %.2f on unseen messages, under %.2f", recall, minRecall)
	}
	if fa := float64(s.falseAlarms) / float64(s.calm); fa > maxFalseAlarms {
		t.Errorf("false alarms %.2f on unseen messages, over %.2f", fa, maxFalseAlarms)
	}
}
