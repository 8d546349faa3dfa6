package accounts

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/carepost/carepost/network"
	"github.com/carepost/carepost/store"
)

// Status is whether an account can be used.
type Status string

const (
	StatusConnected      Status = "connected"
	StatusNeedsReconnect Status = "needs_reconnect"
)

// Account is one connected social account. It holds no secret: KeychainKey
// names the keychain entry that does.
type Account struct {
	ID             int64
	Network        network.Network
	Handle         string
	DisplayName    string
	ServerURL      string
	RemoteID       string
	Status         Status
	KeychainKey    string
	TokenExpiresAt time.Time // zero when the network's tokens do not expire
	CreatedAt      time.Time
}

// Name is what staff see for the account.
func (a Account) Name() string {
	if a.DisplayName != "" {
		return a.DisplayName
	}
	return a.Handle
}

// ExpiryWarningDays is how early staff hear that a token will lapse.
const ExpiryWarningDays = 14

// StatusText is the account's state in plain words at now.
func (a Account) StatusText(now time.Time) string {
	if a.Status == StatusNeedsReconnect {
		return "Needs reconnecting"
	}
	if a.TokenExpiresAt.IsZero() {
		return "Connected"
	}
	left := a.TokenExpiresAt.Sub(now)
	switch {
	case left <= 0:
		return "Sign-in expired: reconnect"
	case left < 24*time.Hour:
		return "Connected; sign-in expires today"
	case left < ExpiryWarningDays*24*time.Hour:
		return fmt.Sprintf("Connected; sign-in expires in %d days", int(left.Hours()/24))
	}
	return "Connected"
}

// NeedsAttention is true when staff should reconnect soon or now.
func (a Account) NeedsAttention(now time.Time) bool {
	return a.Status == StatusNeedsReconnect ||
		(!a.TokenExpiresAt.IsZero() && a.TokenExpiresAt.Sub(now) < ExpiryWarningDays*24*time.Hour)
}

// ErrAccountNotFound means the account was removed or never existed.
var ErrAccountNotFound = errors.New("account not found")

// Service keeps account rows in SQLite and their secrets in the vault.
type Service struct {
	db    *store.DB
	vault *Vault
	now   func() time.Time
}

// NewService stores rows in db and secrets in vault.
func NewService(db *store.DB, vault *Vault, now func() time.Time) *Service {
	return &Service{db: db, vault: vault, now: now}
}

// stamp is now as every stored time is written (store.Stamp).
func (s *Service) stamp() string { return store.Stamp(s.now()) }

func newKeychainKey() string {
	b := make([]byte, 12)
	rand.Read(b)
	return "account-" + hex.EncodeToString(b)
}

