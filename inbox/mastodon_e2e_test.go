package inbox_test

// The inbox end to end, through wiring (as the app and the commands run
// it), against a server replaying Mastodon's documented shapes:
// notifications (a `direct` status and a public reply), reading the status
// answered, posting the answer, and the account's statuses for the
// lost-answer look-up.

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/inbox"
	"github.com/carepost/carepost/schedule"
	"github.com/carepost/carepost/store"
	"github.com/carepost/carepost/wiring"
)

type mastoStatus struct {
	ID          string         `json:"id"`
	CreatedAt   string         `json:"created_at"`
	InReplyToID *string        `json:"in_reply_to_id"`
	InReplyAcct *string        `json:"in_reply_to_account_id"`
	Visibility  string         `json:"visibility"`
	URI         string         `json:"uri"`
	URL         string         `json:"url"`
	Content     string         `json:"content"`
	Account     map[string]any `json:"account"`
}

type posted struct {
	Status, Visibility, InReplyTo, Key string
}

// fakeMastodon is one clinic account (id 1) on a Mastodon-API server.
type fakeMastodon struct {
	mu       sync.Mutex
	t        *testing.T
	notes    []map[string]any
	statuses map[string]mastoStatus
	own      []mastoStatus // the clinic's statuses, newest first
	posts    []posted
	// dropNext accepts the next post, then drops the connection before
	// answering, as a lost answer does.
	dropNext bool
}

func person(id, acct string) map[string]any {
	return map[string]any{"id": id, "username": strings.Split(acct, "@")[0], "acct": acct, "display_name": strings.Title(strings.Split(acct, "@")[0]),
		"url": "https://social.example/@" + acct}
}

func (f *fakeMastodon) addMention(id, visibility, acct, html string, at time.Time) {
	st := mastoStatus{ID: "s" + id, CreatedAt: at.Format(time.RFC3339), Visibility: visibility,
		URI: "https://social.example/users/x/statuses/s" + id, URL: "https://social.example/@" + acct + "/s" + id,
		Content: html, Account: person("9"+id, acct)}
	f.statuses[st.ID] = st
	f.notes = append(f.notes, map[string]any{"id": id, "type": "mention", "created_at": at.Format(time.RFC3339),
		"account": person("9"+id, acct), "status": st})
}

func (f *fakeMastodon) handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/v1/notifications", func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		defer f.mu.Unlock()
		min := r.URL.Query().Get("min_id")
		out := []map[string]any{}
		for i := len(f.notes) - 1; i >= 0; i-- { // newest first, as Mastodon answers
			if id := f.notes[i]["id"].(string); min == "" || id > min {
				out = append(out, f.notes[i])
			}
		}
		json.NewEncoder(w).Encode(out)
	})
	mux.HandleFunc("GET /api/v1/statuses/{id}", func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		defer f.mu.Unlock()
		st, ok := f.statuses[r.PathValue("id")]
		if !ok {
			w.WriteHeader(404)
			fmt.Fprint(w, `{"error":"Record not found"}`)
			return
		}
		json.NewEncoder(w).Encode(st)
	})
	mux.HandleFunc("GET /api/v1/accounts/verify_credentials", func(w http.ResponseWriter, r *http.Request) {
		json.NewEncoder(w).Encode(person("1", "clinic"))
	})
	mux.HandleFunc("GET /api/v1/accounts/1/statuses", func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		defer f.mu.Unlock()
		json.NewEncoder(w).Encode(f.own)
	})
	mux.HandleFunc("POST /api/v1/statuses", func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseForm(); err != nil {
			w.WriteHeader(400)
			return
		}
		if strings.Contains(r.Header.Get("Content-Type"), "json") {
			f.t.Errorf("the answer was sent as JSON; the test expects a form")
		}
		f.mu.Lock()
		p := posted{Status: r.PostForm.Get("status"), Visibility: r.PostForm.Get("visibility"),
			InReplyTo: r.PostForm.Get("in_reply_to_id"), Key: r.Header.Get("Idempotency-Key")}
		f.posts = append(f.posts, p)
		id := fmt.Sprintf("r%d", len(f.posts))
		reply := p.InReplyTo
		st := mastoStatus{ID: id, CreatedAt: time.Now().UTC().Format(time.RFC3339), Visibility: p.Visibility, InReplyToID: &reply,
			URI: "https://social.example/users/clinic/statuses/" + id, URL: "https://social.example/@clinic/" + id,
			Content: "<p>" + p.Status + "</p>", Account: person("1", "clinic")}
		f.own = append([]mastoStatus{st}, f.own...)
		drop := f.dropNext
		f.dropNext = false
		f.mu.Unlock()
		if drop {
			conn, _, err := w.(http.Hijacker).Hijack()
			if err == nil {
				conn.Close()
			}
			return
		}
		json.NewEncoder(w).Encode(st)
	})
	return mux
}

