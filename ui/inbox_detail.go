package ui

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/inbox"
	"github.com/carepost/carepost/schedule"
)

// inboxDetail is the open item: who wrote it and where, its thread, how
// staff handle it, and the reply box.
type inboxDetail struct {
	s      *inboxScreen
	item   inbox.Item
	isOpen bool

	who     *widget.Label
	meta    *widget.Label
	reasons *widget.Label
	// context is what stands above the item (the clinic's post, earlier
	// messages), in a box of fixed height so the message below never
	// moves while it loads; thread is the item and its answers.
	context       *fyne.Container
	contextList   *fyne.Container
	contextScroll *container.Scroll
	thread        *fyne.Container
	// fullThread is set once the thread with the network's part arrived
	// for the open item, so the quicker stored one never replaces it.
	fullThread bool
	// opened counts opens, so an answer for an earlier open (even of the
	// same item) is dropped; stopThread cancels the network read of the
	// previous one.
	opened     int
	stopThread context.CancelFunc
	done       *widget.Button
	unread     *widget.Button
	forget     *widget.Button // delete everything from this author
	hide       *widget.Button // hide a public comment on its network
	assignee   *widget.Select
	labels     *widget.Entry
	note       *widget.Entry

	audience *widget.Label
	saved    *widget.Select
	savedSet []inbox.SavedReply
	reply    *widget.Entry
	findings *widget.Label
	// findingsBox scrolls long findings in a strip above the answer, so
	// the screen still fits a laptop.
	findingsBox *container.Scroll
	keep        *widget.Button
	keepAs      *widget.Button // save the answer as one of the clinic's saved replies
	send        *widget.Button
	// kept are the findings staff kept with a reason for the text as it
	// is; editing the text clears them.
	kept     []schedule.KeptFinding
	lastHits []drafts.Finding

	content fyne.CanvasObject
	body    fyne.CanvasObject
	none    *widget.Label
}

const unassigned = "Unassigned"

func newInboxDetail(s *inboxScreen) *inboxDetail {
	d := &inboxDetail{s: s}
	d.who = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	d.who.Truncation = fyne.TextTruncateEllipsis
	d.meta = widget.NewLabel("")
	d.meta.Truncation = fyne.TextTruncateEllipsis
	d.reasons = wrappingLabel("")
	d.reasons.Importance = widget.DangerImportance
	d.reasons.Hide()
	d.thread = container.NewVBox()
	d.contextList = container.NewVBox()
	d.contextScroll = container.NewVScroll(d.contextList)
	d.contextScroll.SetMinSize(fyne.NewSize(0, contextHeight))
	d.context = container.NewVBox(d.contextScroll, widget.NewSeparator())
	d.context.Hide()
	d.done = widget.NewButtonWithIcon("Done (e)", theme.ConfirmIcon(), d.toggleDone)
	d.unread = widget.NewButton("Mark unread", d.markUnread)
	d.forget = widget.NewButtonWithIcon("", theme.DeleteIcon(), d.deleteAuthor)
	d.hide = widget.NewButtonWithIcon("Hide on the network", theme.VisibilityOffIcon(), d.hideOnNetwork)
	d.hide.Hide()
	d.assignee = widget.NewSelect([]string{unassigned}, d.assign)
	d.labels = widget.NewEntry()
	d.labels.SetPlaceHolder("Labels, comma-separated (spam, billing…)")
	d.labels.OnSubmitted = func(string) { d.saveLabels() }
	d.note = widget.NewEntry()
	d.note.SetPlaceHolder("Internal note (never sent)")
	d.note.OnSubmitted = func(string) { d.saveNote() }
	handling := container.NewVBox(
		container.NewBorder(nil, nil, container.NewHBox(d.done, d.unread), d.forget, d.assignee),
		container.NewHBox(d.hide),
		container.NewBorder(nil, nil, nil, widget.NewButton("Save labels", d.saveLabels), d.labels),
		container.NewBorder(nil, nil, nil, widget.NewButton("Save note", d.saveNote), d.note),
	)

	d.audience = wrappingLabel("")
	d.audience.Importance = widget.WarningImportance
	d.saved = widget.NewSelect(nil, d.useSaved)
	d.saved.PlaceHolder = "Saved replies…"
	d.reply = widget.NewMultiLineEntry()
	d.reply.Wrapping = fyne.TextWrapWord
	d.reply.SetMinRowsVisible(3)
	d.reply.SetPlaceHolder("Write the answer (r)")
	d.reply.OnChanged = func(string) {
		d.kept = nil
		d.keep.Hide()
		d.setFindings("")
	}
	d.findings = wrappingLabel("")
	d.findings.Importance = widget.DangerImportance
	d.findingsBox = container.NewVScroll(d.findings)
	d.findingsBox.SetMinSize(fyne.NewSize(0, 80))
	d.findingsBox.Hide()
	d.keep = widget.NewButton("Keep with a reason…", d.keepWithReason)
	d.keep.Hide()
	d.keepAs = widget.NewButtonWithIcon("", theme.DocumentSaveIcon(), d.saveAsReply)
	d.send = widget.NewButtonWithIcon("Send", theme.MailSendIcon(), d.sendReply)
	d.send.Importance = widget.HighImportance
	replyBox := container.NewVBox(
		d.audience,
		container.NewBorder(nil, nil, nil, container.NewHBox(d.keep, d.keepAs, d.send), d.saved),
		d.findingsBox,
		d.reply,
	)
	// Only the answer stays put; the rest scrolls, so at 1024x640 the
	// message keeps the room there is, and the wrapped reasons get the
	// scroll's width (in a fixed header they ran over the message).
	d.body = container.NewBorder(nil, replyBox, nil, nil,
		container.NewVScroll(container.NewVBox(d.who, d.meta, d.reasons, d.context, d.thread, widget.NewSeparator(), handling)))
	d.none = widget.NewLabel("Choose a message to read it. j and k move, e marks done, r answers, / searches.")
	d.none.Wrapping = fyne.TextWrapWord
	d.body.Hide()
	d.content = container.NewStack(container.NewPadded(d.none), d.body)
	return d
}

