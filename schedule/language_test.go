package schedule

import (
	"testing"
	"time"
)

// A post goes out tagged with the language it is written in, so the
// network shows it to readers of that language; it used to be "en" always.
func TestPostsAreTaggedWithTheirTextsLanguage(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"English", "Flu shots are in. Walk in any weekday morning.", "en"},
		{"Spanish", "Ya llegaron las vacunas contra la gripe. Venga cualquier mañana de lunes a viernes.", "es"},
		{"mostly Spanish with an English word", "¡Feria de salud el sábado! Habrá vacunas y un taller de yoga para toda la familia.", "es"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newTestEnv(t, "")
			a := e.addAccount("maple")
			e.mustSchedule(e.readyDraft(tt.text), a, start.Add(time.Minute))
			e.clock.Advance(time.Minute)
			if sum, err := e.engine.RunDue(e.ctx); err != nil || sum.Published != 1 {
				t.Fatalf("run: %+v %v", sum, err)
			}
			if posts := e.net.accepted(); len(posts) != 1 || posts[0].Lang != tt.want {
				t.Fatalf("posted %+v, want language %q", posts, tt.want)
			}
		})
	}
}
