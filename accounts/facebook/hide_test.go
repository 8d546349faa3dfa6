package facebook

import (
	"context"
	"errors"
	"testing"

	"github.com/carepost/carepost/accounts"
)

// Hiding a comment on the Page's post is POST /{comment-id} with
// is_hidden=true and the Page token; Graph answers {"success":true}.
func TestHideComment(t *testing.T) {
	ctx := context.Background()
	ref := accounts.Ref{ID: "1001_42_7001"}
	var _ accounts.CommentHider = (*Connector)(nil)

	t.Run("sends is_hidden=true on the comment", func(t *testing.T) {
		f := newFakeGraph(t, step{Method: "POST", Path: "/v23.0/1001_42_7001", Params: map[string]string{"is_hidden": "true"}, Body: `{"success":true}`})
		if err := newTestConnector(f).HideComment(ctx, ref); err != nil {
			t.Fatalf("HideComment: %v", err)
		}
	})
	t.Run("a refusal is shown in Graph's words", func(t *testing.T) {
		f := newFakeGraph(t, step{Method: "POST", Path: "/v23.0/1001_42_7001", Status: 400,
			Body: `{"error":{"message":"(#10) This endpoint requires the 'pages_manage_engagement' permission","type":"OAuthException","code":10}}`})
		err := newTestConnector(f).HideComment(ctx, ref)
		var e *accounts.Error
		if !errors.As(err, &e) || e.Message != "(#10) This endpoint requires the 'pages_manage_engagement' permission" {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("an answer without success is rejected", func(t *testing.T) {
		f := newFakeGraph(t, step{Method: "POST", Path: "/v23.0/1001_42_7001", Body: `{"success":false}`})
		var e *accounts.Error
		if err := newTestConnector(f).HideComment(ctx, ref); !errors.As(err, &e) || e.Kind != accounts.KindRejected {
			t.Fatalf("err = %v", err)
		}
	})
}
