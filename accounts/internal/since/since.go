// Package since is the inbox cursor the connectors share for networks that
// can only be read newest first by time (comments by created time, reviews
// by update time): the newest time returned and the ids returned at that
// very time. Items that share a timestamp are then neither lost (one that
// shows up after the fetch that returned its twin still comes) nor
// returned twice.
package since

import (
	"encoding/json"
	"slices"
	"strings"
	"time"
)

// Cursor is where a fetch stopped. Its zero value means "from the start".
type Cursor struct {
	At  time.Time
	IDs []string // returned at exactly At
	// legacy: a bare time from before ids were kept; everything at that
	// time was already returned.
	legacy bool
}

type wireCursor struct {
	At  string   `json:"t"`
	IDs []string `json:"ids,omitempty"`
	// All: every item at At was returned (a cursor carried over from a
	// bare time).
	All bool `json:"all,omitempty"`
}

// Parse reads a cursor String wrote. A cursor from before (a bare time)
// is read with old, which returns false when it cannot read it; then Parse
// reports false too.
func Parse(s string, old func(string) (time.Time, bool)) (Cursor, bool) {
	if s == "" {
		return Cursor{}, true
	}
	if strings.HasPrefix(s, "{") {
		var w wireCursor
		if json.Unmarshal([]byte(s), &w) != nil {
			return Cursor{}, false
		}
		at, err := time.Parse(time.RFC3339Nano, w.At)
		if err != nil {
			return Cursor{}, false
		}
		return Cursor{At: at, IDs: w.IDs, legacy: w.All}, true
	}
	at, ok := old(s)
	if !ok {
		return Cursor{}, false
	}
	return Cursor{At: at, legacy: true}, true
}

// IsNew reports whether the item id made at at was not returned yet.
func (c Cursor) IsNew(at time.Time, id string) bool {
	if c.At.IsZero() || at.After(c.At) {
		return true
	}
	if at.Before(c.At) || c.legacy {
		return false
	}
	return !slices.Contains(c.IDs, id)
}

// Reached reports whether every item made at at or earlier was returned
// already: in a newest-first list, reading can stop at such an item.
func (c Cursor) Reached(at time.Time) bool {
	return !c.At.IsZero() && (at.Before(c.At) || (c.legacy && at.Equal(c.At)))
}

// Add moves the cursor past an item returned now.
func (c *Cursor) Add(at time.Time, id string) {
	switch {
	case at.After(c.At):
		c.At, c.IDs, c.legacy = at, []string{id}, false
	case at.Equal(c.At) && !slices.Contains(c.IDs, id):
		if c.legacy {
			// Everything else at this time came before: only this one
			// is known by id, so keep treating the time as done.
			return
		}
		c.IDs = append(slices.Clone(c.IDs), id)
	}
}

// String is the opaque cursor to store; "" for the zero cursor.
func (c Cursor) String() string {
	if c.At.IsZero() {
		return ""
	}
	b, err := json.Marshal(wireCursor{At: c.At.UTC().Format(time.RFC3339Nano), IDs: c.IDs, All: c.legacy})
	if err != nil {
		return ""
	}
	return string(b)
}
