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
	"github.com/carepost/carepost/schedule"
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
	acctSvc := accounts.NewService(db, accounts.NewVault(), time.Now)
	manager := connect.NewManager(acctSvc, time.Now)
	sched := schedule.NewStore(db, svc, acctSvc, time.Now)

	// Connectors never let the HTTP transport re-send a publish (see
	// accounts/wire): a lost answer is reconciled by the engine.
	engine := &schedule.Engine{Store: sched, Connectors: ui.EngineConnectors(manager), Drafts: svc, Accounts: acctSvc,
		// Posts far enough ahead go to networks with their own scheduler,
		// so they are published with this computer off.
		NativeHandOff: true}
	if st, err := sched.LoadSettings(context.Background()); err == nil {
		engine.Grace = st.Grace
		if st.Grace == 0 {
			engine.Grace = -1 // no grace window: every missed post waits for staff
		}
	}

	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	w := ui.NewMainWindow(a, svc, manager, nil, sched)
	runner := w.StartEngine(ctx, engine)
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
