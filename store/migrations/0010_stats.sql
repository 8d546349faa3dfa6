-- Engagement history (package stats): counts for each published post and
-- each account's followers, taken on a decaying schedule and kept forever,
-- because the networks keep little (X 30 days, LinkedIn 12 months, Meta 2
-- years, Mastodon and Bluesky only live counts).
--
-- A count the network does not report is NULL, never 0.

-- One row per look at a published post. Append-only: a snapshot is never
-- changed or deleted. gone = 1 records that the network no longer had the
-- post (deleted after publishing); its counts are then all NULL and the
-- post's figures are those of its last snapshot before.
-- Keyed by (publication, time) without a rowid: the key is the index the
-- reads use, so it is stored once (about 13 months × 1,500 posts × 17
-- looks fit in well under 50 MB).
CREATE TABLE post_snapshots (
    publication_id INTEGER NOT NULL REFERENCES publications (id),
    taken_at       TEXT NOT NULL,   -- UTC, store.Stamp
    likes          INTEGER,         -- NULL: not reported
    reposts        INTEGER,
    replies        INTEGER,
    quotes         INTEGER,
    views          INTEGER,
    gone           INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (publication_id, taken_at)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER post_snapshots_no_update BEFORE UPDATE ON post_snapshots
BEGIN
    SELECT RAISE(ABORT, 'post_snapshots is append-only');
END;
CREATE TRIGGER post_snapshots_no_delete BEFORE DELETE ON post_snapshots
BEGIN
    SELECT RAISE(ABORT, 'post_snapshots is kept forever');
END;

-- The newest snapshot with counts of each post, kept beside the history
-- in the same transaction as each snapshot, with what the year's figures
-- need of the post (network, time, template, patient story, hashtags), so
-- the trend, the best time and what strikes a chord read one narrow row
-- per post instead of its history and its publication. Derived: it can be
-- rebuilt from post_snapshots, post_facts and publications at any time.
CREATE TABLE post_latest (
    publication_id INTEGER PRIMARY KEY REFERENCES publications (id),
    taken_at       TEXT NOT NULL,
    likes          INTEGER,
    reposts        INTEGER,
    replies        INTEGER,
    quotes         INTEGER,
    views          INTEGER,
    gone_at        TEXT NOT NULL DEFAULT '', -- when the network was first found not to have it
    network        TEXT NOT NULL DEFAULT '',
    published_at   TEXT NOT NULL DEFAULT '',
    template_key   TEXT NOT NULL DEFAULT '',
    patient_story  INTEGER NOT NULL DEFAULT 0,
    labels         TEXT NOT NULL DEFAULT ''  -- its hashtags, lower-case, space-separated
) STRICT;

CREATE INDEX post_latest_published ON post_latest (published_at);

-- One row per look at an account's followers, at most one a day (the
-- clinic's calendar day) from the background, more from manual refreshes.
-- account_id is not a foreign key: the history outlives a removed
-- account, and keeps the network and name it had.
CREATE TABLE account_snapshots (
    account_id   INTEGER NOT NULL,
    taken_at     TEXT NOT NULL,     -- UTC
    day          TEXT NOT NULL,     -- YYYY-MM-DD in the clinic's zone
    network      TEXT NOT NULL,
    account_name TEXT NOT NULL,
    followers    INTEGER,           -- NULL: not reported
    PRIMARY KEY (account_id, taken_at)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER account_snapshots_no_update BEFORE UPDATE ON account_snapshots
BEGIN
    SELECT RAISE(ABORT, 'account_snapshots is append-only');
END;
CREATE TRIGGER account_snapshots_no_delete BEFORE DELETE ON account_snapshots
BEGIN
    SELECT RAISE(ABORT, 'account_snapshots is kept forever');
END;

-- What each post was, as it went out: its template, whether it was a
-- patient story and the consent behind it. Recorded when it is published,
-- so the figures by template and category stay right after its draft is
-- deleted or its template renamed.
CREATE TABLE post_facts (
    publication_id INTEGER PRIMARY KEY REFERENCES publications (id),
    template_key   TEXT NOT NULL DEFAULT '',
    patient_story  INTEGER NOT NULL DEFAULT 0,
    consent_id     INTEGER              -- not a foreign key: kept if the consent is deleted
) STRICT;

INSERT OR IGNORE INTO post_facts (publication_id, template_key, patient_story, consent_id)
SELECT p.id, coalesce(d.template_key, ''), coalesce(d.patient_story, 0), d.consent_id
FROM publications AS p LEFT JOIN drafts AS d ON d.id = p.draft_id
WHERE p.state = 'published';

CREATE TRIGGER publications_published_facts AFTER UPDATE OF state ON publications
WHEN NEW.state = 'published'
BEGIN
    INSERT OR IGNORE INTO post_facts (publication_id, template_key, patient_story, consent_id)
    SELECT NEW.id, coalesce(d.template_key, ''), coalesce(d.patient_story, 0), d.consent_id
    FROM (SELECT NEW.draft_id AS id) AS x LEFT JOIN drafts AS d ON d.id = x.id;
END;

CREATE TRIGGER publications_inserted_published_facts AFTER INSERT ON publications
WHEN NEW.state = 'published'
BEGIN
    INSERT OR IGNORE INTO post_facts (publication_id, template_key, patient_story, consent_id)
    SELECT NEW.id, coalesce(d.template_key, ''), coalesce(d.patient_story, 0), d.consent_id
    FROM (SELECT NEW.draft_id AS id) AS x LEFT JOIN drafts AS d ON d.id = x.id;
END;

-- A month's posts are found by when they were published; its safety
-- record counts the posts held or failed in it.
CREATE INDEX publications_published ON publications (published_at) WHERE state = 'published';
CREATE INDEX publish_log_event_at ON publish_log (event, at);
