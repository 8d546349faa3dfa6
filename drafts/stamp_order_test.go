package drafts

import (
	"context"
	"testing"
	"time"
)

// The drafts list is newest change first, by the stored text of
// updated_at: it must agree with time for changes with and without
// fractional seconds.
func TestDraftsListNewestFirstAcrossFractionalSeconds(t *testing.T) {
	ctx := context.Background()
	base := time.Date(2026, 11, 25, 15, 0, 0, 0, time.UTC)
	tests := []struct {
		name    string
		offsets []time.Duration // when each draft is saved, in order of creation
		want    []int           // indexes into offsets, newest first
	}{
		{"a whole second, then half a second later", []time.Duration{0, 500 * time.Millisecond}, []int{1, 0}},
		{"a tenth, then a whole second", []time.Duration{100 * time.Millisecond, time.Second}, []int{1, 0}},
		{"nanoseconds apart around a whole second", []time.Duration{-time.Nanosecond, 0, time.Nanosecond}, []int{2, 1, 0}},
		{"trailing zeros", []time.Duration{120 * time.Millisecond, 1200 * time.Millisecond, 12 * time.Millisecond}, []int{1, 0, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, clock := newTestService(t)
			ids := make([]int64, len(tt.offsets))
			for i, off := range tt.offsets {
				clock.t = base.Add(off)
				d, err := s.CreateDraft(ctx, Draft{Title: "Post", Body: "Text"})
				if err != nil {
					t.Fatal(err)
				}
				ids[i] = d.ID
				if got, _ := s.Draft(ctx, d.ID); !got.UpdatedAt.Equal(clock.t) {
					t.Fatalf("updated at %v, stored as %v", clock.t, got.UpdatedAt)
				}
			}
			list, err := s.Drafts(ctx, DraftFilter{})
			if err != nil {
				t.Fatal(err)
			}
			for i, w := range tt.want {
				if list[i].ID != ids[w] {
					t.Fatalf("position %d: draft %d, want %d (saved at +%v)", i, list[i].ID, ids[w], tt.offsets[w])
				}
			}
		})
	}
}
