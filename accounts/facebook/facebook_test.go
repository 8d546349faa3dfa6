package facebook

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/accounts/facebook/graphtest"
	"github.com/carepost/carepost/network"
)

const (
	testToken = graphtest.Token
	testPage  = "1001"
)

var testNow = time.Date(2025, 6, 2, 9, 0, 0, 0, time.UTC)

// The fake Graph lives in graphtest, shared with the instagram tests.
type (
	step      = graphtest.Step
	fakeGraph = graphtest.Graph
)

func newFakeGraph(t *testing.T, steps ...step) *fakeGraph { return graphtest.New(t, steps...) }

func newTestConnector(f *fakeGraph) *Connector {
	return New(Config{
		GraphURL: f.URL(),
		PageID:   testPage,
		HTTP:     f.Client(),
		Creds:    accounts.Credentials{AccessToken: testToken},
		Now:      func() time.Time { return testNow },
	})
}

func jpeg(name, data, alt string) accounts.Image {
	return accounts.Image{Data: []byte(data), MIMEType: "image/jpeg", FileName: name, AltText: alt}
}

func TestPublish(t *testing.T) {
	tests := []struct {
		name    string
		post    accounts.Post
		steps   []step
		want    accounts.Published
		wantErr accounts.ErrorKind
	}{
		{
			name: "text post goes to the page feed",
			post: accounts.Post{Text: "Flu clinic Saturday 9-12."},
			steps: []step{{
				Method: "POST", Path: "/v23.0/1001/feed",
				Params: map[string]string{"message": "Flu clinic Saturday 9-12."},
				Absent: []string{"published", "scheduled_publish_time"},
				Body:   `{"id":"1001_555"}`,
			}},
			want: accounts.Published{Ref: accounts.Ref{ID: "1001_555", URL: "https://www.facebook.com/1001_555"}, At: testNow},
		},
		{
			name: "one picture is uploaded to photos with its caption and alt text",
			post: accounts.Post{Text: "Our new waiting room", Images: []accounts.Image{jpeg("room.jpg", "JPEGDATA", "Bright waiting room with six chairs")}},
			steps: []step{{
				Method: "POST", Path: "/v23.0/1001/photos",
				Params: map[string]string{"message": "Our new waiting room", "alt_text_custom": "Bright waiting room with six chairs"},
				Absent: []string{"published", "caption"},
				File:   "JPEGDATA",
				Body:   `{"id":"777","post_id":"1001_888"}`,
			}},
			want: accounts.Published{Ref: accounts.Ref{ID: "1001_888", URL: "https://www.facebook.com/1001_888"}, At: testNow},
		},
		{
			name: "several pictures are uploaded unpublished then attached to one feed post",
			post: accounts.Post{Text: "Open day", Images: []accounts.Image{jpeg("a.jpg", "AAA", ""), jpeg("b.jpg", "BBB", "Nurse at the desk")}},
			steps: []step{
				{Method: "POST", Path: "/v23.0/1001/photos", Params: map[string]string{"published": "false"}, Absent: []string{"temporary", "message", "alt_text_custom"}, File: "AAA", Body: `{"id":"p1"}`},
				{Method: "POST", Path: "/v23.0/1001/photos", Params: map[string]string{"published": "false", "alt_text_custom": "Nurse at the desk"}, File: "BBB", Body: `{"id":"p2"}`},
				{Method: "POST", Path: "/v23.0/1001/feed", Params: map[string]string{
					"message":           "Open day",
					"attached_media[0]": `{"media_fbid":"p1"}`,
					"attached_media[1]": `{"media_fbid":"p2"}`,
				}, Absent: []string{"published"}, Body: `{"id":"1001_999"}`},
			},
			want: accounts.Published{Ref: accounts.Ref{ID: "1001_999", URL: "https://www.facebook.com/1001_999"}, At: testNow},
		},
		{
			name: "a scheduled text post is sent unpublished with its unix time",
			post: accounts.Post{Text: "Reminder", ScheduleAt: testNow.Add(2 * time.Hour)},
			steps: []step{{
				Method: "POST", Path: "/v23.0/1001/feed",
				Params: map[string]string{"message": "Reminder", "published": "false", "scheduled_publish_time": "1748862000"},
				Body:   `{"id":"1001_42"}`,
			}},
			want: accounts.Published{Ref: accounts.Ref{ID: "1001_42", URL: "https://www.facebook.com/1001_42"}, Scheduled: true, At: testNow.Add(2 * time.Hour)},
		},
		{
			name: "a scheduled multi-picture post uploads temporary photos",
			post: accounts.Post{Text: "Later", ScheduleAt: testNow.Add(24 * time.Hour), Images: []accounts.Image{jpeg("a.jpg", "A", ""), jpeg("b.jpg", "B", "")}},
			steps: []step{
				{Method: "POST", Path: "/v23.0/1001/photos", Params: map[string]string{"published": "false", "temporary": "true"}, File: "A", Body: `{"id":"t1"}`},
				{Method: "POST", Path: "/v23.0/1001/photos", Params: map[string]string{"published": "false", "temporary": "true"}, File: "B", Body: `{"id":"t2"}`},
				{Method: "POST", Path: "/v23.0/1001/feed", Params: map[string]string{
					"published": "false", "scheduled_publish_time": "1748941200",
					"attached_media[0]": `{"media_fbid":"t1"}`, "attached_media[1]": `{"media_fbid":"t2"}`,
				}, Body: `{"id":"1001_43"}`},
			},
			want: accounts.Published{Ref: accounts.Ref{ID: "1001_43", URL: "https://www.facebook.com/1001_43"}, Scheduled: true, At: testNow.Add(24 * time.Hour)},
		},
		{name: "scheduling 5 minutes ahead is refused without a request", post: accounts.Post{Text: "x", ScheduleAt: testNow.Add(5 * time.Minute)}, wantErr: accounts.KindRejected},
		{name: "scheduling 76 days ahead is refused without a request", post: accounts.Post{Text: "x", ScheduleAt: testNow.Add(76 * 24 * time.Hour)}, wantErr: accounts.KindRejected},
		{name: "scheduling in the past is refused without a request", post: accounts.Post{Text: "x", ScheduleAt: testNow.Add(-time.Hour)}, wantErr: accounts.KindRejected},
		{name: "eleven pictures are refused without a request", post: accounts.Post{Text: "x", Images: make([]accounts.Image, 11)}, wantErr: accounts.KindRejected},
		{name: "text over 63,206 characters is refused without a request", post: accounts.Post{Text: strings.Repeat("a", 63207)}, wantErr: accounts.KindRejected},
		{name: "an empty post is refused without a request", post: accounts.Post{Text: "  "}, wantErr: accounts.KindRejected},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeGraph(t, tc.steps...)
			got, err := newTestConnector(f).Publish(context.Background(), tc.post)
			if tc.wantErr != 0 {
				if k := accounts.ErrorKindOf(err); k != tc.wantErr {
					t.Fatalf("error kind = %v (%v), want %v", k, err, tc.wantErr)
				}
				var e *accounts.Error
				errors.As(err, &e)
				if e.Message == "" {
					t.Errorf("a refusal needs a plain message")
				}
				if f.Requests() != 0 {
					t.Errorf("refusal sent %d requests", f.Requests())
				}
				return
			}
			if err != nil {
				t.Fatalf("Publish: %v", err)
			}
			if got != tc.want {
				t.Errorf("Published = %+v, want %+v", got, tc.want)
			}
		})
	}
}

