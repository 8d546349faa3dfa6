package ui

import (
	"context"
	"fmt"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/stats"
)

// countsMastodon publishes statuses and reports their counts as Mastodon
// does (GET /api/v1/statuses/:id) and the followers (verify_credentials).
func countsMastodon(t *testing.T) *httptest.Server {
	var mu sync.Mutex
	next := 0
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/v2/instance", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, `{"domain":"social.example","configuration":{"statuses":{"max_characters":500,"max_media_attachments":4}}}`)
	})
	mux.HandleFunc("GET /api/v1/accounts/verify_credentials", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, `{"id":"109","username":"maplegrove","acct":"maplegrove","display_name":"Maple Grove Family Clinic","followers_count":321}`)
	})
	mux.HandleFunc("POST /api/v1/statuses", func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		mu.Lock()
		next++
		id := fmt.Sprint(700 + next)
		mu.Unlock()
		fmt.Fprintf(w, `{"id":%q,"url":"https://social.example/@maplegrove/%s","created_at":%q,"content":"<p>%s</p>","visibility":"public","media_attachments":[]}`,
			id, id, time.Now().UTC().Format(time.RFC3339), html.EscapeString(r.PostForm.Get("status")))
	})
	mux.HandleFunc("GET /api/v1/statuses/{id}", func(w http.ResponseWriter, r *http.Request) {
		id := r.PathValue("id")
		fmt.Fprintf(w, `{"id":%q,"url":"https://social.example/@maplegrove/%s","content":"<p>x</p>","favourites_count":9,"reblogs_count":3,"replies_count":2}`, id, id)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestDashboardRefreshShowsCountsAndExports(t *testing.T) {
	srv := countsMastodon(t)
	svc, acc := newFlowService(t, true)
	ctx := context.Background()
	ws := wiredFor(svc)
	a, err := acc.Accounts.Add(ctx, accounts.Account{Network: drafts.Mastodon, Handle: "@maplegrove", DisplayName: "Maple Grove Family Clinic", ServerURL: srv.URL},
		accounts.Credentials{AccessToken: "mastodon-SYNTHETIC"})
	if err != nil {
		t.Fatal(err)
	}
	d, err := svc.CreateDraft(ctx, drafts.Draft{Body: "Flu shots are in. Walk in any weekday morning. #FluShots", Networks: []drafts.Network{drafts.Mastodon}})
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.MarkReady(ctx, d.ID); err != nil {
		t.Fatal(err)
	}
	if res, err := ws.PublishNow(ctx, d.ID, []int64{a.ID}); err != nil || len(res) != 1 {
		t.Fatalf("publish: %+v %v", res, err)
	}

	m := newFlowWindow(t, svc, acc)
	m.UseStats(ws.Stats())
	ds := m.dashboard
	q := newUIQueue()
	ds.do = q.post
	m.nav.Select(sectionDashboard)
	q.until(t, "the month on screen", func() bool { return ds.month != nil })
	if ds.month.Total.Posts != 1 || ds.month.Total.Measured != 0 {
		t.Fatalf("before a refresh: %+v", ds.month.Total)
	}
	if ds.picker.Selected != ds.month.Label {
		t.Errorf("picker shows %q, month %q", ds.picker.Selected, ds.month.Label)
	}

	t.Run("Refresh counts the post on the network and shows it", func(t *testing.T) {
		shown := ds.month
		ds.refresh.OnTapped()
		q.until(t, "the refreshed month", func() bool { return ds.month != shown && ds.refresh.Disabled() == false })
		if ds.month.Total.Likes.N != 9 || ds.month.Total.Engagement != 14 || ds.month.Total.FollowersEnd.N != 321 {
			t.Fatalf("after refresh: %+v", ds.month.Total)
		}
		if !strings.Contains(ds.status.Text, "Counted 1 posts and 1 accounts") {
			t.Errorf("status %q", ds.status.Text)
		}
		texts := labelTexts(ds.figures)
		if !strings.Contains(texts, "Likes|9|") || !strings.Contains(texts, "Inbox messages|0|0") {
			t.Errorf("key figures: %s", texts)
		}
		if !strings.Contains(labelTexts(ds.top), "Flu shots are in.") || !strings.Contains(labelTexts(ds.chord), "#flushots: 14.0 (1 post)") {
			t.Errorf("top posts %s / chord %s", labelTexts(ds.top), labelTexts(ds.chord))
		}
	})

	t.Run("fits a laptop screen", func(t *testing.T) {
		assertFits(t, m.Window)
	})

	t.Run("Export… writes the summary and CSVs with progress", func(t *testing.T) {
		dir := t.TempDir()
		ds.chooseFolder = func(done func(string)) { done(dir) }
		ds.export.OnTapped()
		if ds.exporting == nil {
			t.Fatal("no export running")
		}
		run := ds.exporting
		q.until(t, "the export", func() bool { return ds.exporting == nil })
		if run.bar.Value != 1 || !strings.Contains(ds.status.Text, "Saved summary-") {
			t.Errorf("progress %v, status %q", run.bar.Value, ds.status.Text)
		}
		month := ds.month.Name
		for _, f := range []string{"summary-" + month + ".pdf", "posts-" + month + ".csv", "accounts-" + month + ".csv"} {
			if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
				t.Error(err)
			}
		}
	})

	t.Run("an earlier month from the picker", func(t *testing.T) {
		shown := ds.month
		ds.picker.SetSelectedIndex(1)
		q.until(t, "the month before", func() bool { return ds.month != shown })
		if ds.month.Total.Posts != 0 || ds.month.HasData {
			t.Errorf("month before: %+v", ds.month.Total)
		}
	})
}

// labelTexts joins the texts of every label and text under o, "|"
// between them.
func labelTexts(o fyne.CanvasObject) string {
	var out []string
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch v := o.(type) {
		case *widget.Label:
			out = append(out, v.Text)
		case *canvas.Text:
			out = append(out, v.Text)
		case *fyne.Container:
			for _, c := range v.Objects {
				walk(c)
			}
		}
	}
	walk(o)
	return strings.Join(out, "|")
}

