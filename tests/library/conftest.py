"""Library fixtures: a real SQLite library in a temporary folder, and articles to add."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reader.library.store import Library

LIBRARY_FILES = Path(__file__).resolve().parents[1] / "_files" / "library"


@pytest.fixture
def library(library_folder: Path):
    """A new library in this test's own folder (see the top-level ``library_folder``)."""
    lib = Library(library_folder / "library.db")
    yield lib
    lib.close()


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    """A folder holding copies of the four library fixture articles (txt, html, md, German)."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in LIBRARY_FILES.iterdir():
        shutil.copy(path, folder / path.name)
    return folder
