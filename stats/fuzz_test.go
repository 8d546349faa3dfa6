package stats

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// ParseMonth accepts exactly YYYY-MM with a real month, and what it
// accepts it writes back the same.
func FuzzParseMonth(f *testing.F) {
	for _, s := range []string{"2026-11", "2026-13", "2026-00", "0001-01", "9999-12", "2026-1", "2026/11", " 2026-11 ", "２０２６-11", "-001-01", "+026-11"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ParseMonth(s)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("an error without words")
			}
			return
		}
		if m.Month < time.January || m.Month > time.December || m.Year < 1 {
			t.Fatalf("ParseMonth(%q) = %+v", s, m)
		}
		if m.String() != strings.TrimSpace(s) {
			t.Fatalf("ParseMonth(%q) writes back as %q", s, m.String())
		}
		from, to := m.Bounds(time.UTC)
		if !from.Before(to) {
			t.Fatalf("%v: %v is not before %v", m, from, to)
		}
	})
}

// hashtags never panics, and each label is "#" and lower-case letters,
// digits or "_", found in the text.
func FuzzHashtags(f *testing.F) {
	for _, s := range []string{"#FluShots today", "a#b #1 #_x #año", "&#39; #x/#y", "#", "##a", "\xff#a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		seen := map[string]bool{}
		for _, tag := range hashtags(s) {
			if !strings.HasPrefix(tag, "#") || len(tag) < 2 || seen[tag] {
				t.Fatalf("hashtags(%q) gave %q", s, tag)
			}
			seen[tag] = true
			if utf8.ValidString(s) && !strings.Contains(strings.ToLower(s), tag[1:]) && !strings.Contains(s, tag[1:]) {
				t.Fatalf("hashtags(%q) gave %q, not in the text", s, tag)
			}
		}
	})
}
