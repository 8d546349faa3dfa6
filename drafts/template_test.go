package drafts

import (
	"bytes"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"
)

// sampleProfile is a made-up clinic with typical lengths, so length checks
// on built-ins reflect what a real clinic would post.
func sampleProfile() Profile {
	return Profile{
		Name:             "Maple Street Family Clinic",
		Phone:            "(555) 010-0142",
		Website:          "www.maplestreetclinic.example",
		Address:          "120 Maple Street, Springfield",
		TimeZone:         "America/New_York",
		EmergencyWording: "If this is an emergency, call 911.",
	}
}

func eventTemplate() Template {
	return Template{
		Key:      "event-test",
		Name:     "Event",
		Category: "Event",
		Body:     "Join {{clinic.name}} on {{event.date}} at {{ event.time }}.\nCall {{clinic.phone}}. See you {{event.date}}!",
		Variables: []TemplateVariable{
			{Name: "event.date", Label: "Event date", Hint: "e.g. Saturday, March 7", Example: "Saturday, March 7"},
			{Name: "event.time", Label: "Event time", Example: "10 am"},
		},
	}
}

func TestParseTemplateBody(t *testing.T) {
	type wantErr struct {
		offset, line, column int
		msg                  string
	}
	tests := []struct {
		name string
		body string
		segs []TemplateSegment
		err  *wantErr
	}{
		{name: "empty body has no segments", body: ""},
		{name: "plain text is one literal", body: "Hello { world }",
			segs: []TemplateSegment{{Offset: 0, Text: "Hello { world }"}}},
		{name: "variable between literals", body: "Hi {{clinic.name}}!",
			segs: []TemplateSegment{{0, "Hi ", ""}, {3, "{{clinic.name}}", "clinic.name"}, {18, "!", ""}}},
		{name: "spaces and tabs inside braces", body: "{{ event.date }}{{\tevent.time\t}}",
			segs: []TemplateSegment{{0, "{{ event.date }}", "event.date"}, {16, "{{\tevent.time\t}}", "event.time"}}},
		{name: "digits and underscores after the first letter", body: "{{a1_b.c_2}}",
			segs: []TemplateSegment{{0, "{{a1_b.c_2}}", "a1_b.c_2"}}},
		{name: "single braces are literal", body: "{a} }{ {{x}}}",
			segs: []TemplateSegment{{0, "{a} }{ ", ""}, {7, "{{x}}", "x"}, {12, "}", ""}}},
		{name: "unicode literal text", body: "Café ☕ {{x}} ✓",
			segs: []TemplateSegment{{0, "Café ☕ ", ""}, {len("Café ☕ "), "{{x}}", "x"}, {len("Café ☕ {{x}}"), " ✓", ""}}},

		{name: "unclosed at end of body", body: "Hello {{name",
			err: &wantErr{6, 1, 7, `unclosed "{{"`}},
		{name: "unclosed before the next open", body: "{{a {{b}}",
			err: &wantErr{0, 1, 1, `unclosed "{{"`}},
		{name: "unclosed at end of line", body: "ok\n{{a\n}}",
			err: &wantErr{3, 2, 1, `unclosed "{{"`}},
		{name: "stray close in text", body: "Hi }} there",
			err: &wantErr{3, 1, 4, `stray "}}"`}},
		{name: "stray close after a variable", body: "{{a}}}}",
			err: &wantErr{5, 1, 6, `stray "}}"`}},
		{name: "empty name", body: "x {{ }}",
			err: &wantErr{2, 1, 3, "empty variable {{ }}"}},
		{name: "uppercase letter", body: "{{ Event.date }}",
			err: &wantErr{3, 1, 4, `use lowercase letters ("event.date")`}},
		{name: "dash in name", body: "{{event-date}}",
			err: &wantErr{7, 1, 8, `use "_" or "." instead of '-'`}},
		{name: "space in name", body: "{{event date}}",
			err: &wantErr{7, 1, 8, `instead of ' '`}},
		{name: "part starting with a digit", body: "{{event.1st}}",
			err: &wantErr{8, 1, 9, "must start with a lowercase letter"}},
		{name: "double dot", body: "{{a..b}}",
			err: &wantErr{4, 1, 5, "empty part"}},
		{name: "leading dot", body: "{{.a}}",
			err: &wantErr{2, 1, 3, "empty part"}},
		{name: "trailing dot", body: "{{a.}}",
			err: &wantErr{3, 1, 4, "ends with a dot"}},
		{name: "triple braces", body: "{{{a}}}",
			err: &wantErr{2, 1, 3, `invalid character '{'`}},
		{name: "column counts runes not bytes after unicode", body: "Café ☕ — {{x",
			err: &wantErr{len("Café ☕ — "), 1, 10, `unclosed "{{"`}},
		{name: "non-ASCII letter in name", body: "{{café}}",
			err: &wantErr{5, 1, 6, `invalid character 'é'`}},
		{name: "multiline position", body: "Line one\nLine two é {{Bad}}",
			err: &wantErr{len("Line one\nLine two é {{"), 2, 14, "use lowercase letters"}},
		{name: "third line after CRLF", body: "a\r\nb\r\n  }}",
			err: &wantErr{8, 3, 3, `stray "}}"`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			segs, err := ParseTemplateBody(tc.body)
			if tc.err == nil {
				if err != nil {
					t.Fatalf("ParseTemplateBody(%q): %v", tc.body, err)
				}
				if !reflect.DeepEqual(segs, tc.segs) {
					t.Fatalf("segments:\n got %#v\nwant %#v", segs, tc.segs)
				}
				return
			}
			var te *TemplateError
			if !errors.As(err, &te) {
				t.Fatalf("ParseTemplateBody(%q) = %v, %v; want *TemplateError", tc.body, segs, err)
			}
			if segs != nil {
				t.Errorf("segments on error = %v, want nil", segs)
			}
			if te.Offset != tc.err.offset || te.Line != tc.err.line || te.Column != tc.err.column {
				t.Errorf("position = offset %d line %d column %d, want %d %d %d (%v)",
					te.Offset, te.Line, te.Column, tc.err.offset, tc.err.line, tc.err.column, te)
			}
			if !strings.Contains(te.Msg, tc.err.msg) {
				t.Errorf("message %q does not contain %q", te.Msg, tc.err.msg)
			}
			if prefix := "line "; !strings.HasPrefix(te.Error(), prefix) {
				t.Errorf("Error() = %q, want it to start with the position", te.Error())
			}
		})
	}
}

