package bluesky

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/carepost/carepost/accounts"
)

// notificationJSON is one app.bsky.notification.listNotifications#notification
// replying to the clinic's post.
func notificationJSON(rkey, indexedAt string) string {
	return fmt.Sprintf(`{"uri":"at://did:plc:bob/app.bsky.feed.post/%s","cid":"cid%s","author":{"did":"did:plc:bob","handle":"bob.test"},
	  "reason":"reply","reasonSubject":%q,"isRead":false,"indexedAt":%q,
	  "record":{"$type":"app.bsky.feed.post","text":"reply %s","createdAt":%q,
	    "reply":{"root":{"uri":%q,"cid":%q},"parent":{"uri":%q,"cid":%q}}}}`,
		rkey, rkey, postURI, indexedAt, rkey, indexedAt, postURI, postCID, postURI, postCID)
}

// notificationFeed serves listNotifications newest first from a list that
// grows between fetches, in pages of the requested limit.
type notificationFeed struct {
	mu    sync.Mutex
	items []string // newest first
}

func (n *notificationFeed) push(item string) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.items = append([]string{item}, n.items...)
}

func (n *notificationFeed) serve(w http.ResponseWriter, r *http.Request) {
	n.mu.Lock()
	items := append([]string(nil), n.items...)
	n.mu.Unlock()
	reply(200, `{"notifications":[`+strings.Join(items, ",")+`]}`)(w, r)
}

func TestFetchActivityCursorHandlesEqualTimes(t *testing.T) {
	f := newFake(t)
	feed := &notificationFeed{}
	f.on("app.bsky.notification.listNotifications", feed.serve)
	c := signedIn(f, accounts.Credentials{AccessToken: "acc-1"}, nil)
	delivered := map[string]int{}
	fetch := func(cursor string) accounts.ActivityPage {
		t.Helper()
		page, err := c.FetchActivity(context.Background(), cursor)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range page.Items {
			if delivered[a.Ref.URI]++; delivered[a.Ref.URI] > 1 {
				t.Errorf("%s delivered twice", a.Ref.URI)
			}
		}
		return page
	}

	feed.push(notificationJSON("3ka", "2026-03-04T10:00:00.000Z"))
	feed.push(notificationJSON("3kb", "2026-03-04T10:00:01.000Z"))
	first := fetch("")
	if len(first.Items) != 2 {
		t.Fatalf("first fetch: %d items", len(first.Items))
	}
	// Indexed in the same millisecond as 3kb, but listed only now.
	feed.push(notificationJSON("3kc", "2026-03-04T10:00:01.000Z"))
	second := fetch(first.Cursor)
	if len(second.Items) != 1 || !strings.HasSuffix(second.Items[0].Ref.URI, "/3kc") {
		t.Fatalf("second fetch = %+v, want only 3kc", second.Items)
	}
	third := fetch(second.Cursor)
	if len(third.Items) != 0 || third.Cursor != second.Cursor {
		t.Fatalf("third fetch = %+v, cursor %q (was %q)", third.Items, third.Cursor, second.Cursor)
	}
	feed.push(notificationJSON("3kd", "2026-03-04T10:00:02.000Z"))
	if fourth := fetch(third.Cursor); len(fourth.Items) != 1 || !strings.HasSuffix(fourth.Items[0].Ref.URI, "/3kd") {
		t.Fatalf("fourth fetch = %+v, want only 3kd", fourth.Items)
	}

	t.Run("a cursor written by an earlier version (a bare time) is still understood", func(t *testing.T) {
		page, err := c.FetchActivity(context.Background(), "2026-03-04T10:00:01.000Z")
		if err != nil || len(page.Items) != 1 || !strings.HasSuffix(page.Items[0].Ref.URI, "/3kd") {
			t.Fatalf("FetchActivity = %+v, %v", page.Items, err)
		}
	})
	for _, nsid := range f.nsids() {
		if nsid != "app.bsky.notification.listNotifications" {
			t.Errorf("FetchActivity called %s; reading must change nothing", nsid)
		}
	}
}

func TestFetchActivityNamesTheClinicsPostAndTheParent(t *testing.T) {
	// Bob answers Carla's reply in a thread the clinic started: the parent
	// is Carla's post, the clinic's post is the root.
	carla := "at://did:plc:carla/app.bsky.feed.post/3kcarla"
	f := newFake(t)
	f.on("app.bsky.notification.listNotifications", reply(200, `{"notifications":[
	  {"uri":"at://did:plc:bob/app.bsky.feed.post/3kbob","cid":"cidBob","author":{"did":"did:plc:bob","handle":"bob.test"},
	   "reason":"reply","reasonSubject":"`+carla+`","isRead":false,"indexedAt":"2026-03-04T10:00:00.000Z",
	   "record":{"$type":"app.bsky.feed.post","text":"Same question","createdAt":"2026-03-04T10:00:00.000Z",
	     "reply":{"root":{"uri":"`+postURI+`","cid":"`+postCID+`"},"parent":{"uri":"`+carla+`","cid":"cidCarla"}}}}]}`))
	c := signedIn(f, accounts.Credentials{AccessToken: "acc-1"}, nil)
	page, err := c.FetchActivity(context.Background(), "")
	if err != nil || len(page.Items) != 1 {
		t.Fatalf("FetchActivity = %+v, %v", page, err)
	}
	a := page.Items[0]
	if a.Subject == nil || a.Subject.URI != postURI || a.Subject.CID != postCID {
		t.Errorf("Subject = %+v, want the clinic's post (the root)", a.Subject)
	}
	if a.Parent == nil || a.Parent.URI != carla || a.Parent.CID != "cidCarla" {
		t.Errorf("Parent = %+v, want Carla's post", a.Parent)
	}
	if a.Private || a.Ref.RootURI != postURI || a.Ref.URL != "https://bsky.app/profile/bob.test/post/3kbob" {
		t.Errorf("activity = %+v", a)
	}
}
