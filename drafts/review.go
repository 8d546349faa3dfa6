package drafts

import (
	"context"
	"errors"
	"fmt"
	"strings"
)

// ReviewedFinding is a privacy finding in one of a draft's texts, with the
// user's override when they chose to keep it.
type ReviewedFinding struct {
	Finding
	// Variant is the network whose own version holds the finding; empty for
	// the main text.
	Variant        Network
	Overridden     bool
	OverrideReason string
}

// Review is everything that stands between a draft and "ready".
type Review struct {
	Counts   []Count
	Findings []ReviewedFinding
	// Blockers are plain sentences; the draft can be marked ready when
	// there are none.
	Blockers []string
}

// Open counts findings not yet overridden.
func (r Review) Open() int {
	n := 0
	for _, f := range r.Findings {
		if !f.Overridden {
			n++
		}
	}
	return n
}

// NotReadyError lists why a draft cannot be marked ready.
type NotReadyError struct{ Blockers []string }

func (e *NotReadyError) Error() string {
	return "not ready yet: " + strings.Join(e.Blockers, " ")
}

// Review checks d as it stands in the editor (saved or not).
func (s *Service) Review(ctx context.Context, d Draft) (Review, error) {
	profile, err := s.profileOrEmpty(ctx)
	if err != nil {
		return Review{}, err
	}
	overrides, err := s.overrides(ctx, d.ID)
	if err != nil {
		return Review{}, err
	}
	var r Review
	if strings.TrimSpace(d.Body) == "" {
		r.Blockers = append(r.Blockers, "Write the post's text.")
	}
	if len(d.Networks) == 0 {
		r.Blockers = append(r.Blockers, "Choose at least one network to post to.")
	}

	r.Counts = make([]Count, 0, len(d.Networks))
	for _, n := range d.Networks {
		c := CountText(n, d.TextFor(n))
		r.Counts = append(r.Counts, c)
		if c.Over {
			msg := fmt.Sprintf("Too long for %s.", n.Label())
			if len(c.Problems) > 0 {
				msg = strings.Join(c.Problems, " ")
			}
			r.Blockers = append(r.Blockers, msg+" Shorten the text or write a separate "+n.Label()+" version.")
		}
	}

	texts := []struct {
		variant Network
		text    string
	}{{"", d.Body}}
	for _, n := range d.Networks {
		if v, ok := d.Variants[n]; ok && strings.TrimSpace(v) != "" {
			texts = append(texts, struct {
				variant Network
				text    string
			}{n, v})
		}
	}
	var handles []string
	if s.OwnHandles != nil {
		handles = s.OwnHandles(ctx)
	}
	for _, t := range texts {
		for _, f := range CheckPrivacy(t.text, CheckOptions{Profile: profile, OwnHandles: handles}) {
			rf := ReviewedFinding{Finding: f, Variant: t.variant}
			// An override of a kind that can never be kept (an older
			// version stored them) is ignored: it stays a blocker.
			if reason, ok := overrides[overrideKey(f)]; ok && f.Keepable() {
				rf.Overridden, rf.OverrideReason = true, reason
			}
			r.Findings = append(r.Findings, rf)
		}
	}
	never := 0
	for _, f := range r.Findings {
		if !f.Keepable() {
			never++
		}
	}
	if open := r.Open() - never; open > 0 {
		r.Blockers = append(r.Blockers, fmt.Sprintf("%d possible patient detail(s) are highlighted: edit them out, or override each with a reason.", open))
	}
	if never > 0 {
		r.Blockers = append(r.Blockers, fmt.Sprintf("%d detail(s) can never be posted (record or ID numbers, dates of birth, phone numbers or email addresses that are not the clinic's): remove them from the text.", never))
	}

	showsPerson := false
	for i, img := range d.Images {
		label := fmt.Sprintf("Picture %d (%s)", i+1, img.OriginalName)
		if strings.TrimSpace(img.AltText) == "" {
			r.Blockers = append(r.Blockers, label+" needs a description (alt text) for people who use screen readers.")
		}
		showsPerson = showsPerson || img.ShowsPerson
		for _, n := range d.Networks {
			if problem := CheckImage(n, img.MIMEType, img.Size); problem != "" {
				r.Blockers = append(r.Blockers, label+": "+problem)
			}
		}
	}
	for _, n := range d.Networks {
		if max := ImageRuleFor(n).MaxCount; max > 0 && len(d.Images) > max {
			r.Blockers = append(r.Blockers, fmt.Sprintf("%s takes at most %d picture(s) in a post; this draft has %d.", n.Label(), max, len(d.Images)))
		}
	}

	// A person named next to a health detail, both kept, is a patient
	// story whatever the "patient story" box says.
	namesPatient := r.NamesPersonWithHealthDetail()
	story := d.PatientStory || namesPatient
	if story || showsPerson {
		why := "This is a patient story"
		switch {
		case !d.PatientStory && namesPatient:
			why = "This names a person next to a health detail, so it is a patient story"
		case !story:
			why = "A picture shows a person"
		}
		need := ConsentNeed{Networks: d.Networks, Text: story, Photo: showsPerson}
		if d.ConsentID == 0 {
			r.Blockers = append(r.Blockers, why+": link the patient's signed consent that covers "+need.Describe()+" (Consents) before marking it ready.")
		} else {
			c, err := s.Consent(ctx, d.ConsentID)
			if err != nil {
				return Review{}, err
			}
			if problem := c.Problem(s.Today(ctx), need); problem != "" {
				r.Blockers = append(r.Blockers, why+": "+problem)
			}
		}
	}
	return r, nil
}

