package mastodon

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/network"
)

const testToken = "ZA-Yj3aBD8U8Cm7lKUp-lm9O9BmDgdhHzDeqsY8tlL0"

var testNow = time.Date(2019, 12, 5, 11, 0, 0, 0, time.UTC)

// recorded is one request the fake server received.
type recorded struct {
	Method, Path string
	Query        url.Values
	Header       http.Header
	Form         url.Values // urlencoded or multipart fields
	Files        map[string]recordedFile
}

type recordedFile struct {
	Name, ContentType string
	Data              []byte
}

// fakeServer answers "METHOD /path" routes and records every request; an
// unexpected request fails the test.
type fakeServer struct {
	t      *testing.T
	srv    *httptest.Server
	mu     sync.Mutex
	calls  []recorded
	routes map[string]http.HandlerFunc
}

func newFake(t *testing.T, routes map[string]http.HandlerFunc) *fakeServer {
	t.Helper()
	f := &fakeServer{t: t, routes: routes}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeServer) serve(w http.ResponseWriter, r *http.Request) {
	rec := recorded{Method: r.Method, Path: r.URL.Path, Query: r.URL.Query(), Header: r.Header.Clone()}
	ct := r.Header.Get("Content-Type")
	switch {
	case strings.HasPrefix(ct, "multipart/form-data"):
		if err := r.ParseMultipartForm(32 << 20); err != nil {
			f.t.Errorf("%s %s: bad multipart body: %v", r.Method, r.URL.Path, err)
		} else {
			rec.Form = url.Values(r.MultipartForm.Value)
			rec.Files = map[string]recordedFile{}
			for name, fhs := range r.MultipartForm.File {
				fh := fhs[0]
				file, _ := fh.Open()
				data, _ := io.ReadAll(file)
				file.Close()
				rec.Files[name] = recordedFile{Name: fh.Filename, ContentType: fh.Header.Get("Content-Type"), Data: data}
			}
		}
	case strings.HasPrefix(ct, "application/x-www-form-urlencoded"):
		if err := r.ParseForm(); err != nil {
			f.t.Errorf("%s %s: bad form: %v", r.Method, r.URL.Path, err)
		}
		rec.Form = r.PostForm
	}
	f.mu.Lock()
	f.calls = append(f.calls, rec)
	f.mu.Unlock()
	h, ok := f.routes[r.Method+" "+r.URL.Path]
	if !ok {
		f.t.Errorf("unexpected request %s %s?%s", r.Method, r.URL.Path, r.URL.RawQuery)
		http.Error(w, `{"error":"Record not found"}`, http.StatusNotFound)
		return
	}
	h(w, r)
}

func (f *fakeServer) requests() []recorded {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]recorded(nil), f.calls...)
}

func (f *fakeServer) only(method, path string) []recorded {
	var out []recorded
	for _, c := range f.requests() {
		if c.Method == method && c.Path == path {
			out = append(out, c)
		}
	}
	return out
}

func (f *fakeServer) connector(t *testing.T) *Connector {
	t.Helper()
	c := New(Config{Server: f.srv.URL, Creds: accounts.Credentials{AccessToken: testToken, ClientID: "cid", ClientSecret: "client-secret-value"},
		Now: func() time.Time { return testNow }})
	c.pollFirst, c.pollMax = time.Millisecond, 5*time.Millisecond
	return c
}

func reply(status int, body string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.WriteHeader(status)
		io.WriteString(w, body)
	}
}

// assertCommon checks what every API request carries.
func assertCommon(t *testing.T, rs []recorded) {
	t.Helper()
	for _, r := range rs {
		if got := r.Header.Get("Authorization"); got != "Bearer "+testToken {
			t.Errorf("%s %s: Authorization = %q, want Bearer <token>", r.Method, r.Path, got)
		}
	}
}

func wantForm(t *testing.T, got url.Values, want url.Values) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("form fields\n got %v\nwant %v", got, want)
	}
}

