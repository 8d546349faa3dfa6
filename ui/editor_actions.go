package ui

// The draft editor's actions: mark ready, the review steps, delete. Each
// does its database work off the UI goroutine (inBackground) and shows
// the outcome on it.

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/carepost/carepost/drafts"
)

// inBackground runs an action's database work off the UI goroutine, after
// any autosave still waiting (so it acts on what is on screen), and then
// shows its outcome through e.do. The draft it acts on is the one open
// when the action was asked for.
func (e *draftEditor) inBackground(work func(ctx context.Context) error, done func(error)) {
	e.busy++
	saver := e.saver
	offUI(e.do, opTimeout, func(ctx context.Context) error {
		if err := saver.Flush(); err != nil {
			return err
		}
		return work(ctx)
	}, func(err error) {
		e.busy--
		done(err)
	})
}

// idle reports whether nothing the editor asked for is still running.
func (e *draftEditor) idle() bool { return e.busy == 0 && !e.reviewPending() }

func (e *draftEditor) showStatus() {
	e.showCannotTake()
	if e.poster != nil && e.d.Status == drafts.StatusReady {
		e.postButton.Show()
	} else {
		e.postButton.Hide()
	}
	if e.sched != nil && e.d.Status == drafts.StatusReady {
		e.scheduleButton.Show()
	} else {
		e.scheduleButton.Hide()
	}
	approval := e.approvalRequired()
	e.approveButton.Hide()
	e.sendBackButton.Hide()
	e.readyButton.Show()
	if e.d.Status == drafts.StatusReady {
		e.statusLabel.Importance = widget.SuccessImportance
		if e.d.Approved() {
			e.statusLabel.SetText(e.d.ApprovalLine(e.zone()))
		} else {
			e.statusLabel.SetText("Ready")
		}
		e.readyButton.SetText("Back to draft")
		e.readyButton.Importance = widget.MediumImportance
		e.readyButton.Enable()
		e.blockers.SetText("")
		e.readyButton.Refresh()
		return
	}
	if e.d.Status == drafts.StatusInReview && approval {
		e.statusLabel.Importance = widget.WarningImportance
		e.statusLabel.SetText("In review")
		e.readyButton.Hide()
		e.approveButton.Show()
		e.sendBackButton.Show()
		if len(e.review.Blockers) == 0 {
			e.blockers.SetText("Waiting for approval. All checks pass.")
			e.blockers.Importance = widget.SuccessImportance
			e.approveButton.Enable()
		} else {
			e.blockers.SetText("Before this can be approved:\n• " + strings.Join(e.review.Blockers, "\n• "))
			e.blockers.Importance = widget.WarningImportance
			e.approveButton.Disable()
		}
		e.blockers.Refresh()
		e.approveButton.Refresh()
		return
	}
	e.statusLabel.Importance = widget.MediumImportance
	e.statusLabel.SetText(e.d.Status.Label())
	verb, action := "Mark ready", "marked ready"
	if approval {
		verb, action = "Send for review", "sent for review"
	}
	e.readyButton.SetText(verb)
	e.readyButton.Importance = widget.HighImportance
	note := ""
	if e.d.ReviewNote != "" {
		note = "Sent back: " + e.d.ReviewNote + "\n"
	}
	if len(e.review.Blockers) == 0 {
		e.blockers.SetText(note + "All checks pass: this draft can be " + action + ".")
		e.blockers.Importance = widget.SuccessImportance
		e.readyButton.Enable()
	} else {
		e.blockers.SetText(note + "Before this can be " + action + ":\n• " + strings.Join(e.review.Blockers, "\n• "))
		e.blockers.Importance = widget.WarningImportance
		e.readyButton.Disable()
	}
	e.blockers.Refresh()
	e.readyButton.Refresh()
}

// approvalRequired is the Settings choice; off without an approval store.
func (e *draftEditor) approvalRequired() bool {
	if _, ok := e.svc.(approvalStore); !ok {
		return false
	}
	return e.approvalOn != nil && e.approvalOn()
}

func (e *draftEditor) toggleReady() {
	id, svc := e.d.ID, e.svc
	title := "Not marked ready"
	var step func(ctx context.Context) error
	switch {
	case e.d.Status == drafts.StatusReady:
		step = func(ctx context.Context) error { return svc.MarkDraft(ctx, id) }
	case e.approvalRequired():
		title = "Not sent for review"
		step = func(ctx context.Context) error { return svc.(approvalStore).SendForReview(ctx, id) }
	default:
		step = func(ctx context.Context) error { return svc.MarkReady(ctx, id) }
	}
	e.runStep(title, step)
}

