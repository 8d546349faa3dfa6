package ui

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/storage"
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

// tmplFileFilter limits file dialogs to template files.
func tmplFileFilter() storage.FileFilter {
	return storage.NewExtensionFileFilter([]string{".json"})
}

func (s *templatesScreen) chooseImport() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			showError("Could not open the file", err, s.win)
			return
		}
		if r == nil {
			return // cancelled
		}
		s.importFrom(r)
	}, s.win)
	d.SetFilter(tmplFileFilter())
	d.SetConfirmText("Import")
	d.Resize(tmplDialogSize(s.win))
	d.Show()
}

// importFrom reads a templates file off the UI goroutine and reports the
// result. The returned channel closes once the screen shows the outcome.
func (s *templatesScreen) importFrom(r fyne.URIReadCloser) <-chan struct{} {
	done := make(chan struct{})
	name := r.URI().Name()
	s.importButton.Disable()
	s.setStatus("Importing templates from " + name + "…")
	go func() {
		ctx, cancel := opContext()
		imported, err := s.svc.ImportTemplates(ctx, r)
		cancel()
		closeErr := r.Close()
		if err == nil && closeErr != nil {
			err = closeErr
		}
		fyne.Do(func() {
			defer close(done)
			s.importButton.Enable()
			s.importFinished(name, imported, err)
		})
	}()
	return done
}

func (s *templatesScreen) importFinished(file string, imported []drafts.Template, err error) {
	if err != nil {
		s.setStatus("Nothing was imported from " + file + ".")
		showError("Could not import templates",
			fmt.Errorf("Nothing was imported from %s. %s", file, tmplSentence(err.Error())), s.win)
		return
	}
	s.load()
	var msg string
	switch len(imported) {
	case 0:
		msg = file + " has no templates in it, so nothing was imported."
	case 1:
		msg = fmt.Sprintf("Imported 1 template from %s: “%s”.", file, imported[0].Name)
	default:
		names := make([]string, len(imported))
		for i, t := range imported {
			names[i] = "“" + t.Name + "”"
		}
		msg = fmt.Sprintf("Imported %d templates from %s: %s.", len(imported), file, strings.Join(names, ", "))
	}
	s.setStatus(msg)
	if len(imported) > 0 && (s.editor == nil || !s.editor.dirty) {
		if t, ok := s.find(imported[0]); ok {
			s.showTemplate(t)
		}
	}
}

func (s *templatesScreen) chooseExportAll() {
	ctx, cancel := opContext()
	defer cancel()
	own, err := s.svc.OwnTemplates(ctx)
	if err != nil {
		showError("Could not read your templates", err, s.win)
		return
	}
	if len(own) == 0 {
		dialog.ShowInformation("Nothing to export",
			"You have no templates of your own yet. Duplicate a built-in one or press “New template” first.", s.win)
		return
	}
	s.chooseExport(own, "carepost-templates.json")
}

func (s *templatesScreen) chooseExport(ts []drafts.Template, fileName string) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			showError("Could not create the file", err, s.win)
			return
		}
		if w == nil {
			return // cancelled
		}
		s.exportTo(w, ts)
	}, s.win)
	d.SetFileName(fileName)
	d.SetFilter(tmplFileFilter())
	d.SetConfirmText("Export")
	d.Resize(tmplDialogSize(s.win))
	d.Show()
}

