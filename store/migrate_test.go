package store

import (
	"context"
	"database/sql"
	"strings"
	"testing"
	"time"
)

// openOld makes a file as CarePost at schema version v left it, runs seed
// on it, and closes it.
func openOld(t *testing.T, v int, seed string) string {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	db, err := open(ctx, dir, v)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := db.Version(ctx); got != v {
		t.Fatalf("made version %d, want %d", got, v)
	}
	if _, err := db.ExecContext(ctx, seed); err != nil {
		t.Fatal(err)
	}
	db.Close()
	return dir
}

func mustOpen(t *testing.T, dir string) *DB {
	t.Helper()
	db, err := Open(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// Rows as schema 5 holds them, times in the widths older versions wrote.
const seedV5 = `
INSERT INTO accounts (id, network, handle, display_name, keychain_key, created_at, updated_at) VALUES
    (1, 'mastodon', '@maple', 'Maple Grove Clinic', 'k1', '2026-01-05T09:00:00.5Z', '2026-01-05T09:00:00.5Z'),
    (2, 'bluesky', 'maple.example', '', 'k2', '2026-01-05T09:00:00Z', '2026-01-05T09:00:00Z');
INSERT INTO drafts (id, title, body, status, networks, created_at, updated_at) VALUES
    (1, 'Flu clinic', 'Flu shots this Saturday.', 'ready', 'mastodon,bluesky', '2026-01-06T10:00:00.123456789Z', '2026-01-06T10:00:00.123456789Z'),
    (2, '  ', 'Our new opening hours:
weekdays 8 to 6, Saturdays 9 to 1, closed on Sundays and public holidays.', 'ready', 'mastodon', '2026-01-06T10:00:00Z', '2026-01-06T10:00:00Z');
INSERT INTO draft_variants (draft_id, network, body) VALUES (1, 'bluesky', 'Flu shots Saturday!');
INSERT INTO recurrences (id, draft_id, account_id, rrule, start_at, zone, materialised_until, created_at) VALUES
    (1, 2, 1, 'FREQ=WEEKLY', '2026-02-02T14:00:00.000Z', 'UTC', '2026-04-01T00:00:00.000Z', '2026-01-07T00:00:00.000Z');
INSERT INTO publications (id, draft_id, account_id, due_at, zone, state, idempotency_key, sent_text, remote_url, created_at, updated_at, published_at, recurrence_id) VALUES
    (1, 1, 1, '2026-01-10T14:00:00.000Z', 'UTC', 'published', 'key1', 'Flu shots this Saturday.', 'https://example.test/1', '2026-01-07T00:00:00.000Z', '2026-01-10T14:00:01.000Z', '2026-01-10T14:00:01.000Z', NULL),
    (2, 1, 2, '2026-01-10T14:00:00.000Z', 'UTC', 'published', 'key2', '', 'https://example.test/2', '2026-01-07T00:00:00.000Z', '2026-01-10T14:00:01.000Z', '2026-01-10T14:00:01.000Z', NULL),
    (3, 2, 1, '2026-02-02T14:00:00.000Z', 'UTC', 'queued', 'key3', '', '', '2026-01-07T00:00:00.000Z', '2026-01-07T00:00:00.000Z', '', 1),
    (4, 2, 1, '2026-01-20T14:00:00.000Z', 'UTC', 'failed', 'key4', 'Our new opening hours', '', '2026-01-07T00:00:00.000Z', '2026-01-20T14:00:00.000Z', '', NULL);
INSERT INTO publish_log (publication_id, at, event, detail) VALUES
    (1, '2026-01-07T00:00:00.000Z', 'scheduled', ''), (1, '2026-01-10T14:00:01.000Z', 'published', ''),
    (2, '2026-01-07T00:00:00.000Z', 'scheduled', ''), (3, '2026-01-07T00:00:00.000Z', 'scheduled', ''),
    (4, '2026-01-20T14:00:00.000Z', 'failed', 'server error');
`

type pubRow struct {
	draftID, accountID, recurrenceID sql.NullInt64
	state, network, accountName      string
	draftTitle, sentText, lastError  string
}

func readPub(t *testing.T, db *DB, id int64) pubRow {
	t.Helper()
	var r pubRow
	err := db.QueryRow(`SELECT draft_id, account_id, recurrence_id, state, network, account_name, draft_title, sent_text, last_error
		FROM publications WHERE id = ?`, id).Scan(&r.draftID, &r.accountID, &r.recurrenceID, &r.state, &r.network, &r.accountName,
		&r.draftTitle, &r.sentText, &r.lastError)
	if err != nil {
		t.Fatalf("publication %d: %v", id, err)
	}
	return r
}

func count(t *testing.T, db *DB, q string, args ...any) int {
	t.Helper()
	var n int
	if err := db.QueryRow(q, args...).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestPublicationHistoryMigrationKeepsRowsAndFillsWhatWentOut(t *testing.T) {
	dir := openOld(t, 5, seedV5)
	db := mustOpen(t, dir)
	ctx := context.Background()
	if v, _ := db.Version(ctx); v != MigrationCount() {
		t.Fatalf("version %d, want %d", v, MigrationCount())
	}
	tests := []struct {
		name string
		id   int64
		want pubRow
	}{
		{"published row keeps its text and gains network, account and title", 1,
			pubRow{state: "published", network: "mastodon", accountName: "Maple Grove Clinic", draftTitle: "Flu clinic", sentText: "Flu shots this Saturday."}},
		{"published row without its text gets the network's variant", 2,
			pubRow{state: "published", network: "bluesky", accountName: "maple.example", draftTitle: "Flu clinic", sentText: "Flu shots Saturday!"}},
		{"untitled draft's title is the start of its text on one line", 3,
			pubRow{state: "queued", network: "mastodon", accountName: "Maple Grove Clinic",
				draftTitle: "Our new opening hours: weekdays 8 to 6, Saturdays 9 to 1, cl…"}},
		{"unpublished row keeps its sent text as it was", 4,
			pubRow{state: "failed", network: "mastodon", accountName: "Maple Grove Clinic",
				draftTitle: "Our new opening hours: weekdays 8 to 6, Saturdays 9 to 1, cl…", sentText: "Our new opening hours"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := readPub(t, db, tt.id)
			got.draftID, got.accountID, got.recurrenceID = sql.NullInt64{}, sql.NullInt64{}, sql.NullInt64{}
			got.lastError = ""
			if got != tt.want {
				t.Fatalf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
	t.Run("publish log kept whole", func(t *testing.T) {
		if n := count(t, db, `SELECT count(*) FROM publish_log`); n != 5 {
			t.Fatalf("%d log lines, want 5", n)
		}
		if n := count(t, db, `SELECT count(*) FROM publish_log WHERE publication_id NOT IN (SELECT id FROM publications)`); n != 0 {
			t.Fatalf("%d log lines lost their publication", n)
		}
	})
	t.Run("repeat link kept", func(t *testing.T) {
		if r := readPub(t, db, 3); r.recurrenceID.Int64 != 1 {
			t.Fatalf("recurrence_id %v", r.recurrenceID)
		}
	})
	t.Run("indexes recreated", func(t *testing.T) {
		for _, name := range []string{"publications_state_due", "publications_due", "publications_draft", "publications_account", "publications_recurrence_due"} {
			if n := count(t, db, `SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = ? AND tbl_name = 'publications'`, name); n != 1 {
				t.Errorf("index %s missing", name)
			}
		}
		if _, err := db.Exec(`INSERT INTO publications (draft_id, account_id, due_at, state, idempotency_key, created_at, updated_at, recurrence_id)
			SELECT draft_id, account_id, due_at, 'queued', 'dup', '', '', recurrence_id FROM publications WHERE id = 3`); err == nil {
			t.Error("a second publication of the same repeat at the same time was accepted")
		}
	})
	t.Run("draft and account references are nullable and set null on delete", func(t *testing.T) {
		rows, err := db.Query(`SELECT "from", on_delete FROM pragma_foreign_key_list('publications')`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		got := map[string]string{}
		for rows.Next() {
			var col, action string
			rows.Scan(&col, &action)
			got[col] = action
		}
		for _, col := range []string{"draft_id", "account_id", "recurrence_id"} {
			if got[col] != "SET NULL" {
				t.Errorf("%s on delete %q, want SET NULL", col, got[col])
			}
		}
		if n := count(t, db, `SELECT count(*) FROM pragma_table_info('publications') WHERE name IN ('draft_id', 'account_id') AND "notnull" = 0`); n != 2 {
			t.Errorf("draft_id and account_id must allow NULL")
		}
	})
	t.Run("foreign keys are on again after the migration", func(t *testing.T) {
		if n := count(t, db, `PRAGMA foreign_keys`); n != 1 {
			t.Fatal("foreign keys are off")
		}
	})
}

func TestDeletingDraftOrAccountKeepsPublications(t *testing.T) {
	dir := openOld(t, 5, seedV5)
	db := mustOpen(t, dir)

	t.Run("deleting the draft keeps published rows and cancels waiting ones", func(t *testing.T) {
		if _, err := db.Exec(`DELETE FROM drafts WHERE id = 2`); err != nil {
			t.Fatal(err)
		}
		queued := readPub(t, db, 3)
		if queued.draftID.Valid || queued.state != "cancelled" || queued.lastError != "The draft was deleted." {
			t.Fatalf("queued post of the deleted draft: %+v", queued)
		}
		if queued.recurrenceID.Valid {
			t.Fatalf("the repeat went with its draft, but the link stayed: %+v", queued)
		}
		if n := count(t, db, `SELECT count(*) FROM publish_log WHERE publication_id = 3 AND event = 'cancelled' AND detail = 'the draft was deleted'`); n != 1 {
			t.Fatalf("%d cancel lines in the log", n)
		}
		var updated, at string
		db.QueryRow(`SELECT updated_at FROM publications WHERE id = 3`).Scan(&updated)
		db.QueryRow(`SELECT at FROM publish_log WHERE publication_id = 3 ORDER BY id DESC LIMIT 1`).Scan(&at)
		for _, v := range []string{updated, at} {
			if tm, err := ParseStamp(v); len(v) != len(StampLayout) || err != nil || time.Since(tm) > time.Minute {
				t.Fatalf("the trigger wrote %q, not now in the fixed width", v)
			}
		}
		failed := readPub(t, db, 4)
		if failed.draftID.Valid || failed.state != "failed" || failed.sentText != "Our new opening hours" {
			t.Fatalf("failed post of the deleted draft: %+v", failed)
		}
		if n := count(t, db, `SELECT count(*) FROM publish_log WHERE publication_id = 4`); n != 1 {
			t.Fatalf("the failed post's log changed: %d lines", n)
		}
	})
	t.Run("deleting an account keeps what it published", func(t *testing.T) {
		if _, err := db.Exec(`DELETE FROM accounts WHERE id = 1`); err != nil {
			t.Fatal(err)
		}
		p := readPub(t, db, 1)
		if p.accountID.Valid || p.state != "published" || p.accountName != "Maple Grove Clinic" || p.network != "mastodon" {
			t.Fatalf("published post of the removed account: %+v", p)
		}
		if n := count(t, db, `SELECT count(*) FROM publications`); n != 4 {
			t.Fatalf("%d publications left, want 4", n)
		}
		if n := count(t, db, `SELECT count(*) FROM publish_log`); n != 6 {
			t.Fatalf("%d log lines, want 6", n)
		}
	})
	t.Run("an account's waiting posts are cancelled with it", func(t *testing.T) {
		if _, err := db.Exec(`INSERT INTO publications (id, draft_id, account_id, due_at, state, idempotency_key, created_at, updated_at, network, account_name)
			VALUES (9, 1, 2, '2026-05-01T09:00:00.000000000Z', 'paused', 'key9', '', '', 'bluesky', 'maple.example')`); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(`UPDATE accounts SET display_name = 'Maple on Bluesky' WHERE id = 2`); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(`DELETE FROM accounts WHERE id = 2`); err != nil {
			t.Fatal(err)
		}
		p := readPub(t, db, 9)
		if p.accountID.Valid || p.state != "cancelled" || p.lastError != "The account was removed from CarePost." || p.accountName != "Maple on Bluesky" {
			t.Fatalf("paused post of the removed account: %+v", p)
		}
		if pub := readPub(t, db, 2); pub.state != "published" || pub.accountName != "maple.example" {
			t.Fatalf("a published post took the account's later name: %+v", pub)
		}
	})
}

func TestForeignKeysOffMigrationChecksReferences(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t, t.TempDir())
	conn, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `INSERT INTO drafts (id, title, body, created_at, updated_at) VALUES (1, 't', 'b', '', '');
		INSERT INTO draft_variants (draft_id, network, body) VALUES (1, 'bluesky', 'v')`); err != nil {
		t.Fatal(err)
	}
	// The pool's one connection is held here: read through it.
	version := func() int {
		var v int
		conn.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&v)
		return v
	}
	before := version()
	tests := []struct {
		name    string
		sql     string
		wantErr string
	}{
		{"a migration leaving a broken reference is rolled back", `
			DELETE FROM drafts;
			INSERT INTO draft_variants (draft_id, network, body) VALUES (42, 'mastodon', 'orphan');`, "draft_variants row"},
		{"a failing statement is rolled back", `DROP TABLE drafts; SELECT no_such_function();`, "no_such_function"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := runMigration(ctx, conn, migration{version: 99, name: "test", sql: tt.sql, foreignKeysOff: true})
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("err = %v, want one mentioning %q", err, tt.wantErr)
			}
			var n, fk int
			if err := conn.QueryRowContext(ctx, `SELECT count(*) FROM drafts`).Scan(&n); err != nil || n != 1 {
				t.Fatalf("drafts after a failed migration: %d, %v", n, err)
			}
			if err := conn.QueryRowContext(ctx, `SELECT count(*) FROM draft_variants`).Scan(&n); err != nil || n != 1 {
				t.Fatalf("variants after a failed migration: %d, %v", n, err)
			}
			if err := conn.QueryRowContext(ctx, `PRAGMA foreign_keys`).Scan(&fk); err != nil || fk != 1 {
				t.Fatalf("foreign keys left %d", fk)
			}
			if v := version(); v != before {
				t.Fatalf("version moved to %d", v)
			}
		})
	}
	t.Run("a clean rebuild commits with foreign keys back on", func(t *testing.T) {
		err := runMigration(ctx, conn, migration{version: before, name: "test", foreignKeysOff: true, sql: `
			CREATE TABLE settings_new (key TEXT PRIMARY KEY, value TEXT NOT NULL, note TEXT NOT NULL DEFAULT '') STRICT;
			INSERT INTO settings_new (key, value) SELECT key, value FROM settings;
			DROP TABLE settings;
			ALTER TABLE settings_new RENAME TO settings;`})
		if err != nil {
			t.Fatal(err)
		}
		var fk int
		conn.QueryRowContext(ctx, `PRAGMA foreign_keys`).Scan(&fk)
		if fk != 1 {
			t.Fatal("foreign keys left off")
		}
		if _, err := conn.ExecContext(ctx, `INSERT INTO draft_variants (draft_id, network, body) VALUES (42, 'x', 'y')`); err == nil {
			t.Fatal("a variant of a missing draft was accepted")
		}
	})
}

func TestNewPublicationRecordsWhereItGoesAndWhatItIs(t *testing.T) {
	db := mustOpen(t, openOld(t, 5, seedV5))
	tests := []struct {
		name            string
		draft, account  int64
		wantNetwork     string
		wantAccountName string
		wantTitle       string
	}{
		{"titled draft to an account with a display name", 1, 1, "mastodon", "Maple Grove Clinic", "Flu clinic"},
		{"untitled draft to an account known by its handle", 2, 2, "bluesky", "maple.example",
			"Our new opening hours: weekdays 8 to 6, Saturdays 9 to 1, cl…"},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := db.Exec(`INSERT INTO publications (draft_id, account_id, due_at, state, idempotency_key, created_at, updated_at)
				VALUES (?, ?, '2026-06-01T09:00:00.000000000Z', 'queued', ?, '', '')`, tt.draft, tt.account, "new-"+string(rune('a'+i)))
			if err != nil {
				t.Fatal(err)
			}
			id, _ := res.LastInsertId()
			got := readPub(t, db, id)
			if got.network != tt.wantNetwork || got.accountName != tt.wantAccountName || got.draftTitle != tt.wantTitle {
				t.Fatalf("got %+v", got)
			}
		})
	}
}
