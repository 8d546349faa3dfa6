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
	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/schedule"
)

// Calendar views.
const (
	viewMonth = "Month"
	viewWeek  = "Week"
	viewList  = "List"
)

// maxPerCell is how many lines of posts a month cell has: up to that many
// posts, or one fewer and "+N more".
const maxPerCell = 3

// maxPerSlot is how many posts an hour of the week view lists before
// "+N more".
const maxPerSlot = 2

// The week view's hours: a row for each hour from firstHour to lastHour,
// with "Earlier" above and "Later" below for the rest of the day.
const (
	firstHour = 7
	lastHour  = 19 // the row for 19:00–19:59; 20:00 on is "Later"
)

// readyShown is how many ready, unscheduled drafts the side list shows.
const readyShown = 4

const allStatesLabel = "All states"

// dayCell is one day of the month grid or the week, kept so tests can
// read it.
type dayCell struct {
	date time.Time
	btn  *widget.Button
	// lines are the day's posts shown, each in full ("09:00 · Mastodon ·
	// Flu clinic (Queued)", drawn shorter in a month cell), then "+N
	// more" if any.
	lines []string
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

// drawn is a part of the screen as last drawn, and what it showed: a part
// whose signature has not changed is not built again.
type drawn struct {
	sig string
	obj fyne.CanvasObject
}

// cellDrawn is a month cell or a week slot as last drawn.
type cellDrawn struct {
	drawn
	cell *dayCell // the day it belongs to (week slots share their day's)
}

// readySchedules lists ready drafts that nothing is going out for;
// *schedule.Store is one.
type readySchedules interface {
	ReadyUnscheduled(ctx context.Context, limit int) ([]drafts.DraftSummary, int, error)
}

// titleReader reads drafts' titles without their text; *drafts.Service is
// one.
type titleReader interface {
	DraftTitles(ctx context.Context, ids []int64) (map[int64]string, error)
}

// calendarScreen shows scheduled posts by month, week (an hour grid) or as
// a list, with the ready drafts still to schedule, today and the coming
// week at a glance and the chosen day's posts and their actions on the
// right. Times are in the clinic's zone.
//
// A refresh (after every publishing run while the calendar is shown)
// reads the shown range once, on the database's read-only pool, which
// never waits for the engine's writes; titles come from a titles-only
// query, never the drafts' text. Cells, slots and panels whose posts did
// not change are kept as they are; only the changed ones are built again.
type calendarScreen struct {
	env       *scheduleEnv
	openDraft func(int64)
	runNow    func() // "Publish due now"; nil hides it
	// openAccounts shows the Accounts screen (when no account is
	// connected); nil hides the button.
	openAccounts func()
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
	// from, to are the range pubs was read for.
	from, to time.Time

	title       *widget.Label
	zoneHint    *widget.Label
	views       *widget.RadioGroup
	stateFilter *widget.Select
	prev, next  *widget.Button
	today       *widget.Button
	goTo        *widget.Button
	datePicker  *widget.Calendar // the open "go to date" picker
	pickerPop   *widget.PopUp
	publishNow  *widget.Button
	banner      *fyne.Container // no account connected
	bannerText  *widget.Label
	bannerBtn   *widget.Button
	body        *fyne.Container
	readyTitle  *widget.Label
	readyBox    *fyne.Container
	glance      *fyne.Container
	dayTitle    *widget.Label
	dayBox      *fyne.Container
	scheduleDay *widget.Button
	content     fyne.CanvasObject

	cells   map[string]*dayCell
	dayRows map[int64]*dayControls
	listed  []schedule.Publication // what the list view shows
	ready   []drafts.DraftSummary  // ready drafts not yet scheduled (the first few)
	readyN  int                    // how many there are in all
	// readyRows are the side list's "Schedule…" buttons, by draft.
	readyRows map[int64]*widget.Button

	// What is on screen, by part, so a refresh rebuilds only what changed.
	bodyKey  string               // the view and range the body shows
	grid     *fyne.Container      // the month cells or the week's slots
	slots    map[string]cellDrawn // month cells by day, week slots by day and hour
	parts    map[string]string    // signature of each side panel part drawn
	listBody *fyne.Container      // the list view's rows

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
	c := &calendarScreen{env: env, openDraft: openDraft, view: viewMonth, cells: map[string]*dayCell{}, dayRows: map[int64]*dayControls{},
		slots: map[string]cellDrawn{}, parts: map[string]string{}, readyRows: map[int64]*widget.Button{}}
	c.title = heading("")
	c.title.Truncation = fyne.TextTruncateEllipsis
	c.zoneHint = widget.NewLabel("")
	c.zoneHint.SizeName = theme.SizeNameCaptionText
	c.zoneHint.Truncation = fyne.TextTruncateEllipsis
	c.prev = widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { c.step(-1) })
	c.next = widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { c.step(1) })
	c.today = widget.NewButton("Today", c.goToday)
	c.goTo = widget.NewButtonWithIcon("", theme.CalendarIcon(), c.showDatePicker)
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
	c.publishNow = widget.NewButtonWithIcon("Publish due now", theme.MailSendIcon(), func() {
		if c.runNow != nil {
			c.runNow()
		}
	})
	c.publishNow.Hide()
	newPost := widget.NewButtonWithIcon("Schedule a post…", theme.ContentAddIcon(), func() { c.openSchedule(time.Time{}) })
	newPost.Importance = widget.HighImportance

	top := container.NewBorder(nil, nil,
		container.NewHBox(c.prev, c.today, c.next, c.goTo),
		container.NewHBox(c.views, newPost),
		c.title)
	c.body = container.NewStack()

	c.bannerText = wrappingLabel("")
	c.bannerText.Importance = widget.WarningImportance
	c.bannerBtn = widget.NewButtonWithIcon("Open Accounts", theme.AccountIcon(), func() {
		if c.openAccounts != nil {
			c.openAccounts()
		}
	})
	c.banner = container.NewBorder(nil, nil, nil, container.NewCenter(c.bannerBtn), c.bannerText)
	c.banner.Hide()

	c.readyTitle = widget.NewLabelWithStyle("Ready to schedule", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	c.readyBox = container.NewVBox()
	c.glance = container.NewVBox()
	c.dayTitle = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	c.dayBox = container.NewVBox()
	c.scheduleDay = widget.NewButtonWithIcon("Schedule on this day…", theme.ContentAddIcon(), func() { c.openSchedule(c.selected) })
	side := container.NewVScroll(container.NewPadded(container.NewVBox(
		c.readyTitle, c.readyBox,
		widget.NewSeparator(),
		c.publishNow,
		c.glance,
		widget.NewSeparator(),
		c.dayTitle, c.dayBox, c.scheduleDay,
	)))
	left := container.NewBorder(c.banner, c.zoneHint, nil, nil, c.body)
	split := container.NewHSplit(left, side)
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

// showDatePicker opens a month calendar under the "go to date" button;
// picking a day shows it.
func (c *calendarScreen) showDatePicker() {
	if c.loc == nil {
		return
	}
	canvas := fyne.CurrentApp().Driver().CanvasForObject(c.goTo)
	if canvas == nil {
		return
	}
	y, m, d := c.selected.In(c.loc).Date()
	c.datePicker = widget.NewCalendar(time.Date(y, m, d, 12, 0, 0, 0, time.UTC), func(t time.Time) {
		if c.pickerPop != nil {
			c.pickerPop.Hide()
		}
		c.goToDate(t)
	})
	c.pickerPop = widget.NewPopUp(c.datePicker, canvas)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(c.goTo)
	c.pickerPop.ShowAtPosition(pos.Add(fyne.NewPos(0, c.goTo.Size().Height)))
}

// goToDate shows the day picked (its year, month and day, in the
// clinic's zone).
func (c *calendarScreen) goToDate(t time.Time) {
	y, m, d := t.Date()
	c.selectDay(schedule.LocalDateTime(y, m, d, 0, 0, 0, c.loc))
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

// Refresh reads what the calendar shows and redraws what changed; it runs
// on the UI goroutine, and its reads go to the read-only pool.
func (c *calendarScreen) Refresh() {
	if c.env == nil || c.env.store == nil {
		c.body.Objects = []fyne.CanvasObject{container.NewCenter(widget.NewLabel("Scheduling is not available in this copy of CarePost."))}
		c.body.Refresh()
		return
	}
	var hint string
	loc, zn, hint := clinicLocation(c.env)
	if c.loc != nil && loc.String() != c.loc.String() {
		c.forget() // another zone: every cell moves
	}
	c.loc, c.zn = loc, zn
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
	c.accts = c.env.accountMap()
	c.showBanner()
	c.publishNow.Hidden = c.runNow == nil
	c.publishNow.Refresh()
	list := c.view == viewList
	c.prev.Hidden, c.next.Hidden = list, list
	c.prev.Refresh()
	c.next.Refresh()

	// One read for the shown month or week; today, the coming week and
	// the chosen day come from it when they fall inside it.
	today := c.midnight(c.env.now())
	var from, to time.Time
	switch c.view {
	case viewWeek:
		from = c.addDays(c.anchor, -int(c.anchor.In(c.loc).Weekday()))
		to = c.addDays(from, 7)
	case viewList:
		from, to = today, c.addDays(today, 8)
	default:
		y, m, _ := c.anchor.In(c.loc).Date()
		first := schedule.LocalDateTime(y, m, 1, 0, 0, 0, c.loc)
		from = c.addDays(first, -int(first.Weekday()))
		days := int(first.Weekday()) + first.AddDate(0, 1, -1).Day()
		to = c.addDays(from, (days+6)/7*7)
	}
	// Today and the coming week are read with the shown range when they
	// are near it (they usually are), so a refresh is one read.
	c.from, c.to = from, to
	if f, t := earlier(from, today), later(to, c.addDays(today, 8), c.addDays(c.selected, 1)); t.Sub(f) <= 62*24*time.Hour {
		c.from, c.to = f, t
	}
	c.pubs = c.load(c.from, c.to)
	var listPubs []schedule.Publication
	if list {
		listPubs = c.loadList(today)
	}
	todays := c.within(today, c.addDays(today, 1))
	coming := c.within(c.addDays(today, 1), c.addDays(today, 8))
	day := c.within(c.selected, c.addDays(c.selected, 1))
	c.readTitles(c.pubs, listPubs, todays, coming, day)
	c.readReady()

	switch c.view {
	case viewWeek:
		c.showWeek(from)
	case viewList:
		c.showList(listPubs, today)
	default:
		c.showMonth(from, to)
	}
	c.showReady()
	c.showGlance(todays, coming)
	c.showDay(day)
}

func earlier(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

func later(ts ...time.Time) time.Time {
	out := ts[0]
	for _, t := range ts[1:] {
		if t.After(out) {
			out = t
		}
	}
	return out
}

// forget drops everything drawn, so the next refresh builds it all.
func (c *calendarScreen) forget() {
	c.bodyKey = ""
	c.slots = map[string]cellDrawn{}
	c.parts = map[string]string{}
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

// within is the posts due from from to to: taken from those already read
// when the range is inside the shown one, else read.
func (c *calendarScreen) within(from, to time.Time) []schedule.Publication {
	if from.Before(c.from) || to.After(c.to) {
		return c.load(from, to)
	}
	var out []schedule.Publication
	for _, p := range c.pubs {
		if !p.DueAt.Before(from) && p.DueAt.Before(to) {
			out = append(out, p)
		}
	}
	return out
}

// readTitles reads the current titles of the posts' drafts, titles only;
// a post whose draft is gone shows the title it recorded.
func (c *calendarScreen) readTitles(groups ...[]schedule.Publication) {
	c.titles = map[int64]string{}
	tr, ok := c.env.drafts.(titleReader)
	if !ok {
		return
	}
	seen := map[int64]bool{}
	var ids []int64
	for _, g := range groups {
		for _, p := range g {
			if p.DraftID != 0 && !seen[p.DraftID] {
				seen[p.DraftID] = true
				ids = append(ids, p.DraftID)
			}
		}
	}
	if len(ids) == 0 {
		return
	}
	ctx, cancel := opContext()
	defer cancel()
	if titles, err := tr.DraftTitles(ctx, ids); err == nil {
		c.titles = titles
	} // else: each post's recorded title is shown
}

// readReady reads the first ready drafts not yet scheduled.
func (c *calendarScreen) readReady() {
	c.ready, c.readyN = nil, 0
	rs, ok := c.env.store.(readySchedules)
	if !ok {
		return
	}
	ctx, cancel := opContext()
	defer cancel()
	ready, n, err := rs.ReadyUnscheduled(ctx, readyShown)
	if err != nil {
		showError("Could not list the drafts to schedule", err, c.env.win)
		return
	}
	c.ready, c.readyN = ready, n
}

// showBanner says so when no account is connected: nothing can go out.
func (c *calendarScreen) showBanner() {
	connected := 0
	for _, a := range c.accts {
		if a.Status == accounts.StatusConnected {
			connected++
		}
	}
	switch {
	case connected > 0:
		c.banner.Hide()
		return
	case len(c.accts) == 0:
		c.bannerText.SetText("No social media account is connected yet, so nothing can be scheduled or posted. Connect the clinic's accounts under Accounts.")
	default:
		c.bannerText.SetText("No account is connected right now: posts wait until one is reconnected. Reconnect it under Accounts.")
	}
	c.bannerBtn.Hidden = c.openAccounts == nil
	c.bannerBtn.Refresh()
	c.banner.Show()
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

// setBody shows obj as the body when the view or its range changed.
func (c *calendarScreen) setBody(key string, obj func() fyne.CanvasObject) bool {
	if key == c.bodyKey {
		return false
	}
	c.bodyKey = key
	c.slots = map[string]cellDrawn{}
	c.body.Objects = []fyne.CanvasObject{obj()}
	c.body.Refresh()
	return true
}

// place puts each object in the grid, refreshing it only when one of them
// was built anew.
func (c *calendarScreen) place(objs []fyne.CanvasObject) {
	changed := len(objs) != len(c.grid.Objects)
	for i := 0; !changed && i < len(objs); i++ {
		changed = objs[i] != c.grid.Objects[i]
	}
	if changed {
		c.grid.Objects = objs
		c.grid.Refresh()
	}
}

func (c *calendarScreen) showMonth(from, to time.Time) {
	y, m, _ := c.anchor.In(c.loc).Date()
	first := schedule.LocalDateTime(y, m, 1, 0, 0, 0, c.loc)
	c.title.SetText(first.Format("January 2006"))
	byDay := map[string][]schedule.Publication{}
	for _, p := range c.pubs {
		k := dayKey(p.DueAt.In(c.loc))
		byDay[k] = append(byDay[k], p)
	}
	c.setBody(viewMonth+dayKey(from), func() fyne.CanvasObject {
		head := container.NewGridWithColumns(7)
		for i := 0; i < 7; i++ {
			head.Add(widget.NewLabelWithStyle(time.Weekday(i).String()[:3], fyne.TextAlignCenter, fyne.TextStyle{Bold: true}))
		}
		c.grid = container.NewGridWithColumns(7)
		// Six weeks of cells fit a laptop; scrolling is there for a
		// smaller window, which the grid then never widens or heightens.
		return container.NewBorder(head, nil, nil, nil, container.NewVScroll(c.grid))
	})
	today := dayKey(c.env.now().In(c.loc))
	c.cells = map[string]*dayCell{}
	var objs []fyne.CanvasObject
	for day := from; day.Before(to); day = c.addDays(day, 1) {
		k := dayKey(day)
		cell := c.monthCell(day, day.Month() == m, k == today, byDay[k])
		objs = append(objs, cell.obj)
		c.cells[k] = cell.cell
	}
	c.place(objs)
}

// monthCell is a day of the month grid: kept as drawn when what it shows
// has not changed.
func (c *calendarScreen) monthCell(day time.Time, inMonth, isToday bool, pubs []schedule.Publication) cellDrawn {
	k := dayKey(day)
	cell := &dayCell{date: day}
	type line struct {
		text  string
		color fyne.ThemeColorName
	}
	var lines []line
	if inMonth {
		for i, p := range pubs {
			if i == maxPerCell-1 && len(pubs) > maxPerCell {
				more := fmt.Sprintf("+%d more", len(pubs)-i)
				cell.lines = append(cell.lines, more)
				lines = append(lines, line{more, theme.ColorNamePlaceHolder})
				break
			}
			// Recorded in full, drawn short: a cell has room for the time
			// and the title; the network is in the day panel.
			cell.lines = append(cell.lines, c.cellLine(p)+" ("+p.StateLabel()+")")
			lines = append(lines, line{p.DueAt.In(c.loc).Format("15:04") + " " + c.pubTitle(p), stateColor(p.State)})
		}
	}
	selected := k == dayKey(c.selected)
	sig := fmt.Sprintf("%t|%t|%t|%q", inMonth, isToday, selected, cell.lines)
	if old, ok := c.slots[k]; ok && old.sig == sig {
		old.cell.lines = cell.lines
		return old
	}
	numColor := theme.ColorNameForeground
	if !inMonth {
		numColor = theme.ColorNameDisabled
	}
	if isToday {
		numColor = theme.ColorNamePrimary
	}
	num := newCalLine(fmt.Sprint(day.Day()), numColor)
	num.bold = isToday
	box := container.NewVBox(num)
	for _, l := range lines {
		box.Add(newCalLine(l.text, l.color))
	}
	cell.btn = widget.NewButton("", func() { c.selectDay(day) })
	cell.btn.Importance = widget.LowImportance
	d := cellDrawn{drawn: drawn{sig: sig, obj: container.NewStack(cellBackground(selected), cell.btn, container.NewPadded(box))}, cell: cell}
	c.slots[k] = d
	return d
}

// cellBackground is a cell's frame, filled when it is the chosen day.
func cellBackground(selected bool) *canvas.Rectangle {
	bg := canvas.NewRectangle(color.Transparent)
	if selected {
		bg.FillColor = theme.Color(theme.ColorNameSelection)
	}
	bg.StrokeColor = theme.Color(theme.ColorNameSeparator)
	bg.StrokeWidth = 1
	return bg
}

// hourRow is the week view's row for t: 0 "Earlier", then one per hour
// from firstHour to lastHour, then "Later".
func hourRow(t time.Time) int {
	switch h := t.Hour(); {
	case h < firstHour:
		return 0
	case h > lastHour:
		return lastHour - firstHour + 2
	default:
		return h - firstHour + 1
	}
}

// hourRowLabel names a row of the week view.
func hourRowLabel(row int) string {
	switch row {
	case 0:
		return "Earlier"
	case lastHour - firstHour + 2:
		return "Later"
	}
	return time.Date(2000, 1, 1, firstHour+row-1, 0, 0, 0, time.UTC).Format("3 PM")
}

// showWeek is the week as an hour grid: a column per day, a row per hour
// (7 AM to 7 PM, with earlier and later posts above and below), each post
// in its hour.
func (c *calendarScreen) showWeek(start time.Time) {
	end := c.addDays(start, 7)
	c.title.SetText(start.Format("Jan 2") + " – " + end.AddDate(0, 0, -1).Format("Jan 2, 2006"))
	rows := lastHour - firstHour + 3
	c.setBody(viewWeek+dayKey(start), func() fyne.CanvasObject {
		c.grid = container.New(&hourGridLayout{cols: 8})
		return container.NewVScroll(c.grid)
	})
	today := dayKey(c.env.now().In(c.loc))
	bySlot := map[string][]schedule.Publication{}
	c.cells = map[string]*dayCell{}
	days := make([]time.Time, 7)
	for i := range days {
		days[i] = c.addDays(start, i)
		c.cells[dayKey(days[i])] = &dayCell{date: days[i]}
	}
	for _, p := range c.pubs {
		local := p.DueAt.In(c.loc)
		k := dayKey(local)
		cell := c.cells[k]
		if cell == nil {
			continue
		}
		cell.lines = append(cell.lines, c.cellLine(p)+" ("+p.StateLabel()+")")
		slot := fmt.Sprintf("%s/%d", k, hourRow(local))
		bySlot[slot] = append(bySlot[slot], p)
	}
	objs := []fyne.CanvasObject{c.cached("corner", "", func() fyne.CanvasObject { return widget.NewLabel("") })}
	for _, day := range days {
		k := dayKey(day)
		selected, isToday := k == dayKey(c.selected), k == today
		cell := c.cells[k]
		d := day
		head := "head/" + k
		sig := fmt.Sprint(selected, isToday)
		if old, ok := c.slots[head]; ok && old.sig == sig {
			objs = append(objs, old.obj)
			cell.btn = old.cell.btn
			continue
		}
		col := theme.ColorNameForeground
		if isToday {
			col = theme.ColorNamePrimary
		}
		l := newCalLine(d.Format("Mon 2"), col)
		l.bold = true
		l.center = true
		cell.btn = widget.NewButton("", func() { c.selectDay(d) })
		cell.btn.Importance = widget.LowImportance
		obj := container.NewStack(cellBackground(selected), cell.btn, container.NewPadded(l))
		c.slots[head] = cellDrawn{drawn: drawn{sig: sig, obj: obj}, cell: &dayCell{date: d, btn: cell.btn}}
		objs = append(objs, obj)
	}
	for row := 0; row < rows; row++ {
		r := row
		objs = append(objs, c.cached(fmt.Sprintf("hour/%d", row), "", func() fyne.CanvasObject {
			l := newCalLine(hourRowLabel(r), theme.ColorNamePlaceHolder)
			l.fit = true
			return container.NewPadded(l)
		}))
		for _, day := range days {
			k := dayKey(day)
			slot := fmt.Sprintf("%s/%d", k, row)
			pubs := bySlot[slot]
			var texts []string
			for _, p := range pubs {
				texts = append(texts, string(p.State)+" "+c.slotLine(p))
			}
			selected := k == dayKey(c.selected)
			d := day
			objs = append(objs, c.cached(slot, fmt.Sprintf("%t|%q", selected, texts), func() fyne.CanvasObject {
				box := container.NewVBox()
				for i, p := range pubs {
					if i == maxPerSlot && len(pubs) > maxPerSlot+1 {
						box.Add(newCalLine(fmt.Sprintf("+%d more", len(pubs)-maxPerSlot), theme.ColorNamePlaceHolder))
						break
					}
					box.Add(newCalLine(c.slotLine(p), stateColor(p.State)))
				}
				// A tap area, not a button: a button's height would make
				// every hour a button tall.
				return container.NewStack(cellBackground(selected), newTapArea(func() { c.selectDay(d) }), container.NewPadded(box))
			}))
		}
	}
	c.place(objs)
}

// slotLine is a post in the week's hour grid: "9:15 Flu clinic".
func (c *calendarScreen) slotLine(p schedule.Publication) string {
	return p.DueAt.In(c.loc).Format("3:04") + " " + c.pubTitle(p)
}

// cached is the object drawn for key when its signature is unchanged,
// else a new one from build.
func (c *calendarScreen) cached(key, sig string, build func() fyne.CanvasObject) fyne.CanvasObject {
	if old, ok := c.slots[key]; ok && old.sig == sig && old.obj != nil {
		return old.obj
	}
	d := cellDrawn{drawn: drawn{sig: sig, obj: build()}}
	if old, ok := c.slots[key]; ok {
		d.cell = old.cell
	}
	c.slots[key] = d
	return d.obj
}

// loadList reads the list view's posts: from 30 days ago on, in the chosen
// state.
func (c *calendarScreen) loadList(today time.Time) []schedule.Publication {
	f := schedule.Filter{From: c.addDays(today, -30)}
	if i := c.stateFilter.SelectedIndex(); i > 0 {
		f.States = []schedule.State{schedule.AllStates[i-1]}
	}
	ctx, cancel := opContext()
	defer cancel()
	pubs, err := c.env.store.List(ctx, f)
	if err != nil {
		showError("Could not read the schedule", err, c.env.win)
	}
	return pubs
}

func (c *calendarScreen) showList(pubs []schedule.Publication, today time.Time) {
	c.title.SetText("Upcoming and recent")
	now := c.env.now()
	var want schedule.State
	if i := c.stateFilter.SelectedIndex(); i > 0 {
		want = schedule.AllStates[i-1]
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
	c.setBody(viewList, func() fyne.CanvasObject {
		c.listBody = container.NewVBox()
		filter := container.NewBorder(nil, nil, widget.NewLabel("Show"), nil, c.stateFilter)
		return container.NewBorder(filter, nil, nil, nil, container.NewVScroll(c.listBody))
	})
	var sig strings.Builder
	for _, p := range c.listed {
		_, acct := pubAccountWords(c.accts, p)
		fmt.Fprintf(&sig, "%d|%s|%s|%s|%s\n", p.ID, p.DueAt, p.State, acct, c.pubTitle(p))
	}
	fmt.Fprint(&sig, dayKey(today))
	if c.parts["list"] == sig.String() {
		return
	}
	c.parts["list"] = sig.String()
	c.listBody.RemoveAll()
	section := func(name string, ps []schedule.Publication, empty string) {
		c.listBody.Add(widget.NewLabelWithStyle(name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		if len(ps) == 0 {
			c.listBody.Add(widget.NewLabel(empty))
		}
		for _, p := range ps {
			_, acct := pubAccountWords(c.accts, p)
			l := widget.NewLabel(p.DueAt.In(c.loc).Format("Mon Jan 2, 3:04 PM") + " · " + acct + " · " + c.pubTitle(p))
			l.Truncation = fyne.TextTruncateEllipsis
			st := widget.NewLabelWithStyle(p.StateLabel(), fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
			st.Importance = stateImportance(p.State)
			due := p.DueAt
			show := widget.NewButton("Show day", func() { c.selectDay(due) })
			c.listBody.Add(container.NewBorder(nil, nil, nil, container.NewHBox(st, show), l))
		}
	}
	section("Upcoming", upcoming, "Nothing scheduled.")
	section("Recent (last 30 days)", recent, "Nothing in the last 30 days.")
	c.listBody.Refresh()
}

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

// calLine is one compact line of a month cell: caption-size text in a
// theme colour, cut with "…" to the cell's width.
type calLine struct {
	widget.BaseWidget
	full   string
	color  fyne.ThemeColorName
	bold   bool
	center bool
	// fit: as wide as its text (a label that must not be cut), rather
	// than cut to whatever width it is given.
	fit bool
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
	if r.l.fit {
		return fyne.NewSize(fyne.MeasureText(r.l.full, r.t.TextSize, r.style()).Width, h)
	}
	return fyne.NewSize(10, h)
}

func (r *calLineRenderer) Refresh() {
	r.t.Color = theme.Color(r.l.color)
	r.t.TextSize = theme.CaptionTextSize()
	r.t.TextStyle = r.style()
	if r.l.center {
		r.t.Alignment = fyne.TextAlignCenter
	}
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

// tapArea is an invisible area that runs tapped when tapped.
type tapArea struct {
	widget.BaseWidget
	tapped func()
}

func newTapArea(tapped func()) *tapArea {
	a := &tapArea{tapped: tapped}
	a.ExtendBaseWidget(a)
	return a
}

func (a *tapArea) Tapped(*fyne.PointEvent) {
	if a.tapped != nil {
		a.tapped()
	}
}

func (a *tapArea) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}

// hourGridLayout lays objects out in rows of cols: the first column as
// wide as its widest object, the others sharing the rest equally; each row
// as tall as its tallest object, so an hour with three posts does not make
// every hour that tall.
type hourGridLayout struct{ cols int }

func (g *hourGridLayout) sizes(objects []fyne.CanvasObject) (first, other float32, rows []float32) {
	for i, o := range objects {
		min := o.MinSize()
		if i%g.cols == 0 {
			first = max(first, min.Width)
			rows = append(rows, 0)
		} else {
			other = max(other, min.Width)
		}
		rows[len(rows)-1] = max(rows[len(rows)-1], min.Height)
	}
	return first, other, rows
}

func (g *hourGridLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	first, other, rows := g.sizes(objects)
	h := float32(0)
	for _, r := range rows {
		h += r
	}
	return fyne.NewSize(first+other*float32(g.cols-1), h)
}

func (g *hourGridLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	first, _, rows := g.sizes(objects)
	other := (size.Width - first) / float32(g.cols-1)
	y := float32(0)
	for i, o := range objects {
		row, col := i/g.cols, i%g.cols
		x, w := float32(0), first
		if col > 0 {
			x, w = first+other*float32(col-1), other
		}
		o.Move(fyne.NewPos(x, y))
		o.Resize(fyne.NewSize(w, rows[row]))
		if col == g.cols-1 {
			y += rows[row]
		}
	}
}
