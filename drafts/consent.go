package drafts

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// DateLayout is how consent dates are written and stored.
const DateLayout = "2006-01-02"

// Consent is a patient's written marketing authorization (45 CFR 164.508),
// recorded by reference number only: the chart and the signed form stay in
// the clinic's records system; FormLocation says where.
type Consent struct {
	ID           int64
	Reference    string
	SignedOn     string // YYYY-MM-DD
	ExpiresOn    string // YYYY-MM-DD; an authorization must have one
	RevokedOn    string // YYYY-MM-DD, empty while not revoked
	Networks     []Network
	CoversText   bool // the patient's story or words
	CoversPhoto  bool // photos or video of the patient
	FormLocation string
	Notes        string
}

// Validate explains what the registry form still needs.
func (c Consent) Validate() error {
	var problems []string
	if strings.TrimSpace(c.Reference) == "" {
		problems = append(problems, "enter the consent form's reference number")
	}
	signed, err := time.Parse(DateLayout, c.SignedOn)
	if err != nil {
		problems = append(problems, "enter the date it was signed as YYYY-MM-DD")
	}
	expires, err2 := time.Parse(DateLayout, c.ExpiresOn)
	if err2 != nil {
		problems = append(problems, "enter the expiry date as YYYY-MM-DD (an authorization must say when it ends)")
	}
	if err == nil && err2 == nil && expires.Before(signed) {
		problems = append(problems, "the expiry date is before the signing date")
	}
	if c.RevokedOn != "" {
		if _, err := time.Parse(DateLayout, c.RevokedOn); err != nil {
			problems = append(problems, "enter the revocation date as YYYY-MM-DD")
		}
	}
	if len(c.Networks) == 0 {
		problems = append(problems, "tick at least one network the patient agreed to")
	}
	if !c.CoversText && !c.CoversPhoto {
		problems = append(problems, "tick what it covers: their story, their photo, or both")
	}
	if len(problems) > 0 {
		return fmt.Errorf("please %s", strings.Join(problems, "; "))
	}
	return nil
}

// ConsentNeed is what a draft asks of a consent.
type ConsentNeed struct {
	Networks []Network
	Text     bool
	Photo    bool
}

// Describe is what the consent must cover, in words: "their story and
// photo on Facebook and X".
func (need ConsentNeed) Describe() string {
	var what string
	switch {
	case need.Text && need.Photo:
		what = "their story and photo"
	case need.Photo:
		what = "their photo"
	default:
		what = "their story"
	}
	if len(need.Networks) == 0 {
		return what
	}
	labels := make([]string, len(need.Networks))
	for i, n := range need.Networks {
		labels[i] = n.Label()
	}
	if len(labels) == 1 {
		return what + " on " + labels[0]
	}
	return what + " on " + strings.Join(labels[:len(labels)-1], ", ") + " and " + labels[len(labels)-1]
}

// Problem says why c does not cover need on the given day, or "" when it
// does. today is a YYYY-MM-DD date in the clinic's time zone.
func (c Consent) Problem(today string, need ConsentNeed) string {
	switch {
	case c.RevokedOn != "" && c.RevokedOn <= today:
		return fmt.Sprintf("Consent %s was revoked on %s.", c.Reference, c.RevokedOn)
	case c.SignedOn > today:
		return fmt.Sprintf("Consent %s is dated %s, which is in the future.", c.Reference, c.SignedOn)
	case c.ExpiresOn != "" && c.ExpiresOn < today:
		return fmt.Sprintf("Consent %s expired on %s.", c.Reference, c.ExpiresOn)
	case need.Text && !c.CoversText:
		return fmt.Sprintf("Consent %s does not cover sharing the patient's story.", c.Reference)
	case need.Photo && !c.CoversPhoto:
		return fmt.Sprintf("Consent %s does not cover photos.", c.Reference)
	}
	var missing []string
	for _, n := range need.Networks {
		covered := false
		for _, m := range c.Networks {
			covered = covered || m == n
		}
		if !covered {
			missing = append(missing, n.Label())
		}
	}
	if len(missing) > 0 {
		return fmt.Sprintf("Consent %s does not cover %s.", c.Reference, strings.Join(missing, ", "))
	}
	return ""
}