func (d *inboxDetail) clear() {
	d.isOpen = false
	d.body.Hide()
	d.none.Show()
}

// open shows it and reads its thread and suggestions off the UI goroutine.
func (d *inboxDetail) open(it inbox.Item) {
	d.item, d.isOpen = it, true
	d.none.Hide()
	d.body.Show()
	d.who.SetText(it.Who())
	meta := fmt.Sprintf("%s %s · %s", it.Network.Label(), strings.ToLower(it.Kind.Label()), it.CreatedAt.Local().Format("Mon 2 Jan 2006 15:04"))
	if !it.AnsweredAt.IsZero() {
		meta += fmt.Sprintf(" · answered by %s after %s", it.AnsweredBy, inbox.FormatDuration(it.ResponseTime))
	}
	d.meta.SetText(meta)
	var notes []string
	if it.Urgent {
		notes = append(notes, "Urgent: "+strings.Join(it.UrgentReasons, "; "))
	}
	if it.PrivateDetails && !it.Private {
		notes = append(notes, "This public message shares the writer's own health details: suggest moving to a private channel (and hide it on the network where it allows).")
	}
	if it.Spam {
		notes = append(notes, "Looks like spam: label it spam and leave it unanswered.")
	}
	if it.Abuse {
		notes = append(notes, "Reads as abuse aimed at the clinic: label it and think twice before answering.")
	}
	setStatusLine(d.reasons, strings.Join(notes, "\n"))
	if inbox.CanHide(it) && !contains(it.Labels, inbox.HiddenLabel) {
		d.hide.Show()
	} else {
		d.hide.Hide()
	}
	d.showState()
	staff := append([]string{unassigned}, d.s.profile.StaffNames...)
	if it.Assignee != "" && !contains(staff, it.Assignee) {
		staff = append(staff, it.Assignee)
	}
	d.assignee.OnChanged = nil
	d.assignee.SetOptions(staff)
	if it.Assignee == "" {
		d.assignee.SetSelected(unassigned)
	} else {
		d.assignee.SetSelected(it.Assignee)
	}
	d.assignee.OnChanged = d.assign
	d.labels.SetText(strings.Join(it.Labels, ", "))
	d.note.SetText(it.Note)
	d.audience.SetText(it.Audience())
	d.content.Refresh() // wrapped lines take their height (see inboxScreen.loaded)
	// and once more after this layout, when the labels know their width:
	// before it, a wrapped line's height is guessed from the old width.
	d.s.ui(d.content.Refresh)
	d.reply.SetText("")
	d.thread.Objects = []fyne.CanvasObject{entryLabel(inbox.ThreadEntry{Who: it.Who(), Text: it.Text, At: it.CreatedAt})}
	d.thread.Refresh()
	d.fullThread = false
	d.opened++
	seq := d.opened
	if d.stopThread != nil {
		d.stopThread() // staff moved on: the network need not answer
		d.stopThread = nil
	}
	if it.HasContext() {
		d.setContext([]fyne.CanvasObject{mutedLine("Loading earlier messages…")})
		d.context.Show()
	} else {
		d.context.Hide()
	}
	var stored []inbox.ThreadEntry
	var sug inbox.Suggestions
	id := it.ID
	// What CarePost stored comes first and quickly (with the suggestions);
	// the network's part follows when it answers.
	d.s.run(opTimeout, func(ctx context.Context) error {
		var err error
		if stored, err = d.s.svc.Thread(ctx, it); err != nil {
			return err
		}
		sug, err = d.s.svc.Suggest(ctx, it)
		return err
	}, func(err error) {
		if d.item.ID != id || d.opened != seq {
			return // another item was opened meanwhile
		}
		if err != nil {
			d.s.setStatus("Could not read the thread: " + err.Error())
			return
		}
		if !d.fullThread {
			d.showThread(inbox.ThreadView{Entries: stored}, it.HasContext())
		}
		d.savedSet = sug.Saved
		names := make([]string, len(sug.Saved))
		for i, r := range sug.Saved {
			names[i] = r.Name
		}
		d.saved.OnChanged = nil
		d.saved.SetOptions(names)
		d.saved.ClearSelected()
		d.saved.OnChanged = d.useSaved
		if d.reply.Text == "" && sug.Suggested != "" {
			d.reply.SetText(sug.Suggested)
		}
	})
	if !it.HasContext() {
		return
	}
	var full inbox.ThreadView
	stop, cancel := context.WithCancel(context.Background())
	d.stopThread = cancel
	d.s.run(opTimeout, func(ctx context.Context) (err error) {
		ctx, cancelRead := context.WithCancel(ctx)
		defer cancelRead()
		defer context.AfterFunc(stop, cancelRead)()
		full, err = d.s.svc.FullThread(ctx, it)
		return err
	}, func(err error) {
		cancel()
		if d.item.ID != id || d.opened != seq {
			return
		}
		d.fullThread = true
		if err != nil {
			d.setContext([]fyne.CanvasObject{warningLine("Earlier messages could not be loaded: " + err.Error())})
			return
		}
		d.showThread(full, false)
	})
}

