package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/schedule"
)

// TestApprovalFromSettingsToSchedule: with approval turned on in Settings,
// a draft is sent for review, approved by a typed name, shows who approved
// it, and can then be scheduled.
func TestApprovalFromSettingsToSchedule(t *testing.T) {
	fm := newFakeMastodon(t)
	svc, acc := newFlowService(t, true)
	ctx := context.Background()
	if _, err := acc.Accounts.Add(ctx, accounts.Account{Network: drafts.Mastodon, Handle: "@maplegrove", ServerURL: fm.srv.URL},
		accounts.Credentials{AccessToken: "mastodon-SYNTHETIC"}); err != nil {
		t.Fatal(err)
	}
	m := newFlowWindow(t, svc, acc)
	store := m.sched.store.(*schedule.Store)
	e := m.drafts.editor

	newDraft := func(t *testing.T, title, body string) {
		t.Helper()
		m.NewDraft()
		for n, ch := range e.networks {
			ch.SetChecked(n == drafts.Mastodon)
		}
		test.Type(e.title, title)
		test.Type(e.body, body)
		settle(t, e)
	}

	t.Run("approval is off by default: the editor offers Mark ready", func(t *testing.T) {
		newDraft(t, "Hand washing", "Wash your hands for 20 seconds.")
		if e.readyButton.Text != "Mark ready" || e.approveButton.Visible() {
			t.Fatalf("button %q, approve visible %v", e.readyButton.Text, e.approveButton.Visible())
		}
	})

	t.Run("turning approval on in Settings is saved and changes the open draft's button", func(t *testing.T) {
		m.nav.Select(sectionSettings)
		if m.current != sectionSettings {
			t.Fatalf("on section %d", m.current)
		}
		test.Tap(m.settings.approval)
		st, err := store.LoadSettings(ctx)
		if err != nil || !st.Approval || st.Grace != schedule.DefaultGrace {
			t.Fatalf("stored %+v, %v", st, err)
		}
		m.settings.grace.SetSelected(graceLabel(0))
		if st, _ := store.LoadSettings(ctx); st.Grace != 0 || !st.Approval {
			t.Fatalf("stored %+v after choosing no grace", st)
		}
		m.settings.grace.SetSelected(graceLabel(schedule.DefaultGrace))
		m.nav.Select(sectionDrafts)
		if e.readyButton.Text != "Send for review" {
			t.Fatalf("button %q", e.readyButton.Text)
		}
	})

	var id int64
	t.Run("send for review, then approve with a typed name", func(t *testing.T) {
		newDraft(t, "Flu clinic", "Flu shots are here! Walk in Saturday 9 to 1.")
		id = e.d.ID
		if e.readyButton.Text != "Send for review" || e.readyButton.Disabled() {
			t.Fatalf("button %q disabled %v: %s", e.readyButton.Text, e.readyButton.Disabled(), e.blockers.Text)
		}
		test.Tap(e.readyButton)
		settle(t, e)
		if e.statusLabel.Text != "In review" || !e.approveButton.Visible() || !e.sendBackButton.Visible() || e.readyButton.Visible() {
			t.Fatalf("status %q; approve %v, send back %v, ready %v", e.statusLabel.Text, e.approveButton.Visible(), e.sendBackButton.Visible(), e.readyButton.Visible())
		}
		if e.scheduleButton.Visible() {
			t.Fatal("Schedule… offered on a draft in review")
		}

		test.Tap(e.approveButton)
		tapOverlayButton(t, m.Window, "Approve") // no name yet: the button is disabled
		if d, _ := svc.Draft(ctx, id); d.Status != drafts.StatusInReview {
			t.Fatalf("approved without a name: %s", d.Status)
		}
		e.approveName.SetText("Dr. Ana Ruiz")
		tapOverlayButton(t, m.Window, "Approve")
		settle(t, e)
		d, _ := svc.Draft(ctx, id)
		if !d.Approved() || d.ApprovedBy != "Dr. Ana Ruiz" {
			t.Fatalf("stored %+v", d)
		}
		if !strings.HasPrefix(e.statusLabel.Text, "Approved by Dr. Ana Ruiz on ") {
			t.Fatalf("status %q", e.statusLabel.Text)
		}
		log, _ := svc.ApprovalLog(ctx, id)
		if len(log) != 2 || log[1].Event != drafts.EventApproved || log[1].By != "Dr. Ana Ruiz" {
			t.Fatalf("log %+v", log)
		}
	})

	t.Run("the approved draft can be scheduled", func(t *testing.T) {
		if !e.scheduleButton.Visible() {
			t.Fatal("Schedule… is hidden on an approved draft")
		}
		test.Tap(e.scheduleButton)
		s := e.scheduleDlg
		if s == nil {
			t.Fatal("no schedule dialog")
		}
		test.Tap(s.submit)
		if s.errLabel.Visible() {
			t.Fatalf("error: %s", s.errLabel.Text)
		}
		pubs, err := store.List(ctx, schedule.Filter{DraftID: id})
		if err != nil || len(pubs) != 1 || pubs[0].State != schedule.StateQueued {
			t.Fatalf("stored %+v, %v", pubs, err)
		}
	})

	t.Run("an edit ends the approval", func(t *testing.T) {
		test.Type(e.body, " Bring your card.")
		settle(t, e)
		e.flush()
		settle(t, e)
		if e.statusLabel.Text != "Draft" || e.readyButton.Text != "Send for review" {
			t.Fatalf("status %q, button %q", e.statusLabel.Text, e.readyButton.Text)
		}
		if d, _ := svc.Draft(ctx, id); d.Status != drafts.StatusDraft || d.ApprovedBy != "" {
			t.Fatalf("stored %+v", d)
		}
	})

	t.Run("send back returns it to draft with the note", func(t *testing.T) {
		test.Tap(e.readyButton)
		settle(t, e)
		if e.statusLabel.Text != "In review" {
			t.Fatalf("status %q", e.statusLabel.Text)
		}
		test.Tap(e.sendBackButton)
		e.sendBackNote.SetText("Add the address.")
		tapOverlayButton(t, m.Window, "Send back")
		settle(t, e)
		if e.statusLabel.Text != "Draft" || !strings.Contains(e.blockers.Text, "Sent back: Add the address.") {
			t.Fatalf("status %q, blockers %q", e.statusLabel.Text, e.blockers.Text)
		}
	})

	t.Run("turning approval off brings Mark ready back", func(t *testing.T) {
		m.nav.Select(sectionSettings)
		test.Tap(m.settings.approval)
		m.nav.Select(sectionDrafts)
		m.drafts.open(id)
		if e.readyButton.Text != "Mark ready" {
			t.Fatalf("button %q", e.readyButton.Text)
		}
	})
}