func TestTemplateValidate(t *testing.T) {
	with := func(f func(*Template)) Template {
		tpl := eventTemplate()
		f(&tpl)
		return tpl
	}
	tests := []struct {
		name  string
		tpl   Template
		field string // for *TemplateFieldError
		pos   [2]int // line, column for *TemplateError
		msg   string // exact Error() if it starts with "=", else a substring
	}{
		{name: "valid template", tpl: eventTemplate()},
		{name: "valid with networks and no key", tpl: with(func(t *Template) { t.Key = ""; t.Networks = []Network{Mastodon, X} })},
		{name: "declared but unused variable is fine", tpl: with(func(t *Template) {
			t.Variables = append(t.Variables, TemplateVariable{Name: "event.place", Label: "Place"})
		})},
		{name: "blank name", tpl: with(func(t *Template) { t.Name = "  " }), field: "name", msg: "needs a name"},
		{name: "blank body", tpl: with(func(t *Template) { t.Body = "\n \t" }), field: "body", msg: "no text"},
		{name: "bad key", tpl: with(func(t *Template) { t.Key = "Holiday Closure" }), field: "key", msg: "not a valid key"},
		{name: "unknown variable lists declared ones",
			tpl: with(func(t *Template) { t.Body = "Save the date!\nCome by on a {{event.dat}} at {{event.time}}." }),
			pos: [2]int{2, 14},
			msg: "=line 2, column 14: unknown variable {{event.dat}} (declared: event.date, event.time)"},
		{name: "unknown variable with nothing declared",
			tpl: with(func(t *Template) { t.Variables = nil; t.Body = "Hi {{event.date}}" }),
			pos: [2]int{1, 4}, msg: "(this template declares no variables)"},
		{name: "unknown clinic variable lists clinic variables",
			tpl: with(func(t *Template) { t.Body = "Fax {{clinic.fax}}" }),
			pos: [2]int{1, 5}, msg: "unknown clinic variable {{clinic.fax}} (clinic variables: clinic.name, clinic.phone"},
		{name: "syntax error comes through with its position",
			tpl: with(func(t *Template) { t.Body = "ok\n  }}" }), pos: [2]int{2, 3}, msg: "stray"},
		{name: "badly named declared variable", tpl: with(func(t *Template) { t.Variables[1].Name = "Event Time" }),
			field: "variables", msg: "=variable 2: variable name \"Event Time\": use lowercase letters (\"event time\")"},
		{name: "duplicate declared variable", tpl: with(func(t *Template) { t.Variables[1].Name = "event.date" }),
			field: "variables", msg: `"event.date" is declared twice`},
		{name: "declared clinic variable", tpl: with(func(t *Template) { t.Variables[0].Name = "clinic.phone" }),
			field: "variables", msg: "come from the clinic profile"},
		{name: "declared variable without label", tpl: with(func(t *Template) { t.Variables[0].Label = " " }),
			field: "variables", msg: "needs a label"},
		{name: "unknown network", tpl: with(func(t *Template) { t.Networks = []Network{Mastodon, "myspace"} }),
			field: "networks", msg: "network 2:"},
		{name: "duplicate network", tpl: with(func(t *Template) { t.Networks = []Network{X, X} }),
			field: "networks", msg: "listed twice"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.tpl.Validate()
			if tc.msg == "" {
				if err != nil {
					t.Fatalf("Validate() = %v, want nil", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("Validate() = nil, want error containing %q", tc.msg)
			}
			if exact, ok := strings.CutPrefix(tc.msg, "="); ok {
				if err.Error() != exact {
					t.Errorf("Validate() = %q\nwant          %q", err, exact)
				}
			} else if !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("Validate() = %q, want it to contain %q", err, tc.msg)
			}
			if tc.field != "" {
				var fe *TemplateFieldError
				if !errors.As(err, &fe) || fe.Field != tc.field {
					t.Errorf("Validate() = %#v, want *TemplateFieldError for %q", err, tc.field)
				}
				return
			}
			var te *TemplateError
			if !errors.As(err, &te) {
				t.Fatalf("Validate() = %#v, want *TemplateError", err)
			}
			if te.Line != tc.pos[0] || te.Column != tc.pos[1] {
				t.Errorf("position = %d:%d, want %d:%d", te.Line, te.Column, tc.pos[0], tc.pos[1])
			}
			if got := tc.tpl.Body[te.Offset : te.Offset+te.Length]; !strings.Contains(got, "}}") && te.Length > 2 {
				t.Errorf("highlighted %q, want the whole variable", got)
			}
		})
	}
}

