package ui

import (
	"context"
	"errors"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/carepost/carepost/drafts"
)

// consentStoreOneStep is the real service, except that a separate
// revocation step fails: saving the form must revoke on its own.
type consentStoreOneStep struct{ *drafts.Service }

func (consentStoreOneStep) RevokeConsent(context.Context, int64, string) ([]drafts.DraftSummary, error) {
	return nil, errors.New("synthetic failure of a second step")
}

// TestConsentFormSavesARevocationInOneStep: typing a revocation date and
// saving takes the drafts that used the consent out of ready in the same
// save, not in a second step that can fail after the date is stored.
func TestConsentFormSavesARevocationInOneStep(t *testing.T) {
	test.NewTempApp(t)
	svc := tmplTestService(t)
	ctx := context.Background()
	id, err := svc.SaveConsent(ctx, consentTestLive("MC-21"))
	if err != nil {
		t.Fatal(err)
	}
	d, err := svc.CreateDraft(ctx, drafts.Draft{Title: "Jordan's story", Body: "Thank you for sharing your story with us.",
		Networks: []drafts.Network{drafts.Facebook}, PatientStory: true, ConsentID: id})
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.MarkReady(ctx, d.ID); err != nil {
		t.Fatal(err)
	}

	w := test.NewTempWindow(t, nil)
	s := newConsentsScreen(consentStoreOneStep{svc}, w, func(int64) {})
	w.SetContent(s.Content())
	w.Resize(fyne.NewSize(1280, 800))
	s.Refresh()
	s.list.Select(0)
	test.Type(s.form.revoked, "2025-03-01")
	test.Tap(uiTestButton(t, s.form.content, "Save"))

	if top := w.Canvas().Overlays().Top(); top != nil {
		t.Fatalf("an error dialog opened: %q", uiTestTexts(top))
	}
	got, err := svc.Draft(ctx, d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != drafts.StatusDraft {
		t.Fatalf("the draft is %s after its consent was revoked", got.Status)
	}
	f := s.form
	if !strings.Contains(f.message.Text, "revoked from 2025-03-01") || !uiTestHasText(f.content, "Jordan's story") {
		t.Fatalf("message %q; form shows %q", f.message.Text, uiTestTexts(f.content))
	}
}
