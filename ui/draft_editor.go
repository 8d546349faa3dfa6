package ui

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/carepost/carepost/drafts"
)

// draftEditor edits one draft: text, networks, per-network versions,
// pictures, consent; it shows live counters and privacy findings, and
// autosaves. This file holds its layout, loading and saving;
// editor_review.go the live check, editor_actions.go the status steps and
// delete, editor_images.go the pictures.
type draftEditor struct {
	svc       draftStore
	win       fyne.Window
	onSaved   func()
	onDeleted func()
	// poster publishes a ready draft; nil hides "Post now".
	poster  *poster
	postNow *postNowDialog
	// sched schedules a ready draft and shows its delivery status; nil
	// hides both.
	sched          *scheduleEnv
	scheduleButton *widget.Button
	scheduleDlg    *scheduleDialog
	delivery       *deliveryStatus
	deliveryHolder *fyne.Container

	// approvalOn reports whether drafts need approval before scheduling
	// (Settings); nil means never.
	approvalOn func() bool
	// reviewed is the content as it was sent for review or approved; an
	// edit that changes it ends the review, as it does in the store.
	reviewed drafts.Draft

	d       drafts.Draft
	loaded  bool
	loading bool // widgets are being filled from d: their callbacks must not save
	review  drafts.Review
	saver   *drafts.Autosaver

	// do runs a function on the UI goroutine: fyne.Do, or in tests a
	// queue the test drains (Fyne's test driver runs fyne.Do's function
	// on the calling goroutine).
	do func(func())
	// The privacy check and counters run off the UI goroutine,
	// reviewDelay after the last edit. reviewGen counts requests and
	// reviewShown the one on screen; a result older than the newest
	// request is dropped. All three are touched on the UI goroutine only.
	reviewDelay time.Duration
	reviewTimer *time.Timer
	reviewGen   uint64
	reviewShown uint64
	// busy counts the actions (mark ready, keep, delete…) whose database
	// work is running off the UI goroutine; touched on the UI goroutine.
	busy int
	// loc is the clinic's zone, read when a draft is opened.
	loc *time.Location

	title        *widget.Entry
	statusLabel  *widget.Label
	savedLabel   *widget.Label
	networks     map[drafts.Network]*widget.Check
	networksGrid *fyne.Container
	body         *widget.Entry
	counters     *fyne.Container
	costWarning  *widget.Label // X charges more for posts with links
	variantsBox  *fyne.Container
	variantEdits map[drafts.Network]*widget.Entry
	preview      *widget.RichText
	findingsBox  *fyne.Container
	privacyCard  *widget.Card
	// privacySummary says how many findings are open, under the card's
	// title.
	privacySummary *widget.Label
	imagesBox      *fyne.Container
	story          *widget.Check
	consent        *widget.Select
	consentIDs     []int64
	blockers       *widget.Label
	readyButton    *widget.Button
	// Approval: "Approve…" and "Send back…" on a draft in review, and the
	// open name or note prompt (kept for tests).
	approveButton  *widget.Button
	sendBackButton *widget.Button
	approveName    *widget.Entry
	sendBackNote   *widget.Entry
	// The open "Keep this text?" reason and the line saying what it still
	// lacks (kept for tests).
	keepReason  *widget.Entry
	keepProblem *widget.Label
	postButton  *widget.Button
	// instagramHint says why Instagram cannot be ticked (no picture).
	instagramHint *widget.Label
	// cannotTake says, above the actions, which ticked networks cannot
	// take the post as it is (before Post now or Schedule is pressed).
	cannotTake *widget.Label
	// scroll holds the form; the header and the actions stay outside it,
	// visible while the text scrolls.
	scroll  *container.Scroll
	content fyne.CanvasObject
}

