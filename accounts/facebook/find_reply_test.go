package facebook

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
)

var findCommentParams = map[string]string{
	"fields": "id,message,from,created_time,permalink_url",
	"filter": "stream",
	"order":  "reverse_chronological",
	"limit":  "100",
}

func withAfter(p map[string]string, after string) map[string]string {
	out := map[string]string{"after": after}
	for k, v := range p {
		out[k] = v
	}
	return out
}

// A lost answer to a comment is looked for under that comment (Graph's
// GET /{comment-id}/comments, newest first): only the Page's own, made
// since the first try, come back.
func TestOwnRepliesFacebook(t *testing.T) {
	ctx := context.Background()
	since := time.Date(2025, 6, 2, 8, 0, 0, 0, time.UTC)
	comment := accounts.Ref{ID: "1001_42_7001", URL: "https://www.facebook.com/1001_42?comment_id=7001"}

	t.Run("a public answer is the Page's comment under the comment answered", func(t *testing.T) {
		f := newFakeGraph(t, step{Method: "GET", Path: "/v23.0/1001_42_7001/comments", Params: findCommentParams, Body: `{"data":[
		  {"id":"1001_42_7003","message":"Thank you!  We open at 9.","from":{"id":"1001","name":"Riverside Clinic"},"created_time":"2025-06-02T08:40:00+0000","permalink_url":"https://www.facebook.com/1001_42?comment_id=7003"},
		  {"id":"1001_42_7002","message":"Thank you!  We open at 9.","from":{"id":"6001","name":"Ann Lee"},"created_time":"2025-06-02T08:35:00+0000","permalink_url":"https://www.facebook.com/1001_42?comment_id=7002"},
		  {"id":"1001_42_7000","message":"Old answer","from":{"id":"1001","name":"Riverside Clinic"},"created_time":"2025-06-01T08:00:00+0000"}
		],"paging":{"cursors":{"before":"b","after":"a"},"next":"https://graph.facebook.com/v23.0/1001_42_7001/comments?after=a"}}`})
		got, err := newTestConnector(f).OwnReplies(ctx, comment, accounts.ReplyPost{Text: "Thank you! We open at 9."}, since)
		if err != nil {
			t.Fatal(err)
		}
		want := accounts.RecentPost{Ref: accounts.Ref{ID: "1001_42_7003", URL: "https://www.facebook.com/1001_42?comment_id=7003"},
			Text: "Thank you!  We open at 9.", CreatedAt: time.Date(2025, 6, 2, 8, 40, 0, 0, time.UTC)}
		if len(got) != 1 || got[0].Ref != want.Ref || got[0].Text != want.Text || !got[0].CreatedAt.Equal(want.CreatedAt) {
			t.Fatalf("got %+v, want [%+v] (someone else's and the older one are left out; paging stops at the first older one)", got, want)
		}
	})

	t.Run("pages are followed until one reaches back to the first try", func(t *testing.T) {
		f := newFakeGraph(t,
			step{Method: "GET", Path: "/v23.0/1001_42_7001/comments", Params: findCommentParams, Body: `{"data":[
			  {"id":"1001_42_7009","message":"Hi","from":{"id":"6002","name":"Bo Chan"},"created_time":"2025-06-02T08:50:00+0000"}
			],"paging":{"cursors":{"before":"b","after":"c2"},"next":"https://graph.facebook.com/v23.0/1001_42_7001/comments?after=c2"}}`},
			step{Method: "GET", Path: "/v23.0/1001_42_7001/comments", Params: withAfter(findCommentParams, "c2"), Body: `{"data":[
			  {"id":"1001_42_7005","message":"See you soon","from":{"id":"1001","name":"Riverside Clinic"},"created_time":"2025-06-02T08:10:00+0000"}
			],"paging":{"cursors":{"before":"b","after":"c3"}}}`})
		got, err := newTestConnector(f).OwnReplies(ctx, comment, accounts.ReplyPost{Text: "See you soon"}, since)
		if err != nil || len(got) != 1 || got[0].ID != "1001_42_7005" {
			t.Fatalf("got %+v, %v", got, err)
		}
	})

	t.Run("an answer to a reply is looked for under the comment it replies to as well", func(t *testing.T) {
		reply := accounts.Ref{ID: "1001_42_7010"}
		f := newFakeGraph(t,
			step{Method: "GET", Path: "/v23.0/1001_42_7010/comments", Params: findCommentParams, Body: `{"data":[]}`},
			step{Method: "GET", Path: "/v23.0/1001_42_7010", Params: map[string]string{"fields": "parent"},
				Body: `{"parent":{"created_time":"2025-06-02T08:05:00+0000","from":{"name":"Ann Lee","id":"6001"},"message":"Is parking free?","id":"1001_42_7001"},"id":"1001_42_7010"}`},
			step{Method: "GET", Path: "/v23.0/1001_42_7001/comments", Params: findCommentParams, Body: `{"data":[
			  {"id":"1001_42_7011","message":"Yes, behind the building.","from":{"id":"1001","name":"Riverside Clinic"},"created_time":"2025-06-02T08:30:00+0000"}
			]}`})
		got, err := newTestConnector(f).OwnReplies(ctx, reply, accounts.ReplyPost{Text: "Yes, behind the building."}, since)
		if err != nil || len(got) != 1 || got[0].ID != "1001_42_7011" {
			t.Fatalf("got %+v, %v", got, err)
		}
	})

	t.Run("nothing under a top-level comment is the answer not there", func(t *testing.T) {
		f := newFakeGraph(t,
			step{Method: "GET", Path: "/v23.0/1001_42_7001/comments", Params: findCommentParams, Body: `{"data":[]}`},
			step{Method: "GET", Path: "/v23.0/1001_42_7001", Params: map[string]string{"fields": "parent"}, Body: `{"id":"1001_42_7001"}`})
		got, err := newTestConnector(f).OwnReplies(ctx, comment, accounts.ReplyPost{Text: "Yes"}, since)
		if err != nil || len(got) != 0 {
			t.Fatalf("got %+v, %v", got, err)
		}
	})

	t.Run("more comments since the first try than it reads settles nothing", func(t *testing.T) {
		var steps []step
		after := ""
		for i := 0; i < findCommentPages; i++ {
			p := findCommentParams
			if after != "" {
				p = withAfter(findCommentParams, after)
			}
			after = "p" + string(rune('1'+i))
			steps = append(steps, step{Method: "GET", Path: "/v23.0/1001_42_7001/comments", Params: p, Body: `{"data":[
			  {"id":"x","message":"Hi","from":{"id":"6002","name":"Bo Chan"},"created_time":"2025-06-02T08:50:00+0000"}
			],"paging":{"cursors":{"after":"` + after + `"},"next":"https://graph.facebook.com/next"}}`})
		}
		f := newFakeGraph(t, steps...)
		_, err := newTestConnector(f).OwnReplies(ctx, comment, accounts.ReplyPost{Text: "See you soon"}, since)
		if !errors.Is(err, accounts.ErrReplyNotSettled) {
			t.Fatalf("err = %v, want ErrReplyNotSettled", err)
		}
	})

	t.Run("an answer in Messenger is the Page's message in the conversation", func(t *testing.T) {
		msg := accounts.Ref{ID: "m_2", Conversation: "t_100"}
		f := newFakeGraph(t, step{Method: "GET", Path: "/v23.0/t_100", Params: map[string]string{"fields": "messages.limit(20){id,message,from,created_time}"},
			Body: `{"messages":{"data":[
			  {"id":"m_4","message":"Yes, 4 pm works.","from":{"id":"1001","name":"Riverside Clinic"},"created_time":"2025-06-02T08:45:00+0000"},
			  {"id":"m_2","message":"Can I come at 4 instead?","from":{"id":"6001","name":"Ann Lee"},"created_time":"2025-06-02T08:20:00+0000"},
			  {"id":"m_1","message":"Earlier answer","from":{"id":"1001","name":"Riverside Clinic"},"created_time":"2025-06-01T08:20:00+0000"}
			],"paging":{"cursors":{"before":"b","after":"a"}}},"id":"t_100"}`})
		got, err := newTestConnector(f).OwnReplies(ctx, msg, accounts.ReplyPost{Text: "Yes, 4 pm works.", Private: true}, since)
		if err != nil || len(got) != 1 || got[0].Ref != (accounts.Ref{ID: "m_4", Conversation: "t_100"}) || got[0].Text != "Yes, 4 pm works." {
			t.Fatalf("got %+v, %v", got, err)
		}
	})

	t.Run("a private reply to a comment cannot be looked for and says so", func(t *testing.T) {
		f := newFakeGraph(t)
		_, err := newTestConnector(f).OwnReplies(ctx, comment, accounts.ReplyPost{Text: "We sent you a message.", Private: true}, since)
		if !errors.Is(err, accounts.ErrReplyNotSettled) {
			t.Fatalf("err = %v, want ErrReplyNotSettled", err)
		}
	})

	t.Run("an expired token is an auth error, not an empty list", func(t *testing.T) {
		f := newFakeGraph(t, step{Method: "GET", Path: "/v23.0/1001_42_7001/comments", Params: findCommentParams, Status: 400,
			Body: `{"error":{"message":"Error validating access token: Session has expired","type":"OAuthException","code":190,"error_subcode":463,"fbtrace_id":"AbC"}}`})
		_, err := newTestConnector(f).OwnReplies(ctx, comment, accounts.ReplyPost{Text: "Thanks"}, since)
		if accounts.ErrorKindOf(err) != accounts.KindAuth {
			t.Fatalf("err = %v, want auth", err)
		}
	})
}