func TestPublish(t *testing.T) {
	tests := []struct {
		name     string
		post     accounts.Post
		response string
		wantForm url.Values
		wantKey  string
		want     accounts.Published
	}{
		{
			name:     "text post sends status, public visibility, language and the idempotency key",
			post:     accounts.Post{Text: "Flu clinic Saturday 9–12.", Language: "en", IdempotencyKey: "draft-42-mastodon"},
			response: statusJSON,
			wantForm: url.Values{"status": {"Flu clinic Saturday 9–12."}, "visibility": {"public"}, "language": {"en"}},
			wantKey:  "draft-42-mastodon",
			want: accounts.Published{Ref: accounts.Ref{ID: "103254962155278888", URL: "https://mastodon.example/@trwnh/103254962155278888"},
				At: time.Date(2019, 12, 5, 11, 34, 47, 196e6, time.UTC)},
		},
		{
			name:     "without an idempotency key no header is invented",
			post:     accounts.Post{Text: "Flu clinic Saturday 9–12."},
			response: statusJSON,
			wantForm: url.Values{"status": {"Flu clinic Saturday 9–12."}, "visibility": {"public"}},
			want: accounts.Published{Ref: accounts.Ref{ID: "103254962155278888", URL: "https://mastodon.example/@trwnh/103254962155278888"},
				At: time.Date(2019, 12, 5, 11, 34, 47, 196e6, time.UTC)},
		},
		{
			name: "scheduled post sends scheduled_at in RFC 3339 and returns the scheduled status id",
			post: accounts.Post{Text: "Flu clinic Saturday 9–12.", IdempotencyKey: "draft-42-mastodon",
				ScheduleAt: time.Date(2019, 12, 5, 13, 33, 1, 0, time.FixedZone("CET", 3600))},
			response: scheduledJSON,
			wantForm: url.Values{"status": {"Flu clinic Saturday 9–12."}, "visibility": {"public"}, "scheduled_at": {"2019-12-05T12:33:01Z"}},
			wantKey:  "draft-42-mastodon",
			want:     accounts.Published{Ref: accounts.Ref{ID: "3221"}, Scheduled: true, At: time.Date(2019, 12, 5, 12, 33, 1, 0, time.UTC)},
		},
		{
			name:     "reply post sends in_reply_to_id",
			post:     accounts.Post{Text: "Thanks!", ReplyTo: &accounts.Ref{ID: "103186126728896492"}},
			response: replyStatusJSON,
			wantForm: url.Values{"status": {"Thanks!"}, "visibility": {"public"}, "in_reply_to_id": {"103186126728896492"}},
			want: accounts.Published{Ref: accounts.Ref{ID: "103254962155278999", URL: "https://mastodon.example/@trwnh/103254962155278999"},
				At: time.Date(2019, 12, 5, 11, 40, 0, 0, time.UTC)},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFake(t, map[string]http.HandlerFunc{"POST /api/v1/statuses": reply(200, tt.response)})
			got, err := f.connector(t).Publish(context.Background(), tt.post)
			if err != nil {
				t.Fatalf("Publish: %v", err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Publish = %+v, want %+v", got, tt.want)
			}
			rs := f.requests()
			if len(rs) != 1 {
				t.Fatalf("got %d requests, want 1", len(rs))
			}
			assertCommon(t, rs)
			wantForm(t, rs[0].Form, tt.wantForm)
			if key, has := rs[0].Header["Idempotency-Key"]; tt.wantKey == "" && has {
				t.Errorf("Idempotency-Key sent without one being set: %q", key)
			} else if got := rs[0].Header.Get("Idempotency-Key"); got != tt.wantKey {
				t.Errorf("Idempotency-Key = %q, want %q", got, tt.wantKey)
			}
		})
	}
}

