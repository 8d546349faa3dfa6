package inbox

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/network"
	"github.com/carepost/carepost/schedule"
)

// replyConn adds answering to the fake connector: each Reply is recorded
// and listed back by RecentPosts.
type replyConn struct {
	*fakeConn
	sent       []accounts.ReplyPost
	replyErr   []error // errors for the next Reply calls, in order
	recentErr  []error
	loseAnswer bool // the next reply reaches the network but its answer is lost
}

func (c *replyConn) Reply(ctx context.Context, to accounts.Ref, r accounts.ReplyPost) (accounts.Published, error) {
	if len(c.replyErr) > 0 {
		err := c.replyErr[0]
		c.replyErr = c.replyErr[1:]
		return accounts.Published{}, err
	}
	c.sent = append(c.sent, r)
	id := fmt.Sprintf("reply-%d", len(c.sent))
	if c.loseAnswer {
		c.loseAnswer = false
		return accounts.Published{}, &accounts.Error{Kind: accounts.KindTransient, Network: c.net, Op: "reply", Err: errors.New("connection reset")}
	}
	return accounts.Published{Ref: accounts.Ref{ID: id, URL: "https://example.org/" + id}}, nil
}

func (c *replyConn) RecentPosts(ctx context.Context, limit int) ([]accounts.RecentPost, error) {
	if len(c.recentErr) > 0 {
		err := c.recentErr[0]
		c.recentErr = c.recentErr[1:]
		return nil, err
	}
	var out []accounts.RecentPost
	for i := len(c.sent) - 1; i >= 0; i-- {
		id := fmt.Sprintf("reply-%d", i+1)
		out = append(out, accounts.RecentPost{Ref: accounts.Ref{ID: id, URL: "https://example.org/" + id}, Text: c.sent[i].Text})
	}
	return out, nil
}

func replyService(e *env, conn *replyConn) *Service {
	ds := drafts.NewService(e.db, e.clock.Now)
	if err := ds.SaveProfile(e.ctx, drafts.Profile{Name: "Maple Grove Clinic", Phone: "555-0100", TimeZone: "UTC"}); err != nil {
		e.t.Fatal(err)
	}
	sched := schedule.NewStore(e.db, ds, e.accounts, e.clock.Now)
	eng := &schedule.Engine{Store: sched, Drafts: ds, Accounts: e.accounts, Now: e.clock.Now,
		Sleep: func(context.Context, time.Duration) error { return nil },
		Connectors: func(ctx context.Context, id int64) (accounts.Connector, accounts.Account, error) {
			a, err := e.accounts.Get(ctx, id)
			return conn, a, err
		},
		Replies: schedule.ReplyGates{Profile: ds.Profile, Answered: MarkAnsweredTx}}
	return &Service{Store: e.store, Sync: e.syncer, Schedule: sched, Engine: eng, Profile: ds.Profile}
}

