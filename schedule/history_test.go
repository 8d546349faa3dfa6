package schedule

import (
	"errors"
	"testing"
	"time"

	"github.com/carepost/carepost/drafts"
)

// publishOne schedules d to a at start+10m and runs the engine then.
func (e *testEnv) publishOne(d drafts.Draft, accountID int64) Publication {
	e.t.Helper()
	a, err := e.accounts.Get(e.ctx, accountID)
	if err != nil {
		e.t.Fatal(err)
	}
	p := e.mustSchedule(d, a, e.clock.Now().Add(10*time.Minute))
	e.clock.Advance(10 * time.Minute)
	if sum, err := e.engine.RunDue(e.ctx); err != nil || sum.Published != 1 {
		e.t.Fatalf("publishing: %+v %v", sum, err)
	}
	return e.get(p.ID)
}

func TestDeletedDraftKeepsItsPublishingRecord(t *testing.T) {
	e := newTestEnv(t, "")
	a := e.addAccount("maple")
	e.accounts.Rename(e.ctx, a.ID, "Maple Grove Clinic")
	d := e.readyDraft("Flu shots are in. Walk in any weekday morning.")
	published := e.publishOne(d, a.ID)
	queued := e.mustSchedule(d, a, e.clock.Now().Add(24*time.Hour))
	paused := e.mustSchedule(d, a, e.clock.Now().Add(48*time.Hour))
	if _, err := e.store.Pause(e.ctx, paused.ID); err != nil {
		t.Fatal(err)
	}
	rec, err := e.store.ScheduleRecurring(e.ctx, d.ID, a.ID, Recurrence{Start: e.clock.Now().Add(72 * time.Hour), Location: time.UTC,
		Freq: Weekly, Interval: 1, Count: 3})
	if err != nil {
		t.Fatal(err)
	}

	if err := e.drafts.DeleteDraft(e.ctx, d.ID); err != nil {
		t.Fatal(err)
	}

	all, err := e.store.List(e.ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 3+len(rec.Publications) {
		t.Fatalf("%d publications listed after deleting the draft, want %d", len(all), 3+len(rec.Publications))
	}
	t.Run("the published post stays, with what went out", func(t *testing.T) {
		got := e.get(published.ID)
		if !got.DraftDeleted() || got.AccountDeleted() || got.State != StatePublished || got.RemoteURL != published.RemoteURL {
			t.Fatalf("%+v", got)
		}
		if got.SentText != "Flu shots are in. Walk in any weekday morning." || got.Network != drafts.Mastodon ||
			got.AccountName != "Maple Grove Clinic" || got.Title() != "Flu shots are in. Walk in any weekday morning." {
			t.Fatalf("what went out: text %q network %q account %q title %q", got.SentText, got.Network, got.AccountName, got.Title())
		}
	})
	waiting := []int64{queued.ID, paused.ID}
	for _, p := range rec.Publications {
		waiting = append(waiting, p.ID)
	}
	t.Run("posts still waiting are cancelled, saying why", func(t *testing.T) {
		for _, id := range waiting {
			got := e.get(id)
			if got.State != StateCancelled || got.LastError != "The draft was deleted." || !got.DraftDeleted() {
				t.Errorf("publication %d: %s %q", id, got.State, got.LastError)
			}
			log, _ := e.store.Log(e.ctx, id)
			if last := log[len(log)-1]; last.Event != "cancelled" || last.Detail != "the draft was deleted" {
				t.Errorf("publication %d log ends %+v", id, last)
			}
		}
	})
	t.Run("nothing of the deleted draft goes out later", func(t *testing.T) {
		e.clock.Advance(30 * 24 * time.Hour)
		if _, err := e.store.ExtendRecurrences(e.ctx); err != nil {
			t.Fatal(err)
		}
		sum, err := e.engine.RunDue(e.ctx)
		if err != nil || sum != (Summary{}) || len(e.net.accepted()) != 1 {
			t.Fatalf("%+v %v, %d posts on the network", sum, err, len(e.net.accepted()))
		}
	})
	t.Run("a cancelled post of a deleted draft cannot be queued again", func(t *testing.T) {
		_, err := e.store.Reschedule(e.ctx, queued.ID, e.clock.Now().Add(time.Hour), "UTC")
		if !errors.Is(err, ErrNotAllowed) {
			t.Fatalf("reschedule: %v", err)
		}
	})
}

func TestOrphanedPublicationOnlyCancels(t *testing.T) {
	e := newTestEnv(t, "")
	a := e.addAccount("maple")
	d := e.readyDraft("Closed on Monday for the holiday.")
	p := e.mustSchedule(d, a, e.clock.Now().Add(time.Hour))
	// A failed post stays failed when its draft is deleted: its record of
	// what the network said is kept.
	if _, err := e.db.ExecContext(e.ctx, `UPDATE publications SET state = 'failed', last_error = 'Server said no.' WHERE id = ?`, p.ID); err != nil {
		t.Fatal(err)
	}
	if err := e.drafts.DeleteDraft(e.ctx, d.ID); err != nil {
		t.Fatal(err)
	}
	if got := e.get(p.ID); got.State != StateFailed || got.LastError != "Server said no." {
		t.Fatalf("failed post after deleting its draft: %s %q", got.State, got.LastError)
	}
	tests := []struct {
		name string
		do   func() (Publication, error)
		ok   bool
	}{
		{"retry is refused", func() (Publication, error) { return e.store.Retry(e.ctx, p.ID) }, false},
		{"reschedule is refused", func() (Publication, error) {
			return e.store.Reschedule(e.ctx, p.ID, e.clock.Now().Add(2*time.Hour), "UTC")
		}, false},
		{"cancel is allowed", func() (Publication, error) { return e.store.Cancel(e.ctx, p.ID) }, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.do()
			if tt.ok && err != nil {
				t.Fatal(err)
			}
			if !tt.ok && !errors.Is(err, ErrNotAllowed) {
				t.Fatalf("err = %v, want ErrNotAllowed", err)
			}
		})
	}
}

