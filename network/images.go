package network

import (
	"fmt"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// ImageRule is what a network accepts as a picture in a post.
type ImageRule struct {
	Types    []string // MIME types accepted, e.g. "image/jpeg"
	MaxBytes int64
	MaxCount int // images per post
	// MinBytes is the smallest file accepted; 0 when there is no floor.
	MinBytes int64
	// TypeMaxBytes overrides MaxBytes for particular types (X takes larger
	// GIFs than other pictures); nil when one cap fits all.
	TypeMaxBytes map[string]int64
}

// Accepts reports whether the rule takes this MIME type.
func (r ImageRule) Accepts(mimeType string) bool {
	t := normalizeMIME(mimeType)
	for _, a := range r.Types {
		if a == t {
			return true
		}
	}
	return false
}

// MaxBytesFor is the size cap for one picture of this type.
func (r ImageRule) MaxBytesFor(mimeType string) int64 {
	if m, ok := r.TypeMaxBytes[normalizeMIME(mimeType)]; ok {
		return m
	}
	return r.MaxBytes
}

// Image MIME types, spelled once.
const (
	mimeJPEG = "image/jpeg"
	mimePNG  = "image/png"
	mimeGIF  = "image/gif"
	mimeWebP = "image/webp"
	mimeHEIC = "image/heic"
	mimeHEIF = "image/heif"
	mimeAVIF = "image/avif"
	mimeBMP  = "image/bmp"
	mimeTIFF = "image/tiff"
)

const (
	kib = 1 << 10
	mib = 1 << 20
	mb  = 1_000_000
)

// ImageRuleFor returns a fresh copy of the network's picture rules, so a
// caller may change it freely. A network CarePost doesn't know accepts
// nothing.
//
// Where a source gives "N MB" without saying decimal or binary, the cap is
// the smaller, decimal reading and any floor the larger, binary one, so a
// picture CarePost passes is never refused for its size.
func ImageRuleFor(n Network) ImageRule {
	switch n {
	case Mastodon:
		// app/models/media_attachment.rb: IMAGE_LIMIT = 16.megabytes (Rails:
		// binary) and IMAGE_MIME_TYPES; Status::MEDIA_ATTACHMENTS_LIMIT = 4.
		return ImageRule{
			Types:    []string{mimeJPEG, mimePNG, mimeGIF, mimeWebP, mimeHEIC, mimeHEIF, mimeAVIF},
			MaxBytes: 16 * mib,
			MaxCount: 4,
		}
	case Bluesky:
		// lexicons/app/bsky/embed/images.json: images maxLength 4; image
		// blob accept image/*, maxSize 1000000. Listed are the formats the
		// Bluesky app itself posts.
		return ImageRule{
			Types:    []string{mimeJPEG, mimePNG, mimeGIF, mimeWebP},
			MaxBytes: 1 * mb,
			MaxCount: 4,
		}
	case Facebook:
		// Graph API "Uploading Photos": JPEG, BMP, PNG, GIF, TIFF; it only
		// recommends under 4 MB (and PNG under 1 MB, or it may look
		// pixelated). The 10 MB cap and 10 pictures are what Page
		// publishing tools agree on; Meta documents neither.
		return ImageRule{
			Types:    []string{mimeJPEG, mimePNG, mimeGIF, mimeBMP, mimeTIFF},
			MaxBytes: 10 * mb,
			MaxCount: 10,
		}
	case Instagram:
		// Graph API POST /{ig-user-id}/media image specifications: JPEG
		// only, 8 MB maximum; carousels take up to 10 items.
		return ImageRule{
			Types:    []string{mimeJPEG},
			MaxBytes: 8 * mb,
			MaxCount: 10,
		}
	case LinkedIn:
		// Images API (learn.microsoft.com, LinkedIn Marketing): JPG, GIF,
		// PNG, under 36,152,320 pixels; multi-image posts take 2-20. It
		// gives no byte cap; 5 MB is what publishing tools enforce.
		return ImageRule{
			Types:    []string{mimeJPEG, mimePNG, mimeGIF},
			MaxBytes: 5 * mb,
			MaxCount: 20,
		}
	case X:
		// docs.x.com media upload: images 5 MB, GIFs 15 MB; its best
		// practices page: up to 4 pictures in a post.
		return ImageRule{
			Types:        []string{mimeJPEG, mimePNG, mimeGIF, mimeWebP},
			MaxBytes:     5 * mb,
			MaxCount:     4,
			TypeMaxBytes: map[string]int64{mimeGIF: 15 * mb},
		}
	case GBP:
		// Business Profile photo guidelines: JPG or PNG, 10 KB to 5 MB; a
		// local post carries one picture.
		return ImageRule{
			Types:    []string{mimeJPEG, mimePNG},
			MaxBytes: 5 * mb,
			MinBytes: 10 * kib,
			MaxCount: 1,
		}
	}
	return ImageRule{}
}

// CheckImage returns a plain-English problem (or "" when fine) for one image
// of this MIME type and size on network n.
func CheckImage(n Network, mimeType string, size int64) string {
	if !n.Valid() {
		return fmt.Sprintf("CarePost doesn't know the network %q.", string(n))
	}
	rule := ImageRuleFor(n)
	if !rule.Accepts(mimeType) {
		what := "this file's type is unknown"
		if t := normalizeMIME(mimeType); t != "" {
			what = "this one is " + mimeWords(t)
		}
		return fmt.Sprintf("%s accepts %s; %s.", n.Label(), acceptedWords(rule.Types), what)
	}
	if size <= 0 {
		return "This picture's file is empty."
	}
	if max := rule.MaxBytesFor(mimeType); size > max {
		limit, this := compareSizes(max, size)
		return fmt.Sprintf("%s takes %s pictures up to %s; this one is %s.",
			n.Label(), mimeWords(normalizeMIME(mimeType)), limit, this)
	}
	if size < rule.MinBytes {
		limit, this := compareSizes(rule.MinBytes, size)
		return fmt.Sprintf("%s needs pictures of at least %s; this one is %s, too small to show well.",
			n.Label(), limit, this)
	}
	return ""
}

// compareSizes words a limit and a size so the difference shows: when both
// round to the same "1 MB", the exact byte counts follow.
func compareSizes(limit, size int64) (string, string) {
	l, s := sizeWords(limit, limit), sizeWords(size, limit)
	if l == s {
		return fmt.Sprintf("%s (%s bytes)", l, withCommas(int(limit))), withCommas(int(size)) + " bytes"
	}
	return l, s
}

// normalizeMIME lowercases a MIME type, drops parameters and maps common
// misspellings, since file pickers and servers disagree on "image/jpg".
func normalizeMIME(t string) string {
	if i := strings.IndexByte(t, ';'); i >= 0 {
		t = t[:i]
	}
	t = strings.ToLower(strings.TrimSpace(t))
	switch t {
	case "image/jpg", "image/pjpeg":
		return mimeJPEG
	case "image/x-png":
		return mimePNG
	case "image/x-ms-bmp":
		return mimeBMP
	}
	return t
}

// mimeWords names a picture format the way people say it.
func mimeWords(t string) string {
	switch t {
	case mimeJPEG:
		return "JPEG"
	case mimePNG:
		return "PNG"
	case mimeGIF:
		return "GIF"
	case mimeWebP:
		return "WebP"
	case mimeHEIC:
		return "HEIC"
	case mimeHEIF:
		return "HEIF"
	case mimeAVIF:
		return "AVIF"
	case mimeBMP:
		return "BMP"
	case mimeTIFF:
		return "TIFF"
	}
	return t
}

func acceptedWords(types []string) string {
	words := make([]string, len(types))
	for i, t := range types {
		words[i] = mimeWords(t)
	}
	switch len(words) {
	case 0:
		return "no pictures"
	case 1:
		return "only " + words[0] + " pictures"
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1] + " pictures"
}

// sizeWords writes a byte count in the base its limit was given in, so a
// 16 MiB cap reads "16 MB" rather than "16.8 MB" and the two compare.
func sizeWords(n, limit int64) string {
	unit := int64(1000)
	if limit%kib == 0 {
		unit = 1024
	}
	switch {
	case n >= unit*unit:
		return trimDecimal(float64(n)/float64(unit*unit)) + " MB"
	case n >= unit:
		return trimDecimal(float64(n)/float64(unit)) + " KB"
	}
	return fmt.Sprintf("%d bytes", n)
}

// trimDecimal keeps one decimal place, but only where it says something.
func trimDecimal(v float64) string {
	s := fmt.Sprintf("%.1f", v)
	return strings.TrimSuffix(s, ".0")
}

// english groups thousands as CarePost's English text does, "63,206".
var english = message.NewPrinter(language.English)

func withCommas(n int) string { return english.Sprintf("%d", n) }
