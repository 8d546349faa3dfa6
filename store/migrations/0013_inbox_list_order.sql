-- The list reads in search_key order (urgent, then newest, then id: see
-- 0012), the order search already uses, so one narrow integer index per
-- listing serves both and new items update fewer, smaller indexes: the
-- two indexes on (urgent, created_at, id) give way to search_key's and
-- (state, search_key).

DROP INDEX inbox_items_order;
DROP INDEX inbox_items_state_order;
CREATE INDEX inbox_items_state_search_key ON inbox_items (state, search_key);
