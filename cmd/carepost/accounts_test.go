package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/zalando/go-keyring"

	"github.com/carepost/carepost/schedule"
	"github.com/carepost/carepost/store"
	"github.com/carepost/carepost/wiring"
)

func TestMain(m *testing.M) {
	keyring.MockInit()
	os.Exit(m.Run())
}

const cliSecret = "mastodon-token-SYNTHETIC-9d8c7b"

// fakeMastodon answers the calls `accounts add` and `post` make, and
// records every request so the test can check what was sent.
type fakeMastodon struct {
	mu       sync.Mutex
	statuses []map[string]any
	auth     []string
	reject   bool
}

func (f *fakeMastodon) handler(t *testing.T) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/v1/accounts/verify_credentials", func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		f.auth = append(f.auth, r.Header.Get("Authorization"))
		f.mu.Unlock()
		if r.Header.Get("Authorization") != "Bearer "+cliSecret {
			w.WriteHeader(401)
			io.WriteString(w, `{"error":"The access token is invalid"}`)
			return
		}
		io.WriteString(w, `{"id":"109","username":"maplegrove","acct":"maplegrove","display_name":"Maple Grove Family Clinic","url":"https://social.example/@maplegrove","followers_count":12}`)
	})
	mux.HandleFunc("POST /api/v1/statuses", func(w http.ResponseWriter, r *http.Request) {
		body := map[string]any{}
		if strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
			json.NewDecoder(r.Body).Decode(&body)
		} else {
			r.ParseForm()
			for k, v := range r.PostForm {
				body[k] = v[0]
			}
		}
		body["idempotency"] = r.Header.Get("Idempotency-Key")
		f.mu.Lock()
		f.statuses = append(f.statuses, body)
		f.mu.Unlock()
		if f.reject {
			w.WriteHeader(422)
			io.WriteString(w, `{"error":"Validation failed: Text character limit of 500 exceeded"}`)
			return
		}
		io.WriteString(w, `{"id":"113","url":"https://social.example/@maplegrove/113","uri":"https://social.example/users/maplegrove/statuses/113","created_at":"2026-11-25T15:00:00.000Z","content":"<p>ok</p>","visibility":"public","media_attachments":[]}`)
	})
	return mux
}

