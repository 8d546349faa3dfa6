package stats

import (
	"context"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/carepost/carepost/network"
	"github.com/carepost/carepost/store"
)

// seedNovember is a November 2026 in New York, where daylight saving ends
// on 1 November: the month runs from 04:00 UTC on 1 November to 05:00 UTC
// on 1 December. Every figure the tests expect is worked out by hand in
// the comments.
func seedNovember(t *testing.T) (*testEnv, map[string]int64) {
	e := newTestEnv(t)
	ctx := context.Background()
	masto := e.addAccount(network.Mastodon, "Maple Grove")
	sky := e.addAccount(network.Bluesky, "maplegrove.example")
	fb := e.addAccount(network.Facebook, "Maple Grove Family Clinic")
	now := store.Stamp(e.now)
	e.exec(`INSERT INTO templates (key, name, category, body, created_at, updated_at) VALUES
		('flu-tips', 'Flu tips', 'Health tip', 'x', ?, ?), ('event-invite', 'Event invitation', 'Event', 'x', ?, ?)`, now, now, now, now)
	e.exec(`INSERT INTO consents (id, reference, signed_on, scope_text, created_at, updated_at) VALUES (1, 'C-0001', '2026-10-01', 1, ?, ?)`, now, now)

	utc := func(s string) time.Time {
		tm, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return tm
	}
	ids := map[string]int64{}
	var delDraft int64
	// A: 31 Oct 23:30 EDT: October.
	ids["A"], _ = e.publish(masto, utc("2026-11-01T03:30:00Z"), "A", "Autumn hours.", "", 0)
	// B: 1 Nov 00:30 EDT: November; a patient story with consent 1.
	ids["B"], _ = e.publish(masto, utc("2026-11-01T04:30:00Z"), "B", "A story shared with consent.", "", 1)
	// C: 30 Nov 23:30 EST, which is 1 December in UTC: November.
	ids["C"], _ = e.publish(sky, utc("2026-12-01T04:30:00Z"), "at://did:plc:x/app.bsky.feed.post/C", "Join our health fair!", "event-invite", 0)
	// D: 1 Dec 00:00 EST: December, not in the month.
	ids["D"], _ = e.publish(masto, utc("2026-12-01T05:00:00Z"), "D", "December.", "", 0)
	// E: its draft is deleted after publishing.
	ids["E"], delDraft = e.publish(sky, utc("2026-11-10T15:00:00Z"), "at://did:plc:x/app.bsky.feed.post/E", "#FluShots are here", "flu-tips", 0)
	// F: deleted on the network after its first counts.
	ids["F"], _ = e.publish(masto, utc("2026-11-12T15:00:00Z"), "F", "Parking update.", "", 0)
	// G: Facebook, with views.
	ids["G"], _ = e.publish(fb, utc("2026-11-17T14:00:00Z"), "G", "Walk-in #FluShots today at the #Clinic", "flu-tips", 0)
	// H: published, never measured.
	ids["H"], _ = e.publish(masto, utc("2026-11-20T14:00:00Z"), "H", "Thanksgiving hours.", "", 0)

	// Counts (likes, reposts, replies, quotes, views; -1 not reported).
	e.nets[masto].set("A", 6, 1, 1, -1, -1)                                // 8
	e.nets[masto].set("B", 10, 2, 1, -1, -1)                               // 13
	e.nets[sky].set("at://did:plc:x/app.bsky.feed.post/C", 5, 1, 0, 2, -1) // 8+2 = 10 (quotes count)
	e.nets[masto].set("D", 50, 50, 50, -1, -1)                             // December
	e.nets[sky].set("at://did:plc:x/app.bsky.feed.post/E", 7, 3, 2, 0, -1) // 12
	e.nets[masto].set("F", 4, 0, 0, -1, -1)                                // 4
	e.nets[fb].set("G", 20, 5, 3, -1, 400)                                 // 28, 400 views
	e.nets[masto].followers, e.nets[sky].followers, e.nets[fb].followers = 100, 50, -1

	// Followers: Mastodon 100 on 31 Oct (local), 110 mid-month, 120 on
	// 30 Nov 23:30 EST, 130 after the month; Bluesky first counted on
	// 5 Nov (50); Facebook never reports them.
	e.exec(`INSERT INTO account_snapshots (account_id, taken_at, day, network, account_name, followers) VALUES
		(?, ?, '2026-10-31', 'mastodon', 'Maple Grove', 100),
		(?, ?, '2026-11-15', 'mastodon', 'Maple Grove', 110),
		(?, ?, '2026-11-30', 'mastodon', 'Maple Grove', 120),
		(?, ?, '2026-12-01', 'mastodon', 'Maple Grove', 130),
		(?, ?, '2026-11-05', 'bluesky', 'maplegrove.example', 50),
		(?, ?, '2026-11-10', 'facebook', 'Maple Grove Family Clinic', NULL)`,
		masto, store.Stamp(utc("2026-11-01T03:00:00Z")), masto, store.Stamp(utc("2026-11-15T12:00:00Z")),
		masto, store.Stamp(utc("2026-12-01T04:30:00Z")), masto, store.Stamp(utc("2026-12-01T06:00:00Z")),
		sky, store.Stamp(utc("2026-11-05T12:00:00Z")), fb, store.Stamp(utc("2026-11-10T12:00:00Z")))

	// A manual refresh on 5 December measures every post of the last 30
	// days; A (older) is measured by an earlier refresh.
	e.setNow(utc("2026-11-30T12:00:00Z"))
	if _, err := e.svc.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	e.nets[masto].remove("H")
	e.nets[masto].remove("F") // deleted on Mastodon
	e.setNow(utc("2026-12-05T15:00:00Z"))
	if _, err := e.svc.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	// E's draft is deleted after publishing: its template stays known.
	if err := e.drafts.DeleteDraft(ctx, delDraft); err != nil {
		t.Fatal(err)
	}
	// The safety record: one finding kept, one post held, one failed
	// (and one failed in October, not counted).
	e.exec(`INSERT INTO drafts (id, body, created_at, updated_at) VALUES (900, 'x', ?, ?)`, now, now)
	e.exec(`INSERT INTO privacy_overrides (draft_id, kind, text, reason, created_at) VALUES (900, 'name', 'Ann', 'Our doctor', ?)`,
		store.Stamp(utc("2026-11-03T15:00:00Z")))
	// Three findings fixed by editing in November (two names at once, a
	// phone), one on the last evening of October in New York (23:30 EDT is
	// 03:30 UTC on 1 November), which is October's.
	e.exec(`INSERT INTO privacy_fixes (draft_id, kind, n, fixed_at) VALUES (900, 'name', 2, ?), (900, 'phone', 1, ?), (900, 'date', 1, ?)`,
		store.Stamp(utc("2026-11-04T16:00:00Z")), store.Stamp(utc("2026-11-30T22:00:00Z")), store.Stamp(utc("2026-11-01T03:30:00Z")))
	e.exec(`INSERT INTO publish_log (publication_id, at, event) VALUES (?, ?, 'held'), (?, ?, 'failed'), (?, ?, 'failed')`,
		ids["H"], store.Stamp(utc("2026-11-19T15:00:00Z")), ids["F"], store.Stamp(utc("2026-11-12T14:00:00Z")),
		ids["A"], store.Stamp(utc("2026-10-20T14:00:00Z")))
	return e, ids
}

