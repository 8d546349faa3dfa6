// Command barewindow is the baseline for `make bench`: a Fyne window with
// nothing behind it, the same size and title as CarePost's.
package main

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := app.NewWithID("app.carepost.bench")
	w := a.NewWindow("CarePost")
	w.SetContent(widget.NewLabel("CarePost"))
	w.Resize(fyne.NewSize(1280, 800))
	w.ShowAndRun()
}
