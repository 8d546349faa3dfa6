package schedule

// Native scheduling hand-off: a post due far enough ahead on a network that
// schedules posts itself (Mastodon scheduled_at, Facebook
// scheduled_publish_time) is given to that network's scheduler, so it goes
// out at its time even with the PC off.
//
// State model (no new migration may be added, and the 0003 CHECK allows
// only the eight states):
//
//   - A hand-off is claimed exactly like a publish (claim under a token and
//     lease, intent committed before the network call), so two processes
//     never hand the same post off twice. The claim already sets native=1,
//     so a run killed between the network call and the commit leaves a row
//     that a later run only confirms, never re-publishes.
//   - Once the network accepted it, the row stays 'publishing' with
//     native=1, remote_id = the network's scheduled-post id, no claim token,
//     and claimed_until = due_at + ConfirmDelay. Nothing picks it up before
//     then; Pause and Store.Cancel refuse it ("it is publishing"). It is
//     withdrawn through the connector's CancelScheduled instead
//     (Engine.CancelOnNetwork, and WithdrawForConsent when a consent is
//     revoked; see withdraw.go), under a claim so no confirming run races
//     it; where the network will not cancel it, staff get the steps.
//   - After due_at + ConfirmDelay a run claims it like an interrupted
//     publish and, because native=1, only looks for it among the account's
//     recent posts (by the text sent). Found: published with the real post
//     id and URL (native stays 1). Not found yet: it waits again, up to
//     ConfirmWindow after due_at; then it is failed with a clear message
//     (native back to 0, reconcile=1, so Retry looks for it before posting).
//   - A hand-off the network declined (KindRejected, e.g. too near) goes back
//     to queued with next_attempt_at = due_at, which both marks it "not to
//     be handed off again" and leaves the normal publish path unchanged. A
//     transient or rate-limited failure goes back to queued to try the
//     hand-off again later; an auth failure is needs_reconnect as today. A
//     lost answer (the network may hold it) goes back to queued with
//     reconcile=1 and next_attempt_at after the due time, so the normal path
//     looks for it before posting.
//
// Hand-off is opt-in (Engine.NativeHandOff), so engines built without it,
// and the existing tests, behave exactly as before.

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/drafts"
)

const (
	// HandOffMargin is added to the network's MinScheduleAhead, so a post
	// is not handed off right at the network's floor.
	HandOffMargin = time.Minute
	// ConfirmDelay is how long after the due time a run first looks for a
	// handed-off post among the account's recent posts.
	ConfirmDelay = 2 * time.Minute
	// ConfirmWindow is how long after the due time a handed-off post may
	// take to appear before it is failed.
	ConfirmWindow = 15 * time.Minute
	// RecheckEvery is the wait between looks for a handed-off post.
	RecheckEvery = time.Minute
)

// HandedOff reports whether the publication is waiting in the network's
// own scheduler (shown as "Scheduled on <network>" rather than
// "Publishing"; pause or cancel it on the network).
func (p Publication) HandedOff() bool { return p.Native && p.State == StatePublishing }

// HandOffNote is what a handed-off publication says to staff.
func HandOffNote(p Publication, network drafts.Network) string {
	return fmt.Sprintf("Handed to %s's scheduler for %s; it goes out from there even with this PC off. To cancel it there, use Cancel… in the calendar.",
		network.Label(), p.LocalDue().Format("Mon 2 Jan 2006 15:04 MST"))
}

// NotPublishedReason is what a handed-off post that never appeared says.
func NotPublishedReason(p Publication, network drafts.Network) string {
	return fmt.Sprintf("%s did not publish the scheduled post (due %s, scheduled post %s). Check the account's scheduled posts on %s; delete it there if it is still waiting, then press Retry to post it now.",
		network.Label(), p.LocalDue().Format("Mon 2 Jan 2006 15:04 MST"), p.RemoteID, network.Label())
}

// HandOff gives every queued publication due far enough ahead on a network
// with native scheduling to that network's scheduler, and says how many it
// handed off. Network failures are recorded on the publications; the error
// is for the database (or ctx) failing.
func (e *Engine) HandOff(ctx context.Context) (handed int, err error) {
	var sum Summary
	st, err := e.Store.LoadSettings(ctx)
	if err != nil {
		return 0, err
	}
	err = e.handOff(ctx, st, &sum)
	return sum.HandedOff, err
}

type handOffConn struct {
	conn   accounts.Connector
	acct   accounts.Account
	limits accounts.Limits
	ok     bool
}

