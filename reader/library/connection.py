"""Connections to the library database: WAL, a busy timeout, and write transactions that wait.

Every connection runs in autocommit mode and writes inside :func:`write_transaction`, which
starts with ``BEGIN IMMEDIATE``: a writer takes the write lock before it reads, so two writers
(the window and ``reader library add`` at once) queue behind each other instead of failing
with "database is locked". Readers never wait for writers in WAL mode. A writer that still
finds the database busy after :data:`BUSY_TIMEOUT` seconds retries until :data:`BUSY_PATIENCE`;
only then does a :class:`~reader.library.errors.LibraryBusyError` say so in plain words.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from reader.library.errors import LibraryBusyError, LibraryDamagedError, LibraryError

BUSY_TIMEOUT = 10.0  # seconds SQLite itself waits for a lock
BUSY_PATIENCE = 120.0  # seconds a write keeps retrying before it gives up
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_CORRUPT, _SQLITE_NOTADB = 5, 6, 11, 26
T = TypeVar("T")


def _code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)  # Python 3.11+
    return code & 0xFF if isinstance(code, int) else None


def _says(
    exc: BaseException, kind: type[sqlite3.Error], codes: tuple[int, ...], words: tuple[str, ...]
) -> bool:
    """Whether ``exc`` is a ``kind`` with one of SQLite's ``codes`` (Python 3.11+), or, where
    the code is not given, whose message holds one of ``words``."""
    if not isinstance(exc, kind):
        return False
    code = _code(exc)
    if code is not None:
        return code in codes
    message = str(exc).lower()
    return any(word in message for word in words)


def is_damage(exc: BaseException) -> bool:
    """Whether ``exc`` says the database file is damaged (malformed, or not a database)."""
    return _says(
        exc,
        sqlite3.DatabaseError,
        (_SQLITE_CORRUPT, _SQLITE_NOTADB),
        ("malformed", "not a database"),
    )


def is_busy(exc: BaseException) -> bool:
    """Whether ``exc`` says another connection holds a lock ("database is locked")."""
    return _says(exc, sqlite3.OperationalError, (_SQLITE_BUSY, _SQLITE_LOCKED), ("locked", "busy"))


def _not_a_folder(folder: Path) -> str:
    from reader.library.location import ENVIRONMENT_VARIABLE

    blocking = next((p for p in (folder, *folder.parents) if p.exists() and not p.is_dir()), folder)
    hint = (
        f" Set {ENVIRONMENT_VARIABLE} to a folder."
        if os.environ.get(ENVIRONMENT_VARIABLE, "").strip()
        else " Move that file away."
    )
    if blocking != folder:
        return f"Reader cannot make its library folder {folder}: {blocking} is a file.{hint}"
    return f"Reader's library folder {folder} is a file, not a folder.{hint}"


def connect(path: Path) -> sqlite3.Connection:
    """Open the database at ``path`` (created if missing) in WAL mode with a busy timeout.

    Raises :class:`LibraryDamagedError` for a damaged file and :class:`LibraryError` when the
    folder cannot be written.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError) as exc:
        raise LibraryError(_not_a_folder(path.parent)) from exc
    except OSError as exc:
        raise LibraryError(
            f"Reader could not create the library folder {path.parent}: "
            f"{exc.strerror or 'the system refused'}."
        ) from exc
    try:
        conn = sqlite3.connect(os.fspath(path), timeout=BUSY_TIMEOUT, isolation_level=None)
    except sqlite3.Error as exc:
        raise LibraryError(f"Reader could not open its library at {path}.") from exc
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        retry_busy(lambda: conn.execute("PRAGMA journal_mode = WAL").fetchone())
        conn.execute("PRAGMA synchronous = NORMAL")  # durable at checkpoints; never corrupt
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # reads the header
    except sqlite3.DatabaseError as exc:
        conn.close()
        if is_damage(exc):
            raise LibraryDamagedError(f"The library database {path} is damaged.") from exc
        raise LibraryError(f"Reader could not open its library at {path}.") from exc
    return conn


def retry_busy(action: Callable[[], T]) -> T:
    """Run ``action()`` again while the database stays busy, up to :data:`BUSY_PATIENCE`."""
    deadline = time.monotonic() + BUSY_PATIENCE
    delay = 0.05
    while True:
        try:
            return action()
        except sqlite3.OperationalError as exc:
            if not is_busy(exc):
                raise
            if time.monotonic() > deadline:
                raise LibraryBusyError(
                    "Another program kept Reader's library busy for too long; "
                    "nothing was changed. Try again in a moment."
                ) from exc
            time.sleep(delay)
            delay = min(delay * 2, 1.0)


@contextlib.contextmanager
def write_transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` … ``COMMIT`` (``ROLLBACK`` on any exception), waiting while busy."""
    retry_busy(lambda: conn.execute("BEGIN IMMEDIATE"))
    try:
        yield conn
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise
    try:
        retry_busy(lambda: conn.execute("COMMIT"))
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise
