package ui

import (
	"errors"
	"fmt"
	"net/url"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/carepost/carepost/drafts"
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
	templates *templatesScreen
	consents  *consentsScreen
	accounts  *accountsScreen
	profile   *profileScreen

	// The open template dialogs, kept so tests can drive them.
	picker *templatePicker
	fill   *fillTemplate
}

const (
	sectionDrafts = iota
	sectionTemplates
	sectionConsents
	sectionAccounts
	sectionProfile
)

// NewMainWindow builds the window. On first run (no clinic profile yet) it
// opens on the clinic profile, which must be saved before anything else.
// openBrowser opens sign-in pages (nil: the system browser via fyne).
func NewMainWindow(a fyne.App, svc Services, acc AccountServices, openBrowser func(string) error) *MainWindow {
	w := a.NewWindow("CarePost")
	m := &MainWindow{Window: w, svc: svc, acc: acc}
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
	m.drafts.editor.poster = acc
	m.accounts = newAccountsScreen(acc, w, openBrowser)
	m.templates = newTemplatesScreen(svc, w, m.startDraftFromTemplate)
	m.consents = newConsentsScreen(svc, w, m.OpenDraft)
	m.profile = newProfileScreen(svc, w, m.profileSaved)
	m.drafts.newFromTemplate = m.chooseTemplate
	m.sections = []section{
		{"Drafts", theme.DocumentCreateIcon(), m.drafts},
		{"Templates", theme.FileTextIcon(), m.templates},
		{"Consents", theme.ConfirmIcon(), m.consents},
		{"Accounts", theme.AccountIcon(), m.accounts},
		{"Clinic profile", theme.HomeIcon(), m.profile},
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
	side := container.NewBorder(container.NewPadded(logo), container.NewPadded(m.alert), nil, nil, m.nav)
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

func (m *MainWindow) addShortcuts() {
	newDraft := &desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: fyne.KeyModifierShortcutDefault}
	save := &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault}
	m.Window.Canvas().AddShortcut(newDraft, func(fyne.Shortcut) { m.NewDraft() })
	m.Window.Canvas().AddShortcut(save, func(fyne.Shortcut) { m.Save() })
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
