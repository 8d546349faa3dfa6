package drafts

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/rivo/uniseg"

	"github.com/carepost/carepost/links"
)

// Emoji spelled out, so the tests say exactly which code points they hold.
const (
	emojiHealthWorker = "\U0001F469\u200D\u2695\uFE0F"                               // 👩‍⚕️ woman health worker
	emojiFamily3      = "\U0001F468\u200D\U0001F469\u200D\U0001F467"                 // 👨‍👩‍👧
	emojiFamily4      = "\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466" // 👨‍👩‍👧‍👦, 25 bytes
	emojiFlagUS       = "\U0001F1FA\U0001F1F8"                                       // 🇺🇸, 8 bytes
	emojiThumbsMedium = "\U0001F44D\U0001F3FD"                                       // 👍🏽
	emojiKeycapOne    = "1\uFE0F\u20E3"                                              // 1️⃣
	emojiKeycapHash   = "#\uFE0F\u20E3"                                              // #️⃣
	emojiRainbowFlag  = "\U0001F3F3\uFE0F\u200D\U0001F308"                           // 🏳️‍🌈, 14 bytes
	emojiMask         = "\U0001F637"                                                 // 😷, 4 bytes
	emojiScotland     = "\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F"
)

func TestCountTextX(t *testing.T) {
	tests := []struct {
		name string
		text string
		want int
	}{
		{"empty text counts nothing", "", 0},
		{"text of only spaces and newlines counts nothing", "  \n\t ", 0},
		{"ASCII letters weigh one each", "Flu shots today", 15},
		{"link with a scheme weighs 23", "Hi http://test.co", 26},
		{"long link with a scheme still weighs 23", "https://example.com/a/very/long/path/to/the/flu/clinic/page?with=query&and=more", 23},
		{"link without a scheme on a known TLD weighs 23", "example.com", 23},
		{"link without a scheme with a path weighs 23", "Book at clinic.health/flu today", 8 + 23 + 6},
		{"abbreviations and decimals are not links", "e.g. Dr.Smith 3.5", 17},
		{"unknown TLD is not a link", "foo.baz", 7},
		{"email address is not a link", "info@clinic.org", 15},
		{"two-letter country domain needs a path to be a link", "it.so it.so/abcde", 5 + 1 + 23},
		{"full stop after a link stays outside it", "See https://example.com/flu.", 4 + 23 + 1},
		{"unsupported scheme is plain text", "ftp://example.com", 17},
		{"Unicode domain after http weighs 23", "http://\u2603.net/", 23},
		{"label longer than 63 characters is not a link", "https://" + strings.Repeat("a", 64) + ".com", 8 + 64 + 4},
		{"label of 63 characters is a link", "https://" + strings.Repeat("a", 63) + ".com", 23},
		{"CJK weighs two each", "日本語", 6},
		{"Latin through Georgian weighs one", "Ωμέγα Привет", 12},
		{"en and em dashes weigh one", "a\u2013b\u2014c", 5},
		{"ellipsis weighs two", "wait\u2026", 6},
		{"woman health worker ZWJ sequence weighs two", emojiHealthWorker, 2},
		{"family ZWJ sequence weighs two", emojiFamily3, 2},
		{"flag weighs two", emojiFlagUS, 2},
		{"skin tone sequence weighs two", emojiThumbsMedium, 2},
		{"digit keycap weighs two", emojiKeycapOne, 2},
		{"hash keycap weighs two", emojiKeycapHash, 2},
		{"subdivision flag weighs two", emojiScotland, 2},
		{"bare copyright sign is text and weighs one", "\u00A9", 1},
		{"copyright sign with VS16 is emoji and weighs two", "\u00A9\uFE0F", 2},
		{"emoji with text presentation selector weighs as two code points", "\u263A\uFE0E", 4},
		{"combining acute is composed before weighing", "cafe\u0301", 4},
		{"composed and decomposed text weigh the same", "A\u0301B", 2},
		// twitter-text conformance/validate.yml, WeightedTweetsWithDiscountedEmojiCounterTest.
		{"conformance: mix of emoji", "H\U0001F431\u263A" + emojiFamily4, 7},
		{"conformance: five emoji", "\U0001F637\U0001F47E\U0001F621\U0001F525\U0001F4A9", 10},
		{"conformance: skin tone and ZWJ", "\U0001F64B\U0001F3FD\U0001F468\u200D\U0001F3A4", 4},
		{"conformance: Hebrew with points normalises to three", "A\uFB2C", 4},
		{"conformance: 64-character domain without scheme is text", "randomurlrandomurlrandomurlrandomurlrandomurlrandomurlrandomurls.com", 68},
		{"conformance: URLs among Japanese", "example.comてすとですtwitter.みんなです", 60},
		{"conformance: ten links", strings.Repeat("https://www.twitter.com/aloha ", 10), 240},
		{"conformance: host over 63 once punycoded is text",
			strings.Repeat("あいうえおかきくけこ", 12) + " http://" + strings.Repeat("あいうえおかきくけこ", 5) + "あいう.com", 358},
		{"conformance: host within 63 once punycoded is a link",
			strings.Repeat("あいうえおかきくけこ", 12) + " http://" + strings.Repeat("あいうえおかきくけこ", 5) + "あい.com", 264},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := CountText(X, tt.text)
			if got.Count != tt.want {
				t.Errorf("CountText(X, %q).Count = %d, want %d", tt.text, got.Count, tt.want)
			}
			if got.Unit != "weighted characters" || got.Limit != 280 {
				t.Errorf("unit, limit = %q, %d; want weighted characters, 280", got.Unit, got.Limit)
			}
		})
	}
}

