"""Paste and drop: the clipboard's HTML or text, or a text dragged from a page, as a new tab."""

from __future__ import annotations

import warnings
from pathlib import Path

from gui_helpers import WAIT_MS
from PySide6.QtCore import QMimeData, QPoint, QStandardPaths, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from reader.gui import dialogs
from reader.gui.article_tab import CONTENT

PAGES = Path(__file__).parents[1] / "_files" / "cleaning" / "pages"
HEADLINE = "Harbour ferry returns after winter repairs"
SELECTION_HTML = (
    "<meta charset='utf-8'><h1>Harbour ferry returns after winter repairs</h1>"
    "<p>The small ferry that links the old harbour with the island of Skerry returned to "
    "service on Monday after four months in the boatyard.</p>"
    "<p>Engineers replaced both engines and rebuilt the wheelhouse, which had leaked since a "
    "storm damaged its roof two winters ago, the harbour trust said on Monday.</p>"
    '<p>"The bus around the bay takes an hour and a half," said Tom Reilly, who works at the '
    'island\'s fish market. "The ferry takes twelve minutes."</p>'
)
SELECTION_TEXT = (
    f"{HEADLINE}\n\nThe small ferry that links the old harbour with the island of Skerry "
    "returned to service on Monday after four months in the boatyard.\n"
)


def _clipboard(html: str = "", text: str = "") -> None:
    mime = QMimeData()
    if html:
        mime.setHtml(html)
    if text:
        mime.setText(text)
    QApplication.clipboard().setMimeData(mime)


def _paste(window, qtbot):
    with qtbot.waitSignal(window.analysis_ready, timeout=WAIT_MS) as blocker:
        window.act_paste.trigger()
    return blocker.args[0]


def test_paste_opens_the_clipboards_html_as_a_web_page(window, qtbot) -> None:
    _clipboard(html=SELECTION_HTML, text="a plain-text flavour that must not be used")
    tab = _paste(window, qtbot)
    assert tab.page == CONTENT
    assert tab.pasted is not None
    assert tab.analysis.format == "html"
    assert tab.analysis.title == HEADLINE
    assert "Tom Reilly" in tab.analysis.text
    assert "plain-text flavour" not in tab.analysis.text
    assert window.tabs.tabText(window.tabs.indexOf(tab)) == HEADLINE


def test_paste_of_plain_text_goes_through_the_same_cleaning(window, qtbot) -> None:
    page = (PAGES / "comments.txt").read_text("utf-8")
    _clipboard(text=page)
    tab = _paste(window, qtbot)
    analysis = tab.analysis
    assert analysis.title == "Council approves new cycle lanes on Mill Road"
    assert "Another war on motorists" not in analysis.text  # a comment under the article
    assert analysis.clutter_lines
    note = f"{len(analysis.clutter_lines)} lines of page clutter removed"
    assert note in tab.view.document().toPlainText()
    # pasted articles are not files: not in the recent list
    assert window.settings.recent_files == []


def test_ctrl_v_pastes_an_article_when_no_text_field_has_the_focus(window, qtbot) -> None:
    _clipboard(text=SELECTION_TEXT)
    window.activateWindow()
    window.setFocus()
    with qtbot.waitSignal(window.analysis_ready, timeout=WAIT_MS) as blocker:
        qtbot.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args[0].analysis.title == HEADLINE


def test_ctrl_v_in_the_find_field_pastes_into_the_field(window, qtbot) -> None:
    _clipboard(text=SELECTION_TEXT)
    tab = _paste(window, qtbot)
    _clipboard(text="ferry")
    window.open_find()
    field = tab.find_bar.field
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=WAIT_MS)
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == "ferry"
    qtbot.wait(200)
    assert len(window.article_tabs) == 1


def test_an_empty_clipboard_says_so_and_opens_nothing(window, qtbot) -> None:
    _clipboard(text="  \n ")
    assert window.paste_article() is None
    assert window.article_tabs == []
    assert "no text" in window.statusBar().currentMessage()


def _drop_text(window, html: str = "", text: str = "") -> None:
    mime = QMimeData()
    if html:
        mime.setHtml(html)
    if text:
        mime.setText(text)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            QPoint(50, 50),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPoint(50, 50).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)


def test_dropping_text_from_a_page_opens_it_as_an_article(window, qtbot) -> None:
    with qtbot.waitSignal(window.analysis_ready, timeout=WAIT_MS) as blocker:
        _drop_text(window, text=SELECTION_TEXT)
    tab = blocker.args[0]
    assert tab.analysis.title == HEADLINE
    assert tab.analysis.text.startswith(HEADLINE)


