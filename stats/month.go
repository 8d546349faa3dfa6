package stats

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/carepost/carepost/network"
	"github.com/carepost/carepost/store"
)

// Count is a figure a network may not report. A count no post reported is
// "not reported", never 0.
type Count struct {
	N        int64
	Reported bool
}

func (c *Count) add(v sql.NullInt64) {
	if v.Valid {
		c.N += v.Int64
		c.Reported = true
	}
}

func (c *Count) plus(o Count) {
	if o.Reported {
		c.N += o.N
		c.Reported = true
	}
}

// String is the figure, or "not reported".
func (c Count) String() string {
	if !c.Reported {
		return "not reported"
	}
	return fmt.Sprint(c.N)
}

// CSV is the figure, or empty when not reported.
func (c Count) CSV() string {
	if !c.Reported {
		return ""
	}
	return fmt.Sprint(c.N)
}

// MarshalJSON is the number, or null when not reported.
func (c Count) MarshalJSON() ([]byte, error) {
	if !c.Reported {
		return []byte("null"), nil
	}
	return json.Marshal(c.N)
}

func countOf(v sql.NullInt64) Count { return Count{N: v.Int64, Reported: v.Valid} }

// Figures are one period's totals over some posts and accounts.
type Figures struct {
	Posts int `json:"posts"` // published
	// Measured is how many of them have counts (a snapshot); engagement
	// per post is over them.
	Measured int   `json:"measured"`
	Likes    Count `json:"likes"`
	Reposts  Count `json:"reposts"`
	Replies  Count `json:"replies"`
	Quotes   Count `json:"quotes"`
	Views    Count `json:"views"`
	// Engagement is likes + reposts + replies + quotes, of those reported.
	Engagement int64   `json:"engagement"`
	PerPost    float64 `json:"engagement_per_post"`
	// Followers at the month's start and end (the last snapshot before
	// each), and the change over accounts that reported both.
	FollowersStart Count `json:"followers_start"`
	FollowersEnd   Count `json:"followers_end"`
	FollowerChange Count `json:"follower_change"`
}

func (f *Figures) addPost(p *Post) {
	f.Posts++
	if !p.Measured {
		return
	}
	f.Measured++
	f.Likes.plus(p.Likes)
	f.Reposts.plus(p.Reposts)
	f.Replies.plus(p.Replies)
	f.Quotes.plus(p.Quotes)
	f.Views.plus(p.Views)
	f.Engagement += p.Engagement
	f.PerPost = perPost(f.Engagement, f.Measured)
}

func (f *Figures) addFollowers(start, end Count) {
	f.FollowersStart.plus(start)
	f.FollowersEnd.plus(end)
	if start.Reported && end.Reported {
		f.FollowerChange.plus(Count{N: end.N - start.N, Reported: true})
	}
}

func perPost(engagement int64, posts int) float64 {
	if posts == 0 {
		return 0
	}
	return float64(engagement) / float64(posts)
}

// NetworkFigures are one network's figures this month and the month before.
type NetworkFigures struct {
	Network network.Network `json:"network"`
	Label   string          `json:"label"`
	This    Figures         `json:"this_month"`
	Prev    Figures         `json:"previous_month"`
}

// Post is one publication with its latest counts.
type Post struct {
	PublicationID int64           `json:"publication_id"`
	Network       network.Network `json:"network"`
	Account       string          `json:"account"`
	accountKey    string
	PublishedAt   time.Time `json:"published_at"` // in the clinic's zone
	URL           string    `json:"url"`
	Text          string    `json:"text"`
	Template      string    `json:"template"`
	Category      string    `json:"category"`
	Labels        []string  `json:"labels"`
	Likes         Count     `json:"likes"`
	Reposts       Count     `json:"reposts"`
	Replies       Count     `json:"replies"`
	Quotes        Count     `json:"quotes"`
	Views         Count     `json:"views"`
	Engagement    int64     `json:"engagement"`
	// Measured: it has a snapshot. Gone: the network no longer has it
	// (deleted after publishing); its counts are its last ones.
	Measured  bool `json:"measured"`
	Gone      bool `json:"gone"`
	consentID sql.NullInt64
}