func TestPublishWithImages(t *testing.T) {
	jpeg := []byte("\xff\xd8\xff\xe0fake-jpeg-bytes")
	png := []byte("\x89PNG\r\n\x1a\nfake-png")
	ready := `"https://files.mastodon.example/media_attachments/files/022/348/641/original/e96382f26c72a29c.jpeg"`

	t.Run("200: media is ready at once; uploads carry file and alt text, in order", func(t *testing.T) {
		var n int
		var mu sync.Mutex
		f := newFake(t, map[string]http.HandlerFunc{
			"POST /api/v2/media": func(w http.ResponseWriter, r *http.Request) {
				mu.Lock()
				n++
				id := []string{"", "22348641", "22348642"}[n]
				mu.Unlock()
				reply(200, mediaJSON(id, ready, "alt"))(w, r)
			},
			"POST /api/v1/statuses": reply(200, statusJSON),
		})
		_, err := f.connector(t).Publish(context.Background(), accounts.Post{
			Text:           "Our new waiting room",
			IdempotencyKey: "draft-7",
			Images: []accounts.Image{
				{Data: jpeg, MIMEType: "image/jpeg", FileName: "waiting-room.jpg", AltText: "Bright waiting room with six chairs"},
				{Data: png, MIMEType: "image/png", AltText: "Floor plan"},
			},
		})
		if err != nil {
			t.Fatalf("Publish: %v", err)
		}
		assertCommon(t, f.requests())
		ups := f.only("POST", "/api/v2/media")
		if len(ups) != 2 {
			t.Fatalf("got %d uploads, want 2", len(ups))
		}
		wantFiles := []recordedFile{
			{Name: "waiting-room.jpg", ContentType: "image/jpeg", Data: jpeg},
			{Name: "image-2.png", ContentType: "image/png", Data: png},
		}
		wantAlt := []string{"Bright waiting room with six chairs", "Floor plan"}
		for i, up := range ups {
			if !reflect.DeepEqual(up.Files["file"], wantFiles[i]) {
				t.Errorf("upload %d file = %+v, want %+v", i, up.Files["file"], wantFiles[i])
			}
			wantForm(t, up.Form, url.Values{"description": {wantAlt[i]}})
			if k := up.Header.Get("Idempotency-Key"); k != "" {
				t.Errorf("upload %d carries Idempotency-Key %q; only the status should", i, k)
			}
		}
		if got := len(f.only("GET", "/api/v1/media/22348641")); got != 0 {
			t.Errorf("polled a ready attachment %d times", got)
		}
		st := f.only("POST", "/api/v1/statuses")
		if len(st) != 1 {
			t.Fatalf("got %d status posts, want 1", len(st))
		}
		wantForm(t, st[0].Form, url.Values{"status": {"Our new waiting room"}, "visibility": {"public"},
			"media_ids[]": {"22348641", "22348642"}})
		if got := st[0].Header.Get("Idempotency-Key"); got != "draft-7" {
			t.Errorf("Idempotency-Key = %q", got)
		}
	})

	t.Run("202: polls GET /api/v1/media/:id through 206 until url is set, then posts", func(t *testing.T) {
		var polls int
		var mu sync.Mutex
		f := newFake(t, map[string]http.HandlerFunc{
			"POST /api/v2/media": reply(202, mediaJSON("22348641", "null", "Flu shot sign")),
			"GET /api/v1/media/22348641": func(w http.ResponseWriter, r *http.Request) {
				mu.Lock()
				polls++
				p := polls
				mu.Unlock()
				switch p {
				case 1:
					w.WriteHeader(http.StatusPartialContent) // still processing, empty body
				case 2:
					reply(200, mediaJSON("22348641", "null", "Flu shot sign"))(w, r)
				default:
					reply(200, mediaJSON("22348641", ready, "Flu shot sign"))(w, r)
				}
			},
			"POST /api/v1/statuses": func(w http.ResponseWriter, r *http.Request) {
				mu.Lock()
				p := polls
				mu.Unlock()
				if p < 3 {
					w.WriteHeader(422)
					io.WriteString(w, `{"error":"Cannot attach files that have not finished processing. Try again in a moment!"}`)
					return
				}
				reply(200, statusJSON)(w, r)
			},
		})
		_, err := f.connector(t).Publish(context.Background(), accounts.Post{Text: "Flu shots",
			Images: []accounts.Image{{Data: jpeg, MIMEType: "image/jpeg", FileName: "sign.jpg", AltText: "Flu shot sign"}}})
		if err != nil {
			t.Fatalf("Publish: %v", err)
		}
		assertCommon(t, f.requests())
		mu.Lock()
		if polls != 3 {
			t.Errorf("polled %d times, want 3", polls)
		}
		mu.Unlock()
		st := f.only("POST", "/api/v1/statuses")
		if len(st) != 1 || !reflect.DeepEqual(st[0].Form["media_ids[]"], []string{"22348641"}) {
			t.Errorf("status posts = %+v", st)
		}
	})

	t.Run("202: a picture that never finishes is a transient error, and nothing is posted", func(t *testing.T) {
		f := newFake(t, map[string]http.HandlerFunc{
			"POST /api/v2/media":    reply(202, mediaJSON("5", "null", "")),
			"GET /api/v1/media/5":   reply(206, ""),
			"POST /api/v1/statuses": reply(500, `{"error":"should not be called"}`),
		})
		c := f.connector(t)
		c.pollTotal = 30 * time.Millisecond
		_, err := c.Publish(context.Background(), accounts.Post{Text: "x", Images: []accounts.Image{{Data: jpeg, MIMEType: "image/jpeg"}}})
		if accounts.ErrorKindOf(err) != accounts.KindTransient {
			t.Fatalf("err = %v, want transient", err)
		}
		if n := len(f.only("POST", "/api/v1/statuses")); n != 0 {
			t.Errorf("posted %d statuses with an unprocessed picture", n)
		}
	})

	t.Run("202: polling stops when the context is cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		f := newFake(t, map[string]http.HandlerFunc{
			"POST /api/v2/media": reply(202, mediaJSON("5", "null", "")),
			"GET /api/v1/media/5": func(w http.ResponseWriter, r *http.Request) {
				cancel()
				w.WriteHeader(206)
			},
		})
		c := f.connector(t)
		c.pollTotal = time.Hour
		done := make(chan error, 1)
		go func() {
			_, err := c.Publish(ctx, accounts.Post{Text: "x", Images: []accounts.Image{{Data: jpeg, MIMEType: "image/jpeg"}}})
			done <- err
		}()
		select {
		case err := <-done:
			if !errors.Is(err, context.Canceled) {
				t.Errorf("err = %v, want context.Canceled inside", err)
			}
		case <-time.After(5 * time.Second):
			t.Fatal("Publish kept polling after cancel")
		}
	})
}

