package bluesky

import (
	"context"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/internal/bskytest"
)

// Against the real reference servers (scripts/bluesky/test.sh): the
// clinic's reply to someone's post is found in its own repository right
// after the PDS took it, under that post only, and not before the first
// try.
func TestIntegrationOwnReplies(t *testing.T) {
	p := bskytest.New(t)
	pds, hc := p.PDS, p.HTTP
	ctx := context.Background()

	clinicAcct := p.Account("clinic")
	clinicHandle, _, clinicPass := clinicAcct.Handle, clinicAcct.DID, clinicAcct.AppPassword
	clinic := New(Config{PDS: pds, Handle: clinicHandle, HTTP: hc, Creds: accounts.Credentials{AppPassword: clinicPass}})
	if _, err := clinic.Login(ctx); err != nil {
		t.Fatalf("Login: %v", err)
	}
	bobAcct := p.Account("bob")
	bobHandle, _, bobPass := bobAcct.Handle, bobAcct.DID, bobAcct.AppPassword
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
