package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// trayHintKey remembers that staff were told CarePost keeps running in the
// tray, so they are told once.
const trayHintKey = "tray.hint_shown"

// SetupTray puts CarePost in the system tray when a is a desktop app:
// Open CarePost, Publish due now, Quit. Closing the window then hides it
// and the engine keeps publishing; the first time, a notification says so.
// quit runs before the app quits (to stop the engine). Without a tray (no
// desktop driver, or a Linux desktop with no StatusNotifierWatcher) it does
// nothing and returns false: closing the window quits as before.
func (m *MainWindow) SetupTray(a fyne.App, quit func()) bool {
	desk, ok := a.(desktop.App)
	if !ok || !trayAvailable() {
		return false
	}
	open := fyne.NewMenuItem("Open CarePost", func() {
		m.hidden = false
		m.Window.Show()
		m.Window.RequestFocus()
	})
	publish := fyne.NewMenuItem("Publish due now", func() {
		if m.runner != nil {
			m.runner.RunNow()
		}
	})
	quitItem := fyne.NewMenuItem("Quit", func() {
		if quit != nil {
			quit()
		}
		m.Quit()
	})
	quitItem.IsQuit = true
	desk.SetSystemTrayMenu(fyne.NewMenu("CarePost", open, publish, fyne.NewMenuItemSeparator(), quitItem))
	if icon := a.Icon(); icon != nil {
		desk.SetSystemTrayIcon(icon)
	}
	m.Window.SetCloseIntercept(func() {
		m.drafts.flush()
		m.Window.Hide()
		m.hidden = true
		prefs := a.Preferences()
		if !prefs.Bool(trayHintKey) {
			prefs.SetBool(trayHintKey, true)
			m.sendNotification(fyne.Notification{Title: "CarePost",
				Content: "CarePost is still running in the tray to publish scheduled posts"})
		}
	})
	return true
}
