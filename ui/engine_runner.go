package ui

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"fyne.io/fyne/v2"

	"github.com/carepost/carepost/schedule"
)

// EngineInterval is how often the app publishes what is due.
const EngineInterval = 30 * time.Second

// EngineRunner runs the publishing engine on its own goroutine: once right
// away, then every Interval and whenever RunNow is called. Runs never
// overlap; requests made during a run are folded into one more run.
type EngineRunner struct {
	run func(ctx context.Context) (schedule.Summary, error)
	// extend, when set, tops up repeating posts before every run, so
	// their next occurrences are queued in time.
	extend RecurrenceExtender
	// Interval between runs; zero uses EngineInterval.
	Interval time.Duration
	// After is the timer (tests inject their own); nil uses time.After.
	After func(time.Duration) <-chan time.Time
	// OnRun hears every run's outcome, on the runner's goroutine.
	OnRun func(schedule.Summary, error)

	kick chan struct{}
	done chan struct{}
	ran  chan struct{} // tests: told after each run and its OnRun
	once sync.Once
}

// RecurrenceExtender makes repeating posts' coming occurrences into
// queued publications; *schedule.Store is one.
type RecurrenceExtender interface {
	ExtendRecurrences(ctx context.Context) (added int, err error)
}

// NewEngineRunner runs e, topping up its store's repeating posts before
// each run.
func NewEngineRunner(e *schedule.Engine) *EngineRunner {
	r := newRunner(e.RunDue)
	if e.Store != nil {
		r.extend = e.Store
	}
	return r
}

// runOnce tops up repeating posts, then publishes what is due. A failure
// to top up is reported with the run's outcome but does not stop it.
func (r *EngineRunner) runOnce(ctx context.Context) (schedule.Summary, error) {
	var extendErr error
	if r.extend != nil {
		if _, err := r.extend.ExtendRecurrences(ctx); err != nil {
			extendErr = fmt.Errorf("queueing repeating posts: %w", err)
		}
	}
	sum, err := r.run(ctx)
	return sum, errors.Join(err, extendErr)
}

func newRunner(run func(ctx context.Context) (schedule.Summary, error)) *EngineRunner {
	return &EngineRunner{run: run, kick: make(chan struct{}, 1), done: make(chan struct{})}
}

// Start begins the loop; it ends when ctx is done. Start runs once.
func (r *EngineRunner) Start(ctx context.Context) {
	r.once.Do(func() { go r.loop(ctx) })
}

// RunNow asks for a run as soon as the current one (if any) ends.
func (r *EngineRunner) RunNow() {
	select {
	case r.kick <- struct{}{}:
	default: // one is already asked for
	}
}

// Done is closed when the loop has stopped.
func (r *EngineRunner) Done() <-chan struct{} { return r.done }

func (r *EngineRunner) loop(ctx context.Context) {
	defer close(r.done)
	interval := r.Interval
	if interval <= 0 {
		interval = EngineInterval
	}
	after := r.After
	if after == nil {
		after = time.After
	}
	for {
		if ctx.Err() != nil {
			return
		}
		sum, err := r.runOnce(ctx)
		if ctx.Err() != nil {
			return
		}
		if r.OnRun != nil {
			r.OnRun(sum, err)
		}
		if r.ran != nil {
			r.ran <- struct{}{}
		}
		select {
		case <-ctx.Done():
			return
		case <-r.kick:
		case <-after(interval):
		}
	}
}

// notification is what staff see for a publication the engine finished.
func notification(p schedule.Publication, network, title string) (fyne.Notification, bool) {
	switch p.State {
	case schedule.StatePublished:
		return fyne.Notification{Title: "Published on " + network, Content: "“" + title + "” is live. " + p.RemoteURL}, true
	case schedule.StateFailed:
		return fyne.Notification{Title: "Not published on " + network, Content: "Not published: " + p.LastError}, true
	case schedule.StateNeedsReconnect:
		return fyne.Notification{Title: "Not published on " + network,
			Content: "Not published: " + p.LastError + " Reconnect the account under Accounts, then press Retry."}, true
	case schedule.StateHeld:
		return fyne.Notification{Title: "Waiting for you: " + title, Content: p.LastError}, true
	}
	return fyne.Notification{}, false
}
