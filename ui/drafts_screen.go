package ui

import (
	"context"
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/carepost/carepost/drafts"
)

type draftStore interface {
	Drafts(ctx context.Context, f drafts.DraftFilter) ([]drafts.DraftSummary, error)
	CountDrafts(ctx context.Context, f drafts.DraftFilter) (int, error)
	Draft(ctx context.Context, id int64) (drafts.Draft, error)
	CreateDraft(ctx context.Context, d drafts.Draft) (drafts.Draft, error)
	SaveDraft(ctx context.Context, d drafts.Draft) error
	DeleteDraft(ctx context.Context, id int64) error
	Review(ctx context.Context, d drafts.Draft) (drafts.Review, error)
	MarkReady(ctx context.Context, id int64) error
	MarkDraft(ctx context.Context, id int64) error
	OverrideFinding(ctx context.Context, draftID int64, f drafts.Finding, reason string) error
	RemoveOverride(ctx context.Context, draftID int64, f drafts.Finding) error
	AttachImageData(ctx context.Context, draftID int64, name string, data []byte) (drafts.Image, error)
	UpdateImage(ctx context.Context, draftID, mediaID int64, alt string, showsPerson bool) error
	RemoveImage(ctx context.Context, draftID, mediaID int64) error
	Consents(ctx context.Context) ([]drafts.Consent, error)
	Today(ctx context.Context) string
	// Zone is the clinic's time zone, which the list's dates are in.
	Zone(ctx context.Context) (*time.Location, error)
}

var statusFilterLabels = []string{"All drafts", "Drafts in progress", "Ready to post"}

// draftsPageSize is how many rows of the drafts list are read at a time:
// the first page at start and on every search, the next as the list is
// scrolled near its end.
const draftsPageSize = 50

// draftsScreen is the drafts list beside the editor. The list is read a
// page at a time, without the drafts' text (drafts.Service.Drafts), so
// start-up and searching cost the same with ten drafts or ten thousand.
type draftsScreen struct {
	svc draftStore
	win fyne.Window
	// defaultNetworks are a new draft's networks: those of the connected
	// accounts (see MainWindow.connectedNetworks); none when nil.
	defaultNetworks func() []drafts.Network

	search       *widget.Entry
	statusFilter *widget.Select
	list         *widget.List
	rows         []drafts.DraftSummary // the pages read so far
	total        int                   // how many drafts the filter matches
	count        *widget.Label
	// listed is the filter the rows were read with: a new search or
	// status starts again from the first page.
	listed drafts.DraftFilter
	// gen counts Refreshes; a page read for an older one is dropped.
	gen     int
	loading bool // a next page is being read
	// do runs a function on the UI goroutine: fyne.Do, or in tests a
	// queue the test drains.
	do           func(func())
	loc          *time.Location // the clinic's zone, read at each Refresh
	empty        *widget.Label
	editor       *draftEditor
	editorHolder *fyne.Container
	placeholder  fyne.CanvasObject
	content      fyne.CanvasObject

	newFromTemplate func()
}

