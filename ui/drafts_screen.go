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

// draftsScreen is the drafts list beside the editor.
type draftsScreen struct {
	svc draftStore
	win fyne.Window
	// defaultNetworks are a new draft's networks: those of the connected
	// accounts (see MainWindow.connectedNetworks); none when nil.
	defaultNetworks func() []drafts.Network

	search       *widget.Entry
	statusFilter *widget.Select
	list         *widget.List
	rows         []drafts.DraftSummary
	loc          *time.Location // the clinic's zone, read at each Refresh
	empty        *widget.Label
	editor       *draftEditor
	editorHolder *fyne.Container
	placeholder  fyne.CanvasObject
	content      fyne.CanvasObject

	newFromTemplate func()
}

func newDraftsScreen(svc draftStore, win fyne.Window) *draftsScreen {
	s := &draftsScreen{svc: svc, win: win}
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
			r := s.rows[id]
			box := o.(*fyne.Container)
			box.Objects[0].(*widget.Label).SetText(r.Title)
			meta := box.Objects[1].(*widget.Label)
			meta.SetText(s.metaText(r))
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
	left := container.NewBorder(top, nil, nil, nil, container.NewStack(s.list, container.NewCenter(s.empty)))

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

// Refresh reloads the list, keeping the open draft selected.
func (s *draftsScreen) Refresh() {
	ctx, cancel := opContext()
	defer cancel()
	rows, err := s.svc.Drafts(ctx, s.filter())
	if err != nil {
		showError("Could not list drafts", err, s.win)
		return
	}
	// An unknown zone is reported where the zone is chosen (Clinic
	// profile); the list stays usable in UTC meanwhile.
	if s.loc, err = s.svc.Zone(ctx); err != nil {
		s.loc = time.UTC
	}
	s.rows = rows
	switch {
	case len(rows) > 0:
		s.empty.SetText("")
	case s.search.Text != "" || s.statusFilter.SelectedIndex() > 0:
		s.empty.SetText("No drafts match.")
	default:
		s.empty.SetText("No drafts yet.\nStart one with New draft, or pick a template.")
	}
	s.list.Refresh()
	s.selectOpen()
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
	s.flush()
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
