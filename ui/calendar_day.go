package ui

// The calendar's side panels: ready drafts not yet scheduled, today and
// the coming week, and the chosen day's posts with what can be done to
// each (reschedule, pause, cancel, retry, the publish log).

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/carepost/carepost/schedule"
)

// showReady lists the first ready drafts not yet scheduled, each with
// "Schedule…".
func (c *calendarScreen) showReady() {
	if _, ok := c.env.store.(readySchedules); !ok {
		c.readyTitle.Hide()
		c.readyBox.Hide()
		return
	}
	var sig strings.Builder
	fmt.Fprint(&sig, c.readyN)
	for _, d := range c.ready {
		fmt.Fprintf(&sig, "|%d %s %v", d.ID, d.Title, d.Networks)
	}
	if c.parts["ready"] == sig.String() {
		return
	}
	c.parts["ready"] = sig.String()
	if c.readyN > 0 {
		c.readyTitle.SetText(fmt.Sprintf("Ready to schedule (%d)", c.readyN))
	} else {
		c.readyTitle.SetText("Ready to schedule")
	}
	c.readyBox.RemoveAll()
	c.readyRows = map[int64]*widget.Button{}
	if len(c.ready) == 0 {
		l := wrappingLabel("Every ready draft is scheduled. Mark a draft ready under Drafts to see it here.")
		l.Importance = widget.LowImportance
		c.readyBox.Add(l)
	}
	for _, d := range c.ready {
		id := d.ID
		title := widget.NewLabel(d.Title)
		title.Truncation = fyne.TextTruncateEllipsis
		nets := widget.NewLabel(networkShortList(d.Networks))
		nets.SizeName = theme.SizeNameCaptionText
		nets.Truncation = fyne.TextTruncateEllipsis
		btn := widget.NewButton("Schedule…", func() { c.scheduleDraft(id) })
		c.readyRows[id] = btn
		c.readyBox.Add(container.NewBorder(nil, nil, nil, container.NewCenter(btn), container.NewVBox(title, nets)))
	}
	if more := c.readyN - len(c.ready); more > 0 {
		l := wrappingLabel(fmt.Sprintf("and %d more: choose them in Schedule a post…", more))
		l.SizeName = theme.SizeNameCaptionText
		c.readyBox.Add(l)
	}
	c.readyTitle.Show()
	c.readyBox.Show()
	c.readyBox.Refresh()
}

// scheduleDraft opens the schedule dialog for one draft, on the chosen day
// when that is not in the past.
func (c *calendarScreen) scheduleDraft(id int64) {
	ctx, cancel := opContext()
	d, err := c.env.drafts.Draft(ctx, id)
	cancel()
	if err != nil {
		showError("Could not open the draft", err, c.env.win)
		return
	}
	var day time.Time
	if !c.selected.Before(c.midnight(c.env.now())) {
		day = c.selected
	}
	c.dlg = showScheduleDialog(c.env, &d, day, func(made []schedule.Publication) {
		if len(made) > 0 {
			c.selectDay(made[0].DueAt)
		}
	})
}

