package bluesky

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/carepost/carepost/accounts"
)

// hindiSentence is 25 graphemes as Bluesky's servers count them (Unicode
// 15.1 keeps each conjunct in one), 28 by Unicode 15.0's rules.
const hindiSentence = "हमारे क्लिनिक में फ्लू का टीका उपलब्ध है। "

// TestPublishCountsGraphemesAsTheServerDoes: a post of 300 graphemes with
// Devanagari conjuncts goes out (336 by the older rules would have been
// refused here), and one more grapheme is refused before any request.
func TestPublishCountsGraphemesAsTheServerDoes(t *testing.T) {
	f := newFake(t)
	f.on("com.atproto.repo.createRecord", reply(200, `{"uri":"`+postURI+`","cid":"`+postCID+`"}`))
	c := signedIn(f, accounts.Credentials{AccessToken: "acc-1"}, nil)
	text := strings.Repeat(hindiSentence, 12)
	if _, err := c.Publish(context.Background(), accounts.Post{Text: text}); err != nil {
		t.Fatalf("300 graphemes: %v", err)
	}
	_, err := c.Publish(context.Background(), accounts.Post{Text: text + "!"})
	var e *accounts.Error
	if !errors.As(err, &e) || e.Kind != accounts.KindRejected || !strings.Contains(e.Message, "(301 characters; at most 300)") {
		t.Fatalf("301 graphemes: err = %v", err)
	}
	if n := len(f.requests("com.atproto.repo.createRecord")); n != 1 {
		t.Fatalf("createRecord called %d times, want once", n)
	}
}
