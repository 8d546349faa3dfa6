package ui

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/carepost/carepost/schedule"
)

func TestEngineRunErrorsReachStaff(t *testing.T) {
	svc, acc := newFlowService(t, true)
	m := newFlowWindow(t, svc, acc)
	var mu sync.Mutex
	var notes []fyne.Notification
	m.notify = func(n *fyne.Notification) {
		mu.Lock()
		notes = append(notes, *n)
		mu.Unlock()
	}
	var fail error
	var failMu sync.Mutex
	r := newRunner(func(context.Context) (schedule.Summary, error) {
		failMu.Lock()
		defer failMu.Unlock()
		return schedule.Summary{}, fail
	})
	ticks := make(chan time.Time)
	r.After = func(time.Duration) <-chan time.Time { return ticks }
	r.ran = make(chan struct{})
	ctx, stop := context.WithCancel(context.Background())
	t.Cleanup(func() { stop(); <-r.Done() })
	m.startRunner(ctx, r)
	<-r.ran
	setFail := func(err error) {
		failMu.Lock()
		fail = err
		failMu.Unlock()
	}
	run := func() {
		ticks <- time.Now()
		<-r.ran
		// OnRun hands the result to the UI goroutine; wait for it there.
		done := make(chan struct{})
		fyne.Do(func() { close(done) })
		<-done
	}
	if !m.engineError.Hidden {
		t.Fatal("an error is shown after a run that worked")
	}

	setFail(errors.New("database is locked"))
	run()
	if m.engineError.Hidden || !strings.Contains(m.engineError.Text, "database is locked") {
		t.Fatalf("sidebar says %q (hidden %v)", m.engineError.Text, m.engineError.Hidden)
	}
	mu.Lock()
	if len(notes) != 0 {
		t.Fatalf("notified while the window is open: %+v", notes)
	}
	mu.Unlock()

	m.hidden = true // closed to the tray
	run()
	run() // the same failure again: one notification, not one every 30 s
	mu.Lock()
	if len(notes) != 1 || !strings.Contains(notes[0].Content, "database is locked") {
		t.Fatalf("notifications %+v", notes)
	}
	mu.Unlock()

	setFail(nil)
	run()
	if !m.engineError.Hidden {
		t.Fatal("the error stays after a run that worked")
	}
}

// TestPublicationActionsRunOffTheUIGoroutine: Pause, Resume, Cancel and
// Retry write off the UI goroutine; the button's handler returns at once.
func TestPublicationActionsRunOffTheUIGoroutine(t *testing.T) {
	test.NewTempApp(t)
	q := newUIQueue()
	changed := 0
	env := &scheduleEnv{win: test.NewTempWindow(t, nil), do: q.post, changed: func() { changed++ }}
	schedQueues.Store(env, q)
	release := make(chan struct{})
	returned := make(chan struct{})
	go func() {
		pubAction(env, "Could not pause", 7, func(ctx context.Context, id int64) (schedule.Publication, error) {
			<-release // the write waits; the handler must not
			return schedule.Publication{ID: id}, nil
		})
		close(returned)
	}()
	select {
	case <-returned:
	case <-time.After(5 * time.Second):
		t.Fatal("the handler waited for the write")
	}
	close(release)
	settleSchedule(t, env)
	if changed != 1 {
		t.Fatalf("screens told %d times, want once", changed)
	}
}
