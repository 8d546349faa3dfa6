package ui

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"

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
