package drafts

import (
	"context"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestStatusIsWrittenInOnePlace: every change of a draft's status, and
// every write of its review or approval, goes through moveStatus, so
// approval always follows the status. It reads the package's own source.
func TestStatusIsWrittenInOnePlace(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	statusSet := regexp.MustCompile(`(?i)\b(status|review_state|approved_by|approved_at)\s*=`)
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(fset, name, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Name.Name == "moveStatus" {
				continue
			}
			ast.Inspect(fn, func(n ast.Node) bool {
				lit, ok := n.(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					return true
				}
				text, err := strconv.Unquote(lit.Value)
				if err != nil {
					return true
				}
				lower := strings.ToLower(text)
				i := strings.Index(lower, "update drafts ")
				if i < 0 {
					return true
				}
				set := lower[i:]
				if w := strings.Index(set, " where "); w >= 0 {
					set = set[:w]
				}
				if statusSet.MatchString(set) {
					t.Errorf("%s: %s writes a draft's status or approval itself; use moveStatus: %s", fset.Position(lit.Pos()), fn.Name.Name, strings.Join(strings.Fields(text), " "))
				}
				return true
			})
		}
	}
}

// refuseStatusChanges makes every later change of a draft's status fail,
// as a full disk or a broken file would.
func refuseStatusChanges(t *testing.T, s *Service) func() {
	t.Helper()
	ctx := context.Background()
	if _, err := s.db.ExecContext(ctx, `CREATE TRIGGER test_refuse_status BEFORE UPDATE OF status ON drafts
		BEGIN SELECT RAISE(ABORT, 'synthetic failure'); END`); err != nil {
		t.Fatal(err)
	}
	return func() {
		if _, err := s.db.ExecContext(ctx, `DROP TRIGGER test_refuse_status`); err != nil {
			t.Fatal(err)
		}
	}
}

// readyStory is an approved patient story that uses a live consent.
func readyStory(t *testing.T, s *Service, c *testClock) (Consent, Draft) {
	t.Helper()
	ctx := context.Background()
	consent := Consent{Reference: "AUTH-2026-040", SignedOn: "2026-10-01", ExpiresOn: "2027-10-01",
		Networks: []Network{Facebook}, CoversText: true, FormLocation: "Binder 3"}
	id, err := s.SaveConsent(ctx, consent)
	must(t, err)
	consent.ID = id
	d, err := s.CreateDraft(ctx, Draft{Title: "Story", Body: "A story of recovery.", Networks: []Network{Facebook}, PatientStory: true, ConsentID: id})
	must(t, err)
	must(t, s.SendForReview(ctx, d.ID))
	must(t, s.Approve(ctx, d.ID, "Dr. Ana Ruiz"))
	if got := wantStatus(t, s, d.ID, StatusReady); !got.Approved() {
		t.Fatal("the story was not approved")
	}
	c.t = c.t.Add(time.Hour)
	return consent, d
}

func TestRevokeConsentIsOneTransaction(t *testing.T) {
	ctx := context.Background()
	t.Run("a failure taking drafts out of ready leaves the consent as it was", func(t *testing.T) {
		s, c := newTestServiceWithProfile(t)
		consent, d := readyStory(t, s, c)
		restore := refuseStatusChanges(t, s)
		if _, err := s.RevokeConsent(ctx, consent.ID, "2026-11-20"); err == nil {
			t.Fatal("RevokeConsent succeeded although drafts could not be changed")
		}
		restore()
		got, _ := s.Consent(ctx, consent.ID)
		if got.RevokedOn != "" {
			t.Fatalf("the consent is recorded as revoked on %s while its draft is still ready", got.RevokedOn)
		}
		if d := wantStatus(t, s, d.ID, StatusReady); !d.Approved() {
			t.Fatal("the draft lost its approval")
		}
	})
	t.Run("revoking takes the draft out of ready, ends its approval and moves it up the list", func(t *testing.T) {
		s, c := newTestServiceWithProfile(t)
		consent, d := readyStory(t, s, c)
		used, err := s.RevokeConsent(ctx, consent.ID, "2026-11-20")
		must(t, err)
		if len(used) != 1 || used[0].Status != StatusDraft {
			t.Fatalf("drafts using it: %+v", used)
		}
		got := wantStatus(t, s, d.ID, StatusDraft)
		if got.Approved() || got.ApprovedBy != "" || !got.ApprovedAt.IsZero() || !got.UpdatedAt.Equal(c.t) {
			t.Fatalf("after revoking: approved by %q at %v, updated %v (now %v)", got.ApprovedBy, got.ApprovedAt, got.UpdatedAt, c.t)
		}
	})
}

