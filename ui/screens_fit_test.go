package ui

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/drafts"
)

// TestEveryScreenFitsALaptop lays out each room of the app, with
// realistic content, at 1024×640 and at 1366×768 with 125 % scaling.
func TestEveryScreenFitsALaptop(t *testing.T) {
	svc, acc := newFlowService(t, true)
	ctx := context.Background()
	for _, a := range []accounts.Account{
		{Network: drafts.Mastodon, Handle: "@maplegrove@social.example", DisplayName: "Maple Grove Family Clinic", ServerURL: "https://social.example"},
		{Network: drafts.GBP, Handle: "Maple Grove Family Clinic — Orchard Lane location", RemoteID: "accounts/1/locations/2"},
		{Network: drafts.LinkedIn, Handle: "Maple Grove Family Clinic and Community Health Partners", RemoteID: "urn:li:organization:123"},
	} {
		if _, err := acc.Accounts.Add(ctx, a, accounts.Credentials{AccessToken: "SYNTHETIC", ExpiresAt: time.Now().Add(5 * 24 * time.Hour)}); err != nil {
			t.Fatal(err)
		}
	}
	today := svc.Today(ctx)
	for i := 0; i < 6; i++ {
		if _, err := svc.SaveConsent(ctx, drafts.Consent{Reference: fmt.Sprintf("AUTH-2026-%03d-LONG-REFERENCE-FROM-THE-RECORDS-SYSTEM", i), SignedOn: today,
			ExpiresOn: time.Now().AddDate(1, 0, 0).Format(drafts.DateLayout), Networks: drafts.AllNetworks, CoversText: true, CoversPhoto: true,
			FormLocation: "Front office, consent binder 3, second shelf behind the reception desk"}); err != nil {
			t.Fatal(err)
		}
	}
	m := newFlowWindow(t, svc, acc)
	for _, sec := range []struct {
		name string
		id   int
	}{{"Templates", sectionTemplates}, {"Consents", sectionConsents}, {"Accounts", sectionAccounts}, {"Clinic profile", sectionProfile}, {"Settings", sectionSettings}} {
		t.Run(sec.name, func(t *testing.T) {
			m.nav.Select(sec.id)
			if sec.id == sectionConsents {
				m.consents.list.Select(0)
			}
			if sec.id == sectionTemplates {
				m.templates.list.Select(0)
			}
			assertFits(t, m.Window)
		})
	}
}
