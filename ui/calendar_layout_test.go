package ui

import (
	"context"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/schedule"
	"github.com/carepost/carepost/store"
)

// calendarFixture is a window on the calendar with a connected Mastodon
// account, posts on one day at 6:30, 9:15, 9:40, 13:00 and 21:00 (clinic
// time), and ready drafts of which two are not scheduled.
type calendarFixture struct {
	m     *MainWindow
	c     *calendarScreen
	svc   *drafts.Service
	loc   *time.Location
	day   time.Time // midnight of the posts' day
	pubs  []int64
	draft drafts.Draft // the scheduled draft
	ready []int64      // ready, not scheduled
}

func newCalendarFixture(t *testing.T, withAccount bool) *calendarFixture {
	t.Helper()
	svc, acc := newFlowService(t, true)
	ctx := context.Background()
	db := wiredFor(svc).DB
	f := &calendarFixture{svc: svc}
	f.loc, _ = time.LoadLocation(flowProfile.TimeZone)
	var accountID any
	if withAccount {
		a, err := acc.Accounts.Add(ctx, accounts.Account{Network: drafts.Mastodon, Handle: "@maplegrove", DisplayName: "Maple Grove",
			ServerURL: "https://social.example"}, accounts.Credentials{AccessToken: "mastodon-SYNTHETIC"})
		if err != nil {
			t.Fatal(err)
		}
		accountID = a.ID
	}
	ready := func(title string) drafts.Draft {
		d, err := svc.CreateDraft(ctx, drafts.Draft{Title: title, Body: "Flu shots are here! Walk in Saturday 9 to 1.", Networks: []drafts.Network{drafts.Mastodon}})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.ExecContext(ctx, `UPDATE drafts SET status = 'ready' WHERE id = ?`, d.ID); err != nil {
			t.Fatal(err)
		}
		return d
	}
	f.draft = ready("Flu clinic")
	for _, title := range []string{"Hand washing week", "Sun safety reminder with a title long enough to be cut off in the side list"} {
		f.ready = append(f.ready, ready(title).ID)
	}
	now := time.Now().In(f.loc)
	f.day = schedule.LocalDateTime(now.Year(), now.Month(), now.Day()+2, 0, 0, 0, f.loc)
	for i, hm := range [][2]int{{6, 30}, {9, 15}, {9, 40}, {13, 0}, {21, 0}} {
		due := schedule.LocalDateTime(now.Year(), now.Month(), now.Day()+2, hm[0], hm[1], 0, f.loc)
		res, err := db.ExecContext(ctx, `INSERT INTO publications (draft_id, account_id, due_at, zone, state, idempotency_key, created_at, updated_at)
			VALUES (?, ?, ?, 'America/New_York', 'queued', ?, ?, ?)`, f.draft.ID, accountID, store.Stamp(due), fmt.Sprintf("key-%d", i),
			store.Stamp(now), store.Stamp(now))
		if err != nil {
			t.Fatal(err)
		}
		id, _ := res.LastInsertId()
		f.pubs = append(f.pubs, id)
	}
	f.m = newFlowWindow(t, svc, acc)
	f.m.nav.Select(sectionCalendar)
	f.c = f.m.calendar
	f.c.selectDay(f.day)
	return f
}

// calLines are the texts of the calendar lines inside o.
func calLines(o fyne.CanvasObject) []string {
	var out []string
	for _, x := range test.LaidOutObjects(o) {
		if l, ok := x.(*calLine); ok {
			out = append(out, l.full)
		}
	}
	return out
}

// weekSlot is what the week view shows for day at row.
func weekSlot(c *calendarScreen, day time.Time, row int) []string {
	d, ok := c.slots[fmt.Sprintf("%s/%d", dayKey(day.In(c.loc)), row)]
	if !ok {
		return nil
	}
	return calLines(d.obj)
}

func TestCalendarWeekIsAnHourGrid(t *testing.T) {
	f := newCalendarFixture(t, true)
	c := f.c
	c.views.SetSelected(viewWeek)
	if len(c.cells) != 7 {
		t.Fatalf("%d days", len(c.cells))
	}
	if got := len(c.grid.Objects); got != 8*(lastHour-firstHour+4) {
		t.Fatalf("%d objects in the grid, want a header and %d hour rows of 8", got, lastHour-firstHour+3)
	}
	tests := []struct {
		row  int
		want []string
	}{
		{0, []string{"6:30 Flu clinic"}}, // Earlier
		{9 - firstHour + 1, []string{"9:15 Flu clinic", "9:40 Flu clinic"}},
		{13 - firstHour + 1, []string{"1:00 Flu clinic"}},
		{lastHour - firstHour + 2, []string{"9:00 Flu clinic"}}, // Later
		{8 - firstHour + 1, nil},
	}
	for _, tt := range tests {
		if got := weekSlot(c, f.day, tt.row); strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s shows %q, want %q", hourRowLabel(tt.row), got, tt.want)
		}
	}
	if hourRowLabel(0) != "Earlier" || hourRowLabel(1) != "7 AM" || hourRowLabel(lastHour-firstHour+1) != "7 PM" || hourRowLabel(lastHour-firstHour+2) != "Later" {
		t.Fatal("hour labels")
	}
	if n := len(c.cells[dayKey(f.day)].lines); n != 5 {
		t.Fatalf("the day lists %d posts", n)
	}
	t.Run("a day's header picks it", func(t *testing.T) {
		next := c.addDays(f.day, 1)
		if c.cells[dayKey(next)].btn == nil {
			t.Skip("the next day is in another week")
		}
		test.Tap(c.cells[dayKey(next)].btn)
		if !c.selected.Equal(next) {
			t.Fatalf("selected %s", c.selected)
		}
	})
}

