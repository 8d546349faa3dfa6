package instagram

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/accounts/facebook/graphtest"
	"github.com/carepost/carepost/network"
)

const (
	testToken = graphtest.Token
	testIG    = "1784"
)

var testNow = time.Date(2025, 6, 2, 9, 0, 0, 0, time.UTC)

// The fake Graph is the Facebook tests' one: same wire rules.
type (
	step      = graphtest.Step
	fakeGraph = graphtest.Graph
)

func newFakeGraph(t *testing.T, steps ...step) *fakeGraph { return graphtest.New(t, steps...) }

func hostAt(base string) func(accounts.Image) (string, error) {
	return func(img accounts.Image) (string, error) {
		return base + img.FileName, nil
	}
}

func newTestConnector(f *fakeGraph, host func(accounts.Image) (string, error)) *Connector {
	return New(Config{
		GraphURL:     f.URL(),
		IGUserID:     testIG,
		HTTP:         f.Client(),
		Creds:        accounts.Credentials{AccessToken: testToken},
		Now:          func() time.Time { return testNow },
		ImageURL:     host,
		PollInterval: time.Millisecond,
		PollTimeout:  2 * time.Second,
	})
}

func img(name, alt string) accounts.Image {
	return accounts.Image{Data: []byte("JPEG"), MIMEType: "image/jpeg", FileName: name, AltText: alt}
}

var (
	quotaOK = step{Method: "GET", Path: "/v23.0/1784/content_publishing_limit",
		Params: map[string]string{"fields": "quota_usage,config"},
		Body:   `{"data":[{"quota_usage":2,"config":{"quota_total":50,"quota_duration":86400}}]}`}
	statusFields = map[string]string{"fields": "status_code,status"}
)

func status(container, code string) step {
	return step{Method: "GET", Path: "/v23.0/" + container, Params: statusFields,
		Body: fmt.Sprintf(`{"status_code":%q,"id":%q}`, code, container)}
}