func newDraftEditor(svc draftStore, win fyne.Window, onSaved func()) *draftEditor {
	e := &draftEditor{svc: svc, win: win, onSaved: onSaved, variantEdits: map[drafts.Network]*widget.Entry{},
		do: fyne.Do, reviewDelay: ReviewDelay, loc: time.Local}
	e.saver = drafts.NewAutosaver(e.persist, e.saveFinished)

	e.title = widget.NewEntry()
	e.title.SetPlaceHolder("Title (only you see this)")
	e.title.OnChanged = func(string) { e.changed() }
	e.statusLabel = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	e.savedLabel = widget.NewLabel("")
	e.savedLabel.SizeName = theme.SizeNameCaptionText

	// A wrapping grid, not a row or fixed columns: seven labels side by
	// side would make the window wider than a laptop screen, and a wrap
	// grid asks for the width of one box only.
	e.networks = map[drafts.Network]*widget.Check{}
	e.networksGrid = container.NewGridWrap(fyne.NewSize(210, 36))
	for _, n := range drafts.AllNetworks {
		c := widget.NewCheck(n.Label(), func(bool) { e.changed() })
		e.networks[n] = c
		e.networksGrid.Add(c)
	}

	e.body = widget.NewMultiLineEntry()
	e.body.Wrapping = fyne.TextWrapWord
	e.body.SetMinRowsVisible(8)
	e.body.SetPlaceHolder("Write your post here…")
	e.body.OnChanged = func(string) { e.changed() }

	// Two columns in the order of the network boxes; a counter over its
	// limit has its "Separate version" button below it, never over it.
	e.counters = container.NewGridWithColumns(2)
	e.costWarning = wrappingLabel("")
	e.costWarning.Importance = widget.WarningImportance
	e.costWarning.Hide()
	e.variantsBox = container.NewVBox()
	e.preview = widget.NewRichText()
	e.preview.Wrapping = fyne.TextWrapWord
	e.findingsBox = container.NewVBox()
	// Card subtitles do not wrap, so what they would say is a wrapping
	// label inside: a long sentence must not widen the window.
	e.privacySummary = wrappingLabel("")
	e.privacyCard = widget.NewCard("Privacy check", "", container.NewVBox(e.privacySummary, e.preview, e.findingsBox))
	e.imagesBox = container.NewVBox()

	e.story = widget.NewCheck("This is a patient story (needs the patient's signed consent)", func(bool) { e.changed() })
	e.consent = widget.NewSelect(nil, func(string) { e.changed() })
	e.consent.PlaceHolder = "Link a consent from the registry"

	e.blockers = wrappingLabel("")
	e.blockers.Importance = widget.WarningImportance
	e.readyButton = widget.NewButtonWithIcon("Mark ready", theme.ConfirmIcon(), e.toggleReady)
	e.readyButton.Importance = widget.HighImportance
	e.approveButton = widget.NewButtonWithIcon("Approve…", theme.ConfirmIcon(), e.askApprove)
	e.approveButton.Importance = widget.HighImportance
	e.approveButton.Hide()
	e.sendBackButton = widget.NewButtonWithIcon("Send back…", theme.ContentUndoIcon(), e.askSendBack)
	e.sendBackButton.Hide()
	deleteButton := widget.NewButton("Delete…", e.confirmDelete)
	e.postButton = widget.NewButton("Post now…", func() {
		if e.poster == nil {
			return
		}
		// What is posted is the stored draft: save what is on screen first.
		id := e.d.ID
		e.inBackground(func(context.Context) error { return nil }, func(err error) {
			switch {
			case err != nil:
				showError("Could not save the draft before posting", err, e.win)
			case e.d.ID == id && e.d.Status == drafts.StatusReady:
				e.postNow = showPostNow(e.poster, e.win, snapshot(e.d), e.onSaved)
			}
		})
	})
	e.postButton.Hide()
	e.scheduleButton = widget.NewButton("Schedule…", e.openSchedule)
	e.scheduleButton.Hide()
	e.deliveryHolder = container.NewVBox()
	addImage := widget.NewButtonWithIcon("Add picture…", theme.FileImageIcon(), e.chooseImage)

	e.cannotTake = wrappingLabel("")
	e.cannotTake.Importance = widget.WarningImportance
	e.cannotTake.Hide()
	e.instagramHint = wrappingLabel("Instagram takes only posts with a picture: add one to post there.")
	e.instagramHint.SizeName = theme.SizeNameCaptionText
	e.instagramHint.Hide()

	// The status has a line of its own: "Approved by … on …" beside the
	// title would widen the window.
	e.statusLabel.Wrapping = fyne.TextWrapWord
	header := container.NewVBox(container.NewBorder(nil, nil, nil, e.savedLabel, e.title), e.statusLabel)
	form := container.NewVBox(
		widget.NewLabelWithStyle("Post to", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		e.networksGrid,
		e.instagramHint,
		e.body,
		e.counters,
		e.costWarning,
		e.variantsBox,
		e.privacyCard,
		widget.NewCard("Pictures", "", container.NewVBox(
			wrappingLabel("Every picture needs a description (alt text). Tick \"Shows a person\" for photos of people: they need a consent."),
			e.imagesBox, container.NewHBox(addImage))),
		widget.NewCard("Consent", "", container.NewVBox(e.story, e.consent)),
		e.blockers,
		e.deliveryHolder,
	)
	e.scroll = container.NewVScroll(container.NewPadded(form))
	// The actions stay in view below the scrolling form; a wrapping grid,
	// so at most a button's width is asked of the window.
	// One row: at most three steps and Delete… are shown at once, which
	// fit the narrowest editor; a wrapping grid would ask for one row and
	// draw its second below the window.
	actions := container.NewHBox(e.readyButton, e.approveButton, e.sendBackButton, e.postButton, e.scheduleButton, layout.NewSpacer(), deleteButton)
	e.content = container.NewBorder(container.NewPadded(header), container.NewVBox(widget.NewSeparator(), e.cannotTake, container.NewPadded(actions)), nil, nil, e.scroll)
	return e
}

func (e *draftEditor) Content() fyne.CanvasObject { return e.content }

func (e *draftEditor) draftID() int64 {
	if !e.loaded {
		return 0
	}
	return e.d.ID
}

func (e *draftEditor) current() (drafts.Draft, bool) { return e.d, e.loaded }

func (e *draftEditor) clear() {
	e.loaded = false
	e.d = drafts.Draft{}
	e.refreshDelivery()
}

// setScheduling turns on "Schedule…" and the delivery status.
func (e *draftEditor) setScheduling(env *scheduleEnv) {
	e.sched = env
	e.delivery = newDeliveryStatus(env)
	e.deliveryHolder.Objects = []fyne.CanvasObject{e.delivery.card}
	e.deliveryHolder.Refresh()
}

// refreshDelivery reloads the open draft's delivery status.
func (e *draftEditor) refreshDelivery() {
	if e.delivery != nil {
		e.delivery.show(e.draftID())
	}
}

func (e *draftEditor) openSchedule() {
	if e.sched == nil || !e.loaded {
		return
	}
	e.flush()
	d := snapshot(e.d)
	e.scheduleDlg = showScheduleDialog(e.sched, &d, time.Time{}, nil)
}

// load fills the widgets from d without triggering saves.
func (e *draftEditor) load(d drafts.Draft) {
	e.loading = true
	defer func() { e.loading = false }()
	e.d, e.loaded = d, true
	e.reviewed = snapshot(d)
	e.title.SetText(d.Title)
	e.body.SetText(d.Body)
	for n, c := range e.networks {
		c.SetChecked(false)
		for _, m := range d.Networks {
			if m == n {
				c.SetChecked(true)
			}
		}
	}
	e.story.SetChecked(d.PatientStory)
	e.readZone()
	e.loadConsents()
	e.savedLabel.SetText("")
	e.rebuildVariants()
	e.rebuildImages()
	e.offerInstagram()
	e.recheck()
	e.refreshDelivery()
	e.scroll.ScrollToTop() // a draft opens at its top, wherever the last one was scrolled
}

// offerInstagram lets Instagram be ticked only when the draft has a
// picture: Instagram takes no text-only posts. A draft that already aims
// at it keeps the box enabled, so it can be unticked.
func (e *draftEditor) offerInstagram() {
	c := e.networks[drafts.Instagram]
	if len(e.d.Images) > 0 || c.Checked {
		c.Enable()
		e.instagramHint.Hide()
		return
	}
	c.Disable()
	e.instagramHint.Show()
}

func (e *draftEditor) loadConsents() {
	ctx, cancel := opContext()
	defer cancel()
	cs, err := e.svc.Consents(ctx)
	if err != nil {
		showError("Could not read the consent registry", err, e.win)
		return
	}
	today := e.svc.Today(ctx)
	options := []string{"No consent linked"}
	e.consentIDs = []int64{0}
	selected := 0
	for _, c := range cs {
		options = append(options, fmt.Sprintf("%s — %s", c.Reference, c.State(today)))
		e.consentIDs = append(e.consentIDs, c.ID)
		if c.ID == e.d.ConsentID {
			selected = len(options) - 1
		}
	}
	e.consent.Options = options
	e.consent.SetSelectedIndex(selected)
}

// gather reads the widgets into d.
func (e *draftEditor) gather() {
	e.d.Title = e.title.Text
	e.d.Body = e.body.Text
	// A new slice, never the old one's backing array: copies handed out
	// before share it.
	var networks []drafts.Network
	for _, n := range drafts.AllNetworks {
		if e.networks[n].Checked {
			networks = append(networks, n)
		}
	}
	e.d.Networks = networks
	variants := map[drafts.Network]string{}
	for n, entry := range e.variantEdits {
		variants[n] = entry.Text
	}
	e.d.Variants = variants
	e.d.PatientStory = e.story.Checked
	if i := e.consent.SelectedIndex(); i >= 0 && i < len(e.consentIDs) {
		e.d.ConsentID = e.consentIDs[i]
	}
}

// changed runs on every edit: gather, recheck, and queue an autosave.
func (e *draftEditor) changed() {
	if e.loading || !e.loaded {
		return
	}
	before := e.d.Status
	approved := e.d.Approved()
	e.gather()
	switch {
	case before == drafts.StatusInReview || approved:
		// SaveDraft ends a review or an approval on a content change.
		if drafts.ContentChanged(e.reviewed, e.d) {
			e.d.Status, e.d.ApprovedBy, e.d.ApprovedAt = drafts.StatusDraft, "", time.Time{}
		}
	case before == drafts.StatusReady:
		e.d.Status = drafts.StatusDraft // SaveDraft does the same in the store
	}
	if e.d.Status != before {
		// No posting what is being changed; the rest of the status
		// follows with the check.
		e.postButton.Hide()
		e.scheduleButton.Hide()
	}
	e.recheck()
	e.savedLabel.SetText("Editing…")
	// The autosaver saves on its own goroutine while the user goes on
	// typing: it gets a copy that shares nothing with e.d.
	e.saver.Changed(snapshot(e.d))
}

func (e *draftEditor) persist(ctx context.Context, d drafts.Draft) error {
	return e.svc.SaveDraft(ctx, d)
}

// showSaved says, beside the title, whether the open draft is saved.
func (e *draftEditor) showSaved(ok bool) {
	if !ok {
		e.savedLabel.Importance = widget.DangerImportance
		e.savedLabel.SetText("Not saved — retrying on next edit")
		return
	}
	e.savedLabel.Importance = widget.LowImportance
	e.savedLabel.SetText("Saved " + time.Now().Format("15:04:05"))
}

// saveFinished runs on the autosaver's goroutine.
func (e *draftEditor) saveFinished(d drafts.Draft, err error) {
	e.do(func() {
		if d.ID != e.d.ID {
			if err != nil { // another draft's change, saved after staff moved on
				showError("Could not save “"+d.DisplayTitle()+"”", err, e.win)
			}
			return
		}
		if err != nil {
			e.showSaved(false)
			return
		}
		e.showSaved(true)
		if e.onSaved != nil {
			e.onSaved()
		}
	})
}

// flush saves a waiting autosave now, off the UI goroutine (moving to
// another screen or draft, Ctrl/Cmd+S), and shows the outcome. A change
// to another draft made meanwhile never replaces it (the autosaver saves
// a displaced change first).
func (e *draftEditor) flush() {
	if !e.saver.Pending() {
		return
	}
	id := e.d.ID
	e.inBackground(func(context.Context) error { return nil }, func(err error) {
		if err != nil {
			if e.d.ID == id { // the label is the open draft's
				e.showSaved(false)
			}
			showError("Could not save the draft", err, e.win)
			return
		}
		if e.loaded && e.d.ID == id {
			e.showSaved(true)
		}
		if e.onSaved != nil {
			e.onSaved()
		}
	})
}

// flushNow saves a waiting autosave before the editor moves to another
// draft, on the UI goroutine (see draftsScreen.leaveCurrent), and says so
// if it fails.
func (e *draftEditor) flushNow() {
	if !e.saver.Pending() {
		return
	}
	if err := e.saver.Flush(); err != nil {
		e.showSaved(false)
		showError("Could not save the draft", err, e.win)
		return
	}
	if e.onSaved != nil {
		e.onSaved()
	}
}

// saveNow is Ctrl/Cmd+S: save even when nothing changed since the last
// autosave, so the user sees it happen.
func (e *draftEditor) saveNow() {
	if !e.loaded {
		return
	}
	e.gather()
	e.saver.Changed(snapshot(e.d))
	e.flush()
}

// zone is the clinic's time zone, for the approval time; read when the
// draft is opened (readZone), so showing the status reads nothing.
func (e *draftEditor) zone() *time.Location { return e.loc }

func (e *draftEditor) readZone() {
	if z, ok := e.svc.(interface {
		Zone(ctx context.Context) (*time.Location, error)
	}); ok {
		ctx, cancel := opContext()
		defer cancel()
		if loc, err := z.Zone(ctx); err == nil {
			e.loc = loc
		}
	}
}

// snapshot is a deep copy of d: nothing in it (networks, versions,
// template values, pictures) shares memory with d, so the editor may go on
// changing its draft while another goroutine (the autosaver) or dialog
// reads the copy.
func snapshot(d drafts.Draft) drafts.Draft {
	d.Networks = slices.Clone(d.Networks)
	d.Variants = maps.Clone(d.Variants)
	d.TemplateValues = maps.Clone(d.TemplateValues)
	d.Images = slices.Clone(d.Images)
	return d
}
