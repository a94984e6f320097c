"""The library database: one row per article file, its text, people, folders and failures.

:class:`Library` is the only code that writes the database. Every write is one short
``BEGIN IMMEDIATE`` transaction (see :mod:`reader.library.connection`), so an article is either
fully in the library (row, text, search index, people) or not at all, whatever happens to the
process. Articles are identified by their absolute path; their files are only ever read.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import functools
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

from reader.library.connection import connect, is_damage, write_transaction
from reader.library.errors import LibraryDamagedError
from reader.library.filters import DEFAULT_SORT, Filters, order_by
from reader.library.location import database_path
from reader.library.records import (
    ArticleRecord,
    ArticleRow,
    FileFacts,
    analysis_from_stored,
)
from reader.library.schema import INSERT_SPEAKER, INSERT_STATEMENT, migrate
from reader.result import Analysis

P = ParamSpec("P")
T = TypeVar("T")
_SEPARATOR = "\x1f"  # between speaker names in one column

#: Columns of :class:`ArticleRow`, in order, over ``articles AS a``.
ROW_COLUMNS = (
    "a.id, a.path, a.title, a.site, a.author, a.published, a.language, a.format, a.words, "
    "a.minutes, a.added, a.opened, a.position, a.speakers"
)


def now() -> str:
    """The current time as stored: ISO 8601 in UTC, to the second."""
    return _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def row_from(values: tuple[Any, ...] | sqlite3.Row) -> ArticleRow:
    """An :class:`ArticleRow` from the values of :data:`ROW_COLUMNS`."""
    names = values[13]
    return ArticleRow._make((*values[:13], tuple(names.split(_SEPARATOR)) if names else ()))


def _guarded(method: Callable[Concatenate[Library, P], T]) -> Callable[Concatenate[Library, P], T]:
    """Report a damaged database as :class:`LibraryDamagedError` (the fronts then rebuild it)."""

    @functools.wraps(method)
    def wrapper(self: Library, *args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.DatabaseError as exc:
            if is_damage(exc):
                raise LibraryDamagedError(
                    f"The library database {self.path} is damaged ({exc})."
                ) from exc
            raise

    return wrapper  # type: ignore[return-value]  # functools.wraps keeps the signature


class Library:
    """The library at ``path`` (default: the platform's data folder, see
    :mod:`reader.library.location`), created and migrated on opening.

    One object per thread: SQLite connections are not shared between threads.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path) if path is not None else database_path()
        self.conn = connect(self.path)
        try:
            migrate(self.conn)
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            if is_damage(exc):
                raise LibraryDamagedError(f"The library database {self.path} is damaged.") from exc
            raise
        except BaseException:
            self.conn.close()
            raise

    @property
    def folder(self) -> Path:
        return self.path.parent

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with write_transaction(self.conn) as conn:
            yield conn

    # -- articles: writing ---------------------------------------------------------------------
    @_guarded
    def save(self, record: ArticleRecord, *, opened: bool = False) -> int:
        """Add the article of ``record`` or update the one at its path (keeping when it was
        added, opened and where it was read); returns its id."""
        with self._write() as conn:
            article_id = self._save(conn, record, opened)
        if opened:
            self._save_reading()
        return article_id

    def _save(self, conn: sqlite3.Connection, record: ArticleRecord, opened: bool) -> int:
        f = record.facts
        fields = (
            f.hash,
            f.size,
            f.mtime_ns,
            record.format,
            record.title,
            record.site,
            record.author,
            record.published,
            record.url,
            record.language,
            record.words,
            record.minutes,
            _SEPARATOR.join(p.name for p in record.speakers),
        )
        found = conn.execute("SELECT id FROM articles WHERE path = ?", (f.path,)).fetchone()
        if found is not None:
            article_id = int(found[0])
            _unindex(conn, article_id)
            conn.execute(
                "UPDATE articles SET hash = ?, size = ?, mtime_ns = ?, format = ?, title = ?, "
                "site = ?, author = ?, published = ?, url = ?, language = ?, words = ?, "
                "minutes = ?, speakers = ?, position = min(position, ?) WHERE id = ?",
                (*fields, len(record.body), article_id),
            )
            conn.execute(
                "UPDATE texts SET body = ?, summary = ?, analysis = ? WHERE article_id = ?",
                (record.body, record.summary, record.analysis, article_id),
            )
            conn.execute("DELETE FROM speakers WHERE article_id = ?", (article_id,))
            conn.execute("DELETE FROM statements WHERE article_id = ?", (article_id,))
        else:
            cursor = conn.execute(
                "INSERT INTO articles (hash, size, mtime_ns, format, title, site, author, "
                "published, url, language, words, minutes, speakers, path, added) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*fields, f.path, now()),
            )
            article_id = int(cursor.lastrowid or 0)
            conn.execute(
                "INSERT INTO texts (article_id, body, summary, analysis) VALUES (?, ?, ?, ?)",
                (article_id, record.body, record.summary, record.analysis),
            )
        conn.executemany(
            INSERT_SPEAKER,
            [
                (article_id, p.number, p.name, p.key, p.mentions, p.statements)
                for p in record.speakers
            ],
        )
        conn.executemany(
            INSERT_STATEMENT,
            [
                (article_id, s.speaker, s.number, s.start, s.end, s.kind, s.text)
                for s in record.statements
            ],
        )
        _index(conn, article_id)
        if opened:
            conn.execute("UPDATE articles SET opened = ? WHERE id = ?", (now(), article_id))
        conn.execute("DELETE FROM failures WHERE path = ?", (f.path,))
        return article_id

    @_guarded
    def move(self, article_id: int, facts: FileFacts) -> None:
        """The article ``article_id`` now lives at ``facts.path`` (found there by its hash). A
        title that was made from the old file name follows the new name."""
        with self._write() as conn:
            _retitle(conn, article_id, facts.path)
            for (other,) in conn.execute(
                "SELECT id FROM articles WHERE path = ? AND id != ?", (facts.path, article_id)
            ).fetchall():  # an article whose file this one replaced
                _delete(conn, int(other))
            conn.execute(
                "UPDATE articles SET path = ?, size = ?, mtime_ns = ? WHERE id = ?",
                (facts.path, facts.size, facts.mtime_ns, article_id),
            )
            conn.execute("DELETE FROM failures WHERE path = ?", (facts.path,))

    @_guarded
    def touch(self, article_id: int, facts: FileFacts) -> None:
        """The file changed its time or size but not its content: remember the new facts."""
        with self._write() as conn:
            conn.execute(
                "UPDATE articles SET size = ?, mtime_ns = ? WHERE id = ?",
                (facts.size, facts.mtime_ns, article_id),
            )

    @_guarded
    def remove(self, paths: Iterable[str]) -> int:
        """Take the articles at ``paths`` out of the library; returns how many there were."""
        removed = 0
        with self._write() as conn:
            for path in paths:
                found = conn.execute("SELECT id FROM articles WHERE path = ?", (path,)).fetchone()
                if found is None:
                    continue
                _delete(conn, int(found[0]))
                removed += 1
        return removed

    @_guarded
    def mark_opened(self, path: str) -> bool:
        """Remember that the article at ``path`` was opened now; ``False`` if it is not here."""
        with self._write() as conn:
            cursor = conn.execute("UPDATE articles SET opened = ? WHERE path = ?", (now(), path))
            changed = cursor.rowcount > 0
        if changed:
            self._save_reading()
        return changed

    @_guarded
    def set_position(self, path: str, position: int) -> bool:
        """Remember where the reader is in the article at ``path`` (a character offset)."""
        with self._write() as conn:
            cursor = conn.execute(
                "UPDATE articles SET position = ? WHERE path = ?", (max(0, int(position)), path)
            )
            changed = cursor.rowcount > 0
        if changed:
            self._save_reading()
        return changed

    def _save_reading(self) -> None:
        """The reading state, also beside the database (:mod:`reader.library.reading`)."""
        from reader.library.reading import save_reading

        save_reading(self)

    @_guarded
    def reading_state(self) -> list[tuple[str, str, str | None, int]]:
        """``(path, hash, opened, position)`` of every article opened or read into."""
        return [
            (str(p), str(h), o, int(n or 0))
            for p, h, o, n in self.conn.execute(
                "SELECT path, hash, opened, position FROM articles "
                "WHERE opened IS NOT NULL OR position > 0 ORDER BY path"
            )
        ]

    # -- articles: reading ---------------------------------------------------------------------
    @_guarded
    def query(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
        """The rows of a read-only query (for the search and people modules)."""
        return self.conn.execute(sql, list(params)).fetchall()

    @_guarded
    def count(self, filters: Filters | None = None) -> int:
        """How many articles there are (that pass ``filters``)."""
        where, params = (filters or Filters()).where()
        return int(
            self.conn.execute(
                f"SELECT count(*) FROM articles AS a WHERE {where}", params
            ).fetchone()[0]
        )

    @_guarded
    def article(self, path: str) -> ArticleRow | None:
        found = self.conn.execute(
            f"SELECT {ROW_COLUMNS} FROM articles AS a WHERE a.path = ?", (path,)
        ).fetchone()
        return row_from(found) if found else None

    @_guarded
    def article_by_id(self, article_id: int) -> ArticleRow | None:
        found = self.conn.execute(
            f"SELECT {ROW_COLUMNS} FROM articles AS a WHERE a.id = ?", (article_id,)
        ).fetchone()
        return row_from(found) if found else None

    @_guarded
    def articles(
        self,
        filters: Filters | None = None,
        sort: str = DEFAULT_SORT,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[ArticleRow]:
        """The articles that pass ``filters``, in the order ``sort`` (see
        :data:`reader.library.filters.SORTS`); ``limit`` of them from ``offset``."""
        where, params = (filters or Filters()).where()
        sql = f"SELECT {ROW_COLUMNS} FROM articles AS a WHERE {where} ORDER BY {order_by(sort)}"
        if limit is not None or offset:
            sql += f" LIMIT {-1 if limit is None else int(limit)} OFFSET {int(offset)}"
        return [row_from(r) for r in self.conn.execute(sql, params)]

    @_guarded
    def analysis(self, path: str) -> Analysis | None:
        """The stored analysis of the article at ``path`` (its summary, speakers, text)."""
        found = self.conn.execute(
            "SELECT t.analysis, t.body FROM articles AS a JOIN texts AS t "
            "ON t.article_id = a.id WHERE a.path = ?",
            (path,),
        ).fetchone()
        return analysis_from_stored(path, found[0], found[1]) if found else None

    @_guarded
    def known_files(self) -> dict[str, tuple[int, int, int, str]]:
        """Every article's path: ``(id, size, mtime_ns, hash)``."""
        return {
            path: (int(i), int(size), int(mtime), str(h))
            for i, path, size, mtime, h in self.conn.execute(
                "SELECT id, path, size, mtime_ns, hash FROM articles"
            )
        }

    @_guarded
    def with_hash(self, content_hash: str) -> list[tuple[int, str]]:
        """``(id, path)`` of the articles whose file had this content."""
        return [
            (int(i), str(p))
            for i, p in self.conn.execute(
                "SELECT id, path FROM articles WHERE hash = ? ORDER BY id", (content_hash,)
            )
        ]

    @_guarded
    def facets(self, column: str) -> list[tuple[str, int]]:
        """The values of ``column`` (``"site"`` or ``"language"``) with their article counts,
        commonest first; empty values left out."""
        if column not in ("site", "language"):
            raise ValueError(f"no facet {column!r}")
        return [
            (str(v), int(n))
            for v, n in self.conn.execute(
                f"SELECT {column}, count(*) AS n FROM articles WHERE {column} != '' "
                f"GROUP BY {column} ORDER BY n DESC, {column} COLLATE NOCASE"
            )
        ]

    # -- folders, failures, forgotten files ----------------------------------------------------
    @_guarded
    def folders(self) -> list[str]:
        """The watched folders."""
        return [str(r[0]) for r in self.conn.execute("SELECT path FROM folders ORDER BY path")]

    @_guarded
    def add_folder(self, path: str) -> None:
        with self._write() as conn:
            conn.execute("INSERT OR IGNORE INTO folders (path, added) VALUES (?, ?)", (path, now()))

    @_guarded
    def remove_folder(self, path: str) -> bool:
        with self._write() as conn:
            return conn.execute("DELETE FROM folders WHERE path = ?", (path,)).rowcount > 0

    @_guarded
    def folder_scanned(self, path: str) -> None:
        with self._write() as conn:
            conn.execute("UPDATE folders SET scanned = ? WHERE path = ?", (now(), path))

    @_guarded
    def record_failure(self, path: str, size: int, mtime_ns: int, reason: str) -> None:
        """Remember that the file at ``path`` could not be read, and why (it is tried again
        when it changes)."""
        with self._write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO failures (path, size, mtime_ns, reason, failed) "
                "VALUES (?, ?, ?, ?, ?)",
                (path, size, mtime_ns, reason, now()),
            )

    @_guarded
    def forget_failures(self, paths: Iterable[str]) -> None:
        with self._write() as conn:
            conn.executemany("DELETE FROM failures WHERE path = ?", [(p,) for p in paths])

    @_guarded
    def failures(self) -> dict[str, tuple[int, int, str]]:
        """Files that could not be read: ``path -> (size, mtime_ns, reason)``."""
        return {
            str(p): (int(s), int(m), str(r))
            for p, s, m, r in self.conn.execute(
                "SELECT path, size, mtime_ns, reason FROM failures ORDER BY path"
            )
        }

    @_guarded
    def ignore(self, path: str) -> None:
        """Never add the file at ``path`` again (forgotten by the person)."""
        with self._write() as conn:
            conn.execute("INSERT OR IGNORE INTO ignored (path, added) VALUES (?, ?)", (path, now()))

    @_guarded
    def unignore(self, paths: Iterable[str]) -> None:
        with self._write() as conn:
            conn.executemany("DELETE FROM ignored WHERE path = ?", [(p,) for p in paths])

    @_guarded
    def ignored(self) -> set[str]:
        return {str(r[0]) for r in self.conn.execute("SELECT path FROM ignored")}

    @_guarded
    def restore_history(self, history: dict[str, tuple[str, str | None, int]]) -> int:
        """Put back when articles were added, last opened and where they were read (``path ->
        (added, opened, position)``, salvaged from a damaged database); returns how many."""
        restored = 0
        with self._write() as conn:
            for path, (added, opened, position) in history.items():
                restored += conn.execute(
                    "UPDATE articles SET added = ?, opened = ?, position = min(?, "
                    "(SELECT length(body) FROM texts WHERE article_id = articles.id)) "
                    "WHERE path = ?",
                    (added, opened, int(position), path),
                ).rowcount
        return restored

    @_guarded
    def restore_reading(self, state: dict[str, tuple[str, str | None, int]]) -> list[str]:
        """Put back when articles were opened and where they were read, from ``path -> (hash,
        opened, position)`` (the list beside the database): by path, else by the content hash
        of an article whose file moved. Returns the paths given back their state."""
        restored: list[str] = []
        with self._write() as conn:
            for path, (digest, opened, position) in state.items():
                found = conn.execute("SELECT id FROM articles WHERE path = ?", (path,)).fetchone()
                if found is None and digest:
                    found = conn.execute(
                        "SELECT id FROM articles WHERE hash = ? AND opened IS NULL "
                        "AND position = 0 ORDER BY id LIMIT 1",
                        (digest,),
                    ).fetchone()
                if found is None:
                    continue
                conn.execute(
                    "UPDATE articles SET opened = coalesce(?, opened), position = min(?, "
                    "(SELECT length(body) FROM texts WHERE article_id = articles.id)) "
                    "WHERE id = ?",
                    (opened, int(position), int(found[0])),
                )
                restored.append(path)
        return restored

    @_guarded
    def check(self) -> list[str]:
        """Problems SQLite and the search index find in the database (empty when sound)."""
        problems = [str(r[0]) for r in self.conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        try:
            self.conn.execute("INSERT INTO search (search, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError as exc:
            problems.append(f"search index: {exc}")
        return problems


def _index(conn: sqlite3.Connection, article_id: int) -> None:
    conn.execute(
        "INSERT INTO search (rowid, title, body, summary) "
        "SELECT id, title, body, summary FROM search_source WHERE id = ?",
        (article_id,),
    )


def _unindex(conn: sqlite3.Connection, article_id: int) -> None:
    """Take the article out of the search index (with the values it was indexed with)."""
    conn.execute(
        "INSERT INTO search (search, rowid, title, body, summary) "
        "SELECT 'delete', id, title, body, summary FROM search_source WHERE id = ?",
        (article_id,),
    )


def _delete(conn: sqlite3.Connection, article_id: int) -> None:
    _unindex(conn, article_id)
    conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))  # cascades to its rows


def _retitle(conn: sqlite3.Connection, article_id: int, new_path: str) -> None:
    """Give a moved article whose title was its old file name the new file name's title."""
    import json

    from reader.loading.plain_text import title_from_filename

    found = conn.execute(
        "SELECT a.path, a.title, t.analysis FROM articles AS a JOIN texts AS t "
        "ON t.article_id = a.id WHERE a.id = ?",
        (article_id,),
    ).fetchone()
    if found is None or found[1] != title_from_filename(found[0]):
        return
    title = title_from_filename(new_path)
    data = json.loads(found[2])
    if data.get("title_span") is not None:  # the title is a line of the text, not the name
        return
    data["title"] = title
    _unindex(conn, article_id)
    conn.execute("UPDATE articles SET title = ? WHERE id = ?", (title, article_id))
    conn.execute(
        "UPDATE texts SET analysis = ? WHERE article_id = ?",
        (json.dumps(data, ensure_ascii=False, separators=(",", ":")), article_id),
    )
    _index(conn, article_id)
