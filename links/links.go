// Package links finds the web links in a post's text: the one place that
// decides what a link is, for the character counters, the privacy check
// and the Bluesky facets alike. What each of them does with a link (count
// it as 23, require a scheme, leave it alone, turn it into a facet) stays
// with them.
//
// The pattern is twitter-text's VALID_URL (conformance/extract.yml): a link
// starts at the beginning of the text or after anything but an ASCII letter
// or digit, @, $ or #; it is an optional http:// or https://, a host, an
// optional port, path and query; the path and query end on a character a
// URL may end with, so a full stop, comma or unbalanced ")" after a link
// stays outside it.
//
// A host is a link's when its top-level domain is one ICANN manages (the
// ICANN section of the public suffix list, golang.org/x/net/publicsuffix)
// and at least one label stands before it: "maplegrove.clinic",
// "example.co.uk", "alice.github.io", "nhs.uk/flu"; not "report.pdf",
// "version 1.2", "e.g." or "Dr.Smith". One label before the top-level
// domain, not before the whole public suffix: "nhs.uk" and "gov.uk" are
// public suffixes (names are registered under them) and sites too, which X
// counts as links; calling "nhs.uk/flu" text would count it short by one.
// Internationalised labels are checked and measured in their ASCII form
// (golang.org/x/net/idna, lookup rules): "bücher.de" is "xn--bcher-kva.de",
// and a label that does not convert is no host.
//
// The names reserved for documentation and tests (.example, .test,
// .invalid, .localhost; RFC 2606, RFC 6761) are not in the list and no
// network links them, so links are not found there unless the caller sets
// Options.Reserved.
//
// The file is longer than most in CarePost on purpose: it is one grammar,
// kept whole and in twitter-text's order so it can be read against its
// source.
package links

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/idna"
	"golang.org/x/net/publicsuffix"
)

// Span is one link in a text.
type Span struct {
	Start, End int    // byte offsets into the text; End is exclusive
	URL        string // text[Start:End], as written
	Scheme     bool   // it began with a scheme ("https://"); false for a bare domain
	Host       string // the host name as written
	HostStart  int    // byte offset of Host in the text
}

// HostEnd is the byte offset just past the host name.
func (s Span) HostEnd() int { return s.HostStart + len(s.Host) }

// HasPath reports whether a path ("/...") follows the host and port.
func (s Span) HasPath() bool {
	rest := s.URL[s.HostEnd()-s.Start:]
	if strings.HasPrefix(rest, ":") {
		rest = strings.TrimLeft(rest[1:], "0123456789")
	}
	return strings.HasPrefix(rest, "/")
}

// Options are what a caller's network decides about links. The zero value
// finds what twitter-text finds: http and https links and bare domains.
type Options struct {
	// Schemes a link may begin with, each as written before the host and
	// in lowercase ("https://", "gemini://"); nil means https:// and
	// http://. The text may spell them in any case.
	Schemes []string
	// SchemeRequired finds only links that begin with a scheme.
	SchemeRequired bool
	// IRIPath lets the path take any character but white space and <>()?,
	// and the query any IRI character, as Mastodon's variant of the
	// pattern does; otherwise the path takes ASCII URL characters, Latin
	// accents and Cyrillic, and the query ASCII only.
	IRIPath bool
	// Reserved also accepts hosts under the names reserved for examples
	// and tests: .example, .test, .invalid and .localhost.
	Reserved bool
}

var defaultSchemes = []string{"https://", "http://"}

// Find returns the links in text, left to right, with the zero Options.
func Find(text string) []Span {
	return Append(nil, text, nil)
}

