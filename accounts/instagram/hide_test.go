package instagram

import (
	"context"
	"errors"
	"testing"

	"github.com/carepost/carepost/accounts"
)

// Hiding a comment on the account's media is POST /{ig-comment-id} with
// hide=true; Graph answers {"success":true}.
func TestHideComment(t *testing.T) {
	ctx := context.Background()
	var _ accounts.CommentHider = (*Connector)(nil)
	f := newFakeGraph(t, step{Method: "POST", Path: "/v23.0/17870913679156914", Params: map[string]string{"hide": "true"}, Body: `{"success":true}`})
	if err := newTestConnector(f, nil).HideComment(ctx, accounts.Ref{ID: "17870913679156914"}); err != nil {
		t.Fatalf("HideComment: %v", err)
	}
	var e *accounts.Error
	if err := newTestConnector(newFakeGraph(t), nil).HideComment(ctx, accounts.Ref{}); !errors.As(err, &e) || e.Kind != accounts.KindRejected {
		t.Fatalf("a comment without an id: %v", err)
	}
}
