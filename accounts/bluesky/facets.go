package bluesky

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/carepost/carepost/links"
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

// DetectFacets finds links, @mentions and #hashtags. Mentions and hashtags
// follow the official Bluesky client (@atproto/api rich-text detection): a
// span starts at the beginning of the text or after white space (or "(" for
// mentions); hashtags that are only digits are skipped and trailing
// punctuation is left out of them. Links are the ones CarePost finds
// everywhere else (links.Find), so a link facet covers exactly what the
// character counters count as a link: http and https links and bare
// domains on a public suffix, Unicode hosts included, with trailing
// punctuation and an unbalanced ")" left out. Facets come back ordered by
// ByteStart and never overlap.
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
// is a host name a link may have (links.ValidHost) or ends in .test, the
// name the reference servers give their accounts.
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
		if links.ValidHost(handle) || strings.HasSuffix(handle, ".test") {
			out = append(out, DetectedFacet{Kind: FacetMention, ByteStart: i, ByteEnd: end, Value: handle})
		}
		i = j - 1
	}
	return out
}

// detectLinks turns the links in the text (links.Find: http and https
// links and bare domains, as the character counters see them) into link
// facets; a bare domain's URI gets https:// in front.
func detectLinks(text string) []DetectedFacet {
	found := links.Find(text)
	if len(found) == 0 {
		return nil
	}
	out := make([]DetectedFacet, 0, len(found))
	for _, l := range found {
		uri := l.URL
		if !l.Scheme {
			uri = "https://" + uri
		}
		out = append(out, DetectedFacet{Kind: FacetLink, ByteStart: l.Start, ByteEnd: l.End, Value: uri})
	}
	return out
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
