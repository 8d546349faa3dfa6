package ui

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/schedule"
)

// schedulingMastodon holds statuses sent with scheduled_at, as Mastodon's
// scheduled statuses, until they are deleted.
type schedulingMastodon struct {
	mu        sync.Mutex
	scheduled map[string]bool
	deleted   []string
	srv       *httptest.Server
}

func newSchedulingMastodon(t *testing.T) *schedulingMastodon {
	f := &schedulingMastodon{scheduled: map[string]bool{}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/v2/instance", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, `{"domain":"social.example","configuration":{"statuses":{"max_characters":500,"max_media_attachments":4}}}`)
	})
	mux.HandleFunc("POST /api/v1/statuses", func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		at := r.PostForm.Get("scheduled_at")
		if at == "" {
			w.WriteHeader(500)
			return
		}
		f.mu.Lock()
		id := fmt.Sprintf("%d", 500+len(f.scheduled))
		f.scheduled[id] = true
		f.mu.Unlock()
		fmt.Fprintf(w, `{"id":%q,"scheduled_at":%q,"params":{"text":%q},"media_attachments":[]}`, id, at, r.PostForm.Get("status"))
	})
	mux.HandleFunc("DELETE /api/v1/scheduled_statuses/{id}", func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		defer f.mu.Unlock()
		id := r.PathValue("id")
		if !f.scheduled[id] {
			w.WriteHeader(404)
			io.WriteString(w, `{"error":"Record not found"}`)
			return
		}
		delete(f.scheduled, id)
		f.deleted = append(f.deleted, id)
		io.WriteString(w, `{}`)
	})
	f.srv = httptest.NewServer(mux)
	t.Cleanup(f.srv.Close)
	return f
}

// TestCancelAPostWaitingOnTheNetwork: a post handed to Mastodon's own
// scheduler is cancelled there from the calendar, not refused as
// "publishing".
func TestCancelAPostWaitingOnTheNetwork(t *testing.T) {
	fm := newSchedulingMastodon(t)
	svc, acc := newFlowService(t, true)
	ctx := context.Background()
	a, err := acc.Accounts.Add(ctx, accounts.Account{Network: drafts.Mastodon, Handle: "@maplegrove", ServerURL: fm.srv.URL},
		accounts.Credentials{AccessToken: "mastodon-SYNTHETIC"})
	if err != nil {
		t.Fatal(err)
	}
	d, err := svc.CreateDraft(ctx, drafts.Draft{Title: "Holiday hours", Body: "Closed on Monday for the holiday.", Networks: []drafts.Network{drafts.Mastodon}})
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.MarkReady(ctx, d.ID); err != nil {
		t.Fatal(err)
	}
	m := newFlowWindow(t, svc, acc)
	ws := wiredFor(svc)
	due := time.Now().Add(3 * time.Hour).Truncate(time.Minute)
	p, err := ws.Schedule.Schedule(ctx, d.ID, a.ID, due, "America/New_York")
	if err != nil {
		t.Fatal(err)
	}
	if sum, err := ws.Engine.RunDue(ctx); err != nil || sum.HandedOff != 1 {
		t.Fatalf("hand-off: %+v %v", sum, err)
	}

	m.nav.Select(sectionCalendar)
	c := m.calendar
	c.selectDay(due)
	dc := c.dayRows[p.ID]
	if dc == nil || dc.cancel == nil {
		t.Fatal("no Cancel for a post waiting in the network's scheduler")
	}
	dc.cancel.OnTapped()
	tapOverlayButton(t, m.Window, "Cancel post")
	waitClosed(t, "the cancel to finish", c.cancelled)
	got, err := ws.Schedule.Get(ctx, p.ID)
	if err != nil || got.State != schedule.StateCancelled {
		t.Fatalf("publication %s %v", got.State, err)
	}
	fm.mu.Lock()
	defer fm.mu.Unlock()
	if len(fm.deleted) != 1 || len(fm.scheduled) != 0 {
		t.Fatalf("deleted %v, still scheduled %v", fm.deleted, fm.scheduled)
	}
}
