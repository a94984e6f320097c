"""langdetect's language profiles, without parsing all of them in every process.

langdetect ships one JSON file of n-gram counts per language (55 files, 184,000 counts). A
detection needs the counts of the few hundred n-grams its text sample contains, but parsing the
files costs a fresh process about 0.1 s of CPU, a quarter of a one-file ``reader summarize``.
So the first process that parses them also writes an *index*: an SQLite file (the standard
library's ``sqlite3``) in Reader's cache folder, one row per n-gram with its count in each
language, and later processes look up only the n-grams they need (a few milliseconds).

The index is a cache, never a source of truth: it records which profile files it was built
from (names, sizes, modification times, this format's version) and is rebuilt when they
differ; when it cannot be read or written (no sqlite3, a read-only or full disk, a damaged
file) Reader parses the JSON files as langdetect does. Either way the counts are langdetect's
own, so detection gives exactly langdetect's probabilities (tests/test_language_profiles.py).

The cache folder: ``READER_CACHE_DIR`` when set (set and empty: no cache), else the platform's
(``%LOCALAPPDATA%\\Reader\\Cache``, ``~/Library/Caches/Reader``, ``$XDG_CACHE_HOME/reader`` or
``~/.cache/reader``).
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import threading
from array import array
from collections.abc import Iterable
from pathlib import Path
from typing import Any

#: Changes when the index's layout changes (an old index is then rebuilt).
FORMAT = 1
INDEX_PREFIX = "langdetect-profiles"
#: SQLite takes at most 999 parameters in a statement on old versions.
_BATCH = 500

#: ``(language index, count)`` pairs of one n-gram, in the profiles' order.
Counts = list[tuple[int, int]]


def cache_folder() -> Path | None:
    """Reader's cache folder (see the module doc), or ``None`` when caching is turned off."""
    chosen = os.environ.get("READER_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen.strip() else None
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
        return Path(base, "Reader", "Cache") if base else None
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "Reader"
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    return Path(xdg if os.path.isabs(xdg) else Path.home() / ".cache") / "reader"


def profile_files(folder: str) -> list[str]:
    """The profile files in ``folder``, in langdetect's own order (``os.listdir``)."""
    return [
        name
        for name in os.listdir(folder)
        if not name.startswith(".") and os.path.isfile(os.path.join(folder, name))
    ]


class Profiles:
    """The languages, their n-gram totals and a way to look counts up."""

    def __init__(self, languages: list[str], n_words: list[list[int]]) -> None:
        self.languages = languages
        self.n_words = n_words  # per language: how many 1-, 2- and 3-grams it was built from

    def lookup(self, grams: Iterable[str]) -> dict[str, Counts]:
        """The counts of each of ``grams`` that some profile has."""
        raise NotImplementedError


class ParsedProfiles(Profiles):
    """The JSON files parsed, as langdetect reads them."""

    def __init__(self, folder: str, names: list[str]) -> None:
        languages, n_words, self.frequencies = [], [], []
        for name in names:
            with open(os.path.join(folder, name), encoding="utf-8") as handle:
                profile = json.load(handle)
            languages.append(profile["name"])
            n_words.append(profile["n_words"])
            self.frequencies.append(profile["freq"])
        super().__init__(languages, n_words)

    def lookup(self, grams: Iterable[str]) -> dict[str, Counts]:
        found: dict[str, Counts] = {}
        for gram in grams:
            counts = [
                (index, count)
                for index, freq in enumerate(self.frequencies)
                if (count := freq.get(gram)) is not None
            ]
            if counts:
                found[gram] = counts
        return found

    def all_counts(self) -> dict[str, Counts]:
        """Every n-gram's counts (to write the index)."""
        table: dict[str, Counts] = {}
        for index, freq in enumerate(self.frequencies):
            for gram, count in freq.items():
                table.setdefault(gram, []).append((index, count))
        return table


class IndexedProfiles(Profiles):
    """The profiles read from the index (see the module doc)."""

    def __init__(
        self,
        connection: Any,
        languages: list[str],
        n_words: list[list[int]],
        numbers: list[int],
    ) -> None:
        super().__init__(languages, n_words)
        self._connection = connection
        self._numbers = numbers  # the index's language number -> this process's
        self._lock = threading.Lock()  # one connection, used from any thread

    def lookup(self, grams: Iterable[str]) -> dict[str, Counts]:
        wanted = list(grams)
        found: dict[str, Counts] = {}
        with self._lock:
            for start in range(0, len(wanted), _BATCH):
                batch = wanted[start : start + _BATCH]
                marks = ",".join("?" * len(batch))
                query = f"SELECT gram, counts FROM grams WHERE gram IN ({marks})"
                for gram, packed in self._connection.execute(query, batch):
                    values = array("q")
                    values.frombytes(packed)
                    numbers = self._numbers
                    found[gram] = [
                        (numbers[language], count)
                        for language, count in zip(values[::2], values[1::2], strict=True)
                    ]
        return found


def _signature(folder: str, names: list[str]) -> str:
    """What the index was built from: this format, the byte order and each profile file."""
    files = []
    for name in sorted(names):
        status = os.stat(os.path.join(folder, name))
        files.append([name, status.st_size, status.st_mtime_ns])
    return json.dumps([FORMAT, sys.byteorder, os.path.abspath(folder), files])


def _index_path(cache: Path, signature: str) -> Path:
    import zlib

    return cache / f"{INDEX_PREFIX}-{zlib.crc32(signature.encode('utf-8')):08x}.sqlite3"


def load_profiles(folder: str, names: list[str]) -> Profiles:
    """langdetect's profiles ``names`` in ``folder``: from the index when it is current, else
    parsed (and the index written for the next process)."""
    cache = cache_folder()
    if cache is None:
        return ParsedProfiles(folder, names)
    signature = _signature(folder, names)
    path = _index_path(cache, signature)
    indexed = _open_index(path, signature, names)
    if indexed is not None:
        return indexed
    parsed = ParsedProfiles(folder, names)
    _write_index(path, signature, parsed, names)
    return parsed


def _open_index(path: Path, signature: str, names: list[str]) -> IndexedProfiles | None:
    """The index at ``path`` when it is there, readable and built from ``signature``."""
    if not path.is_file():
        return None
    try:
        import sqlite3
    except ImportError:  # a Python built without it
        return None
    connection = None
    try:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
        stored = dict(connection.execute("SELECT key, value FROM meta"))
        if stored.get("signature") != signature:
            connection.close()
            return None
        by_file = json.loads(stored["profiles"])  # file name -> [language, n_words]
        languages = [by_file[name][0] for name in names]
        n_words = [by_file[name][1] for name in names]
        # the index numbers languages in the order their files were listed when it was built
        numbers = [names.index(name) for name in json.loads(stored["order"])]
        return IndexedProfiles(connection, languages, n_words, numbers)
    except (sqlite3.Error, KeyError, ValueError, TypeError, OSError):
        if connection is not None:
            connection.close()
        return None


def _write_index(path: Path, signature: str, parsed: ParsedProfiles, names: list[str]) -> None:
    """Write the index for the next process; nothing happens when that fails."""
    import tempfile

    try:
        import sqlite3
    except ImportError:
        return
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{INDEX_PREFIX}-", dir=path.parent)
        os.close(handle)
        connection = sqlite3.connect(temporary)
        try:
            with connection:
                connection.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
                connection.execute(
                    "CREATE TABLE grams (gram TEXT PRIMARY KEY, counts BLOB) WITHOUT ROWID"
                )
                profiles = {
                    name: [language, n_words]
                    for name, language, n_words in zip(
                        names, parsed.languages, parsed.n_words, strict=True
                    )
                }
                meta = {
                    "signature": signature,
                    "profiles": json.dumps(profiles),
                    "order": json.dumps(names),
                }
                connection.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
                connection.executemany(
                    "INSERT INTO grams VALUES (?, ?)",
                    (
                        (gram, array("q", [v for pair in counts for v in pair]).tobytes())
                        for gram, counts in parsed.all_counts().items()
                    ),
                )
        finally:
            connection.close()
        os.replace(temporary, path)  # readers see the whole index or none
        temporary = None
    except (sqlite3.Error, OSError):
        pass
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.remove(temporary)
