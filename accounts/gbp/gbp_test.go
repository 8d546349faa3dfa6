package gbp

import (
	"context"
	"errors"
	"reflect"
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

const loc = "/v4/accounts/111/locations/222"

func newConn(f *apitest.Server, mod func(*Config)) (*Connector, *[]accounts.Credentials) {
	var saved []accounts.Credentials
	cfg := Config{
		BaseURL:    f.URL,
		TokenURL:   f.URL + "/token",
		HTTP:       f.Client(),
		Creds:      accounts.Credentials{AccessToken: token, RefreshToken: refresh, ClientID: "cid.apps.googleusercontent.com", ClientSecret: "csecret"},
		SaveCreds:  func(_ context.Context, c accounts.Credentials) error { saved = append(saved, c); return nil },
		Now:        func() time.Time { return fixedNow },
		AccountID:  "111",
		LocationID: "222",
	}
	if mod != nil {
		mod(&cfg)
	}
	return New(cfg), &saved
}

const createdPost = `{"name": "accounts/111/locations/222/localPosts/987", "languageCode": "en", "summary": "Flu shots Saturday",
 "state": "LIVE", "createTime": "2026-11-25T12:00:01.5Z", "updateTime": "2026-11-25T12:00:01.5Z", "topicType": "STANDARD",
 "searchUrl": "https://local.google.com/place?id=123&use=posts&lpsid=987"}`

func TestPublish(t *testing.T) {
	img := accounts.Image{Data: []byte("jpeg"), MIMEType: "image/jpeg", AltText: "Nurse"}
	tests := []struct {
		name string
		mod  func(*Config)
		post accounts.Post
		want []exchange
	}{
		{
			name: "standard post with summary and language",
			post: accounts.Post{Text: "Flu shots Saturday", Language: "en-US"},
			want: []exchange{{Method: "POST", Path: loc + "/localPosts",
				WantJSON: `{"languageCode": "en-US", "summary": "Flu shots Saturday", "topicType": "STANDARD"}`, Body: createdPost}},
		},
		{
			name: "a picture goes by its public sourceUrl, with the call to action",
			mod: func(c *Config) {
				c.ImageURL = func(_ context.Context, got accounts.Image) (string, error) {
					if string(got.Data) != "jpeg" {
						t.Errorf("ImageURL got %q", got.Data)
					}
					return "https://cdn.example/flu.jpg", nil
				}
				c.CallToAction = &CallToAction{ActionType: "BOOK", URL: "https://clinic.example/book"}
			},
			post: accounts.Post{Text: "Flu shots Saturday", Images: []accounts.Image{img}},
			want: []exchange{{Method: "POST", Path: loc + "/localPosts",
				WantJSON: `{"languageCode": "en", "summary": "Flu shots Saturday", "topicType": "STANDARD",
				  "media": [{"mediaFormat": "PHOTO", "sourceUrl": "https://cdn.example/flu.jpg"}],
				  "callToAction": {"actionType": "BOOK", "url": "https://clinic.example/book"}}`, Body: createdPost}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFake(t, tc.want)
			c, _ := newConn(f, tc.mod)
			got, err := c.Publish(context.Background(), tc.post)
			if err != nil {
				t.Fatal(err)
			}
			want := accounts.Ref{ID: "987", URI: "accounts/111/locations/222/localPosts/987", URL: "https://local.google.com/place?id=123&use=posts&lpsid=987"}
			if got.Ref != want || !got.At.Equal(time.Date(2026, 11, 25, 12, 0, 1, 5e8, time.UTC)) {
				t.Errorf("got %+v", got)
			}
		})
	}
}

func TestPublishRefusesWhatGoogleCannotDo(t *testing.T) {
	img := accounts.Image{Data: []byte("jpeg"), MIMEType: "image/jpeg"}
	for _, tc := range []struct {
		name, msg string
		post      accounts.Post
	}{
		{"a picture without a public address says so plainly", "Google Business Profile only takes pictures from a public web address, and CarePost has none to give it. Post without the picture, or add the picture in Google Business Profile itself.",
			accounts.Post{Text: "x", Images: []accounts.Image{img}}},
		{"more than one picture", "", accounts.Post{Text: "x", Images: []accounts.Image{img, img}}},
		{"scheduling is not native", "", accounts.Post{Text: "x", ScheduleAt: fixedNow.Add(time.Hour)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, _ := newConn(newFake(t, nil), nil)
			_, err := c.Publish(context.Background(), tc.post)
			var ae *accounts.Error
			if !errors.As(err, &ae) || ae.Kind != accounts.KindRejected || (tc.msg != "" && ae.Message != tc.msg) {
				t.Fatalf("err %v", err)
			}
		})
	}
}

func TestReply(t *testing.T) {
	for _, tc := range []struct {
		name string
		to   accounts.Ref
		post bool
	}{
		{"reply to a review by id", accounts.Ref{ID: "AbFvOqk"}, false},
		{"reply to a review by resource name", accounts.Ref{URI: "accounts/111/locations/222/reviews/AbFvOqk"}, false},
		{"a post with ReplyTo answers the review", accounts.Ref{ID: "AbFvOqk"}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newFake(t, []exchange{{Method: "PUT", Path: loc + "/reviews/AbFvOqk/reply",
				WantJSON: `{"comment": "Thank you, we're glad the visit went well."}`,
				Body:     `{"comment": "Thank you, we're glad the visit went well.", "updateTime": "2026-11-25T12:00:02Z"}`}})
			c, _ := newConn(f, nil)
			var got accounts.Published
			var err error
			if tc.post {
				got, err = c.Publish(context.Background(), accounts.Post{Text: "Thank you, we're glad the visit went well.", ReplyTo: &tc.to})
			} else {
				got, err = c.Reply(context.Background(), tc.to, accounts.ReplyPost{Text: "Thank you, we're glad the visit went well."})
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.ID != "AbFvOqk" || got.URI != "accounts/111/locations/222/reviews/AbFvOqk/reply" || !got.At.Equal(time.Date(2026, 11, 25, 12, 0, 2, 0, time.UTC)) {
				t.Errorf("got %+v", got)
			}
		})
	}
}

func TestFetchActivity(t *testing.T) {
	const q = "orderBy=updateTime%20desc&pageSize=50"
	rev := func(id, stars, created, updated string) string {
		return `{"name": "accounts/111/locations/222/reviews/` + id + `", "reviewId": "` + id + `",
		  "reviewer": {"profilePhotoUrl": "https://lh3.example/p.jpg", "displayName": "Reviewer ` + id + `", "isAnonymous": false},
		  "starRating": "` + stars + `", "comment": "Comment ` + id + `", "createTime": "` + created + `", "updateTime": "` + updated + `"}`
	}
	page1 := `{"reviews": [` + rev("r3", "FIVE", "2026-11-25T10:00:00Z", "2026-11-25T10:00:00Z") + `,` + rev("r2", "TWO", "2026-11-20T09:00:00Z", "2026-11-24T09:00:00.123Z") + `],
	  "averageRating": 4.1, "totalReviewCount": 40, "nextPageToken": "tok2"}`
	page2 := `{"reviews": [` + rev("r1", "ONE", "2026-11-01T09:00:00Z", "2026-11-01T09:00:00Z") + `], "averageRating": 4.1, "totalReviewCount": 40, "nextPageToken": "tok3"}`
	tests := []struct {
		name       string
		cursor     string
		want       []exchange
		wantIDs    []string
		wantStars  []int
		wantCursor string
	}{
		{"from the start reads every page", "",
			[]exchange{
				{Method: "GET", Path: loc + "/reviews", Query: q, Body: page1},
				{Method: "GET", Path: loc + "/reviews", Query: q + "&pageToken=tok2", Body: page2},
				{Method: "GET", Path: loc + "/reviews", Query: q + "&pageToken=tok3", Body: `{"averageRating": 4.1, "totalReviewCount": 40}`},
			},
			[]string{"r3", "r2", "r1"}, []int{5, 2, 1}, `{"t":"2026-11-25T10:00:00Z","ids":["r3"]}`},
		{"stops at the cursor and moves it to the newest updateTime", "2026-11-24T00:00:00Z",
			[]exchange{
				{Method: "GET", Path: loc + "/reviews", Query: q, Body: page1},
				{Method: "GET", Path: loc + "/reviews", Query: q + "&pageToken=tok2", Body: page2},
			},
			[]string{"r3", "r2"}, []int{5, 2}, `{"t":"2026-11-25T10:00:00Z","ids":["r3"]}`},
		{"a cursor from this version: nothing comes twice", `{"t":"2026-11-25T10:00:00Z","ids":["r3"]}`,
			[]exchange{{Method: "GET", Path: loc + "/reviews", Query: q, Body: page1}},
			nil, nil, `{"t":"2026-11-25T10:00:00Z","ids":["r3"]}`},
		{"nothing new keeps the cursor", "2026-11-25T10:00:00Z",
			[]exchange{{Method: "GET", Path: loc + "/reviews", Query: q, Body: page1}},
			nil, nil, "2026-11-25T10:00:00Z"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFake(t, tc.want)
			c, _ := newConn(f, nil)
			page, err := c.FetchActivity(context.Background(), tc.cursor)
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			var st []int
			for _, a := range page.Items {
				ids = append(ids, a.Ref.ID)
				st = append(st, a.Rating)
				if a.Kind != accounts.ActivityReview || a.AuthorName != "Reviewer "+a.Ref.ID || a.Text != "Comment "+a.Ref.ID ||
					a.Ref.URI != "accounts/111/locations/222/reviews/"+a.Ref.ID {
					t.Errorf("item %+v", a)
				}
			}
			if !reflect.DeepEqual(ids, tc.wantIDs) || !reflect.DeepEqual(st, tc.wantStars) || page.Cursor != tc.wantCursor {
				t.Errorf("ids %v stars %v cursor %q", ids, st, page.Cursor)
			}
		})
	}
}

func TestMetricsAndRecentPosts(t *testing.T) {
	t.Run("post metrics are -1 without the Performance API", func(t *testing.T) {
		c, _ := newConn(newFake(t, nil), nil)
		got, err := c.PostMetrics(context.Background(), []accounts.Ref{{ID: "987"}})
		want := []accounts.PostMetrics{{Ref: accounts.Ref{ID: "987"}, Likes: -1, Reposts: -1, Replies: -1, Quotes: -1, Impressions: -1}}
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Fatalf("%+v %v", got, err)
		}
	})
	t.Run("a profile has no followers", func(t *testing.T) {
		c, _ := newConn(newFake(t, nil), nil)
		got, err := c.AccountMetrics(context.Background())
		if err != nil || got.Followers != -1 {
			t.Fatalf("%+v %v", got, err)
		}
	})
	t.Run("recent posts list localPosts newest first", func(t *testing.T) {
		f := newFake(t, []exchange{{Method: "GET", Path: loc + "/localPosts", Query: "pageSize=3",
			Body: `{"localPosts": [
			  {"name": "accounts/111/locations/222/localPosts/1", "summary": "older", "createTime": "2026-11-20T10:00:00Z", "searchUrl": "https://local.google.com/p1", "topicType": "STANDARD", "state": "LIVE"},
			  {"name": "accounts/111/locations/222/localPosts/2", "summary": "newer", "createTime": "2026-11-24T10:00:00Z", "searchUrl": "https://local.google.com/p2", "topicType": "STANDARD", "state": "LIVE"}]}`}})
		c, _ := newConn(f, nil)
		got, err := c.RecentPosts(context.Background(), 3)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 || got[0].ID != "2" || got[0].Text != "newer" || got[0].URL != "https://local.google.com/p2" {
			t.Errorf("%+v", got)
		}
	})
}

