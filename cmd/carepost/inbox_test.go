package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

// inboxMastodon is a Mastodon-API server with two mentions for the
// clinic: a `direct` one and a public one, in the documented shapes.
type inboxMastodon struct {
	mu      sync.Mutex
	revoked bool // notifications answer 401, as for a revoked token
	posts   []map[string]string
}

func (f *inboxMastodon) handler() http.Handler {
	at := time.Date(2026, 11, 30, 15, 4, 5, 0, time.UTC)
	status := func(id, vis, acct, text string) string {
		return fmt.Sprintf(`{"id":%q,"created_at":%q,"in_reply_to_id":null,"visibility":%q,"uri":"https://social.example/users/%s/statuses/%s",
			"url":"https://social.example/@%s/%s","content":"<p>%s</p>","account":{"id":"7%s","username":%q,"acct":%q,"display_name":"","url":"https://social.example/@%s"}}`,
			id, at.Format(time.RFC3339), vis, acct, id, acct, id, text, id, acct, acct, acct)
	}
	statuses := map[string]string{
		"501": status("501", "direct", "bob@social.example", "@maplegrove can I get a flu shot without booking?"),
		"502": status("502", "public", "cy@social.example", "@maplegrove are you open on Saturday?"),
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/v1/accounts/verify_credentials", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, `{"id":"109","username":"maplegrove","acct":"maplegrove","display_name":"Maple Grove Family Clinic","url":"https://social.example/@maplegrove"}`)
	})
	mux.HandleFunc("GET /api/v1/notifications", func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		revoked := f.revoked
		f.mu.Unlock()
		if revoked {
			w.WriteHeader(401)
			io.WriteString(w, `{"error":"The access token was revoked"}`)
			return
		}
		if r.URL.Query().Get("min_id") >= "2" {
			io.WriteString(w, `[]`)
			return
		}
		fmt.Fprintf(w, `[{"id":"2","type":"mention","created_at":%q,"account":{"id":"7502","acct":"cy@social.example"},"status":%s},
			{"id":"1","type":"mention","created_at":%q,"account":{"id":"7501","acct":"bob@social.example"},"status":%s}]`,
			at.Format(time.RFC3339), statuses["502"], at.Format(time.RFC3339), statuses["501"])
	})
	mux.HandleFunc("GET /api/v1/statuses/{id}", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, statuses[r.PathValue("id")])
	})
	mux.HandleFunc("POST /api/v1/statuses", func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		f.mu.Lock()
		id := fmt.Sprint(900 + len(f.posts))
		f.posts = append(f.posts, map[string]string{"id": id, "status": r.PostForm.Get("status"), "visibility": r.PostForm.Get("visibility"),
			"in_reply_to_id": r.PostForm.Get("in_reply_to_id"), "key": r.Header.Get("Idempotency-Key")})
		f.mu.Unlock()
		fmt.Fprintf(w, `{"id":%q,"url":"https://social.example/@maplegrove/%s","created_at":%q,"content":"<p>reply</p>"}`, id, id, time.Now().UTC().Format(time.RFC3339))
	})
	mux.HandleFunc("GET /api/v1/accounts/109/statuses", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, `[]`) })
	return mux
}

