package ui

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/schedule"
	"github.com/carepost/carepost/stats"
)

// Services is everything the window's screens need, met by *drafts.Service.
type Services interface {
	profileStore
	draftStore
	templateStore
	templateDraftStarter
	consentStore
}

type section struct {
	label string
	icon  fyne.Resource
	view  interface {
		Content() fyne.CanvasObject
		Refresh()
	}
}

// MainWindow is CarePost's one window: navigation on the left, the chosen
// screen on the right.
type MainWindow struct {
	Window fyne.Window
	app    fyne.App
	svc    Services

	nav *widget.List
	acc AccountServices
	// alert tells staff when an account needs reconnecting or its sign-in
	// is about to lapse, wherever they are in the app.
	alert    *widget.Button
	sections []section
	body     *fyne.Container
	current  int

	drafts    *draftsScreen
	calendar  *calendarScreen
	templates *templatesScreen
	consents  *consentsScreen
	accounts  *accountsScreen
	profile   *profileScreen
	settings  *settingsScreen
	dashboard *dashboardScreen

	// Scheduling: shared by the calendar and the editor; runner publishes
	// what is due; notify shows a desktop notification (tests record).
	sched  *scheduleEnv
	runner *EngineRunner
	notify func(*fyne.Notification)

	// inbox is every account's replies and messages (see inbox_window.go).
	inbox         *inboxScreen
	inboxSettings *inboxSettings

	// engineError says, in the sidebar, why the last publishing run
	// failed; hidden after a run that worked. lastEngineError is what was
	// last notified while in the tray, so a failure repeating every 30 s
	// notifies once.
	engineError     *widget.Label
	lastEngineError string
	// hidden is true while the window is closed to the tray.
	hidden bool

	// The open template dialogs, kept so tests can drive them.
	picker *templatePicker
	fill   *fillTemplate
}

const (
	sectionDrafts = iota
	sectionInbox
	sectionCalendar
	sectionDashboard
	sectionTemplates
	sectionConsents
	sectionAccounts
	sectionProfile
	sectionSettings
)

