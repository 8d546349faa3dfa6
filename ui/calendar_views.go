package ui

// The calendar's month, week (an hour grid) and list views.

import (
	"fmt"
	"image/color"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/carepost/carepost/schedule"
)

// setBody shows obj as the body when the view or its range changed.
func (c *calendarScreen) setBody(key string, obj func() fyne.CanvasObject) bool {
	if key == c.bodyKey {
		return false
	}
	c.bodyKey = key
	c.slots = map[string]cellDrawn{}
	c.body.Objects = []fyne.CanvasObject{obj()}
	c.body.Refresh()
	return true
}

// place puts each object in the grid, refreshing it only when one of them
// was built anew.
func (c *calendarScreen) place(objs []fyne.CanvasObject) {
	changed := len(objs) != len(c.grid.Objects)
	for i := 0; !changed && i < len(objs); i++ {
		changed = objs[i] != c.grid.Objects[i]
	}
	if changed {
		c.grid.Objects = objs
		c.grid.Refresh()
	}
}

func (c *calendarScreen) showMonth(from, to time.Time) {
	y, m, _ := c.anchor.In(c.loc).Date()
	first := schedule.LocalDateTime(y, m, 1, 0, 0, 0, c.loc)
	c.title.SetText(first.Format("January 2006"))
	byDay := map[string][]schedule.Publication{}
	for _, p := range c.pubs {
		k := dayKey(p.DueAt.In(c.loc))
		byDay[k] = append(byDay[k], p)
	}
	c.setBody(viewMonth+dayKey(from), func() fyne.CanvasObject {
		head := container.NewGridWithColumns(7)
		for i := 0; i < 7; i++ {
			head.Add(widget.NewLabelWithStyle(time.Weekday(i).String()[:3], fyne.TextAlignCenter, fyne.TextStyle{Bold: true}))
		}
		c.grid = container.NewGridWithColumns(7)
		// Six weeks of cells fit a laptop; scrolling is there for a
		// smaller window, which the grid then never widens or heightens.
		return container.NewBorder(head, nil, nil, nil, container.NewVScroll(c.grid))
	})
	today := dayKey(c.env.now().In(c.loc))
	c.cells = map[string]*dayCell{}
	var objs []fyne.CanvasObject
	for day := from; day.Before(to); day = c.addDays(day, 1) {
		k := dayKey(day)
		cell := c.monthCell(day, day.Month() == m, k == today, byDay[k])
		objs = append(objs, cell.obj)
		c.cells[k] = cell.cell
	}
	c.place(objs)
}

// monthCell is a day of the month grid: kept as drawn when what it shows
// has not changed.
func (c *calendarScreen) monthCell(day time.Time, inMonth, isToday bool, pubs []schedule.Publication) cellDrawn {
	k := dayKey(day)
	cell := &dayCell{date: day}
	type line struct {
		text  string
		color fyne.ThemeColorName
	}
	var lines []line
	if inMonth {
		for i, p := range pubs {
			if i == maxPerCell-1 && len(pubs) > maxPerCell {
				more := fmt.Sprintf("+%d more", len(pubs)-i)
				cell.lines = append(cell.lines, more)
				lines = append(lines, line{more, theme.ColorNamePlaceHolder})
				break
			}
			// Recorded in full, drawn short: a cell has room for the time
			// and the title; the network is in the day panel.
			cell.lines = append(cell.lines, c.cellLine(p)+" ("+p.StateLabel()+")")
			lines = append(lines, line{p.DueAt.In(c.loc).Format("15:04") + " " + c.pubTitle(p), stateColor(p.State)})
		}
	}
	selected := k == dayKey(c.selected)
	sig := fmt.Sprintf("%t|%t|%t|%q", inMonth, isToday, selected, cell.lines)
	if old, ok := c.slots[k]; ok && old.sig == sig {
		old.cell.lines = cell.lines
		return old
	}
	numColor := theme.ColorNameForeground
	if !inMonth {
		numColor = theme.ColorNameDisabled
	}
	if isToday {
		numColor = theme.ColorNamePrimary
	}
	num := newCalLine(fmt.Sprint(day.Day()), numColor)
	num.bold = isToday
	box := container.NewVBox(num)
	for _, l := range lines {
		box.Add(newCalLine(l.text, l.color))
	}
	cell.btn = widget.NewButton("", func() { c.selectDay(day) })
	cell.btn.Importance = widget.LowImportance
	d := cellDrawn{drawn: drawn{sig: sig, obj: container.NewStack(cellBackground(selected), cell.btn, container.NewPadded(box))}, cell: cell}
	c.slots[k] = d
	return d
}

