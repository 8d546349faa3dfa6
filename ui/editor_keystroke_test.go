package ui

import (
	"bytes"
	"context"
	"fmt"
	"image"
	imgpng "image/png"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/accounts/connect"
	"github.com/carepost/carepost/drafts"
)

// spyStore is the real drafts service, counting every call the editor
// makes to it while calls is being watched.
type spyStore struct {
	*drafts.Service
	watching atomic.Bool
	calls    atomic.Int32
	mu       sync.Mutex
	names    []string
}

func (s *spyStore) seen(name string) {
	if s.watching.Load() {
		s.calls.Add(1)
		s.mu.Lock()
		s.names = append(s.names, name)
		s.mu.Unlock()
	}
}

func (s *spyStore) SaveDraft(ctx context.Context, d drafts.Draft) error {
	s.seen("SaveDraft")
	return s.Service.SaveDraft(ctx, d)
}

func (s *spyStore) Review(ctx context.Context, d drafts.Draft) (drafts.Review, error) {
	s.seen("Review")
	return s.Service.Review(ctx, d)
}

func (s *spyStore) Draft(ctx context.Context, id int64) (drafts.Draft, error) {
	s.seen("Draft")
	return s.Service.Draft(ctx, id)
}

func (s *spyStore) UpdateImage(ctx context.Context, draftID, mediaID int64, alt string, showsPerson bool) error {
	s.seen("UpdateImage")
	return s.Service.UpdateImage(ctx, draftID, mediaID, alt, showsPerson)
}

func (s *spyStore) Consents(ctx context.Context) ([]drafts.Consent, error) {
	s.seen("Consents")
	return s.Service.Consents(ctx)
}

func (s *spyStore) Today(ctx context.Context) string {
	s.seen("Today")
	return s.Service.Today(ctx)
}

// longPost is a realistic 2,000-character post with a link and a hashtag.
var longPost = strings.Repeat("Staying active through the winter helps your heart and your mood. Try a brisk walk after lunch. ", 21)[:1950] +
	" https://maplegrove.example #WinterHealth"

// TestKeystrokeHandlerTouchesNoDatabaseOrNetwork: what runs on the UI
// goroutine for a key press reads and writes nothing; the check and the
// save happen later, on their own goroutines.
func TestKeystrokeHandlerTouchesNoDatabaseOrNetwork(t *testing.T) {
	test.NewTempApp(t)
	svc := tmplTestService(t)
	spy := &spyStore{Service: svc}
	w := test.NewTempWindow(t, nil)
	e := newDraftEditor(spy, w, nil)
	q := useTestQueue(e)
	w.SetContent(e.Content())
	d, err := svc.CreateDraft(context.Background(), drafts.Draft{Body: longPost, Networks: []drafts.Network{drafts.Mastodon, drafts.Bluesky, drafts.X}})
	if err != nil {
		t.Fatal(err)
	}
	e.load(d)
	settle(t, e)
	e.reviewDelay = time.Hour // nothing runs later during the key presses
	e.saver.Quiet, e.saver.MaxWait = time.Hour, time.Hour

	spy.watching.Store(true)
	test.Type(e.body, "More tips on our site.")
	e.title.SetText("Winter walks")
	e.networks[drafts.Facebook].SetChecked(true)
	spy.watching.Store(false)
	if n := spy.calls.Load(); n != 0 {
		t.Fatalf("the keystroke handler called the store %d time(s) on the UI goroutine: %v", n, spy.names)
	}

	// The check and the save still happen, off the UI goroutine.
	e.reviewDelay = time.Millisecond
	spy.watching.Store(true)
	e.recheck()
	q.until(t, "the check", func() bool { return !e.reviewPending() })
	if err := e.saver.Flush(); err != nil {
		t.Fatal(err)
	}
	spy.watching.Store(false)
	spy.mu.Lock()
	defer spy.mu.Unlock()
	if !strings.Contains(strings.Join(spy.names, ","), "Review") || !strings.Contains(strings.Join(spy.names, ","), "SaveDraft") {
		t.Fatalf("calls after the key presses: %v", spy.names)
	}
}

