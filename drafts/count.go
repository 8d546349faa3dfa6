package drafts

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rivo/uniseg"
	"golang.org/x/text/unicode/norm"

	"github.com/carepost/carepost/links"
)

// Count is how a post's text measures up on one network.
type Count struct {
	Network      Network  `json:"network"`
	Count        int      `json:"count"` // in the network's own unit (weighted for X, graphemes for Bluesky, ...)
	Limit        int      `json:"limit"`
	Over         bool     `json:"over"` // any limit exceeded (count, bytes, hashtags)
	Unit         string   `json:"-"`    // plain words: "characters", "weighted characters", "graphemes"
	Bytes        int      `json:"-"`    // UTF-8 bytes, reported where the network caps bytes (Bluesky 3,000)
	BytesLimit   int      `json:"-"`    // 0 when the network has no byte cap
	Hashtags     int      `json:"-"`
	HashtagLimit int      `json:"-"` // 30 for Instagram, 0 when none
	Problems     []string `json:"-"` // plain-English sentences for each exceeded limit
}

// CountText measures text the way network n will when it is posted.
func CountText(n Network, text string) Count {
	return CountTextWithLimit(n, text, 0)
}

// CountTextWithLimit is CountText with the network's limit replaced by
// limit when limit > 0: a Mastodon instance may allow more than 500
// (configuration.statuses.max_characters in /api/v2/instance).
func CountTextWithLimit(n Network, text string, limit int) Count {
	m := newTextMeasure(text)
	return m.count(n, limit)
}

// CountAll measures text for each network, in the order given; nil or
// empty networks means AllNetworks. The work shared between networks is
// done once.
func CountAll(text string, networks []Network) []Count {
	if len(networks) == 0 {
		networks = AllNetworks
	}
	m := newTextMeasure(text)
	out := make([]Count, len(networks))
	for i, n := range networks {
		out[i] = m.count(n, 0)
	}
	return out
}

// textMeasure caches the counts several networks share.
type textMeasure struct {
	// text is valid UTF-8: what a network receives once the text has gone
	// through JSON, which turns each invalid byte into U+FFFD.
	text string
	// graphemes counts by Unicode 15.1's rules (Bluesky), graphemes150 by
	// 15.0's (Mastodon).
	graphemes, graphemes150, utf16, hashtag int
	have                                    uint8
}

const (
	haveGraphemes uint8 = 1 << iota
	haveUTF16
	haveHashtags
)

func newTextMeasure(text string) textMeasure {
	if !utf8.ValidString(text) {
		text = string([]rune(text))
	}
	return textMeasure{text: text}
}

// graphemeCount is the text's length in graphemes by Unicode 15.1's
// rules, as Bluesky counts it.
func (m *textMeasure) graphemeCount() int {
	m.countGraphemes()
	return m.graphemes
}

// graphemeCount150 is the length by Unicode 15.0's rules, without GB9c.
func (m *textMeasure) graphemeCount150() int {
	m.countGraphemes()
	return m.graphemes150
}

func (m *textMeasure) countGraphemes() {
	if m.have&haveGraphemes == 0 {
		m.graphemes150, m.graphemes = graphemeCounts(m.text)
		m.have |= haveGraphemes
	}
}

func (m *textMeasure) utf16Count() int {
	if m.have&haveUTF16 == 0 {
		m.utf16 = utf16Length(m.text)
		m.have |= haveUTF16
	}
	return m.utf16
}

func (m *textMeasure) hashtagCount() int {
	if m.have&haveHashtags == 0 {
		m.hashtag = countHashtags(m.text)
		m.have |= haveHashtags
	}
	return m.hashtag
}

func (m *textMeasure) count(n Network, limit int) Count {
	rule, ok := textRuleFor(n)
	if !ok {
		return Count{
			Network:  n,
			Count:    m.utf16Count(),
			Over:     true,
			Unit:     unitCharacters,
			Problems: []string{fmt.Sprintf("CarePost doesn't know the network %q.", string(n))},
		}
	}
	if limit > 0 {
		rule.limit = limit
	}
	c := Count{
		Network:      n,
		Limit:        rule.limit,
		Unit:         rule.unit,
		BytesLimit:   rule.bytes,
		HashtagLimit: rule.hashtags,
		Hashtags:     m.hashtagCount(),
	}
	switch n {
	case X:
		c.Count = weightedLengthX(m.text)
	case Bluesky:
		c.Count = m.graphemeCount()
	case Mastodon:
		c.Count = m.mastodonLength()
	default:
		c.Count = m.utf16Count()
	}
	if rule.bytes > 0 {
		c.Bytes = len(m.text)
	}

	if c.Count > c.Limit {
		c.Problems = append(c.Problems, lengthProblem(n, rule, c.Count))
	}
	if c.BytesLimit > 0 && c.Bytes > c.BytesLimit {
		c.Problems = append(c.Problems, rule.label+" allows at most "+withCommas(c.BytesLimit)+
			" bytes of text; this has "+withCommas(c.Bytes)+
			" (emoji and letters outside the basic Latin alphabet take 2 to 4 bytes each).")
	}
	if c.HashtagLimit > 0 && c.Hashtags > c.HashtagLimit {
		c.Problems = append(c.Problems, rule.label+" allows at most "+strconv.Itoa(c.HashtagLimit)+
			" hashtags; this has "+strconv.Itoa(c.Hashtags)+".")
	}
	c.Over = len(c.Problems) > 0
	return c
}

