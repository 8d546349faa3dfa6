package ui

// The dashboard's charts, drawn as Fyne canvas objects: engagement over
// the months, engagement per post by network, and the weekday × hour
// grid. Each is a widget whose renderer draws its data at the size it is
// given.

import (
	"fmt"
	"image/color"
	"math"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/carepost/carepost/network"
	"github.com/carepost/carepost/stats"
)

// dashChart is a widget that draws itself with draw at whatever size it
// is laid out.
type dashChart struct {
	widget.BaseWidget
	min  fyne.Size
	draw func(size fyne.Size) []fyne.CanvasObject
}

func newDashChart(min fyne.Size, draw func(fyne.Size) []fyne.CanvasObject) *dashChart {
	c := &dashChart{min: min, draw: draw}
	c.ExtendBaseWidget(c)
	return c
}

func (c *dashChart) CreateRenderer() fyne.WidgetRenderer { return &dashChartRenderer{c: c} }

type dashChartRenderer struct {
	c    *dashChart
	size fyne.Size
	objs []fyne.CanvasObject
}

func (r *dashChartRenderer) Layout(size fyne.Size) {
	r.size = size
	r.objs = r.c.draw(size)
}
func (r *dashChartRenderer) MinSize() fyne.Size { return r.c.min }
func (r *dashChartRenderer) Refresh() {
	r.objs = r.c.draw(r.size)
	canvas.Refresh(r.c)
}
func (r *dashChartRenderer) Objects() []fyne.CanvasObject { return r.objs }
func (r *dashChartRenderer) Destroy()                     {}

func networkColor(n network.Network) color.Color {
	c := stats.NetworkColor(n)
	return color.NRGBA{R: c[0], G: c[1], B: c[2], A: 255}
}

func chartText(s string, at fyne.Position, width float32, align fyne.TextAlign) *canvas.Text {
	t := canvas.NewText(s, theme.Color(theme.ColorNameForeground))
	t.TextSize = theme.CaptionTextSize()
	t.Alignment = align
	t.Move(at)
	t.Resize(fyne.NewSize(width, t.MinSize().Height))
	return t
}

func rect(c color.Color, at fyne.Position, size fyne.Size) *canvas.Rectangle {
	r := canvas.NewRectangle(c)
	r.Move(at)
	r.Resize(size)
	return r
}

// trendChart draws stacked bars of each month's engagement by network.
func trendChart(m func() *stats.Month) *dashChart {
	return newDashChart(fyne.NewSize(240, 140), func(size fyne.Size) []fyne.CanvasObject {
		month := m()
		if month == nil || size.Width <= 0 {
			return nil
		}
		var objs []fyne.CanvasObject
		axisW, labelH := float32(34), float32(16)
		plotH := size.Height - labelH
		var top int64 = 1
		for _, p := range month.Trend {
			top = max(top, p.Engagement)
		}
		scale := niceAxis(top)
		grid := theme.Color(theme.ColorNameSeparator)
		for i := 0; i <= 2; i++ {
			y := plotH - plotH*float32(i)/2
			objs = append(objs, rect(grid, fyne.NewPos(axisW, y), fyne.NewSize(size.Width-axisW, 1)),
				chartText(fmt.Sprint(scale*int64(i)/2), fyne.NewPos(0, y-8), axisW-4, fyne.TextAlignTrailing))
		}
		slot := (size.Width - axisW) / float32(len(month.Trend))
		for i, p := range month.Trend {
			x := axisW + float32(i)*slot
			y := plotH
			for _, n := range network.All {
				v := p.ByNetwork[n]
				if v <= 0 {
					continue
				}
				h := plotH * float32(v) / float32(scale)
				objs = append(objs, rect(networkColor(n), fyne.NewPos(x+slot*0.15, y-h), fyne.NewSize(slot*0.7, h)))
				y -= h
			}
			objs = append(objs, chartText(p.Month.Month.String()[:1], fyne.NewPos(x, plotH+1), slot, fyne.TextAlignCenter))
		}
		return objs
	})
}

