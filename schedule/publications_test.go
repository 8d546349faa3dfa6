package schedule

import (
	"context"
	"fmt"
	"testing"
	"time"
)

func TestMonthQuery(t *testing.T) {
	e := newTestEnv(t, "")
	e.clock.t = time.Date(2026, 2, 1, 12, 0, 0, 0, time.UTC)
	a := e.addAccount("maple")
	d := e.readyDraft("Monthly reminder.")
	ny, _ := time.LoadLocation("America/New_York")
	// Around the edges of March 2026 in New York (DST starts 8 March).
	times := []time.Time{
		time.Date(2026, 2, 28, 23, 59, 0, 0, ny), // February
		time.Date(2026, 3, 1, 0, 0, 0, 0, ny),    // first instant of March
		time.Date(2026, 3, 8, 3, 30, 0, 0, ny),   // just after the spring-forward gap
		time.Date(2026, 3, 31, 23, 59, 0, 0, ny), // last minute of March (04:59 UTC on 1 April)
		time.Date(2026, 4, 1, 0, 0, 0, 0, ny),    // April
	}
	var ids []int64
	for _, tm := range times {
		ids = append(ids, e.mustSchedule(d, a, tm).ID)
	}
	cancelled := e.mustSchedule(d, a, time.Date(2026, 3, 15, 9, 0, 0, 0, ny))
	e.store.Cancel(e.ctx, cancelled.ID)

	got, err := e.store.MonthQuery(e.ctx, 2026, time.March, ny)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 || got[0].ID != ids[1] || got[1].ID != ids[2] || got[2].ID != ids[3] {
		t.Fatalf("March in New York: %+v", got)
	}
	if h := got[2].LocalDue(); h.Day() != 31 || h.Hour() != 23 || h.Location().String() != "America/New_York" {
		t.Fatalf("local due %s", h)
	}
	// The same instants seen from Berlin fall in other months.
	berlin, _ := time.LoadLocation("Europe/Berlin")
	if got, _ := e.store.MonthQuery(e.ctx, 2026, time.March, berlin); len(got) != 3 || got[0].ID != ids[0] {
		t.Fatalf("March in Berlin: %d", len(got))
	}
	// List filters.
	if got, _ := e.store.List(e.ctx, Filter{States: []State{StateCancelled}}); len(got) != 1 || got[0].ID != cancelled.ID {
		t.Fatalf("by state: %+v", got)
	}
	if got, _ := e.store.List(e.ctx, Filter{From: times[1], To: times[4], AccountID: a.ID, DraftID: d.ID}); len(got) != 4 {
		t.Fatalf("by range: %d", len(got))
	}
}

// BenchmarkMonthQuery reads one calendar month out of 10,000 publications
// spread over a year.
func BenchmarkMonthQuery(b *testing.B) {
	e := newTestEnv(b, "")
	a := e.addAccount("maple")
	d := e.readyDraft("Benchmark post.")
	ctx := context.Background()
	tx, err := e.db.BeginTx(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	year := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	states := []State{StateQueued, StatePublished, StateFailed, StateHeld, StateCancelled}
	for i := 0; i < 10000; i++ {
		due := year.Add(time.Duration(i) * (365 * 24 * time.Hour / 10000))
		_, err := tx.ExecContext(ctx, `INSERT INTO publications (draft_id, account_id, due_at, zone, state, idempotency_key, created_at, updated_at)
			VALUES (?, ?, ?, 'America/New_York', ?, ?, ?, ?)`, d.ID, a.ID, stamp(due), string(states[i%len(states)]), fmt.Sprintf("key-%d", i), stamp(year), stamp(year))
		if err != nil {
			b.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
	ny, _ := time.LoadLocation("America/New_York")
	b.ReportAllocs()
	b.ResetTimer()
	rows := 0
	for i := 0; i < b.N; i++ {
		got, err := e.store.MonthQuery(ctx, 2026, time.Month(1+i%12), ny)
		if err != nil {
			b.Fatal(err)
		}
		rows += len(got)
	}
	b.StopTimer()
	b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/op")
	b.ReportMetric(float64(rows)/float64(b.N), "rows/op")
}
