"""The schema's version and its migrations, from every earlier version, on real files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from library_helpers import frozen_schema, made_analysis, schema_sql

from reader.library.connection import connect
from reader.library.errors import NewerLibraryError
from reader.library.people import people, quotes_of
from reader.library.records import FileFacts, record_from_analysis
from reader.library.schema import (
    INSERT_SPEAKER,
    INSERT_STATEMENT,
    MIGRATIONS,
    SCHEMA_VERSION,
    migrate,
    version_of,
)
from reader.library.search import search
from reader.library.store import Library


def _old_library(path: Path, version: int, article: Path) -> None:
    """A database left at ``version`` holding one article, written the way that version did:
    its schema from the frozen copy of that version (not from today's migrations)."""
    conn = connect(path)
    if version:
        conn.executescript(frozen_schema(version))
        conn.execute(f"PRAGMA user_version = {version}")
    assert version_of(conn) == version
    if version >= 1:
        analysis = made_analysis(
            str(article),
            "Harbour crane collapses in storm",
            speakers=(("Ada Quist", ("Nobody was hurt", "The crane was old")),),
        )
        record = record_from_analysis(analysis, FileFacts(str(article), 10, 20, "abc"))
        conn.execute(
            "INSERT INTO articles (path, hash, size, mtime_ns, format, title, published, language, "
            "words, minutes, speakers, added, opened, position) "
            "VALUES (?, 'abc', 10, 20, 'txt', ?, '• 19 November 2019', 'en', ?, 1, 'Ada Quist', "
            "'2020-01-02T03:04:05Z', '2021-01-01T00:00:00Z', 17)",
            (str(article), record.title, record.words),
        )
        conn.execute(
            "INSERT INTO texts (article_id, body, summary, analysis) VALUES (1, ?, ?, ?)",
            (record.body, record.summary, record.analysis),
        )
    if version >= 2:
        conn.execute(
            "INSERT INTO search (rowid, title, body, summary) "
            "SELECT id, title, body, summary FROM search_source"
        )
    if version >= 3:
        conn.executemany(
            INSERT_SPEAKER,
            [(1, p.number, p.name, p.key, p.mentions, p.statements) for p in record.speakers],
        )
        conn.executemany(
            INSERT_STATEMENT,
            [(1, t.speaker, t.number, t.start, t.end, t.kind, t.text) for t in record.statements],
        )
    conn.close()


def test_a_new_database_is_at_the_current_version(library: Library) -> None:
    assert version_of(library.conn) == SCHEMA_VERSION == len(MIGRATIONS) == 4
    assert schema_sql(library.conn) == frozen_schema(SCHEMA_VERSION)


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_the_migrations_still_make_each_frozen_version(version: int) -> None:
    # A migration once released is never edited (old libraries took its path): a change to the
    # schema is a new migration, and tests/_files/library_schema/ gets its version's file.
    conn = sqlite3.connect(":memory:")
    migrate(conn, version)
    assert schema_sql(conn) == frozen_schema(version)
    conn.close()


@pytest.mark.parametrize("version", range(SCHEMA_VERSION))
def test_migration_from_each_earlier_version(tmp_path: Path, version: int) -> None:
    db, article = tmp_path / "old.db", tmp_path / "crane.txt"
    _old_library(db, version, article)
    library = Library(db)
    try:
        assert version_of(library.conn) == SCHEMA_VERSION
        assert library.check() == []
        if version == 0:
            assert library.count() == 0
            return
        row = library.article(str(article))
        assert row is not None and row.title == "Harbour crane collapses in storm"
        assert (row.added, row.opened, row.position) == (
            "2020-01-02T03:04:05Z",
            "2021-01-01T00:00:00Z",
            17,
        )
        # a date stored as written on the page (before version 4) is now ISO
        assert row.published == "2019-11-19"
        assert [h.article.path for h in search(library, "crane storm")] == [str(article)]
        assert [(p.name, p.articles, p.statements) for p in people(library)] == [
            ("Ada Quist", 1, 2)
        ]
        said = quotes_of(library, "ada quist")[0].statements
        assert [s.text for s in said] == ["Nobody was hurt", "The crane was old"]
    finally:
        library.close()


def test_a_migration_step_is_all_or_nothing(tmp_path: Path, monkeypatch) -> None:
    db, article = tmp_path / "old.db", tmp_path / "crane.txt"
    _old_library(db, 1, article)

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("power cut")

    steps = (MIGRATIONS[0], broken, *MIGRATIONS[2:])
    monkeypatch.setattr("reader.library.schema.MIGRATIONS", steps)
    with pytest.raises(RuntimeError):
        Library(db)
    conn = sqlite3.connect(db)
    assert version_of(conn) == 1
    assert (
        conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0]
        == 0
    )
    conn.close()
    monkeypatch.undo()
    library = Library(db)  # the next start finishes the work
    assert version_of(library.conn) == SCHEMA_VERSION and library.count() == 1
    library.close()


def test_a_newer_library_is_left_alone(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE future (x)")
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(NewerLibraryError, match="newer version of Reader"):
        Library(db)
    conn = sqlite3.connect(db)
    assert version_of(conn) == 99
    assert conn.execute("SELECT name FROM sqlite_master").fetchall() == [("future",)]
    conn.close()