func TestPublishRefusesScheduleSoonerThanFiveMinutes(t *testing.T) {
	f := newFake(t, map[string]http.HandlerFunc{})
	_, err := f.connector(t).Publish(context.Background(), accounts.Post{Text: "x", ScheduleAt: testNow.Add(4 * time.Minute)})
	if accounts.ErrorKindOf(err) != accounts.KindRejected {
		t.Fatalf("err = %v, want rejected", err)
	}
	if n := len(f.requests()); n != 0 {
		t.Errorf("sent %d requests", n)
	}
}

// theirStatusJSON is a status by @zsc with the given visibility, as
// GET /api/v1/statuses/:id returns it.
func theirStatusJSON(visibility string) string {
	return `{
  "id": "103186126728896492",
  "created_at": "2019-12-05T10:40:00.000Z",
  "in_reply_to_id": null,
  "in_reply_to_account_id": null,
  "sensitive": false,
  "spoiler_text": "",
  "visibility": "` + visibility + `",
  "language": "en",
  "uri": "https://mastodon.example/users/zsc/statuses/103186126728896492",
  "url": "https://mastodon.example/@zsc/103186126728896492",
  "replies_count": 0,
  "reblogs_count": 0,
  "favourites_count": 0,
  "content": "<p><span class=\"h-card\"><a href=\"https://mastodon.example/@clinic\" class=\"u-url mention\">@<span>clinic</span></a></span> Are you open Saturday?</p>",
  "reblog": null,
  "account": {"id": "971724", "username": "zsc", "acct": "zsc@social.example.org", "display_name": "Sam"},
  "media_attachments": [],
  "mentions": [{"id": "1", "username": "clinic", "acct": "clinic", "url": "https://mastodon.example/@clinic"}],
  "tags": [],
  "emojis": [],
  "card": null,
  "poll": null
}`
}

func TestReply(t *testing.T) {
	to := accounts.Ref{ID: "103186126728896492", URL: "https://mastodon.example/@zsc/103186126728896492"}
	tests := []struct {
		name           string
		theirs         string // the visibility of the status answered
		reply          accounts.ReplyPost
		wantVisibility string
		wantStatus     string
	}{
		{"a public status gets a public reply", "public",
			accounts.ReplyPost{Text: "Yes, 9 to 12!"}, "public", "Yes, 9 to 12!"},
		{"an unlisted status gets an unlisted reply", "unlisted",
			accounts.ReplyPost{Text: "Yes, 9 to 12!"}, "unlisted", "Yes, 9 to 12!"},
		{"a direct message is answered as direct, mentioning its author", "direct",
			accounts.ReplyPost{Text: "Yes, 9 to 12!", Private: true, IdempotencyKey: "reply-7-1", Language: "en"}, "direct", "@zsc@social.example.org Yes, 9 to 12!"},
		{"a direct message is answered as direct even when the caller forgot Private", "direct",
			accounts.ReplyPost{Text: "Yes, 9 to 12!"}, "direct", "@zsc@social.example.org Yes, 9 to 12!"},
		{"a followers-only status is answered as direct", "private",
			accounts.ReplyPost{Text: "Yes, 9 to 12!", Private: true}, "direct", "@zsc@social.example.org Yes, 9 to 12!"},
		{"Private narrows a public status's reply to direct", "public",
			accounts.ReplyPost{Text: "Let's talk here instead.", Private: true}, "direct", "@zsc@social.example.org Let's talk here instead."},
		{"a text that already mentions the author is not mentioned twice", "direct",
			accounts.ReplyPost{Text: "Hi @zsc@social.example.org, yes!", Private: true}, "direct", "Hi @zsc@social.example.org, yes!"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFake(t, map[string]http.HandlerFunc{
				"GET /api/v1/statuses/103186126728896492": reply(200, theirStatusJSON(tt.theirs)),
				"POST /api/v1/statuses":                   reply(200, replyStatusJSON),
			})
			got, err := f.connector(t).Reply(context.Background(), to, tt.reply)
			if err != nil {
				t.Fatalf("Reply: %v", err)
			}
			if got.ID != "103254962155278999" || got.Scheduled {
				t.Errorf("Reply = %+v", got)
			}
			rs := f.requests()
			assertCommon(t, rs)
			if len(rs) != 2 || rs[0].Method != http.MethodGet || rs[1].Method != http.MethodPost {
				t.Fatalf("requests = %+v, want the status read, then the post", rs)
			}
			want := url.Values{"status": {tt.wantStatus}, "visibility": {tt.wantVisibility}, "in_reply_to_id": {"103186126728896492"}}
			if tt.reply.Language != "" {
				want.Set("language", tt.reply.Language)
			}
			wantForm(t, rs[1].Form, want)
			key, has := rs[1].Header["Idempotency-Key"]
			switch {
			case tt.reply.IdempotencyKey == "" && has:
				t.Error("Reply invented an Idempotency-Key")
			case tt.reply.IdempotencyKey != "" && (len(key) != 1 || key[0] != tt.reply.IdempotencyKey):
				t.Errorf("Idempotency-Key = %q, want %q", key, tt.reply.IdempotencyKey)
			}
		})
	}

	t.Run("a status that cannot be read is not answered at all", func(t *testing.T) {
		f := newFake(t, map[string]http.HandlerFunc{
			"GET /api/v1/statuses/103186126728896492": reply(404, `{"error":"Record not found"}`),
		})
		_, err := f.connector(t).Reply(context.Background(), to, accounts.ReplyPost{Text: "Hi", Private: true})
		if accounts.ErrorKindOf(err) != accounts.KindRejected {
			t.Fatalf("err = %v, want rejected", err)
		}
		if n := len(f.only(http.MethodPost, "/api/v1/statuses")); n != 0 {
			t.Errorf("posted %d statuses", n)
		}
	})
}