// Append appends the links in text to dst, left to right, and returns
// the extended slice. o may be nil for the zero Options.
//
// It reproduces what a regex find() loop over the pattern does: the text
// a rejected match covered is skipped as the regex would have consumed it.
func Append(dst []Span, text string, o *Options) []Span {
	if o == nil {
		o = &Options{}
	}
	schemes := o.Schemes
	if schemes == nil {
		schemes = defaultSchemes
	}
	if o.SchemeRequired {
		if !strings.Contains(text, "://") {
			return dst
		}
	} else if strings.IndexByte(text, '.') < 0 {
		return dst
	}
	f := finder{s: text, o: o, schemes: schemes}
	var schemeStart asciiSet // the first letters of the schemes, in either case
	for _, sc := range schemes {
		if sc != "" {
			schemeStart[sc[0]/64] |= 1 << (sc[0] % 64)
			if u := sc[0] &^ 0x20; u >= 'A' && u <= 'Z' {
				schemeStart[u/64] |= 1 << (u % 64)
			}
		}
	}
	prev := rune(-1)
	// Before noDomain, only a link that starts with a scheme can match: a
	// failed attempt saw the labels up to there, and a later start inside
	// them sees only a tail of the same labels.
	noDomain := 0
	for i := 0; i < len(text); {
		if o.SchemeRequired && !schemeStart.has(rune(text[i])) {
			// No link starts here; skip the rest of the character.
			r, n := utf8.DecodeRuneInString(text[i:])
			prev = r
			i += n
			continue
		}
		if mayFollow(prev) && (i >= noDomain || f.schemeAt(i) != "") {
			m := f.matchAt(i, prev)
			if m.end > i {
				if m.keep {
					dst = append(dst, Span{Start: i, End: m.end, URL: text[i:m.end], Scheme: m.schemed,
						Host: text[m.hostStart:m.hostEnd], HostStart: m.hostStart})
				}
				prev, _ = utf8.DecodeLastRuneInString(text[:m.end])
				i = m.end
				continue
			}
			noDomain = max(noDomain, m.scanned)
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		prev = r
		i += n
	}
	return dst
}

// ValidHost reports whether name (as written: any case, Unicode or
// punycode labels) is a host a link may have: every label valid and at
// most 63 characters in ASCII form, and an ICANN top-level domain with at
// least one label before it.
func ValidHost(name string) bool {
	_, ok := checkHost(name, false)
	return ok
}

type finder struct {
	s       string
	o       *Options
	schemes []string
}

func (f *finder) schemeAt(i int) string {
	for _, sc := range f.schemes {
		if hasPrefixFold(f.s[i:], sc) {
			return sc
		}
	}
	return ""
}

// mayFollow is URL_VALID_PRECEDING_CHARS (case-insensitive); -1 stands
// for the start of the text.
func mayFollow(prev rune) bool {
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

type urlMatch struct {
	end                int  // > start when text up to end was matched
	keep               bool // the match is a link
	schemed            bool
	hostStart, hostEnd int
	// scanned: when nothing matched and there was no scheme, where the
	// labels examined end, so the caller can skip starts before it.
	scanned int
}

// matchAt tries a link at s[i].
func (f *finder) matchAt(i int, prev rune) urlMatch {
	s := f.s
	j := i
	sc := f.schemeAt(i)
	schemed := sc != ""
	if schemed {
		j += len(sc)
	} else if f.o.SchemeRequired {
		return urlMatch{end: i}
	}
	dom := f.matchDomain(j, sc == "https://" || sc == "http://")
	if !dom.ok {
		if schemed {
			return urlMatch{end: i}
		}
		return urlMatch{end: i, scanned: dom.scanned}
	}
	end := dom.end
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
	if end < len(s) && s[end] == '/' {
		end = f.matchPath(end + 1)
	}
	if end < len(s) && s[end] == '?' {
		if q := f.matchQuery(end + 1); q > 0 {
			end = q
		}
	}
	m := urlMatch{end: end, keep: true, schemed: schemed, hostStart: dom.start, hostEnd: dom.end}
	// INVALID_URL_WITHOUT_PROTOCOL_MATCH_BEGIN: "[-_./]$" before a bare
	// domain ("report/maplegrove.clinic", "x.example.com" met mid-way).
	if !schemed && (prev == '-' || prev == '_' || prev == '.' || prev == '/') {
		m.keep = false
	}
	if m.keep && !f.validHostAndLength(s[i:end], s[dom.start:dom.end], schemed) {
		m.keep = false
	}
	return m
}

type domainMatch struct {
	start, end int
	ok         bool
	// scanned is where the labels examined end when nothing matched. A
	// start inside them sees a tail of the same labels, so it can't match
	// either (or, past a limit below, can't be a valid host).
	scanned int
}

// Limits that bound the work on pathological text such as "a.a.a.a…".
// Past them no host can be valid: no label has over 63 characters (at most
// 4 bytes each) and no name over 256.
const (
	maxLabelBytes  = 4 * 64
	maxDomainBytes = 4 * 257
)

// matchDomain is URL_VALID_DOMAIN from s[j]: labels of letters, digits,
// Latin accents, "-" and "_", the last of them a top-level domain, taking
// as many labels as can end in one. Straight after http(s)://, a single
// label of other scripts may stand before the top-level domain too.
func (f *finder) matchDomain(j int, afterHTTP bool) domainMatch {
	s := f.s
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
			// The label before a top-level domain may not hold "_".
			if tEnd := f.matchTLD(k + 1); tEnd > 0 {
				best = domainMatch{start: j, end: tEnd, ok: true}
			}
		}
		if !edgesOK {
			pos = k
			break
		}
		pos = k + 1
	}
	if best.ok {
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
		if tEnd := f.matchTLD(k + 1); tEnd > 0 {
			return domainMatch{start: j, end: tEnd, ok: true}
		}
	}
	return domainMatch{}
}

