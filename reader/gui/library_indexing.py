"""The library's indexing for one window (held by :class:`~reader.gui.library_service.
LibraryService`): adding a folder, syncing the watched folders, cancelling, the progress, the
offer to take back what a cancelled first add of a folder added, watching the folders for
changes and the periodic rescan.

Indexing runs on the service's indexing thread; its results come back through the service's
signals (``changed``, ``indexing_changed``, ``progress``, ``indexed``). Watched folders are
rescanned when the system reports a change in one of their folders, every few minutes (changes
inside a file are not reported everywhere), and at start.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from reader.gui.library_service import LibraryService
    from reader.library.background import Job
    from reader.library.indexing import IndexReport, Progress
    from reader.library.store import Library

    AfterIndexing = Callable[[IndexReport], None]

RESCAN_DELAY_MS = 1500  # after the last change reported in a watched folder
RESCAN_EVERY_MS = 5 * 60 * 1000
START_DELAY_MS = 3000  # the first rescan, once the window is up
MAX_WATCHED_DIRS = 2000  # beyond this the periodic rescan alone keeps the library current
#: Fewer files than this are analysed on the library thread: the window's process has the
#: analysis modules loaded already, new worker processes would load them again.
WINDOW_POOL_THRESHOLD = 100
PROGRESS_EVERY_S = 0.1


class LibraryIndexing(QObject):
    """Adds, syncs and watches the folders of ``service``'s library."""

    def __init__(self, service: LibraryService) -> None:
        super().__init__(service)
        self._service = service
        service.progress.connect(self._progressed)
        self.indexing = False
        self._last_progress = 0.0
        self._sync_waiting = False
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._on_folder_changed)
        self._rescan = QTimer(self, singleShot=True, interval=RESCAN_DELAY_MS)
        self._rescan.timeout.connect(self.sync)
        self._periodic = QTimer(self, interval=RESCAN_EVERY_MS)
        self._periodic.timeout.connect(self.sync)

    def start(self) -> None:
        """The first rescan of the watched folders, soon, then one every few minutes."""
        QTimer.singleShot(START_DELAY_MS, self, self.sync)
        self._periodic.start()

    def stop(self) -> None:
        """No more rescans (the library is closing)."""
        self._rescan.stop()
        self._periodic.stop()

    # -- indexing ------------------------------------------------------------------------------
    def add_folder(self, folder: str | Path) -> None:
        """Add every article under ``folder`` and keep watching it."""
        from reader.library.indexing import index

        target = os.fspath(folder)
        self.start_indexing(
            lambda lib, cancel: index(
                lib,
                [target],
                progress=self.progress_callback(),
                cancel=cancel,
                min_files_for_pool=WINDOW_POOL_THRESHOLD,
                undo_new_folders=True,  # Cancel during its first add: not watched
            ),
            self._offer_undo,
        )

    def _offer_undo(self, report: IndexReport) -> None:
        """The first add of a folder was cancelled (it is no longer watched): ask whether the
        articles added meanwhile go too."""
        from reader.gui import library_dialogs

        added = report.added_under(report.unwatched) if report.cancelled else []
        if not added:
            return
        parent = self._service.parent()
        library_dialogs.ask_remove_added(
            parent if isinstance(parent, QWidget) else None,
            report.unwatched,
            len(added),
            lambda remove: self._service.remove_articles(added) if remove else None,
        )

    def sync(self) -> None:
        """Pick up what changed in the watched folders (once at a time)."""
        from reader.library.indexing import sync_watched

        if not self._service.available or self._sync_waiting:
            return
        self._sync_waiting = True

        def job(lib: Library, cancel: Any) -> IndexReport:
            self._sync_waiting = False
            return sync_watched(
                lib,
                progress=self.progress_callback(),
                cancel=cancel,
                min_files_for_pool=WINDOW_POOL_THRESHOLD,
            )

        self.start_indexing(job, quiet=True)

    def cancel(self) -> None:
        """Stop adding articles (what was added stays)."""
        self._sync_waiting = False
        threads = self._service.threads
        if threads is not None:
            threads[0].cancel_indexing()

    def start_indexing(
        self, job: Job, after: AfterIndexing | None = None, *, quiet: bool = False
    ) -> None:
        """Run ``job`` on the indexing thread, then ``after`` with its report (``quiet``: the
        report is announced only when it changed something, failed or was cancelled)."""
        service = self._service
        if not service.available:
            return

        def done(report: IndexReport | None, error: BaseException | None) -> None:
            service.deliver(lambda: self._indexing_done(report, error, after, quiet))

        if service.indexer.submit(job, done, indexing=True) and not self.indexing:
            self.indexing = True
            service.indexing_changed.emit(True)

    def _indexing_done(
        self,
        report: IndexReport | None,
        error: BaseException | None,
        after: AfterIndexing | None,
        quiet: bool,
    ) -> None:
        service = self._service
        if service.closed:
            return
        if not service.indexer.has_indexing():
            self.indexing = False
            service.indexing_changed.emit(False)
        if error is not None:
            service.library_recovery.failed(error)
        if report is not None:
            if report.changes or not quiet or report.failed:
                service.changed.emit()
            if not quiet or report.failed or report.cancelled:
                service.indexed.emit(report)
            if after is not None:
                after(report)
        self.watch_folders()

    def _progressed(self, done: int, _total: int, _path: str) -> None:
        if done > 0 and self.indexing:  # the view shows the articles as they come in
            self._service.changed.emit()

    def progress_callback(self) -> Progress:
        """Reports ``(done, total, path)`` through the service's ``progress``, at most every
        :data:`PROGRESS_EVERY_S` seconds (and always the first and the last)."""

        def progress(done: int, total: int, path: str) -> None:
            now = time.monotonic()
            if done in (0, total) or now - self._last_progress >= PROGRESS_EVERY_S:
                self._last_progress = now
                self._service.progress.emit(done, total, path)

        return progress

    # -- watching ------------------------------------------------------------------------------
    def watch_folders(self) -> None:
        """Watch every folder under the library's watched folders (as many as the system
        allows: :data:`MAX_WATCHED_DIRS`), no others."""
        from reader.library.errors import LibraryError

        service = self._service
        if not service.available:
            return
        try:
            folders = service.checked_library.folders()
        except LibraryError:
            return
        wanted: list[str] = []
        for folder in folders:
            for root, dirs, _files in os.walk(folder):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                wanted.append(root)
                if len(wanted) >= MAX_WATCHED_DIRS:
                    break
        current = set(self.watcher.directories())
        gone = [d for d in current if d not in wanted]
        new = [d for d in wanted if d not in current]
        if gone:
            self.watcher.removePaths(gone)
        if new:
            self.watcher.addPaths(new)

    def _on_folder_changed(self, _path: str) -> None:
        self._rescan.start()
