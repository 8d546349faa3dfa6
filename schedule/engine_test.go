package schedule

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/drafts"
)

// only returns a decide func that answers f for op and none otherwise.
func only(op string, f fault) func(string) fault {
	return func(o string) fault {
		if o == op {
			return f
		}
		return faultNone
	}
}

func TestPublishesDueAndNotBefore(t *testing.T) {
	e := newTestEnv(t, "")
	a := e.addAccount("maple")
	d := e.readyDraft("Flu shots are in. Walk in any weekday morning.")
	p := e.mustSchedule(d, a, start.Add(10*time.Minute))
	sum, err := e.engine.RunDue(e.ctx)
	if err != nil || sum != (Summary{}) || len(e.net.accepted()) != 0 {
		t.Fatalf("before due: %+v %v, accepted %d", sum, err, len(e.net.accepted()))
	}
	e.clock.Advance(10 * time.Minute)
	sum, err = e.engine.RunDue(e.ctx)
	if err != nil || sum.Published != 1 {
		t.Fatalf("due: %+v %v", sum, err)
	}
	got := e.get(p.ID)
	posts := e.net.accepted()
	if got.State != StatePublished || len(posts) != 1 || got.RemoteID != posts[0].ID || !strings.HasPrefix(got.RemoteURL, "https://social.example/@a1/") ||
		got.PublishedAt.IsZero() || got.Attempts != 1 || posts[0].Key != p.IdempotencyKey {
		t.Fatalf("publication %+v, posts %+v", got, posts)
	}
	if len(e.notified) != 1 || e.notified[0].State != StatePublished {
		t.Fatalf("notified %+v", e.notified)
	}
	log, _ := e.store.Log(e.ctx, p.ID)
	var events []string
	for _, l := range log {
		events = append(events, l.Event)
	}
	if strings.Join(events, ",") != "scheduled,claimed,published" {
		t.Fatalf("log %v", events)
	}
	// Nothing more to do; the log refuses edits.
	if sum, _ := e.engine.RunDue(e.ctx); sum != (Summary{}) {
		t.Fatalf("second run %+v", sum)
	}
	if _, err := e.db.ExecContext(e.ctx, `UPDATE publish_log SET detail = 'x'`); err == nil {
		t.Fatal("publish_log accepted an update")
	}
}

func TestScheduleChecks(t *testing.T) {
	e := newTestEnv(t, "")
	a := e.addAccount("maple")
	d := e.readyDraft("Open late on Thursdays.")
	draft, _ := e.drafts.CreateDraft(e.ctx, drafts.Draft{Body: "Not yet ready", Networks: []drafts.Network{drafts.Mastodon}})
	bsky := e.readyDraft("Bluesky only today.", drafts.Bluesky)
	cases := []struct {
		name    string
		draft   int64
		due     time.Time
		zone    string
		wantErr error
	}{
		{"not ready", draft.ID, start.Add(time.Hour), "America/New_York", ErrDraftNotReady},
		{"other network", bsky.ID, start.Add(time.Hour), "America/New_York", ErrWrongNetwork},
		{"past", d.ID, start.Add(-2 * time.Minute), "America/New_York", ErrInPast},
		{"bad zone", d.ID, start.Add(time.Hour), "Mars/Olympus", ErrUnknownZone},
	}
	for _, c := range cases {
		if _, err := e.store.Schedule(e.ctx, c.draft, a.ID, c.due, c.zone); !errors.Is(err, c.wantErr) {
			t.Errorf("%s: %v, want %v", c.name, err, c.wantErr)
		}
	}
	// Within the minute's tolerance is fine.
	if _, err := e.store.Schedule(e.ctx, d.ID, a.ID, start.Add(-30*time.Second), "Europe/Berlin"); err != nil {
		t.Fatal(err)
	}
}

