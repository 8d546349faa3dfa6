// Package assets embeds what ships inside the binary: the app icon and the
// built-in clinic templates. It imports nothing of the project.
package assets

import (
	"embed"
	_ "embed"
)

// Icon is the app icon (PNG), also named by FyneApp.toml.
//
//go:embed icon.png
var Icon []byte

// Templates holds the built-in templates as templates/*.json.
//
//go:embed templates/*.json
var Templates embed.FS
