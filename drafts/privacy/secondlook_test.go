package privacy

import (
	"slices"
	"testing"
)

// Models for the second look that never and always keep a run.
var (
	secondLookNever = gateModel{weights: make([]float64, len(secondLookFeatureNames)), bias: -30, threshold: 0.5, veto: 0.5}
	secondLookAll   = gateModel{weights: make([]float64, len(secondLookFeatureNames)), bias: 30, threshold: 0.5, veto: 0.5}
)

func checkWithSecondLook(m gateModel, text string) []string {
	var got []string
	withSecondLook([tagOutputs]gateModel{m, m, m, m}, func() {
		got = findingTexts(Check(text, Options{Reply: true, Own: testOwn}))
	})
	return got
}

func TestSecondLook(t *testing.T) {
	// The shipped weights keep these words (they keep care words and
	// names from 0.1, dates and visit wording from 0.2): a model
	// learnt anew may judge them otherwise, and the cases should then be
	// chosen anew from what it keeps.
	t.Run("completes a warning with the care words the rules left", func(t *testing.T) {
		for _, tc := range []struct {
			text, want string
		}{
			{"need a sick note pls, been stuck in bed since tuesday with this flu thing", "condition:sick note"},
			{"y'all got my granny on 3 different blood thinners?? she bruising all up her arms", "condition:blood"},
			{"Hi Frances, your hearing test is booked for Tues 5/13 at 10:30. See you then!", "date:Tues"},
		} {
			if got := checkWithSecondLook(secondLookNever, tc.text); slices.Contains(got, tc.want) {
				t.Fatalf("the rules alone already find %s in %q: the case tests nothing", tc.want, tc.text)
			}
			if got := findingTexts(Check(tc.text, Options{Reply: true, Own: testOwn})); !slices.Contains(got, tc.want) {
				t.Errorf("Check(%q) = %v, want %s", tc.text, got, tc.want)
			}
		}
	})
	t.Run("judges what the rules leave for its shape alone", func(t *testing.T) {
		// A month alone in a post is no date to the grammar; beside
		// someone's diagnosis the model reads it as theirs (0.67).
		text := "Proud moment: our care team worked with Ahmed's school to build a seizure action plan after his diagnosis in March."
		var never []string
		withSecondLook([tagOutputs]gateModel{secondLookNever, secondLookNever, secondLookNever, secondLookNever}, func() {
			never = findingTexts(Check(text, Options{Own: testOwn}))
		})
		if slices.Contains(never, "date:March") {
			t.Fatalf("the rules alone already find date:March in %q: the case tests nothing", text)
		}
		if got := findingTexts(Check(text, Options{Own: testOwn})); !slices.Contains(got, "date:March") {
			t.Errorf("Check(%q) = %v, want date:March", text, got)
		}
	})
	t.Run("raises a warning only where the text gate is sure of someone's care", func(t *testing.T) {
		for _, text := range []string{
			"Signs of a stroke: face drooping, arm weakness, speech trouble. Call 911.",
			"Anyone with chest pain should call 911 right away.",
			// A number shaped like a social security number inside a
			// link is no finding (resolve), and the link leaves the gate
			// unsure.
			"Hi! She'll need a yearly diabetes review with the nurse. Form at example.org/f/123-45-6789",
		} {
			if c := newChecker(text, Options{Reply: true, Own: testOwn}); len(c.run()) > 0 || c.aboutSomeonesCare() >= secondLookAlone {
				t.Fatalf("%q: a finding, or the text gate at %.2f, not under %.2f: the case tests nothing", text, c.aboutSomeonesCare(), secondLookAlone)
			}
			if got := checkWithSecondLook(secondLookAll, text); len(got) > 0 {
				t.Errorf("with a model that keeps every run, Check(%q) = %v, want nothing", text, got)
			}
		}
		// A reply about her review, the gate sure of it: her care.
		text := "Hi! She'll need a yearly diabetes review with the nurse before we add it to repeat."
		if got := checkWithSecondLook(secondLookNever, text); len(got) > 0 {
			t.Fatalf("the rules alone find %v in %q: the case tests nothing", got, text)
		}
		if got := checkWithSecondLook(secondLookAll, text); !slices.Contains(got, "condition:diabetes review") {
			t.Errorf("with a model that keeps every run, Check(%q) = %v, want condition:diabetes review", text, got)
		}
	})
	t.Run("keeps the rules' policy whatever the model says", func(t *testing.T) {
		for _, tc := range []struct {
			name, text, not string
		}{
			{"the clinic's own year", "@ingrid.s Ingrid, so glad the hip replacement went well! Our clinic opened in March 2010 and Dr. Ortiz joined us 2 years ago.", "date:March 2010"},
			{"a weekday alone", "@maria.g glad your son's cast is off! We're all set for Saturday's bake sale, see you there.", "date:Saturday"},
			{"the clinic's service", "@maya_r glad the knee is better! The asthma clinic moved to Thursday afternoons.", "condition:asthma"},
			{"advice to anyone", "@maria.g glad your son's cast is off! Anyone with chest pain should call 911.", "condition:chest pain"},
			{"a date far from the person", "Thanks Maria for the kind words about your knee surgery!\nWe love hearing from you.\nThe team works hard.\nWe moved in 3 weeks ago.", "date:3 weeks ago"},
			{"one word of visit wording", "Thanks for coming in, Maria! We’re so glad you’re feeling better.", "relationship:Thanks"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				all := checkWithSecondLook(secondLookAll, tc.text)
				if slices.Contains(all, tc.not) {
					t.Errorf("with a model that keeps every run, Check(%q) = %v, must not give %s", tc.text, all, tc.not)
				}
			})
		}
	})
}

// TestBodyBack: "back" is the body's when it is someone's, described, or
// followed by its care; the second look never judges the particle of "come
// back" or "call us back" as care.
func TestBodyBack(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"so sorry you hurt your back again", true},
		{"Mr. Ortiz, the lower back x-ray is normal", true},
		{"glad the back pain is easing", true},
		{"Jo's back is better", true},
		{"rest it and come back Monday", false},
		{"call us back if it still hurts", false},
		{"the results came back normal", false},
	} {
		c := newChecker(tc.text, Options{Reply: true})
		c.prepare()
		i := slices.IndexFunc(c.toks, func(tk token) bool { return tk.key == "back" })
		if i < 0 {
			t.Fatalf("no back in %q", tc.text)
		}
		if got := c.bodyBack(i); got != tc.want {
			t.Errorf("bodyBack(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
