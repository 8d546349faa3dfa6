package bluesky

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Facet feature types (lexicons/app/bsky/richtext/facet.json).
const (
	facetType        = "app.bsky.richtext.facet"
	featureLink      = "app.bsky.richtext.facet#link"
	featureMention   = "app.bsky.richtext.facet#mention"
	featureTag       = "app.bsky.richtext.facet#tag"
	maxTagUTF16Units = 64
)

// FacetKind says what a detected span is.
type FacetKind string

const (
	FacetLink    FacetKind = "link"
	FacetMention FacetKind = "mention"
	FacetTag     FacetKind = "tag"
)

// DetectedFacet is one link, mention or hashtag found in a post's text.
// ByteStart is inclusive and ByteEnd exclusive, both UTF-8 byte offsets
// into the text, as the facet lexicon requires. Value is the link's URI
// (with https:// prepended to a bare domain), the mentioned handle
// (without @), or the tag (without #).
type DetectedFacet struct {
	Kind      FacetKind
	ByteStart int
	ByteEnd   int
	Value     string
}

// DetectFacets finds links, @mentions and #hashtags the way the official
// Bluesky client does (@atproto/api rich-text detection): a span starts at
// the beginning of the text or after white space (or "(" for links and
// mentions); bare domains are linked when their top-level domain is known;
// one trailing . , ; : ! ? and an unbalanced ")" are left out of a link;
// hashtags that are only digits are skipped and trailing punctuation is
// left out of them. Facets come back ordered by ByteStart and never
// overlap.
func DetectFacets(text string) []DetectedFacet {
	var out []DetectedFacet
	out = append(out, detectMentions(text)...)
	out = append(out, detectLinks(text)...)
	out = append(out, detectTags(text)...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].ByteStart < out[j].ByteStart })
	// Drop any span that overlaps an earlier one.
	kept := out[:0]
	end := -1
	for _, f := range out {
		if f.ByteStart < end {
			continue
		}
		kept = append(kept, f)
		end = f.ByteEnd
	}
	if len(kept) == 0 {
		return nil
	}
	return kept
}

// jsSpace is JavaScript's \s: what the official detector treats as white
// space.
func jsSpace(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', ' ', 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff:
		return true
	}
	return r >= 0x2000 && r <= 0x200a
}

// boundaryBefore reports whether a span may start at byte i: at the start
// of the text, after white space, or (when paren) after "(".
func boundaryBefore(text string, i int, paren bool) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return jsSpace(r) || (paren && r == '(')
}

func isASCIIAlnum(b byte) bool {
	return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
}

func isWordByte(b byte) bool { return isASCIIAlnum(b) || b == '_' }

// detectMentions: (^|\s|\()(@)([a-zA-Z0-9.-]+)(\b), kept when the handle
// ends in a known top-level domain or .test.
func detectMentions(text string) []DetectedFacet {
	var out []DetectedFacet
	for i := 0; i < len(text); i++ {
		if text[i] != '@' || !boundaryBefore(text, i, true) {
			continue
		}
		j := i + 1
		for j < len(text) && (isASCIIAlnum(text[j]) || text[j] == '.' || text[j] == '-') {
			j++
		}
		// \b as JavaScript has it: back off to the longest prefix that ends
		// on a change between word and non-word characters.
		end := j
		for end > i+1 {
			after := end < len(text) && isWordByte(text[end])
			if isWordByte(text[end-1]) != after {
				break
			}
			end--
		}
		if end == i+1 {
			continue
		}
		handle := text[i+1 : end]
		if isValidDomain(handle) || strings.HasSuffix(handle, ".test") {
			out = append(out, DetectedFacet{Kind: FacetMention, ByteStart: i, ByteEnd: end, Value: handle})
		}
		i = j - 1
	}
	return out
}

// detectLinks: (^|\s|\()((https?://\S+)|(domain\S*)) where domain is
// [a-z][a-z0-9]*(\.[a-z0-9]+)+ (case-insensitive) with a known TLD.
func detectLinks(text string) []DetectedFacet {
	var out []DetectedFacet
	for i := 0; i < len(text); i++ {
		if !boundaryBefore(text, i, true) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(text[i:])
		if jsSpace(r) || r == '(' {
			continue
		}
		// The run of non-space characters from i.
		j := i
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if jsSpace(r) {
				break
			}
			j += size
		}
		word := text[i:j]
		var uri string
		lower := strings.ToLower(word)
		switch {
		case hasSchemePrefix(lower) && len(word) > len(schemePrefix(lower)):
			if !strings.HasPrefix(word, "http") {
				// The official client only keeps a lowercase scheme.
				i = j - 1
				continue
			}
			uri = word
		default:
			domain := leadingDomain(word)
			if domain == "" {
				// Not a link here; a "(" inside the word may start one.
				continue
			}
			if !isValidDomain(domain) {
				i = j - 1
				continue
			}
			uri = "https://" + word
		}
		end := j
		if strings.ContainsAny(uri[len(uri)-1:], ".,;:!?") {
			uri = uri[:len(uri)-1]
			end--
		}
		if strings.HasSuffix(uri, ")") && !strings.Contains(uri, "(") {
			uri = uri[:len(uri)-1]
			end--
		}
		if end > i {
			out = append(out, DetectedFacet{Kind: FacetLink, ByteStart: i, ByteEnd: end, Value: uri})
		}
		i = j - 1
	}
	return out
}

