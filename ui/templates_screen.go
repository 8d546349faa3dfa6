package ui

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/carepost/carepost/drafts"
)

// templateStore is what the Templates screen needs from *drafts.Service.
type templateStore interface {
	Templates(ctx context.Context) ([]drafts.Template, error)
	OwnTemplates(ctx context.Context) ([]drafts.Template, error)
	SaveTemplate(ctx context.Context, t drafts.Template) (drafts.Template, error)
	DuplicateTemplate(ctx context.Context, t drafts.Template) (drafts.Template, error)
	DeleteTemplate(ctx context.Context, id int64) error
	ImportTemplates(ctx context.Context, r io.Reader) ([]drafts.Template, error)
	ExportTemplates(w io.Writer, ts []drafts.Template) error
}

// tmplOtherCategory files templates with no category.
const tmplOtherCategory = "Other"

// tmplRow is one line of the templates list: a category heading or a
// template.
type tmplRow struct {
	header string
	t      drafts.Template
}

// templatesScreen lists built-in and own templates on the left and shows
// the chosen one on the right: read-only for built-ins, an editor for the
// clinic's own.
type templatesScreen struct {
	svc        templateStore
	win        fyne.Window
	startDraft func(drafts.Template)

	all    []drafts.Template
	rows   []tmplRow
	search *widget.Entry
	list   *widget.List
	status *widget.Label
	detail *fyne.Container

	shown    bool            // a template (or a new one) is on the right
	current  drafts.Template // the stored version of what is on the right
	editor   *tmplEditor     // nil unless an own or new template is shown
	selected widget.ListItemID
	quiet    bool // true while the screen itself changes the list selection

	newButton, importButton, exportAllButton *widget.Button

	content fyne.CanvasObject
}

