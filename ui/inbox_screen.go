package ui

import (
	"context"
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/inbox"
	"github.com/carepost/carepost/network"
	"github.com/carepost/carepost/schedule"
)

// InboxServices is what the Inbox screen needs; *inbox.Service is one.
type InboxServices interface {
	List(ctx context.Context, f inbox.Filter) (inbox.Page, error)
	Get(ctx context.Context, id int64) (inbox.Item, error)
	Unread(ctx context.Context) (int, error)
	Labels(ctx context.Context) ([]string, error)
	SetState(ctx context.Context, id int64, st inbox.State) error
	SetRead(ctx context.Context, id int64, read bool) error
	Assign(ctx context.Context, id int64, name string) error
	AddLabel(ctx context.Context, id int64, label string) error
	RemoveLabel(ctx context.Context, id int64, label string) error
	SetNote(ctx context.Context, id int64, note string) error
	Thread(ctx context.Context, it inbox.Item) ([]inbox.ThreadEntry, error)
	FullThread(ctx context.Context, it inbox.Item) (inbox.ThreadView, error)
	Suggest(ctx context.Context, it inbox.Item) (inbox.Suggestions, error)
	CheckReply(ctx context.Context, text string, kept []schedule.KeptFinding) ([]drafts.Finding, error)
	Answer(ctx context.Context, in inbox.ReplyInput) (schedule.Reply, error)
	Approve(ctx context.Context, replyID int64, by string) (schedule.Reply, error)
	RetryAnswer(ctx context.Context, replyID int64) (schedule.Reply, error)
	CancelAnswer(ctx context.Context, replyID int64) (schedule.Reply, error)
	Medians(ctx context.Context, now time.Time) (week, month inbox.Median, err error)
	SyncAll(ctx context.Context, progress func(done, total int, r inbox.Result)) ([]inbox.Result, error)
	ClinicProfile(ctx context.Context) (drafts.Profile, error)
	MarkSeen(ctx context.Context, at time.Time) error
	SaveReply(ctx context.Context, name, text string) error
	DeleteAuthor(ctx context.Context, n network.Network, author string) (int, error)
	Hide(ctx context.Context, it inbox.Item) error
}

// Filter choices' first entries: no filter.
const (
	allStates    = "New and done"
	allNetworks  = "All networks"
	allAccounts  = "All accounts"
	allKinds     = "All kinds"
	allAssignees = "Anyone"
	allLabels    = "Any label"
)

// inboxScreen is the one inbox: every account's replies, comments,
// mentions, quotes, messages and reviews, urgent ones pinned on top, with
// the selected item's thread and a reply box. Every read and write runs
// off the UI goroutine (offUI); results come back through do.
type inboxScreen struct {
	svc InboxServices // nil: the inbox is not available
	acc AccountServices
	win fyne.Window
	do  func(func()) // the UI goroutine: fyne.Do, never nil (tests queue)
	now func() time.Time
	// unreadChanged tells the sidebar the unread count.
	unreadChanged func(int)

	items    []inbox.Item
	selected int64 // the item shown, 0 for none
	// reopen is an item whose thread changed (an answer sent, failed,
	// retried, cancelled or approved): the next load opens it afresh.
	reopen   int64
	filter   inbox.Filter
	accounts []accounts.Account
	profile  drafts.Profile
	loads    int // loads started, so an older answer never replaces a newer one
	busy     int // operations in flight (tests wait for 0)

	header   *widget.Label // response-time medians
	banner   *widget.Label // urgent items and the emergency wording
	status   *widget.Label
	progress *widget.ProgressBar
	refresh  *widget.Button
	seen     *widget.Button
	cancel   *widget.Button
	stopSync context.CancelFunc

	search     *widget.Entry
	states     *widget.Select
	networks   *widget.Select
	accountSel *widget.Select
	kinds      *widget.Select
	assignees  *widget.Select
	labels     *widget.Select

	list   *widget.List
	empty  *widget.Label
	detail *inboxDetail

	content fyne.CanvasObject
}