func TestPublish(t *testing.T) {
	const host = "https://pics.example.org/"
	publish := func(container, media string) step {
		return step{Method: "POST", Path: "/v23.0/1784/media_publish", Params: map[string]string{"creation_id": container}, Body: `{"id":"` + media + `"}`}
	}
	permalink := step{Method: "GET", Path: "/v23.0/9001", Params: map[string]string{"fields": "permalink"},
		Body: `{"permalink":"https://www.instagram.com/p/ABC123/","id":"9001"}`}
	tests := []struct {
		name    string
		post    accounts.Post
		host    func(accounts.Image) (string, error)
		steps   []step
		want    accounts.Published
		wantErr accounts.ErrorKind
		message string
	}{
		{
			name: "one picture: container, IN_PROGRESS, FINISHED, then publish",
			post: accounts.Post{Text: "Flu shots now open #health", Images: []accounts.Image{img("flu.jpg", "Nurse giving a flu shot")}},
			steps: []step{
				quotaOK,
				{Method: "POST", Path: "/v23.0/1784/media", Params: map[string]string{
					"image_url": host + "flu.jpg", "caption": "Flu shots now open #health", "alt_text": "Nurse giving a flu shot",
				}, Absent: []string{"is_carousel_item", "media_type"}, Body: `{"id":"c1"}`},
				status("c1", "IN_PROGRESS"),
				status("c1", "FINISHED"),
				publish("c1", "9001"),
				permalink,
			},
			want: accounts.Published{Ref: accounts.Ref{ID: "9001", URL: "https://www.instagram.com/p/ABC123/"}, At: testNow},
		},
		{
			name: "several pictures: carousel items, then the carousel container, then publish",
			post: accounts.Post{Text: "Meet the team", Images: []accounts.Image{img("a.jpg", "Dr Rao"), img("b.jpg", "")}},
			steps: []step{
				quotaOK,
				{Method: "POST", Path: "/v23.0/1784/media", Params: map[string]string{"image_url": host + "a.jpg", "is_carousel_item": "true", "alt_text": "Dr Rao"}, Absent: []string{"caption"}, Body: `{"id":"k1"}`},
				{Method: "POST", Path: "/v23.0/1784/media", Params: map[string]string{"image_url": host + "b.jpg", "is_carousel_item": "true"}, Absent: []string{"caption", "alt_text"}, Body: `{"id":"k2"}`},
				{Method: "POST", Path: "/v23.0/1784/media", Params: map[string]string{"media_type": "CAROUSEL", "children": "k1,k2", "caption": "Meet the team"}, Absent: []string{"image_url"}, Body: `{"id":"car"}`},
				status("car", "FINISHED"),
				publish("car", "9001"),
				permalink,
			},
			want: accounts.Published{Ref: accounts.Ref{ID: "9001", URL: "https://www.instagram.com/p/ABC123/"}, At: testNow},
		},
		{
			name: "a published post whose permalink can't be read still counts as published",
			post: accounts.Post{Images: []accounts.Image{img("x.jpg", "")}},
			steps: []step{
				quotaOK,
				{Method: "POST", Path: "/v23.0/1784/media", Params: map[string]string{"image_url": host + "x.jpg"}, Absent: []string{"caption"}, Body: `{"id":"c1"}`},
				status("c1", "FINISHED"),
				publish("c1", "9001"),
				{Method: "GET", Path: "/v23.0/9001", Status: 500, Body: `{"error":{"message":"boom","code":2}}`},
			},
			want: accounts.Published{Ref: accounts.Ref{ID: "9001"}, At: testNow},
		},
		{
			name: "container ERROR is rejected with the status, and nothing is published",
			post: accounts.Post{Text: "x", Images: []accounts.Image{img("x.jpg", "")}},
			steps: []step{
				quotaOK,
				{Method: "POST", Path: "/v23.0/1784/media", Body: `{"id":"c1"}`},
				{Method: "GET", Path: "/v23.0/c1", Params: statusFields, Body: `{"status_code":"ERROR","status":"Error: 2207026","id":"c1"}`},
			},
			wantErr: accounts.KindRejected, message: "Instagram could not process the picture (status ERROR: Error: 2207026).",
		},
		{
			name: "container EXPIRED is rejected",
			post: accounts.Post{Text: "x", Images: []accounts.Image{img("x.jpg", "")}},
			steps: []step{
				quotaOK,
				{Method: "POST", Path: "/v23.0/1784/media", Body: `{"id":"c1"}`},
				status("c1", "EXPIRED"),
			},
			wantErr: accounts.KindRejected, message: "Instagram could not process the picture (status EXPIRED).",
		},
		{
			name: "an exhausted publishing quota waits, before any container is made",
			post: accounts.Post{Text: "x", Images: []accounts.Image{img("x.jpg", "")}},
			steps: []step{{Method: "GET", Path: "/v23.0/1784/content_publishing_limit", Params: map[string]string{"fields": "quota_usage,config"},
				Body: `{"data":[{"quota_usage":50,"config":{"quota_total":50,"quota_duration":86400}}]}`}},
			wantErr: accounts.KindRateLimited, message: "Instagram allows 50 posts from apps in 24 hours, and this account has used them all.",
		},
		{
			name: "without public picture hosting, say so plainly and send nothing",
			post: accounts.Post{Text: "x", Images: []accounts.Image{img("x.jpg", "")}}, host: nil,
			wantErr: accounts.KindRejected, message: NoPublicURLMessage,
		},
		{name: "a text-only post is refused without a request", post: accounts.Post{Text: "Hello"}, wantErr: accounts.KindRejected,
			message: "Instagram needs at least one picture: it does not take text-only posts."},
		{name: "scheduling is refused: Instagram has none", post: accounts.Post{Text: "x", Images: []accounts.Image{img("x.jpg", "")}, ScheduleAt: testNow.Add(time.Hour)}, wantErr: accounts.KindRejected},
		{name: "eleven pictures are refused", post: accounts.Post{Images: make([]accounts.Image, 11)}, wantErr: accounts.KindRejected},
		{name: "a caption over 2,200 characters is refused", post: accounts.Post{Text: strings.Repeat("é", 2201), Images: []accounts.Image{img("x.jpg", "")}}, wantErr: accounts.KindRejected},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeGraph(t, tc.steps...)
			h := tc.host
			if h == nil && !strings.Contains(tc.name, "hosting") {
				h = hostAt(host)
			}
			got, err := newTestConnector(f, h).Publish(context.Background(), tc.post)
			if tc.wantErr != 0 {
				var e *accounts.Error
				if !errors.As(err, &e) || e.Kind != tc.wantErr {
					t.Fatalf("err = %v, want kind %v", err, tc.wantErr)
				}
				if tc.message != "" && e.Message != tc.message {
					t.Errorf("Message = %q, want %q", e.Message, tc.message)
				}
				if e.Kind == accounts.KindRateLimited && e.RetryAfter <= 0 {
					t.Errorf("rate limit without a wait")
				}
				return
			}
			if err != nil {
				t.Fatalf("Publish: %v", err)
			}
			if got != tc.want {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
		})
	}
}

