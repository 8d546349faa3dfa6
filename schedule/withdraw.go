package schedule

// Withdrawing posts when a consent is revoked. Queued posts are held at
// once (and the engine's publish-time gates would hold them anyway); a post
// already handed to a network's own scheduler is cancelled there through
// the connector, or, where that fails, listed for staff with the steps to
// cancel it by hand.

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/drafts"
)

// ConsentRevokedReason is what a post held or withdrawn for a revoked
// consent says.
const ConsentRevokedReason = "The patient's consent was revoked; this post must not go out."

// Withdrawal is what became of one post when its consent was revoked.
type Withdrawal struct {
	Publication Publication
	// Network is the label of the account's network ("Mastodon").
	Network string
	// Done is true when the post can no longer go out: held here, or
	// cancelled on the network's own scheduler.
	Done bool
	// Steps, when Done is false, tell staff how to cancel it by hand.
	Steps string
}

// WithdrawForConsent stops every post of the drafts that use the consent
// that has not gone out: queued, paused or retrying posts are held with
// ConsentRevokedReason; posts handed to a network's scheduler are
// cancelled there. It returns what became of each, so the screen can list
// any that staff must cancel by hand.
func (e *Engine) WithdrawForConsent(ctx context.Context, consentID int64) ([]Withdrawal, error) {
	pubs, err := e.Store.query(ctx, `SELECT `+pubColumns+` FROM publications
		WHERE draft_id IN (SELECT id FROM drafts WHERE consent_id = ?)
		  AND state IN ('queued', 'paused', 'publishing', 'needs_reconnect')
		ORDER BY due_at, id`, consentID)
	if err != nil {
		return nil, fmt.Errorf("finding the posts that use the consent: %w", err)
	}
	// One post that cannot be held must not leave the others running:
	// go on, and say which could not.
	var out []Withdrawal
	var errs []error
	for _, p := range pubs {
		w, err := e.withdraw(ctx, p, ConsentRevokedReason, "consent revoked")
		if err != nil {
			errs = append(errs, fmt.Errorf("post %d: %w", p.ID, err))
			w.Steps = "CarePost could not stop it (" + err.Error() + "): open it in the calendar and cancel it."
		}
		out = append(out, w)
	}
	return out, errors.Join(errs...)
}

// withdrawShut cancels, on the network's own scheduler, every handed-off
// post whose draft no longer passes the gates: edited since (no longer
// ready), approval switched on, a consent that lapsed, changed or was
// revoked, the draft deleted. Each run does this first, so such a post is
// withdrawn within a run's interval of the change, long before its time.
func (e *Engine) withdrawShut(ctx context.Context, st Settings, sum *Summary) error {
	pubs, err := e.Store.query(ctx, `SELECT `+pubColumns+` FROM publications
		WHERE state = 'publishing' AND native = 1 AND claim_token = '' AND due_at > ?
		ORDER BY due_at, id`, stamp(e.now()))
	if err != nil {
		return fmt.Errorf("finding posts on networks' schedulers: %w", err)
	}
	for _, p := range pubs {
		if err := ctx.Err(); err != nil {
			return err
		}
		reason := ""
		d, err := e.Drafts.Draft(ctx, p.DraftID)
		switch {
		case errors.Is(err, drafts.ErrDraftNotFound):
			reason = "The draft was deleted."
		case err != nil:
			return err
		default:
			var gate *drafts.GateError
			err := e.Drafts.CheckPublishable(ctx, d, p.Network, st.Approval)
			if errors.As(err, &gate) {
				reason = gate.Error()
			} else if err != nil {
				return err
			}
		}
		if reason == "" {
			continue
		}
		w, err := e.withdraw(ctx, p, reason, "gates shut: "+reason)
		if err != nil {
			return err
		}
		if w.Done {
			sum.Withdrawn++
		}
	}
	return nil
}

// CancelOnNetwork cancels a post waiting in a network's own scheduler, at
// staff's request. Withdrawal.Steps says what to do by hand when the
// network will not.
func (e *Engine) CancelOnNetwork(ctx context.Context, id int64) (Withdrawal, error) {
	p, err := e.Store.Get(ctx, id)
	if err != nil {
		return Withdrawal{}, err
	}
	if !p.HandedOff() {
		return Withdrawal{Publication: p}, fmt.Errorf("%w: it is not waiting in a network's scheduler", ErrNotAllowed)
	}
	return e.withdraw(ctx, p, CancelledByStaffReason, "cancelled by staff")
}

// CancelledByStaffReason is what a post staff cancelled on the network says.
const CancelledByStaffReason = "Cancelled by staff."

