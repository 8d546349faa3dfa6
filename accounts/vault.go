package accounts

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/zalando/go-keyring"
)

// KeychainService is the service name of every CarePost keychain entry.
const KeychainService = "CarePost"

// Keyring is the OS keychain as go-keyring exposes it.
type Keyring interface {
	Get(service, user string) (string, error)
	Set(service, user, secret string) error
	Delete(service, user string) error
}

type osKeyring struct{}

func (osKeyring) Get(service, user string) (string, error) { return keyring.Get(service, user) }
func (osKeyring) Set(service, user, secret string) error   { return keyring.Set(service, user, secret) }
func (osKeyring) Delete(service, user string) error        { return keyring.Delete(service, user) }

// ErrKeychainUnavailable means the OS keychain could not be reached, so no
// secret was stored anywhere.
var ErrKeychainUnavailable = errors.New("the system keychain is not available")

// ErrNoCredentials means the keychain has no entry for the account.
var ErrNoCredentials = errors.New("no saved sign-in for this account")

// Vault keeps credentials in the OS keychain. Every call is bounded by
// Timeout: a locked or hung keychain (a Secret Service waiting on a prompt)
// must not freeze the app.
type Vault struct {
	ring    Keyring
	Timeout time.Duration
}

// NewVault uses the OS keychain (Windows Credential Manager, macOS
// Keychain, the Secret Service on Linux).
func NewVault() *Vault { return &Vault{ring: osKeyring{}, Timeout: 10 * time.Second} }

// NewVaultWith uses ring instead of the OS keychain.
func NewVaultWith(ring Keyring) *Vault { return &Vault{ring: ring, Timeout: 10 * time.Second} }

func (v *Vault) call(ctx context.Context, fn func() error) error {
	ctx, cancel := context.WithTimeout(ctx, v.Timeout)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- fn() }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		return fmt.Errorf("%w: it did not answer within %s (is it locked?)", ErrKeychainUnavailable, v.Timeout)
	}
}

// Save stores c under key, replacing what was there.
func (v *Vault) Save(ctx context.Context, key string, c Credentials) error {
	data, err := json.Marshal(c)
	if err != nil {
		return err
	}
	err = v.call(ctx, func() error { return v.ring.Set(KeychainService, key, string(data)) })
	if err != nil {
		if errors.Is(err, ErrKeychainUnavailable) {
			return err
		}
		return fmt.Errorf("%w: %v", ErrKeychainUnavailable, err)
	}
	return nil
}

// Load reads the credentials stored under key.
func (v *Vault) Load(ctx context.Context, key string) (Credentials, error) {
	var secret string
	err := v.call(ctx, func() error {
		var err error
		secret, err = v.ring.Get(KeychainService, key)
		return err
	})
	if errors.Is(err, keyring.ErrNotFound) {
		return Credentials{}, ErrNoCredentials
	}
	if err != nil {
		if errors.Is(err, ErrKeychainUnavailable) {
			return Credentials{}, err
		}
		return Credentials{}, fmt.Errorf("%w: %v", ErrKeychainUnavailable, err)
	}
	var c Credentials
	if err := json.Unmarshal([]byte(secret), &c); err != nil {
		return Credentials{}, fmt.Errorf("the saved sign-in for this account is damaged; reconnect it")
	}
	return c, nil
}

// Delete removes the entry; a missing one is not an error.
func (v *Vault) Delete(ctx context.Context, key string) error {
	err := v.call(ctx, func() error { return v.ring.Delete(KeychainService, key) })
	if err == nil || errors.Is(err, keyring.ErrNotFound) {
		return nil
	}
	if errors.Is(err, ErrKeychainUnavailable) {
		return err
	}
	return fmt.Errorf("%w: %v", ErrKeychainUnavailable, err)
}