// AccountRow is one account over the month.
type AccountRow struct {
	Network        network.Network `json:"network"`
	Account        string          `json:"account"`
	FollowersStart Count           `json:"followers_start"`
	FollowersEnd   Count           `json:"followers_end"`
	Posts          int             `json:"posts"`
	Likes          Count           `json:"likes"`
	Reposts        Count           `json:"reposts"`
	Replies        Count           `json:"replies"`
	key            string
}

// ChordRow is engagement per post for one template, category or label,
// with how many posts it rests on.
type ChordRow struct {
	Name       string  `json:"name"`
	Posts      int     `json:"posts"`
	Engagement int64   `json:"engagement"`
	PerPost    float64 `json:"engagement_per_post"`
}

// GridCell is the posts published in one weekday × hour of the clinic's
// week, and their engagement per post.
type GridCell struct {
	Posts   int     `json:"posts"`
	PerPost float64 `json:"engagement_per_post"`
}

// MinPostsForBestTime is how many measured posts the weekday × hour grid
// needs before it names a best time.
const MinPostsForBestTime = 20

// BestTime is the weekday × hour grid over the 12 months to the month.
type BestTime struct {
	Posts   int             `json:"posts"` // measured posts behind the grid
	Enough  bool            `json:"enough"`
	Weekday time.Weekday    `json:"weekday"` // the best cell, when Enough
	Hour    int             `json:"hour"`
	Cells   [7][24]GridCell `json:"cells"` // [Sunday..Saturday][hour]
	// Note says it plainly: the best time, or that there are too few posts.
	Note string `json:"note"`
}

// TrendPoint is one month's engagement, in total and per network.
type TrendPoint struct {
	Month      MonthID                   `json:"-"`
	Name       string                    `json:"month"`
	Posts      int                       `json:"posts"` // with counts
	Engagement int64                     `json:"engagement"`
	ByNetwork  map[network.Network]int64 `json:"by_network"`
}

// InboxMonth is the inbox this month and the one before, when the inbox
// provides its figures.
type InboxMonth struct {
	Available bool        `json:"available"`
	This      InboxPeriod `json:"this_month"`
	Prev      InboxPeriod `json:"previous_month"`
}

// Safety is the month's safety record, from what CarePost keeps.
type Safety struct {
	// FindingsKept: privacy findings staff kept, with their reason.
	FindingsKept int `json:"findings_kept"`
	// FindingsFixed: findings staff fixed by editing the text (a save
	// that has fewer of a kind than the save before; drafts.SaveDraft).
	FindingsFixed Count `json:"findings_fixed"`
	ConsentsUsed  int   `json:"consents_used"` // consents behind the month's posts
	Held          int   `json:"held"`          // posts held back by a gate
	Failed        int   `json:"failed"`        // posts that failed
}

// Month is every figure of one month: the dashboard, the PDF summary and
// both CSVs show these and nothing else.
type Month struct {
	ID     MonthID   `json:"-"`
	Name   string    `json:"month"` // "2026-11"
	Label  string    `json:"label"` // "November 2026"
	Clinic string    `json:"clinic"`
	Zone   string    `json:"zone"`
	From   time.Time `json:"from"` // first instant, in the clinic's zone
	To     time.Time `json:"to"`   // the next month's first instant

	Total     Figures          `json:"total"`
	PrevTotal Figures          `json:"previous_total"`
	Networks  []NetworkFigures `json:"networks"`

	Posts    []Post       `json:"posts"` // every publication of the month, oldest first
	Top      []Post       `json:"top_posts"`
	Accounts []AccountRow `json:"accounts"`

	// Over the 12 months to this one: engagement by month, the best
	// time to post, and what strikes a chord.
	Trend      []TrendPoint `json:"trend"`
	Best       BestTime     `json:"best_time"`
	ByTemplate []ChordRow   `json:"by_template"`
	ByCategory []ChordRow   `json:"by_category"`
	ByLabel    []ChordRow   `json:"by_label"`

	Inbox  InboxMonth `json:"inbox"`
	Safety Safety     `json:"safety"`

	// HasData is false when the month has no post, no follower count and
	// no inbox item.
	HasData bool `json:"has_data"`
}

