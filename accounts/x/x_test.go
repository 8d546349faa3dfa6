package x

import (
	"bytes"
	"context"
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"reflect"
	"strconv"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/accounts/internal/apitest"
	"github.com/carepost/carepost/network"
)

const (
	token    = "AQX-secret-access-token"
	newToken = "AQX-fresh-access-token"
	refresh  = "AQX-secret-refresh-token"
)

// exchange is one expected request and the reply the fake API gives.
type exchange = apitest.Exchange

func newFake(t *testing.T, want []exchange) *apitest.Server {
	t.Helper()
	return apitest.New(t, apitest.Options{Token: token, CheckBasicAuth: true}, want)
}

var fixedNow = time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)

func newConn(f *apitest.Server, mod func(*Config)) (*Connector, *[]accounts.Credentials) {
	var saved []accounts.Credentials
	cfg := Config{
		BaseURL:   f.URL,
		HTTP:      f.Client(),
		Creds:     accounts.Credentials{AccessToken: token, RefreshToken: refresh, ClientID: "cid"},
		SaveCreds: func(_ context.Context, c accounts.Credentials) error { saved = append(saved, c); return nil },
		Now:       func() time.Time { return fixedNow },
		UserID:    "2244994945",
	}
	if mod != nil {
		mod(&cfg)
	}
	return New(cfg), &saved
}

// multipartIs checks the media upload form: its fields and the file part.
func multipartIs(fields map[string]string, file []byte, fileCT string) func(*testing.T, *http.Request, []byte) {
	return func(t *testing.T, r *http.Request, body []byte) {
		mt, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
		if err != nil || mt != "multipart/form-data" {
			t.Fatalf("Content-Type %q", r.Header.Get("Content-Type"))
		}
		mr := multipart.NewReader(bytes.NewReader(body), params["boundary"])
		got := map[string]string{}
		var gotFile []byte
		for {
			p, err := mr.NextPart()
			if err != nil {
				break
			}
			data, _ := io.ReadAll(p)
			if p.FormName() == "media" {
				gotFile = data
				if ct := p.Header.Get("Content-Type"); ct != fileCT {
					t.Errorf("media part Content-Type %q, want %q", ct, fileCT)
				}
				continue
			}
			got[p.FormName()] = string(data)
		}
		if !reflect.DeepEqual(got, fields) {
			t.Errorf("form fields %v, want %v", got, fields)
		}
		if !bytes.Equal(gotFile, file) {
			t.Errorf("media %q, want %q", gotFile, file)
		}
	}
}

