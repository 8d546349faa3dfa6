package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func TestOpenCreatesCurrentSchema(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db, err := Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	v, err := db.Version(ctx)
	if err != nil || v != MigrationCount() || v == 0 {
		t.Fatalf("version = %d, %v; want %d", v, err, MigrationCount())
	}
	pragmas := map[string]string{"journal_mode": "wal", "foreign_keys": "1", "busy_timeout": "5000"}
	for name, want := range pragmas {
		t.Run("pragma "+name, func(t *testing.T) {
			var got string
			if err := db.QueryRowContext(ctx, "PRAGMA "+name).Scan(&got); err != nil {
				t.Fatal(err)
			}
			if got != want {
				t.Fatalf("PRAGMA %s = %q, want %q", name, got, want)
			}
		})
	}
	if _, err := db.ExecContext(ctx, `INSERT INTO draft_variants (draft_id, network, body) VALUES (999, 'x', 'hi')`); err == nil {
		t.Fatal("a variant of a missing draft was accepted: foreign keys are off")
	}
}

func TestOpenTwiceKeepsData(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db, err := Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES (?, ?)`, "k", "v"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	db, err = Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var v string
	if err := db.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = ?`, "k").Scan(&v); err != nil || v != "v" {
		t.Fatalf("after reopen: %q, %v", v, err)
	}
}

func TestOpenRefusesForeignFilesAndLeavesThemUntouched(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name    string
		prepare func(t *testing.T, path string)
		want    error
	}{
		{
			name: "text file",
			prepare: func(t *testing.T, path string) {
				os.WriteFile(path, []byte("these are not the rows you are looking for\n"), 0o600)
			},
			want: ErrNotCarePost,
		},
		{
			name: "another program's SQLite database",
			prepare: func(t *testing.T, path string) {
				execRaw(t, path, `CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)`)
			},
			want: ErrNotCarePost,
		},
		{
			name: "CarePost database from a newer version",
			prepare: func(t *testing.T, path string) {
				execRaw(t, path, fmt.Sprintf(`CREATE TABLE future (id INTEGER); PRAGMA application_id = %d; PRAGMA user_version = %d`, ApplicationID, MigrationCount()+1))
			},
			want: ErrNewerDatabase,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, FileName)
			tt.prepare(t, path)
			before, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			db, err := Open(ctx, dir)
			if err == nil {
				db.Close()
				t.Fatal("Open succeeded")
			}
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			after, _ := os.ReadFile(path)
			if !bytes.Equal(before, after) {
				t.Fatal("the file was changed")
			}
			if _, err := os.Stat(path + "-wal"); err == nil {
				t.Fatal("a WAL file was created beside it")
			}
		})
	}
}

func execRaw(t *testing.T, path, query string) {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(query); err != nil {
		t.Fatal(err)
	}
}

func TestDirFromEnv(t *testing.T) {
	flagDir := t.TempDir()
	envDir := t.TempDir()
	tests := []struct {
		name, flag, env, want string
	}{
		{"flag wins over environment", flagDir, envDir, flagDir},
		{"environment when no flag", "", envDir, envDir},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("CAREPOST_DATA", tt.env)
			got, err := DirFromEnv(tt.flag)
			if err != nil || got != tt.want {
				t.Fatalf("DirFromEnv = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
	t.Run("config folder by default", func(t *testing.T) {
		t.Setenv("CAREPOST_DATA", "")
		got, err := DirFromEnv("")
		if err != nil || filepath.Base(got) != "CarePost" {
			t.Fatalf("DirFromEnv = %q, %v", got, err)
		}
	})
}
