package ui

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/schedule"
)

// fakeMastodon accepts statuses, except ones about "vaccine myths", which
// it refuses in its own words.
type fakeMastodon struct {
	mu    sync.Mutex
	posts []string
	srv   *httptest.Server
}

const mastodonRefusal = "Validation failed: Text contains a word this server does not allow"

func newFakeMastodon(t *testing.T) *fakeMastodon {
	f := &fakeMastodon{}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /api/v1/statuses", func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		text := r.PostForm.Get("status")
		w.Header().Set("Content-Type", "application/json")
		if strings.Contains(text, "vaccine myths") {
			w.WriteHeader(422)
			io.WriteString(w, `{"error":"`+mastodonRefusal+`"}`)
			return
		}
		f.mu.Lock()
		f.posts = append(f.posts, text)
		id := 1000 + len(f.posts)
		f.mu.Unlock()
		fmt.Fprintf(w, `{"id":"%d","uri":"%s/users/maplegrove/statuses/%d","url":"%s/@maplegrove/%d","created_at":%q,"content":"<p>x</p>"}`,
			id, f.srv.URL, id, f.srv.URL, id, time.Now().UTC().Format(time.RFC3339))
	})
	f.srv = httptest.NewServer(mux)
	t.Cleanup(f.srv.Close)
	return f
}

type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) Now() time.Time  { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *fakeClock) Set(t time.Time) { c.mu.Lock(); c.t = t; c.mu.Unlock() }

// tapOverlayButton presses the button labelled text in the top dialog.
func tapOverlayButton(t *testing.T, w fyne.Window, text string) {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog is open")
	}
	for _, o := range test.LaidOutObjects(top) {
		if b, ok := o.(*widget.Button); ok && b.Text == text && b.Visible() {
			test.Tap(b)
			return
		}
	}
	t.Fatalf("no %q button in the dialog", text)
}

func cellHas(c *calendarScreen, day time.Time, part string) bool {
	cell := c.cells[dayKey(day.In(c.loc))]
	if cell == nil {
		return false
	}
	for _, l := range cell.lines {
		if strings.Contains(l, part) {
			return true
		}
	}
	return false
}