// NamesPersonWithHealthDetail reports whether the draft keeps (overrides)
// both a person's name or handle and a health detail: together they tell a
// patient's story, which needs the patient's consent.
func (r Review) NamesPersonWithHealthDetail() bool {
	name, health := false, false
	for _, f := range r.Findings {
		if !f.Overridden {
			continue
		}
		name = name || f.Kind == KindName || f.Kind == KindHandle
		health = health || f.Kind == KindCondition
	}
	return name && health
}

// MarkReady marks the stored draft ready, or returns *NotReadyError.
func (s *Service) MarkReady(ctx context.Context, id int64) error {
	d, err := s.Draft(ctx, id)
	if err != nil {
		return err
	}
	r, err := s.Review(ctx, d)
	if err != nil {
		return err
	}
	if len(r.Blockers) > 0 {
		return &NotReadyError{Blockers: r.Blockers}
	}
	return s.setStatus(ctx, id, StatusReady)
}

func overrideKey(f Finding) string { return string(f.Kind) + "\x00" + f.Text }

func (s *Service) overrides(ctx context.Context, draftID int64) (map[string]string, error) {
	out := map[string]string{}
	if draftID == 0 {
		return out, nil
	}
	rows, err := s.db.Read().QueryContext(ctx, `SELECT kind, text, reason FROM privacy_overrides WHERE draft_id = ?`, draftID)
	if err != nil {
		return nil, fmt.Errorf("reading privacy overrides: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var kind, text, reason string
		if err := rows.Scan(&kind, &text, &reason); err != nil {
			return nil, err
		}
		out[kind+"\x00"+text] = reason
	}
	return out, rows.Err()
}

// ErrNeverKept means the finding is of a kind that can never be kept
// (FindingKind.Keepable): the text must change.
var ErrNeverKept = errors.New("this can never be posted, whatever the reason: remove it from the text")

func neverKeptWhat(k FindingKind) string {
	switch k {
	case KindIdentifier:
		return "a record, insurance or ID number"
	case KindBirthDate:
		return "a date of birth"
	case KindPhone:
		return "a phone number that is not the clinic's"
	case KindEmail:
		return "an email address that is not the clinic's"
	}
	return "a detail that identifies a patient"
}

// OverrideFinding keeps a flagged span, with the reason the user typed.
// The same kind of finding on the same words stays overridden while it is
// in the text. A finding that is not Keepable is refused with ErrNeverKept,
// and a reason that ValidateKeepReason refuses with its error.
func (s *Service) OverrideFinding(ctx context.Context, draftID int64, f Finding, reason string) error {
	if !f.Keepable() {
		return fmt.Errorf("%q is %s: %w", f.Text, neverKeptWhat(f.Kind), ErrNeverKept)
	}
	reason = strings.TrimSpace(reason)
	if err := ValidateKeepReason(reason); err != nil {
		return fmt.Errorf("keeping %q: %w", f.Text, err)
	}
	_, err := s.db.ExecContext(ctx, `INSERT INTO privacy_overrides (draft_id, kind, text, reason, created_at) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (draft_id, kind, text) DO UPDATE SET reason = excluded.reason, created_at = excluded.created_at`,
		draftID, string(f.Kind), f.Text, reason, s.stamp())
	if err != nil {
		return fmt.Errorf("saving the override: %w", err)
	}
	return nil
}

// RemoveOverride flags the span again.
func (s *Service) RemoveOverride(ctx context.Context, draftID int64, f Finding) error {
	_, err := s.db.ExecContext(ctx, `DELETE FROM privacy_overrides WHERE draft_id = ? AND kind = ? AND text = ?`, draftID, string(f.Kind), f.Text)
	if err != nil {
		return fmt.Errorf("removing the override: %w", err)
	}
	return nil
}
