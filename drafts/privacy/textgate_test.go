package privacy

import (
	"slices"
	"testing"
)

// TestTextGate: replies written for this test (in no labelled set). In the
// first two, no care word stands beside the name, yet the reply tells that
// the person has a visit or the clinic's care; only the text gate lets the
// name be flagged. In the third, only the gate's whole reading of a text it
// is all but sure of finds the day the writer fell ill. The others greet
// someone about the clinic's events or hours and name no patient.
func TestTextGate(t *testing.T) {
	reply := Options{Reply: true}
	// A gate that reads every text as about no one's care.
	closed := &textGate{bias: -10, scale: 1, weights: make([]int16, 1<<textGateBits)}
	for _, tc := range []struct {
		name, text, finding string
		flagged             bool
	}{
		{"a visit booked with a doctor", "No problem Ifeoma! Thursday at 9:40 with Dr. Lindqvist. Need a ride? Our van can pick you up.", "name:Ifeoma", true},
		{"paperwork sent on for someone", "Hi Oluwaseun, Dr. Brennan signed it this morning and sent it to Kemi's school. All sorted 👍", "name:Kemi", true},
		{"ill since a day", "do u guys do work notes? been out sick since thursday night and my manager wants proof", "date:thursday night", true},
		{"an open house", "Hi Sal! Sure, the open house is Thurs Nov 13, 5–7pm. Bring the whole family 🍕", "name:Sal", false},
		{"a fun run", "Thanks Priyanka! The fun run starts at 9 on Saturday, see you there 🏃", "name:Priyanka", false},
		{"opening hours", "Hi Marguerite, we're open 8 to 6 on weekdays and 9 to 1 on Saturdays.", "name:Marguerite", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := findingTexts(Check(tc.text, reply)); slices.Contains(got, tc.finding) != tc.flagged {
				t.Errorf("Check(%q) = %v, want %s flagged: %v", tc.text, got, tc.finding, tc.flagged)
			}
			withTextGate(closed, func() {
				if got := findingTexts(Check(tc.text, reply)); slices.Contains(got, tc.finding) {
					t.Errorf("with the gate closed, Check(%q) = %v: the rules alone give %s, so this case does not test the gate", tc.text, got, tc.finding)
				}
			})
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
	for _, bad := range [][]byte{nil, []byte("CPTEXTGATE1\n"), append([]byte("CPTEXTGATE1\n"), 0, 0, 0, 0, 0, 0, 128, 63, 1, 0, 0, 0)} {
		if _, err := decodeTextGate(bad); err == nil {
			t.Errorf("decodeTextGate(%q) gave no error", bad)
		}
	}
}
