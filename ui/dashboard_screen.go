package ui

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/carepost/carepost/stats"
)

// DashboardServices is what the dashboard needs; *stats.Service meets it.
type DashboardServices interface {
	CurrentMonth(ctx context.Context) (stats.MonthID, error)
	Month(ctx context.Context, m stats.MonthID) (*stats.Month, error)
	Sync(ctx context.Context) (stats.SyncResult, error)
	Export(ctx context.Context, m stats.MonthID, dir string, formats []stats.Format, progress stats.Progress) (stats.ExportResult, error)
}

// dashboardMonths is how many months the picker offers.
const dashboardMonths = 24

// Timeouts for the dashboard's work off the UI goroutine: reading a month
// is local; a refresh waits on every network.
const (
	monthTimeout   = 30 * time.Second
	refreshTimeout = 10 * time.Minute
	exportTimeout  = 5 * time.Minute
)

// dashboardScreen shows one month of the clinic's engagement against the
// month before: key figures, charts, top posts and what strikes a chord,
// with Refresh (count now) and Export… (the PDF summary and CSVs).
type dashboardScreen struct {
	svc DashboardServices // nil: statistics are not available
	win fyne.Window
	// do hands results to the UI goroutine (fyne.Do; tests queue them).
	do func(func())
	// chooseFolder asks where to save an export (tests answer at once).
	chooseFolder func(done func(dir string))

	months  []stats.MonthID
	picker  *widget.Select
	refresh *widget.Button
	export  *widget.Button
	status  *widget.Label
	// background says why the last background count missed accounts;
	// hidden while it worked.
	background *widget.Label

	month   *stats.Month
	loading int // the load being shown; older answers are dropped

	figures  *fyne.Container
	trend    *dashChart
	networks *dashChart
	grid     *dashChart
	bestNote *widget.Label
	top      *fyne.Container
	chord    *fyne.Container
	safety   *widget.Label
	scroll   *container.Scroll
	content  fyne.CanvasObject

	// exporting is the export in progress, for tests and Cancel.
	exporting *exportRun
}

func newDashboardScreen(win fyne.Window) *dashboardScreen {
	s := &dashboardScreen{win: win}
	s.chooseFolder = func(done func(string)) {
		d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
			if err != nil {
				showError("Could not open that folder", err, win)
				return
			}
			if u != nil {
				done(u.Path())
			}
		}, win)
		if docs, err := storage.ListerForURI(storage.NewFileURI(homeDir())); err == nil {
			d.SetLocation(docs)
		}
		d.Show()
	}
	s.picker = widget.NewSelect(nil, func(string) {
		if s.exporting == nil {
			setStatusLine(s.status, "")
		}
		s.load()
	})
	s.refresh = widget.NewButtonWithIcon("Refresh", theme.ViewRefreshIcon(), s.sync)
	s.export = widget.NewButtonWithIcon("Export…", theme.DocumentSaveIcon(), s.startExport)
	s.status = wrappingLabel("")
	s.status.Hide()
	s.background = wrappingLabel("")
	s.background.Importance = widget.WarningImportance
	s.background.Hide()
	s.figures = container.NewVBox()
	get := func() *stats.Month { return s.month }
	s.trend, s.networks, s.grid = trendChart(get), networkChart(get), hourGrid(get)
	s.bestNote = wrappingLabel("")
	s.top = container.NewVBox()
	s.chord = container.NewGridWithColumns(3)
	s.safety = wrappingLabel("")

	// Wide enough for the longest month ("September 2026").
	picker := container.NewGridWrap(fyne.NewSize(200, s.picker.MinSize().Height), s.picker)
	bar := container.NewHBox(heading("Dashboard"), picker, s.refresh, s.export)
	charts := container.NewVBox(
		titled("Engagement over 12 months", s.trend),
		titled("Per post by network (grey: month before)", s.networks))
	body := container.NewVBox(
		container.NewBorder(nil, nil, s.figures, nil, charts),
		titled("Best time to post (last 12 months)", container.NewBorder(nil, s.bestNote, nil, nil, s.grid)),
		titled("What strikes a chord (last 12 months): engagement per post, with the posts behind it", s.chord),
		titled("Top posts", s.top),
		titled("Safety record and inbox", s.safety),
	)
	s.scroll = container.NewVScroll(body)
	s.content = container.NewBorder(container.NewVBox(bar, s.status, s.background), nil, nil, nil, s.scroll)
	s.setEnabled(false)
	return s
}

