"""Opening articles: the dialog path, drops, tabs, errors, recent files, closing mid-analysis."""

from __future__ import annotations

import os
import threading
import time
import warnings
from pathlib import Path

from gui_helpers import WAIT_MS, open_and_wait
from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import QApplication, QProgressBar

from reader.gui import dialogs, worker
from reader.gui.article_highlights import SPEAKER_PROPERTY, SUMMARY_PROPERTY
from reader.gui.article_tab import CONTENT, ERROR, LOADING
from reader.gui.main_window import MainWindow


def test_open_through_the_dialog_path(window, qtbot, gui_files, monkeypatch):
    path = gui_files / "harbour.txt"
    asked = []

    def fake_dialog(parent, folder):
        asked.append(folder)
        return [path]

    monkeypatch.setattr(dialogs, "get_open_paths", fake_dialog)
    with qtbot.waitSignal(window.analysis_ready, timeout=WAIT_MS) as blocker:
        window.act_open.trigger()
    tab = blocker.args[0]
    assert asked, "the open action must go through the dialog function"
    assert tab.page == CONTENT
    analysis = tab.analysis
    assert analysis.title == "Harbour town votes to keep its ferry"
    assert window.tabs.tabText(window.tabs.indexOf(tab)).startswith("Harbour town")
    assert "Harbour town" in window.windowTitle()
    # highlights in the document at the spans the analysis reports
    view = tab.view
    assert analysis.speakers and analysis.summary.sentences
    for number, speaker in enumerate(analysis.speakers):
        for start, end in speaker.mentions:
            assert view.cursor_for((start, end)).selectedText() == analysis.text[start:end]
            fmt = view.format_at(start)
            assert fmt.property(SPEAKER_PROPERTY) == number
            assert fmt.background().color() == QColor(window.colors.speakers[number])
    for rank, index in enumerate(analysis.summary.sentences):
        start, end = analysis.sentences[index]
        assert view.format_at(end - 1).property(SUMMARY_PROPERTY) == rank
    # the removed teaser lines are noted at the end, not in the text
    assert analysis.removed_lines
    assert f"{len(analysis.removed_lines)} teaser lines removed" in view.document().toPlainText()
    assert all(line not in analysis.text for line in analysis.removed_lines)


