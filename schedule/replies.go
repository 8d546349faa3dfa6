package schedule

// Replies: the clinic's answers to inbox items. They take the same
// exactly-once path as posts (see engine.go): a row per answer committed
// before any network call, claimed under a lease, its text recorded as
// the intent, an idempotency key sent with it, a lost answer looked for
// where the network keeps it (findReply) before another try, and every step in
// an append-only log (reply_log). The rows live beside publications, not
// in them, because a reply has no draft, no due time and no calendar.

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/drafts"
)

// ReplyState is where an answer stands.
type ReplyState string

const (
	ReplyAwaitingApproval ReplyState = "awaiting_approval"
	ReplyQueued           ReplyState = "queued"
	ReplySending          ReplyState = "sending"
	ReplySent             ReplyState = "sent"
	ReplyFailed           ReplyState = "failed"
	ReplyNeedsReconnect   ReplyState = "needs_reconnect"
	ReplyHeld             ReplyState = "held"
	ReplyCancelled        ReplyState = "cancelled"
)

// KeptFinding is a privacy finding staff chose to keep in an answer, with
// why.
type KeptFinding struct {
	Kind   drafts.FindingKind `json:"kind"`
	Text   string             `json:"text"`
	Reason string             `json:"reason"`
}

// ReplyRequest is an answer staff wrote.
type ReplyRequest struct {
	ItemID    int64
	AccountID int64
	To        accounts.Ref // the item answered
	Text      string
	// Private is the item's privacy: an answer to a private item is sent
	// privately, never more publicly.
	Private  bool
	Language string
	Author   string // the staff member answering
	Kept     []KeptFinding
	// NeedsApproval holds the answer until someone approves it (answers to
	// Google reviews, when the settings ask for it).
	NeedsApproval bool
}

// Reply is one answer and how its sending went.
type Reply struct {
	ID             int64
	ItemID         int64 // 0: the item was deleted since
	AccountID      int64 // 0: the account was removed since
	Network        drafts.Network
	To             accounts.Ref
	Text           string
	Private        bool
	Language       string
	Author         string
	Kept           []KeptFinding
	NeedsApproval  bool
	ApprovedBy     string
	ApprovedAt     time.Time
	State          ReplyState
	Attempts       int
	Tries          int
	IdempotencyKey string
	RemoteID       string
	RemoteURL      string
	LastError      string
	NextAttemptAt  time.Time
	UncertainSince time.Time
	Reconcile      bool
	CreatedAt      time.Time
	UpdatedAt      time.Time
	SentAt         time.Time
	claimToken     string
}

// ErrReplyNotFound means there is no answer with that id.
var ErrReplyNotFound = errors.New("no such reply")

const replyColumns = `id, item_id, account_id, network, reply_to, text, private, language, author, kept_reasons,
	needs_approval, approved_by, approved_at, state, attempts, tries, idempotency_key, remote_id, remote_url,
	last_error, next_attempt_at, uncertain_since, reconcile, claim_token, created_at, updated_at, sent_at`

func scanReply(r interface{ Scan(...any) error }) (Reply, error) {
	var p Reply
	var itemID, accountID sql.NullInt64
	var network, to, kept, approvedAt, state, next, uncertain, created, updated, sent string
	err := r.Scan(&p.ID, &itemID, &accountID, &network, &to, &p.Text, &p.Private, &p.Language, &p.Author, &kept,
		&p.NeedsApproval, &p.ApprovedBy, &approvedAt, &state, &p.Attempts, &p.Tries, &p.IdempotencyKey, &p.RemoteID, &p.RemoteURL,
		&p.LastError, &next, &uncertain, &p.Reconcile, &p.claimToken, &created, &updated, &sent)
	if errors.Is(err, sql.ErrNoRows) {
		return Reply{}, ErrReplyNotFound
	}
	if err != nil {
		return Reply{}, fmt.Errorf("reading reply: %w", err)
	}
	p.ItemID, p.AccountID = itemID.Int64, accountID.Int64
	p.Network, p.State = drafts.Network(network), ReplyState(state)
	_ = json.Unmarshal([]byte(to), &p.To) // written by QueueReply from a struct of strings
	if kept != "" {
		_ = json.Unmarshal([]byte(kept), &p.Kept) // likewise
	}
	p.ApprovedAt, p.NextAttemptAt, p.UncertainSince = parseStamp(approvedAt), parseStamp(next), parseStamp(uncertain)
	p.CreatedAt, p.UpdatedAt, p.SentAt = parseStamp(created), parseStamp(updated), parseStamp(sent)
	return p, nil
}

