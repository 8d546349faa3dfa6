package ui

// Small widgets and a layout the calendar draws with: a one-line label
// that ellipsizes, a tap area, and the week's hour grid.

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// calLine is one compact line of a month cell: caption-size text in a
// theme colour, cut with "…" to the cell's width.
type calLine struct {
	widget.BaseWidget
	full   string
	color  fyne.ThemeColorName
	bold   bool
	center bool
	// fit: as wide as its text (a label that must not be cut), rather
	// than cut to whatever width it is given.
	fit bool
}

func newCalLine(text string, c fyne.ThemeColorName) *calLine {
	l := &calLine{full: text, color: c}
	l.ExtendBaseWidget(l)
	return l
}

func (l *calLine) CreateRenderer() fyne.WidgetRenderer {
	t := canvas.NewText(l.full, theme.Color(l.color))
	r := &calLineRenderer{l: l, t: t}
	r.Refresh()
	return r
}

type calLineRenderer struct {
	l    *calLine
	t    *canvas.Text
	size fyne.Size
}

func (r *calLineRenderer) style() fyne.TextStyle { return fyne.TextStyle{Bold: r.l.bold} }

func (r *calLineRenderer) Layout(size fyne.Size) {
	r.size = size
	r.t.Text = ellipsize(r.l.full, size.Width, r.t.TextSize, r.style())
	r.t.Resize(size)
}

func (r *calLineRenderer) MinSize() fyne.Size {
	h := fyne.MeasureText("Ag", r.t.TextSize, r.style()).Height
	if r.l.fit {
		return fyne.NewSize(fyne.MeasureText(r.l.full, r.t.TextSize, r.style()).Width, h)
	}
	return fyne.NewSize(10, h)
}

func (r *calLineRenderer) Refresh() {
	r.t.Color = theme.Color(r.l.color)
	r.t.TextSize = theme.CaptionTextSize()
	r.t.TextStyle = r.style()
	if r.l.center {
		r.t.Alignment = fyne.TextAlignCenter
	}
	if !r.size.IsZero() {
		r.Layout(r.size)
	}
	r.t.Refresh()
}

func (r *calLineRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.t} }

func (r *calLineRenderer) Destroy() {}

// ellipsize cuts s to fit width, ending in "…".
func ellipsize(s string, width, size float32, style fyne.TextStyle) string {
	if width <= 0 || fyne.MeasureText(s, size, style).Width <= width {
		return s
	}
	runes := []rune(s)
	lo, hi := 0, len(runes)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if fyne.MeasureText(string(runes[:mid])+"…", size, style).Width <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return strings.TrimRight(string(runes[:lo]), " ·") + "…"
}

// tapArea is an invisible area that runs tapped when tapped.
type tapArea struct {
	widget.BaseWidget
	tapped func()
}

func newTapArea(tapped func()) *tapArea {
	a := &tapArea{tapped: tapped}
	a.ExtendBaseWidget(a)
	return a
}

func (a *tapArea) Tapped(*fyne.PointEvent) {
	if a.tapped != nil {
		a.tapped()
	}
}

func (a *tapArea) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}

// hourGridLayout lays objects out in rows of cols: the first column as
// wide as its widest object, the others sharing the rest equally; each row
// as tall as its tallest object, so an hour with three posts does not make
// every hour that tall.
type hourGridLayout struct{ cols int }

func (g *hourGridLayout) sizes(objects []fyne.CanvasObject) (first, other float32, rows []float32) {
	for i, o := range objects {
		min := o.MinSize()
		if i%g.cols == 0 {
			first = max(first, min.Width)
			rows = append(rows, 0)
		} else {
			other = max(other, min.Width)
		}
		rows[len(rows)-1] = max(rows[len(rows)-1], min.Height)
	}
	return first, other, rows
}

func (g *hourGridLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	first, other, rows := g.sizes(objects)
	h := float32(0)
	for _, r := range rows {
		h += r
	}
	return fyne.NewSize(first+other*float32(g.cols-1), h)
}

func (g *hourGridLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	first, _, rows := g.sizes(objects)
	other := (size.Width - first) / float32(g.cols-1)
	y := float32(0)
	for i, o := range objects {
		row, col := i/g.cols, i%g.cols
		x, w := float32(0), first
		if col > 0 {
			x, w = first+other*float32(col-1), other
		}
		o.Move(fyne.NewPos(x, y))
		o.Resize(fyne.NewSize(w, rows[row]))
		if col == g.cols-1 {
			y += rows[row]
		}
	}
}
