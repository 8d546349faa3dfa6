package drafts

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
)

// Privacy fixes: how many findings staff fixed by editing, for the monthly
// summary's safety record. A draft keeps its texts' finding counts by kind
// as of its last save; a save with fewer of a kind records the difference
// as fixed. Kept findings still count as found, so keeping one is not a
// fix; only kinds and numbers are stored, never the flagged text.

// findingCounts counts the privacy findings in a draft's texts by kind,
// as the editor's review finds them.
func (s *Service) findingCounts(ctx context.Context, d Draft) (map[FindingKind]int, error) {
	profile, err := s.profileOrEmpty(ctx)
	if err != nil {
		return nil, err
	}
	var handles []string
	if s.OwnHandles != nil {
		handles = s.OwnHandles(ctx)
	}
	counts := map[FindingKind]int{}
	texts := []string{d.Body}
	for _, v := range d.Variants {
		texts = append(texts, v)
	}
	for _, t := range texts {
		for _, f := range CheckPrivacy(t, CheckOptions{Profile: profile, OwnHandles: handles}) {
			counts[f.Kind]++
		}
	}
	return counts, nil
}

// recordFixes stores a draft's new finding counts and, for each kind that
// has fewer findings than at the last save, a fix of the difference.
func (s *Service) recordFixes(ctx context.Context, tx *sql.Tx, draftID int64, counts map[FindingKind]int) error {
	var raw string
	if err := tx.QueryRowContext(ctx, `SELECT privacy_counts FROM drafts WHERE id = ?`, draftID).Scan(&raw); err != nil {
		return fmt.Errorf("reading the draft's privacy findings: %w", err)
	}
	old := map[FindingKind]int{}
	if err := json.Unmarshal([]byte(raw), &old); err != nil {
		old = map[FindingKind]int{} // an unreadable record starts afresh
	}
	at := s.stamp()
	for kind, n := range old {
		if fixed := n - counts[kind]; fixed > 0 {
			if _, err := tx.ExecContext(ctx, `INSERT INTO privacy_fixes (draft_id, kind, n, fixed_at) VALUES (?, ?, ?, ?)`,
				draftID, string(kind), fixed, at); err != nil {
				return fmt.Errorf("recording fixed privacy findings: %w", err)
			}
		}
	}
	b, err := json.Marshal(counts)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE drafts SET privacy_counts = ? WHERE id = ?`, string(b), draftID); err != nil {
		return fmt.Errorf("recording the draft's privacy findings: %w", err)
	}
	return nil
}
