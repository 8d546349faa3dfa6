package ui

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/carepost/carepost/drafts"
)

// consentStore is what the Consents screen needs from *drafts.Service.
type consentStore interface {
	Consents(ctx context.Context) ([]drafts.Consent, error)
	Consent(ctx context.Context, id int64) (drafts.Consent, error)
	SaveConsent(ctx context.Context, c drafts.Consent) (int64, error)
	RevokeConsent(ctx context.Context, id int64, on string) ([]drafts.DraftSummary, error)
	DraftsUsingConsent(ctx context.Context, id int64) ([]drafts.DraftSummary, error)
	DeleteConsent(ctx context.Context, id int64) error
	Today(ctx context.Context) string
}

// Labels of the two "covers" ticks, also used in the registry list.
const (
	consentStoryLabel = "Their story (text)"
	consentPhotoLabel = "Their photo"
)

// consentsScreen is the consent registry: signed marketing authorizations
// on the left, the chosen one's form on the right.
type consentsScreen struct {
	svc       consentStore
	win       fyne.Window
	openDraft func(id int64)
	// withdrawer stops a revoked consent's scheduled posts, here and on
	// the networks' own schedulers; nil until the engine is wired.
	withdrawer PostWithdrawer
	// withdrawn is closed when the latest withdrawal has been shown
	// (tests wait on it).
	withdrawn chan struct{}

	all       []drafts.Consent
	today     string
	list      *widget.List
	status    *widget.Label
	detail    *fyne.Container
	newButton *widget.Button

	form     *consentForm // nil while nothing is shown
	selected widget.ListItemID
	quiet    bool

	content fyne.CanvasObject
}

