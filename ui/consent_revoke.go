package ui

// Revoking a consent from the Consents screen, and stopping the posts
// that relied on it.

import (
	"context"
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/carepost/carepost/schedule"
)

func (s *consentsScreen) askRevoke() {
	f := s.form
	if f == nil || f.c.ID == 0 {
		return
	}
	date := widget.NewEntry()
	date.SetPlaceHolder("YYYY-MM-DD")
	date.SetText(s.today)
	if f.c.RevokedOn != "" {
		date.SetText(f.c.RevokedOn)
	}
	date.Validator = consentDateValidator(false)
	items := []*widget.FormItem{
		{Text: "Revoked on", Widget: date, HintText: "The day they withdrew it (YYYY-MM-DD)."},
	}
	d := dialog.NewForm(fmt.Sprintf("Revoke consent %s", f.c.Reference), "Revoke", "Cancel", items, func(ok bool) {
		if ok {
			s.revoke(strings.TrimSpace(date.Text))
		}
	}, s.win)
	d.Resize(fyne.NewSize(520, 260))
	d.Show()
}

// revoke records the revocation (the Revoke dialog calls it) and lists
// the drafts that used the consent.
func (s *consentsScreen) revoke(on string) {
	f := s.form
	if f == nil || f.c.ID == 0 {
		return
	}
	ctx, cancel := opContext()
	defer cancel()
	ds, err := s.svc.RevokeConsent(ctx, f.c.ID, on)
	if err != nil {
		f.say("Not revoked: "+tmplSentence(err.Error()), widget.DangerImportance)
		return
	}
	f.c.RevokedOn = on
	f.setRevoked(on)
	s.load()
	f.showState()
	f.showRevoked(ds)
	s.withdrawPosts(f.c.ID)
}

// PostWithdrawer stops the posts of a revoked consent that have not gone
// out; *schedule.Engine is one.
type PostWithdrawer interface {
	WithdrawForConsent(ctx context.Context, consentID int64) ([]schedule.Withdrawal, error)
}

// withdrawPosts stops the consent's scheduled posts off the UI goroutine
// (cancelling on a network's scheduler is a network call) and shows what
// became of them, with the steps for any staff must cancel by hand.
func (s *consentsScreen) withdrawPosts(consentID int64) {
	f := s.form
	if s.withdrawer == nil || f == nil {
		return
	}
	f.postsNote.Importance = widget.MediumImportance
	f.postsNote.SetText("Stopping this consent's scheduled posts…")
	f.postsNote.Show()
	done := make(chan struct{})
	s.withdrawn = done
	w := s.withdrawer
	var ws []schedule.Withdrawal
	offUI(nil, 2*time.Minute, func(ctx context.Context) (err error) {
		ws, err = w.WithdrawForConsent(ctx, consentID)
		return err
	}, func(err error) {
		text, importance := withdrawalWords(ws, err)
		f.postsNote.Importance = importance
		f.postsNote.SetText(text)
		close(done)
	})
}

// withdrawalWords sums up a consent's withdrawn posts for staff.
func withdrawalWords(ws []schedule.Withdrawal, err error) (string, widget.Importance) {
	var held, cancelled int
	var manual []string
	for _, w := range ws {
		switch {
		case !w.Done:
			manual = append(manual, fmt.Sprintf("• %s, due %s: %s", w.Network, w.Publication.LocalDue().Format("Mon 2 Jan 15:04"), w.Steps))
		case w.Publication.State == schedule.StateCancelled:
			cancelled++
		default:
			held++
		}
	}
	var parts []string
	if len(ws) == 0 && err == nil {
		return "No scheduled posts used this consent.", widget.SuccessImportance
	}
	if held > 0 {
		parts = append(parts, fmt.Sprintf("%d scheduled post(s) held in CarePost; they will not go out.", held))
	}
	if cancelled > 0 {
		parts = append(parts, fmt.Sprintf("%d post(s) waiting on a network's own scheduler were cancelled there.", cancelled))
	}
	importance := widget.SuccessImportance
	if len(manual) > 0 {
		parts = append(parts, "Cancel these by hand now:\n"+strings.Join(manual, "\n"))
		importance = widget.DangerImportance
	}
	if err != nil {
		parts = append(parts, "Could not stop every scheduled post ("+err.Error()+"): check the Calendar for this consent's posts.")
		importance = widget.DangerImportance
	}
	return strings.Join(parts, "\n"), importance
}
