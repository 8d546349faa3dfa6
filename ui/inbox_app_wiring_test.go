package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

// The screens as the app builds them reach the UI goroutine through
// fyne.Do: opening a message in the real app called a hook only the tests
// had set (they queue the UI work themselves), and crashed.
func TestInboxScreensReachTheUIGoroutineAsTheAppBuildsThem(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	if s := newInboxScreen(w); s.do == nil {
		t.Error("a new inbox screen has no way to reach the UI goroutine")
	}
}
