"""One article's tab: the side panel shares its height, widths, and the error page's button."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import WAIT_MS, paragraphs_analysis
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractScrollArea, QApplication

from reader.gui.article_tab import SIDE_MIN_WIDTH, SPEAKERS_MIN_HEIGHT, ArticleTab
from reader.gui.theme import LIGHT

NAMES = ("Helena Marsh", "Peter Olawale", "Ada Quist", "Tomas Berg", "Lina Okafor")


def _long_article():
    sentence = (
        "{name} told the council on a long wet Tuesday evening that the winter ferry, the "
        "harbour road and the school bus would all need money from the reserves next year."
    )
    paragraphs = [sentence.format(name=NAMES[i % len(NAMES)]) for i in range(12)]
    return paragraphs_analysis(paragraphs, summary=tuple(range(7)), speakers=NAMES)


@pytest.fixture
def tab(qtbot):
    owner = QObject()  # owns the toggle actions for as long as the tab shows them
    tab = ArticleTab(
        Path("made-up.txt"),
        LIGHT,
        algorithm="lead",
        count=0,
        tint_action=QAction("Tint", owner),
        highlight_action=QAction("Highlight", owner),
    )
    qtbot.addWidget(tab)
    tab.resize(1100, 640)
    tab.show()
    qtbot.waitExposed(tab)
    yield tab
    tab.close()


def test_a_long_summary_and_five_speakers_share_the_side_panel(tab, qtbot):
    tab.show_analysis(_long_article())
    qtbot.wait(50)
    side = tab.side_split
    # no scroll area around the panels: the header buttons never move for a scroll bar
    assert not [w for w in side.findChildren(QAbstractScrollArea) if w.objectName() == "SidePanel"]
    speakers = tab.speakers
    assert speakers.isVisible()
    bottom = speakers.mapTo(side, speakers.rect().bottomLeft()).y()
    assert bottom <= side.height(), "the speakers are cut off below the panel"
    assert speakers.height() >= SPEAKERS_MIN_HEIGHT
    # every speaker fits (five short rows), the long summary scrolls in its own list
    assert speakers.list.verticalScrollBar().maximum() == 0
    assert tab.summary.list.verticalScrollBar().maximum() > 0
    assert tab.summary.height() > speakers.height()


def test_a_short_summary_gets_the_height_it_needs(tab, qtbot):
    analysis = paragraphs_analysis(
        ["Helena Marsh said the ferry stays.", "Nothing else changed."],
        summary=(0,),
        speakers=("Helena Marsh",),
    )
    tab.show_analysis(analysis)
    qtbot.wait(50)
    assert tab.summary.list.verticalScrollBar().maximum() == 0
    least = tab.summary.minimumSizeHint().height()
    assert tab.summary.height() <= max(tab.summary.wanted_height(), least) + 2
    assert tab.speakers.height() > tab.summary.height()  # the room left goes below
    assert tab.speakers.list.verticalScrollBar().maximum() == 0


def test_the_article_column_keeps_priority_in_a_narrow_window(tab, qtbot):
    tab.show_analysis(_long_article())
    tab.resize(760, 600)
    qtbot.wait(50)
    article, side = tab.split.sizes()
    assert SIDE_MIN_WIDTH <= side <= 0.36 * 760
    assert article >= 480
    tab.resize(1400, 800)
    qtbot.wait(50)
    article, side = tab.split.sizes()
    assert 0.25 <= side / (article + side) <= 0.35


def _open_failing(window, qtbot, path):
    with qtbot.waitSignal(window.analysis_failed, timeout=WAIT_MS) as blocker:
        window.open_paths([path])
    return blocker.args[0]


def test_try_again_only_where_retrying_can_help(window, qtbot, gui_files, tmp_path):
    missing = _open_failing(window, qtbot, tmp_path / "not-there.txt")
    empty = _open_failing(window, qtbot, gui_files / "empty.txt")
    picture = _open_failing(window, qtbot, gui_files / "picture.png")
    QApplication.processEvents()
    window.tabs.setCurrentWidget(missing)
    assert missing.retry_button.isVisibleTo(missing)
    for tab in (empty, picture):
        window.tabs.setCurrentWidget(tab)
        assert tab.error and not tab.retry_button.isVisibleTo(tab)
