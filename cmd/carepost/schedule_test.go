package main

import (
	"encoding/json"
	"fmt"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// postCounter is a Mastodon-like server that records every status it
// accepts (it ignores Idempotency-Key) and lists them back, slowly enough
// that two runs overlap.
type postCounter struct {
	mu    sync.Mutex
	posts []map[string]string
}

func (f *postCounter) handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/v1/accounts/verify_credentials", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer "+cliSecret {
			w.WriteHeader(401)
			io.WriteString(w, `{"error":"The access token is invalid"}`)
			return
		}
		io.WriteString(w, `{"id":"109","username":"maplegrove","acct":"maplegrove","display_name":"Maple Grove Family Clinic","url":"https://social.example/@maplegrove"}`)
	})
	mux.HandleFunc("POST /api/v1/statuses", func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		time.Sleep(30 * time.Millisecond) // widen the window for a second run
		f.mu.Lock()
		id := strconv.Itoa(200 + len(f.posts))
		f.posts = append(f.posts, map[string]string{"id": id, "status": r.PostForm.Get("status"), "key": r.Header.Get("Idempotency-Key")})
		f.mu.Unlock()
		fmt.Fprintf(w, `{"id":%q,"url":"https://social.example/@maplegrove/%s","created_at":%q,"content":"<p>%s</p>"}`,
			id, id, time.Now().UTC().Format(time.RFC3339), html.EscapeString(r.PostForm.Get("status")))
	})
	mux.HandleFunc("GET /api/v1/accounts/109/statuses", func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		defer f.mu.Unlock()
		out := []map[string]string{}
		for i := len(f.posts) - 1; i >= 0; i-- {
			p := f.posts[i]
			out = append(out, map[string]string{"id": p["id"], "content": "<p>" + html.EscapeString(p["status"]) + "</p>",
				"created_at": time.Now().UTC().Format(time.RFC3339)})
		}
		json.NewEncoder(w).Encode(out)
	})
	return mux
}

