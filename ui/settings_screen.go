package ui

import (
	"context"
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/carepost/carepost/schedule"
)

// settingsStore keeps the schedule's settings; met by *schedule.Store.
type settingsStore interface {
	LoadSettings(ctx context.Context) (schedule.Settings, error)
	SaveSettings(ctx context.Context, st schedule.Settings) error
}

// graceChoices are the late-post windows offered; a stored value not in
// the list (set elsewhere) is offered too.
var graceChoices = []time.Duration{0, 15 * time.Minute, 30 * time.Minute, time.Hour, 2 * time.Hour, 4 * time.Hour, 12 * time.Hour, 24 * time.Hour}

func graceLabel(d time.Duration) string {
	var s string
	switch {
	case d == 0:
		return "Never post late: always ask"
	case d%(24*time.Hour) == 0:
		s = plural(int(d/(24*time.Hour)), "day")
	case d%time.Hour == 0:
		s = plural(int(d/time.Hour), "hour")
	default:
		s = plural(int(d/time.Minute), "minute")
	}
	if d == schedule.DefaultGrace {
		s += " (default)"
	}
	return s
}

func plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}

// settingsScreen holds the clinic's workflow choices: whether drafts need
// approval before they can be scheduled, and how late a missed post may
// still go out. Each change is saved at once.
type settingsScreen struct {
	store   settingsStore // nil: scheduling is not available
	win     fyne.Window
	changed func(schedule.Settings)

	current  schedule.Settings
	loading  bool
	approval *widget.Check
	grace    *widget.Select
	graces   []time.Duration
	status   *widget.Label
	// more holds other rooms' settings (the inbox's: inbox_settings.go).
	more    *fyne.Container
	content fyne.CanvasObject
}

func newSettingsScreen(store settingsStore, win fyne.Window, changed func(schedule.Settings)) *settingsScreen {
	s := &settingsScreen{store: store, win: win, changed: changed, current: schedule.DefaultSettings()}
	s.approval = widget.NewCheck("Require approval before scheduling", func(bool) { s.save() })
	s.grace = widget.NewSelect(nil, func(string) { s.save() })
	s.status = wrappingLabel("")
	s.status.Hide()
	form := widget.NewForm(
		widget.NewFormItem("Approval", s.approval),
		widget.NewFormItem("Late posts", s.grace),
	)
	form.Items[0].HintText = "Drafts are sent for review; someone types their name to approve them, and only approved drafts can be scheduled."
	form.Items[1].HintText = "A post that came due while CarePost was closed or offline still goes out within this time; later ones wait for you to confirm."
	intro := wrappingLabel("How your clinic's posts are checked and published.")
	if store == nil {
		intro.SetText("Scheduling is not available, so there is nothing to set here.")
		s.approval.Disable()
		s.grace.Disable()
	}
	s.more = container.NewVBox()
	s.content = container.NewVScroll(container.NewPadded(container.NewVBox(heading("Settings"), intro, form, s.status, s.more)))
	s.load()
	return s
}

func (s *settingsScreen) Content() fyne.CanvasObject { return s.content }

// Refresh reloads the stored settings.
func (s *settingsScreen) Refresh() { s.load() }

// approvalRequired is read by the draft editor.
func (s *settingsScreen) approvalRequired() bool { return s.current.Approval }

func (s *settingsScreen) load() {
	if s.store == nil {
		return
	}
	ctx, cancel := opContext()
	defer cancel()
	st, err := s.store.LoadSettings(ctx)
	if err != nil {
		setStatusLine(s.status, "Could not read the settings: "+err.Error())
		return
	}
	s.current = st
	s.loading = true
	defer func() { s.loading = false }()
	s.approval.SetChecked(st.Approval)
	s.graces = append([]time.Duration(nil), graceChoices...)
	found := false
	for _, g := range s.graces {
		found = found || g == st.Grace
	}
	if !found {
		s.graces = append(s.graces, st.Grace)
	}
	options := make([]string, len(s.graces))
	selected := 0
	for i, g := range s.graces {
		options[i] = graceLabel(g)
		if g == st.Grace {
			selected = i
		}
	}
	s.grace.Options = options
	s.grace.SetSelectedIndex(selected)
}

func (s *settingsScreen) save() {
	if s.loading || s.store == nil {
		return
	}
	st := s.current
	st.Approval = s.approval.Checked
	if i := s.grace.SelectedIndex(); i >= 0 && i < len(s.graces) {
		st.Grace = s.graces[i]
	}
	ctx, cancel := opContext()
	defer cancel()
	if err := s.store.SaveSettings(ctx, st); err != nil {
		setStatusLine(s.status, "Not saved: "+err.Error())
		s.status.Importance = widget.DangerImportance
		s.status.Refresh()
		return
	}
	s.current = st
	s.status.Importance = widget.LowImportance
	setStatusLine(s.status, "Saved.")
	if s.changed != nil {
		s.changed(st)
	}
}
