"""Shared fixtures: our own test files in ``tests/_files`` and the optional shared corpus."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

FILES = Path(__file__).parent / "_files"
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"

# Tests never write Reader's cache into the user's home: the session has its own cache folder
# (the first language detection writes the profile index there; later processes read it).
_CACHE = tempfile.mkdtemp(prefix="reader-test-cache-")
os.environ["READER_CACHE_DIR"] = _CACHE
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)


@pytest.fixture(autouse=True)
def library_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own library folder: the user's real library is never touched."""
    folder = tmp_path / "reader-library"
    monkeypatch.setenv("READER_LIBRARY_DIR", str(folder))
    return folder


@pytest.fixture
def files() -> Path:
    """The folder of fixture files the team wrote (``tests/_files``)."""
    return FILES


@pytest.fixture
def corpus() -> Path:
    """``../shared/corpus``; tests using it are skipped where it is absent (a user's clone)."""
    if not CORPUS.is_dir():
        pytest.skip("the shared corpus (../shared/corpus) is not present")
    return CORPUS


@pytest.fixture
def mixed(files: Path, tmp_path: Path) -> list[str]:
    """A batch of one of each outcome, in an order that mixes them: readable articles of three
    formats (one twice), a missing file, an image, an empty file, an Arabic article. Modules
    that need more extend it (``tests/test_cli_jobs.py`` adds a folder)."""
    cli, gui = files / "cli", files / "gui"
    return [
        str(cli / "harbour.txt"),
        str(tmp_path / "missing.txt"),
        str(cli / "market.html"),
        str(gui / "picture.png"),
        str(cli / "library.txt"),
        str(gui / "empty.txt"),
        str(gui / "arabic.txt"),
        str(cli / "harbour.txt"),
    ]