// NewMainWindow builds the window. On first run (no clinic profile yet) it
// opens on the clinic profile, which must be saved before anything else.
// openBrowser opens sign-in pages (nil: the system browser via fyne).
// sched keeps scheduled posts (nil: the calendar says scheduling is not
// available and the editor offers no "Schedule…").
func NewMainWindow(a fyne.App, svc Services, acc AccountServices, openBrowser func(string) error, sched ScheduleServices) *MainWindow {
	w := a.NewWindow("CarePost")
	m := &MainWindow{Window: w, app: a, svc: svc, acc: acc, notify: a.SendNotification}
	if openBrowser == nil {
		openBrowser = func(raw string) error {
			u, err := url.Parse(raw)
			if err != nil {
				return err
			}
			return a.OpenURL(u)
		}
	}
	m.drafts = newDraftsScreen(svc, w)
	m.accounts = newAccountsScreen(acc, w, openBrowser)
	m.templates = newTemplatesScreen(svc, w, m.startDraftFromTemplate)
	m.consents = newConsentsScreen(svc, w, m.OpenDraft)
	m.profile = newProfileScreen(svc, w, m.profileSaved)
	m.drafts.newFromTemplate = m.chooseTemplate
	m.drafts.defaultNetworks = m.connectedNetworks
	if sched != nil {
		m.sched = &scheduleEnv{store: sched, drafts: svc, win: w, now: time.Now, changed: m.scheduleChanged}
		if acc != nil {
			m.sched.accts = acc
		}
		m.drafts.editor.setScheduling(m.sched)
		if q, ok := sched.(QueueTimeServices); ok {
			m.accounts.setQueueTimes(q)
		}
	}
	var settings settingsStore
	if st, ok := sched.(settingsStore); ok && sched != nil {
		settings = st
	}
	m.settings = newSettingsScreen(settings, w, m.settingsChanged)
	m.drafts.editor.approvalOn = m.settings.approvalRequired
	m.inbox = newInboxScreen(w)
	m.inbox.unreadChanged = m.setUnread
	m.calendar = newCalendarScreen(m.sched, m.OpenDraft)
	m.calendar.openAccounts = func() { m.nav.Select(sectionAccounts) }
	m.dashboard = newDashboardScreen(w)
	m.sections = []section{
		{"Drafts", theme.DocumentCreateIcon(), m.drafts},
		{inboxLabel, theme.MailComposeIcon(), m.inbox},
		{"Calendar", theme.GridIcon(), m.calendar},
		{"Dashboard", theme.HistoryIcon(), m.dashboard},
		{"Templates", theme.FileTextIcon(), m.templates},
		{"Consents", theme.ConfirmIcon(), m.consents},
		{"Accounts", theme.AccountIcon(), m.accounts},
		{"Clinic profile", theme.HomeIcon(), m.profile},
		{"Settings", theme.SettingsIcon(), m.settings},
	}
	m.nav = widget.NewList(
		func() int { return len(m.sections) },
		func() fyne.CanvasObject {
			return container.NewHBox(widget.NewIcon(theme.DocumentIcon()), widget.NewLabel("Clinic profile"))
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*fyne.Container)
			row.Objects[0].(*widget.Icon).SetResource(m.sections[id].icon)
			row.Objects[1].(*widget.Label).SetText(m.sections[id].label)
		},
	)
	m.nav.OnSelected = func(id widget.ListItemID) { m.show(id) }
	m.body = container.NewStack()

	logo := widget.NewLabelWithStyle("CarePost", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	m.alert = widget.NewButtonWithIcon("", theme.WarningIcon(), func() { m.nav.Select(sectionAccounts) })
	m.alert.Importance = widget.WarningImportance
	m.alert.Hide()
	m.engineError = wrappingLabel("")
	m.engineError.Importance = widget.DangerImportance
	m.engineError.Hide()
	side := container.NewBorder(container.NewPadded(logo), container.NewPadded(container.NewVBox(m.engineError, m.alert)), nil, nil, m.nav)
	split := container.NewHSplit(side, m.body)
	split.Offset = 0.16
	w.SetContent(split)
	w.Resize(fyne.NewSize(1280, 800))
	m.addShortcuts()
	w.SetCloseIntercept(func() {
		m.drafts.flush()
		w.Close()
	})

	ctx, cancel := opContext()
	defer cancel()
	if _, err := svc.Profile(ctx); errors.Is(err, drafts.ErrNoProfile) {
		m.profile.firstRun = true
		m.nav.Select(sectionProfile)
	} else {
		if err != nil {
			showError("Could not read the clinic profile", err, w)
		}
		m.nav.Select(sectionDrafts)
	}
	return m
}

func (m *MainWindow) show(id int) {
	if m.profile.firstRun && id != sectionProfile {
		// Templates and the privacy check depend on the profile; keep the
		// user on it until it is saved.
		m.nav.Select(sectionProfile)
		return
	}
	if m.current == sectionDrafts && id != sectionDrafts {
		m.drafts.flush()
	}
	m.current = id
	m.inboxKeys(id == sectionInbox)
	m.checkAccounts()
	s := m.sections[id]
	s.view.Refresh()
	m.body.Objects = []fyne.CanvasObject{s.view.Content()}
	m.body.Refresh()
}

func (m *MainWindow) profileSaved() {
	if m.profile.firstRun {
		m.profile.firstRun = false
		m.nav.Select(sectionDrafts)
	}
}

// addShortcuts puts the keyboard shortcuts in the window's File menu.
// A menu's shortcuts work wherever the focus is, a text box included
// (the desktop driver asks the main menu before the focused widget);
// shortcuts added to the canvas would not reach past a focused text box.
func (m *MainWindow) addShortcuts() {
	m.Window.SetMainMenu(fyne.NewMainMenu(m.fileMenu()))
}

// Menu item labels, also used by tests.
const (
	menuNewDraft = "New draft"
	menuSave     = "Save"
	menuSearch   = "Search drafts"
	menuQuit     = "Quit"
)

