package drafts

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"
)

// TemplateVariable is a blank the user fills in when drafting from a
// template. Label, Hint and Example are what the prompt shows, so they are
// written for front-desk staff, not for developers.
type TemplateVariable struct {
	Name    string `json:"name"`              // "event.date"
	Label   string `json:"label"`             // "Event date"
	Hint    string `json:"hint,omitempty"`    // "e.g. Saturday, March 7"
	Example string `json:"example,omitempty"` // used for previews
}

// Template is reusable post text with {{variables}}.
type Template struct {
	ID        int64              `json:"-"`   // set by the store; 0 for built-ins not yet saved
	Key       string             `json:"key"` // stable slug, e.g. "holiday-closure"; built-ins keep theirs
	Name      string             `json:"name"`
	Category  string             `json:"category"` // one of TemplateCategories
	Body      string             `json:"body"`
	Variables []TemplateVariable `json:"variables"`
	Networks  []Network          `json:"networks,omitempty"` // suggested targets; empty = all
	Builtin   bool               `json:"-"`
}

// TemplateCategories are the categories the template picker groups by.
// Validate does not insist on them, so a file from a newer CarePost with an
// extra category still imports; the picker can file unknown ones under
// "Other".
var TemplateCategories = []string{"Health tip", "Announcement", "Event", "Community", "Hiring", "Engagement"}

// ClinicVariables are filled from the clinic Profile rather than declared by
// templates, so every template can use them.
var ClinicVariables = []TemplateVariable{
	{Name: "clinic.name", Label: "Clinic name", Hint: "As patients know it", Example: "Maple Street Family Clinic"},
	{Name: "clinic.phone", Label: "Clinic phone", Hint: "The number patients should call", Example: "(555) 010-0142"},
	{Name: "clinic.website", Label: "Clinic website", Hint: "e.g. maplestreetclinic.example", Example: "maplestreetclinic.example"},
	{Name: "clinic.address", Label: "Clinic address", Hint: "Street address patients come to", Example: "120 Maple Street, Springfield"},
	{Name: "clinic.emergency", Label: "Emergency wording", Hint: "What you tell people with an urgent problem", Example: "If this is an emergency, call 911."},
}

// clinicValue returns the profile's value for a clinic.* variable. It does
// not read ClinicVariables so that a caller editing that slice cannot change
// which names are clinic variables.
func clinicValue(p Profile, name string) (value string, ok bool) {
	switch name {
	case "clinic.name":
		return p.Name, true
	case "clinic.phone":
		return p.Phone, true
	case "clinic.website":
		return p.Website, true
	case "clinic.address":
		return p.Address, true
	case "clinic.emergency":
		return p.EmergencyWording, true
	}
	return "", false
}

func clinicVariable(name string) (TemplateVariable, bool) {
	if _, ok := clinicValue(Profile{}, name); !ok {
		return TemplateVariable{}, false
	}
	for _, v := range ClinicVariables {
		if v.Name == name {
			return v, true
		}
	}
	// Someone trimmed ClinicVariables; the name is still a clinic variable.
	return TemplateVariable{Name: name, Label: name}, true
}

func clinicVariableNames() string {
	return "clinic.name, clinic.phone, clinic.website, clinic.address, clinic.emergency"
}

// TemplateError is a problem in a template body, placed so an editor can put
// the cursor on it.
type TemplateError struct {
	Offset int // byte offset in Body
	Line   int // 1-based
	Column int // 1-based, in characters (runes)
	Length int // bytes of the offending text from Offset, for highlighting; 0 if just a point
	Msg    string
}

func (e *TemplateError) Error() string {
	return fmt.Sprintf("line %d, column %d: %s", e.Line, e.Column, e.Msg)
}

func newTemplateError(body string, offset, length int, format string, args ...any) *TemplateError {
	line, col := lineColumn(body, offset)
	return &TemplateError{Offset: offset, Line: line, Column: col, Length: length, Msg: fmt.Sprintf(format, args...)}
}

// lineColumn turns a byte offset into the line and rune column people see
// in the editor; invalid UTF-8 bytes count as one column each, as the
// editor shows them as one replacement character each.
func lineColumn(s string, offset int) (line, column int) {
	before := s[:offset]
	line = 1 + strings.Count(before, "\n")
	lineStart := strings.LastIndexByte(before, '\n') + 1
	return line, 1 + utf8.RuneCountInString(before[lineStart:])
}

