package privacy

import (
	"bytes"
	"math"
	"os"
	"testing"
)

// textSample is one labelled text as the gate reads it: its features and
// whether it holds any patient information.
type textSample struct {
	x []uint32
	y bool
}

// textSamples reads a set's texts as the checker's gate reads them, once
// the contact details are known (textFacts).
func textSamples(s taggerSet) []textSample {
	out := make([]textSample, 0, len(s.texts))
	for _, lt := range s.texts {
		c := newChecker(lt.text, Options{Reply: lt.reply, Own: lt.own})
		c.prepare()
		c.scanContacts()
		var x []uint32
		c.textFeatures(func(b uint32) { x = append(x, b) })
		out = append(out, textSample{x: x, y: len(lt.spans) > 0})
	}
	return out
}

// textGateOptions are the trainer's settings: plain logistic regression by
// stochastic gradient with a little L2, as the tagger's.
type textGateOptions struct {
	epochs   int
	rate, l2 float64
}

var shippedTextGate = textGateOptions{epochs: 10, rate: 0.05, l2: 1e-5}

func trainTextGate(samples []textSample, o textGateOptions) *textGate {
	w := make([]float64, 1<<textGateBits)
	var bias float64
	sgdOrder(len(samples), o.epochs, o.rate, 5, 6, func(rate float64, k int) {
		s := samples[k]
		z := bias
		for _, b := range s.x {
			z += w[b]
		}
		y := 0.0
		if s.y {
			y = 1
		}
		g := 1/(1+math.Exp(-z)) - y
		bias -= rate * g
		for _, b := range s.x {
			w[b] -= rate * (g + o.l2*w[b])
		}
	})
	ws := make([]float32, len(w))
	for i, x := range w {
		ws[i] = float32(x)
	}
	return newTextGate(float32(bias), ws)
}

// withTextGate runs fn with g as the gate Check reads.
func withTextGate(g *textGate, fn func()) {
	old := textGateInUse
	defer func() { textGateInUse = old }()
	textGateInUse = func() *textGate { return g }
	fn()
}

// TestTextGateFile checks that data/text_gate.bin is what the labelled
// sets give (or, with -update-tagger, writes it).
func TestTextGateFile(t *testing.T) {
	var samples []textSample
	for _, s := range taggerSets(t) {
		samples = append(samples, textSamples(s)...)
	}
	got := encodeTextGate(trainTextGate(samples, shippedTextGate))
	if *updateTagger {
		if err := os.WriteFile("data/text_gate.bin", got, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote data/text_gate.bin: %d texts, %d bytes", len(samples), len(got))
		return
	}
	if !bytes.Equal(got, textGateFile) {
		t.Errorf("data/text_gate.bin is not what the labelled sets give (%d texts); run: go test -run '^TestTextGateFile$' . -args -update-tagger", len(samples))
	}
	if _, err := decodeTextGate(textGateFile); err != nil {
		t.Fatal(err)
	}
}