func (e *Engine) handOff(ctx context.Context, st Settings, sum *Summary) error {
	if e.Store == nil || e.Connectors == nil || e.Drafts == nil {
		return errors.New("schedule.Engine needs Store, Connectors and Drafts")
	}
	now := e.now()
	cands, err := e.Store.handOffCandidates(ctx, now)
	if err != nil {
		return err
	}
	conns := map[int64]*handOffConn{}
	for _, p := range cands {
		if err := ctx.Err(); err != nil {
			return err
		}
		hc := conns[p.AccountID]
		if hc == nil {
			hc = &handOffConn{}
			conns[p.AccountID] = hc
			// Any failure here leaves the posts to the normal publish path,
			// which records it.
			if conn, acct, err := e.Connectors(ctx, p.AccountID); err == nil {
				if lim, err := conn.Limits(ctx); err == nil && lim.NativeScheduling {
					*hc = handOffConn{conn: conn, acct: acct, limits: lim, ok: true}
				}
			}
		}
		if !hc.ok {
			continue
		}
		now = e.now()
		earliest := now.Add(hc.limits.MinScheduleAhead + HandOffMargin)
		if !p.DueAt.After(earliest) {
			continue
		}
		latest := time.Time{}
		if hc.limits.MaxScheduleAhead > 0 {
			latest = now.Add(hc.limits.MaxScheduleAhead)
			if p.DueAt.After(latest) {
				continue
			}
		}
		// Like a publish, a hand-off once begun finishes on its own
		// context, so quitting does not strand it on its lease.
		pctx, cancel := detached(ctx)
		err := e.handOffOne(pctx, p, hc, earliest, latest, st, sum)
		cancel()
		if err != nil {
			return err
		}
	}
	return nil
}

func (e *Engine) handOffOne(ctx context.Context, p Publication, hc *handOffConn, earliest, latest time.Time, st Settings, sum *Summary) error {
	d, err := e.Drafts.Draft(ctx, p.DraftID)
	if err != nil {
		if errors.Is(err, drafts.ErrDraftNotFound) {
			return nil // the normal path records it
		}
		return err
	}
	if err := e.Drafts.CheckPublishable(ctx, d, hc.acct.Network, st.Approval); err != nil {
		var gate *drafts.GateError
		if errors.As(err, &gate) {
			return nil // a gate is shut: the normal path holds it at its time, saying why
		}
		return err
	}
	if d.ConsentID != 0 {
		// A post that rests on a consent is not handed off past the
		// consent's end: on the day the consent runs out CarePost holds it,
		// which a network's scheduler would not.
		c, err := e.Drafts.Consent(ctx, d.ConsentID)
		if err != nil {
			return err
		}
		if c.ExpiresOn == "" || c.ExpiresOn < p.LocalDue().Format(drafts.DateLayout) {
			return nil
		}
	}
	images, err := e.images(d)
	if err != nil {
		return nil
	}
	now := e.now()
	p, ok, err := e.Store.claimAhead(ctx, p.ID, newToken(), now, e.lease(), earliest, latest)
	if err != nil || !ok {
		return err
	}
	text := d.TextFor(hc.acct.Network)
	if err := e.Store.recordIntent(ctx, p, text, e.now()); err != nil {
		if errors.Is(err, errClaimLost) {
			return nil
		}
		return err
	}
	p.SentText = text
	pub, err := hc.conn.Publish(ctx, accounts.Post{Text: text, Images: images, Language: drafts.TextLanguage(text),
		IdempotencyKey: p.IdempotencyKey, ScheduleAt: p.DueAt})
	if e.crashAfterNetwork != nil && e.crashAfterNetwork(p) {
		return errCrashed
	}
	label := hc.acct.Network.Label()
	if err == nil && !pub.Scheduled {
		// The network published it at once rather than scheduling it.
		o := outcome{state: StatePublished, remoteID: refID(pub.Ref), remoteURL: pub.URL, publishedAt: pub.At,
			event: "published", detail: pub.URL}
		if o.publishedAt.IsZero() {
			o.publishedAt = e.now()
		}
		return e.record(ctx, p, sum, o)
	}
	if err == nil {
		id := refID(pub.Ref)
		detail := HandOffNote(p, hc.acct.Network) + " (scheduled post " + id + ")"
		err := e.Store.handedOff(ctx, p, e.now(), id, p.DueAt.Add(ConfirmDelay), detail)
		if errors.Is(err, errClaimLost) {
			return nil
		}
		if err != nil {
			return err
		}
		sum.HandedOff++
		return nil
	}
	now = e.now()
	var ce *accounts.Error
	kind := accounts.KindTransient
	if errors.As(err, &ce) {
		kind = ce.Kind
	}
	switch {
	case kind == accounts.KindAuth:
		return e.networkOutcome(ctx, p, sum, err, false)
	case kind == accounts.KindRejected:
		return e.Store.releaseHandOff(ctx, p, now, p.DueAt, false, true, "hand-off declined",
			fmt.Sprintf("%s would not schedule it (%s); it will be posted at its time instead", label, err.Error()))
	case unknownOutcome(err):
		next := p.DueAt.Add(ConfirmDelay)
		return e.Store.releaseHandOff(ctx, p, now, next, true, false, "hand-off unknown",
			fmt.Sprintf("%s; the answer was lost, so at %s CarePost looks for the post before posting it", err.Error(), stamp(next)))
	}
	wait := e.Backoff(1)
	if kind == accounts.KindRateLimited && ce.RetryAfter > wait {
		wait = ce.RetryAfter
	}
	next := now.Add(wait)
	if next.After(p.DueAt) {
		next = p.DueAt
	}
	return e.Store.releaseHandOff(ctx, p, now, next, false, true, "hand-off deferred",
		fmt.Sprintf("%s; will try again at %s", err.Error(), stamp(next)))
}

