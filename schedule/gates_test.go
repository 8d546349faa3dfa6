package schedule

import (
	"strings"
	"testing"
	"time"

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