// exportTo writes ts as a templates file off the UI goroutine and reports
// the result. The returned channel closes once the screen shows it.
func (s *templatesScreen) exportTo(w fyne.URIWriteCloser, ts []drafts.Template) <-chan struct{} {
	done := make(chan struct{})
	ts = slices.Clone(ts)
	name := w.URI().Name()
	s.setStatus("Saving " + name + "…")
	go func() {
		err := s.svc.ExportTemplates(w, ts)
		if closeErr := w.Close(); err == nil {
			err = closeErr
		}
		fyne.Do(func() {
			defer close(done)
			if err != nil {
				s.setStatus("The templates were not saved to " + name + ".")
				showError("Could not export templates", fmt.Errorf("%s was not saved. %s", name, tmplSentence(err.Error())), s.win)
				return
			}
			if len(ts) == 1 {
				s.setStatus(fmt.Sprintf("Saved “%s” to %s. Another CarePost can import it with “Import…”.", ts[0].Name, name))
			} else {
				s.setStatus(fmt.Sprintf("Saved %d templates to %s. Another CarePost can import them with “Import…”.", len(ts), name))
			}
		})
	}()
	return done
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

// tmplEditor edits one of the clinic's own templates (or a new one).
type tmplEditor struct {
	s *templatesScreen
	t drafts.Template // stored version; ID 0 while new

	name     *widget.Entry
	category *widget.SelectEntry
	body     *widget.Entry
	bodyErr  *widget.Label
	vars     []*tmplVarRow
	varBox   *fyne.Container
	networks *widget.CheckGroup
	message  *widget.Label
	save     *widget.Button

	dirty   bool
	loading bool
	content fyne.CanvasObject
}

// tmplVarRow is one blank in the editor's small list of variables.
type tmplVarRow struct {
	name, label, hint, example *widget.Entry
	row                        fyne.CanvasObject
}

func newTmplEditor(s *templatesScreen, t drafts.Template) *tmplEditor {
	e := &tmplEditor{s: s, t: t, loading: true}
	defer func() { e.loading = false }()

	e.name = widget.NewEntry()
	e.name.SetPlaceHolder("e.g. Flu shot reminder")
	e.name.SetText(t.Name)
	e.name.OnChanged = func(string) { e.changed() }

	e.category = widget.NewSelectEntry(drafts.TemplateCategories)
	e.category.SetPlaceHolder("Choose or type a category")
	e.category.SetText(t.Category)
	e.category.OnChanged = func(string) { e.changed() }

	e.body = widget.NewMultiLineEntry()
	e.body.Wrapping = fyne.TextWrapWord
	e.body.SetMinRowsVisible(8)
	e.body.SetPlaceHolder("Write the post. Put blanks in double braces, e.g. Join us on {{event.date}}! Call {{clinic.phone}}.")
	e.body.SetText(t.Body)
	e.body.OnChanged = func(string) { e.changed(); e.recheckBody() }

	e.bodyErr = wrappingLabel("")
	e.bodyErr.Importance = widget.DangerImportance
	e.bodyErr.Hide()

	e.varBox = container.NewVBox()
	for _, v := range t.Variables {
		e.addVar(v)
	}
	addBlank := widget.NewButtonWithIcon("Add a blank", theme.ContentAddIcon(), func() {
		r := e.addVar(drafts.TemplateVariable{})
		e.changed()
		s.win.Canvas().Focus(r.name)
	})
	addUsed := widget.NewButton("Add blanks used in the text", e.addUsedVars)

	e.networks = networkChecks(t.Networks, e.changed)

	e.message = wrappingLabel("")
	e.message.Hide()

	form := widget.NewForm(
		widget.NewFormItem("Name", e.name),
		&widget.FormItem{Text: "Category", Widget: e.category, HintText: "Pick one of the usual categories or type your own."},
		widget.NewFormItem("Text", container.NewVBox(
			tmplHelp("Blanks look like {{event.date}}. Your clinic's details fill in by themselves: "+
				"{{clinic.name}}, {{clinic.phone}}, {{clinic.website}}, {{clinic.address}}, {{clinic.emergency}}."),
			e.body, e.bodyErr)),
		widget.NewFormItem("Blanks", container.NewVBox(
			tmplHelp("Each blank staff fill in when drafting from this template: its name as written between the braces, "+
				"the label and hint they see, and an example for previews."),
			container.NewGridWithColumns(4,
				tmplColumnTitle("Name in the text"), tmplColumnTitle("Label staff see"),
				tmplColumnTitle("Hint"), tmplColumnTitle("Example")),
			e.varBox,
			container.NewHBox(addBlank, addUsed),
		)),
		&widget.FormItem{Text: "Suggested networks", Widget: e.networks, HintText: "Leave all unticked to suggest every network."},
	)

	e.save = widget.NewButtonWithIcon("Save", theme.DocumentSaveIcon(), func() { s.save() })
	e.save.Importance = widget.HighImportance
	use := widget.NewButtonWithIcon("Use this template", theme.DocumentCreateIcon(), s.useEdited)
	dup := widget.NewButtonWithIcon("Duplicate", theme.ContentCopyIcon(), s.duplicateEdited)
	exp := widget.NewButtonWithIcon("Export…", theme.UploadIcon(), s.exportEdited)
	del := widget.NewButtonWithIcon("Delete", theme.DeleteIcon(), s.confirmDelete)
	del.Importance = widget.DangerImportance
	if t.ID == 0 {
		del.SetText("Discard")
	}

	title := "New template"
	sub := "Your own template. Nothing is kept until you press Save."
	if t.ID != 0 {
		title = t.Name
		sub = "Your own template · " + tmplCategory(t)
	}
	subLabel := widget.NewLabelWithStyle(sub, fyne.TextAlignLeading, fyne.TextStyle{Italic: true})

	e.content = container.NewBorder(
		container.NewVBox(heading(title), subLabel),
		container.NewVBox(e.message, container.NewPadded(container.NewHBox(e.save, use, dup, exp, layout.NewSpacer(), del))),
		nil, nil,
		container.NewVScroll(form),
	)
	return e
}

// tmplHelp is a wrapping line of help inside a form. (Form hint texts do
// not wrap, so long help goes here instead.)
func tmplHelp(text string) *widget.Label {
	l := wrappingLabel(text)
	l.TextStyle = fyne.TextStyle{Italic: true}
	return l
}

func tmplColumnTitle(text string) *widget.Label {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}

func (e *tmplEditor) addVar(v drafts.TemplateVariable) *tmplVarRow {
	r := &tmplVarRow{name: widget.NewEntry(), label: widget.NewEntry(), hint: widget.NewEntry(), example: widget.NewEntry()}
	r.name.SetPlaceHolder("event.date")
	r.label.SetPlaceHolder("Event date")
	r.hint.SetPlaceHolder("e.g. Saturday, March 7")
	r.example.SetPlaceHolder("Saturday, March 7")
	r.name.SetText(v.Name)
	r.label.SetText(v.Label)
	r.hint.SetText(v.Hint)
	r.example.SetText(v.Example)
	for _, en := range []*widget.Entry{r.name, r.label, r.hint, r.example} {
		en.OnChanged = func(string) { e.changed() }
	}
	remove := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { e.removeVar(r) })
	remove.Importance = widget.LowImportance
	r.row = container.NewBorder(nil, nil, nil, remove, container.NewGridWithColumns(4, r.name, r.label, r.hint, r.example))
	e.vars = append(e.vars, r)
	e.varBox.Add(r.row)
	return r
}

