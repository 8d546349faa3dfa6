package schedule

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
)

// replyNet answers replies in memory and lists them back as the
// account's recent posts.
type replyNet struct {
	accounts.Connector // nil: other calls are not expected
	sent               []accounts.ReplyPost
	to                 []accounts.Ref
}

func (n *replyNet) Reply(ctx context.Context, to accounts.Ref, r accounts.ReplyPost) (accounts.Published, error) {
	n.sent = append(n.sent, r)
	n.to = append(n.to, to)
	id := fmt.Sprintf("r%d", len(n.sent))
	return accounts.Published{Ref: accounts.Ref{ID: id, URL: "https://social.example/@clinic/" + id}}, nil
}

func (n *replyNet) RecentPosts(ctx context.Context, limit int) ([]accounts.RecentPost, error) {
	var out []accounts.RecentPost
	for i := len(n.sent) - 1; i >= 0; i-- {
		id := fmt.Sprintf("r%d", i+1)
		// A private Mastodon answer starts by mentioning its reader.
		out = append(out, accounts.RecentPost{Ref: accounts.Ref{ID: id, URL: "https://social.example/@clinic/" + id}, Text: "@bob " + n.sent[i].Text})
	}
	return out, nil
}

func (e *testEnv) replyNet() *replyNet {
	n := &replyNet{}
	e.engine.Connectors = func(ctx context.Context, id int64) (accounts.Connector, accounts.Account, error) {
		a, err := e.accounts.Get(ctx, id)
		return n, a, err
	}
	e.engine.Replies = ReplyGates{Profile: e.drafts.Profile}
	return n
}

func TestReplyCrashAfterTheCallIsFoundNotSentTwice(t *testing.T) {
	e := newTestEnv(t, "")
	a := e.addAccount("clinic")
	n := e.replyNet()
	r, err := e.store.QueueReply(e.ctx, ReplyRequest{AccountID: a.ID, To: accounts.Ref{ID: "s1"}, Text: "Thank you for the kind words!",
		Private: true, Author: "Sam"})
	if err != nil {
		t.Fatal(err)
	}
	e.engine.crashAfterReply = func(Reply) bool { return true }
	if _, err := e.engine.RunDue(e.ctx); !errors.Is(err, errCrashed) {
		t.Fatalf("run: %v", err)
	}
	got, _ := e.store.GetReply(e.ctx, r.ID)
	if got.State != ReplySending || len(n.sent) != 1 || !n.sent[0].Private || n.sent[0].IdempotencyKey != r.IdempotencyKey {
		t.Fatalf("after the crash: %+v; sent %+v", got, n.sent)
	}
	// Another run before the lease ends leaves it alone.
	e.engine.crashAfterReply = nil
	if sum, err := e.engine.RunDue(e.ctx); err != nil || sum.RepliesSent != 0 || len(n.sent) != 1 {
		t.Fatalf("within the lease: %+v, %v", sum, err)
	}
	e.clock.Advance(DefaultLease + time.Minute)
	sum, err := e.engine.RunDue(e.ctx)
	if err != nil || sum.RepliesSent != 1 || sum.Reconciled != 1 || len(n.sent) != 1 {
		t.Fatalf("after the lease: %+v, %v; sent %d", sum, err, len(n.sent))
	}
	got, _ = e.store.GetReply(e.ctx, r.ID)
	if got.State != ReplySent || got.RemoteID != "r1" {
		t.Fatalf("reply %+v", got)
	}
	log, _ := e.store.ReplyLog(e.ctx, r.ID)
	var events []string
	for _, l := range log {
		events = append(events, l.Event)
	}
	if fmt.Sprint(events) != "[queued claimed claimed sent]" {
		t.Fatalf("log %v", events)
	}
}

func TestReplyGatesAtSendTime(t *testing.T) {
	e := newTestEnv(t, "")
	a := e.addAccount("clinic")
	n := e.replyNet()
	t.Run("findings not kept hold it", func(t *testing.T) {
		r, err := e.store.QueueReply(e.ctx, ReplyRequest{AccountID: a.ID, To: accounts.Ref{ID: "s2"},
			Text: "Hi Maria, your diabetes results from your visit on March 3 are ready.", Author: "Sam"})
		if err != nil {
			t.Fatal(err)
		}
		got, err := e.engine.SendReply(e.ctx, r.ID)
		if err != nil || got.State != ReplyHeld || len(n.sent) != 0 {
			t.Fatalf("%+v, %v; sent %d", got, err, len(n.sent))
		}
	})
	t.Run("waiting for approval is never sent", func(t *testing.T) {
		r, err := e.store.QueueReply(e.ctx, ReplyRequest{AccountID: a.ID, To: accounts.Ref{ID: "s3"}, Text: "Thank you!", Author: "Sam", NeedsApproval: true})
		if err != nil || r.State != ReplyAwaitingApproval {
			t.Fatalf("%+v, %v", r, err)
		}
		if sum, _ := e.engine.RunDue(e.ctx); sum.RepliesSent != 0 || len(n.sent) != 0 {
			t.Fatal("sent without approval")
		}
		if _, err := e.store.ApproveReply(e.ctx, r.ID, "Dr. Ruiz"); err != nil {
			t.Fatal(err)
		}
		if sum, _ := e.engine.RunDue(e.ctx); sum.RepliesSent != 1 || len(n.sent) != 1 || n.to[0].ID != "s3" {
			t.Fatalf("after approval: %+v", sum)
		}
	})
	t.Run("a removed account fails it", func(t *testing.T) {
		b := e.addAccount("second")
		r, err := e.store.QueueReply(e.ctx, ReplyRequest{AccountID: b.ID, To: accounts.Ref{ID: "s4"}, Text: "Thanks!", Author: "Sam"})
		if err != nil {
			t.Fatal(err)
		}
		if err := e.accounts.Remove(e.ctx, b.ID); err != nil {
			t.Fatal(err)
		}
		got, err := e.engine.SendReply(e.ctx, r.ID)
		if err != nil || got.State != ReplyFailed || got.LastError != AccountRemovedReason {
			t.Fatalf("%+v, %v", got, err)
		}
	})
}
