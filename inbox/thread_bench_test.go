package inbox

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
)

// BenchmarkFullThread is opening a reply in an inbox of 100,000 items: its
// stored thread (the clinic's answers, 20 earlier replies to the same post)
// merged with the network's ancestors, which the cache holds after the
// first open (the network's own time is not measured: it is the network's).
func BenchmarkFullThread(b *testing.B) {
	e, a := seeded(b)
	conn := &threadConn{replyConn: &replyConn{fakeConn: e.conns[a.ID]}, threads: map[string]accounts.Thread{}}
	svc := replyService(e, conn.replyConn)
	e.syncer.Connectors = func(ctx context.Context, id int64) (accounts.Connector, accounts.Account, error) {
		acct, err := e.accounts.Get(ctx, id)
		return conn, acct, err
	}
	post := &accounts.Ref{ID: "post-1"}
	var acts []accounts.Activity
	for i := 0; i < 30; i++ {
		r := mention(fmt.Sprintf("r%d", i), fmt.Sprintf("n%d", i), "Is the flu clinic open on Saturday?", t0.Add(time.Duration(i)*time.Minute))
		r.Kind, r.Subject, r.Parent = accounts.ActivityReply, post, post
		acts = append(acts, r)
	}
	if _, err := e.store.Ingest(e.ctx, Batch{AccountID: a.ID, Network: a.Network, Activities: acts, Cursor: "thread"}, e.syncer.Assess); err != nil {
		b.Fatal(err)
	}
	var last Item
	for _, it := range e.list(Filter{Search: "flu clinic"}) {
		if it.RemoteID == "r29" {
			last = it
		}
	}
	if last.ID == 0 {
		b.Fatal("the last reply was not stored")
	}
	conn.threads["r29"] = accounts.Thread{Ancestors: []accounts.ThreadPost{
		{Ref: *post, Text: "Flu clinic this Saturday, 9 to noon.", CreatedAt: t0.Add(-time.Hour), Own: true}}}
	if v, err := svc.FullThread(e.ctx, last); err != nil || len(v.Entries) != 22 {
		b.Fatalf("thread of %d entries, %v; want the post, 20 earlier replies and the item", len(v.Entries), err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := svc.FullThread(e.ctx, last); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	if n := conn.askedCount(); n != 1 {
		b.Fatalf("the network was asked %d times, want once (then the cache)", n)
	}
}
