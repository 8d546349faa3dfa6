package schedule

// Lost answers on networks where an answer is a comment (Facebook Pages,
// Instagram, LinkedIn) or a Messenger message: fakes of each API behind
// httptest, driven through the real connectors, that keep every answer
// they accepted and can drop the connection after accepting one. A lost
// answer must be found where the network keeps it and recorded, never
// sent twice; one the network never took is sent once.

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/accounts/bluesky"
	"github.com/carepost/carepost/accounts/connect"
	"github.com/carepost/carepost/accounts/facebook"
	"github.com/carepost/carepost/accounts/gbp"
	"github.com/carepost/carepost/accounts/instagram"
	"github.com/carepost/carepost/accounts/linkedin"
	"github.com/carepost/carepost/accounts/mastodon"
	"github.com/carepost/carepost/accounts/x"
	"github.com/carepost/carepost/drafts"
)

const (
	answerToken = "token-SYNTHETIC-answers"
	fbPage      = "1001"
	igUser      = "1784"
	igHandle    = "northclinic"
	liOrg       = "urn:li:organization:123"
	bskyDID     = "did:plc:clinic123"
	bskyItem    = "at://did:plc:ann456/app.bsky.feed.post/3kitem"
	bskyRoot    = "at://did:plc:clinic123/app.bsky.feed.post/3kroot"
	xUser       = "2244994945"
	xConvo      = "2244994945-55501"
)

// netAnswer is one answer a fake network accepted.
type netAnswer struct {
	ID, Parent, Text, Author string
	At                       time.Time
}

// answerNet is the state every fake keeps: the answers accepted, and the
// fault for the next answer request ("answer") or look-up ("list").
type answerNet struct {
	t       *testing.T
	clock   *testClock
	mu      sync.Mutex
	answers []netAnswer
	// others are answers by other people (or earlier ones by the clinic),
	// listed with the clinic's.
	others []netAnswer
	faults map[string][]fault
	lists  int
	nextID int
}

func (n *answerNet) fault(op string) fault {
	n.mu.Lock()
	defer n.mu.Unlock()
	if op == "list" {
		n.lists++
	}
	q := n.faults[op]
	if len(q) == 0 {
		return faultNone
	}
	n.faults[op] = q[1:]
	return q[0]
}

func (n *answerNet) accept(parent, text, author string) netAnswer {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.nextID++
	a := netAnswer{ID: strconv.Itoa(n.nextID), Parent: parent, Text: text, Author: author, At: n.clock.Now()}
	n.answers = append(n.answers, a)
	return a
}

// under lists the answers under parent, newest first.
func (n *answerNet) under(parent string) []netAnswer {
	n.mu.Lock()
	defer n.mu.Unlock()
	var out []netAnswer
	for _, a := range append(append([]netAnswer(nil), n.others...), n.answers...) {
		if a.Parent == parent {
			out = append(out, a)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].At.After(out[j].At) })
	return out
}

func (n *answerNet) accepted() []netAnswer {
	n.mu.Lock()
	defer n.mu.Unlock()
	return append([]netAnswer(nil), n.answers...)
}

// failList answers a look-up with a fault; it reports whether it did.
func failList(w http.ResponseWriter, fl fault) bool {
	switch fl {
	case faultDropBefore, faultDropAfterStore:
		drop(w)
	case fault503:
		writeJSON(w, 503, map[string]any{"error": map[string]any{"message": "Service temporarily unavailable", "code": 2, "is_transient": true}})
	default:
		return false
	}
	return true
}

