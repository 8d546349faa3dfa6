package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/store"
)

// tmplTestNow is the clock every screen test runs at: 7 March 2025, noon UTC.
var tmplTestNow = time.Date(2025, 3, 7, 12, 0, 0, 0, time.UTC)

// tmplTestService is a real service on a database in a temp folder.
func tmplTestService(t *testing.T) *drafts.Service {
	t.Helper()
	db, err := store.Open(context.Background(), t.TempDir())
	if err != nil {
		t.Fatalf("opening the test database: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	return drafts.NewService(db, func() time.Time { return tmplTestNow })
}

// tmplTestWindow shows content in a 1280×800 test window.
func tmplTestWindow(t *testing.T, content fyne.CanvasObject) fyne.Window {
	t.Helper()
	w := test.NewTempWindow(t, content)
	w.Resize(fyne.NewSize(1280, 800))
	return w
}

// uiTestWalk visits every visible object under o, looking inside widgets
// through their renderers. fn returning false stops the walk.
func uiTestWalk(o fyne.CanvasObject, fn func(fyne.CanvasObject) bool) bool {
	if o == nil || !o.Visible() {
		return true
	}
	if !fn(o) {
		return false
	}
	switch v := o.(type) {
	case *widget.Label, *widget.RichText:
		// Leaf: its text is the label's, not its parts'.
	case *fyne.Container:
		for _, c := range v.Objects {
			if !uiTestWalk(c, fn) {
				return false
			}
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(v).Objects() {
			if !uiTestWalk(c, fn) {
				return false
			}
		}
	}
	return true
}

// uiTestTypeAtEnd types text after what the entry already holds, as a
// user who clicked at the end would.
func uiTestTypeAtEnd(e *widget.Entry, text string) {
	lines := strings.Split(e.Text, "\n")
	e.CursorRow = len(lines) - 1
	e.CursorColumn = utf8.RuneCountInString(lines[len(lines)-1])
	test.Type(e, text)
}

// uiTestTexts is every visible label text under o.
func uiTestTexts(o fyne.CanvasObject) []string {
	var out []string
	uiTestWalk(o, func(c fyne.CanvasObject) bool {
		switch v := c.(type) {
		case *widget.Label:
			if v.Text != "" {
				out = append(out, v.Text)
			}
		case *canvas.Text: // e.g. form hints
			if v.Text != "" {
				out = append(out, v.Text)
			}
		}
		return true
	})
	return out
}

// uiTestHasText reports whether a visible label under o contains part.
func uiTestHasText(o fyne.CanvasObject, part string) bool {
	for _, s := range uiTestTexts(o) {
		if strings.Contains(s, part) {
			return true
		}
	}
	return false
}

// uiTestButton finds the visible button labelled text under o.
func uiTestButton(t *testing.T, o fyne.CanvasObject, text string) *widget.Button {
	t.Helper()
	var found *widget.Button
	uiTestWalk(o, func(c fyne.CanvasObject) bool {
		if b, ok := c.(*widget.Button); ok && b.Text == text {
			found = b
			return false
		}
		return true
	})
	if found == nil {
		t.Fatalf("no %q button on screen; labels: %q", text, uiTestTexts(o))
	}
	return found
}

// uiTestCheck finds the visible check box labelled text under o.
func uiTestCheck(t *testing.T, o fyne.CanvasObject, text string) *widget.Check {
	t.Helper()
	var found *widget.Check
	uiTestWalk(o, func(c fyne.CanvasObject) bool {
		if ch, ok := c.(*widget.Check); ok && ch.Text == text {
			found = ch
			return false
		}
		return true
	})
	if found == nil {
		t.Fatalf("no %q check box on screen", text)
	}
	return found
}

// uiTestDialog is the top dialog of w, failing if none is open.
func uiTestDialog(t *testing.T, w fyne.Window) fyne.CanvasObject {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("expected a dialog to be open, but none is")
	}
	return top
}

// uiTestRowTexts renders list row id the way the list does and returns
// its visible label texts.
func uiTestRowTexts(l *widget.List, id widget.ListItemID) []string {
	o := l.CreateItem()
	l.UpdateItem(id, o)
	return uiTestTexts(o)
}

type tmplTestScreen struct {
	*templatesScreen
	svc     *drafts.Service
	win     fyne.Window
	started []drafts.Template
}

func newTmplTestScreen(t *testing.T) *tmplTestScreen {
	t.Helper()
	test.NewTempApp(t)
	svc := tmplTestService(t)
	ts := &tmplTestScreen{svc: svc}
	w := test.NewTempWindow(t, nil)
	ts.templatesScreen = newTemplatesScreen(svc, w, func(tp drafts.Template) { ts.started = append(ts.started, tp) })
	w.SetContent(ts.Content())
	w.Resize(fyne.NewSize(1280, 800))
	ts.win = w
	return ts
}

// rowOf is the list row showing the template named name, or -1.
func (ts *tmplTestScreen) rowOf(name string) widget.ListItemID {
	for i := range ts.rows {
		texts := uiTestRowTexts(ts.list, i)
		if len(texts) > 0 && texts[0] == name {
			return i
		}
	}
	return -1
}

func (ts *tmplTestScreen) own(t *testing.T) []drafts.Template {
	t.Helper()
	own, err := ts.svc.OwnTemplates(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return own
}

func (ts *tmplTestScreen) saveOwn(t *testing.T, tp drafts.Template) drafts.Template {
	t.Helper()
	saved, err := ts.svc.SaveTemplate(context.Background(), tp)
	if err != nil {
		t.Fatal(err)
	}
	ts.Refresh()
	return saved
}

func TestTemplatesScreen(t *testing.T) {
	t.Run("lists built-ins under category headings, marked Built-in", func(t *testing.T) {
		ts := newTmplTestScreen(t)
		builtins, _ := drafts.BuiltinTemplates()
		if len(builtins) == 0 {
			t.Fatal("no built-in templates shipped")
		}
		if ts.rows[0].header != drafts.TemplateCategories[0] {
			t.Errorf("first heading = %q, want %q", ts.rows[0].header, drafts.TemplateCategories[0])
		}
		var templates int
		for i, r := range ts.rows {
			texts := uiTestRowTexts(ts.list, i)
			if r.header != "" {
				if len(texts) != 1 || texts[0] != r.header {
					t.Errorf("heading row %d shows %q", i, texts)
				}
				continue
			}
			templates++
			if len(texts) != 2 || texts[0] != r.t.Name || texts[1] != "Built-in" {
				t.Errorf("row %d shows %q, want [%q Built-in]", i, texts, r.t.Name)
			}
		}
		if templates != len(builtins) {
			t.Errorf("list shows %d templates, want %d", templates, len(builtins))
		}
		if !uiTestHasText(ts.detail, "Choose a template on the left") {
			t.Errorf("right side should invite a choice, shows %q", uiTestTexts(ts.detail))
		}
	})

	t.Run("search narrows the list and keeps headings", func(t *testing.T) {
		ts := newTmplTestScreen(t)
		test.Type(ts.search, "holiday")
		if ts.rowOf("Holiday closure") < 0 {
			t.Fatalf("search for holiday did not find “Holiday closure”")
		}
		for _, r := range ts.rows {
			if r.header == "" && !strings.Contains(strings.ToLower(r.t.Name+r.t.Category+r.t.Body), "holiday") {
				t.Errorf("%q does not match the search", r.t.Name)
			}
		}
		if ts.rows[0].header == "" {
			t.Error("first row should be a category heading")
		}
		ts.search.SetText("zzz-no-such-template")
		if len(ts.rows) != 0 {
			t.Errorf("rows = %d, want 0", len(ts.rows))
		}
	})

	t.Run("typing a new template and tapping Save adds it to the list", func(t *testing.T) {
		ts := newTmplTestScreen(t)
		before := len(ts.rows)
		test.Tap(ts.newButton)
		e := ts.editor
		if e == nil {
			t.Fatal("New template did not open the editor")
		}
		test.Type(e.name, "Flu shot reminder")
		test.Type(e.category, "Health tip")
		test.Type(e.body, "Flu shots are in! Walk in on {{shot.day}} or call {{clinic.phone}}.")
		test.Tap(uiTestButton(t, ts.detail, "Add a blank"))
		row := e.vars[len(e.vars)-1]
		test.Type(row.name, "shot.day")
		test.Type(row.label, "Day of the clinic")
		test.Type(row.hint, "e.g. Saturday")
		test.Type(row.example, "Saturday")
		test.Tap(uiTestCheck(t, ts.detail, drafts.Facebook.Label()))
		test.Tap(uiTestButton(t, ts.detail, "Save"))

		if !uiTestHasText(ts.detail, "Saved.") {
			t.Fatalf("no Saved message; screen shows %q", uiTestTexts(ts.detail))
		}
		if len(ts.rows) != before+1 {
			t.Errorf("list has %d rows, want %d", len(ts.rows), before+1)
		}
		id := ts.rowOf("Flu shot reminder")
		if id < 0 {
			t.Fatal("the new template is not in the list")
		}
		if got := uiTestRowTexts(ts.list, id); len(got) != 1 {
			t.Errorf("own template row shows %q, want just its name", got)
		}
		if ts.selected != id {
			t.Errorf("selected row = %d, want the new template's row %d", ts.selected, id)
		}
		own := ts.own(t)
		if len(own) != 1 {
			t.Fatalf("own templates = %d, want 1", len(own))
		}
		got := own[0]
		if got.Category != "Health tip" || len(got.Variables) != 1 || got.Variables[0].Label != "Day of the clinic" ||
			len(got.Networks) != 1 || got.Networks[0] != drafts.Facebook {
			t.Errorf("stored %+v", got)
		}
	})

	t.Run("a malformed body shows line and column and keeps the text", func(t *testing.T) {
		ts := newTmplTestScreen(t)
		test.Tap(ts.newButton)
		e := ts.editor
		body := "Hello!\nSee you {{event.date"
		test.Type(e.name, "Broken one")
		test.Type(e.body, body)
		test.Tap(uiTestButton(t, ts.detail, "Save"))

		if !e.bodyErr.Visible() || !strings.HasPrefix(e.bodyErr.Text, "Line 2, column 9: ") {
			t.Errorf("body problem = %q (visible %v), want it at line 2, column 9", e.bodyErr.Text, e.bodyErr.Visible())
		}
		if !uiTestHasText(ts.detail, "Everything you typed is still here") {
			t.Errorf("no reassurance that the text is kept; shows %q", uiTestTexts(ts.detail))
		}
		if e.body.Text != body || e.name.Text != "Broken one" || ts.editor != e {
			t.Errorf("typing lost: name %q body %q", e.name.Text, e.body.Text)
		}
		if e.body.CursorRow != 1 || e.body.CursorColumn != 8 {
			t.Errorf("cursor at %d:%d, want on the problem (1:8)", e.body.CursorRow, e.body.CursorColumn)
		}
		if n := len(ts.own(t)); n != 0 {
			t.Errorf("%d templates stored, want none", n)
		}

		// Fixing the braces clears the problem as the user types.
		uiTestTypeAtEnd(e.body, "}}")
		if !e.bodyErr.Visible() || !strings.Contains(e.bodyErr.Text, "Unknown variable {{event.date}}") {
			t.Errorf("after closing the braces the problem should be the undeclared blank, got %q", e.bodyErr.Text)
		}
		test.Tap(uiTestButton(t, ts.detail, "Add blanks used in the text"))
		if len(e.vars) != 1 || e.vars[0].name.Text != "event.date" || e.vars[0].label.Text != "Event date" {
			t.Fatalf("blanks after adding used ones: %d", len(e.vars))
		}
		if e.bodyErr.Visible() {
			t.Errorf("problem still shown after declaring the blank: %q", e.bodyErr.Text)
		}
		test.Tap(uiTestButton(t, ts.detail, "Save"))
		if n := len(ts.own(t)); n != 1 {
			t.Errorf("%d templates stored after fixing, want 1", n)
		}
	})

	t.Run("a missing name is explained and nothing typed is lost", func(t *testing.T) {
		ts := newTmplTestScreen(t)
		test.Tap(ts.newButton)
		e := ts.editor
		test.Type(e.body, "Open late on Thursdays.")
		test.Tap(uiTestButton(t, ts.detail, "Save"))
		if !e.message.Visible() || !strings.Contains(e.message.Text, "needs a name") {
			t.Errorf("message = %q, want the missing name explained", e.message.Text)
		}
		if e.body.Text != "Open late on Thursdays." {
			t.Errorf("body = %q", e.body.Text)
		}
	})

	t.Run("a built-in is read-only and Duplicate makes an own copy and selects it", func(t *testing.T) {
		ts := newTmplTestScreen(t)
		id := 1 // first template under the first heading
		orig := ts.rows[id].t
		ts.list.Select(id)
		if ts.editor != nil {
			t.Fatal("a built-in opened in the editor")
		}
		if !uiTestHasText(ts.detail, "Built-in template · "+orig.Category) || !uiTestHasText(ts.detail, orig.Variables[0].Label) {
			t.Errorf("read-only view shows %q", uiTestTexts(ts.detail))
		}
		test.Tap(uiTestButton(t, ts.detail, "Duplicate"))
		if ts.editor == nil {
			t.Fatal("the copy did not open in the editor")
		}
		want := orig.Name + " (copy)"
		if ts.editor.name.Text != want {
			t.Errorf("editor name = %q, want %q", ts.editor.name.Text, want)
		}
		if ts.editor.body.Text != orig.Body || len(ts.editor.vars) != len(orig.Variables) {
			t.Error("the copy's text or blanks differ from the original")
		}
		if row := ts.rowOf(want); row < 0 || row != ts.selected {
			t.Errorf("copy row %d, selected %d", row, ts.selected)
		}
		if !uiTestHasText(ts.detail, "your own copy") {
			t.Errorf("no word about the copy; shows %q", uiTestTexts(ts.detail))
		}
		if n := len(ts.own(t)); n != 1 {
			t.Errorf("own templates = %d, want 1", n)
		}
	})

	t.Run("Use this template hands the template to the draft starter", func(t *testing.T) {
		ts := newTmplTestScreen(t)
		ts.list.Select(1)
		test.Tap(uiTestButton(t, ts.detail, "Use this template"))
		if len(ts.started) != 1 || ts.started[0].Key != ts.rows[1].t.Key {
			t.Errorf("started %v", ts.started)
		}
	})

	t.Run("Use this template on an edited own template saves it first", func(t *testing.T) {
		ts := newTmplTestScreen(t)
		saved := ts.saveOwn(t, drafts.Template{Name: "Parking", Category: "Announcement", Body: "Parking is free."})
		ts.list.Select(ts.rowOf("Parking"))
		uiTestTypeAtEnd(ts.editor.body, " Spaces at the back.")
		test.Tap(uiTestButton(t, ts.detail, "Use this template"))
		if len(ts.started) != 1 || ts.started[0].ID != saved.ID || ts.started[0].Body != "Parking is free. Spaces at the back." {
			t.Fatalf("started %+v", ts.started)
		}
		if got := ts.own(t)[0].Body; got != "Parking is free. Spaces at the back." {
			t.Errorf("stored body = %q", got)
		}
	})

	t.Run("Delete asks first, then removes the own template", func(t *testing.T) {
		ts := newTmplTestScreen(t)
		ts.saveOwn(t, drafts.Template{Name: "Old hours", Category: "Announcement", Body: "We close at 5."})
		before := len(ts.rows)
		ts.list.Select(ts.rowOf("Old hours"))
		test.Tap(uiTestButton(t, ts.detail, "Delete"))
		d := uiTestDialog(t, ts.win)
		if !uiTestHasText(d, "Delete “Old hours”?") {
			t.Errorf("confirmation shows %q", uiTestTexts(d))
		}
		test.Tap(uiTestButton(t, d, "Delete"))
		if n := len(ts.own(t)); n != 0 {
			t.Errorf("own templates = %d, want 0", n)
		}
		// Built-in announcements keep the heading, so just one row goes.
		if ts.rowOf("Old hours") >= 0 || len(ts.rows) != before-1 {
			t.Errorf("rows %d (was %d); still listed: %v", len(ts.rows), before, ts.rowOf("Old hours") >= 0)
		}
		if !uiTestHasText(ts.Content(), "Deleted “Old hours”.") {
			t.Errorf("no deletion notice")
		}
	})

	t.Run("leaving unsaved changes asks, and Keep editing keeps them", func(t *testing.T) {
		ts := newTmplTestScreen(t)
		ts.saveOwn(t, drafts.Template{Name: "Parking", Category: "Announcement", Body: "Parking is free."})
		ts.list.Select(ts.rowOf("Parking"))
		e := ts.editor
		uiTestTypeAtEnd(e.body, " Mostly.")
		ts.list.Select(1)
		d := uiTestDialog(t, ts.win)
		test.Tap(uiTestButton(t, d, "Keep editing"))
		if ts.editor != e || e.body.Text != "Parking is free. Mostly." {
			t.Errorf("edits lost: editor same %v, body %q", ts.editor == e, e.body.Text)
		}
		if ts.selected != ts.rowOf("Parking") {
			t.Errorf("selection moved to %d", ts.selected)
		}
		ts.list.Select(1)
		test.Tap(uiTestButton(t, uiTestDialog(t, ts.win), "Discard changes"))
		if ts.editor != nil || !tmplSame(ts.current, ts.rows[1].t) {
			t.Error("Discard changes did not move on")
		}
	})

	t.Run("export then import round-trips through a file", func(t *testing.T) {
		ts := newTmplTestScreen(t)
		orig := ts.saveOwn(t, drafts.Template{Name: "Parking", Category: "Announcement", Body: "Parking on {{lot.day}}.",
			Variables: []drafts.TemplateVariable{{Name: "lot.day", Label: "Day", Hint: "weekday", Example: "Monday"}},
			Networks:  []drafts.Network{drafts.Mastodon}})
		path := filepath.Join(t.TempDir(), "mine.json")
		w, err := storage.Writer(storage.NewFileURI(path))
		if err != nil {
			t.Fatal(err)
		}
		<-ts.exportTo(w, ts.own(t))
		if !uiTestHasText(ts.Content(), "Saved “Parking” to mine.json") {
			t.Errorf("export notice: %q", ts.status.Text)
		}
		if err := ts.svc.DeleteTemplate(context.Background(), orig.ID); err != nil {
			t.Fatal(err)
		}
		ts.Refresh()

		r, err := storage.Reader(storage.NewFileURI(path))
		if err != nil {
			t.Fatal(err)
		}
		<-ts.importFrom(r)
		if !uiTestHasText(ts.Content(), "Imported 1 template from mine.json: “Parking”.") {
			t.Errorf("import notice: %q", ts.status.Text)
		}
		if ts.rowOf("Parking") < 0 {
			t.Fatal("imported template not listed")
		}
		own := ts.own(t)
		if len(own) != 1 || own[0].Body != orig.Body || own[0].Variables[0] != orig.Variables[0] || own[0].Networks[0] != drafts.Mastodon {
			t.Errorf("imported %+v", own)
		}
		if ts.editor == nil || ts.editor.name.Text != "Parking" {
			t.Error("the imported template is not shown")
		}
	})

	t.Run("importing a damaged file says why and imports nothing", func(t *testing.T) {
		ts := newTmplTestScreen(t)
		path := filepath.Join(t.TempDir(), "broken.json")
		if err := os.WriteFile(path, []byte(`{"format": "carepost-templates", "version": 1, "templates": [{"name": "X", "body": "Hi {{oops"}]}`), 0o600); err != nil {
			t.Fatal(err)
		}
		r, err := storage.Reader(storage.NewFileURI(path))
		if err != nil {
			t.Fatal(err)
		}
		<-ts.importFrom(r)
		d := uiTestDialog(t, ts.win)
		if !uiTestHasText(d, "Nothing was imported from broken.json.") {
			t.Errorf("dialog shows %q", uiTestTexts(d))
		}
		if n := len(ts.own(t)); n != 0 {
			t.Errorf("own templates = %d", n)
		}
		if ts.importButton.Disabled() {
			t.Error("Import… stays disabled after a failed import")
		}
	})

	t.Run("Export all mine with no own templates explains instead of opening a file dialog", func(t *testing.T) {
		ts := newTmplTestScreen(t)
		test.Tap(ts.exportAllButton)
		d := uiTestDialog(t, ts.win)
		if !uiTestHasText(d, "no templates of your own yet") {
			t.Errorf("dialog shows %q", uiTestTexts(d))
		}
	})
}