// labelEdgesOK: a label starts and ends with a letter or digit.
func labelEdgesOK(label string) bool {
	first, _ := utf8.DecodeRuneInString(label)
	last, _ := utf8.DecodeLastRuneInString(label)
	return isDomainRune(first) && isDomainRune(last)
}

// maxTLDRunes bounds the prefixes of a run of letters tried as a
// top-level domain in another script; the longest has 11 code points.
const maxTLDRunes = 16

// matchTLD matches a top-level domain at s[p], followed by something other
// than [a-z0-9@+-]: a run of ASCII letters, digits and "-" (which covers
// punycode, "xn--p1ai"), or a run of letters in another script, of which
// the longest prefix that is a top-level domain counts, as twitter-text's
// alternation of the names does ("twitter.みんなです"). It returns where
// the top-level domain ends, or 0.
func (f *finder) matchTLD(p int) int {
	s := f.s
	k := p
	for k < len(s) && (isASCIIAlnum(s[k]) || s[k] == '-') {
		k++
	}
	if k > p {
		if tldMayEnd(s, k) && f.isTLD(s[p:k]) {
			return k
		}
		return 0
	}
	var ends [maxTLDRunes]int
	n := 0
	for k < len(s) && n < maxTLDRunes {
		r, size := utf8.DecodeRuneInString(s[k:])
		if r < utf8.RuneSelf || !(unicode.IsLetter(r) || unicode.IsMark(r)) {
			break
		}
		k += size
		ends[n] = k
		n++
	}
	for n > 0 {
		n--
		e := ends[n]
		if !tldMayEnd(s, e) {
			continue
		}
		if a, err := idna.Lookup.ToASCII(s[p:e]); err == nil && f.isTLD(a) {
			return e
		}
	}
	return 0
}

// tldMayEnd is the lookahead after a top-level domain: (?=[^a-z0-9@+-]|$).
func tldMayEnd(s string, k int) bool {
	if k >= len(s) {
		return true
	}
	c := s[k]
	return !isASCIIAlnum(c) && c != '@' && c != '+' && c != '-'
}

// isTLD reports whether the ASCII label (any case) is a top-level domain
// under ICANN's rules, or a reserved one when the options allow those.
func (f *finder) isTLD(label string) bool {
	if len(label) > 63 {
		return false
	}
	var buf [63]byte
	b := buf[:0]
	for i := 0; i < len(label); i++ {
		b = append(b, lowerASCII(label[i]))
	}
	if f.o.Reserved && isReservedTLD(string(b)) {
		return true
	}
	return isICANNTLD(b)
}

func isReservedTLD(lower string) bool {
	switch lower {
	case "example", "test", "invalid", "localhost":
		return true
	}
	return false
}