func TestCountTextBluesky(t *testing.T) {
	tests := []struct {
		name         string
		text         string
		want, bytes  int
		over         bool
		problemCount int
	}{
		{"ASCII counts one grapheme per character", "Flu clinic", 10, 10, false, 0},
		{"family ZWJ sequence is one grapheme", emojiFamily3, 1, 18, false, 0},
		{"woman health worker is one grapheme", emojiHealthWorker, 1, 13, false, 0},
		{"flag is one grapheme", emojiFlagUS, 1, 8, false, 0},
		{"skin tone sequence is one grapheme", emojiThumbsMedium, 1, 8, false, 0},
		{"keycap is one grapheme", emojiKeycapOne, 1, 7, false, 0},
		{"CJK is one grapheme each", "日本語", 3, 9, false, 0},
		{"decomposed accent is one grapheme and isn't normalised", "cafe\u0301", 4, 6, false, 0},
		{"CR LF is one grapheme", "a\r\nb", 3, 4, false, 0},
		{"exactly 300 graphemes fits", strings.Repeat("a", 300), 300, 300, false, 0},
		{"301 graphemes is over", strings.Repeat("a", 301), 301, 301, true, 1},
		{"300 four-byte emoji fit both caps", strings.Repeat(emojiMask, 300), 300, 1200, false, 0},
		{"300 family emoji are within graphemes but over bytes", strings.Repeat(emojiFamily4, 300), 300, 7500, true, 1},
		{"exactly 300 graphemes in exactly 3,000 bytes fits",
			strings.Repeat(emojiFlagUS, 200) + strings.Repeat(emojiRainbowFlag, 100), 300, 3000, false, 0},
		{"one more character breaks both caps",
			strings.Repeat(emojiFlagUS, 200) + strings.Repeat(emojiRainbowFlag, 100) + "a", 301, 3001, true, 2},
		{"3,001 bytes in few graphemes is over on bytes alone",
			strings.Repeat(emojiRainbowFlag, 200) + strings.Repeat(emojiFlagUS, 25) + "a", 226, 3001, true, 1},
		{"invalid UTF-8 counts as the replacement characters JSON sends", "a\xffb", 3, 5, false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := CountText(Bluesky, tt.text)
			if got.Count != tt.want || got.Bytes != tt.bytes || got.Over != tt.over || len(got.Problems) != tt.problemCount {
				t.Errorf("CountText(Bluesky) = count %d, bytes %d, over %v, problems %q; want %d, %d, %v, %d problem(s)",
					got.Count, got.Bytes, got.Over, got.Problems, tt.want, tt.bytes, tt.over, tt.problemCount)
			}
			if got.Limit != 300 || got.BytesLimit != 3000 || got.Unit != "graphemes" {
				t.Errorf("limit, bytes limit, unit = %d, %d, %q; want 300, 3000, graphemes", got.Limit, got.BytesLimit, got.Unit)
			}
		})
	}
}

// Indic text with conjuncts, which Unicode 15.1's rule GB9c keeps in one
// grapheme (Bluesky's servers count with Intl.Segmenter) and 15.0's rules
// split at the virama (uniseg 0.4.7; CarePost's Mastodon count).
const (
	hindiSentence = "हमारे क्लिनिक में फ्लू का टीका उपलब्ध है। " // "Flu shots are available at our clinic."
	conjunctKSSA  = "क्ष"                                        // ka, virama, ssa
)