// contextHeight is the height of the box above the message: the last two
// or three short earlier messages show, the rest scroll, and at 1024x640
// the message itself stays in view below.
const contextHeight = 120

// showThread shows the entries above the item in the context box and the
// item with its answers below; loading says the network's part is still
// on its way.
func (d *inboxDetail) showThread(v inbox.ThreadView, loading bool) {
	var above []fyne.CanvasObject
	if v.Note != "" {
		above = append(above, warningLine(v.Note))
	}
	before := v.Before(d.item.ID)
	for _, e := range before {
		above = append(above, contextEntry(e))
		above = d.addApprove(above, e)
	}
	switch {
	case loading:
		above = append([]fyne.CanvasObject{mutedLine("Loading earlier messages…")}, above...)
	case len(before) == 0 && v.Note == "":
		above = append(above, mutedLine("No earlier messages."))
	}
	d.setContext(above)
	if len(before) > 0 {
		d.context.Show() // stored context for an item that answers nothing
	}
	d.thread.Objects = nil
	for _, e := range v.From(d.item.ID) {
		d.thread.Add(entryLabel(e))
		d.thread.Objects = d.addApprove(d.thread.Objects, e)
	}
	d.thread.Refresh()
}

// addApprove adds what staff can do under one of the clinic's answers that
// has not gone out: approve one waiting for approval; for one that failed,
// was held or waits for a reconnect, the reason, Retry and Cancel.
func (d *inboxDetail) addApprove(objs []fyne.CanvasObject, e inbox.ThreadEntry) []fyne.CanvasObject {
	if e.ReplyID == 0 {
		return objs
	}
	replyID := e.ReplyID
	if e.State == "awaiting approval" {
		approve := widget.NewButton("Approve and send…", func() { d.approve(replyID) })
		approve.Importance = widget.WarningImportance
		return append(objs, container.NewHBox(approve))
	}
	if e.Problem == "" {
		return objs
	}
	retry := widget.NewButton("Retry", func() { d.retryAnswer(replyID) })
	retry.Importance = widget.WarningImportance
	cancel := widget.NewButton("Cancel answer", func() { d.cancelAnswer(replyID) })
	return append(objs, warningLine(e.Problem), container.NewHBox(retry, cancel))
}

