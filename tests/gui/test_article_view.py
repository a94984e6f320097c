"""The reading view: offsets (with characters outside the BMP), highlights, teasers, zoom."""

from __future__ import annotations

import pytest
from gui_helpers import made_up_analysis, paragraphs_analysis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QTextCursor

from reader.gui.article_document import META_MIN_POINTS
from reader.gui.article_highlights import SPEAKER_PROPERTY, SUMMARY_PROPERTY
from reader.gui.article_view import ArticleView
from reader.gui.theme import DARK, LIGHT
from reader.reading_time import count_words, reading_minutes


@pytest.fixture
def view(qtbot):
    widget = ArticleView(LIGHT)
    widget.resize(800, 600)
    qtbot.addWidget(widget)
    widget.show()
    widget.show_analysis(made_up_analysis())
    return widget


def test_document_positions_match_text_offsets_after_an_emoji(view):
    analysis = view.analysis
    doc = view.document()
    start, end = analysis.speakers[0].mentions[0]
    cursor = view.cursor_for((start, end))
    assert cursor.selectedText() == "Ada Quist"
    # The emoji sits before every span: without the mapping the text would be off by one.
    for start, end in analysis.sentences:
        assert view.cursor_for((start, end)).selectedText() == analysis.text[start:end]
    assert doc.characterAt(view.position(analysis.text.index("🌀")) + 2) == " "


def test_speaker_mentions_carry_the_speaker_colour(view):
    for start, end in view.analysis.speakers[0].mentions:
        for offset in (start, end - 1):
            fmt = view.format_at(offset)
            assert fmt.property(SPEAKER_PROPERTY) == 0
            assert fmt.background().color() == QColor(LIGHT.speakers[0])
    outside = view.analysis.text.index("warning")
    assert view.format_at(outside).property(SPEAKER_PROPERTY) is None


def test_summary_sentences_are_tinted_and_others_are_not(view):
    analysis = view.analysis
    tint = QColor(LIGHT.summary_tint)
    for rank, index in enumerate(analysis.summary.sentences):
        start, end = analysis.sentences[index]
        word = analysis.text.index("indoors") if index == 1 else analysis.text.index("ferries")
        assert start <= word < end
        assert view.format_at(word).background().color() == tint
        assert view.format_at(word).property(SUMMARY_PROPERTY) == rank
    other_start, _ = analysis.sentences[3]
    assert view.format_at(other_start).property(SUMMARY_PROPERTY) is None
    assert view.format_at(other_start).background().style().name == "NoBrush"


def test_toggles_remove_and_restore_highlights(view):
    mention = view.analysis.speakers[0].mentions[0][0]
    in_summary = view.analysis.text.index("indoors")
    view.set_highlights(speakers=False)
    assert view.format_at(mention).property(SPEAKER_PROPERTY) is None
    # the mention lies inside a summary sentence: the tint shows through
    assert view.format_at(mention).background().color() == QColor(LIGHT.summary_tint)
    view.set_highlights(summary=False)
    assert view.format_at(in_summary).property(SUMMARY_PROPERTY) is None
    view.set_highlights(summary=True, speakers=True)
    assert view.format_at(mention).property(SPEAKER_PROPERTY) == 0
    assert view.format_at(in_summary).property(SUMMARY_PROPERTY) == 0


def test_mark_selects_exactly_the_span(view):
    span = view.analysis.sentences[2]
    view.mark(span)
    selections = view.extraSelections()
    assert [s.cursor.selectedText() for s in selections] == [view.analysis.text[slice(*span)]]
    assert view.marked == span


def test_clutter_note_shows_a_whole_pages_clutter_when_clicked(view, qtbot):
    clutter = ("Home", "Share this story", "© 2024 The Courier")
    view.show_analysis(view.analysis.with_changes(clutter_lines=clutter))
    doc = view.document()
    assert "▸ 3 lines of page clutter removed" in doc.toPlainText()
    assert "Share this story" not in doc.toPlainText()
    with qtbot.waitSignal(view.clutter_toggled) as blocker:
        view.toggle_clutter()
    assert blocker.args == [True]
    assert "▾ 3 lines of page clutter removed" in doc.toPlainText()
    assert all(line in doc.toPlainText() for line in clutter)
    view.toggle_clutter()
    assert "Share this story" not in doc.toPlainText()
    # the teaser note is independent of it
    assert "1 teaser line removed" in doc.toPlainText()