func getReply(ctx context.Context, q queryer, id int64) (Reply, error) {
	return scanReply(q.QueryRowContext(ctx, `SELECT `+replyColumns+` FROM replies WHERE id = ?`, id))
}

func addReplyLog(ctx context.Context, q queryer, id int64, at time.Time, event, detail string) error {
	_, err := q.ExecContext(ctx, `INSERT INTO reply_log (reply_id, at, event, detail) VALUES (?, ?, ?, ?)`, id, stamp(at), event, detail)
	if err != nil {
		return fmt.Errorf("writing the reply log: %w", err)
	}
	return nil
}

// GetReply loads one answer.
func (s *Store) GetReply(ctx context.Context, id int64) (Reply, error) {
	return getReply(ctx, s.db.Read(), id)
}

// RepliesTo lists the answers to one inbox item, oldest first.
func (s *Store) RepliesTo(ctx context.Context, itemID int64) ([]Reply, error) {
	rows, err := s.db.Read().QueryContext(ctx, `SELECT `+replyColumns+` FROM replies WHERE item_id = ? ORDER BY id`, itemID)
	if err != nil {
		return nil, fmt.Errorf("reading the replies: %w", err)
	}
	defer rows.Close()
	var out []Reply
	for rows.Next() {
		r, err := scanReply(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// ReplyLog is one answer's log, oldest first.
func (s *Store) ReplyLog(ctx context.Context, id int64) ([]LogEntry, error) {
	rows, err := s.db.Read().QueryContext(ctx, `SELECT at, event, detail FROM reply_log WHERE reply_id = ? ORDER BY id`, id)
	if err != nil {
		return nil, fmt.Errorf("reading the reply log: %w", err)
	}
	defer rows.Close()
	var out []LogEntry
	for rows.Next() {
		var at string
		var e LogEntry
		if err := rows.Scan(&at, &e.Event, &e.Detail); err != nil {
			return nil, fmt.Errorf("reading the reply log: %w", err)
		}
		e.At = parseStamp(at)
		out = append(out, e)
	}
	return out, rows.Err()
}

// OwnPost is the text of the clinic's own published post with that
// remote id on the account (ok false when CarePost did not publish it).
func (s *Store) OwnPost(ctx context.Context, accountID int64, remoteID string) (text string, at time.Time, ok bool, err error) {
	var published string
	err = s.db.Read().QueryRowContext(ctx, `SELECT sent_text, published_at FROM publications
		WHERE account_id = ? AND remote_id = ? AND state = 'published' LIMIT 1`, accountID, remoteID).Scan(&text, &published)
	if errors.Is(err, sql.ErrNoRows) {
		err = s.db.Read().QueryRowContext(ctx, `SELECT text, sent_at FROM replies
			WHERE account_id = ? AND remote_id = ? AND state = 'sent' LIMIT 1`, accountID, remoteID).Scan(&text, &published)
	}
	if errors.Is(err, sql.ErrNoRows) {
		return "", time.Time{}, false, nil
	}
	if err != nil {
		return "", time.Time{}, false, fmt.Errorf("reading the clinic's post: %w", err)
	}
	return text, parseStamp(published), true, nil
}

// QueueReply records an answer to be sent (or to wait for approval), with
// its idempotency key, before anything reaches the network.
func (s *Store) QueueReply(ctx context.Context, r ReplyRequest) (Reply, error) {
	if strings.TrimSpace(r.Text) == "" {
		return Reply{}, errors.New("the answer is empty")
	}
	a, err := s.accounts.Get(ctx, r.AccountID)
	if err != nil {
		return Reply{}, fmt.Errorf("the account that received the item: %w", err)
	}
	to, _ := json.Marshal(r.To) // a struct of strings always marshals
	kept := ""
	if len(r.Kept) > 0 {
		b, _ := json.Marshal(r.Kept) // likewise
		kept = string(b)
	}
	state := ReplyQueued
	if r.NeedsApproval {
		state = ReplyAwaitingApproval
	}
	now := s.now()
	var itemID any
	if r.ItemID != 0 {
		itemID = r.ItemID
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return Reply{}, fmt.Errorf("saving the answer: %w", err)
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `INSERT INTO replies (item_id, account_id, network, reply_to, text, private, language, author,
			kept_reasons, needs_approval, state, idempotency_key, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		itemID, r.AccountID, string(a.Network), string(to), r.Text, r.Private, r.Language, r.Author, kept, r.NeedsApproval,
		string(state), newKey(), stamp(now), stamp(now))
	if err != nil {
		return Reply{}, fmt.Errorf("saving the answer: %w", err)
	}
	id, _ := res.LastInsertId()
	detail := "by " + r.Author
	if r.Private {
		detail += "; private, as the item is"
	}
	if r.NeedsApproval {
		detail += "; waits for approval"
	}
	if err := addReplyLog(ctx, tx, id, now, string(state), detail); err != nil {
		return Reply{}, err
	}
	out, err := getReply(ctx, tx, id)
	if err != nil {
		return Reply{}, err
	}
	return out, tx.Commit()
}

// ApproveReply lets an answer that waits for approval go out.
func (s *Store) ApproveReply(ctx context.Context, id int64, by string) (Reply, error) {
	if strings.TrimSpace(by) == "" {
		return Reply{}, errors.New("say who approves the answer")
	}
	return s.replyTransition(ctx, id, []ReplyState{ReplyAwaitingApproval}, "approved", "by "+by,
		`state = 'queued', approved_by = ?, approved_at = ?`, by, stamp(s.now()))
}

// RetryReply queues a failed, held or parked answer again. A failed or
// parked answer that may already be out is looked for before it is sent
// again; for a held one, Retry is staff's word that they checked and it
// is not there (ReplyInconclusiveReason), as Retry is for a post.
func (s *Store) RetryReply(ctx context.Context, id int64) (Reply, error) {
	return s.replyTransition(ctx, id, []ReplyState{ReplyFailed, ReplyHeld, ReplyNeedsReconnect}, "queued", "retry",
		`reconcile = CASE WHEN state = 'held' THEN 0 ELSE reconcile END, state = 'queued', tries = 0, next_attempt_at = ''`)
}

// ReplyInconclusiveReason is what an answer held after an inconclusive
// look says.
const ReplyInconclusiveReason = "CarePost lost the network's answer while sending this reply and cannot tell whether it went out " +
	"(there is too much under the message to look through, or the network does not let CarePost read where it went). " +
	"Check the conversation on the network: if the reply is not there, press Retry."

// CancelReply drops an answer not yet sent.
func (s *Store) CancelReply(ctx context.Context, id int64) (Reply, error) {
	return s.replyTransition(ctx, id, []ReplyState{ReplyAwaitingApproval, ReplyQueued, ReplyFailed, ReplyHeld, ReplyNeedsReconnect},
		"cancelled", "", `state = 'cancelled'`)
}

func (s *Store) replyTransition(ctx context.Context, id int64, from []ReplyState, event, detail, set string, args ...any) (Reply, error) {
	now := s.now()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return Reply{}, err
	}
	defer tx.Rollback()
	r, err := getReply(ctx, tx, id)
	if err != nil {
		return Reply{}, err
	}
	ok := false
	for _, st := range from {
		ok = ok || r.State == st
	}
	if !ok {
		return Reply{}, fmt.Errorf("the answer is %s; it cannot be %s", strings.ReplaceAll(string(r.State), "_", " "), event)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE replies SET `+set+`, updated_at = ? WHERE id = ?`, append(args, stamp(now), id)...); err != nil {
		return Reply{}, fmt.Errorf("changing the answer: %w", err)
	}
	if err := addReplyLog(ctx, tx, id, now, event, detail); err != nil {
		return Reply{}, err
	}
	if r, err = getReply(ctx, tx, id); err != nil {
		return Reply{}, err
	}
	return r, tx.Commit()
}

// dueReplies are answers to send now: queued and past any retry wait, or
// left sending by a run whose lease ran out.
func (s *Store) dueReplies(ctx context.Context, now time.Time) ([]int64, error) {
	n := stamp(now)
	rows, err := s.db.QueryContext(ctx, `SELECT id FROM replies
		WHERE (state = 'queued' AND (next_attempt_at = '' OR next_attempt_at <= ?))
		   OR (state = 'sending' AND claimed_until < ?) ORDER BY id`, n, n)
	if err != nil {
		return nil, fmt.Errorf("reading the answers to send: %w", err)
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// claimReply takes an answer for this run in a committed transaction
// before any network call; one found sending after its lease ran out was
// interrupted after its intent: it is marked to be looked for first.
func (s *Store) claimReply(ctx context.Context, id int64, token string, now time.Time, lease time.Duration) (Reply, bool, error) {
	n := stamp(now)
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return Reply{}, false, fmt.Errorf("claiming answer %d: %w", id, err)
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `UPDATE replies SET
			reconcile = CASE WHEN state = 'sending' THEN 1 ELSE reconcile END,
			state = 'sending', claim_token = ?, claimed_until = ?, attempts = attempts + 1, tries = tries + 1,
			uncertain_since = CASE WHEN state = 'sending' OR reconcile = 1 THEN uncertain_since ELSE ? END,
			updated_at = ?
		WHERE id = ? AND ((state = 'queued' AND (next_attempt_at = '' OR next_attempt_at <= ?))
			OR (state = 'sending' AND claimed_until < ?))`,
		token, stamp(now.Add(lease)), n, n, id, n, n)
	if err != nil {
		return Reply{}, false, fmt.Errorf("claiming answer %d: %w", id, err)
	}
	if k, _ := res.RowsAffected(); k != 1 {
		return Reply{}, false, nil
	}
	r, err := getReply(ctx, tx, id)
	if err != nil {
		return Reply{}, false, err
	}
	detail := fmt.Sprintf("attempt %d", r.Attempts)
	if r.Reconcile {
		detail += "; will look for it on the network first"
	}
	if err := addReplyLog(ctx, tx, id, now, "claimed", detail); err != nil {
		return Reply{}, false, err
	}
	return r, true, tx.Commit()
}

// recordReplyIntent marks, under the claim, that this try is about to
// call the network.
func (s *Store) recordReplyIntent(ctx context.Context, r Reply, now time.Time) error {
	res, err := s.db.ExecContext(ctx, `UPDATE replies SET reconcile = 0, uncertain_since = ? WHERE id = ? AND state = 'sending' AND claim_token = ?`,
		stamp(now), r.ID, r.claimToken)
	if err != nil {
		return fmt.Errorf("recording answer %d: %w", r.ID, err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return errClaimLost
	}
	return nil
}

// replyOutcome is what a claimed answer became.
type replyOutcome struct {
	state      ReplyState
	remoteID   string
	remoteURL  string
	lastError  string
	next       time.Time
	reconcile  bool
	triesDelta int
	sentAt     time.Time
	event      string
	detail     string
}

// finishReply records the outcome of a claim, if it is still ours; a sent
// answer records on its item who answered and when (answered), in the same
// transaction.
func (s *Store) finishReply(ctx context.Context, r Reply, now time.Time, o replyOutcome, answered AnsweredFunc) (Reply, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return Reply{}, fmt.Errorf("recording answer %d: %w", r.ID, err)
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `UPDATE replies SET state = ?, remote_id = ?, remote_url = ?, last_error = ?, next_attempt_at = ?,
			reconcile = ?, tries = max(0, tries + ?), sent_at = ?, claim_token = '', claimed_until = '', updated_at = ?
		WHERE id = ? AND state = 'sending' AND claim_token = ?`,
		string(o.state), o.remoteID, o.remoteURL, o.lastError, stamp(o.next), o.reconcile, o.triesDelta, stamp(o.sentAt), stamp(now),
		r.ID, r.claimToken)
	if err != nil {
		return Reply{}, fmt.Errorf("recording answer %d: %w", r.ID, err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return Reply{}, errClaimLost
	}
	if o.state == ReplySent && r.ItemID != 0 && answered != nil {
		if err := answered(ctx, tx, r.ItemID, r.Author, o.sentAt); err != nil {
			return Reply{}, err
		}
	}
	if err := addReplyLog(ctx, tx, r.ID, now, o.event, o.detail); err != nil {
		return Reply{}, err
	}
	out, err := getReply(ctx, tx, r.ID)
	if err != nil {
		return Reply{}, err
	}
	return out, tx.Commit()
}

// replyRemoteIDTaken reports whether another answer from the account owns
// the remote id, so a reconciliation never claims someone else's reply.
func (s *Store) replyRemoteIDTaken(ctx context.Context, accountID, exceptID int64, remoteID string) (bool, error) {
	return s.remoteIDOwned(ctx, accountID, 0, exceptID, remoteID)
}
