"""GUI fixtures: an offscreen Qt, isolated settings, and a main window checked on teardown."""

from __future__ import annotations

import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from gui_helpers import GUI_FILES, LIBRARY_FILES, WAIT_MS
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QApplication


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> Path:
    """Every test gets its own settings folder: the user's real settings are never touched."""
    folder = tmp_path / "settings"
    folder.mkdir()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def gui_files() -> Path:
    return GUI_FILES


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    """A copy of the library fixture articles (tests/_files/library) in a folder of its own."""
    folder = tmp_path / "articles"
    shutil.copytree(LIBRARY_FILES, folder)
    return folder


@pytest.fixture
def window(qtbot, isolated_settings):
    """A shown main window; on teardown it is closed and nothing may be left running."""
    from reader.gui.main_window import MainWindow
    from reader.gui.theme import apply_theme

    win = MainWindow()
    apply_theme(QApplication.instance(), win.settings.theme)
    win.show()
    qtbot.waitExposed(win)
    before = set(QApplication.topLevelWidgets()) - {win}
    yield win
    win.close()
    pool = QThreadPool.globalInstance()
    assert pool.waitForDone(WAIT_MS), "an analysis was still running after the window closed"
    assert pool.activeThreadCount() == 0
    qtbot.wait(10)  # deliver queued results: they must be dropped without errors
    win.deleteLater()
    qtbot.wait(10)
    left = [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and w not in before and w is not win
    ]
    assert not left, f"top-level widgets left open: {left}"
