package wiring

import (
	"context"
	"testing"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/drafts"
)

// The clinic's own connected accounts are never taken for a patient's
// handle in a draft's review, however plain their handle looks; anyone
// else's handle next to care details is.
func TestOwnHandlesAreNotPatients(t *testing.T) {
	ctx := context.Background()
	s := newServices(t)
	if _, err := s.Accounts.Add(ctx, accounts.Account{Network: drafts.Mastodon, Handle: "@mgfc@social.example", ServerURL: "https://social.example"},
		accounts.Credentials{AccessToken: "token-SYNTHETIC"}); err != nil {
		t.Fatal(err)
	}
	handles := func(body string) []string {
		d, err := s.Drafts.CreateDraft(ctx, drafts.Draft{Body: body, Networks: []drafts.Network{drafts.Mastodon}})
		if err != nil {
			t.Fatal(err)
		}
		r, err := s.Drafts.Review(ctx, d)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, f := range r.Findings {
			if f.Kind == drafts.KindHandle {
				out = append(out, f.Text)
			}
		}
		return out
	}
	if got := handles("Congrats @mgfc@social.example on finishing cardiac rehab!"); len(got) != 0 {
		t.Fatalf("the clinic's own handle was flagged: %q", got)
	}
	if got := handles("Congrats @rosa.m22 on finishing cardiac rehab!"); len(got) != 1 || got[0] != "@rosa.m22" {
		t.Fatalf("a person's handle was not flagged: %q", got)
	}
}
