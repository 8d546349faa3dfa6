package schedule

import (
	"testing"
	"time"
)

func TestScheduleRecurring(t *testing.T) {
	ny, _ := time.LoadLocation("America/New_York")
	berlin, _ := time.LoadLocation("Europe/Berlin")
	tue := []time.Weekday{time.Tuesday}
	tests := []struct {
		name string
		r    Recurrence
		// want are the local wall-clock times of the materialised
		// occurrences (all of them when wantN is 0).
		want  []string
		wantN int
		loc   *time.Location
	}{
		{
			name: "weekly Tuesday 9:00 in New York stays 9:00 across 8 March",
			r:    Recurrence{Start: time.Date(2026, 3, 3, 9, 0, 0, 0, ny), Location: ny, Freq: Weekly, Interval: 1, ByWeekday: tue, Count: 3},
			want: []string{"2026-03-03 09:00 EST", "2026-03-10 09:00 EDT", "2026-03-17 09:00 EDT"},
			loc:  ny,
		},
		{
			name: "daily 10:00 in Berlin across 29 March, until an end date",
			r: Recurrence{Start: time.Date(2026, 3, 27, 10, 0, 0, 0, berlin), Location: berlin, Freq: Daily, Interval: 1,
				Until: time.Date(2026, 3, 30, 23, 59, 59, 0, berlin)},
			want: []string{"2026-03-27 10:00 CET", "2026-03-28 10:00 CET", "2026-03-29 10:00 CEST", "2026-03-30 10:00 CEST"},
			loc:  berlin,
		},
		{
			name: "every 2 weeks on Tuesday and Thursday, 4 times",
			r:    Recurrence{Start: time.Date(2026, 3, 3, 9, 0, 0, 0, ny), Location: ny, Freq: Weekly, Interval: 2, ByWeekday: []time.Weekday{time.Tuesday, time.Thursday}, Count: 4},
			want: []string{"2026-03-03 09:00 EST", "2026-03-05 09:00 EST", "2026-03-17 09:00 EDT", "2026-03-19 09:00 EDT"},
			loc:  ny,
		},
		{
			name:  "open-ended weekly stops at the 60-day horizon",
			r:     Recurrence{Start: time.Date(2026, 3, 3, 9, 0, 0, 0, ny), Location: ny, Freq: Weekly, Interval: 1},
			wantN: 9, // 3 March … 28 April; 5 May is past 1 May 14:00 UTC
			loc:   ny,
		},
		{
			name: "monthly on the 31st skips April",
			r:    Recurrence{Start: time.Date(2026, 3, 31, 12, 0, 0, 0, ny), Location: ny, Freq: Monthly, Interval: 1, Count: 2},
			want: []string{"2026-03-31 12:00 EDT"}, // 31 May is past the horizon
			loc:  ny,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := newTestEnv(t, "")
			a := e.addAccount("maple")
			d := e.readyDraft("Weekly tip.")
			rs, err := e.store.ScheduleRecurring(e.ctx, d.ID, a.ID, tc.r)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			keys := map[string]bool{}
			for _, p := range rs.Publications {
				got = append(got, p.DueAt.In(tc.loc).Format("2006-01-02 15:04 MST"))
				if p.State != StateQueued || p.Zone != tc.loc.String() || keys[p.IdempotencyKey] {
					t.Fatalf("publication %+v", p)
				}
				keys[p.IdempotencyKey] = true
			}
			if tc.wantN != 0 {
				if len(got) != tc.wantN {
					t.Fatalf("%d occurrences: %v", len(got), got)
				}
			} else if len(got) != len(tc.want) || (len(got) > 0 && !equalStrings(got, tc.want)) {
				t.Fatalf("got %v\nwant %v", got, tc.want)
			}
			stored, err := e.store.List(e.ctx, Filter{DraftID: d.ID})
			if err != nil || len(stored) != len(got) {
				t.Fatalf("stored %d, %v", len(stored), err)
			}
			var linked int
			e.db.QueryRowContext(e.ctx, `SELECT count(*) FROM publications WHERE recurrence_id = ?`, rs.ID).Scan(&linked)
			if linked != len(got) {
				t.Fatalf("%d linked", linked)
			}
			list, err := e.store.Recurrences(e.ctx, d.ID)
			if err != nil || len(list) != 1 || list[0].Description != tc.r.Describe() || !list[0].Active {
				t.Fatalf("recurrences %+v, %v", list, err)
			}
		})
	}
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestExtendRecurrencesIsIdempotent(t *testing.T) {
	ny, _ := time.LoadLocation("America/New_York")
	e := newTestEnv(t, "")
	a := e.addAccount("maple")
	d := e.readyDraft("Weekly tip.")
	r := Recurrence{Start: time.Date(2026, 3, 3, 9, 0, 0, 0, ny), Location: ny, Freq: Weekly, Interval: 1, ByWeekday: []time.Weekday{time.Tuesday}}
	rs, err := e.store.ScheduleRecurring(e.ctx, d.ID, a.ID, r)
	if err != nil {
		t.Fatal(err)
	}
	first := len(rs.Publications)
	if n, err := e.store.ExtendRecurrences(e.ctx); err != nil || n != 0 {
		t.Fatalf("extend right away added %d, %v", n, err)
	}
	// A moved occurrence is not made again at its old time.
	moved := rs.Publications[1]
	if _, err := e.store.Reschedule(e.ctx, moved.ID, moved.DueAt.Add(2*time.Hour), "America/New_York"); err != nil {
		t.Fatal(err)
	}
	e.clock.Advance(14 * 24 * time.Hour)
	n, err := e.store.ExtendRecurrences(e.ctx)
	if err != nil || n != 2 {
		t.Fatalf("after two weeks added %d, %v", n, err)
	}
	if n, err := e.store.ExtendRecurrences(e.ctx); err != nil || n != 0 {
		t.Fatalf("second run added %d, %v", n, err)
	}
	all, _ := e.store.List(e.ctx, Filter{DraftID: d.ID})
	if len(all) != first+2 {
		t.Fatalf("%d publications, want %d", len(all), first+2)
	}
	seen := map[int64]bool{}
	for _, p := range all {
		l := p.DueAt.In(ny)
		if seen[p.DueAt.Unix()] {
			t.Fatalf("duplicate at %s", l)
		}
		seen[p.DueAt.Unix()] = true
		if p.ID != moved.ID && (l.Weekday() != time.Tuesday || l.Hour() != 9 || l.Minute() != 0) {
			t.Fatalf("occurrence at %s", l)
		}
	}
	// A long time closed: nothing is made in the past.
	e.clock.Advance(200 * 24 * time.Hour)
	if _, err := e.store.ExtendRecurrences(e.ctx); err != nil {
		t.Fatal(err)
	}
	late, _ := e.store.List(e.ctx, Filter{DraftID: d.ID, From: e.clock.Now().Add(-100 * 24 * time.Hour), To: e.clock.Now()})
	if len(late) != 0 {
		t.Fatalf("%d occurrences made in the past", len(late))
	}
}

