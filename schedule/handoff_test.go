package schedule

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
)

// limitsConn is a connector with other limits: with NativeScheduling off it
// stands for a network like Bluesky that has no scheduler of its own.
type limitsConn struct {
	accounts.Connector
	native bool
	max    time.Duration
}

func (c limitsConn) Limits(ctx context.Context) (accounts.Limits, error) {
	l, err := c.Connector.Limits(ctx)
	l.NativeScheduling, l.MaxScheduleAhead = c.native, c.max
	return l, err
}

func newHandOffEnv(t *testing.T) *testEnv {
	e := newTestEnv(t, "")
	e.engine.NativeHandOff = true
	return e
}

func logEvents(t *testing.T, e *testEnv, id int64) string {
	t.Helper()
	log, err := e.store.Log(e.ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	var events []string
	for _, l := range log {
		events = append(events, l.Event)
	}
	return strings.Join(events, ",")
}

func TestHandOffOnceThenConfirmed(t *testing.T) {
	e := newHandOffEnv(t)
	a := e.addAccount("maple")
	due := start.Add(2 * time.Hour)
	p := e.mustSchedule(e.readyDraft("Flu shots Saturday 9–12, walk in."), a, due)

	for i, want := range []int{1, 0} {
		sum, err := e.engine.RunDue(e.ctx)
		if err != nil || sum.HandedOff != want || sum.Published != 0 {
			t.Fatalf("run %d: %+v %v", i, sum, err)
		}
	}
	got := e.get(p.ID)
	if !got.HandedOff() || !strings.HasPrefix(got.RemoteID, "s") || e.net.scheduledCount() != 1 ||
		len(e.net.accepted()) != 0 || !got.ClaimedUntil.Equal(due.Add(ConfirmDelay)) {
		t.Fatalf("after hand-off: %+v, scheduled %d", got, e.net.scheduledCount())
	}
	log, _ := e.store.Log(e.ctx, p.ID)
	if last := log[len(log)-1]; last.Event != "handed off" || !strings.Contains(last.Detail, "cancel it there") {
		t.Fatalf("log %+v", log)
	}
	// Pausing it in CarePost is refused rather than pretending.
	if _, err := e.store.Pause(e.ctx, p.ID); err == nil {
		t.Fatal("paused a handed-off post")
	}

	// The PC was off at the due time; the network posted it meanwhile.
	e.clock.Advance(2*time.Hour + 3*time.Minute)
	sum, err := e.engine.RunDue(e.ctx)
	if err != nil || sum.Published != 1 || sum.HandedOff != 0 || sum.Held != 0 {
		t.Fatalf("confirm: %+v %v", sum, err)
	}
	got = e.get(p.ID)
	posts := e.net.accepted()
	if len(posts) != 1 || got.State != StatePublished || !got.Native || got.RemoteID != posts[0].ID ||
		got.RemoteURL != "https://social.example/@a1/"+posts[0].ID || !got.PublishedAt.Equal(due) || posts[0].Key != p.IdempotencyKey {
		t.Fatalf("confirmed: %+v, posts %+v", got, posts)
	}
	if ev := logEvents(t, e, p.ID); ev != "scheduled,claimed,handed off,claimed,published" {
		t.Fatalf("log %s", ev)
	}
	if sum, _ := e.engine.RunDue(e.ctx); sum != (Summary{}) || len(e.net.accepted()) != 1 {
		t.Fatalf("afterwards %+v", sum)
	}
}

func TestHandOffTwoEnginesAtOnce(t *testing.T) {
	e := newHandOffEnv(t)
	a := e.addAccount("maple")
	var ids []int64
	for i := 0; i < 6; i++ {
		d := e.readyDraft("Clinic notice " + string(rune('A'+i)))
		ids = append(ids, e.mustSchedule(d, a, start.Add(time.Duration(1+i)*time.Hour)).ID)
	}
	e.engine.Notify = nil
	other := &Engine{Store: NewStore(e.db, e.drafts, e.accounts, e.clock.Now), Connectors: e.connector, Drafts: e.drafts,
		Accounts: e.accounts, Now: e.clock.Now, Sleep: e.engine.Sleep, NativeHandOff: true}
	engines := []*Engine{e.engine, other}
	var wg sync.WaitGroup
	handed := make([]int, 4)
	for i := range handed {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sum, err := engines[i%2].RunDue(e.ctx)
			if err != nil {
				t.Error(err)
			}
			handed[i] = sum.HandedOff
		}(i)
	}
	wg.Wait()
	total := 0
	for _, n := range handed {
		total += n
	}
	if total != len(ids) || e.net.scheduledCount() != len(ids) {
		t.Fatalf("handed off %d (per run %v), network scheduled %d, want %d", total, handed, e.net.scheduledCount(), len(ids))
	}
	e.clock.Advance(7 * time.Hour)
	for i := 0; i < 2; i++ {
		if _, err := engines[i].RunDue(e.ctx); err != nil {
			t.Fatal(err)
		}
	}
	byKey := acceptedByKey(e.net.accepted())
	for _, id := range ids {
		p := e.get(id)
		if p.State != StatePublished || len(byKey[p.IdempotencyKey]) != 1 || p.RemoteURL == "" {
			t.Fatalf("publication %+v, posts %d", p, len(byKey[p.IdempotencyKey]))
		}
	}
	if len(e.net.accepted()) != len(ids) {
		t.Fatalf("posts %d", len(e.net.accepted()))
	}
}