// TopPosts is how many posts the month lists as its best.
const TopPosts = 5

// TrendMonths is how many months the trend, the grid and what strikes a
// chord look back over (the month itself included).
const TrendMonths = 12

// CategoryPatientStory is the category of posts marked as a patient story.
const CategoryPatientStory = "Patient story"

// NoTemplate names posts written without a template.
const NoTemplate = "No template"

// Month computes every figure of month m, in the clinic's time zone.
func (s *Service) Month(ctx context.Context, m MonthID) (*Month, error) {
	loc, err := s.clinic.Zone(ctx)
	if err != nil {
		return nil, err
	}
	out := &Month{ID: m, Name: m.String(), Label: m.Label(), Zone: loc.String()}
	if p, err := s.clinic.Profile(ctx); err == nil {
		out.Clinic = p.Name
	}
	out.From, out.To = m.Bounds(loc)
	prevFrom, _ := m.Add(-1).Bounds(loc)
	windowFrom, _ := m.Add(-(TrendMonths - 1)).Bounds(loc)

	templates := map[string][2]string{} // key → name, category
	if ts, err := s.clinic.Templates(ctx); err == nil {
		for _, t := range ts {
			templates[t.Key] = [2]string{t.Name, t.Category}
		}
	}
	trend := map[MonthID]*TrendPoint{}
	for i := 0; i < TrendMonths; i++ {
		id := m.Add(i - (TrendMonths - 1))
		trend[id] = &TrendPoint{Month: id, Name: id.String(), ByNetwork: map[network.Network]int64{}}
		out.Trend = append(out.Trend, TrendPoint{})
	}
	byNet := map[network.Network]*NetworkFigures{}
	netFig := func(n network.Network) *NetworkFigures {
		if f, ok := byNet[n]; ok {
			return f
		}
		f := &NetworkFigures{Network: n, Label: n.Label()}
		byNet[n] = f
		return f
	}
	accts := map[string]*AccountRow{}
	acct := func(key string, n network.Network, name string) *AccountRow {
		if a, ok := accts[key]; ok {
			return a
		}
		a := &AccountRow{Network: n, Account: name, key: key}
		accts[key] = a
		return a
	}
	chord := newChords()
	var grid [7][24]struct {
		posts int
		eng   int64
	}
	gridPosts := 0
	visit := func(p *Post) {
		at := p.PublishedAt
		if tp := trend[MonthOf(at, loc)]; tp != nil && p.Measured {
			tp.Posts++
			tp.Engagement += p.Engagement
			tp.ByNetwork[p.Network] += p.Engagement
		}
		if p.Measured {
			grid[at.Weekday()][at.Hour()].posts++
			grid[at.Weekday()][at.Hour()].eng += p.Engagement
			gridPosts++
			chord.add(p)
		}
		switch {
		case !at.Before(out.From):
			out.Posts = append(out.Posts, *p)
			out.Total.addPost(p)
			netFig(p.Network).This.addPost(p)
			a := acct(p.accountKey, p.Network, p.Account)
			a.Posts++
			if p.Measured {
				a.Likes.plus(p.Likes)
				a.Reposts.plus(p.Reposts)
				a.Replies.plus(p.Replies)
			}
		case !at.Before(prevFrom):
			out.PrevTotal.addPost(p)
			netFig(p.Network).Prev.addPost(p)
		}
	}
	if err := s.posts(ctx, windowFrom, prevFrom, out.To, loc, templates, visit); err != nil {
		return nil, err
	}
	for i := range out.Trend {
		out.Trend[i] = *trend[m.Add(i-(TrendMonths-1))]
	}

	// Followers, per account, this month and the one before.
	followers, err := s.followers(ctx, out.To)
	if err != nil {
		return nil, err
	}
	for _, f := range followers {
		start, end := f.start(out.From, out.To), f.at(out.To)
		pstart, pend := f.start(prevFrom, out.From), f.at(out.From)
		if !start.Reported && !end.Reported && !pend.Reported {
			continue
		}
		a := acct(f.key, f.network, f.name)
		a.FollowersStart, a.FollowersEnd = start, end
		out.Total.addFollowers(start, end)
		out.PrevTotal.addFollowers(pstart, pend)
		nf := netFig(f.network)
		nf.This.addFollowers(start, end)
		nf.Prev.addFollowers(pstart, pend)
	}
	for _, n := range network.All {
		if f, ok := byNet[n]; ok {
			out.Networks = append(out.Networks, *f)
		}
	}
	// The posts of an account removed since carry its network and name
	// only: they join the follower history recorded under the same ones.
	for key, a := range accts {
		if !strings.HasPrefix(key, "name:") {
			continue
		}
		for other, b := range accts {
			if other != key && !strings.HasPrefix(other, "name:") && b.Network == a.Network && b.Account == a.Account {
				b.Posts += a.Posts
				b.Likes.plus(a.Likes)
				b.Reposts.plus(a.Reposts)
				b.Replies.plus(a.Replies)
				delete(accts, key)
				break
			}
		}
	}
	for _, a := range accts {
		out.Accounts = append(out.Accounts, *a)
	}
	sort.Slice(out.Accounts, func(i, j int) bool {
		a, b := out.Accounts[i], out.Accounts[j]
		if a.Network != b.Network {
			return networkOrder(a.Network) < networkOrder(b.Network)
		}
		return strings.ToLower(a.Account) < strings.ToLower(b.Account)
	})

	out.Top = topPosts(out.Posts, TopPosts)
	out.ByTemplate, out.ByCategory, out.ByLabel = chord.rows()

	out.Best.Posts = gridPosts
	for d := range grid {
		for h := range grid[d] {
			c := grid[d][h]
			out.Best.Cells[d][h] = GridCell{Posts: c.posts, PerPost: perPost(c.eng, c.posts)}
		}
	}
	out.Best.decide()

	if s.Inbox != nil {
		this, err := s.Inbox.InboxFigures(ctx, out.From, out.To)
		if err != nil {
			return nil, fmt.Errorf("reading the inbox's figures: %w", err)
		}
		prev, err := s.Inbox.InboxFigures(ctx, prevFrom, out.From)
		if err != nil {
			return nil, fmt.Errorf("reading the inbox's figures: %w", err)
		}
		out.Inbox = InboxMonth{Available: true, This: this, Prev: prev}
	}
	if out.Safety, err = s.safety(ctx, out.From, out.To, out.Posts); err != nil {
		return nil, err
	}
	out.HasData = len(out.Posts) > 0 || out.Total.FollowersEnd.Reported || out.Inbox.This.Items.N > 0 || out.Inbox.This.Answered > 0
	return out, nil
}

