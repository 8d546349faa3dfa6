package drafts

// How X counts a post: twitter-text's weighted length (emoji and CJK
// weigh double, every link 23).

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/carepost/carepost/graphemes"
	"github.com/carepost/carepost/links"
)

// weightedLengthX follows twitter-text's TwitterTextParser.parseTweet with
// config v3: NFC first; each URL counts 23; each emoji sequence counts 2;
// every other code point counts 1 in the light ranges and 2 elsewhere.
func weightedLengthX(text string) int {
	// parseTweet returns 0 when tweet.trim() is empty, and Java's trim()
	// strips everything up to U+0020.
	blank := true
	for i := 0; i < len(text); i++ {
		if text[i] > ' ' {
			blank = false
			break
		}
	}
	if blank {
		return 0
	}
	t := norm.NFC.String(text)
	var buf [16]links.Span
	urls := xLinks(t, buf[:0])
	w, u := 0, 0
	for i := 0; i < len(t); {
		for u < len(urls) && urls[u].Start < i {
			u++
		}
		if u < len(urls) && urls[u].Start == i {
			w += linkWeight
			i = urls[u].End
			u++
			continue
		}
		c := t[i]
		if c < utf8.RuneSelf && c != '#' && c != '*' && (c < '0' || c > '9') {
			w++
			i++
			continue
		}
		if n := emojiSequenceAt(t, i); n > 0 {
			w += 2
			i += n
			continue
		}
		r, size := utf8.DecodeRuneInString(t[i:])
		w += codePointWeightX(r)
		i += size
	}
	return w
}

// codePointWeightX applies config v3's ranges: Latin through Georgian,
// spaces, dashes, quotes and primes weigh 1; CJK, emoji and the rest 2.
func codePointWeightX(r rune) int {
	switch {
	case r <= 4351, r >= 8192 && r <= 8205, r >= 8208 && r <= 8223, r >= 8242 && r <= 8247:
		return 1
	}
	return 2
}

// emojiSequenceAt returns the byte length of the emoji sequence starting at
// s[i], or 0. twitter-text's VALID_EMOJI_PATTERN lists the RGI sequences of
// its Unicode release one by one; this matches their shape instead (base,
// presentation selector, skin tone, tags, ZWJ-joined parts, keycaps, flag
// pairs), so sequences newer than that list, which stopped at Emoji 12,
// also count 2 rather than the sum of their parts.
func emojiSequenceAt(s string, i int) int {
	r, n := utf8.DecodeRuneInString(s[i:])
	j := i + n
	switch {
	case r == '#' || r == '*' || (r >= '0' && r <= '9'):
		// Keycap: [#*0-9] FE0F? 20E3.
		if strings.HasPrefix(s[j:], "\uFE0F") {
			j += 3
		}
		if strings.HasPrefix(s[j:], "\u20E3") {
			return j + 3 - i
		}
		return 0
	case isRegionalIndicator(r):
		if r2, n2 := utf8.DecodeRuneInString(s[j:]); isRegionalIndicator(r2) {
			return j + n2 - i
		}
		return n
	case r == 0xA9 || r == 0xAE || r == 0x2122:
		// ©, ® and ™ are emoji only with VS16; bare, they are text.
		if strings.HasPrefix(s[j:], "\uFE0F") {
			return j + 3 - i
		}
		return 0
	case isExtendedPictographic(r):
		// VS15 asks for the text form, which the pattern leaves as text.
		if strings.HasPrefix(s[j:], "\uFE0E") {
			return 0
		}
		j = emojiTail(s, j)
		for strings.HasPrefix(s[j:], "\u200D") {
			r2, n2 := utf8.DecodeRuneInString(s[j+3:])
			if !isExtendedPictographic(r2) {
				break
			}
			j = emojiTail(s, j+3+n2)
		}
		return j - i
	}
	return 0
}

// emojiTail skips what may follow an emoji base: VS16, a skin tone, and a
// tag sequence (subdivision flags) that is properly closed.
func emojiTail(s string, j int) int {
	for k := 0; k < 4; k++ {
		r, n := utf8.DecodeRuneInString(s[j:])
		if r == 0xFE0F || (r >= 0x1F3FB && r <= 0x1F3FF) {
			j += n
			continue
		}
		break
	}
	k := j
	for {
		r, n := utf8.DecodeRuneInString(s[k:])
		if r >= 0xE0020 && r <= 0xE007E {
			k += n
			continue
		}
		if r == 0xE007F && k > j {
			return k + n
		}
		return j
	}
}