func TestScheduleFromEditorToPublished(t *testing.T) {
	fm := newFakeMastodon(t)
	svc, acc := newFlowService(t, true)
	ctx := context.Background()
	if _, err := acc.Accounts.Add(ctx, accounts.Account{Network: drafts.Mastodon, Handle: "@maplegrove", ServerURL: fm.srv.URL},
		accounts.Credentials{AccessToken: "mastodon-SYNTHETIC"}); err != nil {
		t.Fatal(err)
	}
	m := newFlowWindow(t, svc, acc)
	var notesMu sync.Mutex
	var notes []fyne.Notification
	m.notify = func(n *fyne.Notification) {
		notesMu.Lock()
		notes = append(notes, *n)
		notesMu.Unlock()
	}
	store := m.sched.store.(*schedule.Store)
	clock := &fakeClock{t: time.Now()}
	engine := &schedule.Engine{Store: store, Connectors: wiredFor(svc).Engine.Connectors, Drafts: svc, Accounts: acc.Accounts,
		Now: clock.Now, Sleep: func(context.Context, time.Duration) error { return nil }}
	engine.Notify = m.notifyPublication
	ticks := make(chan time.Time)
	r := NewEngineRunner(engine)
	r.After = func(time.Duration) <-chan time.Time { return ticks }
	r.ran = make(chan struct{})
	runCtx, stop := context.WithCancel(ctx)
	t.Cleanup(func() { stop(); <-r.Done() })
	m.startRunner(runCtx, r)
	<-r.ran // the run at start
	runEngine := func() { ticks <- time.Now(); <-r.ran }

	loc, _ := time.LoadLocation("America/New_York")
	due := nextWholeHour(time.Now(), loc)
	c := m.calendar
	e := m.drafts.editor

	newReadyDraft := func(t *testing.T, title, body string) {
		t.Helper()
		m.NewDraft()
		for n, ch := range e.networks {
			ch.SetChecked(n == drafts.Mastodon)
		}
		test.Type(e.title, title)
		test.Type(e.body, body)
		test.Tap(e.readyButton)
		settle(t, e)
		if e.statusLabel.Text != "Ready" {
			t.Fatalf("not ready: %s", e.blockers.Text)
		}
	}

	var flu schedule.Publication
	t.Run("a ready draft is scheduled from the editor and shows as queued on the calendar", func(t *testing.T) {
		newReadyDraft(t, "Flu clinic", "Flu shots are here! Walk in Saturday 9 to 1.")
		if e.scheduleButton.Hidden {
			t.Fatal("Schedule… is hidden on a ready draft")
		}
		test.Tap(e.scheduleButton)
		s := e.scheduleDlg
		if s == nil || len(s.checks) != 1 {
			t.Fatalf("schedule dialog offers %v", s)
		}
		want := whenWords(due, loc) + ", on Mastodon"
		if s.summary.Text != want || !strings.Contains(want, "Eastern") {
			t.Fatalf("summary %q, want %q", s.summary.Text, want)
		}
		t.Run("bad input is explained and nothing typed is lost", func(t *testing.T) {
			date := s.date.Text
			s.clock.SetText("25:00")
			if !s.submit.Disabled() || !strings.Contains(s.summary.Text, "25:00") {
				t.Fatalf("summary %q, submit disabled %v", s.summary.Text, s.submit.Disabled())
			}
			if s.date.Text != date {
				t.Fatal("the date was lost")
			}
			s.clock.SetText(due.In(loc).Format("3:04 PM"))
		})
		test.Tap(s.submit)
		if s.errLabel.Visible() {
			t.Fatalf("error: %s", s.errLabel.Text)
		}
		pubs, err := store.List(ctx, schedule.Filter{DraftID: e.d.ID})
		if err != nil || len(pubs) != 1 || !pubs[0].DueAt.Equal(due) || pubs[0].Zone != "America/New_York" {
			t.Fatalf("stored %+v, %v", pubs, err)
		}
		flu = pubs[0]
		if row := e.delivery.rows[flu.ID]; row == nil || row.state.Text != "Queued" {
			t.Fatalf("delivery status row %+v", row)
		}
		m.nav.Select(sectionCalendar)
		c.selectDay(due)
		line := due.In(loc).Format("15:04") + " · Mastodon · Flu clinic (Queued)"
		if !cellHas(c, due, line) {
			t.Fatalf("day cell shows %v, want %q", c.cells[dayKey(due.In(loc))].lines, line)
		}
	})

	t.Run("once due, the engine publishes it and the calendar and editor say Published with the link", func(t *testing.T) {
		clock.Set(due.Add(5 * time.Minute))
		runEngine()
		if !cellHas(c, due, "Flu clinic (Published)") {
			t.Fatalf("day cell shows %v", c.cells[dayKey(due.In(loc))].lines)
		}
		if dc := c.dayRows[flu.ID]; dc == nil || dc.state.Text != "Published" {
			t.Fatalf("day panel row %+v", dc)
		}
		row := e.delivery.rows[flu.ID]
		if row == nil || row.state.Text != "Published" || row.link == nil || !strings.HasPrefix(row.link.URL.String(), fm.srv.URL+"/@maplegrove/") {
			t.Fatalf("delivery status row %+v", row)
		}
		notesMu.Lock()
		defer notesMu.Unlock()
		if len(notes) != 1 || notes[0].Title != "Published on Mastodon" {
			t.Fatalf("notifications %+v", notes)
		}
	})

	var myths schedule.Publication
	t.Run("a rejected post shows the network's words and Retry queues it again", func(t *testing.T) {
		newReadyDraft(t, "Vaccine myths", "Three vaccine myths, busted by our nurses.")
		m.nav.Select(sectionCalendar)
		c.selectDay(due)
		c.openSchedule(due)
		s := c.dlg
		s.draftPick.SetSelected("Vaccine myths")
		s.date.SetText(due.In(loc).Format("2006-01-02"))
		s.clock.SetText(due.In(loc).Format("3:04 PM"))
		test.Tap(s.submit)
		if s.errLabel.Visible() {
			t.Fatalf("error: %s", s.errLabel.Text)
		}
		runEngine()
		pubs, _ := store.List(ctx, schedule.Filter{States: []schedule.State{schedule.StateFailed}})
		if len(pubs) != 1 {
			t.Fatalf("%d failed publications", len(pubs))
		}
		myths = pubs[0]
		dc := c.dayRows[myths.ID]
		if dc == nil || dc.state.Text != "Failed" || dc.retry == nil {
			t.Fatalf("day panel row %+v", dc)
		}
		if !cellHas(c, due, "Vaccine myths (Failed)") {
			t.Fatalf("day cell shows %v", c.cells[dayKey(due.In(loc))].lines)
		}
		m.OpenDraft(myths.DraftID)
		row := e.delivery.rows[myths.ID]
		if row == nil || row.words == nil || !strings.Contains(row.words.Text, mastodonRefusal) {
			t.Fatalf("delivery status row %+v", row)
		}
		notesMu.Lock()
		last := notes[len(notes)-1]
		notesMu.Unlock()
		if !strings.Contains(last.Content, "Not published: "+mastodonRefusal) {
			t.Fatalf("notification %+v", last)
		}
		test.Tap(row.retry)
		settleSchedule(t, m.sched)
		if got, _ := store.Get(ctx, myths.ID); got.State != schedule.StateQueued {
			t.Fatalf("after Retry: %s", got.State)
		}
		if row := e.delivery.rows[myths.ID]; row == nil || row.state.Text != "Queued" {
			t.Fatalf("delivery status after Retry %+v", row)
		}
	})

	later := due.AddDate(0, 0, 3)
	t.Run("reschedule moves it to another day", func(t *testing.T) {
		m.nav.Select(sectionCalendar)
		c.selectDay(due)
		dc := c.dayRows[myths.ID]
		if dc == nil || dc.reschedule == nil {
			t.Fatalf("no Reschedule for %+v", dc)
		}
		test.Tap(dc.reschedule)
		f := c.resched
		f.date.SetText("next week")
		test.Tap(f.submit)
		if f.date.Text != "next week" || !f.submit.Disabled() {
			t.Fatal("a bad date was not kept for correcting")
		}
		f.date.SetText(later.In(loc).Format("2006-01-02"))
		test.Tap(f.submit)
		if f.errLabel.Text != "" {
			t.Fatalf("error: %s", f.errLabel.Text)
		}
		if !cellHas(c, later, "Vaccine myths (Queued)") {
			t.Fatalf("new day shows %v", c.cells[dayKey(later.In(loc))].lines)
		}
		if cellHas(c, due, "Vaccine myths") {
			t.Fatal("still on the old day")
		}
		if _, ok := c.dayRows[myths.ID]; !ok {
			t.Fatal("the new day's panel does not list it")
		}
	})

	t.Run("cancel removes it from the calendar", func(t *testing.T) {
		dc := c.dayRows[myths.ID]
		test.Tap(dc.cancel)
		tapOverlayButton(t, m.Window, "Cancel post")
		settleSchedule(t, m.sched)
		if cellHas(c, later, "Vaccine myths") {
			t.Fatal("a cancelled post is still on the calendar")
		}
		if _, ok := c.dayRows[myths.ID]; ok {
			t.Fatal("a cancelled post is still in the day panel")
		}
		if got, _ := store.Get(ctx, myths.ID); got.State != schedule.StateCancelled {
			t.Fatalf("stored state %s", got.State)
		}
	})

	t.Run("the list view filters by state", func(t *testing.T) {
		c.views.SetSelected(viewList)
		c.stateFilter.SetSelected(schedule.StatePublished.Label())
		if len(c.listed) != 1 || c.listed[0].ID != flu.ID {
			t.Fatalf("listed %+v", c.listed)
		}
		c.stateFilter.SetSelected(allStatesLabel)
		if len(c.listed) != 1 {
			t.Fatalf("cancelled posts listed under all states: %d", len(c.listed))
		}
		c.views.SetSelected(viewWeek)
		if len(c.cells) != 7 {
			t.Fatalf("week view has %d days", len(c.cells))
		}
		c.views.SetSelected(viewMonth)
	})

	fm.mu.Lock()
	defer fm.mu.Unlock()
	if len(fm.posts) != 1 {
		t.Fatalf("the server got %d posts, want 1", len(fm.posts))
	}
}

