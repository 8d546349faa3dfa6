package inbox

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/network"
	"github.com/carepost/carepost/store"
)

// ErrNotFound means there is no inbox item with that id.
var ErrNotFound = errors.New("no such inbox item")

// Store keeps the inbox in the database: the items, their labels, the
// reactions, each account's cursor and the clinic's saved replies.
// Writes go through the single writer; lists and searches through the
// read pool, so a screen never waits behind a sync.
type Store struct {
	db  *store.DB
	now func() time.Time
}

// NewStore is the inbox over db; now is the clock (nil: time.Now).
func NewStore(db *store.DB, now func() time.Time) *Store {
	if now == nil {
		now = time.Now
	}
	return &Store{db: db, now: now}
}

// Assessment is triage's reading of an item's text when it arrives.
type Assessment struct {
	Urgent         bool
	Reasons        []string
	Category       string
	PrivateDetails bool
	Spam           bool
	Abuse          bool
	Lang           string
}

// Batch is one page read from one account, with the cursor that follows it.
type Batch struct {
	AccountID  int64
	Network    network.Network
	Activities []accounts.Activity
	Cursor     string
}

// Ingested says what one Ingest added.
type Ingested struct {
	Added     int
	Reactions int
	// Urgent are the new items triage marked urgent.
	Urgent []Item
}

// remoteID is the key an activity is known by on its account: the
// network's id or URI, else (a connector that gave neither) a digest of
// what it is, so a re-sync still finds it.
func remoteID(a accounts.Activity) string {
	if a.Ref.ID != "" {
		return a.Ref.ID
	}
	if a.Ref.URI != "" {
		return a.Ref.URI
	}
	h := sha256.Sum256([]byte(string(a.Kind) + "\x00" + a.AuthorID + "\x00" + a.Author + "\x00" + a.CreatedAt.UTC().Format(time.RFC3339Nano) + "\x00" + a.Text))
	return "sha256:" + hex.EncodeToString(h[:16])
}

func refJSON(r *accounts.Ref) string {
	if r == nil {
		return ""
	}
	b, _ := json.Marshal(r) // a struct of strings always marshals
	return string(b)
}

func parseRef(s string) *accounts.Ref {
	if s == "" {
		return nil
	}
	var r accounts.Ref
	if json.Unmarshal([]byte(s), &r) != nil {
		return nil
	}
	return &r
}

