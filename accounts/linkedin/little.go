package linkedin

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// littleReserved are the characters LinkedIn's "little" text format (the
// Posts API commentary) reserves for mentions, hashtags and templates; they
// must be backslash-escaped to be read as plain text. Unescaped, LinkedIn
// may cut the post off at the first one while still answering 201.
const littleReserved = `\|{}@[]()<>#*_~`

var urlPattern = regexp.MustCompile(`(?i)\bhttps?://[^\s]+`)

// EscapeLittleText makes plain text safe for the Posts API commentary:
// every reserved character is backslash-escaped, except inside web
// addresses (so they still link) and the "#" that starts a hashtag (so
// "#FluShots" stays a clickable hashtag).
func EscapeLittleText(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	last := 0
	for _, loc := range urlPattern.FindAllStringIndex(s, -1) {
		escapeRun(&b, s[last:loc[0]], prevRune(s, loc[0]))
		b.WriteString(s[loc[0]:loc[1]])
		last = loc[1]
	}
	escapeRun(&b, s[last:], prevRune(s, last))
	return b.String()
}

func prevRune(s string, i int) rune {
	if i == 0 {
		return -1
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

func escapeRun(b *strings.Builder, s string, before rune) {
	prev := before
	for i, r := range s {
		if r == '#' && isHashtagStart(s[i+1:]) && !isWordRune(prev) {
			b.WriteRune(r)
			prev = r
			continue
		}
		if strings.ContainsRune(littleReserved, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
		prev = r
	}
}

// isHashtagStart reports whether rest (what follows a "#") begins a hashtag.
func isHashtagStart(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

// UnescapeLittleText undoes EscapeLittleText: a backslash before a reserved
// character is dropped.
func UnescapeLittleText(s string) string {
	if !strings.ContainsRune(s, '\\') {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && strings.IndexByte(littleReserved, s[i+1]) >= 0 {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