// reload reads the list again and opens the item afresh, for an answer
// under it that changed.
func (d *inboxDetail) reload() {
	d.s.reopen = d.item.ID
	d.s.load()
}

// retryAnswer sends a stuck answer again through the engine.
func (d *inboxDetail) retryAnswer(replyID int64) {
	var r schedule.Reply
	d.s.setStatus("Sending the answer again…")
	d.s.run(schedule.PostTimeout+opTimeout, func(ctx context.Context) (err error) {
		r, err = d.s.svc.RetryAnswer(ctx, replyID)
		return err
	}, func(err error) {
		d.s.setStatus("")
		switch {
		case err != nil:
			d.setFindings("Not sent: " + err.Error())
		case r.State == schedule.ReplySent:
			d.s.setStatus("Answer sent: " + r.RemoteURL)
		default:
			d.setFindings(schedule.ReplyOutcomeMessage(r))
		}
		d.reload()
	})
}

// cancelAnswer drops a stuck answer, after asking.
func (d *inboxDetail) cancelAnswer(replyID int64) {
	dialog.ShowConfirm("Cancel the answer", "This answer will not be sent. Nothing changes on the network.", func(ok bool) {
		if !ok {
			return
		}
		d.s.run(opTimeout, func(ctx context.Context) error {
			_, err := d.s.svc.CancelAnswer(ctx, replyID)
			return err
		}, func(err error) {
			if err != nil {
				d.setFindings("Not cancelled: " + err.Error())
				return
			}
			d.s.setStatus("Answer cancelled.")
			d.reload()
		})
	}, d.s.win)
}

