package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/schedule"
	"github.com/carepost/carepost/store"
)

func TestCalendarShowsPostsOfDeletedDraftsAndRemovedAccounts(t *testing.T) {
	svc, acc := newFlowService(t, true)
	ctx := context.Background()
	db := wiredFor(svc).DB
	a, err := acc.Accounts.Add(ctx, accounts.Account{Network: drafts.Mastodon, Handle: "@maplegrove", DisplayName: "Maple Grove",
		ServerURL: "https://social.example"}, accounts.Credentials{AccessToken: "mastodon-SYNTHETIC"})
	if err != nil {
		t.Fatal(err)
	}
	d, err := svc.CreateDraft(ctx, drafts.Draft{Title: "Flu clinic", Body: "Flu shots this Saturday.", Networks: []drafts.Network{drafts.Mastodon}})
	if err != nil {
		t.Fatal(err)
	}
	loc, _ := time.LoadLocation(flowProfile.TimeZone)
	due := time.Now().In(loc).Add(-time.Minute)
	// One post that went out, one that failed: neither is waiting, so both
	// stay as they are when their draft and account go.
	for i, st := range []string{"published", "failed"} {
		if _, err := db.ExecContext(ctx, `INSERT INTO publications (id, draft_id, account_id, due_at, zone, state, idempotency_key,
			sent_text, remote_url, last_error, created_at, updated_at) VALUES (?, ?, ?, ?, 'America/New_York', ?, ?, 'Flu shots this Saturday.', ?, ?, '', '')`,
			i+1, d.ID, a.ID, store.Stamp(due), st, "key-"+st, map[bool]string{true: "https://social.example/@maplegrove/1"}[st == "published"],
			map[bool]string{true: "Server said no."}[st == "failed"]); err != nil {
			t.Fatal(err)
		}
	}
	if err := svc.DeleteDraft(ctx, d.ID); err != nil {
		t.Fatal(err)
	}
	if err := acc.Accounts.Remove(ctx, a.ID); err != nil {
		t.Fatal(err)
	}

	m := newFlowWindow(t, svc, acc)
	m.nav.Select(sectionCalendar)
	c := m.calendar
	c.selectDay(due)

	tests := []struct {
		name  string
		id    int64
		line  string
		state string
	}{
		{"the published post is listed with its kept title and account", 1,
			"Mastodon · Flu clinic (draft deleted) (Published)", "Published"},
		{"the failed post too", 2, "Mastodon · Flu clinic (draft deleted) (Failed)", "Failed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !cellHas(c, due, tt.line) {
				t.Fatalf("day cell shows %v, want %q", c.cells[dayKey(due.In(c.loc))].lines, tt.line)
			}
			dc := c.dayRows[tt.id]
			if dc == nil || dc.state.Text != tt.state {
				t.Fatalf("day panel row %+v", dc)
			}
			if !strings.Contains(dc.text, "Mastodon · Maple Grove (account removed)") || !strings.Contains(dc.text, "Flu clinic (draft deleted)") {
				t.Fatalf("day panel says %q", dc.text)
			}
			if !dc.open.Disabled() {
				t.Fatal("Open draft is offered for a deleted draft")
			}
		})
	}
	t.Run("a failed post without its draft can only be cancelled", func(t *testing.T) {
		dc := c.dayRows[2]
		if dc.retry != nil || dc.reschedule != nil || dc.pause != nil || dc.cancel == nil {
			t.Fatalf("retry %v, reschedule %v, pause %v, cancel %v", dc.retry, dc.reschedule, dc.pause, dc.cancel)
		}
	})
	t.Run("the list view shows them too", func(t *testing.T) {
		c.views.SetSelected(viewList)
		found := 0
		for _, p := range c.listed {
			if p.DraftDeleted() && p.AccountDeleted() && p.State != schedule.StateCancelled {
				found++
			}
		}
		if found != 2 {
			t.Fatalf("list view has %d of the 2 posts", found)
		}
	})
}

func TestDeliveryStatusKeepsPostsOfARemovedAccount(t *testing.T) {
	svc, acc := newFlowService(t, true)
	ctx := context.Background()
	a, err := acc.Accounts.Add(ctx, accounts.Account{Network: drafts.Mastodon, Handle: "@maplegrove", ServerURL: "https://social.example"},
		accounts.Credentials{AccessToken: "mastodon-SYNTHETIC"})
	if err != nil {
		t.Fatal(err)
	}
	d, err := svc.CreateDraft(ctx, drafts.Draft{Title: "Travel vaccines", Body: "Book two weeks ahead.", Networks: []drafts.Network{drafts.Mastodon}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := wiredFor(svc).DB.ExecContext(ctx, `INSERT INTO publications (id, draft_id, account_id, due_at, state, idempotency_key, last_error, created_at, updated_at)
		VALUES (1, ?, ?, ?, 'failed', 'k', 'Server said no.', '', '')`, d.ID, a.ID, store.Stamp(time.Now().Add(-time.Hour))); err != nil {
		t.Fatal(err)
	}
	if err := acc.Accounts.Remove(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	m := newFlowWindow(t, svc, acc)
	m.OpenDraft(d.ID)
	row := m.drafts.editor.delivery.rows[1]
	if row == nil || row.state.Text != "Failed" || row.words == nil || !strings.Contains(row.words.Text, "Server said no.") {
		t.Fatalf("delivery status row %+v", row)
	}
	if row.retry != nil {
		t.Fatal("Retry is offered for a post whose account was removed")
	}
	if _, full := pubAccountWords(nil, row.pub); full != "Mastodon · @maplegrove (account removed)" {
		t.Fatalf("account shown as %q", full)
	}
}
