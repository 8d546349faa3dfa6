package ui

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/inbox"
	"github.com/carepost/carepost/wiring"
)

// newInboxWindow is the app's window with the inbox wired as the app
// wires it, over items seeded in the store, and the screen's results
// queued for the test to run.
func newInboxWindow(t *testing.T, seed func(ctx context.Context, ws *wiring.Services, acct accounts.Account)) (*MainWindow, *uiQueue, *wiring.Services) {
	t.Helper()
	svc, acc := newFlowService(t, true)
	ws := wiredFor(svc)
	ctx := context.Background()
	a, err := acc.Accounts.Add(ctx, accounts.Account{Network: drafts.Mastodon, Handle: "@maplegrove@social.example", ServerURL: "https://social.example"},
		accounts.Credentials{AccessToken: "SYNTHETIC"})
	if err != nil {
		t.Fatal(err)
	}
	if seed != nil {
		seed(ctx, ws, a)
	}
	m := newFlowWindow(t, svc, acc)
	q := newUIQueue()
	m.inbox.do = q.post
	m.inbox.now = func() time.Time { return time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC) }
	m.UseInbox(ws.Inbox)
	return m, q, ws
}

func settleInbox(t testing.TB, m *MainWindow, q *uiQueue) {
	t.Helper()
	q.until(t, "the inbox to finish", m.inbox.idle)
}

func seedMentions(ctx context.Context, t *testing.T, ws *wiring.Services, a accounts.Account, acts ...accounts.Activity) {
	t.Helper()
	if _, err := ws.Inbox.Ingest(ctx, inbox.Batch{AccountID: a.ID, Network: a.Network, Activities: acts, Cursor: "x"}, inbox.Triage); err != nil {
		t.Fatal(err)
	}
}

func act(id, author, text string, at time.Time, private bool) accounts.Activity {
	kind := accounts.ActivityMention
	if private {
		kind = accounts.ActivityMessage
	}
	return accounts.Activity{Ref: accounts.Ref{ID: id, URL: "https://social.example/@" + author + "/" + id}, Kind: kind, Private: private,
		Author: "@" + author + "@social.example", Text: text, CreatedAt: at}
}

var inboxT0 = time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)