func TestTemplateVariablesUsed(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []string
	}{
		{name: "order of first use, each once", body: eventTemplate().Body,
			want: []string{"clinic.name", "event.date", "event.time", "clinic.phone"}},
		{name: "no variables", body: "Hello", want: nil},
		{name: "those before a syntax error", body: "{{a}} {{b}} {{C}} {{d}}", want: []string{"a", "b"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := (Template{Body: tc.body}).VariablesUsed(); !slices.Equal(got, tc.want) {
				t.Errorf("VariablesUsed() = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestTemplateNeededVariables(t *testing.T) {
	names := func(vs []TemplateVariable) []string {
		var out []string
		for _, v := range vs {
			out = append(out, v.Name)
		}
		return out
	}
	noPhone := sampleProfile()
	noPhone.Phone = "  "
	tests := []struct {
		name    string
		profile Profile
		want    []string
	}{
		{name: "skips clinic variables the profile fills", profile: sampleProfile(),
			want: []string{"event.date", "event.time"}},
		{name: "asks for clinic variables the profile leaves blank", profile: noPhone,
			want: []string{"event.date", "event.time", "clinic.phone"}},
		{name: "empty profile asks for every clinic variable used", profile: Profile{},
			want: []string{"clinic.name", "event.date", "event.time", "clinic.phone"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := eventTemplate().NeededVariables(tc.profile)
			if !slices.Equal(names(got), tc.want) {
				t.Fatalf("NeededVariables() = %q, want %q", names(got), tc.want)
			}
			for _, v := range got {
				if v.Label == "" {
					t.Errorf("%s has no label to prompt with", v.Name)
				}
			}
		})
	}
	t.Run("declared variables keep their hints", func(t *testing.T) {
		got := eventTemplate().NeededVariables(sampleProfile())
		if got[0] != eventTemplate().Variables[0] {
			t.Errorf("got %+v, want the declaration", got[0])
		}
	})
	t.Run("unknown variables are left to Validate", func(t *testing.T) {
		tpl := Template{Name: "x", Body: "{{nope}} {{clinic.name}}"}
		if got := tpl.NeededVariables(Profile{}); !slices.Equal(names(got), []string{"clinic.name"}) {
			t.Errorf("NeededVariables() = %q", names(got))
		}
	})
}

func TestTemplateRender(t *testing.T) {
	values := map[string]string{"event.date": " Saturday, March 7 ", "event.time": "10 am"}
	noPhone := sampleProfile()
	noPhone.Phone = ""
	tests := []struct {
		name    string
		tpl     Template
		profile Profile
		values  map[string]string
		want    string
		missing []string
		errMsg  string
	}{
		{name: "fills clinic from profile and the rest from values, trimmed",
			tpl: eventTemplate(), profile: sampleProfile(), values: values,
			want: "Join Maple Street Family Clinic on Saturday, March 7 at 10 am.\nCall (555) 010-0142. See you Saturday, March 7!"},
		{name: "profile wins over a value for a filled clinic variable",
			tpl: eventTemplate(), profile: sampleProfile(),
			values: map[string]string{"event.date": "Sat", "event.time": "10", "clinic.phone": "(555) 010-9999"},
			want:   "Join Maple Street Family Clinic on Sat at 10.\nCall (555) 010-0142. See you Sat!"},
		{name: "value fills a clinic variable the profile leaves empty",
			tpl: eventTemplate(), profile: noPhone,
			values: map[string]string{"event.date": "Sat", "event.time": "10", "clinic.phone": "(555) 010-9999"},
			want:   "Join Maple Street Family Clinic on Sat at 10.\nCall (555) 010-9999. See you Sat!"},
		{name: "missing and blank values are named together",
			tpl: eventTemplate(), profile: noPhone, values: map[string]string{"event.time": "  "},
			missing: []string{"event.date", "event.time", "clinic.phone"},
			errMsg:  "please fill in Event date ({{event.date}}), Event time ({{event.time}}), Clinic phone ({{clinic.phone}})"},
		{name: "nil values map with nothing needed",
			tpl:     Template{Name: "x", Body: "Call {{ clinic.phone }} ✓"},
			profile: sampleProfile(), want: "Call (555) 010-0142 ✓"},
		{name: "invalid template is refused",
			tpl: Template{Name: "x", Body: "{{event.date}}"}, profile: sampleProfile(), values: values,
			errMsg: "unknown variable {{event.date}}"},
		{name: "values are not parsed as templates",
			tpl: eventTemplate(), profile: sampleProfile(), values: map[string]string{"event.date": "{{x}}", "event.time": "}}"},
			want: "Join Maple Street Family Clinic on {{x}} at }}.\nCall (555) 010-0142. See you {{x}}!"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.tpl.Render(tc.profile, tc.values)
			if tc.errMsg == "" {
				if err != nil {
					t.Fatalf("Render: %v", err)
				}
				if got != tc.want {
					t.Errorf("Render =\n%q\nwant\n%q", got, tc.want)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.errMsg) {
				t.Fatalf("Render error = %v, want it to contain %q", err, tc.errMsg)
			}
			if tc.missing != nil {
				var me *MissingValuesError
				if !errors.As(err, &me) {
					t.Fatalf("error %T, want *MissingValuesError", err)
				}
				var names []string
				for _, v := range me.Variables {
					names = append(names, v.Name)
				}
				if !slices.Equal(names, tc.missing) {
					t.Errorf("missing = %q, want %q", names, tc.missing)
				}
			}
		})
	}
}

func TestTemplatePreview(t *testing.T) {
	noPhone := sampleProfile()
	noPhone.Phone = ""
	tests := []struct {
		name    string
		profile Profile
		values  map[string]string
		want    string
	}{
		{name: "examples stand in for blanks", profile: sampleProfile(), values: map[string]string{"event.time": "9 am"},
			want: "Join Maple Street Family Clinic on Saturday, March 7 at 9 am.\nCall (555) 010-0142. See you Saturday, March 7!"},
		{name: "empty clinic fields show their label, not a made-up clinic", profile: noPhone,
			want: "Join Maple Street Family Clinic on Saturday, March 7 at 10 am.\nCall [Clinic phone]. See you Saturday, March 7!"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := eventTemplate().Preview(tc.profile, tc.values)
			if err != nil || got != tc.want {
				t.Errorf("Preview = %q, %v\nwant %q", got, err, tc.want)
			}
		})
	}
	t.Run("no example shows the label", func(t *testing.T) {
		tpl := Template{Name: "x", Body: "{{a}}", Variables: []TemplateVariable{{Name: "a", Label: "Thing"}}}
		if got, err := tpl.Preview(Profile{}, nil); got != "[Thing]" || err != nil {
			t.Errorf("Preview = %q, %v", got, err)
		}
	})
}

// xWeight approximates twitter-text's weighted length: code points in its
// light ranges count 1, everything else (CJK, emoji) 2. URLs are counted in
// full, which can only overestimate.
func xWeight(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case r <= 0x10FF, r >= 0x2000 && r <= 0x200D, r >= 0x2010 && r <= 0x201F, r >= 0x2032 && r <= 0x2037:
			n++
		default:
			n += 2
		}
	}
	return n
}

// postLimits mirrors shared/NETWORKS.md. Rune counts stand in for
// graphemes on Bluesky, which can only overestimate.
var postLimits = map[Network]struct {
	max   int
	count func(string) int
}{
	Mastodon:  {500, utf8.RuneCountInString},
	Bluesky:   {300, utf8.RuneCountInString},
	Facebook:  {63206, utf8.RuneCountInString},
	Instagram: {2200, utf8.RuneCountInString},
	LinkedIn:  {3000, utf8.RuneCountInString},
	X:         {280, xWeight},
	GBP:       {1500, utf8.RuneCountInString},
}

func TestBuiltinTemplates(t *testing.T) {
	ts, err := BuiltinTemplates()
	if err != nil {
		t.Fatal(err)
	}
	if len(ts) < 15 {
		t.Fatalf("%d built-in templates, want at least 15", len(ts))
	}
	t.Run("sorted by category then name", func(t *testing.T) {
		if !slices.IsSortedFunc(ts, func(a, b Template) int {
			return strings.Compare(a.Category+"\x00"+a.Name, b.Category+"\x00"+b.Name)
		}) {
			t.Error("not sorted")
		}
	})
	t.Run("covers what a clinic posts", func(t *testing.T) {
		keys := map[string]bool{}
		for _, tpl := range ts {
			if keys[tpl.Key] {
				t.Errorf("key %q twice", tpl.Key)
			}
			keys[tpl.Key] = true
		}
		for _, k := range []string{"health-tip", "hours-update", "holiday-closure", "weather-closure", "faq-answer",
			"event-workshop", "vaccination-clinic", "awareness-month", "new-provider", "patient-story",
			"poll-question", "community-thanks", "telehealth", "job-opening", "review-invitation"} {
			if !keys[k] {
				t.Errorf("no built-in %q", k)
			}
		}
	})
	t.Run("callers get their own copies", func(t *testing.T) {
		ts[0].Variables[0].Label = "changed"
		again, _ := BuiltinTemplates()
		if again[0].Variables[0].Label == "changed" {
			t.Error("editing a returned template changed the built-ins")
		}
	})
	again, _ := BuiltinTemplates()
	for _, tpl := range again {
		t.Run(tpl.Key, func(t *testing.T) {
			if !tpl.Builtin || tpl.ID != 0 {
				t.Errorf("Builtin = %v, ID = %d", tpl.Builtin, tpl.ID)
			}
			if err := tpl.Validate(); err != nil {
				t.Fatal(err)
			}
			if !slices.Contains(TemplateCategories, tpl.Category) {
				t.Errorf("category %q is not one of %q", tpl.Category, TemplateCategories)
			}
			used := tpl.VariablesUsed()
			values := map[string]string{}
			for _, v := range tpl.Variables {
				if v.Label == "" || v.Hint == "" || v.Example == "" {
					t.Errorf("%s: label, hint and example are all needed to prompt well: %+v", v.Name, v)
				}
				if !slices.Contains(used, v.Name) {
					t.Errorf("%s is declared but never used", v.Name)
				}
				values[v.Name] = v.Example
			}
			if !slices.Contains(used, "clinic.phone") && !slices.Contains(used, "clinic.website") {
				t.Error("no call to action with {{clinic.phone}} or {{clinic.website}}")
			}
			out, err := tpl.Render(sampleProfile(), values)
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(out, "{{") || strings.Contains(out, "}}") {
				t.Errorf("leftover braces in:\n%s", out)
			}
			if strings.Count(out, "#") > 1 {
				t.Errorf("more than one hashtag in:\n%s", out)
			}
			targets := tpl.Networks
			if len(targets) == 0 {
				for n := range postLimits {
					targets = append(targets, n)
				}
			}
			for _, n := range targets {
				lim, ok := postLimits[n]
				if !ok {
					t.Errorf("no limit known for %q", n)
					continue
				}
				if got := lim.count(out); got > lim.max {
					t.Errorf("%d characters on %s with typical values, limit %d:\n%s", got, n, lim.max, out)
				}
			}
		})
	}
	t.Run("patient story needs written permission and a consent", func(t *testing.T) {
		tpl := findTemplate(t, again, "patient-story")
		if !strings.Contains(tpl.Body, "written permission") {
			t.Error("body does not say the story is shared with written permission")
		}
		v, ok := tpl.declared("story.first_name")
		if !ok || !strings.Contains(v.Hint, "signed consent") {
			t.Errorf("story.first_name hint should require a signed consent: %+v", v)
		}
	})
	t.Run("review invitation offers nothing and protects privacy", func(t *testing.T) {
		tpl := findTemplate(t, again, "review-invitation")
		body := strings.ToLower(tpl.Body)
		for _, w := range []string{"discount", "free", "gift", "prize", "win", "raffle", "coupon", "reward", "% off"} {
			if strings.Contains(body, w) {
				t.Errorf("review invitation mentions %q: reviews must not be bought", w)
			}
		}
		if !strings.Contains(body, "health details") {
			t.Error("review invitation does not ask people to leave health details out")
		}
	})
}

func findTemplate(t *testing.T, ts []Template, key string) Template {
	t.Helper()
	for _, tpl := range ts {
		if tpl.Key == key {
			return tpl
		}
	}
	t.Fatalf("no template %q", key)
	return Template{}
}

func TestBuiltinTemplatesRejectBrokenFiles(t *testing.T) {
	good := `{"key":"a","name":"A","category":"Event","body":"Hi {{clinic.name}}","variables":[]}`
	tests := []struct {
		name  string
		files fstest.MapFS
		want  string
	}{
		{name: "key differs from file name", files: fstest.MapFS{"t/b.json": {Data: []byte(good)}},
			want: `b.json: key is "a", want "b"`},
		{name: "invalid template", files: fstest.MapFS{"t/a.json": {Data: []byte(strings.Replace(good, "clinic.name", "clinic.nam", 1))}},
			want: "a.json: line 1, column 4: unknown clinic variable"},
		{name: "unknown field", files: fstest.MapFS{"t/a.json": {Data: []byte(strings.Replace(good, `"variables"`, `"vars"`, 1))}},
			want: `a.json: unknown field "vars"`},
		{name: "broken JSON", files: fstest.MapFS{"t/a.json": {Data: []byte("{\n  \"key\": }")}},
			want: "a.json: line 2, column 10: invalid character '}'"},
		{name: "no templates", files: fstest.MapFS{"t/readme.txt": {Data: []byte("x")}},
			want: "no .json files"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := readBuiltins(tc.files, "t")
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("readBuiltins error = %v, want it to contain %q", err, tc.want)
			}
		})
	}
}

