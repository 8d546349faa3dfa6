// Gates: small logistic models that decide whether a span the grammar found
// (a date, a condition word) is about a patient, from what surrounds it.
// Each gate's features are booleans computed by the checker; its weights
// are learned offline from the labelled tuning sets and the corpus by
// TestTrainGates (gate_test.go), which scores the method by leaving each
// tuning set out in turn, and are shipped as data/*.weights, read once on
// first use. The first feature of every gate is the hand-written rule it
// grew from: a span the rule keeps stays kept unless the model is all but
// sure it is no one's (below veto), as the rule encodes the check's policy
// and the examples the model learned from sometimes leave such spans
// unlabelled.

package privacy

import (
	"embed"
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/*.weights
var gateFiles embed.FS

// gate is one learned decision: its weights file and feature names.
type gate struct {
	file     string
	features []string
	model    func() gateModel
}

func newGate(file string, features []string) *gate {
	g := &gate{file: file, features: features}
	g.model = sync.OnceValue(func() gateModel {
		b, err := gateFiles.ReadFile("data/" + file)
		if err != nil {
			panic("privacy: " + err.Error()) // embedded: TestGateModels reads every one
		}
		m, err := parseGateModel(string(b), features)
		if err != nil {
			panic("privacy: " + file + ": " + err.Error())
		}
		return m
	})
	return g
}

var (
	datesGate      = newGate("dates_gate.weights", dateFeatureNames)
	conditionsGate = newGate("conditions_gate.weights", condFeatureNames)
)

// keep decides the span sp with features x.
func (g *gate) keep(c *checker, sp [2]int, x []float64) bool {
	if c.gateLog != nil {
		// Learning: the spans are judged by the hand-written rule, so
		// what is learned does not depend on the weights it replaces.
		c.gateLog(g, sp, x)
		return x[0] == 1
	}
	m := g.model()
	p := m.prob(x)
	return p >= m.threshold || (x[0] == 1 && p >= m.veto)
}

type gateModel struct {
	weights               []float64 // by the gate's feature names
	bias, threshold, veto float64
}

func (m gateModel) prob(x []float64) float64 {
	z := m.bias
	for i, v := range x {
		z += m.weights[i] * v
	}
	return 1 / (1 + math.Exp(-z))
}

// parseGateModel reads "name weight" lines, with "bias", "threshold" and
// "veto"; every feature must have a weight.
func parseGateModel(text string, features []string) (gateModel, error) {
	m := gateModel{weights: make([]float64, len(features))}
	idx := map[string]int{}
	for i, n := range features {
		idx[n] = i
	}
	got := map[string]bool{}
	for line := range strings.Lines(text) {
		line, _, _ = strings.Cut(line, "#")
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if len(f) != 2 {
			return m, fmt.Errorf("%q: want a name and a weight", line)
		}
		w, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			return m, fmt.Errorf("%q: %v", line, err)
		}
		switch i, ok := idx[f[0]]; {
		case f[0] == "bias":
			m.bias = w
		case f[0] == "threshold":
			m.threshold = w
		case f[0] == "veto":
			m.veto = w
		case ok:
			m.weights[i] = w
		default:
			return m, fmt.Errorf("unknown feature %q", f[0])
		}
		got[f[0]] = true
	}
	for _, n := range append([]string{"bias", "threshold", "veto"}, features...) {
		if !got[n] {
			return m, fmt.Errorf("no weight for %q", n)
		}
	}
	return m, nil
}