func TestScheduleWindowEdgesAreAccepted(t *testing.T) {
	for _, ahead := range []time.Duration{MinScheduleAhead, MaxScheduleAhead} {
		t.Run(ahead.String(), func(t *testing.T) {
			f := newFakeGraph(t, step{Method: "POST", Path: "/v23.0/1001/feed", Params: map[string]string{"published": "false"}, Body: `{"id":"1001_1"}`})
			if _, err := newTestConnector(f).Publish(context.Background(), accounts.Post{Text: "x", ScheduleAt: testNow.Add(ahead)}); err != nil {
				t.Fatal(err)
			}
		})
	}
}

func TestReply(t *testing.T) {
	tests := []struct {
		name string
		to   accounts.Ref
		path string
	}{
		{"answering a comment posts to the comment's comments", accounts.Ref{ID: "1001_555_9"}, "/v23.0/1001_555_9/comments"},
		{"answering a post comments on the post", accounts.Ref{ID: "1001_555"}, "/v23.0/1001_555/comments"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeGraph(t, step{Method: "POST", Path: tc.path, Params: map[string]string{"message": "Thank you!"}, Body: `{"id":"c1"}`})
			got, err := newTestConnector(f).Reply(context.Background(), tc.to, accounts.ReplyPost{Text: "Thank you!"})
			if err != nil {
				t.Fatal(err)
			}
			if got.ID != "c1" || !got.At.Equal(testNow) {
				t.Errorf("got %+v", got)
			}
		})
	}
}

