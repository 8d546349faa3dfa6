package drafts

import (
	"context"
	"testing"
)

// Fixing a finding by editing is recorded by kind and number, never its
// text; keeping one is not a fix; the record outlives the draft.
func TestPrivacyFixesAreRecorded(t *testing.T) {
	ctx := context.Background()
	s, _ := newTestServiceWithProfile(t)
	fixes := func() map[string]int {
		t.Helper()
		rows, err := s.db.Read().QueryContext(ctx, `SELECT kind, sum(n) FROM privacy_fixes GROUP BY kind`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		out := map[string]int{}
		for rows.Next() {
			var k string
			var n int
			if err := rows.Scan(&k, &n); err != nil {
				t.Fatal(err)
			}
			out[k] = n
		}
		return out
	}
	d, err := s.CreateDraft(ctx, Draft{Body: "Mrs. Lopez, please call us back at 555-0142 about your biopsy results.", Networks: []Network{Mastodon}})
	must(t, err)
	if got := fixes(); len(got) != 0 {
		t.Fatalf("fixes before any edit: %v", got)
	}

	t.Run("removing the phone number is one phone fixed", func(t *testing.T) {
		d.Body = "Mrs. Lopez, please call us back about your biopsy results."
		must(t, s.SaveDraft(ctx, d))
		if got := fixes(); got["phone"] != 1 || len(got) != 1 {
			t.Fatalf("fixes %v, want one phone", got)
		}
	})
	t.Run("keeping a finding is not a fix", func(t *testing.T) {
		r, err := s.Review(ctx, d)
		must(t, err)
		for _, f := range r.Findings {
			if f.Keepable() {
				must(t, s.OverrideFinding(ctx, d.ID, f.Finding, "She asked us to post this reminder"))
			}
		}
		must(t, s.SaveDraft(ctx, d))
		if got := fixes(); got["phone"] != 1 || len(got) != 1 {
			t.Fatalf("fixes %v after keeping, want still one phone", got)
		}
	})
	t.Run("rewriting it in general words fixes the rest", func(t *testing.T) {
		d.Body = "Results are ready for pickup at the front desk."
		must(t, s.SaveDraft(ctx, d))
		got := fixes()
		if got["phone"] != 1 || got["name"] != 1 || len(got) < 3 {
			t.Fatalf("fixes %v", got)
		}
	})
	t.Run("the record outlives the draft and holds no text", func(t *testing.T) {
		before := fixes()
		must(t, s.DeleteDraft(ctx, d.ID))
		if got := fixes(); len(got) != len(before) {
			t.Fatalf("fixes %v after deleting the draft, want %v", got, before)
		}
		var leaked int
		must(t, s.db.Read().QueryRowContext(ctx, `SELECT count(*) FROM privacy_fixes WHERE kind LIKE '%Lopez%' OR kind LIKE '%555%'`).Scan(&leaked))
		if leaked != 0 {
			t.Fatal("a flagged text was stored")
		}
	})
}
