package stats

import (
	"fmt"
	"io"
	"math"
	"strings"
	"time"
	"unicode"

	"codeberg.org/go-pdf/fpdf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"

	"github.com/carepost/carepost/network"
)

// The summary's page: A4 portrait, in millimetres.
const (
	pageW    = 210.0
	margin   = 15.0
	contentW = pageW - 2*margin
)

// NetworkColor is each network's colour in the charts (RGB), the same on
// the dashboard and in the PDF.
func NetworkColor(n network.Network) [3]uint8 {
	switch n {
	case network.Mastodon:
		return [3]uint8{99, 100, 255}
	case network.Bluesky:
		return [3]uint8{60, 170, 250}
	case network.Facebook:
		return [3]uint8{45, 70, 140}
	case network.Instagram:
		return [3]uint8{225, 48, 108}
	case network.LinkedIn:
		return [3]uint8{10, 102, 194}
	case network.X:
		return [3]uint8{60, 60, 60}
	case network.GBP:
		return [3]uint8{52, 168, 83}
	}
	return [3]uint8{128, 128, 128}
}

type pdfDoc struct {
	*fpdf.Fpdf
	m *Month
}

// WritePDF writes the month's summary: the cover with the clinic's name,
// the month written out and the key figures against the previous month;
// the charts; top posts and what strikes a chord; inbox responsiveness
// and the safety record. Only counts: no inbox text or author appears.
func WritePDF(w io.Writer, m *Month, generated time.Time) error {
	f := fpdf.New("P", "mm", "A4", "")
	f.AddUTF8FontFromBytes("go", "", goregular.TTF)
	f.AddUTF8FontFromBytes("go", "B", gobold.TTF)
	f.SetMargins(margin, margin, margin)
	f.SetAutoPageBreak(true, margin)
	title := "Monthly summary " + m.Label
	if m.Clinic != "" {
		title = m.Clinic + ": " + title
	}
	f.SetTitle(drawable(title), true)
	f.SetCreator("CarePost", true)
	f.SetCreationDate(generated)
	f.SetModificationDate(generated)
	d := &pdfDoc{Fpdf: f, m: m}
	d.SetFooterFunc(func() {
		d.SetY(-10)
		d.font("", 8)
		d.SetTextColor(120, 120, 120)
		d.CellFormat(0, 4, fmt.Sprintf("%s · %s · page %d", clinicName(m), m.Label, d.PageNo()), "", 0, "C", false, 0, "")
		d.SetTextColor(0, 0, 0)
	})
	d.cover(generated)
	if m.HasData {
		d.charts()
		d.posts()
		d.responsiveness()
	}
	return f.Output(w)
}

func (d *pdfDoc) font(style string, size float64) { d.SetFont("go", style, size) }

// CellFormat and MultiCell write only what the font can draw (see
// drawable): fpdf refuses a character outside it, and a post may hold
// any emoji.
func (d *pdfDoc) CellFormat(w, h float64, txt, border string, ln int, align string, fill bool, link int, linkStr string) {
	d.Fpdf.CellFormat(w, h, drawable(txt), border, ln, align, fill, link, linkStr)
}

func (d *pdfDoc) MultiCell(w, h float64, txt, border, align string, fill bool) {
	d.Fpdf.MultiCell(w, h, drawable(txt), border, align, fill)
}

func (d *pdfDoc) heading(text string) {
	if d.GetY() > 250 {
		d.AddPage()
	}
	d.Ln(3)
	d.font("B", 13)
	d.CellFormat(0, 8, text, "", 1, "L", false, 0, "")
	d.font("", 10)
}

func (d *pdfDoc) note(text string) {
	d.font("", 9)
	d.SetTextColor(80, 80, 80)
	d.MultiCell(0, 4.5, text, "", "L", false)
	d.SetTextColor(0, 0, 0)
	d.font("", 10)
}

