package ui

import (
	"context"
	"fmt"
	"image/png"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/carepost/carepost/stats"
	"github.com/carepost/carepost/store"
	"github.com/carepost/carepost/wiring"
)

// demoPost is one synthetic post of the demo year.
type demoPost struct {
	template, text string
	story          bool
	appeal         int64 // how much it tends to be liked
}

var demoPosts = []demoPost{
	{"health-tip", "Five small habits for a healthy heart this winter: walk, sleep, drink water, laugh, and get your check-up. #HealthTip #Heart", false, 30},
	{"vaccination-clinic", "Flu shots are in! Walk in any weekday morning, no appointment needed. #FluShots", false, 45},
	{"event-workshop", "Join our free diabetes cooking class on Saturday at 10 am in the community room. #Community #Diabetes", false, 25},
	{"patient-story", "\"The team helped me walk again after my knee surgery.\" Shared with written permission. #PatientStory", true, 60},
	{"holiday-closure", "We are closed on Thursday for the holiday and open again Friday at 8 am.", false, 8},
	{"job-opening", "We're hiring a front-desk coordinator who loves people. Apply at maplegrove.example/jobs. #Hiring", false, 12},
	{"mental-health-support", "It's okay not to be okay. Our counsellors have same-week appointments: call (555) 010-0100. #MentalHealth", false, 35},
	{"", "Parking lot repaving on Monday: please use the Orchard Lane entrance.", false, 5},
}

// seedDemoYear publishes a year of synthetic posts on three accounts, with
// snapshots as the schedule would have taken them, followers every day,
// and a few held and failed posts: the dashboard and the summary the
// README shows.
func seedDemoYear(t *testing.T, ws *wiring.Services, end time.Time) {
	t.Helper()
	ctx := context.Background()
	now := store.Stamp(end)
	exec := func(q string, args ...any) int64 {
		t.Helper()
		res, err := ws.DB.ExecContext(ctx, q, args...)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		id, _ := res.LastInsertId()
		return id
	}
	exec(`INSERT INTO consents (id, reference, signed_on, scope_text, created_at, updated_at) VALUES (1, 'AUTH-2026-014', '2026-01-10', 1, ?, ?)`, now, now)
	type acct struct {
		id              int64
		net, name       string
		reach, follower int64
	}
	accts := []acct{
		{0, "facebook", "Maple Grove Family Clinic", 3, 1240},
		{0, "mastodon", "@maplegrove@social.example", 1, 310},
		{0, "bluesky", "maplegrove.example", 2, 520},
	}
	for i := range accts {
		accts[i].id = exec(`INSERT INTO accounts (network, handle, display_name, keychain_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
			accts[i].net, accts[i].name, accts[i].name, fmt.Sprint("demo-", i), now, now)
	}
	loc, _ := time.LoadLocation("America/New_York")
	rng := rand.New(rand.NewPCG(7, 11))
	start := end.AddDate(-1, 0, 0)
	n := 0
	for day := start; day.Before(end); day = day.AddDate(0, 0, 1) {
		local := day.In(loc)
		if local.Weekday() != time.Tuesday && local.Weekday() != time.Thursday && local.Weekday() != time.Saturday {
			continue
		}
		hour := []int{9, 12, 17}[rng.IntN(3)]
		at := time.Date(local.Year(), local.Month(), local.Day(), hour, 0, 0, 0, loc)
		post := demoPosts[rng.IntN(len(demoPosts))]
		consent := any(nil)
		if post.story {
			consent = 1
		}
		draft := exec(`INSERT INTO drafts (body, status, template_key, patient_story, consent_id, created_at, updated_at) VALUES (?, 'ready', ?, ?, ?, ?, ?)`,
			post.text, post.template, post.story, consent, store.Stamp(at), store.Stamp(at))
		for _, a := range accts {
			n++
			pub := exec(`INSERT INTO publications (draft_id, account_id, due_at, zone, state, idempotency_key, created_at, updated_at)
				VALUES (?, ?, ?, 'America/New_York', 'queued', ?, ?, ?)`, draft, a.id, store.Stamp(at), fmt.Sprint("demo-", n), store.Stamp(at), store.Stamp(at))
			remote := fmt.Sprint(100000 + n)
			exec(`UPDATE publications SET state = 'published', remote_id = ?, remote_url = ?, sent_text = ?, published_at = ? WHERE id = ?`,
				remote, "https://social.example/@maplegrove/"+remote, post.text, store.Stamp(at), pub)
			// Better at 09:00 on Tuesdays; growing over the year.
			boost := int64(1)
			if hour == 9 && local.Weekday() == time.Tuesday {
				boost = 2
			}
			growth := 1 + at.Sub(start).Hours()/24/365
			likes := int64(float64(post.appeal*a.reach*boost)*growth/3) + rng.Int64N(6)
			var views any
			if a.net == "facebook" {
				views = likes * 14
			}
			var quotes any
			if a.net == "bluesky" {
				quotes = likes / 12
			}
			for _, age := range []time.Duration{time.Hour, 24 * time.Hour, 7 * 24 * time.Hour} {
				taken := at.Add(age)
				if taken.After(end) {
					break
				}
				frac := map[time.Duration]float64{time.Hour: 0.4, 24 * time.Hour: 0.85, 7 * 24 * time.Hour: 1}[age]
				l := int64(float64(likes) * frac)
				exec(`INSERT INTO post_snapshots (publication_id, taken_at, likes, reposts, replies, quotes, views) VALUES (?, ?, ?, ?, ?, ?, ?)`,
					pub, store.Stamp(taken), l, l/5, l/8, quotes, views)
				exec(`INSERT OR REPLACE INTO post_latest (publication_id, taken_at, likes, reposts, replies, quotes, views, network, published_at, template_key, patient_story, labels)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, pub, store.Stamp(taken), l, l/5, l/8, quotes, views, a.net, store.Stamp(at), post.template, post.story,
					demoLabels(post.text))
			}
		}
		if n%40 == 0 {
			exec(`INSERT INTO publish_log (publication_id, at, event, detail) VALUES (?, ?, 'held', 'waiting for approval')`, n, store.Stamp(at))
		}
	}
	// The inbox: a few messages a day, most answered within hours (counts
	// only: the summary never shows a message or its author).
	item := 0
	for day := start; day.Before(end); day = day.AddDate(0, 0, 1) {
		for i := 0; i < 1+rng.IntN(3); i++ {
			item++
			created := day.Add(time.Duration(9+rng.IntN(9)) * time.Hour)
			answered := ""
			if rng.IntN(10) < 8 {
				answered = store.Stamp(created.Add(time.Duration(20+rng.IntN(300)) * time.Minute))
			}
			exec(`INSERT INTO inbox_items (account_id, network, remote_id, kind, created_at, fetched_at, answered_at) VALUES (?, ?, ?, 'comment', ?, ?, ?)`,
				accts[item%len(accts)].id, accts[item%len(accts)].net, fmt.Sprint("c", item), store.Stamp(created), store.Stamp(created), answered)
		}
	}
	for day := start; day.Before(end); day = day.AddDate(0, 0, 1) {
		for _, a := range accts {
			grown := a.follower + int64(day.Sub(start).Hours()/24*float64(a.reach)/3)
			exec(`INSERT INTO account_snapshots (account_id, taken_at, day, network, account_name, followers) VALUES (?, ?, ?, ?, ?, ?)`,
				a.id, store.Stamp(day), day.In(loc).Format(time.DateOnly), a.net, a.name, grown)
		}
	}
}

