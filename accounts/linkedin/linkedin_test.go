package linkedin

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/accounts/internal/apitest"
	"github.com/carepost/carepost/network"
)

const (
	org      = "urn:li:organization:123"
	token    = "AQX-secret-access-token"
	newToken = "AQX-fresh-access-token"
	refresh  = "AQX-secret-refresh-token"
)

// exchange is one expected request and the reply the fake API gives.
type exchange = apitest.Exchange

func newFake(t *testing.T, want []exchange) *apitest.Server {
	t.Helper()
	return apitest.New(t, apitest.Options{Token: token, APIHeaders: map[string]string{"Linkedin-Version": "202605", "X-Restli-Protocol-Version": "2.0.0"}}, want)
}

var fixedNow = time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)

func newConn(f *apitest.Server, mod func(*Config)) (*Connector, *[]accounts.Credentials) {
	var saved []accounts.Credentials
	cfg := Config{
		BaseURL:         f.URL,
		TokenURL:        f.URL + "/oauth/v2/accessToken",
		HTTP:            f.Client(),
		Creds:           accounts.Credentials{AccessToken: token, RefreshToken: refresh, ClientID: "cid", ClientSecret: "csecret"},
		SaveCreds:       func(_ context.Context, c accounts.Credentials) error { saved = append(saved, c); return nil },
		Now:             func() time.Time { return fixedNow },
		OrganizationURN: org,
	}
	if mod != nil {
		mod(&cfg)
	}
	return New(cfg), &saved
}

const postBodyText = `{
 "author": "urn:li:organization:123",
 "commentary": "Flu clinic \\(walk-in\\) Sat \\@ 9 \\<3 #FluShots https://ex.com/a_(b) C\\#",
 "visibility": "PUBLIC",
 "distribution": {"feedDistribution": "MAIN_FEED", "targetEntities": [], "thirdPartyDistributionChannels": []},
 "lifecycleState": "PUBLISHED",
 "isReshareDisabledByAuthor": false
}`

