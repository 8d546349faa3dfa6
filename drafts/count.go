package drafts

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/rivo/uniseg"
	"golang.org/x/text/unicode/norm"
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
	text                      string
	graphemes, utf16, hashtag int
	have                      uint8
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

func (m *textMeasure) graphemeCount() int {
	if m.have&haveGraphemes == 0 {
		m.graphemes = countGraphemes(m.text)
		m.have |= haveGraphemes
	}
	return m.graphemes
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

// countGraphemes counts extended grapheme clusters (UAX #29), as Bluesky's
// lexicon validator and Mastodon's each_grapheme_cluster do.
func countGraphemes(s string) int {
	n, state := 0, -1
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
			continue
		}
		_, s, _, state = uniseg.FirstGraphemeClusterInString(s, state)
		n++
	}
	return n
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
	var buf [16]textSpan
	urls := findURLs(t, &twitterURLs, buf[:0])
	w, u := 0, 0
	for i := 0; i < len(t); {
		for u < len(urls) && urls[u].start < i {
			u++
		}
		if u < len(urls) && urls[u].start == i {
			w += linkWeight
			i = urls[u].end
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
// clusters of the text after Extractor's URLs (scheme required) become 23
// "x" and each mention @user@domain becomes @user.
func (m *textMeasure) mastodonLength() int {
	t := m.text
	if !strings.Contains(t, "://") && strings.IndexByte(t, '@') < 0 {
		return m.graphemeCount()
	}
	var linkBuf, mentionBuf [16]textSpan
	links := findURLs(t, &mastodonURLs, linkBuf[:0])
	mentions := appendRemoteMentions(t, mentionBuf[:0])
	if len(links) == 0 && len(mentions) == 0 {
		return m.graphemeCount()
	}
	// Extractor.remove_overlapping_entities: in order of start, and of two
	// overlapping entities the earlier wins. Both lists are in order.
	var b strings.Builder
	b.Grow(len(t))
	last := 0
	for len(links) > 0 || len(mentions) > 0 {
		var e textSpan
		if len(mentions) == 0 || (len(links) > 0 && links[0].start <= mentions[0].start) {
			e, links = links[0], links[1:]
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
	return countGraphemes(b.String())
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

// urlDialect holds what differs between twitter-text's URL pattern (X) and
// Mastodon's redefinition of it (config/initializers/twitter_regex.rb).
type urlDialect struct {
	schemes []string // lowercase, each ending in "://"
	// requireScheme: Mastodon's StatusLengthValidator extracts with
	// extract_url_without_protocol: false.
	requireScheme bool
	// dropBareCCTLD: without a scheme or a path, name.ccTLD is not a link
	// (twitter-text's invalidShortDomain; conformance: "it.so" is not a
	// URL, "it.so/abcde" is).
	dropBareCCTLD       bool
	pathChar, pathEnd   func(rune) bool
	queryChar, queryEnd func(rune) bool
}

// twitterURLs is twitter-text's Regex.VALID_URL, with and without a scheme.
var twitterURLs = urlDialect{
	schemes:       []string{"https://", "http://"},
	dropBareCCTLD: true,
	pathChar:      twitterPathChar,
	pathEnd:       twitterPathEnd,
	queryChar:     twitterQueryChar,
	queryEnd:      twitterQueryEnd,
}

// mastodonURLs is Mastodon's valid_url: more schemes, any non-space in the
// path, Unicode in the query.
var mastodonURLs = urlDialect{
	schemes:       []string{"https://", "http://", "dat://", "dweb://", "ipfs://", "ipns://", "ssb://", "gopher://", "gemini://"},
	requireScheme: true,
	pathChar:      mastodonPathChar,
	pathEnd:       mastodonPathEnd,
	queryChar:     mastodonQueryChar,
	queryEnd:      mastodonQueryEnd,
}

// findURLs appends the links in s to dst, left to right. It reproduces
// what a regex find() loop over twitter-text's VALID_URL pattern does:
// a link starts at the beginning of the text or after a character other
// than an ASCII letter or digit, @, $ or #, and the text a rejected match
// covered is skipped as the regex would have consumed it.
func findURLs(s string, d *urlDialect, dst []textSpan) []textSpan {
	if d.requireScheme {
		if !strings.Contains(s, "://") {
			return dst
		}
	} else if strings.IndexByte(s, '.') < 0 {
		return dst
	}
	prev := rune(-1)
	// Before noDomain, only a link that starts with a scheme can match: a
	// failed attempt saw the labels up to there, and a later start inside
	// them sees only a tail of the same labels.
	noDomain := 0
	for i := 0; i < len(s); {
		if urlMayFollow(prev) && (i >= noDomain || hasScheme(s[i:], d)) {
			end, keep, scanned := matchURLAt(s, i, prev, d)
			if end > i {
				if keep {
					dst = append(dst, textSpan{start: i, end: end})
				}
				prev, _ = utf8.DecodeLastRuneInString(s[:end])
				i = end
				continue
			}
			noDomain = max(noDomain, scanned)
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		prev = r
		i += n
	}
	return dst
}

func hasScheme(s string, d *urlDialect) bool {
	for _, sc := range d.schemes {
		if hasPrefixFold(s, sc) {
			return true
		}
	}
	return false
}

// urlMayFollow is URL_VALID_PRECEDING_CHARS (case-insensitive); -1 stands
// for the start of the text.
func urlMayFollow(prev rune) bool {
	switch {
	case prev < 0:
		return true
	case prev < utf8.RuneSelf:
		return !isASCIIAlnum(byte(prev)) && prev != '@' && prev != '$' && prev != '#'
	}
	switch prev {
	case '＠', '＃', 0xFFFE, 0xFEFF, 0xFFFF:
		return false
	}
	return true
}

// matchURLAt tries a link at s[i]. end > i means text up to end was
// matched; keep says whether it counts as a link.
//
// When nothing matched and there was no scheme, scanned is where the
// labels examined end, so the caller can skip starts before it.
func matchURLAt(s string, i int, prev rune, d *urlDialect) (end int, keep bool, scanned int) {
	j, schemed, http := i, false, false
	for _, sc := range d.schemes {
		if hasPrefixFold(s[i:], sc) {
			j, schemed, http = i+len(sc), true, sc[0] == 'h'
			break
		}
	}
	if !schemed && d.requireScheme {
		return i, false, 0
	}
	dom := matchDomain(s, j, http)
	if !dom.ok {
		if schemed {
			return i, false, 0
		}
		return i, false, dom.scanned
	}
	end = dom.end
	// Port: ":" and digits, possessively.
	if end < len(s) && s[end] == ':' {
		k := end + 1
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		if k > end+1 {
			end = k
		}
	}
	hasPath := false
	if end < len(s) && s[end] == '/' {
		end = matchPath(s, end+1, d)
		hasPath = true
	}
	if end < len(s) && s[end] == '?' {
		if q := matchQuery(s, end+1, d); q > 0 {
			end = q
		}
	}
	keep = true
	if !schemed {
		// INVALID_URL_WITHOUT_PROTOCOL_MATCH_BEGIN: "[-_./]$" before it.
		if prev == '-' || prev == '_' || prev == '.' || prev == '/' {
			keep = false
		}
		if d.dropBareCCTLD && !hasPath && dom.labels == 2 && dom.ccTLD {
			keep = false
		}
	}
	if keep && !validHostAndLength(s[i:end], s[dom.start:dom.end], schemed) {
		keep = false
	}
	return end, keep, 0
}

type domainMatch struct {
	start, end int
	labels     int  // including the TLD
	ccTLD      bool // two-letter TLD
	ok         bool
	// scanned is where the labels examined end when nothing matched. A
	// start inside them sees a tail of the same labels, so it can't match
	// either (or, past a limit below, can't be a valid host).
	scanned int
}

// Limits that bound the work on pathological text such as "a.a.a.a…".
// Past them no host can be valid: IDN.toASCII, which twitter-text checks
// hosts with, refuses labels over 63 characters (at most 4 bytes each) and
// names over 256.
const (
	maxLabelBytes  = 4 * 64
	maxDomainBytes = 4 * 257
)

// matchDomain is URL_VALID_DOMAIN from s[j]: subdomains (letters, digits,
// Latin accents, "-" and "_") and a domain name ending in a known TLD,
// taking as many labels as can end in one. Straight after http(s)://, a
// single label of other scripts may stand before the TLD too.
func matchDomain(s string, j int, afterHTTP bool) domainMatch {
	var best domainMatch
	pos := j
	for {
		k := pos
		underscore := false
		for k < len(s) {
			r, n := utf8.DecodeRuneInString(s[k:])
			if !isDomainRune(r) && r != '-' && r != '_' {
				break
			}
			underscore = underscore || r == '_'
			k += n
		}
		if k-pos > maxLabelBytes || k-j > maxDomainBytes {
			pos = k
			break
		}
		if k == pos || k >= len(s) || s[k] != '.' {
			pos = k
			break
		}
		edgesOK := labelEdgesOK(s[pos:k])
		if edgesOK && !underscore {
			if tEnd, cc := matchTLD(s, k+1, true); tEnd > 0 {
				best = domainMatch{start: j, end: tEnd, labels: best.labels + 2, ccTLD: cc, ok: true}
			}
		}
		if !edgesOK {
			pos = k
			break
		}
		best.labels++
		pos = k + 1
	}
	if best.ok {
		best.labels = countLabels(s[best.start:best.end])
		return best
	}
	if !afterHTTP {
		return domainMatch{scanned: pos}
	}
	k := j
	for k < len(s) && k-j <= maxLabelBytes {
		r, n := utf8.DecodeRuneInString(s[k:])
		if !isUnicodeDomainRune(r) && r != '-' {
			break
		}
		k += n
	}
	if k > j && k < len(s) && s[k] == '.' && s[j] != '-' && s[k-1] != '-' {
		if tEnd, cc := matchTLD(s, k+1, false); tEnd > 0 {
			return domainMatch{start: j, end: tEnd, labels: 2, ccTLD: cc, ok: true}
		}
	}
	return domainMatch{}
}

// countLabels counts the dot-separated labels of a host.
func countLabels(host string) int {
	return strings.Count(host, ".") + 1
}

// labelEdgesOK: a label starts and ends with a letter or digit.
func labelEdgesOK(label string) bool {
	first, _ := utf8.DecodeRuneInString(label)
	last, _ := utf8.DecodeLastRuneInString(label)
	return isDomainRune(first) && isDomainRune(last)
}

// matchTLD matches a known top-level domain at s[p] followed by something
// other than [a-z0-9@+-], or (when punycode) xn--…; it returns where the TLD
// ends (0 for none) and whether it is a two-letter country code.
func matchTLD(s string, p int, punycode bool) (int, bool) {
	k := p
	for k < len(s) && isASCIIAlnum(s[k]) {
		k++
	}
	if n := k - p; n > 0 && n <= 63 && tldMayEnd(s, k) {
		var buf [63]byte
		for x := 0; x < n; x++ {
			buf[x] = lowerASCII(s[p+x])
		}
		if _, ok := topLevelDomains().ascii[string(buf[:n])]; ok {
			return k, n == 2
		}
	}
	if k < len(s) && s[k] >= utf8.RuneSelf {
		for _, tld := range topLevelDomains().other {
			if len(s)-p >= len(tld) && strings.EqualFold(s[p:p+len(tld)], tld) && tldMayEnd(s, p+len(tld)) {
				return p + len(tld), false
			}
		}
	}
	if punycode && hasPrefixFold(s[p:], "xn--") {
		k := p + 4
		for k < len(s) && (isASCIIAlnum(s[k]) || s[k] == '-') {
			k++
		}
		if k > p+4 {
			return k, false
		}
	}
	return 0, false
}

// tldMayEnd is the lookahead after a TLD: (?=[^a-z0-9@+-]|$).
func tldMayEnd(s string, k int) bool {
	if k >= len(s) {
		return true
	}
	c := s[k]
	return !isASCIIAlnum(c) && c != '@' && c != '+' && c != '-'
}

// matchPath takes the path after "/" at s[p]: the longest run of path
// characters and balanced parentheses that ends on a character a URL may
// end with, so "…/flu." leaves the full stop out. The bare "/" always
// stays.
func matchPath(s string, p int, d *urlDialect) int {
	last, k := p, p
	for k < len(s) {
		r, n := utf8.DecodeRuneInString(s[k:])
		if r == '(' {
			e := matchBalancedParens(s, k, d.pathChar)
			if e == 0 {
				break
			}
			k, last = e, e
			continue
		}
		if !d.pathChar(r) {
			break
		}
		k += n
		if d.pathEnd(r) {
			last = k
		}
	}
	return last
}

// matchBalancedParens is URL_BALANCED_PARENS at s[k] == '(': "(x)" or one
// level of nesting, "(x(y)z)". It returns where it ends, or 0.
func matchBalancedParens(s string, k int, char func(rune) bool) int {
	j1 := scanRunes(s, k+1, char)
	if j1 < len(s) && s[j1] == ')' && j1 > k+1 {
		return j1 + 1
	}
	if j1 < len(s) && s[j1] == '(' {
		j2 := scanRunes(s, j1+1, char)
		if j2 > j1+1 && j2 < len(s) && s[j2] == ')' {
			j3 := scanRunes(s, j2+1, char)
			if j3 < len(s) && s[j3] == ')' {
				return j3 + 1
			}
		}
	}
	return 0
}

// matchQuery takes the query after "?" at s[p] up to its last valid ending
// character; 0 when there is none, and then the "?" is not part of the link.
func matchQuery(s string, p int, d *urlDialect) int {
	last, k := 0, p
	for k < len(s) {
		r, n := utf8.DecodeRuneInString(s[k:])
		if !d.queryChar(r) {
			break
		}
		k += n
		if d.queryEnd(r) {
			last = k
		}
	}
	return last
}

// validHostAndLength is Extractor.isValidHostAndLength: every label of the
// host fits in 63 characters once punycoded (IDN.toASCII fails otherwise),
// and the link, with "https://" added when it has no scheme, is at most
// 4,096 characters.
func validHostAndLength(url, host string, schemed bool) bool {
	hostLen, asciiLen := 0, 0
	for rest := host; rest != ""; {
		label := rest
		if dot := strings.IndexByte(rest, '.'); dot >= 0 {
			label, rest = rest[:dot], rest[dot+1:]
			asciiLen++
			hostLen++
		} else {
			rest = ""
		}
		n := len(label)
		if !isASCII(label) {
			n = punycodeLength(label)
		}
		if n == 0 || n > 63 {
			return false
		}
		asciiLen += n
		hostLen += utf16Length(label)
	}
	length := len(url) // bytes: never fewer than UTF-16 units
	if length > 4000 {
		length = utf16Length(url)
	}
	length += asciiLen - hostLen
	if !schemed {
		length += len("https://")
	}
	return length <= 4096
}

// punycodeLength is the length of "xn--" plus the RFC 3492 encoding of a
// lowercased label, or 64 (too long) when it cannot fit in 63.
func punycodeLength(label string) int {
	const (
		base, tMin, tMax = 36, 1, 26
	)
	rs := []rune(strings.ToLower(label))
	if len(rs) > 59 { // every code point adds at least one character
		return 64
	}
	basic := 0
	for _, r := range rs {
		if r < utf8.RuneSelf {
			basic++
		}
	}
	out := basic
	if basic > 0 {
		out++ // the "-" delimiter
	}
	n, delta, bias, h := rune(128), 0, 72, basic
	for h < len(rs) {
		m := rune(utf8.MaxRune + 1)
		for _, r := range rs {
			if r >= n && r < m {
				m = r
			}
		}
		delta += int(m-n) * (h + 1)
		n = m
		for _, r := range rs {
			if r < n {
				delta++
			}
			if r != n {
				continue
			}
			q := delta
			for k := base; ; k += base {
				t := min(max(k-bias, tMin), tMax)
				if q < t {
					break
				}
				out++
				q = (q - t) / (base - t)
			}
			out++
			bias = punycodeAdapt(delta, h+1, h == basic)
			delta = 0
			h++
		}
		delta++
		n++
	}
	return len("xn--") + out
}

func punycodeAdapt(delta, points int, first bool) int {
	if first {
		delta /= 700
	} else {
		delta /= 2
	}
	delta += delta / points
	k := 0
	for delta > ((36-1)*26)/2 {
		delta /= 36 - 1
		k += 36
	}
	return k + 36*delta/(delta+38)
}

// ---- character classes ----

func isASCIIAlnum(c byte) bool {
	return (c >= '0' && c <= '9') || (c|0x20 >= 'a' && c|0x20 <= 'z')
}

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// hasPrefixFold is strings.HasPrefix ignoring ASCII case; prefix must be
// lowercase ASCII.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if lowerASCII(s[i]) != prefix[i] {
			return false
		}
	}
	return true
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

func isCyrillic(r rune) bool { return r >= 0x400 && r <= 0x4FF }

// isDomainRune is URL_VALID_CHARS: ASCII letters and digits, Latin accents.
func isDomainRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && isASCIIAlnum(byte(r))
	}
	return isLatinAccent(r)
}

// isUnicodeDomainRune is URL_VALID_UNICODE_CHARS: anything but ASCII
// punctuation, space, separators and the General Punctuation block.
func isUnicodeDomainRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && isASCIIAlnum(byte(r))
	}
	if r >= 0x2000 && r <= 0x206F {
		return false
	}
	return !unicode.Is(unicode.Z, r) && r != utf8.RuneError
}

