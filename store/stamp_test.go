package store

import (
	"context"
	"sort"
	"strings"
	"testing"
	"time"
)

func TestStampIsFixedWidthUTCAndSortsAsTime(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	base := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	times := []time.Time{
		base,
		base.Add(500 * time.Millisecond),
		base.Add(time.Nanosecond),
		base.Add(time.Second),
		base.Add(100 * time.Millisecond),
		base.Add(999999999 * time.Nanosecond),
		base.Add(-time.Nanosecond),
		base.In(berlin).Add(250 * time.Microsecond),
		time.Date(2026, 3, 2, 10, 0, 0, 120000000, time.UTC),
	}
	t.Run("same width, UTC, round trip", func(t *testing.T) {
		for _, tm := range times {
			s := Stamp(tm)
			if len(s) != len(StampLayout) || !strings.HasSuffix(s, "Z") {
				t.Errorf("Stamp(%v) = %q: width %d, want %d", tm, s, len(s), len(StampLayout))
			}
			back, err := ParseStamp(s)
			if err != nil || !back.Equal(tm) || back.Location() != time.UTC {
				t.Errorf("ParseStamp(%q) = %v, %v; want %v in UTC", s, back, err, tm)
			}
		}
	})
	t.Run("text order is time order", func(t *testing.T) {
		byText := append([]time.Time(nil), times...)
		sort.Slice(byText, func(i, j int) bool { return Stamp(byText[i]) < Stamp(byText[j]) })
		byTime := append([]time.Time(nil), times...)
		sort.Slice(byTime, func(i, j int) bool { return byTime[i].Before(byTime[j]) })
		for i := range byText {
			if !byText[i].Equal(byTime[i]) {
				t.Fatalf("position %d: by text %v, by time %v", i, byText[i], byTime[i])
			}
		}
	})
	t.Run("zero is empty", func(t *testing.T) {
		if s := Stamp(time.Time{}); s != "" {
			t.Fatalf("Stamp(zero) = %q", s)
		}
	})
}

func TestParseStampReadsOlderForms(t *testing.T) {
	want := time.Date(2026, 3, 2, 10, 0, 0, 500000000, time.UTC)
	tests := []struct {
		name, in string
		want     time.Time
		wantErr  bool
	}{
		{"fixed width", "2026-03-02T10:00:00.500000000Z", want, false},
		{"variable width nanoseconds", "2026-03-02T10:00:00.5Z", want, false},
		{"milliseconds", "2026-03-02T10:00:00.500Z", want, false},
		{"whole seconds", "2026-03-02T10:00:00Z", want.Truncate(time.Second), false},
		{"an offset", "2026-03-02T11:00:00.5+01:00", want, false},
		{"SQLite's own form, UTC", "2026-03-02 10:00:00.500", want, false},
		{"lower-case t and z", "2026-03-02t10:00:00.5z", want, false},
		{"empty is zero", "", time.Time{}, false},
		{"not a time", "yesterday", time.Time{}, true},
		{"a date alone", "2026-03-02", time.Time{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseStamp(tt.in)
			if (err != nil) != tt.wantErr || !got.Equal(tt.want) {
				t.Fatalf("ParseStamp(%q) = %v, %v; want %v (error %v)", tt.in, got, err, tt.want, tt.wantErr)
			}
		})
	}
}

// Rows as schema 6 holds them: every width older versions wrote, and
// empty values that mean "not set".
const seedV6 = `
INSERT INTO clinic_profile (id, name, updated_at) VALUES (1, 'Maple Grove', '2026-01-05T09:00:00.5Z');
INSERT INTO templates (key, name, body, created_at, updated_at) VALUES ('t', 'T', 'b', '2026-01-05T09:00:00Z', '2026-01-05T09:00:00.25Z');
INSERT INTO consents (reference, signed_on, created_at, updated_at) VALUES ('C-1', '2026-01-04', '2026-01-05T09:00:00Z', '2026-01-05T09:00:00.123456789Z');
INSERT INTO accounts (id, network, handle, keychain_key, token_expires_at, created_at, updated_at) VALUES
    (1, 'mastodon', '@maple', 'k1', '2026-04-01T00:00:00Z', '2026-01-05T09:00:00.5Z', '2026-01-05T09:00:00Z'),
    (2, 'bluesky', 'maple.example', 'k2', '', '2026-01-05T09:00:00Z', '2026-01-05T09:00:00Z');
INSERT INTO drafts (id, title, body, status, networks, created_at, updated_at, approved_at, approved_by) VALUES
    (1, 'Whole second', 'a', 'ready', 'mastodon', '2026-01-06T10:00:00Z', '2026-01-06T10:00:00Z', '2026-01-06T10:00:00Z', 'Dr. Ana Ruiz'),
    (2, 'Half a second later', 'b', 'draft', 'mastodon', '2026-01-06T10:00:00.5Z', '2026-01-06T10:00:00.5Z', '', ''),
    (3, 'A tenth of a second later', 'c', 'draft', 'mastodon', '2026-01-06T10:00:00.1Z', '2026-01-06T10:00:00.1Z', '', ''),
    (4, 'One second later', 'd', 'draft', 'mastodon', '2026-01-06T10:00:01Z', '2026-01-06T10:00:01Z', '', '');
INSERT INTO media (id, sha256, file_name, mime_type, size_bytes, created_at) VALUES (1, 'abc', 'abc.png', 'image/png', 1, '2026-01-06T10:00:00.75Z');
INSERT INTO privacy_overrides (draft_id, kind, text, reason, created_at) VALUES (1, 'name', 'Ana', 'Staff member, consented', '2026-01-06T10:00:00Z');
INSERT INTO approvals (draft_id, at, event, by_name) VALUES (1, '2026-01-06T10:00:00Z', 'approved', 'Dr. Ana Ruiz');
INSERT INTO recurrences (id, draft_id, account_id, rrule, start_at, zone, materialised_until, created_at) VALUES
    (1, 1, 1, 'FREQ=WEEKLY', '2026-02-02T14:00:00.000Z', 'UTC', '', '2026-01-07T00:00:00.000Z');
INSERT INTO publications (id, draft_id, account_id, due_at, state, idempotency_key, next_attempt_at, uncertain_since, claimed_until, created_at, updated_at, published_at) VALUES
    (1, 1, 1, '2026-01-10T14:00:00.000Z', 'published', 'k1', '', '2026-01-10T14:00:00.010Z', '', '2026-01-07T00:00:00.000Z', '2026-01-10T14:00:01.000Z', '2026-01-10T14:00:01.000Z'),
    (2, 1, 1, '2026-01-10T14:00:00.500Z', 'queued', 'k2', '2026-01-10T14:05:00.000Z', '', '', '2026-01-07T00:00:00.000Z', '2026-01-07T00:00:00.000Z', '');
INSERT INTO publish_log (publication_id, at, event) VALUES (1, '2026-01-07T00:00:00.000Z', 'scheduled'), (1, '2026-01-10T14:00:01.000Z', 'published');
`