// BenchmarkKeystroke times the editor's key-press handler on a 2,000-
// character post while the publishing engine publishes 200 due posts to a
// local server in the background. A frame is 16 ms.
func BenchmarkKeystroke(b *testing.B) {
	test.NewTempApp(b)
	svc, acc := newFlowServiceB(b)
	ctx := context.Background()
	var posted atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := posted.Add(1)
		time.Sleep(2 * time.Millisecond) // a network's answer takes a while
		fmt.Fprintf(w, `{"id":"%d","url":"https://social.example/@clinic/%d","created_at":%q,"content":"<p>x</p>"}`, n, n, time.Now().UTC().Format(time.RFC3339))
	}))
	b.Cleanup(srv.Close)
	a, err := acc.Accounts.Add(ctx, accounts.Account{Network: drafts.Mastodon, Handle: "@clinic", ServerURL: srv.URL}, accounts.Credentials{AccessToken: "SYNTHETIC"})
	if err != nil {
		b.Fatal(err)
	}
	ws := wiredFor(svc)
	ws.Engine.NativeHandOff = false
	for i := 0; i < 200; i++ {
		d, err := svc.CreateDraft(ctx, drafts.Draft{Body: fmt.Sprintf("Clinic news %d: open late on Thursdays.", i), Networks: []drafts.Network{drafts.Mastodon}})
		if err != nil {
			b.Fatal(err)
		}
		if err := svc.MarkReady(ctx, d.ID); err != nil {
			b.Fatal(err)
		}
		if _, err := ws.Schedule.Schedule(ctx, d.ID, a.ID, time.Now(), "UTC"); err != nil {
			b.Fatal(err)
		}
	}
	w := test.NewTempWindow(b, nil)
	w.Resize(fyne.NewSize(1024, 640))
	e := newDraftEditor(svc, w, nil)
	useTestQueue(e)
	w.SetContent(e.Content())
	d, err := svc.CreateDraft(ctx, drafts.Draft{Body: longPost, Networks: []drafts.Network{drafts.Mastodon, drafts.Bluesky, drafts.X, drafts.Facebook}})
	if err != nil {
		b.Fatal(err)
	}
	e.load(d)
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { // the engine publishing while staff type
		defer close(done)
		for runCtx.Err() == nil {
			if _, err := ws.Engine.RunDue(runCtx); err != nil && runCtx.Err() == nil {
				b.Error(err)
				return
			}
		}
	}()
	// "typed": a key press as Fyne's entry handles it (its own text
	// layout included) and then CarePost's handler; "handler": CarePost's
	// part alone (gather, hand a copy to the autosaver, ask for a check).
	b.Run("typed", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			test.Type(e.body, "a")
		}
	})
	b.Run("handler", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			e.changed()
		}
	})
	stop()
	<-done
	b.Logf("%d posts published meanwhile", posted.Load())
}

func newFlowServiceB(b *testing.B) (*drafts.Service, *connect.Manager) {
	return newFlowService(b, true)
}

func TestCounterText(t *testing.T) {
	tests := []struct {
		name string
		c    drafts.Count
		want string
	}{
		{"within the limit", drafts.Count{Network: drafts.Mastodon, Count: 233, Limit: 500}, "Mastodon 233 / 500"},
		{"over says by how much", drafts.Count{Network: drafts.Bluesky, Count: 312, Limit: 300, Over: true}, "Bluesky 312 / 300 · 12 over"},
		{"thousands are grouped", drafts.Count{Network: drafts.Facebook, Count: 64210, Limit: 63206, Over: true}, "Facebook Page 64,210 / 63,206 · 1,004 over"},
		{"hashtags over their own limit", drafts.Count{Network: drafts.Instagram, Count: 400, Limit: 2200, Hashtags: 32, HashtagLimit: 30, Over: true},
			"Instagram 400 / 2,200 · #32/30 (2 too many)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := counterText(tt.c); got != tt.want {
				t.Fatalf("%q, want %q", got, tt.want)
			}
		})
	}
}