func TestInboxScreen(t *testing.T) {
	var t0 = inboxT0
	m, q, ws := newInboxWindow(t, func(ctx context.Context, ws *wiring.Services, a accounts.Account) {
		seedMentions(ctx, t, ws, a,
			act("1", "cy", "What time do you open on Saturday?", t0, false),
			act("2", "bob", "My husband collapsed and is not breathing", t0.Add(-time.Hour), false),
			act("3", "dee", "Can I book a flu shot for next week?", t0.Add(time.Hour), true),
		)
	})
	m.nav.Select(sectionInbox)
	settleInbox(t, m, q)
	s := m.inbox

	t.Run("urgent pinned on top with the emergency banner, then newest first", func(t *testing.T) {
		var got []string
		for _, it := range s.items {
			got = append(got, it.RemoteID)
		}
		if strings.Join(got, ",") != "2,3,1" {
			t.Fatalf("order %v", got)
		}
		if !s.banner.Visible() || !strings.Contains(s.banner.Text, "call 911") {
			t.Fatalf("banner %q visible=%v", s.banner.Text, s.banner.Visible())
		}
	})
	t.Run("the sidebar counts unread items", func(t *testing.T) {
		if got := m.sections[sectionInbox].label; got != "Inbox (3)" {
			t.Fatalf("sidebar %q", got)
		}
	})
	t.Run("opening an item marks it read and says where the answer is seen", func(t *testing.T) {
		s.list.Select(1) // the private message
		settleInbox(t, m, q)
		if !strings.HasPrefix(s.detail.audience.Text, "Private") {
			t.Fatalf("audience %q", s.detail.audience.Text)
		}
		if got := m.sections[sectionInbox].label; got != "Inbox (2)" {
			t.Fatalf("sidebar after reading %q", got)
		}
		// A question gets no thank-you suggested: staff answer it, with
		// the saved replies at hand.
		if s.detail.reply.Text != "" || len(s.detail.saved.Options) < 3 {
			t.Fatalf("suggested %q to a question; saved replies %v", s.detail.reply.Text, s.detail.saved.Options)
		}
	})
	t.Run("the urgent item's suggested answer gives the emergency guidance", func(t *testing.T) {
		s.list.Select(0)
		settleInbox(t, m, q)
		if !strings.Contains(s.detail.reply.Text, "911") || !s.detail.reasons.Visible() {
			t.Fatalf("suggested %q; reasons %q", s.detail.reply.Text, s.detail.reasons.Text)
		}
	})
	t.Run("keys j and k move, e marks done", func(t *testing.T) {
		m.Window.Canvas().Unfocus()
		test.TypeOnCanvas(m.Window.Canvas(), "j")
		settleInbox(t, m, q)
		if s.selected != s.items[1].ID {
			t.Fatalf("j: selected %d", s.selected)
		}
		test.TypeOnCanvas(m.Window.Canvas(), "k")
		settleInbox(t, m, q)
		if s.selected != s.items[0].ID {
			t.Fatalf("k: selected %d", s.selected)
		}
		id := s.selected
		test.TypeOnCanvas(m.Window.Canvas(), "e")
		settleInbox(t, m, q)
		it, err := ws.Inbox.Get(context.Background(), id)
		if err != nil || it.State != inbox.StateDone {
			t.Fatalf("e: %+v, %v", it, err)
		}
		for _, shown := range s.items {
			if shown.ID == id {
				t.Fatal("a done item is still listed under New")
			}
		}
	})
	t.Run("search and filters", func(t *testing.T) {
		test.TypeOnCanvas(m.Window.Canvas(), "/")
		if m.Window.Canvas().Focused() != s.search {
			t.Fatal("/ did not focus the search box")
		}
		s.search.SetText("flu")
		s.search.OnSubmitted(s.search.Text)
		settleInbox(t, m, q)
		if len(s.items) != 1 || s.items[0].RemoteID != "3" {
			t.Fatalf("search: %+v", s.items)
		}
		s.search.SetText("")
		settleInbox(t, m, q)
		s.kinds.SetSelected(inbox.KindMessage.Label())
		settleInbox(t, m, q)
		if len(s.items) != 1 || s.items[0].RemoteID != "3" {
			t.Fatalf("kind filter: %+v", s.items)
		}
		s.kinds.SetSelectedIndex(0)
		s.states.SetSelected("Done")
		settleInbox(t, m, q)
		if len(s.items) != 1 || s.items[0].RemoteID != "2" {
			t.Fatalf("done filter: %+v", s.items)
		}
		s.states.SetSelected("New")
		settleInbox(t, m, q)
	})
	t.Run("the privacy check's findings show before anything is sent", func(t *testing.T) {
		s.list.Select(0)
		settleInbox(t, m, q)
		s.detail.reply.SetText("Hi Maria, your diabetes results from your visit on March 3 are ready.")
		s.detail.sendReply()
		settleInbox(t, m, q)
		if !s.detail.findings.Visible() || !strings.Contains(s.detail.findings.Text, "privacy check") {
			t.Fatalf("findings %q", s.detail.findings.Text)
		}
		rs, _ := ws.Schedule.RepliesTo(context.Background(), s.selected)
		if len(rs) != 0 {
			t.Fatalf("an answer was recorded: %+v", rs)
		}
	})
	t.Run("fits a laptop", func(t *testing.T) {
		assertFits(t, m.Window)
	})
}

func TestInboxRefreshShowsEachAccountsOutcome(t *testing.T) {
	m, q, _ := newInboxWindow(t, nil)
	m.nav.Select(sectionInbox)
	settleInbox(t, m, q)
	m.inbox.Sync()
	settleInbox(t, m, q)
	// The account points at a server that is not there: it is named with
	// why, and the screen is usable again.
	if !m.inbox.status.Visible() || !strings.Contains(m.inbox.status.Text, "Not read: Mastodon") || m.inbox.refresh.Disabled() {
		t.Fatalf("status %q", m.inbox.status.Text)
	}
}

