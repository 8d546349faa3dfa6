package schedule

// The engine's half of answering inbox items: the same claim, intent,
// lost-answer look-up and outcomes as a post (engine.go), with the
// answer's own gates re-checked just before the network call.

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/drafts"
)

// AnsweredFunc records on an inbox item, inside the transaction that
// records its answer as sent, who answered and when.
type AnsweredFunc func(ctx context.Context, tx *sql.Tx, itemID int64, by string, at time.Time) error

// ReplyGates are what the engine needs for answers.
type ReplyGates struct {
	// Profile is the clinic's profile, so the privacy check never flags
	// the clinic's own name, phone or staff.
	Profile func(ctx context.Context) (drafts.Profile, error)
	// Answered records the answer on its item (inbox.MarkAnsweredTx).
	Answered AnsweredFunc
}

// PrivacyBlocks is what the privacy check (reply mode) finds in text that
// stops it going out: every finding not kept with a reason in kept (and
// those that can never be kept).
func PrivacyBlocks(text string, profile drafts.Profile, kept []KeptFinding) []drafts.Finding {
	var out []drafts.Finding
	for _, f := range drafts.CheckPrivacy(text, drafts.CheckOptions{Reply: true, Profile: profile}) {
		if !f.Keepable() || !isKept(f, kept) {
			out = append(out, f)
		}
	}
	return out
}

func isKept(f drafts.Finding, kept []KeptFinding) bool {
	for _, k := range kept {
		if k.Kind == f.Kind && k.Text == f.Text && drafts.ValidateKeepReason(k.Reason) == nil {
			return true
		}
	}
	return false
}

// FindingsText lists findings on one line each, as staff read them.
func FindingsText(fs []drafts.Finding) string {
	lines := make([]string, len(fs))
	for i, f := range fs {
		lines[i] = fmt.Sprintf("%q: %s", f.Text, f.Reason)
	}
	return strings.Join(lines, "\n")
}

// SendReply sends one queued answer now through the engine and returns it
// as it then stands (sent, or why not). One another run holds is waited
// for.
func (e *Engine) SendReply(ctx context.Context, id int64) (Reply, error) {
	var sum Summary
	pctx, cancel := detached(ctx)
	defer cancel()
	if err := e.processReply(pctx, id, &sum); err != nil {
		return Reply{}, err
	}
	for {
		r, err := e.Store.GetReply(ctx, id)
		if err != nil || r.State != ReplySending {
			return r, err
		}
		if err := sleepCtx(ctx, pollInterval); err != nil {
			return r, err
		}
	}
}

// runDueReplies sends every answer due now, one at a time.
func (e *Engine) runDueReplies(ctx context.Context, sum *Summary) error {
	due, err := e.Store.dueReplies(ctx, e.now())
	if err != nil {
		return err
	}
	for _, id := range due {
		if err := ctx.Err(); err != nil {
			return err
		}
		pctx, cancel := detached(ctx)
		err := e.processReply(pctx, id, sum)
		cancel()
		if err != nil {
			return err
		}
	}
	return nil
}

func (e *Engine) processReply(ctx context.Context, id int64, sum *Summary) error {
	r, ok, err := e.Store.claimReply(ctx, id, newToken(), e.now(), e.lease())
	if err != nil || !ok {
		return err
	}
	return e.sendClaimedReply(ctx, r, sum)
}

