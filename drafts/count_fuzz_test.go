package drafts

import (
	"github.com/carepost/carepost/graphemes"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rivo/uniseg"
	"golang.org/x/text/unicode/norm"
)

var countFuzzSeeds = []string{
	"",
	"   ",
	"Flu shots today at clinic.health/flu! " + emojiHealthWorker + " #flu #vaccine",
	"Hi @alice@clinic.example and @bob https://example.com/a/b?c=d.",
	emojiFamily4 + emojiFlagUS + emojiThumbsMedium + emojiKeycapOne + emojiKeycapHash + emojiScotland,
	"cafe\u0301 A\uFB2C 日本語 e.g. Dr.Smith 3.5",
	"a\xffb\xc3",
	"\xed\xa0\x80 lone surrogate bytes",
	"http://" + strings.Repeat("a.", 200) + "com",
	"https://example.com/(a(b)c)/((x)) https://example.com/?q=(1)&r=[2]",
	"#️⃣#tag＃tag&#1;/#x",
	"\u00A9\uFE0F\u200D\U0001F525 \u263A\uFE0E \U0001F1E6\U0001F1E6\U0001F1E6",
	"http://\u2603.net/ http://foobar.みんな/ test.xn--p1ai/x",
	"@a@b@c@d.example://x",
	hindiSentence + conjunctKSSA + "क्ष्म स्त्री क़्ष क्\u200Dष a\u094Dक ক্ষ স্বাস্থ্য ક્ષ ଷ୍ଟ క్ష ക്ഷ க்ஷ",
	"\u094D\u0915 \u0915\u094D\u094D\u0301\u0924 \u0915\u094D" + emojiFamily3 + "\u0915\u094D\r\n\u0924",
}

// FuzzCountText checks properties every count must have, for any input,
// valid UTF-8 or not.
func FuzzCountText(f *testing.F) {
	for _, s := range countFuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		counts := CountAll(text, nil)
		byNetwork := map[Network]Count{}
		for _, c := range counts {
			byNetwork[c.Network] = c
			if c.Count < 0 || c.Bytes < 0 || c.Hashtags < 0 {
				t.Fatalf("%s: negative count in %+v", c.Network, c)
			}
			if c.Limit <= 0 || c.Unit == "" {
				t.Fatalf("%s: no limit or unit in %+v", c.Network, c)
			}
			over := c.Count > c.Limit || (c.BytesLimit > 0 && c.Bytes > c.BytesLimit) ||
				(c.HashtagLimit > 0 && c.Hashtags > c.HashtagLimit)
			if c.Over != over || c.Over != (len(c.Problems) > 0) {
				t.Fatalf("%s: Over = %v with %d problem(s), but limits say %v: %+v", c.Network, c.Over, len(c.Problems), over, c)
			}
			for _, p := range c.Problems {
				if !strings.HasSuffix(p, ".") || !strings.Contains(p, c.Network.Label()) {
					t.Fatalf("%s: problem %q is not a sentence naming the network", c.Network, p)
				}
			}
			if single := CountText(c.Network, text); !reflect.DeepEqual(single, c) {
				t.Fatalf("%s: CountAll gave %+v, CountText gives %+v", c.Network, c, single)
			}
		}

		// What the network receives: JSON turns each invalid byte into U+FFFD.
		sent := string([]rune(text))
		bsky, fb, masto, x := byNetwork[Bluesky], byNetwork[Facebook], byNetwork[Mastodon], byNetwork[X]
		if bsky.Bytes != len(sent) {
			t.Fatalf("Bluesky bytes = %d, want %d", bsky.Bytes, len(sent))
		}
		g150 := uniseg.GraphemeClusterCount(sent)
		if want := graphemes.Count(sent); bsky.Count != want {
			t.Fatalf("Bluesky graphemes = %d, want %d (uniseg's %d less GB9c joins)", bsky.Count, want, g150)
		}
		if bsky.Count > g150 {
			t.Fatalf("Bluesky graphemes = %d, more than the %d by 15.0's rules", bsky.Count, g150)
		}
		if bsky.Count > fb.Count || fb.Count > 2*utf8.RuneCountInString(sent) {
			t.Fatalf("graphemes %d, UTF-16 units %d, runes %d out of order", bsky.Count, fb.Count, utf8.RuneCountInString(sent))
		}
		for _, n := range []Network{Instagram, LinkedIn, GBP} {
			if byNetwork[n].Count != fb.Count {
				t.Fatalf("%s counts %d, Facebook %d; both count UTF-16 units", n, byNetwork[n].Count, fb.Count)
			}
		}

		// Mastodon differs from plain graphemes only through links and
		// mentions: each link adds at most 23, each mention only shrinks.
		mastoLinks := len(countedLinks(sent, true))
		// Mastodon counts graphemes by Unicode 15.0's rules (uniseg).
		if !strings.Contains(sent, "://") && !strings.Contains(sent, "@") && masto.Count != g150 {
			t.Fatalf("no links or mentions, yet Mastodon %d != graphemes %d", masto.Count, g150)
		}
		if masto.Count > g150+linkWeight*mastoLinks {
			t.Fatalf("Mastodon %d > graphemes %d + 23 x %d links", masto.Count, g150, mastoLinks)
		}

		// X counts the NFC form, so normalising first changes nothing.
		nfc := norm.NFC.String(sent)
		if again := CountText(X, nfc).Count; again != x.Count {
			t.Fatalf("X counts %d, but %d for the NFC form", x.Count, again)
		}
		blank := strings.TrimLeft(sent, "\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f ") == ""
		if blank {
			if x.Count != 0 {
				t.Fatalf("blank text weighs %d on X", x.Count)
			}
			return
		}
		// Every grapheme outside links weighs at least 1 and no code point
		// more than 2; every link weighs 23.
		links := countedLinks(nfc, false)
		outsideGraphemes, outsideRunes := 0, 0
		li := 0
		g := uniseg.NewGraphemes(nfc)
		for g.Next() {
			from, to := g.Positions()
			for li < len(links) && links[li].End <= from {
				li++
			}
			if li >= len(links) || to <= links[li].Start {
				outsideGraphemes++
			}
		}
		last := 0
		for _, l := range links {
			outsideRunes += utf8.RuneCountInString(nfc[last:l.Start])
			last = l.End
		}
		outsideRunes += utf8.RuneCountInString(nfc[last:])
		if x.Count < outsideGraphemes {
			t.Fatalf("X weighs %d, less than the %d graphemes outside links", x.Count, outsideGraphemes)
		}
		if max := linkWeight*len(links) + 2*outsideRunes; x.Count > max {
			t.Fatalf("X weighs %d, more than 23 x %d links + 2 x %d code points", x.Count, len(links), outsideRunes)
		}
	})
}

