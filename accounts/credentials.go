package accounts

import (
	"context"
	"time"
)

// Credentials are an account's secrets. They live only in the OS keychain
// (see Vault) and are never written to SQLite, logs or exports.
type Credentials struct {
	AccessToken  string    `json:"access_token,omitempty"`
	RefreshToken string    `json:"refresh_token,omitempty"`
	AppPassword  string    `json:"app_password,omitempty"`
	ClientID     string    `json:"client_id,omitempty"`
	ClientSecret string    `json:"client_secret,omitempty"`
	ExpiresAt    time.Time `json:"expires_at,omitempty"`
}

// CredentialSaver stores credentials a connector refreshed on its own
// (Bluesky's refreshSession, OAuth refresh tokens), so the next run uses
// them.
type CredentialSaver func(ctx context.Context, c Credentials) error

// Redacted is safe to print: it says which secrets are present, never
// their values.
func (c Credentials) Redacted() string {
	has := func(name, v string) string {
		if v == "" {
			return ""
		}
		return name + "=[set] "
	}
	return "credentials{" + has("access_token", c.AccessToken) + has("refresh_token", c.RefreshToken) +
		has("app_password", c.AppPassword) + has("client_id", c.ClientID) + has("client_secret", c.ClientSecret) + "}"
}

// String keeps secrets out of any %v or %s formatting by accident.
func (c Credentials) String() string { return c.Redacted() }

// GoString does the same for %#v.
func (c Credentials) GoString() string { return c.Redacted() }