func TestFetchActivity(t *testing.T) {
	feed := step{Method: "GET", Path: "/v23.0/1001/feed",
		Params: map[string]string{"fields": "id,created_time", "limit": "25"},
		Body:   `{"data":[{"id":"1001_1","created_time":"2025-06-01T10:00:00+0000"},{"id":"1001_2","created_time":"2025-05-01T10:00:00+0000"}]}`}
	commentParams := map[string]string{"filter": "stream", "order": "reverse_chronological", "fields": "id,message,from,created_time,parent,permalink_url", "limit": "100"}
	noMessages := conversationsStep(`{"data":[]}`)

	t.Run("comments and replies map to activity, the page's own are left out, cursor is the newest time", func(t *testing.T) {
		f := newFakeGraph(t, feed,
			step{Method: "GET", Path: "/v23.0/1001_1/comments", Params: commentParams, Body: `{"data":[
				{"id":"1001_1_3","message":"Thanks, see you there","from":{"id":"1001","name":"Clinic"},"created_time":"2025-06-01T12:30:00+0000","parent":{"id":"1001_1_2"}},
				{"id":"1001_1_2","message":"Do I need to book?","from":{"id":"77","name":"Ann Lee"},"created_time":"2025-06-01T12:00:00+0000","parent":{"id":"1001_1_1"}},
				{"id":"1001_1_1","message":"Great!","from":{"id":"78","name":"Bo Chan"},"created_time":"2025-06-01T11:00:00+0000"}
			],"paging":{"cursors":{"before":"b","after":"a1"}}}`},
			step{Method: "GET", Path: "/v23.0/1001_2/comments", Params: commentParams, Body: `{"data":[]}`},
			noMessages,
		)
		page, err := newTestConnector(f).FetchActivity(context.Background(), "")
		if err != nil {
			t.Fatal(err)
		}
		if page.Cursor != `{"t":"2025-06-01T12:30:00Z","ids":["1001_1_3"]}` {
			t.Errorf("cursor = %q", page.Cursor)
		}
		if len(page.Items) != 2 {
			t.Fatalf("items = %+v", page.Items)
		}
		r, c := page.Items[0], page.Items[1]
		if r.Kind != accounts.ActivityReply || r.Ref.ID != "1001_1_2" || r.AuthorName != "Ann Lee" || r.AuthorID != "77" || r.Text != "Do I need to book?" {
			t.Errorf("reply = %+v", r)
		}
		if c.Kind != accounts.ActivityComment || c.Ref.ID != "1001_1_1" || !c.CreatedAt.Equal(time.Date(2025, 6, 1, 11, 0, 0, 0, time.UTC)) {
			t.Errorf("comment = %+v", c)
		}
		if c.Subject == nil || c.Subject.ID != "1001_1" || c.Subject.URL != "https://www.facebook.com/1001_1" {
			t.Errorf("subject = %+v", c.Subject)
		}
		if c.Parent == nil || c.Parent.ID != "1001_1" || r.Parent == nil || r.Parent.ID != "1001_1_1" || r.Subject == nil || r.Subject.ID != "1001_1" {
			t.Errorf("parents: comment %+v, reply %+v (subject %+v)", c.Parent, r.Parent, r.Subject)
		}
		if r.Private || c.Private || len(page.Notes) != 0 {
			t.Errorf("comments are public: %+v; notes %v", page.Items, page.Notes)
		}
	})

	t.Run("only comments newer than the cursor come back, and paging stops at the first older one", func(t *testing.T) {
		f := newFakeGraph(t, feed,
			step{Method: "GET", Path: "/v23.0/1001_1/comments", Params: commentParams, Body: `{"data":[
				{"id":"n","message":"new","from":{"id":"5","name":"N"},"created_time":"2025-06-01T12:00:01+0000"},
				{"id":"o","message":"old","from":{"id":"5","name":"N"},"created_time":"2025-06-01T12:00:00+0000"}
			],"paging":{"cursors":{"after":"more"},"next":"https://graph.facebook.com/next"}}`},
			step{Method: "GET", Path: "/v23.0/1001_2/comments", Params: commentParams, Body: `{"data":[{"id":"x","message":"older","created_time":"2025-05-02T00:00:00+0000"}]}`},
			noMessages,
		)
		page, err := newTestConnector(f).FetchActivity(context.Background(), "2025-06-01T12:00:00Z")
		if err != nil {
			t.Fatal(err)
		}
		if len(page.Items) != 1 || page.Items[0].Ref.ID != "n" || page.Cursor != `{"t":"2025-06-01T12:00:01Z","ids":["n"]}` {
			t.Errorf("page = %+v", page)
		}
	})

	t.Run("following comment pages uses the after cursor", func(t *testing.T) {
		p2 := map[string]string{"after": "CUR2"}
		for k, v := range commentParams {
			p2[k] = v
		}
		f := newFakeGraph(t, feed,
			step{Method: "GET", Path: "/v23.0/1001_1/comments", Params: commentParams, Body: `{"data":[{"id":"a","message":"a","created_time":"2025-06-01T12:00:00+0000"}],"paging":{"cursors":{"after":"CUR2"},"next":"https://graph.facebook.com/v23.0/1001_1/comments?after=CUR2"}}`},
			step{Method: "GET", Path: "/v23.0/1001_1/comments", Params: p2, Body: `{"data":[{"id":"b","message":"b","created_time":"2025-06-01T11:00:00+0000"}]}`},
			step{Method: "GET", Path: "/v23.0/1001_2/comments", Params: commentParams, Body: `{"data":[]}`},
			noMessages,
		)
		page, err := newTestConnector(f).FetchActivity(context.Background(), "")
		if err != nil {
			t.Fatal(err)
		}
		if len(page.Items) != 2 {
			t.Errorf("items = %+v", page.Items)
		}
	})

	t.Run("nothing new keeps the cursor", func(t *testing.T) {
		f := newFakeGraph(t, feed,
			step{Method: "GET", Path: "/v23.0/1001_1/comments", Params: commentParams, Body: `{"data":[]}`},
			step{Method: "GET", Path: "/v23.0/1001_2/comments", Params: commentParams, Body: `{"data":[]}`},
			noMessages,
		)
		page, err := newTestConnector(f).FetchActivity(context.Background(), "2025-06-01T12:00:00Z")
		if err != nil {
			t.Fatal(err)
		}
		if page.Cursor != "2025-06-01T12:00:00Z" || len(page.Items) != 0 {
			t.Errorf("page = %+v", page)
		}
	})
}

