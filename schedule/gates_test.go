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

// storyDraft is a ready patient story linked to a consent covering
// Mastodon that expires on expires (YYYY-MM-DD).
func (e *testEnv) storyDraft(text, expires string) (drafts.Draft, int64) {
	e.t.Helper()
	cid, err := e.drafts.SaveConsent(e.ctx, drafts.Consent{Reference: "CF-" + expires + "-" + text[:4], SignedOn: "2026-01-05", ExpiresOn: expires,
		Networks: []drafts.Network{drafts.Mastodon}, CoversText: true, FormLocation: "Binder 2"})
	if err != nil {
		e.t.Fatal(err)
	}
	d, err := e.drafts.CreateDraft(e.ctx, drafts.Draft{Body: text, Networks: []drafts.Network{drafts.Mastodon}, PatientStory: true, ConsentID: cid})
	if err != nil {
		e.t.Fatal(err)
	}
	if err := e.drafts.MarkReady(e.ctx, d.ID); err != nil {
		e.t.Fatal(err)
	}
	return d, cid
}

func TestGatesRecheckedAtPublishTime(t *testing.T) {
	t.Run("a consent that expired after scheduling holds the post and nothing is sent", func(t *testing.T) {
		e := newTestEnv(t, "")
		a := e.addAccount("maple")
		d, _ := e.storyDraft("Our garden volunteers shared how the walking group helped them.", "2026-03-03")
		p := e.mustSchedule(d, a, start.Add(48*time.Hour))
		e.clock.Advance(48*time.Hour + time.Second)
		sum, err := e.engine.RunDue(e.ctx)
		if err != nil || sum.Held != 1 || sum.Published != 0 {
			t.Fatalf("summary %+v, %v", sum, err)
		}
		got := e.get(p.ID)
		if got.State != StateHeld || !strings.Contains(got.LastError, "expired") {
			t.Fatalf("want held with the consent's expiry, got %s: %q", got.State, got.LastError)
		}
		if n := len(e.net.accepted()); n != 0 {
			t.Fatalf("%d posts reached the network", n)
		}
	})
	t.Run("approval switched on after scheduling holds an unapproved draft", func(t *testing.T) {
		e := newTestEnv(t, "")
		a := e.addAccount("maple")
		p := e.mustSchedule(e.readyDraft("Flu shots every Tuesday this month."), a, start.Add(time.Hour))
		if err := e.store.SaveSettings(e.ctx, Settings{Grace: DefaultGrace, Approval: true}); err != nil {
			t.Fatal(err)
		}
		e.clock.Advance(time.Hour)
		if _, err := e.engine.RunDue(e.ctx); err != nil {
			t.Fatal(err)
		}
		if got := e.get(p.ID); got.State != StateHeld || got.LastError != drafts.NotApprovedReason {
			t.Fatalf("want held for approval, got %s: %q", got.State, got.LastError)
		}
		if n := len(e.net.accepted()); n != 0 {
			t.Fatalf("%d posts reached the network", n)
		}
	})
	t.Run("scheduling refuses a story whose consent has lapsed though the draft is still marked ready", func(t *testing.T) {
		e := newTestEnv(t, "")
		a := e.addAccount("maple")
		d, _ := e.storyDraft("A neighbour told us how the diabetes class changed her week.", "2026-03-03")
		e.clock.Advance(72 * time.Hour)
		_, err := e.store.Schedule(e.ctx, d.ID, a.ID, e.clock.Now().Add(time.Hour), "America/New_York")
		if err == nil || !strings.Contains(err.Error(), "expired") {
			t.Fatalf("want a refusal naming the expired consent, got %v", err)
		}
	})
}

func TestSettingsReachTheRunningEngine(t *testing.T) {
	e := newTestEnv(t, "")
	a := e.addAccount("maple")
	// "Never post late: always ask" (a grace window of zero): a post missed
	// by ten minutes waits for staff.
	if err := e.store.SaveSettings(e.ctx, Settings{Grace: 0}); err != nil {
		t.Fatal(err)
	}
	missedPost := e.mustSchedule(e.readyDraft("Clinic open late on Thursday."), a, start.Add(time.Minute))
	e.clock.Advance(11 * time.Minute)
	if _, err := e.engine.RunDue(e.ctx); err != nil {
		t.Fatal(err)
	}
	if got := e.get(missedPost.ID); got.State != StateHeld {
		t.Fatalf("grace 0: want held, got %s", got.State)
	}
	// Staff widen the window; the same engine, without a restart, lets the
	// next missed post go out late.
	if err := e.store.SaveSettings(e.ctx, Settings{Grace: time.Hour}); err != nil {
		t.Fatal(err)
	}
	late := e.mustSchedule(e.readyDraft("Parking lot repaving on Friday."), a, e.clock.Now())
	e.clock.Advance(10 * time.Minute)
	if _, err := e.engine.RunDue(e.ctx); err != nil {
		t.Fatal(err)
	}
	if got := e.get(late.ID); got.State != StatePublished {
		t.Fatalf("grace 1 h: want published, got %s (%s)", got.State, got.LastError)
	}
	if got := e.get(missedPost.ID); got.State != StateHeld {
		t.Fatalf("the held post must stay held until staff confirm, got %s", got.State)
	}
}

