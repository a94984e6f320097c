"""Many tabs: readable elided titles with a minimum width, scrolling, the full title as the
tooltip, the current tab named in full, middle-click and context-menu closing, and the
browsers' keys (Ctrl+Tab, Ctrl+Shift+Tab, Ctrl+PgDown/PgUp, Alt+number, Ctrl+W)."""

from __future__ import annotations

import shutil
from pathlib import Path

from gui_helpers import WAIT_MS, open_and_wait
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget

from reader.gui.tab_bar import MAX_TAB_CHARS, MIN_TAB_CHARS

LONG = "A very long headline about the harbour ferry vote and the winter budget of the town"


def _articles(window, qtbot, gui_files: Path, tmp_path: Path, count: int) -> list:
    """``count`` article tabs (copies of one article under other names), all analysed."""
    tabs = []
    for i in range(count):
        copy = tmp_path / f"article-{i}.txt"
        shutil.copy(gui_files / "harbour.txt", copy)
        tabs.append(open_and_wait(qtbot, window, copy))
    return tabs


def test_many_tabs_keep_readable_titles_and_scroll(window, qtbot) -> None:
    bar = window.tab_bar
    assert bar.usesScrollButtons() and bar.elideMode() == Qt.TextElideMode.ElideRight
    for i in range(14):
        window.tabs.addTab(QWidget(), "Rain" if i % 3 == 0 else f"{LONG} {i}")
    window.resize(900, 600)
    window.tabs.setCurrentIndex(2)
    qtbot.wait(20)
    low, high = bar.text_width(MIN_TAB_CHARS), bar.text_width(MAX_TAB_CHARS)
    widths = {i: bar.tabRect(i).width() for i in range(bar.count())}
    long = [i for i in range(bar.count()) if bar.tabText(i).startswith(LONG)]
    short = [i for i in range(bar.count()) if bar.tabText(i) == "Rain"]
    # a long title is elided at most, never squeezed below its minimum: the bar scrolls
    assert all(low < widths[i] for i in long)
    assert all(widths[i] <= high + 60 for i in long)  # the text's share and the close button
    assert sum(widths.values()) > bar.width()
    # a short title is shown whole, the current tab at its full width
    font = bar.fontMetrics()
    assert all(widths[i] > font.horizontalAdvance("Rain") for i in short)
    assert widths[2] == bar.tabSizeHint(2).width() > max(widths[i] for i in long if i != 2)
    # another tab made current gets its full width and is scrolled into view
    window.tabs.setCurrentIndex(bar.count() - 1)
    qtbot.waitUntil(
        lambda: bar.tabRect(bar.count() - 1).width() == bar.tabSizeHint(bar.count() - 1).width(),
        timeout=WAIT_MS,
    )
    assert bar.tabRect(bar.count() - 1).right() <= bar.width()
    assert bar.tabRect(2).width() < bar.tabSizeHint(2).width()
    for i in range(window.tabs.count() - 1, 0, -1):
        window.tabs.removeTab(i)


def test_a_tab_has_its_full_title_as_tooltip(window, qtbot, gui_files) -> None:
    tab = open_and_wait(qtbot, window, gui_files / "harbour.txt")
    index = window.tabs.indexOf(tab)
    assert window.tabs.tabText(index) == tab.title  # elided by width, not cut by characters
    assert tab.title in window.tabs.tabToolTip(index)
    assert str(tab.path) in window.tabs.tabToolTip(index)


def test_a_middle_click_closes_a_tab_but_not_the_library(window, qtbot, gui_files, tmp_path):
    first, second = _articles(window, qtbot, gui_files, tmp_path, 2)
    bar = window.tab_bar
    centre = bar.tabRect(window.tabs.indexOf(first)).center()
    qtbot.mouseClick(bar, Qt.MouseButton.MiddleButton, pos=centre)
    assert window.article_tabs == [second]
    qtbot.mouseClick(bar, Qt.MouseButton.MiddleButton, pos=bar.tabRect(0).center())
    assert window.tabs.widget(0) is window.home and window.tabs.count() == 2
    qtbot.mouseClick(bar, Qt.MouseButton.MiddleButton, pos=QPoint(bar.width() - 2, 2))
    assert window.article_tabs == [second]  # no tab there: nothing closes


def test_the_browsers_keys_move_between_tabs_and_close_them(
    window, qtbot, gui_files, tmp_path
) -> None:
    tabs = _articles(window, qtbot, gui_files, tmp_path, 3)
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    window.tabs.setCurrentWidget(tabs[0])
    tabs[0].view.setFocus()

    def press(key: Qt.Key, modifiers: Qt.KeyboardModifier) -> QWidget:
        focus = window.focusWidget() or window
        qtbot.keyClick(focus, key, modifiers)
        return window.tabs.currentWidget()

    assert press(Qt.Key.Key_Tab, ctrl) is tabs[1]
    assert press(Qt.Key.Key_PageDown, ctrl) is tabs[2]
    assert press(Qt.Key.Key_Tab, ctrl) is window.home  # round to the first
    assert press(Qt.Key.Key_Backtab, ctrl | shift) is tabs[2]
    assert press(Qt.Key.Key_PageUp, ctrl) is tabs[1]
    assert press(Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier) is window.home
    assert press(Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier) is tabs[1]
    assert press(Qt.Key.Key_9, Qt.KeyboardModifier.AltModifier) is tabs[2]
    press(Qt.Key.Key_W, ctrl)
    assert window.article_tabs == tabs[:2]
    window.tabs.setCurrentIndex(0)
    press(Qt.Key.Key_W, ctrl)  # the Library is not closed
    assert window.tabs.widget(0) is window.home and window.article_tabs == tabs[:2]


def test_a_tabs_menu_closes_it_the_others_or_those_to_its_right(
    window, qtbot, gui_files, tmp_path
) -> None:
    tabs = _articles(window, qtbot, gui_files, tmp_path, 4)
    bar = window.tab_bar

    def choose(index: int, text: str) -> None:
        menu = bar.tab_menu(index)
        action = next(a for a in menu.actions() if a.text() == text)
        assert action.isEnabled()
        action.trigger()
        menu.deleteLater()

    library_menu = bar.tab_menu(0)
    assert [a.isEnabled() for a in library_menu.actions()] == [False, True, True]
    library_menu.deleteLater()
    choose(window.tabs.indexOf(tabs[1]), "Close Tabs to the Right")
    assert window.article_tabs == tabs[:2]
    last = bar.tab_menu(window.tabs.indexOf(tabs[1]))
    assert not last.actions()[2].isEnabled()  # nothing to its right
    last.deleteLater()
    choose(window.tabs.indexOf(tabs[1]), "Close Other Tabs")
    assert window.article_tabs == [tabs[1]] and window.tabs.widget(0) is window.home
    choose(window.tabs.indexOf(tabs[1]), "Close Tab")
    assert window.article_tabs == []
