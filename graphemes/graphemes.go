// Package graphemes counts a text's user-perceived characters (extended
// grapheme clusters, UAX #29) the way the networks' servers do: by Unicode
// 15.0's rules, which rivo/uniseg 0.4.7 follows, and by 15.1's, which add
// rule GB9c for Indic conjuncts. It is a leaf: the counters in drafts and
// the Bluesky connector's own check before sending share it.
package graphemes

import (
	"strings"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// Count is the number of grapheme clusters in s by Unicode 15.1's rules
// (Bluesky's servers, Intl.Segmenter).
func Count(s string) int {
	_, v151 := Counts(s)
	return v151
}

// Counts counts the extended grapheme clusters of s (UAX #29)
// by Unicode 15.0's rules, as uniseg 0.4.7 has them, and by 15.1's, which
// add rule GB9c: an Indic conjunct, consonant + virama + consonant, stays
// one cluster ("क्ष" is one, not two).
//
// Bluesky's servers count a post's graphemes with Intl.Segmenter, which
// follows 15.1 or later, so Bluesky gets the 15.1 count. Later versions
// join a few more sequences (Node with ICU 78, Unicode 17.0, also joins
// across vowel signs and other marks of combining class 0, and after the
// viramas of some other scripts), never fewer, so 15.1's count is never
// lower than the server's: a post that fits by it fits there. Mastodon
// counts with Ruby's each_grapheme_cluster; it keeps 15.0's count, which
// is never lower than 15.1's, whichever rules the server's Ruby follows.
func Counts(s string) (v150, v151 int) {
	n, joins, state := 0, 0, -1
	gb9c := hasLinker(s)
	linked := false // the cluster before ends in consonant, [extend|linker]*, linker, [extend|linker]*
	for len(s) > 0 {
		// Two ASCII characters in a row always have a cluster boundary
		// between them, except CR LF; and no rule looks back across ASCII,
		// so uniseg may start afresh after one.
		if c := s[0]; c < utf8.RuneSelf && (len(s) == 1 || s[1] < utf8.RuneSelf) {
			if c == '\r' && len(s) > 1 && s[1] == '\n' {
				s = s[1:]
			}
			s, state = s[1:], -1
			n++
			linked = false
			continue
		}
		var cluster string
		cluster, s, _, state = uniseg.FirstGraphemeClusterInString(s, state)
		n++
		if !gb9c {
			continue
		}
		if linked {
			// GB9c: consonant [extend|linker]* linker [extend|linker]* × consonant.
			if r, _ := utf8.DecodeRuneInString(cluster); inCB(r) == inCBConsonant {
				joins++
			}
		}
		linked = endsInConjunctLink(cluster)
	}
	return n, n - joins
}

// hasLinker reports whether s holds one of the six InCB linkers, U+094D,
// U+09CD, U+0ACD, U+0B4D, U+0C4D and U+0D4D: E0 A5 8D, E0 A7 8D, E0 AB 8D,
// E0 AD 8D, E0 B1 8D and E0 B5 8D in UTF-8. Without one, GB9c never
// applies.
func hasLinker(s string) bool {
	for i := 2; i < len(s); i++ {
		k := strings.IndexByte(s[i:], 0x8D)
		if k < 0 {
			return false
		}
		i += k
		if s[i-2] == 0xE0 {
			switch s[i-1] {
			case 0xA5, 0xA7, 0xAB, 0xAD, 0xB1, 0xB5:
				return true
			}
		}
	}
	return false
}

// endsInConjunctLink reports whether a cluster ends as GB9c's left side
// does: a consonant, then extenders and linkers with at least one linker.
// Under 15.0's rules extenders and linkers never start a cluster after a
// consonant, so the whole sequence is in the cluster.
func endsInConjunctLink(cluster string) bool {
	linker := false
	for i := len(cluster); i > 0; {
		r, size := utf8.DecodeLastRuneInString(cluster[:i])
		switch inCB(r) {
		case inCBLinker:
			linker = true
		case inCBExtend:
		case inCBConsonant:
			return linker
		default:
			return false
		}
		i -= size
	}
	return false
}

// Indic_Conjunct_Break values.
const (
	inCBNone = iota
	inCBLinker
	inCBConsonant
	inCBExtend
)

// inCB is the Indic_Conjunct_Break property of r in Unicode 15.1.0
// (DerivedCoreProperties-15.1.0.txt, https://www.unicode.org/Public/15.1.0/ucd/):
// Linker is the virama of Devanagari, Bengali, Gujarati, Oriya, Telugu and
// Malayalam, Consonant their consonants, and Extend the combining marks
// with a non-zero combining class, and ZWJ.
func inCB(r rune) int {
	if r < 0x300 {
		return inCBNone
	}
	switch r {
	case 0x094D, 0x09CD, 0x0ACD, 0x0B4D, 0x0C4D, 0x0D4D:
		return inCBLinker
	}
	if r >= 0x0915 && r <= 0x0D3A && InRanges(r, inCBConsonants[:]) {
		return inCBConsonant
	}
	if InRanges(r, inCBExtends[:]) {
		return inCBExtend
	}
	return inCBNone
}

// InRanges reports whether r falls in one of ranges, sorted and not
// overlapping (a binary search; the emoji table of X's counter uses it too).
func InRanges(r rune, ranges [][2]rune) bool {
	lo, hi := 0, len(ranges)
	for lo < hi {
		mid := (lo + hi) / 2
		switch rg := ranges[mid]; {
		case r < rg[0]:
			hi = mid
		case r > rg[1]:
			lo = mid + 1
		default:
			return true
		}
	}
	return false
}

// inCBConsonants: InCB=Consonant, 240 code points (Unicode 15.1.0).
var inCBConsonants = [...][2]rune{
	{0x0915, 0x0939}, {0x0958, 0x095F}, {0x0978, 0x097F}, {0x0995, 0x09A8}, {0x09AA, 0x09B0},
	{0x09B2, 0x09B2}, {0x09B6, 0x09B9}, {0x09DC, 0x09DD}, {0x09DF, 0x09DF}, {0x09F0, 0x09F1},
	{0x0A95, 0x0AA8}, {0x0AAA, 0x0AB0}, {0x0AB2, 0x0AB3}, {0x0AB5, 0x0AB9}, {0x0AF9, 0x0AF9},
	{0x0B15, 0x0B28}, {0x0B2A, 0x0B30}, {0x0B32, 0x0B33}, {0x0B35, 0x0B39}, {0x0B5C, 0x0B5D},
	{0x0B5F, 0x0B5F}, {0x0B71, 0x0B71}, {0x0C15, 0x0C28}, {0x0C2A, 0x0C39}, {0x0C58, 0x0C5A},
	{0x0D15, 0x0D3A},
}

// inCBExtends: InCB=Extend, 884 code points (Unicode 15.1.0).
var inCBExtends = [...][2]rune{
	{0x0300, 0x034E}, {0x0350, 0x036F}, {0x0483, 0x0487}, {0x0591, 0x05BD}, {0x05BF, 0x05BF},
	{0x05C1, 0x05C2}, {0x05C4, 0x05C5}, {0x05C7, 0x05C7}, {0x0610, 0x061A}, {0x064B, 0x065F},
	{0x0670, 0x0670}, {0x06D6, 0x06DC}, {0x06DF, 0x06E4}, {0x06E7, 0x06E8}, {0x06EA, 0x06ED},
	{0x0711, 0x0711}, {0x0730, 0x074A}, {0x07EB, 0x07F3}, {0x07FD, 0x07FD}, {0x0816, 0x0819},
	{0x081B, 0x0823}, {0x0825, 0x0827}, {0x0829, 0x082D}, {0x0859, 0x085B}, {0x0898, 0x089F},
	{0x08CA, 0x08E1}, {0x08E3, 0x08FF}, {0x093C, 0x093C}, {0x0951, 0x0954}, {0x09BC, 0x09BC},
	{0x09FE, 0x09FE}, {0x0A3C, 0x0A3C}, {0x0ABC, 0x0ABC}, {0x0B3C, 0x0B3C}, {0x0C3C, 0x0C3C},
	{0x0C55, 0x0C56}, {0x0CBC, 0x0CBC}, {0x0D3B, 0x0D3C}, {0x0E38, 0x0E3A}, {0x0E48, 0x0E4B},
	{0x0EB8, 0x0EBA}, {0x0EC8, 0x0ECB}, {0x0F18, 0x0F19}, {0x0F35, 0x0F35}, {0x0F37, 0x0F37},
	{0x0F39, 0x0F39}, {0x0F71, 0x0F72}, {0x0F74, 0x0F74}, {0x0F7A, 0x0F7D}, {0x0F80, 0x0F80},
	{0x0F82, 0x0F84}, {0x0F86, 0x0F87}, {0x0FC6, 0x0FC6}, {0x1037, 0x1037}, {0x1039, 0x103A},
	{0x108D, 0x108D}, {0x135D, 0x135F}, {0x1714, 0x1714}, {0x17D2, 0x17D2}, {0x17DD, 0x17DD},
	{0x18A9, 0x18A9}, {0x1939, 0x193B}, {0x1A17, 0x1A18}, {0x1A60, 0x1A60}, {0x1A75, 0x1A7C},
	{0x1A7F, 0x1A7F}, {0x1AB0, 0x1ABD}, {0x1ABF, 0x1ACE}, {0x1B34, 0x1B34}, {0x1B6B, 0x1B73},
	{0x1BAB, 0x1BAB}, {0x1BE6, 0x1BE6}, {0x1C37, 0x1C37}, {0x1CD0, 0x1CD2}, {0x1CD4, 0x1CE0},
	{0x1CE2, 0x1CE8}, {0x1CED, 0x1CED}, {0x1CF4, 0x1CF4}, {0x1CF8, 0x1CF9}, {0x1DC0, 0x1DFF},
	{0x200D, 0x200D}, {0x20D0, 0x20DC}, {0x20E1, 0x20E1}, {0x20E5, 0x20F0}, {0x2CEF, 0x2CF1},
	{0x2D7F, 0x2D7F}, {0x2DE0, 0x2DFF}, {0x302A, 0x302D}, {0x302E, 0x302F}, {0x3099, 0x309A},
	{0xA66F, 0xA66F}, {0xA674, 0xA67D}, {0xA69E, 0xA69F}, {0xA6F0, 0xA6F1}, {0xA82C, 0xA82C},
	{0xA8E0, 0xA8F1}, {0xA92B, 0xA92D}, {0xA9B3, 0xA9B3}, {0xAAB0, 0xAAB0}, {0xAAB2, 0xAAB4},
	{0xAAB7, 0xAAB8}, {0xAABE, 0xAABF}, {0xAAC1, 0xAAC1}, {0xAAF6, 0xAAF6}, {0xABED, 0xABED},
	{0xFB1E, 0xFB1E}, {0xFE20, 0xFE2F}, {0x101FD, 0x101FD}, {0x102E0, 0x102E0}, {0x10376, 0x1037A},
	{0x10A0D, 0x10A0D}, {0x10A0F, 0x10A0F}, {0x10A38, 0x10A3A}, {0x10A3F, 0x10A3F},
	{0x10AE5, 0x10AE6}, {0x10D24, 0x10D27}, {0x10EAB, 0x10EAC}, {0x10EFD, 0x10EFF},
	{0x10F46, 0x10F50}, {0x10F82, 0x10F85}, {0x11070, 0x11070}, {0x1107F, 0x1107F},
	{0x110BA, 0x110BA}, {0x11100, 0x11102}, {0x11133, 0x11134}, {0x11173, 0x11173},
	{0x111CA, 0x111CA}, {0x11236, 0x11236}, {0x112E9, 0x112EA}, {0x1133B, 0x1133C},
	{0x11366, 0x1136C}, {0x11370, 0x11374}, {0x11446, 0x11446}, {0x1145E, 0x1145E},
	{0x114C3, 0x114C3}, {0x115C0, 0x115C0}, {0x116B7, 0x116B7}, {0x1172B, 0x1172B},
	{0x1183A, 0x1183A}, {0x1193E, 0x1193E}, {0x11943, 0x11943}, {0x11A34, 0x11A34},
	{0x11A47, 0x11A47}, {0x11A99, 0x11A99}, {0x11D42, 0x11D42}, {0x11D44, 0x11D45},
	{0x11D97, 0x11D97}, {0x11F42, 0x11F42}, {0x16AF0, 0x16AF4}, {0x16B30, 0x16B36},
	{0x1BC9E, 0x1BC9E}, {0x1D165, 0x1D165}, {0x1D167, 0x1D169}, {0x1D16E, 0x1D172},
	{0x1D17B, 0x1D182}, {0x1D185, 0x1D18B}, {0x1D1AA, 0x1D1AD}, {0x1D242, 0x1D244},
	{0x1E000, 0x1E006}, {0x1E008, 0x1E018}, {0x1E01B, 0x1E021}, {0x1E023, 0x1E024},
	{0x1E026, 0x1E02A}, {0x1E08F, 0x1E08F}, {0x1E130, 0x1E136}, {0x1E2AE, 0x1E2AE},
	{0x1E2EC, 0x1E2EF}, {0x1E4EC, 0x1E4EF}, {0x1E8D0, 0x1E8D6}, {0x1E944, 0x1E94A},
}
