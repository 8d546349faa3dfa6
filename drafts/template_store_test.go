package drafts

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

func TestOwnTemplates(t *testing.T) {
	ctx := context.Background()
	own := Template{Key: "flu-reminder", Name: "Flu reminder", Category: "Health tip",
		Body:      "Flu shots at {{clinic.name}} on {{event.date}}. Call {{clinic.phone}}.",
		Variables: []TemplateVariable{{Name: "event.date", Label: "Date", Example: "Saturday, March 7"}}}

	t.Run("saved template is listed after the built-ins", func(t *testing.T) {
		s, _ := newTestServiceWithProfile(t)
		saved, err := s.SaveTemplate(ctx, own)
		if err != nil {
			t.Fatal(err)
		}
		all, err := s.Templates(ctx)
		if err != nil {
			t.Fatal(err)
		}
		builtins, _ := BuiltinTemplates()
		if len(all) != len(builtins)+1 || all[len(all)-1].ID != saved.ID || all[len(all)-1].Builtin {
			t.Fatalf("got %d templates, last %+v", len(all), all[len(all)-1])
		}
	})
	t.Run("a malformed template is refused with its position", func(t *testing.T) {
		s, _ := newTestServiceWithProfile(t)
		bad := own
		bad.Body = "Hello {{event.dat}}"
		_, err := s.SaveTemplate(ctx, bad)
		if err == nil || !strings.Contains(err.Error(), "column 7") {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("built-ins are read-only but can be duplicated", func(t *testing.T) {
		s, _ := newTestServiceWithProfile(t)
		builtins, _ := BuiltinTemplates()
		if _, err := s.SaveTemplate(ctx, builtins[0]); err == nil {
			t.Fatal("changed a built-in")
		}
		cp, err := s.DuplicateTemplate(ctx, builtins[0])
		if err != nil {
			t.Fatal(err)
		}
		if cp.ID == 0 || cp.Key == builtins[0].Key || cp.Name != builtins[0].Name+" (copy)" {
			t.Fatalf("copy = %+v", cp)
		}
	})
	t.Run("export then import adds copies with fresh keys", func(t *testing.T) {
		s, _ := newTestServiceWithProfile(t)
		saved, _ := s.SaveTemplate(ctx, own)
		var buf bytes.Buffer
		if err := s.ExportTemplates(&buf, []Template{saved}); err != nil {
			t.Fatal(err)
		}
		imported, err := s.ImportTemplates(ctx, &buf)
		if err != nil {
			t.Fatal(err)
		}
		if len(imported) != 1 || imported[0].Key == saved.Key || imported[0].Body != saved.Body {
			t.Fatalf("imported %+v", imported)
		}
	})
	t.Run("a bad file imports nothing", func(t *testing.T) {
		s, _ := newTestServiceWithProfile(t)
		if _, err := s.ImportTemplates(ctx, strings.NewReader(`{"format":"something-else"}`)); err == nil {
			t.Fatal("accepted a foreign file")
		}
		mine, _ := s.OwnTemplates(ctx)
		if len(mine) != 0 {
			t.Fatalf("%d templates after a failed import", len(mine))
		}
	})
	t.Run("a draft from a template fills the profile and values", func(t *testing.T) {
		s, _ := newTestServiceWithProfile(t)
		d, err := s.DraftFromTemplate(ctx, own, map[string]string{"event.date": "Saturday, March 7"})
		if err != nil {
			t.Fatal(err)
		}
		want := "Flu shots at Maple Grove Family Clinic on Saturday, March 7. Call (555) 010-0100."
		if d.Body != want || d.TemplateKey != "flu-reminder" || d.TemplateValues["event.date"] != "Saturday, March 7" {
			t.Fatalf("draft = %+v", d)
		}
	})
	t.Run("a missing value is named", func(t *testing.T) {
		s, _ := newTestServiceWithProfile(t)
		_, err := s.DraftFromTemplate(ctx, own, nil)
		if err == nil || !strings.Contains(err.Error(), "Date") {
			t.Fatalf("err = %v", err)
		}
	})
}
