"""Find in the article: Ctrl+F, next and previous with wrap-around, the match count."""

from __future__ import annotations

from gui_helpers import open_and_wait


def test_find_next_and_previous_walk_the_matches(window, qtbot, gui_files):
    tab = open_and_wait(qtbot, window, gui_files / "harbour.txt")
    window.act_find.trigger()
    bar = tab.find_bar
    assert bar.isVisible()
    qtbot.keyClicks(bar.field, "ferry")
    text = tab.view.document().toPlainText()
    total = text.count("ferry")
    assert total >= 3
    assert bar.count.text() == f"1 of {total}"
    assert tab.view.textCursor().selectedText() == "ferry"
    first = tab.view.textCursor().selectionStart()
    window.act_find_next.trigger()
    assert bar.count.text() == f"2 of {total}"
    assert tab.view.textCursor().selectionStart() > first
    window.act_find_previous.trigger()
    window.act_find_previous.trigger()  # wraps round to the last match
    assert bar.count.text() == f"{total} of {total}"
    assert len(tab.view.extraSelections()) == total


def test_no_match_and_closing(window, qtbot, gui_files):
    tab = open_and_wait(qtbot, window, gui_files / "harbour.txt")
    window.act_find.trigger()
    qtbot.keyClicks(tab.find_bar.field, "zeppelin")
    assert tab.find_bar.count.text() == "No matches"
    tab.find_bar.close_bar()
    assert not tab.find_bar.isVisible()
    assert tab.view.extraSelections() == []


def test_the_field_keeps_its_width_whatever_the_count_says(window, qtbot, gui_files):
    tab = open_and_wait(qtbot, window, gui_files / "harbour.txt")
    window.act_find.trigger()
    bar = tab.find_bar
    qtbot.wait(10)
    widths = {bar.field.width()}
    for text in ("f", "ferry", "zeppelin", ""):
        bar.field.setText(text)
        qtbot.wait(10)
        widths.add(bar.field.width())
    assert len(widths) == 1, widths


def test_the_current_match_has_its_own_colour(window, qtbot, gui_files):
    from PySide6.QtGui import QPalette

    tab = open_and_wait(qtbot, window, gui_files / "harbour.txt")

    def highlight() -> str:
        return tab.view.palette().color(QPalette.ColorRole.Highlight).name()

    for theme in ("light", "dark"):
        window.set_theme(theme)
        assert highlight() == window.colors.selection  # a selection is quiet
        window.act_find.trigger()
        qtbot.keyClicks(tab.find_bar.field, "ferry")
        assert highlight() == window.colors.find_current  # the current match is not
        assert highlight() not in window.colors.speakers
        tab.find_bar.close_bar()
        assert highlight() == window.colors.selection
        tab.find_bar.field.clear()


def test_more_matches_than_are_marked_say_so(window, qtbot, gui_files, monkeypatch):
    from reader.gui import find_bar

    monkeypatch.setattr(find_bar, "MAX_MARKED", 2)
    tab = open_and_wait(qtbot, window, gui_files / "harbour.txt")
    window.act_find.trigger()
    qtbot.keyClicks(tab.find_bar.field, "ferry")
    assert tab.find_bar.count.text() == "1 of 2+"
    for _ in range(2):  # past the marked ones: the count does not pretend to be the first
        window.act_find_next.trigger()
    assert tab.find_bar.count.text() == "2+ matches"