func TestTransitions(t *testing.T) {
	e := newTestEnv(t, "")
	a := e.addAccount("maple")
	d := e.readyDraft("Open late on Thursdays.")
	p := e.mustSchedule(d, a, start.Add(time.Hour))
	step := func(name string, fn func(context.Context, int64) (Publication, error), want State) {
		t.Helper()
		got, err := fn(e.ctx, p.ID)
		if err != nil || got.State != want {
			t.Fatalf("%s: %v %v, want %s", name, got.State, err, want)
		}
	}
	step("pause", e.store.Pause, StatePaused)
	if _, err := e.store.Pause(e.ctx, p.ID); !errors.Is(err, ErrNotAllowed) {
		t.Fatalf("pause twice: %v", err)
	}
	if _, err := e.store.Retry(e.ctx, p.ID); !errors.Is(err, ErrNotAllowed) {
		t.Fatalf("retry a paused one: %v", err)
	}
	// A paused post does not go out.
	e.clock.Advance(time.Hour)
	if sum, _ := e.engine.RunDue(e.ctx); sum.Published != 0 {
		t.Fatal("a paused post went out")
	}
	got, err := e.store.Reschedule(e.ctx, p.ID, start.Add(2*time.Hour), "Europe/Berlin")
	if err != nil || got.State != StatePaused || !got.DueAt.Equal(start.Add(2*time.Hour)) || got.Zone != "Europe/Berlin" {
		t.Fatalf("reschedule while paused: %+v %v", got, err)
	}
	step("resume", e.store.Resume, StateQueued)
	if _, err := e.store.Reschedule(e.ctx, p.ID, start, "Europe/Berlin"); !errors.Is(err, ErrInPast) {
		t.Fatalf("reschedule into the past: %v", err)
	}
	step("cancel", e.store.Cancel, StateCancelled)
	if _, err := e.store.Resume(e.ctx, p.ID); !errors.Is(err, ErrNotAllowed) {
		t.Fatalf("resume a cancelled one: %v", err)
	}
	e.clock.Advance(2 * time.Hour)
	if sum, _ := e.engine.RunDue(e.ctx); sum.Published != 0 || len(e.net.accepted()) != 0 {
		t.Fatal("a cancelled post went out")
	}
	// Published is final.
	p2 := e.mustSchedule(d, a, e.clock.Now())
	e.engine.RunDue(e.ctx)
	for name, fn := range map[string]func(context.Context, int64) (Publication, error){
		"pause": e.store.Pause, "cancel": e.store.Cancel, "retry": e.store.Retry, "resume": e.store.Resume,
	} {
		if _, err := fn(e.ctx, p2.ID); !errors.Is(err, ErrNotAllowed) {
			t.Errorf("%s after published: %v", name, err)
		}
	}
	if _, err := e.store.Get(e.ctx, 999); !errors.Is(err, ErrNotFound) {
		t.Fatalf("missing: %v", err)
	}
}

func TestGraceWindow(t *testing.T) {
	e := newTestEnv(t, "")
	a := e.addAccount("maple")
	missed := e.mustSchedule(e.readyDraft("Beyond the window."), a, start.Add(time.Minute))
	inWindow := e.mustSchedule(e.readyDraft("Within the window."), a, start.Add(2*time.Minute))
	// CarePost was closed: it comes back 2 h 30 s after the first was due,
	// 1 h 59 min 30 s after the second.
	e.clock.Advance(2*time.Hour + 90*time.Second)
	if err := e.store.SaveSettings(e.ctx, Settings{Grace: 2 * time.Hour}); err != nil {
		t.Fatal(err)
	}
	sum, err := e.engine.RunDue(e.ctx)
	if err != nil || sum.Held != 1 || sum.Published != 1 {
		t.Fatalf("%+v %v", sum, err)
	}
	if got := e.get(missed.ID); got.State != StateHeld || !strings.Contains(got.LastError, "while CarePost was closed; confirm to post it late") ||
		!strings.Contains(got.LastError, "Mon 2 Mar 2026 09:01 EST") {
		t.Fatalf("missed beyond grace: %+v", got)
	}
	if got := e.get(inWindow.ID); got.State != StatePublished {
		t.Fatalf("within grace: %+v", got)
	}
	// Staff confirm: it goes out late, and is not held again.
	if _, err := e.store.Retry(e.ctx, missed.ID); err != nil {
		t.Fatal(err)
	}
	if sum, _ := e.engine.RunDue(e.ctx); sum.Published != 1 {
		t.Fatalf("confirmed late: %+v", sum)
	}
}

