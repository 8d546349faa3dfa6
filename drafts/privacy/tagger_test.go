package privacy

import (
	"encoding/binary"
	"slices"
	"strings"
	"testing"
)

func TestTaggerFileReadsBack(t *testing.T) {
	tg, err := decodeTagger(taggerFile)
	if err != nil {
		t.Fatalf("data/condition_tagger.bin: %v", err)
	}
	if again := encodeTagger(tg); !slices.Equal(again, taggerFile) {
		t.Error("the tagger does not write back as it was read")
	}
	outOfRange := slices.Clone(taggerFile)
	head := len(taggerMagic) + 4*(2*tagOutputs+1)
	if binary.LittleEndian.Uint32(outOfRange[head:]) > 0 {
		binary.LittleEndian.PutUint32(outOfRange[head+4:], 1<<tagBits)
	}
	for _, tc := range []struct {
		name string
		file []byte
		want string
	}{
		{"another file", []byte("CPTRIAGE1\n...."), "not a care-word tagger"},
		{"cut short", taggerFile[:len(taggerFile)-3], "do not fill"},
		{"header cut", taggerFile[:len(taggerMagic)+5], "header"},
		{"a bucket past the table", outOfRange, "out of range"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := decodeTagger(tc.file); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("decodeTagger = %v, want an error saying %q", err, tc.want)
			}
		})
	}
}

// findingTexts are a check's findings as "kind:text".
func findingTexts(fs []Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, string(f.Kind)+":"+f.Text)
	}
	return out
}

// TestTaggerFindsWhatTheListsMiss: replies written for this test (in no
// labelled set), each with a care detail, a nickname or a visit in words no
// list holds; the check without the tagger misses each one.
func TestTaggerFindsWhatTheListsMiss(t *testing.T) {
	for _, tc := range []struct {
		name, text, want string
	}{
		{"a device fitted", "@kerry.w so glad the coil fitting went ok, any cramping just ring us", "condition:coil fitting"},
		{"an infection come back", "@ama_k sorry the thrush is back, pop in tmrw and we'll sort a different cream", "condition:thrush"},
		{"a nickname beside the handle", "@big_mike_77 lol yes mikey the splint stays on another 2 wks", "name:mikey"},
		{"a lower-case name opening a reply", "kez ur pap came back all clear 🥳 next one in 5 yrs", "name:kez"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			opts := Options{Reply: true}
			var without []Finding
			withTagger(nil, func() { without = Check(tc.text, opts) })
			if slices.Contains(findingTexts(without), tc.want) {
				t.Fatalf("the lists alone find %s: the example does not test the tagger", tc.want)
			}
			if got := findingTexts(Check(tc.text, opts)); !slices.Contains(got, tc.want) {
				t.Errorf("Check(%q) = %v, want %s", tc.text, got, tc.want)
			}
		})
	}
}

// TestTaggerLeavesEverydayWordsAlone: thanks and everyday words that are
// also care words ("fall", "cast") stay clean replies.
func TestTaggerLeavesEverydayWordsAlone(t *testing.T) {
	for _, text := range []string{
		"@artsy_anna thank you for the lovely mural in our waiting room!",
		"@sam_t thanks for sharing our post about the fall festival!",
		"@maria.g thank you for your review, we're glad you liked the new waiting room",
	} {
		t.Run(text, func(t *testing.T) {
			if got := Check(text, Options{Reply: true}); len(got) > 0 {
				t.Errorf("Check(%q) = %v, want nothing", text, findingTexts(got))
			}
		})
	}
}
