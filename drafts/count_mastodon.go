package drafts

// How Mastodon counts a post: graphemes, with every link as 23 and a
// remote mention as its local part; and hashtags, which Instagram caps.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/carepost/carepost/graphemes"
	"github.com/carepost/carepost/links"
)

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
		if next, _ := utf8.DecodeRuneInString(s[end:]); next == '@' || next == '＠' || links.IsLatinAccent(next) ||
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
