package drafts

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
)

// The template file lets clinics share templates with each other and keep
// them outside the database. The header is checked before the templates so a
// wrong or newer file gets a plain answer rather than a JSON error.
const (
	TemplateFileFormat  = "carepost-templates"
	TemplateFileVersion = 1
	// MaxTemplateFileSize keeps a mistaken pick (a video, a database) from
	// being read into memory whole; real files are a few kilobytes.
	MaxTemplateFileSize = 8 << 20
)

type templateFile struct {
	Format    string     `json:"format"`
	Version   int        `json:"version"`
	Templates []Template `json:"templates"`
}

// TemplateFileError names the template in a file that could not be read.
type TemplateFileError struct {
	Index int    // 0-based position in the file's list; messages count from 1
	Name  string // the template's name as far as it could be read
	Err   error  // often a *TemplateError or *TemplateFieldError
}

func (e *TemplateFileError) Error() string {
	name := "no name"
	if strings.TrimSpace(e.Name) != "" {
		name = fmt.Sprintf("%q", e.Name)
	}
	return fmt.Sprintf("template %d (%s): %v", e.Index+1, name, e.Err)
}

func (e *TemplateFileError) Unwrap() error { return e.Err }

// EncodeTemplates writes ts as a template file. It refuses invalid templates
// so that every exported file can be imported again.
func EncodeTemplates(w io.Writer, ts []Template) error {
	f := templateFile{Format: TemplateFileFormat, Version: TemplateFileVersion, Templates: make([]Template, len(ts))}
	keys := map[string]int{}
	for i, t := range ts {
		if err := t.Validate(); err != nil {
			return &TemplateFileError{Index: i, Name: t.Name, Err: err}
		}
		if err := checkDuplicateKey(keys, t.Key, i); err != nil {
			return &TemplateFileError{Index: i, Name: t.Name, Err: err}
		}
		if t.Variables == nil {
			// "variables": [] reads better to someone opening the file
			// than null.
			t.Variables = []TemplateVariable{}
		}
		f.Templates[i] = t
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // bodies are full of & and <, which should stay readable
	enc.SetIndent("", "  ")
	if err := enc.Encode(f); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

func checkDuplicateKey(keys map[string]int, key string, i int) error {
	if key == "" {
		return nil
	}
	if first, dup := keys[key]; dup {
		return fmt.Errorf("key %q is also used by template %d", key, first+1)
	}
	keys[key] = i
	return nil
}

// DecodeTemplates reads a template file. It rejects files of another
// format or a newer version, and any invalid template, naming the template
// by its position and name and, for body errors, the line and column.
// Imported templates are never Builtin and have no ID, even when their key
// matches a built-in's; the caller decides how to merge them.
func DecodeTemplates(r io.Reader) ([]Template, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxTemplateFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxTemplateFileSize {
		return nil, fmt.Errorf("not a CarePost templates file: it is larger than %d MB", MaxTemplateFileSize>>20)
	}
	var head struct {
		Format    *string            `json:"format"`
		Version   *int               `json:"version"`
		Templates *[]json.RawMessage `json:"templates"`
	}
	if err := decodeStrict(data, &head, false); err != nil {
		return nil, fmt.Errorf("not a CarePost templates file: %v", describeJSONError(data, err))
	}
	switch {
	case head.Format == nil:
		return nil, fmt.Errorf(`not a CarePost templates file: it has no "format" field`)
	case *head.Format != TemplateFileFormat:
		return nil, fmt.Errorf("not a CarePost templates file: its format is %q, not %q", *head.Format, TemplateFileFormat)
	case head.Version == nil:
		return nil, fmt.Errorf(`templates file has no "version" field`)
	case *head.Version > TemplateFileVersion:
		return nil, fmt.Errorf("templates file is version %d, made by a newer CarePost; this one reads up to version %d, so please update CarePost to import it", *head.Version, TemplateFileVersion)
	case *head.Version < 1:
		return nil, fmt.Errorf("templates file has an invalid version %d", *head.Version)
	case head.Templates == nil:
		return nil, fmt.Errorf(`templates file has no "templates" list`)
	}
	ts := make([]Template, 0, len(*head.Templates))
	keys := map[string]int{}
	for i, raw := range *head.Templates {
		var t Template
		if err := decodeStrict(raw, &t, true); err != nil {
			return nil, &TemplateFileError{Index: i, Name: lenientName(raw), Err: errors.New(describeJSONError(raw, err))}
		}
		t.normalize()
		if err := t.Validate(); err != nil {
			return nil, &TemplateFileError{Index: i, Name: t.Name, Err: err}
		}
		if err := checkDuplicateKey(keys, t.Key, i); err != nil {
			return nil, &TemplateFileError{Index: i, Name: t.Name, Err: err}
		}
		ts = append(ts, t)
	}
	return ts, nil
}

// normalize makes decoded templates compare equal however the file spelled
// empty lists, and accepts network spellings ParseNetwork understands.
func (t *Template) normalize() {
	t.ID, t.Builtin = 0, false
	if len(t.Variables) == 0 {
		t.Variables = nil
	}
	if len(t.Networks) == 0 {
		t.Networks = nil
	}
	for i, n := range t.Networks {
		if parsed, err := ParseNetwork(string(n)); err == nil {
			t.Networks[i] = parsed
		}
	}
}

// decodeStrict decodes exactly one JSON value. Templates reject unknown
// fields because a misspelt "variabels" would otherwise vanish silently;
// the header does not, so a later version can add top-level fields that
// older readers ignore.
func decodeStrict(data []byte, v any, disallowUnknown bool) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	if disallowUnknown {
		dec.DisallowUnknownFields()
	}
	if err := dec.Decode(v); err != nil {
		if errors.Is(err, io.EOF) {
			return errors.New("the file is empty")
		}
		return err
	}
	end := dec.InputOffset()
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		rest := data[end:]
		return &trailingDataError{offset: end + int64(len(rest)-len(bytes.TrimLeft(rest, " \t\r\n")))}
	}
	return nil
}

type trailingDataError struct{ offset int64 }

func (e *trailingDataError) Error() string { return "unexpected text after the end of the JSON" }

func lenientName(raw []byte) string {
	var t struct {
		Name string `json:"name"`
	}
	// The name only labels the error being reported about this entry; an
	// entry too broken to give one is reported without it.
	_ = json.Unmarshal(raw, &t)
	return t.Name
}

// describeJSONError rewords encoding/json errors for people who have never
// seen JSON, keeping the position where there is one.
func describeJSONError(data []byte, err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	var trail *trailingDataError
	at := func(offset int64, msg string) string {
		off := min(max(int(offset), 0), len(data))
		line, col := lineColumn(string(data), off)
		return fmt.Sprintf("line %d, column %d: %s", line, col, msg)
	}
	switch {
	case errors.As(err, &syn):
		// Offset counts the offending byte itself; point at it, not after.
		return at(syn.Offset-1, strings.TrimPrefix(syn.Error(), "json: "))
	case errors.As(err, &trail):
		return at(trail.offset, trail.Error())
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "the JSON ends too early (is the file cut short?)"
	case errors.As(err, &typ):
		field := typ.Field
		if field == "" {
			return fmt.Sprintf("expected %s, found %s", describeType(typ.Type), typ.Value)
		}
		return fmt.Sprintf("%q should be %s, not %s", field, describeType(typ.Type), typ.Value)
	}
	return strings.TrimPrefix(err.Error(), "json: ")
}

func describeType(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Slice, reflect.Array:
		return "a list"
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.String:
		return "text"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Float32, reflect.Float64:
		return "a number"
	}
	return t.String()
}
