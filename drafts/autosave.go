package drafts

import (
	"context"
	"sync"
	"time"
)

// Autosaver saves a draft shortly after the user stops typing, and at
// least every MaxWait while they keep typing, so a crash loses at most
// MaxWait of work. Saves run off the caller's goroutine, one at a time,
// always with the newest text.
type Autosaver struct {
	Quiet   time.Duration // save this long after the last change
	MaxWait time.Duration // but never later than this after the first unsaved change

	save   func(context.Context, Draft) error
	result func(Draft, error)

	mu      sync.Mutex
	pending *Draft
	since   time.Time
	timer   *time.Timer
	saving  sync.Mutex // held while a save runs, so saves never overlap
	// others counts displaced changes of another draft still being saved
	// (saveOther); Flush waits for them.
	others sync.WaitGroup
	closed bool
}

// DefaultQuiet and DefaultMaxWait keep worst-case loss under 2 s.
const (
	DefaultQuiet   = 600 * time.Millisecond
	DefaultMaxWait = 1500 * time.Millisecond
)

// NewAutosaver calls save for each batch of changes; result (may be nil)
// hears how each background save went, on the timer's goroutine. Saves the
// caller forces with Flush report only through Flush's return value, so a
// UI calling Flush on its own goroutine is never called back from it.
func NewAutosaver(save func(context.Context, Draft) error, result func(Draft, error)) *Autosaver {
	return &Autosaver{Quiet: DefaultQuiet, MaxWait: DefaultMaxWait, save: save, result: result}
}

// Changed records the draft's newest state and arranges a save.
func (a *Autosaver) Changed(d Draft) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.closed {
		return
	}
	now := time.Now()
	if a.pending != nil && a.pending.ID != d.ID {
		// Another draft's change is still waiting (staff moved on before
		// its save): save it now rather than let this one replace it.
		a.others.Add(1)
		go a.saveOther(*a.pending)
		a.pending = nil
	}
	if a.pending == nil {
		a.since = now
	}
	a.pending = &d
	wait := a.Quiet
	if deadline := a.since.Add(a.MaxWait); now.Add(wait).After(deadline) {
		wait = deadline.Sub(now)
	}
	if a.timer != nil {
		a.timer.Stop()
	}
	// A background save reports its error through result, and keeps the
	// change so the next edit or Flush retries it.
	a.timer = time.AfterFunc(wait, func() { a.flush(true) })
}

// Pending reports whether a change is waiting to be saved.
func (a *Autosaver) Pending() bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.pending != nil
}

// Flush saves the pending change now, if any, after any displaced change
// of another draft, and returns the save's error.
func (a *Autosaver) Flush() error {
	a.others.Wait()
	return a.flush(false)
}

func (a *Autosaver) flush(background bool) error {
	a.saving.Lock()
	defer a.saving.Unlock()
	a.mu.Lock()
	d := a.pending
	a.pending = nil
	if a.timer != nil {
		a.timer.Stop()
		a.timer = nil
	}
	a.mu.Unlock()
	if d == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	err := a.save(ctx, *d)
	if err != nil {
		// Keep the change so the next edit or Flush retries it, unless a
		// newer one arrived meanwhile.
		a.mu.Lock()
		if a.pending == nil {
			a.pending = d
			a.since = time.Now()
		}
		a.mu.Unlock()
	}
	if background && a.result != nil {
		a.result(*d, err)
	}
	return err
}

// saveOther saves a change that was displaced by another draft's, after
// any save under way; its outcome goes to result.
func (a *Autosaver) saveOther(d Draft) {
	defer a.others.Done()
	a.saving.Lock()
	defer a.saving.Unlock()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	err := a.save(ctx, d)
	if a.result != nil {
		a.result(d, err)
	}
}

// Close flushes and stops further saves.
func (a *Autosaver) Close() error {
	err := a.Flush()
	a.mu.Lock()
	a.closed = true
	a.mu.Unlock()
	return err
}
