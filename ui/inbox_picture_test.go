package ui

import (
	"context"
	"image/png"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/wiring"
)

// TestInboxPicture draws the Inbox for the README at 1024x640, with a
// synthetic morning's messages, an urgent one pinned and a private one
// open. It runs only when
// CAREPOST_PICTURES names a folder (scripts/stats-pictures.sh).
func TestInboxPicture(t *testing.T) {
	dir := os.Getenv("CAREPOST_PICTURES")
	if dir == "" {
		t.Skip("set CAREPOST_PICTURES=DIR to draw the inbox for the README")
	}
	t0 := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	m, q, _ := newInboxWindow(t, func(ctx context.Context, ws *wiring.Services, a accounts.Account) {
		seedMentions(ctx, t, ws, a,
			act("1", "cy", "What time do you open on Saturday? Asking for the whole family 🙂", t0.Add(-3*time.Hour), false),
			act("2", "bob", "My husband collapsed in the kitchen and is not breathing, what do I do", t0.Add(-2*time.Hour), false),
			act("3", "dee", "Can I book a flu shot for next week? I work until 5.", t0.Add(-time.Hour), true),
			act("4", "eli", "Loved the heart health talk last night, thank you Dr. Ruiz!", t0.Add(-30*time.Minute), false),
			act("5", "fran", "Is the parking lot open during the renovation?", t0.Add(-10*time.Minute), false),
		)
	})
	fyne.CurrentApp().Settings().SetTheme(theme.LightTheme())
	m.Window.Resize(fyne.NewSize(1024, 640))
	m.nav.Select(sectionInbox)
	settleInbox(t, m, q)
	m.inbox.list.Select(3) // the private message: the answer box says where it will be seen
	settleInbox(t, m, q)
	f, err := os.Create(filepath.Join(dir, "inbox.png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, m.Window.Canvas().Capture()); err != nil {
		t.Fatal(err)
	}
}