func TestCalendarWithoutAccountsSaysSoAndOpensAccounts(t *testing.T) {
	f := newCalendarFixture(t, false)
	c := f.c
	if !c.banner.Visible() || !strings.Contains(c.bannerText.Text, "No social media account is connected") {
		t.Fatalf("banner shown %v: %q", c.banner.Visible(), c.bannerText.Text)
	}
	assertFits(t, f.m.Window)
	test.Tap(c.bannerBtn)
	if f.m.current != sectionAccounts {
		t.Fatalf("Open Accounts showed section %d", f.m.current)
	}
}

func TestCalendarListsReadyDraftsToSchedule(t *testing.T) {
	f := newCalendarFixture(t, true)
	c := f.c
	if c.readyN != 2 || len(c.readyRows) != 2 || c.readyTitle.Text != "Ready to schedule (2)" {
		t.Fatalf("%d ready (%q), %d rows", c.readyN, c.readyTitle.Text, len(c.readyRows))
	}
	if _, ok := c.readyRows[f.draft.ID]; ok {
		t.Fatal("a scheduled draft is listed as still to schedule")
	}
	test.Tap(c.readyRows[f.ready[0]])
	s := c.dlg
	if s == nil || !s.hasDraft || s.d.ID != f.ready[0] || s.draftPick != nil || len(s.checks) != 1 {
		t.Fatalf("the schedule dialog is for %+v", s)
	}
	assertFits(t, f.m.Window)
	s.date.setDay(f.day)
	s.clock.SetText("10:30 AM")
	test.Tap(s.submit)
	if s.errLabel.Visible() {
		t.Fatalf("error: %s", s.errLabel.Text)
	}
	if c.readyN != 1 || len(c.readyRows) != 1 {
		t.Fatalf("after scheduling: %d ready, %d rows", c.readyN, len(c.readyRows))
	}
	c.views.SetSelected(viewWeek)
	if !cellHas(c, f.day, "10:30 · Mastodon · Hand washing week (Queued)") {
		t.Fatalf("the day shows %v", c.cells[dayKey(f.day)].lines)
	}
}

func TestDatePickers(t *testing.T) {
	f := newCalendarFixture(t, true)
	c := f.c
	t.Run("go to date", func(t *testing.T) {
		test.Tap(c.goTo)
		if c.datePicker == nil || c.pickerPop == nil || !c.pickerPop.Visible() {
			t.Fatal("no date picker")
		}
		later := f.day.AddDate(0, 2, 0)
		c.datePicker.OnChanged(time.Date(later.Year(), later.Month(), later.Day(), 0, 0, 0, 0, time.UTC))
		if !c.selected.Equal(c.midnight(later)) || c.pickerPop.Visible() {
			t.Fatalf("selected %s, picker open %v", c.selected, c.pickerPop.Visible())
		}
		c.selectDay(f.day)
	})
	t.Run("the reschedule dialog's date", func(t *testing.T) {
		dc := c.dayRows[f.pubs[1]]
		test.Tap(dc.reschedule)
		r := c.resched
		if r.date.Date == nil || !strings.Contains(r.summary.Text, "Move to "+f.day.Format("Monday, January 2")) {
			t.Fatalf("date %v, summary %q", r.date.Date, r.summary.Text)
		}
		assertFits(t, f.m.Window)
		r.date.SetText("someday")
		if !r.submit.Disabled() || !strings.Contains(r.summary.Text, "pick it from the calendar") {
			t.Fatalf("summary %q", r.summary.Text)
		}
		// Typed in this computer's format, as the calendar writes it.
		next := f.day.AddDate(0, 0, 7)
		r.date.SetText(time.Date(next.Year(), next.Month(), next.Day(), 0, 0, 0, 0, time.UTC).Format(localDateLayout()))
		if r.submit.Disabled() || !strings.Contains(r.summary.Text, next.Format("Monday, January 2")) {
			t.Fatalf("summary %q", r.summary.Text)
		}
		r.dialog.Hide()
	})
	t.Run("the schedule dialog's date takes the calendar's pick", func(t *testing.T) {
		c.openSchedule(f.day)
		s := c.dlg
		if _, ok := interface{}(s.date).(fyne.Tappable); !ok {
			t.Fatal("the date is not a date picker")
		}
		s.draftPick.SetSelected("Hand washing week")
		picked := f.day.AddDate(0, 0, 1)
		s.date.setDay(picked) // what choosing a day in the drop-down does
		if !strings.HasPrefix(s.summary.Text, whenWords(schedule.LocalDateTime(picked.Year(), picked.Month(), picked.Day(), 9, 0, 0, f.loc), f.loc)) {
			t.Fatalf("summary %q", s.summary.Text)
		}
		s.dialog.Hide()
	})
}

