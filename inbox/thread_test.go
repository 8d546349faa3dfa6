package inbox

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/network"
)

// threadConn adds publishing and thread reading to the answering fake: the
// test sets what the network says stands above each item.
type threadConn struct {
	*replyConn
	mu        sync.Mutex
	threads   map[string]accounts.Thread // by the item's id
	threadErr error
	asked     []string // item ids asked for
	posts     []*accounts.Ref
}

func (c *threadConn) Publish(ctx context.Context, p accounts.Post) (accounts.Published, error) {
	return accounts.Published{Ref: accounts.Ref{ID: "p1", URL: "https://social.example/@clinic/p1"}, At: t0}, nil
}

func (c *threadConn) Thread(ctx context.Context, item accounts.Ref, post *accounts.Ref) (accounts.Thread, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.asked = append(c.asked, item.ID)
	c.posts = append(c.posts, post)
	if c.threadErr != nil {
		return accounts.Thread{}, c.threadErr
	}
	return c.threads[item.ID], nil
}

func (c *threadConn) askedCount() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.asked)
}

// threadEnv is a Mastodon account whose post p1 CarePost published, with
// two replies synced: Ann's a1 answering p1 (which the clinic answered,
// reply-1), and Bo's b1 answering the clinic's answer. Between p1 and a1
// on the network stands Cy's x0, which never reached the inbox (it did
// not mention the clinic).
func threadEnv(t *testing.T) (*env, *Service, *threadConn, map[string]Item) {
	e := newEnv(t)
	a := e.addAccount(network.Mastodon, "@clinic@social.example")
	conn := &threadConn{replyConn: &replyConn{fakeConn: e.conns[a.ID]}, threads: map[string]accounts.Thread{}}
	svc := replyService(e, conn.replyConn)
	svc.Engine.Connectors = func(ctx context.Context, id int64) (accounts.Connector, accounts.Account, error) {
		acct, err := e.accounts.Get(ctx, id)
		return conn, acct, err
	}
	e.syncer.Connectors = svc.Engine.Connectors
	ds := drafts.NewService(e.db, e.clock.Now)
	d, err := ds.CreateDraft(e.ctx, drafts.Draft{Body: "Flu shots are in: walk in any weekday morning.", Networks: []drafts.Network{network.Mastodon}})
	if err != nil {
		t.Fatal(err)
	}
	if err := ds.MarkReady(e.ctx, d.ID); err != nil {
		t.Fatal(err)
	}
	if res, err := svc.Engine.PublishNow(e.ctx, d.ID, []int64{a.ID}, "UTC"); err != nil || len(res) != 1 || res[0].Err != nil {
		t.Fatalf("publishing the clinic's post: %+v, %v", res, err)
	}
	p1 := &accounts.Ref{ID: "p1", URL: "https://social.example/@clinic/p1"}
	ann := mention("a1", "ann", "Do I need to book?", t0.Add(time.Hour))
	ann.Kind, ann.Subject, ann.Parent = accounts.ActivityReply, p1, p1
	conn.add(ann)
	if _, err := e.syncer.SyncAccount(e.ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	byRemote := map[string]Item{}
	for _, it := range e.list(Filter{}) {
		byRemote[it.RemoteID] = it
	}
	e.clock.Advance(90 * time.Minute)
	if r, err := svc.Answer(e.ctx, ReplyInput{ItemID: byRemote["a1"].ID, Text: "No need to book, just walk in.", Author: "Sam Lee"}); err != nil || r.RemoteID != "reply-1" {
		t.Fatalf("answering a1: %+v, %v", r, err)
	}
	bo := mention("b1", "bo", "Is that true on Saturdays too?", t0.Add(2*time.Hour))
	bo.Kind, bo.Subject, bo.Parent = accounts.ActivityReply, p1, &accounts.Ref{ID: "reply-1"}
	conn.add(bo)
	if _, err := e.syncer.SyncAccount(e.ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	for _, it := range e.list(Filter{}) {
		byRemote[it.RemoteID] = it
	}
	conn.threads["b1"] = accounts.Thread{Ancestors: []accounts.ThreadPost{
		{Ref: *p1, Author: "@clinic", Text: "Flu shots are in: walk in any weekday morning.", CreatedAt: t0, Own: true},
		{Ref: accounts.Ref{ID: "x0", URL: "https://social.example/@cy/x0"}, Author: "@cy@social.example", AuthorName: "Cy", Text: "Which weekdays?", CreatedAt: t0.Add(30 * time.Minute)},
		{Ref: accounts.Ref{ID: "a1"}, Author: "@ann@social.example", Text: "Do I need to book?", CreatedAt: t0.Add(time.Hour)},
		{Ref: accounts.Ref{ID: "reply-1"}, Author: "@clinic", Text: "No need to book, just walk in.", CreatedAt: t0.Add(90 * time.Minute), Own: true},
	}}
	return e, svc, conn, byRemote
}

func TestFullThread(t *testing.T) {
	t.Run("a reply to a reply shows the clinic's post and every earlier message once, oldest first", func(t *testing.T) {
		e, svc, conn, items := threadEnv(t)
		b1 := items["b1"]
		v, err := svc.FullThread(e.ctx, Item{ID: b1.ID}) // as the list gives it: no refs
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, en := range v.Entries {
			got = append(got, en.RemoteID)
		}
		if strings.Join(got, " ") != "p1 x0 a1 reply-1 b1" {
			t.Fatalf("thread %v, want p1 x0 a1 reply-1 b1", got)
		}
		post, cy, ann, answer, item := v.Entries[0], v.Entries[1], v.Entries[2], v.Entries[3], v.Entries[4]
		if !post.Own || post.Who != "The clinic's post" || post.FromNetwork {
			t.Errorf("clinic's post %+v: want it the clinic's, as CarePost stored it", post)
		}
		if !cy.FromNetwork || cy.Own || cy.Who != "Cy (@cy@social.example)" || cy.URL != "https://social.example/@cy/x0" {
			t.Errorf("Cy's message %+v: want it read from the network", cy)
		}
		if ann.ItemID != items["a1"].ID || ann.FromNetwork {
			t.Errorf("Ann's reply %+v: want the stored item", ann)
		}
		if !answer.Own || answer.ReplyID == 0 || answer.State != "sent" {
			t.Errorf("the clinic's answer %+v: want the stored answer", answer)
		}
		if item.ItemID != b1.ID || v.Note != "" {
			t.Errorf("last %+v, note %q", item, v.Note)
		}
		if before := v.Before(b1.ID); len(before) != 4 || len(v.From(b1.ID)) != 1 {
			t.Errorf("Before = %d entries, From = %d", len(before), len(v.From(b1.ID)))
		}
		if len(conn.posts) != 1 || conn.posts[0] == nil || conn.posts[0].ID != "p1" {
			t.Errorf("the connector was told the post %+v, want p1", conn.posts)
		}
	})

	t.Run("the network is asked once within two minutes, then again", func(t *testing.T) {
		e, svc, conn, items := threadEnv(t)
		for i := 0; i < 3; i++ {
			if _, err := svc.FullThread(e.ctx, items["b1"]); err != nil {
				t.Fatal(err)
			}
		}
		if n := conn.askedCount(); n != 1 {
			t.Fatalf("asked %d times, want once", n)
		}
		e.clock.Advance(threadCacheFor + time.Second)
		if _, err := svc.FullThread(e.ctx, items["b1"]); err != nil {
			t.Fatal(err)
		}
		if n := conn.askedCount(); n != 2 {
			t.Fatalf("asked %d times after the cache ran out, want twice", n)
		}
	})

	t.Run("a network error leaves the stored thread and says so", func(t *testing.T) {
		e, svc, conn, items := threadEnv(t)
		conn.threadErr = &accounts.Error{Kind: accounts.KindTransient, Network: network.Mastodon, Op: "read the thread", Err: errors.New("connection refused")}
		v, err := svc.FullThread(e.ctx, items["b1"])
		if err != nil {
			t.Fatal(err)
		}
		local, err := svc.Thread(e.ctx, items["b1"])
		if err != nil {
			t.Fatal(err)
		}
		if len(v.Entries) != len(local) || len(local) != 4 {
			t.Errorf("thread %d entries, stored %d (want 4: the post, Ann, the answer, Bo)", len(v.Entries), len(local))
		}
		want := "Earlier messages could not be loaded: Mastodon could not be reached just now. This shows what CarePost has stored."
		if v.Note != want {
			t.Errorf("note %q\nwant %q", v.Note, want)
		}
	})

	t.Run("a spent rate limit is not asked again before it renews", func(t *testing.T) {
		e, svc, conn, items := threadEnv(t)
		conn.threadErr = &accounts.Error{Kind: accounts.KindRateLimited, Network: network.Mastodon, Op: "read the thread",
			RetryAfter: 5 * time.Minute, RetryAt: e.clock.Now().Add(5 * time.Minute)}
		v, _ := svc.FullThread(e.ctx, items["b1"])
		if !strings.Contains(v.Note, "Mastodon asked CarePost to slow down; open the message again in 5m0s") {
			t.Errorf("note %q", v.Note)
		}
		e.clock.Advance(4 * time.Minute)
		svc.FullThread(e.ctx, items["b1"])
		if n := conn.askedCount(); n != 1 {
			t.Errorf("asked %d times within the limit's wait, want once", n)
		}
	})

	t.Run("a gap on the network is named", func(t *testing.T) {
		e, svc, conn, items := threadEnv(t)
		th := conn.threads["b1"]
		th.Missing = true
		conn.threads["b1"] = th
		v, _ := svc.FullThread(e.ctx, items["b1"])
		if v.Note != "Some earlier messages are no longer on Mastodon (deleted, or hidden from the clinic)." || len(v.Entries) != 5 {
			t.Errorf("note %q with %d entries", v.Note, len(v.Entries))
		}
	})

	t.Run("a message that answers nothing asks the network nothing", func(t *testing.T) {
		e, svc, conn, _ := threadEnv(t)
		a, _ := e.accounts.List(e.ctx)
		conn.add(mention("m9", "dee", "Hello @clinic", t0.Add(3*time.Hour)))
		if _, err := e.syncer.SyncAccount(e.ctx, a[0].ID); err != nil {
			t.Fatal(err)
		}
		var m9 Item
		for _, it := range e.list(Filter{}) {
			if it.RemoteID == "m9" {
				m9 = it
			}
		}
		v, err := svc.FullThread(e.ctx, m9)
		if err != nil || len(v.Entries) != 1 || v.Note != "" || conn.askedCount() != 0 {
			t.Errorf("thread %+v, %v after asking %d times", v, err, conn.askedCount())
		}
	})

	t.Run("a network that reads no threads says so", func(t *testing.T) {
		e, svc, _, items := threadEnv(t)
		plain := e.conns[items["b1"].AccountID] // the fake without Thread
		e.syncer.Connectors = func(ctx context.Context, id int64) (accounts.Connector, accounts.Account, error) {
			acct, err := e.accounts.Get(ctx, id)
			return plain, acct, err
		}
		v, err := svc.FullThread(e.ctx, items["b1"])
		if err != nil || v.Note != "Mastodon doesn't let CarePost read earlier messages; this shows what CarePost has stored." {
			t.Errorf("note %q, %v", v.Note, err)
		}
	})

	t.Run("deleting an author forgets the threads read", func(t *testing.T) {
		e, svc, conn, items := threadEnv(t)
		svc.FullThread(e.ctx, items["b1"])
		if _, err := svc.DeleteAuthor(e.ctx, network.Mastodon, "@cy@social.example"); err != nil {
			t.Fatal(err)
		}
		svc.FullThread(e.ctx, items["b1"])
		if n := conn.askedCount(); n != 2 {
			t.Errorf("asked %d times, want the cache emptied by the deletion", n)
		}
	})
}

// FuzzMergeThread: merging keeps every stored entry, adds each message
// from the network once (none already stored), and comes out oldest first.
func FuzzMergeThread(f *testing.F) {
	f.Add("p1,a1,reply-1,b1", "p1,x0,a1,reply-1", uint8(3))
	f.Add("", "a,a,b", uint8(0))
	f.Add("a,,b", ",a,c", uint8(200))
	f.Fuzz(func(t *testing.T, stored, remote string, shift uint8) {
		var local []ThreadEntry
		seen := map[string]bool{}
		for i, id := range strings.Split(stored, ",") {
			if seen[id] && id != "" {
				continue // a stored thread names each message once
			}
			seen[id] = true
			local = append(local, ThreadEntry{RemoteID: id, ItemID: int64(i + 1), At: t0.Add(time.Duration(i) * time.Minute)})
		}
		var anc []accounts.ThreadPost
		for i, id := range strings.Split(remote, ",") {
			anc = append(anc, accounts.ThreadPost{Ref: accounts.Ref{ID: id}, CreatedAt: t0.Add(time.Duration(i*int(shift)) * time.Second)})
		}
		out := mergeThread(local, anc)
		kept, added := 0, map[string]int{}
		for i, e := range out {
			if i > 0 && e.At.Before(out[i-1].At) {
				t.Fatalf("not oldest first at %d: %+v", i, out)
			}
			if e.ItemID != 0 {
				kept++
				continue
			}
			if seen[e.RemoteID] && e.RemoteID != "" {
				t.Fatalf("%q stored and added again", e.RemoteID)
			}
			if added[e.RemoteID]++; e.RemoteID != "" && added[e.RemoteID] > 1 {
				t.Fatalf("%q added twice", e.RemoteID)
			}
		}
		if kept != len(local) {
			t.Fatalf("kept %d of %d stored entries", kept, len(local))
		}
	})
}
