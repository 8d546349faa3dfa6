package triage

import (
	"strings"
	"testing"
)

func TestModelFileDecodes(t *testing.T) {
	m := theModel()
	if m.threshold <= 0 || m.threshold >= 1 || len(m.weights) < 1000 {
		t.Fatalf("model: threshold %.3f, %d features", m.threshold, len(m.weights))
	}
	back, err := decodeModel(encodeModel(m))
	if err != nil {
		t.Fatal(err)
	}
	if back.threshold != m.threshold || back.bias != m.bias || len(back.weights) != len(m.weights) {
		t.Fatalf("encode/decode changed the model")
	}
	for _, bad := range [][]byte{nil, []byte("CPTRIAGE1\n"), append([]byte(modelMagic), make([]byte, 40)...)} {
		if _, err := decodeModel(bad); err == nil {
			t.Errorf("decodeModel(%q) accepted", bad)
		}
	}
}

func TestFeaturesFoldLikeTheLists(t *testing.T) {
	lx := theLexicon()
	same := [][2]string{
		{"Mi papá NO RESPIRA", "mi papa no respira"},
		{"took 20 pills", "took 35 pills"},
		{"he can’t breathe", "he cant breathe"},
	}
	for _, s := range same {
		a, b := features(nil, lx.tokenize(s[0])), features(nil, lx.tokenize(s[1]))
		if len(a) != len(b) {
			t.Fatalf("%q and %q: %d and %d features", s[0], s[1], len(a), len(b))
		}
		for i := range a {
			if a[i] != b[i] {
				t.Errorf("%q and %q read differently", s[0], s[1])
				break
			}
		}
	}
	if fs := features(nil, lx.tokenize("call 911")); len(fs) == len(features(nil, lx.tokenize("call 912"))) && fs[len(fs)-1] == features(nil, lx.tokenize("call 912"))[len(fs)-1] {
		t.Errorf("911 reads like any number")
	}
}

func TestModelOnlyAssessSaysWhy(t *testing.T) {
	for _, tt := range []struct{ name, text, category, word string }{
		{"a child swallowed pills", "my nephew swallowed a handful of his grandma's heart pills", CategoryOverdose, `"swallowed"`},
		{"a goodbye", "tell everyone at the front desk goodbye, i won't be needing my appointments anymore", CategoryMentalHealth, `"goodbye"`},
		{"spanish, locked in", "mi novio me encerró en el cuarto y me quitó el teléfono", CategoryAbuse, `"encerró"`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if assess(tt.text, nil).Urgent {
				t.Fatalf("the word lists alone call %q urgent; the test wants one only the model catches", tt.text)
			}
			r := Assess(tt.text)
			if !r.Urgent || r.Category != tt.category {
				t.Fatalf("Assess(%q) = urgent %v %s, want urgent %s (reasons %q)", tt.text, r.Urgent, r.Category, tt.category, r.Reasons)
			}
			if !strings.HasPrefix(r.Reasons[0], "reads like the emergencies triage learned from") || !strings.Contains(r.Reasons[0], tt.word) {
				t.Errorf("reasons %q, want the first to name %q", r.Reasons, tt.word)
			}
		})
	}
}

// A 500-character calm comment: the word lists find nothing, so the model
// reads it too (the slowest path).
var benchCalm = strings.Repeat("Thank you all for the flu shot clinic last week, the line was long but the staff were kind. ", 3) +
	"My dad says the parking is much better since the new lot opened, what are the hours on Saturday? " +
	"Also dying to try the new yoga class, is it on Saturdays? My neighbor says it is great and the teacher is kind. Gracias!"

func BenchmarkAssessCalm(b *testing.B) {
	if n := len(benchCalm); n < 480 || n > 520 {
		b.Fatalf("benchmark message is %d bytes, want about 500", n)
	}
	Assess(benchCalm)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if Assess(benchCalm).Urgent {
			b.Fatal("urgent")
		}
	}
}

// BenchmarkAssessPerMessage assesses every message of the training sets
// (comments and messages as people write them, 20 to 300 characters); one
// op is one message.
func BenchmarkAssessPerMessage(b *testing.B) {
	var texts []string
	for _, name := range trainingSets {
		for _, m := range loadSet(b, name) {
			texts = append(texts, m.Text)
		}
	}
	Assess(texts[0])
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		Assess(texts[i%len(texts)])
		i++
	}
}

// BenchmarkModelCalm is the model's share of BenchmarkAssessCalm.
func BenchmarkModelCalm(b *testing.B) {
	m, toks := theModel(), theLexicon().tokenize(benchCalm)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if m.urgency(toks) >= m.threshold {
			b.Fatal("urgent")
		}
	}
}

// A short calm question has too little in it for the model to read an
// emergency: alone it calls nothing urgent that no word of it weighed
// toward ("And on Sundays?" did, on its letter groups and little words).
func TestShortCalmQuestionsAreNotUrgent(t *testing.T) {
	for _, text := range []string{"And on Sundays?", "and on saturdays?", "Sunday?", "y los domingos?", "What about Sundays too?", "ok", "And you?"} {
		t.Run(text, func(t *testing.T) {
			if r := Assess(text); r.Urgent || r.PrivateDetails {
				t.Errorf("urgent %v, private details %v: %q", r.Urgent, r.PrivateDetails, r.Reasons)
			}
		})
	}
}