// BenchmarkInboxScreenOpen is opening the Inbox over 100,000 items: the
// first page, the unread count, the medians and the filter choices, read
// off the UI goroutine and shown.
func BenchmarkInboxScreenOpen(b *testing.B) {
	svc, acc := newFlowService(b, true)
	ws := wiredFor(svc)
	ctx := context.Background()
	a, err := acc.Accounts.Add(ctx, accounts.Account{Network: drafts.Mastodon, Handle: "@maplegrove@social.example", ServerURL: "https://social.example"},
		accounts.Credentials{AccessToken: "SYNTHETIC"})
	if err != nil {
		b.Fatal(err)
	}
	const n = 100_000
	batch := make([]accounts.Activity, 0, 5000)
	for i := 0; i < n; i++ {
		batch = append(batch, act(fmt.Sprint(i), fmt.Sprintf("user%d", i%5000), fmt.Sprintf("Question %d about opening hours and flu shots", i),
			inboxT0.Add(-time.Duration(i)*time.Minute), i%7 == 0))
		if len(batch) == cap(batch) {
			if _, err := ws.Inbox.Ingest(ctx, inbox.Batch{AccountID: a.ID, Network: a.Network, Activities: batch, Cursor: fmt.Sprint(i)}, nil); err != nil {
				b.Fatal(err)
			}
			batch = batch[:0]
		}
	}
	app := test.NewTempApp(b)
	w := app.NewWindow("bench")
	defer w.Close()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s := newInboxScreen(w)
		q := newUIQueue()
		s.do = q.post
		s.use(ws.Inbox, acc)
		w.SetContent(s.Content())
		s.Refresh()
		q.until(b, "the inbox to open", s.idle)
		if len(s.items) == 0 {
			b.Fatal("nothing shown")
		}
	}
}

func TestInboxSettings(t *testing.T) {
	m, q, ws := newInboxWindow(t, nil)
	m.nav.Select(sectionSettings)
	s := m.inboxSettings
	q.until(t, "the inbox settings", func() bool { return s.busy == 0 })
	if s.interval.Selected != "every 5 minutes (default)" || s.retention.Selected != "2 years (default)" || s.approval.Checked {
		t.Fatalf("defaults shown: %q %q %v", s.interval.Selected, s.retention.Selected, s.approval.Checked)
	}
	s.interval.SetSelected(syncLabel(15 * time.Minute))
	q.until(t, "saving", func() bool { return s.busy == 0 })
	s.approval.SetChecked(true)
	q.until(t, "saving", func() bool { return s.busy == 0 })
	s.hours.SetText("Mon-Fri 08:00-17:00")
	s.save()
	q.until(t, "saving", func() bool { return s.busy == 0 })
	st, err := ws.Inbox.LoadSettings(context.Background())
	if err != nil || st.SyncInterval != 15*time.Minute || !st.ReviewApproval || st.Hours.String() != "Mon,Tue,Wed,Thu,Fri 08:00-17:00" {
		t.Fatalf("saved %+v, %v", st, err)
	}
	s.hours.SetText("whenever")
	s.save()
	if !strings.Contains(s.status.Text, "Not saved") {
		t.Fatalf("bad hours: %q", s.status.Text)
	}
	assertFits(t, m.Window)
}