func TestHTMLToText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"paragraphs become a blank line apart", "<p>One</p><p>Two</p>", "One\n\nTwo"},
		{"br becomes a newline", "<p>a<br>b<br/>c<br />d</p>", "a\nb\nc\nd"},
		{"entities are unescaped after tags are gone", "<p>&lt;b&gt;not bold&lt;/b&gt; &amp; &quot;x&quot; &#39;y&#39;</p>", `<b>not bold</b> & "x" 'y'`},
		{"mention and hashtag links keep their text", `<p><span class="h-card"><a href="https://m.example/@a" class="u-url mention">@<span>a</span></a></span> <a href="https://m.example/tags/flu" class="mention hashtag" rel="tag">#<span>flu</span></a></p>`, "@a #flu"},
		{"plain text passes through", "no tags here", "no tags here"},
		{"a stray less-than stays", "1 < 2", "1 < 2"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := HTMLToText(tt.in); got != tt.want {
				t.Errorf("HTMLToText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestIDGreater(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"100", "99", true},
		{"99", "100", false},
		{"103186126728896492", "103186046267791694", true},
		{"5", "5", false},
		{"1", "", true},
		{"", "1", false},
	}
	for _, tt := range tests {
		t.Run(tt.a+" vs "+tt.b, func(t *testing.T) {
			if got := idGreater(tt.a, tt.b); got != tt.want {
				t.Errorf("idGreater(%q, %q) = %v", tt.a, tt.b, got)
			}
		})
	}
}

func TestPostMetrics(t *testing.T) {
	f := newFake(t, map[string]http.HandlerFunc{
		"GET /api/v1/statuses/1": reply(200, `{"id":"1","created_at":"2016-03-16T14:44:31.580Z","in_reply_to_id":null,"uri":"https://mastodon.example/users/trwnh/statuses/1","url":"https://mastodon.example/@trwnh/1","replies_count":7,"reblogs_count":98,"favourites_count":112,"content":"<p>Hello world</p>","reblog":null,"account":{"id":"14715","acct":"trwnh"},"media_attachments":[],"mentions":[],"tags":[],"emojis":[],"card":null,"poll":null}`),
		"GET /api/v1/statuses/2": reply(404, `{"error":"Record not found"}`),
	})
	got, err := f.connector(t).PostMetrics(context.Background(), []accounts.Ref{{ID: "1"}, {ID: "2"}})
	if err != nil {
		t.Fatalf("PostMetrics: %v", err)
	}
	want := []accounts.PostMetrics{{Ref: accounts.Ref{ID: "1", URL: "https://mastodon.example/@trwnh/1"},
		Likes: 112, Reposts: 98, Replies: 7, Quotes: -1, Impressions: -1}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("PostMetrics = %+v, want %+v (deleted post 2 left out)", got, want)
	}
	assertCommon(t, f.requests())
}

func TestAccountMetricsAndVerifyCredentials(t *testing.T) {
	f := newFake(t, map[string]http.HandlerFunc{"GET /api/v1/accounts/verify_credentials": reply(200, accountJSON)})
	c := f.connector(t)
	acct, err := c.VerifyCredentials(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := Account{ID: "14715", Username: "trwnh", Acct: "trwnh", DisplayName: "Riverside Clinic", URL: "https://mastodon.example/@trwnh", FollowersCount: 821}
	if acct != want {
		t.Errorf("VerifyCredentials = %+v, want %+v", acct, want)
	}
	m, err := c.AccountMetrics(context.Background())
	if err != nil || m.Followers != 821 || !m.At.Equal(testNow) {
		t.Errorf("AccountMetrics = %+v, %v", m, err)
	}
	assertCommon(t, f.requests())
}

func TestRecentPosts(t *testing.T) {
	f := newFake(t, map[string]http.HandlerFunc{
		"GET /api/v1/accounts/verify_credentials": reply(200, accountJSON),
		"GET /api/v1/accounts/14715/statuses":     reply(200, `[`+statusJSON+`,`+replyStatusJSON+`]`),
	})
	c := f.connector(t)
	for i := 0; i < 2; i++ {
		got, err := c.RecentPosts(context.Background(), 5)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 || got[0].ID != "103254962155278888" || got[0].Text != "Flu clinic Saturday 9–12." ||
			got[0].URL != "https://mastodon.example/@trwnh/103254962155278888" || got[1].Text != "Thanks!" {
			t.Errorf("RecentPosts = %+v", got)
		}
	}
	if n := len(f.only("GET", "/api/v1/accounts/verify_credentials")); n != 1 {
		t.Errorf("verify_credentials called %d times, want 1 (id cached)", n)
	}
	for _, r := range f.only("GET", "/api/v1/accounts/14715/statuses") {
		if r.Query.Get("limit") != "5" || r.Query.Get("exclude_reblogs") != "true" {
			t.Errorf("query = %v", r.Query)
		}
	}
	assertCommon(t, f.requests())
}

func TestLimits(t *testing.T) {
	tests := []struct {
		name   string
		routes map[string]http.HandlerFunc
		want   accounts.Limits
		calls  []string
	}{
		{
			name:   "from /api/v2/instance configuration",
			routes: map[string]http.HandlerFunc{"GET /api/v2/instance": reply(200, instanceV2JSON)},
			want:   accounts.Limits{MaxChars: 1000, MaxImages: 6, NativeScheduling: true, MinScheduleAhead: 5 * time.Minute},
			calls:  []string{"/api/v2/instance"},
		},
		{
			name: "falls back to /api/v1/instance when v2 is missing",
			routes: map[string]http.HandlerFunc{
				"GET /api/v2/instance": reply(404, `{"error":"Not Found"}`),
				"GET /api/v1/instance": reply(200, instanceV1JSON),
			},
			want:  accounts.Limits{MaxChars: 700, MaxImages: 4, NativeScheduling: true, MinScheduleAhead: 5 * time.Minute},
			calls: []string{"/api/v2/instance", "/api/v1/instance"},
		},
		{
			name: "defaults when the server reports no configuration",
			routes: map[string]http.HandlerFunc{
				"GET /api/v2/instance": reply(404, ``),
				"GET /api/v1/instance": reply(200, `{"uri":"old.example","title":"Old","version":"2.9.0"}`),
			},
			want:  accounts.Limits{MaxChars: network.DefaultMastodonLimit, MaxImages: 4, NativeScheduling: true, MinScheduleAhead: 5 * time.Minute},
			calls: []string{"/api/v2/instance", "/api/v1/instance"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFake(t, tt.routes)
			c := f.connector(t)
			for i := 0; i < 2; i++ { // the second call is served from the cache
				got, err := c.Limits(context.Background())
				if err != nil {
					t.Fatal(err)
				}
				if got != tt.want {
					t.Errorf("Limits = %+v, want %+v", got, tt.want)
				}
			}
			var paths []string
			for _, r := range f.requests() {
				paths = append(paths, r.Path)
			}
			if !reflect.DeepEqual(paths, tt.calls) {
				t.Errorf("requests = %v, want %v", paths, tt.calls)
			}
		})
	}

	t.Run("a transient v2 failure is not hidden by the fallback", func(t *testing.T) {
		f := newFake(t, map[string]http.HandlerFunc{"GET /api/v2/instance": reply(503, ``)})
		if _, err := f.connector(t).Limits(context.Background()); accounts.ErrorKindOf(err) != accounts.KindTransient {
			t.Errorf("err = %v, want transient", err)
		}
	})
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name    string
		handler http.HandlerFunc
		timeout time.Duration
		kind    accounts.ErrorKind
		status  int
		message string
		retry   time.Duration
	}{
		{
			name:    "401 asks to reconnect",
			handler: reply(401, `{"error":"The access token is invalid"}`),
			kind:    accounts.KindAuth, status: 401, message: "The access token is invalid",
		},
		{
			name: "429 waits for Retry-After seconds",
			handler: func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Retry-After", "120")
				reply(429, `{"error":"Too many requests"}`)(w, r)
			},
			kind: accounts.KindRateLimited, status: 429, message: "Too many requests", retry: 120 * time.Second,
		},
		{
			name: "429 waits until X-RateLimit-Reset (ISO 8601 time)",
			handler: func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("X-RateLimit-Limit", "300")
				w.Header().Set("X-RateLimit-Remaining", "0")
				w.Header().Set("X-RateLimit-Reset", testNow.Add(90*time.Second).Format("2006-01-02T15:04:05.000Z"))
				reply(429, `{"error":"Too many requests"}`)(w, r)
			},
			kind: accounts.KindRateLimited, status: 429, message: "Too many requests", retry: 90 * time.Second,
		},
		{
			name:    "500 is transient",
			handler: reply(500, `{"error":"Error processing thumbnail for uploaded media"}`),
			kind:    accounts.KindTransient, status: 500, message: "Error processing thumbnail for uploaded media",
		},
		{
			name:    "503 with an HTML page is transient",
			handler: reply(503, `<html><body>Service Unavailable</body></html>`),
			kind:    accounts.KindTransient, status: 503,
		},
		{
			name:    "422 is rejected with Mastodon's words verbatim",
			handler: reply(422, `{"error":"Validation failed: Text character limit of 500 exceeded"}`),
			kind:    accounts.KindRejected, status: 422, message: "Validation failed: Text character limit of 500 exceeded",
		},
		{
			name: "a connection dropped after the request is transient",
			handler: func(w http.ResponseWriter, r *http.Request) {
				conn, _, err := w.(http.Hijacker).Hijack()
				if err != nil {
					panic(err)
				}
				conn.Close()
			},
			kind: accounts.KindTransient,
		},
		{
			name: "a client timeout is transient",
			handler: func(w http.ResponseWriter, r *http.Request) {
				select {
				case <-r.Context().Done():
				case <-time.After(5 * time.Second):
				}
			},
			timeout: 100 * time.Millisecond,
			kind:    accounts.KindTransient,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFake(t, map[string]http.HandlerFunc{"POST /api/v1/statuses": tt.handler})
			c := f.connector(t)
			if tt.timeout > 0 {
				c = New(Config{Server: f.srv.URL, HTTP: &http.Client{Timeout: tt.timeout},
					Creds: accounts.Credentials{AccessToken: testToken}, Now: func() time.Time { return testNow }})
			}
			_, err := c.Publish(context.Background(), accounts.Post{Text: "Flu clinic", IdempotencyKey: "k1"})
			var e *accounts.Error
			if !errors.As(err, &e) {
				t.Fatalf("err = %v (%T), want *accounts.Error", err, err)
			}
			if e.Kind != tt.kind || e.Status != tt.status || e.Message != tt.message || e.RetryAfter != tt.retry || e.Network != network.Mastodon {
				t.Errorf("got kind=%v status=%d message=%q retry=%v network=%q\nwant kind=%v status=%d message=%q retry=%v",
					e.Kind, e.Status, e.Message, e.RetryAfter, e.Network, tt.kind, tt.status, tt.message, tt.retry)
			}
			if strings.Contains(err.Error(), testToken) || strings.Contains(accounts.UserMessage(err), testToken) {
				t.Errorf("token leaked into %q", err.Error())
			}
		})
	}
}