func TestPublish(t *testing.T) {
	jpeg := accounts.Image{Data: []byte("jpegbytes"), MIMEType: "image/jpeg", FileName: "flu.jpg", AltText: "Nurse giving a flu shot"}
	gif := accounts.Image{Data: []byte("gifbytes"), MIMEType: "image/gif"}
	created := func(id string) string {
		return `{"data": {"id": "` + id + `", "text": "x", "edit_history_tweet_ids": ["` + id + `"]}}`
	}
	tests := []struct {
		name string
		post accounts.Post
		want []exchange
		id   string
	}{
		{
			name: "text only posts {text}",
			post: accounts.Post{Text: "Flu shots today"},
			want: []exchange{{Method: "POST", Path: "/2/tweets", WantJSON: `{"text": "Flu shots today"}`, Status: 201, Body: created("1445880548472328192")}},
			id:   "1445880548472328192",
		},
		{
			name: "pictures are uploaded, alt text set, then attached by media_ids",
			post: accounts.Post{Text: "Open", Images: []accounts.Image{jpeg, gif}},
			want: []exchange{
				{Method: "POST", Path: "/2/media/upload", Status: 200,
					Check: multipartIs(map[string]string{"media_category": "tweet_image", "media_type": "image/jpeg"}, jpeg.Data, "image/jpeg"),
					Body:  `{"data": {"id": "1880028106020515840", "media_key": "3_1880028106020515840", "size": 9, "expires_after_secs": 86400, "image": {"image_type": "image/jpeg", "w": 10, "h": 10}}}`},
				{Method: "POST", Path: "/2/media/metadata", WantJSON: `{"id": "1880028106020515840", "metadata": {"alt_text": {"text": "Nurse giving a flu shot"}}}`,
					Body: `{"data": {"associated_metadata": {"alt_text": {"text": "Nurse giving a flu shot"}}, "id": "1880028106020515840"}}`},
				{Method: "POST", Path: "/2/media/upload",
					Check: multipartIs(map[string]string{"media_category": "tweet_gif", "media_type": "image/gif"}, gif.Data, "image/gif"),
					Body:  `{"data": {"id": "1880028106020515841", "media_key": "3_1880028106020515841"}}`},
				{Method: "POST", Path: "/2/tweets", WantJSON: `{"text": "Open", "media": {"media_ids": ["1880028106020515840", "1880028106020515841"]}}`, Status: 201, Body: created("9")},
			},
			id: "9",
		},
		{
			name: "a reply names in_reply_to_tweet_id",
			post: accounts.Post{Text: "Thanks!", ReplyTo: &accounts.Ref{ID: "1300000000000000000"}},
			want: []exchange{{Method: "POST", Path: "/2/tweets", WantJSON: `{"text": "Thanks!", "reply": {"in_reply_to_tweet_id": "1300000000000000000"}}`, Status: 201, Body: created("10")}},
			id:   "10",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFake(t, tc.want)
			c, _ := newConn(f, nil)
			got, err := c.Publish(context.Background(), tc.post)
			if err != nil {
				t.Fatal(err)
			}
			if got.ID != tc.id || got.URL != "https://x.com/i/web/status/"+tc.id || !got.At.Equal(fixedNow) {
				t.Errorf("got %+v", got)
			}
		})
	}
	t.Run("Reply posts a reply", func(t *testing.T) {
		f := newFake(t, []exchange{{Method: "POST", Path: "/2/tweets", WantJSON: `{"text": "Hi", "reply": {"in_reply_to_tweet_id": "5"}}`, Status: 201, Body: created("6")}})
		c, _ := newConn(f, nil)
		if got, err := c.Reply(context.Background(), accounts.Ref{ID: "5"}, accounts.ReplyPost{Text: "Hi"}); err != nil || got.ID != "6" {
			t.Fatalf("%+v %v", got, err)
		}
	})
}

func TestPublishRefusesWhatXCannotDo(t *testing.T) {
	for _, tc := range []struct {
		name string
		post accounts.Post
	}{
		{"scheduling is not native", accounts.Post{Text: "later", ScheduleAt: fixedNow.Add(time.Hour)}},
		{"more than four pictures", accounts.Post{Text: "x", Images: make([]accounts.Image, 5)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, _ := newConn(newFake(t, nil), nil)
			if _, err := c.Publish(context.Background(), tc.post); accounts.ErrorKindOf(err) != accounts.KindRejected {
				t.Fatalf("err %v", err)
			}
		})
	}
}

func TestFetchActivity(t *testing.T) {
	const fields = "expansions=author_id&max_results=100"
	const tf = "tweet.fields=created_at%2Cauthor_id%2Cin_reply_to_user_id%2Creferenced_tweets&user.fields=username%2Cname"
	page1 := `{"data": [
	  {"id": "1301573587187331075", "text": "@clinic thanks for the reminder", "author_id": "111", "created_at": "2026-11-25T10:31:00.000Z", "in_reply_to_user_id": "2244994945", "referenced_tweets": [{"type": "replied_to", "id": "1301573587187331000"}]},
	  {"id": "1301573587187331074", "text": "Hey @clinic, open Sunday?", "author_id": "222", "created_at": "2026-11-25T10:30:00.000Z"}
	 ],
	 "includes": {"users": [{"id": "111", "name": "Pat Doe", "username": "pat"}, {"id": "222", "name": "Sam Roe", "username": "sam"}]},
	 "meta": {"newest_id": "1301573587187331075", "oldest_id": "1301573587187331074", "result_count": 2, "next_token": "t3buvdr5"}}`
	page2 := `{"data": [{"id": "1301573587187331070", "text": "@clinic hi", "author_id": "222", "created_at": "2026-11-25T10:00:00.000Z"}],
	 "meta": {"newest_id": "1301573587187331070", "oldest_id": "1301573587187331070", "result_count": 1}}`
	noDMs := exchange{Method: "GET", Path: "/2/dm_events", Query: dmQuery, Body: `{"meta": {"result_count": 0}}`}
	tests := []struct {
		name       string
		cfg        func(*Config)
		cursor     string
		want       []exchange
		wantIDs    []string
		wantCursor string
	}{
		{
			name:   "mentions since the cursor, following pages, oldest first",
			cursor: "1301573587187330000",
			want: []exchange{
				{Method: "GET", Path: "/2/users/2244994945/mentions", Query: fields + "&since_id=1301573587187330000&" + tf, Body: page1},
				{Method: "GET", Path: "/2/users/2244994945/mentions", Query: fields + "&pagination_token=t3buvdr5&since_id=1301573587187330000&" + tf, Body: page2},
				noDMs,
			},
			wantIDs:    []string{"1301573587187331070", "1301573587187331074", "1301573587187331075"},
			wantCursor: `{"m":"1301573587187331075"}`,
		},
		{
			name: "without a user id it asks /2/users/me once; no mentions keeps the cursor",
			cfg:  func(c *Config) { c.UserID = "" },
			want: []exchange{
				{Method: "GET", Path: "/2/users/me", Body: `{"data": {"id": "2244994945", "name": "Clinic", "username": "clinic"}}`},
				{Method: "GET", Path: "/2/users/2244994945/mentions", Query: fields + "&since_id=99&" + tf, Body: `{"meta": {"result_count": 0}}`},
				noDMs,
			},
			cursor:     "99",
			wantCursor: "99",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFake(t, tc.want)
			c, _ := newConn(f, tc.cfg)
			page, err := c.FetchActivity(context.Background(), tc.cursor)
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, a := range page.Items {
				ids = append(ids, a.Ref.ID)
			}
			if !reflect.DeepEqual(ids, tc.wantIDs) || page.Cursor != tc.wantCursor {
				t.Fatalf("ids %v cursor %q, want %v %q", ids, page.Cursor, tc.wantIDs, tc.wantCursor)
			}
			if len(page.Items) == 3 {
				reply, mention := page.Items[2], page.Items[1]
				if reply.Kind != accounts.ActivityReply || reply.Subject == nil || reply.Subject.ID != "1301573587187331000" ||
					reply.Parent == nil || reply.Parent.ID != "1301573587187331000" || reply.Private ||
					reply.Author != "pat" || reply.AuthorName != "Pat Doe" || reply.Ref.URL != "https://x.com/pat/status/1301573587187331075" ||
					!reply.CreatedAt.Equal(time.Date(2026, 11, 25, 10, 31, 0, 0, time.UTC)) {
					t.Errorf("reply %+v", reply)
				}
				if mention.Kind != accounts.ActivityMention || mention.Subject != nil || mention.AuthorID != "222" {
					t.Errorf("mention %+v", mention)
				}
			}
		})
	}
}

func TestMetrics(t *testing.T) {
	t.Run("public metrics for several posts in one request", func(t *testing.T) {
		f := newFake(t, []exchange{{Method: "GET", Path: "/2/tweets", Query: "ids=1%2C2%2C3&tweet.fields=public_metrics",
			Body: `{"data": [
			 {"id": "1", "text": "a", "public_metrics": {"retweet_count": 2, "reply_count": 3, "like_count": 7, "quote_count": 1, "bookmark_count": 0, "impression_count": 250}},
			 {"id": "2", "text": "b", "public_metrics": {"retweet_count": 0, "reply_count": 0, "like_count": 1, "quote_count": 0}}],
			 "errors": [{"value": "3", "detail": "Could not find tweet with ids: [3].", "title": "Not Found Error", "resource_type": "tweet", "parameter": "ids", "resource_id": "3", "type": "https://api.twitter.com/2/problems/resource-not-found"}]}`}})
		c, _ := newConn(f, nil)
		got, err := c.PostMetrics(context.Background(), []accounts.Ref{{ID: "1"}, {ID: "2"}, {ID: "3"}})
		if err != nil {
			t.Fatal(err)
		}
		want := []accounts.PostMetrics{
			{Ref: accounts.Ref{ID: "1"}, Likes: 7, Reposts: 2, Replies: 3, Quotes: 1, Impressions: 250},
			{Ref: accounts.Ref{ID: "2"}, Likes: 1, Reposts: 0, Replies: 0, Quotes: 0, Impressions: -1},
			{Ref: accounts.Ref{ID: "3"}, Likes: -1, Reposts: -1, Replies: -1, Quotes: -1, Impressions: -1},
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("got %+v\nwant %+v", got, want)
		}
	})
	t.Run("followers from /2/users/me public_metrics", func(t *testing.T) {
		f := newFake(t, []exchange{{Method: "GET", Path: "/2/users/me", Query: "user.fields=public_metrics",
			Body: `{"data": {"id": "2244994945", "name": "Clinic", "username": "clinic", "public_metrics": {"followers_count": 512, "following_count": 10, "tweet_count": 99, "listed_count": 1}}}`}})
		c, _ := newConn(f, nil)
		got, err := c.AccountMetrics(context.Background())
		if err != nil || got.Followers != 512 || !got.At.Equal(fixedNow) {
			t.Fatalf("%+v %v", got, err)
		}
	})
	t.Run("recent posts ask for at least five and trim to the limit", func(t *testing.T) {
		f := newFake(t, []exchange{{Method: "GET", Path: "/2/users/2244994945/tweets", Query: "max_results=5&tweet.fields=created_at",
			Body: `{"data": [{"id": "3", "text": "c", "created_at": "2026-11-25T11:00:00.000Z"}, {"id": "2", "text": "b", "created_at": "2026-11-25T10:00:00.000Z"}, {"id": "1", "text": "a", "created_at": "2026-11-25T09:00:00.000Z"}], "meta": {"result_count": 3}}`}})
		c, _ := newConn(f, nil)
		got, err := c.RecentPosts(context.Background(), 2)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 || got[0].ID != "3" || got[0].Text != "c" || !got[0].CreatedAt.Equal(time.Date(2026, 11, 25, 11, 0, 0, 0, time.UTC)) {
			t.Errorf("%+v", got)
		}
	})
}

func TestErrors(t *testing.T) {
	post := func(x exchange) exchange { x.Method, x.Path = "POST", "/2/tweets"; return x }
	tokenCall := exchange{Method: "POST", Path: "/2/oauth2/token",
		WantForm: map[string]string{"grant_type": "refresh_token", "refresh_token": refresh, "client_id": "cid"}}
	reset := fixedNow.Add(7 * time.Minute).Unix()
	tests := []struct {
		name    string
		mod     func(*Config)
		timeout time.Duration
		want    []exchange
		kind    accounts.ErrorKind
		msg     string
		retry   time.Duration
		saved   int
	}{
		{name: "401 without a refresh token asks to reconnect", mod: func(c *Config) { c.Creds.RefreshToken = "" },
			want: []exchange{post(exchange{Status: 401, Body: `{"title": "Unauthorized", "type": "about:blank", "status": 401, "detail": "Unauthorized"}`})},
			kind: accounts.KindAuth, msg: "Unauthorized"},
		{name: "401 refreshes with the refresh token once, saves the rotated pair, retries",
			want: []exchange{
				post(exchange{Status: 401, Body: `{"title": "Unauthorized", "status": 401, "detail": "Unauthorized"}`}),
				func() exchange {
					x := tokenCall
					x.Body = `{"token_type": "bearer", "expires_in": 7200, "access_token": "` + newToken + `", "scope": "tweet.read tweet.write users.read offline.access", "refresh_token": "rotated-refresh"}`
					return x
				}(),
				post(exchange{Token: newToken, Status: 201, Body: `{"data": {"id": "77", "text": "hello"}}`}),
			},
			saved: 1},
		{name: "a confidential client refreshes with HTTP Basic", mod: func(c *Config) { c.Creds.ClientSecret = "csecret" },
			want: []exchange{
				post(exchange{Status: 401, Body: `{"title": "Unauthorized", "status": 401, "detail": "Unauthorized"}`}),
				func() exchange {
					x := tokenCall
					x.BasicUser = "cid"
					x.Body = `{"token_type": "bearer", "expires_in": 7200, "access_token": "` + newToken + `", "refresh_token": "rotated-refresh"}`
					return x
				}(),
				post(exchange{Token: newToken, Status: 201, Body: `{"data": {"id": "77", "text": "hello"}}`}),
			},
			saved: 1},
		{name: "a refused refresh asks to reconnect",
			want: []exchange{
				post(exchange{Status: 401, Body: `{"title": "Unauthorized", "status": 401, "detail": "Unauthorized"}`}),
				func() exchange {
					x := tokenCall
					x.Status, x.Body = 400, `{"error": "invalid_request", "error_description": "Value passed for the token was invalid."}`
					return x
				}(),
			},
			kind: accounts.KindAuth, msg: "Value passed for the token was invalid."},
		{name: "429 waits until x-rate-limit-reset",
			want: []exchange{post(exchange{Status: 429, Headers: map[string]string{"x-rate-limit-limit": "100", "x-rate-limit-remaining": "0", "x-rate-limit-reset": strconv.FormatInt(reset, 10)},
				Body: `{"title": "Too Many Requests", "detail": "Too Many Requests", "type": "about:blank", "status": 429}`})},
			kind: accounts.KindRateLimited, msg: "Too Many Requests", retry: 7 * time.Minute},
		{name: "429 with Retry-After waits that long",
			want: []exchange{post(exchange{Status: 429, Headers: map[string]string{"Retry-After": "45"}, Body: `{"title": "Too Many Requests", "status": 429}`})},
			kind: accounts.KindRateLimited, retry: 45 * time.Second},
		{name: "5xx is transient",
			want: []exchange{post(exchange{Status: 503, Body: `{"title": "Service Unavailable", "detail": "Service Unavailable", "status": 503}`})},
			kind: accounts.KindTransient},
		{name: "403 duplicate content is rejected verbatim",
			want: []exchange{post(exchange{Status: 403, Body: `{"detail": "You are not allowed to create a Tweet with duplicate content.", "type": "about:blank", "title": "Forbidden", "status": 403}`})},
			kind: accounts.KindRejected, msg: "You are not allowed to create a Tweet with duplicate content."},
		{name: "400 validation is rejected with X's words",
			want: []exchange{post(exchange{Status: 400, Body: `{"errors": [{"parameters": {"text": ["x"]}, "message": "Your Tweet text is too long. For more information on how X determines text length see https://github.com/twitter/twitter-text."}], "title": "Invalid Request", "detail": "One or more parameters to your request was invalid.", "type": "https://api.twitter.com/2/problems/invalid-request"}`})},
			kind: accounts.KindRejected, msg: "Your Tweet text is too long. For more information on how X determines text length see https://github.com/twitter/twitter-text."},
		{name: "a dropped connection is transient", want: []exchange{post(exchange{Drop: true})}, kind: accounts.KindTransient},
		{name: "a client timeout is transient", timeout: 50 * time.Millisecond,
			want: []exchange{post(exchange{Sleep: 300 * time.Millisecond, Status: 201})}, kind: accounts.KindTransient},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFake(t, tc.want)
			c, saved := newConn(f, func(cfg *Config) {
				cfg.TokenURL = f.URL + "/2/oauth2/token"
				if tc.mod != nil {
					tc.mod(cfg)
				}
				if tc.timeout > 0 {
					cfg.HTTP = f.ClientWithTimeout(tc.timeout)
				}
			})
			got, err := c.Publish(context.Background(), accounts.Post{Text: "hello"})
			if tc.kind == 0 {
				if err != nil || got.ID != "77" {
					t.Fatalf("%+v %v", got, err)
				}
			} else {
				apitest.CheckError(t, err, tc.kind, tc.msg, tc.retry, token, refresh, "csecret")
			}
			if len(*saved) != tc.saved {
				t.Fatalf("saved %d times, want %d", len(*saved), tc.saved)
			}
			if tc.saved > 0 {
				s := (*saved)[0]
				if s.AccessToken != newToken || s.RefreshToken != "rotated-refresh" || !s.ExpiresAt.Equal(fixedNow.Add(2*time.Hour)) {
					t.Errorf("saved %v %v", s.Redacted(), s.ExpiresAt)
				}
			}
		})
	}
}

