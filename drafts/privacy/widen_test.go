package privacy

import (
	"slices"
	"testing"
)

// The second reading (widen.go) marks more in a text about someone and
// nothing in a text about no one.
func TestSecondReading(t *testing.T) {
	for _, tc := range []struct {
		name  string
		reply bool
		text  string
		want  []string // findings as "kind:text" that must be there
		never []string // findings that must not
	}{
		{"a record number with no label", true, "Hi Tama, ZKT4821 is all sorted, we'll get Dr Pillai to look at your BP meds.",
			[]string{"identifier:ZKT4821"}, nil},
		{"a long number with no label", true, "Hi Tomas, the clinic notes you sent (38905121234) are uploaded to your record now.",
			[]string{"identifier:38905121234"}, nil},
		{"digits in groups", true, "@zsofi.kovacs your blood test is back, and 045 612 378 is on your file now.",
			[]string{"identifier:045 612 378"}, nil},
		{"a weekday after a booking", true, "Hi @chloe.brisbane, the travel jabs you asked about are booked for Fri 15th with Joy.",
			[]string{"date:Fri 15th"}, nil},
		{"a holiday", false, "So proud of Hemi, smoke free since Easter after his lung scare!",
			[]string{"date:Easter"}, nil},
		{"the clinic's own number is no record", true, "Hi Tama, your BP meds are ready, ring 555 010 0109 if you have questions.",
			nil, []string{"identifier:555 010 0109"}},
		{"an amount with its unit is no record", true, "Hi Tama, your metformin goes up to 2000mg from Monday.",
			nil, []string{"identifier:2000mg"}},
		{"every visit is anyone's", false, "Mrs. Okafor's knee is healing well. Bring your insurance card to every visit.",
			nil, []string{"relationship:visit"}},
		{"round the clock is no date", false, "Mrs. Okafor's knee replacement went well. Our on-call line is open 24/7.",
			nil, []string{"date:24/7"}},
		{"a clean text is never read again", false, "Flu shots are in! Walk-ins welcome Fri 15th, show code FLU2024 for a free coffee or call 555 010 0109.",
			nil, []string{"identifier:FLU2024", "date:Fri 15th", "identifier:555 010 0109"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			own := Own{Phone: "555-010-0109", StaffNames: []string{"Dr Rajesh Pillai", "Nurse Joy Abiodun"}}
			got := findingTexts(Check(tc.text, Options{Reply: tc.reply, Own: own}))
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("Check(%q) = %v, want %s", tc.text, got, w)
				}
			}
			for _, w := range tc.never {
				if slices.Contains(got, w) {
					t.Errorf("Check(%q) = %v, must not give %s", tc.text, got, w)
				}
			}
		})
	}
}

func TestRecordShapes(t *testing.T) {
	for _, tc := range []struct {
		key        string
		long, code bool
	}{
		{"38905121234", true, false},
		{"621-09-83-4552", true, false},
		{"2019-2024", false, false}, // years
		{"12-03-2025", false, false},
		{"1234567", false, false}, // seven digits: a local phone's length
		{"zkt4821", false, true},
		{"k7739201", false, true},
		{"rx1-h204815", false, true},
		{"2000mg", false, false},
		{"24-48h", false, false},
		{"covid19", false, false},
	} {
		if got := longNumber(tc.key); got != tc.long {
			t.Errorf("longNumber(%q) = %v, want %v", tc.key, got, tc.long)
		}
		if got := letterCode(tc.key); got != tc.code {
			t.Errorf("letterCode(%q) = %v, want %v", tc.key, got, tc.code)
		}
	}
}
