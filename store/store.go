package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/mattn/go-sqlite3"
)

// driverName is SQLite with the functions CarePost's migrations call
// (carepost_stamp). Nothing stored in the schema uses them, so any SQLite
// can still read and change the file.
const driverName = "sqlite3_carepost"

func init() {
	sql.Register(driverName, &sqlite3.SQLiteDriver{ConnectHook: func(c *sqlite3.SQLiteConn) error {
		return c.RegisterFunc("carepost_stamp", restamp, true)
	}})
}

// FileName is the database file inside the data directory.
const FileName = "carepost.db"

// ApplicationID marks a SQLite file as CarePost's ("CPST"), so that opening
// some other program's database fails instead of migrating it.
const ApplicationID = 0x43505354

//go:embed migrations/*.sql
var migrationFiles embed.FS

// ErrNotCarePost means the file exists but is not a CarePost database.
var ErrNotCarePost = errors.New("not a CarePost database")

// ErrNewerDatabase means the file was written by a newer CarePost.
var ErrNewerDatabase = errors.New("database is from a newer CarePost")

// DB is the opened database: a writer and a read-only pool over the same
// file.
//
// The embedded *sql.DB is the writer. It holds a single connection: SQLite
// allows one writer at a time, and one connection makes that structural
// rather than a matter of retrying on SQLITE_BUSY. Transactions, writes and
// reads that must see a transaction's own writes go through it.
//
// Read returns the read-only pool: several connections opened read-only
// (mode=ro, query_only) on the same WAL file. In WAL mode a reader works
// from the last committed state and never waits for the writer, so a
// screen listing drafts or the calendar does not queue behind the
// publishing engine's writes.
type DB struct {
	*sql.DB
	read *sql.DB
	Path string
	Dir  string
}

// ReadConns is how many connections the read-only pool keeps.
const ReadConns = 4

// Read is the read-only pool, for queries that only read. Each statement
// sees everything committed before it started.
func (db *DB) Read() *sql.DB { return db.read }

// Close closes the read pool and the writer.
func (db *DB) Close() error {
	rerr := db.read.Close()
	if err := db.DB.Close(); err != nil {
		return err
	}
	return rerr
}

// DirFromEnv resolves the data directory: the --data-dir flag wins, then
// CAREPOST_DATA, then the per-user config directory.
func DirFromEnv(flagDir string) (string, error) {
	if flagDir != "" {
		return filepath.Abs(flagDir)
	}
	if env := os.Getenv("CAREPOST_DATA"); env != "" {
		return filepath.Abs(env)
	}
	return DefaultDir()
}

// DefaultDir is os.UserConfigDir()/CarePost.
func DefaultDir() (string, error) {
	base, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("finding your configuration folder: %w", err)
	}
	return filepath.Join(base, "CarePost"), nil
}

// Open opens (creating if needed) the database in dir and brings its schema
// up to date. A file that is not CarePost's, or is from a newer version, is
// left exactly as it was.
func Open(ctx context.Context, dir string) (*DB, error) {
	return open(ctx, dir, -1)
}

// open is Open bringing the schema up to version upTo (-1: the latest), so
// tests can make a file as an older CarePost left it.
func open(ctx context.Context, dir string, upTo int) (*DB, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("creating data folder %s: %w", dir, err)
	}
	path := filepath.Join(dir, FileName)
	migrations, err := loadMigrations()
	if err != nil {
		return nil, err
	}
	if err := inspect(ctx, path, len(migrations)); err != nil {
		return nil, err
	}
	if upTo >= 0 && upTo < len(migrations) {
		migrations = migrations[:upTo]
	}
	sqlDB, err := sql.Open(driverName, dsn(path, false))
	if err != nil {
		return nil, fmt.Errorf("opening %s: %w", path, err)
	}
	sqlDB.SetMaxOpenConns(1)
	sqlDB.SetMaxIdleConns(1)
	sqlDB.SetConnMaxLifetime(0)
	db := &DB{DB: sqlDB, Path: path, Dir: dir}
	if err := checkFTS5(ctx, sqlDB); err != nil {
		sqlDB.Close()
		return nil, err
	}
	if err := db.migrate(ctx, migrations); err != nil {
		sqlDB.Close()
		return nil, err
	}
	// The read pool opens after the migrations: the file then exists, is
	// in WAL mode and has its schema.
	read, err := sql.Open(driverName, readPoolDSN(path))
	if err != nil {
		sqlDB.Close()
		return nil, fmt.Errorf("opening %s: %w", path, err)
	}
	read.SetMaxOpenConns(ReadConns)
	read.SetMaxIdleConns(ReadConns)
	read.SetConnMaxLifetime(0)
	if err := read.PingContext(ctx); err != nil {
		read.Close()
		sqlDB.Close()
		return nil, fmt.Errorf("opening %s for reading: %w", path, err)
	}
	db.read = read
	return db, nil
}