func TestAccountsAndPostCLI(t *testing.T) {
	fake := &fakeMastodon{}
	srv := httptest.NewServer(fake.handler(t))
	defer srv.Close()
	dir := dataDirWithProfile(t)
	tokenFile := filepath.Join(t.TempDir(), "token")
	os.WriteFile(tokenFile, []byte(cliSecret+"\n"), 0o600)
	var allOutput bytes.Buffer
	cli := func(stdin string, args ...string) (int, string) {
		code, out, errOut := runCLI(t, stdin, append([]string{"--data-dir", dir}, args...)...)
		allOutput.WriteString(out + errOut)
		return code, out + errOut
	}

	code, out := cli("", "accounts", "add", "mastodon", "--server", srv.URL, "--token-file", tokenFile)
	if code != 0 || !strings.Contains(out, "Connected Mastodon account @maplegrove@") {
		t.Fatalf("accounts add: exit %d: %s", code, out)
	}
	t.Run("list shows the account without its token", func(t *testing.T) {
		code, out := cli("", "accounts", "list", "--json")
		var list []map[string]any
		if code != 0 || json.Unmarshal([]byte(out), &list) != nil || len(list) != 1 || list[0]["network"] != "mastodon" {
			t.Fatalf("exit %d: %s", code, out)
		}
	})
	t.Run("post publishes with an idempotency key and prints the link", func(t *testing.T) {
		code, out := cli("Flu shots are here! Walk in Saturday 9 to 1.", "post", "--account", "1", "--text-file", "-", "--json")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, out)
		}
		var got postOut
		if err := json.Unmarshal([]byte(out), &got); err != nil || got.ID != "113" || got.URL != "https://social.example/@maplegrove/113" {
			t.Fatalf("output %s", out)
		}
		fake.mu.Lock()
		defer fake.mu.Unlock()
		last := fake.statuses[len(fake.statuses)-1]
		if last["status"] != "Flu shots are here! Walk in Saturday 9 to 1." || len(last["idempotency"].(string)) < 16 {
			t.Fatalf("sent %v", last)
		}
	})
	t.Run("post leaves a published publication with the remote id, and the post exists once", func(t *testing.T) {
		fake.mu.Lock()
		before := len(fake.statuses)
		fake.mu.Unlock()
		code, out := cli("Walk-in flu shots all week.", "post", "--account", "1", "--text-file", "-", "--json")
		var got postOut
		if code != 0 || json.Unmarshal([]byte(out), &got) != nil || got.Publication == 0 || got.State != "published" {
			t.Fatalf("exit %d: %s", code, out)
		}
		code, out = cli("", "schedule", "list", "--json")
		var list []publicationOut
		if code != 0 || json.Unmarshal([]byte(out), &list) != nil {
			t.Fatalf("schedule list: exit %d: %s", code, out)
		}
		found := 0
		for _, p := range list {
			if p.ID == got.Publication {
				found++
				if p.State != "published" || p.RemoteID != "113" || p.RemoteURL != "https://social.example/@maplegrove/113" || p.Account != 1 {
					t.Fatalf("listed as %+v", p)
				}
			}
		}
		fake.mu.Lock()
		defer fake.mu.Unlock()
		if found != 1 || len(fake.statuses)-before != 1 {
			t.Fatalf("%d listed, %d sent", found, len(fake.statuses)-before)
		}
		if fake.statuses[len(fake.statuses)-1]["status"] != "Walk-in flu shots all week." {
			t.Fatalf("sent %v", fake.statuses[len(fake.statuses)-1])
		}
	})
	t.Run("post honours required approval and sends nothing", func(t *testing.T) {
		db, err := store.Open(context.Background(), dir)
		if err != nil {
			t.Fatal(err)
		}
		st := wiring.New(db, wiring.Options{}).Schedule
		if err := st.SaveSettings(context.Background(), schedule.Settings{Grace: schedule.DefaultGrace, Approval: true}); err != nil {
			t.Fatal(err)
		}
		defer func() {
			st.SaveSettings(context.Background(), schedule.DefaultSettings())
			db.Close()
		}()
		fake.mu.Lock()
		before := len(fake.statuses)
		fake.mu.Unlock()
		code, out := cli("Closed on Friday for staff training.", "post", "--account", "1", "--text-file", "-")
		if code != 1 || !strings.Contains(out, "requires approval") {
			t.Fatalf("exit %d: %s", code, out)
		}
		fake.mu.Lock()
		defer fake.mu.Unlock()
		if len(fake.statuses) != before {
			t.Fatal("an unapproved post reached the network")
		}
	})
	t.Run("post refuses patient information without calling the network", func(t *testing.T) {
		fake.mu.Lock()
		before := len(fake.statuses)
		fake.mu.Unlock()
		code, out := cli("Thanks for coming in, Maria! Hope your knee surgery went well.", "post", "--account", "1", "--text-file", "-")
		if code != 1 || !strings.Contains(out, "possible patient information") {
			t.Fatalf("exit %d: %s", code, out)
		}
		fake.mu.Lock()
		defer fake.mu.Unlock()
		if len(fake.statuses) != before {
			t.Fatal("the network was called for a post with findings")
		}
	})
	t.Run("a rejected post shows the network's words", func(t *testing.T) {
		fake.mu.Lock()
		fake.reject = true
		fake.mu.Unlock()
		defer func() { fake.mu.Lock(); fake.reject = false; fake.mu.Unlock() }()
		code, out := cli("Open late on Thursdays.", "post", "--account", "1", "--text-file", "-")
		if code != 1 || !strings.Contains(out, "Validation failed: Text character limit of 500 exceeded") {
			t.Fatalf("exit %d: %s", code, out)
		}
	})
	t.Run("a wrong token is refused and not stored", func(t *testing.T) {
		bad := filepath.Join(t.TempDir(), "bad")
		os.WriteFile(bad, []byte("wrong-SYNTHETIC-token"), 0o600)
		code, out := cli("", "accounts", "add", "mastodon", "--server", srv.URL, "--token-file", bad)
		if code != 1 || !strings.Contains(out, "sign in again") {
			t.Fatalf("exit %d: %s", code, out)
		}
		_, list := cli("", "accounts", "list", "--json")
		if strings.Count(list, `"id"`) != 1 {
			t.Fatalf("list after a refused add: %s", list)
		}
	})
	t.Run("secrets only from files, never argv", func(t *testing.T) {
		code, out := cli("", "accounts", "add", "bluesky", "--handle", "maple.test", "--app-password", "abcd")
		if code != 2 {
			t.Fatalf("exit %d: %s", code, out)
		}
	})
	t.Run("remove deletes the account", func(t *testing.T) {
		code, out := cli("", "accounts", "remove", "1")
		if code != 0 || !strings.Contains(out, "Removed") {
			t.Fatalf("exit %d: %s", code, out)
		}
	})

	t.Run("no secret in any output or in the data folder", func(t *testing.T) {
		if strings.Contains(allOutput.String(), cliSecret) {
			t.Fatal("the token appeared in the CLI's output")
		}
		filepath.Walk(dir, func(path string, info os.FileInfo, err error) error {
			if err == nil && !info.IsDir() {
				data, _ := os.ReadFile(path)
				if bytes.Contains(data, []byte(cliSecret)) {
					t.Errorf("%s contains the token", path)
				}
			}
			return nil
		})
	})
}
