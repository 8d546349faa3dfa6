package inbox

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/carepost/carepost/network"
	"github.com/carepost/carepost/store"
)

// update runs one UPDATE on an item and fails with ErrNotFound when there
// is no such item.
func (s *Store) update(ctx context.Context, id int64, what, set string, args ...any) error {
	res, err := s.db.ExecContext(ctx, `UPDATE inbox_items SET `+set+` WHERE id = ?`, append(args, id)...)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return fmt.Errorf("%s: inbox item %d: %w", what, id, ErrNotFound)
	}
	return nil
}

// SetState moves an item to new or done (and back). Done also marks it read.
func (s *Store) SetState(ctx context.Context, id int64, st State) error {
	if _, err := ParseState(string(st)); err != nil {
		return err
	}
	if st == StateDone {
		return s.update(ctx, id, "marking the item done", `state = 'done', read = 1`)
	}
	return s.update(ctx, id, "reopening the item", `state = 'new'`)
}

// SetRead marks an item read or unread.
func (s *Store) SetRead(ctx context.Context, id int64, read bool) error {
	return s.update(ctx, id, "marking the item read", `read = ?`, read)
}

// Assign gives an item to a staff member ("" unassigns it).
func (s *Store) Assign(ctx context.Context, id int64, name string) error {
	return s.update(ctx, id, "assigning the item", `assignee = ?`, strings.TrimSpace(name))
}

// SetNote keeps a private internal note on an item (never sent anywhere).
func (s *Store) SetNote(ctx context.Context, id int64, note string) error {
	return s.update(ctx, id, "saving the note", `note = ?`, note)
}

// AddLabel labels an item ("spam", "abuse", "billing", …).
func (s *Store) AddLabel(ctx context.Context, id int64, label string) error {
	label = strings.TrimSpace(label)
	if label == "" {
		return errors.New("a label needs a name")
	}
	if _, err := s.db.ExecContext(ctx, `INSERT INTO inbox_labels (item_id, label) SELECT id, ? FROM inbox_items WHERE id = ?
		ON CONFLICT DO NOTHING`, label, id); err != nil {
		return fmt.Errorf("labelling the item: %w", err)
	}
	return nil
}

// RemoveLabel takes a label off an item.
func (s *Store) RemoveLabel(ctx context.Context, id int64, label string) error {
	if _, err := s.db.ExecContext(ctx, `DELETE FROM inbox_labels WHERE item_id = ? AND label = ?`, id, label); err != nil {
		return fmt.Errorf("removing the label: %w", err)
	}
	return nil
}

// DeleteAuthor deletes every item one author wrote on one network (their
// labels and notes with them) and says how many. The clinic's own answers
// stay in the reply record, no longer tied to an item.
func (s *Store) DeleteAuthor(ctx context.Context, n network.Network, author string) (int, error) {
	if strings.TrimSpace(author) == "" {
		return 0, errors.New("say whose messages to delete")
	}
	res, err := s.db.ExecContext(ctx, `DELETE FROM inbox_items WHERE network = ? AND author = ?`, string(n), author)
	if err != nil {
		return 0, fmt.Errorf("deleting %s's messages: %w", author, err)
	}
	k, _ := res.RowsAffected()
	return int(k), nil
}

// ApplyRetention removes the text (and internal note) of every item older
// than keep; the items stay, so counts and response times do not change.
// keep ≤ 0 keeps everything.
func (s *Store) ApplyRetention(ctx context.Context, keep time.Duration) (int, error) {
	if keep <= 0 {
		return 0, nil
	}
	now := s.now()
	res, err := s.db.ExecContext(ctx, `UPDATE inbox_items SET text = '', note = '', body_removed_at = ?
		WHERE body_removed_at = '' AND created_at < ?`, store.Stamp(now), store.Stamp(now.Add(-keep)))
	if err != nil {
		return 0, fmt.Errorf("removing old message bodies: %w", err)
	}
	k, _ := res.RowsAffected()
	return int(k), nil
}