func graphTime(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05-0700") }

// facebookAPI is the Graph API of one Page: comments under comments and
// posts (POST/GET /{id}/comments), the Page's posts (GET /{page}/posts),
// and Messenger (GET /{message-id}, POST /{page}/messages, GET
// /{conversation-id}?fields=messages…).
func (n *answerNet) facebookAPI() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseForm(); err != nil {
			n.t.Errorf("%s %s: %v", r.Method, r.URL.Path, err)
		}
		if got := r.Form.Get("access_token"); got != answerToken {
			n.t.Errorf("%s %s: access_token %q", r.Method, r.URL.Path, got)
		}
		if r.Method == http.MethodPost && r.URL.Query().Has("access_token") {
			n.t.Errorf("POST %s: the token must travel in the body", r.URL.Path)
		}
		parts := strings.Split(strings.TrimPrefix(r.URL.Path, "/v23.0/"), "/")
		switch {
		case r.Method == http.MethodGet && len(parts) == 2 && parts[0] == fbPage && parts[1] == "posts":
			writeJSON(w, 200, map[string]any{"data": []any{}}) // the Page's posts: answers are never among them
		case r.Method == http.MethodPost && len(parts) == 2 && parts[1] == "comments":
			text := r.PostForm.Get("message")
			if text == "" {
				writeJSON(w, 400, map[string]any{"error": map[string]any{"message": "(#100) Missing message", "code": 100}})
				return
			}
			fl := n.fault("answer")
			if fl == faultDropBefore {
				drop(w)
				return
			}
			a := n.accept(parts[0], text, fbPage)
			if fl == faultDropAfterStore {
				drop(w)
				return
			}
			writeJSON(w, 200, map[string]any{"id": fbPage + "_42_" + a.ID})
		case r.Method == http.MethodGet && len(parts) == 2 && parts[1] == "comments":
			if q := r.URL.Query(); q.Get("order") != "reverse_chronological" || q.Get("filter") != "stream" ||
				q.Get("fields") != "id,message,from,created_time,permalink_url" {
				n.t.Errorf("GET %s?%s: not the documented look-up", r.URL.Path, r.URL.RawQuery)
			}
			if failList(w, n.fault("list")) {
				return
			}
			var data []map[string]any
			for _, a := range n.under(parts[0]) {
				id := fbPage + "_42_" + a.ID
				data = append(data, map[string]any{"id": id, "message": a.Text, "created_time": graphTime(a.At),
					"from":          map[string]any{"id": a.Author, "name": "Name " + a.Author},
					"permalink_url": "https://www.facebook.com/" + fbPage + "_42?comment_id=" + a.ID})
			}
			if data == nil {
				data = []map[string]any{}
			}
			writeJSON(w, 200, map[string]any{"data": data, "paging": map[string]any{"cursors": map[string]any{"before": "b", "after": "a"}}})
		case r.Method == http.MethodGet && len(parts) == 1 && strings.HasPrefix(parts[0], fbPage+"_"):
			// A top-level comment: it has no parent.
			if got := r.URL.Query().Get("fields"); got != "parent" {
				n.t.Errorf("GET %s fields=%q", r.URL.Path, got)
			}
			writeJSON(w, 200, map[string]any{"id": parts[0]})
		case r.Method == http.MethodGet && len(parts) == 1 && strings.HasPrefix(parts[0], "m_"):
			writeJSON(w, 200, map[string]any{"id": parts[0], "from": map[string]any{"id": "6001", "name": "Ann Lee"},
				"created_time": graphTime(n.clock.Now().Add(-time.Hour))})
		case r.Method == http.MethodPost && len(parts) == 2 && parts[0] == fbPage && parts[1] == "messages":
			var msg struct{ Text string }
			var rcpt struct {
				ID        string `json:"id"`
				CommentID string `json:"comment_id"`
			}
			json.Unmarshal([]byte(r.PostForm.Get("message")), &msg)
			json.Unmarshal([]byte(r.PostForm.Get("recipient")), &rcpt)
			parent := "t_100"
			switch {
			case rcpt.CommentID != "": // Facebook's private reply to a comment
				parent = "private:" + rcpt.CommentID
			case rcpt.ID != "6001" || r.PostForm.Get("messaging_type") != "RESPONSE":
				n.t.Errorf("Send API: %v", r.PostForm)
			}
			if msg.Text == "" {
				n.t.Errorf("Send API without text: %v", r.PostForm)
			}
			fl := n.fault("answer")
			if fl == faultDropBefore {
				drop(w)
				return
			}
			a := n.accept(parent, msg.Text, fbPage)
			if fl == faultDropAfterStore {
				drop(w)
				return
			}
			writeJSON(w, 200, map[string]any{"recipient_id": "6001", "message_id": "m_" + a.ID})
		case r.Method == http.MethodGet && len(parts) == 1 && strings.HasPrefix(parts[0], "t_"):
			if got := r.URL.Query().Get("fields"); got != "messages.limit(20){id,message,from,created_time}" {
				n.t.Errorf("GET %s fields=%q", r.URL.Path, got)
			}
			if failList(w, n.fault("list")) {
				return
			}
			data := []map[string]any{}
			for _, a := range n.under(parts[0]) {
				data = append(data, map[string]any{"id": "m_" + a.ID, "message": a.Text, "created_time": graphTime(a.At),
					"from": map[string]any{"id": a.Author, "name": "Name " + a.Author}})
			}
			writeJSON(w, 200, map[string]any{"id": parts[0], "messages": map[string]any{"data": data}})
		default:
			n.t.Errorf("unexpected %s %s", r.Method, r.URL.Path)
			http.Error(w, "{}", 404)
		}
	})
}

// instagramAPI is the Instagram Graph API of one account: replies under a
// comment (POST/GET /{comment-id}/replies), its media and its username.
func (n *answerNet) instagramAPI() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseForm(); err != nil {
			n.t.Errorf("%s %s: %v", r.Method, r.URL.Path, err)
		}
		if got := r.Form.Get("access_token"); got != answerToken {
			n.t.Errorf("%s %s: access_token %q", r.Method, r.URL.Path, got)
		}
		parts := strings.Split(strings.TrimPrefix(r.URL.Path, "/v23.0/"), "/")
		switch {
		case r.Method == http.MethodGet && len(parts) == 1 && parts[0] == igUser:
			writeJSON(w, 200, map[string]any{"id": igUser, "username": igHandle})
		case r.Method == http.MethodGet && len(parts) == 2 && parts[0] == igUser && parts[1] == "media":
			writeJSON(w, 200, map[string]any{"data": []any{}})
		case r.Method == http.MethodPost && len(parts) == 2 && parts[1] == "replies":
			text := r.PostForm.Get("message")
			fl := n.fault("answer")
			if fl == faultDropBefore {
				drop(w)
				return
			}
			a := n.accept(parts[0], text, igHandle)
			if fl == faultDropAfterStore {
				drop(w)
				return
			}
			writeJSON(w, 200, map[string]any{"id": "1785" + a.ID})
		case r.Method == http.MethodGet && len(parts) == 2 && parts[1] == "replies":
			if got := r.URL.Query().Get("fields"); got != "id,text,username,timestamp,from" {
				n.t.Errorf("GET %s fields=%q", r.URL.Path, got)
			}
			if failList(w, n.fault("list")) {
				return
			}
			data := []map[string]any{}
			for _, a := range n.under(parts[0]) {
				data = append(data, map[string]any{"id": "1785" + a.ID, "text": a.Text, "username": a.Author, "timestamp": graphTime(a.At)})
			}
			writeJSON(w, 200, map[string]any{"data": data})
		default:
			n.t.Errorf("unexpected %s %s", r.Method, r.URL.Path)
			http.Error(w, "{}", 404)
		}
	})
}

