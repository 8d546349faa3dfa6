package ui

import (
	"context"
	"strings"
	"sync"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/carepost/carepost/accounts/connect"
	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/store"
	"github.com/carepost/carepost/wiring"
)

var flowProfile = drafts.Profile{
	Name: "Maple Grove Family Clinic", Phone: "(555) 010-0100", Website: "maplegrove.example",
	Address: "100 Orchard Lane, Springfield", TimeZone: "America/New_York",
	EmergencyWording: "If this is an emergency, call 911.", StaffNames: []string{"Dr. Ana Ruiz"},
}

func newFlowService(t testing.TB, withProfile bool) (*drafts.Service, *connect.Manager) {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	// The same wiring the app and the commands use.
	ws := wiring.New(db, wiring.Options{})
	flowServices.Store(ws.Drafts, ws)
	if withProfile {
		if err := ws.Drafts.SaveProfile(ctx, flowProfile); err != nil {
			t.Fatal(err)
		}
	}
	return ws.Drafts, ws.Manager
}

// flowServices keeps each test's wired services, by its drafts service.
var flowServices sync.Map // *drafts.Service → *wiring.Services

func wiredFor(svc *drafts.Service) *wiring.Services {
	ws, _ := flowServices.Load(svc)
	return ws.(*wiring.Services)
}

func newFlowWindow(t *testing.T, svc *drafts.Service, acc *connect.Manager) *MainWindow {
	t.Helper()
	a := test.NewTempApp(t)
	ws := wiredFor(svc)
	m := NewMainWindow(a, svc, acc, func(string) error { return nil }, ws.Schedule)
	m.useEngine(ws.Engine, ws)
	// The test driver runs fyne.Do on the calling goroutine: what the
	// editor hands to the UI goroutine (checks, save reports) is queued for
	// the test to run instead (settle).
	q := useTestQueue(m.drafts.editor)
	if m.sched != nil {
		m.sched.do = q.post
		schedQueues.Store(m.sched, q)
	}
	m.Window.Resize(fyne.NewSize(1280, 800))
	m.Window.Show()
	t.Cleanup(m.Window.Close)
	return m
}

func counterTexts(e *draftEditor) map[string]string {
	out := map[string]string{}
	for _, o := range e.counters.Objects {
		var l *widget.Label
		switch v := o.(type) {
		case *widget.Label:
			l = v
		case *fyne.Container:
			for _, inner := range v.Objects {
				if il, ok := inner.(*widget.Label); ok {
					l = il
				}
			}
		}
		if l != nil {
			// "Facebook Page 233 / 63,206": the name is what comes before
			// the count.
			name := strings.TrimSpace(strings.TrimRightFunc(strings.SplitN(l.Text, " / ", 2)[0], func(r rune) bool { return r == ',' || (r >= '0' && r <= '9') }))
			out[name] = l.Text
		}
	}
	return out
}

