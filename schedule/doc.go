// Package schedule owns when posts go out: wall-clock times in the clinic's
// time zone turned into instants (DST-safe, see LocalTime), repeating
// schedules with RFC 5545 RRULE semantics (Recurrence), and per-account
// weekly queue slots (Slot, NextFreeSlot); and the one path by which posts
// and answers to inbox items reach a network (Engine), each recorded before
// the call and, when the network's answer is lost, looked for before any
// other try.
//
// Instants are stored and compared in UTC; wall-clock rules are always
// evaluated in the clinic's *time.Location, so "every Tuesday at 9:00"
// stays 9:00 local across daylight-saving changes.
//
// The package never imports fyne.io or ui.
package schedule
