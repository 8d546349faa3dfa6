// Package bskytest drives the real Bluesky reference servers
// (@atproto/dev-env) that the integration tests of the Bluesky connector,
// the inbox and the statistics run against: scripts/bluesky/test.sh starts
// them on 127.0.0.1 and sets CAREPOST_BSKY_PDS. It makes the people around
// the clinic (fresh accounts, their posts, likes and follows) by calling
// the PDS as their own apps would. Only tests import it.
package bskytest

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"
)

// Peer is the reference PDS as a test reaches it.
type Peer struct {
	T    testing.TB
	PDS  string // without a trailing slash
	HTTP *http.Client
}

// New is the PDS named by CAREPOST_BSKY_PDS; the test is skipped when it
// is not set.
func New(t testing.TB) Peer {
	t.Helper()
	pds := os.Getenv("CAREPOST_BSKY_PDS")
	if pds == "" {
		t.Skip("CAREPOST_BSKY_PDS not set (scripts/bluesky/test.sh starts a real Bluesky server and sets it)")
	}
	return Peer{T: t, PDS: strings.TrimRight(pds, "/"), HTTP: &http.Client{Timeout: 30 * time.Second}}
}

// XRPC calls nsid and decodes its answer into out (may be nil); anything
// but HTTP 200 fails the test.
func (p Peer) XRPC(method, nsid, token string, query url.Values, body, out any) {
	p.T.Helper()
	status, data := p.call(method, nsid, token, query, body)
	if status != http.StatusOK {
		p.T.Fatalf("%s: HTTP %d: %s", nsid, status, data)
	}
	if out != nil {
		if err := json.Unmarshal(data, out); err != nil {
			p.T.Fatalf("%s: %v: %s", nsid, err, data)
		}
	}
}

// XRPCStatus calls nsid and returns its status and body, whatever they are.
func (p Peer) XRPCStatus(method, nsid, token string, body any) (int, string) {
	p.T.Helper()
	status, data := p.call(method, nsid, token, nil, body)
	return status, string(data)
}

func (p Peer) call(method, nsid, token string, query url.Values, body any) (int, []byte) {
	p.T.Helper()
	u := p.PDS + "/xrpc/" + nsid
	if len(query) > 0 {
		u += "?" + query.Encode()
	}
	var r io.Reader
	if body != nil {
		data, err := json.Marshal(body)
		if err != nil {
			p.T.Fatal(err)
		}
		r = bytes.NewReader(data)
	}
	req, err := http.NewRequest(method, u, r)
	if err != nil {
		p.T.Fatal(err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := p.HTTP.Do(req)
	if err != nil {
		p.T.Fatalf("%s: %v", nsid, err)
	}
	defer resp.Body.Close() // read to the end below; closing a read body loses nothing
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		p.T.Fatalf("%s: %v", nsid, err)
	}
	return resp.StatusCode, data
}

// Account is a fresh .test account: its session token and an app password.
type Account struct {
	Handle, DID, Token, AppPassword string
}

// Account creates a fresh .test account whose handle starts with prefix,
// and an app password for it.
func (p Peer) Account(prefix string) Account {
	p.T.Helper()
	b := make([]byte, 4)
	_, _ = rand.Read(b) // crypto/rand never fails on the platforms Go supports
	handle := prefix + hex.EncodeToString(b) + ".test"
	var acct struct {
		AccessJwt string `json:"accessJwt"`
		DID       string `json:"did"`
	}
	p.XRPC("POST", "com.atproto.server.createAccount", "", nil, map[string]string{
		"handle": handle, "email": handle + "@example.com", "password": "main-" + hex.EncodeToString(b)}, &acct)
	var ap struct {
		Password string `json:"password"`
	}
	p.XRPC("POST", "com.atproto.server.createAppPassword", acct.AccessJwt, nil, map[string]string{"name": "carepost"}, &ap)
	if ap.Password == "" || acct.DID == "" {
		p.T.Fatalf("account %s: no DID or app password", handle)
	}
	return Account{Handle: handle, DID: acct.DID, Token: acct.AccessJwt, AppPassword: ap.Password}
}

// StrongRef names a record: its URI and content id.
type StrongRef struct {
	URI string `json:"uri"`
	CID string `json:"cid"`
}

// Record creates a record of collection in the account's repository, as
// its app would (the type and creation time are filled in).
func (p Peer) Record(a Account, collection string, rec map[string]any) StrongRef {
	p.T.Helper()
	rec["$type"] = collection
	if _, ok := rec["createdAt"]; !ok {
		rec["createdAt"] = time.Now().UTC().Format(time.RFC3339Nano)
	}
	var out StrongRef
	p.XRPC("POST", "com.atproto.repo.createRecord", a.Token, nil, map[string]any{"repo": a.DID, "collection": collection, "record": rec}, &out)
	return out
}

// Post creates an English post with the extra fields (a reply, an embed…).
func (p Peer) Post(a Account, text string, extra map[string]any) StrongRef {
	p.T.Helper()
	rec := map[string]any{"text": text, "langs": []string{"en"}}
	for k, v := range extra {
		rec[k] = v
	}
	return p.Record(a, "app.bsky.feed.post", rec)
}

// GetPost reads one post view from the AppView (through the PDS), or nil.
func (p Peer) GetPost(token, uri string) map[string]any {
	p.T.Helper()
	var out struct {
		Posts []map[string]any `json:"posts"`
	}
	p.XRPC("GET", "app.bsky.feed.getPosts", token, url.Values{"uris": {uri}}, nil, &out)
	if len(out.Posts) == 0 {
		return nil
	}
	return out.Posts[0]
}

// Eventually polls f until it returns true or the AppView had a minute to
// catch up (it indexes asynchronously).
func Eventually(t testing.TB, what string, f func() bool) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for !f() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// WaitIndexed waits until the AppView shows the post at uri.
func (p Peer) WaitIndexed(token, uri string) {
	p.T.Helper()
	Eventually(p.T, "the AppView to show "+uri, func() bool { return p.GetPost(token, uri) != nil })
}