func schemePrefix(lower string) string {
	if strings.HasPrefix(lower, "https://") {
		return "https://"
	}
	if strings.HasPrefix(lower, "http://") {
		return "http://"
	}
	return ""
}

func hasSchemePrefix(lower string) bool { return schemePrefix(lower) != "" }

// leadingDomain matches [a-z][a-z0-9]*(\.[a-z0-9]+)+ at the start of s
// (ASCII, any case), greedily; "" when it does not match.
func leadingDomain(s string) string {
	isLetter := func(b byte) bool { return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') }
	if len(s) == 0 || !isLetter(s[0]) {
		return ""
	}
	i := 1
	for i < len(s) && isASCIIAlnum(s[i]) {
		i++
	}
	labels := 0
	for i+1 < len(s) && s[i] == '.' && isASCIIAlnum(s[i+1]) {
		i++
		for i < len(s) && isASCIIAlnum(s[i]) {
			i++
		}
		labels++
	}
	if labels == 0 {
		return ""
	}
	return s[:i]
}

// tagBreak are the characters that end a hashtag besides white space:
// the soft hyphen and zero-width characters.
func tagBreak(r rune) bool {
	switch r {
	case 0x00ad, 0x2060, 0x200a, 0x200b, 0x200c, 0x200d, 0x20e2:
		return true
	}
	return jsSpace(r)
}

// detectTags: (^|\s)[#＃] then a run of non-space characters that holds
// at least one character that is neither a digit nor punctuation; trailing
// punctuation is stripped and tags over 64 UTF-16 units are skipped.
func detectTags(text string) []DetectedFacet {
	var out []DetectedFacet
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if (r != '#' && r != '＃') || !boundaryBefore(text, i, false) {
			i += size
			continue
		}
		start := i + size
		j := start
		for j < len(text) {
			r, sz := utf8.DecodeRuneInString(text[j:])
			if tagBreak(r) {
				break
			}
			j += sz
		}
		run := text[start:j]
		i = j
		if run == "" || strings.HasPrefix(run, "\ufe0f") {
			continue
		}
		hasWordy := false
		for _, r := range run {
			if !(r >= '0' && r <= '9') && !unicode.IsPunct(r) {
				hasWordy = true
				break
			}
		}
		if !hasWordy {
			continue
		}
		tag := strings.TrimRightFunc(run, unicode.IsPunct)
		if tag == "" || utf16Len(tag) > maxTagUTF16Units {
			continue
		}
		out = append(out, DetectedFacet{Kind: FacetTag, ByteStart: start - size, ByteEnd: start + len(tag), Value: tag})
	}
	return out
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// isValidDomain reports whether s ends in a known top-level domain, as the
// official client checks before linking a bare domain or a mention.
func isValidDomain(s string) bool {
	dot := strings.LastIndexByte(s, '.')
	if dot <= 0 || dot == len(s)-1 {
		return false
	}
	tld := strings.ToLower(s[dot+1:])
	if len(tld) == 2 && tld[0] >= 'a' && tld[0] <= 'z' && tld[1] >= 'a' && tld[1] <= 'z' {
		return true // country codes
	}
	return genericTLDs[tld]
}

// genericTLDs are the generic top-level domains recognised in bare links
// and handles; every two-letter (country code) domain is accepted too.
// The official client uses IANA's full list; this is the part clinics and
// their audience meet in practice.
var genericTLDs = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range strings.Fields(`
		com net org edu gov mil int info biz name pro aero asia cat coop jobs mobi museum post tel travel xxx
		academy agency app art blog bio care center clinic cloud club community company dental dentist design
		dev digital doctor email family fit fitness foundation fund global group guide health healthcare help
		hospital house info life link live ltd management media medical menu network news ngo nhs nyc one online
		ong page partners pharmacy photo photography photos physio place plus press pub rehab report rocks
		school science services shop site social software solutions space store studio support surgery systems
		team tech technology today tools top training tv video vision vet web website wiki work works world xyz
		yoga zone london paris berlin amsterdam brussels wien swiss quebec scot wales bayern nrw tokyo
		bsky beauty boutique cafe church city codes consulting dance day directory education energy events
		expert farm faith gallery garden green hair how institute international kids kitchen land law legal
		lgbt love market marketing money mom name nurse organic pet pets pics pink productions properties
		realty recipes red run salon save services skin solar spa sport study style swiss taxi therapy tips
		town toys university uno vip vegas wedding wine wtf zip mov
	`) {
		m[t] = true
	}
	return m
}()
