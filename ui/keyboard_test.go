package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

// pressShortcut delivers a shortcut as the desktop driver does: the main
// menu's items first, wherever the focus is, then the focused widget, then
// the canvas.
func pressShortcut(w fyne.Window, key fyne.KeyName) {
	sc := &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault}
	if menu := w.MainMenu(); menu != nil {
		for _, m := range menu.Items {
			for _, i := range m.Items {
				if i.Shortcut != nil && i.Shortcut.ShortcutName() == sc.ShortcutName() && i.Action != nil {
					i.Action()
					return
				}
			}
		}
	}
	if f, ok := w.Canvas().Focused().(fyne.Shortcutable); ok {
		f.TypedShortcut(sc)
		return
	}
	w.Canvas().(fyne.Shortcutable).TypedShortcut(sc)
}

func TestShortcutsWorkWithTheFocusInATextBox(t *testing.T) {
	svc, acc := newFlowService(t, true)
	m := newFlowWindow(t, svc, acc)
	e := m.drafts.editor
	ctx := context.Background()

	t.Run("Ctrl+N opens a new draft from inside the text", func(t *testing.T) {
		m.NewDraft()
		test.Type(e.body, "First draft text.")
		first := e.d.ID
		m.Window.Canvas().Focus(e.body)
		pressShortcut(m.Window, fyne.KeyN)
		settle(t, e)
		if e.d.ID == first || e.body.Text != "" {
			t.Fatalf("still on draft %d with %q", e.d.ID, e.body.Text)
		}
		if d, err := svc.Draft(ctx, first); err != nil || d.Body != "First draft text." {
			t.Fatalf("the first draft was not saved on the way: %q %v", d.Body, err)
		}
	})
	t.Run("Ctrl+S saves from inside the text", func(t *testing.T) {
		m.Window.Canvas().Focus(e.body)
		test.Type(e.body, "Walk-in flu shots.")
		pressShortcut(m.Window, fyne.KeyS)
		settle(t, e)
		if d, err := svc.Draft(ctx, e.d.ID); err != nil || d.Body != "Walk-in flu shots." {
			t.Fatalf("stored %q %v", d.Body, err)
		}
		if !strings.HasPrefix(e.savedLabel.Text, "Saved") {
			t.Fatalf("the editor says %q", e.savedLabel.Text)
		}
	})
	t.Run("Ctrl+F goes to the search box from inside the text", func(t *testing.T) {
		m.Window.Canvas().Focus(e.body)
		pressShortcut(m.Window, fyne.KeyF)
		if m.Window.Canvas().Focused() != m.drafts.search {
			t.Fatalf("focus is on %T", m.Window.Canvas().Focused())
		}
	})
	t.Run("Ctrl+Q saves what is typed before quitting", func(t *testing.T) {
		m.Window.Canvas().Focus(e.body)
		test.Type(e.body, " Bring your card.")
		pressShortcut(m.Window, fyne.KeyQ)
		settle(t, e)
		if d, err := svc.Draft(ctx, e.d.ID); err != nil || !strings.HasSuffix(d.Body, "Bring your card.") {
			t.Fatalf("stored %q %v", d.Body, err)
		}
	})
}