// cellBackground is a cell's frame, filled when it is the chosen day.
func cellBackground(selected bool) *canvas.Rectangle {
	bg := canvas.NewRectangle(color.Transparent)
	if selected {
		bg.FillColor = theme.Color(theme.ColorNameSelection)
	}
	bg.StrokeColor = theme.Color(theme.ColorNameSeparator)
	bg.StrokeWidth = 1
	return bg
}

// hourRow is the week view's row for t: 0 "Earlier", then one per hour
// from firstHour to lastHour, then "Later".
func hourRow(t time.Time) int {
	switch h := t.Hour(); {
	case h < firstHour:
		return 0
	case h > lastHour:
		return lastHour - firstHour + 2
	default:
		return h - firstHour + 1
	}
}

// hourRowLabel names a row of the week view.
func hourRowLabel(row int) string {
	switch row {
	case 0:
		return "Earlier"
	case lastHour - firstHour + 2:
		return "Later"
	}
	return time.Date(2000, 1, 1, firstHour+row-1, 0, 0, 0, time.UTC).Format("3 PM")
}

// showWeek is the week as an hour grid: a column per day, a row per hour
// (7 AM to 7 PM, with earlier and later posts above and below), each post
// in its hour.
func (c *calendarScreen) showWeek(start time.Time) {
	end := c.addDays(start, 7)
	c.title.SetText(start.Format("Jan 2") + " – " + end.AddDate(0, 0, -1).Format("Jan 2, 2006"))
	rows := lastHour - firstHour + 3
	c.setBody(viewWeek+dayKey(start), func() fyne.CanvasObject {
		c.grid = container.New(&hourGridLayout{cols: 8})
		return container.NewVScroll(c.grid)
	})
	today := dayKey(c.env.now().In(c.loc))
	bySlot := map[string][]schedule.Publication{}
	c.cells = map[string]*dayCell{}
	days := make([]time.Time, 7)
	for i := range days {
		days[i] = c.addDays(start, i)
		c.cells[dayKey(days[i])] = &dayCell{date: days[i]}
	}
	for _, p := range c.pubs {
		local := p.DueAt.In(c.loc)
		k := dayKey(local)
		cell := c.cells[k]
		if cell == nil {
			continue
		}
		cell.lines = append(cell.lines, c.cellLine(p)+" ("+p.StateLabel()+")")
		slot := fmt.Sprintf("%s/%d", k, hourRow(local))
		bySlot[slot] = append(bySlot[slot], p)
	}
	objs := []fyne.CanvasObject{c.cached("corner", "", func() fyne.CanvasObject { return widget.NewLabel("") })}
	for _, day := range days {
		k := dayKey(day)
		selected, isToday := k == dayKey(c.selected), k == today
		cell := c.cells[k]
		d := day
		head := "head/" + k
		sig := fmt.Sprint(selected, isToday)
		if old, ok := c.slots[head]; ok && old.sig == sig {
			objs = append(objs, old.obj)
			cell.btn = old.cell.btn
			continue
		}
		col := theme.ColorNameForeground
		if isToday {
			col = theme.ColorNamePrimary
		}
		l := newCalLine(d.Format("Mon 2"), col)
		l.bold = true
		l.center = true
		cell.btn = widget.NewButton("", func() { c.selectDay(d) })
		cell.btn.Importance = widget.LowImportance
		obj := container.NewStack(cellBackground(selected), cell.btn, container.NewPadded(l))
		c.slots[head] = cellDrawn{drawn: drawn{sig: sig, obj: obj}, cell: &dayCell{date: d, btn: cell.btn}}
		objs = append(objs, obj)
	}
	for row := 0; row < rows; row++ {
		r := row
		objs = append(objs, c.cached(fmt.Sprintf("hour/%d", row), "", func() fyne.CanvasObject {
			l := newCalLine(hourRowLabel(r), theme.ColorNamePlaceHolder)
			l.fit = true
			return container.NewPadded(l)
		}))
		for _, day := range days {
			k := dayKey(day)
			slot := fmt.Sprintf("%s/%d", k, row)
			pubs := bySlot[slot]
			var texts []string
			for _, p := range pubs {
				texts = append(texts, string(p.State)+" "+c.slotLine(p))
			}
			selected := k == dayKey(c.selected)
			d := day
			objs = append(objs, c.cached(slot, fmt.Sprintf("%t|%q", selected, texts), func() fyne.CanvasObject {
				box := container.NewVBox()
				for i, p := range pubs {
					if i == maxPerSlot && len(pubs) > maxPerSlot+1 {
						box.Add(newCalLine(fmt.Sprintf("+%d more", len(pubs)-maxPerSlot), theme.ColorNamePlaceHolder))
						break
					}
					box.Add(newCalLine(c.slotLine(p), stateColor(p.State)))
				}
				// A tap area, not a button: a button's height would make
				// every hour a button tall.
				return container.NewStack(cellBackground(selected), newTapArea(func() { c.selectDay(d) }), container.NewPadded(box))
			}))
		}
	}
	c.place(objs)
}

