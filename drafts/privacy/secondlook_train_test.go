package privacy

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// secondLookFolds is how many folds the sets are split into to learn the
// second look: each fold is read by a tagger and a text gate trained on
// the other folds, as the shipped check reads a clinic's texts.
const secondLookFolds = 8

// secondLookThresholds are the probabilities, by tagger output, at which
// the second look keeps a run. It reads texts with a finding, and those
// with none only where the text gate is sure (secondLookAlone). A missed
// word in a text already flagged is care staff would publish after
// striking the rest; a false alarm there is one more word staff read
// past. Leaving 256 sets out in 8 folds (each fold read by a tagger of
// one fit and a text gate that never saw it; the models learnt without
// secondLookAlreadyFound's runs), recall went from 0.8759
// without the second look to 0.8842 at 0.5 (false alarms 22,971 to
// 23,448), 0.8870 at 0.4 (23,841), 0.8905 at 0.3 (24,520), 0.8925 at 0.25
// (25,084) and 0.8948 at 0.2 (25,932); the models of the round before,
// which counted those runs as found, 0.8878 at 0.5 (24,379). At 0.25 for
// every output the corpus's false alarms rose from 21 to 26, over its
// 0.95 floor, all dates of the kind the newer guide labels ("comes in
// every month for his warfarin check") and the corpus does not; its false
// marks weighed 30 (secondLookCorpusWeight) rather than 3 left 24, and
// dates at 0.3 as well 22, for recall 0.8914 (24,847). Once the second
// look judged runs the rules leave for their shape (secondlook.go), with
// 264 sets and a first form that judged one word of visit wording alone
// as well: 0.8961 at those thresholds (22,995 false alarms, from 0.8887
// and 22,313), 0.9012 at 0.2 for every output (24,692), 0.9057 at 0.15
// (27,004); at 0.2 the corpus kept 19 false alarms. Visit wording stays
// at 0.25 and its one word stays unjudged, as the policy tests found it
// flagging "so much care for your mom": 0.8980 (23,947). With the floor
// at 0.1 and texts with no finding read where the gate is sure
// (secondLookFloor, secondLookAlone), 0.9061 (25,481); care words and
// names at 0.15 as well, 0.9099 (27,319), dates too 0.9110 (27,911), but
// the corpus at 24 false alarms (under its 0.95 floor) and 23. With
// its false alarms weighing 60 rather than 30 (secondLookCorpusWeight),
// dates at 0.2: 0.9086 (26,884), the corpus at 20; dates at 0.15, 0.9099
// (27,468) and 23. With 272 sets (train235 to train242 added), the same
// settings: 0.9097 (27,875 false alarms, 1,506 of 24,602 clean texts
// flagged), the corpus at 21; with the tagger's four fits (taggerSeeds),
// 0.9106 (27,739; 1,508), the corpus at 22. Once the older guide's
// unlabelled runs taught visit wording nothing
// (secondLookOlderGuideUnlabelled), visit wording at 0.2 rather than 0.25:
// 0.9156 → 0.9168 (29,162 → 29,946 false alarms), the corpus at 22; the
// weights learnt so, with the care settings judged (secondlook.go): 0.9166
// (29,879; 1,512 of 24,602 clean texts flagged), the corpus at 22. Then,
// the same way, care words and names at 0.1: 0.9165 → 0.9209 (29,881 →
// 32,883 false alarms, 1,516 → 1,521 clean texts flagged), the corpus at
// 22; visit wording at 0.15 instead, 0.9178 (31,041). A round later, with
// the weights so learnt (0.9210, 32,863; 1,521): visit wording at 0.15,
// 0.9222 (33,998; 1,521); care words and names at 0.07, 0.9240 (36,541;
// 1,524); both, 0.9252 (37,656; 1,524), the corpus at 21 in each: some 11
// false alarms for each span found (of 106,605), where the step before
// cost about 6. Dates at 0.15 put the corpus at 23; 0.05 for care words and
// names, 0.9271 (41,334) and 23. The weights learnt again at 0.07 and 0.15:
// 0.9252 (37,652; 1,521), the corpus at 21.
var secondLookThresholds = [tagOutputs]float64{tagCondition: 0.07, tagName: 0.07, tagRelationship: 0.15, tagDate: 0.2}

// secondLookCorpusWeight is how much a false alarm on the corpus weighs
// in the second look's training (see secondLookThresholds).
const secondLookCorpusWeight = 60

// secondLookSample is one run the second look judged in fold fold.
type secondLookSample struct {
	fold, output int
	sample       gateSample
}

