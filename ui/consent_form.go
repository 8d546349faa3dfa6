package ui

// The consent form inside the Consents screen: one consent's reference,
// dates, scope and filing place, and the drafts that use it.

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/carepost/carepost/drafts"
)

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
