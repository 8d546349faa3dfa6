package main

import (
	"encoding/json"
	"fmt"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// countingMastodon publishes statuses and answers their counts as
// Mastodon does (GET /api/v1/statuses/:id: favourites_count,
// reblogs_count, replies_count; 404 once deleted), and followers in
// verify_credentials.
type countingMastodon struct {
	mu      sync.Mutex
	next    int
	deleted map[string]bool
	reads   []string
}

func (f *countingMastodon) handler() http.Handler {
	mux := http.NewServeMux()
	authed := func(w http.ResponseWriter, r *http.Request) bool {
		if r.Header.Get("Authorization") != "Bearer "+cliSecret {
			w.WriteHeader(401)
			io.WriteString(w, `{"error":"The access token is invalid"}`)
			return false
		}
		return true
	}
	mux.HandleFunc("GET /api/v1/accounts/verify_credentials", func(w http.ResponseWriter, r *http.Request) {
		if authed(w, r) {
			io.WriteString(w, `{"id":"109","username":"maplegrove","acct":"maplegrove","display_name":"Maple Grove Family Clinic","url":"https://social.example/@maplegrove","followers_count":240}`)
		}
	})
	mux.HandleFunc("POST /api/v1/statuses", func(w http.ResponseWriter, r *http.Request) {
		if !authed(w, r) {
			return
		}
		r.ParseForm()
		f.mu.Lock()
		f.next++
		id := fmt.Sprint(500 + f.next)
		f.mu.Unlock()
		fmt.Fprintf(w, `{"id":%q,"url":"https://social.example/@maplegrove/%s","created_at":%q,"content":"<p>%s</p>","visibility":"public","media_attachments":[]}`,
			id, id, time.Now().UTC().Format(time.RFC3339), html.EscapeString(r.PostForm.Get("status")))
	})
	mux.HandleFunc("GET /api/v1/statuses/{id}", func(w http.ResponseWriter, r *http.Request) {
		if !authed(w, r) {
			return
		}
		id := r.PathValue("id")
		f.mu.Lock()
		f.reads = append(f.reads, id)
		gone := f.deleted[id]
		f.mu.Unlock()
		if gone {
			w.WriteHeader(404)
			io.WriteString(w, `{"error":"Record not found"}`)
			return
		}
		fmt.Fprintf(w, `{"id":%q,"url":"https://social.example/@maplegrove/%s","created_at":"2026-12-05T10:00:00.000Z","content":"<p>x</p>","favourites_count":7,"reblogs_count":2,"replies_count":1}`, id, id)
	})
	return mux
}

func TestStatsSyncAndExportCLI(t *testing.T) {
	fake := &countingMastodon{deleted: map[string]bool{}}
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
	for _, text := range []string{"Flu shots are in. #FluShots", "Saturday hours: 9 to 1."} {
		if code, out, errOut := cli(text, "post", "--account", "1", "--text-file", "-"); code != 0 {
			t.Fatalf("post: %d %s %s", code, out, errOut)
		}
	}

	t.Run("stats sync counts every recent post and the followers", func(t *testing.T) {
		code, out, errOut := cli("", "stats", "sync", "--json")
		var got struct {
			Posts    int               `json:"posts"`
			Accounts int               `json:"accounts"`
			Failed   []json.RawMessage `json:"failed"`
		}
		if code != 0 || json.Unmarshal([]byte(out), &got) != nil || got.Posts != 2 || got.Accounts != 1 || got.Failed == nil {
			t.Fatalf("exit %d: %s %s", code, out, errOut)
		}
		if strings.Join(fake.reads, ",") != "501,502" {
			t.Errorf("read statuses %v", fake.reads)
		}
	})

	month := time.Now().In(mustZone(t, "America/New_York")).Format("2006-01")
	out := t.TempDir()
	t.Run("export writes the summary and both CSVs", func(t *testing.T) {
		code, stdout, errOut := cli("", "export", "--month", month, "--out", out)
		if code != 0 {
			t.Fatalf("exit %d: %s %s", code, stdout, errOut)
		}
		for _, name := range []string{"summary-" + month + ".pdf", "posts-" + month + ".csv", "accounts-" + month + ".csv"} {
			if !strings.Contains(stdout, name) {
				t.Errorf("output does not name %s: %s", name, stdout)
			}
		}
		posts, _ := os.ReadFile(filepath.Join(out, "posts-"+month+".csv"))
		if !strings.Contains(string(posts), "mastodon,Maple Grove Family Clinic,") || !strings.Contains(string(posts), ",7,2,1,,\r\n") {
			t.Errorf("posts CSV:\n%s", posts)
		}
		accts, _ := os.ReadFile(filepath.Join(out, "accounts-"+month+".csv"))
		if !strings.Contains(string(accts), "mastodon,Maple Grove Family Clinic,240,240,2,14,4,2") {
			t.Errorf("accounts CSV:\n%s", accts)
		}
		if tool, err := exec.LookPath("pdftotext"); err == nil {
			text, _ := exec.Command(tool, filepath.Join(out, "summary-"+month+".pdf"), "-").Output()
			norm := strings.Join(strings.Fields(string(text)), " ")
			if !strings.Contains(norm, "Likes 14") || !strings.Contains(norm, "Maple Grove Family Clinic") {
				t.Errorf("summary text:\n%s", text)
			}
		}
	})
	t.Run("a month without data: exit 1, and the summary says so", func(t *testing.T) {
		code, _, errOut := cli("", "export", "--month", "2020-02", "--format", "pdf", "--out", out)
		if code != 1 || !strings.Contains(errOut, "no data for February 2020") {
			t.Errorf("exit %d: %s", code, errOut)
		}
		if _, err := os.Stat(filepath.Join(out, "summary-2020-02.pdf")); err != nil {
			t.Error(err)
		}
	})
	t.Run("bad usage: exit 2 with a clear message", func(t *testing.T) {
		for _, tc := range []struct {
			args []string
			want string
		}{
			{[]string{"export", "--month", "2026-13", "--out", out}, "there is no month 13"},
			{[]string{"export", "--month", "2026-11"}, "needs --month YYYY-MM and --out DIR"},
			{[]string{"export", "--month", "2026-11", "--format", "docx", "--out", out}, `"docx" is not a format`},
			{[]string{"stats"}, "stats needs a command: sync"},
		} {
			code, _, errOut := cli("", tc.args...)
			if code != 2 || !strings.Contains(errOut, tc.want) {
				t.Errorf("%v: exit %d: %s", tc.args, code, errOut)
			}
		}
	})
	t.Run("stats sync: exit 1 naming the account that failed", func(t *testing.T) {
		os.WriteFile(tokenFile, []byte("revoked"), 0o600)
		srv.Config.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.WriteHeader(401)
			io.WriteString(w, `{"error":"The access token was revoked"}`)
		})
		code, stdout, errOut := cli("", "stats", "sync")
		if code != 1 || !strings.Contains(errOut, "Maple Grove Family Clinic on Mastodon") || !strings.Contains(stdout, "sign in again") {
			t.Errorf("exit %d: %s %s", code, stdout, errOut)
		}
	})
}

func mustZone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}
