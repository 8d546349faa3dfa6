package ui

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/schedule"
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

func (s *consentsScreen) askRevoke() {
	f := s.form
	if f == nil || f.c.ID == 0 {
		return
	}
	date := widget.NewEntry()
	date.SetPlaceHolder("YYYY-MM-DD")
	date.SetText(s.today)
	if f.c.RevokedOn != "" {
		date.SetText(f.c.RevokedOn)
	}
	date.Validator = consentDateValidator(false)
	items := []*widget.FormItem{
		{Text: "Revoked on", Widget: date, HintText: "The day they withdrew it (YYYY-MM-DD)."},
	}
	d := dialog.NewForm(fmt.Sprintf("Revoke consent %s", f.c.Reference), "Revoke", "Cancel", items, func(ok bool) {
		if ok {
			s.revoke(strings.TrimSpace(date.Text))
		}
	}, s.win)
	d.Resize(fyne.NewSize(520, 260))
	d.Show()
}

// revoke records the revocation (the Revoke dialog calls it) and lists
// the drafts that used the consent.
func (s *consentsScreen) revoke(on string) {
	f := s.form
	if f == nil || f.c.ID == 0 {
		return
	}
	ctx, cancel := opContext()
	defer cancel()
	ds, err := s.svc.RevokeConsent(ctx, f.c.ID, on)
	if err != nil {
		f.say("Not revoked: "+tmplSentence(err.Error()), widget.DangerImportance)
		return
	}
	f.c.RevokedOn = on
	f.setRevoked(on)
	s.load()
	f.showState()
	f.showRevoked(ds)
	s.withdrawPosts(f.c.ID)
}

// PostWithdrawer stops the posts of a revoked consent that have not gone
// out; *schedule.Engine is one.
type PostWithdrawer interface {
	WithdrawForConsent(ctx context.Context, consentID int64) ([]schedule.Withdrawal, error)
}

// withdrawPosts stops the consent's scheduled posts off the UI goroutine
// (cancelling on a network's scheduler is a network call) and shows what
// became of them, with the steps for any staff must cancel by hand.
func (s *consentsScreen) withdrawPosts(consentID int64) {
	f := s.form
	if s.withdrawer == nil || f == nil {
		return
	}
	f.postsNote.Importance = widget.MediumImportance
	f.postsNote.SetText("Stopping this consent's scheduled posts…")
	f.postsNote.Show()
	done := make(chan struct{})
	s.withdrawn = done
	w := s.withdrawer
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		ws, err := w.WithdrawForConsent(ctx, consentID)
		fyne.Do(func() {
			text, importance := withdrawalWords(ws, err)
			f.postsNote.Importance = importance
			f.postsNote.SetText(text)
			close(done)
		})
	}()
}