// readPoolDSN is the read-only pool's: read-only at open (mode=ro) and on
// every statement (query_only), so nothing sent through it can write.
func readPoolDSN(path string) string {
	return dsn(path, true) + "&_query_only=1"
}

func dsn(path string, readOnly bool) string {
	q := url.Values{}
	q.Set("_busy_timeout", "5000")
	q.Set("_foreign_keys", "on")
	if readOnly {
		// The journal mode is kept in the file: a database the writer put
		// in WAL mode is read in WAL mode.
		q.Set("mode", "ro")
	} else {
		q.Set("_journal_mode", "WAL")
		q.Set("_synchronous", "NORMAL")
		// Writers take the lock at BEGIN, so a transaction never fails
		// half-way with SQLITE_BUSY when it first writes.
		q.Set("_txlock", "immediate")
	}
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
}

// inspect reads an existing file without changing it: even opening it in WAL
// mode would rewrite its header, so it is checked read-only first.
func inspect(ctx context.Context, path string, known int) error {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	header := make([]byte, 16)
	n, err := io.ReadFull(f, header)
	f.Close() // read only: the header is read, or the error below says why not
	if n == 0 && (err == io.EOF || err == io.ErrUnexpectedEOF) {
		return nil // an empty file: SQLite treats it as a new database
	}
	if err != nil || string(header) != "SQLite format 3\x00" {
		return fmt.Errorf("%s: %w (it is not a SQLite file); move it away or choose another data folder", path, ErrNotCarePost)
	}
	ro, err := sql.Open(driverName, dsn(path, true))
	if err != nil {
		return fmt.Errorf("opening %s: %w", path, err)
	}
	defer ro.Close()
	var appID, version, tables int
	if err := ro.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID); err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	if err := ro.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	if err := ro.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&tables); err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	switch {
	case appID == 0 && tables == 0:
		return nil
	case appID != ApplicationID:
		return fmt.Errorf("%s: %w (it belongs to another program); move it away or choose another data folder", path, ErrNotCarePost)
	case version > known:
		return fmt.Errorf("%s: %w (schema %d, this CarePost knows up to %d); install the newer CarePost to open it", path, ErrNewerDatabase, version, known)
	}
	return nil
}

type migration struct {
	version int
	name    string
	sql     string
	// foreignKeysOff: the migration rebuilds a table (SQLite cannot alter a
	// foreign key), which with foreign keys on would cascade: DROP TABLE
	// deletes every row first, and the rows referring to them with it.
	// Foreign keys are switched off around its transaction (they cannot be
	// switched inside one) and every reference is checked before it commits.
	foreignKeysOff bool
}

// foreignKeysOffLine, alone on a line of a migration, marks it foreignKeysOff.
const foreignKeysOffLine = "-- migrate: foreign keys off"

