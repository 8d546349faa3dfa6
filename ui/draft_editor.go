package ui

import (
	"context"
	"fmt"
	"io"
	"maps"
	"slices"
	"sort"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	xapi "github.com/carepost/carepost/accounts/x"
	"github.com/carepost/carepost/drafts"
)

// draftEditor edits one draft: text, networks, per-network versions,
// pictures, consent; it shows live counters and privacy findings, and
// autosaves.
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
	deleteButton := widget.NewButtonWithIcon("Delete draft", theme.DeleteIcon(), e.confirmDelete)
	e.postButton = widget.NewButtonWithIcon("Post now…", theme.MailSendIcon(), func() {
		if e.poster != nil {
			e.postNow = showPostNow(e.poster, e.win, snapshot(e.d), e.onSaved)
		}
	})
	e.postButton.Hide()
	e.scheduleButton = widget.NewButtonWithIcon("Schedule…", theme.HistoryIcon(), e.openSchedule)
	e.scheduleButton.Hide()
	e.deliveryHolder = container.NewVBox()
	addImage := widget.NewButtonWithIcon("Add picture…", theme.FileImageIcon(), e.chooseImage)

	e.cannotTake = wrappingLabel("")
	e.cannotTake.Importance = widget.WarningImportance
	e.cannotTake.Hide()
	e.instagramHint = wrappingLabel("Instagram takes only posts with a picture: add one to post there.")
	e.instagramHint.SizeName = theme.SizeNameCaptionText
	e.instagramHint.Hide()

	header := container.NewBorder(nil, nil, nil, container.NewHBox(e.statusLabel, e.savedLabel), e.title)
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
	actions := container.NewGridWrap(fyne.NewSize(150, 38), e.readyButton, e.approveButton, e.sendBackButton, e.postButton, e.scheduleButton, deleteButton)
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
	e.recheck()
	e.savedLabel.SetText("Editing…")
	// The autosaver saves on its own goroutine while the user goes on
	// typing: it gets a copy that shares nothing with e.d.
	e.saver.Changed(snapshot(e.d))
}

func (e *draftEditor) persist(ctx context.Context, d drafts.Draft) error {
	return e.svc.SaveDraft(ctx, d)
}

// saveFinished runs on the autosaver's goroutine.
func (e *draftEditor) saveFinished(d drafts.Draft, err error) {
	e.do(func() {
		if d.ID != e.d.ID {
			return
		}
		if err != nil {
			e.savedLabel.Importance = widget.DangerImportance
			e.savedLabel.SetText("Not saved — retrying on next edit")
			return
		}
		e.savedLabel.Importance = widget.LowImportance
		e.savedLabel.SetText("Saved " + time.Now().Format("15:04:05"))
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
			e.savedLabel.Importance = widget.DangerImportance
			e.savedLabel.SetText("Not saved — retrying on next edit")
			showError("Could not save the draft", err, e.win)
			return
		}
		if e.loaded && e.d.ID == id {
			e.savedLabel.Importance = widget.LowImportance
			e.savedLabel.SetText("Saved " + time.Now().Format("15:04:05"))
		}
		if e.onSaved != nil {
			e.onSaved()
		}
	})
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

// ReviewDelay is how long after the last edit the privacy check and the
// counters run: long enough not to run on every key of a word, short
// enough to feel live.
const ReviewDelay = 150 * time.Millisecond

// recheck asks for counters, findings and blockers for what is on screen.
// The check (the privacy check over every text, and the database reads
// for overrides and the consent) runs on its own goroutine after
// reviewDelay; its result comes back through e.do, unless a newer edit
// asked for another meanwhile.
func (e *draftEditor) recheck() {
	e.reviewGen++
	gen, d := e.reviewGen, snapshot(e.d)
	if e.reviewTimer != nil {
		e.reviewTimer.Stop() // a review already running is dropped by its generation
	}
	svc, do := e.svc, e.do
	e.reviewTimer = time.AfterFunc(e.reviewDelay, func() {
		ctx, cancel := opContext()
		defer cancel()
		r, err := svc.Review(ctx, d)
		do(func() { e.showReview(gen, r, err) })
	})
}

