package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/carepost/carepost/drafts"
)

// keepReason is a reason of real words for keeping a finding.
const keepReason = "The person agreed in writing to be named"

// TestEditorKeptNameWithHealthDetailNeedsConsent: keeping both a name and
// a health detail makes the draft a patient story, and the editor says so
// in its list of what stands before "ready".
func TestEditorKeptNameWithHealthDetailNeedsConsent(t *testing.T) {
	svc, acc := newFlowService(t, true)
	m := newFlowWindow(t, svc, acc)
	m.NewDraft()
	e := m.drafts.editor
	for n, ch := range e.networks {
		ch.SetChecked(n == drafts.Facebook || n == drafts.X)
	}
	test.Type(e.body, "Thanks to John Carter for sharing how we treated his diabetes.")
	if e.review.Open() < 2 {
		t.Fatalf("findings: %+v", e.review.Findings)
	}
	for _, f := range e.review.Findings {
		e.override(f.Finding, keepReason)
	}
	if e.review.Open() != 0 {
		t.Fatalf("still open: %+v", e.review.Findings)
	}
	if e.story.Checked {
		t.Fatal("the test needs the patient story box unticked")
	}
	want := "This names a person next to a health detail, so it is a patient story: link the patient's signed consent that covers their story on Facebook Page and X"
	if !strings.Contains(e.blockers.Text, want) {
		t.Fatalf("blockers say %q, want %q", e.blockers.Text, want)
	}
	if !e.readyButton.Disabled() {
		t.Fatal("Mark ready is enabled without a consent")
	}
}
