package privacy

import (
	"encoding/binary"
	"fmt"
	"slices"
	"strings"
	"sync"
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
		{"bytes after the second pass", append(slices.Clone(taggerFile), 1, 2, 3), "3 bytes after the second pass"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := decodeTagger(tc.file); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("decodeTagger = %v, want an error saying %q", err, tc.want)
			}
		})
	}
}

// checkFindings checks text for findings ("kind:text") that must be there
// and ones that must not.
func checkFindings(t *testing.T, text string, opts Options, want, never []string) {
	t.Helper()
	got := findingTexts(Check(text, opts))
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("Check(%q) = %v, want %s", text, got, w)
		}
	}
	for _, w := range never {
		if slices.Contains(got, w) {
			t.Errorf("Check(%q) = %v, must not give %s", text, got, w)
		}
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
		// A Spanish dictionary word no care list holds needs the tagger's
		// surer reading, as an everyday English word does.
		"@memo_r la plática del jueves fue un éxito 📻",
	} {
		t.Run(text, func(t *testing.T) {
			if got := Check(text, Options{Reply: true}); len(got) > 0 {
				t.Errorf("Check(%q) = %v, want nothing", text, findingTexts(got))
			}
		})
	}
}

// TestCheckFromManyGoroutines: the editor, the review screen and the
// inbox check texts at once, and the tagger's word cache is shared; each
// goroutine must get what a check alone gives (run under -race in CI).
func TestCheckFromManyGoroutines(t *testing.T) {
	texts := []string{
		"@kerry.w so glad the coil fitting went ok, any cramping just ring us",
		"hola doña Meche, la varicela de los niños ya va mejor",
		"kez ur pap came back all clear 🥳 next one in 5 yrs",
		"Hola Javiera, su RUT 17.345.882-K quedó mal escrito en la ficha.",
		"@sam_t thanks for sharing our post about the fall festival!",
	}
	want := make([][]string, len(texts))
	for i, text := range texts {
		want[i] = findingTexts(Check(text, Options{Reply: true}))
	}
	forgetLexicalWords()
	var wg sync.WaitGroup
	errs := make(chan string, 8*len(texts))
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range texts {
				i := (g + k) % len(texts)
				if got := findingTexts(Check(texts[i], Options{Reply: true})); !slices.Equal(got, want[i]) {
					errs <- fmt.Sprintf("goroutine %d: Check(%q) = %v, want %v", g, texts[i], got, want[i])
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func TestAcronym(t *testing.T) {
	for w, want := range map[string]bool{"PEP": true, "SCBU": true, "NST": true, "A": false, "Pep": false, "COVID19": false, "ABCDEF": false} {
		if got := acronym(w); got != want {
			t.Errorf("acronym(%q) = %v, want %v", w, got, want)
		}
	}
}

// The second pass sees, for each word, the first pass's highest reading in
// the rest of its sentence and in the rest of the text, never its own.
func TestTaggerContext(t *testing.T) {
	tg, err := decodeTagger(taggerFile)
	if err != nil {
		t.Fatal(err)
	}
	if tg.context == nil {
		t.Fatal("data/condition_tagger.bin has no second pass")
	}
	c := newChecker("Tunde had the scan. All good now. Thanks!", Options{})
	c.prepare()
	first := make([][tagOutputs]float32, len(c.toks))
	at := map[string]int{}
	for i, tk := range c.toks {
		at[tk.key] = i
	}
	first[at["tunde"]][tagName] = 0.9
	first[at["scan"]][tagCondition] = 0.8
	first[at["good"]][tagCondition] = 0.3
	x := newTagContext(c, first)
	for _, tc := range []struct {
		word       string
		sent, text [tagOutputs]float32
	}{
		{"tunde", [tagOutputs]float32{0.8, 0, 0}, [tagOutputs]float32{0.3, 0, 0}},
		{"scan", [tagOutputs]float32{0, 0.9, 0}, [tagOutputs]float32{0.3, 0, 0}},
		{"good", [tagOutputs]float32{0, 0, 0}, [tagOutputs]float32{0.8, 0.9, 0}},
		{"thanks", [tagOutputs]float32{0, 0, 0}, [tagOutputs]float32{0.8, 0.9, 0}},
	} {
		sent, text := x.others(at[tc.word])
		if sent != tc.sent || text != tc.text {
			t.Errorf("%s: the rest of the sentence %v and of the text %v, want %v and %v", tc.word, sent, text, tc.sent, tc.text)
		}
	}
}

// TestRunsBridged: visit wording or care words the tagger reads on both
// sides of a word it never reads are one finding, as staff would strike
// them.
func TestRunsBridged(t *testing.T) {
	tg := wordTagger(map[string][tagOutputs]float64{
		"short": {0.9, 0, 0}, "breath": {0.9, 0, 0}, "came": {0, 0, 0.9}, "us": {0, 0, 0.9},
	})
	withTagger(tg, func() {
		checkFindings(t, "When Mr. Guzmán came to us in March he was getting short of breath on every walk.",
			Options{}, []string{"relationship:came to us", "condition:short of breath"}, []string{"condition:breath"})
	})
}
