"""Where the library lives: a folder in the platform's data folder, or ``READER_LIBRARY_DIR``.

The folder holds the database (:data:`DATABASE_NAME`, with SQLite's ``-wal`` and ``-shm``
companions while Reader runs), the list of the library's sources (:data:`SOURCES_NAME`, used to
rebuild a damaged database), the reading state (:data:`READING_NAME`, put back after a rebuild)
and any damaged database moved aside (``library-damaged-<date>.db``).
"""

from __future__ import annotations

import os
from pathlib import Path

#: Environment variable naming another library folder (tests, a library on another disk).
ENVIRONMENT_VARIABLE = "READER_LIBRARY_DIR"
DATABASE_NAME = "library.db"
SOURCES_NAME = "library-sources.txt"
READING_NAME = "library-reading.txt"
APP_NAME = "Reader"


def library_dir() -> Path:
    """The library's folder: ``$READER_LIBRARY_DIR`` when set, else the platform's data folder
    for Reader (``~/.local/share/Reader`` on Linux, ``~/Library/Application Support/Reader`` on
    macOS, ``%LOCALAPPDATA%\\Reader\\Reader`` on Windows). Not created here."""
    override = os.environ.get(ENVIRONMENT_VARIABLE, "").strip()
    if override:
        return Path(os.path.abspath(os.path.expanduser(override)))
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_NAME))


def database_path(folder: Path | None = None) -> Path:
    """The database file in ``folder`` (default: :func:`library_dir`)."""
    return (folder if folder is not None else library_dir()) / DATABASE_NAME