func networkOrder(n network.Network) int {
	for i, x := range network.All {
		if x == n {
			return i
		}
	}
	return len(network.All)
}

// posts hands visit the published posts of [from, to), oldest first.
// Those from full on are whole (text, link, account, and counts if any),
// read from the publications; earlier ones, needed only for the year's
// trend, best time and what strikes a chord, are the posts with counts,
// read from post_latest alone and handed over in one Post reused from row
// to row.
//
// The two reads run at once on two of the read pool's connections; the
// month's posts are collected meanwhile and visited after the year's.
func (s *Service) posts(ctx context.Context, from, full, to time.Time, loc *time.Location, templates map[string][2]string, visit func(*Post)) error {
	var whole []Post
	wholeErr := make(chan error, 1)
	go func() {
		wholeErr <- s.wholePosts(ctx, full, to, loc, templates, func(p *Post) { whole = append(whole, *p) })
	}()
	yearErr := s.yearPosts(ctx, from, full, loc, templates, visit)
	if err := <-wholeErr; err != nil {
		return err
	}
	if yearErr != nil {
		return yearErr
	}
	for i := range whole {
		visit(&whole[i])
	}
	return nil
}

// classify sets a post's template and category.
func classify(p *Post, tplKey []byte, story bool, templates map[string][2]string) {
	p.Template, p.Category = NoTemplate, "Other"
	if len(tplKey) > 0 {
		if t, ok := templates[string(tplKey)]; ok {
			p.Template = t[0]
			if t[1] != "" {
				p.Category = t[1]
			}
		} else {
			p.Template = string(tplKey)
		}
	}
	if story {
		p.Category = CategoryPatientStory
	}
}

