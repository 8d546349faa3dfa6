package drafts

import (
	"errors"
	"fmt"
	"strings"
)

// Network names a place CarePost posts to. The value is what CarePost
// stores and what people type on the command line, so it never changes.
type Network string

// The networks CarePost speaks to.
const (
	Mastodon  Network = "mastodon"
	Bluesky   Network = "bluesky"
	Facebook  Network = "facebook"
	Instagram Network = "instagram"
	LinkedIn  Network = "linkedin"
	X         Network = "x"
	GBP       Network = "gbp"
)

// AllNetworks lists every network in the order CarePost shows them.
var AllNetworks = []Network{Mastodon, Bluesky, Facebook, Instagram, LinkedIn, X, GBP}

// Units of counting, in the words shown to clinic staff.
const (
	unitCharacters         = "characters"
	unitWeightedCharacters = "weighted characters"
	unitGraphemes          = "graphemes"
)

// How long a link counts on X and on Mastodon, whatever its real length:
// twitter-text config v3 "transformedURLLength": 23, and Mastodon's
// StatusLengthValidator::URL_PLACEHOLDER_CHARS = 23.
const linkWeight = 23

// DefaultMastodonLimit is Mastodon's stock StatusLengthValidator::MAX_CHARS.
// An instance may raise it (its /api/v2/instance reports
// configuration.statuses.max_characters); see CountTextWithLimit.
const DefaultMastodonLimit = 500

// textRule is what a network allows in a post's text.
type textRule struct {
	label string
	limit int
	unit  string
	// bytes caps the UTF-8 size of the text; 0 when the network has none.
	bytes int
	// hashtags caps #tags in the text; 0 when the network has none.
	hashtags int
}

// textRuleFor holds each network's text limits and where they come from.
//
// Where a network documents a number of "characters" but not what a
// character is, CarePost counts UTF-16 code units: that is what Java's
// String.length() and JavaScript's .length report, so it is what the
// Java/JavaScript validators behind those APIs most plausibly count, and it
// is never lower than the count of code points or graphemes. A post that
// fits by this count fits however the network counts; the worst error is
// warning a little early about text heavy with emoji.
func textRuleFor(n Network) (textRule, bool) {
	switch n {
	case Mastodon:
		// app/validators/status_length_validator.rb: grapheme clusters
		// (each_grapheme_cluster.size) of the text after every URL becomes
		// 23 "x" and every @user@domain becomes @user. The UI says
		// "characters", so CarePost does too.
		return textRule{label: "Mastodon", limit: DefaultMastodonLimit, unit: unitCharacters}, true
	case Bluesky:
		// lexicons/app/bsky/feed/post.json: text "maxGraphemes": 300 and
		// "maxLength": 3000; the lexicon's maxLength for strings is UTF-8
		// bytes (@atproto/lexicon validates it with utf8Len).
		return textRule{label: "Bluesky", limit: 300, unit: unitGraphemes, bytes: 3000}, true
	case Facebook:
		// Facebook's long-standing 63,206-character post limit; unit
		// undocumented, so UTF-16 (see above).
		return textRule{label: "Facebook Page", limit: 63206, unit: unitCharacters}, true
	case Instagram:
		// Instagram Graph API (POST /{ig-user-id}/media, caption): at most
		// 2,200 characters and 30 hashtags; unit undocumented, so UTF-16.
		return textRule{label: "Instagram", limit: 2200, unit: unitCharacters, hashtags: 30}, true
	case LinkedIn:
		// Posts API "commentary": at most 3,000 characters. LinkedIn's
		// Java backend reports "ShareCommentary text length (N characters)
		// exceeded the maximum allowed (3000 characters)"; counted as
		// Java counts, in UTF-16 units.
		return textRule{label: "LinkedIn Page", limit: 3000, unit: unitCharacters}, true
	case X:
		// twitter-text config/v3.json: maxWeightedTweetLength 280, scale
		// 100, defaultWeight 200, ranges 0-4351, 8192-8205, 8208-8223 and
		// 8242-8247 weigh 100, emojiParsingEnabled, transformedURLLength 23.
		return textRule{label: "X", limit: 280, unit: unitWeightedCharacters}, true
	case GBP:
		// Business Profile API localPosts "summary": at most 1,500
		// characters; unit undocumented, so UTF-16.
		return textRule{label: "Google Business Profile", limit: 1500, unit: unitCharacters}, true
	}
	return textRule{}, false
}

// Label is the network's name as clinic staff know it.
func (n Network) Label() string {
	if r, ok := textRuleFor(n); ok {
		return r.label
	}
	return string(n)
}

// Limit is the most a post's text may count on this network, in its own
// unit (see Count.Unit); 0 for a network CarePost doesn't know.
func (n Network) Limit() int {
	r, _ := textRuleFor(n)
	return r.limit
}

// Valid reports whether CarePost knows this network.
func (n Network) Valid() bool {
	_, ok := textRuleFor(n)
	return ok
}

func validNetworkList() string {
	names := make([]string, len(AllNetworks))
	for i, n := range AllNetworks {
		names[i] = string(n)
	}
	return strings.Join(names, ", ")
}

// ParseNetwork turns what someone typed into a Network, ignoring case and
// surrounding space.
func ParseNetwork(s string) (Network, error) {
	name := strings.ToLower(strings.TrimSpace(s))
	if name == "" {
		return "", fmt.Errorf("no network named; valid networks are %s", validNetworkList())
	}
	if n := Network(name); n.Valid() {
		return n, nil
	}
	return "", fmt.Errorf("unknown network %q; valid networks are %s", strings.TrimSpace(s), validNetworkList())
}

// ParseNetworks reads a comma-separated list such as "mastodon, bluesky,x".
// It keeps the order given and drops repeats. Empty items (a trailing
// comma) are skipped, but a list that names no network at all is an error,
// as is any name CarePost doesn't know.
func ParseNetworks(list string) ([]Network, error) {
	var out []Network
	for _, part := range strings.Split(list, ",") {
		if strings.TrimSpace(part) == "" {
			continue
		}
		n, err := ParseNetwork(part)
		if err != nil {
			return nil, err
		}
		if !containsNetwork(out, n) {
			out = append(out, n)
		}
	}
	if len(out) == 0 {
		return nil, errors.New("no networks named; valid networks are " + validNetworkList())
	}
	return out, nil
}

func containsNetwork(list []Network, n Network) bool {
	for _, m := range list {
		if m == n {
			return true
		}
	}
	return false
}

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