func TestHandOffNotDone(t *testing.T) {
	cases := []struct {
		name string
		due  time.Duration
		conn func(accounts.Connector) accounts.Connector
	}{
		{"too near: 3 minutes ahead, under Mastodon's 5", 3 * time.Minute, nil},
		{"inside the minimum plus the margin", 5*time.Minute + 30*time.Second, nil},
		{"network without native scheduling (Bluesky-like)", 2 * time.Hour, func(c accounts.Connector) accounts.Connector { return limitsConn{Connector: c} }},
		{"beyond the network's maximum", 2 * time.Hour, func(c accounts.Connector) accounts.Connector {
			return limitsConn{Connector: c, native: true, max: time.Hour}
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := newHandOffEnv(t)
			if c.conn != nil {
				e.engine.Connectors = func(ctx context.Context, id int64) (accounts.Connector, accounts.Account, error) {
					conn, acct, err := e.connector(ctx, id)
					if err != nil {
						return nil, acct, err
					}
					return c.conn(conn), acct, nil
				}
			}
			a := e.addAccount("maple")
			p := e.mustSchedule(e.readyDraft("Open late on Thursdays."), a, start.Add(c.due))
			sum, err := e.engine.RunDue(e.ctx)
			if err != nil || sum != (Summary{}) || e.net.scheduledCount() != 0 {
				t.Fatalf("before due: %+v %v, scheduled %d", sum, err, e.net.scheduledCount())
			}
			if got := e.get(p.ID); got.State != StateQueued || got.Native || got.Attempts != 0 {
				t.Fatalf("before due: %+v", got)
			}
			e.clock.Advance(c.due)
			sum, err = e.engine.RunDue(e.ctx)
			got := e.get(p.ID)
			if err != nil || sum.Published != 1 || got.State != StatePublished || got.Native || len(e.net.accepted()) != 1 || e.net.scheduledCount() != 0 {
				t.Fatalf("at due: %+v %v, %+v", sum, err, got)
			}
		})
	}
}

func TestHandOffNeverPublished(t *testing.T) {
	e := newHandOffEnv(t)
	e.net.mu.Lock()
	e.net.neverPublish = true
	e.net.mu.Unlock()
	a := e.addAccount("maple")
	due := start.Add(2 * time.Hour)
	p := e.mustSchedule(e.readyDraft("Closed Monday for staff training."), a, due)
	if sum, err := e.engine.RunDue(e.ctx); err != nil || sum.HandedOff != 1 {
		t.Fatalf("hand-off: %+v %v", sum, err)
	}
	scheduledID := e.get(p.ID).RemoteID
	steps := []struct {
		advance time.Duration
		want    State
	}{
		{2*time.Hour + ConfirmDelay + time.Second, StatePublishing}, // not out yet: waits
		{5 * time.Minute, StatePublishing},
		{ConfirmWindow, StateFailed},
	}
	for i, s := range steps {
		e.clock.Advance(s.advance)
		if _, err := e.engine.RunDue(e.ctx); err != nil {
			t.Fatal(err)
		}
		if got := e.get(p.ID); got.State != s.want {
			t.Fatalf("step %d: %+v", i, got)
		}
	}
	got := e.get(p.ID)
	if !strings.Contains(got.LastError, "Mastodon did not publish the scheduled post") || !strings.Contains(got.LastError, scheduledID) ||
		got.Native || !got.Reconcile || len(e.net.accepted()) != 0 {
		t.Fatalf("failed: %+v", got)
	}
	if n := len(e.notified); n == 0 || e.notified[n-1].State != StateFailed {
		t.Fatalf("notified %+v", e.notified)
	}
	// Retry looks for it first and, not finding it, posts it.
	if _, err := e.store.Retry(e.ctx, p.ID); err != nil {
		t.Fatal(err)
	}
	if sum, err := e.engine.RunDue(e.ctx); err != nil || sum.Published != 1 || len(e.net.accepted()) != 1 {
		t.Fatalf("retry: %+v %v", sum, err)
	}
}