func TestPostMetrics(t *testing.T) {
	fields := map[string]string{"fields": "reactions.summary(total_count),comments.summary(total_count),shares"}
	insight := func(metric string) map[string]string { return map[string]string{"metric": metric} }
	counts := `{"id":"1001_1","reactions":{"data":[],"summary":{"total_count":12}},"comments":{"data":[],"summary":{"total_count":3}},"shares":{"count":2}}`
	// Graph API's answer to a metric it does not know (or will not give).
	invalid := `{"error":{"message":"(#100) The value must be a valid insights metric","type":"OAuthException","code":100,"fbtrace_id":"X"}}`
	tests := []struct {
		name string
		ins  []step
		want accounts.PostMetrics
	}{
		{
			name: "views from the current metric, asked on its own",
			ins: []step{{Method: "GET", Path: "/v23.0/1001_1/insights", Params: insight("post_media_view"),
				Body: `{"data":[{"name":"post_media_view","period":"lifetime","values":[{"value":512}]}]}`}},
			want: accounts.PostMetrics{Ref: accounts.Ref{ID: "1001_1"}, Likes: 12, Replies: 3, Reposts: 2, Quotes: -1, Impressions: 512},
		},
		{
			name: "a refused metric falls back to unique views",
			ins: []step{
				{Method: "GET", Path: "/v23.0/1001_1/insights", Params: insight("post_media_view"), Status: 400, Body: invalid},
				{Method: "GET", Path: "/v23.0/1001_1/insights", Params: insight("post_total_media_view_unique"),
					Body: `{"data":[{"name":"post_total_media_view_unique","period":"lifetime","values":[{"value":340}]}]}`},
			},
			want: accounts.PostMetrics{Ref: accounts.Ref{ID: "1001_1"}, Likes: 12, Replies: 3, Reposts: 2, Quotes: -1, Impressions: 340},
		},
		{
			name: "every metric refused (page under 100 likes) leaves impressions -1, not an error",
			ins: []step{
				{Method: "GET", Path: "/v23.0/1001_1/insights", Params: insight("post_media_view"), Status: 400, Body: invalid},
				{Method: "GET", Path: "/v23.0/1001_1/insights", Params: insight("post_total_media_view_unique"), Status: 400, Body: invalid},
			},
			want: accounts.PostMetrics{Ref: accounts.Ref{ID: "1001_1"}, Likes: 12, Replies: 3, Reposts: 2, Quotes: -1, Impressions: -1},
		},
		{
			name: "no data for any metric leaves impressions -1",
			ins: []step{
				{Method: "GET", Path: "/v23.0/1001_1/insights", Params: insight("post_media_view"), Body: `{"data":[]}`},
				{Method: "GET", Path: "/v23.0/1001_1/insights", Params: insight("post_total_media_view_unique"), Body: `{"data":[]}`},
			},
			want: accounts.PostMetrics{Ref: accounts.Ref{ID: "1001_1"}, Likes: 12, Replies: 3, Reposts: 2, Quotes: -1, Impressions: -1},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeGraph(t, append([]step{{Method: "GET", Path: "/v23.0/1001_1", Params: fields, Body: counts}}, tc.ins...)...)
			got, err := newTestConnector(f).PostMetrics(context.Background(), []accounts.Ref{{ID: "1001_1"}})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 1 || got[0] != tc.want {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
		})
	}
	t.Run("a post nobody shared has zero reposts", func(t *testing.T) {
		f := newFakeGraph(t,
			step{Method: "GET", Path: "/v23.0/1001_1", Params: fields, Body: `{"id":"1001_1","reactions":{"summary":{"total_count":0}},"comments":{"summary":{"total_count":0}}}`},
			step{Method: "GET", Path: "/v23.0/1001_1/insights", Body: `{"data":[{"name":"post_media_view","values":[{"value":0}]}]}`})
		got, err := newTestConnector(f).PostMetrics(context.Background(), []accounts.Ref{{ID: "1001_1"}})
		if err != nil || got[0].Reposts != 0 {
			t.Errorf("got %+v, %v", got, err)
		}
	})
	t.Run("a post deleted on Facebook is left out, the others still count", func(t *testing.T) {
		f := newFakeGraph(t,
			step{Method: "GET", Path: "/v23.0/1001_9", Params: fields, Status: 400,
				Body: `{"error":{"message":"Unsupported get request. Object with ID '1001_9' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api","type":"GraphMethodException","code":100,"error_subcode":33,"fbtrace_id":"X"}}`},
			step{Method: "GET", Path: "/v23.0/1001_1", Params: fields, Body: counts},
			step{Method: "GET", Path: "/v23.0/1001_1/insights", Params: insight("post_media_view"), Body: `{"data":[{"name":"post_media_view","values":[{"value":9}]}]}`})
		got, err := newTestConnector(f).PostMetrics(context.Background(), []accounts.Ref{{ID: "1001_9"}, {ID: "1001_1"}})
		if err != nil || len(got) != 1 || got[0].Ref.ID != "1001_1" || got[0].Likes != 12 {
			t.Errorf("got %+v, %v", got, err)
		}
	})
	t.Run("the counts failing is an error", func(t *testing.T) {
		f := newFakeGraph(t, step{Method: "GET", Path: "/v23.0/1001_1", Status: 400, Body: `{"error":{"message":"Error validating access token: Session has expired","type":"OAuthException","code":190,"error_subcode":463}}`})
		_, err := newTestConnector(f).PostMetrics(context.Background(), []accounts.Ref{{ID: "1001_1"}})
		if accounts.ErrorKindOf(err) != accounts.KindAuth {
			t.Errorf("err = %v", err)
		}
	})
}