func TestMonthAgainstHandComputedFigures(t *testing.T) {
	e, _ := seedNovember(t)
	m, err := e.svc.Month(context.Background(), MonthID{2026, time.November})
	if err != nil {
		t.Fatal(err)
	}
	c := func(n int64) Count { return Count{N: n, Reported: true} }
	t.Run("the month in the clinic's zone, across the end of daylight saving", func(t *testing.T) {
		if m.Label != "November 2026" || m.Name != "2026-11" || m.Clinic != "Maple Grove Family Clinic" {
			t.Errorf("month %q %q %q", m.Label, m.Name, m.Clinic)
		}
		if got := m.To.Sub(m.From); got != 30*24*time.Hour+time.Hour {
			t.Errorf("November in New York lasts %v, want 30 days and an hour", got)
		}
		var texts []string
		for _, p := range m.Posts {
			texts = append(texts, p.Text[:1])
		}
		// B "A story", E "#FluShots", F "Parking", G "Walk-in", H "Thanksgiving", C "Join"
		if got := strings.Join(texts, ""); got != "A#PWTJ" {
			t.Errorf("posts of the month (first letters) = %q, want A#PWTJ (B E F G H C)", got)
		}
	})
	t.Run("totals", func(t *testing.T) {
		want := Figures{Posts: 6, Measured: 5, Likes: c(46), Reposts: c(11), Replies: c(6), Quotes: c(2), Views: c(400),
			Engagement: 65, PerPost: 13, FollowersStart: c(150), FollowersEnd: c(170), FollowerChange: c(20)}
		if m.Total != want {
			t.Errorf("total\n got %+v\nwant %+v", m.Total, want)
		}
		prev := Figures{Posts: 1, Measured: 1, Likes: c(6), Reposts: c(1), Replies: c(1), Engagement: 8, PerPost: 8,
			FollowersStart: c(100), FollowersEnd: c(100), FollowerChange: c(0)}
		if m.PrevTotal != prev {
			t.Errorf("previous month\n got %+v\nwant %+v", m.PrevTotal, prev)
		}
	})
	t.Run("per network", func(t *testing.T) {
		got := map[network.Network]Figures{}
		var order []network.Network
		for _, n := range m.Networks {
			got[n.Network] = n.This
			order = append(order, n.Network)
		}
		if len(order) != 3 || order[0] != network.Mastodon || order[1] != network.Bluesky || order[2] != network.Facebook {
			t.Errorf("networks %v", order)
		}
		if f := got[network.Mastodon]; f.Posts != 3 || f.Measured != 2 || f.Likes != c(14) || f.Engagement != 17 || f.Quotes.Reported || f.Views.Reported || f.FollowerChange != c(20) {
			t.Errorf("mastodon %+v", f)
		}
		if f := got[network.Bluesky]; f.Posts != 2 || f.Engagement != 20 || f.Quotes != c(2) || f.FollowerChange != c(0) {
			t.Errorf("bluesky %+v", f)
		}
		if f := got[network.Facebook]; f.Posts != 1 || f.Engagement != 28 || f.Views != c(400) || f.FollowersEnd.Reported || f.FollowerChange.Reported {
			t.Errorf("facebook %+v: followers never reported must stay not reported", f)
		}
	})
	t.Run("top posts", func(t *testing.T) {
		var got []int64
		for _, p := range m.Top {
			got = append(got, p.Engagement)
		}
		if len(got) != 5 || got[0] != 28 || got[1] != 13 || got[2] != 12 || got[3] != 8 || got[4] != 4 {
			t.Errorf("top engagement %v, want [28 13 12 8 4]", got)
		}
		if m.Top[0].URL != "https://social.example/G" || !strings.Contains(m.Top[0].Text, "Walk-in") {
			t.Errorf("top post %+v", m.Top[0])
		}
	})
	t.Run("what strikes a chord, with the posts behind each", func(t *testing.T) {
		rows := func(rs []ChordRow) map[string]ChordRow {
			out := map[string]ChordRow{}
			for _, r := range rs {
				out[r.Name] = r
			}
			return out
		}
		tpl, cat, lab := rows(m.ByTemplate), rows(m.ByCategory), rows(m.ByLabel)
		check := func(what string, got ChordRow, posts int, perPost float64) {
			t.Helper()
			if got.Posts != posts || math.Abs(got.PerPost-perPost) > 0.01 {
				t.Errorf("%s = %+v, want %d posts at %.2f", what, got, posts, perPost)
			}
		}
		// A 8, B 13, F 4 without a template; E 12 and G 28 from Flu tips
		// (E's draft is deleted); C 8 from Event invitation.
		check("Flu tips", tpl["Flu tips"], 2, 20)
		check("Event invitation", tpl["Event invitation"], 1, 8)
		check("No template", tpl[NoTemplate], 3, 25.0/3)
		check("Health tip", cat["Health tip"], 2, 20)
		check("Event", cat["Event"], 1, 8)
		check("Patient story", cat[CategoryPatientStory], 1, 13)
		check("Other", cat["Other"], 2, 6)
		check("#flushots", lab["#flushots"], 2, 20)
		check("#clinic", lab["#clinic"], 1, 28)
		if m.ByTemplate[0].Name != "Flu tips" {
			t.Errorf("best template first: %+v", m.ByTemplate)
		}
	})
	t.Run("best time says plainly there are too few posts", func(t *testing.T) {
		if m.Best.Enough || m.Best.Posts != 6 || !strings.Contains(m.Best.Note, "Too few posts") {
			t.Errorf("best time %+v", m.Best)
		}
	})
	t.Run("trend", func(t *testing.T) {
		last, prev := m.Trend[len(m.Trend)-1], m.Trend[len(m.Trend)-2]
		if len(m.Trend) != 12 || last.Name != "2026-11" || last.Engagement != 65 || prev.Name != "2026-10" || prev.Engagement != 8 {
			t.Errorf("trend %+v", m.Trend)
		}
		if last.ByNetwork[network.Bluesky] != 20 {
			t.Errorf("trend by network %+v", last.ByNetwork)
		}
	})
	t.Run("accounts", func(t *testing.T) {
		if len(m.Accounts) != 3 {
			t.Fatalf("accounts %+v", m.Accounts)
		}
		a := m.Accounts[0]
		if a.Network != network.Mastodon || a.Posts != 3 || a.FollowersStart != c(100) || a.FollowersEnd != c(120) || a.Likes != c(14) {
			t.Errorf("mastodon account %+v", a)
		}
		if f := m.Accounts[2]; f.Network != network.Facebook || f.FollowersEnd.Reported {
			t.Errorf("facebook account %+v", f)
		}
	})
	t.Run("safety record and inbox", func(t *testing.T) {
		want := Safety{FindingsKept: 1, FindingsFixed: Count{3, true}, ConsentsUsed: 1, Held: 1, Failed: 1}
		if m.Safety != want {
			t.Errorf("safety %+v, want %+v", m.Safety, want)
		}
		if m.Inbox.Available {
			t.Error("inbox figures without an inbox")
		}
		if !m.HasData {
			t.Error("HasData false")
		}
	})
}

