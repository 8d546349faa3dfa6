package drafts

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/carepost/carepost/store"
)

func TestApprovalFlow(t *testing.T) {
	ctx := context.Background()
	story := Draft{Body: "A story of recovery.", Networks: []Network{Facebook}, PatientStory: true}
	tests := []struct {
		name string
		// run drives one draft through approval steps and checks the outcome.
		draft Draft
		run   func(t *testing.T, s *Service, c *testClock, d Draft)
	}{
		{name: "an open privacy finding blocks sending for review", draft: Draft{Body: "Call Mrs. Lopez about her results.", Networks: []Network{Facebook}},
			run: func(t *testing.T, s *Service, _ *testClock, d Draft) {
				var nr *NotReadyError
				if err := s.SendForReview(ctx, d.ID); !errors.As(err, &nr) || !strings.Contains(err.Error(), "possible patient detail") {
					t.Fatalf("err = %v, want a NotReadyError about the finding", err)
				}
				wantStatus(t, s, d.ID, StatusDraft)
				r, _ := s.Review(ctx, d)
				for _, f := range r.Findings {
					if err := s.OverrideFinding(ctx, d.ID, f.Finding, "Synthetic example for staff training"); err != nil {
						t.Fatal(err)
					}
				}
				if err := s.SendForReview(ctx, d.ID); err != nil {
					t.Fatalf("after overriding: %v", err)
				}
				wantStatus(t, s, d.ID, StatusInReview)
			}},
		{name: "approve needs a name and a draft in review", draft: Draft{Body: "Wash your hands.", Networks: []Network{X}},
			run: func(t *testing.T, s *Service, c *testClock, d Draft) {
				if err := s.Approve(ctx, d.ID, "Dr. Ana Ruiz"); !errors.Is(err, ErrNotInReview) {
					t.Fatalf("approving a plain draft: %v", err)
				}
				must(t, s.SendForReview(ctx, d.ID))
				for _, blank := range []string{"", "   \t"} {
					if err := s.Approve(ctx, d.ID, blank); !errors.Is(err, ErrApproverRequired) {
						t.Fatalf("Approve(%q) = %v", blank, err)
					}
				}
				wantStatus(t, s, d.ID, StatusInReview)
				c.t = c.t.Add(time.Hour)
				must(t, s.Approve(ctx, d.ID, "  Dr.  Ana Ruiz "))
				got, _ := s.Draft(ctx, d.ID)
				if got.Status != StatusReady || !got.Approved() || got.ApprovedBy != "Dr. Ana Ruiz" || !got.ApprovedAt.Equal(c.t) || got.ApprovedAt.Location() != time.UTC {
					t.Fatalf("after approval: %+v", got)
				}
				if got.StatusLabel() != "Approved" || got.ApprovalLine(nil) != "Approved by Dr. Ana Ruiz on Wed 25 Nov 2026, 16:00" {
					t.Fatalf("label %q, line %q", got.StatusLabel(), got.ApprovalLine(nil))
				}
				if err := s.SendForReview(ctx, d.ID); !errors.Is(err, ErrAlreadyApproved) {
					t.Fatalf("sending an approved draft for review: %v", err)
				}
			}},
		{name: "approval re-checks a consent that expired while in review", draft: story,
			run: func(t *testing.T, s *Service, c *testClock, d Draft) {
				must(t, s.SendForReview(ctx, d.ID))
				c.t = time.Date(2027, 1, 2, 15, 0, 0, 0, time.UTC) // the consent ran out on 2027-01-01
				var nr *NotReadyError
				if err := s.Approve(ctx, d.ID, "Dr. Ana Ruiz"); !errors.As(err, &nr) || !strings.Contains(err.Error(), "expired") {
					t.Fatalf("err = %v, want a NotReadyError about the expired consent", err)
				}
				wantStatus(t, s, d.ID, StatusInReview)
			}},
		{name: "a revoked consent un-approves", draft: story,
			run: func(t *testing.T, s *Service, _ *testClock, d Draft) {
				must(t, s.SendForReview(ctx, d.ID))
				must(t, s.Approve(ctx, d.ID, "Dr. Ana Ruiz"))
				if _, err := s.RevokeConsent(ctx, d.ConsentID, "2026-11-25"); err != nil {
					t.Fatal(err)
				}
				got := wantStatus(t, s, d.ID, StatusDraft)
				if got.ApprovedBy != "" || !got.ApprovedAt.IsZero() {
					t.Fatalf("approval kept after revocation: %+v", got)
				}
			}},
		{name: "a content change returns an in-review or approved draft to draft; a title change does not", draft: Draft{Body: "Flu shots Saturday.", Networks: []Network{Facebook}},
			run: func(t *testing.T, s *Service, _ *testClock, d Draft) {
				must(t, s.SendForReview(ctx, d.ID))
				d.Title = "Flu"
				must(t, s.SaveDraft(ctx, d))
				wantStatus(t, s, d.ID, StatusInReview)
				d.Body = "Flu shots Saturday, 9 to 1."
				must(t, s.SaveDraft(ctx, d))
				wantStatus(t, s, d.ID, StatusDraft)

				must(t, s.SendForReview(ctx, d.ID))
				must(t, s.Approve(ctx, d.ID, "Nurse Priya Shah"))
				d.Networks = []Network{Facebook, Bluesky}
				must(t, s.SaveDraft(ctx, d))
				if got := wantStatus(t, s, d.ID, StatusDraft); got.ApprovedBy != "" {
					t.Fatalf("approval kept after an edit: %+v", got)
				}
			}},
		{name: "a picture change ends the review", draft: Draft{Body: "Our lobby.", Networks: []Network{Facebook}},
			run: func(t *testing.T, s *Service, _ *testClock, d Draft) {
				must(t, s.SendForReview(ctx, d.ID))
				if _, err := s.AttachImageData(ctx, d.ID, "lobby.png", pngBytes(t, 20, 20)); err != nil {
					t.Fatal(err)
				}
				wantStatus(t, s, d.ID, StatusDraft)
			}},
		{name: "send back keeps the note; the log records every step", draft: Draft{Body: "Open late Thursday.", Networks: []Network{Mastodon}},
			run: func(t *testing.T, s *Service, c *testClock, d Draft) {
				if err := s.SendBack(ctx, d.ID, "x"); !errors.Is(err, ErrNotInReview) {
					t.Fatalf("sending back a plain draft: %v", err)
				}
				must(t, s.SendForReview(ctx, d.ID))
				c.t = c.t.Add(time.Minute)
				must(t, s.SendBack(ctx, d.ID, " Say until 8 pm. "))
				got := wantStatus(t, s, d.ID, StatusDraft)
				if got.ReviewNote != "Say until 8 pm." {
					t.Fatalf("note %q", got.ReviewNote)
				}
				c.t = c.t.Add(time.Minute)
				must(t, s.SendForReview(ctx, d.ID))
				if got, _ := s.Draft(ctx, d.ID); got.ReviewNote != "" {
					t.Fatalf("note kept after resending: %q", got.ReviewNote)
				}
				c.t = c.t.Add(time.Minute)
				must(t, s.Approve(ctx, d.ID, "Dr. Ana Ruiz"))
				log, err := s.ApprovalLog(ctx, d.ID)
				if err != nil {
					t.Fatal(err)
				}
				var got2 []string
				for _, r := range log {
					got2 = append(got2, fmt.Sprintf("%s %s|%s|%s", r.At.Format("15:04"), r.Event, r.By, r.Note))
				}
				want := []string{"15:00 sent_for_review||", "15:01 sent_back||Say until 8 pm.", "15:02 sent_for_review||", "15:03 approved|Dr. Ana Ruiz|"}
				if strings.Join(got2, "\n") != strings.Join(want, "\n") {
					t.Fatalf("log:\n%s\nwant:\n%s", strings.Join(got2, "\n"), strings.Join(want, "\n"))
				}
				if _, err := s.db.ExecContext(ctx, `UPDATE approvals SET by_name = 'someone else'`); err == nil {
					t.Fatal("the approval record could be changed")
				}
			}},
		{name: "a draft marked ready before approval was turned on can be sent for review", draft: Draft{Body: "Closed Friday.", Networks: []Network{Facebook}},
			run: func(t *testing.T, s *Service, _ *testClock, d Draft) {
				must(t, s.MarkReady(ctx, d.ID))
				must(t, s.SendForReview(ctx, d.ID))
				wantStatus(t, s, d.ID, StatusInReview)
				must(t, s.Approve(ctx, d.ID, "Dr. Ana Ruiz"))
				if got := wantStatus(t, s, d.ID, StatusReady); !got.Approved() {
					t.Fatalf("not approved: %+v", got)
				}
			}},
		{name: "in review and approved show in the list and filter", draft: Draft{Body: "Closed Monday.", Networks: []Network{Facebook}},
			run: func(t *testing.T, s *Service, _ *testClock, d Draft) {
				must(t, s.SendForReview(ctx, d.ID))
				list, _ := s.Drafts(ctx, DraftFilter{Status: StatusInReview})
				if len(list) != 1 || list[0].Status != StatusInReview {
					t.Fatalf("in-review filter: %+v", list)
				}
				must(t, s.MarkDraft(ctx, d.ID))
				wantStatus(t, s, d.ID, StatusDraft)
				if list, _ := s.Drafts(ctx, DraftFilter{Status: StatusInReview}); len(list) != 0 {
					t.Fatalf("in-review filter after Back to draft: %+v", list)
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, c := newTestServiceWithProfile(t)
			if tt.draft.PatientStory {
				id, err := s.SaveConsent(ctx, Consent{Reference: "AUTH-2026-020", SignedOn: "2026-01-01", ExpiresOn: "2027-01-01",
					Networks: []Network{Facebook}, CoversText: true})
				if err != nil {
					t.Fatal(err)
				}
				tt.draft.ConsentID = id
			}
			d, err := s.CreateDraft(ctx, tt.draft)
			if err != nil {
				t.Fatal(err)
			}
			tt.run(t, s, c, d)
		})
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func wantStatus(t *testing.T, s *Service, id int64, want Status) Draft {
	t.Helper()
	got, err := s.Draft(ctx0, id)
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != want {
		t.Fatalf("status = %s, want %s", got.Status, want)
	}
	return got
}

var ctx0 = context.Background()

// TestApprovalMigrationKeepsDrafts builds a database at schema 4 with
// drafts and every kind of child row, then opens it with this build: the
// drafts, their ids and their children must all survive migration 0005.
func TestApprovalMigrationKeepsDrafts(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	files, err := filepath.Glob(filepath.Join("..", "store", "migrations", "*.sql"))
	if err != nil || len(files) < 5 {
		t.Fatalf("migrations %v, %v", files, err)
	}
	sort.Strings(files)
	raw, err := sql.Open("sqlite3", "file:"+filepath.Join(dir, store.FileName)+"?_foreign_keys=on")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files[:4] {
		body, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := raw.ExecContext(ctx, string(body)); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
	}
	const now = "2026-11-20T10:00:00Z"
	for _, q := range []string{
		fmt.Sprintf("PRAGMA user_version = 4; PRAGMA application_id = %d", store.ApplicationID),
		`INSERT INTO consents (id, reference, signed_on, created_at, updated_at) VALUES (3, 'AUTH-1', '2026-01-01', '` + now + `', '` + now + `')`,
		`INSERT INTO drafts (id, title, body, status, networks, consent_id, patient_story, created_at, updated_at) VALUES
			(7, 'Flu', 'Flu shots Saturday.', 'ready', 'facebook', 3, 1, '` + now + `', '` + now + `'),
			(9, '', 'Closed Monday.', 'draft', 'x', NULL, 0, '` + now + `', '` + now + `')`,
		`INSERT INTO draft_variants (draft_id, network, body) VALUES (7, 'facebook', 'Flu shots Saturday 9-1.'), (9, 'x', 'Closed Mon.')`,
		`INSERT INTO media (id, sha256, file_name, mime_type, size_bytes, created_at) VALUES (5, 'abc', 'abc.png', 'image/png', 10, '` + now + `')`,
		`INSERT INTO draft_media (draft_id, media_id, position, alt_text) VALUES (7, 5, 1, 'Nurse with a syringe')`,
		`INSERT INTO privacy_overrides (draft_id, kind, text, reason, created_at) VALUES (9, 'name', 'Monday', 'a day', '` + now + `')`,
		`INSERT INTO accounts (id, network, handle, keychain_key, created_at, updated_at) VALUES (2, 'facebook', 'Maple', 'k1', '` + now + `', '` + now + `')`,
		`INSERT INTO publications (id, draft_id, account_id, due_at, idempotency_key, created_at, updated_at) VALUES (11, 7, 2, '` + now + `', 'idem-1', '` + now + `', '` + now + `')`,
	} {
		if _, err := raw.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	raw.Close()

	db, err := store.Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if v, _ := db.Version(ctx); v != store.MigrationCount() || v < 5 {
		t.Fatalf("version %d", v)
	}
	s := NewService(db, func() time.Time { return time.Date(2026, 11, 25, 15, 0, 0, 0, time.UTC) })
	flu, err := s.Draft(ctx, 7)
	if err != nil {
		t.Fatal(err)
	}
	if flu.Status != StatusReady || flu.Approved() || flu.Body != "Flu shots Saturday." || flu.ConsentID != 3 ||
		flu.Variants[Facebook] != "Flu shots Saturday 9-1." || len(flu.Images) != 1 || flu.Images[0].AltText != "Nurse with a syringe" {
		t.Fatalf("draft 7 after migration: %+v", flu)
	}
	closed, err := s.Draft(ctx, 9)
	if err != nil || closed.Status != StatusDraft || closed.Variants[X] != "Closed Mon." {
		t.Fatalf("draft 9 after migration: %+v, %v", closed, err)
	}
	var n int
	db.QueryRowContext(ctx, `SELECT count(*) FROM privacy_overrides WHERE draft_id = 9`).Scan(&n)
	if n != 1 {
		t.Fatalf("%d overrides for draft 9", n)
	}
	var pubDraft int64
	if err := db.QueryRowContext(ctx, `SELECT draft_id FROM publications WHERE id = 11`).Scan(&pubDraft); err != nil || pubDraft != 7 {
		t.Fatalf("publication 11: draft %d, %v", pubDraft, err)
	}
	rows, err := db.QueryContext(ctx, `PRAGMA foreign_key_check`)
	if err != nil {
		t.Fatal(err)
	}
	if rows.Next() {
		t.Fatal("foreign key violations after migration")
	}
	rows.Close()
	if _, err := db.ExecContext(ctx, `UPDATE drafts SET review_state = 'bogus' WHERE id = 9`); err == nil {
		t.Fatal("review_state accepts any value")
	}
}