func (p *Post) setCounts(likes, reposts, replies, quotes, views sql.NullInt64) {
	p.Likes, p.Reposts, p.Replies, p.Quotes, p.Views = countOf(likes), countOf(reposts), countOf(replies), countOf(quotes), countOf(views)
	if p.Measured && !p.Likes.Reported && !p.Reposts.Reported && !p.Replies.Reported && !p.Quotes.Reported && !p.Views.Reported {
		// Only a "gone" look, or a network that reports nothing: there
		// is nothing to count.
		p.Measured = false
	}
	p.Engagement = p.Likes.N + p.Reposts.N + p.Replies.N + p.Quotes.N
}

func (s *Service) yearPosts(ctx context.Context, from, to time.Time, loc *time.Location, templates map[string][2]string, visit func(*Post)) error {
	rows, err := s.db.Read().QueryContext(ctx, `
		SELECT network, published_at, template_key, patient_story, labels, likes, reposts, replies, quotes, views
		FROM post_latest WHERE published_at >= ? AND published_at < ? ORDER BY published_at`, store.Stamp(from), store.Stamp(to))
	if err != nil {
		return fmt.Errorf("reading the year's posts: %w", err)
	}
	defer rows.Close()
	nets := map[string]network.Network{}
	labelSets := map[string][]string{}
	var p Post
	// Declared once: RawBytes keep their buffers from row to row.
	var net, published, tplKey, labels sql.RawBytes
	var story bool
	var likes, reposts, replies, quotes, views sql.NullInt64
	for rows.Next() {
		if err := rows.Scan(&net, &published, &tplKey, &story, &labels, &likes, &reposts, &replies, &quotes, &views); err != nil {
			return fmt.Errorf("reading the year's posts: %w", err)
		}
		p = Post{Measured: true}
		n, ok := nets[string(net)]
		if !ok {
			n = network.Network(string(net))
			nets[string(net)] = n
		}
		p.Network = n
		at, _ := store.ParseStamp(string(published)) // written by store.Stamp
		p.PublishedAt = at.In(loc)
		p.setCounts(likes, reposts, replies, quotes, views)
		classify(&p, tplKey, story, templates)
		ls, ok := labelSets[string(labels)]
		if !ok {
			ls = strings.Fields(string(labels))
			labelSets[string(labels)] = ls
		}
		p.Labels = ls
		if p.Measured {
			visit(&p)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("reading the year's posts: %w", err)
	}
	return nil
}

func (s *Service) wholePosts(ctx context.Context, from, to time.Time, loc *time.Location, templates map[string][2]string, visit func(*Post)) error {
	rows, err := s.db.Read().QueryContext(ctx, `
		SELECT p.id, coalesce(p.account_id, 0), p.network, p.account_name, p.published_at, p.remote_url, p.sent_text,
		       coalesce(f.template_key, ''), coalesce(f.patient_story, 0), f.consent_id,
		       l.publication_id IS NOT NULL, l.likes, l.reposts, l.replies, l.quotes, l.views, coalesce(l.gone_at, '')
		FROM publications AS p
		LEFT JOIN post_facts AS f ON f.publication_id = p.id
		LEFT JOIN post_latest AS l ON l.publication_id = p.id
		WHERE p.state = 'published' AND p.published_at >= ? AND p.published_at < ?
		ORDER BY p.published_at, p.id`, store.Stamp(from), store.Stamp(to))
	if err != nil {
		return fmt.Errorf("reading the month's posts: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var p Post
		var accountID int64
		var net, published, tplKey, goneAt string
		var story bool
		var likes, reposts, replies, quotes, views sql.NullInt64
		if err := rows.Scan(&p.PublicationID, &accountID, &net, &p.Account, &published, &p.URL, &p.Text,
			&tplKey, &story, &p.consentID, &p.Measured, &likes, &reposts, &replies, &quotes, &views, &goneAt); err != nil {
			return fmt.Errorf("reading the month's posts: %w", err)
		}
		p.Network = network.Network(net)
		p.accountKey = accountKey(accountID, net, p.Account)
		at, _ := store.ParseStamp(published) // written by store.Stamp
		p.PublishedAt = at.In(loc)
		p.Gone = goneAt != ""
		p.setCounts(likes, reposts, replies, quotes, views)
		classify(&p, []byte(tplKey), story, templates)
		p.Labels = hashtags(p.Text)
		visit(&p)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("reading the month's posts: %w", err)
	}
	return nil
}

func accountKey(id int64, net, name string) string {
	if id != 0 {
		return fmt.Sprint("id:", id)
	}
	return "name:" + net + "/" + name
}

// hashtags are a post's labels: its hashtags, lower-cased, each once. A
// hashtag is "#" after a space, a line start or punctuation (not inside a
// word, a URL fragment or "&#"), then letters, digits and "_" with at
// least one letter. Written out rather than as a regular expression: the
// month reads every post of a year.
func hashtags(text string) []string {
	var out []string
	for i := 0; i < len(text); i++ {
		if text[i] != '#' {
			continue
		}
		if i > 0 {
			prev, _ := utf8.DecodeLastRuneInString(text[:i])
			if isTagRune(prev) || prev == '&' || prev == '/' {
				continue
			}
		}
		j, letter := i+1, false
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if !isTagRune(r) {
				break
			}
			letter = letter || unicode.IsLetter(r)
			j += size
		}
		if letter {
			tag := "#" + strings.ToLower(text[i+1:j])
			if !slices.Contains(out, tag) {
				out = append(out, tag)
			}
		}
		i = j - 1
	}
	return out
}

func isTagRune(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) }

