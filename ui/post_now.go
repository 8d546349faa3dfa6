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
	"github.com/carepost/carepost/accounts/connect"
	"github.com/carepost/carepost/drafts"
)

// postNowDialog publishes a ready draft to the accounts the user ticks and
// shows each network's answer: a link, or its own words.
type postNowDialog struct {
	checks   map[int64]*widget.Check
	post     *widget.Button
	progress *widget.ProgressBarInfinite
	results  *fyne.Container
	dialog   dialog.Dialog
	done     chan struct{} // closed when a publish finishes (tests wait on it)
}

func showPostNow(svc AccountServices, win fyne.Window, d drafts.Draft, posted func()) *postNowDialog {
	ctx, cancel := opContext()
	defer cancel()
	all, err := svc.List(ctx)
	if err != nil {
		showError("Could not list accounts", err, win)
		return nil
	}
	p := &postNowDialog{checks: map[int64]*widget.Check{}}
	list := container.NewVBox()
	now := time.Now()
	for _, a := range all {
		if !d.Targets(a.Network) {
			continue
		}
		c := widget.NewCheck(fmt.Sprintf("%s · %s (%s)", a.Network.Label(), a.Name(), a.StatusText(now)), nil)
		c.SetChecked(a.Status == accounts.StatusConnected)
		p.checks[a.ID] = c
		list.Add(c)
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

func (p *postNowDialog) run(svc AccountServices, d drafts.Draft, posted func()) {
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
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
		defer cancel()
		results := svc.PostNow(ctx, d, ids)
		fyne.Do(func() {
			p.progress.Stop()
			p.progress.Hide()
			p.post.Enable()
			for _, r := range results {
				p.results.Add(resultRow(r))
			}
			if posted != nil {
				posted()
			}
			close(done)
		})
	}()
}

func resultRow(r connect.Result) fyne.CanvasObject {
	name := r.Account.Network.Label() + " · " + r.Account.Name()
	if r.Err != nil {
		l := wrappingLabel(name + ": " + r.Message)
		l.Importance = widget.DangerImportance
		return l
	}
	if u, err := url.Parse(r.Published.URL); err == nil && r.Published.URL != "" {
		return container.NewHBox(widget.NewLabel(name+": posted"), widget.NewHyperlink("open", u))
	}
	l := widget.NewLabel(name + ": posted")
	l.Importance = widget.SuccessImportance
	return l
}
