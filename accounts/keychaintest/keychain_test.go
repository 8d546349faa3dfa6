// Package keychaintest checks the credential vault against a real OS
// keychain. It is its own package because keyring.MockInit, used by the
// accounts tests, switches a whole test binary to the in-memory mock.
package keychaintest

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/network"
	"github.com/carepost/carepost/store"
)

func TestRealKeychainStoresAndReadsBackAnAccountToken(t *testing.T) {
	if os.Getenv("CAREPOST_REAL_KEYRING") != "1" {
		t.Skip("set CAREPOST_REAL_KEYRING=1 inside a session with a Secret Service (scripts/keyring-test.sh does)")
	}
	ctx := context.Background()
	db, err := store.Open(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	svc := accounts.NewService(db, accounts.NewVault(), time.Now)
	token := "real-keychain-SYNTHETIC-" + time.Now().Format("150405.000")
	a, err := svc.Add(ctx, accounts.Account{Network: network.Mastodon, Handle: "@keychain-test@social.example"},
		accounts.Credentials{AccessToken: token, ExpiresAt: time.Now().Add(90 * 24 * time.Hour).Truncate(time.Second)})
	if err != nil {
		t.Fatalf("adding through the real keychain: %v", err)
	}
	c, err := svc.Credentials(ctx, a)
	if err != nil {
		t.Fatalf("reading back: %v", err)
	}
	if c.AccessToken != token {
		t.Fatal("the token read back differs from the one stored")
	}
	if err := svc.Remove(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := accounts.NewVault().Load(ctx, a.KeychainKey); err != accounts.ErrNoCredentials {
		t.Fatalf("after remove, Load = %v; want ErrNoCredentials", err)
	}
}
