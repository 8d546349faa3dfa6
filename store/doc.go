// Package store owns the SQLite file: where it lives, how it is opened (WAL,
// foreign keys, busy timeout, a single writer) and its embedded, versioned
// migrations, and the one form every stored instant takes (Stamp,
// ParseStamp). Domain packages run their own parameterised SQL on the *DB it
// returns; nothing here knows about drafts, accounts or schedules.
package store
