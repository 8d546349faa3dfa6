package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/schedule"
)

// TestRevokingAConsentHoldsItsScheduledPosts: revoking from the Consents
// screen stops the consent's scheduled posts through the engine and says
// so, not only the drafts.
func TestRevokingAConsentHoldsItsScheduledPosts(t *testing.T) {
	svc, acc := newFlowService(t, true)
	ctx := context.Background()
	a, err := acc.Accounts.Add(ctx, accounts.Account{Network: drafts.Mastodon, Handle: "@maplegrove", ServerURL: "http://127.0.0.1:9"},
		accounts.Credentials{AccessToken: "mastodon-SYNTHETIC"})
	if err != nil {
		t.Fatal(err)
	}
	today := svc.Today(ctx) // in the clinic's zone
	cid, err := svc.SaveConsent(ctx, drafts.Consent{Reference: "MC-77", SignedOn: time.Now().AddDate(0, 0, -7).Format(drafts.DateLayout), ExpiresOn: time.Now().AddDate(1, 0, 0).Format(drafts.DateLayout),
		Networks: []drafts.Network{drafts.Mastodon}, CoversText: true, FormLocation: "Binder A"})
	if err != nil {
		t.Fatal(err)
	}
	d, err := svc.CreateDraft(ctx, drafts.Draft{Title: "A neighbour's story", Body: "A neighbour told us the walking group changed her week.",
		Networks: []drafts.Network{drafts.Mastodon}, PatientStory: true, ConsentID: cid})
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.MarkReady(ctx, d.ID); err != nil {
		t.Fatal(err)
	}
	m := newFlowWindow(t, svc, acc)
	sched := wiredFor(svc).Schedule
	p, err := sched.Schedule(ctx, d.ID, a.ID, time.Now().Add(72*time.Hour), "America/New_York")
	if err != nil {
		t.Fatal(err)
	}

	m.nav.Select(sectionConsents)
	s := m.consents
	s.list.Select(0)
	s.revoke(today)
	if s.withdrawn == nil {
		t.Fatal("revoking did not stop the consent's scheduled posts")
	}
	waitClosed(t, "the posts to be withdrawn", s.withdrawn)
	if got := s.form.postsNote.Text; !strings.Contains(got, "1 scheduled post(s) held") {
		t.Fatalf("the screen says %q", got)
	}
	got, err := sched.Get(ctx, p.ID)
	if err != nil || got.State != schedule.StateHeld || got.LastError != schedule.ConsentRevokedReason {
		t.Fatalf("publication %s %q %v", got.State, got.LastError, err)
	}
}

func TestWithdrawalWords(t *testing.T) {
	handed := schedule.Publication{State: schedule.StatePublishing, Native: true, Zone: "UTC", DueAt: time.Date(2026, 12, 9, 9, 0, 0, 0, time.UTC)}
	tests := []struct {
		name string
		ws   []schedule.Withdrawal
		want []string
	}{
		{"nothing scheduled", nil, []string{"No scheduled posts used this consent."}},
		{"held and cancelled", []schedule.Withdrawal{
			{Publication: schedule.Publication{State: schedule.StateHeld}, Done: true},
			{Publication: schedule.Publication{State: schedule.StateCancelled}, Done: true, Network: "Mastodon"},
		}, []string{"1 scheduled post(s) held", "1 post(s) waiting on a network's own scheduler were cancelled there."}},
		{"one left for staff", []schedule.Withdrawal{{Publication: handed, Network: "Facebook", Steps: "Open the Page and delete it."}},
			[]string{"Cancel these by hand now:", "• Facebook, due Wed 9 Dec 09:00: Open the Page and delete it."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := withdrawalWords(tt.ws, nil)
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("%q does not say %q", got, w)
				}
			}
		})
	}
}