func newInboxScreen(win fyne.Window) *inboxScreen {
	s := &inboxScreen{win: win, now: time.Now, do: fyne.Do, filter: inbox.Filter{State: inbox.StateNew}}
	s.header = widget.NewLabel("")
	s.header.Truncation = fyne.TextTruncateEllipsis
	s.banner = wrappingLabel("")
	s.banner.Importance = widget.DangerImportance
	s.banner.Hide()
	s.status = widget.NewLabel("")
	s.status.Truncation = fyne.TextTruncateEllipsis
	s.status.Hide()
	s.progress = widget.NewProgressBar()
	s.progress.Hide()
	s.refresh = widget.NewButtonWithIcon("Refresh", theme.ViewRefreshIcon(), s.Sync)
	s.seen = widget.NewButtonWithIcon("Mark seen", theme.VisibilityIcon(), s.markSeen)
	s.cancel = widget.NewButtonWithIcon("Stop", theme.CancelIcon(), s.stopSyncing)
	s.cancel.Hide()

	s.search = widget.NewEntry()
	s.search.SetPlaceHolder("Search messages and authors (/)")
	s.search.OnSubmitted = func(string) { s.applyFilters() }
	s.search.OnChanged = func(text string) {
		if text == "" {
			s.applyFilters()
		}
	}
	pick := func(all string, options []string) *widget.Select {
		sel := widget.NewSelect(append([]string{all}, options...), nil)
		sel.SetSelectedIndex(0)
		return sel
	}
	s.states = widget.NewSelect([]string{"New", "Done", allStates}, nil)
	s.states.SetSelectedIndex(0)
	var networkLabels []string
	for _, n := range network.All {
		networkLabels = append(networkLabels, n.Label())
	}
	s.networks = pick(allNetworks, networkLabels)
	s.accountSel = pick(allAccounts, nil)
	var kindLabels []string
	for _, k := range inbox.Kinds {
		kindLabels = append(kindLabels, k.Label())
	}
	s.kinds = pick(allKinds, kindLabels)
	s.assignees = pick(allAssignees, nil)
	s.labels = pick(allLabels, nil)
	// Every filter reloads the list when changed (attached once all exist).
	for _, sel := range []*widget.Select{s.states, s.networks, s.accountSel, s.kinds, s.assignees, s.labels} {
		sel.OnChanged = func(string) { s.applyFilters() }
	}

	s.list = widget.NewList(func() int { return len(s.items) }, s.newRow, s.updateRow)
	s.list.OnSelected = func(id widget.ListItemID) {
		if id < len(s.items) {
			s.show(s.items[id])
		}
	}
	s.empty = widget.NewLabel("Nothing here. Refresh reads every account.")
	s.empty.Hide()
	s.detail = newInboxDetail(s)

	filters := container.NewGridWithColumns(6, s.states, s.networks, s.accountSel, s.kinds, s.assignees, s.labels)
	top := container.NewVBox(
		container.NewBorder(nil, nil, heading("Inbox"), container.NewHBox(s.cancel, s.seen, s.refresh), s.header),
		s.banner,
		container.NewBorder(nil, nil, nil, nil, s.search),
		filters,
		container.NewBorder(nil, nil, nil, nil, container.NewStack(s.status, s.progress)),
	)
	split := container.NewHSplit(container.NewStack(s.list, container.NewCenter(s.empty)), s.detail.content)
	split.Offset = 0.42
	s.content = container.NewBorder(top, nil, nil, nil, split)
	return s
}

// use turns the screen on over svc (and acc for the account filter).
func (s *inboxScreen) use(svc InboxServices, acc AccountServices) {
	s.svc, s.acc = svc, acc
}

func (s *inboxScreen) Content() fyne.CanvasObject { return s.content }

// Refresh reloads the list (when the screen is shown).
func (s *inboxScreen) Refresh() { s.load() }

