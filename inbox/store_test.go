package inbox

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/network"
)

func TestSyncStoresEachItemOnce(t *testing.T) {
	e := newEnv(t)
	a := e.addAccount(network.Mastodon, "clinic")
	c := e.conns[a.ID]
	c.add(mention("1", "bob", "Are you open on Saturday?", t0),
		accounts.Activity{Ref: accounts.Ref{ID: "2"}, Kind: accounts.ActivityLike, CreatedAt: t0},
		accounts.Activity{Ref: accounts.Ref{ID: "3"}, Kind: accounts.ActivityFollow, CreatedAt: t0},
		mention("4", "ana", "Thanks for the flu clinic!", t0.Add(time.Minute)))
	for i := 0; i < 2; i++ {
		if _, err := e.syncer.SyncAll(e.ctx, nil); err != nil {
			t.Fatal(err)
		}
	}
	if got := ids(e.list(Filter{})); !reflect.DeepEqual(got, []string{"4", "1"}) {
		t.Fatalf("items %v, want [4 1] (newest first, reactions left out, none twice)", got)
	}
	var reactions int
	if err := e.db.QueryRow(`SELECT count(*) FROM inbox_reactions`).Scan(&reactions); err != nil {
		t.Fatal(err)
	}
	if reactions != 2 {
		t.Fatalf("%d reactions kept, want 2 (the like and the follow)", reactions)
	}
	// The second sync asked from where the first left off.
	if got := c.fetches; len(got) < 2 || got[len(got)-1] != "4" {
		t.Fatalf("fetched with cursors %v; the last sync should start at 4", got)
	}
	// Re-reading from the start (a lost cursor) still adds nothing twice.
	if _, err := e.db.Exec(`UPDATE inbox_cursors SET cursor = ''`); err != nil {
		t.Fatal(err)
	}
	r, err := e.syncer.SyncAccount(e.ctx, a.ID)
	if err != nil || r.Err != nil || r.Added != 0 {
		t.Fatalf("re-sync from the start: %+v, %v; want nothing added", r, err)
	}
}

func TestCursorAdvancesOnlyWithItsItems(t *testing.T) {
	e := newEnv(t)
	a := e.addAccount(network.Mastodon, "clinic")
	c := e.conns[a.ID]
	c.add(mention("1", "bob", "one", t0))
	// A batch that cannot be stored (the account id does not exist) must
	// leave the cursor where it was.
	_, err := e.store.Ingest(e.ctx, Batch{AccountID: 999, Network: network.Mastodon, Activities: c.items, Cursor: "1"}, nil)
	if err == nil {
		t.Fatal("ingesting for a missing account worked")
	}
	st, err := e.store.SyncState(e.ctx, 999)
	if err != nil || st.Cursor != "" {
		t.Fatalf("cursor %q after a failed batch, want none", st.Cursor)
	}
	var n int
	e.db.QueryRow(`SELECT count(*) FROM inbox_items`).Scan(&n)
	if n != 0 {
		t.Fatalf("%d items saved by a failed batch", n)
	}
}