def test_dropping_html_opens_it_through_the_web_page_path(window, qtbot) -> None:
    with qtbot.waitSignal(window.analysis_ready, timeout=WAIT_MS) as blocker:
        _drop_text(window, html=SELECTION_HTML)
    assert blocker.args[0].analysis.format == "html"


def test_saving_a_pasted_articles_summary_proposes_its_title_in_documents(
    window, qtbot, monkeypatch
) -> None:
    _clipboard(html=SELECTION_HTML)
    _paste(window, qtbot)
    proposed: list[Path] = []
    monkeypatch.setattr(dialogs, "get_save_path", lambda parent, path: proposed.append(path))
    window.save_summary()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    expected = Path(documents) if Path(documents).is_dir() else Path.home()  # none: home
    assert proposed and proposed[0].parent == expected
    assert proposed[0].name.startswith(HEADLINE)


def _paste_and_keep(window, qtbot):
    """Paste the selection's HTML; wait until its tab is shown and its file kept."""
    with qtbot.waitSignal(window.pasted_kept, timeout=WAIT_MS) as kept:
        tab = _paste(window, qtbot)
    return tab, kept.args[1]


def test_a_pasted_article_is_kept_as_a_file_in_the_library(
    window, qtbot, library_folder: Path, monkeypatch
) -> None:
    window.start_library()
    _clipboard(html=SELECTION_HTML)
    tab, path = _paste_and_keep(window, qtbot)
    assert path.parent == library_folder / "Pasted articles"
    assert path.name.endswith(f" {HEADLINE}.txt") and path.name[:4].isdigit()
    kept = path.read_text("utf-8")
    assert kept.startswith(f"---\ntitle: {HEADLINE}\n") and "Tom Reilly" in kept
    assert "\n---\n\nThe small ferry" in kept
    assert str(path.parent) in window.statusBar().currentMessage()
    # the tab now shows that file, as a tab opened from the library does
    assert tab.pasted is None and tab.path == path
    assert str(path) in window.tabs.tabToolTip(window.tabs.indexOf(tab))
    view = window.library_view
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=WAIT_MS)
    row = view.model.rows[0]
    assert (row.title, row.path) == (HEADLINE, str(path))
    # its summary is proposed in Documents, not in Reader's own folder
    proposed: list[Path] = []
    monkeypatch.setattr(dialogs, "get_save_path", lambda parent, p: proposed.append(p))
    window.save_summary()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    expected = Path(documents) if Path(documents).is_dir() else Path.home()  # none: home
    assert proposed and proposed[0].parent == expected
    # pasted again: the same file, no copy; opening it from the library goes to its tab
    _, again = _paste_and_keep(window, qtbot)
    assert again == path and len(list(path.parent.iterdir())) == 1
    count = len(window.article_tabs)
    opened = window.open_paths([path])[0]
    assert opened.path == path and len(window.article_tabs) == count


def test_a_kept_paste_comes_back_after_a_restart(window, qtbot, library_folder: Path) -> None:
    from reader.gui.main_window import MainWindow

    _clipboard(text=(PAGES / "comments.txt").read_text("utf-8"))
    _, path = _paste_and_keep(window, qtbot)
    window.close()  # the window's library is closed; a new window reads it again
    later = MainWindow()
    qtbot.addWidget(later)
    try:
        later.start_library()
        rows = later.library_view.model.rows
        assert [(r.title, r.path, r.author) for r in rows] == [
            ("Council approves new cycle lanes on Mill Road", str(path), "Priya Sandhu")
        ]
        with qtbot.waitSignal(later.analysis_ready, timeout=WAIT_MS) as blocker:
            later.library_view.open_requested.emit(str(path))
        tab = blocker.args[0]
        assert tab.analysis.title == "Council approves new cycle lanes on Mill Road"
        assert "Another war on motorists" not in tab.analysis.text
    finally:
        later.close()


def test_a_paste_that_cannot_be_kept_says_why_and_stays_open(
    window, qtbot, library_folder: Path
) -> None:
    library_folder.mkdir(parents=True, exist_ok=True)
    (library_folder / "Pasted articles").write_text("a file where the folder would be", "utf-8")
    _clipboard(html=SELECTION_HTML)
    tab = _paste(window, qtbot)
    qtbot.waitUntil(lambda: window.message_bar.kind == "error", timeout=WAIT_MS)
    assert "Could not keep the pasted article" in window.message_bar.text
    assert tab.pasted is not None and tab.analysis.title == HEADLINE  # still readable


