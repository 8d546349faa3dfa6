package ui

import (
	"context"
	"fmt"
	"image/color"
	"net/url"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/schedule"
)

// Calendar views.
const (
	viewMonth = "Month"
	viewWeek  = "Week"
	viewList  = "List"
)

// maxPerCell is how many posts a month cell lists before "+N more".
const maxPerCell = 3

const allStatesLabel = "All states"

// dayCell is one day of the month grid, kept so tests can read it.
type dayCell struct {
	date  time.Time
	btn   *widget.Button
	lines []string // the post lines shown, then "+N more" if any
}

// dayControls are one publication's actions in the day panel.
type dayControls struct {
	pub        schedule.Publication
	text       string
	state      *widget.Label
	open       *widget.Button
	reschedule *widget.Button
	pause      *widget.Button // Pause or Resume
	cancel     *widget.Button
	retry      *widget.Button
	log        *widget.Button
}

// calendarScreen shows scheduled posts by month, week or as a list, with
// today and the coming week at a glance and the chosen day's posts and
// their actions on the right. Times are in the clinic's zone.
type calendarScreen struct {
	env       *scheduleEnv
	openDraft func(int64)
	runNow    func() // "Publish due now"; nil hides it
	// cancelled is closed when the latest cancel on a network has been
	// shown (tests wait on it).
	cancelled chan struct{}

	loc  *time.Location
	zn   string
	view string

	anchor   time.Time // midnight (clinic zone) of a day in the shown month or week
	selected time.Time // midnight of the chosen day

	titles map[int64]string
	accts  map[int64]accounts.Account
	pubs   []schedule.Publication // what the month or week view shows

	title       *widget.Label
	zoneHint    *widget.Label
	views       *widget.RadioGroup
	stateFilter *widget.Select
	prev, next  *widget.Button
	today       *widget.Button
	publishNow  *widget.Button
	body        *fyne.Container
	glance      *fyne.Container
	dayTitle    *widget.Label
	dayBox      *fyne.Container
	scheduleDay *widget.Button
	content     fyne.CanvasObject

	cells   map[string]*dayCell
	dayRows map[int64]*dayControls
	listed  []schedule.Publication // what the list view shows

	// The open dialogs, kept so tests can drive them.
	dlg     *scheduleDialog
	resched *rescheduleForm
}

func dayKey(t time.Time) string { return t.Format("2006-01-02") }

// clinicLocation is the clinic's time zone (drafts.Service.Zone, which the
// drafts list and the commands use too), its name for new times, and a hint
// when it is not set or not known: times are then in UTC.
func clinicLocation(env *scheduleEnv) (loc *time.Location, name, hint string) {
	ctx, cancel := opContext()
	defer cancel()
	loc, err := env.drafts.Zone(ctx)
	if err != nil {
		return time.UTC, "UTC", upperFirst(err.Error()) + ". Times are in UTC meanwhile."
	}
	if p, err := env.drafts.Profile(ctx); err != nil || strings.TrimSpace(p.TimeZone) == "" {
		return loc, loc.String(), "The clinic's time zone is not set: times are in UTC. Set it under Clinic profile."
	}
	return loc, loc.String(), ""
}

