"""A thread that does the library's work for the window, one job at a time.

The window never writes the database on its own thread: indexing, adding an opened article,
saving a reading position and forgetting all run here, on a connection of this thread's own, in
the order they were asked for. A job's ``done`` callback runs on this thread too (the window
hands it over to its own thread). Indexing jobs can be cancelled; writes always finish, so
closing waits for them (a reading position is never lost).
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.library.store import Library

log = logging.getLogger(__name__)

Job = Callable[[Library, threading.Event], Any]
Done = Callable[[Any, BaseException | None], None]


@dataclass
class _Entry:
    job: Job
    done: Done | None
    indexing: bool


class LibraryThread:
    """Runs jobs ``job(library, cancel)`` in order on one thread with its own connection."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.cancel = threading.Event()  # set: the running indexing job stops between files
        self._jobs: deque[_Entry] = deque()
        self._wake = threading.Condition()
        self._thread: threading.Thread | None = None
        self._closing = False
        self._busy = False

    def submit(self, job: Job, done: Done | None = None, *, indexing: bool = False) -> bool:
        """Queue ``job``; ``done(result, error)`` is called after it. ``False`` once closed."""
        with self._wake:
            if self._closing:
                return False
            self._jobs.append(_Entry(job, done, indexing))
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="reader-library", daemon=True
                )
                self._thread.start()
            self._wake.notify()
        return True

    def has_indexing(self) -> bool:
        """Whether an indexing job is running or waiting."""
        with self._wake:
            return self._busy or any(e.indexing for e in self._jobs)

    def cancel_indexing(self) -> None:
        """Stop the running indexing job and drop the waiting ones (writes still run)."""
        with self._wake:
            dropped = [e for e in self._jobs if e.indexing]
            for entry in dropped:
                self._jobs.remove(entry)
            if self._busy:
                self.cancel.set()
        for entry in dropped:
            if entry.done is not None:
                entry.done(None, None)

    def close(self, timeout: float | None = 30.0) -> bool:
        """Cancel indexing, finish the writes already asked for, and stop the thread; ``False``
        if it was still busy after ``timeout`` seconds."""
        self.cancel_indexing()
        with self._wake:
            self._closing = True
            self._wake.notify()
            thread = self._thread
        if thread is None:
            return True
        thread.join(timeout)
        return not thread.is_alive()

    def _next(self) -> _Entry | None:
        with self._wake:
            while not self._jobs and not self._closing:
                self._wake.wait()
            if not self._jobs:
                return None
            entry = self._jobs.popleft()
            self._busy = entry.indexing
            self.cancel.clear()
            return entry

    def _run(self) -> None:
        library: Library | None = None
        try:
            while (entry := self._next()) is not None:
                result, error = None, None
                try:
                    if library is None:
                        library = Library(self.path)
                    result = entry.job(library, self.cancel)
                except Exception as exc:  # reported to whoever asked
                    log.warning("library job failed", exc_info=exc)
                    error = exc
                    if library is not None and _damaged(exc):
                        library.close()
                        library = None
                with self._wake:
                    self._busy = False
                if entry.done is not None:
                    try:
                        entry.done(result, error)
                    except Exception:
                        log.exception("library job callback failed")
        finally:
            if library is not None:
                library.close()


def _damaged(exc: BaseException) -> bool:
    from reader.library.errors import LibraryDamagedError

    return isinstance(exc, LibraryDamagedError)