func TestTemplateFileRoundTrip(t *testing.T) {
	builtins, err := BuiltinTemplates()
	if err != nil {
		t.Fatal(err)
	}
	custom := Template{
		ID:       42,
		Key:      "",
		Name:     "Café <night> & more ✓",
		Category: "Community",
		Body:     "Ünïcode & <tags> at {{ clinic.name }}\n{{x}}",
		Variables: []TemplateVariable{
			{Name: "x", Label: "X"},
		},
		Networks: []Network{Bluesky, GBP},
	}
	in := append(builtins, custom)
	var buf bytes.Buffer
	if err := EncodeTemplates(&buf, in); err != nil {
		t.Fatal(err)
	}
	t.Run("file is readable", func(t *testing.T) {
		s := buf.String()
		for _, want := range []string{`"format": "carepost-templates"`, `"version": 1`, "<night> & more", "\n  "} {
			if !strings.Contains(s, want) {
				t.Errorf("file does not contain %q", want)
			}
		}
		if strings.Contains(s, `"id"`) || strings.Contains(s, `"builtin"`) || strings.Contains(s, "null") {
			t.Error("file leaks store fields or nulls")
		}
	})
	out, err := DecodeTemplates(&buf)
	if err != nil {
		t.Fatal(err)
	}
	t.Run("decoded templates equal the originals apart from store fields", func(t *testing.T) {
		if len(out) != len(in) {
			t.Fatalf("decoded %d templates, want %d", len(out), len(in))
		}
		for i := range in {
			want := in[i]
			want.ID, want.Builtin = 0, false
			if !reflect.DeepEqual(out[i], want) {
				t.Errorf("template %d:\n got %#v\nwant %#v", i, out[i], want)
			}
		}
	})
	t.Run("empty list round-trips", func(t *testing.T) {
		var buf bytes.Buffer
		if err := EncodeTemplates(&buf, nil); err != nil {
			t.Fatal(err)
		}
		ts, err := DecodeTemplates(&buf)
		if err != nil || len(ts) != 0 {
			t.Errorf("DecodeTemplates = %v, %v", ts, err)
		}
	})
}