// TestCountTextBlueskyGraphemes checks grapheme counts against
// Intl.Segmenter: every Bluesky figure here is what
// [...new Intl.Segmenter().segment(s)].length gave on Node v20.20.2 (ICU
// 78.2, Unicode 17.0), which agrees with Unicode 15.1 on all of them.
func TestCountTextBlueskyGraphemes(t *testing.T) {
	tests := []struct {
		name              string
		text              string
		bluesky, mastodon int
	}{
		{"Devanagari conjunct is one grapheme", conjunctKSSA, 1, 2},
		{"Devanagari word with two conjuncts", "क्षत्रिय", 3, 5},
		{"Devanagari greeting", "नमस्ते दोस्तों", 6, 8},
		{"short Hindi sentence", strings.TrimSpace(hindiSentence), 24, 27},
		{"three consonants, two viramas", "क्ष्म", 1, 3},
		{"conjunct with a vowel sign", "स्त्री", 1, 3},
		{"nukta before the virama", "क़्ष", 1, 2},
		{"ZWJ after the virama (half form)", "क्‍ष", 1, 2},
		{"virama at the end of a word", "वाक्", 2, 2},
		{"Bengali conjunct", "ক্ষ", 1, 2},
		{"Bengali words without conjuncts", "বাংলা ভাষা", 5, 5},
		{"Bengali words with conjuncts", "স্বাস্থ্য কেন্দ্র", 5, 10},
		{"Gujarati conjunct", "ક્ષ", 1, 2},
		{"Oriya conjunct", "ଷ୍ଟ", 1, 2},
		{"Telugu conjunct", "క్ష", 1, 2},
		{"Malayalam conjunct", "ക്ഷ", 1, 2},
		{"Tamil's visible virama keeps two", "க்ஷ", 2, 2},
		{"virama after a Latin letter does not join", "a्क", 2, 2},
		{"family ZWJ sequence", emojiFamily4, 1, 1},
		{"two flags", emojiFlagUS + "🇫🇷", 2, 2},
		{"skin tone", emojiThumbsMedium, 1, 1},
		{"keycaps", emojiKeycapOne + emojiKeycapHash, 2, 2},
		{"rainbow flag", emojiRainbowFlag, 1, 1},
		{"subdivision flag", emojiScotland, 1, 1},
		{"Latin with stacked combining marks", "ẹ́̂ Z͑ͫ̓ͪ", 3, 3},
		{"exactly 300 with conjuncts fits", strings.Repeat(hindiSentence, 12), 300, 336},
		{"100 conjuncts and 200 letters", strings.Repeat(conjunctKSSA, 100) + strings.Repeat("a", 200), 300, 400},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CountText(Bluesky, tt.text).Count; got != tt.bluesky {
				t.Errorf("Bluesky counts %d graphemes in %q, want %d", got, tt.text, tt.bluesky)
			}
			if got := CountText(Mastodon, tt.text).Count; got != tt.mastodon {
				t.Errorf("Mastodon counts %d in %q, want %d", got, tt.text, tt.mastodon)
			}
		})
	}
	t.Run("301 with conjuncts is over", func(t *testing.T) {
		c := CountText(Bluesky, strings.Repeat(hindiSentence, 12)+"!")
		if c.Count != 301 || !c.Over {
			t.Errorf("count %d over %v, want 301 over", c.Count, c.Over)
		}
	})
}

func TestCountTextBlueskyByteProblem(t *testing.T) {
	got := CountText(Bluesky, strings.Repeat(emojiFamily4, 300))
	want := "Bluesky allows at most 3,000 bytes of text; this has 7,500 (emoji and letters outside the basic Latin alphabet take 2 to 4 bytes each)."
	if len(got.Problems) != 1 || got.Problems[0] != want {
		t.Errorf("Problems = %q, want [%q]", got.Problems, want)
	}
}

func TestCountTextMastodon(t *testing.T) {
	tests := []struct {
		name string
		text string
		want int
	}{
		{"plain text counts graphemes", "Flu clinic " + emojiFamily3, 12},
		{"remote mention counts only as @user", "@alice@clinic.example hi", len("@alice hi")},
		{"local mention counts in full", "@alice hi", 9},
		{"several remote mentions each shrink", "@a@one.example @b@two.example", len("@a @b")},
		{"link with a scheme counts 23", "https://example.com/a/very/long/path/to/the/flu/clinic/page", 23},
		{"short link with a scheme still counts 23", "http://a.co", 23},
		{"link without a scheme counts in full", "example.com/flu", 15},
		{"gemini link counts 23", "gemini://example.org/", 23},
		{"full stop after a link stays outside it", "See https://example.com/flu.", 4 + 23 + 1},
		{"mention inside a link belongs to the link", "https://a.social/@u@b.org", 23},
		{"address after a word is not a mention", "mail alice@b.example@c.example", len("mail alice@b.example@c.example")},
		{"link and remote mention together", "Hi @alice@example.social and @bob https://example.com/a/b?c=d", len("Hi @alice and @bob ") + 23},
		{"host without a known TLD is not a link", "http://localhost/flu", 20},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CountText(Mastodon, tt.text).Count; got != tt.want {
				t.Errorf("CountText(Mastodon, %q).Count = %d, want %d", tt.text, got, tt.want)
			}
		})
	}
}

