// Package carepost holds what identifies the app: its ID, name and version,
// read from FyneApp.toml so that file stays the one source for both
// `fyne package` and app.NewWithID.
package carepost

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
)

//go:embed FyneApp.toml
var fyneAppTOML string

// Info is the [Details] table of FyneApp.toml.
type Info struct {
	ID      string
	Name    string
	Version string
	Build   int
	Icon    string
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

// ParseInfo reads the [Details] table of a FyneApp.toml. It understands only
// the flat key = value lines that file uses.
func ParseInfo(src string) (Info, error) {
	var info Info
	section := ""
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			section = strings.Trim(line, "[]")
			continue
		}
		key, value, ok := strings.Cut(line, "=")
		if !ok {
			return Info{}, fmt.Errorf("FyneApp.toml line %d: expected key = value", n+1)
		}
		if section != "Details" {
			continue
		}
		key, value = strings.TrimSpace(key), strings.TrimSpace(value)
		switch key {
		case "Build":
			b, err := strconv.Atoi(value)
			if err != nil {
				return Info{}, fmt.Errorf("FyneApp.toml line %d: Build is not a number: %w", n+1, err)
			}
			info.Build = b
		case "ID", "Name", "Version", "Icon":
			s, err := strconv.Unquote(value)
			if err != nil {
				return Info{}, fmt.Errorf("FyneApp.toml line %d: %s is not a quoted string", n+1, key)
			}
			switch key {
			case "ID":
				info.ID = s
			case "Name":
				info.Name = s
			case "Version":
				info.Version = s
			case "Icon":
				info.Icon = s
			}
		}
	}
	if info.ID == "" || info.Name == "" || info.Version == "" {
		return Info{}, fmt.Errorf("FyneApp.toml: [Details] needs ID, Name and Version")
	}
	return info, nil
}
