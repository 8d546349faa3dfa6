package gbp

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/accounts/wire"
	"github.com/carepost/carepost/drafts"
)

// accessToken is the token in use now.
func (c *Connector) accessToken() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.creds.AccessToken
}

// Credentials returns the credentials in use, including any refreshed ones.
func (c *Connector) Credentials() accounts.Credentials {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.creds
}

// do sends the request build makes, with the bearer token. On KindAuth it refreshes the access token once (when there is a
// refresh token), saves it, and sends the request once more.
func (c *Connector) do(ctx context.Context, op string, build func() (*http.Request, error)) (*wire.Response, error) {
	c.retrySave(ctx)
	token := c.accessToken()
	resp, err := c.send(ctx, op, token, build)
	if accounts.ErrorKindOf(err) != accounts.KindAuth {
		return resp, err
	}
	if rerr := c.refreshToken(ctx, token); rerr != nil {
		if errors.Is(rerr, errNoRefresh) {
			return nil, err
		}
		return nil, rerr
	}
	return c.send(ctx, op, c.accessToken(), build)
}

func (c *Connector) send(ctx context.Context, op, token string, build func() (*http.Request, error)) (*wire.Response, error) {
	req, err := build()
	if err != nil {
		return nil, &accounts.Error{Kind: accounts.KindRejected, Network: drafts.GBP, Op: op, Err: err}
	}
	req.Header.Set("Authorization", "Bearer "+token)
	return c.wire.Do(ctx, op, req)
}

var errNoRefresh = errors.New("no refresh token")

// refreshToken exchanges the refresh token for a new access token, unless
// another call already replaced stale.
func (c *Connector) refreshToken(ctx context.Context, stale string) error {
	c.refresh.Lock()
	defer c.refresh.Unlock()
	cur := c.Credentials()
	if cur.AccessToken != stale {
		return nil // refreshed meanwhile
	}
	if cur.RefreshToken == "" {
		return errNoRefresh
	}
	const op = "refresh sign-in"
	form := url.Values{
		"grant_type":    {"refresh_token"},
		"refresh_token": {cur.RefreshToken},
		"client_id":     {cur.ClientID},
	}
	if cur.ClientSecret != "" {
		form.Set("client_secret", cur.ClientSecret)
	}
	req, err := http.NewRequest(http.MethodPost, c.cfg.TokenURL, strings.NewReader(form.Encode()))
	if err != nil {
		return &accounts.Error{Kind: accounts.KindAuth, Network: drafts.GBP, Op: op, Err: err}
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Accept", "application/json")
	resp, err := c.wire.Do(ctx, op, req)
	if err != nil {
		var ae *accounts.Error
		if errors.As(err, &ae) && ae.Kind == accounts.KindRejected {
			ae.Kind = accounts.KindAuth // invalid_grant: the user must reconnect
		}
		return err
	}
	var tok struct {
		AccessToken  string `json:"access_token"`
		ExpiresIn    int64  `json:"expires_in"`
		RefreshToken string `json:"refresh_token"`
	}
	if err := resp.JSON(&tok); err != nil || tok.AccessToken == "" {
		if err == nil {
			err = errors.New("the token endpoint returned no access token")
		}
		return &accounts.Error{Kind: accounts.KindAuth, Network: drafts.GBP, Op: op, Status: resp.Status, Err: err}
	}
	next := cur
	next.AccessToken = tok.AccessToken
	if tok.RefreshToken != "" {
		next.RefreshToken = tok.RefreshToken
	}
	if tok.ExpiresIn > 0 {
		next.ExpiresAt = c.cfg.Now().Add(time.Duration(tok.ExpiresIn) * time.Second)
	}
	c.mu.Lock()
	c.creds = next
	c.unsaved = true
	c.mu.Unlock()
	c.retrySave(ctx)
	return nil
}

// retrySave stores refreshed credentials that are not saved yet. A failed
// save is tried again before the next request, so a refreshed (and
// possibly rotated) refresh token is not lost.
func (c *Connector) retrySave(ctx context.Context) {
	c.mu.Lock()
	if !c.unsaved || c.cfg.SaveCreds == nil {
		c.mu.Unlock()
		return
	}
	creds := c.creds
	c.mu.Unlock()
	if err := c.cfg.SaveCreds(ctx, creds); err != nil {
		return
	}
	c.mu.Lock()
	if c.creds == creds {
		c.unsaved = false
	}
	c.mu.Unlock()
}
