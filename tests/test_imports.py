"""What a fresh ``reader summarize`` process imports: nothing it does not use (no NLTK, whose
package imports scipy.stats; no Qt; no HTML extractor for a text file), in the main process
and in the ``--jobs`` workers."""

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
    assert _forbidden(modules, NEVER + HTML_ONLY) == []


def test_one_web_page_imports_the_html_extractor_and_nothing_unused(files: Path) -> None:
    modules = _imports(str(files / "cli" / "market.html"))
    assert "trafilatura" in modules
    assert _forbidden(modules, NEVER) == []


@pytest.mark.parametrize("jobs", ["2"])
def test_workers_import_nothing_unused(jobs: str, files: Path) -> None:
    texts = [str(files / "cli" / name) for name in ("harbour.txt", "library.txt")] * 4
    modules = _imports("--jobs", jobs, *texts)
    assert modules.count("reader.speakers") >= 2  # the workers' imports are in the log too
    assert _forbidden(modules, NEVER + HTML_ONLY) == []
