package schedule

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/store"
)

// State is where a publication stands.
type State string

const (
	StateQueued         State = "queued"
	StatePublishing     State = "publishing"
	StatePublished      State = "published"
	StateFailed         State = "failed"
	StateNeedsReconnect State = "needs_reconnect"
	StateHeld           State = "held"
	StatePaused         State = "paused"
	StateCancelled      State = "cancelled"
)

// AllStates lists every state, in the order a publication usually moves.
var AllStates = []State{StateQueued, StatePublishing, StatePublished, StateFailed, StateNeedsReconnect, StateHeld, StatePaused, StateCancelled}

// Label is the word staff see.
func (s State) Label() string {
	switch s {
	case StateQueued:
		return "Queued"
	case StatePublishing:
		return "Publishing"
	case StatePublished:
		return "Published"
	case StateFailed:
		return "Failed"
	case StateNeedsReconnect:
		return "Needs reconnect"
	case StateHeld:
		return "Held: confirm"
	case StatePaused:
		return "Paused"
	case StateCancelled:
		return "Cancelled"
	}
	return string(s)
}

// Publication is one draft going to one account at one time. It is the
// clinic's publishing record, so it outlives its draft and its account:
// their ids are then 0 (DraftDeleted, AccountDeleted), and Network,
// AccountName and DraftTitle say what it was.
type Publication struct {
	ID        int64
	DraftID   int64 // 0: the draft was deleted
	AccountID int64 // 0: the account was removed
	// Network, AccountName and DraftTitle are recorded when the
	// publication is made, again when it is published (a published one
	// keeps what it went out as), and when its draft or account is deleted.
	Network     drafts.Network
	AccountName string
	DraftTitle  string    // the draft's title, or the start of its text when untitled
	DueAt       time.Time // UTC
	Zone        string    // IANA zone the time was chosen in
	State       State
	// Attempts counts every try at the network, for staff to see.
	Attempts int
	// Tries counts tries since staff last queued it, less those the
	// network deferred (rate limits); MaxAttempts is checked against it.
	Tries          int
	IdempotencyKey string
	RemoteID       string
	RemoteURL      string
	// LastError is the latest failure in the network's own words.
	LastError     string
	NextAttemptAt time.Time // zero: as soon as due
	// UncertainSince is when the earliest try whose outcome is still
	// unknown began (else the latest try); a reconciliation looks only at
	// posts made after it.
	UncertainSince time.Time
	// Reconcile is true when a publish may have reached the network without
	// an answer: the next try looks among the account's recent posts first.
	Reconcile bool
	// LateOK is true when staff confirmed a post missed beyond the grace
	// window may still go out.
	LateOK bool
	// SentText is the text of the latest try, kept for reconciliation;
	// once published, the text as published.
	SentText     string
	ClaimedUntil time.Time
	Native       bool // handed to the network's own scheduler
	CreatedAt    time.Time
	UpdatedAt    time.Time
	PublishedAt  time.Time

	claimToken string
}

// DraftDeleted is true when the publication's draft was deleted.
func (p Publication) DraftDeleted() bool { return p.DraftID == 0 }

// AccountDeleted is true when the publication's account was removed.
func (p Publication) AccountDeleted() bool { return p.AccountID == 0 }

// Title is the draft's title as the publication recorded it, for when the
// draft is gone (while it exists, its current title is the one to show).
func (p Publication) Title() string {
	if t := strings.TrimSpace(p.DraftTitle); t != "" {
		return t
	}
	return drafts.Draft{Body: p.SentText}.DisplayTitle()
}

// orphaned says why only cancelling is left for a publication whose draft
// or account is gone.
func (p Publication) orphaned() error {
	switch {
	case p.DraftDeleted():
		return fmt.Errorf("%w: its draft was deleted", ErrNotAllowed)
	case p.AccountDeleted():
		return fmt.Errorf("%w: its account was removed from CarePost", ErrNotAllowed)
	}
	return nil
}

