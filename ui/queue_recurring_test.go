package ui

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/schedule"
)

func TestQueueTimesAndRepeatingPosts(t *testing.T) {
	svc, acc := newFlowService(t, true)
	ctx := context.Background()
	a, err := acc.Accounts.Add(ctx, accounts.Account{Network: drafts.Mastodon, Handle: "@maplegrove", ServerURL: "https://mastodon.example"},
		accounts.Credentials{AccessToken: "mastodon-SYNTHETIC"})
	if err != nil {
		t.Fatal(err)
	}
	m := newFlowWindow(t, svc, acc)
	store := m.sched.store.(*schedule.Store)
	m.accounts.setQueueTimes(store)
	loc, _ := time.LoadLocation("America/New_York")
	e := m.drafts.editor

	// A ready draft aimed at Mastodon.
	m.NewDraft()
	for n, ch := range e.networks {
		ch.SetChecked(n == drafts.Mastodon)
	}
	test.Type(e.title, "Hand washing")
	test.Type(e.body, "Wash your hands for 20 seconds. Our nurses show how.")
	test.Tap(e.readyButton)
	settle(t, e)
	if e.statusLabel.Text != "Ready" {
		t.Fatalf("not ready: %s", e.blockers.Text)
	}
	draftID := e.d.ID

	t.Run("without queue times, Next queue time says how to set them", func(t *testing.T) {
		test.Tap(e.scheduleButton)
		s := e.scheduleDlg
		s.mode.SetSelected(whenQueue)
		l := s.queueLines[a.ID]
		if l == nil || !strings.Contains(l.Text, "Set this account's queue times first (Accounts → Queue times)") {
			t.Fatalf("queue line %+v", l)
		}
		test.Tap(s.submit)
		if !s.errLabel.Visible() || !strings.Contains(s.errLabel.Text, "queue times first") {
			t.Fatalf("error label %q", s.errLabel.Text)
		}
		s.dialog.Hide()
	})

	t.Run("queue times are checked, saved and shown back", func(t *testing.T) {
		m.nav.Select(sectionAccounts)
		m.accounts.list.Select(0)
		q := m.accounts.queueEntry
		if q == nil {
			t.Fatal("no Queue times entry")
		}
		q.SetText("Tue/Thx 9:00")
		test.Tap(m.accounts.queueSave)
		if !strings.Contains(m.accounts.queueStatus.Text, "at character 5") || q.Text != "Tue/Thx 9:00" {
			t.Fatalf("status %q, entry %q", m.accounts.queueStatus.Text, q.Text)
		}
		if got, _ := store.Slots(ctx, a.ID); len(got) != 0 {
			t.Fatalf("saved %v", got)
		}
		q.SetText("tues/thurs 9am; sat 10:30")
		test.Tap(m.accounts.queueSave)
		if q.Text != "Tue/Thu 9:00, Sat 10:30" || !strings.HasPrefix(m.accounts.queueStatus.Text, "Saved") {
			t.Fatalf("status %q, entry %q", m.accounts.queueStatus.Text, q.Text)
		}
		if got, _ := store.Slots(ctx, a.ID); schedule.FormatSlots(got) != "Tue/Thu 9:00, Sat 10:30" {
			t.Fatalf("saved %v", got)
		}
	})

	t.Run("Next queue time queues it at the account's next slot", func(t *testing.T) {
		slots, _ := schedule.ParseSlots("Tue/Thu 9:00, Sat 10:30")
		want, _ := schedule.NextFreeSlot(slots, nil, time.Now(), loc)
		m.OpenDraft(draftID)
		test.Tap(e.scheduleButton)
		s := e.scheduleDlg
		s.mode.SetSelected(whenQueue)
		if l := s.queueLines[a.ID]; l == nil || !strings.Contains(l.Text, whenWords(want, loc)) {
			t.Fatalf("queue line %+v, want %q", l, whenWords(want, loc))
		}
		if s.dateBox.Visible() {
			t.Fatal("the date is shown for Next queue time")
		}
		test.Tap(s.submit)
		if s.errLabel.Visible() {
			t.Fatalf("error: %s", s.errLabel.Text)
		}
		pubs, _ := store.List(ctx, schedule.Filter{DraftID: draftID})
		if len(pubs) != 1 || !pubs[0].DueAt.Equal(want) || pubs[0].State != schedule.StateQueued {
			t.Fatalf("stored %+v, want %s", pubs, want)
		}
	})

	t.Run("Repeat weekly 4 times queues 4 posts a week apart on the calendar", func(t *testing.T) {
		before, _ := store.List(ctx, schedule.Filter{DraftID: draftID})
		day := time.Now().In(loc).AddDate(0, 0, 3)
		first := schedule.LocalDateTime(day.Year(), day.Month(), day.Day(), 10, 0, 0, loc)
		test.Tap(e.scheduleButton)
		s := e.scheduleDlg
		s.mode.SetSelected(whenRepeat)
		s.date.SetText(first.Format("2006-01-02"))
		s.clock.SetText("10:00 AM")
		s.freq.SetSelected("Weekly")
		for d, c := range s.days {
			c.SetChecked(d == first.Weekday())
		}
		s.ends.SetSelected(endAfter)
		s.count.SetText("x")
		if !s.submit.Disabled() || !strings.Contains(s.describe.Text, "whole number") {
			t.Fatalf("describe %q", s.describe.Text)
		}
		s.count.SetText("4")
		want := "Every week on " + first.Weekday().String() + " at 10:00 AM, 4 times."
		if s.describe.Text != want {
			t.Fatalf("describe %q, want %q", s.describe.Text, want)
		}
		test.Tap(s.submit)
		if s.errLabel.Visible() {
			t.Fatalf("error: %s", s.errLabel.Text)
		}
		all, _ := store.List(ctx, schedule.Filter{DraftID: draftID})
		if len(all) != len(before)+4 {
			t.Fatalf("%d publications, want %d", len(all), len(before)+4)
		}
		recs, err := store.Recurrences(ctx, draftID)
		if err != nil || len(recs) != 1 || recs[0].Description+"." != want {
			t.Fatalf("recurrences %+v, %v", recs, err)
		}
		m.nav.Select(sectionCalendar)
		c := m.calendar
		for k := 0; k < 4; k++ {
			due := schedule.LocalDateTime(first.Year(), first.Month(), first.Day()+7*k, 10, 0, 0, loc)
			found := false
			for _, p := range all {
				found = found || (p.DueAt.Equal(due) && p.State == schedule.StateQueued)
			}
			if !found {
				t.Fatalf("no queued post at %s", due)
			}
			c.selectDay(due)
			if line := "10:00 · Mastodon · Hand washing (Queued)"; !cellHas(c, due, line) {
				t.Fatalf("day cell shows %v, want %q", c.cells[dayKey(due.In(loc))].lines, line)
			}
		}
	})

	t.Run("Stop repeating from the draft cancels the repeat's future posts", func(t *testing.T) {
		m.nav.Select(sectionDrafts)
		m.drafts.open(draftID)
		ds := e.delivery
		ds.Refresh()
		var stop *widget.Button
		for _, o := range ds.box.Objects {
			if row, ok := o.(*fyne.Container); ok {
				for _, inner := range row.Objects {
					if b, ok := inner.(*widget.Button); ok && b.Text == "Stop repeating" {
						stop = b
					}
				}
			}
		}
		if stop == nil {
			t.Fatal("no Stop repeating button in the delivery status")
		}
		queuedBefore, _ := store.List(ctx, schedule.Filter{DraftID: draftID, States: []schedule.State{schedule.StateQueued}})
		test.Tap(stop)
		tapOverlayButton(t, m.Window, "Yes")
		recs, _ := store.Recurrences(ctx, draftID)
		if len(recs) != 1 || recs[0].Active {
			t.Fatalf("repeat still active: %+v", recs)
		}
		queuedAfter, _ := store.List(ctx, schedule.Filter{DraftID: draftID, States: []schedule.State{schedule.StateQueued}})
		if len(queuedAfter) != len(queuedBefore)-4 {
			t.Fatalf("%d queued posts after stopping, want %d", len(queuedAfter), len(queuedBefore)-4)
		}
	})
}

type fakeExtender struct{ calls *[]string }

func (f fakeExtender) ExtendRecurrences(context.Context) (int, error) {
	*f.calls = append(*f.calls, "extend")
	return 0, errors.New("boom")
}

func TestEngineRunnerExtendsRecurrencesBeforeEachRun(t *testing.T) {
	var calls []string
	r := newRunner(func(context.Context) (schedule.Summary, error) {
		calls = append(calls, "run")
		return schedule.Summary{}, nil
	})
	r.extend = fakeExtender{&calls}
	ticks := make(chan time.Time)
	r.After = func(time.Duration) <-chan time.Time { return ticks }
	r.ran = make(chan struct{})
	var errs []error
	r.OnRun = func(_ schedule.Summary, err error) { errs = append(errs, err) }
	ctx, stop := context.WithCancel(context.Background())
	r.Start(ctx)
	<-r.ran
	ticks <- time.Now()
	<-r.ran
	stop()
	<-r.Done()
	if strings.Join(calls, ",") != "extend,run,extend,run" {
		t.Fatalf("calls %v", calls)
	}
	if len(errs) != 2 || errs[0] == nil || !strings.Contains(errs[0].Error(), "repeating posts: boom") {
		t.Fatalf("errors %v", errs)
	}
}