func TestErrors(t *testing.T) {
	post := func(x exchange) exchange { x.Method, x.Path = "POST", loc+"/localPosts"; return x }
	tokenCall := exchange{Method: "POST", Path: "/token",
		WantForm: map[string]string{"grant_type": "refresh_token", "refresh_token": refresh, "client_id": "cid.apps.googleusercontent.com", "client_secret": "csecret"}}
	unauth := `{"error": {"code": 401, "message": "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.", "status": "UNAUTHENTICATED"}}`
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
			want: []exchange{post(exchange{Status: 401, Body: unauth})},
			kind: accounts.KindAuth, msg: "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential."},
		{name: "401 refreshes at Google's token endpoint once, keeps the refresh token, retries",
			want: []exchange{
				post(exchange{Status: 401, Body: unauth}),
				func() exchange {
					x := tokenCall
					x.Body = `{"access_token": "` + newToken + `", "expires_in": 3599, "scope": "https://www.googleapis.com/auth/business.manage", "token_type": "Bearer"}`
					return x
				}(),
				post(exchange{Token: newToken, Body: createdPost}),
			},
			saved: 1},
		{name: "a revoked refresh token asks to reconnect",
			want: []exchange{
				post(exchange{Status: 401, Body: unauth}),
				func() exchange {
					x := tokenCall
					x.Status, x.Body = 400, `{"error": "invalid_grant", "error_description": "Token has been expired or revoked."}`
					return x
				}(),
			},
			kind: accounts.KindAuth, msg: "Token has been expired or revoked."},
		{name: "429 waits for Retry-After",
			want: []exchange{post(exchange{Status: 429, Headers: map[string]string{"Retry-After": "60"}, Body: `{"error": {"code": 429, "message": "Quota exceeded for quota metric 'Requests' and limit 'Requests per minute' of service 'mybusiness.googleapis.com'.", "status": "RESOURCE_EXHAUSTED"}}`})},
			kind: accounts.KindRateLimited, retry: time.Minute, msg: "Quota exceeded for quota metric 'Requests' and limit 'Requests per minute' of service 'mybusiness.googleapis.com'."},
		{name: "5xx is transient",
			want: []exchange{post(exchange{Status: 500, Body: `{"error": {"code": 500, "message": "Internal error encountered.", "status": "INTERNAL"}}`})},
			kind: accounts.KindTransient},
		{name: "400 validation is rejected with Google's words and field messages",
			want: []exchange{post(exchange{Status: 400, Body: `{"error": {"code": 400, "message": "Request contains an invalid argument.", "status": "INVALID_ARGUMENT",
			  "details": [{"@type": "type.googleapis.com/google.mybusiness.v4.ValidationError", "errorDetails": [{"code": 3, "field": "summary", "message": "Summary must be at most 1500 characters."}]}]}}`})},
			kind: accounts.KindRejected, msg: "Request contains an invalid argument. — Summary must be at most 1500 characters."},
		{name: "403 permission denied is rejected verbatim",
			want: []exchange{post(exchange{Status: 403, Body: `{"error": {"code": 403, "message": "The caller does not have permission", "status": "PERMISSION_DENIED"}}`})},
			kind: accounts.KindRejected, msg: "The caller does not have permission"},
		{name: "a dropped connection is transient", want: []exchange{post(exchange{Drop: true})}, kind: accounts.KindTransient},
		{name: "a client timeout is transient", timeout: 50 * time.Millisecond,
			want: []exchange{post(exchange{Sleep: 300 * time.Millisecond, Body: createdPost})}, kind: accounts.KindTransient},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFake(t, tc.want)
			c, saved := newConn(f, func(cfg *Config) {
				if tc.mod != nil {
					tc.mod(cfg)
				}
				if tc.timeout > 0 {
					cfg.HTTP = f.ClientWithTimeout(tc.timeout)
				}
			})
			got, err := c.Publish(context.Background(), accounts.Post{Text: "Flu shots Saturday"})
			if tc.kind == 0 {
				if err != nil || got.ID != "987" {
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
				if s.AccessToken != newToken || s.RefreshToken != refresh || !s.ExpiresAt.Equal(fixedNow.Add(3599*time.Second)) {
					t.Errorf("saved %v", s.Redacted())
				}
			}
		})
	}
}

func TestCancelScheduledIsRefused(t *testing.T) {
	c, _ := newConn(newFake(t, nil), nil) // the fake fails on any request
	err := c.CancelScheduled(context.Background(), accounts.Ref{ID: "987"})
	want := accounts.Error{Kind: accounts.KindRejected, Network: network.GBP, Op: "cancel scheduled post", Message: "Google Business Profile has no scheduled posts to cancel"}
	if e, ok := err.(*accounts.Error); !ok || *e != want {
		t.Errorf("CancelScheduled = %#v, want %#v", err, &want)
	}
}
