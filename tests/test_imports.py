"""What a fresh ``reader summarize`` process imports: nothing it does not use (no NLTK, whose
package imports scipy.stats; no Qt; no HTML extractor for a text file; no numpy or scipy for an
article, which the summarisers compute in pure Python), in the main process and in the
``--jobs`` workers."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
NEVER = ("nltk", "scipy.stats", "sumy.nlp", "sumy.summarizers", "PySide6", "snowballstemmer")
HTML_ONLY = ("trafilatura", "lxml", "justext", "courlan", "htmldate")
#: Only texts longer than reader.summary.plain_counts.PLAIN_LIMIT sentences need these.
LONG_TEXTS_ONLY = ("numpy", "scipy")
_IMPORT = re.compile(r"^import time:\s+\d+ \|\s+\d+ \|\s*(\S+)\s*$", re.MULTILINE)


def _imports(*args: str) -> list[str]:
    """The modules a ``reader summarize`` process (and its workers) import, one per import."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "reader", "summarize", "-q", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return _IMPORT.findall(done.stderr)


def _forbidden(modules: list[str], prefixes: tuple[str, ...]) -> list[str]:
    return sorted({m for m in modules if m.startswith(prefixes)})


def test_one_text_file_imports_nothing_unused(files: Path) -> None:
    modules = _imports(str(files / "cli" / "harbour.txt"))
    assert "reader.pipeline" in modules and "Stemmer" in modules
    assert _forbidden(modules, NEVER + HTML_ONLY + LONG_TEXTS_ONLY) == []


@pytest.mark.parametrize("algorithm", ["lexrank", "lsa", "textrank", "kl", "sumbasic"])
def test_no_summariser_imports_numpy_for_an_article(algorithm: str, files: Path) -> None:
    modules = _imports("--algorithm", algorithm, str(files / "cli" / "harbour.txt"))
    assert "reader.summary.engine" in modules
    assert _forbidden(modules, LONG_TEXTS_ONLY) == []


def test_one_web_page_imports_the_html_extractor_and_nothing_unused(files: Path) -> None:
    modules = _imports(str(files / "cli" / "market.html"))
    assert "trafilatura" in modules
    assert _forbidden(modules, NEVER + LONG_TEXTS_ONLY) == []


@pytest.mark.parametrize("jobs", ["2"])
def test_workers_import_nothing_unused(jobs: str, files: Path) -> None:
    texts = [str(files / "cli" / name) for name in ("harbour.txt", "library.txt")] * 4
    modules = _imports("--jobs", jobs, *texts)
    assert modules.count("reader.speakers") >= 2  # the workers' imports are in the log too
    assert _forbidden(modules, NEVER + HTML_ONLY + LONG_TEXTS_ONLY) == []
