package drafts

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Approval is optional (schedule settings, "Require approval before
// scheduling"). With it on, a draft goes draft → in review → approved, and
// only then may it be scheduled. An approved draft is stored as "ready"
// with who approved it and when, so the schedule and the engine, which take
// ready drafts, need no change; "in review" is kept beside the status (see
// migration 0005) and reads back as StatusInReview.

// ApprovalEvent is one step in a draft's approval record.
type ApprovalEvent string

const (
	EventSentForReview ApprovalEvent = "sent_for_review"
	EventApproved      ApprovalEvent = "approved"
	EventSentBack      ApprovalEvent = "sent_back"
)

// Label is the words staff see.
func (e ApprovalEvent) Label() string {
	switch e {
	case EventSentForReview:
		return "Sent for review"
	case EventApproved:
		return "Approved"
	case EventSentBack:
		return "Sent back"
	}
	return string(e)
}

// ApprovalRecord is one line of a draft's approval log.
type ApprovalRecord struct {
	At    time.Time // UTC
	Event ApprovalEvent
	By    string // the approver's typed name; empty for other events
	Note  string
}

var (
	// ErrNotInReview means the draft must be sent for review first.
	ErrNotInReview = errors.New("this draft is not in review: send it for review first")
	// ErrApproverRequired means no approver name was typed.
	ErrApproverRequired = errors.New("type the name of the person approving this post; it is kept with the post")
	// ErrAlreadyApproved means there is nothing to send for review.
	ErrAlreadyApproved = errors.New("this draft is already approved")
	// ErrChangedDuringCheck means the draft was edited while it was being
	// checked; the step should be tried again.
	ErrChangedDuringCheck = errors.New("the draft changed while it was being checked; try again")
)

// Approved reports whether d was approved (and not changed since).
func (d Draft) Approved() bool { return d.Status == StatusReady && d.ApprovedBy != "" }

// StatusLabel is Status.Label, with "Approved" for an approved draft.
func (d Draft) StatusLabel() string {
	if d.Approved() {
		return "Approved"
	}
	return d.Status.Label()
}

// ApprovalLine is "Approved by NAME on DATE" in loc (nil: UTC), or "" when
// the draft is not approved.
func (d Draft) ApprovalLine(loc *time.Location) string {
	if !d.Approved() {
		return ""
	}
	if loc == nil {
		loc = time.UTC
	}
	line := "Approved by " + d.ApprovedBy
	if !d.ApprovedAt.IsZero() {
		line += " on " + d.ApprovedAt.In(loc).Format("Mon 2 Jan 2006, 15:04")
	}
	return line
}

// stored is the value kept in drafts.status.
func (s Status) stored() Status {
	if s == StatusInReview {
		return StatusDraft
	}
	return s
}

// loadedStatus combines drafts.status and drafts.review_state.
func loadedStatus(st Status, review string) Status {
	if st == StatusDraft && review == string(StatusInReview) {
		return StatusInReview
	}
	return st
}

// checked loads the draft and runs the same checks as MarkReady; blockers
// come back as *NotReadyError.
func (s *Service) checked(ctx context.Context, id int64) (Draft, error) {
	d, err := s.Draft(ctx, id)
	if err != nil {
		return Draft{}, err
	}
	r, err := s.Review(ctx, d)
	if err != nil {
		return Draft{}, err
	}
	if len(r.Blockers) > 0 {
		return d, &NotReadyError{Blockers: r.Blockers}
	}
	return d, nil
}

// SendForReview asks for approval. The draft must pass the same checks as
// "Mark ready" (privacy findings resolved or overridden, limits, alt text,
// consents), else *NotReadyError lists what is missing. A draft already in
// review stays there.
func (s *Service) SendForReview(ctx context.Context, id int64) error {
	d, err := s.Draft(ctx, id)
	if err != nil {
		return err
	}
	switch {
	case d.Status == StatusInReview:
		return nil
	case d.Approved():
		return ErrAlreadyApproved
	}
	if d, err = s.checked(ctx, id); err != nil {
		return err
	}
	cleared := ""
	return s.step(ctx, d, StatusDraft, EventSentForReview, "", "", statusChange{to: StatusInReview, note: &cleared})
}

// Approve approves a draft in review, recording approver (a typed name:
// CarePost has no user accounts) and the time. The checks run again first,
// since a consent may have expired or been revoked since it was sent.
func (s *Service) Approve(ctx context.Context, id int64, approver string) error {
	approver = strings.Join(strings.Fields(approver), " ")
	if approver == "" {
		return ErrApproverRequired
	}
	d, err := s.Draft(ctx, id)
	if err != nil {
		return err
	}
	if d.Status != StatusInReview {
		return ErrNotInReview
	}
	if d, err = s.checked(ctx, id); err != nil {
		return err
	}
	return s.step(ctx, d, StatusInReview, EventApproved, approver, "", statusChange{to: StatusReady, approver: approver})
}

// SendBack returns a draft in review (or an approved one) to draft, with
// an optional note for whoever edits it next.
func (s *Service) SendBack(ctx context.Context, id int64, note string) error {
	note = strings.TrimSpace(note)
	d, err := s.Draft(ctx, id)
	if err != nil {
		return err
	}
	if d.Status != StatusInReview && !d.Approved() {
		return ErrNotInReview
	}
	return s.step(ctx, d, d.Status, EventSentBack, "", note, statusChange{to: StatusDraft, note: &note})
}

// step applies one approval step (the status move change) in a
// transaction, provided the draft still has status from and the content d
// was checked with, and logs it.
func (s *Service) step(ctx context.Context, d Draft, from Status, ev ApprovalEvent, by, note string, change statusChange) error {
	now := s.stamp()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("%s: %w", strings.ToLower(ev.Label()), err)
	}
	defer tx.Rollback()
	cur, err := loadDraftRow(ctx, tx, d.ID)
	if err != nil {
		return err
	}
	if cur.Variants, err = loadVariants(ctx, tx, d.ID); err != nil {
		return err
	}
	if ContentChanged(d, cur) || (cur.Status != from && cur.Status != d.Status) {
		return ErrChangedDuringCheck
	}
	change.at = now
	if _, err := s.moveStatus(ctx, tx, change, d.ID); err != nil {
		return fmt.Errorf("%s: %w", strings.ToLower(ev.Label()), err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO approvals (draft_id, at, event, by_name, note) VALUES (?, ?, ?, ?, ?)`,
		d.ID, now, string(ev), by, note); err != nil {
		return fmt.Errorf("recording the approval step: %w", err)
	}
	return tx.Commit()
}

// ApprovalLog is the draft's approval record, oldest first.
func (s *Service) ApprovalLog(ctx context.Context, id int64) ([]ApprovalRecord, error) {
	rows, err := s.db.Read().QueryContext(ctx, `SELECT at, event, by_name, note FROM approvals WHERE draft_id = ? ORDER BY id`, id)
	if err != nil {
		return nil, fmt.Errorf("reading the approval record: %w", err)
	}
	defer rows.Close()
	var out []ApprovalRecord
	for rows.Next() {
		var r ApprovalRecord
		var at, ev string
		if err := rows.Scan(&at, &ev, &r.By, &r.Note); err != nil {
			return nil, err
		}
		r.At, r.Event = parseStamp(at), ApprovalEvent(ev)
		out = append(out, r)
	}
	return out, rows.Err()
}
