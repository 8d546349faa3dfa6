package ui

import (
	"context"
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/carepost/carepost/inbox"
)

// InboxSettingsStore keeps the inbox's settings; *inbox.Service is one.
type InboxSettingsStore interface {
	LoadSettings(ctx context.Context) (inbox.Settings, error)
	SaveSettings(ctx context.Context, st inbox.Settings) error
}

var (
	syncChoices      = []time.Duration{time.Minute, 5 * time.Minute, 15 * time.Minute, 30 * time.Minute, time.Hour}
	xSyncChoices     = []time.Duration{15 * time.Minute, time.Hour, 6 * time.Hour, 24 * time.Hour, 0}
	retentionChoices = []time.Duration{90 * 24 * time.Hour, 365 * 24 * time.Hour, inbox.DefaultRetention, 5 * 365 * 24 * time.Hour, 0}
)

func syncLabel(d time.Duration) string {
	s := "every " + graceLabel(d)
	if d == inbox.DefaultSyncInterval {
		s = "every 5 minutes (default)"
	}
	return s
}

func xSyncLabel(d time.Duration) string {
	switch d {
	case 0:
		return "Only when I press Refresh"
	case inbox.DefaultXSyncInterval:
		return "every hour (default)"
	}
	return "every " + graceLabel(d)
}

func retentionLabel(d time.Duration) string {
	switch {
	case d == 0:
		return "Keep it"
	case d == inbox.DefaultRetention:
		return "2 years (default)"
	case d%(365*24*time.Hour) == 0:
		return plural(int(d/(365*24*time.Hour)), "year")
	}
	return plural(int(d/(24*time.Hour)), "day")
}

// inboxSettings is the inbox's part of the Settings screen: how often
// accounts are read, how long message text is kept, approval for answers
// to Google reviews and the business hours response times count. Reads
// and writes run off the UI goroutine.
type inboxSettings struct {
	store InboxSettingsStore
	do    func(func())

	current    inbox.Settings
	syncs      []time.Duration // the interval choices offered now
	xSyncs     []time.Duration
	retentions []time.Duration
	loading    bool
	busy       int
	interval   *widget.Select
	xInterval  *widget.Select
	retention  *widget.Select
	approval   *widget.Check
	hours      *widget.Entry
	status     *widget.Label
	content    fyne.CanvasObject
}

func newInboxSettings(store InboxSettingsStore) *inboxSettings {
	s := &inboxSettings{store: store, current: inbox.DefaultSettings()}
	s.interval = widget.NewSelect(nil, func(string) { s.save() })
	s.xInterval = widget.NewSelect(nil, func(string) { s.save() })
	s.retention = widget.NewSelect(nil, func(string) { s.save() })
	s.approval = widget.NewCheck("Answers to Google reviews need approval before they are sent", func(bool) { s.save() })
	s.hours = widget.NewEntry()
	s.hours.SetPlaceHolder("Mon-Fri 08:00-17:00")
	s.hours.OnSubmitted = func(string) { s.save() }
	s.status = wrappingLabel("")
	s.status.Hide()
	form := widget.NewForm(
		widget.NewFormItem("Read the inbox", s.interval),
		widget.NewFormItem("Read X accounts", s.xInterval),
		widget.NewFormItem("Message text", s.retention),
		widget.NewFormItem("Review answers", s.approval),
		widget.NewFormItem("Business hours", container.NewBorder(nil, nil, nil, widget.NewButton("Save hours", s.save), s.hours)),
	)
	form.Items[0].HintText = "How often CarePost reads every account's replies, mentions, messages and reviews while it is open."
	form.Items[1].HintText = "X charges the clinic for every message CarePost reads, so X is read less often. Refresh in the inbox reads it at once."
	form.Items[2].HintText = "Messages may hold health details: after this, their text is removed and only the counts stay."
	form.Items[4].HintText = "Response times are also counted in these hours (the clinic's time zone). Leave empty to count calendar hours only."
	s.content = container.NewVBox(widget.NewSeparator(), heading("Inbox"), form, s.status)
	return s
}

func (s *inboxSettings) ui(f func()) {
	if s.do != nil {
		s.do(f)
		return
	}
	fyne.Do(f)
}

func (s *inboxSettings) load() {
	var st inbox.Settings
	s.busy++
	offUI(s.ui, opTimeout, func(ctx context.Context) (err error) {
		st, err = s.store.LoadSettings(ctx)
		return err
	}, func(err error) {
		s.busy--
		if err != nil {
			setStatusLine(s.status, "Could not read the inbox settings: "+err.Error())
			return
		}
		s.show(st)
	})
}

func (s *inboxSettings) show(st inbox.Settings) {
	s.current = st
	s.loading = true
	defer func() { s.loading = false }()
	pick := func(sel *widget.Select, choices []time.Duration, label func(time.Duration) string, v time.Duration) []time.Duration {
		found := false
		for _, c := range choices {
			found = found || c == v
		}
		if !found {
			choices = append(append([]time.Duration(nil), choices...), v)
		}
		opts := make([]string, len(choices))
		selected := 0
		for i, c := range choices {
			opts[i] = label(c)
			if c == v {
				selected = i
			}
		}
		sel.Options = opts
		sel.SetSelectedIndex(selected)
		return choices
	}
	s.syncs = pick(s.interval, syncChoices, syncLabel, st.SyncInterval)
	s.xSyncs = pick(s.xInterval, xSyncChoices, xSyncLabel, st.XSyncInterval)
	s.retentions = pick(s.retention, retentionChoices, retentionLabel, st.Retention)
	s.approval.SetChecked(st.ReviewApproval)
	s.hours.SetText(st.Hours.String())
}

func (s *inboxSettings) save() {
	if s.loading {
		return
	}
	st := s.current
	if i := s.interval.SelectedIndex(); i >= 0 && i < len(s.syncs) {
		st.SyncInterval = s.syncs[i]
	}
	if i := s.xInterval.SelectedIndex(); i >= 0 && i < len(s.xSyncs) {
		st.XSyncInterval = s.xSyncs[i]
	}
	if i := s.retention.SelectedIndex(); i >= 0 && i < len(s.retentions) {
		st.Retention = s.retentions[i]
	}
	st.ReviewApproval = s.approval.Checked
	hours, err := inbox.ParseBusinessHours(s.hours.Text)
	if err != nil {
		setStatusLine(s.status, "Not saved: "+err.Error())
		return
	}
	st.Hours = hours
	s.busy++
	offUI(s.ui, opTimeout, func(ctx context.Context) error { return s.store.SaveSettings(ctx, st) }, func(err error) {
		s.busy--
		if err != nil {
			setStatusLine(s.status, "Not saved: "+err.Error())
			return
		}
		s.current = st
		setStatusLine(s.status, fmt.Sprintf("Saved. The inbox is read %s.", syncLabel(st.SyncInterval)))
	})
}