// networkChart draws each network's engagement per post this month, and
// the month before as a thin grey bar beneath.
func networkChart(m func() *stats.Month) *dashChart {
	return newDashChart(fyne.NewSize(240, 96), func(size fyne.Size) []fyne.CanvasObject {
		month := m()
		if month == nil || size.Width <= 0 {
			return nil
		}
		var objs []fyne.CanvasObject
		if len(month.Networks) == 0 {
			return []fyne.CanvasObject{chartText("No posts this month.", fyne.NewPos(0, 0), size.Width, fyne.TextAlignLeading)}
		}
		top := 1.0
		for _, n := range month.Networks {
			top = math.Max(top, math.Max(n.This.PerPost, n.Prev.PerPost))
		}
		labelW, valueW := float32(96), float32(40)
		barW := size.Width - labelW - valueW
		rowH := min(size.Height/float32(len(month.Networks)), 30)
		grey := theme.Color(theme.ColorNameDisabled)
		for i, n := range month.Networks {
			y := float32(i) * rowH
			this := barW * float32(n.This.PerPost/top)
			objs = append(objs,
				chartText(n.Label, fyne.NewPos(0, y), labelW-4, fyne.TextAlignLeading),
				rect(networkColor(n.Network), fyne.NewPos(labelW, y+2), fyne.NewSize(this, rowH*0.45)),
				rect(grey, fyne.NewPos(labelW, y+2+rowH*0.5), fyne.NewSize(barW*float32(n.Prev.PerPost/top), rowH*0.15)),
				chartText(fmt.Sprintf("%.1f", n.This.PerPost), fyne.NewPos(labelW+this+4, y), valueW, fyne.TextAlignLeading))
		}
		return objs
	})
}

// hourGrid shades each weekday × hour by engagement per post and outlines
// the best one.
func hourGrid(m func() *stats.Month) *dashChart {
	days := []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday, time.Sunday}
	return newDashChart(fyne.NewSize(400, 120), func(size fyne.Size) []fyne.CanvasObject {
		month := m()
		if month == nil || size.Width <= 0 {
			return nil
		}
		b := month.Best
		top := 0.0
		for _, row := range b.Cells {
			for _, c := range row {
				top = math.Max(top, c.PerPost)
			}
		}
		var objs []fyne.CanvasObject
		labelW, labelH := float32(34), float32(16)
		cw := (size.Width - labelW) / 24
		ch := (size.Height - labelH) / 7
		empty := theme.Color(theme.ColorNameInputBackground)
		for r, wd := range days {
			y := float32(r) * ch
			objs = append(objs, chartText(wd.String()[:3], fyne.NewPos(0, y), labelW, fyne.TextAlignLeading))
			for h := 0; h < 24; h++ {
				c := b.Cells[wd][h]
				fill := empty
				if c.Posts > 0 && top > 0 {
					k := c.PerPost / top
					fill = color.NRGBA{R: uint8(230 - 190*k), G: uint8(240 - 120*k), B: uint8(250 - 60*k), A: 255}
				}
				cell := rect(fill, fyne.NewPos(labelW+float32(h)*cw+1, y+1), fyne.NewSize(cw-2, ch-2))
				if b.Enough && wd == b.Weekday && h == b.Hour {
					cell.StrokeColor = theme.Color(theme.ColorNameError)
					cell.StrokeWidth = 2
				}
				objs = append(objs, cell)
			}
		}
		for h := 0; h < 24; h += 3 {
			objs = append(objs, chartText(fmt.Sprintf("%02d", h), fyne.NewPos(labelW+float32(h)*cw, size.Height-labelH), cw*3, fyne.TextAlignLeading))
		}
		return objs
	})
}

// niceAxis is a round number at or above n.
func niceAxis(n int64) int64 {
	p := int64(1)
	for p*10 < n {
		p *= 10
	}
	for _, f := range []int64{1, 2, 4, 5, 8, 10} {
		if f*p >= n {
			return f * p
		}
	}
	return 10 * p
}
