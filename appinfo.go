// Package carepost holds what identifies the app: its ID, name and version,
// read from FyneApp.toml so that file stays the one source for both
// `fyne package` and app.NewWithID.
package carepost

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/BurntSushi/toml"
)

//go:embed FyneApp.toml
var fyneAppTOML string

// Info is the [Details] table of FyneApp.toml.
type Info struct {
	ID      string `toml:"ID"`
	Name    string `toml:"Name"`
	Version string `toml:"Version"`
	Build   int    `toml:"Build"`
	Icon    string `toml:"Icon"`
}

// AppInfo returns the details embedded from FyneApp.toml at build time.
func AppInfo() Info {
	info, err := ParseInfo(fyneAppTOML)
	if err != nil {
		// The file is part of the source tree; a broken one is a build bug
		// that the package's tests catch before release.
		panic(err)
	}
	return info
}

// ParseInfo reads the [Details] table of a FyneApp.toml (any TOML; other
// tables and keys are ignored). ID, Name and Version must be non-empty
// strings, Build (if present) a whole number and Icon a string.
func ParseInfo(src string) (Info, error) {
	var file struct {
		Details Info `toml:"Details"`
	}
	if _, err := toml.Decode(src, &file); err != nil {
		// The library's messages give the line and the key ("line 5 (last
		// key "Details.Build"): incompatible types: ..."); say which file.
		return Info{}, fmt.Errorf("FyneApp.toml: %s", strings.TrimPrefix(err.Error(), "toml: "))
	}
	info := file.Details
	var missing []string
	for _, f := range []struct{ key, value string }{{"ID", info.ID}, {"Name", info.Name}, {"Version", info.Version}} {
		if strings.TrimSpace(f.value) == "" {
			missing = append(missing, f.key)
		}
	}
	if len(missing) > 0 {
		return Info{}, fmt.Errorf("FyneApp.toml: [Details] needs %s (ID, Name and Version are required)", strings.Join(missing, ", "))
	}
	return info, nil
}
