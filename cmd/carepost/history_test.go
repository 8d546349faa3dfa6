package main

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/carepost/carepost/store"
)

// seedHistory stores a published post whose draft and account were since
// deleted, and a queued one whose draft was deleted.
func seedHistory(t *testing.T, dir string) {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	_, err = db.ExecContext(ctx, `
		INSERT INTO accounts (id, network, handle, display_name, keychain_key, created_at, updated_at)
			VALUES (1, 'mastodon', '@maple', 'Maple Grove Clinic', 'k1', '', ''), (2, 'bluesky', 'birch.example', '', 'k2', '', '');
		INSERT INTO drafts (id, title, body, status, networks, created_at, updated_at)
			VALUES (1, 'Flu clinic', 'Flu shots this Saturday.', 'ready', 'mastodon', '', ''),
			       (2, 'Holiday hours', 'Closed on Monday.', 'ready', 'bluesky', '', '');
		INSERT INTO publications (id, draft_id, account_id, due_at, zone, state, idempotency_key, sent_text, remote_url, created_at, updated_at, published_at)
			VALUES (1, 1, 1, '2026-01-10T14:00:00.000000000Z', 'UTC', 'published', 'k-1', 'Flu shots this Saturday.', 'https://social.example/@maple/1', '', '', '2026-01-10T14:00:01.000000000Z'),
			       (2, 2, 2, '2099-01-10T14:00:00.000000000Z', 'UTC', 'queued', 'k-2', '', '', '', '', '');
		DELETE FROM drafts;
		DELETE FROM accounts WHERE id = 1;`)
	if err != nil {
		t.Fatal(err)
	}
}

func TestScheduleListShowsDeletedDraftsAndRemovedAccounts(t *testing.T) {
	dir := dataDirWithProfile(t)
	seedHistory(t, dir)

	t.Run("json keeps every row with what it recorded", func(t *testing.T) {
		code, out, errOut := runCLI(t, "", "--data-dir", dir, "schedule", "list", "--json")
		var list []publicationOut
		if code != 0 || json.Unmarshal([]byte(out), &list) != nil || len(list) != 2 {
			t.Fatalf("%d %s %s", code, out, errOut)
		}
		byID := map[int64]publicationOut{}
		for _, p := range list {
			byID[p.ID] = p
		}
		tests := []struct {
			name string
			got  publicationOut
			want publicationOut
		}{
			{"published post of a deleted draft and a removed account", byID[1], publicationOut{ID: 1, DraftDeleted: true, AccountDeleted: true,
				DraftTitle: "Flu clinic", Network: "mastodon", AccountName: "Maple Grove Clinic", State: "published"}},
			{"waiting post of a deleted draft is cancelled", byID[2], publicationOut{ID: 2, Account: 2, DraftDeleted: true,
				DraftTitle: "Holiday hours", Network: "bluesky", AccountName: "birch.example", State: "cancelled", LastError: "The draft was deleted."}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				got := tt.got
				got.Due, got.DueUTC, got.Zone, got.RemoteURL = "", "", "", ""
				if got != tt.want {
					t.Fatalf("got  %+v\nwant %+v", got, tt.want)
				}
			})
		}
	})
	t.Run("table says draft deleted and keeps the account's name", func(t *testing.T) {
		code, out, errOut := runCLI(t, "", "--data-dir", dir, "schedule", "list")
		if code != 0 {
			t.Fatalf("%d %s %s", code, out, errOut)
		}
		for _, want := range []string{"draft deleted: Flu clinic", "account removed: Mastodon · Maple Grove Clinic", "draft deleted: Holiday hours", "The draft was deleted."} {
			if !strings.Contains(out, want) {
				t.Errorf("no %q in\n%s", want, out)
			}
		}
	})
}
