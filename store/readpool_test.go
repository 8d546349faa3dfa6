package store

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"
)

// A write transaction held open on the writer must not hold up a read from
// the read pool: the calendar and the drafts list read while the engine
// writes.
func TestReadPoolDoesNotWaitForAWriteTransaction(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES ('k', 'before')`); err != nil {
		t.Fatal(err)
	}

	tx, err := db.BeginTx(ctx, nil) // IMMEDIATE: takes the write lock now
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `UPDATE settings SET value = 'during' WHERE key = 'k'`); err != nil {
		t.Fatal(err)
	}

	t.Run("a read from the pool answers at once with what was committed", func(t *testing.T) {
		rctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		defer cancel()
		start := time.Now()
		var v string
		if err := db.Read().QueryRowContext(rctx, `SELECT value FROM settings WHERE key = 'k'`).Scan(&v); err != nil {
			t.Fatalf("read while a write transaction is open: %v", err)
		}
		if v != "before" {
			t.Fatalf("read %q, want the committed %q", v, "before")
		}
		if d := time.Since(start); d > time.Second {
			t.Fatalf("the read took %s", d)
		}
	})

	t.Run("several reads at once", func(t *testing.T) {
		rctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		defer cancel()
		var wg sync.WaitGroup
		errs := make(chan error, ReadConns*2)
		for i := 0; i < ReadConns*2; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				var n int
				errs <- db.Read().QueryRowContext(rctx, `SELECT count(*) FROM drafts`).Scan(&n)
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			if err != nil {
				t.Fatal(err)
			}
		}
	})

	t.Run("the writer itself is busy meanwhile (the reason for the pool)", func(t *testing.T) {
		wctx, cancel := context.WithTimeout(ctx, 100*time.Millisecond)
		defer cancel()
		var v string
		err := db.QueryRowContext(wctx, `SELECT value FROM settings WHERE key = 'k'`).Scan(&v)
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("a read on the writer during its own transaction: %q, %v; want it to wait", v, err)
		}
	})

	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	var v string
	if err := db.Read().QueryRowContext(ctx, `SELECT value FROM settings WHERE key = 'k'`).Scan(&v); err != nil || v != "during" {
		t.Fatalf("after the commit the pool reads %q, %v", v, err)
	}
}

func TestReadPoolCannotWrite(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Read().ExecContext(ctx, `INSERT INTO settings (key, value) VALUES ('k', 'v')`); err == nil {
		t.Fatal("the read pool wrote a row")
	}
	pragmas := map[string]string{"journal_mode": "wal", "query_only": "1", "busy_timeout": "5000", "foreign_keys": "1"}
	for name, want := range pragmas {
		var got string
		if err := db.Read().QueryRowContext(ctx, "PRAGMA "+name).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("read pool: PRAGMA %s = %q, want %q", name, got, want)
		}
	}
	if db.Read().Stats().MaxOpenConnections != ReadConns || db.Stats().MaxOpenConnections != 1 {
		t.Fatalf("read pool %d connections, writer %d", db.Read().Stats().MaxOpenConnections, db.Stats().MaxOpenConnections)
	}
}

func TestCloseClosesBothPools(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if err := db.Read().PingContext(ctx); err == nil {
		t.Fatal("the read pool is still open after Close")
	}
	if err := db.PingContext(ctx); err == nil {
		t.Fatal("the writer is still open after Close")
	}
}
