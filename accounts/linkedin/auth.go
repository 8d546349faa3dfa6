package linkedin

import (
	"context"
	"net/http"
	"strings"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/accounts/wire"
)

// Credentials returns the credentials in use, including any refreshed ones.
func (c *Connector) Credentials() accounts.Credentials { return c.bearer.Credentials() }

// do sends the request build makes, with LinkedIn's headers and the bearer
// token (see wire.Bearer for the refresh on KindAuth).
func (c *Connector) do(ctx context.Context, op string, build func() (*http.Request, error)) (*wire.Response, error) {
	return c.bearer.Do(ctx, op, func() (*http.Request, error) {
		req, err := build()
		if err == nil && strings.HasPrefix(req.URL.String(), c.cfg.BaseURL+"/") {
			req.Header.Set("Linkedin-Version", c.cfg.Version)
			req.Header.Set("X-Restli-Protocol-Version", RestliProtocolVersion)
		}
		return req, err
	})
}
