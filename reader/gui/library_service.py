"""The window's side of the library: reads on the GUI thread, all writes on the library thread,
folders watched for changes (reader/gui/library_indexing.py), failures reported and a damaged
library rebuilt (reader/gui/library_recovery.py).

Reads (the library view's lists, search as you type, the reading position of an article being
opened) use a connection of the GUI thread: in WAL mode they never wait for a writer. Everything
that writes runs on a :class:`~reader.library.background.LibraryThread`: one for indexing, one
for the small writes (an opened article, a reading position), so that these never wait for a
long indexing run. Their results come back as signals.

The database is opened on first use (the window's first paint never waits for it, nor for
importing :mod:`reader.library`).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from reader.gui.library_indexing import LibraryIndexing
from reader.gui.library_recovery import LibraryRecovery

if TYPE_CHECKING:
    from reader.library.background import LibraryThread
    from reader.library.indexing import Forgotten
    from reader.library.records import ArticleRow
    from reader.library.store import Library
    from reader.result import Analysis

    #: Told where a pasted article was kept (``None`` and a message when it was not).
    Remembered = Callable[[Path | None, str], None]

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
        self.error = ""
        self._path = path
        self._library: Library | None = None
        self._opened = False
        self._threads: tuple[LibraryThread, LibraryThread] | None = None
        self.library_indexing = LibraryIndexing(self)  # adding, syncing, watching folders
        self.library_recovery = LibraryRecovery(self)  # failures, rebuilding a damaged library
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
            self._library, self.library_recovery.pending = open_library(self._path)
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
    def threads(self) -> tuple[LibraryThread, LibraryThread] | None:
        """The indexing and the writing thread (``None`` before the library is opened)."""
        return self._threads

    @property
    def closed(self) -> bool:
        return self._closed

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
        self.library_recovery.rebuild_if_damaged()
        self.library_indexing.start()
        self._data_version = self._read_data_version()
        if not self._external.isActive():
            self._external.start()
            app = QGuiApplication.instance()
            if isinstance(app, QGuiApplication):
                app.applicationStateChanged.connect(self._application_state)
                self._state_watched = True

    # -- indexing (reader/gui/library_indexing.py) -------------------------------------------
    @property
    def indexing(self) -> bool:
        """Whether articles are being added (a folder, a sync, a rebuild)."""
        return self.library_indexing.indexing

    def add_folder(self, folder: str | Path) -> None:
        """Add every article under ``folder`` and keep watching it."""
        self.library_indexing.add_folder(folder)

    def sync(self) -> None:
        """Pick up what changed in the watched folders (once at a time)."""
        self.library_indexing.sync()

    def cancel(self) -> None:
        """Stop adding articles (what was added stays)."""
        self.library_indexing.cancel()

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
            self.deliver(lambda: self._opened_done(target, row, error, known is None))

        self.writer.submit(lambda lib, _cancel: add_opened(lib, target, analysis), done)

    def _opened_done(
        self, path: str, row: ArticleRow | None, error: BaseException | None, new: bool
    ) -> None:
        if self._closed:
            return
        if isinstance(error, OSError):  # the file went away meanwhile: nothing to keep
            return
        if error is not None:
            self.library_recovery.failed(error)
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
            self.deliver(lambda: self._remembered(result, error, done))

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
                self.library_recovery.failed(error or RuntimeError("no result"))
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
            self.deliver(lambda: self._forgot(result, error))

        self.writer.submit(lambda lib, _cancel: forget(lib, target), done)

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
            self.deliver(lambda: self._forgot(None, error))

        self.writer.submit(job, done)

    def _forgot(self, result: Forgotten | None, error: BaseException | None) -> None:
        if self._closed:
            return
        if error is not None:
            self.library_recovery.failed(error)
            return
        self.changed.emit()
        self.library_indexing.watch_folders()

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
            self.library_indexing.watch_folders()
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

    # -- delivering, closing -----------------------------------------------------------------
    def deliver(self, call: Callable[[], None]) -> None:
        """Run ``call`` on the GUI thread (from a library thread)."""
        self._deliver.emit(call)

    def _run_delivered(self, call: Callable[[], None]) -> None:
        call()

    def close_connections(self) -> None:
        """Close the GUI thread's connection and both library threads (to rebuild)."""
        if self._library is not None:
            self._library.close()
        self.indexer.close()
        self.writer.close()

    def reconnect(self, library: Library | None, error: str = "") -> None:
        """Use ``library`` (rebuilt), with new library threads; ``None``: there is no library,
        the ``error`` says why."""
        from reader.library.background import LibraryThread

        self._library = library
        if library is None:
            self.error = error
            return
        self._threads = (LibraryThread(self.path), LibraryThread(self.path))

    def close(self) -> None:
        """Stop indexing, finish the pending writes, close the database."""
        if self._closed:
            return
        self._closed = True
        self.library_indexing.stop()
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
