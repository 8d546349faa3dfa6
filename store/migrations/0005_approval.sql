-- Optional approval: draft → in review → approved (status 'ready' with who
-- approved and when) → scheduled.
--
-- "In review" lives in its own column rather than in drafts.status: SQLite
-- cannot change a CHECK constraint in place, and rebuilding drafts would
-- need foreign keys off, which a migration (run inside a transaction) cannot
-- switch; with them on, DROP TABLE drafts would cascade-delete every
-- variant, picture link, override and publication. A draft in review has
-- status 'draft', so the schedule and the engine, which take only 'ready'
-- drafts, never see it.

ALTER TABLE drafts ADD COLUMN review_state TEXT NOT NULL DEFAULT '' CHECK (review_state IN ('', 'in_review'));
ALTER TABLE drafts ADD COLUMN approved_by TEXT NOT NULL DEFAULT '';
ALTER TABLE drafts ADD COLUMN approved_at TEXT NOT NULL DEFAULT ''; -- UTC
ALTER TABLE drafts ADD COLUMN review_note TEXT NOT NULL DEFAULT ''; -- the latest "send back" note

-- A ready (or approved) draft that goes back to draft for any reason —
-- an edit, a picture change, a revoked consent — loses its approval.
CREATE TRIGGER drafts_unapprove AFTER UPDATE OF status ON drafts
WHEN OLD.status = 'ready' AND NEW.status = 'draft'
BEGIN
    UPDATE drafts SET review_state = '', approved_by = '', approved_at = '' WHERE id = NEW.id;
END;

-- A picture added, changed or removed ends a review or an approval: what
-- was approved is no longer what will post.
CREATE TRIGGER draft_media_insert_unreview AFTER INSERT ON draft_media
BEGIN
    UPDATE drafts SET review_state = '', approved_by = '', approved_at = '' WHERE id = NEW.draft_id;
END;
CREATE TRIGGER draft_media_update_unreview AFTER UPDATE ON draft_media
BEGIN
    UPDATE drafts SET review_state = '', approved_by = '', approved_at = '' WHERE id = NEW.draft_id;
END;
CREATE TRIGGER draft_media_delete_unreview AFTER DELETE ON draft_media
BEGIN
    UPDATE drafts SET review_state = '', approved_by = '', approved_at = '' WHERE id = OLD.draft_id;
END;

-- The record of each step: who sent, approved or sent back, and when.
CREATE TABLE approvals (
    id       INTEGER PRIMARY KEY,
    draft_id INTEGER NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    at       TEXT NOT NULL, -- UTC
    event    TEXT NOT NULL CHECK (event IN ('sent_for_review', 'approved', 'sent_back')),
    by_name  TEXT NOT NULL DEFAULT '',
    note     TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX approvals_draft ON approvals (draft_id, id);

-- Append-only: a record is never changed.
CREATE TRIGGER approvals_no_update BEFORE UPDATE ON approvals
BEGIN
    SELECT RAISE(ABORT, 'approvals is append-only');
END;
