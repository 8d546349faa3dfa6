-- The inbox: replies, comments, mentions, quotes, private messages and
-- reviews read from each account, one row per remote item (a re-sync
-- never duplicates), with where each account's reading got to; and the
-- clinic's answers, sent through the publishing engine's exactly-once path
-- (replies and reply_log mirror publications and publish_log).
--
-- The full-text index needs SQLite's FTS5: CarePost is built with the Go
-- build tag sqlite_fts5 (the Makefile and scripts set it).

CREATE TABLE inbox_items (
    id               INTEGER PRIMARY KEY,
    -- NULL once the account is removed: the item stays for the counts.
    account_id       INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    network          TEXT NOT NULL,
    remote_id        TEXT NOT NULL,             -- the network's id (or URI) of the item
    ref              TEXT NOT NULL DEFAULT '{}', -- accounts.Ref as JSON, to answer it
    kind             TEXT NOT NULL CHECK (kind IN ('reply', 'comment', 'mention', 'quote', 'message', 'review')),
    private          INTEGER NOT NULL DEFAULT 0, -- a DM, a direct or followers-only status
    author_id        TEXT NOT NULL DEFAULT '',
    author           TEXT NOT NULL DEFAULT '',  -- handle
    author_name      TEXT NOT NULL DEFAULT '',
    text             TEXT NOT NULL DEFAULT '',  -- '' once retention removed it
    url              TEXT NOT NULL DEFAULT '',
    subject_id       TEXT NOT NULL DEFAULT '',  -- the clinic's post it answers, when known
    subject          TEXT NOT NULL DEFAULT '',  -- that post's accounts.Ref as JSON, or ''
    parent_id        TEXT NOT NULL DEFAULT '',  -- the item it answers within a thread, when known
    conversation     TEXT NOT NULL DEFAULT '',  -- private messages: the conversation they belong to
    rating           INTEGER NOT NULL DEFAULT 0, -- reviews: 1-5 stars
    created_at       TEXT NOT NULL,             -- on the network
    fetched_at       TEXT NOT NULL,
    -- Triage, when the item arrived.
    urgent           INTEGER NOT NULL DEFAULT 0,
    urgent_reasons   TEXT NOT NULL DEFAULT '',  -- one per line
    category         TEXT NOT NULL DEFAULT '',
    private_details  INTEGER NOT NULL DEFAULT 0, -- shares the writer's own health details
    spam             INTEGER NOT NULL DEFAULT 0,
    abuse            INTEGER NOT NULL DEFAULT 0,
    lang             TEXT NOT NULL DEFAULT '',
    -- Staff's handling.
    state            TEXT NOT NULL DEFAULT 'new' CHECK (state IN ('new', 'done')),
    read             INTEGER NOT NULL DEFAULT 0,
    assignee         TEXT NOT NULL DEFAULT '',
    note             TEXT NOT NULL DEFAULT '',  -- internal, never sent
    answered_by      TEXT NOT NULL DEFAULT '',
    answered_at      TEXT NOT NULL DEFAULT '',
    -- Seconds from created_at to the first answer: calendar time, and
    -- within business hours when the clinic set them (NULL: not answered,
    -- or no business hours).
    response_seconds          INTEGER,
    response_business_seconds INTEGER,
    body_removed_at  TEXT NOT NULL DEFAULT '',
    UNIQUE (account_id, remote_id)
) STRICT;

-- The list: urgent first, newest first, under each filter staff use most.
CREATE INDEX inbox_items_order ON inbox_items (urgent DESC, created_at DESC, id DESC);
CREATE INDEX inbox_items_state_order ON inbox_items (state, urgent DESC, created_at DESC, id DESC);
CREATE INDEX inbox_items_unread ON inbox_items (read, state);
CREATE INDEX inbox_items_account ON inbox_items (account_id, created_at);
CREATE INDEX inbox_items_author ON inbox_items (network, author);
CREATE INDEX inbox_items_subject ON inbox_items (account_id, subject_id);
CREATE INDEX inbox_items_conversation ON inbox_items (account_id, conversation) WHERE conversation <> '';
CREATE INDEX inbox_items_answered ON inbox_items (answered_at) WHERE answered_at <> '';
CREATE INDEX inbox_items_retention ON inbox_items (created_at) WHERE body_removed_at = '';

CREATE TABLE inbox_labels (
    item_id INTEGER NOT NULL REFERENCES inbox_items (id) ON DELETE CASCADE,
    label   TEXT NOT NULL,
    PRIMARY KEY (item_id, label)
) STRICT, WITHOUT ROWID;

CREATE INDEX inbox_labels_label ON inbox_labels (label, item_id);