// Add stores a new account: the secret goes to the keychain first, so a
// keychain failure leaves nothing behind, and a failed row removes the
// secret again.
func (s *Service) Add(ctx context.Context, a Account, c Credentials) (Account, error) {
	if !a.Network.Valid() {
		return Account{}, fmt.Errorf("unknown network %q", a.Network)
	}
	if strings.TrimSpace(a.Handle) == "" {
		return Account{}, errors.New("the account needs a handle or name")
	}
	a.KeychainKey = newKeychainKey()
	a.Status = StatusConnected
	if a.TokenExpiresAt.IsZero() {
		a.TokenExpiresAt = c.ExpiresAt
	}
	if err := s.vault.Save(ctx, a.KeychainKey, c); err != nil {
		return Account{}, fmt.Errorf("could not store the sign-in securely, so the account was not added: %w", err)
	}
	now := s.stamp()
	res, err := s.db.ExecContext(ctx, `INSERT INTO accounts (network, handle, display_name, server_url, remote_id, status, keychain_key, token_expires_at, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		string(a.Network), strings.TrimSpace(a.Handle), strings.TrimSpace(a.DisplayName), a.ServerURL, a.RemoteID,
		string(a.Status), a.KeychainKey, formatExpiry(a.TokenExpiresAt), now, now)
	if err != nil {
		err = fmt.Errorf("adding the account: %w", err)
		if derr := s.vault.Delete(ctx, a.KeychainKey); derr != nil {
			err = errors.Join(err, fmt.Errorf("its sign-in could not be removed from the keychain again (entry %q): %w", a.KeychainKey, derr))
		}
		return Account{}, err
	}
	a.ID, _ = res.LastInsertId()
	return s.Get(ctx, a.ID)
}

// formatExpiry is a token's expiry as stored ("" when it never expires).
func formatExpiry(t time.Time) string { return store.Stamp(t) }

const accountColumns = `id, network, handle, display_name, server_url, remote_id, status, keychain_key, token_expires_at, created_at`

func scanAccount(r interface{ Scan(...any) error }) (Account, error) {
	var a Account
	var net, status, expires, created string
	err := r.Scan(&a.ID, &net, &a.Handle, &a.DisplayName, &a.ServerURL, &a.RemoteID, &status, &a.KeychainKey, &expires, &created)
	if errors.Is(err, sql.ErrNoRows) {
		return Account{}, ErrAccountNotFound
	}
	if err != nil {
		return Account{}, fmt.Errorf("reading account: %w", err)
	}
	a.Network, a.Status = network.Network(net), Status(status)
	// Both are written by store.Stamp; one that does not parse reads as
	// zero (no expiry, unknown date) rather than hiding the account.
	a.TokenExpiresAt, _ = store.ParseStamp(expires)
	a.CreatedAt, _ = store.ParseStamp(created) // as above
	return a, nil
}

// Get loads one account.
func (s *Service) Get(ctx context.Context, id int64) (Account, error) {
	return scanAccount(s.db.Read().QueryRowContext(ctx, `SELECT `+accountColumns+` FROM accounts WHERE id = ?`, id))
}

// List returns every account, by network then name.
func (s *Service) List(ctx context.Context) ([]Account, error) {
	rows, err := s.db.Read().QueryContext(ctx, `SELECT `+accountColumns+` FROM accounts ORDER BY network, display_name COLLATE NOCASE, handle, id`)
	if err != nil {
		return nil, fmt.Errorf("listing accounts: %w", err)
	}
	defer rows.Close()
	var out []Account
	for rows.Next() {
		a, err := scanAccount(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// Rename changes the name staff see.
func (s *Service) Rename(ctx context.Context, id int64, name string) error {
	res, err := s.db.ExecContext(ctx, `UPDATE accounts SET display_name = ?, updated_at = ? WHERE id = ?`, strings.TrimSpace(name), s.stamp(), id)
	if err != nil {
		return fmt.Errorf("renaming the account: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrAccountNotFound
	}
	return nil
}

// Reconnect replaces the account's sign-in and marks it connected.
func (s *Service) Reconnect(ctx context.Context, id int64, c Credentials) error {
	a, err := s.Get(ctx, id)
	if err != nil {
		return err
	}
	if err := s.vault.Save(ctx, a.KeychainKey, c); err != nil {
		return fmt.Errorf("could not store the new sign-in securely: %w", err)
	}
	_, err = s.db.ExecContext(ctx, `UPDATE accounts SET status = 'connected', token_expires_at = ?, updated_at = ? WHERE id = ?`,
		formatExpiry(c.ExpiresAt), s.stamp(), id)
	return err
}

// MarkNeedsReconnect records that the network refused the sign-in.
func (s *Service) MarkNeedsReconnect(ctx context.Context, id int64) error {
	_, err := s.db.ExecContext(ctx, `UPDATE accounts SET status = 'needs_reconnect', updated_at = ? WHERE id = ?`, s.stamp(), id)
	return err
}

// Remove deletes the account and its keychain entry.
func (s *Service) Remove(ctx context.Context, id int64) error {
	a, err := s.Get(ctx, id)
	if err != nil {
		return err
	}
	if err := s.vault.Delete(ctx, a.KeychainKey); err != nil {
		return fmt.Errorf("could not remove the saved sign-in from the keychain, so the account was kept: %w", err)
	}
	if _, err := s.db.ExecContext(ctx, `DELETE FROM accounts WHERE id = ?`, id); err != nil {
		return fmt.Errorf("removing the account: %w", err)
	}
	return nil
}

// Credentials loads the account's secrets from the keychain.
func (s *Service) Credentials(ctx context.Context, a Account) (Credentials, error) {
	return s.vault.Load(ctx, a.KeychainKey)
}

// CredentialSaver is what a connector calls after refreshing a token.
func (s *Service) CredentialSaver(a Account) CredentialSaver {
	return func(ctx context.Context, c Credentials) error {
		if err := s.vault.Save(ctx, a.KeychainKey, c); err != nil {
			// The network may have rotated the refresh token: the one in
			// the keychain may no longer work, and the new one lives only
			// in this process. Say so now rather than fail later; a save
			// that succeeds on a retry marks it connected again.
			saveErr := fmt.Errorf("%s (%s) signed in again, but the new sign-in could not be saved to the system keychain, so it must be reconnected: %w",
				a.Name(), a.Network.Label(), err)
			if mErr := s.MarkNeedsReconnect(ctx, a.ID); mErr != nil {
				return errors.Join(saveErr, mErr)
			}
			return saveErr
		}
		_, err := s.db.ExecContext(ctx, `UPDATE accounts SET token_expires_at = ?, status = 'connected', updated_at = ? WHERE id = ?`,
			formatExpiry(c.ExpiresAt), s.stamp(), a.ID)
		return err
	}
}