// TemplateFieldError is a problem with a part of a template other than the
// text of its body, e.g. a missing name or a badly named variable.
type TemplateFieldError struct {
	Field string // "name", "body", "key", "variables" or "networks"
	Index int    // 0-based entry of Variables or Networks; -1 for other fields
	Msg   string
}

func (e *TemplateFieldError) Error() string {
	switch {
	case e.Field == "variables" && e.Index >= 0:
		return fmt.Sprintf("variable %d: %s", e.Index+1, e.Msg)
	case e.Field == "networks" && e.Index >= 0:
		return fmt.Sprintf("network %d: %s", e.Index+1, e.Msg)
	}
	return e.Field + ": " + e.Msg
}

// MissingValuesError is Render's answer when the user left blanks, listing
// every one so the form can mark them all at once.
type MissingValuesError struct {
	Variables []TemplateVariable
}

func (e *MissingValuesError) Error() string {
	parts := make([]string, len(e.Variables))
	for i, v := range e.Variables {
		parts[i] = fmt.Sprintf("%s ({{%s}})", v.Label, v.Name)
	}
	if len(parts) == 1 {
		return "please fill in " + parts[0]
	}
	return "please fill in " + strings.Join(parts, ", ")
}

// TemplateSegment is a piece of a parsed body: literal text, or one
// variable. Concatenating the Text of all segments gives back the body.
type TemplateSegment struct {
	Offset   int    // byte offset of Text in the body
	Text     string // the source text; for a variable, the whole "{{ name }}"
	Variable string // the variable's name; empty for literal text
}

// IsVariable reports whether the segment is a {{variable}}.
func (s TemplateSegment) IsVariable() bool { return s.Variable != "" }

// ParseTemplateBody splits a body into literal text and variables. It checks
// syntax only; whether a variable is known is Validate's job, because that
// depends on the template's declarations.
func ParseTemplateBody(body string) ([]TemplateSegment, error) {
	segs, err := parseBody(body)
	if err != nil {
		return nil, err
	}
	return segs, nil
}

// parseBody also returns the segments before the first error, so
// VariablesUsed can still help while the user is mid-edit.
func parseBody(body string) ([]TemplateSegment, *TemplateError) {
	var segs []TemplateSegment
	i := 0
	for i < len(body) {
		rest := body[i:]
		open := strings.Index(rest, "{{")
		if close := strings.Index(rest, "}}"); close >= 0 && (open < 0 || close < open) {
			return segs, newTemplateError(body, i+close, 2, `stray "}}" with no "{{" before it`)
		}
		if open < 0 {
			segs = append(segs, TemplateSegment{Offset: i, Text: rest})
			break
		}
		if open > 0 {
			segs = append(segs, TemplateSegment{Offset: i, Text: rest[:open]})
		}
		start := i + open
		inner := start + 2
		end := strings.Index(body[inner:], "}}")
		// A "{{" or line break before the closing braces almost always means
		// the closing braces were forgotten here, not that the name is odd.
		next := strings.Index(body[inner:], "{{")
		nl := strings.IndexByte(body[inner:], '\n')
		if end < 0 || (next >= 0 && next < end) || (nl >= 0 && nl < end) {
			return segs, newTemplateError(body, start, 2, `unclosed "{{": add "}}" after the variable name`)
		}
		raw := body[start : inner+end+2]
		content := body[inner : inner+end]
		trimmed := strings.TrimLeft(content, " \t")
		nameOffset := inner + len(content) - len(trimmed)
		name := strings.TrimRight(trimmed, " \t")
		if name == "" {
			return segs, newTemplateError(body, start, len(raw), "empty variable %s: put a name between the braces, e.g. {{event.date}}", raw)
		}
		if at, msg := checkVariableName(name); msg != "" {
			return segs, newTemplateError(body, nameOffset+at, 1, "%s", msg)
		}
		segs = append(segs, TemplateSegment{Offset: start, Text: raw, Variable: name})
		i = inner + end + 2
	}
	return segs, nil
}