// Ingest stores one batch and advances the account's cursor in the same
// transaction: either both happen or neither, so a crash between them
// never skips items nor, thanks to the unique (account, remote id), adds
// one twice. assess (may be nil) is triage, run on each new item's text.
func (s *Store) Ingest(ctx context.Context, b Batch, assess func(string) Assessment) (Ingested, error) {
	var out Ingested
	now := store.Stamp(s.now())
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return out, fmt.Errorf("saving the inbox: %w", err)
	}
	defer tx.Rollback()
	ins, err := tx.PrepareContext(ctx, `INSERT INTO inbox_items (id, search_key, account_id, network, remote_id, ref, kind, private,
			author_id, author, author_name, text, url, subject_id, subject, parent_id, conversation, rating,
			created_at, fetched_at, urgent, urgent_reasons, category, private_details, spam, abuse, lang)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (account_id, remote_id) DO NOTHING`)
	if err != nil {
		return out, fmt.Errorf("saving the inbox: %w", err)
	}
	defer ins.Close() // a statement of this transaction; closing it cannot lose anything
	react, err := tx.PrepareContext(ctx, `INSERT INTO inbox_reactions (account_id, remote_id, kind, subject_id, at)
		VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`)
	if err != nil {
		return out, fmt.Errorf("saving the inbox: %w", err)
	}
	defer react.Close() // likewise
	// Ids are given here, above the largest so far (one writer), so each
	// new item's search key is known as it is inserted, and the full-text
	// index takes the batch in one statement at the end (migrations 0011
	// and 0012), in ascending key order: FTS5 writes out what it holds
	// whenever a key comes lower than the last one.
	var lastID int64
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM inbox_items`).Scan(&lastID); err != nil {
		return out, fmt.Errorf("saving the inbox: %w", err)
	}
	for _, a := range b.Activities {
		rid := remoteID(a)
		kind, ok := kindOf(a.Kind)
		if !ok {
			switch a.Kind {
			case accounts.ActivityLike, accounts.ActivityRepost, accounts.ActivityFollow:
				subject := ""
				if a.Subject != nil {
					subject = refKey(*a.Subject)
				}
				res, err := react.ExecContext(ctx, b.AccountID, rid, string(a.Kind), subject, store.Stamp(a.CreatedAt))
				if err != nil {
					return out, fmt.Errorf("saving a reaction: %w", err)
				}
				if n, _ := res.RowsAffected(); n == 1 {
					out.Reactions++
				}
			}
			continue
		}
		var as Assessment
		if assess != nil {
			as = assess(a.Text)
		}
		subjectID, parentID := "", ""
		if a.Subject != nil {
			subjectID = refKey(*a.Subject)
		}
		if a.Parent != nil {
			parentID = refKey(*a.Parent)
		}
		created := a.CreatedAt
		if created.IsZero() {
			created = s.now()
		}
		private := a.Private || kind == KindMessage
		id := lastID + 1 + int64(out.Added)
		res, err := ins.ExecContext(ctx, id, SearchKey(as.Urgent, created, id), b.AccountID, string(b.Network), rid, refJSON(&a.Ref), string(kind), private,
			a.AuthorID, a.Author, a.AuthorName, a.Text, a.Ref.URL, subjectID, refJSON(a.Subject), parentID, a.Conversation, a.Rating,
			store.Stamp(created), now, as.Urgent, strings.Join(as.Reasons, "\n"), as.Category, as.PrivateDetails, as.Spam, as.Abuse, as.Lang)
		if err != nil {
			return out, fmt.Errorf("saving an inbox item: %w", err)
		}
		if n, _ := res.RowsAffected(); n != 1 {
			continue // already here: a re-sync
		}
		out.Added++
		if as.Urgent {
			out.Urgent = append(out.Urgent, Item{ID: id, AccountID: b.AccountID, Network: b.Network, Kind: kind, Private: private,
				Author: a.Author, AuthorName: a.AuthorName, Text: a.Text, CreatedAt: created, Urgent: true, UrgentReasons: as.Reasons})
		}
	}
	if out.Added > 0 {
		// NOT INDEXED: the new rows are read by id; left to itself SQLite
		// walked the whole search_key index to avoid sorting one page, so
		// every page cost more as the inbox grew (measured: at 100,000
		// items, a third of the time of taking a page in).
		if _, err := tx.ExecContext(ctx, `INSERT INTO inbox_fts (rowid, text, author, author_name)
			SELECT search_key, text, author, author_name FROM inbox_items NOT INDEXED WHERE id > ? ORDER BY search_key`, lastID); err != nil {
			return out, fmt.Errorf("indexing the new items for search: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO inbox_cursors (account_id, cursor, synced_at, tried_at) VALUES (?, ?, ?, ?)
		ON CONFLICT (account_id) DO UPDATE SET cursor = excluded.cursor, synced_at = excluded.synced_at,
			tried_at = excluded.tried_at, last_error = '', error_kind = '', retry_at = ''`,
		b.AccountID, b.Cursor, now, now); err != nil {
		return out, fmt.Errorf("saving where the inbox got to: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return Ingested{}, fmt.Errorf("saving the inbox: %w", err)
	}
	return out, nil
}

// refKey is how a remote post is named in subject_id and parent_id.
func refKey(r accounts.Ref) string {
	if r.ID != "" {
		return r.ID
	}
	return r.URI
}

// AccountSync is how an account's reading stands.
type AccountSync struct {
	AccountID int64
	Cursor    string
	SyncedAt  time.Time // last sync that worked
	TriedAt   time.Time
	LastError string // staff's words; "" when the last sync worked
	ErrorKind string
	RetryAt   time.Time // rate limited: not before this
}

// SyncState is where the account's reading got to (zero before its first
// sync).
func (s *Store) SyncState(ctx context.Context, accountID int64) (AccountSync, error) {
	st := AccountSync{AccountID: accountID}
	var synced, tried, retry string
	err := s.db.Read().QueryRowContext(ctx, `SELECT cursor, synced_at, tried_at, last_error, error_kind, retry_at
		FROM inbox_cursors WHERE account_id = ?`, accountID).Scan(&st.Cursor, &synced, &tried, &st.LastError, &st.ErrorKind, &retry)
	if errors.Is(err, sql.ErrNoRows) {
		return st, nil
	}
	if err != nil {
		return st, fmt.Errorf("reading the inbox's sync state: %w", err)
	}
	st.SyncedAt = stamped(synced)
	st.TriedAt = stamped(tried)
	st.RetryAt = stamped(retry)
	return st, nil
}

// recordSyncError keeps why an account's sync failed, leaving its cursor.
func (s *Store) recordSyncError(ctx context.Context, accountID int64, msg, kind string, retryAt time.Time) error {
	now := store.Stamp(s.now())
	_, err := s.db.ExecContext(ctx, `INSERT INTO inbox_cursors (account_id, tried_at, last_error, error_kind, retry_at) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (account_id) DO UPDATE SET tried_at = excluded.tried_at, last_error = excluded.last_error,
			error_kind = excluded.error_kind, retry_at = excluded.retry_at`,
		accountID, now, msg, kind, store.Stamp(retryAt))
	if err != nil {
		return fmt.Errorf("recording the sync error: %w", err)
	}
	return nil
}

