"""The library's sources beside its database: the watched folders and the articles added one
by one (``library-sources.txt``). A damaged database is rebuilt from them (see
:mod:`reader.library.recovery`), so they are kept outside it, rewritten atomically after every
change. One JSON object a line: ``{"folder": PATH}`` or ``{"file": PATH}``.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from reader.library.location import SOURCES_NAME
from reader.library.scanning import is_under
from reader.library.store import Library

log = logging.getLogger(__name__)
_HEADER = (
    "# Reader's library: the watched folders and the articles added one by one, one JSON\n"
    "# object a line. Reader rebuilds its library from these if the database is damaged.\n"
)


def sources_path(library_folder: Path) -> Path:
    return library_folder / SOURCES_NAME


def save_sources(library: Library) -> None:
    """Write the sources of ``library`` beside its database (best effort: a failure is logged;
    the database stays the record)."""
    from reader.errors import ReaderError
    from reader.export import write_atomic

    folders = library.folders()
    files = sorted(p for p in library.known_files() if not is_under(p, folders))
    lines = [json.dumps({"folder": f}, ensure_ascii=False) for f in folders]
    lines += [json.dumps({"file": f}, ensure_ascii=False) for f in files]
    try:
        write_atomic(sources_path(library.folder), _HEADER + "".join(f"{x}\n" for x in lines))
    except (ReaderError, OSError, UnicodeError):
        log.warning("could not write the library's sources", exc_info=True)


def read_sources(library_folder: Path) -> tuple[list[str], list[str]]:
    """``(folders, files)`` listed beside the database (empty when there is no list)."""
    folders: list[str] = []
    files: list[str] = []
    try:
        text = sources_path(library_folder).read_text(encoding="utf-8")
    except (OSError, UnicodeError):
        return folders, files
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        try:
            entry = json.loads(line)
        except ValueError:
            continue  # a torn line: the rest still counts
        if isinstance(entry, dict):
            if isinstance(entry.get("folder"), str):
                folders.append(entry["folder"])
            elif isinstance(entry.get("file"), str):
                files.append(entry["file"])
    return folders, files
