//go:build linux || freebsd || openbsd || netbsd

package ui

import (
	"os"

	"github.com/godbus/dbus/v5"
)

// trayAvailable reports whether the desktop shows tray icons: on Linux and
// the BSDs that needs a D-Bus session with a StatusNotifierWatcher (KDE,
// most others; GNOME only with an extension). Without one, a window hidden
// "to the tray" could never be opened again, and the tray code crashes on
// quit, so CarePost then quits when its window closes.
func trayAvailable() bool {
	if os.Getenv("DBUS_SESSION_BUS_ADDRESS") == "" {
		return false
	}
	conn, err := dbus.SessionBusPrivate()
	if err != nil {
		return false
	}
	defer conn.Close() // a private connection used for one question only
	if err := conn.Auth(nil); err != nil {
		return false
	}
	if err := conn.Hello(); err != nil {
		return false
	}
	var has bool
	err = conn.BusObject().Call("org.freedesktop.DBus.NameHasOwner", 0, "org.kde.StatusNotifierWatcher").Store(&has)
	return err == nil && has
}