// LocalDue is the due time in the zone it was chosen in.
func (p Publication) LocalDue() time.Time {
	if loc, err := time.LoadLocation(p.Zone); err == nil {
		return p.DueAt.In(loc)
	}
	return p.DueAt
}

// LogEntry is one line of a publication's publish log.
type LogEntry struct {
	At     time.Time
	Event  string
	Detail string
}

// DraftSource loads drafts and runs their publishing gates; *drafts.Service
// is one.
type DraftSource interface {
	Draft(ctx context.Context, id int64) (drafts.Draft, error)
	CheckPublishable(ctx context.Context, d drafts.Draft, n drafts.Network, requireApproval bool) error
}

// AccountSource loads accounts; *accounts.Service is one.
type AccountSource interface {
	Get(ctx context.Context, id int64) (accounts.Account, error)
}

// Errors staff can act on.
var (
	ErrNotFound       = errors.New("publication not found")
	ErrDraftNotReady  = errors.New("only a draft marked ready can be scheduled")
	ErrWrongNetwork   = errors.New("the draft is not aimed at this account's network")
	ErrInPast         = errors.New("that time has already passed")
	ErrNotAllowed     = errors.New("not possible in the publication's current state")
	ErrUnknownZone    = errors.New("unknown time zone")
	errClaimLost      = errors.New("the publication was claimed by another run")
	errNoDraftsSource = errors.New("schedule.Store needs a DraftSource and an AccountSource to schedule")
)

// PastTolerance is how far in the past a new time may be (a minute spent
// filling in the form).
const PastTolerance = time.Minute

// Store keeps publications and their log in SQLite.
type Store struct {
	db       *store.DB
	drafts   DraftSource
	accounts AccountSource
	now      func() time.Time
}

// NewStore keeps publications in db. d and a are used by Schedule to check
// the draft and the account; now is the clock (time.Now outside tests).
func NewStore(db *store.DB, d DraftSource, a AccountSource, now func() time.Time) *Store {
	if now == nil {
		now = time.Now
	}
	return &Store{db: db, drafts: d, accounts: a, now: now}
}

// DB is the database the store uses.
func (s *Store) DB() *store.DB { return s.db }

// stamp is t as every stored time is written (store.Stamp: fixed width,
// UTC, so stored times compare as text); the zero time is "".
func stamp(t time.Time) string { return store.Stamp(t) }

// parseStamp reads a stored time; "" or unreadable text is the zero time.
func parseStamp(v string) time.Time {
	t, _ := store.ParseStamp(v) // stored times are all store.Stamp's: only damaged data fails
	return t
}

func newKey() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}

const pubColumns = `id, draft_id, account_id, network, account_name, draft_title, due_at, zone, state, attempts, tries, idempotency_key, remote_id, remote_url,
	last_error, next_attempt_at, uncertain_since, reconcile, late_ok, sent_text, claim_token, claimed_until, native,
	created_at, updated_at, published_at`

func scanPub(r interface{ Scan(...any) error }) (Publication, error) {
	var p Publication
	var due, next, first, claimedUntil, created, updated, published, state, network string
	var draftID, accountID sql.NullInt64
	err := r.Scan(&p.ID, &draftID, &accountID, &network, &p.AccountName, &p.DraftTitle, &due, &p.Zone, &state, &p.Attempts, &p.Tries, &p.IdempotencyKey,
		&p.RemoteID, &p.RemoteURL, &p.LastError, &next, &first, &p.Reconcile, &p.LateOK, &p.SentText, &p.claimToken,
		&claimedUntil, &p.Native, &created, &updated, &published)
	if errors.Is(err, sql.ErrNoRows) {
		return Publication{}, ErrNotFound
	}
	if err != nil {
		return Publication{}, fmt.Errorf("reading publication: %w", err)
	}
	p.State, p.Network = State(state), drafts.Network(network)
	p.DraftID, p.AccountID = draftID.Int64, accountID.Int64
	p.DueAt, p.NextAttemptAt, p.UncertainSince = parseStamp(due), parseStamp(next), parseStamp(first)
	p.ClaimedUntil, p.CreatedAt, p.UpdatedAt, p.PublishedAt = parseStamp(claimedUntil), parseStamp(created), parseStamp(updated), parseStamp(published)
	return p, nil
}