func newConsentsScreen(svc consentStore, win fyne.Window, openDraft func(id int64)) *consentsScreen {
	s := &consentsScreen{svc: svc, win: win, openDraft: openDraft, selected: -1}

	s.list = widget.NewList(
		func() int { return len(s.all) },
		func() fyne.CanvasObject {
			ref := widget.NewLabelWithStyle("Reference", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
			ref.Truncation = fyne.TextTruncateEllipsis
			state := widget.NewLabelWithStyle("Not yet valid", fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
			covers := widget.NewLabel("Story and photo · Facebook")
			covers.Truncation = fyne.TextTruncateEllipsis
			return container.NewVBox(container.NewBorder(nil, nil, nil, state, ref), covers)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id < 0 || id >= len(s.all) {
				return
			}
			s.updateRow(s.all[id], o.(*fyne.Container))
		},
	)
	s.list.OnSelected = s.listSelected

	s.newButton = widget.NewButtonWithIcon("New consent", theme.ContentAddIcon(), func() {
		s.leave(func() { s.showConsent(drafts.Consent{}) }, nil)
	})
	s.newButton.Importance = widget.HighImportance

	s.status = wrappingLabel("")
	s.status.Hide()

	s.detail = container.NewStack()
	s.showPlaceholder()

	why := wrappingLabel("A patient's story, their words or a photo of them may only be posted with their signed marketing authorization (HIPAA). " +
		"Record each signed form here by its reference number. A post about a patient, or with a photo of a person, cannot be marked ready until it is linked to a live consent that covers it.")
	top := container.NewVBox(
		container.NewHBox(heading("Consents"), layout.NewSpacer(), s.newButton),
		why,
		s.status,
	)
	left := container.NewBorder(widget.NewLabelWithStyle("Registry", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), nil, nil, nil, s.list)
	split := container.NewHSplit(left, s.detail)
	split.Offset = 0.34
	s.content = container.NewBorder(container.NewPadded(top), nil, nil, nil, split)

	s.load()
	return s
}

// Content is the screen's root object.
func (s *consentsScreen) Content() fyne.CanvasObject { return s.content }

// Refresh reloads the registry (states change with the date). A form with
// unsaved changes is left as typed.
func (s *consentsScreen) Refresh() {
	s.load()
	f := s.form
	if f == nil || f.dirty || f.c.ID == 0 {
		return
	}
	ctx, cancel := opContext()
	defer cancel()
	c, err := s.svc.Consent(ctx, f.c.ID)
	if errors.Is(err, drafts.ErrConsentNotFound) {
		s.showPlaceholder()
		return
	}
	if err != nil {
		showError("Could not read the consent", err, s.win)
		return
	}
	s.showConsent(c)
}

func (s *consentsScreen) load() {
	ctx, cancel := opContext()
	defer cancel()
	all, err := s.svc.Consents(ctx)
	if err != nil {
		showError("Could not read the consent registry", err, s.win)
		return
	}
	s.all = all
	s.today = s.svc.Today(ctx)
	s.list.Refresh()
	s.syncSelection()
}

func (s *consentsScreen) syncSelection() {
	s.quiet = true
	defer func() { s.quiet = false }()
	s.selected = -1
	if s.form != nil && s.form.c.ID != 0 {
		for i, c := range s.all {
			if c.ID == s.form.c.ID {
				s.selected = i
				s.list.Select(i)
				return
			}
		}
	}
	s.list.UnselectAll()
}

func (s *consentsScreen) updateRow(c drafts.Consent, box *fyne.Container) {
	top := box.Objects[0].(*fyne.Container)
	for _, o := range top.Objects {
		l := o.(*widget.Label)
		if l.Alignment == fyne.TextAlignTrailing {
			state := c.State(s.today)
			l.Importance = consentStateImportance(state)
			l.SetText(state)
		} else {
			l.SetText(c.Reference)
		}
	}
	box.Objects[1].(*widget.Label).SetText(consentSummary(c))
}

// consentStateImportance colours a state through the theme.
func consentStateImportance(state string) widget.Importance {
	switch state {
	case "Live":
		return widget.SuccessImportance
	case "Revoked", "Expired":
		return widget.DangerImportance
	}
	return widget.WarningImportance
}

// consentCovers says what a consent covers, in words.
func consentCovers(c drafts.Consent) string {
	switch {
	case c.CoversText && c.CoversPhoto:
		return "Story and photo"
	case c.CoversText:
		return "Story only"
	case c.CoversPhoto:
		return "Photo only"
	}
	return "Nothing ticked"
}

// consentSummary is the registry list's second line.
func consentSummary(c drafts.Consent) string {
	nets := "no networks"
	if len(c.Networks) > 0 {
		names := make([]string, len(c.Networks))
		for i, n := range c.Networks {
			names[i] = n.Label()
		}
		nets = strings.Join(names, ", ")
	}
	return consentCovers(c) + " · " + nets
}

func (s *consentsScreen) listSelected(id widget.ListItemID) {
	if s.quiet || id < 0 || id >= len(s.all) {
		return
	}
	c := s.all[id]
	if s.form != nil && s.form.c.ID == c.ID {
		return
	}
	s.leave(func() { s.showConsent(c) }, s.syncSelection)
}

// leave runs next, first asking whether to drop unsaved changes; stay runs
// if the user keeps editing.
func (s *consentsScreen) leave(next, stay func()) {
	if s.form == nil || !s.form.dirty {
		next()
		return
	}
	confirmDiscard(s.win, "You changed this consent but did not save it. Leave it and lose those changes?", next, stay)
}

func (s *consentsScreen) setStatus(text string) { setStatusLine(s.status, text) }

func (s *consentsScreen) showPlaceholder() {
	s.form = nil
	msg := wrappingLabel("Choose a consent on the left to see it here, or press “New consent” to record a signed form.")
	msg.Alignment = fyne.TextAlignCenter
	s.detail.Objects = []fyne.CanvasObject{container.NewVBox(layout.NewSpacer(), msg, layout.NewSpacer())}
	s.detail.Refresh()
	s.syncSelection()
}

func (s *consentsScreen) showConsent(c drafts.Consent) {
	s.form = newConsentForm(s, c)
	s.detail.Objects = []fyne.CanvasObject{s.form.content}
	s.detail.Refresh()
	s.syncSelection()
	if c.ID == 0 {
		s.win.Canvas().Focus(s.form.reference)
		return
	}
	s.loadDraftsUsing()
}

// save stores the form. On failure everything typed stays and the
// problems are listed under the form.
func (s *consentsScreen) save() bool {
	f := s.form
	if f == nil {
		return false
	}
	c := f.gather()
	ctx, cancel := opContext()
	defer cancel()
	// A revocation date typed into the form counts as revoking: SaveConsent
	// takes the drafts that relied on the consent out of ready in the same
	// step, and staff see them.
	id, err := s.svc.SaveConsent(ctx, c)
	if err != nil {
		f.say(consentProblemWords(err), widget.DangerImportance)
		return false
	}
	newlyRevoked := f.c.ID != 0 && c.RevokedOn != "" && c.RevokedOn != f.c.RevokedOn
	var used []drafts.DraftSummary
	if newlyRevoked {
		if used, err = s.svc.DraftsUsingConsent(ctx, id); err != nil {
			showError("Revoked, but could not list the drafts that used the consent", err, s.win)
		}
	}
	saved, err := s.svc.Consent(ctx, id)
	if err != nil {
		showError("Saved, but could not read the consent back", err, s.win)
		return false
	}
	s.load()
	s.showConsent(saved)
	if newlyRevoked {
		s.form.showRevoked(used)
		s.withdrawPosts(id)
		return true
	}
	s.form.say(fmt.Sprintf("Saved. Today this consent is: %s.", saved.State(s.today)), widget.SuccessImportance)
	return true
}

// consentProblemWords turns "please a; b" into a short list.
func consentProblemWords(err error) string {
	msg := strings.TrimSpace(err.Error())
	if rest, ok := strings.CutPrefix(msg, "please "); ok {
		parts := strings.Split(rest, "; ")
		if len(parts) == 1 {
			return "Not saved yet. Please " + rest + "."
		}
		return "Not saved yet. Please:\n• " + strings.Join(parts, "\n• ")
	}
	return "Not saved yet: " + tmplSentence(msg)
}

// loadDraftsUsing fills the form's list of drafts linked to the consent.
func (s *consentsScreen) loadDraftsUsing() {
	f := s.form
	if f == nil || f.c.ID == 0 {
		return
	}
	ctx, cancel := opContext()
	defer cancel()
	ds, err := s.svc.DraftsUsingConsent(ctx, f.c.ID)
	if err != nil {
		f.showDrafts("Could not list the drafts that use this consent: "+err.Error(), nil)
		return
	}
	if len(ds) == 0 {
		f.showDrafts("No drafts use this consent yet.", nil)
		return
	}
	if len(ds) == 1 {
		f.showDrafts("1 draft uses this consent:", ds)
		return
	}
	f.showDrafts(fmt.Sprintf("%d drafts use this consent:", len(ds)), ds)
}

func (s *consentsScreen) confirmDelete() {
	f := s.form
	if f == nil {
		return
	}
	if f.c.ID == 0 {
		s.leave(s.showPlaceholder, nil)
		return
	}
	confirmDeletion(s.win, "Delete consent",
		fmt.Sprintf("Delete consent %s from the registry? Only do this for an entry made by mistake. If the patient withdrew their permission, use Revoke… instead so the record is kept.", f.c.Reference),
		s.deleteCurrent)
}

// deleteCurrent deletes the consent on the right; the confirmation calls
// it. A consent in use is refused by the domain, in words.
func (s *consentsScreen) deleteCurrent() {
	f := s.form
	if f == nil || f.c.ID == 0 {
		return
	}
	ctx, cancel := opContext()
	defer cancel()
	if err := s.svc.DeleteConsent(ctx, f.c.ID); err != nil {
		f.say("Not deleted: "+tmplSentence(err.Error()), widget.DangerImportance)
		showError("Could not delete the consent", errors.New(tmplSentence(err.Error())), s.win)
		return
	}
	ref := f.c.Reference
	s.showPlaceholder()
	s.load()
	s.setStatus(fmt.Sprintf("Deleted consent %s.", ref))
}
