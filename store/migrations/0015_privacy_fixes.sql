-- Privacy findings fixed while drafting, for the monthly safety record:
-- each draft keeps how many findings of each kind its texts had at the
-- last save, and when a later save has fewer of a kind, the difference is
-- a fix. Only kinds and counts are kept, never the text that was flagged.
ALTER TABLE drafts ADD COLUMN privacy_counts TEXT NOT NULL DEFAULT '{}';

CREATE TABLE privacy_fixes (
    id       INTEGER PRIMARY KEY,
    draft_id INTEGER REFERENCES drafts (id) ON DELETE SET NULL,
    kind     TEXT NOT NULL,
    n        INTEGER NOT NULL CHECK (n > 0),
    fixed_at TEXT NOT NULL -- UTC, store.Stamp
);

CREATE INDEX privacy_fixes_by_time ON privacy_fixes (fixed_at);
