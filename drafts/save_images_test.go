package drafts

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"testing"
)

func tinyPNG(t *testing.T) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := png.Encode(&b, image.NewRGBA(image.Rect(0, 0, 4, 3))); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestSaveDraftSavesPictureDetails: the autosaver saves a picture's alt
// text and "shows a person" with the text, so the editor never writes
// them itself on each keystroke.
func TestSaveDraftSavesPictureDetails(t *testing.T) {
	ctx := context.Background()
	svc, _ := newTestServiceWithProfile(t)
	d, err := svc.CreateDraft(ctx, Draft{Body: "Our new waiting room is open.", Networks: []Network{Mastodon}})
	if err != nil {
		t.Fatal(err)
	}
	img, err := svc.AttachImageData(ctx, d.ID, "room.png", tinyPNG(t))
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.UpdateImage(ctx, d.ID, img.MediaID, "A bright waiting room with blue chairs", false); err != nil {
		t.Fatal(err)
	}
	if err := svc.MarkReady(ctx, d.ID); err != nil {
		t.Fatal(err)
	}
	d, err = svc.Draft(ctx, d.ID)
	if err != nil {
		t.Fatal(err)
	}

	t.Run("unchanged details keep the draft ready", func(t *testing.T) {
		if err := svc.SaveDraft(ctx, d); err != nil {
			t.Fatal(err)
		}
		if got, _ := svc.Draft(ctx, d.ID); got.Status != StatusReady {
			t.Fatalf("status %s", got.Status)
		}
	})
	t.Run("changed details are saved and take the draft out of ready", func(t *testing.T) {
		d.Images[0].AltText = "  A waiting room with blue chairs and a play corner  "
		d.Images[0].ShowsPerson = true
		if err := svc.SaveDraft(ctx, d); err != nil {
			t.Fatal(err)
		}
		got, err := svc.Draft(ctx, d.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Images[0].AltText != "A waiting room with blue chairs and a play corner" || !got.Images[0].ShowsPerson {
			t.Fatalf("picture %+v", got.Images[0])
		}
		if got.Status != StatusDraft {
			t.Fatalf("status %s, want draft", got.Status)
		}
	})
}