type chords struct {
	template, category, label map[string]*ChordRow
}

func newChords() *chords {
	return &chords{template: map[string]*ChordRow{}, category: map[string]*ChordRow{}, label: map[string]*ChordRow{}}
}

func (c *chords) add(p *Post) {
	bump := func(m map[string]*ChordRow, name string) {
		r, ok := m[name]
		if !ok {
			r = &ChordRow{Name: name}
			m[name] = r
		}
		r.Posts++
		r.Engagement += p.Engagement
		r.PerPost = perPost(r.Engagement, r.Posts)
	}
	bump(c.template, p.Template)
	bump(c.category, p.Category)
	for _, l := range p.Labels {
		bump(c.label, l)
	}
}

func (c *chords) rows() (templates, categories, labels []ChordRow) {
	list := func(m map[string]*ChordRow) []ChordRow {
		out := make([]ChordRow, 0, len(m))
		for _, r := range m {
			out = append(out, *r)
		}
		sort.Slice(out, func(i, j int) bool {
			if out[i].PerPost != out[j].PerPost {
				return out[i].PerPost > out[j].PerPost
			}
			if out[i].Posts != out[j].Posts {
				return out[i].Posts > out[j].Posts
			}
			return out[i].Name < out[j].Name
		})
		return out
	}
	return list(c.template), list(c.category), list(c.label)
}

func topPosts(posts []Post, n int) []Post {
	var measured []Post
	for _, p := range posts {
		if p.Measured {
			measured = append(measured, p)
		}
	}
	sort.SliceStable(measured, func(i, j int) bool { return measured[i].Engagement > measured[j].Engagement })
	if len(measured) > n {
		measured = measured[:n]
	}
	return measured
}

var weekdayPlural = [7]string{"Sundays", "Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays"}

// decide names the best weekday and hour, or says there are too few posts.
func (b *BestTime) decide() {
	if b.Posts < MinPostsForBestTime {
		b.Note = fmt.Sprintf("Too few posts to say when is best: %d with counts in the last 12 months, and it takes at least %d.",
			b.Posts, MinPostsForBestTime)
		return
	}
	best, found := GridCell{}, false
	for d := range b.Cells {
		for h, c := range b.Cells[d] {
			// One post alone says little; a time needs two to count.
			if c.Posts < 2 {
				continue
			}
			if !found || c.PerPost > best.PerPost || (c.PerPost == best.PerPost && c.Posts > best.Posts) {
				best, found = c, true
				b.Weekday, b.Hour = time.Weekday(d), h
			}
		}
	}
	if !found {
		b.Note = fmt.Sprintf("No weekday and hour has two posts yet (%d posts in the last 12 months): try a few posts at the same time.", b.Posts)
		return
	}
	b.Enough = true
	b.Note = fmt.Sprintf("Best time so far: %s %02d:00–%02d:00, %.1f interactions per post (%d posts).",
		weekdayPlural[b.Weekday], b.Hour, (b.Hour+1)%24, best.PerPost, best.Posts)
}

