package privacy

import (
	"slices"
	"testing"
)

// TestTextGate: replies written for this test (in no labelled set). In the
// first two, no care word stands beside the name, yet the reply tells that
// the person has a visit or the clinic's care; only the text gate lets the
// name be flagged. In the third, only the gate's whole reading of a text it
// is all but sure of finds the day the writer fell ill. Each is checked
// with a gate that is always open and one that is never sure either way
// (constantTextGate), so that the wiring is tested whatever a retrained
// gate reads; the shipped gate
// must flag the names. The others greet someone about the clinic's events
// or hours and name no patient: the shipped gate must not flag them.
func TestTextGate(t *testing.T) {
	reply := Options{Reply: true}
	unsure, open := constantTextGate(-1), constantTextGate(10)
	for _, tc := range []struct {
		name, text, finding string
		shipped             bool // the shipped gate must give it too
	}{
		{"a visit booked with a doctor", "No problem Ifeoma! Thursday at 9:40 with Dr. Lindqvist. Need a ride? Our van can pick you up.", "name:Ifeoma", true},
		{"paperwork sent on for someone", "Hi Oluwaseun, Dr. Brennan signed it this morning and sent it to Kemi's school. All sorted 👍", "name:Kemi", true},
		{"ill since a day", "hey do you do doctors notes? off work since friday, boss needs something", "date:friday", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			withTextGate(open, func() {
				if got := findingTexts(Check(tc.text, reply)); !slices.Contains(got, tc.finding) {
					t.Errorf("with the gate open, Check(%q) = %v, want %s", tc.text, got, tc.finding)
				}
			})
			withTextGate(unsure, func() {
				if got := findingTexts(Check(tc.text, reply)); slices.Contains(got, tc.finding) {
					t.Errorf("with the gate unsure, Check(%q) = %v: the rules alone give %s, so this case does not test the gate", tc.text, got, tc.finding)
				}
			})
			if got := findingTexts(Check(tc.text, reply)); tc.shipped && !slices.Contains(got, tc.finding) {
				t.Errorf("Check(%q) = %v, want %s", tc.text, got, tc.finding)
			}
		})
	}
	for _, tc := range []struct{ name, text, person string }{
		{"an open house", "Hi Sal! Sure, the open house is Thurs Nov 13, 5–7pm. Bring the whole family 🍕", "Sal"},
		{"a fun run", "Thanks Priyanka! The fun run starts at 9 on Saturday, see you there 🏃", "Priyanka"},
		{"opening hours", "Hi Marguerite, we're open 8 to 6 on weekdays and 9 to 1 on Saturdays.", "Marguerite"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := findingTexts(Check(tc.text, reply)); slices.Contains(got, "name:"+tc.person) {
				t.Errorf("Check(%q) = %v, must not flag %s", tc.text, got, tc.person)
			}
		})
	}
}

// TestTextGateReadsBack: the shipped file decodes to what encoding it gives.
func TestTextGateReadsBack(t *testing.T) {
	g, err := decodeTextGate(textGateFile)
	if err != nil {
		t.Fatal(err)
	}
	if got := encodeTextGate(g); string(got) != string(textGateFile) {
		t.Errorf("data/text_gate.bin encodes back to %d bytes, not %d", len(got), len(textGateFile))
	}
	for _, bad := range [][]byte{nil, []byte(textGateMagic), append([]byte(textGateMagic), 0, 0, 0, 0, 0, 0, 128, 63, 1, 0, 0, 0), textGateFile[:len(textGateFile)-1]} {
		if _, err := decodeTextGate(bad); err == nil {
			t.Errorf("decodeTextGate(%q) gave no error", bad)
		}
	}
}

// TestTextGateVeto: what the rules find in a text the gate reads as about
// no one's care is dropped, but contact details stay; a person's handle is
// flagged where the gate reads the reply as about their care, with no care
// word the rules tie to them. Each case is checked with a gate that is
// always closed (it vetoes), one that is never sure either way (it neither
// vetoes nor opens a reading: what it gives is the rules' own), one that is
// always open, and the shipped gate.
func TestTextGateVeto(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		reply      bool
		finding    string
		byRules    bool   // the rules give the finding (the veto drops it), or only an open gate does
		shipped    bool   // the shipped gate gives the finding
		kept       string // given whatever the gate reads, or ""
	}{
		{"a deli thanked for a health fair", "Thank you to Stella's Polish Deli for hosting our free BP checks! Questions? Call 555-0188.", false, "condition:BP checks", true, false, "phone:555-0188"},
		{"an event's date in a thank-you", "@coach_ifeoma thanks for organizing the walk-a-thon, see everyone there on the 12th!", true, "date:the 12th", true, false, ""},
		{"a handle told to finish the course", "Glad you're feeling better, @ellie.s.marsh! Remember to finish the full course 💊", true, "handle:@ellie.s.marsh", false, true, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			opts := Options{Reply: tc.reply}
			for _, g := range []struct {
				name string
				gate *textGate
				want bool
			}{
				{"closed", constantTextGate(-10), false},
				{"unsure", constantTextGate(-1), tc.byRules},
				{"open", constantTextGate(10), true},
			} {
				withTextGate(g.gate, func() {
					got := findingTexts(Check(tc.text, opts))
					if slices.Contains(got, tc.finding) != g.want || tc.kept != "" && !slices.Contains(got, tc.kept) {
						t.Errorf("with the gate %s, Check(%q) = %v: want %s %v, and %s", g.name, tc.text, got, tc.finding, g.want, tc.kept)
					}
				})
			}
			if got := findingTexts(Check(tc.text, opts)); slices.Contains(got, tc.finding) != tc.shipped {
				t.Errorf("Check(%q) = %v: finding %s is %v, want %v", tc.text, got, tc.finding, !tc.shipped, tc.shipped)
			}
		})
	}
}

// constantTextGate reads every text alike: at bias 10 it is all but sure
// each is about someone's care, at -10 that none is, and at -1 (0.27) it
// neither vetoes (textGateVeto) nor opens a reading (textGateNames).
func constantTextGate(bias float32) *textGate {
	return &textGate{bias: bias, scale: 1, weights: make([]int16, 1<<textGateBits)}
}
