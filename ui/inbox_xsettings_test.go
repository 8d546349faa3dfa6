package ui

import (
	"context"
	"testing"
	"time"
)

// X bills every item read: Settings offer X its own, slower interval,
// down to Refresh only, and say why.
func TestInboxSettingsReadXLessOften(t *testing.T) {
	m, q, ws := newInboxWindow(t, nil)
	m.nav.Select(sectionSettings)
	s := m.inboxSettings
	q.until(t, "the inbox settings", func() bool { return s.busy == 0 })
	if s.xInterval.Selected != "every hour (default)" {
		t.Fatalf("X interval shown as %q, want the hourly default", s.xInterval.Selected)
	}
	s.xInterval.SetSelected("Only when I press Refresh")
	q.until(t, "saving", func() bool { return s.busy == 0 })
	st, err := ws.Inbox.LoadSettings(context.Background())
	if err != nil || st.XSyncInterval != 0 || st.SyncInterval != 5*time.Minute {
		t.Fatalf("saved X every %s, others every %s (%v); want Refresh only and the 5-minute default kept", st.XSyncInterval, st.SyncInterval, err)
	}
	s.xInterval.SetSelected(xSyncLabel(6 * time.Hour))
	q.until(t, "saving", func() bool { return s.busy == 0 })
	if st, err := ws.Inbox.LoadSettings(context.Background()); err != nil || st.XSyncInterval != 6*time.Hour {
		t.Fatalf("saved X every %s (%v), want 6 hours", st.XSyncInterval, err)
	}
	assertFits(t, m.Window)
}
