package privacy

import "testing"

// Wording that would confirm a visit does not when the sentence is about
// an event or is general advice; it still does for a named person.
func TestRelationshipWordingInContext(t *testing.T) {
	tests := []struct {
		name string
		text string
		want bool
	}{
		{"thanks for coming to a class", "@fernando_g thanks for coming to the community CPR class!", false},
		{"general advice", "@curious_cat Generally, a fever that lasts more than 2 days should be seen by a doctor.", false},
		{"thanks for coming in", "@fernando_g thanks for coming in today, hope the ankle feels better", true},
		{"everyone who cared for him", "@layla.h we're so sorry about your grandfather. Everyone here who cared for Mr. Hassan will miss him", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Check(tt.text, Options{Reply: true})
			if hasKind(got, KindRelationship) != tt.want {
				t.Errorf("Check(%q) = %q, want relationship wording: %v", tt.text, privSummary(got), tt.want)
			}
		})
	}
}
