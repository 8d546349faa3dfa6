package drafts

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// countBenchPost is a realistic long clinic post of exactly 2,000
// characters (code points): links with and without a scheme, emoji of
// every shape, hashtags, local and remote mentions, accents and some CJK.
var countBenchPost = func() string {
	paragraphs := []string{
		"Flu season is here " + emojiHealthWorker + " and our walk-in clinic is open late this week! " +
			"Book online at https://www.example-clinic.health/appointments?type=flu&utm_source=social " +
			"or just drop by. #FluShot #Vaccines #PublicHealth",
		"Thanks to @nurse_rivera and @dr.okafor@med.example.social for leading our community day " +
			emojiThumbsMedium + " Families welcome " + emojiFamily3 + " — bring the whole crew!",
		"New: weekend hours for kids' check-ups " + emojiKeycapOne + " Saturday 9–1. Details: clinic.health/kids " +
			"and our FAQ at https://example.org/faq#weekend. Questions? Call us (no e.g. or Dr.Smith spam, promise).",
		"Nous parlons français, español y 日本語も少し話せます。Ça marche ! Niño, café, naïve résumé " +
			emojiFlagUS + " \U0001F1EB\U0001F1F7 \U0001F1EF\U0001F1F5 #Multilingual",
		"Reminder: masks optional " + emojiMask + " but appreciated in the waiting room. " +
			"Read the guidance at http://health.example.gov/guidance/2024/respiratory-season.html " +
			"#StayWell #CommunityCare " + emojiKeycapHash,
	}
	var b strings.Builder
	for utf8.RuneCountInString(b.String()) < 2000 {
		for _, p := range paragraphs {
			b.WriteString(p)
			b.WriteString("\n\n")
		}
	}
	runes := []rune(b.String())
	return string(runes[:2000])
}()

func BenchmarkCountAll(b *testing.B) {
	if n := utf8.RuneCountInString(countBenchPost); n != 2000 {
		b.Fatalf("bench post has %d characters, want 2000", n)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(countBenchPost)))
	for b.Loop() {
		CountAll(countBenchPost, nil)
	}
}

func BenchmarkCountText(b *testing.B) {
	for _, n := range AllNetworks {
		b.Run(string(n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(countBenchPost)))
			for b.Loop() {
				CountText(n, countBenchPost)
			}
		})
	}
}

// BenchmarkCountBlueskyConjuncts measures the Unicode 15.1 count on a
// 300-grapheme Hindi post, where rule GB9c joins conjuncts.
func BenchmarkCountBlueskyConjuncts(b *testing.B) {
	text := strings.Repeat(hindiSentence, 12)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		CountText(Bluesky, text)
	}
}
