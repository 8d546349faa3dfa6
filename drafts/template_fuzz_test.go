package drafts

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzParseTemplateBody(f *testing.F) {
	for _, s := range []string{
		"", "plain", "Hi {{clinic.name}}!", "{{ event.date }}", "{{a", "}}", "{{}}", "{{{a}}}",
		"Café ☕ — {{x", "line\n{{Bad}}", "{{a\n}}", "{{a.b.c_1}}}}", "\xff{{\xfe}}", "{{é}}", "a\r\n}}",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		segs, err := ParseTemplateBody(body)
		if err != nil {
			var te *TemplateError
			if !errors.As(err, &te) {
				t.Fatalf("error %T %v, want *TemplateError", err, err)
			}
			if te.Offset < 0 || te.Offset > len(body) || te.Length < 0 || te.Offset+te.Length > len(body) {
				t.Fatalf("offset %d length %d outside body of %d bytes", te.Offset, te.Length, len(body))
			}
			before := body[:te.Offset]
			wantLine := strings.Count(before, "\n") + 1
			if i := strings.LastIndex(before, "\n"); i >= 0 {
				before = before[i+1:]
			}
			wantCol := utf8.RuneCountInString(before) + 1
			if te.Line != wantLine || te.Column != wantCol {
				t.Fatalf("offset %d is line %d column %d, error says %d:%d", te.Offset, wantLine, wantCol, te.Line, te.Column)
			}
			return
		}
		var b strings.Builder
		for _, s := range segs {
			if s.Offset != b.Len() {
				t.Fatalf("segment %q at offset %d, want %d", s.Text, s.Offset, b.Len())
			}
			if s.Text == "" {
				t.Fatalf("empty segment at %d", s.Offset)
			}
			if s.IsVariable() {
				if !strings.HasPrefix(s.Text, "{{") || !strings.HasSuffix(s.Text, "}}") ||
					strings.TrimSpace(s.Text[2:len(s.Text)-2]) != s.Variable {
					t.Fatalf("variable segment %q does not hold {{%s}}", s.Text, s.Variable)
				}
				if err := ValidateVariableName(s.Variable); err != nil {
					t.Fatalf("accepted bad name %q: %v", s.Variable, err)
				}
			} else if strings.Contains(s.Text, "{{") || strings.Contains(s.Text, "}}") {
				t.Fatalf("literal %q holds braces", s.Text)
			}
			b.WriteString(s.Text)
		}
		if b.String() != body {
			t.Fatalf("segments give %q, want %q", b.String(), body)
		}
		// Whatever parses must render without panicking once declared.
		tpl := Template{Name: "fuzz", Body: body}
		values := map[string]string{}
		for _, name := range tpl.VariablesUsed() {
			if !strings.HasPrefix(name, "clinic.") {
				tpl.Variables = append(tpl.Variables, TemplateVariable{Name: name, Label: name})
			}
			values[name] = "v"
		}
		if _, err := tpl.Render(Profile{}, values); err != nil && strings.TrimSpace(body) != "" &&
			!strings.Contains(err.Error(), "unknown clinic variable") {
			t.Fatalf("Render: %v", err)
		}
	})
}

func FuzzDecodeTemplates(f *testing.F) {
	var buf bytes.Buffer
	if err := EncodeTemplates(&buf, []Template{eventTemplate()}); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte(`{"format":"carepost-templates","version":1,"templates":[{"name":"x","body":"{{a}}"}]}`))
	f.Add([]byte(`{"format":"carepost-templates","version":2}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		ts, err := DecodeTemplates(bytes.NewReader(data))
		if err != nil {
			return
		}
		// Anything accepted must export and import to the same templates.
		var out bytes.Buffer
		if err := EncodeTemplates(&out, ts); err != nil {
			t.Fatalf("decoded templates do not encode: %v", err)
		}
		again, err := DecodeTemplates(&out)
		if err != nil {
			t.Fatalf("re-import failed: %v\n%s", err, out.String())
		}
		if !reflect.DeepEqual(ts, again) {
			t.Fatalf("round trip changed templates:\n%#v\n%#v", ts, again)
		}
	})
}
