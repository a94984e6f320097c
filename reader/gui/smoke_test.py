"""``READER_SMOKE_TEST=1 reader``: start as usual, check the welcome article and the icon, quit.

Used by ``.ci/run`` on a freshly built and installed wheel (and by a test on the checkout): the
window opens through the real entry point, the welcome article is analysed and shown, and the
application icon renders. Prints one line starting ``smoke-test ok`` (exit status 0) or
``smoke-test FAILED`` (exit status 1).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from reader.gui.resources import icon_path, is_resource, resources_dir, welcome_path

if TYPE_CHECKING:
    from reader.gui.article_tab import ArticleTab
    from reader.gui.main_window import MainWindow

TIMEOUT_MS = 120_000
ICON_SIZE = 64


def problems(tab: ArticleTab) -> list[str]:
    """What is wrong with the welcome article shown in ``tab`` and the icons (empty: nothing)."""
    found = []
    analysis = tab.analysis
    if analysis is None or not analysis.title or not analysis.sentences:
        found.append("the welcome article was not analysed")
    elif not analysis.summary.sentences:
        found.append("the welcome article has no summary")
    if not is_resource(tab.path):
        found.append(f"the tab shows {tab.path}, not {welcome_path()}")
    icon = QApplication.windowIcon()
    if icon_path() is None or icon.isNull() or icon.pixmap(ICON_SIZE).isNull():
        found.append(f"the application icon does not render (looked in {resources_dir()})")
    if not (resources_dir() / "tab-close.svg").is_file():
        found.append("the tab close icon is missing")
    return found


def watch(window: MainWindow) -> None:
    """Report on the first article ``window`` opens, then quit."""
    done: list[bool] = []

    def report(tab: ArticleTab | None, failure: str = "") -> None:
        if done:
            return
        done.append(True)
        issues = [failure] if failure or tab is None else problems(tab)
        if issues or tab is None or tab.analysis is None:
            print("smoke-test FAILED: " + "; ".join(issues), flush=True)
        else:
            analysis = tab.analysis
            print(
                f"smoke-test ok: “{analysis.title}” from {welcome_path()}: "
                f"{len(analysis.sentences)} sentences, a summary of "
                f"{len(analysis.summary.sentences)}, {len(analysis.speakers)} speakers; "
                f"icon {icon_path()} renders at {ICON_SIZE} px",
                flush=True,
            )
        window.close()
        QApplication.exit(1 if issues else 0)

    window.analysis_ready.connect(report)
    window.analysis_failed.connect(lambda tab, message: report(tab, message))
    QTimer.singleShot(TIMEOUT_MS, lambda: report(None, "no article was shown in time"))
    print(f"smoke-test: Python {sys.version.split()[0]}, resources in {resources_dir()}")