// FuzzParseNetworks checks that whatever is typed, a successful parse is a
// non-empty list of distinct known networks, each named in the input, that
// parses back to itself.
func FuzzParseNetworks(f *testing.F) {
	for _, s := range []string{"", "x", "Mastodon, bluesky,X,x", " , ", "facebook,,instagram,", "myspace", "x,myspace", "GBP\t,\nlinkedin"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, list string) {
		got, err := ParseNetworks(list)
		if err != nil {
			if got != nil || err.Error() == "" || !strings.Contains(err.Error(), "valid networks are") {
				t.Fatalf("ParseNetworks(%q) = %v, %v", list, got, err)
			}
			return
		}
		if len(got) == 0 {
			t.Fatalf("ParseNetworks(%q) succeeded with no networks", list)
		}
		seen := map[Network]bool{}
		for _, n := range got {
			if !n.Valid() || seen[n] || !strings.Contains(strings.ToLower(list), string(n)) {
				t.Fatalf("ParseNetworks(%q) = %v: %q invalid, repeated or not in the input", list, got, n)
			}
			seen[n] = true
		}
		names := make([]string, len(got))
		for i, n := range got {
			names[i] = string(n)
		}
		again, err := ParseNetworks(strings.Join(names, ","))
		if err != nil || !reflect.DeepEqual(again, got) {
			t.Fatalf("round trip of %v gave %v, %v", got, again, err)
		}
	})
}

// FuzzCheckImage checks that CheckImage says "" exactly when the rule
// allows the picture, and otherwise a sentence.
func FuzzCheckImage(f *testing.F) {
	f.Add("bluesky", "image/jpeg", int64(1_000_000))
	f.Add("instagram", "image/png", int64(10))
	f.Add("gbp", "IMAGE/JPG;q=1", int64(9_000))
	f.Add("x", "image/gif", int64(15_000_001))
	f.Add("myspace", "", int64(-1))
	f.Fuzz(func(t *testing.T, network, mimeType string, size int64) {
		n := Network(network)
		got := CheckImage(n, mimeType, size)
		rule := ImageRuleFor(n)
		fine := n.Valid() && rule.Accepts(mimeType) && size > 0 &&
			size <= rule.MaxBytesFor(mimeType) && size >= rule.MinBytes
		if fine != (got == "") {
			t.Fatalf("CheckImage(%q, %q, %d) = %q, but the rule says fine = %v", network, mimeType, size, got, fine)
		}
		if got != "" && !strings.HasSuffix(got, ".") {
			t.Fatalf("CheckImage(%q, %q, %d) = %q, not a sentence", network, mimeType, size, got)
		}
	})
}
