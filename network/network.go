// Package network owns which networks CarePost speaks to and what each
// allows: its name, the limits of a post's text and the pictures it takes.
// It is a leaf: it imports nothing of CarePost's, so the drafts (which
// count and check posts) and the connectors (which send them) share it
// without depending on each other.
package network

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

// All lists every network in the order CarePost shows them.
var All = []Network{Mastodon, Bluesky, Facebook, Instagram, LinkedIn, X, GBP}

// Units of counting, in the words shown to clinic staff.
const (
	UnitCharacters         = "characters"
	UnitWeightedCharacters = "weighted characters"
	UnitGraphemes          = "graphemes"
)

// How long a link counts on X and on Mastodon, whatever its real length:
// twitter-text config v3 "transformedURLLength": 23, and Mastodon's
// StatusLengthValidator::URL_PLACEHOLDER_CHARS = 23.
const LinkWeight = 23

// DefaultMastodonLimit is Mastodon's stock StatusLengthValidator::MAX_CHARS.
// An instance may raise it (its /api/v2/instance reports
// configuration.statuses.max_characters).
const DefaultMastodonLimit = 500

// TextRule is what a network allows in a post's text.
type TextRule struct {
	Label string // the network's name as clinic staff know it
	Limit int    // in Unit
	Unit  string // UnitCharacters, UnitWeightedCharacters or UnitGraphemes
	// Bytes caps the UTF-8 size of the text; 0 when the network has none.
	Bytes int
	// Hashtags caps #tags in the text; 0 when the network has none.
	Hashtags int
}

// TextRuleFor holds each network's text limits and where they come from.
//
// Where a network documents a number of "characters" but not what a
// character is, CarePost counts UTF-16 code units: that is what Java's
// String.length() and JavaScript's .length report, so it is what the
// Java/JavaScript validators behind those APIs most plausibly count, and it
// is never lower than the count of code points or graphemes. A post that
// fits by this count fits however the network counts; the worst error is
// warning a little early about text heavy with emoji.
func TextRuleFor(n Network) (TextRule, bool) {
	switch n {
	case Mastodon:
		// app/validators/status_length_validator.rb: grapheme clusters
		// (each_grapheme_cluster.size) of the text after every URL becomes
		// 23 "x" and every @user@domain becomes @user. The UI says
		// "characters", so CarePost does too.
		return TextRule{Label: "Mastodon", Limit: DefaultMastodonLimit, Unit: UnitCharacters}, true
	case Bluesky:
		// lexicons/app/bsky/feed/post.json: text "maxGraphemes": 300 and
		// "maxLength": 3000; the lexicon's maxLength for strings is UTF-8
		// bytes (@atproto/lexicon validates it with utf8Len).
		return TextRule{Label: "Bluesky", Limit: 300, Unit: UnitGraphemes, Bytes: 3000}, true
	case Facebook:
		// Facebook's long-standing 63,206-character post limit; unit
		// undocumented, so UTF-16 (see above).
		return TextRule{Label: "Facebook Page", Limit: 63206, Unit: UnitCharacters}, true
	case Instagram:
		// Instagram Graph API (POST /{ig-user-id}/media, caption): at most
		// 2,200 characters and 30 hashtags; unit undocumented, so UTF-16.
		return TextRule{Label: "Instagram", Limit: 2200, Unit: UnitCharacters, Hashtags: 30}, true
	case LinkedIn:
		// Posts API "commentary": at most 3,000 characters. LinkedIn's
		// Java backend reports "ShareCommentary text length (N characters)
		// exceeded the maximum allowed (3000 characters)"; counted as
		// Java counts, in UTF-16 units.
		return TextRule{Label: "LinkedIn Page", Limit: 3000, Unit: UnitCharacters}, true
	case X:
		// twitter-text config/v3.json: maxWeightedTweetLength 280, scale
		// 100, defaultWeight 200, ranges 0-4351, 8192-8205, 8208-8223 and
		// 8242-8247 weigh 100, emojiParsingEnabled, transformedURLLength 23.
		return TextRule{Label: "X", Limit: 280, Unit: UnitWeightedCharacters}, true
	case GBP:
		// Business Profile API localPosts "summary": at most 1,500
		// characters; unit undocumented, so UTF-16.
		return TextRule{Label: "Google Business Profile", Limit: 1500, Unit: UnitCharacters}, true
	}
	return TextRule{}, false
}

// Label is the network's name as clinic staff know it.
func (n Network) Label() string {
	if r, ok := TextRuleFor(n); ok {
		return r.Label
	}
	return string(n)
}

// Limit is the most a post's text may count on this network, in its own
// unit (TextRule.Unit); 0 for a network CarePost doesn't know.
func (n Network) Limit() int {
	r, _ := TextRuleFor(n)
	return r.Limit
}

// Valid reports whether CarePost knows this network.
func (n Network) Valid() bool {
	_, ok := TextRuleFor(n)
	return ok
}

func validNetworkList() string {
	names := make([]string, len(All))
	for i, n := range All {
		names[i] = string(n)
	}
	return strings.Join(names, ", ")
}

// Parse turns what someone typed into a Network, ignoring case and
// surrounding space.
func Parse(s string) (Network, error) {
	name := strings.ToLower(strings.TrimSpace(s))
	if name == "" {
		return "", fmt.Errorf("no network named; valid networks are %s", validNetworkList())
	}
	if n := Network(name); n.Valid() {
		return n, nil
	}
	return "", fmt.Errorf("unknown network %q; valid networks are %s", strings.TrimSpace(s), validNetworkList())
}

// ParseList reads a comma-separated list such as "mastodon, bluesky,x".
// It keeps the order given and drops repeats. Empty items (a trailing
// comma) are skipped, but a list that names no network at all is an error,
// as is any name CarePost doesn't know.
func ParseList(list string) ([]Network, error) {
	var out []Network
	for _, part := range strings.Split(list, ",") {
		if strings.TrimSpace(part) == "" {
			continue
		}
		n, err := Parse(part)
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