func TestRefreshSaveFailureIsRetried(t *testing.T) {
	f := newFake(t, []exchange{
		{Method: "POST", Path: "/2/tweets", Status: 401, Body: `{"title": "Unauthorized", "status": 401}`},
		{Method: "POST", Path: "/2/oauth2/token", WantForm: map[string]string{"grant_type": "refresh_token", "refresh_token": refresh, "client_id": "cid"},
			Body: `{"access_token": "` + newToken + `", "refresh_token": "rotated", "expires_in": 7200}`},
		{Method: "POST", Path: "/2/tweets", Token: newToken, Status: 201, Body: `{"data": {"id": "1"}}`},
		{Method: "POST", Path: "/2/tweets", Token: newToken, Status: 201, Body: `{"data": {"id": "2"}}`},
	})
	fails := 1
	var saved []accounts.Credentials
	c, _ := newConn(f, func(cfg *Config) {
		cfg.SaveCreds = func(_ context.Context, cr accounts.Credentials) error {
			if fails > 0 {
				fails--
				return errors.New("keychain locked")
			}
			saved = append(saved, cr)
			return nil
		}
	})
	for i := 0; i < 2; i++ {
		if _, err := c.Publish(context.Background(), accounts.Post{Text: "hello"}); err != nil {
			t.Fatal(err)
		}
	}
	if len(saved) != 1 || saved[0].RefreshToken != "rotated" {
		t.Fatalf("saved %d", len(saved))
	}
}

func TestCostWarning(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
		warn bool
	}{
		{"a https link", "Book at https://clinic.example/book", true},
		{"a bare domain", "Book at carepost.com today", true},
		{"a www address", "see www.clinic.example", true},
		{"no link", "Flu shots Saturday 9-12. Walk-ins welcome!", false},
		{"an email-less sentence with dots", "Open Mon.–Fri. 9 a.m. to 5 p.m.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := CostWarning(tc.text)
			if (got != "") != tc.warn {
				t.Errorf("CostWarning(%q) = %q", tc.text, got)
			}
		})
	}
}

func TestCancelScheduledIsRefused(t *testing.T) {
	c, _ := newConn(newFake(t, nil), nil) // the fake fails on any request
	err := c.CancelScheduled(context.Background(), accounts.Ref{ID: "1"})
	want := accounts.Error{Kind: accounts.KindRejected, Network: network.X, Op: "cancel scheduled post", Message: "X has no scheduled posts to cancel"}
	if e, ok := err.(*accounts.Error); !ok || *e != want {
		t.Errorf("CancelScheduled = %#v, want %#v", err, &want)
	}
}
