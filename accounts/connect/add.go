package connect

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os/exec"
	"runtime"
	"strings"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/accounts/bluesky"
	"github.com/carepost/carepost/accounts/facebook"
	"github.com/carepost/carepost/accounts/instagram"
	"github.com/carepost/carepost/accounts/linkedin"
	"github.com/carepost/carepost/accounts/mastodon"
	"github.com/carepost/carepost/network"
)

// Add runs the network's sign-in with what the user typed, checks the
// sign-in works, and stores the account (its secrets in the keychain).
func (m *Manager) Add(ctx context.Context, n network.Network, values map[string]string, openBrowser func(string) error) (accounts.Account, error) {
	setup, ok := SetupFor(n)
	if !ok {
		return accounts.Account{}, fmt.Errorf("CarePost cannot connect to %q", n)
	}
	if err := missing(setup, values); err != nil && !(n == network.Mastodon && values["token"] != "") {
		return accounts.Account{}, err
	}
	a, creds, err := m.signIn(ctx, n, values, openBrowser)
	if err != nil {
		return accounts.Account{}, err
	}
	return m.Accounts.Add(ctx, a, creds)
}

// Reconnect signs an existing account in again. Values may leave the
// server and handle blank: the stored ones are used.
func (m *Manager) Reconnect(ctx context.Context, id int64, values map[string]string, openBrowser func(string) error) error {
	old, err := m.Accounts.Get(ctx, id)
	if err != nil {
		return err
	}
	filled := map[string]string{"server": old.ServerURL, "pds": old.ServerURL, "handle": old.Handle, "page": old.RemoteID,
		"ig_user_id": old.RemoteID, "organization": strings.TrimPrefix(old.RemoteID, "urn:li:organization:")}
	for k, v := range values {
		if strings.TrimSpace(v) != "" {
			filled[k] = v
		}
	}
	a, creds, err := m.signIn(ctx, old.Network, filled, openBrowser)
	if err != nil {
		return err
	}
	if a.RemoteID != "" && old.RemoteID != "" && a.RemoteID != old.RemoteID {
		return fmt.Errorf("that sign-in is for a different account (%s), not %s; add it as a new account instead", a.Handle, old.Name())
	}
	return m.Accounts.Reconnect(ctx, id, creds)
}