// countingSchedule counts the calendar's reads of publications.
type countingSchedule struct {
	*schedule.Store
	lists atomic.Int32
}

func (s *countingSchedule) List(ctx context.Context, f schedule.Filter) ([]schedule.Publication, error) {
	s.lists.Add(1)
	return s.Store.List(ctx, f)
}

// countingDrafts counts reads of whole drafts and of the drafts list.
type countingDrafts struct {
	*drafts.Service
	lists, loads atomic.Int32
}

func (d *countingDrafts) Drafts(ctx context.Context, f drafts.DraftFilter) ([]drafts.DraftSummary, error) {
	d.lists.Add(1)
	return d.Service.Drafts(ctx, f)
}

func (d *countingDrafts) Draft(ctx context.Context, id int64) (drafts.Draft, error) {
	d.loads.Add(1)
	return d.Service.Draft(ctx, id)
}

func TestCalendarRefreshRedrawsOnlyWhatChanged(t *testing.T) {
	f := newCalendarFixture(t, true)
	c := f.c
	sched := &countingSchedule{Store: wiredFor(f.svc).Schedule}
	ds := &countingDrafts{Service: f.svc}
	c.env.store, c.env.drafts = sched, ds

	for _, view := range []string{viewMonth, viewWeek} {
		t.Run(view, func(t *testing.T) {
			c.views.SetSelected(view)
			before := append([]fyne.CanvasObject(nil), c.grid.Objects...)
			body, glance, day := c.body.Objects[0], c.glance.Objects, c.dayBox.Objects
			sched.lists.Store(0)
			ds.lists.Store(0)
			ds.loads.Store(0)

			c.Refresh() // as after a publishing run that changed nothing
			if n := sched.lists.Load(); n != 1 {
				t.Errorf("%d reads of publications for one refresh, want 1 (the shown range)", n)
			}
			if ds.lists.Load() != 0 || ds.loads.Load() != 0 {
				t.Errorf("the refresh read the drafts list %d times and %d whole drafts", ds.lists.Load(), ds.loads.Load())
			}
			if c.body.Objects[0] != body || !sameObjects(c.glance.Objects, glance) || !sameObjects(c.dayBox.Objects, day) {
				t.Error("the body or a side panel was built again")
			}
			if changed := changedObjects(before, c.grid.Objects); changed != 0 {
				t.Errorf("%d cells built again though nothing changed", changed)
			}

			// One post is paused: only its cell and the panels showing it change.
			if _, err := sched.Pause(context.Background(), f.pubs[0]); err != nil {
				t.Fatal(err)
			}
			c.Refresh()
			if changed := changedObjects(before, c.grid.Objects); changed != 1 {
				t.Errorf("%d cells built again after one post changed, want 1", changed)
			}
			if dc := c.dayRows[f.pubs[0]]; dc == nil || dc.state.Text != "Paused" {
				t.Errorf("the day panel row %+v", dc)
			}
			if _, err := sched.Resume(context.Background(), f.pubs[0]); err != nil {
				t.Fatal(err)
			}
			c.Refresh()
		})
	}

	t.Run("titles are the drafts' current ones, read without their text", func(t *testing.T) {
		c.views.SetSelected(viewMonth)
		d := f.draft
		d.Title = "Flu clinic, Saturday"
		if err := f.svc.SaveDraft(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		ds.loads.Store(0)
		c.Refresh()
		if !cellHas(c, f.day, "Flu clinic, Saturday") || ds.loads.Load() != 0 || ds.lists.Load() != 0 {
			t.Fatalf("cell %v; %d drafts read whole", c.cells[dayKey(f.day)].lines, ds.loads.Load())
		}
	})
}

func sameObjects(a, b []fyne.CanvasObject) bool {
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

func changedObjects(a, b []fyne.CanvasObject) int {
	n := 0
	for i := range b {
		if i >= len(a) || a[i] != b[i] {
			n++
		}
	}
	return n
}

func TestCalendarFitsLaptops(t *testing.T) {
	f := newCalendarFixture(t, true)
	c := f.c
	for _, view := range []string{viewMonth, viewWeek, viewList} {
		t.Run(view, func(t *testing.T) {
			c.views.SetSelected(view)
			assertFits(t, f.m.Window)
		})
	}
	t.Run("schedule dialog", func(t *testing.T) {
		c.views.SetSelected(viewMonth)
		c.openSchedule(f.day)
		c.dlg.draftPick.SetSelected("Hand washing week")
		c.dlg.mode.SetSelected(whenRepeat)
		assertFits(t, f.m.Window)
		c.dlg.dialog.Hide()
	})
	t.Run("go to date", func(t *testing.T) {
		test.Tap(c.goTo)
		assertFits(t, f.m.Window)
		c.pickerPop.Hide()
	})
	var _ = widget.NewLabel
}