func (m *MainWindow) fileMenu() *fyne.Menu {
	item := func(label string, key fyne.KeyName, action func()) *fyne.MenuItem {
		i := fyne.NewMenuItem(label, action)
		i.Shortcut = &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault}
		return i
	}
	quit := item(menuQuit, fyne.KeyQ, m.Quit)
	quit.IsQuit = true
	return fyne.NewMenu("File",
		item(menuNewDraft, fyne.KeyN, m.NewDraft),
		item(menuSave, fyne.KeyS, m.Save),
		item(menuSearch, fyne.KeyF, m.Search),
		fyne.NewMenuItemSeparator(),
		quit,
	)
}

// Search puts the cursor in the drafts list's search box (Ctrl/Cmd+F).
func (m *MainWindow) Search() {
	if m.profile.firstRun {
		return
	}
	m.nav.Select(sectionDrafts)
	m.Window.Canvas().Focus(m.drafts.search)
}

// Quit saves what is being typed and ends the app (Ctrl/Cmd+Q, the tray's
// Quit, a signal). The caller of ShowAndRun then stops the engine after
// the post in flight and closes the database; see FlushPending.
func (m *MainWindow) Quit() {
	m.drafts.flush()
	m.app.Quit()
}

// FlushPending writes any autosave still waiting. It touches no widget, so
// it is safe after the app's loop has ended, on whatever goroutine.
func (m *MainWindow) FlushPending() error {
	if err := m.drafts.editor.saver.Flush(); err != nil {
		return fmt.Errorf("saving the open draft before quitting: %w", err)
	}
	return nil
}

// NewDraft opens a blank draft (Ctrl/Cmd+N).
func (m *MainWindow) NewDraft() {
	if m.profile.firstRun {
		return
	}
	m.nav.Select(sectionDrafts)
	m.drafts.newBlank()
}

// Save saves whatever the current screen is editing (Ctrl/Cmd+S).
func (m *MainWindow) Save() {
	switch m.current {
	case sectionDrafts:
		m.drafts.saveNow()
	case sectionProfile:
		m.profile.save()
	}
}

// OpenDraft shows one draft in the editor.
func (m *MainWindow) OpenDraft(id int64) {
	m.nav.Select(sectionDrafts)
	m.drafts.open(id)
}

func (m *MainWindow) chooseTemplate() {
	m.picker = showTemplatePicker(m.svc, m.Window, m.startDraftFromTemplate)
}

func (m *MainWindow) startDraftFromTemplate(t drafts.Template) {
	m.fill = showFillTemplate(m.svc, m.Window, t, func(d drafts.Draft) {
		m.nav.Select(sectionDrafts)
		m.drafts.Refresh()
		m.drafts.open(d.ID)
	})
}

// connectedNetworks are the networks of the connected accounts, in the
// order of the editor's boxes: a new draft aims at them rather than at
// every network. Instagram is left out: it takes only posts with a
// picture, and the editor offers it once one is added.
func (m *MainWindow) connectedNetworks() []drafts.Network {
	if m.acc == nil {
		return nil
	}
	ctx, cancel := opContext()
	defer cancel()
	list, err := m.acc.List(ctx)
	if err != nil {
		return nil // the draft starts with no network ticked and says to choose
	}
	var out []drafts.Network
	for _, n := range drafts.AllNetworks {
		if n == drafts.Instagram {
			continue
		}
		for _, a := range list {
			if a.Network == n && a.Status == accounts.StatusConnected {
				out = append(out, n)
				break
			}
		}
	}
	return out
}

// checkAccounts shows the sidebar warning while any account needs
// reconnecting or its sign-in lapses within two weeks.
func (m *MainWindow) checkAccounts() {
	if m.acc == nil {
		return
	}
	ctx, cancel := opContext()
	defer cancel()
	list, err := m.acc.List(ctx)
	if err != nil {
		return
	}
	n := 0
	for _, a := range list {
		if a.NeedsAttention(time.Now()) {
			n++
		}
	}
	switch n {
	case 0:
		m.alert.Hide()
		return
	case 1:
		m.alert.SetText("1 account needs attention")
	default:
		m.alert.SetText(fmt.Sprintf("%d accounts need attention", n))
	}
	m.alert.Show()
}

// settingsChanged shows the open draft's buttons for the new choice
// (approval on or off).
func (m *MainWindow) settingsChanged(schedule.Settings) {
	if _, ok := m.drafts.editor.current(); ok {
		m.drafts.editor.showStatus()
	}
}

