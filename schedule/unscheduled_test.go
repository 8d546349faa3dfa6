package schedule

import (
	"testing"
	"time"

	"github.com/carepost/carepost/drafts"
)

func TestReadyUnscheduled(t *testing.T) {
	e := newTestEnv(t, "")
	a := e.addAccount("maple")
	due := start.Add(48 * time.Hour)

	waiting := e.readyDraft("Nothing scheduled for this one yet.")
	queued := e.readyDraft("Queued for Thursday.")
	e.mustSchedule(queued, a, due)
	paused := e.readyDraft("Paused for now.")
	p := e.mustSchedule(paused, a, due.Add(time.Hour))
	if _, err := e.store.Pause(e.ctx, p.ID); err != nil {
		t.Fatal(err)
	}
	cancelled := e.readyDraft("Its only post was cancelled.")
	c := e.mustSchedule(cancelled, a, due.Add(2*time.Hour))
	if _, err := e.store.Cancel(e.ctx, c.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := e.drafts.CreateDraft(e.ctx, drafts.Draft{Body: "Still being written.", Networks: []drafts.Network{drafts.Mastodon}}); err != nil {
		t.Fatal(err)
	}

	got, total, err := e.store.ReadyUnscheduled(e.ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if total != 2 || len(got) != 2 {
		t.Fatalf("%d of %d: %+v", len(got), total, got)
	}
	// Newest change first (the same instant here: the higher id first).
	if got[0].ID != cancelled.ID || got[1].ID != waiting.ID {
		t.Fatalf("listed %d, %d; want %d, %d", got[0].ID, got[1].ID, cancelled.ID, waiting.ID)
	}
	if got[1].Title != "Nothing scheduled for this one yet." || len(got[1].Networks) != 1 || got[1].UpdatedAt.IsZero() {
		t.Fatalf("row %+v", got[1])
	}

	t.Run("a limit keeps the total", func(t *testing.T) {
		got, total, err := e.store.ReadyUnscheduled(e.ctx, 1)
		if err != nil || len(got) != 1 || total != 2 {
			t.Fatalf("%d of %d, %v", len(got), total, err)
		}
	})

	t.Run("scheduling one takes it off the list", func(t *testing.T) {
		e.mustSchedule(waiting, a, due.Add(3*time.Hour))
		got, total, err := e.store.ReadyUnscheduled(e.ctx, 0)
		if err != nil || total != 1 || got[0].ID != cancelled.ID {
			t.Fatalf("%+v, %d, %v", got, total, err)
		}
	})
}