func TestPollingStopsWhenCancelledOrTooLong(t *testing.T) {
	t.Run("still IN_PROGRESS past the time limit is transient", func(t *testing.T) {
		steps := []step{quotaOK, {Method: "POST", Path: "/v23.0/1784/media", Body: `{"id":"c1"}`}}
		for i := 0; i < 3; i++ {
			steps = append(steps, status("c1", "IN_PROGRESS"))
		}
		f := newFakeGraph(t, steps...)
		c := newTestConnector(f, hostAt("https://h/"))
		c.cfg.PollInterval = 40 * time.Millisecond
		c.cfg.PollTimeout = 200 * time.Millisecond // 40 + 80 ms of waiting, then the next wait would pass it
		_, err := c.Publish(context.Background(), accounts.Post{Images: []accounts.Image{img("x.jpg", "")}})
		if accounts.ErrorKindOf(err) != accounts.KindTransient {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("a cancelled context stops the wait", func(t *testing.T) {
		f := newFakeGraph(t, quotaOK, step{Method: "POST", Path: "/v23.0/1784/media", Body: `{"id":"c1"}`}, status("c1", "IN_PROGRESS"))
		c := newTestConnector(f, hostAt("https://h/"))
		c.cfg.PollInterval = time.Hour
		c.cfg.PollTimeout = 2 * time.Hour
		ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
		defer cancel()
		start := time.Now()
		_, err := c.Publish(ctx, accounts.Post{Images: []accounts.Image{img("x.jpg", "")}})
		if accounts.ErrorKindOf(err) != accounts.KindTransient || time.Since(start) > 5*time.Second {
			t.Fatalf("err = %v after %v", err, time.Since(start))
		}
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("want the context's error inside, got %v", err)
		}
	})
}

func TestReply(t *testing.T) {
	tests := []struct {
		name string
		to   accounts.Ref
		path string
	}{
		{"a comment gets a reply", accounts.Ref{ID: "17870913679156914"}, "/v23.0/17870913679156914/replies"},
		{"one of our posts gets a comment", accounts.Ref{ID: "9001", URL: "https://www.instagram.com/p/ABC123/"}, "/v23.0/9001/comments"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeGraph(t, step{Method: "POST", Path: tc.path, Params: map[string]string{"message": "Thanks!"}, Body: `{"id":"17873440459141021"}`})
			got, err := newTestConnector(f, nil).Reply(context.Background(), tc.to, accounts.ReplyPost{Text: "Thanks!"})
			if err != nil || got.ID != "17873440459141021" {
				t.Fatalf("got %+v, %v", got, err)
			}
		})
	}
}

func TestFetchActivity(t *testing.T) {
	me := step{Method: "GET", Path: "/v23.0/1784", Params: map[string]string{"fields": "username"}, Body: `{"username":"northclinic","id":"1784"}`}
	media := step{Method: "GET", Path: "/v23.0/1784/media", Params: map[string]string{"fields": "id,timestamp,permalink", "limit": "25"},
		Body: `{"data":[{"id":"m1","timestamp":"2025-06-01T08:00:00+0000","permalink":"https://www.instagram.com/p/M1/"}]}`}
	commentParams := map[string]string{"fields": "id,text,username,timestamp,from,replies{id,text,username,timestamp,from}", "limit": "50"}
	comments := step{Method: "GET", Path: "/v23.0/m1/comments", Params: commentParams, Body: `{"data":[
		{"id":"c1","text":"Are you open Sunday?","username":"ann.lee","timestamp":"2025-06-01T09:00:00+0000","from":{"id":"555","username":"ann.lee"},
		 "replies":{"data":[
			{"id":"r1","text":"No, Mon-Sat.","username":"northclinic","timestamp":"2025-06-01T09:30:00+0000"},
			{"id":"r2","text":"Thanks!","username":"ann.lee","timestamp":"2025-06-01T10:00:00+0000","from":{"id":"555","username":"ann.lee"}}]}},
		{"id":"c0","text":"Old one","username":"bo","timestamp":"2025-06-01T08:30:00+0000"}
	]}`}

	t.Run("comments and replies map to activity; our own replies are left out", func(t *testing.T) {
		f := newFakeGraph(t, me, media, comments)
		page, err := newTestConnector(f, nil).FetchActivity(context.Background(), "")
		if err != nil {
			t.Fatal(err)
		}
		if page.Cursor != `{"t":"2025-06-01T10:00:00Z","ids":["r2"]}` {
			t.Errorf("cursor = %q", page.Cursor)
		}
		if len(page.Items) != 3 {
			t.Fatalf("items = %+v", page.Items)
		}
		c, r := page.Items[0], page.Items[1]
		if c.Kind != accounts.ActivityComment || c.Ref.ID != "c1" || c.Author != "ann.lee" || c.AuthorID != "555" || c.Text != "Are you open Sunday?" ||
			c.Subject == nil || c.Subject.ID != "m1" || c.Subject.URL != "https://www.instagram.com/p/M1/" {
			t.Errorf("comment = %+v", c)
		}
		if r.Kind != accounts.ActivityReply || r.Ref.ID != "r2" || !r.CreatedAt.Equal(time.Date(2025, 6, 1, 10, 0, 0, 0, time.UTC)) ||
			r.Parent == nil || r.Parent.ID != "c1" || r.Subject == nil || r.Subject.ID != "m1" || r.Private {
			t.Errorf("reply = %+v (parent %+v)", r, r.Parent)
		}
		if c.Parent == nil || c.Parent.ID != "m1" {
			t.Errorf("comment parent = %+v", c.Parent)
		}

		f2 := newFakeGraph(t, me, media, comments)
		again, err := newTestConnector(f2, nil).FetchActivity(context.Background(), page.Cursor)
		if err != nil || len(again.Items) != 0 || again.Cursor != page.Cursor {
			t.Errorf("re-fetch = %+v, %v", again, err)
		}
	})
	t.Run("only items newer than the cursor come back", func(t *testing.T) {
		f := newFakeGraph(t, me, media, comments)
		page, err := newTestConnector(f, nil).FetchActivity(context.Background(), "2025-06-01T09:00:00Z")
		if err != nil {
			t.Fatal(err)
		}
		if len(page.Items) != 1 || page.Items[0].Ref.ID != "r2" || page.Cursor != `{"t":"2025-06-01T10:00:00Z","ids":["r2"]}` {
			t.Errorf("page = %+v", page)
		}
	})
}

func TestPostMetrics(t *testing.T) {
	fields := step{Method: "GET", Path: "/v23.0/9001", Params: map[string]string{"fields": "like_count,comments_count"}, Body: `{"like_count":40,"comments_count":6,"id":"9001"}`}
	insight := func(metric string) map[string]string { return map[string]string{"metric": metric} }
	refused := `{"error":{"message":"(#100) metric[0] must be one of the following values: reach, saved, shares, total_interactions","type":"OAuthException","code":100}}`
	tests := []struct {
		name string
		ins  []step
		want int64
	}{
		{"views from insights, asked on their own", []step{{Method: "GET", Path: "/v23.0/9001/insights", Params: insight("views"),
			Body: `{"data":[{"name":"views","period":"lifetime","values":[{"value":512}]}]}`}}, 512},
		{"views refused: reach, asked on its own", []step{
			{Method: "GET", Path: "/v23.0/9001/insights", Params: insight("views"), Status: 400, Body: refused},
			{Method: "GET", Path: "/v23.0/9001/insights", Params: insight("reach"), Body: `{"data":[{"name":"reach","period":"lifetime","values":[{"value":300}]}]}`},
		}, 300},
		{"insights failing leaves impressions -1", []step{
			{Method: "GET", Path: "/v23.0/9001/insights", Params: insight("views"), Status: 400,
				Body: `{"error":{"message":"(#10) Not enough viewers for the media to show insights","type":"OAuthException","code":10}}`},
			{Method: "GET", Path: "/v23.0/9001/insights", Params: insight("reach"), Status: 400,
				Body: `{"error":{"message":"(#10) Not enough viewers for the media to show insights","type":"OAuthException","code":10}}`},
		}, -1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeGraph(t, append([]step{fields}, tc.ins...)...)
			got, err := newTestConnector(f, nil).PostMetrics(context.Background(), []accounts.Ref{{ID: "9001"}})
			if err != nil {
				t.Fatal(err)
			}
			want := accounts.PostMetrics{Ref: accounts.Ref{ID: "9001"}, Likes: 40, Replies: 6, Reposts: -1, Quotes: -1, Impressions: tc.want}
			if got[0] != want {
				t.Errorf("got %+v, want %+v", got[0], want)
			}
		})
	}
}

