package privacy

import (
	"slices"
	"testing"
)

// TestTextGate: replies written for this test (in no labelled set). In the
// first, no care word stands beside the name, yet the reply tells that the
// person has a visit or the clinic's care; only the text gate lets the
// name be flagged. The others greet someone about the clinic's events or
// hours and name no patient.
func TestTextGate(t *testing.T) {
	reply := Options{Reply: true}
	// A gate that reads every text as about no one's care.
	closed := &textGate{bias: -10, scale: 1, weights: make([]int16, 1<<textGateBits)}
	for _, tc := range []struct {
		name, text, person string
		flagged            bool
	}{
		{"a visit booked with a doctor", "No problem Ifeoma! Thursday at 9:40 with Dr. Lindqvist. Need a ride? Our van can pick you up.", "Ifeoma", true},
		{"paperwork sent on for someone", "Hi Oluwaseun, Dr. Brennan signed it this morning and sent it to Kemi's school. All sorted 👍", "Kemi", true},
		{"an open house", "Hi Sal! Sure, the open house is Thurs Nov 13, 5–7pm. Bring the whole family 🍕", "Sal", false},
		{"a fun run", "Thanks Priyanka! The fun run starts at 9 on Saturday, see you there 🏃", "Priyanka", false},
		{"opening hours", "Hi Marguerite, we're open 8 to 6 on weekdays and 9 to 1 on Saturdays.", "Marguerite", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			name := "name:" + tc.person
			if got := findingTexts(Check(tc.text, reply)); slices.Contains(got, name) != tc.flagged {
				t.Errorf("Check(%q) = %v, want %s flagged: %v", tc.text, got, name, tc.flagged)
			}
			withTextGate(closed, func() {
				if got := findingTexts(Check(tc.text, reply)); slices.Contains(got, name) {
					t.Errorf("with the gate closed, Check(%q) = %v: the rules alone flag %s, so this case does not test the gate", tc.text, got, name)
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