func newTemplatesScreen(svc templateStore, win fyne.Window, startDraft func(drafts.Template)) *templatesScreen {
	s := &templatesScreen{svc: svc, win: win, startDraft: startDraft, selected: -1}

	s.search = widget.NewEntry()
	s.search.SetPlaceHolder("Search templates")
	s.search.ActionItem = widget.NewIcon(theme.SearchIcon())
	s.search.OnChanged = func(string) { s.filter() }

	s.list = widget.NewList(
		func() int { return len(s.rows) },
		func() fyne.CanvasObject {
			header := widget.NewLabelWithStyle("Category", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
			name := widget.NewLabel("Template name")
			name.Truncation = fyne.TextTruncateEllipsis
			badge := widget.NewLabelWithStyle("Built-in", fyne.TextAlignTrailing, fyne.TextStyle{Italic: true})
			return container.NewStack(header, container.NewBorder(nil, nil, nil, badge, name))
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id < 0 || id >= len(s.rows) {
				return
			}
			s.updateRow(s.rows[id], o.(*fyne.Container))
		},
	)
	s.list.OnSelected = s.listSelected

	s.status = widget.NewLabel("")
	s.status.Wrapping = fyne.TextWrapWord
	s.status.Hide()

	s.newButton = widget.NewButtonWithIcon("New template", theme.ContentAddIcon(), func() { s.leave(s.newTemplate, nil) })
	s.newButton.Importance = widget.HighImportance
	s.importButton = widget.NewButtonWithIcon("Import…", theme.DownloadIcon(), s.chooseImport)
	s.exportAllButton = widget.NewButtonWithIcon("Export all mine…", theme.UploadIcon(), s.chooseExportAll)

	s.detail = container.NewStack()
	s.showPlaceholder()

	top := container.NewVBox(
		container.NewHBox(heading("Templates"), layout.NewSpacer(), s.newButton, s.importButton, s.exportAllButton),
		wrappingLabel("Ready-made posts with blanks to fill in. Built-in templates come with CarePost; duplicate one to make your own version, or start a new one."),
		s.status,
	)
	left := container.NewBorder(s.search, nil, nil, nil, s.list)
	split := container.NewHSplit(left, s.detail)
	split.Offset = 0.32
	s.content = container.NewBorder(container.NewPadded(top), nil, nil, nil, split)

	s.load()
	return s
}

// Content is the screen's root object.
func (s *templatesScreen) Content() fyne.CanvasObject { return s.content }

// Refresh reloads the list. Unsaved changes in the editor are kept.
func (s *templatesScreen) Refresh() {
	s.load()
	if !s.shown || (s.editor != nil && s.editor.dirty) || (s.editor != nil && s.current.ID == 0) {
		return
	}
	if t, ok := s.find(s.current); ok {
		s.showTemplate(t)
	} else {
		s.showPlaceholder()
	}
}

// load reads all templates and rebuilds the list.
func (s *templatesScreen) load() {
	ctx, cancel := opContext()
	defer cancel()
	all, err := s.svc.Templates(ctx)
	if err != nil {
		showError("Could not read the templates", err, s.win)
		return
	}
	s.all = all
	s.filter()
}

func (s *templatesScreen) find(t drafts.Template) (drafts.Template, bool) {
	for _, c := range s.all {
		if tmplSame(c, t) {
			return c, true
		}
	}
	return drafts.Template{}, false
}

// tmplSame tells whether a and b are the same template: built-ins by key,
// own templates by ID.
func tmplSame(a, b drafts.Template) bool {
	if a.Builtin || b.Builtin {
		return a.Builtin && b.Builtin && a.Key == b.Key
	}
	return a.ID != 0 && a.ID == b.ID
}

// tmplCategory is the heading a template is listed under.
func tmplCategory(t drafts.Template) string {
	if c := strings.TrimSpace(t.Category); c != "" {
		return c
	}
	return tmplOtherCategory
}

// tmplCategoryRank puts the standard categories first, in their usual
// order, then any others alphabetically, then "Other".
func tmplCategoryRank(c string) int {
	if i := slices.Index(drafts.TemplateCategories, c); i >= 0 {
		return i
	}
	if c == tmplOtherCategory {
		return len(drafts.TemplateCategories) + 1
	}
	return len(drafts.TemplateCategories)
}

// filter rebuilds the rows from the search text, grouped by category.
func (s *templatesScreen) filter() {
	term := strings.ToLower(strings.TrimSpace(s.search.Text))
	var matches []drafts.Template
	for _, t := range s.all {
		if term == "" || strings.Contains(strings.ToLower(t.Name+"\n"+t.Category+"\n"+t.Body), term) {
			matches = append(matches, t)
		}
	}
	slices.SortStableFunc(matches, func(a, b drafts.Template) int {
		ca, cb := tmplCategory(a), tmplCategory(b)
		if r := cmp.Compare(tmplCategoryRank(ca), tmplCategoryRank(cb)); r != 0 {
			return r
		}
		if r := cmp.Compare(strings.ToLower(ca), strings.ToLower(cb)); r != 0 {
			return r
		}
		if r := cmp.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)); r != 0 {
			return r
		}
		if a.Builtin != b.Builtin {
			if a.Builtin {
				return -1
			}
			return 1
		}
		return cmp.Compare(a.ID, b.ID)
	})
	rows := make([]tmplRow, 0, len(matches)+8)
	last := ""
	for _, t := range matches {
		if c := tmplCategory(t); c != last {
			rows = append(rows, tmplRow{header: c})
			last = c
		}
		rows = append(rows, tmplRow{t: t})
	}
	s.rows = rows
	s.list.Refresh()
	s.syncSelection()
}

// syncSelection highlights the template on the right, if it is listed.
func (s *templatesScreen) syncSelection() {
	s.quiet = true
	defer func() { s.quiet = false }()
	s.selected = -1
	if s.shown {
		for i, r := range s.rows {
			if r.header == "" && tmplSame(r.t, s.current) {
				s.selected = i
				s.list.Select(i)
				return
			}
		}
	}
	s.list.UnselectAll()
}

func (s *templatesScreen) updateRow(r tmplRow, box *fyne.Container) {
	header := box.Objects[0].(*widget.Label)
	item := box.Objects[1].(*fyne.Container)
	if r.header != "" {
		header.SetText(r.header)
		header.Show()
		item.Hide()
		return
	}
	header.Hide()
	item.Show()
	for _, o := range item.Objects {
		l := o.(*widget.Label)
		if l.Alignment == fyne.TextAlignTrailing {
			if r.t.Builtin {
				l.SetText("Built-in")
			} else {
				l.SetText("")
			}
		} else {
			l.SetText(r.t.Name)
		}
	}
}

