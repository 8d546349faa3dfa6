package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

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
	settle(t, e)
	if e.review.Open() < 2 {
		t.Fatalf("findings: %+v", e.review.Findings)
	}
	for _, f := range e.review.Findings {
		e.override(f.Finding, keepReason)
	}
	settle(t, e)
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

// findingRow is one row of the editor's findings list, as staff see it.
type findingRow struct {
	texts   []string
	buttons map[string]*widget.Button
}

func findingRows(e *draftEditor) []findingRow {
	var rows []findingRow
	for _, o := range e.findingsBox.Objects {
		r := findingRow{buttons: map[string]*widget.Button{}}
		var walk func(fyne.CanvasObject)
		walk = func(o fyne.CanvasObject) {
			switch v := o.(type) {
			case *widget.Label:
				r.texts = append(r.texts, v.Text)
			case *widget.Button:
				r.buttons[v.Text] = v
			case *fyne.Container:
				for _, c := range v.Objects {
					walk(c)
				}
			}
		}
		walk(o)
		rows = append(rows, r)
	}
	return rows
}

func (r findingRow) String() string { return strings.Join(r.texts, " | ") }

// TestEditorOffersNoKeepForWhatCanNeverBePosted: a date of birth, a record
// number, and a patient's phone number and email have no "Keep…" button,
// only the reason saying they can never be posted, even when an older
// version stored an override for them.
func TestEditorOffersNoKeepForWhatCanNeverBePosted(t *testing.T) {
	svc, acc := newFlowService(t, true)
	m := newFlowWindow(t, svc, acc)
	m.NewDraft()
	e := m.drafts.editor
	e.networks[drafts.Facebook].SetChecked(true)
	// Synthetic patient details.
	test.Type(e.body, "Happy birthday to Mr. Tom Reyes, born June 4, 1936, MRN 4471203! Call him at 555-0142 or write to tom.reyes@mail.example.")
	settle(t, e)
	e.flush()
	if _, err := wiredFor(svc).DB.ExecContext(context.Background(), `INSERT INTO privacy_overrides (draft_id, kind, text, reason, created_at) VALUES (?, 'phone', '555-0142', 'Kept by an older version', '2026-01-01T00:00:00Z')`, e.d.ID); err != nil {
		t.Fatal(err)
	}
	e.recheck()
	settle(t, e)

	never := map[string]string{"Date of birth": "June 4, 1936", "ID number": "MRN 4471203", "Phone number": "555-0142", "Email": "tom.reyes@mail.example"}
	rows := findingRows(e)
	seen := 0
	for _, r := range rows {
		kept := false
		for label, text := range never {
			if strings.HasPrefix(r.texts[0], label+": “"+text+"”") {
				kept = true
			}
		}
		_, keep := r.buttons["Keep…"]
		_, again := r.buttons["Flag again"]
		if !kept {
			if !keep {
				t.Fatalf("no Keep… for %s", r)
			}
			continue
		}
		seen++
		if keep || again {
			t.Fatalf("row %s offers %v", r, r.buttons)
		}
		if !strings.HasSuffix(r.texts[1], drafts.NeverKept) {
			t.Fatalf("row %s does not say it can never be posted", r)
		}
	}
	if seen != len(never) {
		t.Fatalf("rows %v, want one for each of %v", rows, never)
	}
	if !strings.Contains(e.privacySummary.Text, "4 of which can never be posted") {
		t.Fatalf("privacy card says %q", e.privacySummary.Text)
	}
	if !strings.Contains(e.blockers.Text, "4 detail(s) can never be posted") || !e.readyButton.Disabled() {
		t.Fatalf("blockers %q, ready disabled %v", e.blockers.Text, e.readyButton.Disabled())
	}
}

// TestKeepDialogNeedsARealReason: "Keep it" stays off until the reason has
// real words, and the dialog says what is missing as the user types.
func TestKeepDialogNeedsARealReason(t *testing.T) {
	svc, acc := newFlowService(t, true)
	m := newFlowWindow(t, svc, acc)
	m.NewDraft()
	e := m.drafts.editor
	e.networks[drafts.Facebook].SetChecked(true)
	test.Type(e.body, "Call Mrs. Lopez about her results.")
	settle(t, e)
	rows := findingRows(e)
	if len(rows) == 0 {
		t.Fatal("no findings")
	}
	keep, ok := rows[0].buttons["Keep…"]
	if !ok {
		t.Fatalf("no Keep… on %s", rows[0])
	}
	test.Tap(keep)
	dlg := uiTestDialog(t, m.Window)
	confirm := uiTestButton(t, dlg, "Keep it")
	if e.keepReason == nil || e.keepReason.PlaceHolder != "e.g. "+drafts.KeepReasonExample {
		t.Fatalf("reason box %+v", e.keepReason)
	}
	if !confirm.Disabled() {
		t.Fatal("Keep it is on with no reason")
	}
	for _, bad := range []string{"asdf", "ok", "x x x", "...", drafts.KeepReasonExample, "e.g. " + drafts.KeepReasonExample} {
		e.keepReason.SetText("")
		test.Type(e.keepReason, bad)
		if !confirm.Disabled() {
			t.Fatalf("Keep it is on with the reason %q", bad)
		}
		if e.keepProblem.Text == "" {
			t.Fatalf("the dialog does not say what is wrong with %q", bad)
		}
	}
	e.keepReason.SetText("")
	test.Type(e.keepReason, "Public figure, agreed in writing")
	if confirm.Disabled() || e.keepProblem.Text != "" {
		t.Fatalf("Keep it disabled %v, problem %q with a real reason", confirm.Disabled(), e.keepProblem.Text)
	}
	test.Tap(confirm)
	settle(t, e)
	if !e.review.Findings[0].Overridden || e.review.Findings[0].OverrideReason != "Public figure, agreed in writing" {
		t.Fatalf("after Keep it: %+v", e.review.Findings[0])
	}
}