func TestWithdrawForConsent(t *testing.T) {
	t.Run("a post handed to the network's scheduler is cancelled there and never goes out", func(t *testing.T) {
		e := newHandOffEnv(t)
		a := e.addAccount("maple")
		d, cid := e.storyDraft("Our garden volunteers shared how the walking group helped them.", "2026-12-31")
		p := e.mustSchedule(d, a, start.Add(3*time.Hour))
		if sum, err := e.engine.RunDue(e.ctx); err != nil || sum.HandedOff != 1 {
			t.Fatalf("hand-off: %+v %v", sum, err)
		}
		queued := e.mustSchedule(d, a, start.Add(26*time.Hour)) // too far for nothing; stays queued here
		if _, err := e.drafts.RevokeConsent(e.ctx, cid, "2026-03-02"); err != nil {
			t.Fatal(err)
		}
		ws, err := e.engine.WithdrawForConsent(e.ctx, cid)
		if err != nil || len(ws) != 2 {
			t.Fatalf("%+v %v", ws, err)
		}
		for _, w := range ws {
			if !w.Done || w.Steps != "" {
				t.Fatalf("not withdrawn: %+v", w)
			}
		}
		if got := e.get(p.ID); got.State != StateCancelled || got.LastError != ConsentRevokedReason {
			t.Fatalf("handed-off post: %s %q", got.State, got.LastError)
		}
		if got := e.get(queued.ID); got.State != StateHeld || got.LastError != ConsentRevokedReason {
			t.Fatalf("queued post: %s %q", got.State, got.LastError)
		}
		// Its time comes: nothing appears on the network, and no run
		// re-publishes it.
		e.clock.Advance(30 * time.Hour)
		if _, err := e.engine.RunDue(e.ctx); err != nil {
			t.Fatal(err)
		}
		if n := len(e.net.accepted()); n != 0 {
			t.Fatalf("%d posts went out after the consent was revoked", n)
		}
	})
	t.Run("when the network will not cancel, staff get the steps to do it by hand", func(t *testing.T) {
		e := newHandOffEnv(t)
		a := e.addAccount("maple")
		d, cid := e.storyDraft("A neighbour told us how the diabetes class changed her week.", "2026-12-31")
		p := e.mustSchedule(d, a, start.Add(3*time.Hour))
		if sum, err := e.engine.RunDue(e.ctx); err != nil || sum.HandedOff != 1 {
			t.Fatalf("hand-off: %+v %v", sum, err)
		}
		e.net.setDecide(only("cancel", fault503)) // the network is having trouble
		ws, err := e.engine.WithdrawForConsent(e.ctx, cid)
		if err != nil || len(ws) != 1 {
			t.Fatalf("%+v %v", ws, err)
		}
		w := ws[0]
		if w.Done || !strings.Contains(w.Steps, "delete it") || !strings.Contains(w.Steps, p.LocalDue().Format("Mon 2 Jan 2006")) {
			t.Fatalf("withdrawal %+v", w)
		}
		got := e.get(p.ID)
		if !got.HandedOff() || got.LastError != w.Steps {
			t.Fatalf("publication %+v", got)
		}
	})
}

func TestCancelOnNetwork(t *testing.T) {
	e := newHandOffEnv(t)
	a := e.addAccount("maple")
	p := e.mustSchedule(e.readyDraft("Closed for the holiday on Monday."), a, start.Add(3*time.Hour))
	if sum, err := e.engine.RunDue(e.ctx); err != nil || sum.HandedOff != 1 {
		t.Fatalf("hand-off: %+v %v", sum, err)
	}
	if _, err := e.store.Cancel(e.ctx, p.ID); err == nil {
		t.Fatal("Store.Cancel cancelled a post waiting on the network without telling the network")
	}
	w, err := e.engine.CancelOnNetwork(e.ctx, p.ID)
	if err != nil || !w.Done || w.Publication.State != StateCancelled {
		t.Fatalf("%+v %v", w, err)
	}
	if e.net.scheduledCount() != 1 { // handed off once …
		t.Fatalf("handed off %d times", e.net.scheduledCount())
	}
	e.clock.Advance(4 * time.Hour)
	if _, err := e.engine.RunDue(e.ctx); err != nil {
		t.Fatal(err)
	}
	if n := len(e.net.accepted()); n != 0 { // … and never published
		t.Fatalf("%d posts went out after cancelling", n)
	}
}

// cancelAfterPublish stands for the app quitting while a post is on the
// wire: the run's context is cancelled just after the network answered.
type cancelAfterPublish struct {
	accounts.Connector
	cancel context.CancelFunc
}

func (c cancelAfterPublish) Publish(ctx context.Context, p accounts.Post) (accounts.Published, error) {
	pub, err := c.Connector.Publish(ctx, p)
	c.cancel()
	return pub, err
}