// timeColumns are every stored instant, by table.
var timeColumns = map[string][]string{
	"clinic_profile":    {"updated_at"},
	"templates":         {"created_at", "updated_at"},
	"consents":          {"created_at", "updated_at"},
	"accounts":          {"token_expires_at", "created_at", "updated_at"},
	"drafts":            {"created_at", "updated_at", "approved_at"},
	"media":             {"created_at"},
	"privacy_overrides": {"created_at"},
	"approvals":         {"at"},
	"recurrences":       {"start_at", "materialised_until", "created_at"},
	"publications":      {"due_at", "next_attempt_at", "uncertain_since", "claimed_until", "created_at", "updated_at", "published_at"},
	"publish_log":       {"at"},
}

func TestFixedWidthTimesMigration(t *testing.T) {
	ctx := context.Background()
	dir := openOld(t, 6, seedV6)
	before := map[string][]string{}
	old, err := open(ctx, dir, 6)
	if err != nil {
		t.Fatal(err)
	}
	readAll := func(db *DB, table, col string) []string {
		rows, err := db.Query(`SELECT ` + col + ` FROM ` + table + ` ORDER BY rowid`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var out []string
		for rows.Next() {
			var v string
			rows.Scan(&v)
			out = append(out, v)
		}
		return out
	}
	for table, cols := range timeColumns {
		for _, col := range cols {
			before[table+"."+col] = readAll(old, table, col)
		}
	}
	old.Close()

	db := mustOpen(t, dir)
	for table, cols := range timeColumns {
		for _, col := range cols {
			t.Run(table+"."+col+" holds the same instants in the fixed width", func(t *testing.T) {
				was := before[table+"."+col]
				now := readAll(db, table, col)
				if len(was) == 0 || len(now) != len(was) {
					t.Fatalf("%d rows before, %d after", len(was), len(now))
				}
				for i := range was {
					if was[i] == "" {
						if now[i] != "" {
							t.Errorf("row %d: empty became %q", i, now[i])
						}
						continue
					}
					a, _ := ParseStamp(was[i])
					b, err := ParseStamp(now[i])
					if len(now[i]) != len(StampLayout) || err != nil || !a.Equal(b) {
						t.Errorf("row %d: %q became %q", i, was[i], now[i])
					}
				}
			})
		}
	}
	t.Run("ordering by the column is ordering by time", func(t *testing.T) {
		rows, err := db.Query(`SELECT title FROM drafts ORDER BY updated_at DESC`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var got []string
		for rows.Next() {
			var s string
			rows.Scan(&s)
			got = append(got, s)
		}
		want := []string{"One second later", "Half a second later", "A tenth of a second later", "Whole second"}
		if strings.Join(got, ", ") != strings.Join(want, ", ") {
			t.Fatalf("newest first: %v", got)
		}
		var due []int64
		rows2, _ := db.Query(`SELECT id FROM publications WHERE due_at <= ? ORDER BY due_at`, Stamp(time.Date(2026, 1, 10, 14, 0, 0, 400000000, time.UTC)))
		defer rows2.Close()
		for rows2.Next() {
			var id int64
			rows2.Scan(&id)
			due = append(due, id)
		}
		if len(due) != 1 || due[0] != 1 {
			t.Fatalf("due by 14:00:00.4: %v", due)
		}
	})
	t.Run("the logs are append-only again", func(t *testing.T) {
		for _, table := range []string{"publish_log", "approvals"} {
			if _, err := db.Exec(`UPDATE ` + table + ` SET at = at`); err == nil || !strings.Contains(err.Error(), "append-only") {
				t.Errorf("%s accepted an update: %v", table, err)
			}
		}
	})
}
