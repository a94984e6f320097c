"""A damaged database: moved aside under a dated name, and the library rebuilt from the
articles (the watched folders and files listed in ``library-sources.txt``, see
:mod:`reader.library.sources`). What can still be read from the damaged file (when articles
were added and opened, where they were read) is put back after the rebuild, and so is the
reading state kept beside the database (``library-reading.txt``, see
:mod:`reader.library.reading`), which SQLite's damage cannot touch.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import os
import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path

from reader.library.errors import LibraryDamagedError, LibraryError
from reader.library.indexing import IndexReport, Progress, index
from reader.library.location import database_path
from reader.library.parallel import MIN_FILES_FOR_POOL
from reader.library.sources import read_sources
from reader.library.store import Library

_COMPANIONS = ("-wal", "-shm", "-journal")


@dataclass
class Recovery:
    """A damaged database moved to ``damaged``, and what the new one is rebuilt from."""

    damaged: Path
    folders: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    history: dict[str, tuple[str, str | None, int]] = field(default_factory=dict)
    #: ``path -> (hash, opened, position)`` from the list beside the database (``None``: none)
    reading: dict[str, tuple[str, str | None, int]] | None = None
    #: After :func:`rebuild`: how many articles got their reading state back.
    restored: int = 0

    def message(self, report: IndexReport | None = None) -> str:
        """What to tell the person (after the rebuild when ``report`` is given)."""
        text = (
            "Reader's library database was damaged. It was moved to "
            f"{self.damaged} and a new library was started"
        )
        if report is None:
            return text + "; it is being rebuilt from your articles."
        added = report.added
        text = (
            f"{text} and rebuilt from your articles: {added} article"
            f"{'s' if added != 1 else ''} from {len(self.folders)} watched folder"
            f"{'s' if len(self.folders) != 1 else ''} and {len(self.files)} single file"
            f"{'s' if len(self.files) != 1 else ''}."
        )
        if self.restored:
            n = self.restored
            return (
                f"{text} Which articles you had read, and where you stopped reading, was put "
                f"back for {n:,} article{'s' if n != 1 else ''}."
            )
        if self.reading is None and not self.history and added:
            return (
                f"{text} Which articles you had read, and where you stopped reading, were kept "
                "only in the damaged database and could not be read from it: the articles "
                "show as unread."
            )
        return text


def move_aside(db_path: Path) -> Path:
    """Rename the damaged database (and its companions) to ``library-damaged-<date>.db``."""
    stamp = _dt.datetime.now().strftime("%Y-%m-%d-%H%M%S")
    target = db_path.with_name(f"{db_path.stem}-damaged-{stamp}{db_path.suffix}")
    counter = 2
    while target.exists():
        target = db_path.with_name(f"{db_path.stem}-damaged-{stamp}-{counter}{db_path.suffix}")
        counter += 1
    try:
        os.replace(db_path, target)
    except OSError as exc:
        raise LibraryError(
            f"Reader's library database {db_path} is damaged and could not be moved aside "
            f"({exc.strerror or 'the system refused'}). Move or delete it, then start again."
        ) from exc
    for suffix in _COMPANIONS:
        companion = Path(f"{db_path}{suffix}")
        if companion.exists():
            with contextlib.suppress(OSError):
                os.replace(companion, Path(f"{target}{suffix}"))
    return target


def salvage(damaged: Path) -> tuple[list[str], dict[str, tuple[str, str | None, int]]]:
    """What can still be read from a damaged database: its watched folders and each article's
    ``path -> (added, opened, position)``; empty where nothing can."""
    folders: list[str] = []
    history: dict[str, tuple[str, str | None, int]] = {}
    try:
        conn = sqlite3.connect(f"{damaged.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return folders, history
    try:
        with contextlib.suppress(sqlite3.Error):
            folders = [str(r[0]) for r in conn.execute("SELECT path FROM folders")]
        with contextlib.suppress(sqlite3.Error, ValueError, TypeError):
            for path, added, opened, position in conn.execute(
                "SELECT path, added, opened, position FROM articles"
            ):
                history[str(path)] = (str(added), opened, int(position or 0))
    finally:
        conn.close()
    return folders, history


def open_library(path: Path | None = None) -> tuple[Library, Recovery | None]:
    """Open the library; a damaged database is moved aside and a new one started, and the
    :class:`Recovery` says what to rebuild it from (see :func:`rebuild`)."""
    path = path if path is not None else database_path()
    try:
        return Library(path), None
    except LibraryDamagedError:
        return recover(path)


def recover(path: Path) -> tuple[Library, Recovery]:
    """Move the damaged database at ``path`` aside and start a new one there."""
    damaged = move_aside(path)
    folders, files = read_sources(path.parent)
    salvaged_folders, history = salvage(damaged)
    for folder in salvaged_folders:
        if folder not in folders:
            folders.append(folder)
    if not files:  # no list beside the database: the files the damaged one still names
        files = [p for p in history if not any(p.startswith(f + os.sep) for f in folders)]
    from reader.library.reading import read_reading

    listed = read_reading(path.parent)
    reading = (
        {p: (r.hash, r.opened, r.position) for p, r in listed.items()}
        if listed is not None
        else None
    )
    return Library(path), Recovery(damaged, folders, files, history, reading)


def rebuild(
    library: Library,
    recovery: Recovery,
    *,
    jobs: int | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    min_files_for_pool: int = MIN_FILES_FOR_POOL,
) -> IndexReport:
    """Index the sources of ``recovery`` into the new ``library`` and put back the history."""
    report = index(
        library,
        [f for f in recovery.folders if os.path.isdir(f)],
        [f for f in recovery.files if os.path.isfile(f)],
        jobs=jobs,
        progress=progress,
        cancel=cancel,
        min_files_for_pool=min_files_for_pool,
    )
    from reader.library.reading import save_reading

    library.restore_history(recovery.history)
    if recovery.reading:
        salvaged = {
            p for p, (_added, opened, position) in recovery.history.items() if opened or position
        }
        library.restore_reading({p: v for p, v in recovery.reading.items() if p not in salvaged})
    recovery.restored = len(library.reading_state())
    save_reading(library)
    return report