func TestAccountMetrics(t *testing.T) {
	tests := []struct {
		name, body string
		want       int64
	}{
		{"followers_count is the follower count", `{"followers_count":1520,"fan_count":1400,"id":"1001"}`, 1520},
		{"fan_count stands in when followers_count is missing", `{"fan_count":1400,"id":"1001"}`, 1400},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeGraph(t, step{Method: "GET", Path: "/v23.0/1001", Params: map[string]string{"fields": "followers_count,fan_count"}, Body: tc.body})
			got, err := newTestConnector(f).AccountMetrics(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if got.Followers != tc.want || !got.At.Equal(testNow) {
				t.Errorf("got %+v", got)
			}
		})
	}
}

func TestRecentPosts(t *testing.T) {
	f := newFakeGraph(t, step{Method: "GET", Path: "/v23.0/1001/posts",
		Params: map[string]string{"fields": "id,message,created_time,permalink_url", "limit": "5"},
		Body: `{"data":[
			{"id":"1001_2","message":"Second","created_time":"2025-06-01T10:00:00+0000","permalink_url":"https://www.facebook.com/clinic/posts/2"},
			{"id":"1001_1","created_time":"2025-05-01T10:00:00+0000"}]}`})
	got, err := newTestConnector(f).RecentPosts(context.Background(), 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].URL != "https://www.facebook.com/clinic/posts/2" || got[0].Text != "Second" ||
		got[1].URL != "https://www.facebook.com/1001_1" || !got[0].CreatedAt.Equal(time.Date(2025, 6, 1, 10, 0, 0, 0, time.UTC)) {
		t.Errorf("got %+v", got)
	}
}

func TestPagesForUser(t *testing.T) {
	const userToken = "EAAUserTok3n"
	params := map[string]string{"fields": "id,name,access_token,tasks", "limit": "100"}
	page2 := map[string]string{"fields": "id,name,access_token,tasks", "limit": "100", "after": "QVFI"}
	f := newFakeGraph(t,
		step{Method: "GET", Path: "/v23.0/me/accounts", Params: params, Token: userToken,
			Body: `{"data":[{"access_token":"PT1","category":"Medical","name":"North Clinic","id":"11","tasks":["ANALYZE","ADVERTISE","MODERATE","CREATE_CONTENT"]}],
			"paging":{"cursors":{"before":"B","after":"QVFI"},"next":"https://graph.facebook.com/v23.0/me/accounts?access_token=x&after=QVFI"}}`},
		step{Method: "GET", Path: "/v23.0/me/accounts", Params: page2, Token: userToken,
			Body: `{"data":[{"access_token":"PT2","name":"South Clinic","id":"12","tasks":["MODERATE"]}],"paging":{"cursors":{"before":"C","after":"D"}}}`},
	)
	pages, err := PagesForUser(context.Background(), f.Client(), f.URL(), userToken)
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 2 || pages[0].ID != "11" || pages[0].Name != "North Clinic" || pages[0].AccessToken != "PT1" ||
		len(pages[0].Tasks) != 4 || pages[1].AccessToken != "PT2" {
		t.Errorf("pages = %#v", pages)
	}
	if s := pages[0].String(); strings.Contains(s, "PT1") {
		t.Errorf("Page prints its token: %s", s)
	}
}

