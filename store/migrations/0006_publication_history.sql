-- migrate: foreign keys off
--
-- Publications are the clinic's publishing record, kept for years and used
-- for statistics, so they outlive their draft and their account: draft_id
-- and account_id become NULL when those are deleted (they cascaded before),
-- and each row carries what it went out as: the network, the account's
-- name and the draft's title at the time, beside sent_text (the exact text
-- sent, for a published row the text as published).
--
-- SQLite cannot change a foreign key, so the table is rebuilt: create the
-- new one, copy, drop, rename, recreate its indexes. The runner switches
-- foreign keys off around this migration (with them on, DROP TABLE would
-- delete every row and cascade to publish_log) and checks every reference
-- before committing. publish_log refers to publications by name and keeps
-- its rows: the ids are copied unchanged.

CREATE TABLE publications_new (
    id                INTEGER PRIMARY KEY,
    draft_id          INTEGER REFERENCES drafts (id) ON DELETE SET NULL,   -- NULL: the draft was deleted
    account_id        INTEGER REFERENCES accounts (id) ON DELETE SET NULL, -- NULL: the account was removed
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
    sent_text         TEXT NOT NULL DEFAULT '',   -- the text of the latest try; once published, the text as published
    claim_token       TEXT NOT NULL DEFAULT '',
    claimed_until     TEXT NOT NULL DEFAULT '',
    native            INTEGER NOT NULL DEFAULT 0, -- handed to the network's own scheduler
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    published_at      TEXT NOT NULL DEFAULT '',
    recurrence_id     INTEGER REFERENCES recurrences (id) ON DELETE SET NULL,
    network           TEXT NOT NULL DEFAULT '',   -- the account's network
    account_name      TEXT NOT NULL DEFAULT '',   -- the account's name as staff saw it
    draft_title       TEXT NOT NULL DEFAULT ''    -- the draft's title, or the start of its text when untitled
) STRICT;

-- The title staff see for a draft: its title, or when untitled the start
-- of its text on one line (its first 60 characters).
CREATE VIEW draft_titles (id, title) AS
SELECT id,
       CASE WHEN trim(title, ' ' || char(9, 10, 13)) <> '' THEN trim(title, ' ' || char(9, 10, 13))
            WHEN body1 = '' THEN 'Untitled draft'
            WHEN length(body1) <= 60 THEN body1
            ELSE substr(body1, 1, 60) || '…'
       END
FROM (SELECT id, title, trim(replace(replace(replace(body, char(13), ''), char(10), ' '), char(9), ' ')) AS body1 FROM drafts);

INSERT INTO publications_new (id, draft_id, account_id, due_at, zone, state, attempts, tries, idempotency_key,
        remote_id, remote_url, last_error, next_attempt_at, uncertain_since, reconcile, late_ok, sent_text,
        claim_token, claimed_until, native, created_at, updated_at, published_at, recurrence_id,
        network, account_name, draft_title)
SELECT p.id, p.draft_id, p.account_id, p.due_at, p.zone, p.state, p.attempts, p.tries, p.idempotency_key,
       p.remote_id, p.remote_url, p.last_error, p.next_attempt_at, p.uncertain_since, p.reconcile, p.late_ok,
       -- A published row that never recorded its text: the draft's text for
       -- the network as it is now, the nearest thing left.
       CASE WHEN p.sent_text = '' AND p.state = 'published' AND d.id IS NOT NULL THEN
                CASE WHEN trim(coalesce(v.body, ''), ' ' || char(9, 10, 13)) <> '' THEN v.body ELSE d.body END
            ELSE p.sent_text END,
       p.claim_token, p.claimed_until, p.native, p.created_at, p.updated_at, p.published_at, p.recurrence_id,
       coalesce(a.network, ''),
       coalesce(CASE WHEN a.display_name <> '' THEN a.display_name ELSE a.handle END, ''),
       coalesce(t.title, '')
FROM publications AS p
LEFT JOIN drafts AS d ON d.id = p.draft_id
LEFT JOIN draft_titles AS t ON t.id = p.draft_id
LEFT JOIN accounts AS a ON a.id = p.account_id
LEFT JOIN draft_variants AS v ON v.draft_id = p.draft_id AND v.network = a.network;

DROP TABLE publications;
ALTER TABLE publications_new RENAME TO publications;

CREATE INDEX publications_state_due ON publications (state, due_at);
CREATE INDEX publications_due ON publications (due_at);
CREATE INDEX publications_draft ON publications (draft_id);
CREATE INDEX publications_account ON publications (account_id);
CREATE UNIQUE INDEX publications_recurrence_due ON publications (recurrence_id, due_at)
    WHERE recurrence_id IS NOT NULL;

-- A new publication records where it goes and what it is, however it was
-- made (scheduled, queued or a repeat); publishing records them again, so
-- a published row keeps what it went out as.
CREATE TRIGGER publications_insert_sources AFTER INSERT ON publications
BEGIN
    UPDATE publications SET
        network = coalesce((SELECT network FROM accounts WHERE id = NEW.account_id), network),
        account_name = coalesce((SELECT CASE WHEN display_name <> '' THEN display_name ELSE handle END
                                 FROM accounts WHERE id = NEW.account_id), account_name),
        draft_title = coalesce((SELECT title FROM draft_titles WHERE id = NEW.draft_id), draft_title)
    WHERE id = NEW.id;
END;

-- A deleted draft's posts still waiting to go out are cancelled (before,
-- the cascade deleted them); those published, failed, cancelled or in
-- flight stay as they are. Every row not published takes the draft's
-- title as it was at the end (a published row keeps the one it went out
-- with).
CREATE TRIGGER drafts_delete_keeps_publications BEFORE DELETE ON drafts
BEGIN
    INSERT INTO publish_log (publication_id, at, event, detail)
        SELECT id, strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000000Z', 'cancelled', 'the draft was deleted'
        FROM publications WHERE draft_id = OLD.id AND state IN ('queued', 'paused', 'held', 'needs_reconnect');
    UPDATE publications SET state = 'cancelled', last_error = 'The draft was deleted.',
            updated_at = strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000000Z'
        WHERE draft_id = OLD.id AND state IN ('queued', 'paused', 'held', 'needs_reconnect');
    UPDATE publications SET draft_title = (SELECT title FROM draft_titles WHERE id = OLD.id)
        WHERE draft_id = OLD.id AND state <> 'published';
END;

-- Likewise for a removed account: its waiting posts cannot go out, and the
-- rows not published keep its name as it was at the end.
CREATE TRIGGER accounts_delete_keeps_publications BEFORE DELETE ON accounts
BEGIN
    INSERT INTO publish_log (publication_id, at, event, detail)
        SELECT id, strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000000Z', 'cancelled', 'the account was removed'
        FROM publications WHERE account_id = OLD.id AND state IN ('queued', 'paused', 'held', 'needs_reconnect');
    UPDATE publications SET state = 'cancelled', last_error = 'The account was removed from CarePost.',
            updated_at = strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000000Z'
        WHERE account_id = OLD.id AND state IN ('queued', 'paused', 'held', 'needs_reconnect');
    UPDATE publications SET network = OLD.network,
            account_name = CASE WHEN OLD.display_name <> '' THEN OLD.display_name ELSE OLD.handle END
        WHERE account_id = OLD.id AND state <> 'published';
END;
