"""The reading state beside the database: which articles were opened, when, and where their
reader stopped (``library-reading.txt``).

The database holds all of it; this small file holds it a second time, so that a damaged
database, rebuilt from the articles (:mod:`reader.library.recovery`), gets it back even when
SQLite can read nothing of the damaged file. It is rewritten atomically after each change of
reading state (an article opened, a reading position saved: a few times a minute at most,
from the window's library thread), and lists only the articles opened or read into. One JSON
object a line: ``{"path": PATH, "hash": CONTENT_HASH, "opened": UTC_TIME, "position": N}``;
the content hash finds an article whose file was moved since.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reader.library.location import READING_NAME

if TYPE_CHECKING:
    from reader.library.store import Library

log = logging.getLogger(__name__)
_HEADER = (
    "# Reader's library: the articles you opened and where you stopped reading, one JSON\n"
    "# object a line. Reader puts them back if its database is damaged and rebuilt.\n"
)


@dataclass(frozen=True)
class ReadingState:
    """One article's reading state."""

    hash: str
    opened: str | None
    position: int


def reading_path(library_folder: Path) -> Path:
    return library_folder / READING_NAME


def save_reading(library: Library) -> None:
    """Write the reading state of ``library`` beside its database (best effort: a failure is
    logged; the database stays the record)."""
    from reader.errors import ReaderError
    from reader.export import write_atomic

    lines = [
        json.dumps(
            {"path": path, "hash": digest, "opened": opened, "position": position},
            ensure_ascii=False,
        )
        for path, digest, opened, position in library.reading_state()
    ]
    try:
        write_atomic(reading_path(library.folder), _HEADER + "".join(f"{x}\n" for x in lines))
    except (ReaderError, OSError, UnicodeError):
        log.warning("could not write the library's reading state", exc_info=True)


def read_reading(library_folder: Path) -> dict[str, ReadingState] | None:
    """``path -> ReadingState`` as listed beside the database; ``None`` when there is no list
    (a library kept by an older Reader, or nothing was ever opened)."""
    try:
        text = reading_path(library_folder).read_text(encoding="utf-8")
    except (OSError, UnicodeError):
        return None
    found: dict[str, ReadingState] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        try:
            entry = json.loads(line)
            path, digest = entry["path"], entry.get("hash") or ""
            opened, position = entry.get("opened"), int(entry.get("position") or 0)
        except (ValueError, TypeError, KeyError, AttributeError):
            continue  # a torn or edited line: the rest still counts
        if isinstance(path, str) and isinstance(digest, str):
            found[path] = ReadingState(
                digest, opened if isinstance(opened, str) else None, position
            )
    return found