// waitingExport is the wired statistics with an export that waits until
// it is cancelled.
type waitingExport struct {
	*stats.Service
	started chan struct{}
}

func (w waitingExport) Export(ctx context.Context, _ stats.MonthID, _ string, _ []stats.Format, progress stats.Progress) (stats.ExportResult, error) {
	progress("Writing the PDF summary", 0.5)
	close(w.started)
	<-ctx.Done()
	return stats.ExportResult{}, ctx.Err()
}

func TestDashboardExportCancelAndBackgroundNote(t *testing.T) {
	svc, acc := newFlowService(t, true)
	ws := wiredFor(svc)
	m := newFlowWindow(t, svc, acc)
	started := make(chan struct{})
	m.UseStats(waitingExport{Service: ws.Stats(), started: started})
	ds := m.dashboard
	q := newUIQueue()
	ds.do = q.post
	m.nav.Select(sectionDashboard)
	q.until(t, "the month on screen", func() bool { return ds.month != nil })

	t.Run("Cancel stops the export and says nothing was saved", func(t *testing.T) {
		ds.chooseFolder = func(done func(string)) { done(t.TempDir()) }
		ds.export.OnTapped()
		run := ds.exporting
		<-started
		q.until(t, "the progress", func() bool { return run.bar.Value == 0.5 && run.step.Text == "Writing the PDF summary" })
		if !ds.export.Disabled() {
			t.Error("Export… can be pressed again during an export")
		}
		run.dialog.Hide() // what the dialog's Cancel button does
		q.until(t, "the export to stop", func() bool { return ds.exporting == nil })
		if ds.status.Text != "Export cancelled; nothing was saved." || ds.export.Disabled() {
			t.Errorf("status %q, export disabled %v", ds.status.Text, ds.export.Disabled())
		}
	})
	t.Run("a background count that missed an account says which, and clears", func(t *testing.T) {
		ds.backgroundRan(stats.SyncResult{Failed: []stats.AccountFailure{{Network: "Bluesky", Account: "maplegrove.example",
			Error: "Bluesky needs you to sign in again. Open Accounts and choose Reconnect."}}}, nil)
		if !ds.background.Visible() || !strings.Contains(ds.background.Text, "maplegrove.example on Bluesky") || !strings.Contains(ds.background.Text, "Reconnect") {
			t.Errorf("note %q", ds.background.Text)
		}
		ds.backgroundRan(stats.SyncResult{Posts: 3}, nil)
		if ds.background.Visible() {
			t.Error("the note stays after a count that worked")
		}
	})
}
