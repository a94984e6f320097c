"""Analyse many files on every core: results in input order, streaming, with bounded memory.

:func:`analyze_files` runs :func:`reader.pipeline.analyze` on each file in worker processes and
yields one :class:`BatchItem` per file, in the order the files were given, as soon as that item
and every one before it are done. At most a small window of files (a few per worker) is in
flight or waiting to be yielded, so memory does not grow with the number of files, and the
sources may be a lazy iterable (a folder walk). ``jobs=1`` runs in the calling process, one file
after the other; so does a small batch (see :data:`SMALL_BATCH_FILES`).

- Each item holds either the :class:`~reader.result.Analysis` or the message for people of the
  :class:`~reader.errors.ReaderError` that file raised; a bug in one file gives the usual
  internal-problem sentence for it. One bad file never stops the others; a worker that dies
  (a crash, the out-of-memory killer) is replaced, and the files it held run again one at a
  time, so only the file that kills a worker when alone fails.
- ``cancel`` (a :class:`threading.Event`, e.g. set from a GUI thread) stops the batch between
  items; so does closing the iterator (``with contextlib.closing(...)``, ``break``) or an
  exception in the caller, such as ``KeyboardInterrupt``: the workers are stopped, nothing is
  left running. Workers ignore SIGINT, so Ctrl-C in a terminal reaches only the caller.
- ``progress(done, item)`` is called in the caller's thread, in input order, just before each
  item is yielded.
- Workers get the files a few at a time (a *chunk*: :data:`CHUNK_FILES` at most, fewer at the
  start so that every worker has work at once and the first results come soon), and a chunk's
  results come back together: the cost of handing work to a process is paid per chunk, not per
  file. ``convert`` (a picklable function of the analysis and the source) runs where the
  analysis ran, so a worker can send back something smaller than the
  :class:`~reader.result.Analysis` (the CLI sends its JSON line); the item then holds the
  converted value in ``output`` instead.
- How workers start: on Linux, forked from a *fork server* (multiprocessing's ``forkserver``), a
  process started once per batch-running process that imports the analysis and warms it up on
  a short built-in article first (:mod:`reader.batch_warmup`); every worker forked from it
  starts warm, paying neither the imports nor the first analysis's loading. The fork server
  runs no threads, so this is safe also when the caller runs threads (the window); it stays
  for later batches until :func:`stop_fork_server` or the end of the process. Elsewhere (macOS,
  Windows, where forking without ``exec`` is unsafe or impossible, and a bundled app), workers
  are started with ``spawn``: a worker imports this module and, on its first file, what the
  analysis needs.
  Either way a worker also imports the caller's main script (not a package's ``__main__``, as in
  ``python -m reader``), so such a script keeps heavy imports out of its top level and its work
  under ``if __name__ == "__main__":``. A worker exits by itself when the caller's process is
  gone.

Options (``language``, ``algorithm``, ``count``, ``ratio``) are those of
:func:`~reader.pipeline.analyze`; invalid ones raise ``ValueError`` before any work starts.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import sys
import threading
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sized
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

    from reader.result import Analysis

PathLike = str | os.PathLike[str]

#: Most files a worker gets at once (a chunk), and most bytes unless the chunk is one file: a
#: chunk of BBC-sized articles takes a worker about a tenth of a second; handing out work and
#: collecting results then costs little beside it.
CHUNK_FILES = 8
CHUNK_BYTES = 128 * 1024
#: Files handed out per worker ahead of the one being yielded (two or three chunks): keeps every
#: worker busy while one slow file holds up the order, and bounds what is held in memory.
AHEAD_PER_JOB = 3 * CHUNK_FILES
#: A batch of fewer files than this, and fewer bytes than that, runs in the calling process
#: whatever ``jobs`` says: each worker imports the whole analysis first (about as long as
#: analysing a few dozen articles), which a small batch would not earn back.
SMALL_BATCH_FILES = 8
SMALL_BATCH_BYTES = 256 * 1024
#: How often (seconds) a wait for a worker looks at ``cancel``.
POLL_SECONDS = 0.1
#: Seconds that workers stopped early (cancel, closing, Ctrl-C) get to finish the file they are
#: on before they are terminated. A worker killed while it sends its result back can leave the
#: pool's result pipe holding half a message, which hangs the pool's manager thread (and so the
#: process at exit); letting a busy worker finish avoids that for any file of ordinary size.
STOP_GRACE_SECONDS = 5.0
WORKER_DIED = (
    "Reader's worker process stopped unexpectedly while reading this file (it may be too "
    "large for this computer's memory). The file itself was not changed."
)


@dataclass(frozen=True)
class Options:
    """How each file is analysed (see :func:`reader.pipeline.analyze`)."""

    language: str | None = None
    algorithm: str | None = None
    count: int | None = None
    ratio: float | None = None


@dataclass(frozen=True)
class BatchItem:
    """The outcome for one file: ``analysis`` (or, with a ``convert`` function, its ``output``),
    or ``error`` (a sentence for people)."""

    index: int  # position in the input, from 0
    source: str  # the path as given
    analysis: Analysis | None = None
    error: str | None = None
    output: Any = None  # what ``convert`` made of the analysis (then ``analysis`` is None)

    @property
    def ok(self) -> bool:
        return self.error is None


Progress = Callable[[int, BatchItem], None]
#: Turns a file's analysis (and its source as given) into what the caller wants back, in the
#: process that analysed it; must be picklable (a module-level function or class instance).
Convert = Callable[["Analysis", str], Any]


def default_jobs() -> int:
    """The number of cores this process may run on."""
    if hasattr(os, "process_cpu_count"):  # Python 3.13
        return max(1, os.process_cpu_count() or 1)
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def analyze_files(
    sources: Iterable[PathLike],
    *,
    jobs: int | None = None,
    options: Options | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    convert: Convert | None = None,
) -> Generator[BatchItem, None, None]:
    """One :class:`BatchItem` per file of ``sources``, in input order (see the module doc).

    ``jobs``: worker processes (``None``: :func:`default_jobs`; 1: in this process).
    ``convert``: see :data:`Convert`; an exception it raises fails that file like one of the
    analysis (a :class:`~reader.errors.ReaderError` gives its message).
    """
    from reader.pipeline import check_summary_options

    options = options or Options()
    check_summary_options(options.algorithm, options.count, options.ratio)
    if jobs is not None and jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    jobs = default_jobs() if jobs is None else jobs
    stop = cancel or threading.Event()
    numbered: Iterator[tuple[int, str]] = enumerate(os.fspath(s) for s in sources)
    if jobs > 1:  # a small batch is not worth starting workers for
        head = list(itertools.islice(numbered, SMALL_BATCH_FILES))
        numbered = _chain(head, numbered)
        if len(head) < 2 or (len(head) < SMALL_BATCH_FILES and _bytes(head) < SMALL_BATCH_BYTES):
            jobs = 1
    if jobs == 1:
        items = _in_process(numbered, options, stop, convert)
    else:
        total = len(sources) if isinstance(sources, Sized) else None
        items = _parallel(numbered, jobs, options, stop, convert, total)
    try:
        for done, item in enumerate(items, 1):
            if progress is not None:
                progress(done, item)
            yield item
    finally:
        items.close()  # stops the workers when the caller stops early


def analyze_one(
    index: int, source: str, options: Options, convert: Convert | None = None
) -> BatchItem:
    """Analyse one file into a :class:`BatchItem` (what a worker runs for each file)."""
    from reader.errors import ReaderError, internal_problem
    from reader.pipeline import analyze

    try:
        analysis = analyze(
            Path(source),
            language=options.language,
            algorithm=options.algorithm,
            count=options.count,
            ratio=options.ratio,
        )
        if convert is not None:
            return BatchItem(index, source, output=convert(analysis, source))
    except ReaderError as exc:
        return BatchItem(index, source, error=str(exc))
    except Exception as exc:  # a bug must not stop the batch; analyze() wraps most as above
        return BatchItem(index, source, error=internal_problem("summarising this file", exc))
    return BatchItem(index, source, analysis=analysis)


def analyze_chunk(
    one: Callable[..., BatchItem],
    chunk: list[tuple[int, str]],
    options: Options,
    convert: Convert | None,
) -> list[BatchItem]:
    """What a worker runs: ``one`` (:func:`analyze_one`) on each file of a chunk."""
    return [one(index, source, options, convert) for index, source in chunk]


def _bytes(entries: list[tuple[int, str]]) -> int:
    total = 0
    for _, source in entries:
        with contextlib.suppress(OSError, ValueError):  # missing or a bad name: analysis says
            total += os.stat(source).st_size
    return total


def _chain(
    head: list[tuple[int, str]], rest: Iterator[tuple[int, str]]
) -> Iterator[tuple[int, str]]:
    yield from head
    yield from rest


def _in_process(
    numbered: Iterator[tuple[int, str]],
    options: Options,
    stop: threading.Event,
    convert: Convert | None,
) -> Generator[BatchItem, None, None]:
    for index, source in numbered:
        if stop.is_set():
            return
        yield analyze_one(index, source, options, convert)


#: The module a fork server imports before it forks workers (see the module doc).
WARMUP_MODULE = "reader.batch_warmup"


def start_method() -> str:
    """How workers start here: ``forkserver`` on Linux, ``spawn`` elsewhere (see module doc)."""
    import multiprocessing

    if getattr(sys, "frozen", False):  # a bundled app's executable is no Python to start one
        return "spawn"
    if sys.platform.startswith("linux") and "forkserver" in multiprocessing.get_all_start_methods():
        return "forkserver"
    return "spawn"


def stop_fork_server() -> None:
    """Stop this process's fork server, if one runs, and wait for it to exit (a command-line
    run does when its batch is done; a long-running process such as the window keeps it warm
    for the next batch, and it exits by itself with this process)."""
    # a fork server is started from its module: not imported, none runs (and importing it,
    # with ``multiprocessing`` and ``socket``, would cost a one-file run 10 ms)
    forkserver = sys.modules.get("multiprocessing.forkserver")
    server = getattr(forkserver, "_forkserver", None)
    stop = getattr(server, "_stop", None)  # what the standard library's own tests call
    if stop is not None and getattr(server, "_forkserver_pid", None) is not None:
        with contextlib.suppress(OSError, ChildProcessError):
            stop()


def _context() -> Any:
    import multiprocessing

    method = start_method()
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        # takes effect when this process's fork server starts (it then stays for later batches)
        context.set_forkserver_preload([WARMUP_MODULE])
    return context


def _worker_init() -> None:
    """In each worker: leave Ctrl-C to the caller, which stops the workers itself, and exit
    when the caller is gone (killed, say: nothing would ever collect this worker's results)."""
    import multiprocessing
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()


def _exit_with(parent: Any) -> None:
    parent.join()  # returns when the parent process has ended
    os._exit(1)


@contextlib.contextmanager
def _sigint_blocked() -> Iterator[None]:
    """Block SIGINT in this thread while a worker is started: the worker inherits the block, so
    a Ctrl-C while it boots cannot interrupt it with a traceback (its initializer then ignores
    SIGINT); this process receives the signal as soon as the block is lifted."""
    import signal

    if not hasattr(signal, "pthread_sigmask"):  # Windows
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


class _Pool:
    """A process pool that can be replaced when a worker dies, and stopped at once."""

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self.executor: ProcessPoolExecutor | None = None
        # every worker process any executor of this pool started, so that close() stops them
        # all, also one started after a snapshot of the executor's own table would be taken
        self.workers: dict[int, Any] = {}

    def submit(
        self, chunk: list[tuple[int, str]], options: Options, convert: Convert | None
    ) -> Future[list[BatchItem]]:
        if self.executor is None:
            from concurrent.futures import ProcessPoolExecutor

            self.executor = ProcessPoolExecutor(
                max_workers=self.jobs, mp_context=_context(), initializer=_worker_init
            )
        with _sigint_blocked():  # workers (and the fork server) are started on submit
            # analyze_one is looked up here, so that a test may stand in for it in the workers
            future = self.executor.submit(analyze_chunk, analyze_one, chunk, options, convert)
        self.workers.update(getattr(self.executor, "_processes", None) or {})
        return future

    def discard(self) -> None:
        """Forget a broken pool (its workers are gone); the next submit starts a new one."""
        if self.executor is not None:
            self.executor.shutdown(wait=False, cancel_futures=True)
            self.executor = None

    def close(self, finished: bool) -> None:
        """Wait for idle workers to exit (``finished``), or stop them now."""
        executor, self.executor = self.executor, None
        if executor is None:
            return
        if finished:
            executor.shutdown(wait=True)
            return
        import time

        self.workers.update(getattr(executor, "_processes", None) or {})
        workers = [process for process in self.workers.values() if process.is_alive()]
        self.workers.clear()
        manager = getattr(executor, "_executor_manager_thread", None)
        executor.shutdown(wait=False, cancel_futures=True)  # queued files are dropped
        deadline = time.monotonic() + STOP_GRACE_SECONDS
        for process in workers:  # a worker exits once the file it is on is done
            process.join(timeout=max(0.0, deadline - time.monotonic()))
        for process in workers:
            if process.is_alive():  # a file that takes too long: stop its worker now
                process.terminate()
                process.join(timeout=2)
            if process.is_alive():
                process.kill()
                process.join()
        # The executor's own thread reaps the workers too; when it wins, a worker still reads
        # as alive until that thread is done with it.
        if manager is not None and manager is not threading.current_thread():
            manager.join(timeout=5)


@dataclass
class _Entry:
    """A file in the window: its chunk's future once submitted and its place in that chunk;
    ``suspect`` after a worker died."""

    index: int
    source: str
    future: Future[list[BatchItem]] | None = None
    slot: int = 0
    suspect: bool = False


def _succeeded(future: Future[list[BatchItem]] | None) -> bool:
    return (
        future is not None
        and future.done()
        and not future.cancelled()
        and future.exception() is None
    )


def _parallel(
    numbered: Iterator[tuple[int, str]],
    jobs: int,
    options: Options,
    stop: threading.Event,
    convert: Convert | None,
    total: int | None = None,
) -> Generator[BatchItem, None, None]:
    """The items of :func:`analyze_files` from ``jobs`` worker processes.

    Files are handed out in chunks (see the module doc and :func:`chunk_size`); when the number
    of files is known (``total``), the chunks shrink again towards the end, so that the workers
    finish at about the same time. When a worker dies,
    every file the broken pool had not finished becomes a suspect: the suspects run again one
    at a time (nothing else runs meanwhile), so one that breaks a pool while alone is the cause
    and is reported failed, and the others get their results.
    """
    from concurrent.futures import FIRST_COMPLETED, wait
    from concurrent.futures.process import BrokenProcessPool

    pool = _Pool(jobs)
    window: deque[_Entry] = deque()  # in input order
    limit = jobs * AHEAD_PER_JOB
    chunks = taken = 0  # chunks and files handed out so far
    exhausted = finished = False
    try:
        while True:
            isolating = any(entry.suspect for entry in window)
            while not (isolating or exhausted or stop.is_set()):
                size = chunk_size(chunks, jobs, total, taken)
                if len(window) + size > limit:
                    break
                chunk, exhausted = _take(numbered, size)
                if chunk:
                    future = pool.submit(chunk, options, convert)
                    window.extend(_Entry(*pair, future, slot) for slot, pair in enumerate(chunk))
                    chunks, taken = chunks + 1, taken + len(chunk)
            if not window or stop.is_set():
                finished = not window
                return
            head = window[0]
            if head.future is None:  # a suspect, run alone
                head.future, head.slot = (
                    pool.submit([(head.index, head.source)], options, convert),
                    0,
                )
            while not head.future.done():
                if stop.is_set():
                    return
                wait([head.future], timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
            try:
                item = head.future.result()[head.slot]
            except BrokenProcessPool:
                pool.discard()
                if head.suspect:  # it broke a pool while running alone: it is the cause
                    window.popleft()
                    yield BatchItem(head.index, head.source, error=WORKER_DIED)
                    continue
                for entry in window:
                    if not _succeeded(entry.future):
                        entry.future, entry.suspect = None, True
                continue
            window.popleft()
            yield item
    finally:
        pool.close(finished)


def chunk_size(chunks: int, jobs: int, total: int | None, taken: int) -> int:
    """Files in the next chunk, after ``chunks`` chunks of ``taken`` files out of ``total``
    (``None``: not known): 1 for each worker's first, then 2, 4, up to :data:`CHUNK_FILES`;
    towards the end a quarter of each worker's share of what is left, at least 1."""
    size = min(CHUNK_FILES, 1 << min(chunks // jobs, CHUNK_FILES))
    if total is not None:
        size = max(1, min(size, (total - taken) // (4 * jobs)))
    return size


def _take(numbered: Iterator[tuple[int, str]], size: int) -> tuple[list[tuple[int, str]], bool]:
    """The next chunk: up to ``size`` files, fewer when they pass :data:`CHUNK_BYTES`; and
    whether ``numbered`` is used up."""
    chunk: list[tuple[int, str]] = []
    total = 0
    for pair in numbered:
        chunk.append(pair)
        if len(chunk) == size:
            return chunk, False
        with contextlib.suppress(OSError, ValueError):  # missing or a bad name: analysis says
            total += os.stat(pair[1]).st_size
        if total >= CHUNK_BYTES:
            return chunk, False
    return chunk, True
