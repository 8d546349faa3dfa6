// Package connect builds a live Connector for a stored account, runs each
// network's add-account flow, and publishes a ready draft to chosen
// accounts. It is the one place that knows every network package, so the
// app and the CLI never branch on the network themselves.
package connect

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/accounts/bluesky"
	"github.com/carepost/carepost/accounts/facebook"
	"github.com/carepost/carepost/accounts/instagram"
	"github.com/carepost/carepost/accounts/linkedin"
	"github.com/carepost/carepost/accounts/mastodon"
	"github.com/carepost/carepost/network"
)

// Manager connects stored accounts to their networks.
type Manager struct {
	Accounts *accounts.Service
	HTTP     *http.Client // nil: each connector's default, with timeouts
	Now      func() time.Time
}

// NewManager uses svc for accounts and their keychain entries.
func NewManager(svc *accounts.Service, now func() time.Time) *Manager {
	return &Manager{Accounts: svc, Now: now}
}

// Connector loads the account's sign-in from the keychain and returns a
// connector for it. Refreshed tokens are saved back to the keychain.
func (m *Manager) Connector(ctx context.Context, a accounts.Account) (accounts.Connector, error) {
	creds, err := m.Accounts.Credentials(ctx, a)
	if err != nil {
		return nil, fmt.Errorf("%s (%s): %w", a.Name(), a.Network.Label(), err)
	}
	return m.build(a, creds)
}

func (m *Manager) build(a accounts.Account, creds accounts.Credentials) (accounts.Connector, error) {
	save := m.Accounts.CredentialSaver(a)
	switch a.Network {
	case network.Mastodon:
		return mastodon.New(mastodon.Config{Server: a.ServerURL, HTTP: m.HTTP, Creds: creds, SaveCreds: save, Now: m.Now}), nil
	case network.Bluesky:
		return bluesky.New(bluesky.Config{PDS: a.ServerURL, Handle: a.Handle, HTTP: m.HTTP, Creds: creds, SaveCreds: save, Now: m.Now}), nil
	case network.Facebook:
		return facebook.New(facebook.Config{GraphURL: a.ServerURL, PageID: a.RemoteID, HTTP: m.HTTP, Creds: creds, SaveCreds: save, Now: m.Now}), nil
	case network.Instagram:
		return instagram.New(instagram.Config{GraphURL: a.ServerURL, IGUserID: a.RemoteID, HTTP: m.HTTP, Creds: creds, SaveCreds: save, Now: m.Now}), nil
	case network.LinkedIn:
		return linkedin.New(linkedin.Config{BaseURL: a.ServerURL, OrganizationURN: a.RemoteID, HTTP: m.HTTP, Creds: creds, SaveCreds: save, Now: m.Now}), nil
	}
	return buildMore(m, a, creds, save)
}

// Field is one thing the add-account form asks for.
type Field struct {
	Key         string
	Label       string
	Hint        string
	Placeholder string
	Secret      bool // typed into a password field; goes to the keychain only
	Optional    bool
}

// Setup is a network's add-account flow in plain words.
type Setup struct {
	Network network.Network
	Steps   []string
	Fields  []Field
	// Browser is true when signing in opens the web browser.
	Browser bool
	// Note is a plain limitation staff should know before connecting.
	Note string
}

