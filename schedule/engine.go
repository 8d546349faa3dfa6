package schedule

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	mrand "math/rand"
	"os"
	"strings"
	"sync"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/drafts"
)

// Engine defaults.
const (
	DefaultMaxAttempts = 8
	// DefaultLease is how long a claim lasts. It is far longer than any one
	// publish (the connectors time out in 90 s, pictures in 2 min), so a
	// live run never loses its claim; a run that died loses it after this.
	DefaultLease = 10 * time.Minute
	// BackoffBase and BackoffCap bound the wait after a transient failure:
	// a random wait up to min(cap, base·2^(tries−1)) ("full jitter").
	BackoffBase = 30 * time.Second
	BackoffCap  = 30 * time.Minute
	// MinRateLimitWait is the least wait after the network says "slow down".
	MinRateLimitWait = 30 * time.Second
	// RecentPostsToCheck is how many of the account's newest posts a
	// reconciliation reads.
	RecentPostsToCheck = 20
	// RecentPostsMax is the most a reconciliation reads when the newest
	// posts do not reach back to the first try (Mastodon's page maximum).
	RecentPostsMax = 40
	// ClockSkew is how much earlier than our first try a found post may
	// claim to be (the network's clock against ours).
	ClockSkew = 10 * time.Minute
	// settleDelay is how long to wait after a lost answer before looking
	// for the post, so the network has listed it.
	settleDelay = 2 * time.Second
)

// Summary counts what one RunDue did.
type Summary struct {
	Published      int `json:"published"`
	Failed         int `json:"failed"`
	Retrying       int `json:"retrying"`
	Held           int `json:"held"`
	NeedsReconnect int `json:"needs_reconnect"`
	// Reconciled counts posts found already out after a lost answer or an
	// interrupted run (also counted in Published).
	Reconciled int `json:"reconciled"`
	// HandedOff counts posts given to the network's own scheduler.
	HandedOff int `json:"handed_off,omitempty"`
	// Withdrawn counts posts cancelled on a network's scheduler because
	// their draft no longer passes the gates.
	Withdrawn int `json:"withdrawn,omitempty"`
	// RepliesSent counts answers to inbox items sent (their failures are
	// counted with the posts').
	RepliesSent int `json:"replies_sent,omitempty"`
}

// Problems is how many publications need staff.
func (s Summary) Problems() int { return s.Failed + s.Held + s.NeedsReconnect }

// Engine publishes what is due. One Engine may run in the app while
// `carepost publish-due` runs in another process: every publication is
// claimed in a committed transaction before any network call, so only one
// of them sends it.
type Engine struct {
	Store *Store
	// Connectors builds a live connector for an account.
	Connectors func(ctx context.Context, accountID int64) (accounts.Connector, accounts.Account, error)
	Drafts     interface {
		Draft(ctx context.Context, id int64) (drafts.Draft, error)
		CheckPublishable(ctx context.Context, d drafts.Draft, n drafts.Network, requireApproval bool) error
		Consent(ctx context.Context, id int64) (drafts.Consent, error)
	}
	Accounts interface {
		MarkNeedsReconnect(ctx context.Context, id int64) error
	}
	Now   func() time.Time
	Sleep func(ctx context.Context, d time.Duration) error
	// Rand draws the backoff jitter; nil uses a time-seeded source.
	Rand *mrand.Rand
	// The grace window and approval come from the store's Settings, read
	// at the start of every run, so a changed setting reaches a running
	// engine without a restart.
	MaxAttempts int           // transient failures before giving up; 0: DefaultMaxAttempts
	Lease       time.Duration // 0: DefaultLease
	// Notify hears of every publication that was published, failed, held
	// or needs its account reconnected. It may be nil.
	Notify func(Publication)
	// Images turns a draft's pictures into what connectors send; nil reads
	// the files the draft points at.
	Images func(d drafts.Draft) ([]accounts.Image, error)
	// NativeHandOff makes RunDue first hand posts due far enough ahead to
	// networks that schedule natively (see HandOff and handoff.go), so
	// they go out with the PC off. Off, nothing is handed off.
	NativeHandOff bool

	// Replies is what answers to inbox items need beyond a post's gates
	// (see replies.go); without Replies.Profile no answer is sent.
	Replies ReplyGates

	mu sync.Mutex // guards Rand
	// crashAfterNetwork, in tests, makes a run stop dead after a network
	// call and before recording its outcome, as a killed process would.
	crashAfterNetwork func(Publication) bool
	// crashAfterReply does the same for answers to inbox items.
	crashAfterReply func(Reply) bool
}