func (e *Engine) sendClaimedReply(ctx context.Context, r Reply, sum *Summary) error {
	if r.AccountID == 0 {
		return e.recordReply(ctx, r, sum, replyOutcome{state: ReplyFailed, lastError: AccountRemovedReason, reconcile: r.Reconcile,
			event: "failed", detail: "account removed"})
	}
	conn, _, err := e.Connectors(ctx, r.AccountID)
	if err != nil {
		return e.replyNetworkOutcome(ctx, r, sum, err, false)
	}
	if r.Reconcile {
		found, ok, err := e.findReply(ctx, conn, r)
		if errors.Is(err, errInconclusive) {
			return e.recordReply(ctx, r, sum, replyOutcome{state: ReplyHeld, lastError: ReplyInconclusiveReason, reconcile: true,
				event: "held", detail: err.Error()})
		}
		if err != nil {
			return e.replyNetworkOutcome(ctx, r, sum, err, false)
		}
		if ok {
			return e.recordFoundReply(ctx, conn, r, sum, found)
		}
		r.Reconcile = false
	}
	// The answer's gates, again, just before it goes: approval where it is
	// required, and the privacy check in reply mode.
	if r.NeedsApproval && r.ApprovedBy == "" {
		return e.recordReply(ctx, r, sum, replyOutcome{state: ReplyHeld, lastError: "This answer waits for approval.",
			reconcile: r.Reconcile, event: "held", detail: "not approved"})
	}
	if e.Replies.Profile == nil {
		return errors.New("schedule.Engine needs Replies.Profile to check answers")
	}
	profile, err := e.Replies.Profile(ctx)
	if err != nil && !errors.Is(err, drafts.ErrNoProfile) {
		return err
	}
	if blocks := PrivacyBlocks(r.Text, profile, r.Kept); len(blocks) > 0 {
		return e.recordReply(ctx, r, sum, replyOutcome{state: ReplyHeld, reconcile: r.Reconcile,
			lastError: "The privacy check found what may be patient information; edit the answer or keep each with a reason:\n" + FindingsText(blocks),
			event:     "held", detail: "privacy check: " + FindingsText(blocks)})
	}
	if err := e.Store.recordReplyIntent(ctx, r, e.now()); err != nil {
		if errors.Is(err, errClaimLost) {
			return nil
		}
		return err
	}
	pub, err := conn.Reply(ctx, r.To, accounts.ReplyPost{Text: r.Text, Private: r.Private, IdempotencyKey: r.IdempotencyKey, Language: r.Language})
	if e.crashAfterReply != nil && e.crashAfterReply(r) {
		return errCrashed
	}
	if err == nil {
		at := pub.At
		if at.IsZero() {
			at = e.now()
		}
		return e.recordReply(ctx, r, sum, replyOutcome{state: ReplySent, remoteID: refID(pub.Ref), remoteURL: pub.URL, sentAt: at,
			event: "sent", detail: pub.URL})
	}
	unknown := unknownOutcome(err)
	if unknown && ctx.Err() == nil {
		r.Reconcile = true
		if e.sleep(ctx, settleDelay) == nil {
			if found, ok, lookErr := e.findReply(ctx, conn, r); lookErr == nil && ok {
				return e.recordFoundReply(ctx, conn, r, sum, found)
			}
		}
	}
	return e.replyNetworkOutcome(ctx, r, sum, err, unknown)
}

// findReply looks for a sent answer where the network keeps it: under the
// item answered when the connector can look there (accounts.ReplyFinder:
// on Facebook, Instagram and LinkedIn an answer is a comment, which the
// account's posts never list), else among the account's recent posts. It
// never takes an answer another record owns, and when the look cannot
// reach back to the first try it says so (errInconclusive) rather than
// let the answer go out again.
func (e *Engine) findReply(ctx context.Context, conn accounts.Connector, r Reply) (accounts.RecentPost, bool, error) {
	matches := func(got string) bool { return sameAnswer(got, r.Text) }
	taken := func(id string) (bool, error) { return e.Store.replyRemoteIDTaken(ctx, r.AccountID, r.ID, id) }
	finder, ok := conn.(accounts.ReplyFinder)
	if !ok {
		return findSent(ctx, conn, r.UncertainSince, matches, taken)
	}
	var since time.Time
	if !r.UncertainSince.IsZero() {
		since = r.UncertainSince.Add(-ClockSkew)
	}
	found, err := finder.OwnReplies(ctx, r.To, accounts.ReplyPost{Text: r.Text, Private: r.Private, IdempotencyKey: r.IdempotencyKey,
		Language: r.Language}, since)
	unsettled := errors.Is(err, accounts.ErrReplyNotSettled)
	if err != nil && !unsettled {
		return accounts.RecentPost{}, false, err
	}
	if rp, ok, err := firstUntaken(found, matches, taken); err != nil || ok {
		return rp, ok, err
	}
	if unsettled {
		return accounts.RecentPost{}, false, fmt.Errorf("%w: %v", errInconclusive, err)
	}
	return accounts.RecentPost{}, false, nil
}

