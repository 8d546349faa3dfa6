package privacy

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestGateModels reads the shipped weights: every feature has one.
func TestGateModels(t *testing.T) {
	gates := []*gate{datesGate, conditionsGate}
	for _, sl := range secondLookGates {
		gates = append(gates, sl.g)
	}
	for _, g := range gates {
		m := g.model()
		if m.threshold <= 0 || m.threshold >= 1 || m.veto < 0 || m.veto > m.threshold {
			t.Errorf("%s: threshold %v and veto %v are not probabilities with veto ≤ threshold", g.file, m.threshold, m.veto)
		}
	}
	if _, err := parseGateModel("bias 1\nthreshold 0.5\nveto 0.1\n", dateFeatureNames); err == nil {
		t.Error("a file without every feature's weight was accepted")
	}
	if _, err := parseGateModel("bias 1\nnot_a_feature 2\n", dateFeatureNames); err == nil {
		t.Error("an unknown feature was accepted")
	}
}

// gateSample is one span a gate judged in a labelled set: its features
// and whether the labels call it the gate's kind (1), nothing (0), or
// something else labelled there (-1, left out of training).
type gateSample struct {
	set   string
	x     []float64
	label int
}

// labelledText is a text of a labelled set with its spans.
type labelledText struct {
	text  string
	reply bool
	spans []labelledSpan
	own   Own
}

// gateSamples runs the check over texts and collects every span gate g
// judged, with the features it had when last judged.
func gateSamples(g *gate, set string, texts []labelledText, kinds ...string) []gateSample {
	var out []gateSample
	for _, lt := range texts {
		if strings.TrimSpace(lt.text) == "" {
			continue
		}
		c := newChecker(lt.text, Options{Reply: lt.reply, Own: lt.own})
		seen := map[[2]int][]float64{}
		var order [][2]int
		c.gateLog = func(lg *gate, sp [2]int, x []float64) {
			if lg != g {
				return
			}
			if _, ok := seen[sp]; !ok {
				order = append(order, sp)
			}
			seen[sp] = x
		}
		c.run()
		for _, sp := range order {
			label := 0
			for _, w := range lt.spans {
				if privOverlaps(privSpan{sp[0], sp[1]}, w.privSpan) {
					if slices.Contains(kinds, w.kind) {
						label = 1
						break
					}
					label = -1
				}
			}
			out = append(out, gateSample{set, seen[sp], label})
		}
	}
	return out
}

// trainingTexts are the texts the gates learn from, by set: the tuning
// sets and the shipped corpus, never a held-out set.
func trainingTexts(t *testing.T) (map[string][]labelledText, []string) {
	sets := map[string][]labelledText{}
	var names []string
	files, _ := filepath.Glob(filepath.Join("testdata", "privacy_dev*.jsonl"))
	owns := map[string]Own{"privacy_dev.jsonl": devOwn, "privacy_dev2.jsonl": dev2Own, "privacy_dev3.jsonl": dev3Own, "privacy_dev4.jsonl": dev4Own,
		"privacy_dev5.jsonl": dev5Own, "privacy_dev6.jsonl": dev6Own, "privacy_dev7.jsonl": dev7Own}
	for _, f := range files {
		name := filepath.Base(f)
		set := strings.TrimSuffix(name, ".jsonl")
		names = append(names, set)
		for _, e := range loadLabelled(t, name) {
			sets[set] = append(sets[set], labelledText{e.Text, e.Kind == "reply", labelledSpans(e), owns[name]})
		}
	}
	for _, e := range loadPrivacyCorpus(t) {
		var l []label
		for _, p := range e.PHI {
			l = append(l, label{p.Text, string(p.Kind)})
		}
		sets["corpus"] = append(sets["corpus"], labelledText{e.Text, e.Kind == "reply", spansOf(e.Text, l), corpusOwn})
	}
	return sets, names
}

// fitLogistic fits weights and a bias by gradient descent on the samples
// with a label, with an L2 penalty; false alarms on the shipped corpus
// weigh corpusFP times as much, as the corpus must stay precise.
func fitLogistic(samples []gateSample, nf int, l2, corpusFP float64) gateModel {
	w, b := make([]float64, nf), 0.0
	for range 4000 {
		gw, gb, tot := make([]float64, nf), 0.0, 0.0
		for _, s := range samples {
			if s.label < 0 {
				continue
			}
			z := b
			for i, v := range s.x {
				z += w[i] * v
			}
			p := 1 / (1 + math.Exp(-z))
			wt := 1.0
			if s.set == "corpus" && s.label == 0 {
				wt = corpusFP
			}
			d := wt * (p - float64(s.label))
			for i, v := range s.x {
				gw[i] += d * v
			}
			gb += d
			tot += wt
		}
		for i := range w {
			w[i] -= 0.5 * (gw[i]/tot + l2*w[i])
		}
		b -= 0.5 * gb / tot
	}
	return gateModel{weights: w, bias: b}
}

type gateScore struct{ tp, fp, fn int }

func (g gateScore) add(o gateScore) gateScore {
	return gateScore{g.tp + o.tp, g.fp + o.fp, g.fn + o.fn}
}

func (g gateScore) String() string {
	return fmt.Sprintf("tp=%d fp=%d fn=%d recall=%.2f precision=%.2f", g.tp, g.fp, g.fn,
		float64(g.tp)/float64(max(g.tp+g.fn, 1)), float64(g.tp)/float64(max(g.tp+g.fp, 1)))
}