func TestEncodeTemplatesRejectsInvalid(t *testing.T) {
	bad := eventTemplate()
	bad.Name = "Flu clinic"
	bad.Body = "Come {{when}}"
	err := EncodeTemplates(&bytes.Buffer{}, []Template{eventTemplate(), bad})
	want := `template 2 ("Flu clinic"): line 1, column 6: unknown variable {{when}}`
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("EncodeTemplates error = %v, want %q", err, want)
	}
	dup := eventTemplate()
	dup.Name = "Copy"
	err = EncodeTemplates(&bytes.Buffer{}, []Template{eventTemplate(), dup})
	if want := `template 2 ("Copy"): key "event-test" is also used by template 1`; err == nil || err.Error() != want {
		t.Errorf("EncodeTemplates error = %v, want %q", err, want)
	}
}

func TestDecodeTemplatesRejects(t *testing.T) {
	const okTpl = `{"key":"flu","name":"Flu clinic","category":"Event","body":"Flu shots at {{clinic.name}} on {{day}}.","variables":[{"name":"day","label":"Day"}]}`
	file := func(templates ...string) string {
		return `{"format":"carepost-templates","version":1,"templates":[` + strings.Join(templates, ",") + `]}`
	}
	tests := []struct {
		name  string
		file  string
		want  string // exact error
		index int    // template index for *TemplateFileError, -1 for file-level
		pos   [2]int // line, column of a *TemplateError inside, if any
	}{
		{name: "empty file", file: "", index: -1,
			want: "not a CarePost templates file: the file is empty"},
		{name: "not JSON", file: "format: carepost", index: -1,
			want: "not a CarePost templates file: line 1, column 2: invalid character 'o' in literal false (expecting 'a')"},
		{name: "cut short", file: `{"format":"carepost-templates",`, index: -1,
			want: "not a CarePost templates file: the JSON ends too early (is the file cut short?)"},
		{name: "a list, not an object", file: `[1,2]`, index: -1,
			want: "not a CarePost templates file: expected an object, found array"},
		{name: "no format", file: `{"version":1,"templates":[]}`, index: -1,
			want: `not a CarePost templates file: it has no "format" field`},
		{name: "wrong format", file: `{"format":"carepost-replies","version":1,"templates":[]}`, index: -1,
			want: `not a CarePost templates file: its format is "carepost-replies", not "carepost-templates"`},
		{name: "format of the wrong type", file: `{"format":7}`, index: -1,
			want: `not a CarePost templates file: "format" should be text, not number`},
		{name: "newer version", file: `{"format":"carepost-templates","version":2,"templates":[]}`, index: -1,
			want: "templates file is version 2, made by a newer CarePost; this one reads up to version 1, so please update CarePost to import it"},
		{name: "no version", file: `{"format":"carepost-templates","templates":[]}`, index: -1,
			want: `templates file has no "version" field`},
		{name: "version zero", file: `{"format":"carepost-templates","version":0,"templates":[]}`, index: -1,
			want: "templates file has an invalid version 0"},
		{name: "no templates list", file: `{"format":"carepost-templates","version":1}`, index: -1,
			want: `templates file has no "templates" list`},
		{name: "text after the end", file: file(okTpl) + "\n\n  junk", index: -1,
			want: "not a CarePost templates file: line 3, column 3: unexpected text after the end of the JSON"},
		{name: "invalid body names template and position",
			file:  file(okTpl, strings.Replace(strings.Replace(okTpl, `"flu"`, `"flu-2"`, 1), "{{day}}", "\\n  {{dya}}", 1)),
			index: 1, pos: [2]int{2, 3},
			want: `template 2 ("Flu clinic"): line 2, column 3: unknown variable {{dya}} (declared: day)`},
		{name: "syntax error in body", file: file(strings.Replace(okTpl, "{{day}}", "{{day}", 1)),
			index: 0, pos: [2]int{1, 33},
			want: `template 1 ("Flu clinic"): line 1, column 33: unclosed "{{": add "}}" after the variable name`},
		{name: "misspelt field", file: file(strings.Replace(okTpl, `"variables"`, `"variabels"`, 1)), index: 0,
			want: `template 1 ("Flu clinic"): unknown field "variabels"`},
		{name: "field of the wrong type", file: file(`{"name":"Tip","variables":"day"}`), index: 0,
			want: `template 1 ("Tip"): "variables" should be a list, not string`},
		{name: "nameless template", file: file(`{"body":"x"}`), index: 0,
			want: "template 1 (no name): name: the template needs a name"},
		{name: "unknown network", file: file(strings.Replace(okTpl, `"variables"`, `"networks":["myspace"],"variables"`, 1)), index: 0,
			want: `template 1 ("Flu clinic"): network 1: `},
		{name: "duplicate keys", file: file(okTpl, okTpl), index: 1,
			want: `template 2 ("Flu clinic"): key "flu" is also used by template 1`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ts, err := DecodeTemplates(strings.NewReader(tc.file))
			if err == nil {
				t.Fatalf("DecodeTemplates = %v, want error %q", ts, tc.want)
			}
			if strings.HasSuffix(tc.want, ": ") {
				if !strings.HasPrefix(err.Error(), tc.want) {
					t.Errorf("error = %q\nwant prefix %q", err, tc.want)
				}
			} else if err.Error() != tc.want {
				t.Errorf("error = %q\nwant      %q", err, tc.want)
			}
			var fe *TemplateFileError
			if isFE := errors.As(err, &fe); isFE != (tc.index >= 0) || (isFE && fe.Index != tc.index) {
				t.Errorf("error %#v, want *TemplateFileError for index %d", err, tc.index)
			}
			if tc.pos != [2]int{} {
				var te *TemplateError
				if !errors.As(err, &te) || te.Line != tc.pos[0] || te.Column != tc.pos[1] {
					t.Errorf("want *TemplateError at %d:%d inside %#v", tc.pos[0], tc.pos[1], err)
				}
			}
		})
	}
	t.Run("oversized file", func(t *testing.T) {
		big := strings.NewReader(`{"format":"carepost-templates"` + strings.Repeat(" ", MaxTemplateFileSize) + `}`)
		if _, err := DecodeTemplates(big); err == nil || !strings.Contains(err.Error(), "larger than 8 MB") {
			t.Errorf("error = %v", err)
		}
	})
	t.Run("unknown top-level fields are allowed for later versions", func(t *testing.T) {
		ts, err := DecodeTemplates(strings.NewReader(`{"format":"carepost-templates","version":1,"exported_by":"x","templates":[` + okTpl + `]}`))
		if err != nil || len(ts) != 1 || ts[0].Builtin {
			t.Errorf("DecodeTemplates = %+v, %v", ts, err)
		}
	})
}
