package schedule

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/network"
)

// Posts and answers fail by one rule: these are its cases.
func TestPlanFailure(t *testing.T) {
	e := newTestEnv(t, "")
	now := e.clock.Now()
	for _, tc := range []struct {
		name      string
		err       error
		tries     int
		unknown   bool
		check     func(t *testing.T, f failurePlan)
		reconnect bool
	}{
		{name: "a spent limit waits until the network's reset, using no try",
			err: &accounts.Error{Kind: accounts.KindRateLimited, Network: network.Mastodon, Op: "reply", RetryAfter: time.Minute, RetryAt: now.Add(5 * time.Minute)},
			check: func(t *testing.T, f failurePlan) {
				if !f.retry || !f.next.Equal(now.Add(5*time.Minute)) || f.triesDelta != -1 {
					t.Errorf("%+v", f)
				}
			}},
		{name: "a short wait is at least MinRateLimitWait",
			err: &accounts.Error{Kind: accounts.KindRateLimited, Network: network.Mastodon, Op: "reply", RetryAfter: time.Second},
			check: func(t *testing.T, f failurePlan) {
				if !f.retry || !f.next.Equal(now.Add(MinRateLimitWait)) {
					t.Errorf("%+v", f)
				}
			}},
		{name: "an expired sign-in waits for a reconnect", reconnect: true,
			err: &accounts.Error{Kind: accounts.KindAuth, Network: network.Mastodon, Op: "reply", Status: 401},
			check: func(t *testing.T, f failurePlan) {
				if f.retry || !f.reconnect {
					t.Errorf("%+v", f)
				}
			}},
		{name: "a rejection stops with the network's words",
			err: &accounts.Error{Kind: accounts.KindRejected, Network: network.Mastodon, Op: "reply", Status: 422, Message: rejectMessage},
			check: func(t *testing.T, f failurePlan) {
				if f.retry || f.reconnect || f.lastError != rejectMessage {
					t.Errorf("%+v", f)
				}
			}},
		{name: "a lost answer backs off and is looked for next", unknown: true,
			err: &accounts.Error{Kind: accounts.KindTransient, Network: network.Mastodon, Op: "reply"}, tries: 1,
			check: func(t *testing.T, f failurePlan) {
				if !f.retry || !f.reconcile || f.next.Before(now.Add(time.Second)) || !strings.Contains(f.detail, "looks for the answer first") {
					t.Errorf("%+v", f)
				}
			}},
		{name: "after the last try it gives up, saying Retry looks first", unknown: true,
			err: errors.New("keychain busy"), tries: DefaultMaxAttempts,
			check: func(t *testing.T, f failurePlan) {
				if f.retry || f.reconnect || !strings.Contains(f.lastError, "could not confirm whether the answer went out; Retry looks for it before sending again") {
					t.Errorf("%+v", f)
				}
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := e.addAccount(strings.ReplaceAll(tc.name, " ", "-"))
			f, err := e.engine.planFailure(e.ctx, a.ID, tc.err, tc.tries, false, tc.unknown, "answer", "sending")
			if err != nil {
				t.Fatal(err)
			}
			tc.check(t, f)
			got, _ := e.accounts.Get(e.ctx, a.ID)
			if (got.Status == accounts.StatusNeedsReconnect) != tc.reconnect {
				t.Errorf("account status %s", got.Status)
			}
		})
	}
}