func TestAccessTokenNeverInErrors(t *testing.T) {
	echo := func(status int) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			// A badly behaved server quoting the request back.
			reply(status, `{"error":"bad header: `+r.Header.Get("Authorization")+`"}`)(w, r)
		}
	}
	f := newFake(t, map[string]http.HandlerFunc{
		"POST /api/v1/statuses":                   echo(422),
		"GET /api/v1/accounts/verify_credentials": echo(401),
		"GET /api/v1/notifications":               echo(500),
		"GET /api/v2/instance":                    echo(429),
	})
	c := f.connector(t)
	ctx := context.Background()
	_, e1 := c.Publish(ctx, accounts.Post{Text: "x"})
	_, e2 := c.VerifyCredentials(ctx)
	_, e3 := c.FetchActivity(ctx, "")
	_, e4 := c.RecentPosts(ctx, 3)
	_, e5 := c.Limits(ctx) // the 429 last: after it, nothing more is sent for a while
	for i, err := range []error{e1, e2, e3, e4, e5} {
		if err == nil {
			t.Fatalf("call %d: no error", i)
		}
		for _, s := range []string{err.Error(), accounts.UserMessage(err)} {
			if strings.Contains(s, testToken) {
				t.Errorf("call %d: token in %q", i, s)
			}
		}
		if !strings.Contains(err.Error(), "[redacted]") {
			t.Errorf("call %d: expected the echoed token to be redacted: %q", i, err.Error())
		}
	}
}