// runStep changes the draft's status off the UI goroutine, then shows the
// refusal or the new status.
func (e *draftEditor) runStep(title string, step func(ctx context.Context) error) {
	id, svc := e.d.ID, e.svc
	e.readyButton.Disable()
	var d drafts.Draft
	e.inBackground(func(ctx context.Context) error {
		if err := step(ctx); err != nil {
			return err
		}
		var err error
		d, err = svc.Draft(ctx, id)
		return err
	}, func(err error) {
		if d.ID != e.d.ID && err == nil {
			return // another draft was opened meanwhile
		}
		e.afterStep(title, d, err)
	})
}

// afterStep shows a refused status change, or the draft's new status (d,
// as stored after the step).
func (e *draftEditor) afterStep(title string, d drafts.Draft, err error) {
	if err != nil {
		showError(title, err, e.win)
		e.recheck()
		return
	}
	if e.saver.Pending() {
		// Typed into while the step ran: the waiting save takes the draft
		// out of ready again, so the screen keeps what it shows.
		e.recheck()
		return
	}
	e.d.Status, e.d.ApprovedBy, e.d.ApprovedAt, e.d.ReviewNote = d.Status, d.ApprovedBy, d.ApprovedAt, d.ReviewNote
	e.reviewed = snapshot(d)
	e.showStatus()
	if e.onSaved != nil {
		e.onSaved()
	}
}

// approvalStore moves drafts through review; met by *drafts.Service.
type approvalStore interface {
	SendForReview(ctx context.Context, id int64) error
	Approve(ctx context.Context, id int64, approver string) error
	SendBack(ctx context.Context, id int64, note string) error
}

// askApprove asks who is approving: CarePost has no user accounts, so the
// approver types their name, and it is recorded with the time.
func (e *draftEditor) askApprove() {
	e.approveName = widget.NewEntry()
	e.approveName.SetPlaceHolder("e.g. Dr. Ana Ruiz")
	e.approveName.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return drafts.ErrApproverRequired
		}
		return nil
	}
	items := []*widget.FormItem{widget.NewFormItem("Approved by", e.approveName)}
	items[0].HintText = "Your name is recorded with the time of approval."
	dialog.ShowForm("Approve this post?", "Approve", "Cancel", items, func(ok bool) {
		if ok {
			e.approve(e.approveName.Text)
		}
	}, e.win)
	e.win.Canvas().Focus(e.approveName)
}

// approve re-runs the checks (a consent may have lapsed) and approves.
func (e *draftEditor) approve(name string) {
	id, svc := e.d.ID, e.svc
	e.runStep("Not approved", func(ctx context.Context) error { return svc.(approvalStore).Approve(ctx, id, name) })
}

// askSendBack returns the draft to its writer, with an optional note.
func (e *draftEditor) askSendBack() {
	e.sendBackNote = widget.NewMultiLineEntry()
	e.sendBackNote.Wrapping = fyne.TextWrapWord
	e.sendBackNote.SetPlaceHolder("What should change? (optional)")
	items := []*widget.FormItem{widget.NewFormItem("Note", e.sendBackNote)}
	dialog.ShowForm("Send this draft back?", "Send back", "Cancel", items, func(ok bool) {
		if ok {
			e.sendBack(e.sendBackNote.Text)
		}
	}, e.win)
}

func (e *draftEditor) sendBack(note string) {
	id, svc := e.d.ID, e.svc
	e.runStep("Not sent back", func(ctx context.Context) error { return svc.(approvalStore).SendBack(ctx, id, note) })
}

func (e *draftEditor) confirmDelete() {
	dialog.ShowConfirm("Delete this draft?", "“"+e.d.DisplayTitle()+"” will be deleted. This cannot be undone.", func(ok bool) {
		if !ok {
			return
		}
		id, svc := e.d.ID, e.svc
		e.inBackground(func(ctx context.Context) error { return svc.DeleteDraft(ctx, id) }, func(err error) {
			if err != nil {
				showError("Could not delete the draft", err, e.win)
				return
			}
			if e.d.ID == id {
				e.clear()
			}
			if e.onDeleted != nil {
				e.onDeleted()
			}
		})
	}, e.win)
}