func TestEditorLayoutForALaptop(t *testing.T) {
	svc, acc := newFlowService(t, true)
	m := newFlowWindow(t, svc, acc)
	m.Window.Resize(fyne.NewSize(1024, 640))
	e := m.drafts.editor
	m.NewDraft()
	for n, c := range e.networks {
		c.SetChecked(n == drafts.Bluesky || n == drafts.X)
	}
	test.Type(e.body, strings.Repeat("A long post about winter walks and heart health. ", 12))
	settle(t, e)

	t.Run("actions stay in view while the text scrolls", func(t *testing.T) {
		e.scroll.ScrollToBottom()
		for _, b := range []fyne.CanvasObject{e.readyButton} {
			if !b.Visible() || isInside(b, e.scroll) {
				t.Fatal("Mark ready scrolls away with the text")
			}
		}
	})
	t.Run("a counter over its limit shows count, limit and by how much, with its button below it", func(t *testing.T) {
		texts := counterTexts(e)
		if !strings.Contains(texts["Bluesky"], " / 300 · ") || !strings.Contains(texts["Bluesky"], " over") {
			t.Fatalf("Bluesky counter %q", texts["Bluesky"])
		}
		first := e.counters.Objects[0].(*fyne.Container)
		if len(first.Objects) != 2 {
			t.Fatalf("the over-limit counter has %d parts, want the label and its button", len(first.Objects))
		}
	})
	t.Run("counters follow the order of the network boxes", func(t *testing.T) {
		var order []string
		for _, o := range e.counters.Objects {
			order = append(order, o.(*fyne.Container).Objects[0].(*widget.Label).Text)
		}
		if len(order) != 2 || !strings.HasPrefix(order[0], "Bluesky") || !strings.HasPrefix(order[1], "X ") {
			t.Fatalf("order %q", order)
		}
	})
	t.Run("a new draft opens at its top", func(t *testing.T) {
		e.scroll.ScrollToBottom()
		m.NewDraft()
		if e.scroll.Offset.Y != 0 {
			t.Fatalf("opened scrolled to %v", e.scroll.Offset)
		}
	})
	t.Run("Instagram is offered only with a picture", func(t *testing.T) {
		if !e.networks[drafts.Instagram].Disabled() || !e.instagramHint.Visible() {
			t.Fatal("Instagram can be ticked on a draft without a picture")
		}
	})
}

// isInside reports whether o is somewhere inside parent's tree.
func isInside(o, parent fyne.CanvasObject) bool {
	if o == parent {
		return true
	}
	switch p := parent.(type) {
	case *container.Scroll:
		return isInside(o, p.Content)
	case *fyne.Container:
		for _, c := range p.Objects {
			if isInside(o, c) {
				return true
			}
		}
	case fyne.Widget:
		r := test.WidgetRenderer(p)
		for _, c := range r.Objects() {
			if isInside(o, c) {
				return true
			}
		}
	}
	return false
}

func TestNewDraftAimsAtTheConnectedAccounts(t *testing.T) {
	svc, acc := newFlowService(t, true)
	ctx := context.Background()
	for _, a := range []accounts.Account{
		{Network: drafts.Mastodon, Handle: "@maplegrove", ServerURL: "https://social.example"},
		{Network: drafts.Instagram, Handle: "maplegrove", RemoteID: "17841400000000000"},
	} {
		if _, err := acc.Accounts.Add(ctx, a, accounts.Credentials{AccessToken: "SYNTHETIC"}); err != nil {
			t.Fatal(err)
		}
	}
	m := newFlowWindow(t, svc, acc)
	m.NewDraft()
	e := m.drafts.editor
	var ticked []drafts.Network
	for _, n := range drafts.AllNetworks {
		if e.networks[n].Checked {
			ticked = append(ticked, n)
		}
	}
	if len(ticked) != 1 || ticked[0] != drafts.Mastodon {
		t.Fatalf("a new draft aims at %v, want the connected Mastodon account's network only (Instagram waits for a picture)", ticked)
	}
}