// accountFollowers is one account's follower history, oldest first.
type accountFollowers struct {
	key     string
	network network.Network
	name    string
	at_     []time.Time
	count   []int64
}

// at is the followers at instant t: the last reported snapshot before t.
func (f accountFollowers) at(t time.Time) Count {
	i := sort.Search(len(f.at_), func(i int) bool { return !f.at_[i].Before(t) })
	if i == 0 {
		return Count{}
	}
	return Count{N: f.count[i-1], Reported: true}
}

// start is the followers at the start of [from, to): the last count
// before it, or for an account first counted during it, its first count.
func (f accountFollowers) start(from, to time.Time) Count {
	if c := f.at(from); c.Reported {
		return c
	}
	i := sort.Search(len(f.at_), func(i int) bool { return !f.at_[i].Before(from) })
	if i < len(f.at_) && f.at_[i].Before(to) {
		return Count{N: f.count[i], Reported: true}
	}
	return Count{}
}

// followers reads every account's reported follower counts before to.
func (s *Service) followers(ctx context.Context, to time.Time) ([]accountFollowers, error) {
	rows, err := s.db.Read().QueryContext(ctx, `
		SELECT account_id, network, account_name, taken_at, followers FROM account_snapshots
		WHERE taken_at < ? AND followers IS NOT NULL ORDER BY account_id, taken_at`, store.Stamp(to))
	if err != nil {
		return nil, fmt.Errorf("reading follower history: %w", err)
	}
	defer rows.Close()
	var out []accountFollowers
	for rows.Next() {
		var id, n int64
		var net, name, taken string
		if err := rows.Scan(&id, &net, &name, &taken, &n); err != nil {
			return nil, fmt.Errorf("reading follower history: %w", err)
		}
		key := accountKey(id, net, name)
		if len(out) == 0 || out[len(out)-1].key != key {
			out = append(out, accountFollowers{key: key, network: network.Network(net)})
		}
		f := &out[len(out)-1]
		f.name = name                    // the latest name it had
		at, _ := store.ParseStamp(taken) // written by store.Stamp
		f.at_ = append(f.at_, at)
		f.count = append(f.count, n)
	}
	return out, rows.Err()
}

// safety reads the month's safety record from the records CarePost keeps:
// kept privacy findings, the consents behind the month's posts, and the
// posts held back or failed.
func (s *Service) safety(ctx context.Context, from, to time.Time, posts []Post) (Safety, error) {
	var out Safety
	consents := map[int64]bool{}
	for _, p := range posts {
		if p.consentID.Valid {
			consents[p.consentID.Int64] = true
		}
	}
	out.ConsentsUsed = len(consents)
	f, t := store.Stamp(from), store.Stamp(to)
	err := s.db.Read().QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM privacy_overrides WHERE created_at >= ? AND created_at < ?),
		(SELECT coalesce(sum(n), 0) FROM privacy_fixes WHERE fixed_at >= ? AND fixed_at < ?),
		(SELECT count(DISTINCT publication_id) FROM publish_log WHERE event = 'held' AND at >= ? AND at < ?),
		(SELECT count(DISTINCT publication_id) FROM publish_log WHERE event = 'failed' AND at >= ? AND at < ?)`,
		f, t, f, t, f, t, f, t).Scan(&out.FindingsKept, &out.FindingsFixed.N, &out.Held, &out.Failed)
	out.FindingsFixed.Reported = true
	if err != nil {
		return out, fmt.Errorf("reading the safety record: %w", err)
	}
	return out, nil
}

// shorten cuts text to n characters on one line, for tables.
func shorten(text string, n int) string {
	text = strings.Join(strings.Fields(text), " ")
	if utf8.RuneCountInString(text) <= n {
		return text
	}
	r := []rune(text)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}