// confirmHandOff settles a claimed, handed-off publication: it looks for
// the post among the account's recent posts once its time has passed.
func (e *Engine) confirmHandOff(ctx context.Context, p Publication, sum *Summary) error {
	now := e.now()
	if p.SentText == "" {
		// Killed after the claim but before the intent: nothing was sent.
		return e.Store.releaseHandOff(ctx, p, now, time.Time{}, false, true, "hand-off abandoned", "nothing was sent; queued again")
	}
	if now.Before(p.DueAt.Add(ConfirmDelay)) {
		return e.Store.rewaitHandOff(ctx, p, now, p.DueAt.Add(ConfirmDelay), "")
	}
	conn, acct, err := e.Connectors(ctx, p.AccountID)
	if err == nil {
		var found accounts.RecentPost
		var ok bool
		found, ok, err = e.reconcile(ctx, conn, p, p.SentText)
		if err == nil && ok {
			at := found.CreatedAt
			if at.IsZero() {
				at = now
			}
			return e.record(ctx, p, sum, outcome{state: StatePublished, remoteID: refID(found.Ref), remoteURL: found.URL,
				publishedAt: at, native: true, event: "published",
				detail: acct.Network.Label() + " published the scheduled post: " + found.URL})
		}
		if err == nil {
			if now.Before(p.DueAt.Add(ConfirmWindow)) {
				return e.Store.rewaitHandOff(ctx, p, now, now.Add(RecheckEvery), "")
			}
			msg := NotPublishedReason(p, acct.Network)
			return e.record(ctx, p, sum, outcome{state: StateFailed, lastError: msg, reconcile: true,
				event: "failed", detail: msg})
		}
	}
	if errors.Is(err, errInconclusive) {
		// Held as any inconclusive look: Retry (staff checked it is not
		// out) then posts it the normal way.
		return e.record(ctx, p, sum, outcome{state: StateHeld, lastError: InconclusiveReason, reconcile: true,
			event: "held", detail: "while confirming scheduled post " + p.RemoteID + ": " + err.Error()})
	}
	var ce *accounts.Error
	if errors.As(err, &ce) && ce.Kind == accounts.KindAuth {
		if e.Accounts != nil {
			if mErr := e.Accounts.MarkNeedsReconnect(ctx, p.AccountID); mErr != nil {
				return mErr
			}
		}
		return e.record(ctx, p, sum, outcome{state: StateNeedsReconnect, lastError: lastWords(err), reconcile: true, native: true,
			remoteID: p.RemoteID, event: "needs reconnect", detail: "while confirming the scheduled post: " + err.Error()})
	}
	wait := RecheckEvery
	if ce != nil && ce.RetryAfter > wait {
		wait = ce.RetryAfter
	}
	return e.Store.rewaitHandOff(ctx, p, now, now.Add(wait), "could not look for the scheduled post: "+err.Error())
}

// --- store ------------------------------------------------------------------

// handOffCandidates lists queued publications not yet handed off whose
// time is more than a minute ahead, with no retry wait pending and no lost
// answer to settle; HandOff checks each network's own window.
func (s *Store) handOffCandidates(ctx context.Context, now time.Time) ([]Publication, error) {
	n := stamp(now)
	return s.query(ctx, `SELECT `+pubColumns+` FROM publications
		WHERE state = 'queued' AND native = 0 AND reconcile = 0 AND due_at > ?
		  AND (next_attempt_at = '' OR next_attempt_at <= ?)
		ORDER BY due_at, id`, stamp(now.Add(HandOffMargin)), n)
}

