package ui

import (
	"context"
	"errors"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/carepost/carepost/drafts"
)

// opTimeout bounds one database call made for the user; the store is local,
// so hitting it means something is badly wrong and the user should hear so.
const opTimeout = 10 * time.Second

func opContext() (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), opTimeout)
}

// offUI runs work on its own goroutine, with a context that ends after
// timeout, and then done with its error on the UI goroutine through do
// (fyne.Do when nil; tests pass a queue they drain). Screens use it for
// anything that may wait on the network or on a write.
func offUI(do func(func()), timeout time.Duration, work func(ctx context.Context) error, done func(error)) {
	if do == nil {
		do = fyne.Do
	}
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), timeout)
		defer cancel()
		err := work(ctx)
		do(func() { done(err) })
	}()
}

// showError tells the user what went wrong in plain words. Domain errors
// are already written for staff; only wrapping noise is trimmed.
func showError(title string, err error, w fyne.Window) {
	if err == nil {
		return
	}
	msg := err.Error()
	var unwrap interface{ Unwrap() error }
	if errors.As(err, &unwrap) && msg == "" {
		msg = "Something went wrong."
	}
	d := dialog.NewInformation(title, msg, w)
	d.Show()
}

// wrappingLabel is a label that wraps words, for sentences in forms.
func wrappingLabel(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// heading is a screen's title.
func heading(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.TextStyle = fyne.TextStyle{Bold: true}
	l.SizeName = theme.SizeNameSubHeadingText
	return l
}

// ShowStartupError is the whole window when the database cannot be opened:
// what happened, and that nothing was changed.
func ShowStartupError(a fyne.App, err error) {
	w := a.NewWindow("CarePost")
	msg := wrappingLabel("CarePost could not open its data.\n\n" + err.Error() +
		"\n\nNothing was changed. Close this window, fix the problem above, and start CarePost again.")
	w.SetContent(container.NewPadded(msg))
	w.Resize(fyne.NewSize(640, 300))
	w.ShowAndRun()
}

// confirmDiscard asks before unsaved edits are dropped: next runs when the
// user discards them, stay (may be nil) when they keep editing.
func confirmDiscard(win fyne.Window, message string, next, stay func()) {
	d := dialog.NewConfirm("Unsaved changes", message, func(discard bool) {
		if discard {
			next()
		} else if stay != nil {
			stay()
		}
	}, win)
	d.SetConfirmText("Discard changes")
	d.SetDismissText("Keep editing")
	d.Show()
}

// setStatusLine shows text in a status label, hiding the label when empty
// so it takes no room.
func setStatusLine(l *widget.Label, text string) {
	l.SetText(text)
	if text == "" {
		l.Hide()
	} else {
		l.Show()
	}
}

// confirmDeletion asks before something is deleted for good; del runs on
// "Delete".
func confirmDeletion(win fyne.Window, title, message string, del func()) {
	d := dialog.NewConfirm(title, message, func(ok bool) {
		if ok {
			del()
		}
	}, win)
	d.SetConfirmText("Delete")
	d.SetDismissText("Keep it")
	d.Show()
}

// networkChecks is a check box per network, labelled as staff know them,
// with selected ticked; changed runs on every tick.
func networkChecks(selected []drafts.Network, changed func()) *widget.CheckGroup {
	labels := make([]string, len(drafts.AllNetworks))
	for i, n := range drafts.AllNetworks {
		labels[i] = n.Label()
	}
	g := widget.NewCheckGroup(labels, func([]string) { changed() })
	var picked []string
	for _, n := range selected {
		picked = append(picked, n.Label())
	}
	g.SetSelected(picked)
	return g
}

// checkedNetworks reads networkChecks back, in AllNetworks order.
func checkedNetworks(g *widget.CheckGroup) []drafts.Network {
	picked := map[string]bool{}
	for _, l := range g.Selected {
		picked[l] = true
	}
	var out []drafts.Network
	for _, n := range drafts.AllNetworks {
		if picked[n.Label()] {
			out = append(out, n)
		}
	}
	return out
}
