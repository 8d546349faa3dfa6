package ui

// The draft editor's pictures: choosing, attaching, describing and
// removing them.

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/carepost/carepost/drafts"
)

func (e *draftEditor) chooseImage() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			showError("Could not open the picture", err, e.win)
			return
		}
		if r == nil {
			return
		}
		id := e.d.ID
		go func() {
			defer r.Close() // read only: everything needed was read, or the error above says why not
			data, err := io.ReadAll(io.LimitReader(r, drafts.MaxImageBytes+1))
			if err == nil && len(data) > drafts.MaxImageBytes {
				err = fmt.Errorf("%s is larger than any network accepts", r.URI().Name())
			}
			fyne.Do(func() {
				if err != nil {
					showError("Could not add the picture", err, e.win)
					return
				}
				e.attachImage(id, r.URI().Name(), data)
			})
		}()
	}, e.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".jpg", ".jpeg", ".png", ".gif", ".webp"}))
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// attachImage stores the picture and shows it; the draft must be the one
// the picture was chosen for.
func (e *draftEditor) attachImage(draftID int64, name string, data []byte) {
	if draftID != e.d.ID {
		return
	}
	svc := e.svc
	var img drafts.Image
	e.inBackground(func(ctx context.Context) error {
		var err error
		img, err = svc.AttachImageData(ctx, draftID, name, data)
		return err
	}, func(err error) {
		if err != nil {
			showError("Could not add the picture", err, e.win)
			return
		}
		if draftID != e.d.ID {
			return
		}
		e.d.Images = append(e.d.Images, img)
		e.d.Status = drafts.StatusDraft
		e.rebuildImages()
		e.offerInstagram()
		e.recheck()
	})
}

func (e *draftEditor) rebuildImages() {
	e.imagesBox.RemoveAll()
	for i := range e.d.Images {
		img := e.d.Images[i]
		thumb := canvas.NewImageFromFile(img.Path)
		thumb.FillMode = canvas.ImageFillContain
		thumb.SetMinSize(fyne.NewSize(96, 96))
		alt := widget.NewEntry()
		alt.SetPlaceHolder("Describe the picture for people who cannot see it")
		alt.SetText(img.AltText)
		person := widget.NewCheck("Shows a person", nil)
		person.SetChecked(img.ShowsPerson)
		// Saved with the text by the autosaver (SaveDraft stores the
		// pictures' details), never by a write per keystroke.
		save := func() {
			for j := range e.d.Images {
				if e.d.Images[j].MediaID == img.MediaID {
					e.d.Images[j].AltText, e.d.Images[j].ShowsPerson = strings.TrimSpace(alt.Text), person.Checked
				}
			}
			e.changed()
		}
		alt.OnChanged = func(string) { save() }
		person.OnChanged = func(bool) { save() }
		remove := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
			id, svc := e.d.ID, e.svc
			e.inBackground(func(ctx context.Context) error { return svc.RemoveImage(ctx, id, img.MediaID) }, func(err error) {
				if err != nil {
					showError("Could not remove the picture", err, e.win)
					return
				}
				if e.d.ID != id {
					return
				}
				for j := range e.d.Images {
					if e.d.Images[j].MediaID == img.MediaID {
						e.d.Images = slices.Delete(e.d.Images, j, j+1)
						break
					}
				}
				e.rebuildImages()
				e.offerInstagram()
				e.recheck()
			})
		})
		info := widget.NewLabel(fmt.Sprintf("%s · %s · %d×%d", img.OriginalName, strings.TrimPrefix(img.MIMEType, "image/"), img.Width, img.Height))
		info.Truncation = fyne.TextTruncateEllipsis
		e.imagesBox.Add(container.NewBorder(nil, nil, thumb, remove, container.NewVBox(info, alt, person)))
	}
	e.imagesBox.Refresh()
}
