package instagram

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
)

// A lost answer to a comment is looked for among that comment's replies
// (GET /{ig-comment-id}/replies); one to the account's own post among the
// post's comments. Only the account's own, made since the first try, come
// back, newest first.
func TestOwnRepliesInstagram(t *testing.T) {
	ctx := context.Background()
	since := time.Date(2025, 6, 2, 8, 0, 0, 0, time.UTC)
	me := step{Method: "GET", Path: "/v23.0/1784", Params: map[string]string{"fields": "username"}, Body: `{"username":"northclinic","id":"1784"}`}
	params := map[string]string{"fields": "id,text,username,timestamp,from", "limit": "50"}

	t.Run("an answer to a comment is the account's reply under it", func(t *testing.T) {
		f := newFakeGraph(t, me, step{Method: "GET", Path: "/v23.0/17858893269000001/replies", Params: params, Body: `{"data":[
		  {"id":"17858893269000003","text":"We open at 9 on Saturdays.","username":"northclinic","timestamp":"2025-06-02T08:30:00+0000"},
		  {"id":"17858893269000004","text":"We open at 9 on Saturdays.","username":"ann.lee","timestamp":"2025-06-02T08:31:00+0000","from":{"id":"555","username":"ann.lee"}},
		  {"id":"17858893269000005","text":"Thanks, see you!","username":"NorthClinic","timestamp":"2025-06-02T08:50:00+0000"},
		  {"id":"17858893269000002","text":"We open at 9 on Saturdays.","username":"northclinic","timestamp":"2025-06-01T08:30:00+0000"}
		]}`})
		got, err := newTestConnector(f, nil).OwnReplies(ctx, accounts.Ref{ID: "17858893269000001"}, accounts.ReplyPost{Text: "We open at 9 on Saturdays."}, since)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 || got[0].ID != "17858893269000005" || got[1].ID != "17858893269000003" || got[1].Text != "We open at 9 on Saturdays." ||
			!got[1].CreatedAt.Equal(time.Date(2025, 6, 2, 8, 30, 0, 0, time.UTC)) {
			t.Fatalf("got %+v (want the account's two since the first try, newest first)", got)
		}
	})

	t.Run("an answer to the account's own post is a comment on it, every page read", func(t *testing.T) {
		f := newFakeGraph(t, me,
			step{Method: "GET", Path: "/v23.0/9001/comments", Params: params, Body: `{"data":[
			  {"id":"c7","text":"Hello","username":"bo","timestamp":"2025-06-02T08:10:00+0000"}
			],"paging":{"cursors":{"after":"n2"},"next":"https://graph.facebook.com/v23.0/9001/comments?after=n2"}}`},
			step{Method: "GET", Path: "/v23.0/9001/comments", Params: map[string]string{"fields": "id,text,username,timestamp,from", "limit": "50", "after": "n2"},
				Body: `{"data":[{"id":"c8","text":"Welcome!","from":{"id":"1784","username":"northclinic"},"timestamp":"2025-06-02T08:20:00+0000"}]}`})
		got, err := newTestConnector(f, nil).OwnReplies(ctx, accounts.Ref{ID: "9001", URL: "https://www.instagram.com/p/ABC123/"}, accounts.ReplyPost{Text: "Welcome!"}, since)
		if err != nil || len(got) != 1 || got[0].ID != "c8" {
			t.Fatalf("got %+v, %v", got, err)
		}
	})

	t.Run("without the account's username it cannot tell and says so", func(t *testing.T) {
		f := newFakeGraph(t, step{Method: "GET", Path: "/v23.0/1784", Params: map[string]string{"fields": "username"}, Status: 500,
			Body: `{"error":{"message":"An unexpected error has occurred. Please retry your request later.","type":"OAuthException","code":2,"is_transient":true}}`})
		_, err := newTestConnector(f, nil).OwnReplies(ctx, accounts.Ref{ID: "17858893269000001"}, accounts.ReplyPost{Text: "Hi"}, since)
		if accounts.ErrorKindOf(err) != accounts.KindTransient {
			t.Fatalf("err = %v, want transient", err)
		}
	})

	t.Run("more replies than it reads settles nothing", func(t *testing.T) {
		steps := []step{me}
		for i := 0; i < findPages; i++ {
			p := map[string]string{"fields": "id,text,username,timestamp,from", "limit": "50"}
			if i > 0 {
				p["after"] = "a"
			}
			steps = append(steps, step{Method: "GET", Path: "/v23.0/c1/replies", Params: p,
				Body: `{"data":[{"id":"x","text":"Hi","username":"bo","timestamp":"2025-06-02T08:10:00+0000"}],"paging":{"cursors":{"after":"a"},"next":"https://graph.facebook.com/next"}}`})
		}
		f := newFakeGraph(t, steps...)
		_, err := newTestConnector(f, nil).OwnReplies(ctx, accounts.Ref{ID: "c1"}, accounts.ReplyPost{Text: "Hi there"}, since)
		if !errors.Is(err, accounts.ErrReplyNotSettled) {
			t.Fatalf("err = %v, want ErrReplyNotSettled", err)
		}
	})

	t.Run("a private answer was never sent: nothing is read", func(t *testing.T) {
		f := newFakeGraph(t)
		got, err := newTestConnector(f, nil).OwnReplies(ctx, accounts.Ref{ID: "c1"}, accounts.ReplyPost{Text: "Hi", Private: true}, since)
		if err != nil || len(got) != 0 {
			t.Fatalf("got %+v, %v", got, err)
		}
	})
}
