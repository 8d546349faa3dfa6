package ui

import (
	"context"
	"fmt"
	"net/url"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/schedule"
)

// NowPublisher sends a ready draft to accounts at once through the
// publishing engine (a publication due now, every gate re-checked, sent
// exactly once); *wiring.Services is one.
type NowPublisher interface {
	PublishNow(ctx context.Context, draftID int64, accountIDs []int64) ([]schedule.NowResult, error)
}

// poster is what "Post now" needs: the accounts to offer, and the engine.
type poster struct {
	accounts  AccountServices
	publisher NowPublisher
}

// postNowDialog publishes a ready draft to the accounts the user ticks and
// shows each network's answer: a link, or its own words. It goes through
// the publishing engine like any scheduled post, so each post has its
// record in the calendar and goes out once.
type postNowDialog struct {
	checks   map[int64]*widget.Check
	names    map[int64]string // "Mastodon · Maple Grove", by account
	networks map[int64]string // "Mastodon", by account
	post     *widget.Button
	progress *widget.ProgressBarInfinite
	results  *fyne.Container
	dialog   dialog.Dialog
	done     chan struct{} // closed when a publish finishes (tests wait on it)
}

func showPostNow(svc *poster, win fyne.Window, d drafts.Draft, posted func()) *postNowDialog {
	ctx, cancel := opContext()
	defer cancel()
	all, err := svc.accounts.List(ctx)
	if err != nil {
		showError("Could not list accounts", err, win)
		return nil
	}
	p := &postNowDialog{checks: map[int64]*widget.Check{}, names: map[int64]string{}, networks: map[int64]string{}}
	list := container.NewVBox()
	now := time.Now()
	for _, a := range all {
		if !d.Targets(a.Network) {
			continue
		}
		c := widget.NewCheck(fmt.Sprintf("%s · %s (%s)", a.Network.Label(), a.Name(), a.StatusText(now)), nil)
		c.SetChecked(a.Status == accounts.StatusConnected)
		p.checks[a.ID] = c
		p.names[a.ID] = a.Network.Label() + " · " + a.Name()
		p.networks[a.ID] = a.Network.Label()
		list.Add(c)
		// Said here, before anything is sent, rather than as a refusal.
		if why := drafts.CannotTake(a.Network, d); why != "" {
			c.SetChecked(false)
			c.Disable()
			note := wrappingLabel(why)
			note.Importance = widget.WarningImportance
			list.Add(note)
		}
	}
	intro := "Post “" + d.DisplayTitle() + "” now to:"
	if len(p.checks) == 0 {
		intro = "No connected account is on this draft's networks. Add one under Accounts, or tick its network in the draft."
	}
	p.results = container.NewVBox()
	p.progress = widget.NewProgressBarInfinite()
	p.progress.Stop()
	p.progress.Hide()
	p.post = widget.NewButton("Post now", func() { p.run(svc, d, posted) })
	p.post.Importance = widget.HighImportance
	if len(p.checks) == 0 {
		p.post.Disable()
	}
	content := container.NewBorder(wrappingLabel(intro), container.NewVBox(p.progress, container.NewHBox(p.post)), nil, nil,
		container.NewVScroll(container.NewVBox(list, p.results)))
	p.dialog = dialog.NewCustom("Post now", "Close", content, win)
	p.dialog.Resize(fyne.NewSize(720, 480))
	p.dialog.Show()
	return p
}

func (p *postNowDialog) run(svc *poster, d drafts.Draft, posted func()) {
	var ids []int64
	for id, c := range p.checks {
		if c.Checked {
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 {
		return
	}
	p.post.Disable()
	p.progress.Show()
	p.progress.Start()
	p.results.RemoveAll()
	p.done = make(chan struct{})
	done := p.done
	var results []schedule.NowResult
	offUI(nil, 5*time.Minute, func(ctx context.Context) (err error) {
		results, err = svc.publisher.PublishNow(ctx, d.ID, ids)
		return err
	}, func(err error) {
		p.progress.Stop()
		p.progress.Hide()
		if err != nil {
			l := wrappingLabel("Could not post: " + err.Error())
			l.Importance = widget.DangerImportance
			p.results.Add(l)
		}
		for _, r := range results {
			p.results.Add(p.resultRow(r))
			if r.Err == nil {
				// It has its publication (out, or queued for a retry):
				// pressing Post again must not post it twice.
				c := p.checks[r.AccountID]
				c.SetChecked(false)
				c.Disable()
			}
		}
		for _, c := range p.checks {
			if !c.Disabled() {
				p.post.Enable() // accounts not tried yet, or refused before sending
				break
			}
		}
		if posted != nil {
			posted()
		}
		close(done)
	})
}

func (p *postNowDialog) resultRow(r schedule.NowResult) fyne.CanvasObject {
	name := p.names[r.AccountID]
	if r.Err != nil {
		l := wrappingLabel(name + ": not posted. " + r.Err.Error())
		l.Importance = widget.DangerImportance
		return l
	}
	pub := r.Publication
	msg := schedule.OutcomeMessage(pub, p.networks[r.AccountID])
	if pub.State == schedule.StatePublished {
		if u, err := url.Parse(pub.RemoteURL); err == nil && pub.RemoteURL != "" {
			return container.NewHBox(widget.NewLabel(name+": posted"), widget.NewHyperlink("open", u))
		}
		l := widget.NewLabel(name + ": posted")
		l.Importance = widget.SuccessImportance
		return l
	}
	l := wrappingLabel(name + ": " + msg)
	l.Importance = widget.DangerImportance
	if pub.State == schedule.StateQueued {
		l.Importance = widget.WarningImportance
	}
	return l
}