// checkVariableName returns the byte index of the first problem in name and
// a message for it, or "" if the name is well formed.
func checkVariableName(name string) (at int, msg string) {
	if name == "" {
		return 0, "empty variable name"
	}
	segStart := true
	for i, r := range name {
		switch {
		case r == '.':
			if segStart {
				return i, fmt.Sprintf("variable name %q has an empty part around a dot", name)
			}
			segStart = true
			continue
		case r >= 'a' && r <= 'z':
		case (r >= '0' && r <= '9') || r == '_':
			if segStart {
				return i, fmt.Sprintf("variable name %q: each part must start with a lowercase letter, not %q", name, r)
			}
		case r >= 'A' && r <= 'Z':
			return i, fmt.Sprintf("variable name %q: use lowercase letters (%q)", name, strings.ToLower(name))
		case r == ' ' || r == '\t' || r == '-':
			return i, fmt.Sprintf(`variable name %q: use "_" or "." instead of %q`, name, r)
		default:
			return i, fmt.Sprintf(`invalid character %q in variable name %q: use lowercase letters, digits, "_" and "."`, r, name)
		}
		segStart = false
	}
	if segStart {
		return len(name) - 1, fmt.Sprintf("variable name %q ends with a dot", name)
	}
	return 0, ""
}

// ValidateVariableName reports whether name can be used as {{name}}: dotted
// parts of lowercase letters, digits and "_", each starting with a letter.
func ValidateVariableName(name string) error {
	if _, msg := checkVariableName(name); msg != "" {
		return errors.New(msg)
	}
	return nil
}

var keyPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// Validate checks everything needed to draft from the template: a name and
// body, a body that parses, only known variables, and well-formed, unique
// declarations and networks. Body problems are *TemplateError; other
// problems are *TemplateFieldError.
func (t Template) Validate() error {
	if strings.TrimSpace(t.Name) == "" {
		return &TemplateFieldError{Field: "name", Index: -1, Msg: "the template needs a name"}
	}
	if t.Key != "" && !keyPattern.MatchString(t.Key) {
		return &TemplateFieldError{Field: "key", Index: -1, Msg: fmt.Sprintf("%q is not a valid key: use lowercase letters, digits and single dashes, e.g. holiday-closure", t.Key)}
	}
	if strings.TrimSpace(t.Body) == "" {
		return &TemplateFieldError{Field: "body", Index: -1, Msg: "the template has no text"}
	}
	seen := make(map[string]bool, len(t.Variables))
	for i, v := range t.Variables {
		if err := ValidateVariableName(v.Name); err != nil {
			return &TemplateFieldError{Field: "variables", Index: i, Msg: err.Error()}
		}
		if _, ok := clinicValue(Profile{}, v.Name); ok || strings.HasPrefix(v.Name, "clinic.") {
			return &TemplateFieldError{Field: "variables", Index: i, Msg: fmt.Sprintf("%q cannot be declared: clinic.* variables come from the clinic profile", v.Name)}
		}
		if seen[v.Name] {
			return &TemplateFieldError{Field: "variables", Index: i, Msg: fmt.Sprintf("%q is declared twice", v.Name)}
		}
		seen[v.Name] = true
		if strings.TrimSpace(v.Label) == "" {
			return &TemplateFieldError{Field: "variables", Index: i, Msg: fmt.Sprintf("%q needs a label to show the user", v.Name)}
		}
	}
	seenNet := make(map[Network]bool, len(t.Networks))
	for i, n := range t.Networks {
		parsed, err := ParseNetwork(string(n))
		if err != nil {
			return &TemplateFieldError{Field: "networks", Index: i, Msg: err.Error()}
		}
		if parsed != n {
			return &TemplateFieldError{Field: "networks", Index: i, Msg: fmt.Sprintf("write %q as %q", string(n), string(parsed))}
		}
		if seenNet[n] {
			return &TemplateFieldError{Field: "networks", Index: i, Msg: fmt.Sprintf("%q is listed twice", string(n))}
		}
		seenNet[n] = true
	}
	segs, perr := parseBody(t.Body)
	if perr != nil {
		return perr
	}
	for _, s := range segs {
		if !s.IsVariable() || seen[s.Variable] {
			continue
		}
		if _, ok := clinicValue(Profile{}, s.Variable); ok {
			continue
		}
		return newTemplateError(t.Body, s.Offset, len(s.Text), "%s", t.unknownMessage(s.Variable))
	}
	return nil
}