func TestPublish(t *testing.T) {
	img1 := accounts.Image{Data: []byte("jpegbytes1"), MIMEType: "image/jpeg", AltText: "Nurse giving a flu shot"}
	img2 := accounts.Image{Data: []byte("pngbytes2"), MIMEType: "image/png", AltText: "Clinic front door"}
	initBody := `{"initializeUploadRequest": {"owner": "urn:li:organization:123"}}`
	initResp := func(n string) string {
		return `{"value": {"uploadUrlExpiresAt": 1650567510704, "uploadUrl": "{{base}}/dms-uploads/` + n + `?ca=vector&sig=signed", "image": "urn:li:image:C4E` + n + `"}}`
	}
	tests := []struct {
		name    string
		post    accounts.Post
		want    []exchange
		wantRef accounts.Ref
	}{
		{
			name: "text post escapes little-format characters but keeps links and hashtags",
			post: accounts.Post{Text: "Flu clinic (walk-in) Sat @ 9 <3 #FluShots https://ex.com/a_(b) C#"},
			want: []exchange{{
				Method: "POST", Path: "/rest/posts", WantJSON: postBodyText,
				Status: 201, Headers: map[string]string{"x-restli-id": "urn:li:share:6844785523593134080"},
			}},
			wantRef: accounts.Ref{ID: "urn:li:share:6844785523593134080", URI: "urn:li:share:6844785523593134080",
				URL: "https://www.linkedin.com/feed/update/urn:li:share:6844785523593134080/"},
		},
		{
			name: "one picture is uploaded then posted as content.media with alt text",
			post: accounts.Post{Text: "Open today", Images: []accounts.Image{img1}},
			want: []exchange{
				{Method: "POST", Path: "/rest/images", Query: "action=initializeUpload", WantJSON: initBody, Body: initResp("1")},
				{Method: "PUT", Path: "/dms-uploads/1", Query: "ca=vector&sig=signed", NoAPI: true, WantBytes: img1.Data, WantCT: "image/jpeg", Status: 201},
				{Method: "POST", Path: "/rest/posts", WantJSON: `{
 "author": "urn:li:organization:123", "commentary": "Open today", "visibility": "PUBLIC",
 "distribution": {"feedDistribution": "MAIN_FEED", "targetEntities": [], "thirdPartyDistributionChannels": []},
 "lifecycleState": "PUBLISHED", "isReshareDisabledByAuthor": false,
 "content": {"media": {"id": "urn:li:image:C4E1", "altText": "Nurse giving a flu shot"}}}`,
					Status: 201, Headers: map[string]string{"x-restli-id": "urn:li:share:7"}},
			},
			wantRef: accounts.Ref{ID: "urn:li:share:7", URI: "urn:li:share:7", URL: "https://www.linkedin.com/feed/update/urn:li:share:7/"},
		},
		{
			name: "two pictures become a multiImage post",
			post: accounts.Post{Text: "Open today", Images: []accounts.Image{img1, img2}},
			want: []exchange{
				{Method: "POST", Path: "/rest/images", Query: "action=initializeUpload", WantJSON: initBody, Body: initResp("1")},
				{Method: "PUT", Path: "/dms-uploads/1", Query: "ca=vector&sig=signed", NoAPI: true, WantBytes: img1.Data, WantCT: "image/jpeg", Status: 201},
				{Method: "POST", Path: "/rest/images", Query: "action=initializeUpload", WantJSON: initBody, Body: initResp("2")},
				{Method: "PUT", Path: "/dms-uploads/2", Query: "ca=vector&sig=signed", NoAPI: true, WantBytes: img2.Data, WantCT: "image/png", Status: 201},
				{Method: "POST", Path: "/rest/posts", WantJSON: `{
 "author": "urn:li:organization:123", "commentary": "Open today", "visibility": "PUBLIC",
 "distribution": {"feedDistribution": "MAIN_FEED", "targetEntities": [], "thirdPartyDistributionChannels": []},
 "lifecycleState": "PUBLISHED", "isReshareDisabledByAuthor": false,
 "content": {"multiImage": {"images": [{"id": "urn:li:image:C4E1", "altText": "Nurse giving a flu shot"}, {"id": "urn:li:image:C4E2", "altText": "Clinic front door"}]}}}`,
					Status: 201, Headers: map[string]string{"x-restli-id": "urn:li:ugcPost:8"}},
			},
			wantRef: accounts.Ref{ID: "urn:li:ugcPost:8", URI: "urn:li:ugcPost:8", URL: "https://www.linkedin.com/feed/update/urn:li:ugcPost:8/"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFake(t, tc.want)
			c, _ := newConn(f, nil)
			got, err := c.Publish(context.Background(), tc.post)
			if err != nil {
				t.Fatalf("Publish: %v", err)
			}
			if got.Ref != tc.wantRef {
				t.Errorf("ref %+v, want %+v", got.Ref, tc.wantRef)
			}
			if !got.At.Equal(fixedNow) || got.Scheduled {
				t.Errorf("At %v Scheduled %v", got.At, got.Scheduled)
			}
		})
	}
}

func TestPublishRefusesWhatLinkedInCannotDo(t *testing.T) {
	tests := []struct {
		name string
		post accounts.Post
	}{
		{"scheduling is not native", accounts.Post{Text: "later", ScheduleAt: fixedNow.Add(time.Hour)}},
		{"more than 20 pictures", accounts.Post{Text: "x", Images: make([]accounts.Image, 21)}},
		{"pictures on a comment", accounts.Post{Text: "x", ReplyTo: &accounts.Ref{ID: "urn:li:share:1"}, Images: make([]accounts.Image, 1)}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFake(t, nil)
			c, _ := newConn(f, nil)
			_, err := c.Publish(context.Background(), tc.post)
			if accounts.ErrorKindOf(err) != accounts.KindRejected {
				t.Fatalf("err %v, want rejected", err)
			}
		})
	}
}