// table draws rows under a header; widths in mm; the first column left,
// the others right-aligned.
func (d *pdfDoc) table(widths []float64, header []string, rows [][]string) {
	d.font("B", 9)
	d.SetFillColor(235, 238, 242)
	for i, h := range header {
		align := "R"
		if i == 0 {
			align = "L"
		}
		d.CellFormat(widths[i], 6, h, "B", 0, align, true, 0, "")
	}
	d.Ln(-1)
	d.font("", 9)
	for _, r := range rows {
		if d.GetY() > 275 {
			d.AddPage()
		}
		for i, c := range r {
			align := "R"
			if i == 0 {
				align = "L"
			}
			d.CellFormat(widths[i], 5.5, c, "", 0, align, false, 0, "")
		}
		d.Ln(-1)
	}
	d.font("", 10)
}

func (d *pdfDoc) cover(generated time.Time) {
	m := d.m
	d.AddPage()
	d.SetFillColor(34, 87, 122)
	d.Rect(0, 0, pageW, 52, "F")
	d.SetTextColor(255, 255, 255)
	d.SetXY(margin, 14)
	d.font("B", 22)
	d.CellFormat(contentW, 10, clinicName(m), "", 1, "L", false, 0, "")
	d.font("", 15)
	d.CellFormat(contentW, 9, "Social media summary for "+m.Label, "", 1, "L", false, 0, "")
	d.font("", 9)
	d.CellFormat(contentW, 6, fmt.Sprintf("Made by CarePost on %s. Months are calendar months in %s.", generated.Format("2 January 2006"), m.Zone), "", 1, "L", false, 0, "")
	d.SetTextColor(0, 0, 0)
	d.SetY(60)
	if !m.HasData {
		d.heading("No data for " + m.Label)
		d.note("CarePost recorded no published post, no follower count and no inbox message for " + m.Label +
			". If posts went out that month, open CarePost and press Refresh on the dashboard (or run carepost stats sync) while this computer is online, then export again.")
		return
	}
	prev := m.ID.Add(-1).Label()
	d.heading("Key figures")
	rows := keyFigureRows(m)
	d.table([]float64{62, 38, 38, 42}, []string{"", m.Label, prev, "Change"}, rows)
	d.note("Engagement is likes + reposts/shares + replies/comments + quotes, counted as the networks last reported them. " +
		"Engagement per post is over the posts with counts. \"not reported\" means the network does not give that figure.")

	d.heading("By network")
	var nrows [][]string
	for _, n := range m.Networks {
		nrows = append(nrows, []string{n.Label, fmt.Sprint(n.This.Posts), n.This.Likes.String(), n.This.Reposts.String(),
			n.This.Replies.String(), n.This.Views.String(), fmt.Sprintf("%.1f", n.This.PerPost), signed(n.This.FollowerChange),
			fmt.Sprintf("%.1f", n.Prev.PerPost)})
	}
	d.table([]float64{26, 14, 20, 20, 20, 22, 20, 20, 18}, []string{"Network", "Posts", "Likes", "Reposts", "Replies", "Views", "Eng./post", "Followers", "Before"}, nrows)
	d.note(`"Before" is engagement per post in ` + prev + ".")
}

// keyFigureRows are the key figures against the previous month, as the
// dashboard shows them too.
func keyFigureRows(m *Month) [][]string {
	t, p := m.Total, m.PrevTotal
	change := func(a, b Count) string {
		if !a.Reported || !b.Reported {
			return ""
		}
		return signedInt(a.N - b.N)
	}
	rows := [][]string{
		{"Posts published", fmt.Sprint(t.Posts), fmt.Sprint(p.Posts), signedInt(int64(t.Posts - p.Posts))},
		{"Likes", t.Likes.String(), p.Likes.String(), change(t.Likes, p.Likes)},
		{"Reposts and shares", t.Reposts.String(), p.Reposts.String(), change(t.Reposts, p.Reposts)},
		{"Replies and comments", t.Replies.String(), p.Replies.String(), change(t.Replies, p.Replies)},
		{"Views (where reported)", t.Views.String(), p.Views.String(), change(t.Views, p.Views)},
		{"Engagement", fmt.Sprint(t.Engagement), fmt.Sprint(p.Engagement), signedInt(t.Engagement - p.Engagement)},
		{"Engagement per post", fmt.Sprintf("%.1f", t.PerPost), fmt.Sprintf("%.1f", p.PerPost), fmt.Sprintf("%+.1f", t.PerPost-p.PerPost)},
		{"Follower change", signed(t.FollowerChange), signed(p.FollowerChange), ""},
		{"Followers at month end", t.FollowersEnd.String(), p.FollowersEnd.String(), change(t.FollowersEnd, p.FollowersEnd)},
	}
	in := m.Inbox
	if in.Available {
		rows = append(rows,
			[]string{"Inbox messages", inboxItems(in.This.Items), inboxItems(in.Prev.Items), change(in.This.Items, in.Prev.Items)},
			[]string{"Median first response", Duration(in.This), Duration(in.Prev), ""})
	} else {
		rows = append(rows, []string{"Inbox messages", "not available", "not available", ""},
			[]string{"Median first response", "not available", "not available", ""})
	}
	return rows
}

