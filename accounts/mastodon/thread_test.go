package mastodon

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
)

// contextJSON is GET /api/v1/statuses/:id/context for a reply to a reply:
// the clinic's post (account 14715, the signed-in account) at the root,
// then a neighbour's followers-only reply to it. Descendants are not read.
const contextJSON = `{
  "ancestors": [
    {
      "id": "103186100000000000",
      "created_at": "2019-12-04T09:00:00.000Z",
      "in_reply_to_id": null,
      "in_reply_to_account_id": null,
      "sensitive": false,
      "spoiler_text": "",
      "visibility": "public",
      "uri": "https://mastodon.example/users/trwnh/statuses/103186100000000000",
      "url": "https://mastodon.example/@trwnh/103186100000000000",
      "content": "<p>Flu shots are in: walk in any weekday morning.</p>",
      "account": {"id": "14715", "username": "trwnh", "acct": "trwnh", "display_name": "Riverside Clinic"}
    },
    {
      "id": "103186200000000000",
      "created_at": "2019-12-04T10:15:00.000Z",
      "in_reply_to_id": "103186100000000000",
      "in_reply_to_account_id": "14715",
      "sensitive": false,
      "spoiler_text": "",
      "visibility": "private",
      "uri": "https://cybre.space/users/haskal/statuses/103186200000000000",
      "url": "https://cybre.space/@haskal/103186200000000000",
      "content": "<p><span class=\"h-card\"><a href=\"https://mastodon.example/@trwnh\" class=\"u-url mention\">@<span>trwnh</span></a></span> Do I need to book?</p>",
      "account": {"id": "297420", "username": "haskal", "acct": "haskal@cybre.space", "display_name": "haskal"}
    }
  ],
  "descendants": [
    {
      "id": "103186400000000000",
      "created_at": "2019-12-04T12:00:00.000Z",
      "in_reply_to_id": "103186300000000000",
      "visibility": "public",
      "content": "<p>later reply, not context</p>",
      "account": {"id": "5", "username": "later", "acct": "later"}
    }
  ]
}`

func TestThreadReadsTheAncestors(t *testing.T) {
	f := newFake(t, map[string]http.HandlerFunc{
		"GET /api/v1/statuses/103186300000000000/context": reply(200, contextJSON),
		"GET /api/v1/accounts/verify_credentials":         reply(200, accountJSON),
	})
	c := f.connector(t)
	got, err := c.Thread(context.Background(), accounts.Ref{ID: "103186300000000000"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []accounts.ThreadPost{
		{Ref: accounts.Ref{ID: "103186100000000000", URL: "https://mastodon.example/@trwnh/103186100000000000"},
			AuthorID: "14715", Author: "@trwnh", AuthorName: "Riverside Clinic", Own: true,
			Text: "Flu shots are in: walk in any weekday morning.", CreatedAt: time.Date(2019, 12, 4, 9, 0, 0, 0, time.UTC)},
		{Ref: accounts.Ref{ID: "103186200000000000", URL: "https://cybre.space/@haskal/103186200000000000"},
			AuthorID: "297420", Author: "@haskal@cybre.space", AuthorName: "haskal", Private: true,
			Text: "@trwnh Do I need to book?", CreatedAt: time.Date(2019, 12, 4, 10, 15, 0, 0, time.UTC)},
	}
	if got.Missing || len(got.Ancestors) != len(want) {
		t.Fatalf("Thread = %+v, want the two ancestors and no gap", got)
	}
	for i := range want {
		g := got.Ancestors[i]
		if g.Ref != want[i].Ref || g.AuthorID != want[i].AuthorID || g.Author != want[i].Author || g.AuthorName != want[i].AuthorName ||
			g.Own != want[i].Own || g.Private != want[i].Private || g.Text != want[i].Text || !g.CreatedAt.Equal(want[i].CreatedAt) {
			t.Errorf("ancestor %d = %+v\nwant %+v", i, g, want[i])
		}
	}
	for _, r := range f.requests() {
		if r.Method != http.MethodGet {
			t.Errorf("reading a thread sent %s %s: it must only read", r.Method, r.Path)
		}
		if len(r.Query) != 0 {
			t.Errorf("%s %s carried a query %v", r.Method, r.Path, r.Query)
		}
	}
	assertCommon(t, f.requests())
	if n := len(f.only("GET", "/api/v1/statuses/103186300000000000/context")); n != 1 {
		t.Errorf("context read %d times, want once", n)
	}
}

func TestThreadGapsAndFailures(t *testing.T) {
	gap := `{"ancestors":[{"id":"2","created_at":"2019-12-04T10:15:00.000Z","in_reply_to_id":"1","visibility":"public",
		"content":"<p>the root above me is gone</p>","account":{"id":"297420","acct":"haskal@cybre.space"}}],"descendants":[]}`
	tests := []struct {
		name        string
		handler     http.HandlerFunc
		wantMissing bool
		wantKind    accounts.ErrorKind
		wantPosts   int
	}{
		{name: "a root the clinic cannot see is a gap", handler: reply(200, gap), wantMissing: true, wantPosts: 1},
		{name: "a top-level status has no ancestors", handler: reply(200, `{"ancestors":[],"descendants":[]}`)},
		{name: "an item deleted since is a gap, not an error", handler: reply(404, `{"error":"Record not found"}`), wantMissing: true},
		{name: "a spent rate limit is an error of its kind", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Retry-After", "60")
			reply(429, `{"error":"Too many requests"}`)(w, r)
		}, wantKind: accounts.KindRateLimited},
		{name: "a revoked token asks to reconnect", handler: reply(401, `{"error":"The access token is invalid"}`), wantKind: accounts.KindAuth},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFake(t, map[string]http.HandlerFunc{
				"GET /api/v1/statuses/3/context":          tt.handler,
				"GET /api/v1/accounts/verify_credentials": reply(200, accountJSON),
			})
			got, err := f.connector(t).Thread(context.Background(), accounts.Ref{ID: "3"}, nil)
			if tt.wantKind != 0 {
				if accounts.ErrorKindOf(err) != tt.wantKind {
					t.Fatalf("err = %v, want kind %s", err, tt.wantKind)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.Missing != tt.wantMissing || len(got.Ancestors) != tt.wantPosts {
				t.Errorf("Thread = %+v, want missing %v and %d posts", got, tt.wantMissing, tt.wantPosts)
			}
		})
	}
}
