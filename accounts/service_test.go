package accounts

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/zalando/go-keyring"

	"github.com/carepost/carepost/network"
	"github.com/carepost/carepost/store"
)

func TestMain(m *testing.M) {
	// Every test in this binary talks to an in-memory keychain; the real
	// Secret Service test lives in its own package.
	keyring.MockInit()
	os.Exit(m.Run())
}

const secretToken = "tok-SYNTHETIC-5f1e9c2a7b"

func newTestAccounts(t *testing.T, ring Keyring) (*Service, *store.DB, *time.Time) {
	t.Helper()
	db, err := store.Open(context.Background(), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	now := time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)
	v := NewVault()
	if ring != nil {
		v = NewVaultWith(ring)
		v.Timeout = 200 * time.Millisecond
	}
	return NewService(db, v, func() time.Time { return now }), db, &now
}

func TestAddListRemove(t *testing.T) {
	ctx := context.Background()
	s, _, _ := newTestAccounts(t, nil)
	a, err := s.Add(ctx, Account{Network: network.Mastodon, Handle: "@maplegrove@social.example", ServerURL: "https://social.example"},
		Credentials{AccessToken: secretToken})
	if err != nil {
		t.Fatal(err)
	}
	t.Run("the secret is in the keychain under the row's key", func(t *testing.T) {
		c, err := s.Credentials(ctx, a)
		if err != nil || c.AccessToken != secretToken {
			t.Fatalf("credentials = %v, %v", c, err)
		}
		if !strings.HasPrefix(a.KeychainKey, "account-") {
			t.Fatalf("key = %q", a.KeychainKey)
		}
	})
	t.Run("rename shows in the list", func(t *testing.T) {
		if err := s.Rename(ctx, a.ID, "Maple Grove on Mastodon"); err != nil {
			t.Fatal(err)
		}
		list, err := s.List(ctx)
		if err != nil || len(list) != 1 || list[0].Name() != "Maple Grove on Mastodon" {
			t.Fatalf("list = %+v, %v", list, err)
		}
	})
	t.Run("needs reconnect until reconnected", func(t *testing.T) {
		s.MarkNeedsReconnect(ctx, a.ID)
		got, _ := s.Get(ctx, a.ID)
		if got.StatusText(time.Now()) != "Needs reconnecting" {
			t.Fatalf("status = %q", got.StatusText(time.Now()))
		}
		if err := s.Reconnect(ctx, a.ID, Credentials{AccessToken: secretToken + "-2"}); err != nil {
			t.Fatal(err)
		}
		got, _ = s.Get(ctx, a.ID)
		c, _ := s.Credentials(ctx, got)
		if got.Status != StatusConnected || c.AccessToken != secretToken+"-2" {
			t.Fatalf("after reconnect: %+v %v", got, c)
		}
	})
	t.Run("remove deletes the keychain entry", func(t *testing.T) {
		if err := s.Remove(ctx, a.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := keyring.Get(KeychainService, a.KeychainKey); !errors.Is(err, keyring.ErrNotFound) {
			t.Fatalf("keychain entry still there: %v", err)
		}
		if _, err := s.Get(ctx, a.ID); !errors.Is(err, ErrAccountNotFound) {
			t.Fatalf("row still there: %v", err)
		}
	})
}

func TestNoSecretReachesTheDatabaseFile(t *testing.T) {
	ctx := context.Background()
	s, db, _ := newTestAccounts(t, nil)
	c := Credentials{AccessToken: secretToken, RefreshToken: "refresh-SYNTHETIC-77", AppPassword: "abcd-efgh-ijkl-mnop"}
	a, err := s.Add(ctx, Account{Network: network.Bluesky, Handle: "maplegrove.example", ServerURL: "https://pds.example"}, c)
	if err != nil {
		t.Fatal(err)
	}
	s.Rename(ctx, a.ID, "Clinic")
	s.CredentialSaver(a)(ctx, Credentials{AccessToken: secretToken + "-refreshed"})
	db.ExecContext(ctx, "PRAGMA wal_checkpoint(FULL)")
	var files []string
	filepath.Walk(db.Dir, func(path string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			files = append(files, path)
		}
		return nil
	})
	for _, f := range files {
		data, _ := os.ReadFile(f)
		for _, secret := range []string{secretToken, "refresh-SYNTHETIC-77", "abcd-efgh-ijkl-mnop"} {
			if bytes.Contains(data, []byte(secret)) {
				t.Fatalf("%s contains a secret", filepath.Base(f))
			}
		}
	}
	if len(files) == 0 {
		t.Fatal("no database files found to inspect")
	}
	t.Run("credentials never print their values", func(t *testing.T) {
		for _, s := range []string{c.String(), c.GoString(), c.Redacted()} {
			if strings.Contains(s, secretToken) || strings.Contains(s, "abcd-efgh") {
				t.Fatalf("printed a secret: %s", s)
			}
		}
	})
}

