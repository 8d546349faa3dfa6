package drafts

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Status is where a draft stands. Only a ready draft may be scheduled.
type Status string

const (
	StatusDraft Status = "draft"
	StatusReady Status = "ready"
	// StatusInReview: sent for approval (when approval is on); not yet
	// schedulable. An approved draft is StatusReady with ApprovedBy set.
	StatusInReview Status = "in_review"
)

// Label is the word staff see.
func (s Status) Label() string {
	switch s {
	case StatusReady:
		return "Ready"
	case StatusDraft:
		return "Draft"
	case StatusInReview:
		return "In review"
	}
	return string(s)
}

// Draft is one post being written, with optional per-network variants for
// networks where the main text does not fit.
type Draft struct {
	ID             int64
	Title          string
	Body           string
	Status         Status
	Networks       []Network
	Variants       map[Network]string
	TemplateKey    string
	TemplateValues map[string]string
	// PatientStory marks a post about a patient; it needs a live consent.
	PatientStory bool
	ConsentID    int64 // 0 when none is linked
	Images       []Image
	// Approval, when the clinic requires it: who approved, when (UTC), and
	// the latest note from sending it back.
	ApprovedBy string
	ApprovedAt time.Time
	ReviewNote string
	CreatedAt  time.Time
	UpdatedAt  time.Time
}

// TextFor is what will be posted to n: its variant when there is one.
func (d Draft) TextFor(n Network) string {
	if v, ok := d.Variants[n]; ok && strings.TrimSpace(v) != "" {
		return v
	}
	return d.Body
}

// Targets reports whether the draft is aimed at n.
func (d Draft) Targets(n Network) bool {
	for _, t := range d.Networks {
		if t == n {
			return true
		}
	}
	return false
}

// DisplayTitle is the title, or the start of the text when untitled.
func (d Draft) DisplayTitle() string {
	if t := strings.TrimSpace(d.Title); t != "" {
		return t
	}
	return snippet(d.Body, 60, "Untitled draft")
}

// DraftSummary is a row of the drafts list.
type DraftSummary struct {
	ID        int64
	Title     string
	Snippet   string
	Status    Status
	Networks  []Network
	UpdatedAt time.Time
}

// DraftFilter narrows the drafts list. Empty fields match everything.
type DraftFilter struct {
	Query  string
	Status Status
	// Limit caps how many rows come back (0: all of them); Offset skips
	// that many first. A list that grows as staff scroll asks for the
	// next page with Before instead, which stays right when a draft
	// changes (and so moves to the top) between two pages.
	Limit  int
	Offset int
	// Before, when set, starts the list after that row: drafts changed
	// earlier, or at the same time with a smaller id.
	Before *DraftCursor
}

// DraftCursor is a row's place in the drafts list (newest change first).
type DraftCursor struct {
	UpdatedAt time.Time
	ID        int64
}

// Cursor is d's place in the list, for DraftFilter.Before.
func (d DraftSummary) Cursor() DraftCursor { return DraftCursor{UpdatedAt: d.UpdatedAt, ID: d.ID} }

// ErrDraftNotFound means the draft was deleted or never existed.
var ErrDraftNotFound = errors.New("draft not found")

// CreateDraft stores a new draft and returns it with its ID.
func (s *Service) CreateDraft(ctx context.Context, d Draft) (Draft, error) {
	now := s.stamp()
	values, err := json.Marshal(nonNilMap(d.TemplateValues))
	if err != nil {
		return Draft{}, err
	}
	counts, err := s.findingCounts(ctx, d)
	if err != nil {
		return Draft{}, err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return Draft{}, fmt.Errorf("creating a draft: %w", err)
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `INSERT INTO drafts (title, body, status, networks, template_key, template_values, patient_story, consent_id, created_at, updated_at)
		VALUES (?, ?, 'draft', ?, ?, ?, ?, ?, ?, ?)`,
		d.Title, d.Body, joinNetworks(d.Networks), d.TemplateKey, string(values), d.PatientStory, nullID(d.ConsentID), now, now)
	if err != nil {
		return Draft{}, fmt.Errorf("creating a draft: %w", err)
	}
	id, _ := res.LastInsertId()
	if err := writeVariants(ctx, tx, id, d.Variants); err != nil {
		return Draft{}, err
	}
	if err := s.recordFixes(ctx, tx, id, counts); err != nil {
		return Draft{}, err
	}
	if err := tx.Commit(); err != nil {
		return Draft{}, fmt.Errorf("creating a draft: %w", err)
	}
	return s.Draft(ctx, id)
}

