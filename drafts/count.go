package drafts

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/carepost/carepost/graphemes"
	"github.com/carepost/carepost/links"
	"github.com/carepost/carepost/network"
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
		m.graphemes150, m.graphemes = graphemes.Counts(m.text)
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
	rule, ok := network.TextRuleFor(n)
	if !ok {
		return Count{
			Network:  n,
			Count:    m.utf16Count(),
			Over:     true,
			Unit:     network.UnitCharacters,
			Problems: []string{fmt.Sprintf("CarePost doesn't know the network %q.", string(n))},
		}
	}
	if limit > 0 {
		rule.Limit = limit
	}
	c := Count{
		Network:      n,
		Limit:        rule.Limit,
		Unit:         rule.Unit,
		BytesLimit:   rule.Bytes,
		HashtagLimit: rule.Hashtags,
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
	if rule.Bytes > 0 {
		c.Bytes = len(m.text)
	}

	if c.Count > c.Limit {
		c.Problems = append(c.Problems, lengthProblem(n, rule, c.Count))
	}
	if c.BytesLimit > 0 && c.Bytes > c.BytesLimit {
		c.Problems = append(c.Problems, rule.Label+" allows at most "+withCommas(c.BytesLimit)+
			" bytes of text; this has "+withCommas(c.Bytes)+
			" (emoji and letters outside the basic Latin alphabet take 2 to 4 bytes each).")
	}
	if c.HashtagLimit > 0 && c.Hashtags > c.HashtagLimit {
		c.Problems = append(c.Problems, rule.Label+" allows at most "+strconv.Itoa(c.HashtagLimit)+
			" hashtags; this has "+strconv.Itoa(c.Hashtags)+".")
	}
	c.Over = len(c.Problems) > 0
	return c
}

func lengthProblem(n Network, rule network.TextRule, count int) string {
	unit := rule.Unit
	note := ""
	switch n {
	case X:
		note = " (every link counts as 23, and emoji and most Chinese, Japanese and Korean characters count as 2)"
	case Bluesky:
		unit = "graphemes (characters as they appear on screen)"
	case Mastodon:
		note = " (every link counts as 23)"
	}
	return rule.Label + " allows at most " + withCommas(rule.Limit) + " " + unit +
		"; this has " + withCommas(count) + note + "."
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
	v150, _ := graphemes.Counts(b.String())
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