func TestCountTextWithLimit(t *testing.T) {
	text := strings.Repeat("a", 600)
	t.Run("default Mastodon limit is 500", func(t *testing.T) {
		if c := CountText(Mastodon, text); c.Limit != 500 || !c.Over {
			t.Errorf("limit %d over %v, want 500 true", c.Limit, c.Over)
		}
	})
	t.Run("instance limit replaces the default", func(t *testing.T) {
		if c := CountTextWithLimit(Mastodon, text, 1000); c.Limit != 1000 || c.Over {
			t.Errorf("limit %d over %v, want 1000 false", c.Limit, c.Over)
		}
	})
	t.Run("zero keeps the default", func(t *testing.T) {
		if c := CountTextWithLimit(Mastodon, text, 0); c.Limit != 500 {
			t.Errorf("limit %d, want 500", c.Limit)
		}
	})
}

func TestCountTextUTF16Networks(t *testing.T) {
	limits := map[Network]int{Facebook: 63206, Instagram: 2200, LinkedIn: 3000, GBP: 1500}
	shapes := []struct {
		name string
		text string
		want int
	}{
		{"ASCII counts one each", "Flu clinic", 10},
		{"emoji outside the BMP counts two", emojiMask, 2},
		{"family ZWJ sequence counts every unit", emojiFamily4, 11},
		{"flag counts four", emojiFlagUS, 4},
		{"CJK counts one each", "日本語", 3},
		{"links count in full", "https://example.com/flu", 23},
	}
	for n, limit := range limits {
		for _, s := range shapes {
			t.Run(string(n)+"/"+s.name, func(t *testing.T) {
				c := CountText(n, s.text)
				if c.Count != s.want || c.Unit != "characters" || c.Limit != limit {
					t.Errorf("CountText(%s, %q) = %d %s of %d; want %d characters of %d", n, s.text, c.Count, c.Unit, c.Limit, s.want, limit)
				}
			})
		}
		t.Run(string(n)+"/exactly at the limit fits", func(t *testing.T) {
			if c := CountText(n, strings.Repeat("a", limit)); c.Over || len(c.Problems) != 0 {
				t.Errorf("over %v problems %q at the limit", c.Over, c.Problems)
			}
		})
		t.Run(string(n)+"/one over the limit is over", func(t *testing.T) {
			c := CountText(n, strings.Repeat("a", limit+1))
			if !c.Over || len(c.Problems) != 1 || !strings.Contains(c.Problems[0], n.Label()) {
				t.Errorf("over %v problems %q one past the limit", c.Over, c.Problems)
			}
		})
		t.Run(string(n)+"/emoji can tip a post over", func(t *testing.T) {
			if c := CountText(n, strings.Repeat("a", limit-1)+emojiMask); !c.Over {
				t.Errorf("a post one emoji past the limit in UTF-16 units is not over: %+v", c)
			}
		})
	}
}

func TestCountLimitsAtTheEdge(t *testing.T) {
	tests := []struct {
		name string
		n    Network
		text string
		over bool
	}{
		{"X at 280 fits", X, strings.Repeat("a", 280), false},
		{"X at 281 is over", X, strings.Repeat("a", 281), true},
		{"X 140 CJK characters fit", X, strings.Repeat("語", 140), false},
		{"X 141 CJK characters are over", X, strings.Repeat("語", 141), true},
		{"X 257 letters and a link fit", X, strings.Repeat("a", 256) + " https://example.com/flu", false},
		{"X 258 letters and a link are over", X, strings.Repeat("a", 257) + " https://example.com/flu", true},
		{"Mastodon at 500 fits", Mastodon, strings.Repeat("a", 500), false},
		{"Mastodon at 501 is over", Mastodon, strings.Repeat("a", 501), true},
		{"Mastodon 500 family emoji fit", Mastodon, strings.Repeat(emojiFamily4, 500), false},
		{"Bluesky at 300 fits", Bluesky, strings.Repeat("a", 300), false},
		{"Bluesky at 301 is over", Bluesky, strings.Repeat("a", 301), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if c := CountText(tt.n, tt.text); c.Over != tt.over {
				t.Errorf("Over = %v (count %d of %d), want %v", c.Over, c.Count, c.Limit, tt.over)
			}
		})
	}
}