// linkedinAPI is LinkedIn's REST API for one organization: comments
// (POST/GET /rest/socialActions/{urn}/comments) and its posts.
func (n *answerNet) linkedinAPI() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer "+answerToken || r.Header.Get("Linkedin-Version") != linkedin.DefaultVersion ||
			r.Header.Get("X-Restli-Protocol-Version") != "2.0.0" {
			n.t.Errorf("%s %s: headers %v", r.Method, r.URL.Path, r.Header)
		}
		path := r.URL.EscapedPath()
		switch {
		case r.Method == http.MethodGet && path == "/rest/posts":
			writeJSON(w, 200, map[string]any{"elements": []any{}})
		case strings.HasPrefix(path, "/rest/socialActions/") && strings.HasSuffix(path, "/comments"):
			target, err := url.PathUnescape(strings.TrimSuffix(strings.TrimPrefix(path, "/rest/socialActions/"), "/comments"))
			if err != nil {
				n.t.Errorf("path %s: %v", path, err)
			}
			object := target
			if strings.HasPrefix(target, "urn:li:comment:(") {
				object = target[len("urn:li:comment:("):strings.LastIndexByte(target, ',')]
			}
			if r.Method == http.MethodPost {
				body, _ := io.ReadAll(r.Body)
				var in struct {
					Actor, Object, ParentComment string
					Message                      struct{ Text string }
				}
				if err := json.Unmarshal(body, &in); err != nil || in.Actor != liOrg || in.Object != object || in.ParentComment != target {
					n.t.Errorf("POST %s: body %s", path, body)
				}
				fl := n.fault("answer")
				if fl == faultDropBefore {
					drop(w)
					return
				}
				a := n.accept(target, in.Message.Text, liOrg)
				if fl == faultDropAfterStore {
					drop(w)
					return
				}
				urn := "urn:li:comment:(" + object + ",69" + a.ID + ")"
				w.Header().Set("X-Restli-Id", urn)
				writeJSON(w, 201, map[string]any{"actor": liOrg, "commentUrn": urn, "id": "69" + a.ID, "object": object,
					"message": map[string]any{"text": a.Text}, "created": map[string]any{"time": a.At.UnixMilli()}})
				return
			}
			if r.URL.Query().Get("start") != "0" || r.URL.Query().Get("count") != "100" {
				n.t.Errorf("GET %s?%s", path, r.URL.RawQuery)
			}
			if failList(w, n.fault("list")) {
				return
			}
			els := []map[string]any{}
			for _, a := range n.under(target) {
				urn := "urn:li:comment:(" + object + ",69" + a.ID + ")"
				els = append(els, map[string]any{"actor": a.Author, "commentUrn": urn, "id": "69" + a.ID, "object": object,
					"message": map[string]any{"text": a.Text}, "created": map[string]any{"time": a.At.UnixMilli()}, "parentComment": target})
			}
			writeJSON(w, 200, map[string]any{"paging": map[string]any{"start": 0, "count": 100, "total": len(els)}, "elements": els})
		default:
			n.t.Errorf("unexpected %s %s", r.Method, path)
			http.Error(w, "{}", 404)
		}
	})
}

// blueskyAPI is a PDS for one account (and the chat service behind it):
// replies are post records in its repository (createRecord,
// listRecords), which its author feed lists only as replies; chat
// answers are messages of a conversation (sendMessage, getMessages).
func (n *answerNet) blueskyAPI() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		nsid := strings.TrimPrefix(r.URL.Path, "/xrpc/")
		if r.Header.Get("Authorization") != "Bearer "+answerToken {
			n.t.Errorf("%s: Authorization %q", nsid, r.Header.Get("Authorization"))
		}
		if strings.HasPrefix(nsid, "chat.") && r.Header.Get("atproto-proxy") != "did:web:api.bsky.chat#bsky_chat" {
			n.t.Errorf("%s without the chat proxy", nsid)
		}
		uri := func(a netAnswer) string { return "at://" + bskyDID + "/app.bsky.feed.post/3k" + a.ID }
		switch nsid {
		case "com.atproto.server.getSession":
			writeJSON(w, 200, map[string]any{"did": bskyDID, "handle": "clinic.example.com", "active": true})
		case "com.atproto.repo.createRecord":
			var in struct {
				Repo, Collection string
				Record           struct {
					Text      string
					CreatedAt string
					Reply     struct{ Root, Parent struct{ URI, CID string } }
				}
			}
			if err := json.NewDecoder(r.Body).Decode(&in); err != nil || in.Repo != bskyDID || in.Collection != "app.bsky.feed.post" ||
				in.Record.Reply.Parent.URI == "" || in.Record.Reply.Root.URI == "" {
				n.t.Errorf("createRecord %+v, %v", in, err)
			}
			fl := n.fault("answer")
			if fl == faultDropBefore {
				drop(w)
				return
			}
			a := n.accept(in.Record.Reply.Parent.URI, in.Record.Text, bskyDID)
			if fl == faultDropAfterStore {
				drop(w)
				return
			}
			writeJSON(w, 200, map[string]any{"uri": uri(a), "cid": "bafy" + a.ID})
		case "com.atproto.repo.listRecords":
			if q := r.URL.Query(); q.Get("repo") != bskyDID || q.Get("collection") != "app.bsky.feed.post" {
				n.t.Errorf("listRecords %v", q)
			}
			if failList(w, n.fault("list")) {
				return
			}
			recs := []map[string]any{}
			for _, a := range n.own(bskyDID) {
				recs = append(recs, map[string]any{"uri": uri(a), "cid": "bafy" + a.ID, "value": map[string]any{
					"$type": "app.bsky.feed.post", "text": a.Text, "createdAt": a.At.UTC().Format(time.RFC3339Nano),
					"reply": map[string]any{"root": map[string]any{"uri": bskyRoot, "cid": "bafyroot"}, "parent": map[string]any{"uri": a.Parent, "cid": "bafyitem"}}}})
			}
			writeJSON(w, 200, map[string]any{"records": recs})
		case "app.bsky.feed.getAuthorFeed":
			feed := []map[string]any{}
			for _, a := range n.own(bskyDID) {
				feed = append(feed, map[string]any{"post": map[string]any{"uri": uri(a), "cid": "bafy" + a.ID,
					"author": map[string]any{"did": bskyDID, "handle": "clinic.example.com"}, "indexedAt": a.At.UTC().Format(time.RFC3339Nano),
					"record": map[string]any{"text": a.Text, "createdAt": a.At.UTC().Format(time.RFC3339Nano),
						"reply": map[string]any{"root": map[string]any{"uri": bskyRoot, "cid": "bafyroot"}, "parent": map[string]any{"uri": a.Parent, "cid": "bafyitem"}}}}})
			}
			writeJSON(w, 200, map[string]any{"feed": feed})
		case "chat.bsky.convo.sendMessage":
			var in struct {
				ConvoID string `json:"convoId"`
				Message struct{ Text string }
			}
			if err := json.NewDecoder(r.Body).Decode(&in); err != nil || in.ConvoID != "convo1" || in.Message.Text == "" {
				n.t.Errorf("sendMessage %+v, %v", in, err)
			}
			fl := n.fault("answer")
			if fl == faultDropBefore {
				drop(w)
				return
			}
			a := n.accept("convo1", in.Message.Text, bskyDID)
			if fl == faultDropAfterStore {
				drop(w)
				return
			}
			writeJSON(w, 200, map[string]any{"id": "msg" + a.ID, "rev": a.ID, "text": a.Text, "sender": map[string]any{"did": bskyDID},
				"sentAt": a.At.UTC().Format(time.RFC3339Nano)})
		case "chat.bsky.convo.getMessages":
			if r.URL.Query().Get("convoId") != "convo1" {
				n.t.Errorf("getMessages %v", r.URL.Query())
			}
			if failList(w, n.fault("list")) {
				return
			}
			msgs := []map[string]any{}
			for _, a := range n.under("convo1") {
				msgs = append(msgs, map[string]any{"$type": "chat.bsky.convo.defs#messageView", "id": "msg" + a.ID, "rev": a.ID, "text": a.Text,
					"sender": map[string]any{"did": a.Author}, "sentAt": a.At.UTC().Format(time.RFC3339Nano)})
			}
			writeJSON(w, 200, map[string]any{"messages": msgs})
		default:
			n.t.Errorf("unexpected %s %s", r.Method, r.URL.Path)
			writeJSON(w, 501, map[string]any{"error": "MethodNotImplemented"})
		}
	})
}