// MarkAnsweredTx records, inside the transaction that records a sent
// reply, who answered the item and when, and its first-response time; a
// later answer leaves the first one as it was. The publishing engine
// calls it, so "answered" is never recorded without the reply, nor the
// other way round. The item is also marked done and read.
func MarkAnsweredTx(ctx context.Context, tx *sql.Tx, itemID int64, by string, at time.Time) error {
	_, err := tx.ExecContext(ctx, `UPDATE inbox_items SET
			answered_by = CASE WHEN answered_at = '' THEN ? ELSE answered_by END,
			response_seconds = CASE WHEN answered_at = '' THEN max(0, CAST(round((julianday(?) - julianday(created_at)) * 86400) AS INTEGER)) ELSE response_seconds END,
			answered_at = CASE WHEN answered_at = '' THEN ? ELSE answered_at END,
			state = 'done', read = 1
		WHERE id = ?`, by, julian(at), store.Stamp(at), itemID)
	if err != nil {
		return fmt.Errorf("recording the answer on inbox item %d: %w", itemID, err)
	}
	return nil
}

// julian is t as SQLite's julianday() reads it.
func julian(t time.Time) string { return t.UTC().Format("2006-01-02 15:04:05.000") }

// SavedReply is one of the clinic's own saved answers.
type SavedReply struct {
	ID   int64
	Name string
	Text string
}

// SavedReplies are the clinic's own saved replies, by name.
func (s *Store) SavedReplies(ctx context.Context) ([]SavedReply, error) {
	rows, err := s.db.Read().QueryContext(ctx, `SELECT id, name, text FROM inbox_saved_replies ORDER BY name`)
	if err != nil {
		return nil, fmt.Errorf("reading saved replies: %w", err)
	}
	defer rows.Close()
	var out []SavedReply
	for rows.Next() {
		var r SavedReply
		if err := rows.Scan(&r.ID, &r.Name, &r.Text); err != nil {
			return nil, fmt.Errorf("reading saved replies: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// SaveReply keeps a saved reply under its name (replacing one of the same
// name).
func (s *Store) SaveReply(ctx context.Context, name, text string) error {
	name, text = strings.TrimSpace(name), strings.TrimSpace(text)
	if name == "" || text == "" {
		return errors.New("a saved reply needs a name and a text")
	}
	_, err := s.db.ExecContext(ctx, `INSERT INTO inbox_saved_replies (name, text, created_at) VALUES (?, ?, ?)
		ON CONFLICT (name) DO UPDATE SET text = excluded.text`, name, text, store.Stamp(s.now()))
	if err != nil {
		return fmt.Errorf("saving the reply %q: %w", name, err)
	}
	return nil
}

// DeleteSavedReply removes one of the clinic's saved replies.
func (s *Store) DeleteSavedReply(ctx context.Context, id int64) error {
	if _, err := s.db.ExecContext(ctx, `DELETE FROM inbox_saved_replies WHERE id = ?`, id); err != nil {
		return fmt.Errorf("deleting the saved reply: %w", err)
	}
	return nil
}

// Earlier lists the items before it in its thread, oldest first: the same
// conversation for a private message, else those answering the same post
// of the clinic (or the one it answers), at most limit.
func (s *Store) Earlier(ctx context.Context, it Item, limit int) ([]Item, error) {
	var where string
	var args []any
	switch {
	case it.Conversation != "":
		// conversation <> '' lets the partial conversation index serve.
		where, args = `account_id = ? AND conversation = ? AND conversation <> ''`, []any{it.AccountID, it.Conversation}
	case it.Subject != nil && refKey(*it.Subject) != "":
		// Two index look-ups rather than one OR, which read the account's
		// every item.
		where, args = `id IN (SELECT id FROM inbox_items WHERE account_id = ? AND subject_id = ?
			UNION SELECT id FROM inbox_items WHERE account_id = ? AND remote_id = ?)`,
			[]any{it.AccountID, refKey(*it.Subject), it.AccountID, it.ParentID}
	case it.ParentID != "":
		where, args = `account_id = ? AND remote_id = ?`, []any{it.AccountID, it.ParentID}
	default:
		return nil, nil
	}
	rows, err := s.db.Read().QueryContext(ctx, `SELECT `+itemColumns+` FROM (SELECT * FROM inbox_items WHERE `+where+
		` AND id <> ? AND (created_at < ? OR (created_at = ? AND id < ?)) ORDER BY created_at DESC, id DESC LIMIT ?) ORDER BY created_at, id`,
		append(args, it.ID, store.Stamp(it.CreatedAt), store.Stamp(it.CreatedAt), it.ID, limit)...)
	if err != nil {
		return nil, fmt.Errorf("reading the thread: %w", err)
	}
	defer rows.Close()
	var out []Item
	for rows.Next() {
		e, err := scanItem(rows, true)
		if err != nil {
			return nil, fmt.Errorf("reading the thread: %w", err)
		}
		out = append(out, e)
	}
	return out, rows.Err()
}