func TestCountProblemsAreSentences(t *testing.T) {
	tests := []struct {
		name string
		n    Network
		text string
		want string
	}{
		{"X explains weighting", X, strings.Repeat("a", 281),
			"X allows at most 280 weighted characters; this has 281 (every link counts as 23, and emoji and most Chinese, Japanese and Korean characters count as 2)."},
		{"Facebook uses thousands separators", Facebook, strings.Repeat("a", 63207),
			"Facebook Page allows at most 63,206 characters; this has 63,207."},
		{"Bluesky explains graphemes", Bluesky, strings.Repeat("a", 301),
			"Bluesky allows at most 300 graphemes (characters as they appear on screen); this has 301."},
		{"Instagram names the hashtag limit", Instagram, strings.Repeat("#tag ", 31),
			"Instagram allows at most 30 hashtags; this has 31."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := CountText(tt.n, tt.text)
			if len(c.Problems) != 1 || c.Problems[0] != tt.want {
				t.Errorf("Problems = %q, want [%q]", c.Problems, tt.want)
			}
		})
	}
}

func TestInstagramHashtags(t *testing.T) {
	tags := func(n int) string {
		var b strings.Builder
		for i := range n {
			b.WriteString("#flu")
			b.WriteString(strings.Repeat("x", i%5))
			b.WriteByte(' ')
		}
		return b.String()
	}
	t.Run("30 hashtags fit", func(t *testing.T) {
		c := CountText(Instagram, "Flu shots today! "+tags(30))
		if c.Hashtags != 30 || c.HashtagLimit != 30 || c.Over {
			t.Errorf("hashtags %d of %d, over %v; want 30 of 30, not over", c.Hashtags, c.HashtagLimit, c.Over)
		}
	})
	t.Run("31 hashtags are over", func(t *testing.T) {
		c := CountText(Instagram, "Flu shots today! "+tags(31))
		if c.Hashtags != 31 || !c.Over {
			t.Errorf("hashtags %d, over %v; want 31, over", c.Hashtags, c.Over)
		}
	})
	t.Run("other networks report hashtags without a limit", func(t *testing.T) {
		c := CountText(Facebook, tags(31))
		if c.Hashtags != 31 || c.HashtagLimit != 0 || c.Over {
			t.Errorf("hashtags %d of %d, over %v; want 31 of 0, not over", c.Hashtags, c.HashtagLimit, c.Over)
		}
	})

	recognise := []struct {
		name string
		text string
		want int
	}{
		{"tag after a space counts", "get your #flushot", 1},
		{"tag at the start counts", "#flushot today", 1},
		{"tag after an emoji counts", "\u2764\uFE0F#health", 1},
		{"tag inside a word does not count", "a#b", 0},
		{"fragment in a link does not count", "https://example.com/#faq", 0},
		{"HTML entity does not count", "&#123;", 0},
		{"keycap emoji does not count", emojiKeycapHash + " hello", 0},
		{"lone hash does not count", "# 1", 0},
		{"Japanese tag counts", "予防接種 #インフルエンザ", 1},
		{"full-width hash counts", "＃ｈａｓｈｔａｇ", 1},
		{"numeric tag counts, to be safe", "we're #1", 1},
		{"tags run together count once each", "#flu#shot", 1},
	}
	for _, tt := range recognise {
		t.Run(tt.name, func(t *testing.T) {
			if got := CountText(Instagram, tt.text).Hashtags; got != tt.want {
				t.Errorf("Hashtags in %q = %d, want %d", tt.text, got, tt.want)
			}
		})
	}
}

func TestCountAll(t *testing.T) {
	text := "Flu shots today " + emojiHealthWorker + " #flu https://example.com/flu @alice@clinic.example"
	t.Run("no networks means all networks in order", func(t *testing.T) {
		for _, networks := range [][]Network{nil, {}} {
			got := CountAll(text, networks)
			if len(got) != len(AllNetworks) {
				t.Fatalf("got %d counts, want %d", len(got), len(AllNetworks))
			}
			for i, c := range got {
				if c.Network != AllNetworks[i] {
					t.Errorf("count %d is for %s, want %s", i, c.Network, AllNetworks[i])
				}
			}
		}
	})
	t.Run("order given is kept", func(t *testing.T) {
		got := CountAll(text, []Network{X, Bluesky})
		if len(got) != 2 || got[0].Network != X || got[1].Network != Bluesky {
			t.Errorf("got %+v", got)
		}
	})
	t.Run("each count matches CountText", func(t *testing.T) {
		for _, c := range CountAll(text, nil) {
			if want := CountText(c.Network, text); !reflect.DeepEqual(c, want) {
				t.Errorf("CountAll gave %+v for %s, CountText gives %+v", c, c.Network, want)
			}
		}
	})
	t.Run("unknown network is over and says why", func(t *testing.T) {
		c := CountAll(text, []Network{"myspace"})[0]
		if !c.Over || len(c.Problems) != 1 || !strings.Contains(c.Problems[0], `"myspace"`) {
			t.Errorf("got %+v", c)
		}
	})
}

