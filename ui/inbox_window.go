package ui

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"

	"github.com/carepost/carepost/inbox"
)

// inboxLabel is the Inbox's name in the sidebar, before its unread count.
const inboxLabel = "Inbox"

// setUnread shows the unread count beside the Inbox in the sidebar; on the
// UI goroutine.
func (m *MainWindow) setUnread(n int) {
	label := inboxLabel
	if n > 0 {
		label = fmt.Sprintf("%s (%d)", inboxLabel, n)
	}
	if m.sections[sectionInbox].label != label {
		m.sections[sectionInbox].label = label
		m.nav.Refresh()
	}
}

// inboxKeys gives the Inbox its one-key shortcuts (j, k, e, r, /) while it
// is shown. They reach the canvas only when no text box has the focus, so
// typing an answer never moves the list.
func (m *MainWindow) inboxKeys(on bool) {
	if on {
		m.Window.Canvas().SetOnTypedRune(m.inbox.typedRune)
	} else {
		m.Window.Canvas().SetOnTypedRune(nil)
	}
}

// UseInbox turns on the Inbox over svc, and its part of Settings.
func (m *MainWindow) UseInbox(svc InboxServices) {
	if m.inbox.svc == svc {
		return // already on (StartInbox after UseInbox): its reads may be running
	}
	m.inbox.use(svc, m.acc)
	if st, ok := svc.(InboxSettingsStore); ok && m.inboxSettings == nil {
		m.inboxSettings = newInboxSettings(st)
		m.inboxSettings.do = m.inbox.do
		m.settings.more.Add(m.inboxSettings.content)
		m.inboxSettings.load()
	}
	if m.current == sectionInbox {
		m.inbox.load()
	} else if svc != nil {
		m.inbox.countUnread()
	}
}

// StartInbox turns on the Inbox and reads every account in the background
// at the interval in the settings until ctx ends; a new urgent item brings
// a desktop notification, and the list and the sidebar's count follow
// each round.
func (m *MainWindow) StartInbox(ctx context.Context, svc *inbox.Service) {
	m.UseInbox(svc)
	svc.Sync.Urgent = func(it inbox.Item) {
		n := fyne.Notification{Title: "Urgent message on " + it.Network.Label(),
			Content: it.Who() + " may need emergency help. Open the Inbox in CarePost."}
		fyne.Do(func() { m.sendNotification(n) })
	}
	go svc.Sync.Run(ctx, func([]inbox.Result) {
		fyne.Do(func() {
			if m.current == sectionInbox {
				m.inbox.load()
			} else {
				m.inbox.countUnread()
			}
		})
	})
}