// ui runs f on the UI goroutine (through do).
func (s *inboxScreen) ui(f func()) { s.do(f) }

// run does work off the UI goroutine and then done on it, counting it as
// busy meanwhile.
func (s *inboxScreen) run(timeout time.Duration, work func(ctx context.Context) error, done func(error)) {
	s.busy++
	offUI(s.ui, timeout, work, func(err error) {
		s.busy--
		done(err)
	})
}

// idle reports whether nothing the screen started is still running.
func (s *inboxScreen) idle() bool { return s.busy == 0 }

func (s *inboxScreen) setStatus(text string) { setStatusLine(s.status, text) }

// applyFilters reads the filter controls and reloads.
func (s *inboxScreen) applyFilters() {
	f := inbox.Filter{Search: strings.TrimSpace(s.search.Text)}
	switch s.states.Selected {
	case "New":
		f.State = inbox.StateNew
	case "Done":
		f.State = inbox.StateDone
	}
	if i := s.networks.SelectedIndex(); i > 0 {
		f.Network = network.All[i-1]
	}
	if i := s.accountSel.SelectedIndex(); i > 0 && i-1 < len(s.accounts) {
		f.AccountID = s.accounts[i-1].ID
	}
	if i := s.kinds.SelectedIndex(); i > 0 {
		f.Kind = inbox.Kinds[i-1]
	}
	if i := s.assignees.SelectedIndex(); i > 0 {
		f.Assignee = s.assignees.Selected
	}
	if i := s.labels.SelectedIndex(); i > 0 {
		f.Label = s.labels.Selected
	}
	s.filter = f
	s.load()
}

// inboxLoad is what one load brings to the screen.
type inboxLoad struct {
	page        inbox.Page
	unread      int
	labels      []string
	accounts    []accounts.Account
	week, month inbox.Median
	profile     drafts.Profile
}

// load reads the page the filters pick, the unread count, the medians and
// the filter choices, off the UI goroutine.
func (s *inboxScreen) load() {
	if s.svc == nil {
		s.setStatus("The inbox is not available.")
		return
	}
	s.loads++
	n := s.loads
	f := s.filter
	var got inboxLoad
	s.run(opTimeout, func(ctx context.Context) error {
		var err error
		if got.page, err = s.svc.List(ctx, f); err != nil {
			return err
		}
		if got.unread, err = s.svc.Unread(ctx); err != nil {
			return err
		}
		if got.labels, err = s.svc.Labels(ctx); err != nil {
			return err
		}
		if got.week, got.month, err = s.svc.Medians(ctx, s.now()); err != nil {
			return err
		}
		if got.profile, err = s.svc.ClinicProfile(ctx); err != nil {
			return err
		}
		if s.acc != nil {
			if got.accounts, err = s.acc.List(ctx); err != nil {
				return err
			}
		}
		return nil
	}, func(err error) {
		if n != s.loads {
			return // a newer load is on its way
		}
		if err != nil {
			s.setStatus("Could not read the inbox: " + err.Error())
			return
		}
		s.loaded(got)
	})
}

// loaded shows a load's results; on the UI goroutine.
func (s *inboxScreen) loaded(got inboxLoad) {
	s.items = got.page.Items
	s.profile = got.profile
	s.accounts = got.accounts
	s.setChoices(s.accountSel, allAccounts, accountNames(got.accounts))
	s.setChoices(s.assignees, allAssignees, got.profile.StaffNames)
	s.setChoices(s.labels, allLabels, got.labels)
	s.header.SetText(mediansText(got.week, got.month))
	urgent := 0
	for _, it := range s.items {
		if it.Urgent && it.State == inbox.StateNew {
			urgent++
		}
	}
	if urgent > 0 {
		wording := strings.TrimSpace(got.profile.EmergencyWording)
		if wording == "" {
			wording = "If this is an emergency, call 911."
		}
		s.banner.SetText(fmt.Sprintf("%s may be an emergency (pinned on top). %s Answer with the emergency guidance, and ask nothing clinical.",
			pluralize(urgent, "message", "messages"), wording))
		s.banner.Show()
	} else {
		s.banner.Hide()
	}
	s.empty.Hidden = len(s.items) > 0
	s.empty.Refresh()
	// A wrapped line's height is known only once laid out at its width:
	// lay the screen out again so the banner shows every line.
	s.content.Refresh()
	s.list.UnselectAll()
	s.list.Refresh()
	if s.unreadChanged != nil {
		s.unreadChanged(got.unread)
	}
	// Keep the item staff had open, if it is still listed.
	reopen := s.reopen
	s.reopen = 0
	for i, it := range s.items {
		if it.ID == s.selected {
			if it.ID == reopen {
				s.selected = 0 // so show opens it again, as it now is
			}
			s.list.Select(i)
			return
		}
	}
	if s.selected != 0 {
		s.selected = 0
		s.detail.clear()
	}
}