func TestNetworkLabel(t *testing.T) {
	want := map[Network]string{
		Mastodon: "Mastodon", Bluesky: "Bluesky", Facebook: "Facebook Page", Instagram: "Instagram",
		LinkedIn: "LinkedIn Page", X: "X", GBP: "Google Business Profile",
	}
	for _, n := range AllNetworks {
		t.Run(string(n), func(t *testing.T) {
			if got := n.Label(); got != want[n] {
				t.Errorf("Label() = %q, want %q", got, want[n])
			}
			if !n.Valid() || n.Limit() <= 0 {
				t.Errorf("Valid() = %v, Limit() = %d", n.Valid(), n.Limit())
			}
		})
	}
	t.Run("unknown network labels as itself", func(t *testing.T) {
		if got := Network("myspace").Label(); got != "myspace" {
			t.Errorf("Label() = %q", got)
		}
	})
}

func TestParseNetwork(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    Network
		wantErr string
	}{
		{"lowercase name", "bluesky", Bluesky, ""},
		{"mixed case and spaces", "  LinkedIn ", LinkedIn, ""},
		{"single letter X", "X", X, ""},
		{"unknown name is named in the error", "myspace", "", `unknown network "myspace"; valid networks are mastodon, bluesky, facebook, instagram, linkedin, x, gbp`},
		{"empty name lists the valid ones", "  ", "", "no network named; valid networks are mastodon, bluesky, facebook, instagram, linkedin, x, gbp"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseNetwork(tt.in)
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Errorf("ParseNetwork(%q) error = %v, want %q", tt.in, err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("ParseNetwork(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestParseNetworks(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    []Network
		wantErr string
	}{
		{"keeps the order given", "x, mastodon,BLUESKY", []Network{X, Mastodon, Bluesky}, ""},
		{"drops repeats", "x,X, x ,gbp", []Network{X, GBP}, ""},
		{"skips a trailing comma", "facebook,instagram,", []Network{Facebook, Instagram}, ""},
		{"empty string is an error", "", nil, "no networks named"},
		{"only commas is an error", " , ,", nil, "no networks named"},
		{"unknown name is an error naming it", "mastodon,myspace", nil, `unknown network "myspace"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseNetworks(tt.in)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !strings.Contains(err.Error(), "valid networks are") {
					t.Errorf("ParseNetworks(%q) error = %v, want one containing %q and the valid list", tt.in, err, tt.wantErr)
				}
				if got != nil {
					t.Errorf("ParseNetworks(%q) = %v with an error, want nil", tt.in, got)
				}
				return
			}
			if err != nil || !reflect.DeepEqual(got, tt.want) {
				t.Errorf("ParseNetworks(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestImageRuleFor(t *testing.T) {
	tests := []struct {
		n        Network
		maxBytes int64
		maxCount int
		accepts  []string
		refuses  []string
	}{
		{Mastodon, 16 << 20, 4, []string{"image/jpeg", "image/png", "image/gif", "image/webp", "image/heic", "image/avif"}, []string{"image/bmp"}},
		{Bluesky, 1_000_000, 4, []string{"image/jpeg", "image/png", "image/gif", "image/webp"}, []string{"image/heic"}},
		{Facebook, 10_000_000, 10, []string{"image/jpeg", "image/png", "image/gif", "image/bmp", "image/tiff"}, []string{"image/webp"}},
		{Instagram, 8_000_000, 10, []string{"image/jpeg"}, []string{"image/png", "image/gif", "image/webp"}},
		{LinkedIn, 5_000_000, 20, []string{"image/jpeg", "image/png", "image/gif"}, []string{"image/webp"}},
		{X, 5_000_000, 4, []string{"image/jpeg", "image/png", "image/gif", "image/webp"}, []string{"image/heic"}},
		{GBP, 5_000_000, 1, []string{"image/jpeg", "image/png"}, []string{"image/gif", "image/webp"}},
	}
	for _, tt := range tests {
		t.Run(string(tt.n), func(t *testing.T) {
			r := ImageRuleFor(tt.n)
			if r.MaxBytes != tt.maxBytes || r.MaxCount != tt.maxCount {
				t.Errorf("MaxBytes, MaxCount = %d, %d; want %d, %d", r.MaxBytes, r.MaxCount, tt.maxBytes, tt.maxCount)
			}
			for _, m := range tt.accepts {
				if !r.Accepts(m) {
					t.Errorf("refuses %s", m)
				}
			}
			for _, m := range tt.refuses {
				if r.Accepts(m) {
					t.Errorf("accepts %s", m)
				}
			}
		})
	}
	t.Run("each call returns a copy the caller may change", func(t *testing.T) {
		r := ImageRuleFor(X)
		r.Types[0] = "text/plain"
		r.TypeMaxBytes["image/gif"] = 1
		if again := ImageRuleFor(X); again.Types[0] != "image/jpeg" || again.TypeMaxBytes["image/gif"] != 15_000_000 {
			t.Errorf("changing one rule changed the next: %+v", again)
		}
	})
	t.Run("unknown network accepts nothing", func(t *testing.T) {
		if r := ImageRuleFor("myspace"); len(r.Types) != 0 || r.MaxCount != 0 {
			t.Errorf("got %+v", r)
		}
	})
}

func TestCheckImage(t *testing.T) {
	tests := []struct {
		name string
		n    Network
		mime string
		size int64
		want string
	}{
		{"Bluesky takes exactly 1,000,000 bytes", Bluesky, "image/jpeg", 1_000_000, ""},
		{"Bluesky refuses one byte more", Bluesky, "image/jpeg", 1_000_001,
			"Bluesky takes JPEG pictures up to 1 MB (1,000,000 bytes); this one is 1,000,001 bytes."},
		{"Bluesky names a clearly larger size", Bluesky, "image/png", 1_400_000,
			"Bluesky takes PNG pictures up to 1 MB; this one is 1.4 MB."},
		{"Instagram refuses PNG", Instagram, "image/png", 200_000,
			"Instagram accepts only JPEG pictures; this one is PNG."},
		{"Instagram takes an 8 MB JPEG", Instagram, "image/jpeg", 8_000_000, ""},
		{"Instagram refuses a larger JPEG", Instagram, "image/jpeg", 8_500_000,
			"Instagram takes JPEG pictures up to 8 MB; this one is 8.5 MB."},
		{"X takes a 15 MB GIF", X, "image/gif", 15_000_000, ""},
		{"X refuses a larger GIF", X, "image/gif", 15_500_000,
			"X takes GIF pictures up to 15 MB; this one is 15.5 MB."},
		{"X refuses a JPEG over 5 MB", X, "image/jpeg", 6_000_000,
			"X takes JPEG pictures up to 5 MB; this one is 6 MB."},
		{"Mastodon takes a 16 MB HEIC", Mastodon, "image/heic", 16 << 20, ""},
		{"Google refuses a picture under 10 KB", GBP, "image/png", 9_000,
			"Google Business Profile needs pictures of at least 10 KB; this one is 8.8 KB, too small to show well."},
		{"Google takes 10 KB", GBP, "image/jpeg", 10 << 10, ""},
		{"Google lists what it takes", GBP, "image/webp", 50_000,
			"Google Business Profile accepts JPEG or PNG pictures; this one is WebP."},
		{"MIME type case, parameters and jpg spelling are forgiven", Instagram, " Image/JPG; charset=binary", 1000, ""},
		{"unknown type is said to be unknown", Facebook, "", 1000,
			"Facebook Page accepts JPEG, PNG, GIF, BMP or TIFF pictures; this file's type is unknown."},
		{"empty file is refused", LinkedIn, "image/png", 0, "This picture's file is empty."},
		{"unknown network is named", "myspace", "image/jpeg", 1000, `CarePost doesn't know the network "myspace".`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CheckImage(tt.n, tt.mime, tt.size); got != tt.want {
				t.Errorf("CheckImage(%s, %q, %d) = %q, want %q", tt.n, tt.mime, tt.size, got, tt.want)
			}
		})
	}
}