// sameAnswer reports whether got, an answer as the network shows it, is
// the answer text: the same words with whitespace and Unicode composition
// normalised as for posts, allowing only mentions the network put before
// it (a private Mastodon answer starts by mentioning its reader).
func sameAnswer(got, text string) bool {
	want := normalise(text)
	g := normalise(got)
	if want == "" || !strings.HasSuffix(g, want) {
		return false
	}
	for _, f := range strings.Fields(strings.TrimSuffix(g, want)) {
		if !strings.HasPrefix(f, "@") {
			return false
		}
	}
	return true
}

func (e *Engine) recordFoundReply(ctx context.Context, conn accounts.Connector, r Reply, sum *Summary, rp accounts.RecentPost) error {
	at := rp.CreatedAt
	if at.IsZero() {
		at = e.now()
	}
	where := "among the account's recent posts"
	if _, ok := conn.(accounts.ReplyFinder); ok {
		where = "under the item answered"
	}
	err := e.recordReply(ctx, r, sum, replyOutcome{state: ReplySent, remoteID: refID(rp.Ref), remoteURL: rp.URL, sentAt: at,
		event: "sent", detail: "found " + where + " after a lost answer: " + refID(rp.Ref) + " " + rp.URL})
	if err == nil {
		sum.Reconciled++
	}
	return err
}

// replyNetworkOutcome records a failed try by the kind of error
// (planFailure), as networkOutcome does for posts.
func (e *Engine) replyNetworkOutcome(ctx context.Context, r Reply, sum *Summary, err error, unknown bool) error {
	f, err := e.planFailure(ctx, r.AccountID, err, r.Tries, r.Reconcile, unknown, "answer", "sending")
	if err != nil {
		return err
	}
	o := replyOutcome{state: ReplyFailed, lastError: f.lastError, next: f.next, reconcile: f.reconcile, triesDelta: f.triesDelta,
		event: f.event, detail: f.detail}
	switch {
	case f.retry:
		o.state = ReplyQueued
	case f.reconnect:
		o.state = ReplyNeedsReconnect
	}
	return e.recordReply(ctx, r, sum, o)
}

func (e *Engine) recordReply(ctx context.Context, r Reply, sum *Summary, o replyOutcome) error {
	_, err := e.Store.finishReply(ctx, r, e.now(), o, e.Replies.Answered)
	if errors.Is(err, errClaimLost) {
		return nil
	}
	if err != nil {
		return err
	}
	switch o.state {
	case ReplySent:
		sum.RepliesSent++
	case ReplyFailed:
		sum.Failed++
	case ReplyHeld:
		sum.Held++
	case ReplyNeedsReconnect:
		sum.NeedsReconnect++
	case ReplyQueued:
		sum.Retrying++
	}
	return nil
}

// ReplyOutcomeMessage is what staff read about an answer that did not go
// out (or "" when it did).
func ReplyOutcomeMessage(r Reply) string {
	switch r.State {
	case ReplySent:
		return ""
	case ReplyAwaitingApproval:
		return "The answer waits for approval before it is sent."
	case ReplyQueued:
		return "The answer could not be sent yet; CarePost will try again: " + r.LastError
	case ReplyNeedsReconnect:
		return "The account needs you to sign in again (Accounts, Reconnect); the answer waits: " + r.LastError
	case ReplyHeld:
		if r.Reconcile {
			return r.LastError // it may have gone out: the reason says what to check
		}
	}
	return "The answer was not sent: " + r.LastError
}
