package drafts

import (
	"bytes"
	"context"
	"errors"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/carepost/carepost/store"
)

// testClock is a settable clock for schedules and consent dates.
type testClock struct{ t time.Time }

func (c *testClock) now() time.Time { return c.t }

var clinicFixture = Profile{
	Name:             "Maple Grove Family Clinic",
	Phone:            "(555) 010-0100",
	Website:          "maplegrove.example",
	Address:          "100 Orchard Lane, Springfield",
	TimeZone:         "America/New_York",
	EmergencyWording: "If this is an emergency, call 911.",
	StaffNames:       []string{"Dr. Ana Ruiz", "Nurse Priya Shah"},
}

func newTestService(t testing.TB) (*Service, *testClock) {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	clock := &testClock{t: time.Date(2026, 11, 25, 15, 0, 0, 0, time.UTC)}
	return NewService(db, clock.now), clock
}

func newTestServiceWithProfile(t testing.TB) (*Service, *testClock) {
	s, c := newTestService(t)
	if err := s.SaveProfile(context.Background(), clinicFixture); err != nil {
		t.Fatal(err)
	}
	return s, c
}

func TestProfile(t *testing.T) {
	ctx := context.Background()
	t.Run("first run has none", func(t *testing.T) {
		s, _ := newTestService(t)
		if _, err := s.Profile(ctx); !errors.Is(err, ErrNoProfile) {
			t.Fatalf("err = %v, want ErrNoProfile", err)
		}
	})
	t.Run("saved profile reads back trimmed", func(t *testing.T) {
		s, _ := newTestService(t)
		p := clinicFixture
		p.Name = "  " + p.Name + " "
		p.StaffNames = []string{" Dr. Ana Ruiz ", "", "Nurse Priya Shah"}
		if err := s.SaveProfile(ctx, p); err != nil {
			t.Fatal(err)
		}
		got, err := s.Profile(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if got.Name != clinicFixture.Name || strings.Join(got.StaffNames, "|") != "Dr. Ana Ruiz|Nurse Priya Shah" {
			t.Fatalf("got %+v", got)
		}
	})
	invalid := []struct {
		name   string
		change func(*Profile)
		want   string
	}{
		{"missing name", func(p *Profile) { p.Name = " " }, "clinic's name"},
		{"short phone", func(p *Profile) { p.Phone = "12" }, "too few digits"},
		{"unknown zone", func(p *Profile) { p.TimeZone = "Mars/Olympus" }, "not a time zone"},
		{"website with spaces", func(p *Profile) { p.Website = "maple grove" }, "spaces"},
	}
	for _, tt := range invalid {
		t.Run("rejects "+tt.name, func(t *testing.T) {
			s, _ := newTestService(t)
			p := clinicFixture
			tt.change(&p)
			err := s.SaveProfile(ctx, p)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want it to mention %q", err, tt.want)
			}
		})
	}
}

func TestDraftsListAndSearch(t *testing.T) {
	ctx := context.Background()
	s, clock := newTestServiceWithProfile(t)
	mk := func(title, body string) Draft {
		clock.t = clock.t.Add(time.Minute)
		d, err := s.CreateDraft(ctx, Draft{Title: title, Body: body, Networks: []Network{Bluesky}})
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	flu := mk("Flu season", "Flu shots are here. Walk in any weekday.")
	mk("", "Closed for Thanksgiving on Thursday.")
	mk("Discount", "Save 100% of the worry: ask us anything")
	clock.t = clock.t.Add(time.Minute)
	if err := s.MarkReady(ctx, flu.ID); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		filter DraftFilter
		want   []string
	}{
		{"all, most recently changed first", DraftFilter{}, []string{"Flu season", "Discount", "Closed for Thanksgiving on Thursday."}},
		{"ready only", DraftFilter{Status: StatusReady}, []string{"Flu season"}},
		{"in progress only", DraftFilter{Status: StatusDraft}, []string{"Discount", "Closed for Thanksgiving on Thursday."}},
		{"search matches body, case-insensitive", DraftFilter{Query: "THANKSGIVING"}, []string{"Closed for Thanksgiving on Thursday."}},
		{"percent sign is literal", DraftFilter{Query: "100%"}, []string{"Discount"}},
		{"underscore is literal", DraftFilter{Query: "_"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Drafts(ctx, tt.filter)
			if err != nil {
				t.Fatal(err)
			}
			var titles []string
			for _, d := range got {
				titles = append(titles, d.Title)
			}
			if strings.Join(titles, "|") != strings.Join(tt.want, "|") {
				t.Fatalf("got %q, want %q", titles, tt.want)
			}
		})
	}
}

