package x

import (
	"context"
	"errors"
	"strconv"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
)

func TestRateLimitHeadersStopFurtherRequests(t *testing.T) {
	const fields = "expansions=author_id&max_results=100"
	const tf = "tweet.fields=created_at%2Cauthor_id%2Cin_reply_to_user_id%2Creferenced_tweets&user.fields=username%2Cname"
	reset := fixedNow.Add(12 * time.Minute)
	f := newFake(t, []exchange{
		{Method: "GET", Path: "/2/users/2244994945/mentions", Query: fields + "&since_id=5&" + tf,
			Headers: map[string]string{"x-rate-limit-limit": "10", "x-rate-limit-remaining": "0", "x-rate-limit-reset": strconv.FormatInt(reset.Unix(), 10)},
			Body:    `{"meta": {"result_count": 0}}`},
		// Posting counts against another endpoint's limit: it goes on.
		{Method: "POST", Path: "/2/tweets", WantJSON: `{"text":"Open today","reply":{"in_reply_to_tweet_id":"7"}}`, Body: `{"data":{"id":"8","text":"Open today"}}`},
	})
	c, _ := newConn(f, nil)
	if _, err := c.FetchActivity(context.Background(), "5"); err != nil {
		t.Fatal(err)
	}
	_, err := c.FetchActivity(context.Background(), "5")
	var e *accounts.Error
	if !errors.As(err, &e) || e.Kind != accounts.KindRateLimited || e.RetryAfter != 12*time.Minute || !e.RetryAt.Equal(reset) {
		t.Fatalf("second read: %#v, want rate limited until the reset", err)
	}
	if _, err := c.Reply(context.Background(), accounts.Ref{ID: "7"}, accounts.ReplyPost{Text: "Open today"}); err != nil {
		t.Fatalf("reply on another endpoint: %v", err)
	}
}
