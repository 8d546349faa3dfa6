package ui

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/carepost/carepost/drafts"
)

type templateDraftStarter interface {
	Templates(ctx context.Context) ([]drafts.Template, error)
	Profile(ctx context.Context) (drafts.Profile, error)
	DraftFromTemplate(ctx context.Context, t drafts.Template, values map[string]string) (drafts.Draft, error)
}

// templatePicker is the "From template" dialog: a searchable list with a
// preview of the chosen template filled with its examples.
type templatePicker struct {
	all, shown []drafts.Template
	search     *widget.Entry
	list       *widget.List
	preview    *widget.Label
	chosen     int
	dialog     dialog.Dialog
}

func showTemplatePicker(svc templateDraftStarter, win fyne.Window, pick func(drafts.Template)) *templatePicker {
	ctx, cancel := opContext()
	defer cancel()
	all, err := svc.Templates(ctx)
	if err != nil {
		showError("Could not read templates", err, win)
		return nil
	}
	profile, err := svc.Profile(ctx)
	if err != nil && !errors.Is(err, drafts.ErrNoProfile) {
		showError("Could not read the clinic profile", err, win)
		return nil
	}
	p := &templatePicker{all: all, chosen: -1}
	p.preview = wrappingLabel("Choose a template to see it here.")
	p.search = widget.NewEntry()
	p.search.SetPlaceHolder("Search templates")
	p.list = widget.NewList(
		func() int { return len(p.shown) },
		func() fyne.CanvasObject {
			return container.NewVBox(widget.NewLabelWithStyle("name", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), widget.NewLabel("category"))
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			t := p.shown[id]
			box := o.(*fyne.Container)
			box.Objects[0].(*widget.Label).SetText(t.Name)
			kind := t.Category
			if !t.Builtin {
				kind += " · yours"
			}
			box.Objects[1].(*widget.Label).SetText(kind)
		},
	)
	p.list.OnSelected = func(id widget.ListItemID) {
		p.chosen = id
		text, err := p.shown[id].Preview(profile, nil)
		if err != nil {
			text = p.shown[id].Body
		}
		p.preview.SetText(text)
	}
	p.search.OnChanged = func(string) { p.filter() }
	p.filter()

	body := container.NewHSplit(
		container.NewBorder(p.search, nil, nil, nil, p.list),
		container.NewVScroll(container.NewPadded(p.preview)),
	)
	body.Offset = 0.4
	p.dialog = dialog.NewCustomConfirm("New draft from a template", "Use this template", "Cancel", body, func(ok bool) {
		if ok && p.chosen >= 0 && p.chosen < len(p.shown) {
			pick(p.shown[p.chosen])
		}
	}, win)
	p.dialog.Resize(fyne.NewSize(900, 600))
	p.dialog.Show()
	return p
}

func (p *templatePicker) filter() {
	term := strings.ToLower(strings.TrimSpace(p.search.Text))
	p.shown = p.shown[:0]
	for _, t := range p.all {
		if term == "" || strings.Contains(strings.ToLower(t.Name+" "+t.Category+" "+t.Body), term) {
			p.shown = append(p.shown, t)
		}
	}
	p.chosen = -1
	p.list.UnselectAll()
	p.list.Refresh()
}

// fillTemplate is the form that asks for the variables the profile cannot
// fill, with a live preview.
type fillTemplate struct {
	t       drafts.Template
	entries map[string]*widget.Entry
	preview *widget.Label
	errText *widget.Label
	create  *widget.Button
	dialog  dialog.Dialog
}

func showFillTemplate(svc templateDraftStarter, win fyne.Window, t drafts.Template, created func(drafts.Draft)) *fillTemplate {
	ctx, cancel := opContext()
	defer cancel()
	profile, err := svc.Profile(ctx)
	if err != nil && !errors.Is(err, drafts.ErrNoProfile) {
		showError("Could not read the clinic profile", err, win)
		return nil
	}
	f := &fillTemplate{t: t, entries: map[string]*widget.Entry{}}
	f.preview = wrappingLabel("")
	f.errText = wrappingLabel("")
	f.errText.Importance = widget.DangerImportance

	form := widget.NewForm()
	needed := t.NeededVariables(profile)
	for _, v := range needed {
		entry := widget.NewEntry()
		entry.SetPlaceHolder(v.Example)
		entry.OnChanged = func(string) { f.update(profile) }
		f.entries[v.Name] = entry
		item := widget.NewFormItem(v.Label, entry)
		item.HintText = v.Hint
		if strings.HasPrefix(v.Name, "clinic.") {
			item.HintText = "Not in your clinic profile yet (add it there to skip this next time)."
		}
		form.AppendItem(item)
	}
	intro := "Fill in the details below. Your clinic's name, phone and website come from the clinic profile."
	if len(needed) == 0 {
		intro = "This template needs nothing more: everything comes from your clinic profile."
	}
	f.create = widget.NewButton("Create draft", func() {
		ctx, cancel := opContext()
		defer cancel()
		d, err := svc.DraftFromTemplate(ctx, t, f.values())
		if err != nil {
			f.errText.SetText(err.Error())
			return
		}
		f.dialog.Hide()
		created(d)
	})
	f.create.Importance = widget.HighImportance
	content := container.NewBorder(
		wrappingLabel(intro),
		container.NewVBox(f.errText, container.NewHBox(f.create)),
		nil, nil,
		container.NewVScroll(container.NewVBox(form, widget.NewCard("Preview", "", f.preview))),
	)
	f.dialog = dialog.NewCustom(fmt.Sprintf("New draft: %s", t.Name), "Cancel", content, win)
	f.update(profile)
	f.dialog.Resize(fyne.NewSize(760, 620))
	f.dialog.Show()
	return f
}

func (f *fillTemplate) values() map[string]string {
	out := map[string]string{}
	for name, e := range f.entries {
		out[name] = strings.TrimSpace(e.Text)
	}
	return out
}

func (f *fillTemplate) update(profile drafts.Profile) {
	text, err := f.t.Preview(profile, f.values())
	if err != nil {
		text = err.Error()
	}
	f.preview.SetText(text)
	f.errText.SetText("")
}
