"""The analysis worker: cancelled jobs that have not started never run; results are dropped."""

from __future__ import annotations

import threading

import pytest
from gui_helpers import WAIT_MS, made_up_analysis

from reader.gui import worker
from reader.gui.worker import AnalysisWorker


@pytest.fixture
def slow(monkeypatch):
    """A re-summary that waits for ``slow.release`` and records which requests ran."""
    release = threading.Event()
    ran: list[int] = []

    def resummarize(analysis, algorithm, count):
        ran.append(count)
        release.wait(WAIT_MS / 1000)
        return analysis

    monkeypatch.setattr(worker, "resummarize_analysis", resummarize)
    yield release, ran
    release.set()


def test_cancelled_queued_jobs_never_run(qtbot, slow):
    release, ran = slow
    work = AnalysisWorker()
    finished: list[int] = []
    work.finished.connect(lambda request, analysis: finished.append(request))
    threads = work.pool.maxThreadCount()
    requests = [work.resummarize(made_up_analysis(), "lead", n) for n in range(1, threads + 5)]
    qtbot.waitUntil(lambda: len(ran) == threads, timeout=WAIT_MS)  # the pool is full
    for request in requests[1:]:
        work.cancel(request)
    release.set()
    assert work.pool.waitForDone(WAIT_MS)
    qtbot.wait(20)
    assert sorted(ran) == list(range(1, threads + 1))  # only the jobs already running
    assert finished == [requests[0]]  # a running job's result is dropped when cancelled
    assert not work.is_busy()


def test_cancel_all_empties_the_queue(qtbot, slow):
    release, ran = slow
    work = AnalysisWorker()
    threads = work.pool.maxThreadCount()
    for n in range(1, threads + 4):
        work.resummarize(made_up_analysis(), "lead", n)
    qtbot.waitUntil(lambda: len(ran) == threads, timeout=WAIT_MS)
    work.cancel_all()
    release.set()
    assert work.pool.waitForDone(WAIT_MS)
    assert len(ran) == threads
    work.cancel_all()  # again, after the jobs ran and were deleted: nothing to do
