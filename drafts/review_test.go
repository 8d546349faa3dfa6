package drafts

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

func TestMarkReadyGates(t *testing.T) {
	ctx := context.Background()
	liveConsent := Consent{Reference: "AUTH-2026-014", SignedOn: "2026-10-01", ExpiresOn: "2027-10-01",
		Networks: []Network{Facebook, Instagram}, CoversText: true, CoversPhoto: true, FormLocation: "Binder 3"}
	tests := []struct {
		name    string
		draft   Draft
		consent *Consent
		image   bool
		alt     string
		person  bool
		want    string // "" = ready
	}{
		{name: "plain tip is ready", draft: Draft{Body: "Wash your hands for 20 seconds.", Networks: []Network{X, Bluesky}}},
		{name: "empty text", draft: Draft{Body: "  ", Networks: []Network{X}}, want: "Write the post's text"},
		{name: "no networks", draft: Draft{Body: "Hello"}, want: "Choose at least one network"},
		{name: "too long for X", draft: Draft{Body: strings.Repeat("health ", 50), Networks: []Network{X}}, want: "separate X version"},
		{name: "a short X version fixes it", draft: Draft{Body: strings.Repeat("health ", 50), Networks: []Network{X},
			Variants: map[Network]string{X: "Health matters."}}},
		{name: "patient detail blocks", draft: Draft{Body: "Call Mrs. Lopez at 555-0142 about her results.", Networks: []Network{Facebook}}, want: "possible patient detail"},
		{name: "picture without alt text", draft: Draft{Body: "Our lobby.", Networks: []Network{Facebook}}, image: true, want: "needs a description"},
		{name: "picture with alt text", draft: Draft{Body: "Our lobby.", Networks: []Network{Facebook}}, image: true, alt: "Lobby with plants"},
		{name: "photo of a person without consent", draft: Draft{Body: "Our lobby.", Networks: []Network{Facebook}}, image: true, alt: "A smiling visitor", person: true,
			want: "A picture shows a person: link the patient's signed consent"},
		{name: "patient story without consent", draft: Draft{Body: "A story of recovery.", Networks: []Network{Facebook}, PatientStory: true},
			want: "This is a patient story: link"},
		{name: "patient story with live consent", draft: Draft{Body: "A story of recovery.", Networks: []Network{Facebook}, PatientStory: true}, consent: &liveConsent},
		{name: "consent that does not cover the network", draft: Draft{Body: "A story of recovery.", Networks: []Network{Facebook, X}, PatientStory: true},
			consent: &liveConsent, want: "does not cover X"},
		{name: "expired consent", draft: Draft{Body: "A story of recovery.", Networks: []Network{Facebook}, PatientStory: true},
			consent: &Consent{Reference: "AUTH-OLD", SignedOn: "2024-01-01", ExpiresOn: "2025-01-01", Networks: []Network{Facebook}, CoversText: true},
			want:    "expired on 2025-01-01"},
		{name: "revoked consent", draft: Draft{Body: "A story of recovery.", Networks: []Network{Facebook}, PatientStory: true},
			consent: &Consent{Reference: "AUTH-REV", SignedOn: "2026-01-01", ExpiresOn: "2027-01-01", RevokedOn: "2026-11-01", Networks: []Network{Facebook}, CoversText: true},
			want:    "revoked on 2026-11-01"},
		{name: "text-only consent for a photo of the person", draft: Draft{Body: "Our lobby.", Networks: []Network{Facebook}}, image: true, alt: "A visitor", person: true,
			consent: &Consent{Reference: "AUTH-TXT", SignedOn: "2026-01-01", ExpiresOn: "2027-01-01", Networks: []Network{Facebook}, CoversText: true},
			want:    "does not cover photos"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := newTestServiceWithProfile(t)
			if tt.consent != nil {
				id, err := s.SaveConsent(ctx, *tt.consent)
				if err != nil {
					t.Fatal(err)
				}
				tt.draft.ConsentID = id
			}
			d, err := s.CreateDraft(ctx, tt.draft)
			if err != nil {
				t.Fatal(err)
			}
			if tt.image {
				img, err := s.AttachImageData(ctx, d.ID, "lobby.png", pngBytes(t, 20, 20))
				if err != nil {
					t.Fatal(err)
				}
				if err := s.UpdateImage(ctx, d.ID, img.MediaID, tt.alt, tt.person); err != nil {
					t.Fatal(err)
				}
			}
			err = s.MarkReady(ctx, d.ID)
			got, _ := s.Draft(ctx, d.ID)
			if tt.want == "" {
				if err != nil {
					t.Fatalf("MarkReady: %v", err)
				}
				if got.Status != StatusReady {
					t.Fatalf("status = %s", got.Status)
				}
				return
			}
			var notReady *NotReadyError
			if !errors.As(err, &notReady) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want a NotReadyError mentioning %q", err, tt.want)
			}
			if got.Status != StatusDraft {
				t.Fatalf("status = %s after a refused MarkReady", got.Status)
			}
		})
	}
}