func TestOneFailingAccountDoesNotStopTheOthers(t *testing.T) {
	for _, tc := range []struct {
		name      string
		err       error
		kind      string
		reconnect bool
	}{
		{"auth needs reconnect", &accounts.Error{Kind: accounts.KindAuth, Network: network.Bluesky, Op: "fetch activity", Status: 401}, "auth", true},
		{"rate limit waits", &accounts.Error{Kind: accounts.KindRateLimited, Network: network.Bluesky, Op: "fetch activity", Status: 429,
			RetryAfter: 10 * time.Minute, RetryAt: t0.Add(10 * time.Minute)}, "rate_limited", false},
		{"offline", &accounts.Error{Kind: accounts.KindTransient, Network: network.Bluesky, Op: "fetch activity"}, "transient", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			bad := e.addAccount(network.Bluesky, "clinic.bsky.social")
			good := e.addAccount(network.Mastodon, "clinic")
			e.conns[bad.ID].err = tc.err
			e.conns[good.ID].add(mention("1", "bob", "hello", t0))
			results, err := e.syncer.SyncAll(e.ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			if results[0].OK() || results[0].ErrorKind != tc.kind || results[0].Message == "" {
				t.Fatalf("failing account: %+v", results[0])
			}
			if !results[1].OK() || results[1].Added != 1 {
				t.Fatalf("the other account: %+v", results[1])
			}
			st, _ := e.store.SyncState(e.ctx, bad.ID)
			if st.LastError == "" || st.ErrorKind != tc.kind {
				t.Fatalf("recorded %+v", st)
			}
			got, _ := e.accounts.Get(e.ctx, bad.ID)
			if (got.Status == accounts.StatusNeedsReconnect) != tc.reconnect {
				t.Fatalf("account status %s", got.Status)
			}
			if tc.kind == "rate_limited" {
				// Before the retry time the network is not asked again.
				before := len(e.conns[bad.ID].fetches)
				r, _ := e.syncer.SyncAccount(e.ctx, bad.ID)
				if len(e.conns[bad.ID].fetches) != before || r.ErrorKind != "rate_limited" {
					t.Fatalf("asked again before the retry time: %+v", r)
				}
				e.clock.Advance(11 * time.Minute)
				e.conns[bad.ID].err = nil
				if r, _ := e.syncer.SyncAccount(e.ctx, bad.ID); !r.OK() {
					t.Fatalf("after the wait: %+v", r)
				}
			}
		})
	}
}

func TestFetchingNeverMarksSeen(t *testing.T) {
	e := newEnv(t)
	a := e.addAccount(network.Bluesky, "clinic.bsky.social")
	e.conns[a.ID].add(mention("at://x/1", "bob", "hi", t0))
	if _, err := e.syncer.SyncAll(e.ctx, nil); err != nil {
		t.Fatal(err)
	}
	if len(e.conns[a.ID].seen) != 0 {
		t.Fatal("a sync marked notifications seen")
	}
	if err := e.syncer.MarkSeen(e.ctx, a.ID, t0); err != nil || len(e.conns[a.ID].seen) != 1 {
		t.Fatalf("MarkSeen: %v, %v", err, e.conns[a.ID].seen)
	}
}

