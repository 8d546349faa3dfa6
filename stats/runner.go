package stats

import (
	"context"
	"sync"
	"time"
)

// CollectInterval is how often the app looks for snapshots that are due.
// The schedule's shortest step is an hour, so a quarter of an hour keeps
// every snapshot within minutes of its time without waking the networks
// for nothing.
const CollectInterval = 15 * time.Minute

// Runner takes due snapshots on its own goroutine while the app is open:
// once at start (catching up on what came due while the computer was off),
// then every Interval and whenever RunNow is called. Runs never overlap;
// requests made during a run fold into one more run.
type Runner struct {
	run func(ctx context.Context) (SyncResult, error)
	// Interval between runs; zero uses CollectInterval.
	Interval time.Duration
	// After is the timer (tests inject their own); nil uses time.After.
	After func(time.Duration) <-chan time.Time
	// OnRun hears every run's outcome, on the runner's goroutine.
	OnRun func(SyncResult, error)

	kick chan struct{}
	done chan struct{}
	once sync.Once
}

// NewRunner collects s's due snapshots.
func NewRunner(s *Service) *Runner {
	return &Runner{run: s.Collect, kick: make(chan struct{}, 1), done: make(chan struct{})}
}

// Start begins the loop; it ends when ctx is done. Only the first call
// starts it.
func (r *Runner) Start(ctx context.Context) {
	r.once.Do(func() { go r.loop(ctx) })
}

// RunNow asks for a run as soon as the current one (if any) ends.
func (r *Runner) RunNow() {
	select {
	case r.kick <- struct{}{}:
	default: // one is already asked for
	}
}

// Done is closed when the loop has stopped.
func (r *Runner) Done() <-chan struct{} { return r.done }

func (r *Runner) loop(ctx context.Context) {
	defer close(r.done)
	interval := r.Interval
	if interval <= 0 {
		interval = CollectInterval
	}
	after := r.After
	if after == nil {
		after = time.After
	}
	for {
		res, err := r.run(ctx)
		if ctx.Err() != nil {
			return
		}
		if r.OnRun != nil {
			r.OnRun(res, err)
		}
		select {
		case <-ctx.Done():
			return
		case <-r.kick:
		case <-after(interval):
		}
	}
}
