package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
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
	counter := w.StartStats(ctx, svc.Stats())
	w.StartInbox(ctx, svc.Inbox)
	w.SetupTray(a, stop)
	w.Window.SetMaster()
	// A desktop session ending, Ctrl+C in a terminal or `kill` quits as the
	// Quit command does: what is typed is saved first.
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(signals)
	go func() {
		if _, ok := <-signals; ok {
			fyne.Do(w.Quit)
		}
	}()
	w.Window.ShowAndRun()

	// The loop has ended: no new run starts, the post in flight records its
	// outcome (the engine finishes it on a context of its own), then the
	// database closes (deferred above).
	stop()
	flushErr := w.FlushPending()
	select {
	case <-runner.Done():
	case <-time.After(QuitWait):
		fmt.Fprintln(os.Stderr, "carepost: a post was still being sent at quit; the next run looks for it before sending again")
	}
	// The engagement counter stops at its next step (its network calls
	// end with the context); its snapshots are written whole or not at all.
	select {
	case <-counter.Done():
	case <-time.After(5 * time.Second):
	}
	if flushErr != nil {
		return &exitError{code: 1, msg: flushErr.Error()}
	}
	return nil
}

// QuitWait is how long quitting waits for a post in flight.
const QuitWait = 20 * time.Second
