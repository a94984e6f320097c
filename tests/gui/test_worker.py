"""The analysis worker: cancelled jobs that have not started never run, results are dropped; the
background warm-up imports what an analysis really imports."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from gui_helpers import WAIT_MS, made_up_analysis

from reader.gui import worker
from reader.gui.worker import WARM_UP_MODULES, AnalysisWorker


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


ARTICLE = """<!doctype html><html><head><title>Harbour reopens</title></head><body>
<article><h1>Harbour reopens after the storm</h1>
<p>The harbour at Nordvik reopened on Tuesday after three days of storms.</p>
<p>"We are glad to sail again," said Ada Quist, who runs the ferry company.</p>
<p>The harbour master, Bram Olsen, said the piers had been checked twice.</p>
<p>Fishing boats left at dawn, and the market opened an hour later than usual.</p>
<p>Quist added that the timetable would be back to normal by the weekend.</p>
</article></body></html>
"""

PROBE = """
import json, sys
from pathlib import Path
from reader.pipeline import analyze, resummarize
from reader.summary import ALGORITHMS
analysis = analyze(Path(sys.argv[1]))
for name in ALGORITHMS:
    resummarize(analysis, algorithm=name, count=2)
print(json.dumps(sorted(sys.modules)))
"""


def test_warm_up_imports_only_what_an_analysis_imports(tmp_path):
    page = tmp_path / "harbour.html"
    page.write_text(ARTICLE, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(page)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    imported = set(json.loads(done.stdout.splitlines()[-1]))
    unused = [name for name in WARM_UP_MODULES if name not in imported]
    assert not unused, f"warmed up but never imported by an analysis: {unused}"
    # the heavy parts of a first analysis are covered
    for heavy in ("trafilatura", "reader.speakers", "Stemmer", "reader.summary.plain_graph"):
        assert heavy in WARM_UP_MODULES
    # an article's summaries, every algorithm, need neither numpy nor scipy
    assert [m for m in imported if m.split(".")[0] in ("numpy", "scipy")] == []
    # and an analysis with every summariser never loads NLTK (whose package loads scipy.stats)
    assert [m for m in imported if m.startswith(("nltk", "scipy.stats", "sumy.nlp"))] == []


def test_cancel_all_stops_the_warm_up_between_modules(qtbot, monkeypatch):
    imported: list[str] = []
    release = threading.Event()

    def import_module(name):
        imported.append(name)
        release.wait(WAIT_MS / 1000)

    monkeypatch.setattr(worker, "_import_module", import_module)
    work = AnalysisWorker()
    work.warm_up()
    qtbot.waitUntil(lambda: len(imported) == 1, timeout=WAIT_MS)
    work.cancel_all()  # the window closes while the first module is being imported
    release.set()
    assert work.pool.waitForDone(WAIT_MS)
    assert imported == [WARM_UP_MODULES[0]]


WARM_PROBE = """
import json, sys
from reader.gui.worker import warm_up
warm_up()
from reader import language, sentences
print(json.dumps({
    "modules": sorted(sys.modules),
    "profiles_loaded": language._factory is not None,
    "sentence_model_loaded": "en" in sentences._tokenizers,
}))
"""


def test_warm_up_loads_no_nltk_and_readies_the_data_an_analysis_reads():
    done = subprocess.run(
        [sys.executable, "-c", WARM_PROBE],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    state = json.loads(done.stdout.splitlines()[-1])
    unused = [
        m for m in state["modules"] if m.split(".")[0] == "nltk" or m.startswith("scipy.stats")
    ]
    assert unused == []
    assert state["profiles_loaded"] and state["sentence_model_loaded"]
    assert not any(name.startswith("nltk") for name in WARM_UP_MODULES)


def test_warm_up_gives_way_to_an_analysis_and_resumes_when_idle(qtbot, monkeypatch):
    imported: list[str] = []
    first_import, analysis_may_end = threading.Event(), threading.Event()

    def import_module(name):
        imported.append(name)
        if len(imported) == 1:
            first_import.wait(WAIT_MS / 1000)

    def analyze_path(path, algorithm, count):
        analysis_may_end.wait(WAIT_MS / 1000)
        return made_up_analysis()

    monkeypatch.setattr(worker, "_import_module", import_module)
    monkeypatch.setattr(worker, "_warm_up_analysis", lambda: imported.append("analysis"))
    monkeypatch.setattr(worker, "analyze_path", analyze_path)
    work = AnalysisWorker()
    finished: list[int] = []
    work.finished.connect(lambda request, analysis: finished.append(request))
    work.warm_up()
    qtbot.waitUntil(lambda: len(imported) == 1, timeout=WAIT_MS)
    request = work.analyze(Path("article.txt"), None, None)  # opened during the warm-up
    first_import.set()
    qtbot.waitUntil(lambda: work._warm_up.gave_way, timeout=WAIT_MS)
    assert imported == [WARM_UP_MODULES[0]]  # nothing more while the article is analysed
    analysis_may_end.set()
    qtbot.waitUntil(lambda: finished == [request], timeout=WAIT_MS)
    qtbot.waitUntil(lambda: imported[-1:] == ["analysis"], timeout=WAIT_MS)  # resumed, done
    assert set(WARM_UP_MODULES) <= set(imported)
    assert work.pool.waitForDone(WAIT_MS)