func demoLabels(text string) string {
	tags := ""
	for _, w := range []string{"#healthtip", "#heart", "#flushots", "#community", "#diabetes", "#patientstory", "#hiring", "#mentalhealth"} {
		if containsFold(text, w) {
			if tags != "" {
				tags += " "
			}
			tags += w
		}
	}
	return tags
}

func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		match := true
		for j := 0; j < len(sub); j++ {
			a, b := s[i+j], sub[j]
			if 'A' <= a && a <= 'Z' {
				a += 'a' - 'A'
			}
			if a != b {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}

// TestDashboardPicture draws the dashboard of a demo year at 1024×640 and
// writes it, with that month's PDF summary, where CAREPOST_PICTURES says
// (scripts/stats-pictures.sh turns the summary's first page into a PNG
// for the README). Skipped otherwise.
func TestDashboardPicture(t *testing.T) {
	dir := os.Getenv("CAREPOST_PICTURES")
	if dir == "" {
		t.Skip("set CAREPOST_PICTURES=DIR to draw the dashboard for the README")
	}
	svc, acc := newFlowService(t, true)
	ws := wiredFor(svc)
	loc, _ := time.LoadLocation("America/New_York")
	end := time.Date(2026, 12, 1, 0, 0, 0, 0, loc)
	seedDemoYear(t, ws, end)

	m := newFlowWindow(t, svc, acc)
	fyne.CurrentApp().Settings().SetTheme(theme.LightTheme())
	m.UseStats(ws.Stats())
	ds := m.dashboard
	q := newUIQueue()
	ds.do = q.post
	m.Window.Resize(fyne.NewSize(1024, 640))
	m.nav.Select(sectionDashboard)
	q.until(t, "the month on screen", func() bool { return ds.month != nil })
	ds.picker.SetSelectedIndex(indexOf(ds.months, stats.MonthID{Year: 2026, Month: time.November}))
	q.until(t, "November", func() bool { return ds.month != nil && ds.month.Name == "2026-11" })
	img := m.Window.Canvas().Capture()
	f, err := os.Create(filepath.Join(dir, "dashboard.png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
	if _, err := ws.Stats().Export(context.Background(), stats.MonthID{Year: 2026, Month: time.November}, dir, []stats.Format{stats.FormatPDF}, nil); err != nil {
		t.Fatal(err)
	}
}

func indexOf(ms []stats.MonthID, m stats.MonthID) int {
	for i, x := range ms {
		if x == m {
			return i
		}
	}
	return 0
}