// errCrashed is what a simulated crash returns from RunDue.
var errCrashed = errors.New("simulated crash after the network call")

func (e *Engine) now() time.Time {
	if e.Now != nil {
		return e.Now()
	}
	return time.Now()
}

// missed is true when p, never tried, is due so long ago that st says
// staff must confirm it first. A grace window of zero ("never post late:
// always ask") still lets a post through that is late by less than
// PastTolerance, the time a run takes to reach it.
func missed(p Publication, st Settings, now time.Time) bool {
	grace := st.Grace
	if grace < PastTolerance {
		grace = PastTolerance
	}
	return p.State == StateQueued && p.Attempts == 0 && !p.LateOK && p.DueAt.Before(now.Add(-grace))
}

func (e *Engine) maxAttempts() int {
	if e.MaxAttempts <= 0 {
		return DefaultMaxAttempts
	}
	return e.MaxAttempts
}

func (e *Engine) lease() time.Duration {
	if e.Lease <= 0 {
		return DefaultLease
	}
	return e.Lease
}

func (e *Engine) sleep(ctx context.Context, d time.Duration) error {
	if e.Sleep != nil {
		return e.Sleep(ctx, d)
	}
	return sleepCtx(ctx, d)
}

// sleepCtx waits d on the wall clock, or until ctx ends.
func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// Backoff is the wait before try n+1 after n transient failures: a random
// duration in [0, min(cap, base·2^(n−1))], never under one second.
func (e *Engine) Backoff(n int) time.Duration {
	ceiling := BackoffBase
	for i := 1; i < n && ceiling < BackoffCap; i++ {
		ceiling *= 2
	}
	if ceiling > BackoffCap {
		ceiling = BackoffCap
	}
	e.mu.Lock()
	if e.Rand == nil {
		e.Rand = mrand.New(mrand.NewSource(time.Now().UnixNano()))
	}
	d := time.Duration(e.Rand.Int63n(int64(ceiling) + 1))
	e.mu.Unlock()
	if d < time.Second {
		d = time.Second
	}
	return d
}

func newToken() string {
	b := make([]byte, 12)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// RunDue processes every publication due now, one at a time, and says what
// became of them. Network failures are recorded on each publication, not
// returned; the error is for the database (or ctx) failing, after which
// nothing is lost: an unfinished claim is reconciled by the next run.
func (e *Engine) RunDue(ctx context.Context) (Summary, error) {
	var sum Summary
	if e.Store == nil || e.Connectors == nil || e.Drafts == nil {
		return sum, errors.New("schedule.Engine needs Store, Connectors and Drafts")
	}
	st, err := e.Store.LoadSettings(ctx)
	if err != nil {
		return sum, fmt.Errorf("reading the schedule settings: %w", err)
	}
	// Posts already on a network's scheduler are checked even when
	// hand-off is off now: they were handed off when it was on.
	if err := e.withdrawShut(ctx, st, &sum); err != nil {
		return sum, err
	}
	if e.NativeHandOff {
		if err := e.handOff(ctx, st, &sum); err != nil {
			return sum, err
		}
	}
	due, err := e.Store.due(ctx, e.now())
	if err != nil {
		return sum, err
	}
	for _, p := range due {
		if err := ctx.Err(); err != nil {
			return sum, err
		}
		if err := e.processDetached(ctx, p, st, &sum); err != nil {
			return sum, err
		}
	}
	return sum, e.runDueReplies(ctx, &sum)
}

// PostTimeout bounds one post's network calls and records once started.
const PostTimeout = 3 * time.Minute

// processDetached processes one publication to the end even when ctx is
// cancelled meanwhile (the app quitting, a signal): a publish in flight
// records its outcome rather than leaving it for a later run to reconcile.
// ctx is checked between publications, so a run stops after the current one.
func (e *Engine) processDetached(ctx context.Context, p Publication, st Settings, sum *Summary) error {
	pctx, cancel := detached(ctx)
	defer cancel()
	return e.process(pctx, p, st, sum)
}

// detached is a context for one post's work once begun: not cancelled
// with ctx (quitting lets it record its outcome), but bounded by
// PostTimeout.
func detached(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.WithoutCancel(ctx), PostTimeout)
}