// withdrawalWords sums up a consent's withdrawn posts for staff.
func withdrawalWords(ws []schedule.Withdrawal, err error) (string, widget.Importance) {
	var held, cancelled int
	var manual []string
	for _, w := range ws {
		switch {
		case !w.Done:
			manual = append(manual, fmt.Sprintf("• %s, due %s: %s", w.Network, w.Publication.LocalDue().Format("Mon 2 Jan 15:04"), w.Steps))
		case w.Publication.State == schedule.StateCancelled:
			cancelled++
		default:
			held++
		}
	}
	var parts []string
	if len(ws) == 0 && err == nil {
		return "No scheduled posts used this consent.", widget.SuccessImportance
	}
	if held > 0 {
		parts = append(parts, fmt.Sprintf("%d scheduled post(s) held in CarePost; they will not go out.", held))
	}
	if cancelled > 0 {
		parts = append(parts, fmt.Sprintf("%d post(s) waiting on a network's own scheduler were cancelled there.", cancelled))
	}
	importance := widget.SuccessImportance
	if len(manual) > 0 {
		parts = append(parts, "Cancel these by hand now:\n"+strings.Join(manual, "\n"))
		importance = widget.DangerImportance
	}
	if err != nil {
		parts = append(parts, "Could not stop every scheduled post ("+err.Error()+"): check the Calendar for this consent's posts.")
		importance = widget.DangerImportance
	}
	return strings.Join(parts, "\n"), importance
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

// consentDateValidator accepts YYYY-MM-DD, and empty when optional.
func consentDateValidator(optional bool) fyne.StringValidator {
	return func(text string) error {
		text = strings.TrimSpace(text)
		if text == "" && optional {
			return nil
		}
		if _, err := time.Parse(drafts.DateLayout, text); err != nil {
			return errors.New("write the date as YYYY-MM-DD, e.g. 2025-03-07")
		}
		return nil
	}
}

// consentForm edits one consent.
type consentForm struct {
	s *consentsScreen
	c drafts.Consent // stored version; ID 0 while new

	reference, signed, expires, revoked *widget.Entry
	networks                            *widget.CheckGroup
	story, photo                        *widget.Check
	location                            *widget.Entry
	notes                               *widget.Entry
	state                               *widget.Label
	message                             *widget.Label
	draftsNote                          *widget.Label
	// postsNote says what became of the consent's scheduled posts.
	postsNote  *widget.Label
	draftsBox  *fyne.Container
	draftsCard fyne.CanvasObject
	revoke     *widget.Button

	dirty, loading bool
	content        fyne.CanvasObject
}

func newConsentForm(s *consentsScreen, c drafts.Consent) *consentForm {
	f := &consentForm{s: s, c: c, loading: true}
	defer func() { f.loading = false }()
	changed := func(string) { f.changed() }
	example := s.today
	if example == "" {
		example = "2025-03-07"
	}

	f.reference = widget.NewEntry()
	f.reference.SetPlaceHolder("e.g. MC-2025-014")
	f.reference.SetText(c.Reference)
	f.reference.OnChanged = changed

	dateEntry := func(value string, optional bool, placeholder string) *widget.Entry {
		e := widget.NewEntry()
		e.SetPlaceHolder(placeholder)
		e.SetText(value)
		e.Validator = consentDateValidator(optional)
		e.OnChanged = changed
		return e
	}
	f.signed = dateEntry(c.SignedOn, false, "YYYY-MM-DD, e.g. "+example)
	f.expires = dateEntry(c.ExpiresOn, false, "YYYY-MM-DD")
	f.revoked = dateEntry(c.RevokedOn, true, "YYYY-MM-DD — leave empty unless they withdrew")

	f.networks = networkChecks(c.Networks, f.changed)

	f.story = widget.NewCheck(consentStoryLabel, func(bool) { f.changed() })
	f.story.SetChecked(c.CoversText)
	f.photo = widget.NewCheck(consentPhotoLabel, func(bool) { f.changed() })
	f.photo.SetChecked(c.CoversPhoto)

	f.location = widget.NewEntry()
	f.location.SetPlaceHolder("e.g. Consent binder, front office, 2025 tab")
	f.location.SetText(c.FormLocation)
	f.location.OnChanged = changed

	f.notes = widget.NewMultiLineEntry()
	f.notes.Wrapping = fyne.TextWrapWord
	f.notes.SetMinRowsVisible(3)
	f.notes.SetPlaceHolder("Anything staff should know, e.g. first name only, no face in photos")
	f.notes.SetText(c.Notes)
	f.notes.OnChanged = changed

	f.state = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	f.showState()

	f.message = wrappingLabel("")
	f.message.Hide()

	form := widget.NewForm(
		&widget.FormItem{Text: "Reference number", Widget: f.reference, HintText: "From the form; never a name or chart number."},
		&widget.FormItem{Text: "Signed on", Widget: f.signed, HintText: "The date the patient signed, as YYYY-MM-DD."},
		&widget.FormItem{Text: "Expires on", Widget: f.expires, HintText: "The end date on the form (one is required)."},
		&widget.FormItem{Text: "Revoked on", Widget: f.revoked, HintText: "Empty unless withdrawn (use Revoke…)."},
		&widget.FormItem{Text: "Networks", Widget: f.networks, HintText: "Only the networks the patient agreed to."},
		&widget.FormItem{Text: "It covers", Widget: container.NewVBox(f.story, f.photo), HintText: "Tick what the signed form allows."},
		&widget.FormItem{Text: "Signed form is filed", Widget: f.location, HintText: "Where the paper or scanned form is kept."},
		widget.NewFormItem("Notes", f.notes),
	)

	f.draftsNote = wrappingLabel("")
	f.draftsBox = container.NewVBox()
	f.postsNote = wrappingLabel("")
	f.postsNote.Hide()
	f.draftsCard = widget.NewCard("", "", container.NewVBox(
		widget.NewLabelWithStyle("Drafts that use this consent", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		f.draftsNote, f.draftsBox, f.postsNote))
	f.draftsCard.Hide()

	save := widget.NewButtonWithIcon("Save", theme.DocumentSaveIcon(), func() { s.save() })
	save.Importance = widget.HighImportance
	f.revoke = widget.NewButtonWithIcon("Revoke…", theme.CancelIcon(), s.askRevoke)
	f.revoke.Importance = widget.WarningImportance
	del := widget.NewButtonWithIcon("Delete", theme.DeleteIcon(), s.confirmDelete)
	del.Importance = widget.DangerImportance
	if c.ID == 0 {
		f.revoke.Disable()
		del.SetText("Discard")
	}

	title := "New consent"
	if c.ID != 0 {
		title = "Consent " + c.Reference
	}
	// A long reference is cut short in the title (it is in full below),
	// rather than widening the window.
	titleLabel := heading(title)
	titleLabel.Truncation = fyne.TextTruncateEllipsis
	f.content = container.NewBorder(
		container.NewVBox(titleLabel, f.state),
		container.NewVBox(f.message, container.NewPadded(container.NewHBox(save, f.revoke, layout.NewSpacer(), del))),
		nil, nil,
		container.NewVScroll(container.NewVBox(f.draftsCard, form)),
	)
	return f
}

func (f *consentForm) changed() {
	if f.loading {
		return
	}
	f.dirty = true
	if f.message.Importance == widget.SuccessImportance {
		f.say("", widget.MediumImportance)
	}
}

// gather reads the form as typed.
func (f *consentForm) gather() drafts.Consent {
	c := drafts.Consent{
		ID:           f.c.ID,
		Reference:    strings.TrimSpace(f.reference.Text),
		SignedOn:     strings.TrimSpace(f.signed.Text),
		ExpiresOn:    strings.TrimSpace(f.expires.Text),
		RevokedOn:    strings.TrimSpace(f.revoked.Text),
		CoversText:   f.story.Checked,
		CoversPhoto:  f.photo.Checked,
		FormLocation: strings.TrimSpace(f.location.Text),
		Notes:        strings.TrimSpace(f.notes.Text),
		Networks:     checkedNetworks(f.networks),
	}
	return c
}

func (f *consentForm) say(text string, imp widget.Importance) {
	f.message.Importance = imp
	setStatusLine(f.message, text)
}

// showState shows the stored consent's state today.
func (f *consentForm) showState() {
	if f.c.ID == 0 {
		f.state.Importance = widget.MediumImportance
		f.state.SetText("Not saved yet")
		return
	}
	st := f.c.State(f.s.today)
	f.state.Importance = consentStateImportance(st)
	f.state.SetText("Today this consent is: " + st)
}

// setRevoked shows a revocation date without counting it as the user's
// own unsaved change.
func (f *consentForm) setRevoked(on string) {
	was := f.loading
	f.loading = true
	f.revoked.SetText(on)
	f.loading = was
}

// showRevoked tells what revoking did and lists the drafts that used the
// consent.
func (f *consentForm) showRevoked(used []drafts.DraftSummary) {
	f.say(fmt.Sprintf("Consent %s is revoked from %s. Any of its drafts that were ready are back to draft.", f.c.Reference, f.c.RevokedOn), widget.WarningImportance)
	switch len(used) {
	case 0:
		f.showDrafts("No drafts used this consent.", nil)
	case 1:
		f.showDrafts("This draft used the consent. Open it, and take down the post if it was already published:", used)
	default:
		f.showDrafts(fmt.Sprintf("These %d drafts used the consent. Open each one, and take down any post already published:", len(used)), used)
	}
}

// showDrafts lists drafts linked to the consent, each with an Open button.
func (f *consentForm) showDrafts(note string, ds []drafts.DraftSummary) {
	f.draftsNote.SetText(note)
	f.draftsBox.RemoveAll()
	for _, d := range ds {
		id := d.ID
		title := widget.NewLabelWithStyle(d.Title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		title.Truncation = fyne.TextTruncateEllipsis
		info := widget.NewLabel(d.Status.Label() + " · " + d.Snippet)
		info.Truncation = fyne.TextTruncateEllipsis
		open := widget.NewButtonWithIcon("Open", theme.DocumentIcon(), func() {
			if f.s.openDraft != nil {
				f.s.openDraft(id)
			}
		})
		f.draftsBox.Add(container.NewBorder(nil, nil, nil, container.NewCenter(open), container.NewVBox(title, info)))
	}
	f.draftsCard.Show()
}
