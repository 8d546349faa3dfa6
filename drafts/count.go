package drafts

import (
	"fmt"
	"strconv"
	"unicode/utf8"

	"github.com/carepost/carepost/graphemes"
	"github.com/carepost/carepost/links"
	"github.com/carepost/carepost/network"
)

// Count is how a post's text measures up on one network.
type Count struct {
	Network      Network  `json:"network"`
	Count        int      `json:"count"` // in the network's own unit (weighted for X, graphemes for Bluesky, ...)
	Limit        int      `json:"limit"`
	Over         bool     `json:"over"` // any limit exceeded (count, bytes, hashtags)
	Unit         string   `json:"-"`    // plain words: "characters", "weighted characters", "graphemes"
	Bytes        int      `json:"-"`    // UTF-8 bytes, reported where the network caps bytes (Bluesky 3,000)
	BytesLimit   int      `json:"-"`    // 0 when the network has no byte cap
	Hashtags     int      `json:"-"`
	HashtagLimit int      `json:"-"` // 30 for Instagram, 0 when none
	Problems     []string `json:"-"` // plain-English sentences for each exceeded limit
}

// CountText measures text the way network n will when it is posted.
func CountText(n Network, text string) Count {
	return CountTextWithLimit(n, text, 0)
}

// CountTextWithLimit is CountText with the network's limit replaced by
// limit when limit > 0: a Mastodon instance may allow more than 500
// (configuration.statuses.max_characters in /api/v2/instance).
func CountTextWithLimit(n Network, text string, limit int) Count {
	m := newTextMeasure(text)
	return m.count(n, limit)
}

// CountAll measures text for each network, in the order given; nil or
// empty networks means AllNetworks. The work shared between networks is
// done once.
func CountAll(text string, networks []Network) []Count {
	if len(networks) == 0 {
		networks = AllNetworks
	}
	m := newTextMeasure(text)
	out := make([]Count, len(networks))
	for i, n := range networks {
		out[i] = m.count(n, 0)
	}
	return out
}

// textMeasure caches the counts several networks share.
type textMeasure struct {
	// text is valid UTF-8: what a network receives once the text has gone
	// through JSON, which turns each invalid byte into U+FFFD.
	text string
	// graphemes counts by Unicode 15.1's rules (Bluesky), graphemes150 by
	// 15.0's (Mastodon).
	graphemes, graphemes150, utf16, hashtag int
	have                                    uint8
}

const (
	haveGraphemes uint8 = 1 << iota
	haveUTF16
	haveHashtags
)

func newTextMeasure(text string) textMeasure {
	if !utf8.ValidString(text) {
		text = string([]rune(text))
	}
	return textMeasure{text: text}
}

// graphemeCount is the text's length in graphemes by Unicode 15.1's
// rules, as Bluesky counts it.
func (m *textMeasure) graphemeCount() int {
	m.countGraphemes()
	return m.graphemes
}

// graphemeCount150 is the length by Unicode 15.0's rules, without GB9c.
func (m *textMeasure) graphemeCount150() int {
	m.countGraphemes()
	return m.graphemes150
}

func (m *textMeasure) countGraphemes() {
	if m.have&haveGraphemes == 0 {
		m.graphemes150, m.graphemes = graphemes.Counts(m.text)
		m.have |= haveGraphemes
	}
}

func (m *textMeasure) utf16Count() int {
	if m.have&haveUTF16 == 0 {
		m.utf16 = links.UTF16Length(m.text)
		m.have |= haveUTF16
	}
	return m.utf16
}

func (m *textMeasure) hashtagCount() int {
	if m.have&haveHashtags == 0 {
		m.hashtag = countHashtags(m.text)
		m.have |= haveHashtags
	}
	return m.hashtag
}

func (m *textMeasure) count(n Network, limit int) Count {
	rule, ok := network.TextRuleFor(n)
	if !ok {
		return Count{
			Network:  n,
			Count:    m.utf16Count(),
			Over:     true,
			Unit:     network.UnitCharacters,
			Problems: []string{fmt.Sprintf("CarePost doesn't know the network %q.", string(n))},
		}
	}
	if limit > 0 {
		rule.Limit = limit
	}
	c := Count{
		Network:      n,
		Limit:        rule.Limit,
		Unit:         rule.Unit,
		BytesLimit:   rule.Bytes,
		HashtagLimit: rule.Hashtags,
		Hashtags:     m.hashtagCount(),
	}
	switch n {
	case X:
		c.Count = weightedLengthX(m.text)
	case Bluesky:
		c.Count = m.graphemeCount()
	case Mastodon:
		c.Count = m.mastodonLength()
	default:
		c.Count = m.utf16Count()
	}
	if rule.Bytes > 0 {
		c.Bytes = len(m.text)
	}

	if c.Count > c.Limit {
		c.Problems = append(c.Problems, lengthProblem(n, rule, c.Count))
	}
	if c.BytesLimit > 0 && c.Bytes > c.BytesLimit {
		c.Problems = append(c.Problems, rule.Label+" allows at most "+withCommas(c.BytesLimit)+
			" bytes of text; this has "+withCommas(c.Bytes)+
			" (emoji and letters outside the basic Latin alphabet take 2 to 4 bytes each).")
	}
	if c.HashtagLimit > 0 && c.Hashtags > c.HashtagLimit {
		c.Problems = append(c.Problems, rule.Label+" allows at most "+strconv.Itoa(c.HashtagLimit)+
			" hashtags; this has "+strconv.Itoa(c.Hashtags)+".")
	}
	c.Over = len(c.Problems) > 0
	return c
}

func lengthProblem(n Network, rule network.TextRule, count int) string {
	unit := rule.Unit
	note := ""
	switch n {
	case X:
		note = " (every link counts as 23, and emoji and most Chinese, Japanese and Korean characters count as 2)"
	case Bluesky:
		unit = "graphemes (characters as they appear on screen)"
	case Mastodon:
		note = " (every link counts as 23)"
	}
	return rule.Label + " allows at most " + withCommas(rule.Limit) + " " + unit +
		"; this has " + withCommas(count) + note + "."
}

// ---- X (twitter-text v3) ----

const urlPlaceholder = "xxxxxxxxxxxxxxxxxxxxxxx" // StatusLengthValidator::URL_PLACEHOLDER, 'x' * 23

// textSpan is a byte range of the text: a link, or a Mastodon mention whose
// "@user" part ends at userEnd (0 for links).
type textSpan struct {
	start, end, userEnd int
}

// Where the links are is the links package's to say, for every network;
// which of them a network shortens to 23 is each network's own rule.

func isASCIIAlnum(c byte) bool {
	return (c >= '0' && c <= '9') || (c|0x20 >= 'a' && c|0x20 <= 'z')
}
