"""The window's side of the library: reads on the GUI thread, all writes on the library thread,
folders watched for changes.

Reads (the library view's lists, search as you type, the reading position of an article being
opened) use a connection of the GUI thread: in WAL mode they never wait for a writer. Everything
that writes runs on a :class:`~reader.library.background.LibraryThread`: one for indexing, one
for the small writes (an opened article, a reading position), so that these never wait for a
long indexing run. Their results come back as signals. Watched
folders are rescanned when the system reports a change in one of their folders, every few
minutes (changes inside a file are not reported everywhere), and at start.

The database is opened on first use (the window's first paint never waits for it, nor for
importing :mod:`reader.library`).
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QFileSystemWatcher, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from reader.library.background import Job, LibraryThread
    from reader.library.indexing import Forgotten, IndexReport, Progress
    from reader.library.records import ArticleRow
    from reader.library.recovery import Recovery
    from reader.library.store import Library
    from reader.result import Analysis

    AfterIndexing = Callable[[IndexReport], None]
    #: Told where a pasted article was kept (``None`` and a message when it was not).
    Remembered = Callable[[Path | None, str], None]

log = logging.getLogger(__name__)

RESCAN_DELAY_MS = 1500  # after the last change reported in a watched folder
RESCAN_EVERY_MS = 5 * 60 * 1000
START_DELAY_MS = 3000  # the first rescan, once the window is up
MAX_WATCHED_DIRS = 2000  # beyond this the periodic rescan alone keeps the library current
#: Fewer files than this are analysed on the library thread: the window's process has the
#: analysis modules loaded already, new worker processes would load them again.
WINDOW_POOL_THRESHOLD = 100
PROGRESS_EVERY_S = 0.1
#: How often the database is asked whether another program (``reader library add``) changed it,
#: while the window is the active one (at once when it becomes active); in the background (a
#: window beside the terminal) every :data:`INACTIVE_CHECK_TICKS` times as often.
EXTERNAL_CHECK_MS = 2000
INACTIVE_CHECK_TICKS = 5


class LibraryService(QObject):
    """The library for one window. ``library`` is ``None`` when it could not be opened (the
    ``error`` says why); the window then works as before, without a library."""

    changed = Signal()  # articles were added, updated, moved or removed
    indexing_changed = Signal(bool)  # indexing started (True) or ended
    progress = Signal(int, int, str)  # done, total, last file
    indexed = Signal(object)  # IndexReport of a finished (or cancelled) run
    notice = Signal(str, str)  # kind ("info" or "error"), a message for people
    position_found = Signal(str, int)  # path of an opened article, where its reader was
    _deliver = Signal(object)  # a callable to run on the GUI thread

    def __init__(self, parent: QObject | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self._deliver.connect(self._run_delivered)
        self.progress.connect(self._progressed)
        self.error = ""
        self._path = path
        self._library: Library | None = None
        self._opened = False
        self._recovery: Recovery | None = None
        self._threads: tuple[LibraryThread, LibraryThread] | None = None
        self.indexing = False
        self._last_progress = 0.0
        self._sync_waiting = False
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._on_folder_changed)
        self._rescan = QTimer(self, singleShot=True, interval=RESCAN_DELAY_MS)
        self._rescan.timeout.connect(self.sync)
        self._periodic = QTimer(self, interval=RESCAN_EVERY_MS)
        self._periodic.timeout.connect(self.sync)
        self._data_version: int | None = None
        self._state_watched = False
        self._ticks = 0
        self.changed.connect(self._seen_changes)  # told already: no second refresh for it
        self._external = QTimer(self, interval=EXTERNAL_CHECK_MS)
        self._external.timeout.connect(self._check_when_active)
        self._closed = False

    def _open(self) -> None:
        """Open the database (once): a damaged one is moved aside, to be rebuilt by
        :meth:`start`."""
        if self._opened:
            return
        self._opened = True
        from reader.library.background import LibraryThread
        from reader.library.errors import LibraryError
        from reader.library.location import database_path
        from reader.library.recovery import open_library

        self._path = self._path or database_path()
        try:
            self._library, self._recovery = open_library(self._path)
        except LibraryError as exc:
            self.error = str(exc)
        # one thread indexes; the other writes opened articles, positions, forgetting
        self._threads = (LibraryThread(self._path), LibraryThread(self._path))

    @property
    def path(self) -> Path:
        self._open()
        assert self._path is not None
        return self._path

    @property
    def library(self) -> Library | None:
        """The GUI thread's connection (``None`` when the library could not be opened)."""
        self._open()
        return self._library

    @property
    def indexer(self) -> LibraryThread:
        """The thread that indexes."""
        self._open()
        assert self._threads is not None
        return self._threads[0]

    @property
    def writer(self) -> LibraryThread:
        self._open()
        assert self._threads is not None
        return self._threads[1]

    @property
    def available(self) -> bool:
        return not self._closed and self.library is not None

    @property
    def checked_library(self) -> Library:
        """The GUI thread's connection, when :attr:`available` (a ``LibraryError`` otherwise)."""
        library = self.library
        if library is None or self._closed:
            from reader.library.errors import LibraryError

            raise LibraryError(self.error or "The library is not available.")
        return library

    def start(self) -> None:
        """Begin the work that follows opening: a rebuild after damage, rescans of the watched
        folders."""
        if not self.available:
            if self.error:
                self.notice.emit("error", self.error)
            return
        recovery = self._recovery
        if recovery is not None:
            self._recovery = None
            self.notice.emit("info", recovery.message())
            self._start_indexing(
                lambda lib, cancel: _rebuild(lib, recovery, self._progress_callback(), cancel),
                lambda report: self.notice.emit("info", recovery.message(report)),
            )
        QTimer.singleShot(START_DELAY_MS, self, self.sync)
        self._periodic.start()
        self._data_version = self._read_data_version()
        if not self._external.isActive():
            self._external.start()
            app = QGuiApplication.instance()
            if isinstance(app, QGuiApplication):
                app.applicationStateChanged.connect(self._application_state)
                self._state_watched = True

    # -- indexing ------------------------------------------------------------------------------
    def add_folder(self, folder: str | Path) -> None:
        """Add every article under ``folder`` and keep watching it."""
        from reader.library.indexing import index

        target = os.fspath(folder)
        self._start_indexing(
            lambda lib, cancel: index(
                lib,
                [target],
                progress=self._progress_callback(),
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
        parent = self.parent()
        library_dialogs.ask_remove_added(
            parent if isinstance(parent, QWidget) else None,
            report.unwatched,
            len(added),
            lambda remove: self.remove_articles(added) if remove else None,
        )

    def remove_articles(self, paths: list[str]) -> None:
        """Take the articles at ``paths`` out of the library (the files stay)."""
        from reader.library.sources import save_sources

        if not self.available:
            return

        def job(lib: Library, _cancel: Any) -> int:
            removed = lib.remove(paths)
            save_sources(lib)
            return removed

        def done(result: int | None, error: BaseException | None) -> None:
            self._deliver.emit(lambda: self._forgot(None, error))

        self.writer.submit(job, done)

    def sync(self) -> None:
        """Pick up what changed in the watched folders (once at a time)."""
        from reader.library.indexing import sync_watched

        if not self.available or self._sync_waiting:
            return
        self._sync_waiting = True

        def job(lib: Library, cancel: Any) -> IndexReport:
            self._sync_waiting = False
            return sync_watched(
                lib,
                progress=self._progress_callback(),
                cancel=cancel,
                min_files_for_pool=WINDOW_POOL_THRESHOLD,
            )

        self._start_indexing(job, quiet=True)

    def cancel(self) -> None:
        """Stop adding articles (what was added stays)."""
        self._sync_waiting = False
        if self._threads is not None:
            self._threads[0].cancel_indexing()

    def _start_indexing(
        self, job: Job, after: AfterIndexing | None = None, *, quiet: bool = False
    ) -> None:
        if not self.available:
            return

        def done(report: IndexReport | None, error: BaseException | None) -> None:
            self._deliver.emit(lambda: self._indexing_done(report, error, after, quiet))

        if self.indexer.submit(job, done, indexing=True) and not self.indexing:
            self.indexing = True
            self.indexing_changed.emit(True)

    def _indexing_done(
        self,
        report: IndexReport | None,
        error: BaseException | None,
        after: AfterIndexing | None,
        quiet: bool,
    ) -> None:
        if self._closed:
            return
        if not self.indexer.has_indexing():
            self.indexing = False
            self.indexing_changed.emit(False)
        if error is not None:
            self._failed(error)
        if report is not None:
            if report.changes or not quiet or report.failed:
                self.changed.emit()
            if not quiet or report.failed or report.cancelled:
                self.indexed.emit(report)
            if after is not None:
                after(report)
        self._watch_folders()

    def _progressed(self, done: int, _total: int, _path: str) -> None:
        if done > 0 and self.indexing:  # the view shows the articles as they come in
            self.changed.emit()

    def _progress_callback(self) -> Progress:
        def progress(done: int, total: int, path: str) -> None:
            now = time.monotonic()
            if done in (0, total) or now - self._last_progress >= PROGRESS_EVERY_S:
                self._last_progress = now
                self.progress.emit(done, total, path)

        return progress

    # -- the articles the window opens ---------------------------------------------------------
    def article_opened(self, path: str | Path, analysis: Analysis) -> None:
        """Add an opened article (or mark it read); ``position_found`` tells where its reader
        was."""
        from reader.library.indexing import add_opened

        if not self.available:
            return
        target = os.fspath(path)
        from reader.library.errors import LibraryError

        try:
            known = self.checked_library.article(target)
        except LibraryError:
            known = None
        if known is not None and known.position > 0:  # at once, whatever is being written
            position = known.position
            QTimer.singleShot(0, self, lambda: self.position_found.emit(target, position))

        def done(row: ArticleRow | None, error: BaseException | None) -> None:
            self._deliver.emit(lambda: self._opened_done(target, row, error, known is None))

        self.writer.submit(lambda lib, _cancel: add_opened(lib, target, analysis), done)

    def _opened_done(
        self, path: str, row: ArticleRow | None, error: BaseException | None, new: bool
    ) -> None:
        if self._closed:
            return
        if isinstance(error, OSError):  # the file went away meanwhile: nothing to keep
            return
        if error is not None:
            self._failed(error)
            return
        self.changed.emit()
        if new and row is not None and row.position > 0:  # a moved file, known by its content
            self.position_found.emit(path, row.position)

    def remember_pasted(self, analysis: Analysis, done: Remembered) -> None:
        """Keep a pasted article as a text file in the library's folder and add it to the
        library (on the library thread; the file is written even when the window closes
        meanwhile). ``done(path, "")`` on the GUI thread, or ``done(None, message)`` (an empty
        message when the library reported its trouble itself)."""
        from reader.errors import ReaderError
        from reader.library.pasted import keep_pasted, pasted_folder, remember_pasted

        if not self.available:  # the file at least, where the library would keep it
            try:
                path = keep_pasted(analysis, pasted_folder(self.path.parent))
            except ReaderError as exc:
                done(None, str(exc))
                return
            done(path, "")
            return

        def finished(result: tuple[Path, ArticleRow] | None, error: BaseException | None) -> None:
            self._deliver.emit(lambda: self._remembered(result, error, done))

        if not self.writer.submit(lambda lib, _cancel: remember_pasted(lib, analysis), finished):
            done(None, "The library is closing; the pasted article was not kept.")

    def _remembered(
        self,
        result: tuple[Path, ArticleRow] | None,
        error: BaseException | None,
        done: Remembered,
    ) -> None:
        if self._closed:
            return
        if error is not None or result is None:
            from reader.errors import ReaderError

            if isinstance(error, ReaderError):  # the file could not be written: why
                done(None, str(error))
            else:  # the library's trouble, reported (or repaired) as any other
                self._failed(error or RuntimeError("no result"))
                done(None, "")
            return
        self.changed.emit()
        done(result[0], "")

    def save_position(self, path: str | Path, offset: int) -> None:
        """Remember where the reader is in the article at ``path`` (a character offset)."""
        if self.available:
            target = os.fspath(path)
            self.writer.submit(lambda lib, _cancel: lib.set_position(target, offset))

    def forget(self, path: str | Path) -> None:
        """Take an article or a watched folder out of the library (the files stay)."""
        from reader.library.indexing import forget

        if not self.available:
            return
        target = os.fspath(path)

        def done(result: Forgotten | None, error: BaseException | None) -> None:
            self._deliver.emit(lambda: self._forgot(result, error))

        self.writer.submit(lambda lib, _cancel: forget(lib, target), done)

    def _forgot(self, result: Forgotten | None, error: BaseException | None) -> None:
        if self._closed:
            return
        if error is not None:
            self._failed(error)
            return
        self.changed.emit()
        self._watch_folders()

    # -- changes made by other programs ------------------------------------------------------
    def check_external_changes(self) -> bool:
        """Whether the database changed since the last look (``reader library add`` in a
        terminal, another window, or this window's own library threads), by SQLite's
        ``PRAGMA data_version``, one cheap query. ``changed`` is then emitted (unless the
        window's own indexing is running: its progress refreshes the view already) and newly
        watched folders are watched here too."""
        if not self.available:
            return False
        version = self._read_data_version()
        if version is None or version == self._data_version:
            return False
        self._data_version = version
        if not self.indexing:
            self.changed.emit()
            self._watch_folders()
        return True

    def _seen_changes(self) -> None:
        if self._data_version is not None:
            self._data_version = self._read_data_version()

    def _read_data_version(self) -> int | None:
        from reader.library.errors import LibraryError

        try:
            found = self.checked_library.query("PRAGMA data_version")
        except LibraryError:
            return None
        return int(found[0][0]) if found else None

    def _check_when_active(self) -> None:
        app = QGuiApplication.instance()
        active = not isinstance(app, QGuiApplication) or (
            QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
        )
        self._ticks = 0 if active else self._ticks + 1
        if active or self._ticks >= INACTIVE_CHECK_TICKS:  # in the background: less often
            self._ticks = 0
            self.check_external_changes()

    def _application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive and not self._closed:
            self.check_external_changes()

    # -- watching ------------------------------------------------------------------------------
    def _watch_folders(self) -> None:
        from reader.library.errors import LibraryError

        if not self.available:
            return
        try:
            folders = self.checked_library.folders()
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

    # -- errors, closing -----------------------------------------------------------------------
    def _failed(self, error: BaseException) -> None:
        from reader.library.errors import LibraryDamagedError, LibraryError

        if isinstance(error, LibraryDamagedError):
            self._recover()
            return
        if isinstance(error, LibraryError):
            self.notice.emit("error", str(error))
            return
        from reader.errors import internal_problem

        log.error("library work failed", exc_info=error)
        self.notice.emit("error", internal_problem("updating the library", error))

    def _recover(self) -> None:
        """The database was found damaged while in use: move it aside and rebuild it."""
        from reader.library.background import LibraryThread
        from reader.library.errors import LibraryError
        from reader.library.recovery import recover

        if self._library is not None:
            self._library.close()
        self.indexer.close()
        self.writer.close()
        try:
            self._library, self._recovery = recover(self.path)
        except LibraryError as exc:
            self._library, self.error = None, str(exc)
            self.notice.emit("error", self.error)
            return
        self._threads = (LibraryThread(self.path), LibraryThread(self.path))
        self.changed.emit()
        self.start()

    def _run_delivered(self, call: Callable[[], None]) -> None:
        call()

    def close(self) -> None:
        """Stop indexing, finish the pending writes, close the database."""
        if self._closed:
            return
        self._closed = True
        self._rescan.stop()
        self._periodic.stop()
        self._external.stop()
        app = QGuiApplication.instance()
        if self._state_watched and isinstance(app, QGuiApplication):
            with contextlib.suppress(RuntimeError, TypeError):
                app.applicationStateChanged.disconnect(self._application_state)
        if self._threads is not None:
            self._threads[0].close()
            self._threads[1].close()  # after the indexing stopped: the last positions are written
        if self._library is not None:
            self._library.close()


def _rebuild(
    library: Library, recovery: Recovery, progress: Progress, cancel: threading.Event
) -> IndexReport:
    from reader.library.recovery import rebuild

    return rebuild(
        library,
        recovery,
        progress=progress,
        cancel=cancel,
        min_files_for_pool=WINDOW_POOL_THRESHOLD,
    )
