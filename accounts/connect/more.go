package connect

import (
	"context"
	"fmt"
	"strings"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/accounts/gbp"
	"github.com/carepost/carepost/accounts/x"
	"github.com/carepost/carepost/network"
)

// buildMore covers the networks whose account row keeps a composite id.
func buildMore(m *Manager, a accounts.Account, creds accounts.Credentials, save accounts.CredentialSaver) (accounts.Connector, error) {
	switch a.Network {
	case network.X:
		return x.New(x.Config{BaseURL: a.ServerURL, UserID: a.RemoteID, HTTP: m.HTTP, Creds: creds, SaveCreds: save, Now: m.Now}), nil
	case network.GBP:
		account, location, ok := splitLocation(a.RemoteID)
		if !ok {
			return nil, fmt.Errorf("the Google Business Profile account %s has no location; reconnect it", a.Name())
		}
		return gbp.New(gbp.Config{BaseURL: a.ServerURL, AccountID: account, LocationID: location, HTTP: m.HTTP, Creds: creds, SaveCreds: save, Now: m.Now}), nil
	}
	return nil, fmt.Errorf("CarePost cannot connect to %q", a.Network)
}

// signInMore checks pasted X and Google tokens by reading the account's
// own numbers, so a wrong token fails here and not at the first post.
func signInMore(ctx context.Context, m *Manager, n network.Network, get func(string) string) (accounts.Account, accounts.Credentials, error) {
	creds := accounts.Credentials{AccessToken: get("token"), RefreshToken: get("refresh_token"), ClientID: get("client_id"), ClientSecret: get("client_secret")}
	// A refresh during the check hands back new tokens: keep those.
	save := func(_ context.Context, c accounts.Credentials) error { creds = c; return nil }
	switch n {
	case network.X:
		c := x.New(x.Config{HTTP: m.HTTP, Creds: creds, SaveCreds: save, Now: m.Now})
		if _, err := c.AccountMetrics(ctx); err != nil {
			return accounts.Account{}, accounts.Credentials{}, err
		}
		return accounts.Account{Network: n, Handle: "X account"}, creds, nil
	case network.GBP:
		account := strings.TrimPrefix(get("account"), "accounts/")
		location := strings.TrimPrefix(get("location"), "locations/")
		c := gbp.New(gbp.Config{AccountID: account, LocationID: location, HTTP: m.HTTP, Creds: creds, SaveCreds: save, Now: m.Now})
		if _, err := c.RecentPosts(ctx, 1); err != nil {
			return accounts.Account{}, accounts.Credentials{}, err
		}
		return accounts.Account{Network: n, Handle: "Business Profile " + location, RemoteID: "accounts/" + account + "/locations/" + location}, creds, nil
	}
	return accounts.Account{}, accounts.Credentials{}, fmt.Errorf("CarePost cannot connect to %q", n)
}

func splitLocation(remote string) (account, location string, ok bool) {
	parts := strings.Split(remote, "/")
	if len(parts) != 4 || parts[0] != "accounts" || parts[2] != "locations" {
		return "", "", false
	}
	return parts[1], parts[3], true
}