def test_the_window_and_the_library_call_an_untitled_paste_alike() -> None:
    # a paste without a headline is titled so by the window; the kept file is then named
    # after its first words, not "Pasted article" (reader/library/pasted.py)
    from reader.gui.worker import PASTED_NAME
    from reader.library.pasted import UNTITLED

    assert UNTITLED == PASTED_NAME


def _source_line(tab) -> str:
    """The line under the headline: where the article comes from, its language and length."""
    return tab.view.document().toPlainText().split("\n")[1]


def test_a_kept_paste_is_in_open_recent_under_its_headline(window, qtbot) -> None:
    window.start_library()
    _clipboard(html=SELECTION_HTML)
    tab, path = _paste_and_keep(window, qtbot)
    assert window.settings.recent_files == [str(path)]
    window.fill_recent_menu()
    action = window.recent_menu.actions()[0]
    assert action.text() == HEADLINE  # not "2026-… Harbour ferry….txt"
    assert "Pasted on" in action.toolTip() and str(path) in action.toolTip()
    # closed, then chosen from the menu: it opens again as the paste it was
    window.close_tab(window.tabs.indexOf(tab))
    with qtbot.waitSignal(window.analysis_ready, timeout=WAIT_MS) as blocker:
        action.trigger()
    again = blocker.args[0]
    assert again.path == path and again.analysis.title == HEADLINE
    assert window.tabs.tabText(window.tabs.indexOf(again)) == HEADLINE


def test_a_reopened_paste_has_the_source_line_it_had_when_pasted(window, qtbot) -> None:
    from datetime import date

    from reader.readable import readable_date

    window.start_library()
    for html, text in ((SELECTION_HTML, ""), ("", (PAGES / "comments.txt").read_text("utf-8"))):
        _clipboard(html=html, text=text)
        tab, path = _paste_and_keep(window, qtbot)
        first = _source_line(tab)
        assert first.startswith(f"Pasted on {readable_date(date.today().isoformat())}"), first
        window.close_tab(window.tabs.indexOf(tab))
        with qtbot.waitSignal(window.analysis_ready, timeout=WAIT_MS) as blocker:
            window.open_paths([path])
        again = blocker.args[0]
        # the same, its length too (a headline that was not part of the text is not counted),
        # and no note about page clutter the kept file never held
        assert _source_line(again) == first
        assert path.name not in _source_line(again)
        assert again.title == tab.title
        assert again.analysis.text == tab.analysis.text
        assert "page clutter" not in again.view.document().toPlainText()
        window.close_tab(window.tabs.indexOf(again))


def test_a_file_that_only_looks_like_a_paste_keeps_its_own_source_line(
    window, qtbot, tmp_path
) -> None:
    from gui_helpers import open_and_wait

    path = tmp_path / "2024-06-21 Harbour ferry returns.txt"  # not in the library's folder
    path.write_text(SELECTION_TEXT, encoding="utf-8")
    tab = open_and_wait(qtbot, window, path)
    assert tab.pasted_on is None and "Pasted on" not in _source_line(tab)


def test_a_paste_without_a_headline_is_called_alike_when_reopened(window, qtbot) -> None:
    window.start_library()
    _clipboard(
        text="the council said on monday that the new lanes would open in june, after a year "
        "of work on the road.\n\nresidents had asked for safer crossings near the school for "
        "many years, she said.\n"
    )
    tab, path = _paste_and_keep(window, qtbot)
    first = (tab.title, tab.view.document().toPlainText().split("\n")[0], _source_line(tab))
    window.close_tab(window.tabs.indexOf(tab))
    with qtbot.waitSignal(window.analysis_ready, timeout=WAIT_MS) as blocker:
        window.open_paths([path])
    again = blocker.args[0]
    assert first[0] == "Pasted article"
    assert (again.title, again.view.document().toPlainText().split("\n")[0]) == first[:2]
    assert _source_line(again) == first[2] and not again.view.title_is_file_name
    # in Open Recent, where many pastes would all be "Pasted article": its first words
    window.fill_recent_menu()
    label = window.recent_menu.actions()[0].text()
    assert label.startswith("the council said on monday") and not label[:4].isdigit()