type brokenRing struct{ err error }

func (b brokenRing) Get(string, string) (string, error) { return "", b.err }
func (b brokenRing) Set(string, string, string) error   { return b.err }
func (b brokenRing) Delete(string, string) error        { return b.err }

type hangingRing struct{}

func (hangingRing) Get(string, string) (string, error) { select {} }
func (hangingRing) Set(string, string, string) error   { select {} }
func (hangingRing) Delete(string, string) error        { select {} }

func TestKeychainUnavailable(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name string
		ring Keyring
	}{
		{"keychain refuses", brokenRing{errors.New("org.freedesktop.secrets was not provided by any .service files")}},
		{"keychain never answers", hangingRing{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, db, _ := newTestAccounts(t, tt.ring)
			_, err := s.Add(ctx, Account{Network: network.X, Handle: "@maplegrove"}, Credentials{AccessToken: secretToken})
			if !errors.Is(err, ErrKeychainUnavailable) {
				t.Fatalf("err = %v, want ErrKeychainUnavailable", err)
			}
			if strings.Contains(err.Error(), secretToken) {
				t.Fatal("the error shows the secret")
			}
			var n int
			db.QueryRowContext(ctx, `SELECT count(*) FROM accounts`).Scan(&n)
			if n != 0 {
				t.Fatalf("%d account rows written without a stored secret", n)
			}
		})
	}
}

func TestStatusText(t *testing.T) {
	now := time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name    string
		account Account
		want    string
		warn    bool
	}{
		{"no expiry", Account{Status: StatusConnected}, "Connected", false},
		{"far expiry", Account{Status: StatusConnected, TokenExpiresAt: now.Add(60 * 24 * time.Hour)}, "Connected", false},
		{"expires in 5 days", Account{Status: StatusConnected, TokenExpiresAt: now.Add(5*24*time.Hour + time.Hour)}, "Connected; sign-in expires in 5 days", true},
		{"expires today", Account{Status: StatusConnected, TokenExpiresAt: now.Add(3 * time.Hour)}, "Connected; sign-in expires today", true},
		{"expired", Account{Status: StatusConnected, TokenExpiresAt: now.Add(-time.Hour)}, "Sign-in expired: reconnect", true},
		{"refused by the network", Account{Status: StatusNeedsReconnect}, "Needs reconnecting", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.account.StatusText(now); got != tt.want {
				t.Fatalf("StatusText = %q, want %q", got, tt.want)
			}
			if got := tt.account.NeedsAttention(now); got != tt.warn {
				t.Fatalf("NeedsAttention = %v", got)
			}
		})
	}
}

// switchRing is an in-memory keychain that can start refusing.
type switchRing struct {
	mu     sync.Mutex
	m      map[string]string
	refuse bool
}

func (r *switchRing) Get(service, user string) (string, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	v, ok := r.m[service+"/"+user]
	if !ok {
		return "", keyring.ErrNotFound
	}
	return v, nil
}