func TestScheduleCLIAndPublishDueTwiceAtOnce(t *testing.T) {
	fake := &postCounter{}
	srv := httptest.NewServer(fake.handler())
	defer srv.Close()
	dir := dataDirWithProfile(t)
	tokenFile := filepath.Join(t.TempDir(), "token")
	os.WriteFile(tokenFile, []byte(cliSecret), 0o600)
	cli := func(stdin string, args ...string) (int, string, string) {
		t.Helper()
		return runCLI(t, stdin, append([]string{"--data-dir", dir}, args...)...)
	}
	if code, out, errOut := cli("", "accounts", "add", "mastodon", "--server", srv.URL, "--token-file", tokenFile); code != 0 {
		t.Fatalf("accounts add: %d %s %s", code, out, errOut)
	}

	t.Run("drafts add prints the id; findings keep it a draft", func(t *testing.T) {
		code, out, errOut := cli("Flu shots are in. Walk in any weekday morning.\n", "drafts", "add", "--text-file", "-", "--networks", "mastodon", "--json")
		var got struct {
			ID       int64  `json:"id"`
			Status   string `json:"status"`
			Findings []any  `json:"findings"`
		}
		if code != 0 || json.Unmarshal([]byte(out), &got) != nil || got.ID == 0 || got.Status != "ready" || len(got.Findings) != 0 {
			t.Fatalf("clean draft: %d %s %s", code, out, errOut)
		}
		code, out, errOut = cli("Thanks for coming in, Maria! Hope your knee surgery went well.", "drafts", "add", "--text-file", "-")
		if code != 0 || !strings.Contains(out, "(Draft)") || !strings.Contains(out, "possible patient information") {
			t.Fatalf("draft with findings: %d %s %s", code, out, errOut)
		}
		// It cannot be scheduled.
		id := strings.Fields(out)[1]
		code, _, errOut = cli("", "schedule", "--draft", id, "--account", "1", "--at", time.Now().Add(time.Hour).Format(time.RFC3339))
		if code != 1 || !strings.Contains(errOut, "ready") {
			t.Fatalf("scheduling a draft with findings: %d %s", code, errOut)
		}
		if code, _, _ := cli("", "drafts", "add"); code != 2 {
			t.Fatalf("usage: %d", code)
		}
	})

	t.Run("schedule takes the clinic's wall clock and refuses the past", func(t *testing.T) {
		code, out, errOut := cli("", "schedule", "--draft", "1", "--account", "1", "--at", "2099-07-04 09:30", "--json")
		var got publicationOut
		if code != 0 || json.Unmarshal([]byte(out), &got) != nil || got.DueUTC != "2099-07-04T13:30:00Z" || got.State != "queued" || got.Zone != "America/New_York" {
			t.Fatalf("%d %s %s", code, out, errOut)
		}
		if code, _, errOut := cli("", "schedule", "--draft", "1", "--account", "1", "--at", "2001-01-01 09:00"); code != 1 || !strings.Contains(errOut, "passed") {
			t.Fatalf("past: %d %s", code, errOut)
		}
		if code, _, _ := cli("", "schedule", "--draft", "1", "--account", "1", "--at", "tomorrowish"); code != 2 {
			t.Fatalf("bad time: %d", code)
		}
		if code, _, _ := cli("", "schedule", "--draft", "1", "--account", "77", "--at", "2099-07-04 09:30"); code != 2 {
			t.Fatalf("no such account: %d", code)
		}
	})

	// Six posts due now (within the minute's tolerance).
	for i := 0; i < 6; i++ {
		code, out, errOut := cli(fmt.Sprintf("Clinic note %d: open late on Thursdays.", i), "drafts", "add", "--text-file", "-", "--networks", "mastodon", "--json")
		var d struct{ ID int64 }
		if code != 0 || json.Unmarshal([]byte(out), &d) != nil {
			t.Fatalf("%d %s %s", code, out, errOut)
		}
		at := time.Now().Add(-20 * time.Second).Format(time.RFC3339)
		if code, out, errOut := cli("", "schedule", "--draft", strconv.FormatInt(d.ID, 10), "--account", "1", "--at", at); code != 0 {
			t.Fatalf("%d %s %s", code, out, errOut)
		}
	}

	t.Run("publish-due twice at once publishes each post once", func(t *testing.T) {
		var wg sync.WaitGroup
		type result struct {
			code     int
			out, err string
		}
		results := make([]result, 2)
		for i := range results {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				code, out, errOut := cli("", "publish-due", "--json")
				results[i] = result{code, out, errOut}
			}(i)
		}
		wg.Wait()
		total := 0
		var per []int
		for _, r := range results {
			var got struct {
				Summary struct{ Published, Failed int }
			}
			if r.code != 0 || json.Unmarshal([]byte(r.out), &got) != nil {
				t.Fatalf("run: %d %s %s", r.code, r.out, r.err)
			}
			total += got.Summary.Published
			per = append(per, got.Summary.Published)
		}
		fake.mu.Lock()
		defer fake.mu.Unlock()
		keys := map[string]int{}
		for _, p := range fake.posts {
			keys[p["key"]]++
		}
		if len(fake.posts) != 6 || len(keys) != 6 || total != 6 {
			t.Fatalf("posts %d, distinct %d, reported published %d: %v", len(fake.posts), len(keys), total, results)
		}
		fmt.Printf("publish-due twice at once: the runs published %v; the server accepted %d posts, each once\n", per, len(fake.posts))
	})

	t.Run("schedule list shows state, attempts, link and due time in the clinic zone", func(t *testing.T) {
		code, out, errOut := cli("", "schedule", "list", "--json")
		var list []publicationOut
		if code != 0 || json.Unmarshal([]byte(out), &list) != nil || len(list) != 7 {
			t.Fatalf("%d %s %s", code, out, errOut)
		}
		published := 0
		for _, p := range list {
			if p.State == "published" && p.Attempts == 1 && strings.HasPrefix(p.RemoteURL, "https://social.example/@maplegrove/") {
				published++
			}
			if !strings.HasSuffix(p.Due, "-04:00") && !strings.HasSuffix(p.Due, "-05:00") {
				t.Fatalf("due not in the clinic zone: %s", p.Due)
			}
		}
		if published != 6 {
			t.Fatalf("%s", out)
		}
		code, out, _ = cli("", "schedule", "list")
		if code != 0 || !strings.Contains(out, "Published") || !strings.Contains(out, "https://social.example/@maplegrove/") || !strings.Contains(out, "Queued") {
			t.Fatalf("%s", out)
		}
		// Nothing more is due: exit 0, nothing sent.
		if code, out, errOut := cli("", "publish-due"); code != 0 || !strings.Contains(out, "Published 0") {
			t.Fatalf("%d %s %s", code, out, errOut)
		}
	})
}