func (s *templatesScreen) listSelected(id widget.ListItemID) {
	if s.quiet || id < 0 || id >= len(s.rows) {
		return
	}
	r := s.rows[id]
	if r.header != "" || (s.shown && tmplSame(r.t, s.current)) {
		s.syncSelection()
		return
	}
	s.leave(func() { s.showTemplate(r.t) }, s.syncSelection)
}

// leave runs next, first asking whether to drop unsaved changes in the
// editor; stay runs if the user keeps editing.
func (s *templatesScreen) leave(next, stay func()) {
	if s.editor == nil || !s.editor.dirty {
		next()
		return
	}
	name := strings.TrimSpace(s.editor.name.Text)
	if name == "" {
		name = "this template"
	} else {
		name = "“" + name + "”"
	}
	confirmDiscard(s.win, fmt.Sprintf("You changed %s but did not save it. Leave it and lose those changes?", name), next, stay)
}

func (s *templatesScreen) setStatus(text string) { setStatusLine(s.status, text) }

func (s *templatesScreen) showPlaceholder() {
	s.shown, s.editor, s.current = false, nil, drafts.Template{}
	msg := wrappingLabel("Choose a template on the left to see it here, or press “New template” to write your own.")
	msg.Alignment = fyne.TextAlignCenter
	s.setDetail(container.NewVBox(layout.NewSpacer(), msg, layout.NewSpacer()))
	s.syncSelection()
}

func (s *templatesScreen) setDetail(o fyne.CanvasObject) {
	s.detail.Objects = []fyne.CanvasObject{o}
	s.detail.Refresh()
}

// showTemplate puts t on the right: built-ins read-only, own in the editor.
func (s *templatesScreen) showTemplate(t drafts.Template) {
	s.shown, s.current = true, t
	if t.Builtin {
		s.editor = nil
		s.setDetail(s.builtinView(t))
	} else {
		s.editor = newTmplEditor(s, t)
		s.setDetail(s.editor.content)
	}
	s.syncSelection()
}

func (s *templatesScreen) newTemplate() {
	s.showTemplate(drafts.Template{})
	s.editor.say("Give the template a name and write its text, then press Save.", widget.MediumImportance)
	s.win.Canvas().Focus(s.editor.name)
}