func TestStopRecurringCancelsFutureOnly(t *testing.T) {
	ny, _ := time.LoadLocation("America/New_York")
	e := newTestEnv(t, "")
	a := e.addAccount("maple")
	d := e.readyDraft("Daily tip.")
	r := Recurrence{Start: time.Date(2026, 3, 2, 10, 0, 0, 0, ny), Location: ny, Freq: Daily, Interval: 1, Count: 5}
	rs, err := e.store.ScheduleRecurring(e.ctx, d.ID, a.ID, r)
	if err != nil || len(rs.Publications) != 5 {
		t.Fatalf("%d, %v", len(rs.Publications), err)
	}
	// Two go out, then it is stopped.
	for _, step := range []time.Duration{time.Hour + time.Minute, 24 * time.Hour} {
		e.clock.Advance(step)
		if _, err := e.engine.RunDue(e.ctx); err != nil {
			t.Fatal(err)
		}
	}
	if err := e.store.StopRecurring(e.ctx, rs.ID); err != nil {
		t.Fatal(err)
	}
	var states []State
	for _, p := range rs.Publications {
		states = append(states, e.get(p.ID).State)
	}
	want := []State{StatePublished, StatePublished, StateCancelled, StateCancelled, StateCancelled}
	for i := range want {
		if states[i] != want[i] {
			t.Fatalf("states %v, want %v", states, want)
		}
	}
	if list, _ := e.store.Recurrences(e.ctx, d.ID); len(list) != 1 || list[0].Active {
		t.Fatalf("still active: %+v", list)
	}
	e.clock.Advance(90 * 24 * time.Hour)
	if n, _ := e.store.ExtendRecurrences(e.ctx); n != 0 {
		t.Fatalf("a stopped repeat added %d", n)
	}
	if err := e.store.StopRecurring(e.ctx, 999); err == nil {
		t.Fatal("stopped an unknown repeat")
	}
}

func TestScheduleRecurringRefusals(t *testing.T) {
	ny, _ := time.LoadLocation("America/New_York")
	e := newTestEnv(t, "")
	a := e.addAccount("maple")
	d := e.readyDraft("Tip.")
	tests := []struct {
		name string
		r    Recurrence
	}{
		{"invalid", Recurrence{Start: time.Date(2026, 3, 3, 9, 0, 0, 0, ny), Location: ny, Freq: Weekly}},
		{"all past", Recurrence{Start: time.Date(2026, 2, 3, 9, 0, 0, 0, ny), Location: ny, Freq: Weekly, Interval: 1, Count: 2}},
		{"ends before now", Recurrence{Start: time.Date(2026, 2, 3, 9, 0, 0, 0, ny), Location: ny, Freq: Daily, Interval: 1, Until: time.Date(2026, 2, 10, 0, 0, 0, 0, ny)}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := e.store.ScheduleRecurring(e.ctx, d.ID, a.ID, tc.r); err == nil {
				t.Fatal("accepted")
			}
		})
	}
	if list, _ := e.store.Recurrences(e.ctx, 0); len(list) != 0 {
		t.Fatalf("refused repeats were stored: %+v", list)
	}
}