type queryer interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

func getPub(ctx context.Context, q queryer, id int64) (Publication, error) {
	return scanPub(q.QueryRowContext(ctx, `SELECT `+pubColumns+` FROM publications WHERE id = ?`, id))
}

func addLog(ctx context.Context, q queryer, id int64, at time.Time, event, detail string) error {
	_, err := q.ExecContext(ctx, `INSERT INTO publish_log (publication_id, at, event, detail) VALUES (?, ?, ?, ?)`, id, stamp(at), event, detail)
	if err != nil {
		return fmt.Errorf("writing the publish log: %w", err)
	}
	return nil
}

// Get loads one publication.
func (s *Store) Get(ctx context.Context, id int64) (Publication, error) {
	return getPub(ctx, s.db.Read(), id)
}

func loadZone(zone string) (*time.Location, error) {
	if strings.TrimSpace(zone) == "" {
		return nil, fmt.Errorf("%w: choose the clinic's time zone", ErrUnknownZone)
	}
	loc, err := time.LoadLocation(zone)
	if err != nil {
		return nil, fmt.Errorf("%w %q", ErrUnknownZone, zone)
	}
	return loc, nil
}

// Schedule queues a ready draft to go to one account at due (any zone; it
// is stored in UTC with zone, the IANA zone staff chose it in).
func (s *Store) Schedule(ctx context.Context, draftID, accountID int64, due time.Time, zone string) (Publication, error) {
	return s.scheduleAt(ctx, draftID, accountID, zone, func(context.Context, queryer) (time.Time, error) { return due, nil })
}