func TestSettings(t *testing.T) {
	e := newTestEnv(t, "")
	s, err := e.store.LoadSettings(e.ctx)
	if err != nil || s.Grace != 2*time.Hour || s.Approval {
		t.Fatalf("defaults %+v %v", s, err)
	}
	if err := e.store.SaveSettings(e.ctx, Settings{Grace: 45 * time.Minute, Approval: true}); err != nil {
		t.Fatal(err)
	}
	if s, _ := e.store.LoadSettings(e.ctx); s.Grace != 45*time.Minute || !s.Approval {
		t.Fatalf("saved %+v", s)
	}
	if err := e.store.SaveSettings(e.ctx, Settings{Grace: -time.Minute}); err == nil {
		t.Fatal("negative grace accepted")
	}
}

func TestRateLimitWait(t *testing.T) {
	e := newTestEnv(t, "")
	a := e.addAccount("maple")
	p := e.mustSchedule(e.readyDraft("Rate limited once."), a, start)
	e.engine.MaxAttempts = 1
	e.net.setDecide(only("post", fault429))
	sum, _ := e.engine.RunDue(e.ctx)
	got := e.get(p.ID)
	if sum.Retrying != 1 || got.State != StateQueued || !got.NextAttemptAt.Equal(start.Add(45*time.Second)) || got.Tries != 0 || got.Attempts != 1 {
		t.Fatalf("after 429: %+v %+v", sum, got)
	}
	// Several rate limits never use up MaxAttempts.
	for i := 0; i < 3; i++ {
		e.clock.Advance(45 * time.Second)
		e.engine.RunDue(e.ctx)
	}
	if got := e.get(p.ID); got.State != StateQueued || got.Attempts != 4 {
		t.Fatalf("after more 429s: %+v", got)
	}
	e.net.setDecide(nil)
	e.engine.RunDue(e.ctx) // not yet: still waiting
	if got := e.get(p.ID); got.State != StateQueued {
		t.Fatalf("went early: %+v", got)
	}
	e.clock.Advance(45 * time.Second)
	if sum, _ := e.engine.RunDue(e.ctx); sum.Published != 1 {
		t.Fatalf("after the wait: %+v", sum)
	}
}

func TestTransientBackoffThenFailedWithReason(t *testing.T) {
	e := newTestEnv(t, "")
	a := e.addAccount("maple")
	p := e.mustSchedule(e.readyDraft("Server trouble."), a, start)
	e.engine.MaxAttempts = 3
	e.net.setDecide(only("post", fault503))
	for i := 1; i <= 3; i++ {
		e.engine.RunDue(e.ctx)
		got := e.get(p.ID)
		if i < 3 {
			wait := got.NextAttemptAt.Sub(e.clock.Now())
			ceiling := BackoffBase << (i - 1)
			if got.State != StateQueued || wait < time.Second || wait > ceiling {
				t.Fatalf("try %d: %+v wait %s (ceiling %s)", i, got, wait, ceiling)
			}
			e.clock.Advance(wait)
		} else if got.State != StateFailed || !strings.Contains(got.LastError, "Service Unavailable") || got.Reconcile {
			t.Fatalf("after max tries: %+v", got)
		}
	}
	if n := len(e.net.accepted()); n != 0 {
		t.Fatalf("accepted %d", n)
	}
	// Backoff stays under the cap.
	for n := 1; n < 40; n++ {
		if d := e.engine.Backoff(n); d < time.Second || d > BackoffCap {
			t.Fatalf("backoff(%d) = %s", n, d)
		}
	}
}