func TestUrgentPinnedAndFilters(t *testing.T) {
	e := newEnv(t)
	m := e.addAccount(network.Mastodon, "clinic")
	b := e.addAccount(network.Bluesky, "clinic.bsky.social")
	e.conns[m.ID].add(
		mention("m1", "bob", "URGENT: my chest hurts", t0),
		mention("m2", "cy", "What are your hours?", t0.Add(2*time.Hour)),
		accounts.Activity{Ref: accounts.Ref{ID: "m3"}, Kind: accounts.ActivityMessage, Private: true, Author: "@dee@social.example",
			Text: "Can I book a flu shot?", CreatedAt: t0.Add(time.Hour)},
	)
	e.conns[b.ID].add(accounts.Activity{Ref: accounts.Ref{URI: "at://b/1"}, Kind: accounts.ActivityQuote, Author: "eve.test",
		Text: "Great vaccination drive", CreatedAt: t0.Add(3 * time.Hour)})
	if _, err := e.syncer.SyncAll(e.ctx, nil); err != nil {
		t.Fatal(err)
	}
	all := e.list(Filter{})
	if got := ids(all); !reflect.DeepEqual(got, []string{"m1", "at://b/1", "m2", "m3"}) {
		t.Fatalf("order %v: urgent first, then newest first", got)
	}
	if !all[0].Urgent || all[0].UrgentReasons[0] != "test emergency" {
		t.Fatalf("urgent item %+v", all[0])
	}
	if !all[3].Private || all[3].Kind != KindMessage {
		t.Fatalf("message %+v", all[3])
	}
	id := func(remote string) int64 {
		for _, it := range all {
			if it.RemoteID == remote {
				return it.ID
			}
		}
		t.Fatalf("no %s", remote)
		return 0
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(e.store.SetState(e.ctx, id("m2"), StateDone))
	must(e.store.Assign(e.ctx, id("m3"), "Dr. Ana Ruiz"))
	must(e.store.AddLabel(e.ctx, id("at://b/1"), "thanks"))
	must(e.store.SetRead(e.ctx, id("m1"), true))
	must(e.store.SetNote(e.ctx, id("m3"), "call back Tuesday"))
	for _, tc := range []struct {
		name string
		f    Filter
		want []string
	}{
		{"state new", Filter{State: StateNew}, []string{"m1", "at://b/1", "m3"}},
		{"state done", Filter{State: StateDone}, []string{"m2"}},
		{"unread", Filter{Unread: true}, []string{"at://b/1", "m3"}},
		{"network", Filter{Network: network.Bluesky}, []string{"at://b/1"}},
		{"account", Filter{AccountID: m.ID}, []string{"m1", "m2", "m3"}},
		{"kind", Filter{Kind: KindMessage}, []string{"m3"}},
		{"assignee", Filter{Assignee: "Dr. Ana Ruiz"}, []string{"m3"}},
		{"label", Filter{Label: "thanks"}, []string{"at://b/1"}},
		{"search word", Filter{Search: "flu"}, []string{"m3"}},
		{"search prefix and case", Filter{Search: "VACCIN"}, []string{"at://b/1"}},
		{"search author", Filter{Search: "@bob"}, []string{"m1"}},
		{"search FTS syntax is text", Filter{Search: `hours" OR "flu`}, nil},
		{"search and filter", Filter{Search: "hours", State: StateNew}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := ids(e.list(tc.f)); !reflect.DeepEqual(got, tc.want) {
				t.Fatalf("got %v, want %v", got, tc.want)
			}
		})
	}
	n, err := e.store.Unread(e.ctx)
	if err != nil || n != 2 {
		t.Fatalf("unread %d, %v; want 2 (one read, one done)", n, err)
	}
	it, err := e.store.Get(e.ctx, id("m3"))
	if err != nil || it.Note != "call back Tuesday" || it.Assignee != "Dr. Ana Ruiz" {
		t.Fatalf("item %+v, %v", it, err)
	}
	if !strings.HasPrefix(it.Audience(), "Private") {
		t.Fatalf("audience %q", it.Audience())
	}
	if _, err := e.store.Get(e.ctx, 9999); !errors.Is(err, ErrNotFound) {
		t.Fatalf("missing item: %v", err)
	}
}

func TestPagesFollowOn(t *testing.T) {
	e := newEnv(t)
	a := e.addAccount(network.Mastodon, "clinic")
	for i := 0; i < 7; i++ {
		e.conns[a.ID].add(mention(string(rune('a'+i)), "bob", "hello", t0.Add(time.Duration(i%3)*time.Minute)))
	}
	e.conns[a.ID].add(mention("u", "bob", "URGENT: help", t0))
	if _, err := e.syncer.SyncAll(e.ctx, nil); err != nil {
		t.Fatal(err)
	}
	var got []string
	f := Filter{Limit: 3}
	for {
		p, err := e.store.List(e.ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, ids(p.Items)...)
		if p.Next == nil {
			break
		}
		f.After = p.Next
	}
	want := ids(e.list(Filter{Limit: 100}))
	if !reflect.DeepEqual(got, want) || len(got) != 8 || got[0] != "u" {
		t.Fatalf("paged %v, one page %v", got, want)
	}
}

func TestRetentionAndDeleteAuthor(t *testing.T) {
	e := newEnv(t)
	a := e.addAccount(network.Mastodon, "clinic")
	e.conns[a.ID].add(mention("old", "bob", "my rash is back", t0.Add(-800*24*time.Hour)),
		mention("new", "bob", "thanks", t0), mention("other", "cy", "hello", t0))
	if _, err := e.syncer.SyncAll(e.ctx, nil); err != nil {
		t.Fatal(err)
	}
	n, err := e.store.ApplyRetention(e.ctx, DefaultRetention)
	if err != nil || n != 1 {
		t.Fatalf("retention removed %d, %v; want 1", n, err)
	}
	if got := ids(e.list(Filter{Search: "rash"})); got != nil {
		t.Fatalf("removed text still found: %v", got)
	}
	if c, _ := e.store.Count(e.ctx, Filter{}); c != 3 {
		t.Fatalf("%d items after retention, want 3 (counts stay)", c)
	}
	if n, err := e.store.Received(e.ctx, t0.Add(-900*24*time.Hour), t0.Add(time.Second)); err != nil || n != 3 {
		t.Fatalf("received %d, %v; want 3 (the one without its text too)", n, err)
	}
	n, err = e.store.DeleteAuthor(e.ctx, network.Mastodon, "@bob@social.example")
	if err != nil || n != 2 {
		t.Fatalf("deleted %d, %v", n, err)
	}
	if got := ids(e.list(Filter{})); !reflect.DeepEqual(got, []string{"other"}) {
		t.Fatalf("left %v", got)
	}
}