const itemColumns = `id, coalesce(account_id, 0), network, remote_id, ref, kind, private, author_id, author, author_name,
	text, url, subject, parent_id, conversation, rating, created_at, fetched_at, urgent, urgent_reasons, category,
	private_details, spam, abuse, lang, state, read, assignee, note, answered_by, answered_at,
	coalesce(response_seconds, 0), coalesce(response_business_seconds, -1), body_removed_at`

// scanItem reads one item; refs (the item's and its subject's, kept as
// JSON) are decoded only when full, since a page of the list needs
// neither and decoding was a third of reading one.
func scanItem(r interface{ Scan(...any) error }, full bool) (Item, error) {
	var it Item
	var network, ref, kind, subject, created, fetched, reasons, state, answered, removed string
	var respSec, bizSec int64
	err := r.Scan(&it.ID, &it.AccountID, &network, &it.RemoteID, &ref, &kind, &it.Private, &it.AuthorID, &it.Author, &it.AuthorName,
		&it.Text, &it.URL, &subject, &it.ParentID, &it.Conversation, &it.Rating, &created, &fetched, &it.Urgent, &reasons, &it.Category,
		&it.PrivateDetails, &it.Spam, &it.Abuse, &it.Lang, &state, &it.Read, &it.Assignee, &it.Note, &it.AnsweredBy, &answered,
		&respSec, &bizSec, &removed)
	if err != nil {
		return it, err
	}
	it.Network = networkOf(network)
	if full {
		if r := parseRef(ref); r != nil {
			it.Ref = *r
		}
		it.Subject = parseRef(subject)
	}
	it.Kind = Kind(kind)
	it.CreatedAt = stamped(created)
	it.FetchedAt = stamped(fetched)
	if reasons != "" {
		it.UrgentReasons = strings.Split(reasons, "\n")
	}
	it.State = State(state)
	it.AnsweredAt = stamped(answered)
	it.ResponseTime = time.Duration(respSec) * time.Second
	it.BusinessResponseTime = time.Duration(bizSec) * time.Second
	if bizSec < 0 {
		it.BusinessResponseTime = -1
	}
	it.BodyRemoved = removed != ""
	return it, nil
}

func networkOf(s string) network.Network { return network.Network(s) }

// Get reads one item with its labels.
func (s *Store) Get(ctx context.Context, id int64) (Item, error) {
	it, err := scanItem(s.db.Read().QueryRowContext(ctx, `SELECT `+itemColumns+` FROM inbox_items WHERE id = ?`, id), true)
	if errors.Is(err, sql.ErrNoRows) {
		return it, fmt.Errorf("inbox item %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return it, fmt.Errorf("reading inbox item %d: %w", id, err)
	}
	items := []Item{it}
	if err := s.addLabels(ctx, items); err != nil {
		return it, err
	}
	return items[0], nil
}

// addLabels fills the items' labels with one query.
func (s *Store) addLabels(ctx context.Context, items []Item) error {
	if len(items) == 0 {
		return nil
	}
	at := make(map[int64]int, len(items))
	args := make([]any, len(items))
	for i, it := range items {
		at[it.ID] = i
		args[i] = it.ID
	}
	rows, err := s.db.Read().QueryContext(ctx, `SELECT item_id, label FROM inbox_labels WHERE item_id IN (?`+
		strings.Repeat(", ?", len(items)-1)+`) ORDER BY label`, args...)
	if err != nil {
		return fmt.Errorf("reading labels: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var label string
		if err := rows.Scan(&id, &label); err != nil {
			return fmt.Errorf("reading labels: %w", err)
		}
		items[at[id]].Labels = append(items[at[id]].Labels, label)
	}
	return rows.Err()
}

// SearchKey orders items as the list does (urgent first, then newest,
// then by id), as one integer: the full-text index's row key, so a search
// reads its matches in the list's order and stops after a page. Bit 62 is
// urgent, bits 30-61 the creation time in seconds since 1970, bits 0-29
// the id's low bits.
func SearchKey(urgent bool, created time.Time, id int64) int64 {
	var k int64
	if urgent {
		k = 1 << 62
	}
	sec := created.Unix()
	if sec < 0 {
		sec = 0
	}
	return k | (sec&(1<<32-1))<<30 | id&(1<<30-1)
}

// stamped reads a stored time; "" (not set) and damaged text are the zero
// time: every one of the inbox's times is written by store.Stamp.
func stamped(v string) time.Time {
	t, _ := store.ParseStamp(v) // only damaged data fails, and reads as "not set"
	return t
}