// withdraw stops one post that has not gone out: held here, or cancelled on
// the network's scheduler; reason is what the post then says, why goes in
// the publish log.
func (e *Engine) withdraw(ctx context.Context, p Publication, reason, why string) (Withdrawal, error) {
	network := "the network"
	conn, acct, connErr := e.Connectors(ctx, p.AccountID)
	if connErr == nil || acct.ID != 0 {
		network = acct.Network.Label()
	}
	w := Withdrawal{Publication: p, Network: network}
	if !p.HandedOff() {
		if p.State == StatePublishing {
			// A run is sending it right now; its publish-time gates see the
			// revoked consent unless the call was already under way.
			w.Steps = fmt.Sprintf("It was being sent when the consent was revoked. Check the account on %s and delete the post if it is there.", network)
			// In its publish log, where it stays whatever the run records
			// on the row when it finishes.
			return w, e.Store.logLine(ctx, p.ID, e.now(), "not withdrawn", w.Steps)
		}
		q, err := e.Store.transition(ctx, p.ID, []State{StateQueued, StatePaused, StateNeedsReconnect}, "held", reason,
			`state = 'held', last_error = ?, next_attempt_at = ''`, reason)
		if err != nil {
			return w, fmt.Errorf("holding publication %d: %w", p.ID, err)
		}
		w.Publication, w.Done = q, true
		return w, nil
	}

	manual := fmt.Sprintf("Open the account on %s, find the scheduled post due %s (id %s) among its scheduled posts, and delete it.",
		network, p.LocalDue().Format("Mon 2 Jan 2006 15:04 MST"), p.RemoteID)
	now := e.now()
	if !now.Before(p.DueAt) {
		// Its time has come: it may be out already, and a network such as
		// Facebook keeps the same id, so a "cancel" would delete the live
		// post behind CarePost's back. Staff look and delete it there.
		w.Steps = "It was due at " + p.LocalDue().Format("15:04 MST") + " and may already be out. " + manual + " If it is already published, delete the post."
		return w, e.Store.noteManual(ctx, p, now, w.Steps)
	}
	if connErr != nil {
		w.Steps = "CarePost could not reach the account (" + accounts.UserMessage(connErr) + "). " + manual
		return w, e.Store.noteManual(ctx, p, now, w.Steps)
	}
	claimed, ok, err := e.Store.claimHandedOff(ctx, p.ID, newToken(), now, e.lease())
	if err != nil {
		return w, err
	}
	if !ok {
		// A run has it right now: handing it off (no id yet), or
		// confirming it at its time.
		w.Steps = "It was due about now and may already be out. " + manual + " If it is already published, delete the post."
		if claimed.RemoteID == "" && p.RemoteID == "" {
			w.Steps = fmt.Sprintf("It was being handed to %s's scheduler at that moment. Look among the account's scheduled posts on %s and delete it there if it is listed.", network, network)
		}
		return w, e.Store.noteManual(ctx, p, now, w.Steps)
	}
	if err := conn.CancelScheduled(ctx, accounts.Ref{ID: claimed.RemoteID}); err != nil {
		w.Steps = fmt.Sprintf("%s did not cancel it (%s). %s", network, lastWords(err), manual)
		return w, e.Store.releaseHandedOff(ctx, claimed, e.now(), p.ClaimedUntil, w.Steps)
	}
	q, err := e.Store.finish(ctx, claimed, e.now(), outcome{state: StateCancelled, lastError: reason,
		event: "withdrawn", detail: fmt.Sprintf("cancelled on %s's scheduler (scheduled post %s): %s", network, claimed.RemoteID, why)})
	if err != nil {
		return w, err
	}
	w.Publication, w.Done = q, true
	return w, nil
}

// claimHandedOff takes a post waiting in a network's scheduler for this
// run, so no confirming run touches it while it is being cancelled.
func (s *Store) claimHandedOff(ctx context.Context, id int64, token string, now time.Time, lease time.Duration) (Publication, bool, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return Publication{}, false, err
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `UPDATE publications SET claim_token = ?, claimed_until = ?, updated_at = ?
		WHERE id = ? AND state = 'publishing' AND native = 1 AND claim_token = ''`, token, stamp(now.Add(lease)), stamp(now), id)
	if err != nil {
		return Publication{}, false, fmt.Errorf("claiming publication %d: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return Publication{}, false, nil
	}
	p, err := getPub(ctx, tx, id)
	if err != nil {
		return Publication{}, false, err
	}
	return p, true, tx.Commit()
}

// releaseHandedOff gives a handed-off post back to the confirming runs,
// with what staff must do by hand.
func (s *Store) releaseHandedOff(ctx context.Context, p Publication, now, until time.Time, steps string) error {
	return ignoreLost(s.handOffUpdate(ctx, p, now, "not withdrawn", steps,
		`last_error = ?, claim_token = '', claimed_until = ?`, steps, stamp(until)))
}

// logLine adds one line to a publication's publish log.
func (s *Store) logLine(ctx context.Context, id int64, now time.Time, event, detail string) error {
	return addLog(ctx, s.db, id, now, event, detail)
}

// noteManual records on a handed-off post what staff must do by hand.
func (s *Store) noteManual(ctx context.Context, p Publication, now time.Time, steps string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `UPDATE publications SET last_error = ?, updated_at = ? WHERE id = ?`, steps, stamp(now), p.ID); err != nil {
		return fmt.Errorf("recording publication %d: %w", p.ID, err)
	}
	if err := addLog(ctx, tx, p.ID, now, "not withdrawn", steps); err != nil {
		return err
	}
	return tx.Commit()
}