func newCalendarScreen(env *scheduleEnv, openDraft func(int64)) *calendarScreen {
	c := &calendarScreen{env: env, openDraft: openDraft, view: viewMonth, cells: map[string]*dayCell{}, dayRows: map[int64]*dayControls{}}
	c.title = heading("")
	c.zoneHint = widget.NewLabel("")
	c.zoneHint.SizeName = theme.SizeNameCaptionText
	c.prev = widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { c.step(-1) })
	c.next = widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { c.step(1) })
	c.today = widget.NewButton("Today", c.goToday)
	c.views = widget.NewRadioGroup([]string{viewMonth, viewWeek, viewList}, func(v string) {
		if v == "" {
			c.views.SetSelected(c.view)
			return
		}
		c.view = v
		c.Refresh()
	})
	c.views.Horizontal = true
	c.views.Required = true
	c.views.Selected = viewMonth
	filters := []string{allStatesLabel}
	for _, s := range schedule.AllStates {
		filters = append(filters, s.Label())
	}
	c.stateFilter = widget.NewSelect(filters, nil)
	c.stateFilter.SetSelectedIndex(0)
	c.stateFilter.OnChanged = func(string) { c.Refresh() }
	c.stateFilter.Hide()
	c.publishNow = widget.NewButtonWithIcon("Publish due now", theme.MailSendIcon(), func() {
		if c.runNow != nil {
			c.runNow()
		}
	})
	c.publishNow.Hide()
	newPost := widget.NewButtonWithIcon("Schedule a post…", theme.ContentAddIcon(), func() { c.openSchedule(time.Time{}) })
	newPost.Importance = widget.HighImportance

	top := container.NewBorder(nil, nil,
		container.NewHBox(c.prev, c.today, c.next, c.title),
		container.NewHBox(c.stateFilter, c.views, c.publishNow, newPost))
	c.body = container.NewStack()

	c.glance = container.NewVBox()
	c.dayTitle = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	c.dayBox = container.NewVBox()
	c.scheduleDay = widget.NewButtonWithIcon("Schedule a post on this day…", theme.ContentAddIcon(), func() { c.openSchedule(c.selected) })
	side := container.NewVScroll(container.NewPadded(container.NewVBox(
		c.glance,
		widget.NewSeparator(),
		c.dayTitle, c.dayBox, c.scheduleDay,
	)))
	split := container.NewHSplit(container.NewBorder(nil, c.zoneHint, nil, nil, c.body), side)
	split.Offset = 0.7
	c.content = container.NewBorder(container.NewPadded(top), nil, nil, nil, split)
	return c
}

func (c *calendarScreen) Content() fyne.CanvasObject { return c.content }

// midnight is the start of t's day in the clinic's zone.
func (c *calendarScreen) midnight(t time.Time) time.Time {
	y, m, d := t.In(c.loc).Date()
	return schedule.LocalDateTime(y, m, d, 0, 0, 0, c.loc)
}

func (c *calendarScreen) addDays(t time.Time, n int) time.Time {
	y, m, d := t.In(c.loc).Date()
	return schedule.LocalDateTime(y, m, d+n, 0, 0, 0, c.loc)
}

func (c *calendarScreen) step(dir int) {
	switch c.view {
	case viewMonth:
		y, m, _ := c.anchor.In(c.loc).Date()
		c.anchor = schedule.LocalDateTime(y, m+time.Month(dir), 1, 0, 0, 0, c.loc)
	case viewWeek:
		c.anchor = c.addDays(c.anchor, 7*dir)
	}
	c.Refresh()
}

func (c *calendarScreen) goToday() {
	c.anchor = c.midnight(c.env.now())
	c.selected = c.anchor
	c.Refresh()
}

// selectDay shows day's posts on the right, moving the month or week to
// it when needed.
func (c *calendarScreen) selectDay(day time.Time) {
	c.selected = c.midnight(day)
	if c.view != viewList {
		c.anchor = c.selected
	}
	c.Refresh()
}

// Refresh reloads everything from the store; it runs on the UI goroutine.
func (c *calendarScreen) Refresh() {
	if c.env == nil || c.env.store == nil {
		c.body.Objects = []fyne.CanvasObject{container.NewCenter(widget.NewLabel("Scheduling is not available in this copy of CarePost."))}
		c.body.Refresh()
		return
	}
	var hint string
	c.loc, c.zn, hint = clinicLocation(c.env)
	if hint == "" {
		hint = "Times are in the clinic's time zone (" + c.zn + ")."
	}
	c.zoneHint.SetText(hint)
	if c.anchor.IsZero() {
		c.anchor = c.midnight(c.env.now())
	}
	if c.selected.IsZero() {
		c.selected = c.midnight(c.env.now())
	}
	c.titles = c.env.draftTitles()
	c.accts = c.env.accountMap()
	c.publishNow.Hidden = c.runNow == nil
	c.publishNow.Refresh()
	list := c.view == viewList
	c.prev.Hidden, c.next.Hidden = list, list
	c.stateFilter.Hidden = !list
	c.prev.Refresh()
	c.next.Refresh()
	c.stateFilter.Refresh()
	switch c.view {
	case viewWeek:
		c.showWeek()
	case viewList:
		c.showList()
	default:
		c.showMonth()
	}
	c.showGlance()
	c.showDay()
}

func (c *calendarScreen) load(from, to time.Time) []schedule.Publication {
	ctx, cancel := opContext()
	defer cancel()
	pubs, err := c.env.store.List(ctx, schedule.Filter{From: from, To: to})
	if err != nil {
		showError("Could not read the schedule", err, c.env.win)
		return nil
	}
	out := pubs[:0]
	for _, p := range pubs {
		if p.State != schedule.StateCancelled {
			out = append(out, p)
		}
	}
	return out
}