func (m *Manager) signIn(ctx context.Context, n network.Network, v map[string]string, openBrowser func(string) error) (accounts.Account, accounts.Credentials, error) {
	get := func(k string) string { return strings.TrimSpace(v[k]) }
	switch n {
	case network.Mastodon:
		server := get("server")
		if server == "" {
			return accounts.Account{}, accounts.Credentials{}, errors.New("please type your Mastodon server's address")
		}
		if !strings.Contains(server, "://") {
			server = "https://" + server
		}
		var creds accounts.Credentials
		if tok := get("token"); tok != "" {
			creds = accounts.Credentials{AccessToken: tok}
		} else {
			if openBrowser == nil {
				openBrowser = OpenBrowser
			}
			var err error
			if creds, err = mastodon.SignIn(ctx, m.HTTP, server, openBrowser); err != nil {
				return accounts.Account{}, accounts.Credentials{}, err
			}
		}
		me, err := mastodon.New(mastodon.Config{Server: server, HTTP: m.HTTP, Creds: creds, Now: m.Now}).VerifyCredentials(ctx)
		if err != nil {
			return accounts.Account{}, accounts.Credentials{}, err
		}
		host := server
		if u, err := url.Parse(server); err == nil {
			host = u.Host
		}
		handle := "@" + me.Acct
		if !strings.Contains(me.Acct, "@") {
			handle += "@" + host
		}
		return accounts.Account{Network: n, Handle: handle, DisplayName: me.DisplayName, ServerURL: server, RemoteID: me.ID}, creds, nil

	case network.Bluesky:
		pds := get("pds")
		if pds == "" {
			pds = bluesky.DefaultPDS
		}
		var creds accounts.Credentials
		c := bluesky.New(bluesky.Config{PDS: pds, Handle: strings.TrimPrefix(get("handle"), "@"), HTTP: m.HTTP, Now: m.Now,
			Creds:     accounts.Credentials{AppPassword: v["app_password"]},
			SaveCreds: func(_ context.Context, c accounts.Credentials) error { creds = c; return nil }})
		sess, err := c.Login(ctx)
		if err != nil {
			return accounts.Account{}, accounts.Credentials{}, err
		}
		if creds.AppPassword == "" {
			creds.AppPassword = v["app_password"]
		}
		return accounts.Account{Network: n, Handle: sess.Handle, ServerURL: pds, RemoteID: sess.DID}, creds, nil

	case network.Facebook:
		pages, err := facebook.PagesForUser(ctx, m.HTTP, "", get("user_token"))
		if err != nil {
			return accounts.Account{}, accounts.Credentials{}, err
		}
		page, err := choosePage(pages, get("page"))
		if err != nil {
			return accounts.Account{}, accounts.Credentials{}, err
		}
		return accounts.Account{Network: n, Handle: page.Name, DisplayName: page.Name, RemoteID: page.ID},
			accounts.Credentials{AccessToken: page.AccessToken}, nil

	case network.Instagram:
		creds := accounts.Credentials{AccessToken: get("token")}
		a := accounts.Account{Network: n, Handle: "Instagram " + get("ig_user_id"), RemoteID: get("ig_user_id")}
		if _, err := instagram.New(instagram.Config{IGUserID: a.RemoteID, HTTP: m.HTTP, Creds: creds, Now: m.Now}).AccountMetrics(ctx); err != nil {
			return accounts.Account{}, accounts.Credentials{}, err
		}
		return a, creds, nil

	case network.LinkedIn:
		creds := accounts.Credentials{AccessToken: get("token"), RefreshToken: get("refresh_token")}
		org := get("organization")
		if !strings.HasPrefix(org, "urn:li:organization:") {
			org = "urn:li:organization:" + org
		}
		a := accounts.Account{Network: n, Handle: "LinkedIn Page " + strings.TrimPrefix(org, "urn:li:organization:"), RemoteID: org}
		if _, err := linkedin.New(linkedin.Config{OrganizationURN: org, HTTP: m.HTTP, Creds: creds, Now: m.Now}).AccountMetrics(ctx); err != nil {
			return accounts.Account{}, accounts.Credentials{}, err
		}
		return a, creds, nil
	}
	return signInMore(ctx, m, n, get)
}

func choosePage(pages []facebook.Page, want string) (facebook.Page, error) {
	if len(pages) == 0 {
		return facebook.Page{}, errors.New("that token manages no Facebook Page; sign in as a Page admin and try again")
	}
	if want == "" {
		if len(pages) == 1 {
			return pages[0], nil
		}
		var names []string
		for _, p := range pages {
			names = append(names, p.Name)
		}
		return facebook.Page{}, fmt.Errorf("that token manages several Pages (%s); type the one to connect", strings.Join(names, ", "))
	}
	for _, p := range pages {
		if p.ID == want || strings.EqualFold(p.Name, want) {
			return p, nil
		}
	}
	return facebook.Page{}, fmt.Errorf("no Page named %q among those the token manages", want)
}

// OpenBrowser opens url in the system's web browser.
func OpenBrowser(url string) error {
	var cmd *exec.Cmd
	switch runtime.GOOS {
	case "windows":
		cmd = exec.Command("rundll32", "url.dll,FileProtocolHandler", url)
	case "darwin":
		cmd = exec.Command("open", url)
	default:
		cmd = exec.Command("xdg-open", url)
	}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("could not open the web browser (%v); open this address yourself: %s", err, url)
	}
	// Wait only reaps the opener when it exits. Its status is not worth
	// reporting by then: starting it worked, and the sign-in page is also
	// printed for opening by hand.
	go cmd.Wait()
	return nil
}