func (e *tmplEditor) removeVar(r *tmplVarRow) {
	i := slices.Index(e.vars, r)
	if i < 0 {
		return
	}
	e.vars = slices.Delete(e.vars, i, i+1)
	e.varBox.Remove(r.row)
	e.changed()
}

// addUsedVars declares every blank the text uses that is not declared
// yet, with a label made from its name.
func (e *tmplEditor) addUsedVars() {
	declared := map[string]bool{}
	for _, r := range e.vars {
		declared[strings.TrimSpace(r.name.Text)] = true
	}
	added := 0
	for _, name := range (drafts.Template{Body: e.body.Text}).VariablesUsed() {
		if declared[name] || strings.HasPrefix(name, "clinic.") {
			continue
		}
		declared[name] = true
		e.addVar(drafts.TemplateVariable{Name: name, Label: tmplLabelFromName(name)})
		added++
	}
	if added == 0 {
		e.say("Every blank in the text is already listed.", widget.MediumImportance)
		return
	}
	e.changed()
	e.say(fmt.Sprintf("Added %d blank(s). Check their labels, then press Save.", added), widget.MediumImportance)
	e.recheckBody()
}

// tmplLabelFromName turns "event.start_date" into "Event start date".
func tmplLabelFromName(name string) string {
	words := strings.Join(strings.Fields(strings.NewReplacer(".", " ", "_", " ").Replace(name)), " ")
	r, n := utf8.DecodeRuneInString(words)
	if n == 0 {
		return name
	}
	return string(unicode.ToUpper(r)) + words[n:]
}