func (r *switchRing) Set(service, user, secret string) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.refuse {
		return errors.New("the keychain is locked")
	}
	r.m[service+"/"+user] = secret
	return nil
}

func (r *switchRing) Delete(service, user string) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	delete(r.m, service+"/"+user)
	return nil
}

func TestRefreshedSignInThatCannotBeSavedAsksForReconnect(t *testing.T) {
	ctx := context.Background()
	ring := &switchRing{m: map[string]string{}}
	s, _, _ := newTestAccounts(t, ring)
	a, err := s.Add(ctx, Account{Network: network.X, Handle: "@maplegrove"}, Credentials{AccessToken: secretToken, RefreshToken: "refresh-1-SYNTHETIC"})
	if err != nil {
		t.Fatal(err)
	}
	save := s.CredentialSaver(a)
	ring.mu.Lock()
	ring.refuse = true
	ring.mu.Unlock()
	err = save(ctx, Credentials{AccessToken: "new-SYNTHETIC", RefreshToken: "refresh-2-SYNTHETIC"})
	if err == nil || !strings.Contains(err.Error(), "must be reconnected") || strings.Contains(err.Error(), "SYNTHETIC") {
		t.Fatalf("err = %v", err)
	}
	if got, _ := s.Get(ctx, a.ID); got.Status != StatusNeedsReconnect {
		t.Fatalf("status %s after a lost token, want needs reconnect", got.Status)
	}
	// The keychain comes back: the retried save marks it connected again.
	ring.mu.Lock()
	ring.refuse = false
	ring.mu.Unlock()
	if err := save(ctx, Credentials{AccessToken: "new-SYNTHETIC", RefreshToken: "refresh-2-SYNTHETIC"}); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Get(ctx, a.ID); got.Status != StatusConnected {
		t.Fatalf("status %s after the retried save", got.Status)
	}
}

// keepingRing stores secrets but cannot delete them.
type keepingRing struct{ switchRing }

func (r *keepingRing) Delete(service, user string) error {
	return errors.New("the keychain is locked")
}

func TestAddWhoseRowFailsRemovesTheSecretOrSaysItCouldNot(t *testing.T) {
	ctx := context.Background()
	for _, tt := range []struct {
		name      string
		ring      Keyring
		left      bool
		mentioned string
	}{
		{"removed", &switchRing{m: map[string]string{}}, false, ""},
		{"left behind", &keepingRing{switchRing{m: map[string]string{}}}, true, "could not be removed from the keychain"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s, db, _ := newTestAccounts(t, tt.ring)
			if _, err := db.ExecContext(ctx, `CREATE TEMP TRIGGER no_accounts BEFORE INSERT ON accounts BEGIN SELECT RAISE(ABORT, 'the disk is full'); END`); err != nil {
				t.Fatal(err)
			}
			_, err := s.Add(ctx, Account{Network: network.X, Handle: "@maplegrove"}, Credentials{AccessToken: secretToken})
			if err == nil || !strings.Contains(err.Error(), "the disk is full") {
				t.Fatalf("err = %v, want the failed insert", err)
			}
			var ring *switchRing
			switch r := tt.ring.(type) {
			case *switchRing:
				ring = r
			case *keepingRing:
				ring = &r.switchRing
			}
			ring.mu.Lock()
			n := len(ring.m)
			ring.mu.Unlock()
			if left := n > 0; left != tt.left {
				t.Fatalf("secret left in the keychain: %v, want %v", left, tt.left)
			}
			if tt.mentioned != "" && !strings.Contains(err.Error(), tt.mentioned) {
				t.Fatalf("err = %v, want it to say %q", err, tt.mentioned)
			}
			if !tt.left && strings.Contains(err.Error(), "keychain") {
				t.Fatalf("err = %v mentions the keychain, whose entry was removed", err)
			}
			if strings.Contains(err.Error(), secretToken) {
				t.Fatal("the error shows the secret")
			}
		})
	}
}
