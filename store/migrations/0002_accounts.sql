-- Connected social accounts. No secret is ever stored here: keychain_key
-- names the OS keychain entry (service "CarePost") that holds the tokens.

CREATE TABLE accounts (
    id               INTEGER PRIMARY KEY,
    network          TEXT NOT NULL,
    handle           TEXT NOT NULL,
    display_name     TEXT NOT NULL DEFAULT '',
    server_url       TEXT NOT NULL DEFAULT '',  -- Mastodon instance, Bluesky PDS, API base
    remote_id        TEXT NOT NULL DEFAULT '',  -- page id, organization URN, location, DID
    status           TEXT NOT NULL DEFAULT 'connected' CHECK (status IN ('connected', 'needs_reconnect')),
    keychain_key     TEXT NOT NULL UNIQUE,
    token_expires_at TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
) STRICT;