func TestResponseMedians(t *testing.T) {
	e := newEnv(t)
	a := e.addAccount(network.Mastodon, "clinic")
	// Monday 2 Nov 2026 09:00 UTC: answered after 1 h, 3 h and 10 h.
	e.conns[a.ID].add(mention("1", "a", "x", t0), mention("2", "b", "y", t0), mention("3", "c", "z", t0))
	if _, err := e.syncer.SyncAll(e.ctx, nil); err != nil {
		t.Fatal(err)
	}
	for i, h := range []int{1, 3, 10} {
		it := e.list(Filter{Search: []string{"x", "y", "z"}[i]})[0]
		tx, err := e.db.BeginTx(e.ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := MarkAnsweredTx(e.ctx, tx, it.ID, "Sam", t0.Add(time.Duration(h)*time.Hour)); err != nil {
			t.Fatal(err)
		}
		// A second answer leaves the first response as it was.
		if err := MarkAnsweredTx(e.ctx, tx, it.ID, "Pat", t0.Add(48*time.Hour)); err != nil {
			t.Fatal(err)
		}
		if err := tx.Commit(); err != nil {
			t.Fatal(err)
		}
	}
	got, _ := e.store.Get(e.ctx, e.list(Filter{Search: "z"})[0].ID)
	if got.AnsweredBy != "Sam" || got.ResponseTime != 10*time.Hour || got.State != StateDone {
		t.Fatalf("answered item %+v", got)
	}
	hours, _ := ParseBusinessHours("Mon-Fri 08:00-17:00")
	st := DefaultSettings()
	st.Hours = hours
	if err := e.store.SaveSettings(e.ctx, st); err != nil {
		t.Fatal(err)
	}
	for _, p := range []Period{PeriodWeek, PeriodMonth} {
		ms, err := e.store.ResponseMedians(e.ctx, p, t0.AddDate(0, -1, 0), t0.AddDate(0, 1, 0), time.UTC)
		if err != nil || len(ms) != 1 {
			t.Fatalf("%s: %+v, %v", p, ms, err)
		}
		// Business: 1 h, 3 h, and 10 h from 09:00 Monday = 8 h that day
		// (to 17:00) + 0 → 8 h; median 3 h.
		if ms[0].Calendar != 3*time.Hour || ms[0].Business != 3*time.Hour || ms[0].Answered != 3 {
			t.Fatalf("%s: %+v", p, ms[0])
		}
	}
	// Mon 16:00 → Tue 10:00: 1 h on Monday, 2 h on Tuesday (08-10).
	if d := hours.Between(t0.Add(7*time.Hour), t0.Add(25*time.Hour), time.UTC); d != 3*time.Hour {
		t.Fatalf("business time %s, want 3h", d)
	}
	// Fri 16:00 → Mon 09:00: 1 h Friday, 1 h Monday; the weekend is closed.
	fri := time.Date(2026, 11, 6, 16, 0, 0, 0, time.UTC)
	if d := hours.Between(fri, fri.Add(65*time.Hour), time.UTC); d != 2*time.Hour {
		t.Fatalf("over a weekend %s, want 2h", d)
	}
}

func TestSettingsRoundTrip(t *testing.T) {
	e := newEnv(t)
	st, err := e.store.LoadSettings(e.ctx)
	if err != nil || st.SyncInterval != 5*time.Minute || st.Retention != DefaultRetention || st.ReviewApproval {
		t.Fatalf("defaults %+v, %v", st, err)
	}
	h, err := ParseBusinessHours("Mon,Wed 09:30-18:00")
	if err != nil {
		t.Fatal(err)
	}
	want := Settings{SyncInterval: 15 * time.Minute, Retention: 90 * 24 * time.Hour, ReviewApproval: true, Hours: h}
	if err := e.store.SaveSettings(e.ctx, want); err != nil {
		t.Fatal(err)
	}
	if got, _ := e.store.LoadSettings(e.ctx); got != want {
		t.Fatalf("got %+v, want %+v", got, want)
	}
	if err := e.store.SaveSettings(e.ctx, Settings{SyncInterval: time.Second}); err == nil {
		t.Fatal("a 1 s interval was accepted")
	}
	for _, bad := range []string{"Mon 17:00-08:00", "Funday 08:00-17:00", "08:00-17:00"} {
		if _, err := ParseBusinessHours(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestSearchPagesFollowOn(t *testing.T) {
	e := newEnv(t)
	a := e.addAccount(network.Mastodon, "clinic")
	for i := 0; i < 9; i++ {
		text := "flu shot question"
		if i%4 == 0 {
			text = "URGENT: flu and fever"
		}
		e.conns[a.ID].add(mention(fmt.Sprint(i), "bob", text, t0.Add(time.Duration(i%3)*time.Hour)))
	}
	e.conns[a.ID].add(mention("other", "bob", "parking", t0))
	if _, err := e.syncer.SyncAll(e.ctx, nil); err != nil {
		t.Fatal(err)
	}
	var got []string
	f := Filter{Search: "flu", Limit: 2}
	for {
		p, err := e.store.List(e.ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, ids(p.Items)...)
		if p.Next == nil {
			break
		}
		f.After = p.Next
	}
	var want []string // the list's order, without "parking"
	for _, id := range ids(e.list(Filter{Limit: 100})) {
		if id != "other" {
			want = append(want, id)
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("search pages %v, want the list's order %v", got, want)
	}
	if n, _ := e.store.Count(e.ctx, Filter{Search: "flu"}); n != 9 {
		t.Fatalf("count %d", n)
	}
}

func TestEarlierMessagesInTheThread(t *testing.T) {
	e := newEnv(t)
	a := e.addAccount(network.Mastodon, "clinic")
	post := &accounts.Ref{ID: "p1"}
	r1 := mention("r1", "bob", "Is this open to new patients?", t0)
	r1.Kind, r1.Subject, r1.Parent = accounts.ActivityReply, post, post
	r2 := mention("r2", "cy", "Same question!", t0.Add(time.Hour))
	r2.Kind, r2.Subject, r2.Parent = accounts.ActivityReply, post, &accounts.Ref{ID: "r1"}
	other := mention("x", "dee", "Unrelated", t0.Add(30*time.Minute))
	dm1 := accounts.Activity{Ref: accounts.Ref{ID: "d1"}, Kind: accounts.ActivityMessage, Private: true, Conversation: "c9", Author: "@eve", Text: "hi", CreatedAt: t0}
	dm2 := accounts.Activity{Ref: accounts.Ref{ID: "d2"}, Kind: accounts.ActivityMessage, Private: true, Conversation: "c9", Author: "@eve", Text: "are you there?", CreatedAt: t0.Add(time.Minute)}
	e.conns[a.ID].add(r1, r2, other, dm1, dm2)
	if _, err := e.syncer.SyncAll(e.ctx, nil); err != nil {
		t.Fatal(err)
	}
	byRemote := map[string]Item{}
	for _, it := range e.list(Filter{}) {
		full, err := e.store.Get(e.ctx, it.ID)
		if err != nil {
			t.Fatal(err)
		}
		byRemote[it.RemoteID] = full
	}
	for _, tc := range []struct{ item, want string }{{"r2", "r1"}, {"d2", "d1"}, {"r1", ""}} {
		got, err := e.store.Earlier(e.ctx, byRemote[tc.item], 20)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Join(ids(got), ",") != tc.want {
			t.Errorf("before %s: %v, want %q", tc.item, ids(got), tc.want)
		}
	}
}
