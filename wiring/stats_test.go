package wiring

import (
	"context"
	"testing"
	"time"

	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/stats"
	"github.com/carepost/carepost/store"
)

// The month's inbox figures are the inbox's own: items received and
// first-response times.
func TestStatsMonthTakesTheInboxResponseTimes(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	s := New(db, Options{})
	if err := s.Drafts.SaveProfile(ctx, drafts.Profile{Name: "Maple Grove Family Clinic", Phone: "(555) 010-0100", Website: "maplegrove.example", TimeZone: "America/New_York"}); err != nil {
		t.Fatal(err)
	}
	at := func(v string) string {
		tm, _ := time.Parse(time.RFC3339, v)
		return store.Stamp(tm)
	}
	for i, item := range []struct{ created, answered string }{
		{"2026-11-03T14:00:00Z", "2026-11-03T14:30:00Z"}, // 30 min
		{"2026-11-10T14:00:00Z", "2026-11-10T16:00:00Z"}, // 2 h
		{"2026-11-20T14:00:00Z", "2026-11-20T15:00:00Z"}, // 1 h: the median
		{"2026-10-20T14:00:00Z", "2026-10-20T14:10:00Z"}, // October
		{"2026-11-21T14:00:00Z", ""},                     // not answered
	} {
		if _, err := db.Exec(`INSERT INTO inbox_items (network, remote_id, kind, created_at, fetched_at, answered_at) VALUES ('mastodon', ?, 'reply', ?, ?, ?)`,
			i, at(item.created), at(item.created), func() string {
				if item.answered == "" {
					return ""
				}
				return at(item.answered)
			}()); err != nil {
			t.Fatal(err)
		}
	}
	m, err := s.Stats().Month(ctx, stats.MonthID{Year: 2026, Month: time.November})
	if err != nil {
		t.Fatal(err)
	}
	in := m.Inbox
	items := stats.Count{N: 4, Reported: true} // three answered, one not
	if !in.Available || in.This.Answered != 3 || in.This.MedianFirstResponse != time.Hour || in.Prev.Answered != 1 ||
		in.This.Items != items || in.Prev.Items != (stats.Count{N: 1, Reported: true}) {
		t.Errorf("inbox figures %+v", in)
	}
}