// xAPI is X's API for one account: replies are its posts (POST
// /2/tweets, listed by GET /2/users/:id/tweets with what they reply to),
// direct messages are events of a conversation (POST
// /2/dm_conversations/:id/messages, GET …/dm_events).
func (n *answerNet) xAPI() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer "+answerToken {
			n.t.Errorf("%s %s: Authorization %q", r.Method, r.URL.Path, r.Header.Get("Authorization"))
		}
		xTime := func(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000Z") }
		switch {
		case r.Method == http.MethodPost && r.URL.Path == "/2/tweets":
			var in struct {
				Text  string
				Reply struct {
					InReplyToTweetID string `json:"in_reply_to_tweet_id"`
				}
			}
			if err := json.NewDecoder(r.Body).Decode(&in); err != nil || in.Reply.InReplyToTweetID == "" {
				n.t.Errorf("POST /2/tweets %+v, %v", in, err)
			}
			fl := n.fault("answer")
			if fl == faultDropBefore {
				drop(w)
				return
			}
			// X starts a reply's text with the mention of whom it answers.
			a := n.accept(in.Reply.InReplyToTweetID, "@ann_lee "+in.Text, xUser)
			if fl == faultDropAfterStore {
				drop(w)
				return
			}
			writeJSON(w, 201, map[string]any{"data": map[string]any{"id": "18600" + a.ID, "text": a.Text}})
		case r.Method == http.MethodGet && r.URL.Path == "/2/users/"+xUser+"/tweets":
			if failList(w, n.fault("list")) {
				return
			}
			start, _ := time.Parse(time.RFC3339, r.URL.Query().Get("start_time"))
			data := []map[string]any{}
			for _, a := range n.own(xUser) {
				if strings.HasPrefix(a.Parent, "dm:") || a.At.Before(start) {
					continue
				}
				data = append(data, map[string]any{"id": "18600" + a.ID, "text": a.Text, "created_at": xTime(a.At),
					"referenced_tweets": []any{map[string]any{"type": "replied_to", "id": a.Parent}}})
			}
			writeJSON(w, 200, map[string]any{"data": data, "meta": map[string]any{"result_count": len(data)}})
		case r.Method == http.MethodPost && r.URL.Path == "/2/dm_conversations/"+xConvo+"/messages":
			var in struct{ Text string }
			if err := json.NewDecoder(r.Body).Decode(&in); err != nil || in.Text == "" {
				n.t.Errorf("POST messages %+v, %v", in, err)
			}
			fl := n.fault("answer")
			if fl == faultDropBefore {
				drop(w)
				return
			}
			a := n.accept("dm:"+xConvo, in.Text, xUser)
			if fl == faultDropAfterStore {
				drop(w)
				return
			}
			writeJSON(w, 201, map[string]any{"data": map[string]any{"dm_conversation_id": xConvo, "dm_event_id": "18700" + a.ID}})
		case r.Method == http.MethodGet && r.URL.Path == "/2/dm_conversations/"+xConvo+"/dm_events":
			if failList(w, n.fault("list")) {
				return
			}
			data := []map[string]any{}
			for _, a := range n.under("dm:" + xConvo) {
				data = append(data, map[string]any{"id": "18700" + a.ID, "event_type": "MessageCreate", "text": a.Text, "sender_id": a.Author,
					"dm_conversation_id": xConvo, "created_at": xTime(a.At)})
			}
			writeJSON(w, 200, map[string]any{"data": data, "meta": map[string]any{"result_count": len(data)}})
		default:
			n.t.Errorf("unexpected %s %s", r.Method, r.URL.Path)
			writeJSON(w, 404, map[string]any{"title": "Not Found"})
		}
	})
}