// slotLine is a post in the week's hour grid: "9:15 Flu clinic".
func (c *calendarScreen) slotLine(p schedule.Publication) string {
	return p.DueAt.In(c.loc).Format("3:04") + " " + c.pubTitle(p)
}

// cached is the object drawn for key when its signature is unchanged,
// else a new one from build.
func (c *calendarScreen) cached(key, sig string, build func() fyne.CanvasObject) fyne.CanvasObject {
	if old, ok := c.slots[key]; ok && old.sig == sig && old.obj != nil {
		return old.obj
	}
	d := cellDrawn{drawn: drawn{sig: sig, obj: build()}}
	if old, ok := c.slots[key]; ok {
		d.cell = old.cell
	}
	c.slots[key] = d
	return d.obj
}

// loadList reads the list view's posts: from 30 days ago on, in the chosen
// state.
func (c *calendarScreen) loadList(today time.Time) []schedule.Publication {
	f := schedule.Filter{From: c.addDays(today, -30)}
	if i := c.stateFilter.SelectedIndex(); i > 0 {
		f.States = []schedule.State{schedule.AllStates[i-1]}
	}
	ctx, cancel := opContext()
	defer cancel()
	pubs, err := c.env.store.List(ctx, f)
	if err != nil {
		showError("Could not read the schedule", err, c.env.win)
	}
	return pubs
}

func (c *calendarScreen) showList(pubs []schedule.Publication, today time.Time) {
	c.title.SetText("Upcoming and recent")
	now := c.env.now()
	var want schedule.State
	if i := c.stateFilter.SelectedIndex(); i > 0 {
		want = schedule.AllStates[i-1]
	}
	var upcoming, recent []schedule.Publication
	for _, p := range pubs {
		if p.State == schedule.StateCancelled && want != schedule.StateCancelled {
			continue
		}
		if p.DueAt.Before(now) {
			recent = append([]schedule.Publication{p}, recent...) // newest first
		} else {
			upcoming = append(upcoming, p)
		}
	}
	c.listed = append(append([]schedule.Publication{}, upcoming...), recent...)
	c.setBody(viewList, func() fyne.CanvasObject {
		c.listBody = container.NewVBox()
		filter := container.NewBorder(nil, nil, widget.NewLabel("Show"), nil, c.stateFilter)
		return container.NewBorder(filter, nil, nil, nil, container.NewVScroll(c.listBody))
	})
	var sig strings.Builder
	for _, p := range c.listed {
		_, acct := pubAccountWords(c.accts, p)
		fmt.Fprintf(&sig, "%d|%s|%s|%s|%s\n", p.ID, p.DueAt, p.State, acct, c.pubTitle(p))
	}
	fmt.Fprint(&sig, dayKey(today))
	if c.parts["list"] == sig.String() {
		return
	}
	c.parts["list"] = sig.String()
	c.listBody.RemoveAll()
	section := func(name string, ps []schedule.Publication, empty string) {
		c.listBody.Add(widget.NewLabelWithStyle(name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		if len(ps) == 0 {
			c.listBody.Add(widget.NewLabel(empty))
		}
		for _, p := range ps {
			_, acct := pubAccountWords(c.accts, p)
			l := widget.NewLabel(p.DueAt.In(c.loc).Format("Mon Jan 2, 3:04 PM") + " · " + acct + " · " + c.pubTitle(p))
			l.Truncation = fyne.TextTruncateEllipsis
			st := widget.NewLabelWithStyle(p.StateLabel(), fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
			st.Importance = stateImportance(p.State)
			due := p.DueAt
			show := widget.NewButton("Show day", func() { c.selectDay(due) })
			c.listBody.Add(container.NewBorder(nil, nil, nil, container.NewHBox(st, show), l))
		}
	}
	section("Upcoming", upcoming, "Nothing scheduled.")
	section("Recent (last 30 days)", recent, "Nothing in the last 30 days.")
	c.listBody.Refresh()
}
