package connect

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/accounts/bluesky"
	"github.com/carepost/carepost/accounts/gbp"
	"github.com/carepost/carepost/accounts/instagram"
	"github.com/carepost/carepost/accounts/linkedin"
)

// Networks that cannot answer a given item privately refuse in plain
// words and send nothing: a private message is never answered in public.
func TestPrivateRepliesAreNeverSentInPublic(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		http.Error(w, `{}`, http.StatusTeapot)
	}))
	t.Cleanup(srv.Close)
	now := func() time.Time { return time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC) }
	creds := accounts.Credentials{AccessToken: "tok", AppPassword: "pw"}
	tests := []struct {
		name string
		conn accounts.Connector
		to   accounts.Ref
	}{
		{"Bluesky", bluesky.New(bluesky.Config{PDS: srv.URL, Handle: "clinic.example.com", HTTP: srv.Client(), Creds: creds, Now: now}),
			accounts.Ref{URI: "at://did:plc:bob/app.bsky.feed.post/3k", CID: "c"}},
		{"Instagram", instagram.New(instagram.Config{GraphURL: srv.URL, IGUserID: "1784", HTTP: srv.Client(), Creds: creds, Now: now}),
			accounts.Ref{ID: "17890"}},
		{"LinkedIn", linkedin.New(linkedin.Config{BaseURL: srv.URL, OrganizationURN: "urn:li:organization:1", HTTP: srv.Client(), Creds: creds, Now: now}),
			accounts.Ref{ID: "urn:li:comment:(urn:li:activity:1,2)"}},
		{"Google Business Profile", gbp.New(gbp.Config{BaseURL: srv.URL, AccountID: "1", LocationID: "2", HTTP: srv.Client(), Creds: creds, Now: now}),
			accounts.Ref{ID: "r1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := hits.Load()
			_, err := tt.conn.Reply(context.Background(), tt.to, accounts.ReplyPost{Text: "Please call us", Private: true})
			if accounts.ErrorKindOf(err) != accounts.KindRejected {
				t.Fatalf("err = %v, want a plain refusal", err)
			}
			if msg := accounts.UserMessage(err); len(msg) < 40 {
				t.Errorf("message too thin to act on: %q", msg)
			}
			if hits.Load() != before {
				t.Errorf("%d requests sent", hits.Load()-before)
			}
			if err := tt.conn.MarkSeen(context.Background(), time.Time{}); err != nil {
				t.Errorf("MarkSeen(zero) = %v", err)
			}
		})
	}
}