func TestHandOffFailures(t *testing.T) {
	cases := []struct {
		name          string
		fault         fault
		wantState     State
		handOffLater  bool // a later run hands it off after all
		wantPublished int  // posts out after the due time
	}{
		{"rejected: left for the normal path", fault422, StateQueued, false, 1},
		{"transient: left queued, handed off later", fault503, StateQueued, true, 1},
		{"rate limited: left queued, handed off later", fault429, StateQueued, true, 1},
		{"lost answer: looked for at the due time", faultDropAfterStore, StateQueued, false, 1},
		{"auth: needs reconnect", fault401, StateNeedsReconnect, false, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := newHandOffEnv(t)
			first := true
			e.net.setDecide(func(op string) fault {
				if op == "post" && first {
					first = false
					return c.fault
				}
				return faultNone
			})
			a := e.addAccount("maple")
			due := start.Add(2 * time.Hour)
			p := e.mustSchedule(e.readyDraft("Pharmacy hours change next week."), a, due)
			sum, err := e.engine.RunDue(e.ctx)
			got := e.get(p.ID)
			if err != nil || sum.HandedOff != 0 || got.State != c.wantState || got.Native {
				t.Fatalf("first run: %+v %v, %+v", sum, err, got)
			}
			e.clock.Advance(time.Hour)
			sum, _ = e.engine.RunDue(e.ctx)
			if (sum.HandedOff == 1) != c.handOffLater {
				t.Fatalf("later run: %+v", sum)
			}
			e.clock.Advance(time.Hour + ConfirmDelay + time.Second)
			e.engine.RunDue(e.ctx)
			if n := len(acceptedByKey(e.net.accepted())[p.IdempotencyKey]); n != c.wantPublished {
				t.Fatalf("posts out %d, want %d: %+v", n, c.wantPublished, e.get(p.ID))
			}
		})
	}
}

// A run killed between the hand-off's network call and its commit leaves a
// row a later run only confirms: the post goes out once, by the network.
func TestHandOffCrashAfterNetwork(t *testing.T) {
	e := newHandOffEnv(t)
	a := e.addAccount("maple")
	due := start.Add(2 * time.Hour)
	p := e.mustSchedule(e.readyDraft("Blood drive in the car park on Friday."), a, due)
	e.engine.crashAfterNetwork = func(Publication) bool { return true }
	if _, err := e.engine.RunDue(e.ctx); err != errCrashed {
		t.Fatalf("crash run: %v", err)
	}
	e.engine.crashAfterNetwork = nil
	if got := e.get(p.ID); got.State != StatePublishing || !got.Native || e.net.scheduledCount() != 1 {
		t.Fatalf("after crash: %+v", got)
	}
	// After the lease a run finds it, sees it was handed off, and waits.
	e.clock.Advance(DefaultLease + time.Second)
	if sum, err := e.engine.RunDue(e.ctx); err != nil || sum != (Summary{}) {
		t.Fatalf("after lease: %+v %v", sum, err)
	}
	if got := e.get(p.ID); got.State != StatePublishing || !got.Native || !got.ClaimedUntil.Equal(due.Add(ConfirmDelay)) {
		t.Fatalf("waiting: %+v", got)
	}
	e.clock.Advance(2 * time.Hour)
	if sum, err := e.engine.RunDue(e.ctx); err != nil || sum.Published != 1 {
		t.Fatalf("confirm: %+v %v", sum, err)
	}
	if n := len(e.net.accepted()); n != 1 || e.net.scheduledCount() != 1 || e.get(p.ID).State != StatePublished {
		t.Fatalf("posts %d, scheduled %d, %+v", n, e.net.scheduledCount(), e.get(p.ID))
	}
}
