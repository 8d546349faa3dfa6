package ui

import (
	"context"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/wiring"
)

// The inbox fits a front-desk laptop with an urgent message open, its
// reasons wrapped over several lines, and with a private one open.
func TestInboxFits(t *testing.T) {
	t0 := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	m, q, _ := newInboxWindow(t, func(ctx context.Context, ws *wiring.Services, a accounts.Account) {
		seedMentions(ctx, t, ws, a,
			act("1", "bob", "My husband collapsed in the kitchen and is not breathing, what do I do", t0, false),
			act("2", "dee", "Can I book a flu shot for next week? I work until 5.", t0.Add(time.Hour), true),
		)
	})
	m.nav.Select(sectionInbox)
	settleInbox(t, m, q)
	for i, what := range []string{"an urgent message", "a private message"} {
		t.Run(what, func(t *testing.T) {
			m.inbox.list.Select(i)
			settleInbox(t, m, q)
			assertFits(t, m.Window)
		})
	}
}
