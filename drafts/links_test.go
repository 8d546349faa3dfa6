package drafts

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/carepost/carepost/links/linkstest"
)

// TestLinkTable runs the shared link table (links/linkstest) against the
// counters and the privacy check: X counts each link that is neither
// XText nor Reserved as 23, Mastodon each such link with a scheme, and the
// privacy check finds nothing inside any link.
func TestLinkTable(t *testing.T) {
	for _, c := range linkstest.Cases {
		t.Run(c.Name, func(t *testing.T) {
			if norm.NFC.String(c.Text) != c.Text {
				t.Fatalf("table text is not NFC, and X counts the NFC form")
			}
			var x, masto, all [][2]int
			for _, l := range c.Links {
				all = append(all, [2]int{l.Start, l.End()})
				if l.Reserved {
					continue
				}
				if !l.XText {
					x = append(x, [2]int{l.Start, l.End()})
				}
				if l.Scheme {
					masto = append(masto, [2]int{l.Start, l.End()})
				}
			}

			// The spans each counter counts as 23 ...
			var gotX, gotMasto [][2]int
			for _, l := range countedLinks(c.Text, false) {
				gotX = append(gotX, [2]int{l.Start, l.End})
			}
			for _, l := range countedLinks(c.Text, true) {
				gotMasto = append(gotMasto, [2]int{l.Start, l.End})
			}
			sameSpans(t, "X links", c.Text, gotX, x)
			sameSpans(t, "Mastodon links", c.Text, gotMasto, masto)
			// ... and the counts: the same as with each of those links
			// replaced by 23 letters.
			for _, n := range []struct {
				network Network
				spans   [][2]int
			}{{X, x}, {Mastodon, masto}} {
				got := CountText(n.network, c.Text).Count
				want := CountText(n.network, replaceSpans(c.Text, n.spans, strings.Repeat("x", linkWeight))).Count
				if got != want {
					t.Errorf("%s counts %d for %q, want %d", n.network, got, c.Text, want)
				}
			}

			// The privacy check reports nothing inside a link, reserved names
			// included (drafts/privacy's TestLinkTableProtected checks that it
			// protects each one).
			for _, f := range CheckPrivacy(c.Text, CheckOptions{}) {
				for _, l := range all {
					if f.Start < l[1] && l[0] < f.End {
						t.Errorf("privacy finding %+v inside the link %q", f, c.Text[l[0]:l[1]])
					}
				}
			}
		})
	}
}

func sameSpans(t *testing.T, what, text string, got, want [][2]int) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s in %q = %v, want %v", what, text, got, want)
		return
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("%s in %q = %v, want %v", what, text, got, want)
			return
		}
	}
}

func replaceSpans(text string, spans [][2]int, with string) string {
	var b strings.Builder
	last := 0
	for _, s := range spans {
		b.WriteString(text[last:s[0]])
		b.WriteString(with)
		last = s[1]
	}
	b.WriteString(text[last:])
	return b.String()
}