func (t Template) unknownMessage(name string) string {
	if strings.HasPrefix(name, "clinic.") {
		return fmt.Sprintf("unknown clinic variable {{%s}} (clinic variables: %s)", name, clinicVariableNames())
	}
	if len(t.Variables) == 0 {
		return fmt.Sprintf("unknown variable {{%s}} (this template declares no variables)", name)
	}
	names := make([]string, len(t.Variables))
	for i, v := range t.Variables {
		names[i] = v.Name
	}
	return fmt.Sprintf("unknown variable {{%s}} (declared: %s)", name, strings.Join(names, ", "))
}

// VariablesUsed lists the variables in the body in order of first use,
// each once. On a body that does not parse it lists those before the first
// error, so an editor can keep showing them while the user types.
func (t Template) VariablesUsed() []string {
	segs, _ := parseBody(t.Body) // as said above: what parsed is enough
	var names []string
	seen := map[string]bool{}
	for _, s := range segs {
		if s.IsVariable() && !seen[s.Variable] {
			seen[s.Variable] = true
			names = append(names, s.Variable)
		}
	}
	return names
}

func (t Template) declared(name string) (TemplateVariable, bool) {
	for _, v := range t.Variables {
		if v.Name == name {
			return v, true
		}
	}
	return TemplateVariable{}, false
}

// NeededVariables lists what the user must be asked for, in order of first
// use: the declared variables the body uses, plus clinic.* variables the
// profile leaves empty. Unknown variables are left out; Validate reports
// them.
func (t Template) NeededVariables(p Profile) []TemplateVariable {
	var need []TemplateVariable
	for _, name := range t.VariablesUsed() {
		if v, ok := clinicValue(p, name); ok {
			if strings.TrimSpace(v) == "" {
				cv, _ := clinicVariable(name)
				need = append(need, cv)
			}
			continue
		}
		if v, ok := t.declared(name); ok {
			need = append(need, v)
		}
	}
	return need
}

// Render fills clinic.* variables from p (or from values where the profile
// is empty) and the rest from values. Values are trimmed; a needed variable
// with no or a blank value makes a *MissingValuesError naming all of them.
func (t Template) Render(p Profile, values map[string]string) (string, error) {
	if err := t.Validate(); err != nil {
		return "", err
	}
	var missing []TemplateVariable
	for _, v := range t.NeededVariables(p) {
		if strings.TrimSpace(values[v.Name]) == "" {
			missing = append(missing, v)
		}
	}
	if len(missing) > 0 {
		return "", &MissingValuesError{Variables: missing}
	}
	return t.fill(p, func(v TemplateVariable) string { return values[v.Name] }), nil
}

// Preview renders for display while the form is still being filled: a
// blank falls back to the variable's Example, then to "[Label]", so the
// layout of the finished post is visible early. The result is not for
// publishing, since examples are made-up text.
func (t Template) Preview(p Profile, values map[string]string) (string, error) {
	if err := t.Validate(); err != nil {
		return "", err
	}
	return t.fill(p, func(v TemplateVariable) string {
		if s := strings.TrimSpace(values[v.Name]); s != "" {
			return s
		}
		if _, isClinic := clinicValue(p, v.Name); !isClinic && strings.TrimSpace(v.Example) != "" {
			return v.Example
		}
		// Clinic examples are a made-up clinic; showing them would look
		// like the clinic's own details.
		return "[" + v.Label + "]"
	}), nil
}

// fill assumes t is valid.
func (t Template) fill(p Profile, value func(TemplateVariable) string) string {
	segs, _ := parseBody(t.Body) // its callers ran Validate, which parses it
	var b strings.Builder
	b.Grow(len(t.Body))
	for _, s := range segs {
		if !s.IsVariable() {
			b.WriteString(s.Text)
			continue
		}
		if v, ok := clinicValue(p, s.Variable); ok && strings.TrimSpace(v) != "" {
			b.WriteString(strings.TrimSpace(v))
			continue
		}
		v, ok := t.declared(s.Variable)
		if !ok {
			v, _ = clinicVariable(s.Variable)
		}
		b.WriteString(strings.TrimSpace(value(v)))
	}
	return b.String()
}