func TestRemovedAccountKeepsItsPublishingRecord(t *testing.T) {
	e := newTestEnv(t, "")
	a := e.addAccount("maple")
	other := e.addAccount("birch")
	d := e.readyDraft("Travel vaccines: book two weeks ahead.")
	published := e.publishOne(d, a.ID)
	queued := e.mustSchedule(d, a, e.clock.Now().Add(24*time.Hour))
	kept := e.mustSchedule(d, other, e.clock.Now().Add(24*time.Hour))

	if err := e.accounts.Remove(e.ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		id        int64
		state     State
		lastError string
		deleted   bool
	}{
		{"what it published stays", published.ID, StatePublished, "", true},
		{"its waiting post is cancelled, saying why", queued.ID, StateCancelled, "The account was removed from CarePost.", true},
		{"another account's post is untouched", kept.ID, StateQueued, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := e.get(tt.id)
			if got.State != tt.state || got.LastError != tt.lastError || got.AccountDeleted() != tt.deleted || got.DraftDeleted() {
				t.Fatalf("%+v", got)
			}
			if got.Network != drafts.Mastodon || got.AccountName == "" {
				t.Fatalf("network %q, account %q", got.Network, got.AccountName)
			}
		})
	}
}

func TestPublishedRowKeepsTheNamesItWentOutWith(t *testing.T) {
	e := newTestEnv(t, "")
	a := e.addAccount("maple")
	d := e.readyDraft("Saturday clinic hours start next week.")
	d.Title = "Saturday hours"
	if err := e.drafts.SaveDraft(e.ctx, d); err != nil {
		t.Fatal(err)
	}
	p := e.mustSchedule(d, a, e.clock.Now().Add(10*time.Minute))
	if got := e.get(p.ID); got.DraftTitle != "Saturday hours" || got.AccountName != "maple" || got.Network != drafts.Mastodon {
		t.Fatalf("when scheduled: %q %q %q", got.DraftTitle, got.AccountName, got.Network)
	}
	// Renamed before it goes out: it goes out under the new names.
	d.Title = "Weekend hours"
	if err := e.drafts.SaveDraft(e.ctx, d); err != nil {
		t.Fatal(err)
	}
	e.accounts.Rename(e.ctx, a.ID, "Maple Grove")
	e.clock.Advance(10 * time.Minute)
	if sum, err := e.engine.RunDue(e.ctx); err != nil || sum.Published != 1 {
		t.Fatalf("%+v %v", sum, err)
	}
	// Renamed after: the record keeps what went out.
	d.Title = "Old news"
	e.drafts.SaveDraft(e.ctx, d)
	e.accounts.Rename(e.ctx, a.ID, "Maple Grove Clinic")
	e.drafts.DeleteDraft(e.ctx, d.ID)
	got := e.get(p.ID)
	if got.Title() != "Weekend hours" || got.AccountName != "Maple Grove" {
		t.Fatalf("published row says %q to %q", got.Title(), got.AccountName)
	}
}
