-- The library's schema at version 4, as Reader's migrations made it (one statement a line).
-- Frozen: tests/library/test_schema.py builds libraries of this version from it and checks
-- that the migrations still make exactly this (a released migration is never edited).
CREATE TABLE articles ( id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, hash TEXT NOT NULL, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, format TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '', site TEXT NOT NULL DEFAULT '', author TEXT NOT NULL DEFAULT '', published TEXT NOT NULL DEFAULT '', url TEXT NOT NULL DEFAULT '', language TEXT NOT NULL DEFAULT '', words INTEGER NOT NULL DEFAULT 0, minutes INTEGER NOT NULL DEFAULT 0, speakers TEXT NOT NULL DEFAULT '', added TEXT NOT NULL, opened TEXT, position INTEGER NOT NULL DEFAULT 0 );
CREATE INDEX articles_hash ON articles (hash);
CREATE INDEX articles_added ON articles (added);
CREATE TABLE texts ( article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE, body TEXT NOT NULL, summary TEXT NOT NULL DEFAULT '', analysis TEXT NOT NULL DEFAULT '{}' );
CREATE TABLE folders (path TEXT PRIMARY KEY, added TEXT NOT NULL, scanned TEXT);
CREATE TABLE failures ( path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, reason TEXT NOT NULL, failed TEXT NOT NULL );
CREATE TABLE ignored (path TEXT PRIMARY KEY, added TEXT NOT NULL);
CREATE VIEW search_source AS SELECT a.id AS id, a.title AS title, t.body AS body, t.summary AS summary FROM articles AS a JOIN texts AS t ON t.article_id = a.id;
CREATE VIRTUAL TABLE search USING fts5 ( title, body, summary, content = 'search_source', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3' );
CREATE TABLE speakers ( article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE, number INTEGER NOT NULL, name TEXT NOT NULL, key TEXT NOT NULL, mentions INTEGER NOT NULL DEFAULT 0, statements INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (article_id, number) );
CREATE INDEX speakers_key ON speakers (key);
CREATE TABLE statements ( article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE, speaker INTEGER NOT NULL, number INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL, PRIMARY KEY (article_id, speaker, number) );