// Setups lists every network's add-account flow.
func Setups() []Setup {
	return []Setup{
		{
			Network: network.Mastodon,
			Steps: []string{
				"Type the address of your clinic's Mastodon server, e.g. mastodon.social.",
				"Press Connect: your web browser opens that server's sign-in page.",
				"Sign in as the clinic and press Authorize. CarePost receives the permission directly; you never type the password here.",
			},
			Fields:  []Field{{Key: "server", Label: "Server", Placeholder: "e.g. mastodon.social"}},
			Browser: true,
		},
		{
			Network: network.Bluesky,
			Steps: []string{
				"In the Bluesky app, open Settings → Privacy and security → App passwords, and add one named CarePost (tick \"Allow access to your direct messages\" so the inbox shows chats).",
				"Copy the app password (it looks like xxxx-xxxx-xxxx-xxxx) and paste it below with the clinic's handle.",
				"Leave the server as it is unless your clinic runs its own.",
			},
			Fields: []Field{
				{Key: "handle", Label: "Handle", Placeholder: "e.g. maplegrove.bsky.social"},
				{Key: "app_password", Label: "App password", Secret: true, Hint: "Never your main password."},
				{Key: "pds", Label: "Server", Placeholder: bluesky.DefaultPDS, Optional: true, Hint: "Leave empty for " + bluesky.DefaultPDS + "."},
			},
		},
		{
			Network: network.Facebook,
			Steps: []string{
				"In Meta's Graph API Explorer (developers.facebook.com/tools/explorer), sign in as a Page admin.",
				"Choose your app, add the permissions pages_manage_posts, pages_read_engagement and pages_manage_engagement (and pages_messaging to read and answer Messenger messages), and generate a user token.",
				"Paste the token below. CarePost finds your Page and keeps only the Page's own token, in the system keychain.",
			},
			Fields: []Field{
				{Key: "user_token", Label: "User access token", Secret: true},
				{Key: "page", Label: "Page name or ID", Optional: true, Hint: "Needed only when you manage several Pages."},
			},
		},
		{
			Network: network.Instagram,
			Steps: []string{
				"Your Instagram must be a Business or Creator account linked to the clinic's Facebook Page.",
				"Generate a token as for Facebook, adding instagram_basic, instagram_content_publish and instagram_manage_comments.",
				"Paste the token and your Instagram account ID (Graph API Explorer: GET me/accounts?fields=instagram_business_account).",
			},
			Fields: []Field{
				{Key: "token", Label: "Access token", Secret: true},
				{Key: "ig_user_id", Label: "Instagram account ID", Placeholder: "e.g. 17841400000000000"},
			},
			Note: "Instagram only takes pictures from a public web address. CarePost runs on this computer and has none, so pictures for Instagram cannot be posted from CarePost yet; comments, replies and insights work.",
		},
		{
			Network: network.LinkedIn,
			Steps: []string{
				"Your LinkedIn app needs the Community Management API with w_organization_social and r_organization_social.",
				"Create an access token for a Page admin in the LinkedIn developer portal (OAuth token tools).",
				"Paste the token and your Page's organization number (from its admin URL, linkedin.com/company/NUMBER/admin).",
			},
			Fields: []Field{
				{Key: "token", Label: "Access token", Secret: true},
				{Key: "refresh_token", Label: "Refresh token", Secret: true, Optional: true},
				{Key: "organization", Label: "Organization number", Placeholder: "e.g. 12345678"},
			},
		},
		{
			Network: network.X,
			Steps: []string{
				"In the X developer portal, create a project and app with OAuth 2.0 (read and write).",
				"Generate a user access token with the scopes tweet.read tweet.write users.read offline.access and media.write (add dm.read and dm.write to read and answer direct messages).",
				"Paste the access token, refresh token and your app's client ID below.",
			},
			Fields: []Field{
				{Key: "token", Label: "Access token", Secret: true},
				{Key: "refresh_token", Label: "Refresh token", Secret: true, Optional: true},
				{Key: "client_id", Label: "Client ID", Optional: true},
			},
			Note: "X's API is paid. Posts with links cost far more than posts without.",
		},
		{
			Network: network.GBP,
			Steps: []string{
				"Your Google Cloud project needs the Google My Business APIs enabled and approved for your account.",
				"In the OAuth 2.0 Playground, authorize the scope https://www.googleapis.com/auth/business.manage and exchange for tokens.",
				"Paste the tokens, your app's client ID and secret, and the account and location numbers of your Business Profile.",
			},
			Fields: []Field{
				{Key: "token", Label: "Access token", Secret: true},
				{Key: "refresh_token", Label: "Refresh token", Secret: true, Optional: true},
				{Key: "client_id", Label: "Client ID", Optional: true},
				{Key: "client_secret", Label: "Client secret", Secret: true, Optional: true},
				{Key: "account", Label: "Account number", Placeholder: "accounts/123…  or just the number"},
				{Key: "location", Label: "Location number", Placeholder: "locations/456…  or just the number"},
			},
			Note: "Google only takes pictures from a public web address, so posts from CarePost go out as text.",
		},
	}
}

// SetupFor returns one network's flow.
func SetupFor(n network.Network) (Setup, bool) {
	for _, s := range Setups() {
		if s.Network == n {
			return s, true
		}
	}
	return Setup{}, false
}

// missing names the required fields left blank.
func missing(s Setup, values map[string]string) error {
	var blank []string
	for _, f := range s.Fields {
		if !f.Optional && strings.TrimSpace(values[f.Key]) == "" {
			blank = append(blank, f.Label)
		}
	}
	if len(blank) > 0 {
		return fmt.Errorf("please fill in: %s", strings.Join(blank, ", "))
	}
	return nil
}

// List, Rename and Remove pass through to the account store, so the app's
// screens need only the Manager.
func (m *Manager) List(ctx context.Context) ([]accounts.Account, error) { return m.Accounts.List(ctx) }

// Rename changes the name staff see for the account.
func (m *Manager) Rename(ctx context.Context, id int64, name string) error {
	return m.Accounts.Rename(ctx, id, name)
}

// Remove forgets the account and deletes its keychain entry.
func (m *Manager) Remove(ctx context.Context, id int64) error { return m.Accounts.Remove(ctx, id) }