// claimAhead claims a queued publication for a hand-off, as claim does for
// a publish, if it is still queued, not handed off and due after earliest
// (and not after latest, unless zero). It sets native=1 before any network
// call, so an interrupted hand-off is only ever confirmed, never re-sent.
func (s *Store) claimAhead(ctx context.Context, id int64, token string, now time.Time, lease time.Duration, earliest, latest time.Time) (Publication, bool, error) {
	n := stamp(now)
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return Publication{}, false, fmt.Errorf("claiming publication %d: %w", id, err)
	}
	defer tx.Rollback()
	q := `UPDATE publications SET state = 'publishing', native = 1, claim_token = ?, claimed_until = ?,
			attempts = attempts + 1, tries = tries + 1, sent_text = '', remote_id = '', remote_url = '',
			uncertain_since = ?, updated_at = ?
		WHERE id = ? AND state = 'queued' AND native = 0 AND reconcile = 0 AND due_at > ?
		  AND (next_attempt_at = '' OR next_attempt_at <= ?)`
	args := []any{token, stamp(now.Add(lease)), n, n, id, stamp(earliest), n}
	if !latest.IsZero() {
		q += ` AND due_at <= ?`
		args = append(args, stamp(latest))
	}
	res, err := tx.ExecContext(ctx, q, args...)
	if err != nil {
		return Publication{}, false, fmt.Errorf("claiming publication %d: %w", id, err)
	}
	if k, _ := res.RowsAffected(); k != 1 {
		return Publication{}, false, nil
	}
	p, err := getPub(ctx, tx, id)
	if err != nil {
		return Publication{}, false, err
	}
	if err := addLog(ctx, tx, id, now, "claimed", fmt.Sprintf("attempt %d; handing off to the network's scheduler", p.Attempts)); err != nil {
		return Publication{}, false, err
	}
	if err := tx.Commit(); err != nil {
		return Publication{}, false, fmt.Errorf("claiming publication %d: %w", id, err)
	}
	return p, true, nil
}

// handedOff records that the network accepted the post for later: the row
// stays publishing (native) with no claim until until, when a run confirms
// it went out.
func (s *Store) handedOff(ctx context.Context, p Publication, now time.Time, remoteID string, until time.Time, detail string) error {
	return s.handOffUpdate(ctx, p, now, "handed off", detail, `state = 'publishing', native = 1, remote_id = ?, remote_url = '',
		last_error = '', reconcile = 0, tries = max(0, tries - 1), uncertain_since = ?, claim_token = '', claimed_until = ?`,
		remoteID, stamp(p.DueAt), stamp(until))
}

// rewaitHandOff gives a handed-off post back to the network until until;
// the look does not count as a try.
func (s *Store) rewaitHandOff(ctx context.Context, p Publication, now, until time.Time, detail string) error {
	if detail == "" {
		detail = "not out yet; looks again at " + stamp(until)
	}
	return ignoreLost(s.handOffUpdate(ctx, p, now, "waiting", detail, `state = 'publishing', native = 1, reconcile = 0,
		attempts = max(0, attempts - 1), tries = max(0, tries - 1), claim_token = '', claimed_until = ?`, stamp(until)))
}

// releaseHandOff puts a publication whose hand-off did not take back in the
// queue for the normal publish path, next_attempt_at = next. undo takes
// back the try when nothing reached the network.
func (s *Store) releaseHandOff(ctx context.Context, p Publication, now, next time.Time, reconcile, undo bool, event, detail string) error {
	set := `state = 'queued', native = 0, remote_id = '', next_attempt_at = ?, reconcile = ?, tries = max(0, tries - 1),
		claim_token = '', claimed_until = ''`
	if undo {
		set += `, attempts = max(0, attempts - 1)`
	}
	return ignoreLost(s.handOffUpdate(ctx, p, now, event, detail, set, stamp(next), reconcile))
}

// ignoreLost: a claim another run took over is its to settle.
func ignoreLost(err error) error {
	if errors.Is(err, errClaimLost) {
		return nil
	}
	return err
}

func (s *Store) handOffUpdate(ctx context.Context, p Publication, now time.Time, event, detail, set string, args ...any) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("recording publication %d: %w", p.ID, err)
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `UPDATE publications SET `+set+`, updated_at = ?
		WHERE id = ? AND state = 'publishing' AND claim_token = ?`, append(args, stamp(now), p.ID, p.claimToken)...)
	if err != nil {
		return fmt.Errorf("recording publication %d: %w", p.ID, err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return errClaimLost
	}
	if err := addLog(ctx, tx, p.ID, now, event, detail); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("recording publication %d: %w", p.ID, err)
	}
	return nil
}

// StateLabel is the state staff see: a post handed to the network's own
// scheduler reads "Scheduled on the network", not "Publishing".
func (p Publication) StateLabel() string {
	if p.HandedOff() {
		return "Scheduled on the network"
	}
	return p.State.Label()
}