// asciiSet is a set of ASCII characters.
type asciiSet [2]uint64

func makeASCIISet(chars string) asciiSet {
	var s asciiSet
	for i := 0; i < len(chars); i++ {
		s[chars[i]/64] |= 1 << (chars[i] % 64)
	}
	return s
}

func (s *asciiSet) has(r rune) bool {
	return r >= 0 && r < utf8.RuneSelf && s[r/64]&(1<<(r%64)) != 0
}

const asciiAlnum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

var (
	twitterPathASCII   = makeASCIISet(asciiAlnum + "!*';:=+,.$/%#[]-_~|&@")
	twitterEndASCII    = makeASCIISet(asciiAlnum + "=_#/-+")
	twitterQueryASCII  = makeASCIISet(asciiAlnum + "!?*'();:&=+$/%#[]-_.,~|@")
	twitterQEndASCII   = makeASCIISet(asciiAlnum + "-_&=#/")
	mastodonNotPath    = makeASCIISet("<>()?")
	mastodonNotEnd     = makeASCIISet("()?!*\"'<>;:=,.$%[]~&|@")
	mastodonQueryASCII = makeASCIISet(asciiAlnum + "!?*'();:&=+$/%#[]-_.,~|@^")
)

func twitterPathChar(r rune) bool {
	if r < utf8.RuneSelf {
		return twitterPathASCII.has(r)
	}
	return r == 0x2013 || isLatinAccent(r) || isCyrillic(r)
}