// secondLookAlreadyFound labels a run that overlaps only labelled spans
// a finding already overlaps: flagging it finds nothing the sets count
// (they are scored by overlap) and is no false alarm either, so the models
// learn without these runs. Counted as found, they taught the models to
// mark the rest of a phrase the rules had found ("replacement" beside
// "knee") more than words no finding touched. Of the 19,147 runs judged
// leaving 248 sets out in 8 folds, 7,006 overlapped a labelled span, and
// 4,345 of those only spans already found. For the 1,489 false alarms the
// model that counted them as found kept at 0.5, the model without them
// kept 1,517 runs over spans not yet found rather than 1,302; in the
// check's own scoring (secondLookThresholds), 0.8905 of the spans at 0.3
// against 0.8878 at 0.5 for about the same false alarms.
const secondLookAlreadyFound = -1 // fitLogistic leaves out labels under 0

// secondLookSamples reads every set with a tagger and a text gate trained
// without its fold and collects the runs the second look judges, labelled
// 1 where they overlap a labelled span no finding overlaps yet (the sets
// are scored by overlap, whatever the kind), secondLookAlreadyFound where
// they overlap only spans a finding does, else 0.
func secondLookSamples(t *testing.T, sets []taggerSet, taggers []*tagger, gates []*textGate) []secondLookSample {
	var out []secondLookSample
	for k := range secondLookFolds {
		withTextGate(gates[k], func() {
			withTagger(taggers[k], func() {
				for j, s := range sets {
					if j%secondLookFolds != k {
						continue
					}
					for _, lt := range s.texts {
						if strings.TrimSpace(lt.text) == "" {
							continue
						}
						c := newChecker(lt.text, Options{Reply: lt.reply, Own: lt.own})
						c.secondLookLog = func(o int, sp [2]int, x []float64) {
							label := 0
							for _, w := range lt.spans {
								if privOverlaps(privSpan{sp[0], sp[1]}, w.privSpan) {
									found := false
									for _, cd := range c.cands {
										if privOverlaps(privSpan{cd.start, cd.end}, w.privSpan) {
											found = true
											break
										}
									}
									if !found {
										label = 1
									} else if label == 0 {
										label = secondLookAlreadyFound
									}
								}
							}
							out = append(out, secondLookSample{k, o, gateSample{s.name, x, label}})
						}
						c.run()
					}
				}
			})
		})
	}
	return out
}

// foldModels trains, for each fold, a tagger and a text gate on the other
// folds' sets, two at a time.
func foldModels(sets []taggerSet) ([]*tagger, []*textGate) {
	taggers := make([]*tagger, secondLookFolds)
	gates := make([]*textGate, secondLookFolds)
	samples := make([][]tokenSample, len(sets))
	for i, s := range sets {
		samples[i] = setSamples(s)
	}
	twoAtATime(secondLookFolds, func(k int) {
		var others []taggerSet
		var otherSamples [][]tokenSample
		var texts []textSample
		for j := range sets {
			if j%secondLookFolds != k {
				others, otherSamples = append(others, sets[j]), append(otherSamples, samples[j])
				texts = append(texts, textSamples(sets[j])...)
			}
		}
		taggers[k] = trainStacked(others, otherSamples, shippedTagger)
		gates[k] = trainTextGate(texts, shippedTextGate)
	})
	return taggers, gates
}

// fitSecondLook learns output o's model from the samples outside fold
// skip (-1: all of them).
func fitSecondLook(samples []secondLookSample, o, skip int) gateModel {
	var train []gateSample
	for _, s := range samples {
		if s.output == o && s.fold != skip {
			if secondLookOlderGuideUnlabelled[o] && s.sample.label == 0 && !floorSet(s.sample.set) && !newerGuide(s.sample.set) {
				continue // what the older guide leaves unlabelled is no example
			}
			train = append(train, s.sample)
		}
	}
	m := fitLogistic(train, len(secondLookFeatureNames), 0.001, secondLookCorpusWeight)
	m.threshold, m.veto = secondLookThresholds[o], secondLookThresholds[o]
	return m
}

// secondLookOlderGuideUnlabelled are the outputs for which a run the sets
// of the older labelling guide (before testdata/LABELLING.md: newerGuide)
// leave unlabelled is no example of a run that is not one. Those sets
// labelled visit wording beside someone's care only now and then ("seen",
// "your appt", "our client"), where the newer guide, and the held-out sets
// written from it, label it all; what they label still teaches. Leaving
// the 272 sets out in 8 folds (with this round's first rules): recall
// 0.9127 → 0.9150, false alarms 27,888 → 29,044, the same clean texts
// flagged, the corpus at 22. For dates as well, 0.9167 (29,993) but the
// corpus at 24 false alarms, over its floor (at 20 with its false alarms
// weighing 120 rather than 60, for 0.9145). The tagger taught the same
// way (its visit wording and dates) reached 0.9205 with the second look,
// but read numbers as dates that the older sets rightly left unlabelled
// ("reachable 24/7", "deeper than 1/4 inch"), and failed the policy
// tests; it is not kept.
var secondLookOlderGuideUnlabelled = [tagOutputs]bool{tagRelationship: true}