// pubTitle is the title of p's draft: its current one, or the one p
// recorded, marked, when the draft was deleted.
func (c *calendarScreen) pubTitle(p schedule.Publication) string {
	if p.DraftDeleted() {
		return p.Title() + " (draft deleted)"
	}
	if t, ok := c.titles[p.DraftID]; ok && t != "" {
		return t
	}
	return p.Title()
}

// cellLine is "09:00 · Bluesky · Flu clinic".
func (c *calendarScreen) cellLine(p schedule.Publication) string {
	network, _ := pubAccountWords(c.accts, p)
	return p.DueAt.In(c.loc).Format("15:04") + " · " + network + " · " + c.pubTitle(p)
}

func (c *calendarScreen) showMonth() {
	y, m, _ := c.anchor.In(c.loc).Date()
	first := schedule.LocalDateTime(y, m, 1, 0, 0, 0, c.loc)
	c.title.SetText(first.Format("January 2006"))
	ctx, cancel := opContext()
	pubs, err := c.env.store.MonthQuery(ctx, y, m, c.loc)
	cancel()
	if err != nil {
		showError("Could not read the schedule", err, c.env.win)
	}
	c.pubs = pubs
	byDay := map[string][]schedule.Publication{}
	for _, p := range pubs {
		k := dayKey(p.DueAt.In(c.loc))
		byDay[k] = append(byDay[k], p)
	}
	grid := container.NewGridWithColumns(7)
	for i := 0; i < 7; i++ {
		wd := time.Weekday(i)
		grid.Add(widget.NewLabelWithStyle(wd.String()[:3], fyne.TextAlignCenter, fyne.TextStyle{Bold: true}))
	}
	start := c.addDays(first, -int(first.Weekday()))
	days := int(first.Weekday()) + first.AddDate(0, 1, -1).Day()
	weeks := (days + 6) / 7
	today := dayKey(c.env.now().In(c.loc))
	c.cells = map[string]*dayCell{}
	cells := container.NewGridWithColumns(7)
	for i := 0; i < weeks*7; i++ {
		day := c.addDays(start, i)
		cells.Add(c.monthCell(day, day.Month() == m, dayKey(day) == today, byDay[dayKey(day)]))
	}
	c.body.Objects = []fyne.CanvasObject{container.NewBorder(grid, nil, nil, nil, cells)}
	c.body.Refresh()
}

func (c *calendarScreen) monthCell(day time.Time, inMonth, isToday bool, pubs []schedule.Publication) fyne.CanvasObject {
	cell := &dayCell{date: day}
	numColor := theme.ColorNameForeground
	if !inMonth {
		numColor = theme.ColorNameDisabled
	}
	if isToday {
		numColor = theme.ColorNamePrimary
	}
	num := newCalLine(fmt.Sprint(day.Day()), numColor)
	num.bold = isToday
	lines := container.NewVBox(num)
	if inMonth {
		for i, p := range pubs {
			if i == maxPerCell {
				more := fmt.Sprintf("+%d more", len(pubs)-maxPerCell)
				cell.lines = append(cell.lines, more)
				lines.Add(newCalLine(more, theme.ColorNamePlaceHolder))
				break
			}
			text := c.cellLine(p)
			cell.lines = append(cell.lines, text+" ("+p.StateLabel()+")")
			lines.Add(newCalLine(text, stateColor(p.State)))
		}
	}
	cell.btn = widget.NewButton("", func() { c.selectDay(day) })
	cell.btn.Importance = widget.LowImportance
	c.cells[dayKey(day)] = cell
	bg := canvas.NewRectangle(color.Transparent)
	if dayKey(day) == dayKey(c.selected) {
		bg.FillColor = theme.Color(theme.ColorNameSelection)
	}
	bg.StrokeColor = theme.Color(theme.ColorNameSeparator)
	bg.StrokeWidth = 1
	return container.NewStack(bg, cell.btn, container.NewPadded(lines))
}

