package linkedin

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
)

// A lost answer is looked for among the comments on the item answered
// (GET /rest/socialActions/{urn}/comments; a comment URN lists the
// comments nested under it), the organization's own by actor.
func TestOwnRepliesLinkedIn(t *testing.T) {
	ctx := context.Background()
	since := fixedNow.Add(-time.Hour)
	ms := func(t time.Time) string { return strconv.FormatInt(t.UnixMilli(), 10) }
	const commentURN = "urn:li:comment:(urn:li:activity:7100,6900)"
	const escaped = "/rest/socialActions/urn%3Ali%3Acomment%3A%28urn%3Ali%3Aactivity%3A7100%2C6900%29/comments"

	t.Run("an answer to a comment is the organization's comment nested under it", func(t *testing.T) {
		f := newFake(t, []exchange{{Method: "GET", Path: escaped, Query: "start=0&count=100", Body: `{
		  "paging":{"start":0,"count":100,"total":3,"links":[]},
		  "elements":[
		    {"actor":"urn:li:person:abc","commentUrn":"urn:li:comment:(urn:li:activity:7100,6901)","id":"6901","object":"urn:li:activity:7100",
		     "message":{"text":"Thanks, we open at 9.","attributes":[]},"created":{"actor":"urn:li:person:abc","time":` + ms(fixedNow.Add(-30*time.Minute)) + `},
		     "parentComment":"urn:li:comment:(urn:li:activity:7100,6900)"},
		    {"actor":"urn:li:organization:123","commentUrn":"urn:li:comment:(urn:li:activity:7100,6902)","id":"6902","object":"urn:li:activity:7100",
		     "message":{"text":"Thanks, we open at 9.","attributes":[]},"created":{"actor":"urn:li:person:admin1","time":` + ms(fixedNow.Add(-20*time.Minute)) + `},
		     "parentComment":"urn:li:comment:(urn:li:activity:7100,6900)"},
		    {"actor":"urn:li:organization:123","commentUrn":"urn:li:comment:(urn:li:activity:7100,6899)","id":"6899","object":"urn:li:activity:7100",
		     "message":{"text":"Earlier","attributes":[]},"created":{"actor":"urn:li:person:admin1","time":` + ms(fixedNow.Add(-48*time.Hour)) + `}}
		  ]}`}})
		c, _ := newConn(f, nil)
		got, err := c.OwnReplies(ctx, accounts.Ref{ID: commentURN, URI: commentURN}, accounts.ReplyPost{Text: "Thanks, we open at 9."}, since)
		if err != nil {
			t.Fatal(err)
		}
		const urn = "urn:li:comment:(urn:li:activity:7100,6902)"
		want := accounts.Ref{ID: urn, URI: urn, URL: "https://www.linkedin.com/feed/update/urn:li:activity:7100/?commentUrn=urn%3Ali%3Acomment%3A%28urn%3Ali%3Aactivity%3A7100%2C6902%29"}
		if len(got) != 1 || got[0].Ref != want || got[0].Text != "Thanks, we open at 9." || !got[0].CreatedAt.Equal(fixedNow.Add(-20*time.Minute)) {
			t.Fatalf("got %+v, want one with %+v", got, want)
		}
	})

	t.Run("every page is read while the total says there are more", func(t *testing.T) {
		page := func(n int) string {
			var b strings.Builder
			for i := 0; i < n; i++ {
				if i > 0 {
					b.WriteString(",")
				}
				b.WriteString(`{"actor":"urn:li:person:abc","commentUrn":"urn:li:comment:(urn:li:share:7200,1)","message":{"text":"Hi"},"created":{"time":` + ms(fixedNow.Add(-10*time.Minute)) + `}}`)
			}
			return b.String()
		}
		f := newFake(t, []exchange{
			{Method: "GET", Path: "/rest/socialActions/urn%3Ali%3Ashare%3A7200/comments", Query: "start=0&count=100",
				Body: `{"paging":{"start":0,"count":100,"total":101},"elements":[` + page(100) + `]}`},
			{Method: "GET", Path: "/rest/socialActions/urn%3Ali%3Ashare%3A7200/comments", Query: "start=100&count=100",
				Body: `{"paging":{"start":100,"count":100,"total":101},"elements":[{"actor":"urn:li:organization:123","commentUrn":"urn:li:comment:(urn:li:share:7200,2)","message":{"text":"Welcome!"},"created":{"time":` + ms(fixedNow.Add(-5*time.Minute)) + `}}]}`},
		})
		c, _ := newConn(f, nil)
		got, err := c.OwnReplies(ctx, accounts.Ref{ID: "urn:li:share:7200"}, accounts.ReplyPost{Text: "Welcome!"}, since)
		if err != nil || len(got) != 1 || got[0].ID != "urn:li:comment:(urn:li:share:7200,2)" {
			t.Fatalf("got %+v, %v", got, err)
		}
	})

	t.Run("more comments than it reads settles nothing", func(t *testing.T) {
		var want []exchange
		for i := 0; i < findPages; i++ {
			var b strings.Builder
			for j := 0; j < findPageSize; j++ {
				if j > 0 {
					b.WriteString(",")
				}
				b.WriteString(`{"actor":"urn:li:person:abc","commentUrn":"urn:li:comment:(urn:li:share:7200,1)","message":{"text":"Hi"},"created":{"time":1}}`)
			}
			want = append(want, exchange{Method: "GET", Path: "/rest/socialActions/urn%3Ali%3Ashare%3A7200/comments",
				Query: "start=" + strconv.Itoa(i*findPageSize) + "&count=100", Body: `{"paging":{"total":1000},"elements":[` + b.String() + `]}`})
		}
		f := newFake(t, want)
		c, _ := newConn(f, nil)
		_, err := c.OwnReplies(ctx, accounts.Ref{ID: "urn:li:share:7200"}, accounts.ReplyPost{Text: "Welcome!"}, since)
		if !errors.Is(err, accounts.ErrReplyNotSettled) {
			t.Fatalf("err = %v, want ErrReplyNotSettled", err)
		}
	})

	t.Run("a refusal is an error, never an empty list", func(t *testing.T) {
		f := newFake(t, []exchange{{Method: "GET", Path: "/rest/socialActions/urn%3Ali%3Ashare%3A7200/comments", Query: "start=0&count=100",
			Status: 403, Body: `{"status":403,"serviceErrorCode":100,"code":"ACCESS_DENIED","message":"Not enough permissions to access: partnerApiSocialActions.GET.20260501"}`}})
		c, _ := newConn(f, nil)
		_, err := c.OwnReplies(ctx, accounts.Ref{ID: "urn:li:share:7200"}, accounts.ReplyPost{Text: "Welcome!"}, since)
		var ae *accounts.Error
		if !errors.As(err, &ae) || ae.Message != "Not enough permissions to access: partnerApiSocialActions.GET.20260501" {
			t.Fatalf("err = %v", err)
		}
	})
}