func TestEditorSaysWhatANetworkCannotTakeBeforePosting(t *testing.T) {
	svc, acc := newFlowService(t, true)
	ctx := context.Background()
	if _, err := acc.Accounts.Add(ctx, accounts.Account{Network: drafts.GBP, Handle: "Maple Grove", RemoteID: "accounts/1/locations/2"},
		accounts.Credentials{AccessToken: "SYNTHETIC"}); err != nil {
		t.Fatal(err)
	}
	m := newFlowWindow(t, svc, acc)
	m.NewDraft()
	e := m.drafts.editor
	test.Type(e.body, "Our new waiting room is open.")
	settle(t, e)
	if e.cannotTake.Visible() {
		t.Fatalf("a text post to Google is fine, yet: %q", e.cannotTake.Text)
	}
	var png bytes.Buffer
	if err := imgpng.Encode(&png, image.NewRGBA(image.Rect(0, 0, 8, 6))); err != nil {
		t.Fatal(err)
	}
	e.attachImage(e.d.ID, "room.png", png.Bytes())
	settle(t, e)
	if !e.cannotTake.Visible() || !strings.Contains(e.cannotTake.Text, "Google Business Profile takes pictures only from a public web address") {
		t.Fatalf("the editor says %q", e.cannotTake.Text)
	}
	d := snapshot(e.d)
	d.Status = drafts.StatusReady
	p := showPostNow(e.poster, m.Window, d, nil)
	for id, c := range p.checks {
		if c.Checked || !c.Disabled() {
			t.Fatalf("Post now offers account %d, which cannot take the picture", id)
		}
	}
}

// TestEditorFitsALaptop lays the editor out, with a long post, findings,
// counters over their limits, a picture and the actions, at 1024×640 and
// at 1366×768 with 125 % scaling, and fails on anything cut off or wider
// than the window.
func TestEditorFitsALaptop(t *testing.T) {
	svc, acc := newFlowService(t, true)
	m := newFlowWindow(t, svc, acc)
	m.NewDraft()
	e := m.drafts.editor
	for _, n := range drafts.AllNetworks {
		e.networks[n].SetChecked(n != drafts.Instagram)
	}
	test.Type(e.body, "Thanks to Mrs. Alvarez for sharing how her diabetes care went, and to Dr. Ana Ruiz. Her next visit is on 3/14. "+
		strings.Repeat("Staying active through the winter helps your heart. ", 8)+" https://maplegrove.example/winter")
	var png bytes.Buffer
	if err := imgpng.Encode(&png, image.NewRGBA(image.Rect(0, 0, 8, 6))); err != nil {
		t.Fatal(err)
	}
	e.attachImage(e.d.ID, "waiting-room-with-a-very-long-file-name-from-the-camera-2026-12-04.png", png.Bytes())
	settle(t, e)
	if e.review.Open() == 0 {
		t.Fatal("the test needs findings on screen")
	}
	assertFits(t, m.Window)

	t.Run("a ready draft with all its actions", func(t *testing.T) {
		m.NewDraft()
		e.networks[drafts.Mastodon].SetChecked(true)
		test.Type(e.body, "Flu shots are here! Walk in Saturday 9 to 1.")
		settle(t, e)
		test.Tap(e.readyButton)
		settle(t, e)
		if !e.postButton.Visible() || !e.scheduleButton.Visible() {
			t.Fatal("the test needs Post now and Schedule on screen")
		}
		assertFits(t, m.Window)
		for _, size := range laptopSizes {
			m.Window.Resize(size)
			for _, b := range []*widget.Button{e.readyButton, e.postButton, e.scheduleButton} {
				pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(b)
				if pos.Y+b.Size().Height > size.Height || pos.X+b.Size().Width > size.Width {
					t.Errorf("at %v %q is drawn at %v, outside the window", size, b.Text, pos)
				}
			}
		}
	})
}