func TestSaveConsentWithARevocationDateRevokes(t *testing.T) {
	ctx := context.Background()
	t.Run("drafts that relied on it stop being ready", func(t *testing.T) {
		s, c := newTestServiceWithProfile(t)
		consent, d := readyStory(t, s, c)
		consent.RevokedOn = "2026-11-20"
		_, err := s.SaveConsent(ctx, consent)
		must(t, err)
		got := wantStatus(t, s, d.ID, StatusDraft)
		if got.Approved() || got.ApprovedBy != "" {
			t.Fatalf("still approved by %q", got.ApprovedBy)
		}
	})
	t.Run("in one transaction", func(t *testing.T) {
		s, c := newTestServiceWithProfile(t)
		consent, d := readyStory(t, s, c)
		restore := refuseStatusChanges(t, s)
		consent.RevokedOn = "2026-11-20"
		consent.Notes = "Patient called to withdraw"
		if _, err := s.SaveConsent(ctx, consent); err == nil {
			t.Fatal("SaveConsent succeeded although drafts could not be changed")
		}
		restore()
		got, _ := s.Consent(ctx, consent.ID)
		if got.RevokedOn != "" || got.Notes != "" {
			t.Fatalf("saved part of it: revoked %q, notes %q", got.RevokedOn, got.Notes)
		}
		wantStatus(t, s, d.ID, StatusReady)
	})
	t.Run("saving other changes of a consent revoked later on leaves ready drafts alone", func(t *testing.T) {
		s, c := newTestServiceWithProfile(t)
		consent, d := readyStory(t, s, c)
		consent.RevokedOn = "2027-06-01" // still live today
		_, err := s.SaveConsent(ctx, consent)
		must(t, err)
		wantStatus(t, s, d.ID, StatusDraft)
		must(t, s.MarkReady(ctx, d.ID))
		consent.Notes = "Form scanned"
		_, err = s.SaveConsent(ctx, consent)
		must(t, err)
		wantStatus(t, s, d.ID, StatusReady)
	})
}

func TestStatusMovesEndApproval(t *testing.T) {
	ctx := context.Background()
	s, c := newTestServiceWithProfile(t)
	_, d := readyStory(t, s, c)
	t.Run("a new picture", func(t *testing.T) {
		_, err := s.AttachImageData(ctx, d.ID, "lobby.png", pngBytes(t, 20, 20))
		must(t, err)
		got := wantStatus(t, s, d.ID, StatusDraft)
		if got.ApprovedBy != "" || !got.UpdatedAt.Equal(c.t) {
			t.Fatalf("approved by %q, updated %v", got.ApprovedBy, got.UpdatedAt)
		}
	})
	t.Run("sending a ready draft for review", func(t *testing.T) {
		d, _ := s.Draft(ctx, d.ID)
		must(t, s.UpdateImage(ctx, d.ID, d.Images[0].MediaID, "The clinic's lobby", false))
		must(t, s.MarkReady(ctx, d.ID))
		must(t, s.SendForReview(ctx, d.ID))
		wantStatus(t, s, d.ID, StatusInReview)
		must(t, s.SendBack(ctx, d.ID, "Shorter, please"))
		if got := wantStatus(t, s, d.ID, StatusDraft); got.ReviewNote != "Shorter, please" {
			t.Fatalf("note %q", got.ReviewNote)
		}
		must(t, s.SendForReview(ctx, d.ID))
		if got := wantStatus(t, s, d.ID, StatusInReview); got.ReviewNote != "" {
			t.Fatalf("note %q kept after sending for review again", got.ReviewNote)
		}
	})
}
