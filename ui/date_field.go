package ui

// A date picker field with a typed date beside it, for the schedule and
// reschedule dialogs.

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/carepost/carepost/schedule"
)

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
