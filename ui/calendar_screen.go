package ui

import (
	"context"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
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
