package main

import (
	"context"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"github.com/carepost/carepost"
	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/accounts/connect"
	"github.com/carepost/carepost/assets"
	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/ui"
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
	svc := drafts.NewService(db, time.Now)
	manager := connect.NewManager(accounts.NewService(db, accounts.NewVault(), time.Now), time.Now)
	w := ui.NewMainWindow(a, svc, manager, nil)
	w.Window.SetMaster()
	w.Window.ShowAndRun()
	return nil
}
