package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// BuildTags are the Go build tags CarePost must be built with: the inbox's
// full-text search needs SQLite's FTS5, which mattn/go-sqlite3 compiles in
// only under sqlite_fts5.
const BuildTags = "sqlite_fts5"

// ErrNoFTS5 means this CarePost was built without SQLite's full-text search.
var ErrNoFTS5 = errors.New("this CarePost was built without SQLite's full-text search (FTS5)")

// checkFTS5 fails, before any migration runs, when the linked SQLite lacks
// FTS5, with what to do about it: the inbox's migration would otherwise
// stop half-way with "no such module: fts5".
func checkFTS5(ctx context.Context, db *sql.DB) error {
	var on int
	if err := db.QueryRowContext(ctx, "SELECT sqlite_compileoption_used('ENABLE_FTS5')").Scan(&on); err != nil {
		return fmt.Errorf("checking SQLite's features: %w", err)
	}
	if on != 1 {
		return fmt.Errorf("%w; build it with `go build -tags %s` (make build and the scripts do)", ErrNoFTS5, BuildTags)
	}
	return nil
}