// withSecondLook runs fn with the second look reading models. It swaps
// package state: no test that calls it may run in parallel.
func withSecondLook(models [tagOutputs]gateModel, fn func()) {
	var old [tagOutputs]func() gateModel
	for o := range tagOutputs {
		g := secondLookGates[o].g
		old[o] = g.model
		m := models[o]
		g.model = func() gateModel { return m }
	}
	defer func() {
		for o := range tagOutputs {
			secondLookGates[o].g.model = old[o]
		}
	}()
	fn()
}

// TestTrainSecondLook learns data/second_look_*.weights. With
// CAREPOST_TRAIN_SECOND_LOOK=1 it trains a tagger and a text gate per
// fold, collects the runs the second look judges in each fold's sets,
// scores the method fold by fold (the models learnt on the other folds'
// samples), then learns from every fold and writes the files. The
// held-out sets are never read. It takes about five minutes.
func TestTrainSecondLook(t *testing.T) {
	if os.Getenv("CAREPOST_TRAIN_SECOND_LOOK") == "" {
		t.Skip("set CAREPOST_TRAIN_SECOND_LOOK=1 to learn data/second_look_*.weights")
	}
	if v := os.Getenv("CAREPOST_SECOND_LOOK_THRESHOLD"); v != "" {
		var th float64
		if _, err := fmt.Sscanf(v, "%g", &th); err != nil {
			t.Fatalf("CAREPOST_SECOND_LOOK_THRESHOLD=%q: %v", v, err)
		}
		for o := range secondLookThresholds {
			secondLookThresholds[o] = th
		}
	}
	sets := taggerSets(t)
	taggers, gates := foldModels(sets)
	samples := secondLookSamples(t, sets, taggers, gates)
	var before, after, newBefore, newAfter setScore
	for k := range secondLookFolds {
		var fold [tagOutputs]gateModel
		for o := range tagOutputs {
			fold[o] = fitSecondLook(samples, o, k)
		}
		withTextGate(gates[k], func() {
			withTagger(taggers[k], func() {
				for j, s := range sets {
					if j%secondLookFolds != k {
						continue
					}
					var b, a setScore
					withSecondLook([tagOutputs]gateModel{secondLookNever, secondLookNever, secondLookNever, secondLookNever}, func() {
						b = scoreTexts(t, s.name, s.texts, false)
					})
					withSecondLook(fold, func() {
						a = scoreTexts(t, s.name, s.texts, false)
					})
					before, after = before.plus(b), after.plus(a)
					if newerGuide(s.name) {
						newBefore, newAfter = newBefore.plus(b), newAfter.plus(a)
					}
				}
			})
		})
	}
	score := fmt.Sprintf("recall %.4f → %.4f, false alarms %d → %d, clean texts flagged %d → %d of %d",
		before.recall(), after.recall(), before.fp, after.fp, before.cleanFlagged, after.cleanFlagged, after.clean)
	t.Logf("leaving each fold out: %s", score)
	t.Logf("the sets of the newer labelling guide: recall %.4f → %.4f, false alarms %d → %d",
		newBefore.recall(), newAfter.recall(), newBefore.fp, newAfter.fp)
	for o := range tagOutputs {
		g := secondLookGates[o]
		m := fitSecondLook(samples, o, -1)
		n := 0
		for _, s := range samples {
			if s.output == o {
				n++
			}
		}
		var f strings.Builder
		fmt.Fprintf(&f, "# The second look's weights for the tagger's %s runs (secondlook.go): in a\n", g.kind)
		fmt.Fprintf(&f, "# text with a finding, or one the text gate is sure of, a run is flagged when\n# p = 1/(1+exp(-(bias + sum of weights times features))) is at least\n# threshold (veto is unused).\n#\n")
		fmt.Fprintf(&f, "# Origin: learned by TestTrainSecondLook (CAREPOST_TRAIN_SECOND_LOOK=1) from %d\n", n)
		fmt.Fprintf(&f, "# runs in %d labelled sets, each read by a tagger and a text gate trained\n", len(sets))
		fmt.Fprintf(&f, "# without its fold (%d folds): logistic regression, L2 0.001, corpus false\n", secondLookFolds)
		fmt.Fprintf(&f, "# alarms weighted %dx. All four outputs, fold by fold:\n# %s.\n", secondLookCorpusWeight, score)
		fmt.Fprintf(&f, "# Format: \"feature weight\" per line; '#' starts a comment.\n")
		fmt.Fprintf(&f, "bias %.3f\nthreshold %.2f\nveto %.2f\n", m.bias, m.threshold, m.veto)
		for i, name := range secondLookFeatureNames {
			fmt.Fprintf(&f, "%s %.3f\n", name, m.weights[i])
		}
		if err := os.WriteFile(filepath.Join("data", g.g.file), []byte(f.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// newerGuide reports a set written from testdata/LABELLING.md (train80 and
// later), which labels more of a reply's wording than the sets before it.
func newerGuide(set string) bool {
	var n int
	_, err := fmt.Sscanf(set, "privacy_train%d", &n)
	return err == nil && n >= 80
}
