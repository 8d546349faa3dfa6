package drafts

import (
	"strings"
	"testing"
)

func TestCannotTake(t *testing.T) {
	text := Draft{Body: "Open late on Thursdays."}
	pic := Draft{Body: "Our new waiting room.", Images: []Image{{OriginalName: "room.jpg", AltText: "A waiting room"}}}
	tests := []struct {
		name string
		n    Network
		d    Draft
		want string // "" or a part of the reason
	}{
		{"Instagram without a picture", Instagram, text, "only posts with a picture"},
		{"Instagram with a picture", Instagram, pic, "public web address"},
		{"Google with a picture", GBP, pic, "public web address"},
		{"Google with text", GBP, text, ""},
		{"Mastodon with a picture", Mastodon, pic, ""},
		{"Bluesky with text", Bluesky, text, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := CannotTake(tt.n, tt.d)
			if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
				t.Fatalf("%q, want %q", got, tt.want)
			}
		})
	}
}
