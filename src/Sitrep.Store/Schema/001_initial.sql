-- Sitrep store, schema version 1. Applied once, in one transaction, by SchemaMigrator.

-- seq is an explicit INTEGER PRIMARY KEY because the FTS5 index below refers to articles by
-- rowid, and VACUUM may renumber an implicit rowid; id (the content hash) is the article's key.
CREATE TABLE articles (
    seq                 INTEGER PRIMARY KEY,
    id                  TEXT NOT NULL UNIQUE,
    path                TEXT,
    url                 TEXT,
    title               TEXT NOT NULL,
    published           TEXT,               -- ISO partial date: 2021, 2021-07 or 2021-07-22
    published_first_day TEXT,               -- YYYY-MM-DD, first day the published value covers
    published_last_day  TEXT,               -- YYYY-MM-DD, last day it covers
    published_inferred  INTEGER NOT NULL,
    site                TEXT,
    author              TEXT,
    language            TEXT NOT NULL,
    text                TEXT NOT NULL,
    analysis            TEXT NOT NULL,      -- the analysis as JSON (Store/Json/StoredAnalysis)
    ingested_at         TEXT NOT NULL       -- UTC, ISO 8601
);

CREATE INDEX articles_published ON articles (published_first_day, published_last_day);

CREATE TABLE mentions (
    article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT NOT NULL,
    -- text lower-cased by .NET: SQLite's lower() folds ASCII letters only ("Ö" stays "Ö").
    text_folded TEXT NOT NULL,
    type        TEXT NOT NULL,
    key         TEXT NOT NULL
);

CREATE INDEX mentions_text_folded ON mentions (text_folded);
CREATE INDEX mentions_article ON mentions (article_id);

CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, text,
    content = 'articles', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- The triggers run inside the statement that changes articles, so the index is always written
-- in the same transaction as the row it indexes.
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