// showReview puts a finished review on screen, on the UI goroutine.
func (e *draftEditor) showReview(gen uint64, r drafts.Review, err error) {
	if gen != e.reviewGen || !e.loaded {
		return // a newer edit's review follows, or the draft was closed
	}
	e.reviewShown = gen
	if err != nil {
		e.blockers.Importance = widget.DangerImportance
		e.blockers.SetText("Could not check the draft: " + err.Error() + " Edit it again to retry.")
		return
	}
	e.review = r
	e.showCounters()
	e.showFindings()
	e.showStatus()
}

// reviewPending reports whether a requested review is not on screen yet.
func (e *draftEditor) reviewPending() bool { return e.reviewShown != e.reviewGen }

// inBackground runs an action's database work off the UI goroutine, after
// any autosave still waiting (so it acts on what is on screen), and then
// shows its outcome through e.do. The draft it acts on is the one open
// when the action was asked for.
func (e *draftEditor) inBackground(work func(ctx context.Context) error, done func(error)) {
	e.busy++
	saver, do := e.saver, e.do
	go func() {
		ctx, cancel := opContext()
		defer cancel()
		err := saver.Flush()
		if err == nil {
			err = work(ctx)
		}
		do(func() {
			e.busy--
			done(err)
		})
	}()
}

// idle reports whether nothing the editor asked for is still running.
func (e *draftEditor) idle() bool { return e.busy == 0 && !e.reviewPending() }

// showCannotTake lists the ticked networks that cannot take the post.
func (e *draftEditor) showCannotTake() {
	var lines []string
	for _, n := range e.d.Networks {
		if why := drafts.CannotTake(n, e.d); why != "" {
			lines = append(lines, "• "+why)
		}
	}
	if len(lines) == 0 {
		e.cannotTake.Hide()
		return
	}
	e.cannotTake.SetText("Not every network can take this post:\n" + strings.Join(lines, "\n"))
	e.cannotTake.Show()
}

func (e *draftEditor) showStatus() {
	e.showCannotTake()
	if e.poster != nil && e.d.Status == drafts.StatusReady {
		e.postButton.Show()
	} else {
		e.postButton.Hide()
	}
	if e.sched != nil && e.d.Status == drafts.StatusReady {
		e.scheduleButton.Show()
	} else {
		e.scheduleButton.Hide()
	}
	approval := e.approvalRequired()
	e.approveButton.Hide()
	e.sendBackButton.Hide()
	e.readyButton.Show()
	if e.d.Status == drafts.StatusReady {
		e.statusLabel.Importance = widget.SuccessImportance
		if e.d.Approved() {
			e.statusLabel.SetText(e.d.ApprovalLine(e.zone()))
		} else {
			e.statusLabel.SetText("Ready")
		}
		e.readyButton.SetText("Back to draft")
		e.readyButton.Importance = widget.MediumImportance
		e.readyButton.Enable()
		e.blockers.SetText("")
		e.readyButton.Refresh()
		return
	}
	if e.d.Status == drafts.StatusInReview && approval {
		e.statusLabel.Importance = widget.WarningImportance
		e.statusLabel.SetText("In review")
		e.readyButton.Hide()
		e.approveButton.Show()
		e.sendBackButton.Show()
		if len(e.review.Blockers) == 0 {
			e.blockers.SetText("Waiting for approval. All checks pass.")
			e.blockers.Importance = widget.SuccessImportance
			e.approveButton.Enable()
		} else {
			e.blockers.SetText("Before this can be approved:\n• " + strings.Join(e.review.Blockers, "\n• "))
			e.blockers.Importance = widget.WarningImportance
			e.approveButton.Disable()
		}
		e.blockers.Refresh()
		e.approveButton.Refresh()
		return
	}
	e.statusLabel.Importance = widget.MediumImportance
	e.statusLabel.SetText(e.d.Status.Label())
	verb, action := "Mark ready", "marked ready"
	if approval {
		verb, action = "Send for review", "sent for review"
	}
	e.readyButton.SetText(verb)
	e.readyButton.Importance = widget.HighImportance
	note := ""
	if e.d.ReviewNote != "" {
		note = "Sent back: " + e.d.ReviewNote + "\n"
	}
	if len(e.review.Blockers) == 0 {
		e.blockers.SetText(note + "All checks pass: this draft can be " + action + ".")
		e.blockers.Importance = widget.SuccessImportance
		e.readyButton.Enable()
	} else {
		e.blockers.SetText(note + "Before this can be " + action + ":\n• " + strings.Join(e.review.Blockers, "\n• "))
		e.blockers.Importance = widget.WarningImportance
		e.readyButton.Disable()
	}
	e.blockers.Refresh()
	e.readyButton.Refresh()
}