def _drop(window, paths: list[Path], target=None) -> None:
    """What a drag from a file manager delivers: a drag-enter, then the drop."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # PySide marks the QPoint overload
        enter = QDragEnterEvent(
            QPoint(50, 50),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    target = target or window
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPoint(50, 50).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, event)


def test_dropping_files_opens_each_in_a_tab(window, qtbot, gui_files):
    paths = [gui_files / "harbour.txt", gui_files / "emoji.txt"]
    with qtbot.waitSignals([window.analysis_ready] * 2, timeout=WAIT_MS):
        _drop(window, paths)
    assert [t.path for t in window.article_tabs] == paths
    assert all(t.page == CONTENT for t in window.article_tabs)
    emoji_tab = window.article_tabs[1]
    analysis = emoji_tab.analysis
    for speaker in analysis.speakers:
        for start, end in speaker.mentions:
            assert (
                emoji_tab.view.cursor_for((start, end)).selectedText() == (analysis.text[start:end])
            )


def test_dropping_on_the_article_text_opens_a_new_tab(window, qtbot, gui_files):
    tab = open_and_wait(qtbot, window, gui_files / "harbour.txt")
    with qtbot.waitSignal(window.analysis_ready, timeout=WAIT_MS):
        _drop(window, [gui_files / "emoji.txt"], target=tab.view.viewport())
    assert [t.path.name for t in window.article_tabs] == ["harbour.txt", "emoji.txt"]
    body = tab.analysis.text[tab.analysis.title_span[1] :]
    assert body.lstrip().startswith("The council")  # the article text is unchanged


def test_headline_in_the_text_is_the_heading_and_spans_still_map(window, qtbot, gui_files):
    tab = open_and_wait(qtbot, window, gui_files / "harbour.txt")
    analysis, view = tab.analysis, tab.view
    assert analysis.title_span == (0, len(analysis.title))
    # shown once, as the heading: the document opens with it, and it is not repeated
    assert view.document().firstBlock().text() == analysis.title
    assert view.toPlainText().count(analysis.title) == 1
    heading, body = view.format_at(0), view.format_at(analysis.sentences[1][0])
    assert heading.fontWeight() == QFont.Weight.Bold
    assert heading.fontPointSize() > body.fontPointSize()
    for start, end in analysis.sentences:
        assert view.cursor_for((start, end)).selectedText() == analysis.text[start:end]
    for speaker in analysis.speakers:
        for start, end in speaker.mentions:
            assert view.cursor_for((start, end)).selectedText() == analysis.text[start:end]
    assert 0 not in analysis.summary.sentences  # the headline is never a summary sentence


def test_opening_an_open_file_switches_to_its_tab(window, qtbot, gui_files):
    first = open_and_wait(qtbot, window, gui_files / "harbour.txt")
    open_and_wait(qtbot, window, gui_files / "emoji.txt")
    again = window.open_paths([gui_files / "harbour.txt"])
    assert again == [first]
    assert len(window.article_tabs) == 2
    assert window.current_tab() is first


def test_errors_show_in_the_tab_and_the_app_keeps_working(window, qtbot, gui_files, tmp_path):
    cases = {
        gui_files / "empty.txt": "empty",
        gui_files / "picture.png": "image",
        tmp_path / "missing.txt": "missing.txt",
        tmp_path: "folder",
    }
    for path, words in cases.items():
        with qtbot.waitSignal(window.analysis_failed, timeout=WAIT_MS) as blocker:
            window.open_paths([path])
        tab, message = blocker.args
        assert tab.page == ERROR
        assert words in message.lower()
        assert "Traceback" not in message
        assert tab.error_label.text() == message
    tab = open_and_wait(qtbot, window, gui_files / "harbour.txt")
    assert tab.page == CONTENT


def test_retry_after_the_file_appears(window, qtbot, tmp_path, gui_files):
    path = tmp_path / "later.txt"
    with qtbot.waitSignal(window.analysis_failed, timeout=WAIT_MS) as blocker:
        window.open_paths([path])
    tab = blocker.args[0]
    path.write_text((gui_files / "harbour.txt").read_text(encoding="utf-8"), encoding="utf-8")
    with qtbot.waitSignal(window.analysis_ready, timeout=WAIT_MS):
        tab.retry_requested.emit()
    assert tab.page == CONTENT


def test_an_exception_in_the_worker_shows_a_message(window, qtbot, gui_files, monkeypatch):
    def broken(path, algorithm, count):
        raise RuntimeError("boom")

    monkeypatch.setattr(worker, "analyze_path", broken)
    with qtbot.waitSignal(window.analysis_failed, timeout=WAIT_MS) as blocker:
        window.open_paths([gui_files / "harbour.txt"])
    tab, message = blocker.args
    assert tab.page == ERROR
    assert "internal problem" in message and "RuntimeError" in message
    assert "boom" not in message
    monkeypatch.undo()
    other = open_and_wait(qtbot, window, gui_files / "emoji.txt")
    assert other.page == CONTENT


def test_a_slow_first_file_lands_in_its_own_tab(window, qtbot, gui_files, monkeypatch):
    real = worker.analyze_path
    release = threading.Event()
    slow_name = "harbour.txt"

    def slowed(path, algorithm, count):
        if Path(path).name == slow_name:
            release.wait(WAIT_MS / 1000)
        return real(path, algorithm, count)

    monkeypatch.setattr(worker, "analyze_path", slowed)
    window.open_paths([gui_files / slow_name])
    with qtbot.waitSignal(window.analysis_ready, timeout=WAIT_MS) as fast:
        window.open_paths([gui_files / "emoji.txt"])
    assert fast.args[0].path.name == "emoji.txt"
    with qtbot.waitSignal(window.analysis_ready, timeout=WAIT_MS) as slow:
        release.set()
    first, second = window.article_tabs
    assert slow.args[0] is first
    assert first.analysis.title.startswith("Harbour town")
    assert second.analysis.title.startswith("Rain")
    assert first.analysis.source.endswith(slow_name)


def test_closing_a_tab_mid_analysis_drops_its_result(window, qtbot, gui_files, monkeypatch):
    real = worker.analyze_path
    release = threading.Event()

    def slowed(path, algorithm, count):
        release.wait(WAIT_MS / 1000)
        return real(path, algorithm, count)

    monkeypatch.setattr(worker, "analyze_path", slowed)
    (tab,) = window.open_paths([gui_files / "harbour.txt"])
    assert window.worker.is_busy() and tab.page == LOADING
    # one progress bar at a time: the loading page's, not also the status bar's
    loading_bars = [b for b in tab.findChildren(QProgressBar) if b.isVisibleTo(window)]
    assert len(loading_bars) == 1
    assert not window.busy.isVisibleTo(window)
    window.close_current_tab()
    assert window.article_tabs == []
    assert not window.busy.isVisibleTo(window)
    results = []
    window.analysis_ready.connect(results.append)
    release.set()
    window.worker.pool.waitForDone(WAIT_MS)
    qtbot.wait(50)
    assert results == []


def test_closing_the_window_mid_analysis_is_clean(qtbot, gui_files, monkeypatch):
    real = worker.analyze_path
    release = threading.Event()

    def slowed(path, algorithm, count):
        release.wait(WAIT_MS / 1000)
        return real(path, algorithm, count)

    monkeypatch.setattr(worker, "analyze_path", slowed)
    win = MainWindow()
    win.show()
    win.open_paths([gui_files / "harbour.txt"])
    win.close()
    release.set()
    assert win.worker.pool.waitForDone(WAIT_MS)
    qtbot.wait(50)  # the late result reaches a closed window and is dropped
    assert not win.analyses._requests
    win.deleteLater()
    qtbot.wait(10)


def test_welcome_article_shows_summary_speakers_and_removed_teasers(window, qtbot):
    with qtbot.waitSignal(window.analysis_ready, timeout=WAIT_MS) as blocker:
        window.open_welcome()
    analysis = blocker.args[0].analysis
    assert analysis.title.startswith("Reader")
    assert len(analysis.speakers) >= 2
    assert len(analysis.summary.sentences) >= 2
    assert len(analysis.removed_lines) >= 2
    assert window.settings.recent_files == []  # Reader's own file is not "recent"


def test_a_relative_path_is_opened_as_an_absolute_one(
    window, qtbot, gui_files, tmp_path, monkeypatch
):
    monkeypatch.chdir(gui_files)
    tab = open_and_wait(qtbot, window, Path("harbour.txt"))
    full = gui_files / "harbour.txt"
    assert tab.path == full and tab.path.is_absolute()
    assert tab.analysis.source == str(full)
    assert str(full) in window.tabs.tabToolTip(window.tabs.indexOf(tab))
    assert window.settings.recent_files == [str(full)]
    proposed = []
    monkeypatch.setattr(dialogs, "get_save_path", lambda parent, p: proposed.append(p))
    window.act_save.trigger()
    assert proposed and proposed[0].parent == gui_files
    # a later session started in another folder still finds it
    monkeypatch.chdir(tmp_path)
    window.close_tab(window.tabs.indexOf(tab))
    window.settings.add_recent("page1.html")  # as older versions saved it: never listed
    window.fill_recent_menu()
    entries = [a for a in window.recent_menu.actions() if a.toolTip().endswith((".txt", ".html"))]
    assert [a.toolTip() for a in entries] == [str(full)]
    assert entries[0].isEnabled()


def test_the_event_loop_runs_while_a_busy_analysis_holds_the_cpu(
    window, qtbot, gui_files, monkeypatch
):
    real = worker.analyze_path

    def busy(path, algorithm, count):
        deadline = time.perf_counter() + 0.6
        n = 0
        while time.perf_counter() < deadline:  # pure-Python work, like the summarisers
            n += 1
        return real(path, algorithm, count)

    monkeypatch.setattr(worker, "analyze_path", busy)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(window.current_tab().page))
    timer.start(20)
    with qtbot.waitSignal(window.analysis_ready, timeout=WAIT_MS):
        window.open_paths([gui_files / "harbour.txt"])
    timer.stop()
    assert ticks.count(LOADING) >= 3, "the window must keep handling events during analysis"


def test_following_the_system_colour_scheme(window, qtbot, gui_files, monkeypatch):
    from reader.gui import theme

    tab = open_and_wait(qtbot, window, gui_files / "harbour.txt")
    window.set_theme("system")
    monkeypatch.setattr(theme, "system_is_dark", lambda: True)
    window.on_system_scheme_changed()
    assert window.colors is theme.DARK
    assert tab.view.palette().base().color().name() == theme.DARK.paper
    window.set_theme("light")  # a manual choice wins over the system
    window.on_system_scheme_changed()
    assert window.colors is theme.LIGHT


def test_a_symlink_loop_opens_as_an_error_tab_and_the_app_keeps_working(
    window, qtbot, gui_files, tmp_path, monkeypatch
):
    open_and_wait(qtbot, window, gui_files / "harbour.txt")  # compared with the loop on open
    loop = tmp_path / "a.txt"
    os.symlink(tmp_path / "b.txt", loop)
    os.symlink(loop, tmp_path / "b.txt")
    with qtbot.waitSignal(window.analysis_failed, timeout=WAIT_MS) as blocker:
        window.open_paths([loop])
    tab, message = blocker.args
    assert tab.page == ERROR
    assert window.current_tab() is tab
    assert "Traceback" not in message and "Symlink" not in message

    asked = []

    def fake_dialog(parent, folder):
        asked.append(folder)
        return [gui_files / "emoji.txt"]

    monkeypatch.setattr(dialogs, "get_open_paths", fake_dialog)
    with qtbot.waitSignal(window.analysis_ready, timeout=WAIT_MS) as ready:
        window.act_open.trigger()  # from the error tab: its folder is offered
    assert asked == [str(tmp_path)]
    assert ready.args[0].page == CONTENT
    assert ready.args[0].path.name == "emoji.txt"


def test_closing_the_window_takes_queued_analyses_off_the_pool(
    qtbot, gui_files, monkeypatch, tmp_path
):
    release = threading.Event()
    ran = []

    def slowed(path, algorithm, count):
        ran.append(path)
        release.wait(WAIT_MS / 1000)
        raise RuntimeError("never shown: the window is closed")

    monkeypatch.setattr(worker, "analyze_path", slowed)
    win = MainWindow()
    win.show()
    threads = win.worker.pool.maxThreadCount()
    text = (gui_files / "harbour.txt").read_text(encoding="utf-8")
    paths = [tmp_path / f"article-{n}.txt" for n in range(threads + 3)]
    for path in paths:
        path.write_text(text, encoding="utf-8")
    win.open_paths(paths)
    qtbot.waitUntil(lambda: len(ran) == threads, timeout=WAIT_MS)
    win.close()
    release.set()
    assert win.worker.pool.waitForDone(WAIT_MS)
    qtbot.wait(20)
    assert len(ran) == threads  # the queued ones were dropped, not run after the close
    win.deleteLater()
    qtbot.wait(10)