def test_lines_that_are_not_teasers_are_noted_as_removed_below_the_article(view):
    removed = ("© 2024 The Courier. All rights reserved.", "• Privacy policy", "Sign up now")
    view.show_analysis(view.analysis.with_changes(removed_lines=removed))
    assert "3 lines below the article removed" in view.document().toPlainText()


def test_teaser_note_shows_the_removed_lines_when_clicked(view):
    doc = view.document()
    assert "1 teaser line removed" in doc.toPlainText()
    assert "Another story" not in doc.toPlainText()
    view.toggle_teasers()
    assert "Another story about something else…" in doc.toPlainText()
    view.toggle_teasers()
    assert "Another story" not in doc.toPlainText()
    # highlights survive the re-render
    mention = view.analysis.speakers[0].mentions[0][0]
    assert view.format_at(mention).property(SPEAKER_PROPERTY) == 0


def test_header_shows_title_source_and_language(view):
    header = view.document().toPlainText()[: view.base]
    assert "Storm warning" in header
    assert "made-up.txt" in header
    assert "English" in header


def test_zoom_and_theme_rerender_with_the_same_offsets(view):
    size = view.document().defaultFont().pointSizeF()
    view.set_zoom(2)
    assert view.document().defaultFont().pointSizeF() > size
    view.set_colors(DARK)
    start, end = view.analysis.speakers[0].mentions[1]
    assert view.cursor_for((start, end)).selectedText() == "Quist"
    assert view.format_at(start).background().color() == QColor(DARK.speakers[0])


def test_column_stays_readable_on_a_wide_window(view, qtbot):
    view.resize(1800, 600)
    qtbot.wait(20)
    margin = view.document().rootFrame().frameFormat().leftMargin()
    column = view.viewport().width() - 2 * margin
    assert margin > 200
    assert 400 < column < 1000


def _block_of(view, text: str):
    block = view.document().begin()
    while block.isValid() and text not in block.text():
        block = block.next()
    assert block.isValid(), text
    return block


def _line_pitch(block) -> float:
    layout = block.layout()
    assert layout.lineCount() >= 3
    return (layout.lineAt(layout.lineCount() - 1).y() - layout.lineAt(0).y()) / (
        layout.lineCount() - 1
    )


def test_the_source_line_follows_a_right_to_left_headline(view, qtbot):
    title = "المجلس البلدي يصوت لإبقاء العبارة"
    view.show_analysis(
        paragraphs_analysis(["صوت المجلس البلدي على إبقاء العبارة."], title=title, language="ar")
    )
    qtbot.wait(10)
    heading = _block_of(view, title)
    meta = _block_of(view, "made-up.txt")  # the source line starts with a Latin file name
    assert meta.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
    heading_right = heading.layout().lineAt(0).naturalTextRect().right()
    meta_line = meta.layout().lineAt(0).naturalTextRect()
    assert abs(meta_line.right() - heading_right) < 2
    assert meta_line.left() > meta.layout().lineAt(0).width() / 3  # not at the left edge


def test_chinese_characters_count_as_words():
    text = "东岛镇议会周二投票决定，冬季期间继续运营岛上的渡轮。" * 8  # 24 characters a time
    assert count_words(text) >= 8 * 24
    assert count_words("Mixed 中文 text") == 4
    assert count_words("Plain English words here") == 4
    assert reading_minutes("东" * 2000) == 5
    assert reading_minutes("word " * 460) == 2


def test_chinese_lines_are_not_much_taller_than_latin_lines(view, qtbot):
    latin = "The council voted to keep the ferry running through the winter months. " * 6
    chinese = "东岛镇议会周二投票决定，冬季期间继续运营岛上的渡轮，推翻了原定的计划。" * 6
    view.show_analysis(paragraphs_analysis([latin.strip(), chinese], language="zh"))
    qtbot.wait(10)
    latin_pitch = _line_pitch(_block_of(view, latin.strip()))
    chinese_pitch = _line_pitch(_block_of(view, chinese))
    assert chinese_pitch <= 1.12 * latin_pitch


def test_the_source_line_stays_readable_when_zoomed_out(view):
    view.set_zoom(-5)
    meta = _block_of(view, "made-up.txt")
    cursor = QTextCursor(meta)
    cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
    assert cursor.charFormat().fontPointSize() >= META_MIN_POINTS
    assert view.document().defaultFont().pointSizeF() < META_MIN_POINTS / 0.8


