-- The drafts list reads a page at a time, newest change first
-- (ORDER BY updated_at DESC, id DESC LIMIT n): with this index a page is
-- read from the index's end instead of sorting every draft, so opening the
-- app costs the same with ten drafts or ten thousand. The rowid (id) is
-- the index's last key, which gives the order of drafts changed at the
-- same instant. Filtering by status uses drafts_status_updated.

CREATE INDEX drafts_updated ON drafts (updated_at);
