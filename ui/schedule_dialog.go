package ui

import (
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
