package since

import (
	"testing"
	"time"
)

func oldRFC3339(s string) (time.Time, bool) {
	t, err := time.Parse(time.RFC3339, s)
	return t, err == nil
}

func TestCursor(t *testing.T) {
	t0 := time.Date(2026, 3, 4, 10, 0, 0, 0, time.UTC)
	t1 := t0.Add(time.Second)

	t.Run("items sharing the newest time are each returned once", func(t *testing.T) {
		var c Cursor
		c.Add(t0, "a")
		c.Add(t1, "b")
		back, ok := Parse(c.String(), oldRFC3339)
		if !ok {
			t.Fatalf("Parse(%q) failed", c.String())
		}
		if back.IsNew(t1, "b") || back.IsNew(t0, "a") {
			t.Error("an item already returned is new again")
		}
		if !back.IsNew(t1, "c") {
			t.Error("an item at the newest time, not yet returned, is not new")
		}
		back.Add(t1, "c")
		again, _ := Parse(back.String(), oldRFC3339)
		if again.IsNew(t1, "b") || again.IsNew(t1, "c") || !again.IsNew(t1.Add(time.Nanosecond), "d") || again.Reached(t1) || !again.Reached(t0) {
			t.Errorf("after adding c: %+v", again)
		}
	})

	t.Run("a bare time from an earlier version counts everything at it as returned", func(t *testing.T) {
		c, ok := Parse(t1.Format(time.RFC3339), oldRFC3339)
		if !ok || c.IsNew(t1, "x") || !c.IsNew(t1.Add(time.Second), "y") || !c.Reached(t0) || !c.Reached(t1) {
			t.Fatalf("legacy cursor %+v, %v", c, ok)
		}
		// Stored again unchanged, it still means the same.
		if back, ok := Parse(c.String(), oldRFC3339); !ok || back.IsNew(t1, "x") {
			t.Fatalf("legacy cursor stored again: %q -> %+v", c.String(), back)
		}
	})

	t.Run("empty is from the start; garbage is refused", func(t *testing.T) {
		if c, ok := Parse("", oldRFC3339); !ok || !c.IsNew(t0, "a") || c.String() != "" {
			t.Errorf("empty cursor %+v", c)
		}
		for _, bad := range []string{"{", `{"t":"yesterday"}`, "yesterday"} {
			if _, ok := Parse(bad, oldRFC3339); ok {
				t.Errorf("Parse(%q) accepted", bad)
			}
		}
	})
}

func FuzzParse(f *testing.F) {
	f.Add(`{"t":"2026-03-04T10:00:00Z","ids":["a"]}`)
	f.Add("2026-03-04T10:00:00Z")
	f.Fuzz(func(t *testing.T, s string) {
		c, ok := Parse(s, oldRFC3339)
		if !ok {
			return
		}
		// A cursor that parses survives a round trip.
		back, ok := Parse(c.String(), oldRFC3339)
		if !ok || !back.At.Equal(c.At) || len(back.IDs) != len(c.IDs) || back.legacy != c.legacy {
			t.Fatalf("round trip of %q: %+v -> %q -> %+v", s, c, c.String(), back)
		}
	})
}
