package ui

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/schedule"
)

// stateColor is the theme colour a publication's state is shown in.
func stateColor(s schedule.State) fyne.ThemeColorName {
	switch s {
	case schedule.StatePublished:
		return theme.ColorNameSuccess
	case schedule.StateFailed, schedule.StateNeedsReconnect:
		return theme.ColorNameError
	case schedule.StateHeld:
		return theme.ColorNameWarning
	case schedule.StatePublishing:
		return theme.ColorNamePrimary
	case schedule.StatePaused, schedule.StateCancelled:
		return theme.ColorNameDisabled
	}
	return theme.ColorNameForeground
}

// stateImportance is the label importance matching stateColor.
func stateImportance(s schedule.State) widget.Importance {
	switch s {
	case schedule.StatePublished:
		return widget.SuccessImportance
	case schedule.StateFailed, schedule.StateNeedsReconnect:
		return widget.DangerImportance
	case schedule.StateHeld:
		return widget.WarningImportance
	case schedule.StatePublishing:
		return widget.HighImportance
	case schedule.StatePaused, schedule.StateCancelled:
		return widget.LowImportance
	}
	return widget.MediumImportance
}

// canRetry: failed, waiting for a reconnect, or held for staff.
func canRetry(s schedule.State) bool {
	return s == schedule.StateFailed || s == schedule.StateNeedsReconnect || s == schedule.StateHeld
}

// accountWords is "Bluesky · @maplegrove" (or the account number when the
// account was removed).
func accountWords(accts map[int64]accounts.Account, id int64) (network, full string) {
	a, ok := accts[id]
	if !ok {
		return "Removed account", fmt.Sprintf("Removed account #%d", id)
	}
	return a.Network.Label(), a.Network.Label() + " · " + a.Name()
}

// pubAccountWords is accountWords for a publication: when its account was
// removed, the network and name the publication recorded, marked.
func pubAccountWords(accts map[int64]accounts.Account, p schedule.Publication) (network, full string) {
	if a, ok := accts[p.AccountID]; ok && !p.AccountDeleted() {
		return a.Network.Label(), a.Network.Label() + " · " + a.Name()
	}
	if p.Network == "" && p.AccountName == "" {
		return accountWords(accts, p.AccountID)
	}
	network = "Removed account"
	if p.Network != "" {
		network = p.Network.Label()
	}
	full = network
	if p.AccountName != "" {
		full += " · " + p.AccountName
	}
	return network, full + " (account removed)"
}

// pubAction runs one change to a publication (pause, resume, cancel,
// retry) off the UI goroutine, then shows a refusal and tells every screen.
func pubAction(env *scheduleEnv, title string, id int64, f func(ctx context.Context, id int64) (schedule.Publication, error)) {
	env.busy++
	offUI(env.do, opTimeout, func(ctx context.Context) error {
		_, err := f(ctx, id)
		return err
	}, func(err error) {
		env.busy--
		if err != nil {
			showError(title, fmt.Errorf("%s", upperFirst(err.Error())), env.win)
		}
		env.notifyChanged()
	})
}

// showPublishLog lists everything that happened to one publication.
func showPublishLog(env *scheduleEnv, p schedule.Publication, loc *time.Location) {
	ctx, cancel := opContext()
	defer cancel()
	entries, err := env.store.Log(ctx, p.ID)
	if err != nil {
		showError("Could not read the publish log", err, env.win)
		return
	}
	box := container.NewVBox()
	for _, e := range entries {
		line := e.At.In(loc).Format("Jan 2, 3:04:05 PM") + " — " + upperFirst(e.Event)
		if e.Detail != "" {
			line += ": " + e.Detail
		}
		box.Add(wrappingLabel(line))
	}
	if len(entries) == 0 {
		box.Add(widget.NewLabel("Nothing logged yet."))
	}
	d := dialog.NewCustom("Publish log", "Close", container.NewVScroll(box), env.win)
	d.Resize(fyne.NewSize(680, 420))
	d.Show()
}

// pubControls are one publication's widgets in the delivery status, kept
// so tests can read and press them.
type pubControls struct {
	pub   schedule.Publication
	state *widget.Label
	words *widget.Label
	link  *widget.Hyperlink
	retry *widget.Button
}

// deliveryStatus lists a draft's publications: state per network, the
// live link, the network's words on failure, Retry, and the log.
type deliveryStatus struct {
	env     *scheduleEnv
	draftID int64
	card    *widget.Card
	box     *fyne.Container
	rows    map[int64]*pubControls
}

func newDeliveryStatus(env *scheduleEnv) *deliveryStatus {
	d := &deliveryStatus{env: env, box: container.NewVBox(), rows: map[int64]*pubControls{}}
	d.card = widget.NewCard("Delivery status", "", d.box)
	d.card.Hide()
	return d
}

// show lists draftID's publications (0 hides the box).
func (d *deliveryStatus) show(draftID int64) {
	d.draftID = draftID
	d.Refresh()
}

