package graphemes

import (
	"os"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// TestGraphemeBreakTest151 runs Unicode 15.1.0's own grapheme break
// tests. Rules only look back, so a prefix's count rises by one exactly
// where a boundary is: checking every prefix checks every boundary.
func TestGraphemeBreakTest151(t *testing.T) {
	data, err := os.ReadFile("testdata/GraphemeBreakTest-15.1.0.txt")
	if err != nil {
		t.Fatal(err)
	}
	lines, gb9c := 0, 0
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		lines++
		var text strings.Builder
		var prefixes []string
		var want []int
		boundaries, v150differs := 0, false
		fields := strings.Fields(line)
		for i := 0; i+1 < len(fields); i += 2 {
			if fields[i] == "÷" {
				boundaries++
			}
			cp, err := strconv.ParseUint(fields[i+1], 16, 32)
			if err != nil {
				t.Fatalf("%q: %v", line, err)
			}
			text.WriteRune(rune(cp))
			prefixes = append(prefixes, text.String())
			want = append(want, boundaries)
		}
		for i, p := range prefixes {
			v150, v151 := Counts(p)
			if v151 != want[i] {
				t.Errorf("%s: %d graphemes in the first %d code points, want %d", line, v151, i+1, want[i])
				break
			}
			if u := uniseg.GraphemeClusterCount(p); v150 != u {
				t.Errorf("%s: 15.0 count %d of the first %d code points, uniseg says %d", line, v150, i+1, u)
				break
			}
			v150differs = v150differs || v150 != v151
		}
		if v150differs {
			gb9c++
		}
	}
	if lines != 1187 || gb9c == 0 {
		t.Errorf("ran %d test lines, %d of them where GB9c matters; want 1187 and some", lines, gb9c)
	}
	t.Logf("%d lines, %d where 15.1 differs from 15.0", lines, gb9c)
}

// TestInCBTables checks the Indic_Conjunct_Break table against
// uniseg's 15.0 data: linkers and extenders never start a cluster after a
// letter (grapheme break property Extend or ZWJ), consonants are letters
// that do, and the ranges are sorted without overlaps.
func TestInCBTables(t *testing.T) {
	for _, table := range [][][2]rune{inCBConsonants[:], inCBExtends[:]} {
		for i, rg := range table {
			if rg[0] > rg[1] || (i > 0 && table[i-1][1] >= rg[0]) {
				t.Fatalf("range %d %X..%X out of order", i, rg[0], rg[1])
			}
		}
	}
	counts := map[int]int{}
	for r := rune(0); r <= 0x10FFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		p := inCB(r)
		counts[p]++
		switch joins := uniseg.GraphemeClusterCount("a"+string(r)) == 1; p {
		case inCBLinker, inCBExtend:
			if !joins {
				t.Errorf("%U is InCB linker or extend but starts a cluster", r)
			}
		case inCBConsonant:
			if joins || !unicode.IsLetter(r) {
				t.Errorf("%U is an InCB consonant but joins the letter before or is no letter", r)
			}
		}
	}
	if counts[inCBLinker] != 6 || counts[inCBConsonant] != 240 || counts[inCBExtend] != 884 {
		t.Errorf("InCB linkers %d, consonants %d, extenders %d; Unicode 15.1.0 has 6, 240, 884",
			counts[inCBLinker], counts[inCBConsonant], counts[inCBExtend])
	}
}

// FuzzCounts spells each input byte as one of the code points
// that rule GB9c and its neighbours care about, so that the fuzzer explores
// conjuncts rather than random bytes, and checks both counts against
// uniseg and graphemes151.
func FuzzCounts(f *testing.F) {
	alphabet := []rune{
		0x0915, 0x0937, 0x0924, 0x0995, 0x0A95, 0x0B37, 0x0C15, 0x0D37, // InCB consonants
		0x094D, 0x09CD, 0x0ACD, 0x0B4D, 0x0C4D, 0x0D4D, // linkers
		0x093C, 0x0301, 0x200D, 0x0951, // extenders
		0x0941, 0x093F, 0x0902, 0x0903, // other marks: extend with ccc 0, spacing
		0x0B95, 0x0BCD, 0x1039, 0x1000, // Tamil and Myanmar: not in GB9c
		'a', ' ', '\r', '\n', 0x1F468, 0x1F1FA, 0xFE0F, 0x0600, // letters, controls, emoji, prepend
	}
	f.Add([]byte{0, 8, 1})
	f.Add([]byte{0, 14, 8, 16, 1, 8, 8, 2})
	f.Add([]byte{0, 8, 28, 29, 1, 30, 8, 26})
	f.Fuzz(func(t *testing.T, in []byte) {
		var b strings.Builder
		for _, c := range in {
			b.WriteRune(alphabet[int(c)%len(alphabet)])
		}
		s := b.String()
		v150, v151 := Counts(s)
		if u := uniseg.GraphemeClusterCount(s); v150 != u {
			t.Fatalf("%+q: 15.0 count %d, uniseg says %d", s, v150, u)
		}
		if want := graphemes151(s); v151 != want {
			t.Fatalf("%+q: 15.1 count %d, want %d", s, v151, want)
		}
	})
}

// graphemes151 is a second reading of rule GB9c: uniseg's boundaries
// (Unicode 15.0), less each one before a consonant that the code points
// before it, read backwards, link to a consonant: extenders and linkers,
// at least one linker, then a consonant.
func graphemes151(s string) int {
	n := 0
	g := uniseg.NewGraphemes(s)
	for g.Next() {
		from, _ := g.Positions()
		if from > 0 && joinedByGB9c(s[:from], s[from:]) {
			continue
		}
		n++
	}
	return n
}

func joinedByGB9c(before, after string) bool {
	if r, _ := utf8.DecodeRuneInString(after); inCB(r) != inCBConsonant {
		return false
	}
	linker := false
	for before != "" {
		r, size := utf8.DecodeLastRuneInString(before)
		switch inCB(r) {
		case inCBLinker:
			linker = true
		case inCBExtend:
		case inCBConsonant:
			return linker
		default:
			return false
		}
		before = before[:len(before)-size]
	}
	return false
}