func TestAuthParksAndRetryAfterReconnect(t *testing.T) {
	e := newTestEnv(t, "")
	a := e.addAccount("maple")
	p := e.mustSchedule(e.readyDraft("Sign-in revoked."), a, start)
	e.net.setDecide(only("post", fault401))
	sum, _ := e.engine.RunDue(e.ctx)
	got := e.get(p.ID)
	acct, _ := e.accounts.Get(e.ctx, a.ID)
	if sum.NeedsReconnect != 1 || got.State != StateNeedsReconnect || got.LastError != "The access token was revoked" || acct.Status != accounts.StatusNeedsReconnect {
		t.Fatalf("%+v %+v %s", sum, got, acct.Status)
	}
	e.net.setDecide(nil)
	e.clock.Advance(time.Hour)
	if sum, _ := e.engine.RunDue(e.ctx); sum.Published != 0 {
		t.Fatal("a parked post went out")
	}
	e.reconnect(a.ID)
	if _, err := e.store.Retry(e.ctx, p.ID); err != nil {
		t.Fatal(err)
	}
	if sum, _ := e.engine.RunDue(e.ctx); sum.Published != 1 || len(e.net.accepted()) != 1 {
		t.Fatalf("after reconnect: %+v", sum)
	}
}

func TestRejectedVerbatim(t *testing.T) {
	e := newTestEnv(t, "")
	a := e.addAccount("maple")
	p := e.mustSchedule(e.readyDraft("Too long, says the server."), a, start)
	e.net.setDecide(only("post", fault422))
	sum, _ := e.engine.RunDue(e.ctx)
	got := e.get(p.ID)
	if sum.Failed != 1 || got.State != StateFailed || got.LastError != rejectMessage {
		t.Fatalf("%+v %+v", sum, got)
	}
	if len(e.notified) != 1 || e.notified[0].State != StateFailed {
		t.Fatalf("notified %+v", e.notified)
	}
}

func TestHeldWhenDraftChanged(t *testing.T) {
	e := newTestEnv(t, "")
	a := e.addAccount("maple")
	d := e.readyDraft("Original text.")
	p := e.mustSchedule(d, a, start.Add(time.Minute))
	d.Body = "Edited after scheduling."
	if err := e.drafts.SaveDraft(e.ctx, d); err != nil {
		t.Fatal(err)
	}
	e.clock.Advance(time.Minute)
	sum, _ := e.engine.RunDue(e.ctx)
	got := e.get(p.ID)
	if sum.Held != 1 || got.State != StateHeld || got.LastError != DraftChangedReason || len(e.net.accepted()) != 0 {
		t.Fatalf("%+v %+v", sum, got)
	}
	// Mark ready and retry: the edited text goes out.
	if err := e.drafts.MarkReady(e.ctx, d.ID); err != nil {
		t.Fatal(err)
	}
	e.store.Retry(e.ctx, p.ID)
	e.engine.RunDue(e.ctx)
	if posts := e.net.accepted(); len(posts) != 1 || posts[0].Text != "Edited after scheduling." {
		t.Fatalf("posts %+v", posts)
	}
}