func TestSyncAndInboxCLI(t *testing.T) {
	good, bad := &inboxMastodon{}, &inboxMastodon{}
	srv, srvBad := httptest.NewServer(good.handler()), httptest.NewServer(bad.handler())
	defer srv.Close()
	defer srvBad.Close()
	dir := dataDirWithProfile(t)
	tokenFile := filepath.Join(t.TempDir(), "token")
	os.WriteFile(tokenFile, []byte(cliSecret+"\n"), 0o600)
	cli := func(stdin string, args ...string) (int, string, string) {
		return runCLI(t, stdin, append([]string{"--data-dir", dir}, args...)...)
	}
	if code, out, errOut := cli("", "accounts", "add", "mastodon", "--server", srv.URL, "--token-file", tokenFile); code != 0 {
		t.Fatalf("accounts add: %d %s %s", code, out, errOut)
	}

	t.Run("sync twice stores each item once", func(t *testing.T) {
		for i, want := range []int{2, 0} {
			code, out, errOut := cli("", "sync", "--json")
			var got syncOut
			if code != 0 || json.Unmarshal([]byte(out), &got) != nil || len(got.Accounts) != 1 || got.Accounts[0].Added != want || !got.Accounts[0].OK {
				t.Fatalf("sync %d: exit %d: %s %s", i, code, out, errOut)
			}
		}
	})

	var items []map[string]any
	t.Run("inbox list --json has exactly the documented fields", func(t *testing.T) {
		code, out, errOut := cli("", "inbox", "list", "--json")
		var got map[string][]map[string]any
		if code != 0 || json.Unmarshal([]byte(out), &got) != nil {
			t.Fatalf("exit %d: %s %s", code, out, errOut)
		}
		items = got["items"]
		if len(items) != 2 {
			t.Fatalf("items %v", items)
		}
		var keys []string
		for k := range items[0] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		want := []string{"account", "author", "created_at", "id", "kind", "network", "private", "state", "text", "urgent", "url"}
		if !reflect.DeepEqual(keys, want) {
			t.Fatalf("keys %v, want %v", keys, want)
		}
		if items[0]["author"] == "@bob@social.example" {
			items[0], items[1] = items[1], items[0]
		}
		dm := items[1]
		if dm["private"] != true || dm["kind"] != "message" || dm["network"] != "mastodon" ||
			dm["author"] != "@bob@social.example" || dm["state"] != "new" || dm["created_at"] != "2026-11-30T15:04:05Z" || dm["url"] != "https://social.example/@bob@social.example/501" {
			t.Fatalf("direct item %v", dm)
		}
	})

	t.Run("filters", func(t *testing.T) {
		for _, tc := range []struct {
			args []string
			want int
		}{
			{[]string{"--search", "saturday"}, 1},
			{[]string{"--unread"}, 2},
			{[]string{"--state", "done"}, 0},
		} {
			code, out, _ := cli("", append([]string{"inbox", "list", "--json"}, tc.args...)...)
			var got inboxListOut
			if code != 0 || json.Unmarshal([]byte(out), &got) != nil || len(got.Items) != tc.want {
				t.Errorf("%v: exit %d: %s", tc.args, code, out)
			}
		}
	})

	dmID := fmt.Sprint(items[1]["id"])
	t.Run("reply refuses findings with exit 1 and sends nothing", func(t *testing.T) {
		code, out, errOut := cli("Hi Bob, your diabetes results from your visit on March 3 are ready.", "inbox", "reply", "--item", dmID, "--text-file", "-")
		if code != 1 || !strings.Contains(errOut, "privacy check") {
			t.Fatalf("exit %d: %s %s", code, out, errOut)
		}
		if len(good.posts) != 0 {
			t.Fatalf("sent %v", good.posts)
		}
	})
	t.Run("reply to a direct message goes out direct and prints the id and link", func(t *testing.T) {
		code, out, errOut := cli("Yes, walk in any weekday from 9. Call (555) 010-0100 with questions.", "inbox", "reply", "--item", dmID, "--text-file", "-", "--as", "Sam")
		if code != 0 || !strings.Contains(out, "id:  900") || !strings.Contains(out, "url: https://social.example/@maplegrove/900") {
			t.Fatalf("exit %d: %s %s", code, out, errOut)
		}
		p := good.posts[0]
		if p["visibility"] != "direct" || p["in_reply_to_id"] != "501" || !strings.HasPrefix(p["status"], "@bob@social.example") || p["key"] == "" {
			t.Fatalf("sent %v", p)
		}
		code, out, _ = cli("", "inbox", "list", "--json", "--state", "done")
		if code != 0 || !strings.Contains(out, `"id":`+dmID) {
			t.Fatalf("the answered item is not done: %s", out)
		}
	})
	t.Run("done", func(t *testing.T) {
		id := fmt.Sprint(items[0]["id"])
		if code, out, errOut := cli("", "inbox", "done", id); code != 0 {
			t.Fatalf("exit %d: %s %s", code, out, errOut)
		}
		code, out, _ := cli("", "inbox", "list", "--json", "--state", "new")
		var got inboxListOut
		if code != 0 || json.Unmarshal([]byte(out), &got) != nil || len(got.Items) != 0 {
			t.Fatalf("still new: %s", out)
		}
	})
	t.Run("one failing account is named, the other still read, exit 1", func(t *testing.T) {
		if code, out, errOut := cli("", "accounts", "add", "mastodon", "--server", srvBad.URL, "--token-file", tokenFile); code != 0 {
			t.Fatalf("accounts add: %d %s %s", code, out, errOut)
		}
		bad.mu.Lock()
		bad.revoked = true
		bad.mu.Unlock()
		code, out, errOut := cli("", "sync")
		if code != 1 || !strings.Contains(errOut, "(account 2)") || !strings.Contains(out, "sign in again") || !strings.Contains(out, ": 0 new") {
			t.Fatalf("exit %d: %s %s", code, out, errOut)
		}
		code, out, _ = cli("", "accounts", "list", "--json")
		if code != 0 || !strings.Contains(out, "needs_reconnect") {
			t.Fatalf("the failing account is not marked for reconnect: %s", out)
		}
	})
	t.Run("bad usage exits 2", func(t *testing.T) {
		for _, args := range [][]string{
			{"sync", "--account", "x"},
			{"sync", "--account", "99"},
			{"inbox"},
			{"inbox", "list", "--state", "maybe"},
			{"inbox", "reply", "--text-file", "-"},
			{"inbox", "reply", "--item", "999", "--text-file", "-"},
			{"inbox", "done"},
			{"inbox", "done", "999"},
		} {
			if code, out, errOut := cli("hello", args...); code != 2 {
				t.Errorf("%v: exit %d: %s %s", args, code, out, errOut)
			}
		}
	})
}
