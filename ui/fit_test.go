package ui

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The window sizes front-desk laptops give CarePost: a 1024×640 screen,
// and a 1366×768 one at 125 % scaling (1093×614 in Fyne's units).
var (
	laptop1024      = fyne.NewSize(1024, 640)
	laptop1366at125 = fyne.NewSize(1093, 614)
	laptopSizes     = []fyne.Size{laptop1024, laptop1366at125}
)

// fitTolerance absorbs float rounding in layouts.
const fitTolerance = 0.5

// assertFits lays out the window's current content (and any dialog or
// pop-up open over it) at each size (none given: laptopSizes) and fails
// the test when it would not fit:
//   - the content's MinSize, with the window's padding, is wider or taller
//     than the window: the real window would grow past the screen;
//   - a visible object reaches past the window's right edge, or past its
//     bottom edge outside a scroll container (inside one, content may run
//     on in the direction it scrolls: that part is scrolled to, not cut
//     off);
//   - a visible widget was given less room than its MinSize (cut off),
//     other than in the direction a scroll container around it scrolls.
//
// It reports each problem with the object's place in the tree, so the
// message says which widget is too wide. The window is left at the size
// it had.
func assertFits(t testing.TB, w fyne.Window, sizes ...fyne.Size) {
	t.Helper()
	if len(sizes) == 0 {
		sizes = laptopSizes
	}
	before := w.Canvas().Size()
	defer w.Resize(before)
	for _, size := range sizes {
		for _, p := range fitProblems(w, size) {
			t.Errorf("at %.0f×%.0f: %s", size.Width, size.Height, p)
		}
	}
}

// fitProblems resizes w to size and lists what does not fit (see
// assertFits); at most 12, the rest counted.
func fitProblems(w fyne.Window, size fyne.Size) []string {
	w.Resize(size)
	c := w.Canvas()
	content := c.Content()
	if content == nil {
		return nil
	}
	f := &fitWalk{size: size}
	pad := float32(0)
	if w.Padded() {
		pad = theme.Padding()
	}
	need := content.MinSize().Add(fyne.NewSquareSize(2 * pad))
	if need.Width > size.Width+fitTolerance {
		f.add(fmt.Sprintf("the content needs %.0f wide, more than the window's %.0f (the widest way down: %s)",
			need.Width, size.Width, widestPath(content, func(s fyne.Size) float32 { return s.Width })))
	}
	if need.Height > size.Height+fitTolerance {
		f.add(fmt.Sprintf("the content needs %.0f high, more than the window's %.0f (the tallest way down: %s)",
			need.Height, size.Height, widestPath(content, func(s fyne.Size) float32 { return s.Height })))
	}
	f.walk(content, fyne.NewPos(0, 0), "content", false, false, false)
	for i, o := range c.Overlays().List() {
		f.walk(o, fyne.NewPos(0, 0), fmt.Sprintf("overlay %d", i), false, false, false)
	}
	if f.dropped > 0 {
		f.problems = append(f.problems, fmt.Sprintf("and %d more", f.dropped))
	}
	return f.problems
}

// fitWalk gathers the problems found walking a window's objects.
type fitWalk struct {
	size     fyne.Size
	problems []string
	repeats  []int          // how many more times each problem was seen
	seen     map[string]int // problem → its index
	dropped  int
}

// add records a problem; the same one again (sibling objects at the same
// place in the tree) is counted rather than repeated.
func (f *fitWalk) add(p string) {
	if f.seen == nil {
		f.seen = map[string]int{}
	}
	if i, ok := f.seen[p]; ok {
		f.repeats[i]++
		f.problems[i] = fmt.Sprintf("%s (%d objects)", p, f.repeats[i]+1)
		return
	}
	if len(f.problems) >= 12 {
		f.dropped++
		return
	}
	f.seen[p] = len(f.problems)
	f.problems = append(f.problems, p)
	f.repeats = append(f.repeats, 0)
}

// walk checks o, at origin (its parent's absolute position), and what it
// holds. scrollsX and scrollsY say that a scroll container around o
// scrolls that way, so o may run past the window in that direction.
// Once an object is reported, what it holds is not (it would say the same
// again).
//
// inWidget says o is drawn by a widget's renderer: a widget's insides are
// its own business (an entry's scroller is a pixel short of its MinSize by
// design), so only the edges are checked there.
func (f *fitWalk) walk(o fyne.CanvasObject, origin fyne.Position, path string, scrollsX, scrollsY, inWidget bool) {
	if o == nil || !o.Visible() {
		return
	}
	pos := origin.Add(o.Position())
	size := o.Size()
	if size.Width <= 0 && size.Height <= 0 {
		return // never laid out: not on screen
	}
	here := path + " > " + describeObject(o)
	reported := false
	// A container inside a widget's renderer draws nothing itself, and
	// some of Fyne's own are laid out wider than what they hold (a form's
	// hint line is moved in by a padding yet keeps the column's width):
	// there the edges of what it holds are checked instead.
	_, isContainer := o.(*fyne.Container)
	edges := !(inWidget && isContainer)
	if edges && !scrollsX && (pos.X+size.Width > f.size.Width+fitTolerance || pos.X < -fitTolerance) {
		f.add(fmt.Sprintf("%s spans x %.0f–%.0f, past the window's edge at %.0f", here, pos.X, pos.X+size.Width, f.size.Width))
		reported = true
	}
	if edges && !reported && !scrollsY && (pos.Y+size.Height > f.size.Height+fitTolerance || pos.Y < -fitTolerance) {
		f.add(fmt.Sprintf("%s spans y %.0f–%.0f, past the window's bottom at %.0f and not in a scroll container", here, pos.Y, pos.Y+size.Height, f.size.Height))
		reported = true
	}
	if wid, ok := o.(fyne.Widget); ok && !reported && !inWidget {
		min := wid.MinSize()
		if (!scrollsX && size.Width+fitTolerance < min.Width) || (!scrollsY && size.Height+fitTolerance < min.Height) {
			f.add(fmt.Sprintf("%s is cut off: it has %.0f×%.0f and needs %.0f×%.0f", here, size.Width, size.Height, min.Width, min.Height))
			reported = true
		}
	}
	if reported {
		return
	}
	for _, child := range childrenOf(o) {
		x, y, w := scrollsX, scrollsY, inWidget
		switch v := o.(type) {
		case *container.Scroll:
			x = x || v.Direction == container.ScrollBoth || v.Direction == container.ScrollHorizontalOnly
			y = y || v.Direction == container.ScrollBoth || v.Direction == container.ScrollVerticalOnly
		case *fyne.Container:
		case fyne.Widget:
			w = true
		}
		f.walk(child, pos, here, x, y, w)
	}
}