type fixedInbox map[int64]InboxPeriod // by the period's start (Unix)

func (f fixedInbox) InboxFigures(_ context.Context, from, _ time.Time) (InboxPeriod, error) {
	return f[from.Unix()], nil
}

func TestMonthInboxAndEmptyMonth(t *testing.T) {
	e := newTestEnv(t)
	ctx := context.Background()
	m, err := e.svc.Month(ctx, MonthID{2026, time.March})
	if err != nil {
		t.Fatal(err)
	}
	if m.HasData || len(m.Posts) != 0 || m.Total.Likes.Reported || m.Total.PerPost != 0 {
		t.Errorf("empty month %+v", m.Total)
	}
	// March 2026 in New York gains daylight saving on the 8th.
	if got := m.To.Sub(m.From); got != 31*24*time.Hour-time.Hour {
		t.Errorf("March lasts %v", got)
	}
	loc, _ := time.LoadLocation("America/New_York")
	from, _ := MonthID{2026, time.March}.Bounds(loc)
	prev, _ := MonthID{2026, time.February}.Bounds(loc)
	e.svc.Inbox = fixedInbox{from.Unix(): {Items: Count{12, true}, Answered: 10, MedianFirstResponse: 90 * time.Minute}, prev.Unix(): {Items: Count{4, true}}}
	m, err = e.svc.Month(ctx, MonthID{2026, time.March})
	if err != nil {
		t.Fatal(err)
	}
	if !m.Inbox.Available || m.Inbox.This.Items.N != 12 || m.Inbox.Prev.Items.N != 4 || !m.HasData {
		t.Errorf("inbox %+v", m.Inbox)
	}
}

