package inbox

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/carepost/carepost/network"
)

// DefaultPageSize is how many items a page holds unless asked otherwise.
const DefaultPageSize = 50

// Filter picks items. Zero fields do not filter.
type Filter struct {
	State     State
	Unread    bool
	Network   network.Network
	AccountID int64
	Kind      Kind
	Assignee  string
	Label     string
	// Search is words to find (full-text, every word, each as a prefix),
	// in the text, the author's handle or name.
	Search string
	Limit  int // 0: DefaultPageSize
	// After continues from the last item of a previous page.
	After *PageKey
}

// PageKey is where a page ended, in the list's order: urgent first, then
// newest first (to the second), then the newer id (SearchKey).
type PageKey struct {
	Urgent    bool
	CreatedAt time.Time
	ID        int64
}

// Page is one page of items and where the next one starts (nil: no more).
type Page struct {
	Items []Item
	Next  *PageKey
}

// matchQuery turns what staff typed into an FTS5 query: each word quoted
// (so nothing typed is read as FTS syntax) and matched as a prefix, every
// word required. "" when nothing searchable was typed.
func matchQuery(q string) string {
	words := strings.FieldsFunc(q, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r) && r != '@' && r != '.' && r != '_' && r != '-'
	})
	var parts []string
	for _, w := range words {
		w = strings.Trim(w, "@.-_")
		if w == "" {
			continue
		}
		parts = append(parts, `"`+strings.ReplaceAll(w, `"`, `""`)+`"*`)
	}
	return strings.Join(parts, " ")
}

// where builds the filter's WHERE clause and arguments, but for the
// search, which List and Count join in themselves.
func (f Filter) where() (string, []any) {
	var conds []string
	var args []any
	if f.State != "" {
		conds = append(conds, "state = ?")
		args = append(args, string(f.State))
	}
	// A unary + keeps the planner from reading by these columns' indexes
	// and sorting: a page walks the list's order index and stops after a
	// page, which is faster for every filter staff use.
	if f.Unread {
		conds = append(conds, "+read = 0")
	}
	if f.Network != "" {
		conds = append(conds, "+network = ?")
		args = append(args, string(f.Network))
	}
	if f.AccountID != 0 {
		conds = append(conds, "+account_id = ?")
		args = append(args, f.AccountID)
	}
	if f.Kind != "" {
		conds = append(conds, "+kind = ?")
		args = append(args, string(f.Kind))
	}
	if f.Assignee != "" {
		conds = append(conds, "+assignee = ?")
		args = append(args, f.Assignee)
	}
	if f.Label != "" {
		conds = append(conds, "id IN (SELECT item_id FROM inbox_labels WHERE label = ?)")
		args = append(args, f.Label)
	}
	if k := f.After; k != nil && matchQuery(f.Search) == "" {
		conds = append(conds, "search_key < ?")
		args = append(args, SearchKey(k.Urgent, k.CreatedAt, k.ID))
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

// List is one page of the items f picks: urgent ones first, then newest
// first.
func (s *Store) List(ctx context.Context, f Filter) (Page, error) {
	limit := f.Limit
	if limit <= 0 {
		limit = DefaultPageSize
	}
	where, args := f.where()
	query := `SELECT ` + itemColumns + ` FROM inbox_items` + where + ` ORDER BY search_key DESC LIMIT ?`
	if q := matchQuery(f.Search); q != "" {
		// The matches come from the full-text index newest first (its
		// row key is the list's order, SearchKey), each joined to its
		// item and filtered, until a page is full.
		before := int64(1<<63 - 1)
		if k := f.After; k != nil {
			before = SearchKey(k.Urgent, k.CreatedAt, k.ID)
		}
		and := " WHERE "
		if where != "" {
			and = where + " AND "
		}
		query = `SELECT ` + itemColumns + ` FROM (SELECT rowid AS k FROM inbox_fts WHERE inbox_fts MATCH ? AND rowid < ? ORDER BY rowid DESC) AS m
			JOIN inbox_items ON inbox_items.search_key = m.k` + and + `1 ORDER BY m.k DESC LIMIT ?`
		args = append([]any{q, before}, args...)
	}
	rows, err := s.db.Read().QueryContext(ctx, query, append(args, limit+1)...)
	if err != nil {
		return Page{}, fmt.Errorf("reading the inbox: %w", err)
	}
	defer rows.Close()
	var p Page
	for rows.Next() {
		it, err := scanItem(rows, false)
		if err != nil {
			return Page{}, fmt.Errorf("reading the inbox: %w", err)
		}
		p.Items = append(p.Items, it)
	}
	if err := rows.Err(); err != nil {
		return Page{}, fmt.Errorf("reading the inbox: %w", err)
	}
	if len(p.Items) > limit {
		p.Items = p.Items[:limit]
		last := p.Items[limit-1]
		p.Next = &PageKey{Urgent: last.Urgent, CreatedAt: last.CreatedAt, ID: last.ID}
	}
	if err := s.addLabels(ctx, p.Items); err != nil {
		return Page{}, err
	}
	return p, nil
}

// Count is how many items f picks (its Limit and After ignored).
func (s *Store) Count(ctx context.Context, f Filter) (int, error) {
	f.After = nil
	where, args := f.where()
	if q := matchQuery(f.Search); q != "" {
		if where == "" {
			where = " WHERE "
		} else {
			where += " AND "
		}
		where += "search_key IN (SELECT rowid FROM inbox_fts WHERE inbox_fts MATCH ?)"
		args = append(args, q)
	}
	var n int
	if err := s.db.Read().QueryRowContext(ctx, `SELECT count(*) FROM inbox_items`+where, args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("counting the inbox: %w", err)
	}
	return n, nil
}

// Unread is how many items nobody has opened yet (the sidebar's count).
func (s *Store) Unread(ctx context.Context) (int, error) {
	var n int
	// read = 0 without the list's unary +: the count reads the partial
	// index of unread items.
	if err := s.db.Read().QueryRowContext(ctx, `SELECT count(*) FROM inbox_items WHERE read = 0`).Scan(&n); err != nil {
		return 0, fmt.Errorf("counting unread items: %w", err)
	}
	return n, nil
}

// Labels are the labels in use, A to Z.
func (s *Store) Labels(ctx context.Context) ([]string, error) {
	return s.strings(ctx, `SELECT DISTINCT label FROM inbox_labels ORDER BY label`)
}

// Assignees are the names items are assigned to, A to Z.
func (s *Store) Assignees(ctx context.Context) ([]string, error) {
	return s.strings(ctx, `SELECT DISTINCT assignee FROM inbox_items WHERE assignee <> '' ORDER BY assignee`)
}

func (s *Store) strings(ctx context.Context, query string, args ...any) ([]string, error) {
	rows, err := s.db.Read().QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("reading the inbox: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			return nil, fmt.Errorf("reading the inbox: %w", err)
		}
		out = append(out, v)
	}
	return out, rows.Err()
}