func (e *tmplEditor) changed() {
	if e.loading {
		return
	}
	e.dirty = true
	if e.message.Importance == widget.SuccessImportance {
		e.say("", widget.MediumImportance)
	}
}

// gather reads the template as typed.
func (e *tmplEditor) gather() drafts.Template {
	t := drafts.Template{ID: e.t.ID, Key: e.t.Key}
	t.Name = strings.TrimSpace(e.name.Text)
	t.Category = strings.TrimSpace(e.category.Text)
	t.Body = e.body.Text
	for _, r := range e.vars {
		v := drafts.TemplateVariable{
			Name:    strings.TrimSpace(r.name.Text),
			Label:   strings.TrimSpace(r.label.Text),
			Hint:    strings.TrimSpace(r.hint.Text),
			Example: strings.TrimSpace(r.example.Text),
		}
		if v == (drafts.TemplateVariable{}) {
			continue // an empty row the user added and never filled
		}
		t.Variables = append(t.Variables, v)
	}
	t.Networks = checkedNetworks(e.networks)
	return t
}

func (e *tmplEditor) say(text string, imp widget.Importance) {
	e.message.Importance = imp
	setStatusLine(e.message, text)
}

func (e *tmplEditor) setBodyErr(text string) {
	e.bodyErr.SetText(text)
	if text == "" {
		e.bodyErr.Hide()
	} else {
		e.bodyErr.Show()
	}
}

// showProblem explains why saving failed, next to the part to fix.
func (e *tmplEditor) showProblem(err error) {
	var te *drafts.TemplateError
	var fe *drafts.TemplateFieldError
	switch {
	case errors.As(err, &te):
		e.setBodyErr(tmplBodyProblem(te))
		e.say("Not saved yet: there is a problem in the text, shown under it. Everything you typed is still here.", widget.DangerImportance)
		e.body.CursorRow, e.body.CursorColumn = te.Line-1, te.Column-1
		e.body.Refresh()
		e.s.win.Canvas().Focus(e.body)
	case errors.As(err, &fe):
		e.setBodyErr("")
		msg := tmplSentence(fe.Msg)
		switch fe.Field {
		case "body":
			e.setBodyErr(msg)
			msg = "Not saved yet: " + fe.Msg + "."
		case "variables":
			msg = fmt.Sprintf("Not saved yet. Blank %d: %s", fe.Index+1, msg)
		case "networks":
			msg = "Not saved yet. Suggested networks: " + msg
		default:
			msg = "Not saved yet: " + strings.TrimSuffix(fe.Msg, ".") + "."
		}
		e.say(msg, widget.DangerImportance)
	default:
		e.setBodyErr("")
		e.say("Not saved: "+tmplSentence(err.Error())+" Everything you typed is still here.", widget.DangerImportance)
	}
}

func tmplBodyProblem(te *drafts.TemplateError) string {
	return fmt.Sprintf("Line %d, column %d: %s", te.Line, te.Column, tmplSentence(te.Msg))
}

// recheckBody updates a shown body problem as the user fixes it.
func (e *tmplEditor) recheckBody() {
	if !e.bodyErr.Visible() {
		return
	}
	var te *drafts.TemplateError
	if err := e.gather().Validate(); errors.As(err, &te) {
		e.setBodyErr(tmplBodyProblem(te))
		return
	}
	e.setBodyErr("")
}