func lengthProblem(n Network, rule textRule, count int) string {
	unit := rule.unit
	note := ""
	switch n {
	case X:
		note = " (every link counts as 23, and emoji and most Chinese, Japanese and Korean characters count as 2)"
	case Bluesky:
		unit = "graphemes (characters as they appear on screen)"
	case Mastodon:
		note = " (every link counts as 23)"
	}
	return rule.label + " allows at most " + withCommas(rule.limit) + " " + unit +
		"; this has " + withCommas(count) + note + "."
}

// graphemeCounts counts the extended grapheme clusters of s (UAX #29)
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
func graphemeCounts(s string) (v150, v151 int) {
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
	if r >= 0x0915 && r <= 0x0D3A && inRanges(r, inCBConsonants[:]) {
		return inCBConsonant
	}
	if inRanges(r, inCBExtends[:]) {
		return inCBExtend
	}
	return inCBNone
}

func inRanges(r rune, ranges [][2]rune) bool {
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

// utf16Length is the length JavaScript and Java report for s: code points
// above U+FFFF take two units, and every one of those is 4 bytes in UTF-8.
func utf16Length(s string) int {
	n := utf8.RuneCountInString(s)
	for i := 0; i < len(s); i++ {
		if s[i] >= 0xF0 {
			n++
		}
	}
	return n
}

// ---- X (twitter-text v3) ----

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
	if r < 0xA9 {
		return false
	}
	lo, hi := 0, len(extendedPictographic)
	for lo < hi {
		mid := (lo + hi) / 2
		switch rg := extendedPictographic[mid]; {
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

// ---- Mastodon ----

// mastodonLength is StatusLengthValidator#countable_length: grapheme
// clusters (Unicode 15.0's rules, see graphemeCounts) of the text after
// Extractor's URLs (scheme required) become 23 "x" and each mention
// @user@domain becomes @user.
func (m *textMeasure) mastodonLength() int {
	t := m.text
	if !strings.Contains(t, "://") && strings.IndexByte(t, '@') < 0 {
		return m.graphemeCount150()
	}
	var spanBuf [16]links.Span
	var linkBuf, mentionBuf [16]textSpan
	lnk := linkBuf[:0]
	for _, l := range links.Append(spanBuf[:0], t, &mastodonLinks) {
		lnk = append(lnk, textSpan{start: l.Start, end: l.End})
	}
	mentions := appendRemoteMentions(t, mentionBuf[:0])
	if len(lnk) == 0 && len(mentions) == 0 {
		return m.graphemeCount150()
	}
	// Extractor.remove_overlapping_entities: in order of start, and of two
	// overlapping entities the earlier wins. Both lists are in order.
	var b strings.Builder
	b.Grow(len(t))
	last := 0
	for len(lnk) > 0 || len(mentions) > 0 {
		var e textSpan
		if len(mentions) == 0 || (len(lnk) > 0 && lnk[0].start <= mentions[0].start) {
			e, lnk = lnk[0], lnk[1:]
		} else {
			e, mentions = mentions[0], mentions[1:]
		}
		if e.start < last {
			continue
		}
		b.WriteString(t[last:e.start])
		if e.userEnd > 0 {
			b.WriteString(t[e.start:e.userEnd])
		} else {
			b.WriteString(urlPlaceholder)
		}
		last = e.end
	}
	b.WriteString(t[last:])
	v150, _ := graphemeCounts(b.String())
	return v150
}

const urlPlaceholder = "xxxxxxxxxxxxxxxxxxxxxxx" // StatusLengthValidator::URL_PLACEHOLDER, 'x' * 23

// appendRemoteMentions finds mentions of the form @user@domain the way
// Mastodon's Extractor.extract_mentions_or_lists_with_indices does with
// Account::MENTION_RE:
//
//	(?<![=/[:word:]])@(([a-z0-9_]+([.-]+[a-z0-9_]+)*)(?:@[[:word:]]+([.-]+[[:word:]]+)*)?)
//
// rejecting a match followed by @, a Latin accent or "://". Local @user
// mentions keep their length, so only remote ones are returned.
func appendRemoteMentions(s string, dst []textSpan) []textSpan {
	for i := 0; i < len(s); {
		at := strings.IndexByte(s[i:], '@')
		if at < 0 {
			break
		}
		at += i
		i = at + 1
		if at > 0 {
			prev, _ := utf8.DecodeLastRuneInString(s[:at])
			if prev == '=' || prev == '/' || isWordRune(prev) {
				continue
			}
		}
		userEnd := scanDotted(s, at+1, isUsernameRune)
		if userEnd == at+1 {
			continue
		}
		end := userEnd
		if userEnd < len(s) && s[userEnd] == '@' {
			if domEnd := scanDotted(s, userEnd+1, isWordRune); domEnd > userEnd+1 {
				end = domEnd
			}
		}
		i = end
		if next, _ := utf8.DecodeRuneInString(s[end:]); next == '@' || next == '＠' || isLatinAccent(next) ||
			strings.HasPrefix(s[end:], "://") {
			continue
		}
		// Extractor skips domains longer than MAX_DOMAIN_LENGTH (253).
		if end > userEnd && end-userEnd-1 <= 253 {
			dst = append(dst, textSpan{start: at, end: end, userEnd: userEnd})
		}
	}
	return dst
}

// scanDotted matches part+([.-]+part+)* from s[i] and returns where it ends
// (i when nothing matched), never ending on a dot or dash.
func scanDotted(s string, i int, part func(rune) bool) int {
	end := scanRunes(s, i, part)
	if end == i {
		return i
	}
	for {
		k := end
		for k < len(s) && (s[k] == '.' || s[k] == '-') {
			k++
		}
		if k == end {
			return end
		}
		e := scanRunes(s, k, part)
		if e == k {
			return end
		}
		end = e
	}
}

func scanRunes(s string, i int, ok func(rune) bool) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !ok(r) {
			break
		}
		i += n
	}
	return i
}

func isUsernameRune(r rune) bool {
	return r < utf8.RuneSelf && (isASCIIAlnum(byte(r)) || r == '_')
}

// isWordRune is Ruby's [[:word:]]: letters, marks, decimal digits and
// connector punctuation.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIAlnum(byte(r)) || r == '_'
	}
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.Is(unicode.Nd, r) || unicode.Is(unicode.Pc, r)
}