// showGlance lists today's and the next seven days' posts.
func (c *calendarScreen) showGlance(todays, coming []schedule.Publication) {
	var sig strings.Builder
	for _, g := range [][]schedule.Publication{todays, coming} {
		for _, p := range g {
			network, _ := pubAccountWords(c.accts, p)
			fmt.Fprintf(&sig, "%d|%s|%s|%s|%s\n", p.ID, p.DueAt, p.State, network, c.pubTitle(p))
		}
		sig.WriteString("--\n")
	}
	if c.parts["glance"] == sig.String() {
		return
	}
	c.parts["glance"] = sig.String()
	c.glance.RemoveAll()
	group := func(title string, ps []schedule.Publication, withDay bool, empty string) {
		c.glance.Add(widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		if len(ps) == 0 {
			l := widget.NewLabel(empty)
			l.Importance = widget.LowImportance
			c.glance.Add(l)
		}
		for i, p := range ps {
			if i == 8 {
				c.glance.Add(widget.NewLabel(fmt.Sprintf("+%d more", len(ps)-8)))
				break
			}
			network, _ := pubAccountWords(c.accts, p)
			when := p.DueAt.In(c.loc).Format("3:04 PM")
			if withDay {
				when = p.DueAt.In(c.loc).Format("Mon 3:04 PM")
			}
			l := widget.NewLabel(when + " · " + network + " · " + c.pubTitle(p) + " — " + p.StateLabel())
			l.Truncation = fyne.TextTruncateEllipsis
			l.Importance = stateImportance(p.State)
			c.glance.Add(l)
		}
	}
	group("Today", todays, false, "Nothing today.")
	group("Next 7 days", coming, true, "Nothing in the coming week.")
	c.glance.Refresh()
}

// showDay lists the chosen day's posts with their actions.
func (c *calendarScreen) showDay(pubs []schedule.Publication) {
	past := c.selected.Before(c.midnight(c.env.now()))
	if past {
		c.scheduleDay.Disable()
	} else {
		c.scheduleDay.Enable()
	}
	var sig strings.Builder
	fmt.Fprintf(&sig, "%s|%t|%t\n", dayKey(c.selected.In(c.loc)), past, c.env.canceller != nil)
	for _, p := range pubs {
		_, acct := pubAccountWords(c.accts, p)
		fmt.Fprintf(&sig, "%d|%d|%d|%s|%s|%s|%s|%s|%q|%t|%t\n", p.ID, p.DraftID, p.AccountID, p.DueAt, p.State, acct, c.pubTitle(p),
			p.RemoteURL, p.LastError, p.Native, p.HandedOff())
	}
	if c.parts["day"] == sig.String() {
		return
	}
	c.parts["day"] = sig.String()
	c.dayBox.RemoveAll()
	c.dayRows = map[int64]*dayControls{}
	c.dayTitle.SetText(c.selected.In(c.loc).Format("Monday, January 2"))
	if len(pubs) == 0 {
		c.dayBox.Add(widget.NewLabel("Nothing scheduled on this day."))
	}
	for _, p := range pubs {
		c.dayBox.Add(c.dayRow(p))
	}
	c.dayBox.Refresh()
}

func (c *calendarScreen) dayRow(p schedule.Publication) fyne.CanvasObject {
	_, acct := pubAccountWords(c.accts, p)
	dc := &dayControls{pub: p}
	dc.text = p.DueAt.In(c.loc).Format("3:04 PM") + " · " + acct + "\n" + c.pubTitle(p)
	text := wrappingLabel(dc.text)
	dc.state = widget.NewLabelWithStyle(p.StateLabel(), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	dc.state.Importance = stateImportance(p.State)
	info := container.NewVBox(text, dc.state)
	if p.RemoteURL != "" {
		if u, err := url.Parse(p.RemoteURL); err == nil {
			info.Add(widget.NewHyperlink("Open post", u))
		}
	}
	if p.LastError != "" && p.State != schedule.StatePublished {
		w := wrappingLabel(strings.TrimSpace(p.LastError))
		w.Importance = stateImportance(p.State)
		if p.State == schedule.StateQueued {
			w.Importance = widget.LowImportance
		}
		info.Add(w)
	}
	id := p.ID
	var buttons []fyne.CanvasObject
	dc.open = widget.NewButton("Open draft", func() {
		if c.openDraft != nil {
			c.openDraft(p.DraftID)
		}
	})
	if p.DraftDeleted() {
		dc.open.SetText("Draft deleted")
		dc.open.Disable()
	}
	buttons = append(buttons, dc.open)
	// Without its draft or account a post can only be cancelled.
	orphaned := p.DraftDeleted() || p.AccountDeleted()
	switch p.State {
	case schedule.StateQueued, schedule.StatePaused, schedule.StateHeld, schedule.StateFailed, schedule.StateNeedsReconnect:
		dc.cancel = widget.NewButton("Cancel…", func() { c.confirmCancel(p) })
		if !orphaned {
			dc.reschedule = widget.NewButton("Reschedule…", func() { c.resched = c.showReschedule(p) })
			buttons = append(buttons, dc.reschedule)
		}
	}
	if p.HandedOff() && c.env.canceller != nil {
		dc.cancel = widget.NewButton("Cancel…", func() { c.confirmCancelOnNetwork(p) })
	}
	switch {
	case orphaned:
	case p.State == schedule.StateQueued:
		dc.pause = widget.NewButton("Pause", func() { pubAction(c.env, "Could not pause", id, c.env.store.Pause) })
		buttons = append(buttons, dc.pause)
	case p.State == schedule.StatePaused:
		dc.pause = widget.NewButton("Resume", func() { pubAction(c.env, "Could not resume", id, c.env.store.Resume) })
		buttons = append(buttons, dc.pause)
	}
	if canRetry(p.State) && !orphaned {
		dc.retry = widget.NewButtonWithIcon("Retry", theme.ViewRefreshIcon(), func() { pubAction(c.env, "Could not retry", id, c.env.store.Retry) })
		dc.retry.Importance = widget.HighImportance
		buttons = append(buttons, dc.retry)
	}
	if dc.cancel != nil {
		dc.cancel.Importance = widget.DangerImportance
		buttons = append(buttons, dc.cancel)
	}
	dc.log = widget.NewButton("Log", func() { showPublishLog(c.env, p, c.loc) })
	buttons = append(buttons, dc.log)
	c.dayRows[p.ID] = dc
	return container.NewVBox(info, container.NewGridWithColumns(2, buttons...), widget.NewSeparator())
}

func (c *calendarScreen) confirmCancel(p schedule.Publication) {
	_, acct := pubAccountWords(c.accts, p)
	msg := fmt.Sprintf("“%s” will not go to %s on %s.", c.pubTitle(p), acct, whenWords(p.DueAt, c.loc))
	if !p.DraftDeleted() {
		msg += " The draft is kept."
	}
	d := dialog.NewConfirm("Cancel this post?", msg,
		func(ok bool) {
			if ok {
				pubAction(c.env, "Could not cancel", p.ID, c.env.store.Cancel)
			}
		}, c.env.win)
	d.SetConfirmText("Cancel post")
	d.SetDismissText("Keep it")
	d.Show()
}

// confirmCancelOnNetwork withdraws a post waiting in the network's own
// scheduler. The network call runs off the UI goroutine; where the network
// will not cancel it, staff get the steps to do it there.
func (c *calendarScreen) confirmCancelOnNetwork(p schedule.Publication) {
	_, acct := pubAccountWords(c.accts, p)
	msg := fmt.Sprintf("“%s” is waiting in %s's own scheduler for %s. CarePost will cancel it there.", c.pubTitle(p), acct, whenWords(p.DueAt, c.loc))
	env := c.env
	d := dialog.NewConfirm("Cancel this post?", msg, func(ok bool) {
		if !ok {
			return
		}
		done := make(chan struct{})
		c.cancelled = done
		var w schedule.Withdrawal
		offUI(nil, 2*time.Minute, func(ctx context.Context) (err error) {
			w, err = env.canceller.CancelOnNetwork(ctx, p.ID)
			return err
		}, func(err error) {
			defer close(done)
			switch {
			case err != nil:
				showError("Could not cancel", fmt.Errorf("%s", upperFirst(err.Error())), env.win)
			case !w.Done:
				dialog.ShowInformation("Cancel it on "+w.Network, w.Steps, env.win)
			}
			env.notifyChanged()
		})
	}, env.win)
	d.SetConfirmText("Cancel post")
	d.SetDismissText("Keep it")
	d.Show()
}

func (c *calendarScreen) openSchedule(day time.Time) {
	c.dlg = showScheduleDialog(c.env, nil, day, func(made []schedule.Publication) {
		if len(made) > 0 {
			c.selectDay(made[0].DueAt)
		}
	})
}

// rescheduleForm moves one publication; errors stay in the form.
type rescheduleForm struct {
	date     *dateField
	clock    *widget.Entry
	summary  *widget.Label
	errLabel *widget.Label
	submit   *widget.Button
	dialog   dialog.Dialog
}

func (c *calendarScreen) showReschedule(p schedule.Publication) *rescheduleForm {
	f := &rescheduleForm{}
	local := p.DueAt.In(c.loc)
	var update func()
	f.date = newDateField(func() {
		if update != nil {
			update()
		}
	})
	f.date.setDay(local)
	f.clock = widget.NewEntry()
	f.clock.SetPlaceHolder("9:00 AM")
	f.clock.SetText(local.Format("3:04 PM"))
	f.summary = wrappingLabel("")
	f.errLabel = wrappingLabel("")
	f.errLabel.Importance = widget.DangerImportance
	update = func() {
		t, err := f.date.at(f.clock.Text, c.loc)
		if err != nil {
			f.summary.SetText(upperFirst(err.Error()) + ".")
			f.submit.Disable()
			return
		}
		f.summary.SetText("Move to " + whenWords(t, c.loc) + ".")
		f.submit.Enable()
	}
	f.submit = widget.NewButton("Move", func() {
		t, err := f.date.at(f.clock.Text, c.loc)
		if err == nil {
			ctx, cancel := opContext()
			_, err = c.env.store.Reschedule(ctx, p.ID, t, c.zn)
			cancel()
		}
		if err != nil {
			f.errLabel.SetText(upperFirst(err.Error()) + ".")
			return
		}
		f.dialog.Hide()
		c.selected = c.midnight(t)
		c.anchor = c.selected
		c.env.notifyChanged()
	})
	f.submit.Importance = widget.HighImportance
	f.clock.OnChanged = func(string) { update() }
	update()
	form := container.NewVBox(
		wrappingLabel("Move “"+c.pubTitle(p)+"” to another time ("+zoneWords(c.loc, p.DueAt)+")."),
		container.NewGridWithColumns(2, widget.NewLabel("Date"), widget.NewLabel("Time"), f.date, f.clock),
		f.summary, f.errLabel)
	buttons := container.NewHBox(layout.NewSpacer(), widget.NewButton("Cancel", func() { f.dialog.Hide() }), f.submit)
	f.dialog = dialog.NewCustomWithoutButtons("Reschedule", container.NewBorder(nil, buttons, nil, nil, form), c.env.win)
	f.dialog.Resize(fyne.NewSize(520, 300))
	f.dialog.Show()
	return f
}