func (e *Engine) notify(p Publication) {
	if e.Notify != nil {
		e.Notify(p)
	}
}

// MissedReason is what a held, missed post says.
func MissedReason(p Publication) string {
	return fmt.Sprintf("Was due at %s while CarePost was closed; confirm to post it late.",
		p.LocalDue().Format("Mon 2 Jan 2006 15:04 MST"))
}

// AccountRemovedReason is what a post whose account was removed says.
const AccountRemovedReason = "The account was removed from CarePost."

// DraftChangedReason is what a post held for an edited draft says.
const DraftChangedReason = drafts.NotReadyReason

func (e *Engine) process(ctx context.Context, p Publication, st Settings, sum *Summary) error {
	now := e.now()
	if missed(p, st, now) {
		held, err := e.Store.holdMissed(ctx, p.ID, now, MissedReason(p))
		if err != nil {
			return err
		}
		if held {
			sum.Held++
			if q, err := e.Store.Get(ctx, p.ID); err == nil {
				e.notify(q)
			}
		}
		return nil
	}
	p, ok, err := e.Store.claim(ctx, p.ID, newToken(), now, e.lease())
	if err != nil || !ok {
		return err // not ok: another run has it, or it changed meanwhile
	}
	return e.publishClaimed(ctx, p, st, sum)
}

// publishClaimed does the network part of a claimed publication and
// records the outcome.
func (e *Engine) publishClaimed(ctx context.Context, p Publication, st Settings, sum *Summary) error {
	if p.Native {
		// Handed to the network's scheduler: only confirm it went out.
		return e.confirmHandOff(ctx, p, sum)
	}
	if p.AccountDeleted() {
		// Removed while this post was on its way: nothing can send it.
		return e.record(ctx, p, sum, outcome{state: StateFailed, lastError: AccountRemovedReason, reconcile: p.Reconcile,
			event: "failed", detail: "account removed"})
	}
	d, err := e.Drafts.Draft(ctx, p.DraftID)
	if errors.Is(err, drafts.ErrDraftNotFound) {
		return e.record(ctx, p, sum, outcome{state: StateFailed, lastError: "The draft was deleted.", event: "failed", detail: "draft deleted"})
	}
	if err != nil {
		return err
	}
	conn, acct, err := e.Connectors(ctx, p.AccountID)
	if err != nil {
		return e.networkOutcome(ctx, p, sum, err, false)
	}
	if p.Reconcile {
		text := p.SentText
		if text == "" {
			text = d.TextFor(acct.Network)
		}
		found, ok, err := e.reconcile(ctx, conn, p, text)
		if errors.Is(err, errInconclusive) {
			return e.record(ctx, p, sum, outcome{state: StateHeld, lastError: InconclusiveReason, reconcile: true,
				event: "held", detail: err.Error()})
		}
		if err != nil {
			// Cannot look: do not publish blind; try again later.
			return e.networkOutcome(ctx, p, sum, err, false)
		}
		if ok {
			return e.recordFound(ctx, p, sum, found)
		}
		// It is not out: the lost try is settled, and this try starts afresh.
		p.Reconcile = false
	}
	// Every gate again, on the draft as it is now (read again: the
	// connector and the reconciliation took network calls since): a
	// consent revoked or expired since scheduling, an edit, or approval
	// switched on holds it.
	if d, err = e.Drafts.Draft(ctx, p.DraftID); errors.Is(err, drafts.ErrDraftNotFound) {
		return e.record(ctx, p, sum, outcome{state: StateFailed, lastError: "The draft was deleted.", reconcile: p.Reconcile, event: "failed", detail: "draft deleted"})
	} else if err != nil {
		return err
	}
	if err := e.Drafts.CheckPublishable(ctx, d, acct.Network, st.Approval); err != nil {
		var gate *drafts.GateError
		if !errors.As(err, &gate) {
			return err
		}
		return e.record(ctx, p, sum, outcome{state: StateHeld, lastError: gate.Error(), reconcile: p.Reconcile,
			event: "held", detail: fmt.Sprintf("gates shut at publish time (draft is %s): %s", d.Status, gate.Error())})
	}
	images, err := e.images(d)
	if err != nil {
		return e.record(ctx, p, sum, outcome{state: StateFailed, lastError: err.Error(), reconcile: p.Reconcile, event: "failed", detail: err.Error()})
	}
	text := d.TextFor(acct.Network)
	if err := e.Store.recordIntent(ctx, p, text, e.now()); err != nil {
		if errors.Is(err, errClaimLost) {
			return nil
		}
		return err
	}
	p.SentText = text
	pub, err := conn.Publish(ctx, accounts.Post{Text: text, Images: images, Language: drafts.TextLanguage(text), IdempotencyKey: p.IdempotencyKey})
	if e.crashAfterNetwork != nil && e.crashAfterNetwork(p) {
		return errCrashed
	}
	if err == nil {
		o := outcome{state: StatePublished, remoteID: refID(pub.Ref), remoteURL: pub.URL, publishedAt: pub.At,
			event: "published", detail: pub.URL}
		if o.publishedAt.IsZero() {
			o.publishedAt = e.now()
		}
		return e.record(ctx, p, sum, o)
	}
	unknown := unknownOutcome(err)
	if unknown && ctx.Err() == nil {
		// The answer was lost: look for the post right away, so a post that
		// went out is recorded now rather than after a backoff.
		p.Reconcile = true
		if e.sleep(ctx, settleDelay) == nil {
			if found, ok, lookErr := e.reconcile(ctx, conn, p, text); lookErr == nil && ok {
				return e.recordFound(ctx, p, sum, found)
			}
		}
	}
	return e.networkOutcome(ctx, p, sum, err, unknown)
}