func TestEngineRunnerNeverOverlaps(t *testing.T) {
	var running, overlaps, runs atomic.Int32
	release := make(chan struct{})
	r := newRunner(func(ctx context.Context) (schedule.Summary, error) {
		if running.Add(1) > 1 {
			overlaps.Add(1)
		}
		runs.Add(1)
		<-release
		running.Add(-1)
		return schedule.Summary{}, nil
	})
	r.After = func(time.Duration) <-chan time.Time { return nil } // no timer: only RunNow
	ctx, stop := context.WithCancel(context.Background())
	r.Start(ctx)
	waitUntil(t, "the first run", func() bool { return runs.Load() == 1 })
	for i := 0; i < 5; i++ {
		r.RunNow() // asked during a run: folded into one more
	}
	release <- struct{}{}
	waitUntil(t, "the second run", func() bool { return runs.Load() == 2 })
	release <- struct{}{}
	time.Sleep(50 * time.Millisecond)
	if n := runs.Load(); n != 2 {
		t.Fatalf("%d runs, want 2", n)
	}
	stop()
	select {
	case <-r.Done():
	case <-time.After(5 * time.Second):
		t.Fatal("the runner did not stop when the app quit")
	}
	if overlaps.Load() != 0 {
		t.Fatal("runs overlapped")
	}
}