func TestMastodonInboxEndToEnd(t *testing.T) {
	ctx := context.Background()
	f := &fakeMastodon{t: t, statuses: map[string]mastoStatus{}}
	t0 := time.Now().UTC().Add(-2 * time.Hour).Truncate(time.Second)
	f.addMention("101", "direct", "bob@social.example", `<p><span class="h-card"><a href="https://social.example/@clinic" class="u-url mention">@<span>clinic</span></a></span> Can I move my appointment to Friday?</p>`, t0)
	f.addMention("102", "public", "cy@social.example", `<p>@clinic are you open on Saturday?</p>`, t0.Add(time.Minute))
	srv := httptest.NewServer(f.handler())
	defer srv.Close()

	db, err := store.Open(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ws := wiring.New(db, wiring.Options{HTTP: srv.Client()})
	ws.Engine.Sleep = func(context.Context, time.Duration) error { return nil }
	if err := ws.Drafts.SaveProfile(ctx, drafts.Profile{Name: "Maple Grove Clinic", Phone: "555-0100", TimeZone: "UTC",
		EmergencyWording: "If this is an emergency, call 911.", StaffNames: []string{"Sam Lee"}}); err != nil {
		t.Fatal(err)
	}
	a, err := ws.Accounts.Add(ctx, accounts.Account{Network: drafts.Mastodon, Handle: "@clinic@social.example", ServerURL: srv.URL},
		accounts.Credentials{AccessToken: "SYNTHETIC-token"})
	if err != nil {
		t.Fatal(err)
	}

	for i := 0; i < 2; i++ {
		res, err := ws.Inbox.Sync.SyncAll(ctx, nil)
		if err != nil || len(res) != 1 || !res[0].OK() {
			t.Fatalf("sync %d: %+v, %v", i, res, err)
		}
	}
	page, err := ws.Inbox.List(ctx, inbox.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Items) != 2 {
		t.Fatalf("%d items after two syncs, want 2", len(page.Items))
	}
	dm, public := page.Items[1], page.Items[0]
	if !dm.Private || dm.RemoteID != "s101" || public.Private {
		t.Fatalf("direct status %+v; public %+v", dm, public)
	}
	if !strings.HasPrefix(dm.Audience(), "Private") || !strings.HasPrefix(public.Audience(), "Public") {
		t.Fatalf("audiences %q / %q", dm.Audience(), public.Audience())
	}

	t.Run("a direct message is answered as direct", func(t *testing.T) {
		r, err := ws.Inbox.Answer(ctx, inbox.ReplyInput{ItemID: dm.ID, Text: "Please call us at 555-0100 and we will help.", Author: "Sam Lee"})
		if err != nil || r.State != schedule.ReplySent {
			t.Fatalf("reply: %+v, %v", r, err)
		}
		p := f.posts[len(f.posts)-1]
		if p.Visibility != "direct" || p.InReplyTo != "s101" || !strings.Contains(p.Status, "@bob@social.example") || p.Key != r.IdempotencyKey {
			t.Fatalf("posted %+v (key %s)", p, r.IdempotencyKey)
		}
		if r.RemoteID == "" || r.RemoteURL == "" {
			t.Fatalf("no remote id or link: %+v", r)
		}
		it, _ := ws.Inbox.Get(ctx, dm.ID)
		if it.AnsweredBy != "Sam Lee" || it.AnsweredAt.IsZero() || it.State != inbox.StateDone {
			t.Fatalf("answered item %+v", it)
		}
		th, err := ws.Inbox.Thread(ctx, it)
		if err != nil || len(th) != 2 || !th[1].Own {
			t.Fatalf("thread %+v, %v", th, err)
		}
	})

	t.Run("the privacy check refuses first", func(t *testing.T) {
		before := len(f.posts)
		_, err := ws.Inbox.Answer(ctx, inbox.ReplyInput{ItemID: public.ID,
			Text: "Hi Maria, your diabetes results from your visit on March 3 are ready.", Author: "Sam Lee"})
		var fe *inbox.FindingsError
		if !errors.As(err, &fe) || len(fe.Findings) == 0 {
			t.Fatalf("got %v, want findings", err)
		}
		if len(f.posts) != before {
			t.Fatal("a refused answer reached the network")
		}
	})

	t.Run("a lost answer is found, not sent twice", func(t *testing.T) {
		f.mu.Lock()
		f.dropNext = true
		f.mu.Unlock()
		before := len(f.posts)
		r, err := ws.Inbox.Answer(ctx, inbox.ReplyInput{ItemID: public.ID, Text: "Yes, 9 to noon on Saturdays.", Author: "Sam Lee"})
		if err != nil || r.State != schedule.ReplySent || r.RemoteID != fmt.Sprintf("r%d", before+1) {
			t.Fatalf("reply after a lost answer: %+v, %v", r, err)
		}
		if len(f.posts) != before+1 {
			t.Fatalf("%d posts sent, want 1", len(f.posts)-before)
		}
		if f.posts[before].Visibility != "public" {
			t.Fatalf("a public reply went out %s", f.posts[before].Visibility)
		}
		log, _ := ws.Schedule.ReplyLog(ctx, r.ID)
		if !strings.Contains(log[len(log)-1].Detail, "found among the account's recent posts") {
			t.Fatalf("log %+v", log)
		}
	})
	_ = a
}