func TestGraphErrors(t *testing.T) {
	tests := []struct {
		name      string
		status    int
		header    map[string]string
		body      string
		kind      accounts.ErrorKind
		retry     time.Duration
		message   string
		noMessage bool
	}{
		{name: "code 190 on a 400 is an expired token", status: 400,
			body: `{"error":{"message":"Error validating access token: Session has expired on Sunday.","type":"OAuthException","code":190,"error_subcode":463,"fbtrace_id":"A1"}}`,
			kind: accounts.KindAuth},
		{name: "code 190 on a 401 is an expired token", status: 401,
			body: `{"error":{"message":"Invalid OAuth access token.","type":"OAuthException","code":190,"fbtrace_id":"A2"}}`,
			kind: accounts.KindAuth},
		{name: "code 200 permission removed asks to reconnect", status: 403,
			body: `{"error":{"message":"(#200) Permissions error","type":"OAuthException","code":200}}`,
			kind: accounts.KindAuth},
		{name: "code 4 without usage headers waits the default", status: 400,
			body: `{"error":{"message":"(#4) Application request limit reached","type":"OAuthException","code":4,"is_transient":true}}`,
			kind: accounts.KindRateLimited, retry: DefaultRateLimitWait},
		{name: "code 17 waits Retry-After", status: 400, header: map[string]string{"Retry-After": "120"},
			body: `{"error":{"message":"(#17) User request limit reached","type":"OAuthException","code":17}}`,
			kind: accounts.KindRateLimited, retry: 2 * time.Minute},
		{name: "code 32 waits the business use case estimate", status: 400,
			header: map[string]string{"X-Business-Use-Case-Usage": `{"1001":[{"type":"pages","call_count":100,"total_cputime":20,"total_time":30,"estimated_time_to_regain_access":19}]}`},
			body:   `{"error":{"message":"(#32) Page request limit reached","type":"OAuthException","code":32}}`,
			kind:   accounts.KindRateLimited, retry: 19 * time.Minute},
		{name: "code 4 with app usage at 100% but no estimate waits the default", status: 400,
			header: map[string]string{"X-App-Usage": `{"call_count":100,"total_time":25,"total_cputime":25}`},
			body:   `{"error":{"message":"(#4) Application request limit reached","type":"OAuthException","code":4}}`,
			kind:   accounts.KindRateLimited, retry: DefaultRateLimitWait},
		{name: "code 80001 page throttling reads the estimate", status: 400,
			header: map[string]string{"X-Business-Use-Case-Usage": `{"1001":[{"type":"pages","call_count":101,"estimated_time_to_regain_access":5}]}`},
			body:   `{"error":{"message":"There have been too many calls to this Page account.","type":"OAuthException","code":80001,"error_subcode":2494055}}`,
			kind:   accounts.KindRateLimited, retry: 5 * time.Minute},
		{name: "500 is transient", status: 500, body: `{"error":{"message":"An unexpected error has occurred.","type":"OAuthException","code":1}}`,
			kind: accounts.KindTransient},
		{name: "code 2 on a 400 is transient", status: 400, body: `{"error":{"message":"An unexpected error has occurred. Please retry your request later.","type":"OAuthException","code":2,"is_transient":true}}`,
			kind: accounts.KindTransient},
		{name: "503 without a body is transient", status: 503, body: ``, kind: accounts.KindTransient},
		{name: "code 100 is rejected with Graph's words verbatim", status: 400,
			body: `{"error":{"message":"(#100) Invalid parameter","type":"OAuthException","code":100,"error_subcode":1363046,"fbtrace_id":"Z"}}`,
			kind: accounts.KindRejected, message: "(#100) Invalid parameter"},
		{name: "a duplicate post is rejected with both of Graph's messages", status: 400,
			body: `{"error":{"message":"(#506) Duplicate status message","type":"OAuthException","code":506,"error_user_title":"Duplicate","error_user_msg":"This status update is identical to the last one you posted."}}`,
			kind: accounts.KindRejected, message: "(#506) Duplicate status message — This status update is identical to the last one you posted."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeGraph(t, step{Method: "POST", Path: "/v23.0/1001/feed", Status: tc.status, Header: tc.header, Body: tc.body})
			_, err := newTestConnector(f).Publish(context.Background(), accounts.Post{Text: "hello"})
			var e *accounts.Error
			if !errors.As(err, &e) {
				t.Fatalf("err = %v, want *accounts.Error", err)
			}
			if e.Kind != tc.kind {
				t.Errorf("kind = %v, want %v (%v)", e.Kind, tc.kind, err)
			}
			if tc.retry != 0 && e.RetryAfter != tc.retry {
				t.Errorf("RetryAfter = %v, want %v", e.RetryAfter, tc.retry)
			}
			if tc.message != "" && e.Message != tc.message {
				t.Errorf("Message = %q, want %q", e.Message, tc.message)
			}
			if e.Status != tc.status {
				t.Errorf("Status = %d, want %d", e.Status, tc.status)
			}
			if strings.Contains(err.Error(), testToken) {
				t.Errorf("error shows the token: %v", err)
			}
		})
	}
}