func newDraftsScreen(svc draftStore, win fyne.Window) *draftsScreen {
	s := &draftsScreen{svc: svc, win: win, do: fyne.Do}
	s.editor = newDraftEditor(svc, win, s.Refresh)
	s.editor.onDeleted = func() {
		s.showEditor(false)
		s.Refresh()
	}

	s.search = widget.NewEntry()
	s.search.SetPlaceHolder("Search drafts")
	s.search.OnChanged = func(string) { s.Refresh() }
	s.statusFilter = widget.NewSelect(statusFilterLabels, nil)
	s.statusFilter.SetSelectedIndex(0)
	s.statusFilter.OnChanged = func(string) { s.Refresh() }

	s.list = widget.NewList(
		func() int { return len(s.rows) },
		func() fyne.CanvasObject {
			title := widget.NewLabelWithStyle("Title", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
			title.Truncation = fyne.TextTruncateEllipsis
			meta := widget.NewLabel("meta")
			meta.Truncation = fyne.TextTruncateEllipsis
			meta.SizeName = theme.SizeNameCaptionText
			return container.NewVBox(title, meta)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id >= len(s.rows) {
				return
			}
			if id >= len(s.rows)-draftsPageSize/5 {
				s.loadMore()
			}
			r := s.rows[id]
			box := o.(*fyne.Container)
			box.Objects[0].(*widget.Label).SetText(r.Title)
			// Text and colour in one refresh: rows are redrawn on every
			// scroll.
			meta := box.Objects[1].(*widget.Label)
			meta.Text = s.metaText(r)
			if r.Status == drafts.StatusReady {
				meta.Importance = widget.SuccessImportance
			} else {
				meta.Importance = widget.MediumImportance
			}
			meta.Refresh()
		},
	)
	s.list.OnSelected = func(id widget.ListItemID) {
		if id < len(s.rows) && s.rows[id].ID != s.editor.draftID() {
			s.open(s.rows[id].ID)
		}
	}
	// Not wrapping: inside a centring container a wrapping label gets no
	// width and would stack its letters.
	s.empty = widget.NewLabel("")
	s.empty.Alignment = fyne.TextAlignCenter
	s.count = widget.NewLabel("")
	s.count.SizeName = theme.SizeNameCaptionText
	s.count.Truncation = fyne.TextTruncateEllipsis

	newBlank := widget.NewButtonWithIcon("New draft", theme.ContentAddIcon(), s.newBlank)
	newBlank.Importance = widget.HighImportance
	fromTemplate := widget.NewButtonWithIcon("From template", theme.FileTextIcon(), func() {
		if s.newFromTemplate != nil {
			s.newFromTemplate()
		}
	})
	top := container.NewVBox(
		container.NewGridWithColumns(2, newBlank, fromTemplate),
		s.search, s.statusFilter,
	)
	left := container.NewBorder(top, s.count, nil, nil, container.NewStack(s.list, container.NewCenter(s.empty)))

	s.placeholder = container.NewCenter(widget.NewLabel("Choose a draft on the left, or start a new one (Ctrl+N)."))
	s.editorHolder = container.NewStack(s.placeholder)
	split := container.NewHSplit(left, s.editorHolder)
	split.Offset = 0.3
	s.content = split
	return s
}

func (s *draftsScreen) Content() fyne.CanvasObject { return s.content }

// metaText is a row's second line: status, networks and when it last
// changed, in the clinic's zone.
func (s *draftsScreen) metaText(r drafts.DraftSummary) string {
	loc := s.loc
	if loc == nil {
		loc = time.UTC
	}
	return fmt.Sprintf("%s · %s · %s", r.Status.Label(), networkShortList(r.Networks), r.UpdatedAt.In(loc).Format("Jan 2, 15:04"))
}

func (s *draftsScreen) filter() drafts.DraftFilter {
	f := drafts.DraftFilter{Query: s.search.Text}
	switch s.statusFilter.SelectedIndex() {
	case 1:
		f.Status = drafts.StatusDraft
	case 2:
		f.Status = drafts.StatusReady
	}
	return f
}

// Refresh reloads the list, keeping the open draft selected. It reads as
// many rows as were shown (at least a page), so an autosave does not
// shorten a list scrolled far down; a new search or status starts again
// from the top. The reads go to the database's read-only pool, which never
// waits for a write.
func (s *draftsScreen) Refresh() {
	f := s.filter()
	same := f.Query == s.listed.Query && f.Status == s.listed.Status
	f.Limit = draftsPageSize
	if same && len(s.rows) > f.Limit {
		f.Limit = len(s.rows)
	}
	s.gen++
	s.loading = false
	ctx, cancel := opContext()
	defer cancel()
	rows, err := s.svc.Drafts(ctx, f)
	if err != nil {
		showError("Could not list drafts", err, s.win)
		return
	}
	total := len(rows)
	if len(rows) == f.Limit {
		if total, err = s.svc.CountDrafts(ctx, f); err != nil {
			showError("Could not list drafts", err, s.win)
			return
		}
	}
	// An unknown zone is reported where the zone is chosen (Clinic
	// profile); the list stays usable in UTC meanwhile.
	if s.loc, err = s.svc.Zone(ctx); err != nil {
		s.loc = time.UTC
	}
	s.rows, s.total, s.listed = rows, max(total, len(rows)), f
	switch {
	case len(rows) > 0:
		s.empty.SetText("")
	case s.search.Text != "" || s.statusFilter.SelectedIndex() > 0:
		s.empty.SetText("No drafts match.")
	default:
		s.empty.SetText("No drafts yet.\nStart one with New draft, or pick a template.")
	}
	s.showCount()
	if !same {
		s.list.ScrollToTop()
	}
	s.list.Refresh()
	s.selectOpen()
}

// showCount says how many drafts the list holds, when there are any.
func (s *draftsScreen) showCount() {
	switch {
	case s.total == 0:
		s.count.SetText("")
	case s.total == 1:
		s.count.SetText("1 draft")
	default:
		s.count.SetText(fmt.Sprintf("%s drafts", groupThousands(s.total)))
	}
}

// loadMore reads the page after the last row shown, off the UI goroutine,
// and adds it to the list; it runs as the list nears its end.
func (s *draftsScreen) loadMore() {
	if s.loading || len(s.rows) == 0 || len(s.rows) >= s.total {
		return
	}
	s.loading = true
	gen := s.gen
	f := s.listed
	f.Limit, f.Offset = draftsPageSize, 0
	after := s.rows[len(s.rows)-1].Cursor()
	f.Before = &after
	go func() {
		ctx, cancel := opContext()
		defer cancel()
		rows, err := s.svc.Drafts(ctx, f)
		s.do(func() {
			if gen != s.gen {
				return // the list was read again meanwhile
			}
			s.loading = false
			if err != nil {
				showError("Could not list more drafts", err, s.win)
				return
			}
			s.addPage(rows)
		})
	}()
}

// addPage appends a page read after the last row. A draft already listed
// (it changed, and so moved up, between two pages) is not listed twice.
func (s *draftsScreen) addPage(rows []drafts.DraftSummary) {
	have := make(map[int64]bool, len(s.rows))
	for _, r := range s.rows {
		have[r.ID] = true
	}
	for _, r := range rows {
		if !have[r.ID] {
			s.rows = append(s.rows, r)
		}
	}
	if len(rows) < draftsPageSize {
		s.total = len(s.rows) // the end of the list
	}
	s.list.Refresh()
	s.selectOpen()
}

// groupThousands writes n as 10,000.
func groupThousands(n int) string {
	digits := fmt.Sprint(n)
	var b strings.Builder
	for i, r := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}

func (s *draftsScreen) selectOpen() {
	open := s.editor.draftID()
	for i, r := range s.rows {
		if r.ID == open {
			s.list.Select(i)
			return
		}
	}
	s.list.UnselectAll()
}

func (s *draftsScreen) showEditor(show bool) {
	if show {
		s.editorHolder.Objects = []fyne.CanvasObject{s.editor.Content()}
	} else {
		s.editorHolder.Objects = []fyne.CanvasObject{s.placeholder}
	}
	s.editorHolder.Refresh()
}

// open loads a draft into the editor, saving the one being left.
func (s *draftsScreen) open(id int64) {
	s.leaveCurrent()
	ctx, cancel := opContext()
	defer cancel()
	d, err := s.svc.Draft(ctx, id)
	if err != nil {
		showError("Could not open the draft", err, s.win)
		return
	}
	s.editor.load(d)
	s.showEditor(true)
	s.selectOpen()
}

// newBlank creates an empty draft aimed at the networks most clinics use.
func (s *draftsScreen) newBlank() {
	s.leaveCurrent()
	ctx, cancel := opContext()
	defer cancel()
	var networks []drafts.Network
	if s.defaultNetworks != nil {
		networks = s.defaultNetworks()
	}
	d, err := s.svc.CreateDraft(ctx, drafts.Draft{Networks: networks})
	if err != nil {
		showError("Could not create a draft", err, s.win)
		return
	}
	s.editor.load(d)
	s.showEditor(true)
	s.Refresh()
	s.win.Canvas().Focus(s.editor.body)
}

// leaveCurrent saves the open draft; an untouched blank one is removed so
// "New draft" clicked by mistake leaves no litter.
func (s *draftsScreen) leaveCurrent() {
	// Saved here and now, not in the background: the draft opened next
	// (this one again, maybe) must be read after it, and a blank one must
	// not be deleted while its save is on the way. One local write.
	s.editor.flushNow()
	d, ok := s.editor.current()
	if !ok {
		return
	}
	if strings.TrimSpace(d.Body) == "" && strings.TrimSpace(d.Title) == "" && len(d.Images) == 0 && len(d.Variants) == 0 {
		ctx, cancel := opContext()
		defer cancel()
		if err := s.svc.DeleteDraft(ctx, d.ID); err == nil {
			s.editor.clear()
			s.Refresh()
		}
	}
}

func (s *draftsScreen) flush() { s.editor.flush() }

func (s *draftsScreen) saveNow() {
	if _, ok := s.editor.current(); ok {
		s.editor.saveNow()
	}
}

func networkShortList(ns []drafts.Network) string {
	if len(ns) == 0 {
		return "no networks"
	}
	names := make([]string, len(ns))
	for i, n := range ns {
		names[i] = n.Label()
	}
	return strings.Join(names, ", ")
}
