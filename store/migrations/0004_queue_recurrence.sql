-- Queue times and recurring posts.
--
-- account_slots: each account's weekly queue times, in FormatSlots form
-- ("Tue/Thu 9:00, Sat 10:30"), read in the clinic's zone.
-- recurrences: a repeating post (RRULE value without DTSTART; start_at is
-- the first occurrence in UTC and zone the IANA zone its wall-clock time is
-- kept in). Its occurrences are materialised ahead as queued publications
-- linked by recurrence_id, at most one per (recurrence_id, due_at).

CREATE TABLE account_slots (
    account_id INTEGER PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    slots      TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE recurrences (
    id         INTEGER PRIMARY KEY,
    draft_id   INTEGER NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    rrule      TEXT NOT NULL,
    start_at   TEXT NOT NULL,   -- UTC
    zone       TEXT NOT NULL,   -- IANA zone
    active     INTEGER NOT NULL DEFAULT 1,
    -- occurrences before this instant (UTC) have been made publications;
    -- later ones are added as it moves forward, so a cancelled or moved
    -- occurrence is never made again.
    materialised_until TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
) STRICT;

CREATE INDEX recurrences_draft ON recurrences (draft_id);
CREATE INDEX recurrences_active ON recurrences (active);

ALTER TABLE publications ADD COLUMN recurrence_id INTEGER REFERENCES recurrences (id) ON DELETE SET NULL;

CREATE UNIQUE INDEX publications_recurrence_due ON publications (recurrence_id, due_at)
    WHERE recurrence_id IS NOT NULL;