func (c *calendarScreen) showWeek() {
	start := c.addDays(c.anchor, -int(c.anchor.In(c.loc).Weekday()))
	end := c.addDays(start, 7)
	c.title.SetText(start.Format("Jan 2") + " – " + end.AddDate(0, 0, -1).Format("Jan 2, 2006"))
	c.pubs = c.load(start, end)
	c.cells = map[string]*dayCell{}
	today := dayKey(c.env.now().In(c.loc))
	cols := container.NewGridWithColumns(7)
	for i := 0; i < 7; i++ {
		day := c.addDays(start, i)
		k := dayKey(day)
		cell := &dayCell{date: day}
		head := widget.NewButton(day.Format("Mon 2"), func() { c.selectDay(day) })
		if k == today {
			head.Importance = widget.HighImportance
		} else if k != dayKey(c.selected) {
			head.Importance = widget.LowImportance
		}
		cell.btn = head
		col := container.NewVBox(head)
		for _, p := range c.pubs {
			if dayKey(p.DueAt.In(c.loc)) != k {
				continue
			}
			network, _ := pubAccountWords(c.accts, p)
			l := wrappingLabel(p.DueAt.In(c.loc).Format("3:04 PM") + "\n" + network + " · " + c.pubTitle(p) + "\n" + p.StateLabel())
			l.Importance = stateImportance(p.State)
			l.SizeName = theme.SizeNameCaptionText
			col.Add(l)
			cell.lines = append(cell.lines, c.cellLine(p)+" ("+p.StateLabel()+")")
		}
		c.cells[k] = cell
		cols.Add(col)
	}
	c.body.Objects = []fyne.CanvasObject{container.NewVScroll(cols)}
	c.body.Refresh()
}

