package ui

// The draft editor's live check: counters, privacy findings, keeping a
// finding with a reason, and what the networks cannot take. The check runs
// off the UI goroutine (recheck) and is shown on it (showReview).

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	xapi "github.com/carepost/carepost/accounts/x"
	"github.com/carepost/carepost/drafts"
)

// ReviewDelay is how long after the last edit the privacy check and the
// counters run: long enough not to run on every key of a word, short
// enough to feel live.
const ReviewDelay = 150 * time.Millisecond

// recheck asks for counters, findings and blockers for what is on screen.
// The check (the privacy check over every text, and the database reads
// for overrides and the consent) runs on its own goroutine after
// reviewDelay; its result comes back through e.do, unless a newer edit
// asked for another meanwhile.
func (e *draftEditor) recheck() {
	e.reviewGen++
	gen, d := e.reviewGen, snapshot(e.d)
	if e.reviewTimer != nil {
		e.reviewTimer.Stop() // a review already running is dropped by its generation
	}
	svc, do := e.svc, e.do
	e.reviewTimer = time.AfterFunc(e.reviewDelay, func() {
		ctx, cancel := opContext()
		defer cancel()
		r, err := svc.Review(ctx, d)
		do(func() { e.showReview(gen, r, err) })
	})
}

// showReview puts a finished review on screen, on the UI goroutine.
func (e *draftEditor) showReview(gen uint64, r drafts.Review, err error) {
	if gen != e.reviewGen || !e.loaded {
		return // a newer edit's review follows, or the draft was closed
	}
	e.reviewShown = gen
	if err != nil {
		e.blockers.Importance = widget.DangerImportance
		e.blockers.SetText("Could not check the draft: " + err.Error() + " Edit it again to retry.")
		return
	}
	e.review = r
	e.showCounters()
	e.showFindings()
	e.showStatus()
}

// reviewPending reports whether a requested review is not on screen yet.
func (e *draftEditor) reviewPending() bool { return e.reviewShown != e.reviewGen }

// showCannotTake lists the ticked networks that cannot take the post.
func (e *draftEditor) showCannotTake() {
	var lines []string
	for _, n := range e.d.Networks {
		if why := drafts.CannotTake(n, e.d); why != "" {
			lines = append(lines, "• "+why)
		}
	}
	if len(lines) == 0 {
		e.cannotTake.Hide()
		return
	}
	e.cannotTake.SetText("Not every network can take this post:\n" + strings.Join(lines, "\n"))
	e.cannotTake.Show()
}

func (e *draftEditor) showCounters() {
	e.counters.RemoveAll()
	for _, c := range e.review.Counts {
		l := widget.NewLabel(counterText(c))
		cell := container.NewVBox(l)
		switch {
		case c.Over:
			l.Importance = widget.DangerImportance
			l.TextStyle.Bold = true
			n := c.Network
			if _, hasVariant := e.variantEdits[n]; !hasVariant {
				cell.Add(container.NewHBox(widget.NewButton("Separate "+n.Label()+" version", func() { e.addVariant(n) })))
			}
		case c.Limit > 0 && c.Count*10 >= c.Limit*9:
			l.Importance = widget.WarningImportance
		default:
			l.Importance = widget.MediumImportance
		}
		e.counters.Add(cell)
	}
	e.counters.Refresh()
	warning := ""
	for _, c := range e.review.Counts {
		if c.Network == drafts.X {
			warning = xapi.CostWarning(e.d.TextFor(drafts.X))
		}
	}
	e.costWarning.SetText(warning)
	if warning == "" {
		e.costWarning.Hide()
	} else {
		e.costWarning.Show()
	}
}

// counterText is "Bluesky 312 / 300 · 12 over": the count always beside
// its limit, and by how much it is over.
func counterText(c drafts.Count) string {
	text := fmt.Sprintf("%s %s / %s", c.Network.Label(), drafts.FormatCount(c.Count), drafts.FormatCount(c.Limit))
	if c.Limit > 0 && c.Count > c.Limit {
		text += fmt.Sprintf(" · %s over", drafts.FormatCount(c.Count-c.Limit))
	}
	if c.HashtagLimit > 0 && c.Hashtags > 0 {
		text += fmt.Sprintf(" · #%d/%d", c.Hashtags, c.HashtagLimit)
		if c.Hashtags > c.HashtagLimit {
			text += fmt.Sprintf(" (%d too many)", c.Hashtags-c.HashtagLimit)
		}
	}
	return text
}

