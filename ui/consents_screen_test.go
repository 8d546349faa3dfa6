package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/carepost/carepost/drafts"
)

type consentTestScreen struct {
	*consentsScreen
	svc    *drafts.Service
	win    fyne.Window
	opened []int64
}

func newConsentTestScreen(t *testing.T) *consentTestScreen {
	t.Helper()
	test.NewTempApp(t)
	svc := tmplTestService(t)
	cs := &consentTestScreen{svc: svc}
	w := test.NewTempWindow(t, nil)
	cs.consentsScreen = newConsentsScreen(svc, w, func(id int64) { cs.opened = append(cs.opened, id) })
	w.SetContent(cs.Content())
	w.Resize(fyne.NewSize(1280, 800))
	cs.win = w
	return cs
}

// consentTestLive is a consent that is live on the test clock's day.
func consentTestLive(ref string) drafts.Consent {
	return drafts.Consent{Reference: ref, SignedOn: "2025-01-10", ExpiresOn: "2026-01-10",
		Networks: []drafts.Network{drafts.Facebook, drafts.Instagram}, CoversText: true, CoversPhoto: true,
		FormLocation: "Binder A"}
}

func (cs *consentTestScreen) add(t *testing.T, c drafts.Consent) int64 {
	t.Helper()
	id, err := cs.svc.SaveConsent(context.Background(), c)
	if err != nil {
		t.Fatal(err)
	}
	cs.Refresh()
	return id
}

