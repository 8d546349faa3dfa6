package store

import (
	"fmt"
	"strings"
	"time"
)

// StampLayout is how every instant is stored: UTC, always nine fractional
// digits and "Z", so every stored time has the same width and text order is
// time order (ORDER BY, <, <= on the column compare instants). Calendar
// dates stay YYYY-MM-DD.
const StampLayout = "2006-01-02T15:04:05.000000000Z"

// Stamp is t as stored: StampLayout in UTC. The zero time is "", the
// columns' "not set".
func Stamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(StampLayout)
}

// ParseStamp reads a stored instant, in UTC. It accepts StampLayout and the
// forms older versions wrote: RFC 3339 with any number of fractional digits
// (or none) and any offset, and SQLite's "YYYY-MM-DD HH:MM:SS[.fff]" (UTC).
// "" is the zero time.
func ParseStamp(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t.UTC(), nil
	}
	// Go's RFC 3339 parser wants an upper-case T and Z.
	if len(s) > 10 && (s[10] == 't' || s[10] == ' ') {
		if t, err := time.Parse(time.RFC3339Nano, strings.ToUpper(s[:10]+"T"+s[11:])); err == nil {
			return t.UTC(), nil
		}
		if t, err := time.ParseInLocation("2006-01-02 15:04:05.999999999", s[:10]+" "+s[11:], time.UTC); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a stored time", s)
}

// restamp rewrites a stored instant in StampLayout (the zero instant
// becoming "", as Stamp writes it); text that is not a time is returned
// unchanged. Migrations call it as carepost_stamp().
func restamp(s string) string {
	t, err := ParseStamp(s)
	if err != nil {
		return s
	}
	return Stamp(t)
}
