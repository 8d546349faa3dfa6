package schedule

import (
	"errors"
	"testing"
	"time"
)

func TestQueueSlotsAndAddToQueue(t *testing.T) {
	ny, _ := time.LoadLocation("America/New_York")
	e := newTestEnv(t, "") // now: Monday 2 March 2026, 9:00 EST
	a := e.addAccount("maple")
	other := e.addAccount("oak")
	d := e.readyDraft("Flu shots are here.")

	t.Run("no queue times is a plain error", func(t *testing.T) {
		_, err := e.store.AddToQueue(e.ctx, d.ID, a.ID, "America/New_York")
		if !errors.Is(err, ErrNoQueueTimes) || err.Error() != "Set this account's queue times first (Accounts → Queue times)" {
			t.Fatalf("err %v", err)
		}
	})

	slots, err := ParseSlots("Tue/Thu 9:00, Sat 10:30")
	if err != nil {
		t.Fatal(err)
	}
	if err := e.store.SetSlots(e.ctx, a.ID, slots); err != nil {
		t.Fatal(err)
	}
	got, err := e.store.Slots(e.ctx, a.ID)
	if err != nil || FormatSlots(got) != "Tue/Thu 9:00, Sat 10:30" {
		t.Fatalf("slots %v, %v", got, err)
	}
	if got, _ := e.store.Slots(e.ctx, other.ID); len(got) != 0 {
		t.Fatalf("other account has %v", got)
	}

	// Each add takes the next free slot; a cancelled one frees its slot;
	// DST (8 March) keeps 9:00 local.
	tests := []struct {
		name   string
		cancel bool
		want   time.Time
	}{
		{"first free slot", false, time.Date(2026, 3, 3, 9, 0, 0, 0, ny)},
		{"skips a taken slot", false, time.Date(2026, 3, 5, 9, 0, 0, 0, ny)},
		{"then Saturday", true, time.Date(2026, 3, 7, 10, 30, 0, 0, ny)},
		{"the cancelled Saturday is free again", false, time.Date(2026, 3, 7, 10, 30, 0, 0, ny)},
		{"after the DST change still 9:00 local", false, time.Date(2026, 3, 10, 9, 0, 0, 0, ny)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			next, err := e.store.NextQueueTime(e.ctx, a.ID, "America/New_York")
			if err != nil || !next.Equal(tc.want) {
				t.Fatalf("next %s, %v; want %s", next, err, tc.want)
			}
			p, err := e.store.AddToQueue(e.ctx, d.ID, a.ID, "America/New_York")
			if err != nil {
				t.Fatal(err)
			}
			if !p.DueAt.Equal(tc.want) || p.State != StateQueued || p.Zone != "America/New_York" {
				t.Fatalf("got %+v, want %s", p, tc.want)
			}
			if tc.cancel {
				if _, err := e.store.Cancel(e.ctx, p.ID); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
	if p := e.get(5); p.LocalDue().Hour() != 9 || p.LocalDue().Format("MST") != "EDT" {
		t.Fatalf("after DST: %s", p.LocalDue())
	}

	t.Run("clearing the queue times", func(t *testing.T) {
		if err := e.store.SetSlots(e.ctx, a.ID, nil); err != nil {
			t.Fatal(err)
		}
		if _, err := e.store.AddToQueue(e.ctx, d.ID, a.ID, "America/New_York"); !errors.Is(err, ErrNoQueueTimes) {
			t.Fatalf("err %v", err)
		}
	})
	t.Run("an invalid slot is refused", func(t *testing.T) {
		if err := e.store.SetSlots(e.ctx, a.ID, []Slot{{Weekday: 9, Hour: 9}}); err == nil {
			t.Fatal("accepted")
		}
	})
}