func titled(title string, o fyne.CanvasObject) fyne.CanvasObject {
	l := widget.NewLabel(title)
	l.TextStyle = fyne.TextStyle{Bold: true}
	l.Wrapping = fyne.TextWrapWord
	return container.NewBorder(l, nil, nil, nil, o)
}

// use turns the dashboard on over svc.
func (s *dashboardScreen) use(svc DashboardServices) {
	s.svc = svc
	s.setEnabled(true)
}

func (s *dashboardScreen) setEnabled(on bool) {
	for _, w := range []fyne.Disableable{s.picker, s.refresh, s.export} {
		if on {
			w.Enable()
		} else {
			w.Disable()
		}
	}
}

func (s *dashboardScreen) Content() fyne.CanvasObject { return s.content }

// Refresh shows the chosen month (the current one the first time).
func (s *dashboardScreen) Refresh() {
	if s.svc == nil {
		setStatusLine(s.status, "Statistics are not available.")
		return
	}
	if len(s.months) > 0 {
		s.load()
		return
	}
	s.loading++
	id := s.loading
	var current stats.MonthID
	offUI(s.do, monthTimeout, func(ctx context.Context) (err error) {
		current, err = s.svc.CurrentMonth(ctx)
		return err
	}, func(err error) {
		if id != s.loading {
			return
		}
		if err != nil {
			setStatusLine(s.status, "Could not read the clinic's month: "+err.Error())
			return
		}
		s.months = nil
		var labels []string
		for i := 0; i < dashboardMonths; i++ {
			m := current.Add(-i)
			s.months = append(s.months, m)
			labels = append(labels, m.Label())
		}
		s.picker.Options = labels
		s.picker.SetSelected(labels[0]) // loads it
	})
}

func (s *dashboardScreen) selected() (stats.MonthID, bool) {
	i := s.picker.SelectedIndex()
	if i < 0 || i >= len(s.months) {
		return stats.MonthID{}, false
	}
	return s.months[i], true
}

// load reads the chosen month off the UI goroutine and shows it.
func (s *dashboardScreen) load() {
	m, ok := s.selected()
	if !ok || s.svc == nil {
		return
	}
	s.loading++
	id := s.loading
	var month *stats.Month
	offUI(s.do, monthTimeout, func(ctx context.Context) (err error) {
		month, err = s.svc.Month(ctx, m)
		return err
	}, func(err error) {
		if id != s.loading {
			return // a later choice is on its way
		}
		if err != nil {
			setStatusLine(s.status, "Could not read "+m.Label()+": "+err.Error())
			return
		}
		s.show(month)
	})
}

// show puts a month on screen; on the UI goroutine.
func (s *dashboardScreen) show(m *stats.Month) {
	s.month = m
	prev := m.ID.Add(-1).Label()
	rows := append([][]string{{"", m.Label, prev, "Change"}}, stats.KeyFigureRows(m)...)
	s.figures.Objects = []fyne.CanvasObject{figureTable(rows)}
	if !m.HasData {
		s.figures.Objects = append(s.figures.Objects, wrappingLabel("No post, follower count or inbox message was recorded for "+m.Label+
			". Press Refresh while online to count recent posts."))
	}
	s.figures.Refresh()
	s.trend.Refresh()
	s.networks.Refresh()
	s.grid.Refresh()
	s.bestNote.SetText(m.Best.Note)

	s.top.Objects = nil
	if len(m.Top) == 0 {
		s.top.Add(widget.NewLabel("No post of this month has counts yet."))
	}
	for _, p := range m.Top {
		line := fmt.Sprintf("%s · %s · %s — %d interactions", p.Network.Label(), p.Account, p.PublishedAt.Format("Mon 2 Jan 15:04"), p.Engagement)
		if p.Gone {
			line += " (since deleted on the network)"
		}
		row := container.NewVBox(boldLabel(line), wrappingLabel(shortText(p.Text, 200)))
		if u := linkURL(p.URL); u != nil && !p.Gone {
			row.Add(widget.NewHyperlink(p.URL, u))
		}
		s.top.Add(row)
	}
	s.top.Refresh()

	s.chord.Objects = []fyne.CanvasObject{chordList("By category", m.ByCategory), chordList("By template", m.ByTemplate), chordList("By label", m.ByLabel)}
	s.chord.Refresh()

	sf := m.Safety
	inbox := "Inbox figures: not available."
	if m.Inbox.Available {
		in := m.Inbox
		inbox = fmt.Sprintf("Inbox: %s messages received, none answered yet (the month before: %s received, %d answered).",
			in.This.Items.String(), in.Prev.Items.String(), in.Prev.Answered)
		if in.This.Answered > 0 {
			inbox = fmt.Sprintf("Inbox: %s messages received, %d answered, median first response %s (the month before: %s received, %d answered, %s).",
				in.This.Items.String(), in.This.Answered, stats.Duration(in.This), in.Prev.Items.String(), in.Prev.Answered, stats.Duration(in.Prev))
		}
	}
	s.safety.SetText(fmt.Sprintf("Privacy findings kept with a reason: %d. Consents behind published posts: %d. Posts held back: %d. Posts that failed: %d.\n%s",
		sf.FindingsKept, sf.ConsentsUsed, sf.Held, sf.Failed, inbox))
	// The sections changed height: lay the page out again.
	s.scroll.Content.Refresh()
	s.scroll.Refresh()
}

