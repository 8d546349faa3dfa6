package ui

import (
	"sync/atomic"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/carepost/carepost/drafts"
)

// TestEditorTypingWhileAutosaving types quickly into the editor, ticks
// networks and adds and drops a separate version while autosaves run on
// their own goroutine. Under -race it fails if the editor hands the
// autosaver anything it later changes (the networks slice, the versions
// map, the pictures).
func TestEditorTypingWhileAutosaving(t *testing.T) {
	svc, acc := newFlowService(t, true)
	m := newFlowWindow(t, svc, acc)
	m.NewDraft()
	e := m.drafts.editor
	e.networks[drafts.Facebook].SetChecked(true)
	e.networks[drafts.X].SetChecked(true)
	e.flush()

	// Save almost at once, many times over. The screen's own callback
	// hands its work to fyne.Do, which the test driver runs on the calling
	// goroutine, so here the callback only counts.
	var saves atomic.Int32
	e.saver = drafts.NewAutosaver(e.persist, func(_ drafts.Draft, err error) {
		if err == nil {
			saves.Add(1)
		}
	})
	e.saver.Quiet, e.saver.MaxWait = time.Millisecond, 2*time.Millisecond

	deadline := time.Now().Add(3 * time.Second)
	for i := 0; saves.Load() < 20 || i < 60; i++ {
		if time.Now().After(deadline) {
			break
		}
		test.Type(e.body, "a")
		switch i % 6 {
		case 1:
			e.networks[drafts.Mastodon].SetChecked(!e.networks[drafts.Mastodon].Checked)
		case 2:
			e.addVariant(drafts.X)
		case 3:
			if v, ok := e.variantEdits[drafts.X]; ok {
				test.Type(v, "b")
			}
		case 5:
			if _, ok := e.variantEdits[drafts.X]; ok {
				delete(e.d.Variants, drafts.X)
				e.rebuildVariants()
				e.changed()
			}
		}
		time.Sleep(time.Millisecond)
	}
	if err := e.saver.Flush(); err != nil {
		t.Fatal(err)
	}
	if saves.Load() == 0 {
		t.Fatal("no autosave ran while typing")
	}
	stored, err := svc.Draft(t.Context(), e.d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if stored.Body != e.body.Text {
		t.Fatalf("stored %q, editor shows %q", stored.Body, e.body.Text)
	}
	t.Logf("%d autosaves while typing", saves.Load())
}

// TestSnapshotSharesNothing: the copy the editor hands out keeps its
// networks, versions, template values and pictures when the editor's own
// draft changes in place.
func TestSnapshotSharesNothing(t *testing.T) {
	d := drafts.Draft{
		Networks:       []drafts.Network{drafts.Facebook, drafts.X},
		Variants:       map[drafts.Network]string{drafts.X: "Short version"},
		TemplateValues: map[string]string{"event.name": "Flu clinic"},
		Images:         []drafts.Image{{MediaID: 1, AltText: "The clinic's lobby"}},
	}
	c := snapshot(d)
	d.Networks[0] = drafts.Mastodon
	d.Variants[drafts.X] = "changed"
	d.TemplateValues["event.name"] = "changed"
	d.Images[0].AltText = "changed"
	if c.Networks[0] != drafts.Facebook || c.Variants[drafts.X] != "Short version" ||
		c.TemplateValues["event.name"] != "Flu clinic" || c.Images[0].AltText != "The clinic's lobby" {
		t.Fatalf("the copy changed with the original: %+v", c)
	}
}
