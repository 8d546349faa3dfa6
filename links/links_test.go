package links_test

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/carepost/carepost/links"
	"github.com/carepost/carepost/links/linkstest"
)

// TestTable runs the shared table against the finder itself.
func TestTable(t *testing.T) {
	for _, c := range linkstest.Cases {
		t.Run(c.Name, func(t *testing.T) {
			for _, l := range c.Links {
				if l.End() > len(c.Text) || c.Text[l.Start:l.End()] != l.URL {
					t.Fatalf("table: %q is not at byte %d of %q", l.URL, l.Start, c.Text)
				}
			}
			var plain []linkstest.Link
			for _, l := range c.Links {
				if !l.Reserved {
					plain = append(plain, l)
				}
			}
			check(t, "Find", c.Text, links.Find(c.Text), plain)
			check(t, "Append with Reserved", c.Text, links.Append(nil, c.Text, &links.Options{Reserved: true}), c.Links)
		})
	}
}

func check(t *testing.T, what, text string, got []links.Span, want []linkstest.Link) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s(%q) = %s, want %d links", what, text, spans(got), len(want))
		return
	}
	for i, w := range want {
		g := got[i]
		if g.Start != w.Start || g.End != w.End() || g.URL != w.URL || g.Scheme != w.Scheme {
			t.Errorf("%s(%q) link %d = [%d,%d) %q scheme %v, want [%d,%d) %q scheme %v",
				what, text, i, g.Start, g.End, g.URL, g.Scheme, w.Start, w.End(), w.URL, w.Scheme)
		}
		if g.URL != text[g.Start:g.End] || g.Host != text[g.HostStart:g.HostEnd()] ||
			g.HostStart < g.Start || g.HostEnd() > g.End {
			t.Errorf("%s(%q) link %d: inconsistent span %+v", what, text, i, g)
		}
	}
}

func spans(s []links.Span) string {
	var b strings.Builder
	for _, l := range s {
		b.WriteString("[" + l.URL + "]")
	}
	return b.String()
}

func TestValidHost(t *testing.T) {
	for host, want := range map[string]bool{
		"maplegrove.clinic":              true,
		"MapleGrove.CLINIC":              true,
		"example.co.uk":                  true,
		"nhs.uk":                         true, // a public suffix, and a site
		"bsky.social":                    true,
		"alice.bsky.social":              true,
		"alice.github.io":                true, // under a private-section suffix
		"foo.blogspot.com":               true,
		"bücher.de":                      true,
		"xn--bcher-kva.de":               true,
		"пример.рф":                      true,
		"foobar.みんな":                     true, // a top-level domain in another script
		"test.xn--p1ai":                  true, // .рф in punycode
		"test_underscore.example.com":    true, // ASCII labels are taken as written
		"com":                            false,
		"report.pdf":                     false,
		"maplegrove.example":             false, // reserved, not in the list
		"alice.test":                     false,
		"localhost":                      false,
		"example..com":                   false,
		".example.com":                   false,
		"example.com.":                   false,
		strings.Repeat("a", 63) + ".com": true,
		strings.Repeat("a", 64) + ".com": false,
		strings.Repeat("あいうえおかきくけこ", 5) + "あい.jp":  true,  // 63 once punycoded
		strings.Repeat("あいうえおかきくけこ", 5) + "あいう.jp": false, // 64 once punycoded
		"\u0301a.com": false, // a label may not start with a combining mark
	} {
		if got := links.ValidHost(host); got != want {
			t.Errorf("ValidHost(%q) = %v, want %v", host, got, want)
		}
	}
}

func TestOptions(t *testing.T) {
	text := "see example.com, https://example.org/日本/¿qué? or gemini://example.net/x"
	urls := func(o *links.Options) []string {
		var out []string
		for _, l := range links.Append(nil, text, o) {
			out = append(out, l.URL)
		}
		return out
	}
	tests := []struct {
		name string
		o    *links.Options
		want []string
	}{
		{"zero options", nil, []string{"example.com", "https://example.org/"}},
		{"scheme required", &links.Options{SchemeRequired: true}, []string{"https://example.org/"}},
		{"IRI path", &links.Options{SchemeRequired: true, IRIPath: true}, []string{"https://example.org/日本/¿qué"}},
		{"more schemes", &links.Options{Schemes: []string{"https://", "gemini://"}, SchemeRequired: true},
			[]string{"https://example.org/", "gemini://example.net/x"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := urls(tt.o)
			if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSpanHasPath(t *testing.T) {
	for text, want := range map[string]bool{
		"example.com":         false,
		"example.com/":        true,
		"example.com:8080":    false,
		"example.com:8080/x":  true,
		"example.com?q=1":     false,
		"https://example.com": false,
	} {
		s := links.Find(text)
		if len(s) != 1 || s[0].HasPath() != want {
			t.Errorf("Find(%q) = %+v, want one link with HasPath %v", text, s, want)
		}
	}
}

// TestFast guards against scanning that grows with the square of the
// text: each of these takes milliseconds; a quadratic scan, minutes.
func TestFast(t *testing.T) {
	if testing.Short() {
		t.Skip("slow under -short")
	}
	for name, text := range map[string]string{
		"dotted run":         strings.Repeat("a.", 30000),
		"dotted TLDs":        strings.Repeat("com.", 15000),
		"dashed run":         strings.Repeat("a-", 30000) + ".com",
		"long labels":        strings.Repeat(strings.Repeat("a", 200)+".", 300),
		"schemes":            strings.Repeat("https://", 8000),
		"Unicode host":       "http://" + strings.Repeat("語", 60000),
		"Unicode TLD tries":  strings.Repeat("a.みんなみんなみんなみんなみんなみんな ", 3000),
		"links back to back": strings.Repeat("https://a.com/x,", 5000),
	} {
		start := time.Now()
		links.Append(nil, text, &links.Options{Reserved: true})
		links.Append(nil, text, &links.Options{SchemeRequired: true, IRIPath: true})
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%s: %v on %d bytes", name, d, len(text))
		}
	}
}

// FuzzFind checks what every answer must be: spans in order, not
// overlapping, on UTF-8 boundaries, each with a valid host inside it.
func FuzzFind(f *testing.F) {
	for _, c := range linkstest.Cases {
		f.Add(c.Text)
	}
	f.Add("a\xffb.com http://\xff.com x.\xe3\x81")
	f.Fuzz(func(t *testing.T, text string) {
		for _, o := range []*links.Options{nil, {Reserved: true}, {SchemeRequired: true, IRIPath: true}} {
			end := 0
			for _, s := range links.Append(nil, text, o) {
				if s.Start < end || s.Start >= s.End || s.End > len(text) || s.URL != text[s.Start:s.End] {
					t.Fatalf("%q: bad span %+v after %d", text, s, end)
				}
				end = s.End
				if s.HostStart < s.Start || s.HostEnd() > s.End || s.Host != text[s.HostStart:s.HostEnd()] {
					t.Fatalf("%q: host outside span %+v", text, s)
				}
				if utf8.ValidString(text) && !utf8.ValidString(s.URL) {
					t.Fatalf("%q: span %+v splits a character", text, s)
				}
				if o == nil && !links.ValidHost(s.Host) {
					t.Fatalf("%q: span %+v has a host ValidHost refuses", text, s)
				}
			}
		}
	})
}