// Refresh reloads the list; it runs on the UI goroutine.
func (d *deliveryStatus) Refresh() {
	d.box.RemoveAll()
	d.rows = map[int64]*pubControls{}
	if d.draftID == 0 || d.env == nil {
		d.card.Hide()
		return
	}
	ctx, cancel := opContext()
	pubs, err := d.env.store.List(ctx, schedule.Filter{DraftID: d.draftID})
	cancel()
	if err != nil {
		d.box.Add(wrappingLabel("Could not read the schedule: " + err.Error()))
		d.card.Show()
		d.box.Refresh()
		return
	}
	var shown []schedule.Publication
	for _, p := range pubs {
		if p.State != schedule.StateCancelled {
			shown = append(shown, p)
		}
	}
	if len(shown) == 0 {
		d.card.Hide()
		return
	}
	loc, _, _ := clinicLocation(d.env)
	accts := d.env.accountMap()
	d.addRepeats(accts)
	for _, p := range shown {
		d.box.Add(d.row(p, loc, accts))
	}
	d.card.SetSubTitle(fmt.Sprintf("%d scheduled post(s) from this draft", len(shown)))
	d.card.Show()
	d.box.Refresh()
}

func (d *deliveryStatus) row(p schedule.Publication, loc *time.Location, accts map[int64]accounts.Account) fyne.CanvasObject {
	_, name := pubAccountWords(accts, p)
	c := &pubControls{pub: p}
	when := p.DueAt.In(loc).Format("Mon Jan 2, 3:04 PM")
	if p.State == schedule.StatePublished && !p.PublishedAt.IsZero() {
		when = p.PublishedAt.In(loc).Format("Mon Jan 2, 3:04 PM")
	}
	c.state = widget.NewLabelWithStyle(p.StateLabel(), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	c.state.Importance = stateImportance(p.State)
	line := container.NewHBox(widget.NewLabel(name+" · "+when), c.state)
	if p.RemoteURL != "" {
		if u, err := url.Parse(p.RemoteURL); err == nil {
			c.link = widget.NewHyperlink("Open post", u)
			line.Add(c.link)
		}
	}
	var buttons []fyne.CanvasObject
	if canRetry(p.State) && !p.AccountDeleted() {
		id := p.ID
		c.retry = widget.NewButtonWithIcon("Retry", theme.ViewRefreshIcon(), func() {
			pubAction(d.env, "Could not retry", id, d.env.store.Retry)
		})
		c.retry.Importance = widget.HighImportance
		buttons = append(buttons, c.retry)
	}
	pub := p
	buttons = append(buttons, widget.NewButton("Log", func() { showPublishLog(d.env, pub, loc) }))
	body := container.NewVBox(line)
	if p.LastError != "" && p.State != schedule.StatePublished {
		prefix := "Not published: "
		if p.State == schedule.StateQueued {
			prefix = "Last try: "
		} else if p.State == schedule.StateHeld {
			prefix = "Waiting for you: "
		}
		c.words = wrappingLabel(prefix + strings.TrimSpace(p.LastError))
		c.words.Importance = stateImportance(p.State)
		if p.State == schedule.StateQueued {
			c.words.Importance = widget.LowImportance
		}
		body.Add(c.words)
	}
	d.rows[p.ID] = c
	return container.NewBorder(nil, nil, nil, container.NewHBox(buttons...), body)
}

// repeatServices lists and stops a draft's repeating schedules.
type repeatServices interface {
	Recurrences(ctx context.Context, draftID int64) ([]schedule.RecurringSchedule, error)
	StopRecurring(ctx context.Context, id int64) error
}

// addRepeats shows each active repeat of the draft with a way to stop it;
// stopping cancels the repeat's future posts and keeps those already out.
func (d *deliveryStatus) addRepeats(accts map[int64]accounts.Account) {
	rs, ok := d.env.store.(repeatServices)
	if !ok {
		return
	}
	ctx, cancel := opContext()
	list, err := rs.Recurrences(ctx, d.draftID)
	cancel()
	if err != nil {
		d.box.Add(wrappingLabel("Could not read this draft's repeats: " + err.Error()))
		return
	}
	for _, r := range list {
		if !r.Active {
			continue
		}
		r := r
		_, name := accountWords(accts, r.AccountID)
		stop := widget.NewButton("Stop repeating", func() {
			dialog.ShowConfirm("Stop repeating?", "Future posts of this repeat on "+name+" will be cancelled. Posts already published stay.",
				func(ok bool) {
					if !ok {
						return
					}
					ctx, cancel := opContext()
					defer cancel()
					if err := rs.StopRecurring(ctx, r.ID); err != nil {
						showError("Could not stop the repeat", err, d.env.win)
						return
					}
					if d.env.changed != nil {
						d.env.changed()
					}
					d.Refresh()
				}, d.env.win)
		})
		d.box.Add(container.NewBorder(nil, nil, nil, stop, wrappingLabel("Repeats on "+name+": "+r.Description)))
	}
}
