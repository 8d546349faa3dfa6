package bluesky

import (
	"context"
	"errors"
	"net/http"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
)

// A lost reply is looked for in the account's own repository
// (com.atproto.repo.listRecords, newest first): its post records whose
// reply parent is the item answered. A lost chat answer among the
// conversation's messages (chat.bsky.convo.getMessages through the chat
// proxy), the account's own by sender.
func TestOwnRepliesBluesky(t *testing.T) {
	ctx := context.Background()
	since := fixedNow.Add(-time.Hour)
	creds := accounts.Credentials{AccessToken: "acc-1", RefreshToken: "ref-1", ExpiresAt: fixedNow.Add(time.Hour)}
	const item = "at://did:plc:ann456/app.bsky.feed.post/3kitem"
	const root = "at://did:plc:clinic123/app.bsky.feed.post/3kroot"

	t.Run("a reply is the account's post record whose parent is the item", func(t *testing.T) {
		f := newFake(t)
		f.on("com.atproto.repo.listRecords", reply(200, `{"cursor":"3kold","records":[
		  {"uri":"at://did:plc:clinic123/app.bsky.feed.post/3knew2","cid":"bafy2","value":{"$type":"app.bsky.feed.post","text":"Another thread","createdAt":"2026-03-04T05:00:00.000Z",
		    "reply":{"root":{"uri":"at://x/app.bsky.feed.post/1","cid":"c"},"parent":{"uri":"at://x/app.bsky.feed.post/1","cid":"c"}}}},
		  {"uri":"at://did:plc:clinic123/app.bsky.feed.post/3knew1","cid":"bafy1","value":{"$type":"app.bsky.feed.post","text":"We open at 9.","createdAt":"2026-03-04T04:50:00.000Z",
		    "reply":{"root":{"uri":"`+root+`","cid":"bafyroot"},"parent":{"uri":"`+item+`","cid":"bafyitem"}}}},
		  {"uri":"at://did:plc:clinic123/app.bsky.feed.post/3kold","cid":"bafy0","value":{"$type":"app.bsky.feed.post","text":"We open at 9.","createdAt":"2026-03-03T04:50:00.000Z",
		    "reply":{"root":{"uri":"`+root+`","cid":"bafyroot"},"parent":{"uri":"`+item+`","cid":"bafyitem"}}}}
		]}`))
		got, err := signedIn(f, creds, nil).OwnReplies(ctx, accounts.Ref{URI: item, CID: "bafyitem"}, accounts.ReplyPost{Text: "We open at 9."}, since)
		if err != nil {
			t.Fatal(err)
		}
		want := accounts.Ref{URI: "at://did:plc:clinic123/app.bsky.feed.post/3knew1", CID: "bafy1", RootURI: root, RootCID: "bafyroot",
			URL: "https://bsky.app/profile/clinic.example.com/post/3knew1"}
		if len(got) != 1 || got[0].Ref != want || got[0].Text != "We open at 9." {
			t.Fatalf("got %+v, want one at %+v (the other thread's and the older one left out)", got, want)
		}
		reqs := f.requests("com.atproto.repo.listRecords")
		if len(reqs) != 1 || reqs[0].Method != "GET" || reqs[0].Auth != "Bearer acc-1" || reqs[0].Query.Get("repo") != did ||
			reqs[0].Query.Get("collection") != "app.bsky.feed.post" || reqs[0].Query.Get("limit") != "100" {
			t.Fatalf("requests %+v", reqs)
		}
	})

	t.Run("more posts since the first try than it reads settles nothing", func(t *testing.T) {
		f := newFake(t)
		f.on("com.atproto.repo.listRecords", reply(200, `{"cursor":"next","records":[
		  {"uri":"at://did:plc:clinic123/app.bsky.feed.post/3kx","cid":"b","value":{"text":"x","createdAt":"2026-03-04T05:00:00.000Z"}}]}`))
		_, err := signedIn(f, creds, nil).OwnReplies(ctx, accounts.Ref{URI: item}, accounts.ReplyPost{Text: "We open at 9."}, since)
		if !errors.Is(err, accounts.ErrReplyNotSettled) || len(f.requests("com.atproto.repo.listRecords")) != findRecordPages {
			t.Fatalf("err = %v after %d pages", err, len(f.requests("com.atproto.repo.listRecords")))
		}
		if q := f.requests("com.atproto.repo.listRecords")[1].Query; q.Get("cursor") != "next" {
			t.Fatalf("second page asked %v", q)
		}
	})

	t.Run("a chat answer is the account's message in the conversation", func(t *testing.T) {
		f := newFake(t)
		f.on("chat.bsky.convo.getMessages", func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("atproto-proxy") != chatProxy || r.URL.Query().Get("convoId") != "convo1" {
				t.Errorf("getMessages: proxy %q, query %v", r.Header.Get("atproto-proxy"), r.URL.Query())
			}
			reply(200, `{"messages":[
			  {"$type":"chat.bsky.convo.defs#messageView","id":"msg3","rev":"3","text":"Yes, 4 pm works.","sender":{"did":"did:plc:clinic123"},"sentAt":"2026-03-04T05:00:00.000Z"},
			  {"$type":"chat.bsky.convo.defs#messageView","id":"msg2","rev":"2","text":"Can I come at 4?","sender":{"did":"did:plc:ann456"},"sentAt":"2026-03-04T04:55:00.000Z"},
			  {"$type":"chat.bsky.convo.defs#messageView","id":"msg1","rev":"1","text":"Old","sender":{"did":"did:plc:clinic123"},"sentAt":"2026-03-01T04:55:00.000Z"}
			]}`)(w, r)
		})
		got, err := signedIn(f, creds, nil).OwnReplies(ctx, accounts.Ref{ID: "msg2", Conversation: "convo1"}, accounts.ReplyPost{Text: "Yes, 4 pm works.", Private: true}, since)
		if err != nil || len(got) != 1 || got[0].Ref != (accounts.Ref{ID: "msg3", Conversation: "convo1"}) || got[0].Text != "Yes, 4 pm works." {
			t.Fatalf("got %+v, %v", got, err)
		}
	})
}