func TestDraftFromTemplateToReady(t *testing.T) {
	svc, acc := newFlowService(t, true)
	m := newFlowWindow(t, svc, acc)
	ctx := context.Background()
	tpl, err := svc.Template(ctx, "event-workshop")
	if err != nil {
		t.Fatal(err)
	}

	m.startDraftFromTemplate(tpl)
	f := m.fill
	if f == nil {
		t.Fatal("the fill-in form did not open")
	}
	if _, asked := f.entries["clinic.phone"]; asked {
		t.Fatal("asked for the clinic phone although the profile has it")
	}
	values := map[string]string{
		"event.name": "Healthy Eating on a Budget", "event.date": "Saturday, March 7",
		"event.time": "10 to 11:30 am", "event.place": "our community room",
		"event.details": "Simple meal ideas from our dietitian. Free for everyone.",
	}
	for name, v := range values {
		entry, ok := f.entries[name]
		if !ok {
			t.Fatalf("no field for %s", name)
		}
		test.Type(entry, v)
	}
	if !strings.Contains(f.preview.Text, "Saturday, March 7") || !strings.Contains(f.preview.Text, "(555) 010-0100") {
		t.Fatalf("preview = %q", f.preview.Text)
	}
	test.Tap(f.create)

	e := m.drafts.editor
	if !e.loaded || !strings.Contains(e.body.Text, "Healthy Eating on a Budget") {
		t.Fatalf("editor shows %q", e.body.Text)
	}
	if len(m.drafts.rows) != 1 {
		t.Fatalf("drafts list has %d rows", len(m.drafts.rows))
	}

	t.Run("counters update as the user types", func(t *testing.T) {
		e.networks[drafts.X].SetChecked(true)
		settle(t, e)
		before := counterTexts(e)["X"]
		if before == "" {
			t.Fatalf("no X counter among %v", counterTexts(e))
		}
		e.body.CursorRow = strings.Count(e.body.Text, "\n")
		e.body.CursorColumn = len([]rune(e.body.Text[strings.LastIndex(e.body.Text, "\n")+1:]))
		test.Type(e.body, " Bring a friend!")
		settle(t, e)
		after := counterTexts(e)["X"]
		if after == before {
			t.Fatalf("X counter did not change: %q", after)
		}
	})

	t.Run("a link on X warns about X's price for links", func(t *testing.T) {
		if e.costWarning.Visible() {
			t.Fatalf("warning without a link: %q", e.costWarning.Text)
		}
		before := e.body.Text
		test.Type(e.body, " https://maplegrove.example/events")
		settle(t, e)
		if !e.costWarning.Visible() || !strings.Contains(e.costWarning.Text, "link") {
			t.Fatal("no warning for a link on X")
		}
		e.body.SetText(before)
		settle(t, e)
		if e.costWarning.Visible() {
			t.Fatal("the warning stayed after the link was removed")
		}
	})

	t.Run("a privacy finding appears and blocks ready", func(t *testing.T) {
		test.Type(e.body, " Last time Maria told us her diabetes is under control.")
		settle(t, e)
		if e.review.Open() == 0 {
			t.Fatalf("no finding for a named patient's diagnosis; review: %+v", e.review.Findings)
		}
		if !strings.Contains(e.privacySummary.Text, "possible patient detail") {
			t.Fatalf("privacy card says %q", e.privacySummary.Text)
		}
		if len(e.preview.Segments) == 0 {
			t.Fatal("the flagged words are not highlighted")
		}
		if !e.readyButton.Disabled() {
			t.Fatal("Mark ready is enabled with an open finding")
		}
	})

	t.Run("fixing the text clears the finding and the draft can be marked ready", func(t *testing.T) {
		fixed := strings.Replace(e.body.Text, " Last time Maria told us her diabetes is under control.", "", 1)
		e.body.SetText(fixed)
		settle(t, e)
		if e.review.Open() != 0 {
			t.Fatalf("findings remain: %+v", e.review.Findings)
		}
		if strings.Contains(e.privacySummary.Text, "possible patient detail") {
			t.Fatalf("privacy card still says %q", e.privacySummary.Text)
		}
		if e.readyButton.Disabled() {
			t.Fatalf("Mark ready disabled: %s", e.blockers.Text)
		}
		test.Tap(e.readyButton)
		settle(t, e)
		if e.statusLabel.Text != "Ready" {
			t.Fatalf("status shows %q", e.statusLabel.Text)
		}
		d, err := svc.Draft(ctx, e.d.ID)
		if err != nil {
			t.Fatal(err)
		}
		if d.Status != drafts.StatusReady || !strings.Contains(d.Body, "Bring a friend!") {
			t.Fatalf("stored draft: %s %q", d.Status, d.Body)
		}
	})
}

func TestFirstRunAsksForTheClinicProfile(t *testing.T) {
	svc, acc := newFlowService(t, false)
	m := newFlowWindow(t, svc, acc)
	if m.current != sectionProfile || !m.profile.firstRun {
		t.Fatalf("opened on section %d", m.current)
	}
	m.nav.Select(sectionDrafts)
	if m.current != sectionProfile {
		t.Fatal("left the profile before it was saved")
	}
	p := m.profile
	test.Tap(p.saveButton)
	if !strings.Contains(p.status.Text, "clinic's name") {
		t.Fatalf("status = %q", p.status.Text)
	}
	test.Type(p.name, flowProfile.Name)
	test.Type(p.phone, flowProfile.Phone)
	p.zone.SetText("America/Chicago")
	test.Tap(p.saveButton)
	if m.current != sectionDrafts || p.firstRun {
		t.Fatalf("after saving: section %d, status %q", m.current, p.status.Text)
	}
	got, err := svc.Profile(context.Background())
	if err != nil || got.Name != flowProfile.Name || got.TimeZone != "America/Chicago" {
		t.Fatalf("stored profile %+v, %v", got, err)
	}
}

func TestShortcuts(t *testing.T) {
	svc, acc := newFlowService(t, true)
	m := newFlowWindow(t, svc, acc)
	m.NewDraft()
	e := m.drafts.editor
	if !e.loaded {
		t.Fatal("Ctrl+N opened no draft")
	}
	test.Type(e.body, "Closed Monday for staff training.")
	m.Save()
	settle(t, e)
	d, err := svc.Draft(context.Background(), e.d.ID)
	if err != nil || d.Body != "Closed Monday for staff training." {
		t.Fatalf("after Ctrl+S the store has %q, %v", d.Body, err)
	}
	t.Run("an untouched new draft leaves no litter", func(t *testing.T) {
		m.NewDraft()
		blank := m.drafts.editor.d.ID
		m.drafts.open(d.ID)
		if _, err := svc.Draft(context.Background(), blank); err == nil {
			t.Fatal("the empty draft was kept")
		}
	})
}
