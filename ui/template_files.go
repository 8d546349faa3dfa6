package ui

// Importing and exporting templates as files from the Templates screen.

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"github.com/carepost/carepost/drafts"
)

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