func TestQuitDuringAPublishRecordsItsOutcome(t *testing.T) {
	e := newTestEnv(t, "")
	a := e.addAccount("maple")
	first := e.mustSchedule(e.readyDraft("Flu shots on Saturday."), a, start)
	second := e.mustSchedule(e.readyDraft("Closed on Monday."), a, start)
	ctx, cancel := context.WithCancel(e.ctx)
	defer cancel()
	e.engine.Connectors = func(ctx context.Context, id int64) (accounts.Connector, accounts.Account, error) {
		c, acct, err := e.connector(ctx, id)
		return cancelAfterPublish{Connector: c, cancel: cancel}, acct, err
	}
	_, err := e.engine.RunDue(ctx)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("run: %v", err)
	}
	if got := e.get(first.ID); got.State != StatePublished || got.RemoteID == "" {
		t.Fatalf("the post in flight: %s %q (want published, recorded)", got.State, got.LastError)
	}
	if got := e.get(second.ID); got.State != StateQueued || got.Attempts != 0 {
		t.Fatalf("the next post: %s after %d attempts (want untouched)", got.State, got.Attempts)
	}
}

func TestPostInFlightWhenItsAccountIsRemovedFailsPlainly(t *testing.T) {
	e := newTestEnv(t, "")
	a := e.addAccount("maple")
	p := e.mustSchedule(e.readyDraft("Flu shots on Saturday."), a, start)
	// A run claimed it (as if killed mid-publish), then staff removed the
	// account before the next run.
	if _, ok, err := e.store.claim(e.ctx, p.ID, "t", start, time.Minute); err != nil || !ok {
		t.Fatalf("claim: %v %v", ok, err)
	}
	if err := e.accounts.Remove(e.ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	e.clock.Advance(2 * time.Minute)
	if _, err := e.engine.RunDue(e.ctx); err != nil {
		t.Fatal(err)
	}
	if got := e.get(p.ID); got.State != StateFailed || got.LastError != AccountRemovedReason {
		t.Fatalf("%s %q", got.State, got.LastError)
	}
}

func TestHandedOffPostsFollowTheGates(t *testing.T) {
	t.Run("an edit after the hand-off cancels it on the network and the old text never goes out", func(t *testing.T) {
		e := newHandOffEnv(t)
		a := e.addAccount("maple")
		d := e.readyDraft("Flu shots on Saturday, 9 to 12.")
		p := e.mustSchedule(d, a, start.Add(3*time.Hour))
		if sum, err := e.engine.RunDue(e.ctx); err != nil || sum.HandedOff != 1 {
			t.Fatalf("hand-off: %+v %v", sum, err)
		}
		d, _ = e.drafts.Draft(e.ctx, d.ID)
		d.Body = "Flu shots on Saturday, 9 to 1."
		if err := e.drafts.SaveDraft(e.ctx, d); err != nil {
			t.Fatal(err)
		}
		e.clock.Advance(30 * time.Second)
		sum, err := e.engine.RunDue(e.ctx)
		if err != nil || sum.Withdrawn != 1 {
			t.Fatalf("run after the edit: %+v %v", sum, err)
		}
		if got := e.get(p.ID); got.State != StateCancelled || got.LastError != drafts.NotReadyReason {
			t.Fatalf("publication %s %q", got.State, got.LastError)
		}
		e.clock.Advance(4 * time.Hour)
		if _, err := e.engine.RunDue(e.ctx); err != nil {
			t.Fatal(err)
		}
		if n := len(e.net.accepted()); n != 0 {
			t.Fatalf("%d posts went out after the edit", n)
		}
	})
	t.Run("a post resting on a consent is not handed off past the consent's end", func(t *testing.T) {
		e := newHandOffEnv(t)
		a := e.addAccount("maple")
		d, _ := e.storyDraft("Our garden volunteers shared how the walking group helped them.", "2026-03-03")
		e.mustSchedule(d, a, start.Add(48*time.Hour))
		if sum, err := e.engine.RunDue(e.ctx); err != nil || sum.HandedOff != 0 {
			t.Fatalf("handed off a post due after its consent ends: %+v %v", sum, err)
		}
	})
}

func TestRevokingAConsentWhileItsPostIsBeingSentLeavesTheStepsInItsLog(t *testing.T) {
	e := newTestEnv(t, "")
	a := e.addAccount("maple")
	d, cid := e.storyDraft("A neighbour told us how the diabetes class changed her week.", "2026-12-31")
	p := e.mustSchedule(d, a, start)
	if _, ok, err := e.store.claim(e.ctx, p.ID, "a-run", start, time.Minute); err != nil || !ok {
		t.Fatalf("claim: %v %v", ok, err)
	}
	ws, err := e.engine.WithdrawForConsent(e.ctx, cid)
	if err != nil || len(ws) != 1 || ws[0].Done || !strings.Contains(ws[0].Steps, "being sent") {
		t.Fatalf("%+v %v", ws, err)
	}
	if events := logEvents(t, e, p.ID); !strings.HasSuffix(events, "not withdrawn") {
		t.Fatalf("publish log: %s", events)
	}
}
