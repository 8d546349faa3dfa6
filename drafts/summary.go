package drafts

import (
	"context"
	"fmt"
	"strings"

	"github.com/carepost/carepost/store"
)

// snippetSource is how much of a body the drafts list reads: enough for a
// row's snippet (90 characters) and an untitled draft's title (60) after
// runs of spaces and new lines are folded, never the whole text.
const snippetSource = 240

// Drafts lists drafts, newest change first, as the drafts list shows them:
// title, status, networks, when it last changed and a snippet of the text.
// Bodies are not read whole: the database cuts the snippet's source
// (substr), so a page of the list costs the same however long the drafts
// or however many there are. It reads from the read-only pool.
func (s *Service) Drafts(ctx context.Context, f DraftFilter) ([]DraftSummary, error) {
	where, args := f.where()
	q := `SELECT id, title, substr(body, 1, ?), status, review_state, networks, updated_at FROM drafts WHERE ` + where
	args = append([]any{snippetSource}, args...)
	if f.Before != nil {
		at := store.Stamp(f.Before.UpdatedAt)
		q += ` AND (updated_at < ? OR (updated_at = ? AND id < ?))`
		args = append(args, at, at, f.Before.ID)
	}
	q += ` ORDER BY updated_at DESC, id DESC`
	if f.Limit > 0 || f.Offset > 0 {
		limit := f.Limit
		if limit <= 0 {
			limit = -1 // SQLite: no limit
		}
		q += ` LIMIT ? OFFSET ?`
		args = append(args, limit, max(f.Offset, 0))
	}
	rows, err := s.db.Read().QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("listing drafts: %w", err)
	}
	defer rows.Close()
	var out []DraftSummary
	if f.Limit > 0 {
		out = make([]DraftSummary, 0, f.Limit)
	}
	for rows.Next() {
		var d DraftSummary
		var start, review, networks, updated string
		if err := rows.Scan(&d.ID, &d.Title, &start, &d.Status, &review, &networks, &updated); err != nil {
			return nil, fmt.Errorf("listing drafts: %w", err)
		}
		d.Status = loadedStatus(d.Status, review)
		d.Networks = splitNetworks(networks)
		d.UpdatedAt = parseStamp(updated)
		d.Snippet = snippet(start, 90, "(empty)")
		if strings.TrimSpace(d.Title) == "" {
			d.Title = snippet(start, 60, "Untitled draft")
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// CountDrafts is how many drafts f matches, whatever its Limit, Offset and
// Before: the length of the whole list.
func (s *Service) CountDrafts(ctx context.Context, f DraftFilter) (int, error) {
	where, args := f.where()
	var n int
	if err := s.db.Read().QueryRowContext(ctx, `SELECT count(*) FROM drafts WHERE `+where, args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("counting drafts: %w", err)
	}
	return n, nil
}

// where is the condition for f's status and search words.
func (f DraftFilter) where() (string, []any) {
	q := `1 = 1`
	var args []any
	switch f.Status {
	case "":
	case StatusInReview:
		q += ` AND status = 'draft' AND review_state = 'in_review'`
	default:
		// "draft" includes drafts in review: they are still being worked on.
		q += ` AND status = ?`
		args = append(args, string(f.Status))
	}
	if term := strings.TrimSpace(f.Query); term != "" {
		q += ` AND (title LIKE ? ESCAPE '\' OR body LIKE ? ESCAPE '\')`
		like := "%" + escapeLike(term) + "%"
		args = append(args, like, like)
	}
	return q, args
}

// DraftTitles is the title staff see for each of the drafts ids (its
// title, or the start of its text when untitled), read without the
// drafts' text; ids of drafts that no longer exist are left out.
func (s *Service) DraftTitles(ctx context.Context, ids []int64) (map[int64]string, error) {
	out := make(map[int64]string, len(ids))
	for len(ids) > 0 {
		chunk := ids[:min(len(ids), 500)]
		ids = ids[len(chunk):]
		args := make([]any, len(chunk))
		for i, id := range chunk {
			args[i] = id
		}
		rows, err := s.db.Read().QueryContext(ctx, `SELECT id, title, substr(body, 1, ?) FROM drafts WHERE id IN (?`+strings.Repeat(`, ?`, len(chunk)-1)+`)`,
			append([]any{snippetSource}, args...)...)
		if err != nil {
			return nil, fmt.Errorf("reading draft titles: %w", err)
		}
		for rows.Next() {
			var id int64
			var title, start string
			if err := rows.Scan(&id, &title, &start); err != nil {
				rows.Close()
				return nil, fmt.Errorf("reading draft titles: %w", err)
			}
			out[id] = Draft{Title: title, Body: start}.DisplayTitle()
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, fmt.Errorf("reading draft titles: %w", err)
		}
	}
	return out, nil
}
