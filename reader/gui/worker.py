"""Analysis off the GUI thread.

Jobs run on :class:`QThreadPool.globalInstance`; each carries a request id, and results come
back to the GUI thread by a queued signal. A request that is cancelled (its tab closed, the
window closed) or superseded (a newer summary asked for) is taken off the pool's queue when it
has not started yet, and its result is dropped when it had.
"""

from __future__ import annotations

import contextlib
import errno
import importlib
import itertools
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

from reader.errors import InternalError, ReaderError, UnreadableFileError, internal_problem
from reader.result import Analysis

log = logging.getLogger(__name__)

#: Modules an analysis imports on first use (a web page, another summariser, the speakers), in
#: the order they are needed; imported in the background once the first article is shown,
#: then a short text is analysed so the data they read once (language profiles, the sentence
#: model, word lists) are ready too. No NLTK: stemming is PyStemmer's (``Stemmer``). No numpy
#: or scipy: the summarisers compute articles in pure Python, and only a text of more than
#: ``reader.summary.plain_counts.PLAIN_LIMIT`` sentences imports them, when it is opened.
WARM_UP_MODULES = (
    "reader.loading",
    "reader.cleaning",
    "reader.language",
    "reader.sentences",
    "Stemmer",
    "reader.summary",
    "reader.summary.engine",
    "reader.summary.fast_graph",
    "reader.summary.fast_lsa",
    "reader.summary.fast_greedy",
    "reader.summary.plain_graph",
    "reader.summary.plain_greedy",
    "reader.speakers",
    "trafilatura",
)

_ids = itertools.count(1)


def analyze_path(path: Path, algorithm: str | None, count: int | None) -> Analysis:
    """Analyse one file (looked up at run time, so tests can replace it)."""
    from reader.pipeline import analyze

    return analyze(Path(path), algorithm=algorithm, count=count)


#: What a pasted or dropped article is called until its headline is known.
PASTED_NAME = "Pasted article"


def analyze_pasted(html: str, text: str, algorithm: str | None, count: int | None) -> Analysis:
    """Analyse an article pasted or dropped as HTML and/or text: the HTML through the web-page
    path (its links tell teasers and menus from text), else, or when the HTML holds no
    article, the text through plain-text cleaning."""
    from reader.errors import EmptyArticleError
    from reader.loading import document_from_html, document_from_text
    from reader.pipeline import analyze

    if html.strip():
        try:
            document = document_from_html(html, name=f"{PASTED_NAME}.html")
            return analyze(document, algorithm=algorithm, count=count)
        except EmptyArticleError:
            if not text.strip():
                raise
    document = document_from_text(text, name=f"{PASTED_NAME}.txt")
    return analyze(document, algorithm=algorithm, count=count)


def resummarize_analysis(analysis: Analysis, algorithm: str | None, count: int | None) -> Analysis:
    """A new summary for ``analysis`` without reloading the file."""
    from reader.pipeline import resummarize

    return resummarize(analysis, algorithm=algorithm, count=count)


_import_module = importlib.import_module  # replaced in tests


#: What the warm-up analyses once its imports are done (English: the language most read).
WARM_UP_TEXT = (
    "Warm-up\n\nThe harbour board approved the new pier on Monday. "
    '"It will last sixty years," said Mara Olsen, the board\'s engineer. Work starts in May.'
)


def warm_up(stop: Callable[[], bool] = lambda: False) -> None:
    """Import the heavy modules so the next analysis does not wait for them, then analyse a
    short text so the data an analysis loads once is loaded (stops between steps at ``stop()``)."""
    for name in WARM_UP_MODULES:
        if stop():
            return
        try:
            _import_module(name)
        except Exception:  # an optional module may be absent or broken: analysis will say so
            log.debug("warm-up could not import %s", name, exc_info=True)
    if stop():
        return
    try:
        _warm_up_analysis()
    except Exception:
        log.debug("warm-up analysis failed", exc_info=True)


def _warm_up_analysis() -> None:
    from reader.pipeline import analyze

    analyze(WARM_UP_TEXT, language=None)


def describe_failure(exc: BaseException, name: str) -> str:
    """A message for people about ``exc`` raised while analysing ``name``."""
    if isinstance(exc, ReaderError):
        return str(exc)
    return internal_problem(f"reading {name}", exc)


#: Why a file could not be opened that stays so until the person changes it (a name too long,
#: a link loop, a folder where a file was expected): trying again cannot help.
LASTING_OS_ERRORS = frozenset({errno.EISDIR, errno.ELOOP, errno.ENAMETOOLONG})


def can_retry(exc: BaseException) -> bool:
    """Whether trying again could help: the file was missing, locked or changing, or a bug.

    An empty, unsupported or too large article stays so until the person changes the file, and
    so does a path that is a folder, a device or pipe, or a name the system refuses: the loader
    raises those without an operating-system error behind them (or with a lasting one).
    """
    if not isinstance(exc, ReaderError) or isinstance(exc, InternalError):
        return True  # Reader itself failed: it may not the next time
    if not isinstance(exc, UnreadableFileError):
        return False
    cause = exc.__cause__
    return isinstance(cause, OSError) and cause.errno not in LASTING_OS_ERRORS


class _Relay(QObject):
    """Carries results from pool threads to the GUI thread (one per application)."""

    # request id, Analysis or None, message, 1 when retrying may help (an int: PySide6 mishandles
    # the reference count of bools sent across threads)
    done = Signal(int, object, str, int)


_relay: _Relay | None = None


def _get_relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay(QCoreApplication.instance())
        _relay.destroyed.connect(_forget_relay)
    return _relay