def test_a_zoomed_in_column_keeps_margins_on_both_sides(view, qtbot):
    view.resize(850, 600)
    view.set_zoom(10)
    qtbot.wait(10)
    margin = view.document().rootFrame().frameFormat().leftMargin()
    assert margin >= 0.06 * view.viewport().width()
    assert margin == view.document().rootFrame().frameFormat().rightMargin()


def test_a_title_made_from_the_file_name_is_shown_as_a_file_name(view, qtbot):
    source = "/tmp/storm-warning-tonight.txt"
    plain = paragraphs_analysis(["It will rain.", "It will blow."], source=source)
    view.show_analysis(plain.with_changes(title="storm-warning-tonight"))
    assert view.title_is_file_name
    cursor = QTextCursor(view.document())
    cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
    name_size = cursor.charFormat().fontPointSize()
    assert cursor.charFormat().fontWeight() < QFont.Weight.Bold.value
    assert cursor.charFormat().foreground().color() == QColor(LIGHT.muted)
    view.show_analysis(plain.with_changes(title="Storm warns the coast"))
    assert not view.title_is_file_name
    cursor = QTextCursor(view.document())
    cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
    assert cursor.charFormat().fontPointSize() > name_size
    assert cursor.charFormat().fontWeight() == QFont.Weight.Bold.value


def _big_analysis(size: int):
    """A made-up article of about ``size`` characters: every fifth sentence is in the summary
    and each paragraph names one of two speakers."""
    names = ("Ada Quist", "Bram Olsen")
    paragraphs = []
    while sum(len(p) + 2 for p in paragraphs) < size:
        n = len(paragraphs)
        paragraphs.append(
            f"Report {n}: the harbour board met on Tuesday, and {names[n % 2]} said the ferries "
            f"would keep sailing until the storms of season {n % 40} have passed."
        )
    summary = tuple(range(0, len(paragraphs), 5))
    return paragraphs_analysis(paragraphs, summary=summary, speakers=names)


def test_a_big_article_zooms_and_retints_in_one_layout_pass(qtbot):
    view = ArticleView(LIGHT)
    view.resize(800, 600)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    analysis = _big_analysis(200_000)
    view.show_analysis(analysis)
    doc = view.document()
    assert not doc.isUndoRedoEnabled()
    changes: list[tuple[int, int, int]] = []
    doc.contentsChange.connect(lambda *args: changes.append(args))

    size_before = view.format_at(analysis.sentences[-1][0]).font().pointSizeF()
    view.set_zoom(2)
    # cleared once, filled in one edit block: not one change per block or format (thousands)
    assert len(changes) <= 10
    assert view.format_at(analysis.sentences[-1][0]).font().pointSizeF() > size_before

    last_summary = analysis.sentences[analysis.summary.sentences[-1]]
    plain_sentence = analysis.sentences[len(analysis.sentences) - 2]
    mention = analysis.speakers[1].mentions[-1]
    tint = QColor(LIGHT.summary_tint)
    changes.clear()
    view.set_highlights(summary=False)
    assert len(changes) <= 1
    assert view.format_at(last_summary[0]).property(SUMMARY_PROPERTY) is None
    assert view.format_at(mention[0]).property(SPEAKER_PROPERTY) == 1
    changes.clear()
    view.set_highlights(summary=True)
    assert len(changes) <= 1
    fmt = view.format_at(last_summary[0])
    assert fmt.property(SUMMARY_PROPERTY) == len(analysis.summary.sentences) - 1
    assert fmt.background().color() == tint
    assert view.format_at(plain_sentence[0]).property(SUMMARY_PROPERTY) is None
    assert view.format_at(mention[0]).background().color() == QColor(LIGHT.speaker(1))
    assert view.cursor_for(mention).selectedText() == "Bram Olsen"


def test_the_source_line_shows_an_author_in_capitals_in_title_case_and_a_readable_date(qtbot):
    from reader.result import Metadata

    widget = ArticleView(LIGHT)
    qtbot.addWidget(widget)
    widget.show_analysis(
        made_up_analysis().with_changes(
            metadata=Metadata(author="BILL HOPPE", date="2019-11-19", site_name="The Gazette")
        )
    )
    meta = _block_of(widget, "The Gazette").text()
    assert "Bill Hoppe" in meta and "BILL" not in meta
    assert "19 Nov 2019" in meta


def test_ctrl_home_and_ctrl_end_go_to_the_top_and_the_end(view, qtbot):
    view.resize(500, 200)  # short: the article scrolls
    view.show_analysis(
        paragraphs_analysis([f"Paragraph {n} of a long article." for n in range(60)])
    )
    qtbot.wait(10)
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == bar.maximum()
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == 0