// figureTable is the key figures as compact rows of text: the first row
// and column bold, the figures right-aligned.
func figureTable(rows [][]string) fyne.CanvasObject {
	grid := container.New(&figureLayout{cols: 4})
	for i, r := range rows {
		for j, c := range r {
			t := canvas.NewText(c, theme.Color(theme.ColorNameForeground))
			t.TextStyle.Bold = i == 0 || j == 0
			if j > 0 {
				t.Alignment = fyne.TextAlignTrailing
			}
			grid.Add(t)
		}
	}
	return container.NewPadded(grid)
}

// figureLayout lays texts out in rows of cols: the first column takes
// what is left after the others, which share the rest equally.
type figureLayout struct{ cols int }

func (l *figureLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w0, w, h float32
	for i, o := range objs {
		ms := o.MinSize()
		if i%l.cols == 0 {
			w0 = max(w0, ms.Width)
			h += ms.Height + 2
		} else {
			w = max(w, ms.Width)
		}
	}
	return fyne.NewSize(w0+float32(l.cols-1)*(w+theme.Padding()), h)
}

func (l *figureLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	var w0 float32
	for i, o := range objs {
		if i%l.cols == 0 {
			w0 = max(w0, o.MinSize().Width)
		}
	}
	other := (size.Width - w0) / float32(l.cols-1)
	var y float32
	for i := 0; i < len(objs); i += l.cols {
		rowH := objs[i].MinSize().Height
		for j := 0; j < l.cols && i+j < len(objs); j++ {
			x, w := float32(0), w0
			if j > 0 {
				x, w = w0+float32(j-1)*other, other
			}
			objs[i+j].Move(fyne.NewPos(x, y))
			objs[i+j].Resize(fyne.NewSize(w, rowH))
		}
		y += rowH + 2
	}
}

func chordList(title string, rows []stats.ChordRow) fyne.CanvasObject {
	box := container.NewVBox(boldLabel(title))
	if len(rows) == 0 {
		box.Add(widget.NewLabel("none yet"))
	}
	for i, r := range rows {
		if i == 6 {
			break
		}
		box.Add(widget.NewLabel(fmt.Sprintf("%s: %.1f (%d %s)", shortText(r.Name, 22), r.PerPost, r.Posts, postsWord(r.Posts))))
	}
	return box
}

func postsWord(n int) string {
	if n == 1 {
		return "post"
	}
	return "posts"
}

func boldLabel(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.TextStyle = fyne.TextStyle{Bold: true}
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}