func loadMigrations() ([]migration, error) {
	entries, err := migrationFiles.ReadDir("migrations")
	if err != nil {
		return nil, fmt.Errorf("reading embedded migrations: %w", err)
	}
	var ms []migration
	for _, e := range entries {
		prefix, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(prefix)
		if !ok || err != nil {
			return nil, fmt.Errorf("migration %s: name must start with a number and '_'", e.Name())
		}
		body, err := migrationFiles.ReadFile("migrations/" + e.Name())
		if err != nil {
			return nil, err
		}
		m := migration{version: v, name: e.Name(), sql: string(body)}
		for _, line := range strings.Split(m.sql, "\n") {
			m.foreignKeysOff = m.foreignKeysOff || strings.TrimSpace(line) == foreignKeysOffLine
		}
		ms = append(ms, m)
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i, m := range ms {
		if m.version != i+1 {
			return nil, fmt.Errorf("migration %s: expected version %d", m.name, i+1)
		}
	}
	return ms, nil
}

// Version is the schema version the file is at.
func (db *DB) Version(ctx context.Context) (int, error) {
	var v int
	err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v)
	return v, err
}

func (db *DB) migrate(ctx context.Context, ms []migration) error {
	current, err := db.Version(ctx)
	if err != nil {
		return fmt.Errorf("reading schema version: %w", err)
	}
	if current >= len(ms) {
		return nil
	}
	// The writer holds one connection; take it, so the foreign-key switch and
	// the transaction are on the same one.
	conn, err := db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("migrating: %w", err)
	}
	defer conn.Close() // returns the connection to the pool; each migration committed or rolled back on it already
	for _, m := range ms[current:] {
		if err := runMigration(ctx, conn, m); err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
	}
	return nil
}

func runMigration(ctx context.Context, conn *sql.Conn, m migration) (err error) {
	if m.foreignKeysOff {
		if err := setForeignKeys(ctx, conn, false); err != nil {
			return err
		}
		defer func() {
			// Back on whatever happened; a connection left without them
			// must not be used, so failing here fails Open.
			if onErr := setForeignKeys(context.WithoutCancel(ctx), conn, true); onErr != nil && err == nil {
				err = onErr
			}
		}()
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return err
	}
	if m.foreignKeysOff {
		if err := checkForeignKeys(ctx, tx); err != nil {
			return err
		}
	}
	// PRAGMA cannot take parameters; both values are integers we own.
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d; PRAGMA application_id = %d", m.version, ApplicationID)); err != nil {
		return err
	}
	return tx.Commit()
}

// setForeignKeys switches foreign keys on conn and checks that it took:
// SQLite silently ignores the switch inside a transaction.
func setForeignKeys(ctx context.Context, conn *sql.Conn, on bool) error {
	want := 0
	if on {
		want = 1
	}
	if _, err := conn.ExecContext(ctx, fmt.Sprintf("PRAGMA foreign_keys = %d", want)); err != nil {
		return fmt.Errorf("switching foreign keys: %w", err)
	}
	var got int
	if err := conn.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&got); err != nil {
		return fmt.Errorf("reading foreign keys: %w", err)
	}
	if got != want {
		return fmt.Errorf("foreign keys are %d, want %d", got, want)
	}
	return nil
}

// checkForeignKeys fails when any row refers to one that does not exist.
func checkForeignKeys(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, "PRAGMA foreign_key_check")
	if err != nil {
		return fmt.Errorf("checking foreign keys: %w", err)
	}
	defer rows.Close()
	var problems []string
	for rows.Next() {
		var table, parent string
		var rowid sql.NullInt64
		var fk int
		if err := rows.Scan(&table, &rowid, &parent, &fk); err != nil {
			return fmt.Errorf("checking foreign keys: %w", err)
		}
		problems = append(problems, fmt.Sprintf("%s row %d refers to a missing %s", table, rowid.Int64, parent))
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("checking foreign keys: %w", err)
	}
	if len(problems) > 0 {
		return fmt.Errorf("broken references after the migration: %s", strings.Join(problems, "; "))
	}
	return nil
}

// MigrationCount is how many schema versions this build knows.
func MigrationCount() int {
	ms, err := loadMigrations()
	if err != nil {
		return 0
	}
	return len(ms)
}
