"""Analysing many files on every core: :func:`analyze_files`, the one place the library runs
analyses in parallel (a shared batch module can take its place without other changes).

Each file is analysed in a worker process (``spawn``, so it is safe under a GUI's threads)
and comes back as a plain :class:`~reader.library.records.ArticleRecord` or the reason it
failed. Results arrive as they finish. A worker that dies (a crash in a native library) costs
only the files it held: they are tried once more in a fresh pool and reported as failed if
they break it again. Stopping (``should_stop``) drops the files not yet started.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import multiprocessing
import os
import signal
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from reader.errors import internal_problem
from reader.library.records import ArticleRecord, FileFacts, record_from_analysis

#: Files in flight per worker: enough to keep every core busy, few enough to stop quickly.
IN_FLIGHT_PER_JOB = 3
#: Below this many files a pool costs more to start than it saves: a worker's start (a new
#: interpreter importing the analysis modules) costs about as much as 50-100 analyses, which a
#: process that has imported them already (the window) does not pay.
MIN_FILES_FOR_POOL = 16
_POLL_SECONDS = 0.2


@dataclass(frozen=True)
class Outcome:
    """One file's result: a record, or the reason (a sentence for people) it failed."""

    facts: FileFacts
    record: ArticleRecord | None
    reason: str = ""


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def analyze_file(facts: FileFacts) -> Outcome:
    """Analyse one file (in a worker process or in this one)."""
    from reader.errors import ReaderError
    from reader.pipeline import analyze

    try:
        analysis = analyze(Path(facts.path))
    except ReaderError as exc:
        return Outcome(facts, None, str(exc))
    except Exception as exc:  # a bug must not stop the batch
        return Outcome(facts, None, internal_problem("reading this file", exc))
    return Outcome(facts, record_from_analysis(analysis, facts))


def _init_worker(nice: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's to handle
    if nice and hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(nice)


def analyze_files(
    files: Sequence[FileFacts],
    jobs: int | None = None,
    should_stop: Callable[[], bool] = lambda: False,
    *,
    nice: int = 0,
    min_files_for_pool: int = MIN_FILES_FOR_POOL,
) -> Iterator[Outcome]:
    """Analyse ``files`` on ``jobs`` processes (default: every core); yields each outcome as
    it is ready. Fewer than ``min_files_for_pool`` files are analysed in this process. ``nice``
    lowers the workers' priority (the window's indexing uses it)."""
    jobs = default_jobs() if jobs is None else max(1, jobs)
    if jobs == 1 or len(files) < min_files_for_pool:
        for facts in files:
            if should_stop():
                return
            yield analyze_file(facts)
        return
    yield from _in_pool(list(files), min(jobs, len(files)), should_stop, nice)


def _in_pool(
    files: list[FileFacts], jobs: int, should_stop: Callable[[], bool], nice: int
) -> Iterator[Outcome]:
    queue = [(facts, 0) for facts in reversed(files)]  # popped from the end: input order
    context = multiprocessing.get_context("spawn")
    while queue:
        pool = cf.ProcessPoolExecutor(
            jobs, mp_context=context, initializer=_init_worker, initargs=(nice,)
        )
        running: dict[cf.Future[Outcome], tuple[FileFacts, int]] = {}
        broken = False
        try:
            while (queue or running) and not broken:
                if should_stop():
                    return
                while queue and len(running) < jobs * IN_FLIGHT_PER_JOB:
                    facts, tries = queue.pop()
                    running[pool.submit(analyze_file, facts)] = (facts, tries)
                done, _ = cf.wait(running, timeout=_POLL_SECONDS, return_when=cf.FIRST_COMPLETED)
                for future in done:
                    facts, tries = running.pop(future)
                    try:
                        yield future.result()
                    except BrokenProcessPool:
                        broken = True
                        if tries >= 1:
                            yield Outcome(facts, None, _CRASH)
                        else:
                            queue.append((facts, tries + 1))
                    except Exception as exc:  # the result could not come back
                        yield Outcome(facts, None, internal_problem("reading this file", exc))
            for facts, tries in running.values():  # the pool broke under them
                if tries >= 1:
                    yield Outcome(facts, None, _CRASH)
                else:
                    queue.append((facts, tries + 1))
        finally:
            for future in running:
                future.cancel()
            pool.shutdown(wait=False, cancel_futures=True)


_CRASH = (
    "Reader's worker process stopped while reading this file (twice); the file was not "
    "added. Please report this problem."
)
