-- Every stored instant in one fixed-width form, store.StampLayout:
-- "2006-01-02T15:04:05.000000000Z" (UTC, nine fractional digits). Older
-- versions wrote RFC 3339 of varying width (drafts and accounts dropped
-- trailing zeros, publications kept milliseconds, token expiries whole
-- seconds), so comparing or sorting the text (ORDER BY updated_at,
-- due_at <= ?) could disagree with time order.
--
-- carepost_stamp() is the Go store.ParseStamp then store.Stamp, provided
-- by CarePost's connection only for migrations: empty stays empty, and
-- text that is not a time is left as it was. Calendar dates (YYYY-MM-DD)
-- are not touched.

UPDATE clinic_profile SET updated_at = carepost_stamp(updated_at);

UPDATE templates SET created_at = carepost_stamp(created_at), updated_at = carepost_stamp(updated_at);

UPDATE consents SET created_at = carepost_stamp(created_at), updated_at = carepost_stamp(updated_at);

UPDATE drafts SET created_at = carepost_stamp(created_at), updated_at = carepost_stamp(updated_at),
    approved_at = carepost_stamp(approved_at);

UPDATE media SET created_at = carepost_stamp(created_at);

UPDATE privacy_overrides SET created_at = carepost_stamp(created_at);

UPDATE accounts SET token_expires_at = carepost_stamp(token_expires_at), created_at = carepost_stamp(created_at),
    updated_at = carepost_stamp(updated_at);

UPDATE publications SET due_at = carepost_stamp(due_at), next_attempt_at = carepost_stamp(next_attempt_at),
    uncertain_since = carepost_stamp(uncertain_since), claimed_until = carepost_stamp(claimed_until),
    created_at = carepost_stamp(created_at), updated_at = carepost_stamp(updated_at),
    published_at = carepost_stamp(published_at);

UPDATE recurrences SET start_at = carepost_stamp(start_at), materialised_until = carepost_stamp(materialised_until),
    created_at = carepost_stamp(created_at);

-- The two append-only logs refuse updates; their guards are lifted for
-- this rewrite only (same instants, new form) and put back as they were.
DROP TRIGGER publish_log_no_update;
UPDATE publish_log SET at = carepost_stamp(at);
CREATE TRIGGER publish_log_no_update BEFORE UPDATE ON publish_log
BEGIN
    SELECT RAISE(ABORT, 'publish_log is append-only');
END;

DROP TRIGGER approvals_no_update;
UPDATE approvals SET at = carepost_stamp(at);
CREATE TRIGGER approvals_no_update BEFORE UPDATE ON approvals
BEGIN
    SELECT RAISE(ABORT, 'approvals is append-only');
END;
