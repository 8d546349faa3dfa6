package ui

// The template editor inside the Templates screen: a template's text, its
// fill-in fields, and its networks, checked as staff type.

import (
	"errors"
	"fmt"
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
