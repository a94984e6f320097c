"""The library's schema, its version (``PRAGMA user_version``) and the migrations to it.

A new database is made by running every migration in turn, so the path an old database takes
is the path every database takes. Each migration runs in one write transaction that also sets
the new version: a database is always at one version, never between two.

1. The store: articles (one small row per file: what lists show and filter on), their texts
   (text, summary and the stored analysis, read one article at a time), watched folders, files
   that failed and files the person asked to forget.
2. Full-text search: an FTS5 index (porter stemming, accents ignored, prefix indexes of two and
   three characters for search as you type) over title, text and summary, built from the rows
   already there.
3. The people index: each article's speakers and their statements, filled from the stored
   analyses.
4. Published dates as ISO: the dates stored as written on the page (whole-page texts, PDFs)
   are read (:func:`reader.readable.iso_date`), so that sorting by date works; the schema
   itself is unchanged.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from reader.library.connection import write_transaction
from reader.library.errors import NewerLibraryError
from reader.library.records import analysis_from_stored, people_records, speaker_key
from reader.result import Speaker

_V1 = """
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    hash TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    format TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    site TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    published TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    words INTEGER NOT NULL DEFAULT 0,
    minutes INTEGER NOT NULL DEFAULT 0,
    speakers TEXT NOT NULL DEFAULT '',
    added TEXT NOT NULL,
    opened TEXT,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX articles_hash ON articles (hash);
CREATE INDEX articles_added ON articles (added);
CREATE TABLE texts (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    analysis TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE folders (path TEXT PRIMARY KEY, added TEXT NOT NULL, scanned TEXT);
CREATE TABLE failures (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    reason TEXT NOT NULL,
    failed TEXT NOT NULL
);
CREATE TABLE ignored (path TEXT PRIMARY KEY, added TEXT NOT NULL);
"""

_V2 = """
CREATE VIEW search_source AS
    SELECT a.id AS id, a.title AS title, t.body AS body, t.summary AS summary
    FROM articles AS a JOIN texts AS t ON t.article_id = a.id;
CREATE VIRTUAL TABLE search USING fts5 (
    title, body, summary,
    content = 'search_source', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2',
    prefix = '2 3'
);
INSERT INTO search (search) VALUES ('rebuild');
"""

_V3 = """
CREATE TABLE speakers (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    name TEXT NOT NULL,
    key TEXT NOT NULL,
    mentions INTEGER NOT NULL DEFAULT 0,
    statements INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (article_id, number)
);
CREATE INDEX speakers_key ON speakers (key);
CREATE TABLE statements (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    speaker INTEGER NOT NULL,
    number INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (article_id, speaker, number)
);
"""

INSERT_SPEAKER = (
    "INSERT INTO speakers (article_id, number, name, key, mentions, statements) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)
INSERT_STATEMENT = (
    'INSERT INTO statements (article_id, speaker, number, start, "end", kind, text) '
    "VALUES (?, ?, ?, ?, ?, ?, ?)"
)


def _v1(conn: sqlite3.Connection) -> None:
    _script(conn, _V1)


def _v2(conn: sqlite3.Connection) -> None:
    _script(conn, _V2)


def _v3(conn: sqlite3.Connection) -> None:
    _script(conn, _V3)
    rows = conn.execute("SELECT article_id, analysis, body FROM texts").fetchall()
    for article_id, analysis, body in rows:
        speakers = _speakers_from_json(analysis)
        people, said = people_records(speakers, body)
        conn.executemany(
            INSERT_SPEAKER,
            [(article_id, p.number, p.name, p.key, p.mentions, p.statements) for p in people],
        )
        conn.executemany(
            INSERT_STATEMENT,
            [(article_id, s.speaker, s.number, s.start, s.end, s.kind, s.text) for s in said],
        )


def _v4(conn: sqlite3.Connection) -> None:
    from reader.readable import iso_date

    rows = conn.execute("SELECT id, published FROM articles WHERE published != ''").fetchall()
    changed = [(new, i) for i, old in rows if (new := iso_date(old)) != old]
    conn.executemany("UPDATE articles SET published = ? WHERE id = ?", changed)


def _speakers_from_json(analysis: str) -> tuple[Speaker, ...]:
    try:
        speakers = analysis_from_stored("", analysis, "").speakers
    except (ValueError, KeyError, TypeError, IndexError):  # a damaged row loses its people only
        return ()
    return tuple(s for s in speakers if speaker_key(s.name))


def _script(conn: sqlite3.Connection, script: str) -> None:
    """Run the statements of ``script`` one by one (``executescript`` would commit)."""
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


#: The migrations, in order: ``MIGRATIONS[n - 1]`` takes a database from version n-1 to n.
MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_v1, _v2, _v3, _v4)
SCHEMA_VERSION = len(MIGRATIONS)


def version_of(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring the database up to version ``target``; returns the version it was at.

    Safe when another process migrates at the same time (each step re-reads the version inside
    its transaction). Raises :class:`NewerLibraryError` for a database newer than this Reader.
    """
    found = version_of(conn)
    if found > SCHEMA_VERSION:
        raise NewerLibraryError(
            f"This library was written by a newer version of Reader (schema {found}; this "
            f"Reader knows up to {SCHEMA_VERSION}). Update Reader to use it; it was left as it was."
        )
    while version_of(conn) < target:
        with write_transaction(conn):
            current = version_of(conn)
            if current >= target:
                break
            MIGRATIONS[current](conn)
            conn.execute(f"PRAGMA user_version = {current + 1}")
    return found
