package ui

import (
	"context"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/store"
	"github.com/carepost/carepost/wiring"
)

// The clinic is in Auckland and this computer on UTC: at 20:00 UTC on
// 2 March it is already 09:00 on 3 March at the clinic. The drafts list
// and the calendar must both be on the clinic's day.
func TestDraftsListAndCalendarAgreeOnTheClinicsDay(t *testing.T) {
	machine := time.Local
	time.Local = time.UTC
	t.Cleanup(func() { time.Local = machine })

	tests := []struct {
		name     string
		now      time.Time
		wantDay  string // the clinic's date
		wantMeta string // the drafts list's date and time
	}{
		{"UTC evening is the next morning in Auckland", time.Date(2026, 3, 2, 20, 0, 0, 0, time.UTC), "2026-03-03", "Mar 3, 09:00"},
		{"UTC morning is the same day's evening there", time.Date(2026, 3, 2, 5, 30, 0, 0, time.UTC), "2026-03-02", "Mar 2, 18:30"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			db, err := store.Open(ctx, t.TempDir())
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { db.Close() })
			clock := &fakeClock{t: tt.now}
			ws := wiring.New(db, wiring.Options{Now: clock.Now})
			flowServices.Store(ws.Drafts, ws)
			p := flowProfile
			p.TimeZone = "Pacific/Auckland"
			if err := ws.Drafts.SaveProfile(ctx, p); err != nil {
				t.Fatal(err)
			}
			if _, err := ws.Drafts.CreateDraft(ctx, drafts.Draft{Title: "Flu clinic", Body: "Flu shots this Saturday."}); err != nil {
				t.Fatal(err)
			}
			m := newFlowWindow(t, ws.Drafts, ws.Manager)
			m.sched.now = clock.Now

			m.drafts.Refresh()
			item := m.drafts.list.CreateItem()
			m.drafts.list.UpdateItem(0, item)
			meta := item.(*fyne.Container).Objects[1].(*widget.Label).Text
			if want := "Draft · no networks · " + tt.wantMeta; meta != want {
				t.Errorf("drafts list says %q, want %q", meta, want)
			}

			m.nav.Select(sectionCalendar)
			c := m.calendar
			c.goToday()
			if got := dayKey(c.selected.In(c.loc)); got != tt.wantDay {
				t.Errorf("calendar's today is %s, want %s", got, tt.wantDay)
			}
			if c.zoneHint.Text != "Times are in the clinic's time zone (Pacific/Auckland)." {
				t.Errorf("zone hint %q", c.zoneHint.Text)
			}
			if got := ws.Drafts.Today(ctx); got != tt.wantDay {
				t.Errorf("consents' today is %s, want %s", got, tt.wantDay)
			}
		})
	}
}

func TestCalendarSaysWhenTheClinicsZoneIsNotSet(t *testing.T) {
	svc, acc := newFlowService(t, false)
	m := newFlowWindow(t, svc, acc)
	c := m.calendar
	c.Refresh()
	if c.loc != time.UTC || c.zoneHint.Text != "The clinic's time zone is not set: times are in UTC. Set it under Clinic profile." {
		t.Fatalf("zone %v, hint %q", c.loc, c.zoneHint.Text)
	}
}