// matchPath takes the path after "/" at s[p]: the longest run of path
// characters and balanced parentheses that ends on a character a URL may
// end with, so "…/flu." leaves the full stop out. The bare "/" always
// stays.
func (f *finder) matchPath(p int) int {
	s := f.s
	char, end := twitterPathChar, twitterPathEnd
	if f.o.IRIPath {
		char, end = iriPathChar, iriPathEnd
	}
	last, k := p, p
	for k < len(s) {
		r, n := utf8.DecodeRuneInString(s[k:])
		if r == '(' {
			e := matchBalancedParens(s, k, char)
			if e == 0 {
				break
			}
			k, last = e, e
			continue
		}
		if !char(r) {
			break
		}
		k += n
		if end(r) {
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

// matchQuery takes the query after "?" at s[p] up to its last valid ending
// character; 0 when there is none, and then the "?" is not part of the link.
func (f *finder) matchQuery(p int) int {
	s := f.s
	char, end := twitterQueryChar, twitterQueryEnd
	if f.o.IRIPath {
		char, end = iriQueryChar, iriQueryEnd
	}
	last, k := 0, p
	for k < len(s) {
		r, n := utf8.DecodeRuneInString(s[k:])
		if !char(r) {
			break
		}
		k += n
		if end(r) {
			last = k
		}
	}
	return last
}

// validHostAndLength is twitter-text's Extractor.isValidHostAndLength with
// the public suffix rule: the host checks out (checkHost), and the link,
// with its host in ASCII form and "https://" added when it has no scheme,
// is at most 4,096 characters.
func (f *finder) validHostAndLength(url, host string, schemed bool) bool {
	asciiLen, ok := checkHost(host, f.o.Reserved)
	if !ok {
		return false
	}
	length := len(url) // bytes: never fewer than UTF-16 units
	if length > 4000 {
		length = UTF16Length(url)
	}
	length += asciiLen - UTF16Length(host)
	if !schemed {
		length += len("https://")
	}
	return length <= 4096
}

// checkHost validates a host name as written and returns the length of
// its ASCII form: each label non-empty and at most 63 characters once
// internationalised labels are converted (IDNA lookup rules, as a browser
// resolves them; ASCII labels are taken as they are, as twitter-text does,
// so "test_underscore.example.com" stays a host), at least two labels, and
// an ICANN top-level domain (or, when reserved, a reserved one).
func checkHost(host string, reserved bool) (asciiLen int, ok bool) {
	if host == "" || len(host) > maxDomainBytes {
		return 0, false
	}
	var buf [256]byte
	ascii := buf[:0]
	for rest := host; ; {
		label := rest
		dot := strings.IndexByte(rest, '.')
		if dot >= 0 {
			label, rest = rest[:dot], rest[dot+1:]
		}
		if label == "" {
			return 0, false
		}
		if isASCII(label) {
			if len(label) > 63 {
				return 0, false
			}
			for i := 0; i < len(label); i++ {
				ascii = append(ascii, lowerASCII(label[i]))
			}
		} else {
			a, err := idna.Lookup.ToASCII(label)
			if err != nil || len(a) > 63 || strings.IndexByte(a, '.') >= 0 {
				return 0, false
			}
			ascii = append(ascii, a...)
		}
		if dot < 0 {
			break
		}
		ascii = append(ascii, '.')
	}
	dot := bytes.LastIndexByte(ascii, '.')
	if dot < 0 {
		return 0, false // a host needs a label before its top-level domain
	}
	tld := ascii[dot+1:]
	if reserved && isReservedTLD(string(tld)) {
		return len(ascii), true
	}
	if !isICANNTLD(tld) {
		return 0, false
	}
	return len(ascii), true
}

// isICANNTLD reports whether a lowercase ASCII label is a top-level domain
// in the ICANN section of the public suffix list. It asks for "x." + the
// label: a top-level domain whose only rule is a wildcard ("*.ck") is still
// ICANN's, and one that is not in the list matches only the list's
// implicit "*" rule, which is not ICANN's.
func isICANNTLD(lower []byte) bool {
	if len(lower) == 0 || len(lower) > 63 {
		return false
	}
	var buf [2 + 63]byte
	b := append(append(buf[:0], 'x', '.'), lower...)
	_, icann := publicsuffix.PublicSuffix(string(b))
	return icann
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

// UTF16Length is the length JavaScript and Java report for s (the
// counters use it too).
func UTF16Length(s string) int {
	n := utf8.RuneCountInString(s)
	for i := 0; i < len(s); i++ {
		if s[i] >= 0xF0 {
			n++
		}
	}
	return n
}

// IsLatinAccent is twitter-text's LATIN_ACCENTS_CHARS, which decide where
// links and mentions may start and end (the counters use it too).
func IsLatinAccent(r rune) bool {
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
	return IsLatinAccent(r)
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
	twitterPathASCII  = makeASCIISet(asciiAlnum + "!*';:=+,.$/%#[]-_~|&@")
	twitterEndASCII   = makeASCIISet(asciiAlnum + "=_#/-+")
	twitterQueryASCII = makeASCIISet(asciiAlnum + "!?*'();:&=+$/%#[]-_.,~|@")
	twitterQEndASCII  = makeASCIISet(asciiAlnum + "-_&=#/")
	iriNotPath        = makeASCIISet("<>()?")
	iriNotEnd         = makeASCIISet("()?!*\"'<>;:=,.$%[]~&|@")
	iriQueryASCII     = makeASCIISet(asciiAlnum + "!?*'();:&=+$/%#[]-_.,~|@^")
)

func twitterPathChar(r rune) bool {
	if r < utf8.RuneSelf {
		return twitterPathASCII.has(r)
	}
	return r == 0x2013 || IsLatinAccent(r) || isCyrillic(r)
}

func twitterPathEnd(r rune) bool {
	if r < utf8.RuneSelf {
		return twitterEndASCII.has(r)
	}
	return IsLatinAccent(r) || isCyrillic(r)
}

func twitterQueryChar(r rune) bool { return twitterQueryASCII.has(r) }
func twitterQueryEnd(r rune) bool  { return twitterQEndASCII.has(r) }

func iriPathChar(r rune) bool {
	return !unicode.IsSpace(r) && !iriNotPath.has(r)
}

func iriPathEnd(r rune) bool {
	return !unicode.IsSpace(r) && !iriNotEnd.has(r) && r != '「' && r != '」'
}

func iriQueryChar(r rune) bool {
	if r < utf8.RuneSelf {
		return iriQueryASCII.has(r)
	}
	return isURLUnicode(r)
}

func iriQueryEnd(r rune) bool {
	if r < utf8.RuneSelf {
		return twitterQEndASCII.has(r)
	}
	return isURLUnicode(r)
}

// isURLUnicode is the IRI "ucschar" and "iprivate" ranges (RFC 3987).
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