// own lists the answers author made, newest first.
func (n *answerNet) own(author string) []netAnswer {
	n.mu.Lock()
	defer n.mu.Unlock()
	var out []netAnswer
	for _, a := range append(append([]netAnswer(nil), n.others...), n.answers...) {
		if a.Author == author {
			out = append(out, a)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].At.After(out[j].At) })
	return out
}

// answerCase is one network where an answer is a comment or a message.
type answerCase struct {
	name    string
	network drafts.Network
	to      accounts.Ref
	private bool
	parent  string // where the fake keeps the answer
	api     func(n *answerNet) http.Handler
	conn    func(base string, hc *http.Client, now func() time.Time) accounts.Connector
}

var answerCases = []answerCase{
	{name: "Facebook comment", network: drafts.Facebook, to: accounts.Ref{ID: "1001_42_7001"}, parent: "1001_42_7001",
		api: (*answerNet).facebookAPI,
		conn: func(base string, hc *http.Client, now func() time.Time) accounts.Connector {
			return facebook.New(facebook.Config{GraphURL: base + "/v23.0", PageID: fbPage, HTTP: hc, Creds: accounts.Credentials{AccessToken: answerToken}, Now: now})
		}},
	{name: "Facebook Messenger", network: drafts.Facebook, to: accounts.Ref{ID: "m_2", Conversation: "t_100"}, private: true, parent: "t_100",
		api: (*answerNet).facebookAPI,
		conn: func(base string, hc *http.Client, now func() time.Time) accounts.Connector {
			return facebook.New(facebook.Config{GraphURL: base + "/v23.0", PageID: fbPage, HTTP: hc, Creds: accounts.Credentials{AccessToken: answerToken}, Now: now})
		}},
	{name: "Instagram", network: drafts.Instagram, to: accounts.Ref{ID: "17858893269000001"}, parent: "17858893269000001",
		api: (*answerNet).instagramAPI,
		conn: func(base string, hc *http.Client, now func() time.Time) accounts.Connector {
			return instagram.New(instagram.Config{GraphURL: base + "/v23.0", IGUserID: igUser, HTTP: hc, Creds: accounts.Credentials{AccessToken: answerToken}, Now: now})
		}},
	{name: "LinkedIn", network: drafts.LinkedIn, to: accounts.Ref{ID: "urn:li:comment:(urn:li:activity:7100,6900)", URI: "urn:li:comment:(urn:li:activity:7100,6900)"},
		parent: "urn:li:comment:(urn:li:activity:7100,6900)", api: (*answerNet).linkedinAPI,
		conn: func(base string, hc *http.Client, now func() time.Time) accounts.Connector {
			return linkedin.New(linkedin.Config{BaseURL: base, HTTP: hc, Creds: accounts.Credentials{AccessToken: answerToken}, Now: now, OrganizationURN: liOrg})
		}},
	{name: "Bluesky reply", network: drafts.Bluesky, to: accounts.Ref{URI: bskyItem, CID: "bafyitem", RootURI: bskyRoot, RootCID: "bafyroot"},
		parent: bskyItem, api: (*answerNet).blueskyAPI, conn: blueskyConn},
	{name: "Bluesky chat", network: drafts.Bluesky, to: accounts.Ref{ID: "msg2", Conversation: "convo1"}, private: true,
		parent: "convo1", api: (*answerNet).blueskyAPI, conn: blueskyConn},
	{name: "X reply", network: drafts.X, to: accounts.Ref{ID: "1860000000000000001"}, parent: "1860000000000000001",
		api: (*answerNet).xAPI, conn: xConn},
	{name: "X direct message", network: drafts.X, to: accounts.Ref{ID: "1860000000000000012", Conversation: xConvo}, private: true,
		parent: "dm:" + xConvo, api: (*answerNet).xAPI, conn: xConn},
}

func xConn(base string, hc *http.Client, now func() time.Time) accounts.Connector {
	return x.New(x.Config{BaseURL: base, HTTP: hc, Now: now, UserID: xUser, Creds: accounts.Credentials{AccessToken: answerToken}})
}

func blueskyConn(base string, hc *http.Client, now func() time.Time) accounts.Connector {
	return bluesky.New(bluesky.Config{PDS: base, Handle: "clinic.example.com", HTTP: hc, Now: now,
		Creds: accounts.Credentials{AccessToken: answerToken, RefreshToken: "refresh-SYNTHETIC", ExpiresAt: now().Add(24 * time.Hour)}})
}

// newAnswerEnv is a test env whose engine reaches the fake network of c
// through c's real connector.
func newAnswerEnv(t *testing.T, c answerCase) (*testEnv, *answerNet, accounts.Account) {
	e := newTestEnv(t, "")
	n := &answerNet{t: t, clock: e.clock, faults: map[string][]fault{}, nextID: 100}
	srv := httptest.NewServer(c.api(n))
	t.Cleanup(srv.Close)
	a, err := e.accounts.Add(e.ctx, accounts.Account{Network: c.network, Handle: "clinic"}, accounts.Credentials{AccessToken: answerToken})
	if err != nil {
		t.Fatal(err)
	}
	e.engine.Connectors = func(ctx context.Context, id int64) (accounts.Connector, accounts.Account, error) {
		acct, err := e.accounts.Get(ctx, id)
		return c.conn(srv.URL, srv.Client(), e.clock.Now), acct, err
	}
	e.engine.Replies = ReplyGates{Profile: e.drafts.Profile}
	return e, n, a
}