func inboxItems(c Count) string {
	if !c.Reported {
		return "not available"
	}
	return fmt.Sprint(c.N)
}

// KeyFigureRows are the key figures as label, this month, the month
// before and the change, for the dashboard.
func KeyFigureRows(m *Month) [][]string { return keyFigureRows(m) }

// Duration is a median first response in words, or "no replies yet".
func Duration(p InboxPeriod) string {
	if p.Answered == 0 {
		return "none answered"
	}
	d := p.MedianFirstResponse
	switch {
	case d < time.Hour:
		return fmt.Sprintf("%d min", int(d.Round(time.Minute)/time.Minute))
	case d < 48*time.Hour:
		return fmt.Sprintf("%.1f h", d.Hours())
	}
	return fmt.Sprintf("%.1f days", d.Hours()/24)
}

func signed(c Count) string {
	if !c.Reported {
		return "not reported"
	}
	return signedInt(c.N)
}

func signedInt(n int64) string {
	if n > 0 {
		return fmt.Sprintf("+%d", n)
	}
	return fmt.Sprint(n)
}

func (d *pdfDoc) charts() {
	m := d.m
	d.AddPage()
	d.heading("Engagement over the last 12 months")
	y := d.GetY() + 2
	d.trendChart(margin, y, contentW, 60)
	d.SetY(y + 66)
	d.legend()
	d.heading("This month by network (engagement per post; grey: " + m.ID.Add(-1).Label() + ")")
	y = d.GetY() + 2
	h := 8 * float64(max(1, len(m.Networks)))
	d.networkChart(margin, y, contentW, h)
	d.SetY(y + h + 2)
	d.heading("Best time to post (weekday × hour, last 12 months)")
	y = d.GetY() + 2
	d.gridChart(margin, y, contentW)
	d.SetY(y + 7*5.2 + 6)
	d.note(m.Best.Note)
}

func (d *pdfDoc) setFill(c [3]uint8) { d.SetFillColor(int(c[0]), int(c[1]), int(c[2])) }

// trendChart draws stacked bars of engagement per month, by network.
func (d *pdfDoc) trendChart(x, y, w, h float64) {
	m := d.m
	var top int64 = 1
	for _, p := range m.Trend {
		top = max(top, p.Engagement)
	}
	scale := niceCeil(top)
	d.SetDrawColor(200, 200, 200)
	d.font("", 7)
	axisW := 12.0
	for i := 0; i <= 4; i++ {
		ly := y + h - h*float64(i)/4
		d.Line(x+axisW, ly, x+w, ly)
		d.SetXY(x, ly-2)
		d.CellFormat(axisW-1, 4, fmt.Sprint(scale*int64(i)/4), "", 0, "R", false, 0, "")
	}
	slot := (w - axisW) / float64(len(m.Trend))
	for i, p := range m.Trend {
		bx := x + axisW + float64(i)*slot + slot*0.15
		by := y + h
		for _, n := range network.All {
			v := p.ByNetwork[n]
			if v <= 0 {
				continue
			}
			bh := h * float64(v) / float64(scale)
			d.setFill(NetworkColor(n))
			d.Rect(bx, by-bh, slot*0.7, bh, "F")
			by -= bh
		}
		d.SetXY(bx-slot*0.15, y+h+0.5)
		d.CellFormat(slot, 4, p.Month.Month.String()[:3], "", 0, "C", false, 0, "")
	}
	d.font("", 10)
}

