package facebook

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
)

// A reply on the Page's post: the post is read (GET /{post-id}), then the
// reply with its parent comment nested (GET /{comment-id}?fields=…,parent{…}),
// both GETs with the Page token and exactly these fields.
func TestThreadReadsThePostAndTheParentComment(t *testing.T) {
	f := newFakeGraph(t,
		step{Method: "GET", Path: "/v23.0/1001_42", Params: map[string]string{"fields": "id,message,from,created_time,permalink_url"},
			Body: `{"id":"1001_42","message":"Flu shots start Monday.","from":{"name":"Maple Grove Clinic","id":"1001"},
				"created_time":"2025-06-01T08:00:00+0000","permalink_url":"https://www.facebook.com/1001/posts/42"}`},
		step{Method: "GET", Path: "/v23.0/42_7002", Params: map[string]string{"fields": "id,message,from,created_time,permalink_url,parent{id,message,from,created_time,permalink_url}"},
			Body: `{"id":"42_7002","message":"Same question here","from":{"name":"Bo Neighbour","id":"9002"},"created_time":"2025-06-01T10:00:00+0000",
				"permalink_url":"https://www.facebook.com/1001/posts/42?comment_id=7001&reply_comment_id=7002",
				"parent":{"id":"42_7001","message":"Do you take walk-ins?","from":{"name":"Carla Example","id":"9001"},
				  "created_time":"2025-06-01T09:30:00+0000","permalink_url":"https://www.facebook.com/1001/posts/42?comment_id=7001"}}`},
	)
	got, err := newTestConnector(f).Thread(context.Background(), accounts.Ref{ID: "42_7002"}, &accounts.Ref{ID: "1001_42"})
	if err != nil {
		t.Fatal(err)
	}
	want := accounts.Thread{Ancestors: []accounts.ThreadPost{
		{Ref: accounts.Ref{ID: "1001_42", URL: "https://www.facebook.com/1001/posts/42"}, AuthorID: "1001", Author: "Maple Grove Clinic",
			AuthorName: "Maple Grove Clinic", Text: "Flu shots start Monday.", CreatedAt: time.Date(2025, 6, 1, 8, 0, 0, 0, time.UTC), Own: true},
		{Ref: accounts.Ref{ID: "42_7001", URL: "https://www.facebook.com/1001/posts/42?comment_id=7001"}, AuthorID: "9001", Author: "Carla Example",
			AuthorName: "Carla Example", Text: "Do you take walk-ins?", CreatedAt: time.Date(2025, 6, 1, 9, 30, 0, 0, time.UTC)},
	}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Thread =\n%+v\nwant\n%+v", got, want)
	}
}

func TestThreadGapsAndFailures(t *testing.T) {
	gone := `{"error":{"message":"Unsupported get request. Object with ID '1001_42' does not exist, cannot be loaded due to missing permissions, or does not support this operation.","type":"GraphMethodException","code":100,"error_subcode":33}}`
	ctx := context.Background()
	t.Run("a deleted post is a gap and the comment still read", func(t *testing.T) {
		f := newFakeGraph(t,
			step{Method: "GET", Path: "/v23.0/1001_42", Status: 400, Body: gone},
			step{Method: "GET", Path: "/v23.0/42_7001", Body: `{"id":"42_7001","message":"hi","created_time":"2025-06-01T09:30:00+0000"}`},
		)
		got, err := newTestConnector(f).Thread(ctx, accounts.Ref{ID: "42_7001"}, &accounts.Ref{ID: "1001_42"})
		if err != nil || !got.Missing || len(got.Ancestors) != 0 {
			t.Errorf("Thread = %+v, %v; want a gap and nothing above a top-level comment", got, err)
		}
	})
	t.Run("a throttled Page is an error of its kind", func(t *testing.T) {
		f := newFakeGraph(t, step{Method: "GET", Path: "/v23.0/42_7001", Status: 400,
			Body: `{"error":{"message":"(#32) Page request limit reached","type":"OAuthException","code":32}}`})
		_, err := newTestConnector(f).Thread(ctx, accounts.Ref{ID: "42_7001"}, nil)
		if accounts.ErrorKindOf(err) != accounts.KindRateLimited {
			t.Errorf("err = %v, want rate limited", err)
		}
	})
	t.Run("a Messenger message asks nothing", func(t *testing.T) {
		f := newFakeGraph(t)
		got, err := newTestConnector(f).Thread(ctx, accounts.Ref{ID: "m_1", Conversation: "t_1"}, nil)
		if err != nil || len(got.Ancestors) != 0 || f.Requests() != 0 {
			t.Errorf("Thread = %+v, %v after %d requests", got, err, f.Requests())
		}
	})
}
