package bluesky

import (
	"context"
	"net/url"
	"reflect"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
)

// threadJSON is app.bsky.feed.getPostThread (depth 0) for Bob's reply to
// Carla's reply to the clinic's post: the item, its parent, its root.
const threadJSON = `{"thread":{"$type":"app.bsky.feed.defs#threadViewPost",
  "post":{"uri":"at://did:plc:bob/app.bsky.feed.post/3kbob","cid":"cidBob","author":{"did":"did:plc:bob","handle":"bob.test"},
    "record":{"$type":"app.bsky.feed.post","text":"Same question","createdAt":"2026-03-04T10:00:00.000Z",
      "reply":{"root":{"uri":"` + postURI + `","cid":"` + postCID + `"},"parent":{"uri":"at://did:plc:carla/app.bsky.feed.post/3kcarla","cid":"cidCarla"}}},
    "replyCount":0,"repostCount":0,"likeCount":0,"quoteCount":0,"indexedAt":"2026-03-04T10:00:01.000Z","labels":[]},
  "parent":{"$type":"app.bsky.feed.defs#threadViewPost",
    "post":{"uri":"at://did:plc:carla/app.bsky.feed.post/3kcarla","cid":"cidCarla","author":{"did":"did:plc:carla","handle":"carla.test","displayName":"Carla"},
      "record":{"$type":"app.bsky.feed.post","text":"Do you take walk-ins?","createdAt":"2026-03-04T09:30:00.000Z",
        "reply":{"root":{"uri":"` + postURI + `","cid":"` + postCID + `"},"parent":{"uri":"` + postURI + `","cid":"` + postCID + `"}}},
      "replyCount":1,"repostCount":0,"likeCount":0,"quoteCount":0,"indexedAt":"2026-03-04T09:30:01.000Z","labels":[]},
    "parent":{"$type":"app.bsky.feed.defs#threadViewPost",
      "post":{"uri":"` + postURI + `","cid":"` + postCID + `","author":{"did":"` + did + `","handle":"` + handle + `","displayName":"Maple Grove Clinic"},
        "record":{"$type":"app.bsky.feed.post","text":"Flu shots start Monday.","createdAt":"2026-03-04T08:00:00.000Z"},
        "replyCount":1,"repostCount":0,"likeCount":2,"quoteCount":0,"indexedAt":"2026-03-04T08:00:01.000Z","labels":[]},
      "replies":[]},
    "replies":[]},
  "replies":[]}}`

