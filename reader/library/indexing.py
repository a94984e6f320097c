"""Adding to the library: folders (watched afterwards), single files, and forgetting.

:func:`index` scans, applies moves and deletions at once, then analyses the new and changed
files (in parallel, see :mod:`reader.library.parallel`) and writes each article as soon as it is
ready, in its own transaction: stopping, cancelling or killing the process loses at most the
articles still being analysed, and running it again carries on where it stopped.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from reader.library import scanning
from reader.library.parallel import MIN_FILES_FOR_POOL, analyze_files
from reader.library.records import ArticleRow, record_from_analysis
from reader.library.sources import save_sources
from reader.library.store import Library
from reader.result import Analysis

#: ``progress(done, total, path)``: ``done`` of ``total`` files analysed, the last one ``path``.
Progress = Callable[[int, int, str], None]


@dataclass
class IndexReport:
    """What one run of :func:`index` did."""

    added: int = 0
    updated: int = 0
    moved: int = 0
    removed: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, reason) this run
    still_failing: list[tuple[str, str]] = field(default_factory=list)  # not tried again
    cancelled: bool = False
    #: Folders given for the first time whose adding was stopped: they are not watched (see
    #: ``undo_new_folders`` of :func:`index`).
    unwatched: list[str] = field(default_factory=list)
    #: The articles this run added (not those updated or moved), in the order added.
    added_paths: list[str] = field(default_factory=list)

    @property
    def changes(self) -> int:
        return self.added + self.updated + self.moved + self.removed

    def added_under(self, folders: Iterable[str]) -> list[str]:
        """The articles this run added under ``folders``."""
        return [p for p in self.added_paths if scanning.is_under(p, list(folders))]

    def describe(self) -> str:
        """One sentence for people: "Added 12 articles; 1 updated; 2 could not be read."."""
        parts = [f"Added {self.added} article{'s' if self.added != 1 else ''}"]
        for count, label in (
            (self.updated, "updated"),
            (self.moved, "moved or renamed"),
            (self.removed, "removed (deleted from disk)"),
            (self.unchanged, "unchanged"),
        ):
            if count:
                parts.append(f"{count} {label}")
        failed = len(self.failed)
        if failed:
            parts.append(f"{failed} file{'s' if failed != 1 else ''} could not be read")
        text = "; ".join(parts) + "."
        if self.unwatched:
            names = ", ".join(self.unwatched)
            text += f" {names} {'is' if len(self.unwatched) == 1 else 'are'} not watched."
        return ("Stopped. " + text) if self.cancelled else text


def index(
    library: Library,
    folders: Iterable[str | os.PathLike[str]] = (),
    files: Iterable[str | os.PathLike[str]] = (),
    *,
    jobs: int | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    watch: bool = True,
    retry_failed: bool = True,
    min_files_for_pool: int = MIN_FILES_FOR_POOL,
    undo_new_folders: bool = False,
) -> IndexReport:
    """Bring ``folders`` (watched from now on when ``watch``) and ``files`` into the library.

    With ``undo_new_folders``, a folder that was not watched before and whose adding is stopped
    (``cancel``, or Ctrl-C: ``KeyboardInterrupt``) is not watched afterwards (the report's
    ``unwatched``): the person stopped adding it, so it is not picked up again behind their
    back. The articles added meanwhile stay (``added_paths`` says which), to be kept or removed.

    ``jobs`` processes analyse (default: every core, see
    :func:`~reader.library.parallel.analyze_files` for ``min_files_for_pool``); ``progress`` is
    called after each file; once ``cancel`` is set the run stops between files (the report then
    says ``cancelled``). Files that
    fail are listed in the report with their reason and remembered; they never stop the run.
    """
    folder_paths = [scanning.absolute(f) for f in folders]
    file_paths = [scanning.absolute(f) for f in files]
    report = IndexReport()
    new_folders: list[str] = []
    if watch:
        watched = set(library.folders())
        for folder in folder_paths:
            if os.path.isdir(folder):
                if folder not in watched and folder not in new_folders:
                    new_folders.append(folder)
                library.add_folder(folder)
    if not undo_new_folders:
        new_folders = []
    if file_paths:
        library.unignore(file_paths)  # added by hand: no longer forgotten
    plan = scanning.plan(library, folder_paths, file_paths, retry_failed=retry_failed)
    report.unchanged = plan.unchanged
    report.failed.extend(plan.failed)
    report.still_failing.extend(plan.still_failing)
    for article_id, facts in plan.moved:
        library.move(article_id, facts)
    for article_id, facts in plan.touched:
        library.touch(article_id, facts)
    report.moved, report.unchanged = len(plan.moved), report.unchanged + len(plan.touched)
    report.removed = library.remove(plan.deleted)
    library.forget_failures(p for p in plan.deleted)

    todo = plan.to_analyse
    changed = {f.path for f in plan.changed}
    if progress is not None:
        progress(0, len(todo), "")
    done = 0
    stop = cancel or threading.Event()
    outcomes = analyze_files(todo, jobs, stop, min_files_for_pool=min_files_for_pool)
    try:
        with contextlib.closing(outcomes):  # stopping early (or an error) stops the workers now
            for outcome in outcomes:
                facts = outcome.facts
                if outcome.record is not None:
                    library.save(outcome.record)
                    if facts.path in changed:
                        report.updated += 1
                    else:
                        report.added += 1
                        report.added_paths.append(facts.path)
                else:
                    library.record_failure(facts.path, facts.size, facts.mtime_ns, outcome.reason)
                    report.failed.append((facts.path, outcome.reason))
                done += 1
                if progress is not None:
                    progress(done, len(todo), facts.path)
                if stop.is_set():
                    break
    except KeyboardInterrupt:
        _unwatch(library, new_folders, report)
        raise
    report.cancelled = done < len(todo)
    if report.cancelled:
        _unwatch(library, new_folders, report)
    if not report.cancelled:
        for folder in folder_paths:
            if os.path.isdir(folder) and folder in library.folders():
                library.folder_scanned(folder)
    save_sources(library)
    return report


def _unwatch(library: Library, folders: list[str], report: IndexReport) -> None:
    """Stop watching ``folders``, whose first adding was stopped (their articles stay)."""
    for folder in folders:
        if library.remove_folder(folder):
            report.unwatched.append(folder)
    if report.unwatched:
        save_sources(library)


def sync_watched(
    library: Library,
    *,
    jobs: int | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    min_files_for_pool: int = MIN_FILES_FOR_POOL,
) -> IndexReport:
    """Pick up what changed in the watched folders (files that failed before and have not
    changed are not tried again)."""
    return index(
        library,
        library.folders(),
        jobs=jobs,
        progress=progress,
        cancel=cancel,
        watch=False,
        retry_failed=False,
        min_files_for_pool=min_files_for_pool,
    )


@dataclass(frozen=True)
class Forgotten:
    """What :func:`forget` did: ``articles`` removed, and whether a watched ``folder`` was."""

    articles: int
    folder: bool
    under: bool = False  # the articles under a folder that is not watched


def forget(library: Library, path: str | os.PathLike[str]) -> Forgotten:
    """Take ``path`` out of the library: a watched folder stops being watched and its articles
    go (unless another watched folder holds them); the articles under a folder that is not
    watched go; an article goes and, when a watched folder holds it, is not added again. The
    files themselves are never touched."""
    target = scanning.absolute(path)
    watched = library.folders()
    if target in watched:
        library.remove_folder(target)
        others = [f for f in watched if f != target]
        paths = [
            p
            for p in library.known_files()
            if scanning.is_under(p, [target]) and not scanning.is_under(p, others)
        ]
        removed = library.remove(paths)
        library.forget_failures(p for p in library.failures() if scanning.is_under(p, [target]))
        save_sources(library)
        return Forgotten(removed, True)
    if not scanning.is_under(target, watched):  # a folder once added, or its first add stopped
        inside = [p for p in library.known_files() if scanning.is_under(p, [target])]
        if inside:
            removed = library.remove(inside)
            library.forget_failures(p for p in library.failures() if scanning.is_under(p, [target]))
            save_sources(library)
            return Forgotten(removed, False, under=True)
    removed = library.remove([target])
    if scanning.is_under(target, watched):
        library.ignore(target)
    library.forget_failures([target])
    save_sources(library)
    return Forgotten(removed, False)


def add_opened(library: Library, path: str | os.PathLike[str], analysis: Analysis) -> ArticleRow:
    """Add an article the person opened (with the analysis the window made of it) and mark it
    read; a file moved since it was added is recognised by its content and keeps its history.
    Returns the article's row (with the reading position to restore). ``OSError`` when the file
    cannot be read any more."""
    target = scanning.absolute(path)
    facts = scanning.file_facts(target)
    row = library.article(target)
    if row is None:
        for article_id, old in library.with_hash(facts.hash):
            if not os.path.lexists(old):
                library.move(article_id, facts)
                row = library.article(target)
                break
    library.unignore([target])
    known = library.known_files().get(target)
    if row is not None and known is not None and known[3] == facts.hash:
        library.touch(row.id, facts)
        library.mark_opened(target)
    else:
        library.save(record_from_analysis(analysis, facts), opened=True)
        if row is None:
            save_sources(library)
    found = library.article(target)
    assert found is not None
    return found