func TestReply(t *testing.T) {
	tests := []struct {
		name    string
		to      accounts.Ref
		want    exchange
		wantID  string
		wantURL string
	}{
		{
			name: "comment on a post as the organization",
			to:   accounts.Ref{ID: "urn:li:share:6844785523593134080"},
			want: exchange{Method: "POST", Path: "/rest/socialActions/urn%3Ali%3Ashare%3A6844785523593134080/comments",
				WantJSON: `{"actor": "urn:li:organization:123", "object": "urn:li:share:6844785523593134080", "message": {"text": "Thanks (really)!"}}`,
				Status:   201, Headers: map[string]string{"x-restli-id": "6844785523593134081"},
				Body: `{"actor": "urn:li:organization:123", "commentUrn": "urn:li:comment:(urn:li:activity:6844785523593134079,6844785523593134081)", "created": {"actor": "urn:li:organization:123", "time": 1764072000000}, "id": "6844785523593134081", "message": {"text": "Thanks (really)!"}, "object": "urn:li:activity:6844785523593134079"}`},
			wantID:  "urn:li:comment:(urn:li:activity:6844785523593134079,6844785523593134081)",
			wantURL: "https://www.linkedin.com/feed/update/urn:li:share:6844785523593134080/?commentUrn=urn%3Ali%3Acomment%3A%28urn%3Ali%3Aactivity%3A6844785523593134079%2C6844785523593134081%29",
		},
		{
			name: "answer a comment names it as parentComment",
			to:   accounts.Ref{ID: "urn:li:comment:(urn:li:activity:55,66)"},
			want: exchange{Method: "POST", Path: "/rest/socialActions/urn%3Ali%3Acomment%3A%28urn%3Ali%3Aactivity%3A55%2C66%29/comments",
				WantJSON: `{"actor": "urn:li:organization:123", "object": "urn:li:activity:55", "parentComment": "urn:li:comment:(urn:li:activity:55,66)", "message": {"text": "Thanks (really)!"}}`,
				Status:   201, Headers: map[string]string{"x-restli-id": "77"}},
			wantID:  "urn:li:comment:(urn:li:activity:55,77)",
			wantURL: "https://www.linkedin.com/feed/update/urn:li:activity:55/?commentUrn=urn%3Ali%3Acomment%3A%28urn%3Ali%3Aactivity%3A55%2C77%29",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFake(t, []exchange{tc.want})
			c, _ := newConn(f, nil)
			got, err := c.Reply(context.Background(), tc.to, accounts.ReplyPost{Text: "Thanks (really)!"})
			if err != nil {
				t.Fatal(err)
			}
			if got.ID != tc.wantID || got.URL != tc.wantURL {
				t.Errorf("got %+v\nwant id %s url %s", got.Ref, tc.wantID, tc.wantURL)
			}
		})
	}
}

