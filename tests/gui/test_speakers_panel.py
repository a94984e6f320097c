"""The speakers panel: colours, counts, stepping through mentions, the highlight toggle."""

from __future__ import annotations

from gui_helpers import open_and_wait
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from reader.gui.article_view import SPEAKER_PROPERTY
from reader.gui.list_delegate import TRAILING_ROLE


def _click(qtbot, list_widget, row: int) -> None:
    rect = list_widget.visualItemRect(list_widget.item(row))
    qtbot.mouseClick(list_widget.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_each_speaker_is_listed_with_a_count_and_a_swatch(window, qtbot, gui_files):
    tab = open_and_wait(qtbot, window, gui_files / "harbour.txt")
    items = [tab.speakers.list.item(i) for i in range(tab.speakers.list.count())]
    assert [i.text() for i in items] == [s.name for s in tab.analysis.speakers]
    assert [i.data(TRAILING_ROLE) for i in items] == [
        str(len(s.mentions)) for s in tab.analysis.speakers
    ]
    colours = [i.icon().pixmap(14, 14).toImage().pixelColor(7, 7).name() for i in items]
    assert colours == [window.colors.speaker(n).name() for n in range(len(items))]


def test_clicking_a_speaker_steps_through_the_mentions(window, qtbot, gui_files):
    tab = open_and_wait(qtbot, window, gui_files / "harbour.txt")
    row = 1
    mentions = tab.analysis.speakers[row].mentions
    assert len(mentions) >= 2
    seen = []
    for _ in range(len(mentions) + 1):
        _click(qtbot, tab.speakers.list, row)
        seen.append(tab.view.marked)
    assert seen == [*mentions, mentions[0]]  # wraps round
    name = tab.analysis.speakers[row].name
    assert window.statusBar().currentMessage() == f"{name}: mention 1 of {len(mentions)}"


def test_highlight_toggle_clears_and_restores_mention_colours(window, qtbot, gui_files):
    tab = open_and_wait(qtbot, window, gui_files / "harbour.txt")
    start, _ = tab.analysis.speakers[0].mentions[0]
    window.act_highlight.trigger()
    assert tab.view.format_at(start).property(SPEAKER_PROPERTY) is None
    assert window.settings.highlight_speakers is False
    window.act_highlight.trigger()
    assert tab.view.format_at(start).property(SPEAKER_PROPERTY) == 0


def test_an_article_without_speakers_says_so(window, qtbot, tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text(
        "Tide tables\n\nHigh tide is at six in the morning. Low tide follows at noon.\n",
        encoding="utf-8",
    )
    tab = open_and_wait(qtbot, window, path)
    assert tab.analysis.speakers == ()
    assert tab.speakers.list.count() == 1
    assert "No one" in tab.speakers.list.item(0).text()
    _click(qtbot, tab.speakers.list, 0)
    assert tab.view.marked is None


def test_switching_theme_keeps_the_selected_speaker(window, qtbot, gui_files):
    tab = open_and_wait(qtbot, window, gui_files / "harbour.txt")
    speakers = tab.speakers.list
    assert speakers.count() >= 2
    speakers.setCurrentRow(1)
    window.set_theme("dark")
    assert speakers.currentRow() == 1 and speakers.item(1).isSelected()
    colour = speakers.item(0).icon().pixmap(14, 14).toImage().pixelColor(7, 7)
    assert abs(colour.lightness() - QColor(window.colors.speakers[0]).lightness()) < 40
