package privacy

import (
	"testing"

	"github.com/carepost/carepost/links/linkstest"
)

// TestLinkTableProtected runs the shared link table (links/linkstest)
// against the privacy check: every link, reserved names included, is a
// protected span, so nothing inside one is taken for a name or condition.
// drafts' TestLinkTable checks the findings through drafts.CheckPrivacy.
func TestLinkTableProtected(t *testing.T) {
	for _, c := range linkstest.Cases {
		t.Run(c.Name, func(t *testing.T) {
			pc := &checker{text: c.Text, vocab: vocab(), own: newOwnInfo(Own{}, vocab())}
			pc.protect()
			for _, l := range c.Links {
				span := [2]int{l.Start, l.End()}
				found := false
				for _, p := range pc.prot {
					found = found || p == span
				}
				if !found {
					t.Errorf("privacy check does not protect %q in %q (protected %v)", c.Text[span[0]:span[1]], c.Text, pc.prot)
				}
			}
			for _, f := range Check(c.Text, Options{}) {
				for _, l := range c.Links {
					if f.Start < l.End() && l.Start < f.End {
						t.Errorf("privacy finding %+v inside the link %q", f, c.Text[l.Start:l.End()])
					}
				}
			}
		})
	}
}