// runUntilSettled runs the engine, letting time pass past any backoff or
// lease, until the answer is sent, failed or held.
func runUntilSettled(t *testing.T, e *testEnv, id int64) Reply {
	t.Helper()
	for i := 0; i < 6; i++ {
		if _, err := e.engine.RunDue(e.ctx); err != nil && err != errCrashed {
			t.Fatal(err)
		}
		r, err := e.store.GetReply(e.ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		switch r.State {
		case ReplySent, ReplyFailed, ReplyHeld:
			return r
		}
		e.clock.Advance(BackoffCap + DefaultLease)
	}
	r, _ := e.store.GetReply(e.ctx, id)
	t.Fatalf("the answer never settled: %+v", r)
	return r
}

func TestLostAnswerUnderTheItemIsFoundNotSentTwice(t *testing.T) {
	const text = "Thank you for asking! We open at 9 on Saturdays."
	for _, c := range answerCases {
		t.Run(c.name, func(t *testing.T) {
			t.Run("the connection drops after the network took the answer: it is found and recorded", func(t *testing.T) {
				e, n, a := newAnswerEnv(t, c)
				n.faults["answer"] = []fault{faultDropAfterStore}
				r, err := e.store.QueueReply(e.ctx, ReplyRequest{AccountID: a.ID, To: c.to, Private: c.private, Text: text, Author: "Sam"})
				if err != nil {
					t.Fatal(err)
				}
				got := runUntilSettled(t, e, r.ID)
				acc := n.accepted()
				if len(acc) != 1 {
					t.Fatalf("the network holds %d answers, want 1: %+v", len(acc), acc)
				}
				if got.State != ReplySent || got.RemoteID == "" || !strings.Contains(got.RemoteID, acc[0].ID) {
					t.Fatalf("reply %+v; the network's answer %+v", got, acc[0])
				}
			})
			t.Run("the run dies after the call: the next run after the lease finds it", func(t *testing.T) {
				e, n, a := newAnswerEnv(t, c)
				r, err := e.store.QueueReply(e.ctx, ReplyRequest{AccountID: a.ID, To: c.to, Private: c.private, Text: text, Author: "Sam"})
				if err != nil {
					t.Fatal(err)
				}
				e.engine.crashAfterReply = func(Reply) bool { return true }
				if _, err := e.engine.RunDue(e.ctx); err != errCrashed {
					t.Fatalf("run: %v", err)
				}
				e.engine.crashAfterReply = nil
				e.clock.Advance(DefaultLease + time.Minute)
				sum, err := e.engine.RunDue(e.ctx)
				got, _ := e.store.GetReply(e.ctx, r.ID)
				if err != nil || sum.RepliesSent != 1 || sum.Reconciled != 1 || got.State != ReplySent || len(n.accepted()) != 1 {
					t.Fatalf("after the lease: %+v, %v; reply %+v; network %+v", sum, err, got, n.accepted())
				}
			})
			t.Run("the look-up fails at first: the answer waits, then is found", func(t *testing.T) {
				e, n, a := newAnswerEnv(t, c)
				n.faults["answer"] = []fault{faultDropAfterStore}
				n.faults["list"] = []fault{fault503, faultDropBefore}
				r, err := e.store.QueueReply(e.ctx, ReplyRequest{AccountID: a.ID, To: c.to, Private: c.private, Text: text, Author: "Sam"})
				if err != nil {
					t.Fatal(err)
				}
				got := runUntilSettled(t, e, r.ID)
				if got.State != ReplySent || len(n.accepted()) != 1 {
					t.Fatalf("reply %+v; network %+v", got, n.accepted())
				}
			})
			t.Run("the network never took it: it is sent once", func(t *testing.T) {
				e, n, a := newAnswerEnv(t, c)
				n.faults["answer"] = []fault{faultDropBefore}
				r, err := e.store.QueueReply(e.ctx, ReplyRequest{AccountID: a.ID, To: c.to, Private: c.private, Text: text, Author: "Sam"})
				if err != nil {
					t.Fatal(err)
				}
				got := runUntilSettled(t, e, r.ID)
				acc := n.accepted()
				if got.State != ReplySent || len(acc) != 1 || !strings.Contains(got.RemoteID, acc[0].ID) || got.Attempts != 2 {
					t.Fatalf("reply %+v; network %+v", got, acc)
				}
				if n.lists == 0 {
					t.Fatal("it was sent again without looking first")
				}
			})
			t.Run("someone else's same words, or an answer another reply owns, are not taken for it", func(t *testing.T) {
				e, n, a := newAnswerEnv(t, c)
				// Another person wrote the same words under the item, and
				// the clinic's earlier answer with them is recorded already.
				other := "6002"
				switch c.network {
				case drafts.Instagram:
					other = "ann.lee"
				case drafts.LinkedIn:
					other = "urn:li:person:abc"
				case drafts.Bluesky:
					other = "did:plc:ann456"
				case drafts.X:
					other = "55501"
				}
				n.others = []netAnswer{{ID: "50", Parent: c.parent, Text: text, Author: other, At: e.clock.Now()}}
				first, err := e.store.QueueReply(e.ctx, ReplyRequest{AccountID: a.ID, To: c.to, Private: c.private, Text: text, Author: "Sam"})
				if err != nil {
					t.Fatal(err)
				}
				if got, err := e.engine.SendReply(e.ctx, first.ID); err != nil || got.State != ReplySent {
					t.Fatalf("first answer: %+v, %v", got, err)
				}
				n.faults["answer"] = []fault{faultDropBefore}
				second, err := e.store.QueueReply(e.ctx, ReplyRequest{AccountID: a.ID, To: c.to, Private: c.private, Text: text, Author: "Sam"})
				if err != nil {
					t.Fatal(err)
				}
				got := runUntilSettled(t, e, second.ID)
				firstNow, _ := e.store.GetReply(e.ctx, first.ID)
				if got.State != ReplySent || len(n.accepted()) != 2 || got.RemoteID == firstNow.RemoteID {
					t.Fatalf("second %+v; first %+v; network %+v", got, firstNow, n.accepted())
				}
			})
		})
	}
}

// A private reply to a Facebook comment opens a Messenger conversation
// CarePost cannot read back: a lost one is held for staff to check, never
// sent again on a guess; Retry is their word that it is not there.
func TestLostPrivateReplyToFacebookCommentIsHeld(t *testing.T) {
	c := answerCases[0]
	e, n, a := newAnswerEnv(t, c)
	n.faults["answer"] = []fault{faultDropAfterStore}
	r, err := e.store.QueueReply(e.ctx, ReplyRequest{AccountID: a.ID, To: c.to, Private: true, Text: "We have sent you a private message.", Author: "Sam"})
	if err != nil {
		t.Fatal(err)
	}
	got := runUntilSettled(t, e, r.ID)
	if got.State != ReplyHeld || got.LastError != ReplyInconclusiveReason || !got.Reconcile {
		t.Fatalf("reply %+v", got)
	}
	if msg := ReplyOutcomeMessage(got); msg != ReplyInconclusiveReason {
		t.Fatalf("staff read %q: it may have gone out, so not 'was not sent'", msg)
	}
	if acc := n.accepted(); len(acc) != 1 || acc[0].Parent != "private:"+c.to.ID {
		t.Fatalf("the network holds %+v, want the one private reply", acc)
	}
	// Held, it stays held: later runs send nothing.
	e.clock.Advance(BackoffCap)
	if sum, err := e.engine.RunDue(e.ctx); err != nil || sum.RepliesSent != 0 || len(n.accepted()) != 1 {
		t.Fatalf("a later run: %+v, %v", sum, err)
	}
	// Staff checked Messenger and it is not there: Retry queues it to be
	// sent without looking again.
	retried, err := e.store.RetryReply(e.ctx, r.ID)
	if err != nil || retried.Reconcile || retried.State != ReplyQueued {
		t.Fatalf("after Retry: %+v, %v", retried, err)
	}
	if got, err := e.engine.SendReply(e.ctx, r.ID); err != nil || got.State != ReplySent || len(n.accepted()) != 2 {
		t.Fatalf("sent after Retry: %+v, %v", got, err)
	}
}

// On Mastodon an answer is one of the account's statuses (a direct one
// too: the author sees all their own), so a lost one is found among its
// recent posts, the mention a direct answer starts with allowed for.
func TestLostMastodonAnswerIsFoundAmongRecentPosts(t *testing.T) {
	var _ accounts.Connector = (*mastodon.Connector)(nil)
	if _, ok := any((*mastodon.Connector)(nil)).(accounts.ReplyFinder); ok {
		t.Fatal("Mastodon's answers are looked for among its recent posts; this test covers that path")
	}
	for _, tc := range []struct {
		name    string
		to      string
		private bool
		prefix  string
	}{
		{name: "a public answer", to: "7001"},
		{name: "a private answer to a direct message", to: "dm7002", private: true, prefix: "@bob@example.org "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newTestEnv(t, "")
			a := e.addAccount("clinic")
			e.engine.Replies = ReplyGates{Profile: e.drafts.Profile}
			posts := 0
			e.net.setDecide(func(op string) fault {
				if op == "post" {
					if posts++; posts == 1 {
						return faultDropAfterStore
					}
				}
				return faultNone
			})
			const text = "Thank you!  We are open\nuntil 6 today."
			r, err := e.store.QueueReply(e.ctx, ReplyRequest{AccountID: a.ID, To: accounts.Ref{ID: tc.to}, Private: tc.private, Text: text, Author: "Sam"})
			if err != nil {
				t.Fatal(err)
			}
			got := runUntilSettled(t, e, r.ID)
			acc := e.net.accepted()
			if len(acc) != 1 || got.State != ReplySent || got.RemoteID != acc[0].ID || acc[0].Text != tc.prefix+text {
				t.Fatalf("reply %+v; the server holds %+v", got, acc)
			}
		})
	}
}