func (cs *consentTestScreen) consents(t *testing.T) []drafts.Consent {
	t.Helper()
	all, err := cs.svc.Consents(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return all
}

func TestConsentsScreen(t *testing.T) {
	t.Run("explains why consents matter and starts empty", func(t *testing.T) {
		cs := newConsentTestScreen(t)
		if !uiTestHasText(cs.Content(), "HIPAA") || !uiTestHasText(cs.Content(), "cannot be marked ready") {
			t.Errorf("no explanation at the top; shows %q", uiTestTexts(cs.Content()))
		}
		if cs.list.Length() != 0 {
			t.Errorf("registry has %d rows", cs.list.Length())
		}
	})

	t.Run("filling the form and tapping Save lists the consent as Live", func(t *testing.T) {
		cs := newConsentTestScreen(t)
		test.Tap(cs.newButton)
		f := cs.form
		if f == nil {
			t.Fatal("New consent did not open the form")
		}
		if !uiTestHasText(f.content, "never a name or chart number") {
			t.Error("the reference number hint is missing")
		}
		if !f.revoke.Disabled() {
			t.Error("Revoke… should wait until the consent is saved")
		}
		test.Type(f.reference, "MC-2025-014")
		test.Type(f.signed, "2025-02-01")
		test.Type(f.expires, "2026-02-01")
		test.Tap(uiTestCheck(t, f.content, drafts.Facebook.Label()))
		test.Tap(uiTestCheck(t, f.content, drafts.Instagram.Label()))
		test.Tap(uiTestCheck(t, f.content, consentStoryLabel))
		test.Type(f.location, "Consent binder, front office")
		test.Tap(uiTestButton(t, f.content, "Save"))

		if cs.form == nil || !uiTestHasText(cs.form.content, "Today this consent is: Live") {
			t.Fatalf("state not shown; form shows %q", uiTestTexts(cs.detail))
		}
		if !uiTestHasText(cs.form.content, "Saved.") {
			t.Error("no Saved message")
		}
		if cs.list.Length() != 1 || cs.selected != 0 {
			t.Fatalf("registry rows %d, selected %d", cs.list.Length(), cs.selected)
		}
		row := strings.Join(uiTestRowTexts(cs.list, 0), " | ")
		if row != "MC-2025-014 | Live | Story only · "+drafts.Facebook.Label()+", Instagram" {
			t.Errorf("registry row shows %q", row)
		}
		if !uiTestHasText(cs.form.content, "No drafts use this consent yet.") {
			t.Error("drafts-using note missing")
		}
		stored := cs.consents(t)
		if len(stored) != 1 || stored[0].FormLocation != "Consent binder, front office" || stored[0].CoversPhoto {
			t.Errorf("stored %+v", stored)
		}
	})

	t.Run("an incomplete form lists what is missing and keeps what was typed", func(t *testing.T) {
		cs := newConsentTestScreen(t)
		test.Tap(cs.newButton)
		f := cs.form
		test.Type(f.reference, "MC-7")
		test.Type(f.signed, "7 March 2025")
		test.Tap(uiTestButton(t, f.content, "Save"))
		if cs.form != f {
			t.Fatal("the form was replaced after a failed save")
		}
		for _, want := range []string{"Not saved yet. Please:", "enter the date it was signed as YYYY-MM-DD", "tick at least one network"} {
			if !strings.Contains(f.message.Text, want) {
				t.Errorf("message %q lacks %q", f.message.Text, want)
			}
		}
		if f.reference.Text != "MC-7" || f.signed.Text != "7 March 2025" {
			t.Errorf("typing lost: %q %q", f.reference.Text, f.signed.Text)
		}
		if cs.list.Length() != 0 || len(cs.consents(t)) != 0 {
			t.Error("an invalid consent was stored")
		}
	})

	t.Run("registry shows Expired, Not yet valid and Revoked", func(t *testing.T) {
		cs := newConsentTestScreen(t)
		old := consentTestLive("OLD-1")
		old.SignedOn, old.ExpiresOn = "2023-01-01", "2024-01-01"
		future := consentTestLive("NEW-1")
		future.SignedOn, future.ExpiresOn = "2025-04-01", "2026-04-01"
		gone := consentTestLive("GONE-1")
		gone.RevokedOn = "2025-03-01"
		cs.add(t, old)
		cs.add(t, future)
		cs.add(t, gone)
		got := map[string]string{}
		for i := 0; i < cs.list.Length(); i++ {
			texts := uiTestRowTexts(cs.list, i)
			got[texts[0]] = texts[1]
		}
		want := map[string]string{"OLD-1": "Expired", "NEW-1": "Not yet valid", "GONE-1": "Revoked"}
		for ref, st := range want {
			if got[ref] != st {
				t.Errorf("%s shows %q, want %q", ref, got[ref], st)
			}
		}
	})

	t.Run("Revoke asks for the date, marks it Revoked and lists the drafts that used it", func(t *testing.T) {
		cs := newConsentTestScreen(t)
		ctx := context.Background()
		id := cs.add(t, consentTestLive("MC-9"))
		d, err := cs.svc.CreateDraft(ctx, drafts.Draft{Title: "Jordan's story", Body: "Thank you, Jordan!",
			Networks: []drafts.Network{drafts.Facebook}, PatientStory: true, ConsentID: id})
		if err != nil {
			t.Fatal(err)
		}
		cs.list.Select(0)
		if !uiTestHasText(cs.form.content, "1 draft uses this consent:") || !uiTestHasText(cs.form.content, "Jordan's story") {
			t.Errorf("drafts-using list missing; shows %q", uiTestTexts(cs.form.content))
		}

		test.Tap(uiTestButton(t, cs.form.content, "Revoke…"))
		dlg := uiTestDialog(t, cs.win)
		if !uiTestHasText(dlg, "Revoke consent MC-9") {
			t.Errorf("revoke dialog shows %q", uiTestTexts(dlg))
		}
		test.Tap(uiTestButton(t, dlg, "Revoke")) // the date defaults to today

		f := cs.form
		if !uiTestHasText(f.content, "Today this consent is: Revoked") {
			t.Errorf("state not Revoked; shows %q", uiTestTexts(f.content))
		}
		if f.revoked.Text != "2025-03-07" || f.dirty {
			t.Errorf("revoked entry %q, dirty %v", f.revoked.Text, f.dirty)
		}
		if row := uiTestRowTexts(cs.list, 0); row[1] != "Revoked" {
			t.Errorf("registry row shows %q", row)
		}
		if !uiTestHasText(f.content, "This draft used the consent") {
			t.Errorf("no list of affected drafts; shows %q", uiTestTexts(f.content))
		}
		test.Tap(uiTestButton(t, f.draftsBox, "Open"))
		if len(cs.opened) != 1 || cs.opened[0] != d.ID {
			t.Errorf("opened %v, want [%d]", cs.opened, d.ID)
		}
		c, _ := cs.svc.Consent(ctx, id)
		if c.RevokedOn != "2025-03-07" {
			t.Errorf("stored revocation %q", c.RevokedOn)
		}
	})

	t.Run("typing a revocation date and saving revokes it like Revoke… does", func(t *testing.T) {
		cs := newConsentTestScreen(t)
		id := cs.add(t, consentTestLive("MC-16"))
		if _, err := cs.svc.CreateDraft(context.Background(), drafts.Draft{Title: "Sam's photo", Body: "x", ConsentID: id}); err != nil {
			t.Fatal(err)
		}
		cs.list.Select(0)
		test.Type(cs.form.revoked, "2025-03-01")
		test.Tap(uiTestButton(t, cs.form.content, "Save"))
		f := cs.form
		if !uiTestHasText(f.content, "Today this consent is: Revoked") || !uiTestHasText(f.content, "This draft used the consent") ||
			!uiTestHasText(f.content, "Sam's photo") {
			t.Errorf("form shows %q", uiTestTexts(f.content))
		}
		if !strings.Contains(f.message.Text, "revoked from 2025-03-01") {
			t.Errorf("message %q", f.message.Text)
		}
	})

	t.Run("a bad revocation date is refused in words", func(t *testing.T) {
		cs := newConsentTestScreen(t)
		cs.add(t, consentTestLive("MC-10"))
		cs.list.Select(0)
		cs.revoke("yesterday")
		if !strings.Contains(cs.form.message.Text, "YYYY-MM-DD") {
			t.Errorf("message %q", cs.form.message.Text)
		}
		if row := uiTestRowTexts(cs.list, 0); row[1] != "Live" {
			t.Errorf("registry row shows %q", row)
		}
	})

	t.Run("deleting a consent in use gives the reason and keeps it", func(t *testing.T) {
		cs := newConsentTestScreen(t)
		id := cs.add(t, consentTestLive("MC-11"))
		if _, err := cs.svc.CreateDraft(context.Background(), drafts.Draft{Title: "Story", Body: "x", PatientStory: true, ConsentID: id}); err != nil {
			t.Fatal(err)
		}
		cs.list.Select(0)
		test.Tap(uiTestButton(t, cs.form.content, "Delete"))
		test.Tap(uiTestButton(t, uiTestDialog(t, cs.win), "Delete"))
		if !strings.Contains(cs.form.message.Text, "revoke it instead") {
			t.Errorf("message %q", cs.form.message.Text)
		}
		if !uiTestHasText(uiTestDialog(t, cs.win), "revoke it instead") {
			t.Error("no dialog with the reason")
		}
		if cs.list.Length() != 1 {
			t.Errorf("registry rows %d", cs.list.Length())
		}
	})

	t.Run("deleting an unused consent removes it", func(t *testing.T) {
		cs := newConsentTestScreen(t)
		cs.add(t, consentTestLive("MC-12"))
		cs.list.Select(0)
		test.Tap(uiTestButton(t, cs.form.content, "Delete"))
		test.Tap(uiTestButton(t, uiTestDialog(t, cs.win), "Delete"))
		if cs.list.Length() != 0 || len(cs.consents(t)) != 0 {
			t.Error("consent still there")
		}
		if !uiTestHasText(cs.Content(), "Deleted consent MC-12.") {
			t.Error("no deletion notice")
		}
	})

	t.Run("editing and saving keeps the selection and updates the row", func(t *testing.T) {
		cs := newConsentTestScreen(t)
		cs.add(t, consentTestLive("MC-13"))
		cs.list.Select(0)
		test.Tap(uiTestCheck(t, cs.form.content, consentPhotoLabel)) // untick photo
		test.Tap(uiTestButton(t, cs.form.content, "Save"))
		if row := strings.Join(uiTestRowTexts(cs.list, 0), " | "); row != "MC-13 | Live | Story only · "+drafts.Facebook.Label()+", Instagram" {
			t.Errorf("row %q", row)
		}
		if cs.selected != 0 {
			t.Errorf("selected %d", cs.selected)
		}
	})

	t.Run("switching away from unsaved changes asks first", func(t *testing.T) {
		cs := newConsentTestScreen(t)
		cs.add(t, consentTestLive("MC-14"))
		test.Tap(cs.newButton)
		f := cs.form
		test.Type(f.reference, "MC-15")
		cs.list.Select(0)
		test.Tap(uiTestButton(t, uiTestDialog(t, cs.win), "Keep editing"))
		if cs.form != f || f.reference.Text != "MC-15" {
			t.Error("typing lost")
		}
	})
}