func (s *templatesScreen) builtinView(t drafts.Template) fyne.CanvasObject {
	kind := widget.NewLabelWithStyle("Built-in template · "+tmplCategory(t), fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
	body := wrappingLabel(t.Body)
	body.Selectable = true

	section := func(text string) *widget.Label {
		return widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	parts := []fyne.CanvasObject{
		wrappingLabel("Built-in templates come with CarePost and cannot be changed. Use it as it is, or press Duplicate to make your own copy to edit."),
		section("Text"),
		widget.NewCard("", "", body),
		section("Blanks you fill in"),
		wrappingLabel("Your clinic's name, phone and website come from the clinic profile."),
	}
	for _, v := range t.Variables {
		title := section(v.Label + "  ·  {{" + v.Name + "}}")
		var lines []string
		if v.Hint != "" {
			lines = append(lines, v.Hint)
		}
		if v.Example != "" {
			lines = append(lines, "Example: "+v.Example)
		}
		block := container.New(layout.NewCustomPaddedVBoxLayout(0), title)
		if len(lines) > 0 {
			block.Add(wrappingLabel(strings.Join(lines, "\n")))
		}
		parts = append(parts, block)
	}
	parts = append(parts, section("Suggested networks"), wrappingLabel(tmplNetworkWords(t.Networks)))

	use := widget.NewButtonWithIcon("Use this template", theme.DocumentCreateIcon(), func() { s.use(t) })
	use.Importance = widget.HighImportance
	dup := widget.NewButtonWithIcon("Duplicate", theme.ContentCopyIcon(), func() { s.duplicate(t) })
	exp := widget.NewButtonWithIcon("Export…", theme.UploadIcon(), func() { s.chooseExport([]drafts.Template{t}, t.Key+".json") })
	buttons := container.NewHBox(use, dup, exp)

	return container.NewBorder(
		container.NewVBox(heading(t.Name), kind),
		container.NewPadded(buttons), nil, nil,
		container.NewVScroll(container.NewVBox(parts...)),
	)
}

func tmplNetworkWords(ns []drafts.Network) string {
	if len(ns) == 0 {
		return "any network"
	}
	names := make([]string, len(ns))
	for i, n := range ns {
		names[i] = n.Label()
	}
	return strings.Join(names, ", ")
}

func (s *templatesScreen) use(t drafts.Template) {
	if s.startDraft != nil {
		s.startDraft(t)
	}
}

// save stores the editor's template. On failure the editor keeps what was
// typed and shows the problem.
func (s *templatesScreen) save() (drafts.Template, bool) {
	e := s.editor
	if e == nil {
		return drafts.Template{}, false
	}
	t := e.gather()
	ctx, cancel := opContext()
	defer cancel()
	saved, err := s.svc.SaveTemplate(ctx, t)
	if err != nil {
		e.showProblem(err)
		return t, false
	}
	s.load()
	if !s.visible(saved) {
		s.search.SetText("") // so the saved template is in the list
	}
	s.showTemplate(saved)
	s.editor.say("Saved.", widget.SuccessImportance)
	return saved, true
}

func (s *templatesScreen) visible(t drafts.Template) bool {
	for _, r := range s.rows {
		if r.header == "" && tmplSame(r.t, t) {
			return true
		}
	}
	return false
}

// saveIfChanged saves an edited or new template first, so what is used,
// copied or exported is what the user sees.
func (s *templatesScreen) saveIfChanged() (drafts.Template, bool) {
	if s.editor == nil {
		return s.current, true
	}
	if s.editor.dirty || s.current.ID == 0 {
		return s.save()
	}
	return s.current, true
}

func (s *templatesScreen) useEdited() {
	if t, ok := s.saveIfChanged(); ok {
		s.use(t)
	}
}

func (s *templatesScreen) duplicateEdited() {
	if t, ok := s.saveIfChanged(); ok {
		s.duplicate(t)
	}
}

func (s *templatesScreen) exportEdited() {
	if t, ok := s.saveIfChanged(); ok {
		s.chooseExport([]drafts.Template{t}, t.Key+".json")
	}
}

// duplicate makes an own copy of t and opens it in the editor.
func (s *templatesScreen) duplicate(t drafts.Template) {
	ctx, cancel := opContext()
	defer cancel()
	cp, err := s.svc.DuplicateTemplate(ctx, t)
	if err != nil {
		showError("Could not duplicate the template", err, s.win)
		return
	}
	s.load()
	if !s.visible(cp) {
		s.search.SetText("")
	}
	s.showTemplate(cp)
	s.editor.say(fmt.Sprintf("This is your own copy of “%s”. Change it as you like and press Save.", strings.TrimSpace(t.Name)), widget.SuccessImportance)
}

func (s *templatesScreen) confirmDelete() {
	if s.editor == nil {
		return
	}
	if s.current.ID == 0 {
		// Never saved: nothing to delete but the typing.
		s.leave(s.showPlaceholder, nil)
		return
	}
	confirmDeletion(s.win, "Delete template",
		fmt.Sprintf("Delete “%s”? Drafts already made from it keep their text. This cannot be undone.", s.current.Name),
		s.deleteCurrent)
}

// deleteCurrent deletes the own template on the right; the delete
// confirmation calls it.
func (s *templatesScreen) deleteCurrent() {
	t := s.current
	ctx, cancel := opContext()
	defer cancel()
	if err := s.svc.DeleteTemplate(ctx, t.ID); err != nil {
		showError("Could not delete the template", err, s.win)
		return
	}
	s.load()
	s.showPlaceholder()
	s.setStatus(fmt.Sprintf("Deleted “%s”.", t.Name))
}

func tmplDialogSize(w fyne.Window) fyne.Size {
	size := w.Canvas().Size()
	return fyne.NewSize(min(900, size.Width*0.9), min(620, size.Height*0.9))
}

// tmplSentence starts a message with a capital letter and ends it with a
// full stop.
func tmplSentence(msg string) string {
	msg = strings.TrimSpace(msg)
	if msg == "" {
		return msg
	}
	r, n := utf8.DecodeRuneInString(msg)
	msg = string(unicode.ToUpper(r)) + msg[n:]
	if !strings.HasSuffix(msg, ".") && !strings.HasSuffix(msg, ")") {
		msg += "."
	}
	return msg
}
