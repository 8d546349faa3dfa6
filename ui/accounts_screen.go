package ui

import (
	"context"
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/accounts/connect"
	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/schedule"
)

// AccountServices is what the Accounts screen and "Post now" need: the
// account rows and the network connections.
type AccountServices interface {
	List(ctx context.Context) ([]accounts.Account, error)
	Rename(ctx context.Context, id int64, name string) error
	Remove(ctx context.Context, id int64) error
	Add(ctx context.Context, n drafts.Network, values map[string]string, openBrowser func(string) error) (accounts.Account, error)
	Reconnect(ctx context.Context, id int64, values map[string]string, openBrowser func(string) error) error
}

// QueueTimeServices keeps each account's weekly queue times;
// *schedule.Store is one.
type QueueTimeServices interface {
	Slots(ctx context.Context, accountID int64) ([]schedule.Slot, error)
	SetSlots(ctx context.Context, accountID int64, slots []schedule.Slot) error
}

type accountsScreen struct {
	svc     AccountServices
	win     fyne.Window
	browser func(string) error
	now     func() time.Time

	rows     []accounts.Account
	list     *widget.List
	empty    *widget.Label
	detail   *fyne.Container
	selected int64
	content  fyne.CanvasObject

	// The open add/reconnect form, kept so tests can drive it.
	form *accountForm

	// queue keeps queue times (nil: the detail has no "Queue times").
	queue       QueueTimeServices
	queueEntry  *widget.Entry
	queueStatus *widget.Label
	queueSave   *widget.Button
}

// setQueueTimes lets staff set each account's queue times with q.
func (s *accountsScreen) setQueueTimes(q QueueTimeServices) {
	s.queue = q
	if s.selected != 0 {
		for _, a := range s.rows {
			if a.ID == s.selected {
				s.showAccount(a)
			}
		}
	}
}