func pluralize(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

func accountNames(list []accounts.Account) []string {
	out := make([]string, len(list))
	for i, a := range list {
		out[i] = a.Network.Label() + " · " + a.Name()
	}
	return out
}

// setChoices replaces a filter's options, keeping its choice when it is
// still offered.
func (s *inboxScreen) setChoices(sel *widget.Select, all string, options []string) {
	keep := sel.Selected
	opts := append([]string{all}, options...)
	onChanged := sel.OnChanged
	sel.OnChanged = nil
	sel.SetOptions(opts)
	sel.SetSelectedIndex(0)
	for i, o := range opts {
		if o == keep {
			sel.SetSelectedIndex(i)
		}
	}
	sel.OnChanged = onChanged
}

// mediansText is the header's response times.
func mediansText(week, month inbox.Median) string {
	part := func(name string, m inbox.Median) string {
		if m.Answered == 0 {
			return name + ": nothing answered yet"
		}
		t := fmt.Sprintf("%s: median first answer %s", name, inbox.FormatDuration(m.Calendar))
		if m.Business >= 0 {
			t += fmt.Sprintf(" (%s in business hours)", inbox.FormatDuration(m.Business))
		}
		return t
	}
	return part("This week", week) + " · " + part("this month", month)
}

func (s *inboxScreen) newRow() fyne.CanvasObject {
	title := widget.NewLabel("name")
	title.Truncation = fyne.TextTruncateEllipsis
	text := widget.NewLabel("text")
	text.Truncation = fyne.TextTruncateEllipsis
	text.SizeName = theme.SizeNameCaptionText
	return container.NewVBox(title, text)
}

func (s *inboxScreen) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(s.items) {
		return
	}
	it := s.items[id]
	box := o.(*fyne.Container)
	title := box.Objects[0].(*widget.Label)
	var marks []string
	if it.Urgent {
		marks = append(marks, "URGENT")
	}
	if it.Private {
		marks = append(marks, "private")
	}
	if it.State == inbox.StateDone {
		marks = append(marks, "done")
	}
	head := fmt.Sprintf("%s · %s %s · %s", it.Who(), it.Network.Label(), strings.ToLower(it.Kind.Label()), it.CreatedAt.Local().Format("2 Jan 15:04"))
	if len(marks) > 0 {
		head = strings.Join(marks, ", ") + " · " + head
	}
	title.SetText(head)
	title.TextStyle = fyne.TextStyle{Bold: !it.Read}
	title.Importance = widget.MediumImportance
	if it.Urgent {
		title.Importance = widget.DangerImportance
	}
	title.Refresh()
	text := strings.Join(strings.Fields(it.Text), " ")
	if it.BodyRemoved {
		text = "(text removed after the retention period)"
	}
	box.Objects[1].(*widget.Label).SetText(text)
}