// scheduleAt is Schedule with the time chosen by pick inside the write
// transaction, which the DSN makes IMMEDIATE: two people (or two
// processes) picking the next free queue time at once are serialised, so
// they get different times.
func (s *Store) scheduleAt(ctx context.Context, draftID, accountID int64, zone string, pick func(context.Context, queryer) (time.Time, error)) (Publication, error) {
	if s.drafts == nil || s.accounts == nil {
		return Publication{}, errNoDraftsSource
	}
	if _, err := loadZone(zone); err != nil {
		return Publication{}, err
	}
	d, err := s.drafts.Draft(ctx, draftID)
	if err != nil {
		return Publication{}, err
	}
	if err := s.schedulable(ctx, d); err != nil {
		return Publication{}, err
	}
	a, err := s.accounts.Get(ctx, accountID)
	if err != nil {
		return Publication{}, err
	}
	if !d.Targets(a.Network) {
		return Publication{}, fmt.Errorf("%w: tick %s in the draft first", ErrWrongNetwork, a.Network.Label())
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return Publication{}, fmt.Errorf("scheduling: %w", err)
	}
	defer tx.Rollback()
	now := s.now()
	due, err := pick(ctx, tx)
	if err != nil {
		return Publication{}, err
	}
	if due.Before(now.Add(-PastTolerance)) {
		return Publication{}, fmt.Errorf("%w: choose a time after now", ErrInPast)
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO publications (draft_id, account_id, due_at, zone, state, idempotency_key, created_at, updated_at)
		VALUES (?, ?, ?, ?, 'queued', ?, ?, ?)`, draftID, accountID, stamp(due), zone, newKey(), stamp(now), stamp(now))
	if err != nil {
		return Publication{}, fmt.Errorf("scheduling: %w", err)
	}
	id, _ := res.LastInsertId()
	if err := addLog(ctx, tx, id, now, "scheduled", fmt.Sprintf("for %s (%s) to %s %s", due.UTC().Format(time.RFC3339), zone, a.Network.Label(), a.Name())); err != nil {
		return Publication{}, err
	}
	p, err := getPub(ctx, tx, id)
	if err != nil {
		return Publication{}, err
	}
	if err := tx.Commit(); err != nil {
		return Publication{}, fmt.Errorf("scheduling: %w", err)
	}
	return p, nil
}

// transition changes a publication from one of the from states, in one
// transaction with its log line. set is the SQL assignment list; args its
// parameters.
func (s *Store) transition(ctx context.Context, id int64, from []State, event, detail, set string, args ...any) (Publication, error) {
	now := s.now()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return Publication{}, err
	}
	defer tx.Rollback()
	p, err := getPub(ctx, tx, id)
	if err != nil {
		return Publication{}, err
	}
	allowed := false
	for _, st := range from {
		allowed = allowed || p.State == st
	}
	if !allowed {
		return Publication{}, fmt.Errorf("%w: it is %s", ErrNotAllowed, strings.ToLower(p.State.Label()))
	}
	if err := p.orphaned(); err != nil && event != "cancelled" {
		return Publication{}, err
	}
	q := `UPDATE publications SET ` + set + `, updated_at = ? WHERE id = ? AND state = ?`
	res, err := tx.ExecContext(ctx, q, append(args, stamp(now), id, string(p.State))...)
	if err != nil {
		return Publication{}, fmt.Errorf("%s: %w", event, err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return Publication{}, fmt.Errorf("%w: it changed meanwhile", ErrNotAllowed)
	}
	if err := addLog(ctx, tx, id, now, event, detail); err != nil {
		return Publication{}, err
	}
	if p, err = getPub(ctx, tx, id); err != nil {
		return Publication{}, err
	}
	return p, tx.Commit()
}

// Reschedule moves a publication that has not gone out to a new time. A
// held or failed one is queued again.
func (s *Store) Reschedule(ctx context.Context, id int64, due time.Time, zone string) (Publication, error) {
	if _, err := loadZone(zone); err != nil {
		return Publication{}, err
	}
	if due.Before(s.now().Add(-PastTolerance)) {
		return Publication{}, fmt.Errorf("%w: choose a time after now", ErrInPast)
	}
	return s.transition(ctx, id, []State{StateQueued, StatePaused, StateHeld, StateFailed, StateNeedsReconnect}, "rescheduled",
		fmt.Sprintf("for %s (%s)", due.UTC().Format(time.RFC3339), zone),
		`due_at = ?, zone = ?, state = CASE WHEN state = 'paused' THEN 'paused' ELSE 'queued' END,
		 next_attempt_at = '', late_ok = 0, tries = 0, last_error = ''`, stamp(due), zone)
}

// Pause keeps a queued publication from going out until Resume.
func (s *Store) Pause(ctx context.Context, id int64) (Publication, error) {
	return s.transition(ctx, id, []State{StateQueued}, "paused", "", `state = 'paused'`)
}

// Resume queues a paused publication again. One whose time passed while
// paused is held for confirmation like any missed post.
func (s *Store) Resume(ctx context.Context, id int64) (Publication, error) {
	return s.transition(ctx, id, []State{StatePaused}, "resumed", "", `state = 'queued'`)
}

// Cancel stops a publication that has not gone out.
func (s *Store) Cancel(ctx context.Context, id int64) (Publication, error) {
	return s.transition(ctx, id, []State{StateQueued, StatePaused, StateHeld, StateFailed, StateNeedsReconnect}, "cancelled", "", `state = 'cancelled'`)
}

// Retry queues a failed, held or reconnect-waiting publication to go out as
// soon as possible. For a held post it is staff's confirmation: to post a
// missed one late, or, when CarePost could not tell whether it already went
// out, that they checked and it did not. A failed or reconnect-waiting post
// that may already be out is looked for first.
func (s *Store) Retry(ctx context.Context, id int64) (Publication, error) {
	return s.transition(ctx, id, []State{StateFailed, StateNeedsReconnect, StateHeld}, "retry", "queued again by staff",
		`reconcile = CASE WHEN state = 'held' THEN 0 ELSE reconcile END,
		 state = 'queued', next_attempt_at = '', late_ok = 1, tries = 0, last_error = ''`)
}

// Filter narrows List. Zero fields match everything; From is inclusive,
// To exclusive.
type Filter struct {
	From, To  time.Time
	States    []State
	AccountID int64
	DraftID   int64
}

// List returns publications by due time.
func (s *Store) List(ctx context.Context, f Filter) ([]Publication, error) {
	q := `SELECT ` + pubColumns + ` FROM publications WHERE 1 = 1`
	var args []any
	if !f.From.IsZero() {
		q += ` AND due_at >= ?`
		args = append(args, stamp(f.From))
	}
	if !f.To.IsZero() {
		q += ` AND due_at < ?`
		args = append(args, stamp(f.To))
	}
	if len(f.States) > 0 {
		q += ` AND state IN (?` + strings.Repeat(", ?", len(f.States)-1) + `)`
		for _, st := range f.States {
			args = append(args, string(st))
		}
	}
	if f.AccountID != 0 {
		q += ` AND account_id = ?`
		args = append(args, f.AccountID)
	}
	if f.DraftID != 0 {
		q += ` AND draft_id = ?`
		args = append(args, f.DraftID)
	}
	q += ` ORDER BY due_at, id`
	return s.query(ctx, q, args...)
}

func (s *Store) query(ctx context.Context, q string, args ...any) ([]Publication, error) {
	rows, err := s.db.Read().QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("listing publications: %w", err)
	}
	defer rows.Close()
	var out []Publication
	for rows.Next() {
		p, err := scanPub(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// MonthQuery returns the month's publications for a calendar in loc (from
// the 1st at midnight to the next 1st at midnight there, DST included),
// by due time. Cancelled ones are left out.
func (s *Store) MonthQuery(ctx context.Context, year int, month time.Month, loc *time.Location) ([]Publication, error) {
	if loc == nil {
		loc = time.UTC
	}
	from := time.Date(year, month, 1, 0, 0, 0, 0, loc)
	to := from.AddDate(0, 1, 0)
	return s.query(ctx, `SELECT `+pubColumns+` FROM publications WHERE due_at >= ? AND due_at < ? AND state <> 'cancelled' ORDER BY due_at, id`,
		stamp(from), stamp(to))
}

// Log is a publication's publish log, oldest first.
func (s *Store) Log(ctx context.Context, id int64) ([]LogEntry, error) {
	rows, err := s.db.Read().QueryContext(ctx, `SELECT at, event, detail FROM publish_log WHERE publication_id = ? ORDER BY id`, id)
	if err != nil {
		return nil, fmt.Errorf("reading the publish log: %w", err)
	}
	defer rows.Close()
	var out []LogEntry
	for rows.Next() {
		var e LogEntry
		var at string
		if err := rows.Scan(&at, &e.Event, &e.Detail); err != nil {
			return nil, err
		}
		e.At = parseStamp(at)
		out = append(out, e)
	}
	return out, rows.Err()
}

// schedulable says why d cannot be scheduled yet: it must be ready, and
// approved when the clinic requires approval.
func (s *Store) schedulable(ctx context.Context, d drafts.Draft) error {
	settings, err := s.LoadSettings(ctx)
	if err != nil {
		return err
	}
	switch {
	case d.Status != drafts.StatusReady:
		return fmt.Errorf("%w: finish the checks and mark %q ready first", ErrDraftNotReady, d.DisplayTitle())
	case settings.Approval && !d.Approved():
		return fmt.Errorf("%w: the clinic requires approval; send %q for review and have it approved first", ErrDraftNotReady, d.DisplayTitle())
	}
	// The same gates the engine re-checks just before the network call: a
	// consent that lapsed since the draft was marked ready stops it here.
	if err := s.drafts.CheckPublishable(ctx, d, "", settings.Approval); err != nil {
		var gate *drafts.GateError
		if errors.As(err, &gate) {
			return fmt.Errorf("%w: %s", ErrDraftNotReady, gate.Error())
		}
		return err
	}
	return nil
}
