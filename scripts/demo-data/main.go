// Command demo-data fills a data folder with a synthetic clinic, drafts and
// consents, for screenshots and for trying CarePost by hand. Every name,
// number and address in it is made up.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/store"
)

func main() {
	dir := flag.String("data-dir", "", "data folder to fill (must not hold a CarePost database yet)")
	flag.Parse()
	if *dir == "" {
		fmt.Fprintln(os.Stderr, "usage: go run ./scripts/demo-data --data-dir DIR")
		os.Exit(2)
	}
	if err := seed(context.Background(), *dir); err != nil {
		fmt.Fprintln(os.Stderr, "demo-data:", err)
		os.Exit(1)
	}
}

func seed(ctx context.Context, dir string) error {
	db, err := store.Open(ctx, dir)
	if err != nil {
		return err
	}
	defer db.Close()
	svc := drafts.NewService(db, time.Now)
	if _, err := svc.Profile(ctx); err == nil {
		return fmt.Errorf("%s already has a clinic profile; use an empty folder", dir)
	}
	err = svc.SaveProfile(ctx, drafts.Profile{
		Name: "Maple Grove Family Clinic", Phone: "(555) 010-0100", Website: "maplegrove.example",
		Address: "100 Orchard Lane, Springfield", TimeZone: "America/New_York",
		EmergencyWording: "If this is an emergency, call 911. For the Suicide & Crisis Lifeline, call or text 988.",
		StaffNames:       []string{"Dr. Ana Ruiz", "Dr. Sam Okafor", "Nurse Priya Shah"},
	})
	if err != nil {
		return err
	}
	// A week ago, so the consent is live whatever the clinic's zone makes of today.
	today := time.Now().AddDate(0, 0, -7).Format(drafts.DateLayout)
	nextYear := time.Now().AddDate(1, 0, 0).Format(drafts.DateLayout)
	consentID, err := svc.SaveConsent(ctx, drafts.Consent{
		Reference: "AUTH-2026-014", SignedOn: today, ExpiresOn: nextYear,
		Networks: []drafts.Network{drafts.Facebook, drafts.Instagram}, CoversText: true, CoversPhoto: true,
		FormLocation: "Front office, consent binder 3",
	})
	if err != nil {
		return err
	}
	if _, err := svc.SaveConsent(ctx, drafts.Consent{
		Reference: "AUTH-2025-031", SignedOn: "2025-01-10", ExpiresOn: "2026-01-10", RevokedOn: "2025-06-02",
		Networks: []drafts.Network{drafts.Facebook}, CoversText: true, FormLocation: "Scanned to the shared drive, Consents/2025",
	}); err != nil {
		return err
	}

	flu, err := svc.CreateDraft(ctx, drafts.Draft{
		Title:    "Flu clinic Saturday",
		Body:     "Flu shots are here! Walk in this Saturday, 9 am to 1 pm, no appointment needed. Questions? Call (555) 010-0100. #FluSeason",
		Networks: []drafts.Network{drafts.Facebook, drafts.Instagram, drafts.Bluesky, drafts.Mastodon},
	})
	if err != nil {
		return err
	}
	if err := svc.MarkReady(ctx, flu.ID); err != nil {
		return err
	}
	if _, err := svc.CreateDraft(ctx, drafts.Draft{
		Title:    "Thanksgiving hours",
		Body:     "We're closed Thursday for Thanksgiving and open Friday 8 am to noon. Happy Thanksgiving from all of us at Maple Grove Family Clinic!",
		Networks: []drafts.Network{drafts.Facebook, drafts.GBP, drafts.X},
	}); err != nil {
		return err
	}
	if _, err := svc.CreateDraft(ctx, drafts.Draft{
		Title: "Patient story: back on the trail",
		Body: "Shared with Rosa's written permission: after months of knee pain, Rosa is hiking again. " +
			"Mrs. Alvarez told us her diabetes is finally under control too, and her next visit is on 3/14. " +
			"Thank you for trusting Dr. Ana Ruiz and our team!",
		Networks:     []drafts.Network{drafts.Facebook, drafts.Instagram, drafts.X},
		PatientStory: true,
		ConsentID:    consentID,
	}); err != nil {
		return err
	}
	fmt.Printf("demo data written to %s\n", dir)
	return nil
}