func TestParseMonth(t *testing.T) {
	tests := []struct {
		in, want, err string
	}{
		{"2026-11", "November 2026", ""},
		{"2026-01", "January 2026", ""},
		{"2026-13", "", "there is no month 13"},
		{"2026-00", "", "there is no month 0"},
		{"2026-1", "", "YYYY-MM"},
		{"November", "", "YYYY-MM"},
		{"+026-11", "", "YYYY-MM"},
		{"", "", "YYYY-MM"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			m, err := ParseMonth(tt.in)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Errorf("ParseMonth(%q) = %v, %v; want error with %q", tt.in, m, err, tt.err)
				}
				return
			}
			if err != nil || m.Label() != tt.want {
				t.Errorf("ParseMonth(%q) = %v, %v", tt.in, m.Label(), err)
			}
		})
	}
}

func TestHashtags(t *testing.T) {
	got := strings.Join(hashtags("#FluShots today! Visit #Clinic, not a#tag or #1 but #flushots again & #año"), " ")
	if got != "#flushots #clinic #año" {
		t.Errorf("hashtags = %q", got)
	}
}

// Posts before the month before are read from their latest counts alone:
// they count in the trend, the best time and what strikes a chord, with
// their template and hashtags as published, draft deleted or not.
func TestMonthYearBeforeCountsInTrendGridAndChord(t *testing.T) {
	e := newTestEnv(t)
	ctx := context.Background()
	masto := e.addAccount(network.Mastodon, "Maple Grove")
	now := store.Stamp(e.now)
	e.exec(`INSERT INTO templates (key, name, category, body, created_at, updated_at) VALUES ('flu-tips', 'Flu tips', 'Health tip', 'x', ?, ?)`, now, now)
	june := time.Date(2026, 6, 9, 13, 0, 0, 0, time.UTC) // Tuesday 09:00 in New York
	_, draft := e.publish(masto, june, "J1", "Sun safety tips. #Summer #Skin", "flu-tips", 0)
	e.nets[masto].set("J1", 10, 4, 2, -1, -1)
	e.setNow(june.Add(2 * time.Hour))
	if _, err := e.svc.Collect(ctx); err != nil {
		t.Fatal(err)
	}
	if err := e.drafts.DeleteDraft(ctx, draft); err != nil {
		t.Fatal(err)
	}
	m, err := e.svc.Month(ctx, MonthID{2026, time.November})
	if err != nil {
		t.Fatal(err)
	}
	var juneTrend TrendPoint
	for _, p := range m.Trend {
		if p.Name == "2026-06" {
			juneTrend = p
		}
	}
	if juneTrend.Engagement != 16 || juneTrend.Posts != 1 || juneTrend.ByNetwork[network.Mastodon] != 16 {
		t.Errorf("June in the trend: %+v", juneTrend)
	}
	if c := m.Best.Cells[time.Tuesday][9]; c.Posts != 1 || c.PerPost != 16 || m.Best.Posts != 1 {
		t.Errorf("grid Tuesday 09:00 = %+v (posts %d)", c, m.Best.Posts)
	}
	if len(m.ByTemplate) != 1 || m.ByTemplate[0].Name != "Flu tips" || len(m.ByCategory) != 1 || m.ByCategory[0].Name != "Health tip" ||
		len(m.ByLabel) != 2 || m.ByLabel[0].Name != "#skin" {
		t.Errorf("chord %+v %+v %+v", m.ByTemplate, m.ByCategory, m.ByLabel)
	}
	if len(m.Posts) != 0 || m.Total.Posts != 0 || m.HasData {
		t.Errorf("June is not November: %+v", m.Total)
	}
}

// An account removed after the month keeps one row: its posts (which now
// carry only its network and name) and its follower history together.
func TestMonthKeepsARemovedAccountTogether(t *testing.T) {
	e, _ := seedNovember(t)
	ctx := context.Background()
	var id int64
	if err := e.db.QueryRow(`SELECT id FROM accounts WHERE network = 'mastodon'`).Scan(&id); err != nil {
		t.Fatal(err)
	}
	if err := e.acc.Remove(ctx, id); err != nil {
		t.Fatal(err)
	}
	m, err := e.svc.Month(ctx, MonthID{2026, time.November})
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Accounts) != 3 {
		t.Fatalf("accounts %+v", m.Accounts)
	}
	a := m.Accounts[0]
	if a.Network != network.Mastodon || a.Posts != 3 || a.Likes.N != 14 || a.FollowersStart.N != 100 || a.FollowersEnd.N != 120 {
		t.Errorf("removed account %+v", a)
	}
	if m.Total.Posts != 6 || m.Total.Engagement != 65 {
		t.Errorf("totals change when an account is removed: %+v", m.Total)
	}
}