func TestSaveDraft(t *testing.T) {
	ctx := context.Background()
	s, _ := newTestServiceWithProfile(t)
	ready := func(t *testing.T) Draft {
		d, err := s.CreateDraft(ctx, Draft{Title: "Hours", Body: "We are open until 7 pm on Thursdays.", Networks: []Network{Mastodon, X}})
		if err != nil {
			t.Fatal(err)
		}
		if err := s.MarkReady(ctx, d.ID); err != nil {
			t.Fatal(err)
		}
		d, _ = s.Draft(ctx, d.ID)
		return d
	}
	tests := []struct {
		name   string
		change func(*Draft)
		want   Status
	}{
		{"title change keeps it ready", func(d *Draft) { d.Title = "Thursday hours" }, StatusReady},
		{"text change sends it back to draft", func(d *Draft) { d.Body += " See you!" }, StatusDraft},
		{"network change sends it back to draft", func(d *Draft) { d.Networks = []Network{X} }, StatusDraft},
		{"a new variant sends it back to draft", func(d *Draft) { d.Variants = map[Network]string{X: "Open till 7 Thu."} }, StatusDraft},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := ready(t)
			tt.change(&d)
			if err := s.SaveDraft(ctx, d); err != nil {
				t.Fatal(err)
			}
			got, err := s.Draft(ctx, d.ID)
			if err != nil {
				t.Fatal(err)
			}
			if got.Status != tt.want {
				t.Fatalf("status = %s, want %s", got.Status, tt.want)
			}
			if got.Title != d.Title || got.Body != d.Body || len(got.Variants) != len(d.Variants) {
				t.Fatalf("saved %+v, read back %+v", d, got)
			}
		})
	}
	t.Run("deleted draft is gone", func(t *testing.T) {
		d := ready(t)
		if err := s.DeleteDraft(ctx, d.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Draft(ctx, d.ID); !errors.Is(err, ErrDraftNotFound) {
			t.Fatalf("err = %v", err)
		}
	})
}

func pngBytes(t testing.TB, w, h int) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for x := 0; x < w; x++ {
		img.Set(x, x%h, color.RGBA{0, 128, 128, 255})
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestAttachImage(t *testing.T) {
	ctx := context.Background()
	s, _ := newTestServiceWithProfile(t)
	d, _ := s.CreateDraft(ctx, Draft{Body: "Our new waiting room.", Networks: []Network{Bluesky}})
	other, _ := s.CreateDraft(ctx, Draft{Body: "Same picture, other post.", Networks: []Network{Bluesky}})
	data := pngBytes(t, 40, 30)
	src := filepath.Join(t.TempDir(), "room.png")
	os.WriteFile(src, data, 0o600)

	img, err := s.AttachImage(ctx, d.ID, src)
	if err != nil {
		t.Fatal(err)
	}
	t.Run("copy is stored by content hash with its size", func(t *testing.T) {
		if img.Width != 40 || img.Height != 30 || img.MIMEType != "image/png" || img.Size != int64(len(data)) {
			t.Fatalf("image = %+v", img)
		}
		stored, err := os.ReadFile(img.Path)
		if err != nil || !bytes.Equal(stored, data) {
			t.Fatalf("stored copy differs: %v", err)
		}
		if !strings.HasPrefix(filepath.Base(img.Path), img.SHA256) {
			t.Fatalf("file %s not named by hash %s", img.Path, img.SHA256)
		}
	})
	t.Run("the same picture on another draft is stored once", func(t *testing.T) {
		img2, err := s.AttachImage(ctx, other.ID, src)
		if err != nil {
			t.Fatal(err)
		}
		if img2.Path != img.Path || img2.MediaID != img.MediaID {
			t.Fatalf("second copy: %s vs %s", img2.Path, img.Path)
		}
		entries, _ := os.ReadDir(filepath.Dir(img.Path))
		if len(entries) != 1 {
			t.Fatalf("media folder holds %d files, want 1", len(entries))
		}
	})
	t.Run("attaching twice to one draft is refused", func(t *testing.T) {
		if _, err := s.AttachImage(ctx, d.ID, src); err == nil || !strings.Contains(err.Error(), "already attached") {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("a text file is not a picture", func(t *testing.T) {
		_, err := s.AttachImageData(ctx, d.ID, "notes.txt", []byte("hello there, just text"))
		if err == nil || !strings.Contains(err.Error(), "not a JPEG, PNG, GIF or WebP") {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("a damaged PNG is refused", func(t *testing.T) {
		_, err := s.AttachImageData(ctx, d.ID, "broken.png", data[:20])
		if err == nil || !strings.Contains(err.Error(), "damaged") {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("alt text and person flag are saved", func(t *testing.T) {
		if err := s.UpdateImage(ctx, d.ID, img.MediaID, "  A bright waiting room with green chairs ", true); err != nil {
			t.Fatal(err)
		}
		got, _ := s.Draft(ctx, d.ID)
		if len(got.Images) != 1 || got.Images[0].AltText != "A bright waiting room with green chairs" || !got.Images[0].ShowsPerson {
			t.Fatalf("images = %+v", got.Images)
		}
	})
	t.Run("removing keeps the file for the other draft", func(t *testing.T) {
		if err := s.RemoveImage(ctx, d.ID, img.MediaID); err != nil {
			t.Fatal(err)
		}
		got, _ := s.Draft(ctx, d.ID)
		if len(got.Images) != 0 {
			t.Fatalf("still attached: %+v", got.Images)
		}
		if _, err := os.Stat(img.Path); err != nil {
			t.Fatal("file removed while another draft uses it")
		}
	})
}