func isRegionalIndicator(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }

// extendedPictographic is Unicode's Extended_Pictographic property
// (emoji-data.txt), the bases that start an emoji sequence. A test checks
// it against uniseg's grapheme rules.
var extendedPictographic = [...][2]rune{
	{0x00A9, 0x00A9}, {0x00AE, 0x00AE}, {0x203C, 0x203C}, {0x2049, 0x2049}, {0x2122, 0x2122},
	{0x2139, 0x2139}, {0x2194, 0x2199}, {0x21A9, 0x21AA}, {0x231A, 0x231B}, {0x2328, 0x2328},
	{0x2388, 0x2388}, {0x23CF, 0x23CF}, {0x23E9, 0x23F3}, {0x23F8, 0x23FA}, {0x24C2, 0x24C2},
	{0x25AA, 0x25AB}, {0x25B6, 0x25B6}, {0x25C0, 0x25C0}, {0x25FB, 0x25FE}, {0x2600, 0x2605},
	{0x2607, 0x2612}, {0x2614, 0x2685}, {0x2690, 0x2705}, {0x2708, 0x2712}, {0x2714, 0x2714},
	{0x2716, 0x2716}, {0x271D, 0x271D}, {0x2721, 0x2721}, {0x2728, 0x2728}, {0x2733, 0x2734},
	{0x2744, 0x2744}, {0x2747, 0x2747}, {0x274C, 0x274C}, {0x274E, 0x274E}, {0x2753, 0x2755},
	{0x2757, 0x2757}, {0x2763, 0x2767}, {0x2795, 0x2797}, {0x27A1, 0x27A1}, {0x27B0, 0x27B0},
	{0x27BF, 0x27BF}, {0x2934, 0x2935}, {0x2B05, 0x2B07}, {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50},
	{0x2B55, 0x2B55}, {0x3030, 0x3030}, {0x303D, 0x303D}, {0x3297, 0x3297}, {0x3299, 0x3299},
	{0x1F000, 0x1F0FF}, {0x1F10D, 0x1F10F}, {0x1F12F, 0x1F12F}, {0x1F16C, 0x1F171}, {0x1F17E, 0x1F17F},
	{0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F1AD, 0x1F1E5}, {0x1F201, 0x1F20F}, {0x1F21A, 0x1F21A},
	{0x1F22F, 0x1F22F}, {0x1F232, 0x1F23A}, {0x1F23C, 0x1F23F}, {0x1F249, 0x1F3FA}, {0x1F400, 0x1F53D},
	{0x1F546, 0x1F64F}, {0x1F680, 0x1F6FF}, {0x1F774, 0x1F77F}, {0x1F7D5, 0x1F7FF}, {0x1F80C, 0x1F80F},
	{0x1F848, 0x1F84F}, {0x1F85A, 0x1F85F}, {0x1F888, 0x1F88F}, {0x1F8AE, 0x1F8FF}, {0x1F90C, 0x1F93A},
	{0x1F93C, 0x1F945}, {0x1F947, 0x1FAFF}, {0x1FC00, 0x1FFFD},
}

func isExtendedPictographic(r rune) bool {
	return r >= 0xA9 && graphemes.InRanges(r, extendedPictographic[:])
}

// ---- Mastodon ----

// xLinks appends to dst the links X counts as 23: what twitter-text's
// extractor finds (http and https links and bare domains), less a bare
// two-label domain on a country code with no path, which twitter-text
// leaves as text (conformance: "it.so" is not a URL, "it.so/abcde" is).
func xLinks(text string, dst []links.Span) []links.Span {
	start := len(dst)
	dst = links.Append(dst, text, nil)
	kept := dst[:start]
	for _, l := range dst[start:] {
		if !l.Scheme && !l.HasPath() && isBareCountryCode(l.Host) {
			continue
		}
		kept = append(kept, l)
	}
	return kept
}

// isBareCountryCode: two labels, the second of two ASCII letters.
func isBareCountryCode(host string) bool {
	dot := strings.IndexByte(host, '.')
	if dot < 0 || strings.IndexByte(host[dot+1:], '.') >= 0 {
		return false
	}
	tld := host[dot+1:]
	return len(tld) == 2 && tld[0]|0x20 >= 'a' && tld[0]|0x20 <= 'z' && tld[1]|0x20 >= 'a' && tld[1]|0x20 <= 'z'
}