func TestDroppedConnectionIsTransientAndHidesTheToken(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			buf := make([]byte, 4096)
			c.Read(buf)
			c.Close() // hang up without answering
		}
	}()
	c := New(Config{GraphURL: "http://" + ln.Addr().String() + "/v23.0", PageID: testPage,
		Creds: accounts.Credentials{AccessToken: testToken}, HTTP: &http.Client{Timeout: 5 * time.Second}})
	calls := map[string]func() error{
		"GET (token in the URL)": func() error { _, err := c.AccountMetrics(context.Background()); return err },
		"POST (token in the body)": func() error {
			_, err := c.Publish(context.Background(), accounts.Post{Text: "hi"})
			return err
		},
	}
	for name, call := range calls {
		t.Run(name, func(t *testing.T) {
			err := call()
			if accounts.ErrorKindOf(err) != accounts.KindTransient {
				t.Fatalf("err = %v, want transient", err)
			}
			if strings.HasPrefix(name, "GET") && !strings.Contains(err.Error(), "access_token=REDACTED") {
				t.Errorf("want the URL kept with its token redacted, got %v", err)
			}
			if strings.Contains(err.Error(), testToken) || strings.Contains(accounts.UserMessage(err), testToken) {
				t.Errorf("error shows the token: %v", err)
			}
		})
	}
}

func TestRedactURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://graph.facebook.com/v23.0/1001?access_token=SECRET&fields=id", "access_token=REDACTED"},
		{"https://graph.facebook.com/oauth/access_token?client_secret=S&fb_exchange_token=T", "client_secret=REDACTED"},
		{"%%bad url access_token=SECRET", "access_token=REDACTED"},
	}
	for _, tc := range tests {
		got := RedactURL(tc.in)
		if strings.Contains(got, "SECRET") || !strings.Contains(got, tc.want) {
			t.Errorf("RedactURL(%q) = %q", tc.in, got)
		}
	}
	// A transport error naming the URL must come out clean, yet still unwrap.
	err := redactErr(&urlErr{"https://x/v1?access_token=SECRET"}, "SECRET")
	if strings.Contains(err.Error(), "SECRET") {
		t.Errorf("redactErr = %v", err)
	}
	var u *urlErr
	if !errors.As(err, &u) {
		t.Errorf("redactErr lost its cause")
	}
}

type urlErr struct{ u string }

func (e *urlErr) Error() string { return "Get " + e.u + ": connection reset" }

func TestLimits(t *testing.T) {
	l, _ := New(Config{}).Limits(context.Background())
	want := accounts.Limits{MaxChars: 63206, MaxImages: 10, NativeScheduling: true, MinScheduleAhead: 10 * time.Minute, MaxScheduleAhead: 75 * 24 * time.Hour}
	if l != want {
		t.Errorf("Limits = %+v", l)
	}
}