func TestOverrideFinding(t *testing.T) {
	ctx := context.Background()
	s, _ := newTestServiceWithProfile(t)
	// No phone number here: one can never be kept (TestNeverKeptFindings).
	d, _ := s.CreateDraft(ctx, Draft{Body: "Call Mrs. Lopez about her results.", Networks: []Network{Facebook}})
	r, err := s.Review(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Findings) == 0 {
		t.Fatal("expected findings")
	}
	t.Run("a blank reason is refused", func(t *testing.T) {
		if err := s.OverrideFinding(ctx, d.ID, r.Findings[0].Finding, "   "); err == nil {
			t.Fatal("accepted a blank reason")
		}
	})
	t.Run("overriding every finding allows ready and keeps the reason", func(t *testing.T) {
		for _, f := range r.Findings {
			if err := s.OverrideFinding(ctx, d.ID, f.Finding, "Synthetic example for staff training"); err != nil {
				t.Fatal(err)
			}
		}
		r2, _ := s.Review(ctx, d)
		if r2.Open() != 0 || r2.Findings[0].OverrideReason != "Synthetic example for staff training" {
			t.Fatalf("review after override: %+v", r2.Findings)
		}
		if err := s.MarkReady(ctx, d.ID); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("flagging again blocks again", func(t *testing.T) {
		if err := s.RemoveOverride(ctx, d.ID, r.Findings[0].Finding); err != nil {
			t.Fatal(err)
		}
		r3, _ := s.Review(ctx, d)
		if r3.Open() != 1 {
			t.Fatalf("open = %d, want 1", r3.Open())
		}
	})
}

func TestNeverKeptFindings(t *testing.T) {
	ctx := context.Background()
	// Synthetic patient details: a birth date, a record number, a phone
	// number and an email address, none of them the clinic's.
	body := "Happy birthday to Mr. Tom Reyes, born June 4, 1936, MRN 4471203! Call him at 555-0142 or write to tom.reyes@mail.example."
	never := map[FindingKind]string{KindBirthDate: "June 4, 1936", KindIdentifier: "MRN 4471203", KindPhone: "555-0142", KindEmail: "tom.reyes@mail.example"}

	s, _ := newTestServiceWithProfile(t)
	d, err := s.CreateDraft(ctx, Draft{Body: body, Networks: []Network{Facebook}})
	must(t, err)
	r, err := s.Review(ctx, d)
	must(t, err)
	seen := map[FindingKind]bool{}
	for _, f := range r.Findings {
		if text, ok := never[f.Kind]; ok {
			seen[f.Kind] = true
			if f.Text != text || f.Keepable() || !strings.HasSuffix(f.Reason, NeverKept) {
				t.Fatalf("%s %q: keepable %v, reason %q", f.Kind, f.Text, f.Keepable(), f.Reason)
			}
		} else if !f.Keepable() {
			t.Fatalf("%s %q cannot be kept", f.Kind, f.Text)
		}
	}
	if len(seen) != len(never) {
		t.Fatalf("findings %+v, want all of %v", r.Findings, never)
	}

	t.Run("keeping one is refused in words", func(t *testing.T) {
		for _, f := range r.Findings {
			err := s.OverrideFinding(ctx, d.ID, f.Finding, "The person agreed in writing to be named")
			if f.Keepable() {
				must(t, err)
				continue
			}
			if !errors.Is(err, ErrNeverKept) || !strings.Contains(err.Error(), f.Text) {
				t.Fatalf("keeping %s %q: err = %v", f.Kind, f.Text, err)
			}
		}
		var stored int
		must(t, s.db.QueryRowContext(ctx, `SELECT count(*) FROM privacy_overrides WHERE draft_id = ? AND kind IN ('birth_date', 'identifier', 'phone', 'email')`, d.ID).Scan(&stored))
		if stored != 0 {
			t.Fatalf("%d overrides of never-kept findings were stored", stored)
		}
	})
	t.Run("they still block, with a sentence of their own", func(t *testing.T) {
		err := s.MarkReady(ctx, d.ID)
		if err == nil || !strings.Contains(err.Error(), "4 detail(s) can never be posted") || strings.Contains(err.Error(), "override each") {
			t.Fatalf("MarkReady: %v", err)
		}
	})
	t.Run("an override stored by an older version is ignored", func(t *testing.T) {
		for kind, text := range never {
			if _, err := s.db.ExecContext(ctx, `INSERT INTO privacy_overrides (draft_id, kind, text, reason, created_at) VALUES (?, ?, ?, ?, ?)`,
				d.ID, string(kind), text, "Kept before this was refused", "2026-01-01T00:00:00Z"); err != nil {
				t.Fatal(err)
			}
		}
		r, err := s.Review(ctx, d)
		must(t, err)
		if r.Open() != len(never) {
			t.Fatalf("open = %d, want %d: %+v", r.Open(), len(never), r.Findings)
		}
		for _, f := range r.Findings {
			if f.Overridden && !f.Keepable() {
				t.Fatalf("%s %q counts as kept", f.Kind, f.Text)
			}
		}
		if err := s.MarkReady(ctx, d.ID); err == nil {
			t.Fatal("marked ready with a birth date, a record number, a phone number and an email")
		}
	})
	t.Run("removing them lets the draft be ready", func(t *testing.T) {
		d.Body = "Happy birthday to Mr. Tom Reyes!"
		must(t, s.SaveDraft(ctx, d))
		keepAll(t, s, d)
		must(t, s.MarkReady(ctx, d.ID))
	})
}

func TestClinicOwnDetailsAreNeverFlagged(t *testing.T) {
	ctx := context.Background()
	s, _ := newTestServiceWithProfile(t)
	d := Draft{Body: "Questions? Call Maple Grove Family Clinic at (555) 010-0100, visit maplegrove.example or stop by 100 Orchard Lane, Springfield. Dr. Ana Ruiz is seeing new patients.",
		Networks: []Network{Facebook}}
	r, err := s.Review(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Findings) != 0 {
		t.Fatalf("flagged the clinic's own details: %+v", r.Findings)
	}
}

func TestConsents(t *testing.T) {
	ctx := context.Background()
	valid := Consent{Reference: "AUTH-2026-001", SignedOn: "2026-03-01", ExpiresOn: "2027-03-01", Networks: []Network{Facebook}, CoversText: true}
	invalid := []struct {
		name   string
		change func(*Consent)
		want   string
	}{
		{"no reference", func(c *Consent) { c.Reference = "" }, "reference number"},
		{"bad signed date", func(c *Consent) { c.SignedOn = "03/01/2026" }, "signed as YYYY-MM-DD"},
		{"no expiry", func(c *Consent) { c.ExpiresOn = "" }, "must say when it ends"},
		{"expiry before signing", func(c *Consent) { c.ExpiresOn = "2025-01-01" }, "before the signing date"},
		{"no networks", func(c *Consent) { c.Networks = nil }, "at least one network"},
		{"covers nothing", func(c *Consent) { c.CoversText = false }, "what it covers"},
	}
	for _, tt := range invalid {
		t.Run("rejects "+tt.name, func(t *testing.T) {
			c := valid
			tt.change(&c)
			if err := c.Validate(); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want %q", err, tt.want)
			}
		})
	}
	t.Run("duplicate reference is refused in words", func(t *testing.T) {
		s, _ := newTestServiceWithProfile(t)
		if _, err := s.SaveConsent(ctx, valid); err != nil {
			t.Fatal(err)
		}
		if _, err := s.SaveConsent(ctx, valid); err == nil || !strings.Contains(err.Error(), "already in the registry") {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("revoking lists the drafts that used it and un-readies them", func(t *testing.T) {
		s, _ := newTestServiceWithProfile(t)
		id, err := s.SaveConsent(ctx, valid)
		if err != nil {
			t.Fatal(err)
		}
		d, _ := s.CreateDraft(ctx, Draft{Title: "Story", Body: "A story of recovery.", Networks: []Network{Facebook}, PatientStory: true, ConsentID: id})
		if err := s.MarkReady(ctx, d.ID); err != nil {
			t.Fatal(err)
		}
		used, err := s.RevokeConsent(ctx, id, "2026-11-20")
		if err != nil {
			t.Fatal(err)
		}
		if len(used) != 1 || used[0].ID != d.ID || used[0].Status != StatusDraft {
			t.Fatalf("drafts using it: %+v", used)
		}
		c, _ := s.Consent(ctx, id)
		if c.State(s.Today(ctx)) != "Revoked" {
			t.Fatalf("state = %s", c.State(s.Today(ctx)))
		}
		if err := s.DeleteConsent(ctx, id); err == nil || !strings.Contains(err.Error(), "revoke it instead") {
			t.Fatalf("deleting a used consent: %v", err)
		}
	})
	t.Run("today follows the clinic's time zone", func(t *testing.T) {
		s, clock := newTestServiceWithProfile(t)
		clock.t = clock.t.Truncate(24 * time.Hour).Add(3 * time.Hour) // 03:00 UTC is the evening before in New York
		if got := s.Today(ctx); got != clock.t.Add(-24*time.Hour).Format(DateLayout) {
			t.Fatalf("Today = %s at %s UTC", got, clock.t)
		}
	})
}

// keepAll overrides every finding of d with a reason of real words.
func keepAll(t *testing.T, s *Service, d Draft) {
	t.Helper()
	r, err := s.Review(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range r.Findings {
		if err := s.OverrideFinding(context.Background(), d.ID, f.Finding, "The person agreed in writing to be named"); err != nil {
			t.Fatalf("keeping %s %q: %v", f.Kind, f.Text, err)
		}
	}
}

func TestKeptNameWithHealthDetailIsAPatientStory(t *testing.T) {
	ctx := context.Background()
	// Synthetic person; the box "patient story" is not ticked.
	story := Draft{Body: "Thanks to John Carter for sharing how we treated his diabetes.", Networks: []Network{Facebook, X}}
	const why = "This names a person next to a health detail, so it is a patient story"

	newKept := func(t *testing.T, d Draft) (*Service, Draft) {
		s, _ := newTestServiceWithProfile(t)
		d, err := s.CreateDraft(ctx, d)
		if err != nil {
			t.Fatal(err)
		}
		r, _ := s.Review(ctx, d)
		kinds := map[FindingKind]bool{}
		for _, f := range r.Findings {
			kinds[f.Kind] = true
		}
		if !kinds[KindName] || !kinds[KindCondition] {
			t.Fatalf("the example should hold a name and a health detail: %+v", r.Findings)
		}
		keepAll(t, s, d)
		return s, d
	}
	refused := func(t *testing.T, err error, want ...string) {
		t.Helper()
		var nr *NotReadyError
		if !errors.As(err, &nr) {
			t.Fatalf("err = %v, want a NotReadyError", err)
		}
		for _, w := range want {
			if !strings.Contains(err.Error(), w) {
				t.Fatalf("err = %v, want it to say %q", err, w)
			}
		}
	}

	t.Run("without a consent it cannot be marked ready", func(t *testing.T) {
		s, d := newKept(t, story)
		err := s.MarkReady(ctx, d.ID)
		refused(t, err, why+": link the patient's signed consent that covers their story on Facebook Page and X")
		wantStatus(t, s, d.ID, StatusDraft)
	})
	t.Run("nor sent for review", func(t *testing.T) {
		s, d := newKept(t, story)
		refused(t, s.SendForReview(ctx, d.ID), why)
		wantStatus(t, s, d.ID, StatusDraft)
	})
	t.Run("a consent must cover every network", func(t *testing.T) {
		s, d := newKept(t, story)
		id, err := s.SaveConsent(ctx, Consent{Reference: "AUTH-2026-031", SignedOn: "2026-10-01", ExpiresOn: "2027-10-01",
			Networks: []Network{Facebook}, CoversText: true, FormLocation: "Binder 3"})
		must(t, err)
		d.ConsentID = id
		must(t, s.SaveDraft(ctx, d))
		refused(t, s.MarkReady(ctx, d.ID), why+": Consent AUTH-2026-031 does not cover X.")
	})
	t.Run("a photo-only consent does not cover the story", func(t *testing.T) {
		s, d := newKept(t, story)
		id, err := s.SaveConsent(ctx, Consent{Reference: "AUTH-2026-032", SignedOn: "2026-10-01", ExpiresOn: "2027-10-01",
			Networks: []Network{Facebook, X}, CoversPhoto: true, FormLocation: "Binder 3"})
		must(t, err)
		d.ConsentID = id
		must(t, s.SaveDraft(ctx, d))
		refused(t, s.MarkReady(ctx, d.ID), "does not cover sharing the patient's story")
	})
	t.Run("a revoked consent blocks approval too", func(t *testing.T) {
		s, d := newKept(t, story)
		id, err := s.SaveConsent(ctx, Consent{Reference: "AUTH-2026-033", SignedOn: "2026-10-01", ExpiresOn: "2027-10-01",
			Networks: []Network{Facebook, X}, CoversText: true, FormLocation: "Binder 3"})
		must(t, err)
		d.ConsentID = id
		must(t, s.SaveDraft(ctx, d))
		must(t, s.SendForReview(ctx, d.ID))
		c, _ := s.Consent(ctx, id)
		c.RevokedOn = "2026-11-01"
		_, err = s.SaveConsent(ctx, c)
		must(t, err)
		refused(t, s.Approve(ctx, d.ID, "Dr. Ana Ruiz"), why, "revoked on 2026-11-01")
	})
	t.Run("a live consent that covers it all lets it be ready", func(t *testing.T) {
		s, d := newKept(t, story)
		id, err := s.SaveConsent(ctx, Consent{Reference: "AUTH-2026-034", SignedOn: "2026-10-01", ExpiresOn: "2027-10-01",
			Networks: []Network{Facebook, X}, CoversText: true, FormLocation: "Binder 3"})
		must(t, err)
		d.ConsentID = id
		must(t, s.SaveDraft(ctx, d))
		must(t, s.MarkReady(ctx, d.ID))
	})
	t.Run("a handle kept with a health detail is a patient story too", func(t *testing.T) {
		s, _ := newTestServiceWithProfile(t)
		d, err := s.CreateDraft(ctx, Draft{Body: "So proud of @ana.lucia_22 for finishing cardiac rehab with us!", Networks: []Network{Facebook, X}})
		must(t, err)
		r, _ := s.Review(ctx, d)
		kinds := map[FindingKind]bool{}
		for _, f := range r.Findings {
			kinds[f.Kind] = true
		}
		if !kinds[KindHandle] || !kinds[KindCondition] {
			t.Fatalf("the example should hold a handle and a health detail: %+v", r.Findings)
		}
		keepAll(t, s, d)
		refused(t, s.MarkReady(ctx, d.ID), why)
	})
	t.Run("a name kept without a health detail needs no consent", func(t *testing.T) {
		s, _ := newTestServiceWithProfile(t)
		d, err := s.CreateDraft(ctx, story)
		must(t, err)
		r, _ := s.Review(ctx, d)
		for _, f := range r.Findings {
			if f.Kind == KindName {
				must(t, s.OverrideFinding(ctx, d.ID, f.Finding, "The person agreed in writing to be named"))
			}
		}
		r, _ = s.Review(ctx, d)
		for _, b := range r.Blockers {
			if strings.Contains(b, "consent") {
				t.Fatalf("asked for a consent with the health detail still open: %q", b)
			}
		}
	})
}