// addVariant starts a network's own version from the main text.
func (e *draftEditor) addVariant(n drafts.Network) {
	if _, ok := e.variantEdits[n]; ok {
		return
	}
	if e.d.Variants == nil {
		e.d.Variants = map[drafts.Network]string{}
	}
	e.d.Variants[n] = e.d.Body
	e.rebuildVariants()
	e.changed()
	e.win.Canvas().Focus(e.variantEdits[n])
}

func (e *draftEditor) rebuildVariants() {
	e.variantsBox.RemoveAll()
	e.variantEdits = map[drafts.Network]*widget.Entry{}
	var ns []drafts.Network
	for n := range e.d.Variants {
		ns = append(ns, n)
	}
	sort.Slice(ns, func(i, j int) bool { return ns[i] < ns[j] })
	for _, n := range ns {
		n := n
		entry := widget.NewMultiLineEntry()
		entry.Wrapping = fyne.TextWrapWord
		entry.SetMinRowsVisible(4)
		entry.SetText(e.d.Variants[n])
		entry.OnChanged = func(string) { e.changed() }
		e.variantEdits[n] = entry
		remove := widget.NewButtonWithIcon("Use the main text", theme.ContentUndoIcon(), func() {
			delete(e.d.Variants, n)
			e.rebuildVariants()
			e.changed()
		})
		label := widget.NewLabelWithStyle(n.Label()+" version", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		e.variantsBox.Add(container.NewBorder(container.NewBorder(nil, nil, nil, remove, label), nil, nil, nil, entry))
	}
	e.variantsBox.Refresh()
}

func findingKindLabel(k drafts.FindingKind) string {
	switch k {
	case drafts.KindName:
		return "Name"
	case drafts.KindDate:
		return "Date"
	case drafts.KindBirthDate:
		return "Date of birth"
	case drafts.KindPhone:
		return "Phone number"
	case drafts.KindEmail:
		return "Email"
	case drafts.KindAddress:
		return "Address"
	case drafts.KindIdentifier:
		return "ID number"
	case drafts.KindCondition:
		return "Health detail"
	case drafts.KindRelationship:
		return "Care relationship"
	case drafts.KindHandle:
		return "Social handle"
	}
	return string(k)
}

func (e *draftEditor) showFindings() {
	e.findingsBox.RemoveAll()
	if len(e.review.Findings) == 0 {
		e.privacySummary.SetText("No possible patient information found.")
		e.preview.Segments = nil
		e.preview.Refresh()
		e.findingsBox.Refresh()
		return
	}
	open, never := e.review.Open(), 0
	for _, f := range e.review.Findings {
		if !f.Keepable() {
			never++
		}
	}
	switch {
	case never > 0 && never == open:
		e.privacySummary.SetText(fmt.Sprintf("%d patient detail(s) that can never be posted. Edit them out of the text.", never))
	case never > 0:
		e.privacySummary.SetText(fmt.Sprintf("%d possible patient detail(s), %d of which can never be posted. Edit them out of the text; only the others can be kept with a reason.", open, never))
	case open > 0:
		e.privacySummary.SetText(fmt.Sprintf("%d possible patient detail(s). Edit them out of the text, or keep one with a reason.", open))
	default:
		e.privacySummary.SetText("Every finding was kept with a reason.")
	}
	for _, f := range e.review.Findings {
		f := f
		where := ""
		if f.Variant != "" {
			where = " (" + f.Variant.Label() + " version)"
		}
		title := widget.NewLabelWithStyle(fmt.Sprintf("%s: “%s”%s", findingKindLabel(f.Kind), f.Text, where), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		reason := wrappingLabel(f.Reason)
		reason.SizeName = theme.SizeNameCaptionText
		var action fyne.CanvasObject
		if f.Overridden {
			title.Importance = widget.LowImportance
			reason.SetText("Kept: " + f.OverrideReason)
			action = widget.NewButton("Flag again", func() { e.unoverride(f.Finding) })
		} else if !f.Keepable() {
			// Never kept, whatever the reason: the reason says to remove
			// it, and there is no "Keep…".
			title.Importance = widget.DangerImportance
			action = widget.NewButton("Show", func() { e.showSpan(f) })
		} else {
			title.Importance = widget.DangerImportance
			action = container.NewHBox(
				widget.NewButton("Show", func() { e.showSpan(f) }),
				widget.NewButton("Keep…", func() { e.askOverride(f.Finding) }),
			)
		}
		e.findingsBox.Add(container.NewBorder(nil, nil, nil, container.NewVBox(action), container.NewVBox(title, reason)))
	}
	e.findingsBox.Refresh()
	e.preview.Segments = highlightSegments(e.d.Body, e.review.Findings)
	e.preview.Refresh()
}

// highlightSegments renders text with each open finding in the main text
// bold and in the error colour, so staff see the exact words.
func highlightSegments(text string, findings []drafts.ReviewedFinding) []widget.RichTextSegment {
	var segs []widget.RichTextSegment
	plain := func(s string) {
		if s != "" {
			segs = append(segs, &widget.TextSegment{Text: s, Style: widget.RichTextStyleInline})
		}
	}
	at := 0
	for _, f := range findings {
		if f.Variant != "" || f.Overridden || f.Start < at || f.End > len(text) {
			continue
		}
		start := f.Start
		// RichText breaks a segment with no space in it letter by letter
		// when it starts near the end of a line; carrying the preceding
		// space into the segment gives it a place to wrap.
		if start > at && text[start-1] == ' ' {
			start--
		}
		plain(text[at:start])
		style := widget.RichTextStyleStrong
		style.ColorName = theme.ColorNameError
		style.Inline = true
		segs = append(segs, &widget.TextSegment{Text: text[start:f.End], Style: style})
		at = f.End
	}
	if at == 0 {
		return nil // nothing open in the main text: no need to repeat it
	}
	plain(text[at:])
	return segs
}

// showSpan moves the cursor to a finding so the user can edit it.
func (e *draftEditor) showSpan(f drafts.ReviewedFinding) {
	target := e.body
	if f.Variant != "" {
		if v, ok := e.variantEdits[f.Variant]; ok {
			target = v
		}
	}
	before := target.Text[:min(f.Start, len(target.Text))]
	row := strings.Count(before, "\n")
	col := len([]rune(before[strings.LastIndex(before, "\n")+1:]))
	target.CursorRow, target.CursorColumn = row, col
	target.Refresh()
	e.win.Canvas().Focus(target)
}

// askOverride asks why a finding is safe to keep. "Keep it" stays off
// until the reason passes drafts.ValidateKeepReason, and the line under
// the box says what is still missing as the user types.
func (e *draftEditor) askOverride(f drafts.Finding) {
	if !f.Keepable() {
		return // showFindings offers no Keep… for these
	}
	reason := widget.NewMultiLineEntry()
	reason.SetPlaceHolder("e.g. " + drafts.KeepReasonExample)
	reason.Wrapping = fyne.TextWrapWord
	reason.Validator = drafts.ValidateKeepReason
	problem := wrappingLabel("")
	problem.Importance = widget.DangerImportance
	problem.SizeName = theme.SizeNameCaptionText
	reason.OnChanged = func(s string) {
		if err := drafts.ValidateKeepReason(s); err != nil && strings.TrimSpace(s) != "" {
			problem.SetText(tmplSentence(err.Error()))
		} else {
			problem.SetText("")
		}
	}
	why := widget.NewFormItem("Why it is safe", reason)
	why.HintText = drafts.KeepReasonRule
	items := []*widget.FormItem{
		widget.NewFormItem("Flagged", widget.NewLabel("“"+f.Text+"”")),
		why,
		widget.NewFormItem("", problem),
	}
	e.keepReason, e.keepProblem = reason, problem
	d := dialog.NewForm("Keep this text?", "Keep it", "Cancel", items, func(ok bool) {
		if ok {
			e.override(f, reason.Text)
		}
	}, e.win)
	d.Resize(fyne.NewSize(520, 320))
	d.Show()
	e.win.Canvas().Focus(reason)
}

func (e *draftEditor) override(f drafts.Finding, reason string) {
	id, svc := e.d.ID, e.svc
	e.inBackground(func(ctx context.Context) error { return svc.OverrideFinding(ctx, id, f, reason) }, func(err error) {
		if err != nil {
			showError("Not kept", err, e.win)
			return
		}
		e.recheck()
	})
}

func (e *draftEditor) unoverride(f drafts.Finding) {
	id, svc := e.d.ID, e.svc
	e.inBackground(func(ctx context.Context) error { return svc.RemoveOverride(ctx, id, f) }, func(err error) {
		if err != nil {
			showError("Could not change the finding", err, e.win)
			return
		}
		e.recheck()
	})
}