// approvalRequired is the Settings choice; off without an approval store.
func (e *draftEditor) approvalRequired() bool {
	if _, ok := e.svc.(approvalStore); !ok {
		return false
	}
	return e.approvalOn != nil && e.approvalOn()
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

func (e *draftEditor) showCounters() {
	e.counters.RemoveAll()
	for _, c := range e.review.Counts {
		l := widget.NewLabel(counterText(c))
		cell := container.NewVBox(l)
		switch {
		case c.Over:
			l.Importance = widget.DangerImportance
			l.TextStyle.Bold = true
			n := c.Network
			if _, hasVariant := e.variantEdits[n]; !hasVariant {
				cell.Add(container.NewHBox(widget.NewButton("Separate "+n.Label()+" version", func() { e.addVariant(n) })))
			}
		case c.Limit > 0 && c.Count*10 >= c.Limit*9:
			l.Importance = widget.WarningImportance
		default:
			l.Importance = widget.MediumImportance
		}
		e.counters.Add(cell)
	}
	e.counters.Refresh()
	warning := ""
	for _, c := range e.review.Counts {
		if c.Network == drafts.X {
			warning = xapi.CostWarning(e.d.TextFor(drafts.X))
		}
	}
	e.costWarning.SetText(warning)
	if warning == "" {
		e.costWarning.Hide()
	} else {
		e.costWarning.Show()
	}
}

// counterText is "Bluesky 312 / 300 · 12 over": the count always beside
// its limit, and by how much it is over.
func counterText(c drafts.Count) string {
	text := fmt.Sprintf("%s %s / %s", c.Network.Label(), drafts.FormatCount(c.Count), drafts.FormatCount(c.Limit))
	if c.Limit > 0 && c.Count > c.Limit {
		text += fmt.Sprintf(" · %s over", drafts.FormatCount(c.Count-c.Limit))
	}
	if c.HashtagLimit > 0 && c.Hashtags > 0 {
		text += fmt.Sprintf(" · #%d/%d", c.Hashtags, c.HashtagLimit)
		if c.Hashtags > c.HashtagLimit {
			text += fmt.Sprintf(" (%d too many)", c.Hashtags-c.HashtagLimit)
		}
	}
	return text
}

// addVariant starts a network's own version from the main text.
func (e *draftEditor) addVariant(n drafts.Network) {
	if _, ok := e.variantEdits[n]; ok {
		return
	}
	if e.d.Variants == nil {
		e.d.Variants = map[drafts.Network]string{}
	}
	e.d.Variants[n] = e.d.Body
	e.rebuildVariants()
	e.changed()
	e.win.Canvas().Focus(e.variantEdits[n])
}

func (e *draftEditor) rebuildVariants() {
	e.variantsBox.RemoveAll()
	e.variantEdits = map[drafts.Network]*widget.Entry{}
	var ns []drafts.Network
	for n := range e.d.Variants {
		ns = append(ns, n)
	}
	sort.Slice(ns, func(i, j int) bool { return ns[i] < ns[j] })
	for _, n := range ns {
		n := n
		entry := widget.NewMultiLineEntry()
		entry.Wrapping = fyne.TextWrapWord
		entry.SetMinRowsVisible(4)
		entry.SetText(e.d.Variants[n])
		entry.OnChanged = func(string) { e.changed() }
		e.variantEdits[n] = entry
		remove := widget.NewButtonWithIcon("Use the main text", theme.ContentUndoIcon(), func() {
			delete(e.d.Variants, n)
			e.rebuildVariants()
			e.changed()
		})
		label := widget.NewLabelWithStyle(n.Label()+" version", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		e.variantsBox.Add(container.NewBorder(container.NewBorder(nil, nil, nil, remove, label), nil, nil, nil, entry))
	}
	e.variantsBox.Refresh()
}

func findingKindLabel(k drafts.FindingKind) string {
	switch k {
	case drafts.KindName:
		return "Name"
	case drafts.KindDate:
		return "Date"
	case drafts.KindBirthDate:
		return "Date of birth"
	case drafts.KindPhone:
		return "Phone number"
	case drafts.KindEmail:
		return "Email"
	case drafts.KindAddress:
		return "Address"
	case drafts.KindIdentifier:
		return "ID number"
	case drafts.KindCondition:
		return "Health detail"
	case drafts.KindRelationship:
		return "Care relationship"
	}
	return string(k)
}

func (e *draftEditor) showFindings() {
	e.findingsBox.RemoveAll()
	if len(e.review.Findings) == 0 {
		e.privacySummary.SetText("No possible patient information found.")
		e.preview.Segments = nil
		e.preview.Refresh()
		e.findingsBox.Refresh()
		return
	}
	open, never := e.review.Open(), 0
	for _, f := range e.review.Findings {
		if !f.Keepable() {
			never++
		}
	}
	switch {
	case never > 0 && never == open:
		e.privacySummary.SetText(fmt.Sprintf("%d patient detail(s) that can never be posted. Edit them out of the text.", never))
	case never > 0:
		e.privacySummary.SetText(fmt.Sprintf("%d possible patient detail(s), %d of which can never be posted. Edit them out of the text; only the others can be kept with a reason.", open, never))
	case open > 0:
		e.privacySummary.SetText(fmt.Sprintf("%d possible patient detail(s). Edit them out of the text, or keep one with a reason.", open))
	default:
		e.privacySummary.SetText("Every finding was kept with a reason.")
	}
	for _, f := range e.review.Findings {
		f := f
		where := ""
		if f.Variant != "" {
			where = " (" + f.Variant.Label() + " version)"
		}
		title := widget.NewLabelWithStyle(fmt.Sprintf("%s: “%s”%s", findingKindLabel(f.Kind), f.Text, where), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		reason := wrappingLabel(f.Reason)
		reason.SizeName = theme.SizeNameCaptionText
		var action fyne.CanvasObject
		if f.Overridden {
			title.Importance = widget.LowImportance
			reason.SetText("Kept: " + f.OverrideReason)
			action = widget.NewButton("Flag again", func() { e.unoverride(f.Finding) })
		} else if !f.Keepable() {
			// Never kept, whatever the reason: the reason says to remove
			// it, and there is no "Keep…".
			title.Importance = widget.DangerImportance
			action = widget.NewButton("Show", func() { e.showSpan(f) })
		} else {
			title.Importance = widget.DangerImportance
			action = container.NewHBox(
				widget.NewButton("Show", func() { e.showSpan(f) }),
				widget.NewButton("Keep…", func() { e.askOverride(f.Finding) }),
			)
		}
		e.findingsBox.Add(container.NewBorder(nil, nil, nil, container.NewVBox(action), container.NewVBox(title, reason)))
	}
	e.findingsBox.Refresh()
	e.preview.Segments = highlightSegments(e.d.Body, e.review.Findings)
	e.preview.Refresh()
}

// highlightSegments renders text with each open finding in the main text
// bold and in the error colour, so staff see the exact words.
func highlightSegments(text string, findings []drafts.ReviewedFinding) []widget.RichTextSegment {
	var segs []widget.RichTextSegment
	plain := func(s string) {
		if s != "" {
			segs = append(segs, &widget.TextSegment{Text: s, Style: widget.RichTextStyleInline})
		}
	}
	at := 0
	for _, f := range findings {
		if f.Variant != "" || f.Overridden || f.Start < at || f.End > len(text) {
			continue
		}
		start := f.Start
		// RichText breaks a segment with no space in it letter by letter
		// when it starts near the end of a line; carrying the preceding
		// space into the segment gives it a place to wrap.
		if start > at && text[start-1] == ' ' {
			start--
		}
		plain(text[at:start])
		style := widget.RichTextStyleStrong
		style.ColorName = theme.ColorNameError
		style.Inline = true
		segs = append(segs, &widget.TextSegment{Text: text[start:f.End], Style: style})
		at = f.End
	}
	if at == 0 {
		return nil // nothing open in the main text: no need to repeat it
	}
	plain(text[at:])
	return segs
}

// showSpan moves the cursor to a finding so the user can edit it.
func (e *draftEditor) showSpan(f drafts.ReviewedFinding) {
	target := e.body
	if f.Variant != "" {
		if v, ok := e.variantEdits[f.Variant]; ok {
			target = v
		}
	}
	before := target.Text[:min(f.Start, len(target.Text))]
	row := strings.Count(before, "\n")
	col := len([]rune(before[strings.LastIndex(before, "\n")+1:]))
	target.CursorRow, target.CursorColumn = row, col
	target.Refresh()
	e.win.Canvas().Focus(target)
}

// askOverride asks why a finding is safe to keep. "Keep it" stays off
// until the reason passes drafts.ValidateKeepReason, and the line under
// the box says what is still missing as the user types.
func (e *draftEditor) askOverride(f drafts.Finding) {
	if !f.Keepable() {
		return // showFindings offers no Keep… for these
	}
	reason := widget.NewMultiLineEntry()
	reason.SetPlaceHolder("e.g. " + drafts.KeepReasonExample)
	reason.Wrapping = fyne.TextWrapWord
	reason.Validator = drafts.ValidateKeepReason
	problem := wrappingLabel("")
	problem.Importance = widget.DangerImportance
	problem.SizeName = theme.SizeNameCaptionText
	reason.OnChanged = func(s string) {
		if err := drafts.ValidateKeepReason(s); err != nil && strings.TrimSpace(s) != "" {
			problem.SetText(tmplSentence(err.Error()))
		} else {
			problem.SetText("")
		}
	}
	why := widget.NewFormItem("Why it is safe", reason)
	why.HintText = drafts.KeepReasonRule
	items := []*widget.FormItem{
		widget.NewFormItem("Flagged", widget.NewLabel("“"+f.Text+"”")),
		why,
		widget.NewFormItem("", problem),
	}
	e.keepReason, e.keepProblem = reason, problem
	d := dialog.NewForm("Keep this text?", "Keep it", "Cancel", items, func(ok bool) {
		if ok {
			e.override(f, reason.Text)
		}
	}, e.win)
	d.Resize(fyne.NewSize(520, 320))
	d.Show()
	e.win.Canvas().Focus(reason)
}

func (e *draftEditor) override(f drafts.Finding, reason string) {
	id, svc := e.d.ID, e.svc
	e.inBackground(func(ctx context.Context) error { return svc.OverrideFinding(ctx, id, f, reason) }, func(err error) {
		if err != nil {
			showError("Not kept", err, e.win)
			return
		}
		e.recheck()
	})
}

func (e *draftEditor) unoverride(f drafts.Finding) {
	id, svc := e.d.ID, e.svc
	e.inBackground(func(ctx context.Context) error { return svc.RemoveOverride(ctx, id, f) }, func(err error) {
		if err != nil {
			showError("Could not change the finding", err, e.win)
			return
		}
		e.recheck()
	})
}

func (e *draftEditor) toggleReady() {
	id, svc := e.d.ID, e.svc
	title := "Not marked ready"
	var step func(ctx context.Context) error
	switch {
	case e.d.Status == drafts.StatusReady:
		step = func(ctx context.Context) error { return svc.MarkDraft(ctx, id) }
	case e.approvalRequired():
		title = "Not sent for review"
		step = func(ctx context.Context) error { return svc.(approvalStore).SendForReview(ctx, id) }
	default:
		step = func(ctx context.Context) error { return svc.MarkReady(ctx, id) }
	}
	e.runStep(title, step)
}

// runStep changes the draft's status off the UI goroutine, then shows the
// refusal or the new status.
func (e *draftEditor) runStep(title string, step func(ctx context.Context) error) {
	id, svc := e.d.ID, e.svc
	e.readyButton.Disable()
	var d drafts.Draft
	e.inBackground(func(ctx context.Context) error {
		if err := step(ctx); err != nil {
			return err
		}
		var err error
		d, err = svc.Draft(ctx, id)
		return err
	}, func(err error) {
		if d.ID != e.d.ID && err == nil {
			return // another draft was opened meanwhile
		}
		e.afterStep(title, d, err)
	})
}

// afterStep shows a refused status change, or the draft's new status (d,
// as stored after the step).
func (e *draftEditor) afterStep(title string, d drafts.Draft, err error) {
	if err != nil {
		showError(title, err, e.win)
		e.recheck()
		return
	}
	e.d.Status, e.d.ApprovedBy, e.d.ApprovedAt, e.d.ReviewNote = d.Status, d.ApprovedBy, d.ApprovedAt, d.ReviewNote
	e.reviewed = snapshot(d)
	e.showStatus()
	if e.onSaved != nil {
		e.onSaved()
	}
}

// approvalStore moves drafts through review; met by *drafts.Service.
type approvalStore interface {
	SendForReview(ctx context.Context, id int64) error
	Approve(ctx context.Context, id int64, approver string) error
	SendBack(ctx context.Context, id int64, note string) error
}

// askApprove asks who is approving: CarePost has no user accounts, so the
// approver types their name, and it is recorded with the time.
func (e *draftEditor) askApprove() {
	e.approveName = widget.NewEntry()
	e.approveName.SetPlaceHolder("e.g. Dr. Ana Ruiz")
	e.approveName.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return drafts.ErrApproverRequired
		}
		return nil
	}
	items := []*widget.FormItem{widget.NewFormItem("Approved by", e.approveName)}
	items[0].HintText = "Your name is recorded with the time of approval."
	dialog.ShowForm("Approve this post?", "Approve", "Cancel", items, func(ok bool) {
		if ok {
			e.approve(e.approveName.Text)
		}
	}, e.win)
	e.win.Canvas().Focus(e.approveName)
}

// approve re-runs the checks (a consent may have lapsed) and approves.
func (e *draftEditor) approve(name string) {
	id, svc := e.d.ID, e.svc
	e.runStep("Not approved", func(ctx context.Context) error { return svc.(approvalStore).Approve(ctx, id, name) })
}

// askSendBack returns the draft to its writer, with an optional note.
func (e *draftEditor) askSendBack() {
	e.sendBackNote = widget.NewMultiLineEntry()
	e.sendBackNote.Wrapping = fyne.TextWrapWord
	e.sendBackNote.SetPlaceHolder("What should change? (optional)")
	items := []*widget.FormItem{widget.NewFormItem("Note", e.sendBackNote)}
	dialog.ShowForm("Send this draft back?", "Send back", "Cancel", items, func(ok bool) {
		if ok {
			e.sendBack(e.sendBackNote.Text)
		}
	}, e.win)
}

func (e *draftEditor) sendBack(note string) {
	id, svc := e.d.ID, e.svc
	e.runStep("Not sent back", func(ctx context.Context) error { return svc.(approvalStore).SendBack(ctx, id, note) })
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

func (e *draftEditor) confirmDelete() {
	dialog.ShowConfirm("Delete this draft?", "“"+e.d.DisplayTitle()+"” will be deleted. This cannot be undone.", func(ok bool) {
		if !ok {
			return
		}
		id, svc := e.d.ID, e.svc
		e.inBackground(func(ctx context.Context) error { return svc.DeleteDraft(ctx, id) }, func(err error) {
			if err != nil {
				showError("Could not delete the draft", err, e.win)
				return
			}
			if e.d.ID == id {
				e.clear()
			}
			if e.onDeleted != nil {
				e.onDeleted()
			}
		})
	}, e.win)
}

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