func (d *pdfDoc) legend() {
	d.font("", 8)
	x := margin
	for _, n := range d.m.Networks {
		d.setFill(NetworkColor(n.Network))
		d.Rect(x, d.GetY()+1, 3, 3, "F")
		d.SetXY(x+4, d.GetY())
		wd := d.GetStringWidth(n.Label) + 8
		d.CellFormat(wd, 5, n.Label, "", 0, "L", false, 0, "")
		x += wd + 4
	}
	d.Ln(6)
	d.font("", 10)
}

// networkChart draws engagement per post per network, this month in the
// network's colour, the month before in grey beneath.
func (d *pdfDoc) networkChart(x, y, w, h float64) {
	m := d.m
	top := 1.0
	for _, n := range m.Networks {
		top = math.Max(top, math.Max(n.This.PerPost, n.Prev.PerPost))
	}
	labelW := 28.0
	barW := w - labelW - 16
	d.font("", 8)
	for i, n := range m.Networks {
		ry := y + float64(i)*8
		d.SetXY(x, ry)
		d.CellFormat(labelW, 5, n.Label, "", 0, "L", false, 0, "")
		d.setFill(NetworkColor(n.Network))
		d.Rect(x+labelW, ry, barW*n.This.PerPost/top, 4, "F")
		d.SetFillColor(190, 190, 190)
		d.Rect(x+labelW, ry+4.5, barW*n.Prev.PerPost/top, 2, "F")
		d.SetXY(x+labelW+barW*n.This.PerPost/top+1, ry)
		d.CellFormat(15, 4, fmt.Sprintf("%.1f", n.This.PerPost), "", 0, "L", false, 0, "")
	}
	d.font("", 10)
}

// gridChart shades each weekday × hour cell by engagement per post.
func (d *pdfDoc) gridChart(x, y, w float64) {
	b := d.m.Best
	top := 0.0
	for _, row := range b.Cells {
		for _, c := range row {
			top = math.Max(top, c.PerPost)
		}
	}
	labelW := 12.0
	cw := (w - labelW) / 24
	ch := 5.2
	days := []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday, time.Sunday}
	d.font("", 6)
	d.SetDrawColor(225, 225, 225)
	for r, wd := range days {
		d.SetXY(x, y+float64(r)*ch)
		d.CellFormat(labelW, ch, wd.String()[:3], "", 0, "L", false, 0, "")
		for h := 0; h < 24; h++ {
			c := b.Cells[wd][h]
			cx, cy := x+labelW+float64(h)*cw, y+float64(r)*ch
			if c.Posts == 0 || top == 0 {
				d.SetFillColor(247, 247, 247)
			} else {
				k := c.PerPost / top
				d.SetFillColor(int(230-190*k), int(240-120*k), int(250-60*k))
			}
			d.Rect(cx, cy, cw, ch, "FD")
			if b.Enough && wd == b.Weekday && h == b.Hour {
				d.SetDrawColor(200, 40, 40)
				d.SetLineWidth(0.6)
				d.Rect(cx, cy, cw, ch, "D")
				d.SetLineWidth(0.2)
				d.SetDrawColor(225, 225, 225)
			}
		}
	}
	for h := 0; h < 24; h += 3 {
		d.SetXY(x+labelW+float64(h)*cw, y+7*ch)
		d.CellFormat(cw*3, 3, fmt.Sprintf("%02d", h), "", 0, "L", false, 0, "")
	}
	d.font("", 10)
}

// niceCeil is a round number at or above n for an axis.
func niceCeil(n int64) int64 {
	p := int64(1)
	for p*10 < n {
		p *= 10
	}
	for _, f := range []int64{1, 2, 4, 5, 8, 10} {
		if f*p >= n {
			return f * p
		}
	}
	return 10 * p
}