func shortText(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// backgroundRan shows what the last background count could not read, or
// hides the note after one that read everything; on the UI goroutine.
func (s *dashboardScreen) backgroundRan(res stats.SyncResult, err error) {
	switch {
	case err != nil:
		setStatusLine(s.background, "Counting in the background stopped: "+err.Error()+" CarePost tries again in 15 minutes.")
	case len(res.Failed) > 0:
		var msgs []string
		for _, f := range res.Failed {
			msgs = append(msgs, f.Error)
		}
		setStatusLine(s.background, "Counting in the background could not read "+res.FailedNames()+". "+strings.Join(msgs, " "))
	default:
		setStatusLine(s.background, "")
	}
}

// sync counts every recent post and every account now, then shows the
// month again.
func (s *dashboardScreen) sync() {
	if s.svc == nil {
		return
	}
	s.refresh.Disable()
	setStatusLine(s.status, "Counting likes, reposts and replies on every network…")
	var res stats.SyncResult
	offUI(s.do, refreshTimeout, func(ctx context.Context) (err error) {
		res, err = s.svc.Sync(ctx)
		return err
	}, func(err error) {
		s.refresh.Enable()
		switch {
		case err != nil:
			setStatusLine(s.status, "Refresh stopped: "+err.Error())
		case len(res.Failed) > 0:
			var msgs []string
			for _, f := range res.Failed {
				msgs = append(msgs, f.Error)
			}
			setStatusLine(s.status, fmt.Sprintf("Counted %d posts; could not read %s. %s", res.Posts, res.FailedNames(), strings.Join(msgs, " ")))
		default:
			setStatusLine(s.status, fmt.Sprintf("Counted %d posts and %d accounts just now.", res.Posts, res.Accounts))
		}
		s.load()
	})
}

// exportRun is one export in progress: its progress bar and cancel.
type exportRun struct {
	dialog   dialog.Dialog
	bar      *widget.ProgressBar
	step     *widget.Label
	cancel   context.CancelFunc
	finished bool
}

// startExport asks for a folder, then writes the month's PDF summary and
// CSVs there with progress and a Cancel button.
func (s *dashboardScreen) startExport() {
	m, ok := s.selected()
	if !ok || s.svc == nil || s.exporting != nil {
		return
	}
	s.chooseFolder(func(dir string) { s.exportTo(m, dir) })
}

func (s *dashboardScreen) exportTo(m stats.MonthID, dir string) {
	ctx, cancel := context.WithTimeout(context.Background(), exportTimeout)
	run := &exportRun{bar: widget.NewProgressBar(), step: widget.NewLabel("Starting…"), cancel: cancel}
	s.exporting = run
	run.dialog = dialog.NewCustom("Exporting "+m.Label(), "Cancel", container.NewVBox(run.step, run.bar), s.win)
	run.dialog.SetOnClosed(func() {
		if !run.finished {
			cancel()
		}
	})
	run.dialog.Show()
	s.export.Disable()
	do := s.do
	if do == nil {
		do = fyne.Do
	}
	go func() {
		defer cancel()
		res, err := s.svc.Export(ctx, m, dir, []stats.Format{stats.FormatPDF, stats.FormatCSV}, func(step string, done float64) {
			do(func() {
				run.step.SetText(step)
				run.bar.SetValue(done)
			})
		})
		do(func() { s.exportDone(run, m, dir, res, err) })
	}()
}

func (s *dashboardScreen) exportDone(run *exportRun, m stats.MonthID, dir string, res stats.ExportResult, err error) {
	run.finished = true
	run.dialog.Hide()
	s.exporting = nil
	s.export.Enable()
	switch {
	case errors.Is(err, context.Canceled):
		setStatusLine(s.status, "Export cancelled; nothing was saved.")
	case err != nil:
		showError("Could not export "+m.Label(), err, s.win)
	default:
		var names []string
		for _, f := range res.Files {
			names = append(names, filepath.Base(f))
		}
		msg := fmt.Sprintf("Saved %s in %s.", strings.Join(names, ", "), dir)
		if res.Month != nil && !res.Month.HasData {
			msg += " " + m.Label() + " has no data: the summary says so."
		}
		setStatusLine(s.status, msg)
	}
}

// linkURL is a post's link when it is a web address, else nil.
func linkURL(raw string) *url.URL {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") {
		return nil
	}
	return u
}

// homeDir is where the folder dialog opens: the user's Documents when
// there is one, else their home.
func homeDir() string {
	home, err := os.UserHomeDir()
	if err != nil {
		return "."
	}
	if docs := filepath.Join(home, "Documents"); isDir(docs) {
		return docs
	}
	return home
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}