func refID(r accounts.Ref) string {
	if r.ID != "" {
		return r.ID
	}
	return r.URI
}

// unknownOutcome is true when a publish may have reached the network
// without us hearing the answer: the connection dropped or timed out with
// no HTTP status, or a gateway (502, 504) answered for a server behind it.
func unknownOutcome(err error) bool {
	var e *accounts.Error
	if !errors.As(err, &e) {
		return true
	}
	return e.Kind == accounts.KindTransient && (e.Status == 0 || e.Status == 502 || e.Status == 504)
}

// errInconclusive: the account posted so much since the first try that
// its recent posts do not reach back to it.
var errInconclusive = errors.New("could not tell whether the post already went out")

// InconclusiveReason is what a post held after an inconclusive look says.
const InconclusiveReason = "CarePost lost the network's answer to this post and the account has posted so much since that it cannot tell whether it went out. Check the account's page: if the post is not there, press Retry."

// reconcile looks among the account's recent posts for one with the same
// text (whitespace normalised) made since the first try whose answer was lost and not already
// recorded for another publication. When the newest posts do not reach
// back to the first try it looks further (RecentPostsMax), and when even
// those do not, it says so (errInconclusive) rather than guess.
func (e *Engine) reconcile(ctx context.Context, conn accounts.Connector, p Publication, text string) (accounts.RecentPost, bool, error) {
	want := normalise(text)
	return findSent(ctx, conn, p.UncertainSince,
		func(got string) bool { return normalise(got) == want },
		func(id string) (bool, error) { return e.Store.remoteIDTaken(ctx, p.AccountID, p.ID, id) })
}

// findSent looks among the account's recent posts, made since the first
// try whose answer was lost (uncertainSince), for one whose text matches
// and whose remote id no other record owns (taken). See reconcile.
func findSent(ctx context.Context, conn accounts.Connector, uncertainSince time.Time, matches func(text string) bool,
	taken func(id string) (bool, error)) (accounts.RecentPost, bool, error) {
	since := uncertainSince.Add(-ClockSkew)
	for _, limit := range []int{RecentPostsToCheck, RecentPostsMax} {
		posts, err := conn.RecentPosts(ctx, limit)
		if err != nil {
			return accounts.RecentPost{}, false, err
		}
		reachesBack := len(posts) < limit || uncertainSince.IsZero()
		var recent []accounts.RecentPost
		for _, rp := range posts {
			if !rp.CreatedAt.IsZero() && rp.CreatedAt.Before(since) {
				reachesBack = true
				continue
			}
			recent = append(recent, rp)
		}
		if rp, ok, err := firstUntaken(recent, matches, taken); err != nil || ok {
			return rp, ok, err
		}
		if reachesBack {
			return accounts.RecentPost{}, false, nil
		}
	}
	return accounts.RecentPost{}, false, errInconclusive
}