func TestDroppedConnectionIsReconciled(t *testing.T) {
	for _, f := range []fault{faultDropAfterStore, fault502} {
		t.Run(f.String(), func(t *testing.T) {
			e := newTestEnv(t, "")
			a := e.addAccount("maple")
			p := e.mustSchedule(e.readyDraft("Accepted, answer lost."), a, start)
			e.net.setDecide(only("post", f))
			sum, err := e.engine.RunDue(e.ctx)
			got := e.get(p.ID)
			posts := e.net.accepted()
			if err != nil || sum.Published != 1 || sum.Reconciled != 1 || got.State != StatePublished || len(posts) != 1 || got.RemoteID != posts[0].ID {
				t.Fatalf("%+v %v %+v %+v", sum, err, got, posts)
			}
		})
	}
	t.Run("the look fails too: next run looks first", func(t *testing.T) {
		e := newTestEnv(t, "")
		a := e.addAccount("maple")
		p := e.mustSchedule(e.readyDraft("Accepted, answer lost, list down."), a, start)
		e.net.setDecide(func(op string) fault {
			if op == "post" {
				return faultDropAfterStore
			}
			return fault503
		})
		e.engine.RunDue(e.ctx)
		got := e.get(p.ID)
		if got.State != StateQueued || !got.Reconcile {
			t.Fatalf("%+v", got)
		}
		// Next time the list still fails: it must not post blind.
		e.clock.Advance(time.Hour)
		e.engine.RunDue(e.ctx)
		if got := e.get(p.ID); got.State != StateQueued || len(e.net.accepted()) != 1 {
			t.Fatalf("posted blind: %+v, %d accepted", got, len(e.net.accepted()))
		}
		e.net.setDecide(nil)
		e.clock.Advance(time.Hour)
		sum, _ := e.engine.RunDue(e.ctx)
		if got := e.get(p.ID); sum.Reconciled != 1 || got.State != StatePublished || len(e.net.accepted()) != 1 {
			t.Fatalf("%+v %+v", sum, got)
		}
	})
	t.Run("dropped before accepting: posted again with the same key", func(t *testing.T) {
		e := newTestEnv(t, "")
		a := e.addAccount("maple")
		p := e.mustSchedule(e.readyDraft("Dropped before the server took it."), a, start)
		e.net.setDecide(only("post", faultDropBefore))
		e.engine.RunDue(e.ctx)
		e.net.setDecide(nil)
		e.clock.Advance(time.Hour)
		e.engine.RunDue(e.ctx)
		posts := e.net.accepted()
		if got := e.get(p.ID); got.State != StatePublished || len(posts) != 1 || posts[0].Key != p.IdempotencyKey {
			t.Fatalf("%+v %+v", got, posts)
		}
	})
}

func TestCrashBetweenCallAndCommitIsReconciled(t *testing.T) {
	e := newTestEnv(t, "")
	a := e.addAccount("maple")
	p := e.mustSchedule(e.readyDraft("The process died after posting."), a, start)
	e.engine.crashAfterNetwork = func(Publication) bool { return true }
	if _, err := e.engine.RunDue(e.ctx); !errors.Is(err, errCrashed) {
		t.Fatal(err)
	}
	e.engine.crashAfterNetwork = nil
	if got := e.get(p.ID); got.State != StatePublishing {
		t.Fatalf("%+v", got)
	}
	// Another run while the lease holds leaves it alone.
	e.clock.Advance(DefaultLease - time.Second)
	if sum, _ := e.engine.RunDue(e.ctx); sum != (Summary{}) {
		t.Fatalf("took a leased row: %+v", sum)
	}
	e.clock.Advance(2 * time.Second)
	sum, _ := e.engine.RunDue(e.ctx)
	if got := e.get(p.ID); sum.Reconciled != 1 || got.State != StatePublished || len(e.net.accepted()) != 1 {
		t.Fatalf("%+v %+v", sum, got)
	}
}

func TestInconclusiveLookHolds(t *testing.T) {
	e := newTestEnv(t, "")
	a := e.addAccount("maple")
	p := e.mustSchedule(e.readyDraft("Lost among many."), a, start)
	e.engine.crashAfterNetwork = func(Publication) bool { return true }
	e.net.setDecide(only("post", faultDropBefore)) // it did not go out
	e.engine.RunDue(e.ctx)
	e.engine.crashAfterNetwork = nil
	e.net.setDecide(nil)
	// Meanwhile the account posts 45 times.
	for i := 0; i < 45; i++ {
		e.clock.Advance(time.Second)
		e.mustSchedule(e.readyDraft("Other post "+string(rune('A'+i%26))+time.Duration(i).String()), a, e.clock.Now())
		e.engine.RunDue(e.ctx)
	}
	e.clock.Advance(DefaultLease)
	e.engine.RunDue(e.ctx)
	got := e.get(p.ID)
	if got.State != StateHeld || got.LastError != InconclusiveReason {
		t.Fatalf("%+v", got)
	}
	// Staff checked: Retry posts it.
	e.store.Retry(e.ctx, p.ID)
	e.engine.RunDue(e.ctx)
	if got := e.get(p.ID); got.State != StatePublished {
		t.Fatalf("%+v", got)
	}
}