// State is a one-word summary for the registry list.
func (c Consent) State(today string) string {
	switch {
	case c.RevokedOn != "" && c.RevokedOn <= today:
		return "Revoked"
	case c.ExpiresOn != "" && c.ExpiresOn < today:
		return "Expired"
	case c.SignedOn > today:
		return "Not yet valid"
	}
	return "Live"
}

// ErrConsentNotFound means the consent was deleted or never existed.
var ErrConsentNotFound = errors.New("consent not found")

// Today is the current date in the clinic's time zone.
func (s *Service) Today(ctx context.Context) string {
	loc, err := s.Zone(ctx)
	if err != nil {
		// An unreadable profile or unknown zone: UTC, at most a day off;
		// the profile screen and the calendar say what to fix.
		loc = time.UTC
	}
	return s.now().In(loc).Format(DateLayout)
}

// Consents lists the registry, most recently signed first.
func (s *Service) Consents(ctx context.Context) ([]Consent, error) {
	rows, err := s.db.Read().QueryContext(ctx, `SELECT id, reference, signed_on, expires_on, revoked_on, scope_networks, scope_text, scope_photo, form_location, notes
		FROM consents ORDER BY signed_on DESC, id DESC`)
	if err != nil {
		return nil, fmt.Errorf("reading consents: %w", err)
	}
	defer rows.Close()
	var out []Consent
	for rows.Next() {
		c, err := scanConsent(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

type rowScanner interface{ Scan(dest ...any) error }

func scanConsent(r rowScanner) (Consent, error) {
	var c Consent
	var networks string
	err := r.Scan(&c.ID, &c.Reference, &c.SignedOn, &c.ExpiresOn, &c.RevokedOn, &networks, &c.CoversText, &c.CoversPhoto, &c.FormLocation, &c.Notes)
	if errors.Is(err, sql.ErrNoRows) {
		return Consent{}, ErrConsentNotFound
	}
	if err != nil {
		return Consent{}, fmt.Errorf("reading consent: %w", err)
	}
	c.Networks = splitNetworks(networks)
	return c, nil
}

// Consent loads one consent.
func (s *Service) Consent(ctx context.Context, id int64) (Consent, error) {
	return scanConsent(s.db.Read().QueryRowContext(ctx, `SELECT id, reference, signed_on, expires_on, revoked_on, scope_networks, scope_text, scope_photo, form_location, notes
		FROM consents WHERE id = ?`, id))
}

// SaveConsent creates (ID 0) or updates a consent and returns its ID. A
// revocation date that is new or changed revokes it, as RevokeConsent does:
// in the same transaction, drafts that relied on it stop being ready.
func (s *Service) SaveConsent(ctx context.Context, c Consent) (int64, error) {
	c.Reference = strings.TrimSpace(c.Reference)
	if err := c.Validate(); err != nil {
		return 0, err
	}
	now := s.stamp()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("saving consent: %w", err)
	}
	defer tx.Rollback()
	if c.ID == 0 {
		res, err := tx.ExecContext(ctx, `INSERT INTO consents (reference, signed_on, expires_on, revoked_on, scope_networks, scope_text, scope_photo, form_location, notes, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			c.Reference, c.SignedOn, c.ExpiresOn, c.RevokedOn, joinNetworks(c.Networks), c.CoversText, c.CoversPhoto, c.FormLocation, c.Notes, now, now)
		if err != nil {
			return 0, consentWriteError(c, err)
		}
		if c.ID, err = res.LastInsertId(); err != nil {
			return 0, fmt.Errorf("saving consent: %w", err)
		}
	} else {
		var wasRevoked string
		err := tx.QueryRowContext(ctx, `SELECT revoked_on FROM consents WHERE id = ?`, c.ID).Scan(&wasRevoked)
		if errors.Is(err, sql.ErrNoRows) {
			return 0, ErrConsentNotFound
		}
		if err != nil {
			return 0, fmt.Errorf("saving consent: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE consents SET reference = ?, signed_on = ?, expires_on = ?, revoked_on = ?, scope_networks = ?,
			scope_text = ?, scope_photo = ?, form_location = ?, notes = ?, updated_at = ? WHERE id = ?`,
			c.Reference, c.SignedOn, c.ExpiresOn, c.RevokedOn, joinNetworks(c.Networks), c.CoversText, c.CoversPhoto, c.FormLocation, c.Notes, now, c.ID); err != nil {
			return 0, consentWriteError(c, err)
		}
		if c.RevokedOn != "" && c.RevokedOn != wasRevoked {
			if err := s.unreadyDraftsUsing(ctx, tx, c.ID); err != nil {
				return 0, fmt.Errorf("revoking consent: %w", err)
			}
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("saving consent: %w", err)
	}
	return c.ID, nil
}

func consentWriteError(c Consent, err error) error {
	if strings.Contains(err.Error(), "UNIQUE") {
		return fmt.Errorf("a consent with reference %q is already in the registry", c.Reference)
	}
	return fmt.Errorf("saving consent: %w", err)
}

// RevokeConsent records the revocation date and, in the same transaction,
// takes the drafts that used the consent out of ready; it returns those
// drafts, so staff can take the posts down or hold them.
func (s *Service) RevokeConsent(ctx context.Context, id int64, on string) ([]DraftSummary, error) {
	if _, err := time.Parse(DateLayout, on); err != nil {
		return nil, fmt.Errorf("enter the revocation date as YYYY-MM-DD")
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("revoking consent: %w", err)
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `UPDATE consents SET revoked_on = ?, updated_at = ? WHERE id = ?`, on, s.stamp(), id)
	if err != nil {
		return nil, fmt.Errorf("revoking consent: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return nil, ErrConsentNotFound
	}
	if err := s.unreadyDraftsUsing(ctx, tx, id); err != nil {
		return nil, fmt.Errorf("revoking consent: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("revoking consent: %w", err)
	}
	return s.DraftsUsingConsent(ctx, id)
}

// unreadyDraftsUsing takes the ready (or approved) drafts that rely on the
// consent back to draft: what was checked no longer holds.
func (s *Service) unreadyDraftsUsing(ctx context.Context, tx *sql.Tx, consentID int64) error {
	rows, err := tx.QueryContext(ctx, `SELECT id FROM drafts WHERE consent_id = ? AND status = 'ready'`, consentID)
	if err != nil {
		return err
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	_, err = s.moveStatus(ctx, tx, statusChange{to: StatusDraft}, ids...)
	return err
}

// DraftsUsingConsent lists every draft linked to the consent.
func (s *Service) DraftsUsingConsent(ctx context.Context, id int64) ([]DraftSummary, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id FROM drafts WHERE consent_id = ? ORDER BY updated_at DESC`, id)
	if err != nil {
		return nil, fmt.Errorf("finding drafts that use the consent: %w", err)
	}
	var ids []int64
	for rows.Next() {
		var did int64
		if err := rows.Scan(&did); err != nil {
			rows.Close()
			return nil, err
		}
		ids = append(ids, did)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("finding drafts that use the consent: %w", err)
	}
	var out []DraftSummary
	for _, did := range ids {
		d, err := s.Draft(ctx, did)
		if err != nil {
			return nil, err
		}
		out = append(out, DraftSummary{ID: d.ID, Title: d.DisplayTitle(), Snippet: snippet(d.Body, 90, "(empty)"), Status: d.Status, Networks: d.Networks, UpdatedAt: d.UpdatedAt})
	}
	return out, nil
}

// DeleteConsent removes a consent no draft uses; one in use must be revoked
// instead, so the record of what was authorised survives.
func (s *Service) DeleteConsent(ctx context.Context, id int64) error {
	var uses int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM drafts WHERE consent_id = ?`, id).Scan(&uses); err != nil {
		return fmt.Errorf("deleting consent: %w", err)
	}
	if uses > 0 {
		return fmt.Errorf("this consent is linked to %d draft(s); revoke it instead of deleting it, so the record is kept", uses)
	}
	if _, err := s.db.ExecContext(ctx, `DELETE FROM consents WHERE id = ?`, id); err != nil {
		return fmt.Errorf("deleting consent: %w", err)
	}
	return nil
}
