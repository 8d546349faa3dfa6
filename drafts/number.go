package drafts

import (
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// english formats numbers the way CarePost's English text writes them. A
// Printer copies itself for each call, so one may be shared by goroutines.
var english = message.NewPrinter(language.English)

// withCommas writes n with English thousands separators, as in "63,206".
// It is the one place counts and sizes shown to staff are grouped.
func withCommas(n int) string {
	return english.Sprintf("%d", n)
}

// FormatCount is withCommas for the screens: "63,206".
func FormatCount(n int) string { return withCommas(n) }