-- Full-text search over what was written and who wrote it; kept in step
-- with inbox_items by the triggers below (retention's '' removes the
-- words too).
CREATE VIRTUAL TABLE inbox_fts USING fts5 (
    text, author, author_name,
    content = 'inbox_items', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER inbox_items_fts_insert AFTER INSERT ON inbox_items
BEGIN
    INSERT INTO inbox_fts (rowid, text, author, author_name) VALUES (NEW.id, NEW.text, NEW.author, NEW.author_name);
END;

CREATE TRIGGER inbox_items_fts_delete AFTER DELETE ON inbox_items
BEGIN
    INSERT INTO inbox_fts (inbox_fts, rowid, text, author, author_name)
        VALUES ('delete', OLD.id, OLD.text, OLD.author, OLD.author_name);
END;

CREATE TRIGGER inbox_items_fts_update AFTER UPDATE OF text, author, author_name ON inbox_items
BEGIN
    INSERT INTO inbox_fts (inbox_fts, rowid, text, author, author_name)
        VALUES ('delete', OLD.id, OLD.text, OLD.author, OLD.author_name);
    INSERT INTO inbox_fts (rowid, text, author, author_name) VALUES (NEW.id, NEW.text, NEW.author, NEW.author_name);
END;

-- Likes, reposts and follows are not inbox items: one row each (no text),
-- so a re-sync counts none twice, for the statistics to count.
CREATE TABLE inbox_reactions (
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    remote_id  TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('like', 'repost', 'follow')),
    subject_id TEXT NOT NULL DEFAULT '', -- the clinic's post, when known
    at         TEXT NOT NULL,
    PRIMARY KEY (account_id, remote_id)
) STRICT, WITHOUT ROWID;

-- Where each account's reading got to, advanced in the same transaction
-- as the items it brought, and how its last sync went.
CREATE TABLE inbox_cursors (
    account_id  INTEGER PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    cursor      TEXT NOT NULL DEFAULT '',
    synced_at   TEXT NOT NULL DEFAULT '', -- last successful sync
    tried_at    TEXT NOT NULL DEFAULT '',
    last_error  TEXT NOT NULL DEFAULT '', -- staff's words; '' after a sync that worked
    error_kind  TEXT NOT NULL DEFAULT '', -- auth, rate_limited, transient, rejected
    retry_at    TEXT NOT NULL DEFAULT ''  -- rate limited: not before this
) STRICT;

-- The clinic's own saved replies (the built-in ones come with CarePost).
CREATE TABLE inbox_saved_replies (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    text       TEXT NOT NULL,
    created_at TEXT NOT NULL
) STRICT;

-- Answers to inbox items, sent by the publishing engine exactly once:
-- the intent is committed before the network call, the idempotency key
-- goes with it, and a lost answer is looked for before a retry.
CREATE TABLE replies (
    id              INTEGER PRIMARY KEY,
    item_id         INTEGER REFERENCES inbox_items (id) ON DELETE SET NULL,
    account_id      INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    network         TEXT NOT NULL,
    reply_to        TEXT NOT NULL,              -- accounts.Ref as JSON
    text            TEXT NOT NULL,
    private         INTEGER NOT NULL DEFAULT 0, -- never more public than the item
    language        TEXT NOT NULL DEFAULT '',
    author          TEXT NOT NULL DEFAULT '',   -- the staff member answering
    kept_reasons    TEXT NOT NULL DEFAULT '',   -- privacy findings kept, with why (JSON)
    needs_approval  INTEGER NOT NULL DEFAULT 0,
    approved_by     TEXT NOT NULL DEFAULT '',
    approved_at     TEXT NOT NULL DEFAULT '',
    state           TEXT NOT NULL DEFAULT 'queued' CHECK (state IN
                      ('awaiting_approval', 'queued', 'sending', 'sent', 'failed', 'needs_reconnect', 'held', 'cancelled')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    tries           INTEGER NOT NULL DEFAULT 0,
    idempotency_key TEXT NOT NULL UNIQUE,
    remote_id       TEXT NOT NULL DEFAULT '',
    remote_url      TEXT NOT NULL DEFAULT '',
    last_error      TEXT NOT NULL DEFAULT '',
    next_attempt_at TEXT NOT NULL DEFAULT '',
    uncertain_since TEXT NOT NULL DEFAULT '',
    reconcile       INTEGER NOT NULL DEFAULT 0,
    claim_token     TEXT NOT NULL DEFAULT '',
    claimed_until   TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    sent_at         TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX replies_item ON replies (item_id);
CREATE INDEX replies_state ON replies (state, next_attempt_at);
CREATE INDEX replies_account_remote ON replies (account_id, remote_id);

CREATE TABLE reply_log (
    id       INTEGER PRIMARY KEY,
    reply_id INTEGER NOT NULL REFERENCES replies (id) ON DELETE CASCADE,
    at       TEXT NOT NULL,
    event    TEXT NOT NULL,
    detail   TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX reply_log_reply ON reply_log (reply_id, id);

CREATE TRIGGER reply_log_no_update BEFORE UPDATE ON reply_log
BEGIN
    SELECT RAISE(ABORT, 'reply_log is append-only');
END;