func TestPostMetricsLeavesOutADeletedPost(t *testing.T) {
	f := newFakeGraph(t,
		step{Method: "GET", Path: "/v23.0/9009", Params: map[string]string{"fields": "like_count,comments_count"}, Status: 400,
			Body: `{"error":{"message":"Unsupported get request. Object with ID '9009' does not exist, cannot be loaded due to missing permissions, or does not support this operation.","type":"GraphMethodException","code":100,"error_subcode":33,"fbtrace_id":"X"}}`},
		step{Method: "GET", Path: "/v23.0/9001", Params: map[string]string{"fields": "like_count,comments_count"}, Body: `{"like_count":40,"comments_count":6,"id":"9001"}`},
		step{Method: "GET", Path: "/v23.0/9001/insights", Params: map[string]string{"metric": "views"}, Body: `{"data":[{"name":"views","values":[{"value":5}]}]}`},
	)
	got, err := newTestConnector(f, nil).PostMetrics(context.Background(), []accounts.Ref{{ID: "9009"}, {ID: "9001"}})
	if err != nil || len(got) != 1 || got[0].Ref.ID != "9001" || got[0].Impressions != 5 {
		t.Fatalf("got %+v, %v", got, err)
	}
}

func TestAccountMetricsAndRecentPosts(t *testing.T) {
	f := newFakeGraph(t,
		step{Method: "GET", Path: "/v23.0/1784", Params: map[string]string{"fields": "followers_count"}, Body: `{"followers_count":830,"id":"1784"}`},
		step{Method: "GET", Path: "/v23.0/1784/media", Params: map[string]string{"fields": "id,caption,timestamp,permalink", "limit": "3"},
			Body: `{"data":[{"id":"9001","caption":"Meet the team","timestamp":"2025-06-01T08:00:00+0000","permalink":"https://www.instagram.com/p/ABC123/"}]}`},
	)
	c := newTestConnector(f, nil)
	m, err := c.AccountMetrics(context.Background())
	if err != nil || m.Followers != 830 {
		t.Fatalf("metrics = %+v, %v", m, err)
	}
	posts, err := c.RecentPosts(context.Background(), 3)
	if err != nil || len(posts) != 1 || posts[0].ID != "9001" || posts[0].Text != "Meet the team" || posts[0].URL != "https://www.instagram.com/p/ABC123/" {
		t.Fatalf("posts = %+v, %v", posts, err)
	}
}