// ---- hashtags ----

// countHashtags counts #tags for Instagram's limit of 30, recognising them
// much as twitter-text does: # or ＃ not inside a word or a URL, followed by
// letters, marks, digits or underscores. Instagram documents the limit but
// not the syntax, so an all-digit tag counts too: better to warn at 30
// than to be refused at 31.
func countHashtags(s string) int {
	n := 0
	fullWidth := strings.Contains(s, "＃")
	for i := 0; i < len(s); {
		var size int
		switch {
		case !fullWidth:
			at := strings.IndexByte(s[i:], '#')
			if at < 0 {
				return n
			}
			i += at
			size = 1
		case s[i] == '#':
			size = 1
		case strings.HasPrefix(s[i:], "＃"):
			size = len("＃")
		default:
			i++
			continue
		}
		start := i
		i += size
		if start > 0 {
			prev, _ := utf8.DecodeLastRuneInString(s[:start])
			if !hashtagMayFollow(prev) {
				continue
			}
		}
		// "#️⃣" is the keycap emoji, not a tag.
		if next, _ := utf8.DecodeRuneInString(s[i:]); next == 0xFE0F || next == 0x20E3 {
			continue
		}
		end := scanRunes(s, i, isHashtagRune)
		if end > i {
			n++
			i = end
		}
	}
	return n
}

func hashtagMayFollow(prev rune) bool {
	switch prev {
	case 0xFE0E, 0xFE0F:
		return true
	case '&', '/', '=', '?', '#', '＃', '@', '_':
		return false
	}
	return !(unicode.IsLetter(prev) || unicode.IsDigit(prev) || unicode.IsMark(prev))
}

func isHashtagRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIAlnum(byte(r)) || r == '_'
	}
	if r == 0xFE0F || r == 0xFE0E {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) || r == 0x200C || r == 0x200D || r == 0xB7
}

// ---- links ----

// textSpan is a byte range of the text: a link, or a Mastodon mention whose
// "@user" part ends at userEnd (0 for links).
type textSpan struct {
	start, end, userEnd int
}

// Where the links are is the links package's to say, for every network;
// which of them a network shortens to 23 is each network's own rule.

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

// mastodonLinks is what Mastodon's StatusLengthValidator extracts: links
// with one of its schemes only (extract_url_without_protocol: false), and
// its redefinition of the pattern (config/initializers/twitter_regex.rb),
// which lets the path take any non-space character and the query Unicode.
var mastodonLinks = links.Options{
	Schemes:        []string{"https://", "http://", "dat://", "dweb://", "ipfs://", "ipns://", "ssb://", "gopher://", "gemini://"},
	SchemeRequired: true,
	IRIPath:        true,
}

// ---- character classes ----

func isASCIIAlnum(c byte) bool {
	return (c >= '0' && c <= '9') || (c|0x20 >= 'a' && c|0x20 <= 'z')
}

// isLatinAccent is twitter-text's LATIN_ACCENTS_CHARS.
func isLatinAccent(r rune) bool {
	switch {
	case r < 0xC0:
		return false
	case r <= 0x24F:
		return r != 0xD7 && r != 0xF7
	case r >= 0x300 && r <= 0x36F, r >= 0x1E00 && r <= 0x1EFF:
		return true
	}
	switch r {
	case 0x253, 0x254, 0x256, 0x257, 0x259, 0x25B, 0x263, 0x268, 0x26F, 0x272, 0x289, 0x28B, 0x2BB:
		return true
	}
	return false
}