func TestSameAnswer(t *testing.T) {
	for _, tc := range []struct {
		name, got, text string
		want            bool
	}{
		{"the same words", "Thank you!", "Thank you!", true},
		{"spaces and line breaks the network changed", "  Thank you!\r\n\r\nSee you   soon. ", "Thank you! See you soon.", true},
		{"composed and decomposed accents", "Gracias, se\u00f1ora", "Gracias, sen\u0303ora", true},
		{"a mention the network put first", "@bob@example.org Thank you!", "Thank you!", true},
		{"two mentions put first", "@bob @ann Thank you!", "Thank you!", true},
		{"other words before it are another answer", "Hi Ann, Thank you!", "Thank you!", false},
		{"a longer answer that starts the same", "Thank you! Call us on 555-0142.", "Thank you!", false},
		{"different words", "Thanks!", "Thank you!", false},
		{"an empty answer matches nothing", "", "  ", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := sameAnswer(tc.got, tc.text); got != tc.want {
				t.Errorf("sameAnswer(%q, %q) = %v, want %v", tc.got, tc.text, got, tc.want)
			}
		})
	}
}

// A Google review has one reply, set by PUT …/reviews/{id}/reply: a lost
// one is not found among the profile's posts, and setting it again
// replaces it with the same words, so the review still has one reply.
func TestLostGoogleReviewReplyIsSetOnceAgain(t *testing.T) {
	e := newTestEnv(t, "")
	const review = "AIe9_BGreview1"
	var mu sync.Mutex
	replies := map[string]string{}
	puts, drops := 0, 1
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer "+answerToken {
			t.Errorf("%s %s: Authorization %q", r.Method, r.URL.Path, r.Header.Get("Authorization"))
		}
		const loc = "/v4/accounts/111/locations/222"
		switch {
		case r.Method == http.MethodGet && r.URL.Path == loc+"/localPosts":
			writeJSON(w, 200, map[string]any{"localPosts": []any{}})
		case r.Method == http.MethodPut && r.URL.Path == loc+"/reviews/"+review+"/reply":
			var in struct{ Comment string }
			if err := json.NewDecoder(r.Body).Decode(&in); err != nil || in.Comment == "" {
				t.Errorf("PUT reply %+v, %v", in, err)
			}
			mu.Lock()
			puts++
			replies[review] = in.Comment
			d := drops > 0
			drops--
			mu.Unlock()
			if d {
				drop(w)
				return
			}
			writeJSON(w, 200, map[string]any{"comment": in.Comment, "updateTime": e.clock.Now().UTC().Format(time.RFC3339)})
		default:
			t.Errorf("unexpected %s %s", r.Method, r.URL.Path)
			writeJSON(w, 404, map[string]any{})
		}
	}))
	t.Cleanup(srv.Close)
	a, err := e.accounts.Add(e.ctx, accounts.Account{Network: drafts.GBP, Handle: "clinic"}, accounts.Credentials{AccessToken: answerToken})
	if err != nil {
		t.Fatal(err)
	}
	e.engine.Connectors = func(ctx context.Context, id int64) (accounts.Connector, accounts.Account, error) {
		acct, err := e.accounts.Get(ctx, id)
		return gbp.New(gbp.Config{BaseURL: srv.URL, HTTP: srv.Client(), Now: e.clock.Now, AccountID: "111", LocationID: "222",
			Creds: accounts.Credentials{AccessToken: answerToken, ExpiresAt: e.clock.Now().Add(24 * time.Hour)}}), acct, err
	}
	e.engine.Replies = ReplyGates{Profile: e.drafts.Profile}
	const text = "Thank you for the kind review!"
	r, err := e.store.QueueReply(e.ctx, ReplyRequest{AccountID: a.ID, To: accounts.Ref{ID: review}, Text: text, Author: "Sam"})
	if err != nil {
		t.Fatal(err)
	}
	got := runUntilSettled(t, e, r.ID)
	mu.Lock()
	defer mu.Unlock()
	if got.State != ReplySent || len(replies) != 1 || replies[review] != text || puts != 2 {
		t.Fatalf("reply %+v; the review's reply %q after %d PUTs", got, replies[review], puts)
	}
}

