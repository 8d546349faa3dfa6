package ui

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/schedule"
)

// ScheduleServices is what the calendar, the schedule dialog and the
// delivery status need; *schedule.Store is one.
type ScheduleServices interface {
	Schedule(ctx context.Context, draftID, accountID int64, due time.Time, zone string) (schedule.Publication, error)
	Reschedule(ctx context.Context, id int64, due time.Time, zone string) (schedule.Publication, error)
	Pause(ctx context.Context, id int64) (schedule.Publication, error)
	Resume(ctx context.Context, id int64) (schedule.Publication, error)
	Cancel(ctx context.Context, id int64) (schedule.Publication, error)
	Retry(ctx context.Context, id int64) (schedule.Publication, error)
	Get(ctx context.Context, id int64) (schedule.Publication, error)
	List(ctx context.Context, f schedule.Filter) ([]schedule.Publication, error)
	MonthQuery(ctx context.Context, year int, month time.Month, loc *time.Location) ([]schedule.Publication, error)
	Log(ctx context.Context, id int64) ([]schedule.LogEntry, error)
}

// QueueServices adds to an account's queue and schedules repeating posts;
// *schedule.Store is one. The schedule dialog offers "Next queue time" and
// "Repeat…" when its store has them.
type QueueServices interface {
	NextQueueTime(ctx context.Context, accountID int64, zone string) (time.Time, error)
	AddToQueue(ctx context.Context, draftID, accountID int64, zone string) (schedule.Publication, error)
	ScheduleRecurring(ctx context.Context, draftID, accountID int64, r schedule.Recurrence) (schedule.RecurringSchedule, error)
}

// The ways a post can be scheduled.
const (
	whenAt     = "At a date and time"
	whenQueue  = "Next queue time"
	whenRepeat = "Repeat…"
)

// Repeat endings.
const (
	endNever = "Never"
	endOn    = "On a date"
	endAfter = "After a number of times"
)

// scheduleDrafts is what scheduling reads about drafts and the clinic.
type scheduleDrafts interface {
	Profile(ctx context.Context) (drafts.Profile, error)
	Zone(ctx context.Context) (*time.Location, error)
	Drafts(ctx context.Context, f drafts.DraftFilter) ([]drafts.DraftSummary, error)
	Draft(ctx context.Context, id int64) (drafts.Draft, error)
}

// accountLister lists the connected accounts.
type accountLister interface {
	List(ctx context.Context) ([]accounts.Account, error)
}

// scheduleEnv is shared by the calendar, the schedule dialog and the
// editor's delivery status.
type scheduleEnv struct {
	store  ScheduleServices
	drafts scheduleDrafts
	accts  accountLister
	win    fyne.Window
	now    func() time.Time
	// changed runs (on the UI goroutine) after staff change a publication,
	// so every screen showing it refreshes.
	changed func()
	// canceller withdraws a post waiting in a network's own scheduler;
	// nil until the engine is wired (Cancel is then not offered for one).
	canceller NetworkCanceller
}

// NetworkCanceller cancels a post handed to a network's own scheduler, on
// the network; *schedule.Engine is one.
type NetworkCanceller interface {
	CancelOnNetwork(ctx context.Context, id int64) (schedule.Withdrawal, error)
}

// clinicZone is the clinic's time zone (drafts.Service.Zone, the one
// function every screen and command uses), with a hint when it is not set.
func (e *scheduleEnv) clinicZone() (*time.Location, string, string) { return clinicLocation(e) }

func (e *scheduleEnv) accountMap() map[int64]accounts.Account {
	out := map[int64]accounts.Account{}
	if e.accts == nil {
		return out
	}
	ctx, cancel := opContext()
	defer cancel()
	list, err := e.accts.List(ctx)
	if err != nil {
		// Without it the schedule dialog would offer no account at all.
		showError("Could not read the accounts", err, e.win)
	}
	for _, a := range list {
		out[a.ID] = a
	}
	return out
}

func (e *scheduleEnv) notifyChanged() {
	if e.changed != nil {
		e.changed()
	}
}