// childrenOf is what o draws inside it: a container's objects, a scroll's
// content, a widget's renderer's objects.
func childrenOf(o fyne.CanvasObject) []fyne.CanvasObject {
	switch v := o.(type) {
	case *fyne.Container:
		return v.Objects
	case *container.Scroll:
		return []fyne.CanvasObject{v.Content}
	case fyne.Widget:
		if r := test.WidgetRenderer(v); r != nil {
			return r.Objects()
		}
	}
	return nil
}

// widestPath follows, from o down, the child whose MinSize is largest by
// measure, naming each: where the room goes.
func widestPath(o fyne.CanvasObject, measure func(fyne.Size) float32) string {
	var parts []string
	for depth := 0; o != nil && depth < 40; depth++ {
		parts = append(parts, fmt.Sprintf("%s (%.0f)", describeObject(o), measure(o.MinSize())))
		var next fyne.CanvasObject
		best := float32(-1)
		for _, c := range childrenOf(o) {
			if !c.Visible() {
				continue
			}
			if m := measure(c.MinSize()); m > best {
				best, next = m, c
			}
		}
		o = next
	}
	return strings.Join(parts, " > ")
}

// describeObject names o's type and, for widgets with words, its words.
func describeObject(o fyne.CanvasObject) string {
	name := reflect.TypeOf(o).String()
	text := ""
	switch v := o.(type) {
	case *widget.Label:
		text = v.Text
	case *widget.Button:
		text = v.Text
	case *widget.Check:
		text = v.Text
	case *widget.Hyperlink:
		text = v.Text
	case *widget.Select:
		text = v.Selected
	case *widget.Entry:
		text = v.Text
	case *widget.RadioGroup:
		text = strings.Join(v.Options, "/")
	case *calLine:
		text = v.full
	}
	if text == "" {
		return name
	}
	if r := []rune(text); len(r) > 40 {
		text = string(r[:40]) + "…"
	}
	return fmt.Sprintf("%s %q", name, text)
}

// The helper itself: content that is too wide, a widget past the edge and
// one squeezed below its MinSize are each reported; content that fits,
// with a long list in a scroll container, is not.
func TestAssertFitsFindsOverflow(t *testing.T) {
	test.NewTempApp(t)
	long := widget.NewLabel(strings.Repeat("A very long line that does not wrap ", 40))
	w := test.NewWindow(container.NewVBox(long))
	defer w.Close()
	if p := fitProblems(w, laptop1024); len(p) == 0 || !strings.Contains(p[0], "needs") || !strings.Contains(p[0], "very long line") {
		t.Fatalf("a too-wide label: %q", p)
	}

	rows := container.NewVBox()
	for i := 0; i < 200; i++ {
		rows.Add(widget.NewLabel(fmt.Sprintf("Row %d", i)))
	}
	w.SetContent(container.NewBorder(widget.NewButton("Top", nil), nil, nil, nil, container.NewVScroll(rows)))
	if p := fitProblems(w, laptop1024); len(p) != 0 {
		t.Fatalf("a long list in a scroll container was reported: %q", p)
	}

	b := widget.NewButton("Off the edge", nil)
	w.SetContent(container.NewWithoutLayout(b))
	w.Resize(laptop1024)
	b.Resize(b.MinSize())
	b.Move(fyne.NewPos(laptop1024.Width-20, 10))
	f := &fitWalk{size: laptop1024}
	f.walk(w.Content(), fyne.NewPos(0, 0), "content", false, false, false)
	if len(f.problems) != 1 || !strings.Contains(f.problems[0], `"Off the edge"`) || !strings.Contains(f.problems[0], "right") && !strings.Contains(f.problems[0], "edge") {
		t.Fatalf("a button past the right edge: %q", f.problems)
	}

	b.Move(fyne.NewPos(10, 10))
	b.Resize(fyne.NewSize(20, b.MinSize().Height))
	f = &fitWalk{size: laptop1024}
	f.walk(w.Content(), fyne.NewPos(0, 0), "content", false, false, false)
	if len(f.problems) != 1 || !strings.Contains(f.problems[0], "cut off") {
		t.Fatalf("a squeezed button: %q", f.problems)
	}
}
