package drafts

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"
)

type recordingSaver struct {
	mu    sync.Mutex
	saved []string
	at    []time.Time
	fail  bool
}

func (r *recordingSaver) save(_ context.Context, d Draft) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.fail {
		return errors.New("disk full")
	}
	r.saved = append(r.saved, d.Body)
	r.at = append(r.at, time.Now())
	return nil
}

func (r *recordingSaver) snapshot() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.saved...)
}

func waitFor(t *testing.T, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestAutosaver(t *testing.T) {
	t.Run("a burst of edits is saved once, with the newest text", func(t *testing.T) {
		rec := &recordingSaver{}
		var reported sync.WaitGroup
		reported.Add(1)
		a := NewAutosaver(rec.save, func(Draft, error) { reported.Done() })
		a.Quiet, a.MaxWait = 50*time.Millisecond, time.Second
		for _, body := range []string{"H", "He", "Hel", "Hell", "Hello"} {
			a.Changed(Draft{Body: body})
		}
		waitFor(t, "a save", func() bool { return len(rec.snapshot()) > 0 })
		reported.Wait() // background saves are reported
		time.Sleep(100 * time.Millisecond)
		if got := rec.snapshot(); len(got) != 1 || got[0] != "Hello" {
			t.Fatalf("saved %q, want one save of %q", got, "Hello")
		}
	})
	t.Run("continuous typing is saved before it stops", func(t *testing.T) {
		rec := &recordingSaver{}
		a := NewAutosaver(rec.save, nil)
		a.Quiet, a.MaxWait = 200*time.Millisecond, 300*time.Millisecond
		// Edits every 20 ms never leave a quiet gap; only MaxWait can save.
		stop := time.Now().Add(time.Second)
		for i := 0; time.Now().Before(stop); i++ {
			a.Changed(Draft{Body: string(rune('a' + i%26))})
			time.Sleep(20 * time.Millisecond)
		}
		if got := rec.snapshot(); len(got) == 0 {
			t.Fatal("nothing was saved during a second of typing with MaxWait 300 ms")
		}
		a.Close()
	})
	t.Run("flush saves the pending change immediately", func(t *testing.T) {
		rec := &recordingSaver{}
		a := NewAutosaver(rec.save, nil)
		a.Quiet, a.MaxWait = time.Hour, time.Hour
		a.Changed(Draft{Body: "typed just before closing"})
		if err := a.Flush(); err != nil {
			t.Fatal(err)
		}
		if got := rec.snapshot(); len(got) != 1 || got[0] != "typed just before closing" {
			t.Fatalf("saved %q", got)
		}
		if a.Pending() {
			t.Fatal("still pending after flush")
		}
	})
	t.Run("a failed save is kept for the next try", func(t *testing.T) {
		rec := &recordingSaver{fail: true}
		var results []error
		a := NewAutosaver(rec.save, func(_ Draft, err error) { results = append(results, err) })
		a.Quiet, a.MaxWait = time.Hour, time.Hour
		a.Changed(Draft{Body: "important"})
		if err := a.Flush(); err == nil {
			t.Fatal("flush hid the error")
		}
		if !a.Pending() {
			t.Fatal("the unsaved change was dropped")
		}
		rec.mu.Lock()
		rec.fail = false
		rec.mu.Unlock()
		if err := a.Flush(); err != nil {
			t.Fatal(err)
		}
		if got := rec.snapshot(); len(got) != 1 || got[0] != "important" {
			t.Fatalf("saved %q", got)
		}
		if len(results) != 0 {
			t.Fatalf("forced flushes reported through the callback: %v", results)
		}
	})
}

func TestAutosaverKeepsAnotherDraftsWaitingChange(t *testing.T) {
	rec := &recordingSaver{}
	a := NewAutosaver(rec.save, nil)
	a.Quiet, a.MaxWait = time.Hour, time.Hour // only Flush or a displaced change saves
	a.Changed(Draft{ID: 1, Body: "First draft, still unsaved"})
	a.Changed(Draft{ID: 2, Body: "Second draft"})
	waitFor(t, "the first draft's save", func() bool { return len(rec.snapshot()) == 1 })
	if err := a.Flush(); err != nil {
		t.Fatal(err)
	}
	got := rec.snapshot()
	if len(got) != 2 || got[0] != "First draft, still unsaved" || got[1] != "Second draft" {
		t.Fatalf("saved %q", got)
	}
}
