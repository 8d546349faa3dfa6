package schedule

// What a failed network call means, decided once for posts and answers
// alike: the two keep their own records and states, but not their own
// rules for waiting, reconnecting and giving up.

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/carepost/carepost/accounts"
)

// failurePlan is what a failed try becomes: queued again at next (retry),
// waiting for the account to be reconnected (reconnect), or failed
// (neither).
type failurePlan struct {
	retry, reconnect bool
	next             time.Time
	triesDelta       int
	lastError        string
	reconcile        bool
	event, detail    string
}

// planFailure decides by the kind of error: a spent rate limit waits as
// long as the network asks (never under MinRateLimitWait) without using up
// a try; an expired sign-in marks the account to be reconnected; a
// rejection stops with the network's own words; anything else (transient,
// or untyped such as a busy keychain) backs off until maxAttempts tries.
// reconcile says the record may already be out (unknown: this try's
// answer was lost), so the next try looks for it first. noun and verb
// name the record in staff's words ("post", "posting").
func (e *Engine) planFailure(ctx context.Context, accountID int64, err error, tries int, reconcile, unknown bool, noun, verb string) (failurePlan, error) {
	now := e.now()
	reconcile = reconcile || unknown
	var ce *accounts.Error
	kind := accounts.KindTransient
	if errors.As(err, &ce) {
		kind = ce.Kind
	}
	switch kind {
	case accounts.KindRateLimited:
		wait := ce.RetryAfter
		if !ce.RetryAt.IsZero() && ce.RetryAt.Sub(now) > wait {
			wait = ce.RetryAt.Sub(now)
		}
		wait = max(wait, MinRateLimitWait)
		return failurePlan{retry: true, next: now.Add(wait), triesDelta: -1, lastError: err.Error(), reconcile: reconcile,
			event: "rate limited", detail: fmt.Sprintf("%s; next try at %s", err.Error(), stamp(now.Add(wait)))}, nil
	case accounts.KindAuth:
		if e.Accounts != nil {
			if mErr := e.Accounts.MarkNeedsReconnect(ctx, accountID); mErr != nil {
				return failurePlan{}, mErr
			}
		}
		return failurePlan{reconnect: true, lastError: lastWords(err), reconcile: reconcile, event: "needs reconnect", detail: err.Error()}, nil
	case accounts.KindRejected:
		return failurePlan{lastError: lastWords(err), reconcile: reconcile, event: "failed", detail: err.Error()}, nil
	}
	if tries >= e.maxAttempts() {
		msg := err.Error()
		if reconcile {
			msg += fmt.Sprintf(" — CarePost could not confirm whether the %s went out; Retry looks for it before %s again.", noun, verb)
		}
		return failurePlan{lastError: msg, reconcile: reconcile, event: "failed",
			detail: fmt.Sprintf("gave up after %d tries: %s", tries, err.Error())}, nil
	}
	next := now.Add(e.Backoff(tries))
	detail := fmt.Sprintf("%s; next try at %s", err.Error(), stamp(next))
	if unknown {
		detail += fmt.Sprintf("; the answer was lost, so the next try looks for the %s first", noun)
	}
	return failurePlan{retry: true, next: next, lastError: err.Error(), reconcile: reconcile, event: "retrying", detail: detail}, nil
}
