package drafts

import (
	"context"
	"errors"
	"strings"
	"testing"
)

func TestValidateKeepReason(t *testing.T) {
	refused := []string{
		"", "   \t\n", // empty
		"asdf", "...", "ok", "x x x", "n/a", "OK OK OK", "asdf asdf asdf", "safe", "fine by me", // no real words
		KeepReasonExample, "e.g. " + KeepReasonExample, "E.g. this is a public figure who agreed to be named.", // the example
		"  " + KeepReasonExample + "  ",
	}
	for _, r := range refused {
		if err := ValidateKeepReason(r); err == nil {
			t.Errorf("ValidateKeepReason(%q) accepted it", r)
		}
	}
	accepted := []string{
		"Public figure, agreed in writing",
		"The person agreed in writing to be named",
		"Synthetic example for staff training",
		"Mayor Reyes spoke at our health fair; public event",
		"Signed consent AUTH-2026-014 covers this",
	}
	for _, r := range accepted {
		if err := ValidateKeepReason(r); err != nil {
			t.Errorf("ValidateKeepReason(%q) = %v", r, err)
		}
	}
	if err := ValidateKeepReason(KeepReasonExample); err == nil || !strings.Contains(err.Error(), "example") {
		t.Errorf("the example is refused with %v, want it to say it is the example", err)
	}
}

func TestOverrideFindingNeedsARealReason(t *testing.T) {
	ctx := context.Background()
	s, _ := newTestServiceWithProfile(t)
	d, err := s.CreateDraft(ctx, Draft{Body: "Call Mrs. Lopez about her results.", Networks: []Network{Facebook}})
	must(t, err)
	r, err := s.Review(ctx, d)
	must(t, err)
	if len(r.Findings) == 0 {
		t.Fatal("expected findings")
	}
	f := r.Findings[0].Finding
	for _, reason := range []string{"asdf", "...", "ok", "x x x", KeepReasonExample, "e.g. " + KeepReasonExample, " "} {
		err := s.OverrideFinding(ctx, d.ID, f, reason)
		if err == nil {
			t.Fatalf("kept %q with the reason %q", f.Text, reason)
		}
		if want := ValidateKeepReason(reason); !errors.Is(err, want) || !strings.Contains(err.Error(), f.Text) {
			t.Fatalf("reason %q: err = %v, want %v naming %q", reason, err, want, f.Text)
		}
	}
	if r, _ := s.Review(ctx, d); r.Open() != len(r.Findings) {
		t.Fatalf("a finding was kept: %+v", r.Findings)
	}
	must(t, s.OverrideFinding(ctx, d.ID, f, "  Public figure, agreed in writing  "))
	r, _ = s.Review(ctx, d)
	if !r.Findings[0].Overridden || r.Findings[0].OverrideReason != "Public figure, agreed in writing" {
		t.Fatalf("after a real reason: %+v", r.Findings[0])
	}
}