def _forget_relay() -> None:
    global _relay
    _relay = None


class _Job(QRunnable):
    def __init__(
        self,
        request_id: int,
        name: str,
        func: Callable[..., object],
        args: tuple[object, ...],
        relay: _Relay,
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.request_id, self.name, self.func, self.args, self.relay = (
            request_id,
            name,
            func,
            args,
            relay,
        )
        self.cancelled = False

    def run(self) -> None:
        if self.cancelled:  # cancelled while the pool was handing it to a thread
            return
        result, message, retryable = None, "", 0
        try:
            result = self.func(*self.args)
        except Exception as exc:
            if not isinstance(exc, ReaderError) or isinstance(exc, InternalError):
                log.error("analysis of %s failed", self.name, exc_info=exc)
            message = describe_failure(exc, self.name) or "Reader could not read this file."
            retryable = int(can_retry(exc))
        with contextlib.suppress(RuntimeError):  # the application is gone: nobody waits
            self.relay.done.emit(self.request_id, result, message, retryable)


class AnalysisWorker(QObject):
    """Starts analyses and re-summaries; emits ``finished``/``failed`` with the request id."""

    finished = Signal(int, object)  # request id, Analysis
    failed = Signal(int, str, int)  # request id, message for people, 1 when a retry may help
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: set[int] = set()
        self._jobs: dict[int, _Job] = {}  # pending jobs, to take them off the queue on cancel
        self._warm_up: _WarmUp | None = None
        self._relay = _get_relay()
        self._relay.done.connect(self._on_done)

    @property
    def pool(self) -> QThreadPool:
        return QThreadPool.globalInstance()

    def is_busy(self) -> bool:
        return bool(self._pending)

    def analyze(self, path: Path, algorithm: str | None, count: int | None) -> int:
        """Start analysing ``path``; returns the request id."""
        # Look the function up now, through the module, so tests can monkeypatch it.
        return self._start(Path(path).name, _module_attr("analyze_path"), (path, algorithm, count))

    def analyze_pasted(self, html: str, text: str, algorithm: str | None, count: int | None) -> int:
        """Start analysing a pasted or dropped article; returns the request id."""
        func = _module_attr("analyze_pasted")
        return self._start(PASTED_NAME, func, (html, text, algorithm, count))

    def resummarize(self, analysis: Analysis, algorithm: str | None, count: int | None) -> int:
        """Start a new summary of ``analysis``; returns the request id."""
        name = Path(analysis.source).name or analysis.title
        return self._start(name, _module_attr("resummarize_analysis"), (analysis, algorithm, count))

    def warm_up(self) -> None:
        """Import heavy modules in the background (no result).

        The warm-up gives way to real work: it stops before its next step while an analysis
        is pending (that analysis imports what it needs itself, without sharing the
        interpreter with the warm-up), and carries on once the worker is idle again.
        """
        self._warm_up = _WarmUp(self.is_busy)
        self.pool.start(self._warm_up)

    def _resume_warm_up(self) -> None:
        if self._warm_up is not None and self._warm_up.gave_way and not self._warm_up.cancelled:
            self.warm_up()

    def cancel(self, request_id: int) -> None:
        """Take ``request_id`` off the pool's queue, or drop its result if it already started."""
        job = self._jobs.pop(request_id, None)
        if job is not None:
            self._take(job)
        if request_id in self._pending:
            self._pending.discard(request_id)
            if not self._pending:
                self.busy_changed.emit(False)

    def cancel_all(self) -> None:
        """Cancel every request and stop the warm-up (the window is closing)."""
        for request_id in list(self._pending):
            self.cancel(request_id)
        if self._warm_up is not None:
            self._take(self._warm_up)
            self._warm_up = None

    def _take(self, job: _Job | _WarmUp) -> None:
        """Keep ``job`` from running: off the queue when it is still there."""
        job.cancelled = True
        try:
            taken = self.pool.tryTake(job)
        except RuntimeError:  # it already ran and the pool deleted it
            return
        if taken:  # the pool gave it back: nobody else will delete it
            job.args = ()
            shiboken6.delete(job)

    def _start(self, name: str, func: Callable[..., object], args: tuple[object, ...]) -> int:
        request_id = next(_ids)
        was_busy = self.is_busy()
        self._pending.add(request_id)
        job = _Job(request_id, name, func, args, self._relay)
        self._jobs[request_id] = job
        self.pool.start(job)
        if not was_busy:
            self.busy_changed.emit(True)
        return request_id

    @Slot(int, object, str, int)
    def _on_done(self, request_id: int, result: object, message: str, retryable: int) -> None:
        self._jobs.pop(request_id, None)
        if request_id not in self._pending:
            return  # cancelled, superseded or another window's
        self._pending.discard(request_id)
        if not self._pending:
            self.busy_changed.emit(False)
            self._resume_warm_up()
        if result is not None:
            self.finished.emit(request_id, result)
        else:
            self.failed.emit(request_id, message, retryable)


class _WarmUp(QRunnable):
    def __init__(self, busy: Callable[[], bool]) -> None:
        super().__init__()
        self.cancelled = False
        self.gave_way = False  # stopped for an analysis; the worker resumes it when idle
        self.busy = busy
        self.args: tuple[object, ...] = ()

    def run(self) -> None:
        warm_up(self._stop)  # stops between steps

    def _stop(self) -> bool:
        if self.cancelled:
            return True
        if self.busy():  # read from this pool thread: a set's truth value, atomic
            self.gave_way = True
            return True
        return False


def _module_attr(name: str) -> Any:
    return globals()[name]