func TestInboxDeleteAuthorAndMarkSeen(t *testing.T) {
	m, q, ws := newInboxWindow(t, func(ctx context.Context, ws *wiring.Services, a accounts.Account) {
		seedMentions(ctx, t, ws, a,
			act("1", "bob", "My rash is back", inboxT0, false),
			act("2", "bob", "Also my knee", inboxT0.Add(time.Minute), false),
			act("3", "cy", "Open Saturday?", inboxT0.Add(2*time.Minute), false))
	})
	m.nav.Select(sectionInbox)
	settleInbox(t, m, q)
	s := m.inbox
	for i, it := range s.items {
		if it.RemoteID == "1" {
			s.list.Select(i)
		}
	}
	settleInbox(t, m, q)
	s.detail.deleteAuthor()
	tapOverlayButton(t, m.Window, "Delete")
	settleInbox(t, m, q)
	if len(s.items) != 1 || s.items[0].RemoteID != "3" || !strings.Contains(s.status.Text, "Deleted 2 messages") {
		t.Fatalf("left %+v; status %q", s.items, s.status.Text)
	}
	if n, _ := ws.Inbox.Count(context.Background(), inbox.Filter{}); n != 1 {
		t.Fatalf("%d items in the store", n)
	}
	// Marking seen is staff's action (Mastodon keeps no seen mark: nothing
	// to send, and nothing fails).
	s.markSeen()
	settleInbox(t, m, q)
	if !strings.Contains(s.status.Text, "Marked as seen") {
		t.Fatalf("status %q", s.status.Text)
	}
}

// urgentConn is a connector with one urgent message waiting.
type urgentConn struct {
	accounts.Connector // nil: any other call fails the test with a panic
	mu                 sync.Mutex
	fetched            int
}

func (c *urgentConn) FetchActivity(ctx context.Context, cursor string) (accounts.ActivityPage, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.fetched++
	if cursor != "" {
		return accounts.ActivityPage{Cursor: cursor}, nil
	}
	return accounts.ActivityPage{Items: []accounts.Activity{act("u1", "bob", "I took too many pills and can't stay awake", inboxT0, true)}, Cursor: "1"}, nil
}

func TestInboxBackgroundSyncNotifiesAnUrgentMessage(t *testing.T) {
	m, _, ws := newInboxWindow(t, nil)
	conn := &urgentConn{}
	ws.Inbox.Sync.Connectors = func(ctx context.Context, id int64) (accounts.Connector, accounts.Account, error) {
		a, err := ws.Accounts.Get(ctx, id)
		return conn, a, err
	}
	var mu sync.Mutex
	var got []fyne.Notification
	m.notify = func(n *fyne.Notification) {
		mu.Lock()
		got = append(got, *n)
		mu.Unlock()
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	m.StartInbox(ctx, ws.Inbox)
	deadline := time.Now().Add(10 * time.Second)
	for {
		mu.Lock()
		n := len(got)
		mu.Unlock()
		if n > 0 || time.Now().After(deadline) {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(got) != 1 || !strings.Contains(got[0].Title, "Urgent") {
		t.Fatalf("notifications %+v", got)
	}
	// It names who wrote, never what they wrote (a lock screen shows it).
	if strings.Contains(got[0].Content, "pills") || !strings.Contains(got[0].Content, "@bob@social.example") {
		t.Fatalf("notification says %q", got[0].Content)
	}
}

func TestInboxSaveAsReply(t *testing.T) {
	m, q, ws := newInboxWindow(t, func(ctx context.Context, ws *wiring.Services, a accounts.Account) {
		seedMentions(ctx, t, ws, a, act("1", "cy", "What time do you open on Saturday?", inboxT0, false))
	})
	m.nav.Select(sectionInbox)
	settleInbox(t, m, q)
	m.inbox.list.Select(0)
	settleInbox(t, m, q)
	d := m.inbox.detail
	d.reply.SetText("We are open 9 to noon on Saturdays.")
	d.saveAsReply()
	top := m.Window.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog")
	}
	var name *widget.Entry
	for _, o := range test.LaidOutObjects(top) {
		if e, ok := o.(*widget.Entry); ok && name == nil {
			name = e
		}
	}
	name.SetText("Saturday hours")
	tapOverlayButton(t, m.Window, "Save")
	settleInbox(t, m, q)
	own, err := ws.Inbox.SavedReplies(context.Background())
	if err != nil || len(own) != 1 || own[0].Name != "Saturday hours" {
		t.Fatalf("saved %+v, %v", own, err)
	}
	if got := d.saved.Options[len(d.saved.Options)-1]; got != "Saturday hours" {
		t.Fatalf("offered %v", d.saved.Options)
	}
}
