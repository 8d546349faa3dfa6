package bluesky

import (
	"context"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
)

// Against the real reference servers (scripts/bluesky/test.sh): the
// clinic's reply to someone's post is found in its own repository right
// after the PDS took it, under that post only, and not before the first
// try.
func TestIntegrationOwnReplies(t *testing.T) {
	pds := os.Getenv("CAREPOST_BSKY_PDS")
	if pds == "" {
		t.Skip("CAREPOST_BSKY_PDS not set (scripts/bluesky/test.sh starts a real Bluesky server and sets it)")
	}
	ctx := context.Background()
	hc := &http.Client{Timeout: 30 * time.Second}
	p := peer{t: t, pds: strings.TrimRight(pds, "/"), http: hc}

	clinicHandle, _, clinicPass := p.account("clinic")
	clinic := New(Config{PDS: pds, Handle: clinicHandle, HTTP: hc, Creds: accounts.Credentials{AppPassword: clinicPass}})
	if _, err := clinic.Login(ctx); err != nil {
		t.Fatalf("Login: %v", err)
	}
	bobHandle, _, bobPass := p.account("bob")
	bob := New(Config{PDS: pds, Handle: bobHandle, HTTP: hc, Creds: accounts.Credentials{AppPassword: bobPass}})
	if _, err := bob.Login(ctx); err != nil {
		t.Fatalf("bob Login: %v", err)
	}
	question, err := bob.Publish(ctx, accounts.Post{Text: "Are you open on Saturday?"})
	if err != nil {
		t.Fatal(err)
	}
	other, err := bob.Publish(ctx, accounts.Post{Text: "And do you take walk-ins?"})
	if err != nil {
		t.Fatal(err)
	}
	before := time.Now().Add(-time.Minute)
	const text = "Yes, 9 to 1 on Saturdays."
	sent, err := clinic.Reply(ctx, question.Ref, accounts.ReplyPost{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := clinic.Reply(ctx, other.Ref, accounts.ReplyPost{Text: text}); err != nil {
		t.Fatal(err)
	}

	got, err := clinic.OwnReplies(ctx, question.Ref, accounts.ReplyPost{Text: text}, before)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].URI != sent.URI || got[0].CID != sent.CID || got[0].Text != text || got[0].RootURI != question.URI {
		t.Fatalf("OwnReplies = %+v, want only %+v", got, sent.Ref)
	}
	if got, err := clinic.OwnReplies(ctx, question.Ref, accounts.ReplyPost{Text: text}, time.Now().Add(time.Hour)); err != nil || len(got) != 0 {
		t.Fatalf("since after the reply: %+v, %v", got, err)
	}
}