// TestCountURLExtraction checks link finding against twitter-text's
// conformance/extract.yml and Mastodon's rules.
func TestCountURLExtraction(t *testing.T) {
	tests := []struct {
		name     string
		mastodon bool
		text     string
		want     []string
	}{
		{"X: generic TLDs without a scheme", false, "foo.com foo.net foo.org foo.edu foo.gov",
			[]string{"foo.com", "foo.net", "foo.org", "foo.edu", "foo.gov"}},
		{"X: unknown and bare country TLDs are not links", false,
			"foo.baz foo.co.jp www.xxxxxxx.baz www.foo.co.uk wwwww.xxxxxxx foo.comm foo.somecom foo.govedu foo.jp",
			[]string{"foo.co.jp", "www.foo.co.uk"}},
		{"X: country TLD with a path", false, "t.co/abcde bit.ly/abcde", []string{"t.co/abcde", "bit.ly/abcde"}},
		{"X: links among CJK", false,
			"http://twitter.com/これは日本語です。example.com中国語http://t.co/abcde한국twitter.comテストexample2.comテストhttp://twitter.com/abcde",
			[]string{"http://twitter.com/", "example.com", "http://t.co/abcde", "twitter.com", "example2.com", "http://twitter.com/abcde"}},
		{"X: not after $, # or @", false, "$twitter.com #test.com @test.com #http://test.com", nil},
		{"X: not a file name", false, "long.test.tar.bz2 test.tar.bz2 tar.bz2", nil},
		{"X: not a domain before @", false, "john.doe.gov@mail.com john.doe.jp@mail.com", nil},
		{"X: trailing punctuation left out", false, "http://example.com/path...... http://example.com/,,,, http://example.com/path/!!!",
			[]string{"http://example.com/path", "http://example.com/", "http://example.com/path/"}},
		{"X: balanced parentheses kept, unbalanced left out", false,
			"http://en.wikipedia.org/wiki/Primer_(film) (see http://example.com/flu)",
			[]string{"http://en.wikipedia.org/wiki/Primer_(film)", "http://example.com/flu"}},
		{"X: query kept up to its last valid character", false, "https://example.com/?q=flu&x=1. next",
			[]string{"https://example.com/?q=flu&x=1"}},
		{"X: Latin accents in the domain", false, "test ELPAÍS.com", []string{"ELPAÍS.com"}},
		{"X: internationalised TLDs", false, "test http://foobar.みんな/ http://foobar.中国/",
			[]string{"http://foobar.みんな/", "http://foobar.中国/"}},
		{"X: punycode labels", false, "test http://xn--ls8h.XN--ls8h.la/", []string{"http://xn--ls8h.XN--ls8h.la/"}},
		{"X: port", false, "https://example.com:8443/flu", []string{"https://example.com:8443/flu"}},
		{"X: underscore only in subdomains", false, "http://test_underscore.twitter.com http://twitter_underscore.com",
			[]string{"http://test_underscore.twitter.com"}},
		{"Mastodon: only links with a scheme", true, "example.com https://example.com", []string{"https://example.com"}},
		{"Mastodon: any non-space in the path", true, "https://example.com/日本/¿qué?", []string{"https://example.com/日本/¿qué"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range countedLinks(tt.text, tt.mastodon) {
				got = append(got, s.URL)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("links in %q = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// countedLinks are the links a network counts as 23 in text.
func countedLinks(text string, mastodon bool) []links.Span {
	if mastodon {
		return links.Append(nil, text, &mastodonLinks)
	}
	return xLinks(text, nil)
}

// TestCountExtendedPictographicTable checks the emoji base table against
// uniseg: after an Extended_Pictographic character and a ZWJ, grapheme rule
// GB11 joins the next character only if it is Extended_Pictographic too.
func TestCountExtendedPictographicTable(t *testing.T) {
	for r := rune(0); r <= 0x1FFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		s := string(r)
		want := uniseg.GraphemeClusterCount("\u00A9\u200D"+s) == 1 && uniseg.GraphemeClusterCount("a\u200D"+s) == 2
		if got := isExtendedPictographic(r); got != want {
			t.Errorf("isExtendedPictographic(%U) = %v, uniseg says %v", r, got, want)
		}
	}
}

func TestCountWithCommas(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 63206: "63,206", 1234567: "1,234,567", -4500: "-4,500"} {
		if got := withCommas(n); got != want {
			t.Errorf("withCommas(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestCountStaysFastOnPathologicalText guards against scanning that grows
// with the square of the text: each of these 60-180 KB texts takes a few
// milliseconds; a quadratic scan would take minutes.
func TestCountStaysFastOnPathologicalText(t *testing.T) {
	if testing.Short() {
		t.Skip("slow under -short")
	}
	texts := map[string]string{
		"dotted run":           strings.Repeat("a.", 30000),
		"dashed run":           strings.Repeat("a-", 30000) + ".com",
		"long labels":          strings.Repeat(strings.Repeat("a", 200)+".", 300),
		"schemes without host": strings.Repeat("https://", 8000),
		"remote mentions":      strings.Repeat("@a@b.example ", 5000),
		"links and mentions":   strings.Repeat("https://a.com/@u@b.org ,@u@b.org ", 2000),
		"ZWJ chain":            strings.Repeat("\U0001F600\u200D", 20000),
		"Unicode host":         "http://" + strings.Repeat("語", 60000),
		"hashes":               strings.Repeat("#", 60000),
	}
	for name, text := range texts {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			CountAll(text, nil)
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("CountAll took %v on %d bytes", d, len(text))
			}
		})
	}
}
