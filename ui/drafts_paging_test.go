package ui

import (
	"context"
	"fmt"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/store"
)

// seedManyDrafts stores n synthetic drafts in one transaction, a minute
// apart (the last the newest); every third is ready.
func seedManyDrafts(t testing.TB, svc *drafts.Service, n int) {
	t.Helper()
	ctx := context.Background()
	tx, err := wiredFor(svc).DB.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	base := time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)
	body := "Flu shots are here! Walk in Saturday 9 to 1, no appointment needed. Bring your insurance card; we bill most plans. "
	for i := 0; i < n; i++ {
		at := store.Stamp(base.Add(time.Duration(i) * time.Minute))
		status := "draft"
		if i%3 == 0 {
			status = "ready"
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO drafts (title, body, status, networks, created_at, updated_at) VALUES (?, ?, ?, 'mastodon,bluesky', ?, ?)`,
			fmt.Sprintf("Post %05d", i+1), body+body+body, status, at, at); err != nil {
			t.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
}

func TestDraftsListPages(t *testing.T) {
	svc, acc := newFlowService(t, true)
	seedManyDrafts(t, svc, 180)
	m := newFlowWindow(t, svc, acc)
	s := m.drafts
	q := newUIQueue()
	s.do = q.post

	if len(s.rows) != draftsPageSize || s.total != 180 || s.count.Text != "180 drafts" {
		t.Fatalf("at start: %d rows of %d, %q", len(s.rows), s.total, s.count.Text)
	}
	if s.rows[0].Title != "Post 00180" || s.rows[draftsPageSize-1].Title != "Post 00131" {
		t.Fatalf("first page runs %q … %q", s.rows[0].Title, s.rows[draftsPageSize-1].Title)
	}

	t.Run("scrolling to the end reads the next pages, each once", func(t *testing.T) {
		for i := 0; len(s.rows) < 180 && i < 10; i++ {
			before := len(s.rows)
			s.list.ScrollToBottom()
			q.until(t, "the next page", func() bool { return len(s.rows) > before })
		}
		if len(s.rows) != 180 || s.list.Length() != 180 {
			t.Fatalf("%d rows after scrolling to the end, the list says %d", len(s.rows), s.list.Length())
		}
		seen := map[int64]bool{}
		for i, r := range s.rows {
			if want := fmt.Sprintf("Post %05d", 180-i); r.Title != want || seen[r.ID] {
				t.Fatalf("row %d is %q (seen before: %v), want %q", i, r.Title, seen[r.ID], want)
			}
			seen[r.ID] = true
		}
		s.list.ScrollToBottom()
		q.drain()
		if s.loading {
			t.Fatal("reading past the end of the list")
		}
	})

	t.Run("an autosave's refresh keeps the rows scrolled to", func(t *testing.T) {
		s.Refresh()
		if len(s.rows) != 180 {
			t.Fatalf("%d rows after a refresh", len(s.rows))
		}
	})

	t.Run("a search starts again from the first page", func(t *testing.T) {
		test.Type(s.search, "Post 001")
		if s.total != 81 || len(s.rows) != draftsPageSize || s.rows[0].Title != "Post 00180" { // 00100–00180
			t.Fatalf("%d rows of %d, first %q", len(s.rows), s.total, s.rows[0].Title)
		}
		s.list.ScrollToBottom()
		q.until(t, "the search's second page", func() bool { return len(s.rows) == 81 })
		for _, r := range s.rows {
			if r.Title[:8] != "Post 001" {
				t.Fatalf("%q matched", r.Title)
			}
		}
		s.search.SetText("")
	})

	t.Run("the status filter pages too", func(t *testing.T) {
		s.statusFilter.SetSelectedIndex(2)
		if s.total != 60 || len(s.rows) != draftsPageSize || s.count.Text != "60 drafts" {
			t.Fatalf("%d rows of %d, %q", len(s.rows), s.total, s.count.Text)
		}
		for _, r := range s.rows {
			if r.Status != drafts.StatusReady {
				t.Fatalf("a %s draft under Ready to post", r.Status)
			}
		}
		s.statusFilter.SetSelectedIndex(0)
	})

	t.Run("a page read before a new search is dropped", func(t *testing.T) {
		s.loadMore()
		if !s.loading {
			t.Fatal("no page is being read")
		}
		test.Type(s.search, "Post 0000")
		q.until(t, "the old page", func() bool { return !s.loading })
		time.Sleep(50 * time.Millisecond)
		q.drain()
		if len(s.rows) != 9 || s.total != 9 {
			t.Fatalf("%d rows of %d after the search", len(s.rows), s.total)
		}
		s.search.SetText("")
	})

	t.Run("the list fits a laptop", func(t *testing.T) {
		// With no draft open: the editor beside it has tests of its own.
		s.showEditor(false)
		assertFits(t, m.Window)
		s.statusFilter.SetSelectedIndex(2)
		assertFits(t, m.Window)
		s.search.SetText("nothing matches this")
		if s.empty.Text != "No drafts match." {
			t.Fatalf("empty list says %q", s.empty.Text)
		}
		assertFits(t, m.Window)
	})
}
