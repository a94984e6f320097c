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


def _quoting_article(summary: tuple[int, ...]):
    """The long article, each speaker's sentences as their statements."""
    from dataclasses import replace

    from reader.result import Statement, Summary

    analysis = _long_article()
    speakers = []
    for speaker in analysis.speakers:
        said = tuple(
            Statement(span=s, kind="indirect")
            for s in analysis.sentences
            if speaker.name in analysis.text[s[0] : s[1]]
        )
        speakers.append(replace(speaker, statements=said))
    return analysis.with_changes(speakers=tuple(speakers), summary=Summary("lead", summary))


def test_a_short_summary_leaves_the_room_to_an_opened_speaker(tab, qtbot):
    # the summary keeps no empty area while the speakers' list has to scroll
    tab.show_analysis(_quoting_article(summary=(0, 1)))
    qtbot.wait(50)
    for number in range(len(NAMES)):
        tab.speakers.toggle(number)  # every speaker open: far more rows than fit
    qtbot.wait(50)
    tab.resize(1100, 660)
    qtbot.wait(50)
    assert tab.speakers.list.verticalScrollBar().maximum() > 0
    assert tab.summary.height() <= max(tab.summary.wanted_height(), 150) + 2
    assert tab.speakers.height() > tab.summary.height()


def test_rows_are_not_cut_off_in_a_narrow_window(tab, qtbot):
    from PySide6.QtCore import QRect, Qt

    from reader.gui.list_delegate import PAD_Y

    tab.show_analysis(_quoting_article(summary=(0, 1, 2)))
    tab.speakers.toggle(0)
    qtbot.wait(50)
    tab.resize(800, 640)  # narrower only
    qtbot.wait(100)
    for panel_list in (tab.speakers.list, tab.summary.list):
        delegate = panel_list.itemDelegate()
        metrics = panel_list.fontMetrics()
        width = panel_list.viewport().width()
        for row in range(panel_list.count()):
            index = panel_list.model().index(row, 0)
            text_width = delegate._text_rect(QRect(0, 0, width, 100), index).width()
            text = str(index.data())
            needed = metrics.boundingRect(
                QRect(0, 0, text_width, 10_000), int(Qt.TextFlag.TextWordWrap), text
            ).height()
            assert panel_list.visualRect(index).height() >= needed + 2 * PAD_Y, text


def test_no_try_again_for_a_folder(window, qtbot, tmp_path):
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    tab = _open_failing(window, qtbot, folder)
    QApplication.processEvents()
    assert "is a folder" in tab.error
    assert not tab.retry_button.isVisibleTo(tab)


def test_retrying_is_offered_by_the_kind_of_failure():
    import errno

    from reader.errors import EmptyArticleError, InternalError, UnreadableFileError
    from reader.gui.worker import can_retry

    def unreadable(cause):
        try:
            raise UnreadableFileError("x") from cause
        except UnreadableFileError as exc:
            return exc

    assert can_retry(unreadable(FileNotFoundError(errno.ENOENT, "gone")))
    assert can_retry(unreadable(PermissionError(errno.EACCES, "locked")))
    assert can_retry(unreadable(OSError(errno.EIO, "disk")))
    assert not can_retry(unreadable(None))  # a folder or a pipe: no error behind it
    assert not can_retry(unreadable(OSError(errno.ELOOP, "loop")))
    assert not can_retry(unreadable(OSError(errno.ENAMETOOLONG, "long")))
    assert not can_retry(EmptyArticleError("empty"))
    assert can_retry(InternalError("bug", "reading"))
    assert can_retry(RuntimeError("bug"))


def test_the_side_panels_give_way_before_the_article_in_a_small_window(tab, qtbot):
    from reader.gui.article_tab import ARTICLE_MIN_WIDTH

    tab.show_analysis(_long_article())
    messages = []
    tab.status.connect(messages.append)
    for width in (500, 300):
        tab.resize(width, 400)
        qtbot.wait(20)
        assert tab.side_hidden
        assert tab.reading.width() >= width - 2  # the article has the whole width
    assert messages and "narrow" in messages[0]
    tab.resize(ARTICLE_MIN_WIDTH + SIDE_MIN_WIDTH + 40, 500)
    qtbot.wait(20)
    assert not tab.side_hidden
    assert tab.reading.width() >= ARTICLE_MIN_WIDTH
    assert tab.side_split.width() >= SIDE_MIN_WIDTH
    tab.resize(1100, 640)
    qtbot.wait(20)
    article, side = tab.split.sizes()
    assert 0.25 <= side / (article + side) <= 0.35  # the usual share again


def test_the_window_has_a_minimum_size(window):
    from reader.gui.main_window import MIN_WINDOW_SIZE

    assert window.minimumWidth() >= MIN_WINDOW_SIZE[0] >= 480
    assert window.minimumHeight() >= MIN_WINDOW_SIZE[1] >= 360
    window.resize(300, 200)
    assert window.width() >= 480 and window.height() >= 360