func TestFetchActivity(t *testing.T) {
	posts := exchange{Method: "GET", Path: "/rest/posts", Query: "author=urn%3Ali%3Aorganization%3A123&q=author&count=10&sortBy=CREATED",
		Body: `{"elements": [{"id": "urn:li:share:1", "author": "urn:li:organization:123", "commentary": "a", "createdAt": 1764000000000},
		                  {"id": "urn:li:ugcPost:2", "author": "urn:li:organization:123", "commentary": "b", "createdAt": 1763000000000}],
		        "paging": {"start": 0, "count": 10, "links": []}}`}
	comments1 := exchange{Method: "GET", Path: "/rest/socialActions/urn%3Ali%3Ashare%3A1/comments", Query: "count=100",
		Body: `{"elements": [
		 {"actor": "urn:li:person:abc", "commentUrn": "urn:li:comment:(urn:li:activity:10,11)", "created": {"time": 1764000100000}, "id": "11", "message": {"text": "When do you open?"}, "object": "urn:li:activity:10"},
		 {"actor": "urn:li:organization:123", "commentUrn": "urn:li:comment:(urn:li:activity:10,12)", "created": {"time": 1764000200000}, "id": "12", "message": {"text": "At nine."}, "object": "urn:li:activity:10"},
		 {"actor": "urn:li:person:old", "commentUrn": "urn:li:comment:(urn:li:activity:10,9)", "created": {"time": 1763999000000}, "id": "9", "message": {"text": "old"}, "object": "urn:li:activity:10"}
		], "paging": {"count": 100, "start": 0, "total": 3}}`}
	comments2 := exchange{Method: "GET", Path: "/rest/socialActions/urn%3Ali%3AugcPost%3A2/comments", Query: "count=100",
		Body: `{"elements": [{"actor": "urn:li:person:def", "commentUrn": "urn:li:comment:(urn:li:activity:20,21)", "created": {"time": 1764000050000}, "id": "21", "message": {"text": "Great!"}, "object": "urn:li:activity:20"}]}`}

	tests := []struct {
		name       string
		cursor     string
		wantIDs    []string
		wantCursor string
	}{
		{"comments newer than the cursor, oldest first, without the Page's own", "1763999500000",
			[]string{"urn:li:comment:(urn:li:activity:20,21)", "urn:li:comment:(urn:li:activity:10,11)"},
			// The Page's own comment moves the cursor too: it is not looked at again.
			`{"t":"2025-11-24T16:03:20Z","ids":["urn:li:comment:(urn:li:activity:10,12)"]}`},
		{"nothing new keeps the cursor", "1764000200000", nil, "1764000200000"},
		{"a cursor from this version: nothing comes twice",
			`{"t":"2025-11-24T16:03:20Z","ids":["urn:li:comment:(urn:li:activity:10,12)"]}`, nil,
			`{"t":"2025-11-24T16:03:20Z","ids":["urn:li:comment:(urn:li:activity:10,12)"]}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFake(t, []exchange{posts, comments1, comments2})
			c, _ := newConn(f, nil)
			page, err := c.FetchActivity(context.Background(), tc.cursor)
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, a := range page.Items {
				ids = append(ids, a.Ref.ID)
				if a.Kind != accounts.ActivityComment || a.Subject == nil {
					t.Errorf("item %+v", a)
				}
			}
			if !reflect.DeepEqual(ids, tc.wantIDs) || page.Cursor != tc.wantCursor {
				t.Errorf("ids %v cursor %s, want %v %s", ids, page.Cursor, tc.wantIDs, tc.wantCursor)
			}
			if len(page.Items) == 2 {
				a := page.Items[1]
				if a.AuthorID != "urn:li:person:abc" || a.Text != "When do you open?" || a.Subject.ID != "urn:li:share:1" ||
					!a.CreatedAt.Equal(time.UnixMilli(1764000100000)) {
					t.Errorf("activity %+v", a)
				}
			}
		})
	}
}

func TestMetrics(t *testing.T) {
	t.Run("share statistics ask for shares and ugcPosts as Rest.li lists", func(t *testing.T) {
		f := newFake(t, []exchange{{Method: "GET", Path: "/rest/organizationalEntityShareStatistics",
			Query: "q=organizationalEntity&organizationalEntity=urn%3Ali%3Aorganization%3A123&shares=List(urn%3Ali%3Ashare%3A1,urn%3Ali%3Ashare%3A3)&ugcPosts=List(urn%3Ali%3AugcPost%3A2)",
			Body: `{"paging": {"count": 10, "start": 0}, "elements": [
			 {"totalShareStatistics": {"uniqueImpressionsCount": 30, "shareCount": 2, "engagement": 0.1, "clickCount": 5, "likeCount": 7, "impressionCount": 40, "commentCount": 3}, "share": "urn:li:share:1", "organizationalEntity": "urn:li:organization:123"},
			 {"totalShareStatistics": {"shareCount": 0, "likeCount": 1, "impressionCount": 9, "commentCount": 0}, "ugcPost": "urn:li:ugcPost:2", "organizationalEntity": "urn:li:organization:123"}]}`}})
		c, _ := newConn(f, nil)
		got, err := c.PostMetrics(context.Background(), []accounts.Ref{{ID: "urn:li:share:1"}, {ID: "urn:li:ugcPost:2"}, {ID: "urn:li:share:3"}})
		if err != nil {
			t.Fatal(err)
		}
		want := []accounts.PostMetrics{
			{Ref: accounts.Ref{ID: "urn:li:share:1"}, Likes: 7, Reposts: 2, Replies: 3, Quotes: -1, Impressions: 40},
			{Ref: accounts.Ref{ID: "urn:li:ugcPost:2"}, Likes: 1, Reposts: 0, Replies: 0, Quotes: -1, Impressions: 9},
			{Ref: accounts.Ref{ID: "urn:li:share:3"}, Likes: -1, Reposts: -1, Replies: -1, Quotes: -1, Impressions: -1},
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("got %+v\nwant %+v", got, want)
		}
	})
	t.Run("follower count comes from networkSizes", func(t *testing.T) {
		f := newFake(t, []exchange{{Method: "GET", Path: "/rest/networkSizes/urn%3Ali%3Aorganization%3A123",
			Query: "edgeType=COMPANY_FOLLOWED_BY_MEMBER", Body: `{"firstDegreeSize": 1234}`}})
		c, _ := newConn(f, nil)
		got, err := c.AccountMetrics(context.Background())
		if err != nil || got.Followers != 1234 || !got.At.Equal(fixedNow) {
			t.Fatalf("%+v %v", got, err)
		}
	})
	t.Run("recent posts come back newest first with commentary unescaped", func(t *testing.T) {
		f := newFake(t, []exchange{{Method: "GET", Path: "/rest/posts", Query: "author=urn%3Ali%3Aorganization%3A123&q=author&count=5&sortBy=CREATED",
			Body: `{"elements": [{"id": "urn:li:share:1", "commentary": "Open \\(today\\) \\@ 9", "createdAt": 1764000000000, "publishedAt": 1764000001000},
			                    {"id": "urn:li:share:2", "commentary": "Newer", "createdAt": 1764100000000}]}`}})
		c, _ := newConn(f, nil)
		got, err := c.RecentPosts(context.Background(), 5)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 || got[0].ID != "urn:li:share:2" || got[1].Text != "Open (today) @ 9" || !got[1].CreatedAt.Equal(time.UnixMilli(1764000001000)) {
			t.Errorf("%+v", got)
		}
	})
}

func TestErrors(t *testing.T) {
	post := func(x exchange) exchange { x.Method, x.Path = "POST", "/rest/posts"; return x }
	tokenCall := exchange{Method: "POST", Path: "/oauth/v2/accessToken",
		WantForm: map[string]string{"grant_type": "refresh_token", "refresh_token": refresh, "client_id": "cid", "client_secret": "csecret"}}
	tests := []struct {
		name      string
		noRefresh bool
		timeout   time.Duration
		want      []exchange
		kind      accounts.ErrorKind
		msg       string
		retry     time.Duration
		saved     int
	}{
		{name: "401 without a refresh token asks to reconnect", noRefresh: true,
			want: []exchange{post(exchange{Status: 401, Body: `{"serviceErrorCode": 65600, "message": "Invalid access token", "status": 401}`})},
			kind: accounts.KindAuth, msg: "Invalid access token"},
		{name: "401 refreshes once, saves and retries with the new token",
			want: []exchange{
				post(exchange{Status: 401, Body: `{"message": "Invalid access token", "status": 401}`}),
				func() exchange {
					x := tokenCall
					x.Body = `{"access_token": "` + newToken + `", "expires_in": 5184000, "refresh_token": "` + refresh + `", "refresh_token_expires_in": 31536000}`
					return x
				}(),
				post(exchange{Token: newToken, Status: 201, Headers: map[string]string{"x-restli-id": "urn:li:share:9"}}),
			},
			saved: 1},
		{name: "a refused refresh asks to reconnect",
			want: []exchange{
				post(exchange{Status: 401, Body: `{"message": "Invalid access token", "status": 401}`}),
				func() exchange {
					x := tokenCall
					x.Status, x.Body = 400, `{"error": "invalid_grant", "error_description": "The provided authorization grant or refresh token is invalid, expired or revoked."}`
					return x
				}(),
			},
			kind: accounts.KindAuth, msg: "The provided authorization grant or refresh token is invalid, expired or revoked."},
		{name: "429 waits for Retry-After",
			want: []exchange{post(exchange{Status: 429, Headers: map[string]string{"Retry-After": "30"}, Body: `{"message": "Resource level throttle APPLICATION DAY limit for calls to this resource is reached.", "status": 429}`})},
			kind: accounts.KindRateLimited, retry: 30 * time.Second},
		{name: "5xx is transient",
			want: []exchange{post(exchange{Status: 503, Body: `{"message": "Service Unavailable", "status": 503}`})},
			kind: accounts.KindTransient},
		{name: "422 validation is rejected with LinkedIn's words",
			want: []exchange{post(exchange{Status: 422, Body: `{"errorDetailType": "com.linkedin.common.error.BadRequest", "message": "ERROR :: /commentary :: ShareCommentary text length (3001 characters) exceeded the maximum allowed (3000 characters)", "status": 422}`})},
			kind: accounts.KindRejected, msg: "ERROR :: /commentary :: ShareCommentary text length (3001 characters) exceeded the maximum allowed (3000 characters)"},
		{name: "403 permission problem is rejected verbatim",
			want: []exchange{post(exchange{Status: 403, Body: `{"serviceErrorCode": 100, "code": "ACCESS_DENIED", "message": "Not enough permissions to access: partnerApiPostsExternal.CREATE.20260501", "status": 403}`})},
			kind: accounts.KindRejected, msg: "Not enough permissions to access: partnerApiPostsExternal.CREATE.20260501"},
		{name: "a dropped connection is transient",
			want: []exchange{post(exchange{Drop: true})}, kind: accounts.KindTransient},
		{name: "a client timeout is transient", timeout: 50 * time.Millisecond,
			want: []exchange{post(exchange{Sleep: 300 * time.Millisecond, Status: 201})}, kind: accounts.KindTransient},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFake(t, tc.want)
			c, saved := newConn(f, func(cfg *Config) {
				if tc.noRefresh {
					cfg.Creds.RefreshToken = ""
				}
				if tc.timeout > 0 {
					cfg.HTTP = f.ClientWithTimeout(tc.timeout)
				}
			})
			got, err := c.Publish(context.Background(), accounts.Post{Text: "hello"})
			if tc.kind == 0 {
				if err != nil {
					t.Fatal(err)
				}
				if got.ID != "urn:li:share:9" {
					t.Errorf("got %+v", got)
				}
			} else {
				apitest.CheckError(t, err, tc.kind, tc.msg, tc.retry, token, refresh, "csecret")
			}
			if len(*saved) != tc.saved {
				t.Fatalf("saved %d times, want %d", len(*saved), tc.saved)
			}
			if tc.saved > 0 {
				s := (*saved)[0]
				if s.AccessToken != newToken || s.RefreshToken != refresh || !s.ExpiresAt.Equal(fixedNow.Add(5184000*time.Second)) {
					t.Errorf("saved %v", s.Redacted())
				}
				if c.Credentials().AccessToken != newToken {
					t.Error("connector kept the old token")
				}
			}
		})
	}
}

func TestUploadErrorHidesSignedURL(t *testing.T) {
	f := newFake(t, []exchange{
		{Method: "POST", Path: "/rest/images", Query: "action=initializeUpload", WantJSON: `{"initializeUploadRequest": {"owner": "urn:li:organization:123"}}`,
			Body: `{"value": {"uploadUrl": "{{base}}/dms-uploads/1?sig=SIGNED-SECRET", "image": "urn:li:image:1"}}`},
		{Method: "PUT", Path: "/dms-uploads/1", Query: "sig=SIGNED-SECRET", NoAPI: true, WantBytes: []byte("x"), WantCT: "image/jpeg", Drop: true},
	})
	c, _ := newConn(f, nil)
	_, err := c.Publish(context.Background(), accounts.Post{Text: "x", Images: []accounts.Image{{Data: []byte("x"), MIMEType: "image/jpeg"}}})
	if accounts.ErrorKindOf(err) != accounts.KindTransient {
		t.Fatalf("err %v", err)
	}
	if strings.Contains(err.Error(), "SIGNED-SECRET") {
		t.Errorf("signed upload URL in error: %v", err)
	}
}

func TestLittleText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"every reserved character is escaped", `a\b|c{d}e@f[g]h(i)j<k>l*m_n~o`, `a\\b\|c\{d\}e\@f\[g\]h\(i\)j\<k\>l\*m\_n\~o`},
		{"hashtags stay hashtags", "#Flu and #2026 but not # alone or a#b", `#Flu and #2026 but not \# alone or a\#b`},
		{"links are left intact", "see https://ex.com/x_(y)?a=b#frag now (ok)", `see https://ex.com/x_(y)?a=b#frag now \(ok\)`},
		{"plain text is unchanged", "Open 9–5, call 555-0100. Ünïcödé ✓", "Open 9–5, call 555-0100. Ünïcödé ✓"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := EscapeLittleText(tc.in); got != tc.want {
				t.Errorf("Escape(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
	t.Run("unescape undoes escape outside links", func(t *testing.T) {
		in := `Call (555) @ 9_30 *now* ~ok~ \ end [x] {y} <z> |`
		if got := UnescapeLittleText(EscapeLittleText(in)); got != in {
			t.Errorf("round trip %q", got)
		}
	})
}

func TestCancelScheduledIsRefused(t *testing.T) {
	c, _ := newConn(newFake(t, nil), nil) // the fake fails on any request
	err := c.CancelScheduled(context.Background(), accounts.Ref{ID: "urn:li:share:1"})
	want := accounts.Error{Kind: accounts.KindRejected, Network: network.LinkedIn, Op: "cancel scheduled post", Message: "LinkedIn has no scheduled posts to cancel"}
	if e, ok := err.(*accounts.Error); !ok || *e != want {
		t.Errorf("CancelScheduled = %#v, want %#v", err, &want)
	}
}