// SaveDraft stores the editable parts of d. A ready draft whose content
// changes goes back to draft: what was checked is no longer what will post.
func (s *Service) SaveDraft(ctx context.Context, d Draft) error {
	values, err := json.Marshal(nonNilMap(d.TemplateValues))
	if err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("saving draft: %w", err)
	}
	defer tx.Rollback()
	old, err := loadDraftRow(ctx, tx, d.ID)
	if err != nil {
		return err
	}
	oldVariants, err := loadVariants(ctx, tx, d.ID)
	if err != nil {
		return err
	}
	old.Variants = oldVariants
	_, err = tx.ExecContext(ctx, `UPDATE drafts SET title = ?, body = ?, networks = ?, template_key = ?, template_values = ?,
		patient_story = ?, consent_id = ?, updated_at = ? WHERE id = ?`,
		d.Title, d.Body, joinNetworks(d.Networks), d.TemplateKey, string(values), d.PatientStory, nullID(d.ConsentID), s.stamp(), d.ID)
	if err != nil {
		return fmt.Errorf("saving draft: %w", err)
	}
	imagesChanged, err := writeImageDetails(ctx, tx, d.ID, d.Images)
	if err != nil {
		return err
	}
	if ContentChanged(old, d) || imagesChanged {
		// What was checked, reviewed or approved is no longer what will
		// post: back to draft, which ends a review or an approval.
		if _, err := s.moveStatus(ctx, tx, statusChange{to: StatusDraft}, d.ID); err != nil {
			return fmt.Errorf("saving draft: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM draft_variants WHERE draft_id = ?`, d.ID); err != nil {
		return fmt.Errorf("saving draft variants: %w", err)
	}
	if err := writeVariants(ctx, tx, d.ID, d.Variants); err != nil {
		return err
	}
	// The findings can only change with the texts: a save of anything else
	// (the leave-a-draft save on the UI goroutine, mostly) runs no check.
	// The check reads the profile and accounts from the read pool, so it
	// may run while this write holds the writer.
	if old.Body != d.Body || !sameVariants(old.Variants, d.Variants) {
		counts, err := s.findingCounts(ctx, d)
		if err != nil {
			return err
		}
		if err := s.recordFixes(ctx, tx, d.ID, counts); err != nil {
			return err
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("saving draft: %w", err)
	}
	return nil
}

// writeImageDetails stores the pictures' descriptions and "shows a
// person" answers as the editor has them, so they are saved with the text
// by the autosaver rather than by a write per keystroke. It reports
// whether any changed.
func writeImageDetails(ctx context.Context, tx execer, draftID int64, images []Image) (bool, error) {
	changed := false
	for _, img := range images {
		alt := strings.TrimSpace(img.AltText)
		res, err := tx.ExecContext(ctx, `UPDATE draft_media SET alt_text = ?, shows_person = ?
			WHERE draft_id = ? AND media_id = ? AND (alt_text <> ? OR shows_person <> ?)`,
			alt, img.ShowsPerson, draftID, img.MediaID, alt, img.ShowsPerson)
		if err != nil {
			return false, fmt.Errorf("saving the pictures' descriptions: %w", err)
		}
		// RowsAffected cannot fail with SQLite.
		n, _ := res.RowsAffected()
		changed = changed || n > 0
	}
	return changed, nil
}

// ContentChanged reports whether b differs from a in anything that is
// posted or checked (the title is only for staff and does not count).
func ContentChanged(a, b Draft) bool {
	return a.Body != b.Body || joinNetworks(a.Networks) != joinNetworks(b.Networks) ||
		!sameVariants(a.Variants, b.Variants) || a.PatientStory != b.PatientStory || a.ConsentID != b.ConsentID
}

// Draft loads one draft with its variants and images.
func (s *Service) Draft(ctx context.Context, id int64) (Draft, error) {
	d, err := loadDraftRow(ctx, s.db.Read(), id)
	if err != nil {
		return Draft{}, err
	}
	if d.Variants, err = loadVariants(ctx, s.db.Read(), id); err != nil {
		return Draft{}, err
	}
	if d.Images, err = s.draftImages(ctx, id); err != nil {
		return Draft{}, err
	}
	return d, nil
}

// DeleteDraft removes a draft with its variants and image links; the image
// files stay, as other drafts may share them.
func (s *Service) DeleteDraft(ctx context.Context, id int64) error {
	res, err := s.db.ExecContext(ctx, `DELETE FROM drafts WHERE id = ?`, id)
	if err != nil {
		return fmt.Errorf("deleting draft: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrDraftNotFound
	}
	return nil
}

// statusChange is one move of a draft's status.
type statusChange struct {
	to Status // StatusDraft, StatusInReview or StatusReady
	// approver, with StatusReady: who approved the draft; it is recorded
	// with the time. Empty keeps an approval the draft already has.
	approver string
	// note, when not nil, replaces the review note ("send back" leaves
	// one; "send for review" clears it).
	note *string
	// at is the time to record (a stamp); empty means now.
	at string
}

// moveStatus is the one place that writes a draft's status, so approval
// always follows it: moving to draft or into review ends an approval (and
// to draft ends a review); moving to ready ends a review and records the
// approver when there is one. It writes in x (the database or a
// transaction) to the drafts with the given ids and returns how many it
// found.
func (s *Service) moveStatus(ctx context.Context, x execer, ch statusChange, ids ...int64) (int64, error) {
	if len(ids) == 0 {
		return 0, nil
	}
	now := ch.at
	if now == "" {
		now = s.stamp()
	}
	var set string
	var vals []any
	switch ch.to {
	case StatusDraft, StatusInReview:
		set = `status = 'draft', review_state = '', approved_by = '', approved_at = ''`
	case StatusReady:
		set = `status = 'ready', review_state = ''`
		if ch.approver != "" {
			set += `, approved_by = ?, approved_at = ?`
			vals = append(vals, ch.approver, now)
		}
	default:
		return 0, fmt.Errorf("changing draft status: unknown status %q", ch.to)
	}
	set += `, updated_at = ?`
	vals = append(vals, now)
	if ch.note != nil {
		set += `, review_note = ?`
		vals = append(vals, *ch.note)
	}
	in := `id IN (?` + strings.Repeat(`, ?`, len(ids)-1) + `)`
	idArgs := make([]any, len(ids))
	for i, id := range ids {
		idArgs[i] = id
	}
	res, err := x.ExecContext(ctx, `UPDATE drafts SET `+set+` WHERE `+in, append(vals, idArgs...)...)
	if err != nil {
		return 0, fmt.Errorf("changing draft status: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return 0, fmt.Errorf("changing draft status: %w", err)
	}
	if ch.to == StatusInReview {
		// A separate statement: the drafts_unapprove trigger, which fires
		// when a ready draft's status becomes draft, clears review_state.
		if _, err := x.ExecContext(ctx, `UPDATE drafts SET review_state = 'in_review' WHERE `+in, idArgs...); err != nil {
			return 0, fmt.Errorf("changing draft status: %w", err)
		}
	}
	return n, nil
}

// setStatus moves one draft to st (see moveStatus).
func (s *Service) setStatus(ctx context.Context, id int64, st Status) error {
	n, err := s.moveStatus(ctx, s.db, statusChange{to: st}, id)
	if err != nil {
		return err
	}
	if n == 0 {
		return ErrDraftNotFound
	}
	return nil
}

// MarkDraft moves a ready, approved or in-review draft back to draft for
// more editing.
func (s *Service) MarkDraft(ctx context.Context, id int64) error {
	return s.setStatus(ctx, id, StatusDraft)
}

type queryer interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

func loadDraftRow(ctx context.Context, q queryer, id int64) (Draft, error) {
	var d Draft
	var networks, values, created, updated, review, approvedAt string
	var consent sql.NullInt64
	err := q.QueryRowContext(ctx, `SELECT id, title, body, status, networks, template_key, template_values, patient_story, consent_id, created_at, updated_at,
		review_state, approved_by, approved_at, review_note
		FROM drafts WHERE id = ?`, id).Scan(&d.ID, &d.Title, &d.Body, &d.Status, &networks, &d.TemplateKey, &values, &d.PatientStory, &consent, &created, &updated,
		&review, &d.ApprovedBy, &approvedAt, &d.ReviewNote)
	if errors.Is(err, sql.ErrNoRows) {
		return Draft{}, ErrDraftNotFound
	}
	if err != nil {
		return Draft{}, fmt.Errorf("reading draft %d: %w", id, err)
	}
	d.Status = loadedStatus(d.Status, review)
	if approvedAt != "" {
		d.ApprovedAt = parseStamp(approvedAt)
	}
	d.Networks = splitNetworks(networks)
	d.ConsentID = consent.Int64
	d.CreatedAt, d.UpdatedAt = parseStamp(created), parseStamp(updated)
	if err := json.Unmarshal([]byte(values), &d.TemplateValues); err != nil {
		d.TemplateValues = map[string]string{}
	}
	return d, nil
}

func loadVariants(ctx context.Context, q queryer, id int64) (map[Network]string, error) {
	rows, err := q.QueryContext(ctx, `SELECT network, body FROM draft_variants WHERE draft_id = ?`, id)
	if err != nil {
		return nil, fmt.Errorf("reading draft variants: %w", err)
	}
	defer rows.Close()
	out := map[Network]string{}
	for rows.Next() {
		var n, body string
		if err := rows.Scan(&n, &body); err != nil {
			return nil, err
		}
		if net, err := ParseNetwork(n); err == nil {
			out[net] = body
		}
	}
	return out, rows.Err()
}

type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

func writeVariants(ctx context.Context, tx execer, id int64, variants map[Network]string) error {
	for n, body := range variants {
		if strings.TrimSpace(body) == "" {
			continue // an emptied variant means "use the main text"
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO draft_variants (draft_id, network, body) VALUES (?, ?, ?)`, id, string(n), body); err != nil {
			return fmt.Errorf("saving the %s version: %w", n.Label(), err)
		}
	}
	return nil
}

func sameVariants(a, b map[Network]string) bool {
	count := 0
	for n, v := range b {
		if strings.TrimSpace(v) == "" {
			continue
		}
		count++
		if a[n] != v {
			return false
		}
	}
	return count == len(a)
}

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

func nonNilMap(m map[string]string) map[string]string {
	if m == nil {
		return map[string]string{}
	}
	return m
}

func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// snippet is the first line-ish of text, cut at a word boundary.
func snippet(text string, max int, empty string) string {
	text = strings.Join(strings.Fields(text), " ")
	if text == "" {
		return empty
	}
	r := []rune(text)
	if len(r) <= max {
		return text
	}
	cut := string(r[:max])
	if i := strings.LastIndex(cut, " "); i > max/2 {
		cut = cut[:i]
	}
	return cut + "…"
}
