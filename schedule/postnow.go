package schedule

import (
	"context"
	"fmt"
	"time"
)

// NowResult is what became of "post now" to one account.
type NowResult struct {
	AccountID int64
	// Publication is the record made for it, as it stands after the try
	// (zero ID when scheduling itself was refused; see Err).
	Publication Publication
	// Err is why no publication was made: a gate is shut, the account is
	// gone, the draft is not aimed at its network.
	Err error
}

// pollInterval is how often PublishNow looks at a publication another run
// claimed first.
const pollInterval = 250 * time.Millisecond

// PublishNow sends a draft to each account at once, by the one path every
// post takes: a publication due now (its row, idempotency key and publish
// log), every gate checked when it is made and again just before the
// network call, claimed before the call, reconciled when the answer is
// lost. zone is the clinic's IANA zone, recorded on the row. A network
// failure is recorded on the publication as for any scheduled post: a
// transient one stays queued and the engine retries it; the error returned
// is for the database (or ctx) failing.
func (e *Engine) PublishNow(ctx context.Context, draftID int64, accountIDs []int64, zone string) ([]NowResult, error) {
	st, err := e.Store.LoadSettings(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading the schedule settings: %w", err)
	}
	out := make([]NowResult, 0, len(accountIDs))
	var sum Summary
	for _, id := range accountIDs {
		// Each is made due just before it is sent, so a slow first one
		// does not make the next "missed" under a short grace window.
		p, err := e.Store.Schedule(ctx, draftID, id, e.now(), zone)
		if err != nil {
			out = append(out, NowResult{AccountID: id, Err: err})
			continue
		}
		if err := e.processDetached(ctx, p, st, &sum); err != nil {
			return out, err
		}
		if p, err = e.settled(ctx, p.ID); err != nil {
			return out, err
		}
		out = append(out, NowResult{AccountID: id, Publication: p})
	}
	return out, nil
}

// settled waits while another run (the app's background runner, or
// `carepost publish-due`) has the publication, then returns it.
func (e *Engine) settled(ctx context.Context, id int64) (Publication, error) {
	for {
		p, err := e.Store.Get(ctx, id)
		if err != nil || p.State != StatePublishing {
			return p, err
		}
		// The wall clock even when tests inject Sleep: this waits for
		// another goroutine, not for simulated time.
		if err := sleepCtx(ctx, pollInterval); err != nil {
			return p, err
		}
	}
}

// OutcomeMessage is what staff read about a publication just tried, in
// plain words: the link, the network's own words when it refused, or what
// happens next.
func OutcomeMessage(p Publication, network string) string {
	switch p.State {
	case StatePublished:
		if p.RemoteURL != "" {
			return "Posted: " + p.RemoteURL
		}
		return "Posted."
	case StateFailed:
		return network + " refused the post: " + p.LastError
	case StateNeedsReconnect:
		return network + " needs you to sign in again (" + p.LastError + "). Open Accounts and choose Reconnect, then Retry the post in the calendar."
	case StateHeld:
		return "Held: " + p.LastError
	case StateQueued:
		next := p.NextAttemptAt
		if loc, err := time.LoadLocation(p.Zone); err == nil {
			next = next.In(loc)
		}
		return fmt.Sprintf("Could not reach %s just now (%s). It stays queued and CarePost tries again at %s.",
			network, p.LastError, next.Format("15:04 MST"))
	case StatePublishing:
		return "Still being sent; its outcome will show in the calendar."
	}
	return p.State.Label()
}
