-- Publications: one draft going to one account at one time, and the
-- append-only log of what happened to each. Times are RFC 3339 UTC text in
-- a fixed width (milliseconds, "Z"), so they sort and compare as text.
-- The schedule's settings (grace window, approval) live in settings under
-- keys starting "schedule.".

CREATE TABLE publications (
    id                INTEGER PRIMARY KEY,
    draft_id          INTEGER NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    account_id        INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    due_at            TEXT NOT NULL,             -- UTC
    zone              TEXT NOT NULL DEFAULT 'UTC', -- IANA zone the time was chosen in
    state             TEXT NOT NULL DEFAULT 'queued' CHECK (state IN
                        ('queued', 'publishing', 'published', 'failed', 'needs_reconnect', 'held', 'paused', 'cancelled')),
    attempts          INTEGER NOT NULL DEFAULT 0, -- claims, i.e. tries at the network
    -- tries since staff last queued it, less those the network deferred
    -- (429); the engine gives up after MaxAttempts of them.
    tries             INTEGER NOT NULL DEFAULT 0,
    idempotency_key   TEXT NOT NULL UNIQUE,
    remote_id         TEXT NOT NULL DEFAULT '',
    remote_url        TEXT NOT NULL DEFAULT '',
    last_error        TEXT NOT NULL DEFAULT '',   -- the network's words, verbatim
    next_attempt_at   TEXT NOT NULL DEFAULT '',   -- empty: as soon as due
    uncertain_since   TEXT NOT NULL DEFAULT '', -- start of the earliest try whose outcome is still unknown
    -- 1 when a publish may have reached the network without us hearing the
    -- answer: the next try looks among the account's recent posts first.
    reconcile         INTEGER NOT NULL DEFAULT 0,
    -- 1 when staff confirmed a post missed beyond the grace window may go late.
    late_ok           INTEGER NOT NULL DEFAULT 0,
    sent_text         TEXT NOT NULL DEFAULT '',   -- the text of the latest try, for reconciliation
    claim_token       TEXT NOT NULL DEFAULT '',
    claimed_until     TEXT NOT NULL DEFAULT '',
    native            INTEGER NOT NULL DEFAULT 0, -- handed to the network's own scheduler
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    published_at      TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX publications_state_due ON publications (state, due_at);
CREATE INDEX publications_due ON publications (due_at);
CREATE INDEX publications_draft ON publications (draft_id);
CREATE INDEX publications_account ON publications (account_id);

CREATE TABLE publish_log (
    id             INTEGER PRIMARY KEY,
    publication_id INTEGER NOT NULL REFERENCES publications (id) ON DELETE CASCADE,
    at             TEXT NOT NULL,
    event          TEXT NOT NULL,
    detail         TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX publish_log_publication ON publish_log (publication_id, id);

-- Append-only: a log line is never changed.
CREATE TRIGGER publish_log_no_update BEFORE UPDATE ON publish_log
BEGIN
    SELECT RAISE(ABORT, 'publish_log is append-only');
END;
