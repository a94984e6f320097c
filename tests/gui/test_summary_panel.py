"""The summary panel: clicking sentences, switching the algorithm and length, copying."""

from __future__ import annotations

from gui_helpers import WAIT_MS, open_and_wait
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication

from reader.gui import worker
from reader.gui.article_highlights import SUMMARY_PROPERTY
from reader.summary import ALGORITHMS


def _click(qtbot, list_widget, row: int) -> None:
    rect = list_widget.visualItemRect(list_widget.item(row))
    qtbot.mouseClick(list_widget.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_clicking_a_summary_sentence_scrolls_to_it_and_marks_it(window, qtbot, gui_files):
    window.resize(900, 380)  # short, so the article has to scroll
    tab = open_and_wait(qtbot, window, gui_files / "harbour.txt")
    analysis = tab.analysis
    last = len(analysis.summary.sentences) - 1
    span = analysis.sentences[analysis.summary.sentences[last]]
    bar = tab.view.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    _click(qtbot, tab.summary.list, last)
    assert tab.view.marked == span
    marked = [s.cursor.selectedText() for s in tab.view.extraSelections()]
    assert marked == [analysis.text[span[0] : span[1]]]
    assert bar.value() > 0
    rect = tab.view.cursorRect(tab.view.cursor_for(span))
    assert 0 <= rect.top() < tab.view.viewport().height()


def test_the_list_shows_each_summary_sentence(window, qtbot, gui_files):
    tab = open_and_wait(qtbot, window, gui_files / "harbour.txt")
    shown = [tab.summary.list.item(i).text() for i in range(tab.summary.list.count())]
    expected = [" ".join(t.split()) for t in tab.analysis.summary_texts]
    assert shown == expected


def test_switching_algorithm_resummarises_without_reloading(window, qtbot, gui_files, monkeypatch):
    loads = []
    real = worker.analyze_path

    def counting(path, algorithm, count):
        loads.append(path)
        return real(path, algorithm, count)

    monkeypatch.setattr(worker, "analyze_path", counting)
    tab = open_and_wait(qtbot, window, gui_files / "harbour.txt")
    text_before = tab.analysis.text
    other = next(a for a in ALGORITHMS if a != tab.analysis.summary.algorithm)
    combo = tab.summary.algorithm
    with qtbot.waitSignal(window.summary_ready, timeout=WAIT_MS):
        combo.setCurrentIndex(combo.findData(other))
    assert tab.analysis.summary.algorithm == other
    assert tab.analysis.text == text_before
    assert len(loads) == 1
    assert window.settings.algorithm == other
    # the tint follows the new summary
    for rank, index in enumerate(tab.analysis.summary.sentences):
        start, _ = tab.analysis.sentences[index]
        assert tab.view.format_at(start).property(SUMMARY_PROPERTY) == rank
    summary_ranks = {
        tab.view.format_at(s).property(SUMMARY_PROPERTY) for s, _ in tab.analysis.sentences
    }
    assert summary_ranks - {None} == set(range(len(tab.analysis.summary.sentences)))


def test_length_control_changes_the_number_of_sentences(window, qtbot, gui_files):
    tab = open_and_wait(qtbot, window, gui_files / "harbour.txt")
    with qtbot.waitSignal(window.summary_ready, timeout=WAIT_MS):
        tab.summary.length.setValue(2)
    assert len(tab.analysis.summary.sentences) == 2
    assert tab.summary.list.count() == 2
    with qtbot.waitSignal(window.summary_ready, timeout=WAIT_MS):
        tab.summary.length.setValue(1)
    assert len(tab.analysis.summary.sentences) == 1
    assert window.settings.count == 1


def test_superseded_summary_requests_are_dropped(window, qtbot, gui_files):
    tab = open_and_wait(qtbot, window, gui_files / "harbour.txt")
    results = []
    window.summary_ready.connect(lambda t: results.append(len(t.analysis.summary.sentences)))
    tab.summary.length.setValue(3)
    with qtbot.waitSignal(window.summary_ready, timeout=WAIT_MS):
        tab.summary.length.setValue(1)
    window.worker.pool.waitForDone(WAIT_MS)
    qtbot.wait(50)
    assert results == [1]
    assert len(tab.analysis.summary.sentences) == 1


def test_copy_puts_the_summary_on_the_clipboard(window, qtbot, gui_files):
    tab = open_and_wait(qtbot, window, gui_files / "harbour.txt")
    QGuiApplication.clipboard().clear()
    window.act_copy_summary.trigger()
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied == [" ".join(t.split()) for t in tab.analysis.summary_texts]


def test_tint_toggle_applies_to_every_tab_and_persists(window, qtbot, gui_files):
    tabs = [open_and_wait(qtbot, window, gui_files / n) for n in ("harbour.txt", "emoji.txt")]
    window.act_tint.setChecked(False)
    for tab in tabs:
        start, _ = tab.analysis.sentences[tab.analysis.summary.sentences[0]]
        fmt = tab.view.format_at(start)
        assert fmt.property(SUMMARY_PROPERTY) is None
        assert fmt.background().color() != QColor(window.colors.summary_tint)
    assert window.settings.tint_summary is False
    window.act_tint.setChecked(True)
    tab = tabs[0]
    start, _ = tab.analysis.sentences[tab.analysis.summary.sentences[0]]
    assert tab.view.format_at(start).property(SUMMARY_PROPERTY) == 0


def test_a_failing_resummary_keeps_the_old_summary_and_says_why(
    window, qtbot, gui_files, monkeypatch
):
    tab = open_and_wait(qtbot, window, gui_files / "harbour.txt")
    before = tab.analysis

    def broken(analysis, algorithm, count):
        raise RuntimeError("boom")

    monkeypatch.setattr(worker, "resummarize_analysis", broken)
    with qtbot.waitSignal(window.analysis_failed, timeout=WAIT_MS) as blocker:
        tab.summary.length.setValue(2)
    assert blocker.args[0] is tab
    assert tab.analysis is before
    assert window.message_bar.kind == "error"
    assert "internal problem" in window.message_bar.label.text()
    assert tab.summary.note.text() == blocker.args[1]
    monkeypatch.undo()
    with qtbot.waitSignal(window.summary_ready, timeout=WAIT_MS):
        tab.summary.length.setValue(1)
    assert len(tab.analysis.summary.sentences) == 1


def _ink_columns(widget, rect) -> list[int]:
    """The x positions inside ``rect`` where ``widget`` painted dark (text) pixels."""
    image = widget.grab().toImage()
    xs = []
    for x in range(rect.left(), rect.right()):
        for y in range(rect.top(), rect.bottom()):
            if QColor(image.pixel(x, y)).lightness() < 110:
                xs.append(x)
                break
    return xs


def test_right_to_left_sentences_are_right_aligned(qtbot):
    from gui_helpers import paragraphs_analysis

    from reader.gui.summary_panel import SummaryPanel

    panel = SummaryPanel("lead", 0)
    qtbot.addWidget(panel)
    panel.resize(360, 400)
    panel.show()
    qtbot.waitExposed(panel)
    sentences = ["قال المجلس نعم.", "The council said yes."]
    panel.show_analysis(paragraphs_analysis(sentences, summary=(0, 1)))
    qtbot.wait(10)
    view = panel.list.viewport()
    width = view.width()
    offset = view.mapTo(panel, QPoint(0, 0))
    arabic = _ink_columns(panel, panel.list.visualItemRect(panel.list.item(0)).translated(offset))
    english = _ink_columns(panel, panel.list.visualItemRect(panel.list.item(1)).translated(offset))
    arabic = [x - offset.x() for x in arabic]
    english = [x - offset.x() for x in english]
    # the short Arabic sentence hugs the right edge, its number "1" is right of it
    assert min(arabic) > width / 3 and max(arabic) > width - 40
    # the English one starts at the left, after its number
    assert min(english) < 40 and max(english) < width * 2 / 3


def test_quick_length_changes_run_one_resummary(window, qtbot, gui_files, monkeypatch):
    tab = open_and_wait(qtbot, window, gui_files / "harbour.txt")
    real = worker.resummarize_analysis
    ran = []

    def counted(analysis, algorithm, count):
        ran.append((algorithm, count))
        return real(analysis, algorithm, count)

    monkeypatch.setattr(worker, "resummarize_analysis", counted)
    other = next(a for a in ALGORITHMS if a != tab.summary.options[0])
    with qtbot.waitSignal(window.summary_ready, timeout=WAIT_MS):
        for n in (2, 3, 4, 5, 4, 3):  # arrow-key steps
            tab.summary.length.setValue(n)
            qtbot.wait(20)
        tab.summary.algorithm.setCurrentIndex(tab.summary.algorithm.findData(other))
    assert window.worker.pool.waitForDone(WAIT_MS)
    qtbot.wait(300)  # longer than the delay: no other summary follows
    assert ran == [(other, 3)]
    assert len(tab.analysis.summary.sentences) == 3


def test_closing_a_tab_right_after_a_length_change_runs_no_summary(
    window, qtbot, gui_files, monkeypatch
):
    tab = open_and_wait(qtbot, window, gui_files / "harbour.txt")
    ran = []
    monkeypatch.setattr(worker, "resummarize_analysis", lambda *args: ran.append(args))
    tab.summary.length.setValue(2)
    window.close_tab(window.tabs.indexOf(tab))  # before the options settle
    qtbot.wait(400)
    assert window.worker.pool.waitForDone(WAIT_MS)
    assert ran == []
    assert not window.worker.is_busy()


def test_the_length_box_says_its_range_and_clamps_visibly(qtbot):
    from reader.gui.settings_table import COUNT
    from reader.gui.summary_panel import SummaryPanel

    panel = SummaryPanel("lead", 0)
    qtbot.addWidget(panel)
    panel.show()
    box = panel.length
    assert f"to {COUNT.high} sentences" in box.toolTip()
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, "99")
    assert box.lineEdit().text().startswith("99")  # typed as it was, not cut to "9"
    qtbot.keyClick(box, Qt.Key.Key_Return)  # or leaving the box
    assert box.value() == COUNT.high
    assert box.lineEdit().text() == f"{COUNT.high} sentences"
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, "7")
    box.interpretText()
    assert box.value() == 7


def test_a_short_article_says_how_many_sentences_it_shows(qtbot):
    from gui_helpers import paragraphs_analysis

    from reader.gui.summary_panel import SummaryPanel

    panel = SummaryPanel("lead", 9)
    qtbot.addWidget(panel)
    three = paragraphs_analysis(["One here.", "Two here.", "Three here."], summary=(0, 1, 2))
    panel.show_analysis(three)
    assert panel.note.text().startswith("Showing 3 sentences, not 9")
    assert not panel.note.isHidden()
    panel.length.setValue(2)
    two = paragraphs_analysis(["One here.", "Two here.", "Three here."], summary=(0, 1))
    panel.show_analysis(two)
    assert panel.note.isHidden()