func TestReplies(t *testing.T) {
	t.Run("a Google review answer waits for approval when the settings ask", func(t *testing.T) {
		e := newEnv(t)
		a := e.addAccount(network.GBP, "Maple Grove Clinic")
		conn := &replyConn{fakeConn: e.conns[a.ID]}
		svc := replyService(e, conn)
		st := DefaultSettings()
		st.ReviewApproval = true
		if err := e.store.SaveSettings(e.ctx, st); err != nil {
			t.Fatal(err)
		}
		e.conns[a.ID].add(accounts.Activity{Ref: accounts.Ref{ID: "accounts/1/locations/2/reviews/r1"}, Kind: accounts.ActivityReview, Rating: 5,
			Author: "Pat", Text: "Friendly front desk!", CreatedAt: t0})
		if _, err := e.syncer.SyncAll(e.ctx, nil); err != nil {
			t.Fatal(err)
		}
		it := e.list(Filter{})[0]
		r, err := svc.Answer(e.ctx, ReplyInput{ItemID: it.ID, Text: "Thank you so much for your kind words!", Author: "Sam"})
		if err != nil || r.State != schedule.ReplyAwaitingApproval || len(conn.sent) != 0 {
			t.Fatalf("reply %+v, %v; sent %d", r, err, len(conn.sent))
		}
		// The background run does not send it either.
		if _, err := svc.Engine.RunDue(e.ctx); err != nil || len(conn.sent) != 0 {
			t.Fatalf("run: %v; sent %d", err, len(conn.sent))
		}
		e.clock.Advance(90 * time.Minute)
		r, err = svc.Approve(e.ctx, r.ID, "Dr. Ana Ruiz")
		if err != nil || r.State != schedule.ReplySent || len(conn.sent) != 1 {
			t.Fatalf("approved: %+v, %v; sent %d", r, err, len(conn.sent))
		}
		got, _ := e.store.Get(e.ctx, it.ID)
		if got.AnsweredBy != "Sam" || got.ResponseTime != 90*time.Minute {
			t.Fatalf("answered %q after %s", got.AnsweredBy, got.ResponseTime)
		}
	})
	t.Run("a lost answer is looked for on the next run, never sent twice", func(t *testing.T) {
		e := newEnv(t)
		a := e.addAccount(network.Mastodon, "clinic")
		conn := &replyConn{fakeConn: e.conns[a.ID], loseAnswer: true,
			recentErr: []error{&accounts.Error{Kind: accounts.KindTransient, Network: network.Mastodon, Op: "list recent posts", Status: 503}}}
		svc := replyService(e, conn)
		e.conns[a.ID].add(mention("1", "bob", "Open Sunday?", t0))
		if _, err := e.syncer.SyncAll(e.ctx, nil); err != nil {
			t.Fatal(err)
		}
		it := e.list(Filter{})[0]
		r, err := svc.Answer(e.ctx, ReplyInput{ItemID: it.ID, Text: "Closed Sundays, open 9 to noon Saturdays.", Author: "Sam"})
		if err != nil || r.State != schedule.ReplyQueued || !r.Reconcile || len(conn.sent) != 1 {
			t.Fatalf("after the lost answer: %+v, %v; sent %d", r, err, len(conn.sent))
		}
		e.clock.Advance(time.Hour)
		sum, err := svc.Engine.RunDue(e.ctx)
		if err != nil || sum.RepliesSent != 1 || sum.Reconciled != 1 || len(conn.sent) != 1 {
			t.Fatalf("next run %+v, %v; sent %d", sum, err, len(conn.sent))
		}
		r, _ = svc.Schedule.GetReply(e.ctx, r.ID)
		if r.State != schedule.ReplySent || r.RemoteID != "reply-1" {
			t.Fatalf("reply %+v", r)
		}
	})
	t.Run("a rate-limited answer waits for the network's time", func(t *testing.T) {
		e := newEnv(t)
		a := e.addAccount(network.Mastodon, "clinic")
		conn := &replyConn{fakeConn: e.conns[a.ID], replyErr: []error{&accounts.Error{Kind: accounts.KindRateLimited, Network: network.Mastodon,
			Op: "reply", Status: 429, RetryAfter: 5 * time.Minute, RetryAt: t0.Add(5 * time.Minute)}}}
		svc := replyService(e, conn)
		e.conns[a.ID].add(mention("1", "bob", "Hi", t0))
		e.syncer.SyncAll(e.ctx, nil)
		it := e.list(Filter{})[0]
		r, err := svc.Answer(e.ctx, ReplyInput{ItemID: it.ID, Text: "Hello! How can we help?", Author: "Sam"})
		if err != nil || r.State != schedule.ReplyQueued || !r.NextAttemptAt.Equal(t0.Add(5*time.Minute)) {
			t.Fatalf("%+v, %v", r, err)
		}
		if sum, _ := svc.Engine.RunDue(e.ctx); sum.RepliesSent != 0 {
			t.Fatal("sent before the network's time")
		}
		e.clock.Advance(6 * time.Minute)
		if sum, _ := svc.Engine.RunDue(e.ctx); sum.RepliesSent != 1 || len(conn.sent) != 1 {
			t.Fatalf("after the wait: %+v", sum)
		}
	})
	t.Run("the engine re-checks privacy: findings kept with a reason pass", func(t *testing.T) {
		e := newEnv(t)
		a := e.addAccount(network.Mastodon, "clinic")
		conn := &replyConn{fakeConn: e.conns[a.ID]}
		svc := replyService(e, conn)
		e.conns[a.ID].add(mention("1", "bob", "Hi", t0))
		e.syncer.SyncAll(e.ctx, nil)
		it := e.list(Filter{})[0]
		text := "Thanks Bob! See you at the open day on March 3."
		hits, err := svc.CheckReply(e.ctx, text, nil)
		if err != nil || len(hits) == 0 {
			t.Skipf("the privacy check finds nothing in %q (%v); nothing to keep", text, err)
		}
		var kept []schedule.KeptFinding
		for _, f := range hits {
			if !f.Keepable() {
				t.Skipf("%q cannot be kept", f.Text)
			}
			kept = append(kept, schedule.KeptFinding{Kind: f.Kind, Text: f.Text, Reason: "Bob is a volunteer who asked us to thank him by name"})
		}
		if _, err := svc.Answer(e.ctx, ReplyInput{ItemID: it.ID, Text: text, Author: "Sam"}); err == nil {
			t.Fatal("sent without keeping the findings")
		}
		r, err := svc.Answer(e.ctx, ReplyInput{ItemID: it.ID, Text: text, Author: "Sam", Kept: kept})
		if err != nil || r.State != schedule.ReplySent {
			t.Fatalf("kept: %+v, %v", r, err)
		}
	})
}