// zoneWords names a zone the way staff say it: "Eastern", else its
// abbreviation at t ("CET"), else the city.
func zoneWords(loc *time.Location, t time.Time) string {
	switch loc.String() {
	case "America/New_York", "America/Detroit", "America/Toronto":
		return "Eastern"
	case "America/Chicago", "America/Winnipeg":
		return "Central"
	case "America/Denver", "America/Edmonton", "America/Phoenix":
		return "Mountain"
	case "America/Los_Angeles", "America/Vancouver":
		return "Pacific"
	}
	abbr := t.In(loc).Format("MST")
	if abbr != "" && abbr[0] != '+' && abbr[0] != '-' {
		return abbr
	}
	name := loc.String()
	if i := strings.LastIndex(name, "/"); i >= 0 {
		name = name[i+1:]
	}
	return strings.ReplaceAll(name, "_", " ") + " time"
}

// whenWords says a time in full: "Tuesday, March 10 at 9:00 AM Eastern".
func whenWords(t time.Time, loc *time.Location) string {
	l := t.In(loc)
	return l.Format("Monday, January 2") + " at " + l.Format("3:04 PM") + " " + zoneWords(loc, t)
}

// joinWords lists names as "A", "A and B", "A, B and C".
func joinWords(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// nextWholeHour is the first full hour after now, in loc.
func nextWholeHour(now time.Time, loc *time.Location) time.Time {
	l := now.In(loc)
	return schedule.LocalDateTime(l.Year(), l.Month(), l.Day(), l.Hour()+1, 0, 0, loc)
}

// scheduleDialog schedules a ready draft to ticked accounts at a date and
// time in the clinic's zone. Errors stay in the dialog; nothing typed is
// lost.
type scheduleDialog struct {
	env *scheduleEnv
	loc *time.Location
	zn  string

	draftPick  *widget.Select // only when opened from the calendar
	draftIDs   []int64
	d          drafts.Draft
	hasDraft   bool
	accountsBx *fyne.Container
	checks     map[int64]*widget.Check
	checkOrder []int64
	accts      map[int64]accounts.Account
	date       *dateField
	clock      *widget.Entry
	summary    *widget.Label
	errLabel   *widget.Label
	submit     *widget.Button
	dialog     dialog.Dialog
	done       func([]schedule.Publication)

	// "When": at a date and time, the next queue time, or repeating.
	queue      QueueServices // nil: only "At a date and time"
	mode       *widget.RadioGroup
	dateBox    *fyne.Container
	queueBox   *fyne.Container
	queueLines map[int64]*widget.Label
	repeatBox  *fyne.Container
	freq       *widget.Select
	every      *widget.Entry
	unit       *widget.Label
	daysRow    *fyne.Container
	days       map[time.Weekday]*widget.Check
	ends       *widget.RadioGroup
	endDate    *dateField
	count      *widget.Entry
	describe   *widget.Label
}

// showScheduleDialog opens the dialog. d is the draft to schedule (nil:
// choose among ready drafts); day, when not zero, prefills the date.
func showScheduleDialog(env *scheduleEnv, d *drafts.Draft, day time.Time, done func([]schedule.Publication)) *scheduleDialog {
	s := &scheduleDialog{env: env, checks: map[int64]*widget.Check{}, done: done}
	var hint string
	s.loc, s.zn, hint = env.clinicZone()
	s.accts = env.accountMap()

	start := nextWholeHour(env.now(), s.loc)
	if !day.IsZero() {
		y, mo, dd := day.In(s.loc).Date()
		start = schedule.LocalDateTime(y, mo, dd, 9, 0, 0, s.loc)
		if start.Before(env.now()) {
			// Today, after 9: the next whole hour on that day.
			if h := nextWholeHour(env.now(), s.loc); h.In(s.loc).Day() == dd {
				start = h
			}
		}
	}
	s.date = newDateField(func() { s.update() })
	s.date.setDay(start.In(s.loc))
	s.clock = widget.NewEntry()
	s.clock.SetPlaceHolder("9:00 AM")
	s.clock.SetText(start.In(s.loc).Format("3:04 PM"))
	s.clock.OnChanged = func(string) { s.update() }

	s.accountsBx = container.NewVBox()
	s.summary = wrappingLabel("")
	s.summary.TextStyle.Bold = true
	s.errLabel = wrappingLabel("")
	s.errLabel.Importance = widget.DangerImportance
	s.errLabel.Hide()

	form := container.NewVBox()
	if d != nil {
		s.d, s.hasDraft = *d, true
		form.Add(wrappingLabel("Schedule “" + d.DisplayTitle() + "”"))
	} else {
		ctx, cancel := opContext()
		// The most recently changed ready drafts: a Select of thousands
		// would help no one.
		rows, err := env.drafts.Drafts(ctx, drafts.DraftFilter{Status: drafts.StatusReady, Limit: maxDraftChoices})
		cancel()
		if err != nil {
			showError("Could not list drafts", err, env.win)
		}
		var names []string
		for _, r := range rows {
			s.draftIDs = append(s.draftIDs, r.ID)
			names = append(names, r.Title)
		}
		s.draftPick = widget.NewSelect(names, func(string) { s.pickDraft() })
		s.draftPick.PlaceHolder = "Choose a ready draft"
		if len(names) == 0 {
			s.draftPick.PlaceHolder = "No draft is ready yet: mark one ready under Drafts"
			s.draftPick.Disable()
		}
		form.Add(widget.NewLabelWithStyle("Draft", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		form.Add(s.draftPick)
	}
	form.Add(widget.NewLabelWithStyle("Post to", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	form.Add(s.accountsBx)
	when := container.NewGridWithColumns(2,
		widget.NewLabelWithStyle("Date", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		widget.NewLabelWithStyle("Time ("+zoneWords(s.loc, start)+")", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		s.date, s.clock)
	s.dateBox = container.NewVBox(when)
	s.queue, _ = env.store.(QueueServices)
	if s.queue != nil {
		form.Add(widget.NewLabelWithStyle("When", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		s.mode = widget.NewRadioGroup([]string{whenAt, whenQueue, whenRepeat}, func(string) { s.update() })
		s.mode.Required = true
		s.mode.SetSelected(whenAt)
		form.Add(s.mode)
		s.buildQueueBox()
		s.buildRepeatBox(start)
		form.Add(s.queueBox)
	}
	form.Add(s.dateBox)
	if s.repeatBox != nil {
		form.Add(s.repeatBox)
	}
	if hint != "" {
		h := wrappingLabel(hint)
		h.Importance = widget.WarningImportance
		form.Add(h)
	}
	form.Add(s.summary)
	form.Add(s.errLabel)

	s.submit = widget.NewButtonWithIcon("Schedule", theme.ConfirmIcon(), s.schedule)
	s.submit.Importance = widget.HighImportance
	cancelBtn := widget.NewButton("Cancel", func() { s.dialog.Hide() })
	content := container.NewBorder(nil, container.NewHBox(layout.NewSpacer(), cancelBtn, s.submit), nil, nil,
		container.NewVScroll(form))
	s.dialog = dialog.NewCustomWithoutButtons("Schedule a post", content, env.win)
	s.dialog.Resize(fyne.NewSize(640, 520))
	s.fillAccounts()
	s.update()
	s.dialog.Show()
	return s
}

// buildQueueBox lists, per ticked account, the queue time it would get.
func (s *scheduleDialog) buildQueueBox() {
	s.queueBox = container.NewVBox()
	s.queueLines = map[int64]*widget.Label{}
	s.queueBox.Hide()
}

// buildRepeatBox is the repeat form: how often, on which days, until when,
// and the rule said in words.
func (s *scheduleDialog) buildRepeatBox(start time.Time) {
	s.freq = widget.NewSelect([]string{"Daily", "Weekly", "Monthly"}, func(string) { s.update() })
	s.freq.SetSelected("Weekly")
	s.every = widget.NewEntry()
	s.every.SetText("1")
	s.every.OnChanged = func(string) { s.update() }
	s.unit = widget.NewLabel("week")
	s.days = map[time.Weekday]*widget.Check{}
	s.daysRow = container.NewHBox()
	for _, d := range []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday, time.Sunday} {
		c := widget.NewCheck(d.String()[:3], func(bool) { s.update() })
		s.days[d] = c
		s.daysRow.Add(c)
	}
	s.days[start.In(s.loc).Weekday()].SetChecked(true)
	s.ends = widget.NewRadioGroup([]string{endNever, endOn, endAfter}, func(string) { s.update() })
	s.ends.Required = true
	s.ends.SetSelected(endNever)
	s.endDate = newDateField(func() { s.update() })
	s.endDate.setDay(start.In(s.loc).AddDate(0, 3, 0))
	s.count = widget.NewEntry()
	s.count.SetText("4")
	s.count.OnChanged = func(string) { s.update() }
	s.describe = wrappingLabel("")
	s.describe.TextStyle.Italic = true
	bold := func(t string) *widget.Label {
		return widget.NewLabelWithStyle(t, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	s.repeatBox = container.NewVBox(
		container.NewHBox(bold("Repeats"), s.freq, widget.NewLabel("every"), container.NewGridWrap(fyne.NewSize(70, s.every.MinSize().Height), s.every), s.unit),
		s.daysRow,
		container.NewHBox(bold("Ends"), s.ends),
		container.NewGridWithColumns(2, container.NewHBox(widget.NewLabel("End date"), container.NewGridWrap(fyne.NewSize(140, s.endDate.MinSize().Height), s.endDate)),
			container.NewHBox(widget.NewLabel("Times"), container.NewGridWrap(fyne.NewSize(70, s.count.MinSize().Height), s.count))),
		s.describe,
	)
	s.repeatBox.Hide()
}

func (s *scheduleDialog) modeIs(m string) bool {
	if s.mode == nil {
		return m == whenAt
	}
	return s.mode.Selected == m
}

// recurrence reads the repeat form; the error is in plain words.
func (s *scheduleDialog) recurrence() (schedule.Recurrence, error) {
	t, err := s.when()
	if err != nil {
		return schedule.Recurrence{}, err
	}
	r := schedule.Recurrence{Start: t, Location: s.loc, Freq: schedule.Frequency(strings.ToLower(s.freq.Selected))}
	n, err := strconv.Atoi(strings.TrimSpace(s.every.Text))
	if err != nil || n < 1 {
		return r, fmt.Errorf("“every %s”: type a whole number of 1 or more", s.every.Text)
	}
	r.Interval = n
	if r.Freq == schedule.Weekly {
		for _, d := range []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday, time.Sunday} {
			if s.days[d].Checked {
				r.ByWeekday = append(r.ByWeekday, d)
			}
		}
	}
	switch s.ends.Selected {
	case endOn:
		u, err := s.endDate.at("23:59", s.loc)
		if err != nil {
			return r, fmt.Errorf("end date: %w", err)
		}
		r.Until = u.Add(59 * time.Second)
	case endAfter:
		c, err := strconv.Atoi(strings.TrimSpace(s.count.Text))
		if err != nil || c < 1 {
			return r, fmt.Errorf("“after %s times”: type a whole number of 1 or more", s.count.Text)
		}
		r.Count = c
	}
	return r, r.Validate()
}

// updateModes shows the parts of the form the chosen "When" needs.
func (s *scheduleDialog) updateModes(ids []int64) {
	if s.mode == nil {
		return
	}
	if s.modeIs(whenQueue) {
		s.dateBox.Hide()
		s.queueBox.Show()
	} else {
		s.dateBox.Show()
		s.queueBox.Hide()
	}
	if s.modeIs(whenRepeat) {
		s.repeatBox.Show()
		unit := map[string]string{"Daily": "day", "Weekly": "week", "Monthly": "month"}[s.freq.Selected]
		if strings.TrimSpace(s.every.Text) != "1" {
			unit += "s"
		}
		s.unit.SetText(unit)
		if s.freq.Selected == "Weekly" {
			s.daysRow.Show()
		} else {
			s.daysRow.Hide()
		}
		if s.ends.Selected == endOn {
			s.endDate.Enable()
		} else {
			s.endDate.Disable()
		}
		if s.ends.Selected == endAfter {
			s.count.Enable()
		} else {
			s.count.Disable()
		}
		if r, err := s.recurrence(); err != nil {
			s.describe.SetText(upperFirst(err.Error()) + ".")
		} else {
			s.describe.SetText(r.Describe() + ".")
		}
	} else {
		s.repeatBox.Hide()
	}
	if !s.modeIs(whenQueue) {
		return
	}
	s.queueBox.RemoveAll()
	s.queueLines = map[int64]*widget.Label{}
	if len(ids) == 0 {
		s.queueBox.Add(widget.NewLabel("Tick an account to see its next queue time."))
	}
	ctx, cancel := opContext()
	defer cancel()
	for _, id := range ids {
		a := s.accts[id]
		l := wrappingLabel("")
		t, err := s.queue.NextQueueTime(ctx, id, s.zn)
		if err != nil {
			l.SetText(fmt.Sprintf("%s · %s: %s", a.Network.Label(), a.Name(), upperFirst(err.Error())))
			l.Importance = widget.WarningImportance
		} else {
			l.SetText(fmt.Sprintf("%s · %s: %s", a.Network.Label(), a.Name(), whenWords(t, s.loc)))
		}
		s.queueLines[id] = l
		s.queueBox.Add(l)
	}
	s.queueBox.Refresh()
}

func (s *scheduleDialog) pickDraft() {
	i := s.draftPick.SelectedIndex()
	if i < 0 || i >= len(s.draftIDs) {
		return
	}
	ctx, cancel := opContext()
	defer cancel()
	d, err := s.env.drafts.Draft(ctx, s.draftIDs[i])
	if err != nil {
		s.showErr(err.Error())
		return
	}
	s.d, s.hasDraft = d, true
	s.fillAccounts()
	s.update()
}

// fillAccounts offers the accounts on the draft's networks, keeping ticks
// already made.
func (s *scheduleDialog) fillAccounts() {
	s.accountsBx.RemoveAll()
	old := s.checks
	s.checks, s.checkOrder = map[int64]*widget.Check{}, nil
	if !s.hasDraft {
		s.accountsBx.Add(widget.NewLabel("Choose a draft first."))
		s.accountsBx.Refresh()
		return
	}
	var ids []int64
	for id, a := range s.accts {
		if s.d.Targets(a.Network) {
			ids = append(ids, id)
		}
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	now := time.Now()
	for _, id := range ids {
		a := s.accts[id]
		c := widget.NewCheck(fmt.Sprintf("%s · %s (%s)", a.Network.Label(), a.Name(), a.StatusText(now)), func(bool) { s.update() })
		if prev, ok := old[id]; ok {
			c.SetChecked(prev.Checked)
		} else {
			c.SetChecked(a.Status == accounts.StatusConnected)
		}
		s.checks[id] = c
		s.checkOrder = append(s.checkOrder, id)
		s.accountsBx.Add(c)
	}
	if len(ids) == 0 {
		s.accountsBx.Add(wrappingLabel("No account is on this draft's networks. Add one under Accounts, or tick its network in the draft."))
	}
	s.accountsBx.Refresh()
}

func (s *scheduleDialog) chosen() []int64 {
	var out []int64
	for _, id := range s.checkOrder {
		if s.checks[id].Checked {
			out = append(out, id)
		}
	}
	return out
}

// when reads the date and time; the error is in plain words.
func (s *scheduleDialog) when() (time.Time, error) {
	return s.date.at(s.clock.Text, s.loc)
}

// update says in words what will happen, or what is missing.
func (s *scheduleDialog) update() {
	if s.summary == nil || s.submit == nil {
		return // still being built
	}
	s.errLabel.Hide()
	t, err := s.when()
	ids := s.chosen()
	s.updateModes(ids)
	if s.modeIs(whenQueue) {
		err = nil
	} else if s.modeIs(whenRepeat) {
		if r, rerr := s.recurrence(); rerr != nil {
			err = rerr
		} else if next, ok := r.Next(s.env.now().Add(-schedule.PastTolerance)); ok {
			t = next
		}
	}
	switch {
	case !s.hasDraft:
		s.summary.SetText("Choose a draft to schedule.")
	case err != nil:
		s.summary.SetText(upperFirst(err.Error()) + ".")
	case len(ids) == 0:
		s.summary.SetText("Tick at least one account.")
	default:
		var names []string
		seen := map[string]bool{}
		for _, id := range ids {
			n := s.accts[id].Network.Label()
			if !seen[n] {
				seen[n] = true
				names = append(names, n)
			}
		}
		text := whenWords(t, s.loc) + ", on " + joinWords(names)
		switch {
		case s.modeIs(whenQueue):
			text = "At each account's next queue time, on " + joinWords(names)
		case s.modeIs(whenRepeat):
			text = "First " + text
		}
		if !s.modeIs(whenQueue) && t.Before(s.env.now()) {
			text += ". That time has already passed: choose a later one."
		}
		s.summary.SetText(text)
	}
	if s.hasDraft && err == nil && len(ids) > 0 {
		s.submit.Enable()
	} else {
		s.submit.Disable()
	}
}

func (s *scheduleDialog) showErr(msg string) {
	s.errLabel.SetText(msg)
	s.errLabel.Show()
}

// schedule queues the draft for each ticked account. Accounts that worked
// are unticked, so pressing again after fixing a problem never doubles a
// post; the dialog closes when all are queued.
func (s *scheduleDialog) schedule() {
	t, err := s.when()
	var r schedule.Recurrence
	switch {
	case s.modeIs(whenQueue):
		err = nil
	case s.modeIs(whenRepeat):
		r, err = s.recurrence()
	}
	if err != nil {
		s.showErr(upperFirst(err.Error()) + ".")
		return
	}
	ids := s.chosen()
	var made []schedule.Publication
	var problems []string
	ctx, cancel := opContext()
	defer cancel()
	for _, id := range ids {
		var ps []schedule.Publication
		var err error
		switch {
		case s.modeIs(whenQueue):
			var p schedule.Publication
			p, err = s.queue.AddToQueue(ctx, s.d.ID, id, s.zn)
			ps = []schedule.Publication{p}
		case s.modeIs(whenRepeat):
			var rs schedule.RecurringSchedule
			rs, err = s.queue.ScheduleRecurring(ctx, s.d.ID, id, r)
			ps = rs.Publications
		default:
			var p schedule.Publication
			p, err = s.env.store.Schedule(ctx, s.d.ID, id, t, s.zn)
			ps = []schedule.Publication{p}
		}
		if err != nil {
			a := s.accts[id]
			problems = append(problems, fmt.Sprintf("%s · %s: %s", a.Network.Label(), a.Name(), upperFirst(err.Error())))
			continue
		}
		made = append(made, ps...)
		s.checks[id].SetChecked(false)
	}
	if len(made) > 0 {
		s.env.notifyChanged()
		if s.done != nil {
			s.done(made)
		}
	}
	if len(problems) > 0 {
		msg := "Not scheduled:\n" + strings.Join(problems, "\n")
		if len(made) > 0 {
			msg = fmt.Sprintf("%d scheduled. ", len(made)) + msg
		}
		s.showErr(msg)
		return
	}
	s.dialog.Hide()
}

// maxDraftChoices is how many ready drafts the dialog's draft choice
// offers, the most recently changed first.
const maxDraftChoices = 300

// dateField is a date with Fyne's calendar drop-down (DateEntry): staff
// pick the day, or type it in this computer's date format or as
// YYYY-MM-DD. changed runs on every change, picked or typed.
type dateField struct {
	widget.DateEntry
	changed func()
}

func newDateField(changed func()) *dateField {
	f := &dateField{changed: changed}
	f.ExtendBaseWidget(f)
	f.Wrapping = fyne.TextWrap(fyne.TextTruncateClip)
	f.SetPlaceHolder(localDateHint())
	// DateEntry sets its own text handler when it is first drawn (see
	// CreateRenderer); until then this one reports typing.
	f.Entry.OnChanged = func(string) { f.notify() }
	return f
}

// CreateRenderer keeps reporting changes after DateEntry installs its
// handler, which reads the date for the drop-down.
func (f *dateField) CreateRenderer() fyne.WidgetRenderer {
	r := f.DateEntry.CreateRenderer()
	inner := f.Entry.OnChanged
	f.Entry.OnChanged = func(text string) {
		inner(text)
		f.notify()
	}
	return r
}

func (f *dateField) notify() {
	if f.changed != nil {
		f.changed()
	}
}

// setDay shows t's calendar day.
func (f *dateField) setDay(t time.Time) {
	d := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	f.SetDate(&d)
}

// day is the date in the field as YYYY-MM-DD; the error is in plain
// words.
func (f *dateField) day() (string, error) {
	text := strings.TrimSpace(f.Text)
	if text == "" {
		return "", fmt.Errorf("choose a date")
	}
	for _, layout := range []string{localDateLayout(), "2006-01-02"} {
		if d, err := time.Parse(layout, text); err == nil {
			return d.Format("2006-01-02"), nil
		}
	}
	return "", fmt.Errorf("the date %q is not a real date (pick it from the calendar, or type it as %s)", text, localDateHint())
}

// at is the field's day at clock in loc.
func (f *dateField) at(clock string, loc *time.Location) (time.Time, error) {
	d, err := f.day()
	if err != nil {
		return time.Time{}, err
	}
	return schedule.LocalTime(d, clock, loc)
}

// localDateLayout is the date format DateEntry shows on this computer
// (its locale's): what a DateEntry writes for Go's reference day.
func localDateLayout() string {
	probe := widget.NewDateEntry()
	ref := time.Date(2006, 1, 2, 0, 0, 0, 0, time.UTC)
	probe.SetDate(&ref)
	return probe.Text
}

// localDateHint is localDateLayout as staff read it: "MM/DD/YYYY".
func localDateHint() string {
	return strings.NewReplacer("2006", "YYYY", "01", "MM", "02", "DD").Replace(localDateLayout())
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