// The Graph error classification is package facebook's; these check the
// Instagram connector goes through it.
func TestGraphErrorsAreClassified(t *testing.T) {
	tests := []struct {
		name   string
		status int
		header map[string]string
		body   string
		kind   accounts.ErrorKind
		retry  time.Duration
	}{
		{"code 190 on a 400 asks to reconnect", 400, nil, `{"error":{"message":"Error validating access token","type":"OAuthException","code":190}}`, accounts.KindAuth, 0},
		{"code 4 waits the business use case estimate", 400,
			map[string]string{"X-Business-Use-Case-Usage": `{"1784":[{"type":"instagram","call_count":100,"estimated_time_to_regain_access":7}]}`},
			`{"error":{"message":"(#4) Application request limit reached","type":"OAuthException","code":4}}`, accounts.KindRateLimited, 7 * time.Minute},
		{"code 100 is rejected", 400, nil, `{"error":{"message":"Only photo or video can be accepted as media type.","type":"OAuthException","code":100,"error_subcode":2207052}}`, accounts.KindRejected, 0},
		{"500 is transient", 500, nil, `{"error":{"message":"Service temporarily unavailable","code":2}}`, accounts.KindTransient, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeGraph(t, step{Method: "GET", Path: "/v23.0/1784/content_publishing_limit", Status: tc.status, Header: tc.header, Body: tc.body})
			_, err := newTestConnector(f, hostAt("https://h/")).Publish(context.Background(), accounts.Post{Images: []accounts.Image{img("x.jpg", "")}})
			var e *accounts.Error
			if !errors.As(err, &e) || e.Kind != tc.kind {
				t.Fatalf("err = %v, want %v", err, tc.kind)
			}
			if tc.retry != 0 && e.RetryAfter != tc.retry {
				t.Errorf("RetryAfter = %v, want %v", e.RetryAfter, tc.retry)
			}
			if strings.Contains(err.Error(), testToken) {
				t.Errorf("error shows the token")
			}
		})
	}
}

func TestLimits(t *testing.T) {
	l, _ := New(Config{}).Limits(context.Background())
	if l != (accounts.Limits{MaxChars: 2200, MaxImages: 10}) {
		t.Errorf("Limits = %+v", l)
	}
}

func TestCancelScheduledIsRefused(t *testing.T) {
	err := newTestConnector(newFakeGraph(t), nil).CancelScheduled(context.Background(), accounts.Ref{ID: "1789"}) // the fake fails on any request
	want := accounts.Error{Kind: accounts.KindRejected, Network: network.Instagram, Op: "cancel scheduled post", Message: "Instagram has no scheduled posts to cancel"}
	if e, ok := err.(*accounts.Error); !ok || *e != want {
		t.Errorf("CancelScheduled = %#v, want %#v", err, &want)
	}
}
