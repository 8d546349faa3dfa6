package inbox_test

// The inbox against the real Bluesky reference servers (@atproto/dev-env):
// scripts/bluesky/test.sh installs and starts them on 127.0.0.1 and sets
// CAREPOST_BSKY_PDS. A second account replies to the clinic's post,
// mentions the clinic and quotes the post; after two syncs the inbox holds
// each once, and the clinic's answer, sent through the publishing engine,
// threads under the reply; a third account's reply to the reply shows the
// clinic's post and the first reply above it.

import (
	"context"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/inbox"
	"github.com/carepost/carepost/internal/bskytest"
	"github.com/carepost/carepost/schedule"
	"github.com/carepost/carepost/store"
	"github.com/carepost/carepost/wiring"
)

func TestIntegrationInboxBluesky(t *testing.T) {
	p := bskytest.New(t)
	pds := p.PDS
	ctx := context.Background()
	clinic, fan := p.Account("clinic"), p.Account("fan")

	db, err := store.Open(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ws := wiring.New(db, wiring.Options{HTTP: p.HTTP})
	if err := ws.Drafts.SaveProfile(ctx, drafts.Profile{Name: "Maple Grove Clinic", Phone: "555-0100", TimeZone: "UTC",
		EmergencyWording: "If this is an emergency, call 911."}); err != nil {
		t.Fatal(err)
	}
	acct, err := ws.Accounts.Add(ctx, accounts.Account{Network: drafts.Bluesky, Handle: clinic.Handle, ServerURL: pds, RemoteID: clinic.DID},
		accounts.Credentials{AppPassword: clinic.AppPassword})
	if err != nil {
		t.Fatal(err)
	}

	// The clinic's post (made here directly, as if posted earlier). The
	// AppView notifies a reply's parent author only once it has the parent:
	// wait for it, as a real post would have been there long before.
	own := p.Post(clinic, "Flu shots are in! Walk in Monday to Friday, 9 to 5.", nil)
	p.WaitIndexed(clinic.Token, own.URI)
	// The second account answers it, mentions the clinic and quotes the post.
	reply := p.Post(fan, "Do I need to book for the flu shot?", map[string]any{
		"reply": map[string]any{"root": own, "parent": own}})
	mentionText := "Thanks @" + clinic.Handle + " for the quick visit!"
	start := strings.Index(mentionText, "@")
	p.Post(fan, mentionText, map[string]any{"facets": []any{map[string]any{
		"index":    map[string]int{"byteStart": start, "byteEnd": start + 1 + len(clinic.Handle)},
		"features": []any{map[string]any{"$type": "app.bsky.richtext.facet#mention", "did": clinic.DID}}}}})
	p.Post(fan, "Sharing this: flu shots at our neighbourhood clinic.", map[string]any{
		"embed": map[string]any{"$type": "app.bsky.embed.record", "record": own}})

	// The AppView indexes asynchronously: sync until all three arrived.
	deadline := time.Now().Add(60 * time.Second)
	var items []inbox.Item
	for {
		res, err := ws.Inbox.Sync.SyncAll(ctx, nil)
		if err != nil || len(res) != 1 || !res[0].OK() {
			t.Fatalf("sync: %+v, %v", res, err)
		}
		page, err := ws.Inbox.List(ctx, inbox.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		items = page.Items
		if len(items) >= 3 || time.Now().After(deadline) {
			break
		}
		time.Sleep(time.Second)
	}
	// Two more syncs bring nothing twice.
	for i := 0; i < 2; i++ {
		if res, err := ws.Inbox.Sync.SyncAll(ctx, nil); err != nil || !res[0].OK() {
			t.Fatalf("sync again: %+v, %v", res, err)
		}
	}
	page, err := ws.Inbox.List(ctx, inbox.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[inbox.Kind]int{}
	var replyItem inbox.Item
	for _, it := range page.Items {
		kinds[it.Kind]++
		if it.Author != "" && !strings.Contains(it.Author, fan.Handle) {
			t.Errorf("item from %q, want %s", it.Author, fan.Handle)
		}
		if it.Kind == inbox.KindReply {
			replyItem = it
		}
	}
	if len(page.Items) != 3 || kinds[inbox.KindReply] != 1 || kinds[inbox.KindMention] != 1 || kinds[inbox.KindQuote] != 1 {
		t.Fatalf("inbox after syncs: %d items, kinds %v", len(page.Items), kinds)
	}
	if replyItem, err = ws.Inbox.Get(ctx, replyItem.ID); err != nil {
		t.Fatal(err)
	}
	if replyItem.Ref.URI != reply.URI || replyItem.Private {
		t.Fatalf("reply item %+v", replyItem)
	}
	t.Logf("inbox: %v, each once after four syncs", kinds)

	// The clinic answers through the publishing engine; it threads under
	// the reply, in the thread of the clinic's post.
	r, err := ws.Inbox.Answer(ctx, inbox.ReplyInput{ItemID: replyItem.ID, Text: "No need to book: just walk in any weekday from 9 to 5.", Author: "Sam"})
	if err != nil || r.State != schedule.ReplySent || !strings.HasPrefix(r.RemoteID, "at://"+clinic.DID+"/app.bsky.feed.post/") {
		t.Fatalf("reply: %+v, %v", r, err)
	}
	var got struct {
		Records []struct {
			URI   string `json:"uri"`
			Value struct {
				Reply struct {
					Root, Parent bskytest.StrongRef
				} `json:"reply"`
			} `json:"value"`
		} `json:"records"`
	}
	p.XRPC("GET", "com.atproto.repo.listRecords", "", url.Values{"repo": {clinic.DID}, "collection": {"app.bsky.feed.post"}}, nil, &got)
	found := false
	for _, rec := range got.Records {
		if rec.URI == r.RemoteID {
			found = true
			if rec.Value.Reply.Parent.URI != reply.URI || rec.Value.Reply.Root.URI != own.URI {
				t.Fatalf("the answer's reply refs %+v, want parent %s root %s", rec.Value.Reply, reply.URI, own.URI)
			}
		}
	}
	if !found {
		t.Fatalf("the answer %s is not in the clinic's repo", r.RemoteID)
	}
	it, _ := ws.Inbox.Get(ctx, replyItem.ID)
	if it.AnsweredBy != "Sam" || it.State != inbox.StateDone {
		t.Fatalf("answered item %+v", it)
	}

	// A neighbour answers the fan's reply: opened in the inbox, the
	// reply-to-a-reply has the clinic's post (read from the AppView, since
	// CarePost did not publish it) and the fan's reply above it, once each.
	neighbour := p.Account("neighbour")
	second := p.Post(neighbour, "Same question here, is Saturday also fine?", map[string]any{
		"reply": map[string]any{"root": own, "parent": reply}})
	var secondItem inbox.Item
	deadline = time.Now().Add(60 * time.Second)
	for secondItem.ID == 0 {
		if res, err := ws.Inbox.Sync.SyncAll(ctx, nil); err != nil || !res[0].OK() {
			t.Fatalf("sync for the reply to the reply: %+v, %v", res, err)
		}
		page, err := ws.Inbox.List(ctx, inbox.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range page.Items {
			if it.RemoteID == second.URI {
				secondItem = it
			}
		}
		if secondItem.ID == 0 {
			if time.Now().After(deadline) {
				t.Fatalf("the reply to the reply never reached the inbox (%d items)", len(page.Items))
			}
			time.Sleep(time.Second)
		}
	}
	view, err := ws.Inbox.FullThread(ctx, secondItem)
	if err != nil {
		t.Fatal(err)
	}
	above := view.Before(secondItem.ID)
	var lines []string
	seen := map[string]bool{}
	for _, e := range view.Entries {
		lines = append(lines, e.Who+": "+e.Text)
		if e.RemoteID != "" && seen[e.RemoteID] {
			t.Errorf("%s shown twice", e.RemoteID)
		}
		seen[e.RemoteID] = true
	}
	t.Logf("thread of the reply to the reply:\n%s", strings.Join(lines, "\n"))
	if view.Note != "" || len(above) < 2 {
		t.Fatalf("thread %q, note %q: want the clinic's post and the fan's reply above", lines, view.Note)
	}
	if first := above[0]; !first.Own || first.Who != "The clinic's post" || first.RemoteID != own.URI || !strings.HasPrefix(first.Text, "Flu shots are in!") {
		t.Errorf("first above %+v, want the clinic's post", first)
	}
	fanFound := false
	for _, e := range above {
		if e.RemoteID == reply.URI {
			fanFound = e.ItemID == replyItem.ID && e.Text == "Do I need to book for the flu shot?"
		}
	}
	if !fanFound {
		t.Errorf("the fan's reply is not above the reply to it as its stored item: %q", lines)
	}
	_ = acct
}