// firstUntaken is the first of posts whose text matches and whose remote
// id no other record owns (taken), as a lost post or answer is
// recognised.
func firstUntaken(posts []accounts.RecentPost, matches func(text string) bool, taken func(id string) (bool, error)) (accounts.RecentPost, bool, error) {
	for _, rp := range posts {
		if !matches(rp.Text) {
			continue
		}
		if id := refID(rp.Ref); id != "" {
			isTaken, err := taken(id)
			if err != nil {
				return accounts.RecentPost{}, false, err
			}
			if isTaken {
				continue
			}
		}
		return rp, true, nil
	}
	return accounts.RecentPost{}, false, nil
}

// normalise is text as compared after a lost answer: composed Unicode
// (NFC, as networks may store it) and whitespace runs as one space.
func normalise(s string) string { return strings.Join(strings.Fields(norm.NFC.String(s)), " ") }

func (e *Engine) recordFound(ctx context.Context, p Publication, sum *Summary, rp accounts.RecentPost) error {
	at := rp.CreatedAt
	if at.IsZero() {
		at = e.now()
	}
	url := rp.URL
	err := e.record(ctx, p, sum, outcome{state: StatePublished, remoteID: refID(rp.Ref), remoteURL: url, publishedAt: at,
		event: "published", detail: "found among the account's recent posts after a lost answer: " + url})
	if err == nil {
		sum.Reconciled++
	}
	return err
}

// networkOutcome records a failed try by the kind of error (planFailure).
func (e *Engine) networkOutcome(ctx context.Context, p Publication, sum *Summary, err error, unknown bool) error {
	f, err := e.planFailure(ctx, p.AccountID, err, p.Tries, p.Reconcile, unknown, "post", "posting")
	if err != nil {
		return err
	}
	o := outcome{state: StateFailed, lastError: f.lastError, next: f.next, reconcile: f.reconcile, triesDelta: f.triesDelta,
		event: f.event, detail: f.detail}
	switch {
	case f.retry:
		o.state = StateQueued
	case f.reconnect:
		o.state = StateNeedsReconnect
	}
	return e.record(ctx, p, sum, o)
}

// lastWords is what staff read for a parked or failed post: the network's
// own message verbatim when it gave one.
func lastWords(err error) string {
	var ce *accounts.Error
	if errors.As(err, &ce) && ce.Message != "" {
		return ce.Message
	}
	return err.Error()
}

func (e *Engine) record(ctx context.Context, p Publication, sum *Summary, o outcome) error {
	q, err := e.Store.finish(ctx, p, e.now(), o)
	if errors.Is(err, errClaimLost) {
		return nil // our lease ran out and another run took it; it reconciles
	}
	if err != nil {
		return err
	}
	switch o.state {
	case StatePublished:
		sum.Published++
	case StateFailed:
		sum.Failed++
	case StateHeld:
		sum.Held++
	case StateNeedsReconnect:
		sum.NeedsReconnect++
	case StateQueued:
		sum.Retrying++
		return nil
	}
	e.notify(q)
	return nil
}

// images reads the draft's pictures through e.Images, or from disk.
func (e *Engine) images(d drafts.Draft) ([]accounts.Image, error) {
	if e.Images != nil {
		return e.Images(d)
	}
	return draftImages(d)
}

// draftImages reads the picture files a draft points at, with their alt
// text, as connectors send them.
func draftImages(d drafts.Draft) ([]accounts.Image, error) {
	var out []accounts.Image
	for _, img := range d.Images {
		data, err := os.ReadFile(img.Path)
		if err != nil {
			return nil, fmt.Errorf("the picture %s is missing from the data folder: %w", img.OriginalName, err)
		}
		out = append(out, accounts.Image{Data: data, MIMEType: img.MIMEType, FileName: img.OriginalName,
			AltText: img.AltText, Width: img.Width, Height: img.Height})
	}
	return out, nil
}
