package drafts

import (
	"cmp"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"

	"github.com/carepost/carepost/assets"
)

// BuiltinTemplates returns the templates that ship with CarePost, sorted by
// Category then Name, each validated and marked Builtin. An error means the
// shipped files are broken, which the package tests catch before release.
// Each call returns fresh copies, so callers may edit them freely.
func BuiltinTemplates() ([]Template, error) {
	ts, err := loadBuiltins()
	if err != nil {
		return nil, err
	}
	out := make([]Template, len(ts))
	for i, t := range ts {
		t.Variables = slices.Clone(t.Variables)
		t.Networks = slices.Clone(t.Networks)
		out[i] = t
	}
	return out, nil
}

var loadBuiltins = sync.OnceValues(func() ([]Template, error) {
	return readBuiltins(assets.Templates, "templates")
})

// readBuiltins takes the file system as a parameter so tests can feed it
// broken files without touching the shipped ones.
func readBuiltins(fsys fs.FS, dir string) ([]Template, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("built-in templates: %w", err)
	}
	var ts []Template
	for _, e := range entries {
		if e.IsDir() || path.Ext(e.Name()) != ".json" {
			continue
		}
		data, err := fs.ReadFile(fsys, path.Join(dir, e.Name()))
		if err != nil {
			return nil, fmt.Errorf("built-in template %s: %w", e.Name(), err)
		}
		var t Template
		if err := decodeStrict(data, &t, true); err != nil {
			return nil, fmt.Errorf("built-in template %s: %s", e.Name(), describeJSONError(data, err))
		}
		t.normalize()
		// The file name is the key so that keys stay unique and a built-in
		// is easy to find from the key a user's saved copy refers to.
		if want := strings.TrimSuffix(e.Name(), ".json"); t.Key != want {
			return nil, fmt.Errorf("built-in template %s: key is %q, want %q (the file name)", e.Name(), t.Key, want)
		}
		if err := t.Validate(); err != nil {
			return nil, fmt.Errorf("built-in template %s: %w", e.Name(), err)
		}
		t.Builtin = true
		ts = append(ts, t)
	}
	if len(ts) == 0 {
		return nil, fmt.Errorf("built-in templates: no .json files in %s", dir)
	}
	slices.SortFunc(ts, func(a, b Template) int {
		return cmp.Or(cmp.Compare(a.Category, b.Category), cmp.Compare(a.Name, b.Name), cmp.Compare(a.Key, b.Key))
	})
	return ts, nil
}