// scheduleChanged refreshes whatever shows publications; it runs on the UI
// goroutine.
func (m *MainWindow) scheduleChanged() {
	if m.current == sectionCalendar {
		m.calendar.Refresh()
	}
	m.drafts.editor.refreshDelivery()
}

// StartEngine publishes what is due now, then every 30 s and on "Publish
// due now", until ctx ends; the calendar and the open draft's delivery
// status refresh after every run, and staff get a desktop notification for
// each post published or not.
//
// Post now goes through publisher, the same engine, so it appears once
// the engine runs.
func (m *MainWindow) StartEngine(ctx context.Context, e *schedule.Engine, publisher NowPublisher) *EngineRunner {
	m.useEngine(e, publisher)
	r := NewEngineRunner(e)
	e.Notify = m.notifyPublication
	m.startRunner(ctx, r)
	return r
}

// useEngine turns on what needs the publishing engine: Post now in the
// editor, and withdrawing a revoked consent's posts.
func (m *MainWindow) useEngine(e *schedule.Engine, publisher NowPublisher) {
	if m.acc != nil && publisher != nil {
		m.drafts.editor.poster = &poster{accounts: m.acc, publisher: publisher}
	}
	if e != nil {
		m.consents.withdrawer = e
		if m.sched != nil {
			m.sched.canceller = e
		}
	}
}

func (m *MainWindow) startRunner(ctx context.Context, r *EngineRunner) {
	m.runner = r
	m.calendar.runNow = r.RunNow
	r.OnRun = func(_ schedule.Summary, err error) {
		fyne.Do(func() {
			m.engineRan(err)
			m.scheduleChanged()
		})
	}
	r.Start(ctx)
}

// engineRan shows a failed run in the sidebar (and as a notification while
// the window is in the tray), or clears it after a run that worked. It runs
// on the UI goroutine.
func (m *MainWindow) engineRan(err error) {
	if err == nil {
		m.engineError.Hide()
		m.lastEngineError = ""
		return
	}
	msg := "Publishing stopped: " + err.Error() + " CarePost tries again in 30 seconds; posts wait in the queue meanwhile."
	m.engineError.SetText(msg)
	m.engineError.Show()
	if m.hidden && msg != m.lastEngineError {
		m.sendNotification(fyne.Notification{Title: "CarePost could not publish", Content: msg})
		m.lastEngineError = msg
	}
}

// notifyPublication runs on the engine's goroutine.
func (m *MainWindow) notifyPublication(p schedule.Publication) {
	ctx, cancel := opContext()
	defer cancel()
	network := "the network"
	if m.acc != nil {
		if list, err := m.acc.List(ctx); err == nil {
			for _, a := range list {
				if a.ID == p.AccountID {
					network = a.Network.Label()
				}
			}
		}
	}
	title := "your post"
	if d, err := m.svc.Draft(ctx, p.DraftID); err == nil {
		title = d.DisplayTitle()
	}
	if n, ok := notification(p, network, title); ok {
		fyne.Do(func() { m.sendNotification(n) })
	}
}

func (m *MainWindow) sendNotification(n fyne.Notification) {
	if m.notify != nil {
		m.notify(&n)
	}
}

// UseStats turns on the dashboard over the engagement history.
func (m *MainWindow) UseStats(svc DashboardServices) { m.dashboard.use(svc) }

// StartStats turns on the dashboard and takes engagement snapshots in the
// background until ctx ends: at once (catching up on what came due while
// the computer was off), then every quarter of an hour. The dashboard
// shows the new counts after each run that took any, and which accounts
// a run could not read.
func (m *MainWindow) StartStats(ctx context.Context, st *stats.Service) *stats.Runner {
	m.UseStats(st)
	r := stats.NewRunner(st)
	r.OnRun = func(res stats.SyncResult, err error) {
		fyne.Do(func() {
			m.dashboard.backgroundRan(res, err)
			if err == nil && res.Posts+res.Accounts > 0 && m.current == sectionDashboard {
				m.dashboard.load()
			}
		})
	}
	r.Start(ctx)
	return r
}
