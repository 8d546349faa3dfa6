package wire

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/carepost/carepost/accounts"
)

// ClientAuth is how a refresh request proves the client's identity when
// the credentials carry a client secret.
type ClientAuth int

const (
	// FormSecret sends client_secret as a form field (Google, LinkedIn).
	FormSecret ClientAuth = iota
	// BasicAuth sends client_id:client_secret as HTTP Basic (X's OAuth 2.0
	// docs for a confidential client).
	BasicAuth
)

// Bearer sends requests with an OAuth 2.0 bearer token. When a request
// fails with KindAuth it refreshes the access token once with the refresh
// token (refresh_token grant), saves the new credentials and sends the
// request again. A failed save is retried before the next request, so a
// refreshed (and possibly rotated) refresh token is not lost.
type Bearer struct {
	Client     *Client
	TokenURL   string
	ClientAuth ClientAuth
	// Save stores refreshed credentials; nil keeps them in memory.
	Save accounts.CredentialSaver
	// Now is the clock for ExpiresAt; nil uses time.Now.
	Now func() time.Time

	mu      sync.Mutex // guards creds and unsaved
	creds   accounts.Credentials
	unsaved bool
	refresh sync.Mutex // one refresh at a time
}

// NewBearer returns a Bearer that starts with creds and sends through client.
func NewBearer(client *Client, tokenURL string, auth ClientAuth, creds accounts.Credentials, save accounts.CredentialSaver, now func() time.Time) *Bearer {
	return &Bearer{Client: client, TokenURL: tokenURL, ClientAuth: auth, Save: save, Now: now, creds: creds}
}

// AccessToken is the token in use now.
func (b *Bearer) AccessToken() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.creds.AccessToken
}

// Credentials returns the credentials in use, including any refreshed ones.
func (b *Bearer) Credentials() accounts.Credentials {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.creds
}

// Do sends the request build makes, with the bearer token. On KindAuth it
// refreshes the access token once (when there is a refresh token), saves
// it, and sends the request once more; build is called for each send.
func (b *Bearer) Do(ctx context.Context, op string, build func() (*http.Request, error)) (*Response, error) {
	b.retrySave(ctx)
	token := b.AccessToken()
	resp, err := b.send(ctx, op, token, build)
	if accounts.ErrorKindOf(err) != accounts.KindAuth {
		return resp, err
	}
	if rerr := b.refreshToken(ctx, token); rerr != nil {
		if errors.Is(rerr, errNoRefresh) {
			return nil, err
		}
		return nil, rerr
	}
	return b.send(ctx, op, b.AccessToken(), build)
}

func (b *Bearer) send(ctx context.Context, op, token string, build func() (*http.Request, error)) (*Response, error) {
	req, err := build()
	if err != nil {
		return nil, &accounts.Error{Kind: accounts.KindRejected, Network: b.Client.Network, Op: op, Err: err}
	}
	req.Header.Set("Authorization", "Bearer "+token)
	return b.Client.Do(ctx, op, req)
}

var errNoRefresh = errors.New("no refresh token")

// refreshToken exchanges the refresh token for a new access token, unless
// another call already replaced stale.
func (b *Bearer) refreshToken(ctx context.Context, stale string) error {
	b.refresh.Lock()
	defer b.refresh.Unlock()
	cur := b.Credentials()
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
	if cur.ClientSecret != "" && b.ClientAuth == FormSecret {
		form.Set("client_secret", cur.ClientSecret)
	}
	req, err := http.NewRequest(http.MethodPost, b.TokenURL, strings.NewReader(form.Encode()))
	if err != nil {
		return &accounts.Error{Kind: accounts.KindAuth, Network: b.Client.Network, Op: op, Err: err}
	}
	if cur.ClientSecret != "" && b.ClientAuth == BasicAuth {
		req.SetBasicAuth(cur.ClientID, cur.ClientSecret)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Accept", "application/json")
	resp, err := b.Client.Do(ctx, op, req)
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
		return &accounts.Error{Kind: accounts.KindAuth, Network: b.Client.Network, Op: op, Status: resp.Status, Err: err}
	}
	next := cur
	next.AccessToken = tok.AccessToken
	if tok.RefreshToken != "" {
		next.RefreshToken = tok.RefreshToken
	}
	if tok.ExpiresIn > 0 {
		now := time.Now
		if b.Now != nil {
			now = b.Now
		}
		next.ExpiresAt = now().Add(time.Duration(tok.ExpiresIn) * time.Second)
	}
	b.mu.Lock()
	b.creds = next
	b.unsaved = true
	b.mu.Unlock()
	b.retrySave(ctx)
	return nil
}

// retrySave stores refreshed credentials that are not saved yet.
func (b *Bearer) retrySave(ctx context.Context) {
	b.mu.Lock()
	if !b.unsaved || b.Save == nil {
		b.mu.Unlock()
		return
	}
	creds := b.creds
	b.mu.Unlock()
	if err := b.Save(ctx, creds); err != nil {
		// Not dropped: the saver (accounts.Service.CredentialSaver) has
		// marked the account "needs reconnect" and said why. The request
		// goes ahead with the token in memory, and the save is tried again
		// before the next one.
		return
	}
	b.mu.Lock()
	if b.creds == creds {
		b.unsaved = false
	}
	b.mu.Unlock()
}