func (c *calendarScreen) showList() {
	c.title.SetText("Upcoming and recent")
	now := c.env.now()
	f := schedule.Filter{From: c.addDays(c.midnight(now), -30)}
	var want schedule.State
	if i := c.stateFilter.SelectedIndex(); i > 0 {
		want = schedule.AllStates[i-1]
		f.States = []schedule.State{want}
	}
	ctx, cancel := opContext()
	pubs, err := c.env.store.List(ctx, f)
	cancel()
	if err != nil {
		showError("Could not read the schedule", err, c.env.win)
	}
	var upcoming, recent []schedule.Publication
	for _, p := range pubs {
		if p.State == schedule.StateCancelled && want != schedule.StateCancelled {
			continue
		}
		if p.DueAt.Before(now) {
			recent = append([]schedule.Publication{p}, recent...) // newest first
		} else {
			upcoming = append(upcoming, p)
		}
	}
	c.listed = append(append([]schedule.Publication{}, upcoming...), recent...)
	box := container.NewVBox()
	section := func(name string, ps []schedule.Publication, empty string) {
		box.Add(widget.NewLabelWithStyle(name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		if len(ps) == 0 {
			box.Add(widget.NewLabel(empty))
		}
		for _, p := range ps {
			_, acct := pubAccountWords(c.accts, p)
			l := widget.NewLabel(p.DueAt.In(c.loc).Format("Mon Jan 2, 3:04 PM") + " · " + acct + " · " + c.pubTitle(p))
			l.Truncation = fyne.TextTruncateEllipsis
			st := widget.NewLabelWithStyle(p.StateLabel(), fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
			st.Importance = stateImportance(p.State)
			due := p.DueAt
			show := widget.NewButton("Show day", func() { c.selectDay(due) })
			box.Add(container.NewBorder(nil, nil, nil, container.NewHBox(st, show), l))
		}
	}
	section("Upcoming", upcoming, "Nothing scheduled.")
	section("Recent (last 30 days)", recent, "Nothing in the last 30 days.")
	c.body.Objects = []fyne.CanvasObject{container.NewVScroll(box)}
	c.body.Refresh()
}

// showGlance lists today's and the next seven days' posts.
func (c *calendarScreen) showGlance() {
	c.glance.RemoveAll()
	today := c.midnight(c.env.now())
	tomorrow := c.addDays(today, 1)
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
	group("Today", c.load(today, tomorrow), false, "Nothing today.")
	group("Next 7 days", c.load(tomorrow, c.addDays(tomorrow, 7)), true, "Nothing in the coming week.")
	c.glance.Refresh()
}

// showDay lists the chosen day's posts with their actions.
func (c *calendarScreen) showDay() {
	c.dayBox.RemoveAll()
	c.dayRows = map[int64]*dayControls{}
	c.dayTitle.SetText(c.selected.In(c.loc).Format("Monday, January 2"))
	pubs := c.load(c.selected, c.addDays(c.selected, 1))
	if len(pubs) == 0 {
		c.dayBox.Add(widget.NewLabel("Nothing scheduled on this day."))
	}
	for _, p := range pubs {
		c.dayBox.Add(c.dayRow(p))
	}
	if c.selected.Before(c.midnight(c.env.now())) {
		c.scheduleDay.Disable()
	} else {
		c.scheduleDay.Enable()
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
	return container.NewVBox(info, container.NewGridWithColumns(3, buttons...), widget.NewSeparator())
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
		go func() {
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			w, err := env.canceller.CancelOnNetwork(ctx, p.ID)
			fyne.Do(func() {
				defer close(done)
				switch {
				case err != nil:
					showError("Could not cancel", fmt.Errorf("%s", upperFirst(err.Error())), env.win)
				case !w.Done:
					dialog.ShowInformation("Cancel it on "+w.Network, w.Steps, env.win)
				}
				env.notifyChanged()
			})
		}()
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
	date, clock *widget.Entry
	summary     *widget.Label
	errLabel    *widget.Label
	submit      *widget.Button
	dialog      dialog.Dialog
}

func (c *calendarScreen) showReschedule(p schedule.Publication) *rescheduleForm {
	f := &rescheduleForm{}
	local := p.DueAt.In(c.loc)
	f.date = widget.NewEntry()
	f.date.SetPlaceHolder("YYYY-MM-DD")
	f.date.SetText(local.Format("2006-01-02"))
	f.clock = widget.NewEntry()
	f.clock.SetPlaceHolder("9:00 AM")
	f.clock.SetText(local.Format("3:04 PM"))
	f.summary = wrappingLabel("")
	f.errLabel = wrappingLabel("")
	f.errLabel.Importance = widget.DangerImportance
	update := func() {
		t, err := schedule.LocalTime(f.date.Text, f.clock.Text, c.loc)
		if err != nil {
			f.summary.SetText(upperFirst(err.Error()) + ".")
			f.submit.Disable()
			return
		}
		f.summary.SetText("Move to " + whenWords(t, c.loc) + ".")
		f.submit.Enable()
	}
	f.submit = widget.NewButton("Move", func() {
		t, err := schedule.LocalTime(f.date.Text, f.clock.Text, c.loc)
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
	f.date.OnChanged = func(string) { update() }
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

// calLine is one compact line of a month cell: caption-size text in a
// theme colour, cut with "…" to the cell's width.
type calLine struct {
	widget.BaseWidget
	full  string
	color fyne.ThemeColorName
	bold  bool
}

func newCalLine(text string, c fyne.ThemeColorName) *calLine {
	l := &calLine{full: text, color: c}
	l.ExtendBaseWidget(l)
	return l
}

func (l *calLine) CreateRenderer() fyne.WidgetRenderer {
	t := canvas.NewText(l.full, theme.Color(l.color))
	r := &calLineRenderer{l: l, t: t}
	r.Refresh()
	return r
}

type calLineRenderer struct {
	l    *calLine
	t    *canvas.Text
	size fyne.Size
}

func (r *calLineRenderer) style() fyne.TextStyle { return fyne.TextStyle{Bold: r.l.bold} }

func (r *calLineRenderer) Layout(size fyne.Size) {
	r.size = size
	r.t.Text = ellipsize(r.l.full, size.Width, r.t.TextSize, r.style())
	r.t.Resize(size)
}

func (r *calLineRenderer) MinSize() fyne.Size {
	h := fyne.MeasureText("Ag", r.t.TextSize, r.style()).Height
	return fyne.NewSize(10, h)
}

func (r *calLineRenderer) Refresh() {
	r.t.Color = theme.Color(r.l.color)
	r.t.TextSize = theme.CaptionTextSize()
	r.t.TextStyle = r.style()
	if !r.size.IsZero() {
		r.Layout(r.size)
	}
	r.t.Refresh()
}

func (r *calLineRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.t} }
func (r *calLineRenderer) Destroy()                     {}

// ellipsize cuts s to fit width, ending in "…".
func ellipsize(s string, width, size float32, style fyne.TextStyle) string {
	if width <= 0 || fyne.MeasureText(s, size, style).Width <= width {
		return s
	}
	runes := []rune(s)
	lo, hi := 0, len(runes)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if fyne.MeasureText(string(runes[:mid])+"…", size, style).Width <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return strings.TrimRight(string(runes[:lo]), " ·") + "…"
}