func twitterPathEnd(r rune) bool {
	if r < utf8.RuneSelf {
		return twitterEndASCII.has(r)
	}
	return isLatinAccent(r) || isCyrillic(r)
}

func twitterQueryChar(r rune) bool { return twitterQueryASCII.has(r) }
func twitterQueryEnd(r rune) bool  { return twitterQEndASCII.has(r) }

func mastodonPathChar(r rune) bool {
	return !unicode.IsSpace(r) && !mastodonNotPath.has(r)
}

func mastodonPathEnd(r rune) bool {
	return !unicode.IsSpace(r) && !mastodonNotEnd.has(r) && r != '「' && r != '」'
}

func mastodonQueryChar(r rune) bool {
	if r < utf8.RuneSelf {
		return mastodonQueryASCII.has(r)
	}
	return isURLUnicode(r)
}

func mastodonQueryEnd(r rune) bool {
	if r < utf8.RuneSelf {
		return twitterQEndASCII.has(r)
	}
	return isURLUnicode(r)
}

// isURLUnicode is Mastodon's UCHARS, the IRI "ucschar" and "iprivate"
// ranges.
func isURLUnicode(r rune) bool {
	switch {
	case r >= 0xA0 && r <= 0xD7FF, r >= 0xE000 && r <= 0xF8FF,
		r >= 0xF900 && r <= 0xFDCF, r >= 0xFDF0 && r <= 0xFFEF:
		return true
	case r >= 0x10000 && r <= 0x10FFFD:
		return r&0xFFFF <= 0xFFFD && (r < 0xE0000 || r > 0xE0FFF)
	}
	return false
}

