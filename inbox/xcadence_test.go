package inbox

import (
	"testing"
	"time"

	"github.com/carepost/carepost/network"
)

// X bills every item an app reads, so the background rounds read X
// accounts at their own, longer interval; Refresh reads them at once.
func TestXAccountsAreReadAtTheirOwnInterval(t *testing.T) {
	fetches := func(c *fakeConn) int {
		c.mu.Lock()
		defer c.mu.Unlock()
		return len(c.fetches)
	}
	tests := []struct {
		name  string
		every time.Duration
		// rounds are the minutes after the first round when later ones run.
		rounds []time.Duration
		// wantX are how many background rounds read X, Mastodon being
		// read at every round.
		wantX int
	}{
		{"hourly: the first round, then once an hour has passed", time.Hour, []time.Duration{5, 10, 55, 60, 65, 120}, 3},
		{"every 15 minutes", 15 * time.Minute, []time.Duration{5, 10, 15, 20, 30}, 3},
		{"only on Refresh: never in the background", 0, []time.Duration{5, 60, 24 * 60}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			m := e.addAccount(network.Mastodon, "clinic")
			x := e.addAccount(network.X, "clinic_x")
			st := DefaultSettings()
			st.XSyncInterval = tc.every
			start := e.clock.Now()
			round := func() {
				t.Helper()
				if _, err := e.syncer.syncRound(e.ctx, st); err != nil {
					t.Fatal(err)
				}
			}
			round()
			for _, at := range tc.rounds {
				e.clock.Advance(start.Add(at * time.Minute).Sub(e.clock.Now()))
				round()
			}
			if got, want := fetches(e.conns[m.ID]), 1+len(tc.rounds); got != want {
				t.Errorf("Mastodon read in %d rounds, want every one of %d", got, want)
			}
			if got := fetches(e.conns[x.ID]); got != tc.wantX {
				t.Errorf("X read in %d background rounds, want %d", got, tc.wantX)
			}
			// Refresh reads X whatever the interval.
			if _, err := e.syncer.SyncAll(e.ctx, nil); err != nil {
				t.Fatal(err)
			}
			if got := fetches(e.conns[x.ID]); got != tc.wantX+1 {
				t.Errorf("after Refresh X was read %d times, want %d", got, tc.wantX+1)
			}
		})
	}
}

func TestXSyncIntervalSetting(t *testing.T) {
	e := newEnv(t)
	st, err := e.store.LoadSettings(e.ctx)
	if err != nil || st.XSyncInterval != DefaultXSyncInterval {
		t.Fatalf("default X interval %s (%v), want %s", st.XSyncInterval, err, DefaultXSyncInterval)
	}
	for _, want := range []time.Duration{0, 6 * time.Hour, 15 * time.Minute} {
		st.XSyncInterval = want
		if err := e.store.SaveSettings(e.ctx, st); err != nil {
			t.Fatal(err)
		}
		got, err := e.store.LoadSettings(e.ctx)
		if err != nil || got.XSyncInterval != want {
			t.Errorf("saved X interval %s, read back %s (%v)", want, got.XSyncInterval, err)
		}
	}
	st.XSyncInterval = 30 * time.Second
	if err := e.store.SaveSettings(e.ctx, st); err == nil {
		t.Error("an X interval of 30 seconds was saved")
	}
}
