package drafts

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/carepost/carepost/store"
)

// seedDrafts stores n synthetic drafts straight into the table, a second
// apart (the newest last), with bodies of some length; it returns their ids
// oldest first.
func seedDrafts(t testing.TB, s *Service, n int) []int64 {
	t.Helper()
	ctx := context.Background()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	base := time.Date(2025, 1, 1, 9, 0, 0, 0, time.UTC)
	body := strings.Repeat("Staying active through the winter helps your heart and your mood. ", 40)
	ids := make([]int64, 0, n)
	for i := 0; i < n; i++ {
		at := store.Stamp(base.Add(time.Duration(i) * time.Second))
		status := "draft"
		if i%3 == 0 {
			status = "ready"
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO drafts (title, body, status, networks, created_at, updated_at) VALUES (?, ?, ?, 'mastodon,bluesky', ?, ?)`,
			fmt.Sprintf("Post %05d", i+1), fmt.Sprintf("Number %d. %s", i+1, body), status, at, at)
		if err != nil {
			t.Fatal(err)
		}
		id, _ := res.LastInsertId()
		ids = append(ids, id)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	return ids
}

func TestDraftsPages(t *testing.T) {
	s, _ := newTestService(t)
	ctx := context.Background()
	ids := seedDrafts(t, s, 25)

	t.Run("a page holds the newest first, without the whole text", func(t *testing.T) {
		page, err := s.Drafts(ctx, DraftFilter{Limit: 10})
		if err != nil {
			t.Fatal(err)
		}
		if len(page) != 10 || page[0].ID != ids[24] || page[9].ID != ids[15] {
			t.Fatalf("page %v", summaryIDs(page))
		}
		r := page[0]
		if r.Title != "Post 00025" || r.Status != StatusReady || len(r.Networks) != 2 || r.UpdatedAt.IsZero() {
			t.Fatalf("row %+v", r)
		}
		if !strings.HasPrefix(r.Snippet, "Number 25. Staying active") || !strings.HasSuffix(r.Snippet, "…") || len([]rune(r.Snippet)) > 91 {
			t.Fatalf("snippet %q", r.Snippet)
		}
	})

	t.Run("offset and limit walk the list", func(t *testing.T) {
		var all []int64
		for off := 0; ; off += 10 {
			page, err := s.Drafts(ctx, DraftFilter{Limit: 10, Offset: off})
			if err != nil {
				t.Fatal(err)
			}
			all = append(all, summaryIDs(page)...)
			if len(page) < 10 {
				break
			}
		}
		if len(all) != 25 || all[0] != ids[24] || all[24] != ids[0] {
			t.Fatalf("walked %v", all)
		}
	})

	t.Run("Before continues after a row, even when a draft moved to the top meanwhile", func(t *testing.T) {
		first, err := s.Drafts(ctx, DraftFilter{Limit: 10})
		if err != nil {
			t.Fatal(err)
		}
		// A draft on the next page is edited: it moves to the top, and an
		// offset-based second page would now repeat the first page's last.
		moved := ids[10]
		if _, err := s.db.ExecContext(ctx, `UPDATE drafts SET updated_at = ? WHERE id = ?`, store.Stamp(time.Date(2025, 2, 1, 0, 0, 0, 0, time.UTC)), moved); err != nil {
			t.Fatal(err)
		}
		cur := first[len(first)-1].Cursor()
		second, err := s.Drafts(ctx, DraftFilter{Limit: 10, Before: &cur})
		if err != nil {
			t.Fatal(err)
		}
		if len(second) != 10 || second[0].ID != ids[14] {
			t.Fatalf("second page %v", summaryIDs(second))
		}
		for _, r := range second {
			if r.ID == moved {
				t.Fatal("the moved draft is still on the second page")
			}
		}
	})

	t.Run("status and search filter pages and the count", func(t *testing.T) {
		n, err := s.CountDrafts(ctx, DraftFilter{Status: StatusReady, Limit: 3})
		if err != nil || n != 9 {
			t.Fatalf("ready count %d, %v; want 9", n, err)
		}
		page, err := s.Drafts(ctx, DraftFilter{Status: StatusReady, Limit: 3, Offset: 3})
		if err != nil || len(page) != 3 {
			t.Fatalf("ready page %v, %v", page, err)
		}
		for _, r := range page {
			if r.Status != StatusReady {
				t.Fatalf("a %s draft in the ready page", r.Status)
			}
		}
		n, err = s.CountDrafts(ctx, DraftFilter{Query: "Number 1"})
		if err != nil || n != 11 { // 1 and 10–19
			t.Fatalf("search count %d, %v; want 11", n, err)
		}
		n, err = s.CountDrafts(ctx, DraftFilter{})
		if err != nil || n != 25 {
			t.Fatalf("count %d, %v", n, err)
		}
	})
}

func TestDraftsUntitledAndEmpty(t *testing.T) {
	s, _ := newTestService(t)
	ctx := context.Background()
	if _, err := s.CreateDraft(ctx, Draft{Body: "  Flu shots\n\nare here:   walk in Saturday " + strings.Repeat("from nine to one ", 30)}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.CreateDraft(ctx, Draft{}); err != nil {
		t.Fatal(err)
	}
	rows, err := s.Drafts(ctx, DraftFilter{})
	if err != nil || len(rows) != 2 {
		t.Fatalf("%v, %v", rows, err)
	}
	if rows[0].Title != "Untitled draft" || rows[0].Snippet != "(empty)" {
		t.Fatalf("empty draft row %+v", rows[0])
	}
	if !strings.HasPrefix(rows[1].Title, "Flu shots are here: walk in Saturday") || !strings.HasSuffix(rows[1].Title, "…") {
		t.Fatalf("untitled row title %q", rows[1].Title)
	}
	titles, err := s.DraftTitles(ctx, []int64{rows[0].ID, rows[1].ID, 999})
	if err != nil || titles[rows[1].ID] != rows[1].Title || titles[rows[0].ID] != "Untitled draft" || len(titles) != 2 {
		t.Fatalf("titles %v, %v", titles, err)
	}
}

func summaryIDs(rows []DraftSummary) []int64 {
	out := make([]int64, len(rows))
	for i, r := range rows {
		out[i] = r.ID
	}
	return out
}

// BenchmarkDraftsSummary10000 is the drafts list's queries at 10,000
// drafts: the first page and the count it shows at start, a page deep in
// the list, and (for comparison) every summary at once.
func BenchmarkDraftsSummary10000(b *testing.B) {
	s, _ := newTestService(b)
	ctx := context.Background()
	seedDrafts(b, s, 10000)
	run := func(name string, f func() error) {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if err := f(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	run("first page of 50", func() error { _, err := s.Drafts(ctx, DraftFilter{Limit: 50}); return err })
	run("count", func() error { _, err := s.CountDrafts(ctx, DraftFilter{}); return err })
	var cur DraftCursor
	if rows, err := s.Drafts(ctx, DraftFilter{Limit: 5000}); err == nil {
		cur = rows[len(rows)-1].Cursor()
	}
	run("page of 50 after row 5000", func() error { _, err := s.Drafts(ctx, DraftFilter{Limit: 50, Before: &cur}); return err })
	run("ready, first page of 50", func() error {
		_, err := s.Drafts(ctx, DraftFilter{Status: StatusReady, Limit: 50})
		return err
	})
	run("search, first page of 50", func() error { _, err := s.Drafts(ctx, DraftFilter{Query: "Number 99", Limit: 50}); return err })
	run("all 10000 summaries", func() error { _, err := s.Drafts(ctx, DraftFilter{}); return err })
}