// show opens an item: marks it read and reads its thread and suggestions.
func (s *inboxScreen) show(it inbox.Item) {
	if s.selected != it.ID {
		s.selected = it.ID
		s.detail.open(it)
	}
	if !it.Read {
		id := it.ID
		s.run(opTimeout, func(ctx context.Context) error { return s.svc.SetRead(ctx, id, true) }, func(err error) {
			if err != nil {
				s.setStatus("Could not mark it read: " + err.Error())
				return
			}
			for i := range s.items {
				if s.items[i].ID == id {
					s.items[i].Read = true
					s.list.RefreshItem(i)
				}
			}
			s.countUnread()
		})
	}
}

// countUnread refreshes the sidebar's count.
func (s *inboxScreen) countUnread() {
	if s.svc == nil {
		return
	}
	var n int
	s.run(opTimeout, func(ctx context.Context) (err error) {
		n, err = s.svc.Unread(ctx)
		return err
	}, func(err error) {
		if err == nil && s.unreadChanged != nil {
			s.unreadChanged(n)
		}
	})
}

// move selects the next (+1) or previous (-1) item (j and k).
func (s *inboxScreen) move(delta int) {
	if len(s.items) == 0 {
		return
	}
	i := -1
	for k, it := range s.items {
		if it.ID == s.selected {
			i = k
		}
	}
	i += delta
	if i < 0 {
		i = 0
	}
	if i >= len(s.items) {
		i = len(s.items) - 1
	}
	s.list.Select(i)
	s.list.ScrollTo(i)
}

// typedRune is the screen's keyboard: j/k move, e done, r reply, / search.
// It hears only keys no text box took.
func (s *inboxScreen) typedRune(r rune) {
	switch r {
	case 'j':
		s.move(1)
	case 'k':
		s.move(-1)
	case 'e':
		s.detail.toggleDone()
	case 'r':
		s.detail.focusReply()
	case '/':
		s.win.Canvas().Focus(s.search)
	}
}

// Sync reads every account now, with progress, and can be stopped.
func (s *inboxScreen) Sync() {
	if s.svc == nil || s.stopSync != nil {
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	s.stopSync = cancel
	s.refresh.Disable()
	s.cancel.Show()
	s.progress.SetValue(0)
	s.progress.Show()
	s.status.Hide()
	var results []inbox.Result
	s.run(15*time.Minute, func(opCtx context.Context) error {
		var err error
		results, err = s.svc.SyncAll(ctx, func(done, total int, _ inbox.Result) {
			s.ui(func() { s.progress.SetValue(float64(done) / float64(max(total, 1))) })
		})
		return err
	}, func(err error) {
		cancel()
		s.stopSync = nil
		s.refresh.Enable()
		s.cancel.Hide()
		s.progress.Hide()
		s.setStatus(syncSummary(results, err))
		s.load()
	})
}

func (s *inboxScreen) stopSyncing() {
	if s.stopSync != nil {
		s.stopSync()
	}
}

// syncSummary is one line on how a sync went: each account not read is
// named with why.
func syncSummary(results []inbox.Result, err error) string {
	if err != nil && len(results) == 0 {
		return "Could not read the accounts: " + err.Error()
	}
	added := 0
	var problems []string
	for _, r := range results {
		added += r.Added
		if !r.OK() {
			problems = append(problems, r.Network.Label()+" "+r.Account+": "+r.Message)
		}
	}
	out := fmt.Sprintf("Read %s: %s.", pluralize(len(results), "account", "accounts"), pluralize(added, "new item", "new items"))
	if err != nil {
		out += " Stopped before the end."
	}
	if len(problems) > 0 {
		out += " Not read: " + strings.Join(problems, "; ")
	}
	return out
}

// markSeen tells the networks the clinic has seen everything up to now
// (Bluesky's notifications badge); reading the inbox never does.
func (s *inboxScreen) markSeen() {
	if s.svc == nil {
		return
	}
	at := s.now()
	s.run(2*time.Minute, func(ctx context.Context) error { return s.svc.MarkSeen(ctx, at) }, func(err error) {
		if err != nil {
			s.setStatus(err.Error())
			return
		}
		s.setStatus("Marked as seen on the networks.")
	})
}
