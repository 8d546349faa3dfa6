-- Foundation: clinic profile, settings, templates, drafts, media, consents.
-- Times are RFC 3339 UTC text; calendar dates are YYYY-MM-DD.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE clinic_profile (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    name              TEXT NOT NULL,
    phone             TEXT NOT NULL DEFAULT '',
    website           TEXT NOT NULL DEFAULT '',
    address           TEXT NOT NULL DEFAULT '',
    time_zone         TEXT NOT NULL DEFAULT 'UTC',
    emergency_wording TEXT NOT NULL DEFAULT '',
    staff_names       TEXT NOT NULL DEFAULT '', -- one per line
    updated_at        TEXT NOT NULL
) STRICT;

CREATE TABLE templates (
    id         INTEGER PRIMARY KEY,
    key        TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    category   TEXT NOT NULL DEFAULT '',
    body       TEXT NOT NULL,
    variables  TEXT NOT NULL DEFAULT '[]', -- JSON array of declared variables
    networks   TEXT NOT NULL DEFAULT '',   -- comma-separated network names
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE consents (
    id             INTEGER PRIMARY KEY,
    reference      TEXT NOT NULL UNIQUE,
    signed_on      TEXT NOT NULL,
    expires_on     TEXT NOT NULL DEFAULT '',
    revoked_on     TEXT NOT NULL DEFAULT '',
    scope_networks TEXT NOT NULL DEFAULT '', -- comma-separated; empty = none
    scope_text     INTEGER NOT NULL DEFAULT 0,
    scope_photo    INTEGER NOT NULL DEFAULT 0,
    form_location  TEXT NOT NULL DEFAULT '',
    notes          TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
) STRICT;

CREATE TABLE drafts (
    id               INTEGER PRIMARY KEY,
    title            TEXT NOT NULL DEFAULT '',
    body             TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'ready')),
    networks         TEXT NOT NULL DEFAULT '',
    template_key     TEXT NOT NULL DEFAULT '',
    template_values  TEXT NOT NULL DEFAULT '{}',
    patient_story    INTEGER NOT NULL DEFAULT 0,
    consent_id       INTEGER REFERENCES consents (id) ON DELETE RESTRICT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
) STRICT;

CREATE INDEX drafts_status_updated ON drafts (status, updated_at);

CREATE TABLE draft_variants (
    draft_id INTEGER NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    network  TEXT NOT NULL,
    body     TEXT NOT NULL,
    PRIMARY KEY (draft_id, network)
) STRICT;

CREATE TABLE media (
    id            INTEGER PRIMARY KEY,
    sha256        TEXT NOT NULL UNIQUE,
    file_name     TEXT NOT NULL,  -- inside the data folder's media/ directory
    mime_type     TEXT NOT NULL,
    size_bytes    INTEGER NOT NULL,
    width         INTEGER NOT NULL DEFAULT 0,
    height        INTEGER NOT NULL DEFAULT 0,
    original_name TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL
) STRICT;

CREATE TABLE draft_media (
    draft_id     INTEGER NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    media_id     INTEGER NOT NULL REFERENCES media (id) ON DELETE RESTRICT,
    position     INTEGER NOT NULL,
    alt_text     TEXT NOT NULL DEFAULT '',
    shows_person INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (draft_id, media_id)
) STRICT;

-- A privacy finding the user chose to keep, with the reason they typed.
CREATE TABLE privacy_overrides (
    id         INTEGER PRIMARY KEY,
    draft_id   INTEGER NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,
    text       TEXT NOT NULL,
    reason     TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    created_at TEXT NOT NULL,
    UNIQUE (draft_id, kind, text)
) STRICT;
