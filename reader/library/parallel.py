"""Analysing many files for the library: :func:`analyze_files`, on top of :mod:`reader.batch`
(worker processes, every core, results in input order, a dying worker costing only its file).

Each file's analysis becomes a plain :class:`~reader.library.records.ArticleRecord`, or the
reason it failed. Fewer files than ``min_files_for_pool`` are analysed in this process: a
worker's start (a new interpreter importing the analysis modules) costs about as much as 50 to
100 analyses, which a process that has imported them already (the window) does not pay.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Generator, Sequence
from dataclasses import dataclass

from reader.batch import default_jobs
from reader.errors import internal_problem
from reader.library.records import ArticleRecord, FileFacts, record_from_analysis

__all__ = ["MIN_FILES_FOR_POOL", "Outcome", "analyze_files", "default_jobs"]

MIN_FILES_FOR_POOL = 16


@dataclass(frozen=True)
class Outcome:
    """One file's result: a record, or the reason (a sentence for people) it failed."""

    facts: FileFacts
    record: ArticleRecord | None
    reason: str = ""


def analyze_files(
    files: Sequence[FileFacts],
    jobs: int | None = None,
    cancel: threading.Event | None = None,
    *,
    min_files_for_pool: int = MIN_FILES_FOR_POOL,
) -> Generator[Outcome, None, None]:
    """Analyse ``files`` on ``jobs`` processes (default: every core), yielding each outcome in
    input order; stops between files once ``cancel`` is set (closing the iterator stops the
    workers too)."""
    from reader.batch import analyze_files as batch

    if len(files) < min_files_for_pool:
        jobs = 1
    items = batch([f.path for f in files], jobs=jobs, cancel=cancel)
    with contextlib.closing(items):
        for item in items:
            facts = files[item.index]
            if item.analysis is None:
                yield Outcome(facts, None, item.error or "Reader could not read this file.")
                continue
            try:
                record = record_from_analysis(item.analysis, facts)
            except Exception as exc:  # a bug must not stop the batch
                yield Outcome(facts, None, internal_problem("adding this file", exc))
                continue
            yield Outcome(facts, record)
