//go:build !(linux || freebsd || openbsd || netbsd)

package ui

// trayAvailable: Windows and macOS always have a notification area or
// menu bar for CarePost's icon.
func trayAvailable() bool { return true }
