package ui

import (
	"sync"
	"testing"
	"time"
)

// uiQueue stands for the UI goroutine in tests. Fyne's test driver runs
// fyne.Do's function on whichever goroutine calls it, so results that the
// app hands to the UI goroutine from its own goroutines (reviews, saves)
// are queued here instead and run by the test, on the test's goroutine,
// as the real event loop would run them.
type uiQueue struct {
	mu     sync.Mutex
	fns    []func()
	signal chan struct{}
}

func newUIQueue() *uiQueue { return &uiQueue{signal: make(chan struct{}, 1)} }

// post is the editor's do: it queues f.
func (q *uiQueue) post(f func()) {
	q.mu.Lock()
	q.fns = append(q.fns, f)
	q.mu.Unlock()
	select {
	case q.signal <- struct{}{}:
	default:
	}
}

// drain runs everything queued so far, and what that queues.
func (q *uiQueue) drain() {
	for {
		q.mu.Lock()
		fns := q.fns
		q.fns = nil
		q.mu.Unlock()
		if len(fns) == 0 {
			return
		}
		for _, f := range fns {
			f()
		}
	}
}

// until runs queued work until done holds, failing the test after 10 s.
func (q *uiQueue) until(t testing.TB, what string, done func() bool) {
	t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		q.drain()
		if done() {
			return
		}
		select {
		case <-q.signal:
		case <-time.After(5 * time.Millisecond):
		case <-deadline:
			t.Fatalf("timed out waiting for %s", what)
		}
	}
}

// editorQueues keeps each test editor's queue.
var editorQueues sync.Map // *draftEditor → *uiQueue

// useTestQueue makes e hand its results to a queue the test drains.
func useTestQueue(e *draftEditor) *uiQueue {
	q := newUIQueue()
	e.do = q.post
	editorQueues.Store(e, q)
	return q
}

// settle waits until the editor's latest check is on screen, as a person
// would see it a moment after typing.
func settle(t testing.TB, e *draftEditor) {
	t.Helper()
	v, ok := editorQueues.Load(e)
	if !ok {
		t.Fatal("settle: the editor has no test queue (useTestQueue)")
	}
	v.(*uiQueue).until(t, "the editor to finish", e.idle)
}

// schedQueues keeps each test window's schedule queue (the editor's).
var schedQueues sync.Map // *scheduleEnv → *uiQueue

// settleSchedule waits until the calendar's and delivery status's actions
// on publications have finished and shown their outcome.
func settleSchedule(t testing.TB, env *scheduleEnv) {
	t.Helper()
	v, ok := schedQueues.Load(env)
	if !ok {
		t.Fatal("settleSchedule: the schedule has no test queue")
	}
	v.(*uiQueue).until(t, "the publication action", func() bool { return env.busy == 0 })
}
