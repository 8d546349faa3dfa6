package ui

// What the calendar, the schedule dialog and the editor's delivery status
// share: the schedule's services, the clinic's zone and how times are
// written for staff.

import (
	"context"
	"strings"
	"time"

	"fyne.io/fyne/v2"

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
	// do runs a function on the UI goroutine (fyne.Do when nil; tests
	// install a queue they drain), and busy counts the actions on
	// publications still running off it (pubAction).
	do   func(func())
	busy int
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

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