func TestCancelScheduled(t *testing.T) {
	ref := accounts.Ref{ID: "1001_42", URL: "https://www.facebook.com/1001_42"} // what Publish returns for a scheduled post
	ctx := context.Background()

	t.Run("sends DELETE on the post id with the page token and no body", func(t *testing.T) {
		// graphtest checks the method, the path, the access_token in the
		// query and that no body is sent.
		f := newFakeGraph(t, step{Method: "DELETE", Path: "/v23.0/1001_42", Body: `{"success":true}`})
		if err := newTestConnector(f).CancelScheduled(ctx, ref); err != nil {
			t.Fatalf("CancelScheduled: %v", err)
		}
	})

	tests := []struct {
		name    string
		status  int
		body    string
		kind    accounts.ErrorKind
		message string
	}{
		{name: "a post that is already gone is rejected with Graph's words, for staff to check by hand", status: 400,
			body:    `{"error":{"message":"Unsupported delete request. Object with ID '1001_42' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api","type":"GraphMethodException","code":100,"error_subcode":33,"fbtrace_id":"AbC"}}`,
			kind:    accounts.KindRejected,
			message: "Unsupported delete request. Object with ID '1001_42' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api"},
		{name: "a 404 is rejected with Graph's words", status: 404,
			body: `{"error":{"message":"(#803) Some of the aliases you requested do not exist: 1001_42","type":"OAuthException","code":803}}`,
			kind: accounts.KindRejected, message: "(#803) Some of the aliases you requested do not exist: 1001_42"},
		{name: "401 asks to reconnect", status: 401,
			body: `{"error":{"message":"Invalid OAuth access token.","type":"OAuthException","code":190,"fbtrace_id":"A2"}}`,
			kind: accounts.KindAuth, message: "Invalid OAuth access token."},
		{name: "an expired token on a 400 asks to reconnect", status: 400,
			body: `{"error":{"message":"Error validating access token: Session has expired on Sunday.","type":"OAuthException","code":190,"error_subcode":463}}`,
			kind: accounts.KindAuth, message: "Error validating access token: Session has expired on Sunday."},
		{name: "500 is transient", status: 500,
			body: `{"error":{"message":"An unexpected error has occurred. Please retry your request later.","type":"OAuthException","code":2,"is_transient":true}}`,
			kind: accounts.KindTransient, message: "An unexpected error has occurred. Please retry your request later."},
		{name: "503 without a body is transient", status: 503, body: ``, kind: accounts.KindTransient},
		{name: "an answer without success is rejected for staff to check", status: 200, body: `{"success":false}`,
			kind: accounts.KindRejected, message: "Facebook did not confirm that the scheduled post was removed. Check the Page's scheduled posts."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeGraph(t, step{Method: "DELETE", Path: "/v23.0/1001_42", Status: tc.status, Body: tc.body})
			err := newTestConnector(f).CancelScheduled(ctx, ref)
			var e *accounts.Error
			if !errors.As(err, &e) {
				t.Fatalf("err = %v, want *accounts.Error", err)
			}
			if e.Kind != tc.kind || e.Network != network.Facebook || e.Op != "cancel scheduled post" {
				t.Errorf("kind=%v network=%q op=%q, want %v (%v)", e.Kind, e.Network, e.Op, tc.kind, err)
			}
			if tc.message != "" && e.Message != tc.message {
				t.Errorf("Message = %q, want %q", e.Message, tc.message)
			}
			if tc.status != 200 && e.Status != tc.status {
				t.Errorf("Status = %d, want %d", e.Status, tc.status)
			}
			if strings.Contains(err.Error(), testToken) {
				t.Errorf("error shows the token: %v", err)
			}
		})
	}

	t.Run("a dropped connection is transient, hides the token and is not sent again", func(t *testing.T) {
		var mu sync.Mutex
		deletes := 0
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.Method == http.MethodGet { // warms a kept-alive connection
				io.WriteString(w, `{}`)
				return
			}
			mu.Lock()
			deletes++
			mu.Unlock()
			conn, _, err := w.(http.Hijacker).Hijack()
			if err != nil {
				panic(err)
			}
			conn.Close()
		}))
		defer srv.Close()
		hc := srv.Client()
		if resp, err := hc.Get(srv.URL + "/warm"); err == nil {
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
		}
		c := New(Config{GraphURL: srv.URL + "/v23.0", PageID: testPage, HTTP: hc,
			Creds: accounts.Credentials{AccessToken: testToken}, Now: func() time.Time { return testNow }})
		err := c.CancelScheduled(ctx, ref)
		if accounts.ErrorKindOf(err) != accounts.KindTransient {
			t.Fatalf("err = %v, want transient", err)
		}
		if !strings.Contains(err.Error(), "access_token=REDACTED") {
			t.Errorf("want the URL kept with its token redacted, got %v", err)
		}
		if strings.Contains(err.Error(), testToken) || strings.Contains(accounts.UserMessage(err), testToken) {
			t.Errorf("error shows the token: %v", err)
		}
		mu.Lock()
		defer mu.Unlock()
		if deletes != 1 {
			t.Errorf("DELETE reached the server %d times, want 1", deletes)
		}
	})

	t.Run("a reference without an id is refused without a request", func(t *testing.T) {
		f := newFakeGraph(t)
		if err := newTestConnector(f).CancelScheduled(ctx, accounts.Ref{}); accounts.ErrorKindOf(err) != accounts.KindRejected {
			t.Fatalf("err = %v, want rejected", err)
		}
	})
}