func TestThreadReadsTheParents(t *testing.T) {
	f := newFake(t)
	f.on("app.bsky.feed.getPostThread", reply(200, threadJSON))
	c := signedIn(f, accounts.Credentials{AccessToken: "acc-1"}, nil)
	item := accounts.Ref{URI: "at://did:plc:bob/app.bsky.feed.post/3kbob", CID: "cidBob"}
	got, err := c.Thread(context.Background(), item, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := accounts.Thread{Ancestors: []accounts.ThreadPost{
		{Ref: accounts.Ref{URI: postURI, CID: postCID, URL: "https://bsky.app/profile/" + handle + "/post/3kabc"},
			AuthorID: did, Author: handle, AuthorName: "Maple Grove Clinic", Text: "Flu shots start Monday.",
			CreatedAt: time.Date(2026, 3, 4, 8, 0, 0, 0, time.UTC), Own: true},
		{Ref: accounts.Ref{URI: "at://did:plc:carla/app.bsky.feed.post/3kcarla", CID: "cidCarla", URL: "https://bsky.app/profile/carla.test/post/3kcarla",
			RootURI: postURI, RootCID: postCID},
			AuthorID: "did:plc:carla", Author: "carla.test", AuthorName: "Carla", Text: "Do you take walk-ins?",
			CreatedAt: time.Date(2026, 3, 4, 9, 30, 0, 0, time.UTC)},
	}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Thread =\n%+v\nwant\n%+v", got, want)
	}
	reqs := f.requests("app.bsky.feed.getPostThread")
	if len(reqs) != 1 {
		t.Fatalf("getPostThread asked %d times, want once", len(reqs))
	}
	wantQ := url.Values{"uri": {item.URI}, "depth": {"0"}, "parentHeight": {"20"}}
	if !reflect.DeepEqual(reqs[0].Query, wantQ) || reqs[0].Auth != "Bearer acc-1" {
		t.Errorf("request = %v with %q, want %v with the session's token", reqs[0].Query, reqs[0].Auth, wantQ)
	}
	assertOnlyReads(t, f)
	if n := f.nsids(); len(n) != 1 {
		t.Errorf("requests %v: want only getPostThread (the session is reused)", n)
	}
}

func TestThreadGaps(t *testing.T) {
	tests := []struct {
		name      string
		answer    string
		status    int
		wantPosts int
		wantKind  accounts.ErrorKind
	}{
		{name: "a deleted parent is a gap", status: 200, answer: `{"thread":{"$type":"app.bsky.feed.defs#threadViewPost",
			"post":{"uri":"at://did:plc:bob/app.bsky.feed.post/3kbob","cid":"c","author":{"did":"did:plc:bob","handle":"bob.test"},"record":{"text":"hi","createdAt":"2026-03-04T10:00:00.000Z"},"indexedAt":"2026-03-04T10:00:00.000Z"},
			"parent":{"$type":"app.bsky.feed.defs#notFoundPost","uri":"at://did:plc:carla/app.bsky.feed.post/3kgone","notFound":true}}}`},
		{name: "a blocked parent is a gap", status: 200, answer: `{"thread":{"$type":"app.bsky.feed.defs#threadViewPost",
			"post":{"uri":"at://did:plc:bob/app.bsky.feed.post/3kbob","cid":"c","author":{"did":"did:plc:bob","handle":"bob.test"},"record":{"text":"hi","createdAt":"2026-03-04T10:00:00.000Z"},"indexedAt":"2026-03-04T10:00:00.000Z"},
			"parent":{"$type":"app.bsky.feed.defs#blockedPost","uri":"at://did:plc:eve/app.bsky.feed.post/3keve","blocked":true,"author":{"did":"did:plc:eve"}}}}`},
		{name: "the item itself gone is a gap", status: 400, answer: `{"error":"NotFound","message":"Post not found: at://did:plc:bob/app.bsky.feed.post/3kbob"}`},
		{name: "a spent limit is an error of its kind", status: 429, answer: `{"error":"RateLimitExceeded","message":"Rate Limit Exceeded"}`, wantKind: accounts.KindRateLimited},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFake(t)
			f.on("app.bsky.feed.getPostThread", reply(tt.status, tt.answer))
			c := signedIn(f, accounts.Credentials{AccessToken: "acc-1"}, nil)
			got, err := c.Thread(context.Background(), accounts.Ref{URI: "at://did:plc:bob/app.bsky.feed.post/3kbob"}, nil)
			if tt.wantKind != 0 {
				if accounts.ErrorKindOf(err) != tt.wantKind {
					t.Fatalf("err = %v, want kind %s", err, tt.wantKind)
				}
				return
			}
			if err != nil || !got.Missing || len(got.Ancestors) != tt.wantPosts {
				t.Errorf("Thread = %+v, %v; want a gap and %d posts", got, err, tt.wantPosts)
			}
			assertOnlyReads(t, f)
		})
	}
	t.Run("a chat message has no thread to read", func(t *testing.T) {
		f := newFake(t)
		c := signedIn(f, accounts.Credentials{AccessToken: "acc-1"}, nil)
		got, err := c.Thread(context.Background(), accounts.Ref{ID: "msg1", Conversation: "convo1"}, nil)
		if err != nil || len(got.Ancestors) != 0 || len(f.nsids()) != 0 {
			t.Errorf("Thread = %+v, %v, requests %v; want nothing asked", got, err, f.nsids())
		}
	})
}

// FuzzParseThread: whatever getPostThread answers, reading it ends, never
// panics, lists at most parentHeight+1 posts and marks only the clinic's
// as its own.
func FuzzParseThread(f *testing.F) {
	f.Add([]byte(threadJSON))
	f.Add([]byte(`{"thread":{"parent":{"$type":"app.bsky.feed.defs#notFoundPost","uri":"at://x/y/z","notFound":true}}}`))
	f.Add([]byte(`{"thread":{"parent":{"post":{"uri":"at://a/app.bsky.feed.post/1","record":{"reply":{}}},"parent":null}}}`))
	f.Add([]byte(`{"thread":{"parent":[1,2]}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		th, err := parseThread(data, did)
		if err != nil {
			return
		}
		if len(th.Ancestors) > threadParentHeight+1 {
			t.Fatalf("%d ancestors from a height of %d", len(th.Ancestors), threadParentHeight)
		}
		for _, p := range th.Ancestors {
			if p.Own && p.AuthorID != did {
				t.Fatalf("%+v marked the clinic's", p)
			}
		}
	})
}