// A Mastodon reply is one of the account's statuses: a lost post with the
// same words is not taken for the clinic's recorded answer, and goes out.
func TestLostPostIsNotTakenForARecordedAnswer(t *testing.T) {
	e := newTestEnv(t, "")
	a := e.addAccount("clinic")
	e.engine.Replies = ReplyGates{Profile: e.drafts.Profile}
	const text = "Flu shots are in: walk in any weekday from 9."
	r, err := e.store.QueueReply(e.ctx, ReplyRequest{AccountID: a.ID, To: accounts.Ref{ID: "7001"}, Text: text, Author: "Sam"})
	if err != nil {
		t.Fatal(err)
	}
	answer, err := e.engine.SendReply(e.ctx, r.ID)
	if err != nil || answer.State != ReplySent {
		t.Fatalf("answer %+v, %v", answer, err)
	}
	p := e.mustSchedule(e.readyDraft(text), a, start)
	posts := 0
	e.net.setDecide(func(op string) fault {
		if op == "post" {
			if posts++; posts == 1 {
				return faultDropBefore
			}
		}
		return faultNone
	})
	for i := 0; i < 4 && e.get(p.ID).State != StatePublished; i++ {
		if _, err := e.engine.RunDue(e.ctx); err != nil {
			t.Fatal(err)
		}
		e.clock.Advance(BackoffCap + time.Minute)
	}
	got, acc := e.get(p.ID), e.net.accepted()
	if got.State != StatePublished || got.RemoteID == answer.RemoteID || len(acc) != 2 {
		t.Fatalf("post %+v; answer %s; the server holds %+v", got, answer.RemoteID, acc)
	}
}

// An answer always matches itself as a network may show it: its own words
// with other spacing, or after a mention; never an empty one.
func FuzzSameAnswer(f *testing.F) {
	for _, s := range []string{"Thank you!", "Gracias, sen\u0303ora", "  two\n\nlines ", "@ann hi", "\u00e9t\u00e9"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if normalise(text) == "" {
			if sameAnswer(text, text) {
				t.Fatalf("a blank answer %q matched", text)
			}
			return
		}
		spaced := strings.Join(strings.Fields(text), "\n\n  ")
		for _, got := range []string{text, " " + text + "\n", spaced, "@bob@example.org " + text} {
			if !sameAnswer(got, text) {
				t.Fatalf("sameAnswer(%q, %q) = false", got, text)
			}
		}
	})
}

// The connectors the app builds are looked into as they are: where an
// answer is not one of the account's posts they must be ReplyFinders, or a
// lost answer is looked for where it never is and sent twice.
func TestAppConnectorsLookUnderTheItem(t *testing.T) {
	e := newTestEnv(t, "")
	m := connect.NewManager(e.accounts, e.clock.Now)
	for _, tc := range []struct {
		network drafts.Network
		remote  string
		finder  bool
	}{
		{drafts.Facebook, "1001", true},
		{drafts.Instagram, "1784", true},
		{drafts.LinkedIn, "urn:li:organization:123", true},
		{drafts.Bluesky, "", true},
		{drafts.X, "2244994945", true},
		{drafts.Mastodon, "", false},                  // answers are statuses: found among recent posts
		{drafts.GBP, "accounts/1/locations/2", false}, // a review's one reply is set again by the same PUT
	} {
		t.Run(string(tc.network), func(t *testing.T) {
			a, err := e.accounts.Add(e.ctx, accounts.Account{Network: tc.network, Handle: "clinic", RemoteID: tc.remote, ServerURL: "https://example.org"},
				accounts.Credentials{AccessToken: "token-SYNTHETIC", AppPassword: "aaaa-bbbb-cccc-dddd"})
			if err != nil {
				t.Fatal(err)
			}
			c, err := m.Connector(e.ctx, a)
			if err != nil {
				t.Fatal(err)
			}
			if _, ok := c.(accounts.ReplyFinder); ok != tc.finder {
				t.Fatalf("%T is a ReplyFinder: %v, want %v", c, ok, tc.finder)
			}
		})
	}
}