func TestServerAddress(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"mastodon.example", "https://mastodon.example", true},
		{"https://mastodon.example/", "https://mastodon.example", true},
		{"http://127.0.0.1:3000", "http://127.0.0.1:3000", true},
		{"http://mastodon.example", "", false},
		{"ftp://mastodon.example", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := normalizeServer(tt.in)
			if (err == nil) != tt.ok || got != tt.want {
				t.Errorf("normalizeServer(%q) = %q, %v", tt.in, got, err)
			}
		})
	}
	t.Run("a connector with a plain-http remote server refuses to send the token", func(t *testing.T) {
		_, err := New(Config{Server: "http://mastodon.example", Creds: accounts.Credentials{AccessToken: testToken}}).VerifyCredentials(context.Background())
		if err == nil {
			t.Fatal("no error")
		}
	})
}

func TestNetwork(t *testing.T) {
	if got := New(Config{Server: "mastodon.example"}).Network(); got != network.Mastodon {
		t.Errorf("Network = %q", got)
	}
}

func TestCancelScheduled(t *testing.T) {
	const path = "/api/v1/scheduled_statuses/3221"
	ref := accounts.Ref{ID: "3221"} // what Publish returns for scheduledJSON
	ctx := context.Background()

	t.Run("sends DELETE on the scheduled status id with the bearer token and no body", func(t *testing.T) {
		f := newFake(t, map[string]http.HandlerFunc{"DELETE " + path: func(w http.ResponseWriter, r *http.Request) {
			if body, _ := io.ReadAll(r.Body); len(body) > 0 {
				t.Errorf("DELETE sent a body: %q", body)
			}
			reply(200, `{}`)(w, r) // docs.joinmastodon.org: 200, empty object
		}})
		if err := f.connector(t).CancelScheduled(ctx, ref); err != nil {
			t.Fatalf("CancelScheduled: %v", err)
		}
		rs := f.requests()
		if len(rs) != 1 || rs[0].Method != http.MethodDelete || rs[0].Path != path {
			t.Fatalf("requests = %+v, want one DELETE %s", rs, path)
		}
		assertCommon(t, rs)
		if _, has := rs[0].Header["Idempotency-Key"]; has {
			t.Error("CancelScheduled invented an Idempotency-Key")
		}
	})

	errorCases := []struct {
		name    string
		handler http.HandlerFunc
		kind    accounts.ErrorKind
		status  int
		message string
	}{
		{
			// Already cancelled, or already published: Mastodon cannot say
			// which, so staff check by hand rather than CarePost assuming.
			name:    "404 Record not found is rejected with the server's words, not taken as cancelled",
			handler: reply(404, `{"error":"Record not found"}`),
			kind:    accounts.KindRejected, status: 404, message: "Record not found",
		},
		{
			name:    "401 asks to reconnect",
			handler: reply(401, `{"error":"The access token is invalid"}`),
			kind:    accounts.KindAuth, status: 401, message: "The access token is invalid",
		},
		{
			name:    "500 is transient",
			handler: reply(500, `{"error":"We're sorry, but something went wrong on our end."}`),
			kind:    accounts.KindTransient, status: 500, message: "We're sorry, but something went wrong on our end.",
		},
		{
			name:    "503 with an HTML page is transient",
			handler: reply(503, `<html><body>Service Unavailable</body></html>`),
			kind:    accounts.KindTransient, status: 503,
		},
		{
			name: "a dropped connection is transient",
			handler: func(w http.ResponseWriter, r *http.Request) {
				conn, _, err := w.(http.Hijacker).Hijack()
				if err != nil {
					panic(err)
				}
				conn.Close()
			},
			kind: accounts.KindTransient,
		},
	}
	for _, tt := range errorCases {
		t.Run(tt.name, func(t *testing.T) {
			f := newFake(t, map[string]http.HandlerFunc{"DELETE " + path: tt.handler})
			err := f.connector(t).CancelScheduled(ctx, ref)
			var e *accounts.Error
			if !errors.As(err, &e) {
				t.Fatalf("err = %v (%T), want *accounts.Error", err, err)
			}
			if e.Kind != tt.kind || e.Status != tt.status || e.Message != tt.message || e.Network != network.Mastodon || e.Op != "cancel scheduled post" {
				t.Errorf("got kind=%v status=%d message=%q network=%q op=%q\nwant kind=%v status=%d message=%q",
					e.Kind, e.Status, e.Message, e.Network, e.Op, tt.kind, tt.status, tt.message)
			}
			if strings.Contains(err.Error(), testToken) || strings.Contains(accounts.UserMessage(err), testToken) {
				t.Errorf("token leaked into %q", err.Error())
			}
		})
	}

	t.Run("a connection dropped on a reused connection is not sent again", func(t *testing.T) {
		f := newFake(t, map[string]http.HandlerFunc{
			"GET /api/v1/accounts/verify_credentials": reply(200, accountJSON),
			"DELETE " + path: func(w http.ResponseWriter, r *http.Request) {
				conn, _, err := w.(http.Hijacker).Hijack()
				if err != nil {
					panic(err)
				}
				conn.Close()
			},
		})
		c := f.connector(t)
		if _, err := c.VerifyCredentials(ctx); err != nil { // leaves a kept-alive connection
			t.Fatal(err)
		}
		if err := c.CancelScheduled(ctx, ref); accounts.ErrorKindOf(err) != accounts.KindTransient {
			t.Fatalf("err = %v, want transient", err)
		}
		if n := len(f.only(http.MethodDelete, path)); n != 1 {
			t.Errorf("DELETE reached the server %d times, want 1", n)
		}
	})

	t.Run("a reference without an id is refused without a request", func(t *testing.T) {
		f := newFake(t, map[string]http.HandlerFunc{})
		if err := f.connector(t).CancelScheduled(ctx, accounts.Ref{}); accounts.ErrorKindOf(err) != accounts.KindRejected {
			t.Fatalf("err = %v, want rejected", err)
		}
		if n := len(f.requests()); n != 0 {
			t.Errorf("sent %d requests", n)
		}
	})
}