func scoreGate(samples []gateSample, keep func(x []float64) bool) gateScore {
	var g gateScore
	for _, s := range samples {
		if s.label < 0 {
			continue
		}
		switch k := keep(s.x); {
		case k && s.label == 1:
			g.tp++
		case k:
			g.fp++
		case s.label == 1:
			g.fn++
		}
	}
	return g
}

// trainedGates are the gates TestTrainGates learns, with the label kinds
// each is scored on and how it is fitted (chosen by the left-out scores:
// the condition gate's threshold 0.4 keeps 4 more left-out spans than 0.5
// for 2 more false alarms; 0.3 keeps 7 more again for 3 more). Learnt
// from every training set instead (some 53,000 condition spans and 12,700
// dates), they read more: the 26 training sets no model had read yet
// (train189 to train214) went from recall 0.8494 to 0.8559 with both at
// 0.5, for 11 more of their 2,248 clean texts flagged. The corpus's false
// alarms (the whole check's) rose from 22 to 30, under its 0.95 floor,
// whatever weight its false marks had (up to 100), and the policy tests
// broke (an open house's date, "flu shots are all gone" to a handle), so
// they stayed as they are.
var trainedGates = []struct {
	g                             *gate
	kinds                         []string
	what                          string
	l2, corpusFP, threshold, veto float64
}{
	{datesGate, []string{"date", "birth_date"}, "date", 0.001, 3, 0.4, 0.08},
	{conditionsGate, []string{"condition"}, "condition", 0.001, 3, 0.4, 0.08},
}

// TestTrainGates learns each gate's weights from the tuning sets and the
// corpus. With CAREPOST_TRAIN_GATES=1 it first scores the method by leaving
// each tuning set out in turn (train on the others and the corpus, score
// the one left out, against the hand-written rule), then trains on all and
// writes data/<gate>.weights. The held-out sets are never read.
func TestTrainGates(t *testing.T) {
	if os.Getenv("CAREPOST_TRAIN_GATES") == "" {
		t.Skip("set CAREPOST_TRAIN_GATES=1 to learn data/*.weights")
	}
	texts, sets := trainingTexts(t)
	for _, tg := range trainedGates {
		if only := os.Getenv("CAREPOST_TRAIN_GATES"); only != "1" && !strings.Contains(only, tg.what) {
			continue
		}
		var samples []gateSample
		for _, set := range append(slices.Clone(sets), "corpus") {
			samples = append(samples, gateSamples(tg.g, set, texts[set], tg.kinds...)...)
		}
		nf := len(tg.g.features)
		keep := func(m gateModel) func(x []float64) bool {
			m.threshold, m.veto = tg.threshold, tg.veto
			return func(x []float64) bool { p := m.prob(x); return p >= m.threshold || (x[0] == 1 && p >= m.veto) }
		}
		rule := func(x []float64) bool { return x[0] == 1 }
		var ruleAll, modelAll gateScore
		for _, held := range sets {
			var train, test []gateSample
			for _, s := range samples {
				if s.set == held {
					test = append(test, s)
				} else {
					train = append(train, s)
				}
			}
			m := fitLogistic(train, nf, tg.l2, tg.corpusFP)
			r, l := scoreGate(test, rule), scoreGate(test, keep(m))
			t.Logf("%s gate, left out %s: rule %v; learned %v", tg.what, held, r, l)
			ruleAll, modelAll = ruleAll.add(r), modelAll.add(l)
		}
		t.Logf("%s gate, all left-out sets: rule %v; learned %v", tg.what, ruleAll, modelAll)
		m := fitLogistic(samples, nf, tg.l2, tg.corpusFP)
		var corpus []gateSample
		for _, s := range samples {
			if s.set == "corpus" {
				corpus = append(corpus, s)
			}
		}
		t.Logf("%s gate, corpus (trained on): rule %v; learned %v", tg.what, scoreGate(corpus, rule), scoreGate(corpus, keep(m)))
		var f strings.Builder
		fmt.Fprintf(&f, "# The %s gate's weights (gate.go): a %s found in a text is a\n", tg.what, tg.what)
		fmt.Fprintf(&f, "# patient's when p = 1/(1+exp(-(bias + sum of weights of its features))) is\n# at least threshold, or the hand-written rule keeps it and p is at least veto.\n#\n")
		fmt.Fprintf(&f, "# Origin: learned by TestTrainGates (CAREPOST_TRAIN_GATES=1) from %d\n", len(samples))
		fmt.Fprintf(&f, "# spans in the tuning sets (%s) and the corpus:\n", strings.Join(sets, ", "))
		fmt.Fprintf(&f, "# logistic regression, L2 %g, corpus false alarms weighted %gx. Leaving\n", tg.l2, tg.corpusFP)
		fmt.Fprintf(&f, "# each tuning set out in turn: rule %v;\n# learned %v.\n", ruleAll, modelAll)
		fmt.Fprintf(&f, "# Format: \"feature weight\" per line; '#' starts a comment.\n")
		fmt.Fprintf(&f, "bias %.3f\nthreshold %.2f\nveto %.2f\n", m.bias, tg.threshold, tg.veto)
		for i, n := range tg.g.features {
			fmt.Fprintf(&f, "%s %.3f\n", n, m.weights[i])
		}
		if err := os.WriteFile(filepath.Join("data", tg.g.file), []byte(f.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
