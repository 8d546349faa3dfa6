package bluesky

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/carepost/carepost/links/linkstest"
)

func TestDetectFacets(t *testing.T) {
	type f = DetectedFacet
	span := func(text, sub string, kind FacetKind, value string) f {
		i := strings.Index(text, sub)
		if i < 0 {
			t.Fatalf("%q not in %q", sub, text)
		}
		return f{Kind: kind, ByteStart: i, ByteEnd: i + len(sub), Value: value}
	}
	cases := []struct {
		text string
		want func(text string) []f
	}{
		{"Café ☕ 🎉 see https://example.com/a?b=1.", func(s string) []f {
			return []f{span(s, "https://example.com/a?b=1", FacetLink, "https://example.com/a?b=1")}
		}},
		{"Visit carepost.clinic or (www.Example.org/x) today", func(s string) []f {
			return []f{
				span(s, "carepost.clinic", FacetLink, "https://carepost.clinic"),
				span(s, "www.Example.org/x", FacetLink, "https://www.Example.org/x"),
			}
		}},
		{"Ask @alice.test, or @bob.bsky.social! not a@b.com nor @nobody", func(s string) []f {
			return []f{
				span(s, "@alice.test", FacetMention, "alice.test"),
				span(s, "@bob.bsky.social", FacetMention, "bob.bsky.social"),
			}
		}},
		{"#FluSeason, #2024 #café! ＃全角 #a1 x#no #️⃣", func(s string) []f {
			return []f{
				span(s, "#FluSeason", FacetTag, "FluSeason"),
				span(s, "#café", FacetTag, "café"),
				span(s, "＃全角", FacetTag, "全角"),
				span(s, "#a1", FacetTag, "a1"),
			}
		}},
		// The scheme's case does not matter (links.Find); the official client
		// links only a lowercase one.
		{"file.notatld and e.g. this, HTTPS://shout.com and http:// alone", func(s string) []f {
			return []f{span(s, "HTTPS://shout.com", FacetLink, "HTTPS://shout.com")}
		}},
		{"(see https://example.com/flu) or https://en.wikipedia.org/wiki/Flu_(disease) ok", func(s string) []f {
			return []f{
				span(s, "https://example.com/flu", FacetLink, "https://example.com/flu"),
				span(s, "https://en.wikipedia.org/wiki/Flu_(disease)", FacetLink, "https://en.wikipedia.org/wiki/Flu_(disease)"),
			}
		}},
		// A link may follow any character but an ASCII letter or digit, @, $
		// or #, as X counts it; the official client wants a space first.
		{"über→https://example.com", func(s string) []f {
			return []f{span(s, "https://example.com", FacetLink, "https://example.com")}
		}},
		{"x@example.com $example.com #example.com", func(s string) []f {
			return []f{span(s, "#example.com", FacetTag, "example.com")}
		}},
	}
	for _, c := range cases {
		got := DetectFacets(c.text)
		want := c.want(c.text)
		if len(got) != len(want) {
			t.Errorf("%q: got %+v, want %+v", c.text, got, want)
			continue
		}
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("%q: facet %d = %+v, want %+v", c.text, i, got[i], want[i])
			}
		}
	}
}

func FuzzDetectFacets(f *testing.F) {
	for _, s := range []string{
		"Café ☕ 🎉 see https://example.com/a?b=1.",
		"@alice.test #tag example.org (http://x.y/z)",
		"#️⃣ ＃全角 #2024 #a!!! @a.b.c- @-x.test",
		"\u00a0#nbsp\u2028@line.test\u3000ideo.com",
		"\xff\xfe #bad utf8 http://\xff",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		end := 0
		for _, d := range DetectFacets(text) {
			if d.ByteStart < end || d.ByteStart >= d.ByteEnd || d.ByteEnd > len(text) {
				t.Fatalf("%q: bad span %+v (previous end %d)", text, d, end)
			}
			end = d.ByteEnd
			if utf8.ValidString(text) {
				if !utf8.ValidString(text[d.ByteStart:d.ByteEnd]) ||
					!utf8.RuneStart(text[d.ByteStart]) || (d.ByteEnd < len(text) && !utf8.RuneStart(text[d.ByteEnd])) {
					t.Fatalf("%q: span %+v not on UTF-8 boundaries", text, d)
				}
			}
			got := text[d.ByteStart:d.ByteEnd]
			switch d.Kind {
			case FacetLink:
				if got != d.Value && "https://"+got != d.Value {
					t.Fatalf("%q: link covers %q but is %q", text, got, d.Value)
				}
			case FacetMention:
				if got != "@"+d.Value {
					t.Fatalf("%q: mention covers %q but is %q", text, got, d.Value)
				}
			case FacetTag:
				if got != "#"+d.Value && got != "＃"+d.Value {
					t.Fatalf("%q: tag covers %q but is %q", text, got, d.Value)
				}
			default:
				t.Fatalf("unknown kind %q", d.Kind)
			}
		}
	})
}

// TestDetectFacetsLinkTable runs the shared link table (links/linkstest):
// a link facet at each link but the reserved ones, at the same byte
// offsets, with https:// before a bare domain.
func TestDetectFacetsLinkTable(t *testing.T) {
	for _, c := range linkstest.Cases {
		t.Run(c.Name, func(t *testing.T) {
			var want []DetectedFacet
			for _, l := range c.Links {
				if l.Reserved {
					continue
				}
				uri := l.URL
				if !l.Scheme {
					uri = "https://" + uri
				}
				want = append(want, DetectedFacet{Kind: FacetLink, ByteStart: l.Start, ByteEnd: l.End(), Value: uri})
			}
			var got []DetectedFacet
			for _, f := range DetectFacets(c.Text) {
				if f.Kind == FacetLink {
					got = append(got, f)
				}
			}
			if len(got) != len(want) {
				t.Fatalf("link facets in %q = %+v, want %+v", c.Text, got, want)
			}
			for i := range want {
				if got[i] != want[i] {
					t.Errorf("link facet %d in %q = %+v, want %+v", i, c.Text, got[i], want[i])
				}
			}
		})
	}
}
