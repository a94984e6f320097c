"""The library's failures, for one window (held by :class:`~reader.gui.library_service.
LibraryService`): a failed piece of library work is reported to the person (through the
service's ``notice``), and a library found damaged, when it is opened or while it is in use, is
moved aside and rebuilt from the articles in its watched folders."""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from reader.gui.library_indexing import WINDOW_POOL_THRESHOLD

if TYPE_CHECKING:
    from reader.gui.library_service import LibraryService
    from reader.library.indexing import IndexReport, Progress
    from reader.library.recovery import Recovery
    from reader.library.store import Library

log = logging.getLogger(__name__)


class LibraryRecovery:
    """Reports ``service``'s failures and rebuilds its library when it was found damaged."""

    def __init__(self, service: LibraryService) -> None:
        self._service = service
        #: A damaged library moved aside (when opened, or recovered while in use), to be
        #: rebuilt by :meth:`rebuild_if_damaged`.
        self.pending: Recovery | None = None

    def rebuild_if_damaged(self) -> None:
        """Rebuild the library found damaged (the person is told before and after)."""
        recovery = self.pending
        if recovery is None:
            return
        self.pending = None
        service = self._service
        indexing = service.library_indexing
        service.notice.emit("info", recovery.message())
        indexing.start_indexing(
            lambda lib, cancel: _rebuild(lib, recovery, indexing.progress_callback(), cancel),
            lambda report: service.notice.emit("info", recovery.message(report)),
        )

    def failed(self, error: BaseException) -> None:
        """Library work failed with ``error``: repair a damaged library, say what else went
        wrong."""
        from reader.library.errors import LibraryDamagedError, LibraryError

        if isinstance(error, LibraryDamagedError):
            self._recover()
            return
        if isinstance(error, LibraryError):
            self._service.notice.emit("error", str(error))
            return
        from reader.errors import internal_problem

        log.error("library work failed", exc_info=error)
        self._service.notice.emit("error", internal_problem("updating the library", error))

    def _recover(self) -> None:
        """The database was found damaged while in use: move it aside and rebuild it."""
        from reader.library.errors import LibraryError
        from reader.library.recovery import recover

        service = self._service
        service.close_connections()
        try:
            library, self.pending = recover(service.path)
        except LibraryError as exc:
            service.reconnect(None, str(exc))
            service.notice.emit("error", service.error)
            return
        service.reconnect(library)
        service.changed.emit()
        service.start()


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
