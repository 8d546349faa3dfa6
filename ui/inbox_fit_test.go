package ui

import (
	"context"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/wiring"
)

// The inbox fits a front-desk laptop with an urgent message open, its
// reasons wrapped over several lines, with a private one open, and with a
// reply open under the earlier messages of its thread.
func TestInboxFits(t *testing.T) {
	t0 := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	srv, _ := threadMastodon(t)
	replies := seedReplies(t, srv)
	m, q, _ := newInboxWindow(t, func(ctx context.Context, ws *wiring.Services, a accounts.Account) {
		seedMentions(ctx, t, ws, a,
			act("1", "bob", "My husband collapsed in the kitchen and is not breathing, what do I do", t0, false),
			act("2", "dee", "Can I book a flu shot for next week? I work until 5.", t0.Add(time.Hour), true),
		)
		replies(ctx, ws, a)
	})
	m.nav.Select(sectionInbox)
	settleInbox(t, m, q)
	for _, c := range []struct{ what, remoteID string }{
		{"an urgent message", "1"}, {"a private message", "2"}, {"a reply under its thread", "b1"},
	} {
		t.Run(c.what, func(t *testing.T) {
			i := -1
			for j, it := range m.inbox.items {
				if it.RemoteID == c.remoteID {
					i = j
				}
			}
			if i < 0 {
				t.Fatalf("%s is not in the list", c.remoteID)
			}
			m.inbox.list.Select(i)
			settleInbox(t, m, q)
			if c.remoteID == "b1" && !m.inbox.detail.context.Visible() {
				t.Fatal("no earlier messages above the reply")
			}
			assertFits(t, m.Window)
		})
	}
}
