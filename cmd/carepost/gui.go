package main

import (
	"context"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"github.com/carepost/carepost"
	"github.com/carepost/carepost/assets"
	"github.com/carepost/carepost/ui"
	"github.com/carepost/carepost/wiring"
)

// openWindow runs the desktop app until its window closes.
func openWindow(flagDir string) error {
	info := carepost.AppInfo()
	a := app.NewWithID(info.ID)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))

	db, err := openStore(context.Background(), flagDir)
	if err != nil {
		// Tell the user in the window, not only on a console they may
		// never see (double-clicked apps have none).
		ui.ShowStartupError(a, err)
		return &exitError{code: 1, msg: err.Error()}
	}
	defer db.Close()
	svc := wiring.New(db, wireOptions())

	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	w := ui.NewMainWindow(a, svc.Drafts, svc.Manager, nil, svc.Schedule)
	runner := w.StartEngine(ctx, svc.Engine, svc)
	w.SetupTray(a, stop)
	w.Window.SetMaster()
	w.Window.ShowAndRun()
	stop()
	select { // let a publish in flight record its outcome before the database closes
	case <-runner.Done():
	case <-time.After(10 * time.Second):
	}
	return nil
}
