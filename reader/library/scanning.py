"""Comparing folders on disk with the library: which files are new, changed, moved or deleted.

A file is unchanged while its size and modification time are; otherwise its content hash
decides. A file at a path the library does not know whose hash is that of an article whose own
file has gone was moved (or renamed): the article follows it and keeps its history. An article
under a scanned folder whose file is gone, and was not found elsewhere, was deleted. A folder
that cannot be read (an unplugged disk) deletes nothing.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from reader.library.records import FileFacts
from reader.library.store import Library

#: Summary files Reader writes beside articles ("<title> – summary.md", reader.export) are
#: not articles.
SUMMARY_SUFFIX = " – summary"
_CHUNK = 1 << 20


def absolute(path: str | os.PathLike[str]) -> str:
    """``path`` as the library names it: absolute, ``~`` expanded, symbolic links kept."""
    return os.path.abspath(os.path.expanduser(os.fspath(path)))


def article_extensions() -> frozenset[str]:
    from reader.loading import ARTICLE_EXTENSIONS

    return frozenset(e.lower() for e in ARTICLE_EXTENSIONS)


def is_article_name(name: str, extensions: frozenset[str] | None = None) -> bool:
    """Whether a file called ``name`` is one a folder scan adds: an article extension, not
    hidden, not a summary Reader saved."""
    stem, ext = os.path.splitext(name)
    if name.startswith(".") or ext.lower() not in (extensions or article_extensions()):
        return False
    return not stem.endswith(SUMMARY_SUFFIX)


def walk(folder: str, errors: list[str] | None = None) -> Iterator[str]:
    """The article files under ``folder`` (hidden folders skipped, links to folders not
    followed). Folders that cannot be read are appended to ``errors``."""
    extensions = article_extensions()

    def failed(exc: OSError) -> None:
        if errors is not None:
            errors.append(exc.filename or folder)

    for root, dirs, names in os.walk(folder, onerror=failed):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if is_article_name(name, extensions):
                yield os.path.join(root, name)


def content_hash(path: str) -> str:
    """SHA-256 of the file's bytes, in hex."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def file_facts(path: str, known_hash: str = "") -> FileFacts:
    """Size, time and hash of the file at ``path`` (``OSError`` when it cannot be read)."""
    st = os.stat(path)
    return FileFacts(path, st.st_size, st.st_mtime_ns, known_hash or content_hash(path))


@dataclass
class Plan:
    """What a scan found; nothing is changed until the indexer applies it."""

    new: list[FileFacts] = field(default_factory=list)
    changed: list[FileFacts] = field(default_factory=list)
    moved: list[tuple[int, FileFacts]] = field(default_factory=list)
    touched: list[tuple[int, FileFacts]] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    still_failing: list[tuple[str, str]] = field(default_factory=list)

    @property
    def to_analyse(self) -> list[FileFacts]:
        return self.new + self.changed


def is_under(path: str, folders: Iterable[str]) -> bool:
    return any(path.startswith(folder.rstrip(os.sep) + os.sep) for folder in folders)


def _unreadable_reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "The file is not there: it may have been moved, renamed or deleted."
    return f"Reader could not read it: {(exc.strerror or 'the system refused').lower()}."


def plan(
    library: Library,
    folders: Iterable[str] = (),
    files: Iterable[str] = (),
    *,
    retry_failed: bool = True,
) -> Plan:
    """Compare ``folders`` (walked) and ``files`` (taken as they are) with the library.

    With ``retry_failed=False`` a file that failed before and has not changed since is not
    tried again (it is listed in ``still_failing``).
    """
    result = Plan()
    folders = [absolute(f) for f in folders]
    known = library.known_files()
    failures = library.failures()
    ignored = library.ignored()
    walk_errors: list[str] = []
    scanned: list[str] = []  # deletions count only under these, outside unreadable parts
    on_disk: dict[str, os.stat_result] = {}
    for folder in folders:
        if not os.path.isdir(folder):
            result.failed.append((folder, "The folder is not there (a disk may be unplugged)."))
            continue
        scanned.append(folder)
        for path in walk(folder, walk_errors):
            if path in ignored:
                continue
            try:
                on_disk[path] = os.stat(path)
            except OSError:
                continue  # gone between listing and looking: a later scan sees it
    for raw in files:
        path = absolute(raw)
        try:
            on_disk[path] = os.stat(path)
        except OSError as exc:
            result.failed.append((path, _unreadable_reason(exc)))

    candidates: list[FileFacts] = []
    for path, st in on_disk.items():
        row = known.get(path)
        same_stat = row is not None and (row[1], row[2]) == (st.st_size, st.st_mtime_ns)
        if same_stat:
            result.unchanged += 1
            continue
        failure = failures.get(path)
        if (
            row is None
            and not retry_failed
            and failure is not None
            and (failure[0], failure[1]) == (st.st_size, st.st_mtime_ns)
        ):
            result.still_failing.append((path, failure[2]))
            continue
        try:
            facts = FileFacts(path, st.st_size, st.st_mtime_ns, content_hash(path))
        except OSError as exc:
            result.failed.append((path, _unreadable_reason(exc)))
            continue
        if row is not None:
            if row[3] == facts.hash:
                result.touched.append((row[0], facts))
            else:
                result.changed.append(facts)
        else:
            candidates.append(facts)

    def gone(path: str) -> bool:
        return path not in on_disk and not os.path.lexists(path)

    claimed: set[int] = set()
    for facts in candidates:
        match = next(
            (
                (i, p)
                for i, p in library.with_hash(facts.hash)
                if i not in claimed and p != facts.path and gone(p)
            ),
            None,
        )
        if match is not None:
            claimed.add(match[0])
            result.moved.append((match[0], facts))
        else:
            result.new.append(facts)

    moved_from = {i for i, _ in result.moved}
    for path, row in known.items():
        if row[0] in moved_from or path in on_disk:
            continue
        if is_under(path, scanned) and not is_under(path, walk_errors) and gone(path):
            result.deleted.append(path)
    return result
