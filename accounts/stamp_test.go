package accounts

import (
	"context"
	"testing"
	"time"

	"github.com/carepost/carepost/network"
	"github.com/carepost/carepost/store"
)

func TestAccountTimesAreStoredInTheOneFixedWidth(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name    string
		now     time.Time
		expires time.Time
	}{
		{"whole seconds", time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC), time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)},
		{"fractions keep their precision", time.Date(2026, 11, 25, 12, 0, 0, 500, time.UTC), time.Date(2027, 1, 1, 0, 0, 0, 250000000, time.UTC)},
		{"a token that never expires", time.Date(2026, 11, 25, 12, 0, 0, 120000000, time.UTC), time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			svc, db, now := newTestAccounts(t, nil)
			*now = tt.now
			a, err := svc.Add(ctx, Account{Network: network.Mastodon, Handle: "@maple"}, Credentials{AccessToken: secretToken, ExpiresAt: tt.expires})
			if err != nil {
				t.Fatal(err)
			}
			if !a.TokenExpiresAt.Equal(tt.expires) || !a.CreatedAt.Equal(tt.now) {
				t.Fatalf("expires %v created %v", a.TokenExpiresAt, a.CreatedAt)
			}
			var expires, created, updated string
			db.QueryRow(`SELECT token_expires_at, created_at, updated_at FROM accounts WHERE id = ?`, a.ID).Scan(&expires, &created, &updated)
			if expires != store.Stamp(tt.expires) || created != store.Stamp(tt.now) || updated != store.Stamp(tt.now) {
				t.Fatalf("stored %q %q %q", expires, created, updated)
			}
		})
	}
}