func (d *pdfDoc) posts() {
	m := d.m
	d.AddPage()
	d.heading("Top posts of " + m.Label)
	if len(m.Top) == 0 {
		d.note("No post of this month has counts yet.")
	}
	for i, p := range m.Top {
		d.font("B", 9)
		d.MultiCell(0, 4.5, fmt.Sprintf("%d. %s, %s, %s: %d interactions (%s likes, %s reposts, %s replies)",
			i+1, p.Network.Label(), p.Account, p.PublishedAt.Format("Mon 2 Jan 15:04"), p.Engagement,
			p.Likes.String(), p.Reposts.String(), p.Replies.String()), "", "L", false)
		d.font("", 9)
		d.MultiCell(0, 4.5, shorten(p.Text, 280), "", "L", false)
		if p.Gone {
			d.note("Deleted on " + p.Network.Label() + " after publishing; these are its last counts.")
		} else if p.URL != "" {
			d.SetTextColor(20, 80, 160)
			d.CellFormat(0, 4.5, p.URL, "", 1, "L", false, 0, p.URL)
			d.SetTextColor(0, 0, 0)
		}
		d.Ln(2)
	}
	d.heading("What strikes a chord (last 12 months)")
	d.note("Engagement per post, with the number of posts behind each figure. A figure resting on one or two posts is a hint, not a rule.")
	chord := func(title string, rows []ChordRow, limit int) {
		var rs [][]string
		for i, r := range rows {
			if i == limit {
				break
			}
			rs = append(rs, []string{shorten(r.Name, 48), fmt.Sprint(r.Posts), fmt.Sprintf("%.1f", r.PerPost)})
		}
		if len(rs) == 0 {
			rs = [][]string{{"none yet", "", ""}}
		}
		d.Ln(1)
		d.table([]float64{110, 30, 40}, []string{title, "Posts", "Engagement per post"}, rs)
	}
	chord("By category", m.ByCategory, 10)
	chord("By template", m.ByTemplate, 10)
	chord("By label (hashtag)", m.ByLabel, 10)
}

func (d *pdfDoc) responsiveness() {
	m := d.m
	prev := m.ID.Add(-1).Label()
	d.heading("Inbox responsiveness")
	if !m.Inbox.Available {
		d.note("Inbox figures are not available in this version of CarePost.")
	} else {
		d.table([]float64{80, 50, 50}, []string{"", m.Label, prev}, [][]string{
			{"Messages received", inboxItems(m.Inbox.This.Items), inboxItems(m.Inbox.Prev.Items)},
			{"Answered", fmt.Sprint(m.Inbox.This.Answered), fmt.Sprint(m.Inbox.Prev.Answered)},
			{"Median first response", Duration(m.Inbox.This), Duration(m.Inbox.Prev)},
		})
		d.note("Counts only: no message or its author leaves CarePost in this summary.")
	}
	d.heading("Safety record")
	s := m.Safety
	fixed := "not recorded"
	if s.FindingsFixed.Reported {
		fixed = fmt.Sprint(s.FindingsFixed.N)
	}
	d.table([]float64{130, 50}, []string{"", m.Label}, [][]string{
		{"Privacy findings kept by staff, with a reason", fmt.Sprint(s.FindingsKept)},
		{"Privacy findings fixed before saving", fixed},
		{"Patient consents behind published posts", fmt.Sprint(s.ConsentsUsed)},
		{"Posts held back by a check", fmt.Sprint(s.Held)},
		{"Posts that failed to publish", fmt.Sprint(s.Failed)},
	})
}

// pdfFont is the summary's font, to ask which characters it can draw.
var pdfFont = func() *sfnt.Font {
	f, err := sfnt.Parse(goregular.TTF)
	if err != nil {
		panic("the embedded Go font does not parse: " + err.Error())
	}
	return f
}()

// drawable is the text as the summary's font can draw it: characters it
// has no glyph for (emoji, scripts it lacks) are left out, a left-out run
// of letters shown as "…" so the reader knows something was there.
func drawable(text string) string {
	var b strings.Builder
	var buf sfnt.Buffer
	skippedLetters := false
	for _, r := range text {
		ok := r == '\n' || r == '\t'
		if !ok && r <= 0xFFFF {
			if gi, err := pdfFont.GlyphIndex(&buf, r); err == nil && gi != 0 {
				ok = true
			}
		}
		if !ok {
			skippedLetters = skippedLetters || unicode.IsLetter(r)
			continue
		}
		if skippedLetters {
			b.WriteString("…")
			skippedLetters = false
		}
		b.WriteRune(r)
	}
	if skippedLetters {
		b.WriteString("…")
	}
	return b.String()
}

// clinicName is the clinic's name as the summary prints it, on the cover
// and in every page's footer, for a clinic with no profile yet too.
func clinicName(m *Month) string {
	if m.Clinic == "" {
		return "Your clinic"
	}
	return m.Clinic
}