// ---- top-level domains ----

type tldSet struct {
	ascii map[string]struct{}
	other []string // non-ASCII, longest first
}

// topLevelDomains parses tldList once, on first use.
var topLevelDomains = sync.OnceValue(func() *tldSet {
	set := &tldSet{ascii: make(map[string]struct{}, 1400)}
	for _, t := range strings.Fields(tldList) {
		if isASCII(t) {
			set.ascii[t] = struct{}{}
		} else {
			set.other = append(set.other, t)
		}
	}
	sort.SliceStable(set.other, func(a, b int) bool { return len(set.other[a]) > len(set.other[b]) })
	return set
})

// tldList is every top-level domain in the root zone, from the ICANN
// section of the Public Suffix List (Debian publicsuffix 20230209). X and
// Mastodon recognise a link only when its domain ends in a known TLD, which
// is what keeps "e.g." and "Dr.Smith" from counting as links; their own
// lists (twitter-text TldLists) predate some newer TLDs such as .health.
const tldList = `
aaa aarp abarth abb abbott abbvie abc able abogado abudhabi ac academy accenture accountant
accountants aco actor ad ads adult ae aeg aero aetna af afl africa ag agakhan agency ai aig
airbus airforce airtel akdn al alfaromeo alibaba alipay allfinanz allstate ally alsace alstom am
amazon americanexpress americanfamily amex amfam amica amsterdam analytics android anquan anz ao
aol apartments app apple aq aquarelle ar arab aramco archi army arpa art arte as asda asia
associates at athleta attorney au auction audi audible audio auspost author auto autos avianca
aw aws ax axa az azure ba baby baidu banamex bananarepublic band bank bar barcelona barclaycard
barclays barefoot bargains baseball basketball bauhaus bayern bb bbc bbt bbva bcg bcn be beats
beauty beer bentley berlin best bestbuy bet bf bg bh bharti bi bible bid bike bing bingo bio biz
bj black blackfriday blockbuster blog bloomberg blue bm bms bmw bn bnpparibas bo boats
boehringer bofa bom bond boo book booking bosch bostik boston bot boutique box br bradesco
bridgestone broadway broker brother brussels bs bt build builders business buy buzz bv bw by bz
bzh ca cab cafe cal call calvinklein cam camera camp canon capetown capital capitalone car
caravan cards care career careers cars casa case cash casino cat catering catholic cba cbn cbre
cbs cc cd center ceo cern cf cfa cfd cg ch chanel channel charity chase chat cheap chintai
christmas chrome church ci cipriani circle cisco citadel citi citic city cityeats cl claims
cleaning click clinic clinique clothing cloud club clubmed cm cn co coach codes coffee college
cologne com comcast commbank community company compare computer comsec condos construction
consulting contact contractors cooking cookingchannel cool coop corsica country coupon coupons
courses cpa cr credit creditcard creditunion cricket crown crs cruise cruises cu cuisinella cv
cw cx cy cymru cyou cz dabur dad dance data date dating datsun day dclk dds de deal dealer deals
degree delivery dell deloitte delta democrat dental dentist desi design dev dhl diamonds diet
digital direct directory discount discover dish diy dj dk dm dnp do docs doctor dog domains dot
download drive dtv dubai dunlop dupont durban dvag dvr dz earth eat ec eco edeka edu education
ee eg email emerck energy engineer engineering enterprises epson equipment ericsson erni es esq
estate et etisalat eu eurovision eus events exchange expert exposed express extraspace fage fail
fairwinds faith family fan fans farm farmers fashion fast fedex feedback ferrari ferrero fi fiat
fidelity fido film final finance financial fire firestone firmdale fish fishing fit fitness fj
flickr flights flir florist flowers fly fm fo foo food foodnetwork football ford forex forsale
forum foundation fox fr free fresenius frl frogans frontdoor frontier ftr fujitsu fun fund
furniture futbol fyi ga gal gallery gallo gallup game games gap garden gay gb gbiz gd gdn ge gea
gent genting george gf gg ggee gh gi gift gifts gives giving gl glass gle global globo gm gmail
gmbh gmo gmx gn godaddy gold goldpoint golf goo goodyear goog google gop got gov gp gq gr
grainger graphics gratis green gripe grocery group gs gt gu guardian gucci guge guide guitars
guru gw gy hair hamburg hangout haus hbo hdfc hdfcbank health healthcare help helsinki here
hermes hgtv hiphop hisamitsu hitachi hiv hk hkt hm hn hockey holdings holiday homedepot
homegoods homes homesense honda horse hospital host hosting hot hoteles hotels hotmail house how
hr hsbc ht hu hughes hyatt hyundai ibm icbc ice icu id ie ieee ifm ikano il im imamat imdb immo
immobilien in inc industries infiniti info ing ink institute insurance insure int international
intuit investments io ipiranga iq ir irish is ismaili ist istanbul it itau itv jaguar java jcb
je jeep jetzt jewelry jio jll jmp jnj jo jobs joburg jot joy jp jpmorgan jprs juegos juniper
kaufen kddi ke kerryhotels kerrylogistics kerryproperties kfh kg ki kia kids kim kinder kindle
kitchen kiwi km kn koeln komatsu kosher kp kpmg kpn kr krd kred kuokgroup kw ky kyoto kz la
lacaixa lamborghini lamer lancaster lancia land landrover lanxess lasalle lat latino latrobe law
lawyer lb lc lds lease leclerc lefrak legal lego lexus lgbt li lidl life lifeinsurance lifestyle
lighting like lilly limited limo lincoln linde link lipsy live living lk llc llp loan loans
locker locus lol london lotte lotto love lpl lplfinancial lr ls lt ltd ltda lu lundbeck luxe
luxury lv ly ma macys madrid maif maison makeup man management mango map market marketing
markets marriott marshalls maserati mattel mba mc mckinsey md me med media meet melbourne meme
memorial men menu merckmsd mg mh miami microsoft mil mini mint mit mitsubishi mk ml mlb mls mma
mn mo mobi mobile moda moe moi mom monash money monster mormon mortgage moscow moto motorcycles
mov movie mp mq mr ms msd mt mtn mtr mu museum music mutual mv mw mx my mz na nab nagoya name
natura navy nba nc ne nec net netbank netflix network neustar new news next nextdirect nexus nf
nfl ng ngo nhk ni nico nike nikon ninja nissan nissay nl no nokia northwesternmutual norton now
nowruz nowtv nr nra nrw ntt nu nyc nz obi observer office okinawa olayan olayangroup oldnavy
ollo om omega one ong onion onl online ooo open oracle orange org organic origins osaka otsuka
ott ovh pa page panasonic paris pars partners parts party passagens pay pccw pe pet pf pfizer ph
pharmacy phd philips phone photo photography photos physio pics pictet pictures pid pin ping
pink pioneer pizza pk pl place play playstation plumbing plus pm pn pnc pohl poker politie porn
post pr pramerica praxi press prime pro prod productions prof progressive promo properties
property protection pru prudential ps pt pub pw pwc py qa qpon quebec quest racing radio re read
realestate realtor realty recipes red redstone redumbrella rehab reise reisen reit reliance ren
rent rentals repair report republican rest restaurant review reviews rexroth rich richardli
ricoh ril rio rip ro rocher rocks rodeo rogers room rs rsvp ru rugby ruhr run rw rwe ryukyu sa
saarland safe safety sakura sale salon samsclub samsung sandvik sandvikcoromant sanofi sap sarl
sas save saxo sb sbi sbs sc sca scb schaeffler schmidt scholarships school schule schwarz
science scot sd se search seat secure security seek select sener services seven sew sex sexy sfr
sg sh shangrila sharp shaw shell shia shiksha shoes shop shopping shouji show showtime si silk
sina singles site sj sk ski skin sky skype sl sling sm smart smile sn sncf so soccer social
softbank software sohu solar solutions song sony soy spa space sport spot sr srl ss st stada
staples star statebank statefarm stc stcgroup stockholm storage store stream studio study style
su sucks supplies supply support surf surgery suzuki sv swatch swiss sx sy sydney systems sz tab
taipei talk taobao target tatamotors tatar tattoo tax taxi tc tci td tdk team tech technology
tel temasek tennis teva tf tg th thd theater theatre tiaa tickets tienda tiffany tips tires
tirol tj tjmaxx tjx tk tkmaxx tl tm tmall tn to today tokyo tools top toray toshiba total tours
town toyota toys tr trade trading training travel travelchannel travelers travelersinsurance
trust trv tt tube tui tunes tushu tv tvs tw tz ua ubank ubs ug uk unicom university uno uol ups
us uy uz va vacations vana vanguard vc ve vegas ventures verisign vermögensberater
vermögensberatung versicherung vet vg vi viajes video vig viking villas vin vip virgin visa
vision viva vivo vlaanderen vn vodka volkswagen volvo vote voting voto voyage vu vuelos wales
walmart walter wang wanggou watch watches weather weatherchannel webcam weber website wedding
weibo weir wf whoswho wien wiki williamhill win windows wine winners wme wolterskluwer woodside
work works world wow ws wtc wtf xbox xerox xfinity xihuan xin xxx xyz yachts yahoo yamaxun
yandex ye yodobashi yoga yokohama you youtube yt yun zappos zara zero zip zm zone zuerich zw ελ
ευ бг бел дети ею католик ком мкд мон москва онлайн орг рус рф сайт срб укр қаз հայ ישראל קום
ابوظبي اتصالات ارامكو الاردن البحرين الجزائر السعودية السعوديه السعودیة السعودیۃ العليان المغرب
اليمن امارات ايران ایران بارت بازار بيتك بھارت تونس سودان سوريا سورية شبكة عراق عرب عمان فلسطين
قطر كاثوليك كوم مصر مليسيا موريتانيا موقع همراه پاكستان پاکستان ڀارت कॉम नेट भारत भारतम् भारोत
संगठन বাংলা ভারত ভাৰত ਭਾਰਤ ભારત ଭାରତ இந்தியா இலங்கை சிங்கப்பூர் భారత్ ಭಾರತ ഭാരതം ලංකා คอม ไทย
ລາວ გე みんな アマゾン クラウド グーグル コム ストア セール ファッション ポイント 世界 中信 中国 中國 中文网 亚马逊 企业 佛山 信息 健康 八卦 公司 公益 台湾 台灣
商城 商店 商标 嘉里 嘉里大酒店 在线 大拿 天主教 娱乐 家電 广东 微博 慈善 我爱你 手机 招聘 政务 政府 新加坡 新闻 时尚 書籍 机构 淡马锡 游戏 澳門 澳门 点看 移动
组织机构 网址 网店 网站 网络 联通 臺灣 谷歌 购物 通販 集团 電訊盈科 飞利浦 食品 餐厅 香格里拉 香港 닷넷 닷컴 삼성 한국
`