func newAccountsScreen(svc AccountServices, win fyne.Window, browser func(string) error) *accountsScreen {
	s := &accountsScreen{svc: svc, win: win, browser: browser, now: time.Now}
	s.queue, _ = svc.(QueueTimeServices)
	s.list = widget.NewList(
		func() int { return len(s.rows) },
		func() fyne.CanvasObject {
			name := widget.NewLabelWithStyle("name", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
			name.Truncation = fyne.TextTruncateEllipsis
			meta := widget.NewLabel("meta")
			meta.SizeName = theme.SizeNameCaptionText
			meta.Truncation = fyne.TextTruncateEllipsis
			return container.NewVBox(name, meta)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			a := s.rows[id]
			box := o.(*fyne.Container)
			box.Objects[0].(*widget.Label).SetText(a.Network.Label() + " · " + a.Name())
			meta := box.Objects[1].(*widget.Label)
			meta.SetText(a.StatusText(s.now()))
			if a.NeedsAttention(s.now()) {
				meta.Importance = widget.WarningImportance
			} else {
				meta.Importance = widget.SuccessImportance
			}
			meta.Refresh()
		},
	)
	s.list.OnSelected = func(id widget.ListItemID) {
		if id < len(s.rows) {
			s.showAccount(s.rows[id])
		}
	}
	s.empty = widget.NewLabel("No accounts yet.")
	s.detail = container.NewStack()
	add := widget.NewButtonWithIcon("Add account", theme.ContentAddIcon(), s.chooseNetwork)
	add.Importance = widget.HighImportance
	intro := wrappingLabel("Connect the clinic's accounts once. Each sign-in is kept in this computer's keychain, never in CarePost's own files.")
	split := container.NewHSplit(container.NewStack(s.list, container.NewCenter(s.empty)), s.detail)
	split.Offset = 0.4
	s.content = container.NewBorder(
		container.NewVBox(container.NewBorder(nil, nil, nil, add, heading("Accounts")), intro),
		nil, nil, nil, split)
	return s
}

func (s *accountsScreen) Content() fyne.CanvasObject { return s.content }

func (s *accountsScreen) Refresh() {
	ctx, cancel := opContext()
	defer cancel()
	rows, err := s.svc.List(ctx)
	if err != nil {
		showError("Could not list accounts", err, s.win)
		return
	}
	s.rows = rows
	if len(rows) == 0 {
		s.empty.Show()
	} else {
		s.empty.Hide()
	}
	s.list.Refresh()
	for i, a := range rows {
		if a.ID == s.selected {
			s.list.Select(i)
			s.showAccount(a)
			return
		}
	}
	s.detail.Objects = nil
	s.detail.Refresh()
}

func (s *accountsScreen) showAccount(a accounts.Account) {
	s.selected = a.ID
	name := widget.NewEntry()
	name.SetText(a.Name())
	status := wrappingLabel(a.StatusText(s.now()))
	if a.NeedsAttention(s.now()) {
		status.Importance = widget.WarningImportance
	}
	rename := widget.NewButton("Rename", func() {
		ctx, cancel := opContext()
		defer cancel()
		if err := s.svc.Rename(ctx, a.ID, name.Text); err != nil {
			showError("Not renamed", err, s.win)
			return
		}
		s.Refresh()
	})
	reconnect := widget.NewButtonWithIcon("Reconnect", theme.ViewRefreshIcon(), func() { s.openForm(a.Network, &a) })
	remove := widget.NewButtonWithIcon("Remove", theme.DeleteIcon(), func() {
		dialog.ShowConfirm("Remove this account?", fmt.Sprintf("CarePost will forget %s and delete its sign-in from the keychain. Posts already published stay on %s.", a.Name(), a.Network.Label()),
			func(ok bool) {
				if !ok {
					return
				}
				ctx, cancel := opContext()
				defer cancel()
				if err := s.svc.Remove(ctx, a.ID); err != nil {
					showError("Not removed", err, s.win)
					return
				}
				s.selected = 0
				s.Refresh()
			}, s.win)
	})
	remove.Importance = widget.DangerImportance
	form := widget.NewForm(
		widget.NewFormItem("Network", widget.NewLabel(a.Network.Label())),
		widget.NewFormItem("Handle", widget.NewLabel(a.Handle)),
		widget.NewFormItem("Name in CarePost", container.NewBorder(nil, nil, nil, rename, name)),
		widget.NewFormItem("Status", status),
	)
	if a.ServerURL != "" {
		form.Append("Server", widget.NewLabel(a.ServerURL))
	}
	if s.queue != nil {
		item := widget.NewFormItem("Queue times", s.queueTimes(a))
		item.HintText = "Weekly times for “Next queue time”, in the clinic's time zone, e.g. Tue/Thu 9:00, Sat 10:30"
		form.AppendItem(item)
	}
	s.detail.Objects = []fyne.CanvasObject{container.NewVScroll(container.NewPadded(container.NewVBox(
		form, container.NewHBox(reconnect, remove))))}
	s.detail.Refresh()
}

func (s *accountsScreen) chooseNetwork() {
	var labels []string
	setups := connect.Setups()
	for _, st := range setups {
		labels = append(labels, st.Network.Label())
	}
	pick := widget.NewRadioGroup(labels, nil)
	d := dialog.NewCustomConfirm("Add an account", "Next", "Cancel", pick, func(ok bool) {
		if !ok || pick.Selected == "" {
			return
		}
		for _, st := range setups {
			if st.Network.Label() == pick.Selected {
				s.openForm(st.Network, nil)
			}
		}
	}, s.win)
	d.Show()
}

// accountForm is one network's add or reconnect form: plain steps, the
// fields, and a Connect button that runs the sign-in off the UI goroutine
// and can be cancelled.
type accountForm struct {
	setup    connect.Setup
	entries  map[string]*widget.Entry
	status   *widget.Label
	progress *widget.ProgressBarInfinite
	connect  *widget.Button
	cancel   *widget.Button
	stop     context.CancelFunc
	dialog   dialog.Dialog
	done     chan struct{} // closed when a sign-in attempt has finished (tests wait on it)
}

func (s *accountsScreen) openForm(n drafts.Network, existing *accounts.Account) {
	setup, _ := connect.SetupFor(n)
	f := &accountForm{setup: setup, entries: map[string]*widget.Entry{}}
	var steps []string
	for i, st := range setup.Steps {
		steps = append(steps, fmt.Sprintf("%d. %s", i+1, st))
	}
	box := container.NewVBox(wrappingLabel(strings.Join(steps, "\n")))
	if setup.Note != "" {
		note := wrappingLabel(setup.Note)
		note.Importance = widget.WarningImportance
		box.Add(note)
	}
	form := widget.NewForm()
	for _, fld := range setup.Fields {
		e := widget.NewEntry()
		if fld.Secret {
			e = widget.NewPasswordEntry()
		}
		e.SetPlaceHolder(fld.Placeholder)
		if existing != nil && !fld.Secret {
			switch fld.Key {
			case "server", "pds":
				e.SetText(existing.ServerURL)
			case "handle":
				e.SetText(existing.Handle)
			}
		}
		f.entries[fld.Key] = e
		item := widget.NewFormItem(fld.Label, e)
		item.HintText = fld.Hint
		if fld.Optional && item.HintText == "" {
			item.HintText = "Optional."
		}
		form.AppendItem(item)
	}
	box.Add(form)
	f.status = wrappingLabel("")
	f.progress = widget.NewProgressBarInfinite()
	f.progress.Hide()
	f.progress.Stop()
	box.Add(f.progress)
	box.Add(f.status)
	title := "Connect " + n.Label()
	label := "Connect"
	if existing != nil {
		title, label = "Reconnect "+existing.Name(), "Reconnect"
	}
	f.connect = widget.NewButton(label, func() { s.runForm(f, existing) })
	f.connect.Importance = widget.HighImportance
	f.cancel = widget.NewButton("Cancel", func() {
		if f.stop != nil {
			f.stop()
			return
		}
		f.dialog.Hide()
	})
	content := container.NewBorder(nil, container.NewHBox(f.connect, f.cancel), nil, nil, container.NewVScroll(box))
	f.dialog = dialog.NewCustomWithoutButtons(title, content, s.win)
	f.dialog.Resize(fyne.NewSize(720, 560))
	s.form = f
	f.dialog.Show()
}

func (s *accountsScreen) runForm(f *accountForm, existing *accounts.Account) {
	values := map[string]string{}
	for k, e := range f.entries {
		values[k] = e.Text
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	f.stop = cancel
	f.done = make(chan struct{})
	done := f.done
	f.connect.Disable()
	f.progress.Show()
	f.progress.Start()
	if f.setup.Browser {
		f.status.SetText("Waiting for you to sign in in your web browser… (Cancel stops waiting.)")
	} else {
		f.status.SetText("Checking the sign-in with " + f.setup.Network.Label() + "…")
	}
	go func() {
		defer cancel()
		var err error
		var added accounts.Account
		if existing != nil {
			err = s.svc.Reconnect(ctx, existing.ID, values, s.browser)
		} else {
			added, err = s.svc.Add(ctx, f.setup.Network, values, s.browser)
		}
		fyne.Do(func() {
			defer close(done)
			f.stop = nil
			f.progress.Stop()
			f.progress.Hide()
			f.connect.Enable()
			if err != nil {
				f.status.Importance = widget.DangerImportance
				if ctx.Err() == context.Canceled {
					f.status.SetText("Stopped. Nothing was saved.")
				} else {
					f.status.SetText("Not connected: " + accounts.UserMessage(err))
				}
				f.status.Refresh()
				return
			}
			f.dialog.Hide()
			if existing == nil {
				s.selected = added.ID
			}
			s.Refresh()
		})
	}()
}

// queueTimes is the account's "Queue times" entry: checked as typed,
// saved with Save and shown back in the usual form. A mistake is shown
// with its position and nothing typed is lost.
func (s *accountsScreen) queueTimes(a accounts.Account) fyne.CanvasObject {
	entry := widget.NewEntry()
	entry.SetPlaceHolder("Tue/Thu 9:00, Sat 10:30")
	status := wrappingLabel("")
	ctx, cancel := opContext()
	slots, err := s.queue.Slots(ctx, a.ID)
	cancel()
	if err != nil {
		status.SetText("Could not read the queue times: " + err.Error())
		status.Importance = widget.DangerImportance
	} else {
		entry.SetText(schedule.FormatSlots(slots))
		status.SetText(queueWords(slots))
	}
	check := func(text string) ([]schedule.Slot, bool) {
		slots, err := schedule.ParseSlots(text)
		if err != nil {
			status.Importance = widget.DangerImportance
			status.SetText("Not a queue time " + err.Error() + ".")
			return nil, false
		}
		status.Importance = widget.MediumImportance
		status.SetText(queueWords(slots))
		return slots, true
	}
	entry.OnChanged = func(text string) { check(text) }
	save := widget.NewButton("Save", func() {
		slots, ok := check(entry.Text)
		if !ok {
			return
		}
		ctx, cancel := opContext()
		defer cancel()
		if err := s.queue.SetSlots(ctx, a.ID, slots); err != nil {
			status.Importance = widget.DangerImportance
			status.SetText("Not saved: " + err.Error())
			return
		}
		entry.SetText(schedule.FormatSlots(slots))
		status.Importance = widget.SuccessImportance
		status.SetText("Saved. " + queueWords(slots))
	})
	s.queueEntry, s.queueStatus, s.queueSave = entry, status, save
	return container.NewVBox(container.NewBorder(nil, nil, nil, save, entry), status)
}

func queueWords(slots []schedule.Slot) string {
	switch len(slots) {
	case 0:
		return "No queue times yet."
	case 1:
		return "1 queue time a week."
	}
	return fmt.Sprintf("%d queue times a week.", len(slots))
}
