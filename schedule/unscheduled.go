package schedule

import (
	"context"
	"fmt"

	"github.com/carepost/carepost/drafts"
)

// unscheduledWhere picks the ready drafts that nothing is going out for:
// none of their publications is queued, paused, publishing or published
// (one that failed, is held, waits for a reconnect or was cancelled does
// not count: the draft still needs a time).
const unscheduledWhere = `d.status = 'ready' AND NOT EXISTS (
		SELECT 1 FROM publications AS p
		WHERE p.draft_id = d.id AND p.state IN ('queued', 'paused', 'publishing', 'published'))`

// ReadyUnscheduled lists ready drafts not yet scheduled, newest change
// first, at most limit of them (0: all), and how many there are in all. A
// row has the draft's title (the start of its text when untitled), its
// networks and when it last changed; bodies are not read. It reads from
// the read-only pool.
func (s *Store) ReadyUnscheduled(ctx context.Context, limit int) ([]drafts.DraftSummary, int, error) {
	var total int
	if err := s.db.Read().QueryRowContext(ctx, `SELECT count(*) FROM drafts AS d WHERE `+unscheduledWhere).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("listing drafts to schedule: %w", err)
	}
	if limit <= 0 {
		limit = -1 // SQLite: no limit
	}
	rows, err := s.db.Read().QueryContext(ctx, `SELECT d.id, d.title, substr(d.body, 1, 120), d.networks, d.updated_at
		FROM drafts AS d WHERE `+unscheduledWhere+`
		ORDER BY d.updated_at DESC, d.id DESC LIMIT ?`, limit)
	if err != nil {
		return nil, 0, fmt.Errorf("listing drafts to schedule: %w", err)
	}
	defer rows.Close()
	var out []drafts.DraftSummary
	for rows.Next() {
		var id int64
		var title, start, networks, updated string
		if err := rows.Scan(&id, &title, &start, &networks, &updated); err != nil {
			return nil, 0, fmt.Errorf("listing drafts to schedule: %w", err)
		}
		nets, _ := drafts.ParseNetworks(networks) // stored by CarePost; an unknown name is dropped
		out = append(out, drafts.DraftSummary{
			ID:        id,
			Title:     drafts.Draft{Title: title, Body: start}.DisplayTitle(),
			Status:    drafts.StatusReady,
			Networks:  nets,
			UpdatedAt: parseStamp(updated),
		})
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("listing drafts to schedule: %w", err)
	}
	return out, total, nil
}