// setContext fills the context box under its title and shows its end,
// the messages nearest the item.
func (d *inboxDetail) setContext(objs []fyne.CanvasObject) {
	title := widget.NewLabelWithStyle("Earlier in this conversation", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Importance = widget.LowImportance
	d.contextList.Objects = append([]fyne.CanvasObject{title}, objs...)
	d.contextList.Refresh()
	d.contextScroll.Refresh()
	d.contextScroll.ScrollToBottom()
	// and again once wrapped lines know their height (see open).
	d.s.ui(d.contextScroll.ScrollToBottom)
}

func mutedLine(text string) *widget.Label {
	l := wrappingLabel(text)
	l.Importance = widget.LowImportance
	return l
}

func warningLine(text string) *widget.Label {
	l := wrappingLabel(text)
	l.Importance = widget.WarningImportance
	return l
}

// contextEntry is one message above the item, its author and time then
// its text on the same lines: muted, the clinic's own marked as the
// clinic's (its colour and the house).
func contextEntry(e inbox.ThreadEntry) fyne.CanvasObject {
	head := e.Who + " · " + e.At.Local().Format("2 Jan 15:04")
	if e.State != "" && e.State != "sent" {
		head += " · " + e.State
	}
	if e.Private {
		head += " · private"
	}
	text := e.Text
	if text == "" {
		text = "(text removed after the retention period)"
	}
	headStyle := widget.RichTextStyleStrong
	headStyle.ColorName = theme.ColorNamePlaceHolder
	if e.Own {
		headStyle.ColorName = theme.ColorNamePrimary
	}
	bodyStyle := widget.RichTextStyleInline
	bodyStyle.ColorName = theme.ColorNamePlaceHolder
	rt := widget.NewRichText(&widget.TextSegment{Text: head + "  ", Style: headStyle}, &widget.TextSegment{Text: text, Style: bodyStyle})
	rt.Wrapping = fyne.TextWrapWord
	if e.Own {
		return container.NewBorder(nil, nil, widget.NewIcon(theme.HomeIcon()), nil, rt)
	}
	return rt
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// entryLabel is one message of a thread.
func entryLabel(e inbox.ThreadEntry) fyne.CanvasObject {
	head := widget.NewLabel(e.Who + " · " + e.At.Local().Format("2 Jan 15:04"))
	head.TextStyle = fyne.TextStyle{Bold: true}
	head.Truncation = fyne.TextTruncateEllipsis
	if e.State != "" && e.State != "sent" {
		head.SetText(head.Text + " · " + e.State)
	}
	text := e.Text
	if text == "" {
		text = "(text removed after the retention period)"
	}
	body := wrappingLabel(text)
	if e.Own {
		body.Importance = widget.LowImportance
		return container.NewPadded(container.NewVBox(head, body))
	}
	return container.NewVBox(head, body)
}

func (d *inboxDetail) showState() {
	if d.item.State == inbox.StateDone {
		d.done.SetText("Reopen (e)")
	} else {
		d.done.SetText("Done (e)")
	}
}

// change runs a write on the open item off the UI goroutine, then reloads
// the list.
func (d *inboxDetail) change(what string, write func(ctx context.Context, id int64) error) {
	if !d.isOpen || d.s.svc == nil {
		return
	}
	id := d.item.ID
	d.s.run(opTimeout, func(ctx context.Context) error { return write(ctx, id) }, func(err error) {
		if err != nil {
			d.s.setStatus("Could not " + what + ": " + err.Error())
			return
		}
		d.s.load()
	})
}

func (d *inboxDetail) toggleDone() {
	if !d.isOpen {
		return
	}
	next := inbox.StateDone
	if d.item.State == inbox.StateDone {
		next = inbox.StateNew
	}
	d.item.State = next
	d.showState()
	d.change("change its state", func(ctx context.Context, id int64) error { return d.s.svc.SetState(ctx, id, next) })
}

func (d *inboxDetail) markUnread() {
	d.change("mark it unread", func(ctx context.Context, id int64) error { return d.s.svc.SetRead(ctx, id, false) })
}

func (d *inboxDetail) assign(name string) {
	if name == unassigned {
		name = ""
	}
	d.item.Assignee = name
	d.change("assign it", func(ctx context.Context, id int64) error { return d.s.svc.Assign(ctx, id, name) })
}

func (d *inboxDetail) saveLabels() {
	want := map[string]bool{}
	for _, l := range strings.Split(d.labels.Text, ",") {
		if l = strings.TrimSpace(l); l != "" {
			want[l] = true
		}
	}
	had := map[string]bool{}
	for _, l := range d.item.Labels {
		had[l] = true
	}
	var labels []string
	for l := range want {
		labels = append(labels, l)
	}
	sort.Strings(labels)
	d.item.Labels = labels
	d.change("save the labels", func(ctx context.Context, id int64) error {
		for l := range want {
			if !had[l] {
				if err := d.s.svc.AddLabel(ctx, id, l); err != nil {
					return err
				}
			}
		}
		for l := range had {
			if !want[l] {
				if err := d.s.svc.RemoveLabel(ctx, id, l); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

func (d *inboxDetail) saveNote() {
	note := d.note.Text
	d.item.Note = note
	d.change("save the note", func(ctx context.Context, id int64) error { return d.s.svc.SetNote(ctx, id, note) })
}

func (d *inboxDetail) useSaved(name string) {
	for _, r := range d.savedSet {
		if r.Name == name {
			d.reply.SetText(r.Text)
		}
	}
}

func (d *inboxDetail) focusReply() {
	if d.isOpen {
		d.s.win.Canvas().Focus(d.reply)
	}
}

// sendReply checks the answer (privacy, reply mode) and, when nothing
// blocks it, sends it through the publishing engine; both off the UI
// goroutine. Findings are shown and stop it until the text is edited or
// each is kept with a reason.
func (d *inboxDetail) sendReply() {
	if !d.isOpen || d.s.svc == nil {
		return
	}
	text := strings.TrimSpace(d.reply.Text)
	if text == "" {
		d.setFindings("Write the answer first.")
		return
	}
	in := inbox.ReplyInput{ItemID: d.item.ID, Text: text, Author: d.author(), Kept: d.kept}
	var r schedule.Reply
	var hits []drafts.Finding
	d.send.Disable()
	d.s.setStatus("Sending the answer…")
	d.s.run(schedule.PostTimeout+opTimeout, func(ctx context.Context) error {
		var err error
		if hits, err = d.s.svc.CheckReply(ctx, text, in.Kept); err != nil || len(hits) > 0 {
			return err
		}
		r, err = d.s.svc.Answer(ctx, in)
		return err
	}, func(err error) {
		d.send.Enable()
		var fe *inbox.FindingsError
		if errors.As(err, &fe) {
			hits, err = fe.Findings, nil
		}
		if err != nil {
			d.s.setStatus("")
			d.setFindings("Not sent: " + err.Error())
			return
		}
		if len(hits) > 0 {
			d.s.setStatus("")
			d.showFindings(hits)
			return
		}
		if r.State == schedule.ReplySent {
			d.s.setStatus(fmt.Sprintf("Answer sent to %s: %s", d.item.Who(), r.RemoteURL))
			d.reply.SetText("")
			d.reload()
			return
		}
		d.s.setStatus("")
		d.setFindings(schedule.ReplyOutcomeMessage(r))
		// It is recorded: it shows under the message, with Retry and Cancel
		// when it is stuck, so the box is free for the next answer.
		d.reply.SetText("")
		d.reload()
	})
}

// author is who answers: the item's assignee, else the profile's first
// staff name, else the clinic.
func (d *inboxDetail) author() string {
	if d.item.Assignee != "" {
		return d.item.Assignee
	}
	if len(d.s.profile.StaffNames) > 0 {
		return d.s.profile.StaffNames[0]
	}
	if d.s.profile.Name != "" {
		return d.s.profile.Name
	}
	return "CarePost"
}

func (d *inboxDetail) showFindings(hits []drafts.Finding) {
	d.lastHits = hits
	lines := []string{"The privacy check found what may be patient information. Edit the answer, or keep each with a reason:"}
	keepable := false
	for _, f := range hits {
		lines = append(lines, fmt.Sprintf("• %q: %s", f.Text, f.Reason))
		keepable = keepable || f.Keepable()
	}
	d.setFindings(strings.Join(lines, "\n"))
	if keepable {
		d.keep.Show()
	} else {
		d.keep.Hide()
	}
}

// keepWithReason asks why the findings may stay and keeps the keepable
// ones with that reason; Send then checks again.
func (d *inboxDetail) keepWithReason() {
	reason := widget.NewEntry()
	reason.SetPlaceHolder("Why this may be posted (e.g. the author shared it themselves and asked us to)")
	dlg := dialog.NewForm("Keep with a reason", "Keep", "Cancel", []*widget.FormItem{widget.NewFormItem("Reason", reason)}, func(ok bool) {
		if !ok {
			return
		}
		if err := drafts.ValidateKeepReason(reason.Text); err != nil {
			d.setFindings(err.Error())
			return
		}
		for _, f := range d.lastHits {
			if f.Keepable() {
				d.kept = append(d.kept, schedule.KeptFinding{Kind: f.Kind, Text: f.Text, Reason: strings.TrimSpace(reason.Text)})
			}
		}
		d.keep.Hide()
		d.setFindings("Kept with your reason. Press Send to check again and send.")
	}, d.s.win)
	dlg.Resize(fyne.NewSize(520, 200))
	dlg.Show()
}

// setFindings shows what stops the answer (or nothing, for "").
func (d *inboxDetail) setFindings(text string) {
	setStatusLine(d.findings, text)
	if text == "" {
		d.findingsBox.Hide()
	} else {
		d.findingsBox.Show()
		d.findingsBox.ScrollToTop()
	}
}

// approve asks who approves a waiting answer (a Google review's, when the
// settings ask for approval), then sends it through the engine.
func (d *inboxDetail) approve(replyID int64) {
	name := widget.NewEntry()
	name.SetPlaceHolder("Your name")
	dialog.ShowForm("Approve the answer", "Approve and send", "Cancel", []*widget.FormItem{widget.NewFormItem("Approved by", name)}, func(ok bool) {
		if !ok || strings.TrimSpace(name.Text) == "" {
			return
		}
		by := strings.TrimSpace(name.Text)
		var r schedule.Reply
		d.s.run(schedule.PostTimeout+opTimeout, func(ctx context.Context) (err error) {
			r, err = d.s.svc.Approve(ctx, replyID, by)
			return err
		}, func(err error) {
			if err != nil {
				d.setFindings("Not sent: " + err.Error())
				return
			}
			if msg := schedule.ReplyOutcomeMessage(r); msg != "" {
				d.setFindings(msg)
			} else {
				d.s.setStatus("Answer approved by " + by + " and sent: " + r.RemoteURL)
			}
			d.reload()
		})
	}, d.s.win)
}

// deleteAuthor deletes, after asking, every message from the open item's
// author on its network (their health details may be in any of them).
func (d *inboxDetail) deleteAuthor() {
	if !d.isOpen || d.s.svc == nil || d.item.Author == "" {
		return
	}
	it := d.item
	confirmDeletion(d.s.win, "Delete everything from "+it.Who(),
		"Every message from "+it.Who()+" on "+it.Network.Label()+" is deleted from CarePost, with its labels and notes. "+
			"Nothing changes on the network. The clinic's own answers stay in the publishing record.",
		func() {
			var n int
			d.s.run(opTimeout, func(ctx context.Context) (err error) {
				n, err = d.s.svc.DeleteAuthor(ctx, it.Network, it.Author)
				return err
			}, func(err error) {
				if err != nil {
					d.s.setStatus("Could not delete: " + err.Error())
					return
				}
				d.s.setStatus(fmt.Sprintf("Deleted %s from %s.", pluralize(n, "message", "messages"), it.Who()))
				d.s.selected = 0
				d.clear()
				d.s.load()
			})
		})
}

// saveAsReply keeps the answer being written as one of the clinic's saved
// replies, under a name staff give.
func (d *inboxDetail) saveAsReply() {
	text := strings.TrimSpace(d.reply.Text)
	if text == "" || d.s.svc == nil {
		d.setFindings("Write the answer first, then save it as a saved reply.")
		return
	}
	name := widget.NewEntry()
	name.SetPlaceHolder("e.g. Opening hours")
	dialog.ShowForm("Save as a saved reply", "Save", "Cancel", []*widget.FormItem{widget.NewFormItem("Name", name)}, func(ok bool) {
		if !ok {
			return
		}
		n := strings.TrimSpace(name.Text)
		d.s.run(opTimeout, func(ctx context.Context) error { return d.s.svc.SaveReply(ctx, n, text) }, func(err error) {
			if err != nil {
				d.setFindings("Not saved: " + err.Error())
				return
			}
			d.s.setStatus("Saved as the reply \"" + n + "\".")
			// Offer it at once (a reply of the same name is replaced).
			kept := d.savedSet[:0:0]
			for _, r := range d.savedSet {
				if r.Name != n {
					kept = append(kept, r)
				}
			}
			d.savedSet = append(kept, inbox.SavedReply{Name: n, Text: text})
			names := make([]string, len(d.savedSet))
			for i, r := range d.savedSet {
				names[i] = r.Name
			}
			d.saved.OnChanged = nil
			d.saved.SetOptions(names)
			d.saved.OnChanged = d.useSaved
		})
	}, d.s.win)
}

// hideOnNetwork hides the open public comment on its network (a Facebook
// Page, Instagram), as the triage suggests for one that shares its
// writer's health details.
func (d *inboxDetail) hideOnNetwork() {
	if !d.isOpen || d.s.svc == nil {
		return
	}
	it := d.item
	d.hide.Disable()
	d.s.run(opTimeout, func(ctx context.Context) error { return d.s.svc.Hide(ctx, it) }, func(err error) {
		d.hide.Enable()
		if err != nil {
			d.s.setStatus("Could not hide the comment: " + err.Error())
			return
		}
		d.hide.Hide()
		d.s.setStatus("Hidden on " + it.Network.Label() + ": only its writer and their friends see it now.")
		d.s.load()
	})
}
