"""The library in the window: the home tab, search as you type, filters, People, adding a
folder in the background, and reading positions restored."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from gui_helpers import LIBRARY_FILES, WAIT_MS, open_and_wait
from PySide6.QtCore import Qt

from reader.gui import library_dialogs
from reader.gui.library_models import PATH_ROLE, ROW_ROLE, SNIPPET_ROLE
from reader.library.indexing import index
from reader.library.store import Library


@pytest.fixture
def filled(window, articles: Path):
    """The window with the four library fixture articles in its library."""
    with Library() as library:
        index(library, [articles], jobs=1)
    window.library_view.reload()
    return window


def _titles(view) -> list[str]:
    return [view.model.rows[i].title.split()[0] for i in range(view.model.rowCount())]


def test_the_library_is_the_first_tab_and_stays(window) -> None:
    window.start_library()
    assert window.library_view.parent() is window.tabs.widget(0)
    assert window.tabs.tabText(0) == "Library"
    window.close_tab(0)
    assert window.tabs.widget(0) is window.home
    assert window.library_view.pages.currentIndex() == 1  # the empty library's page


def test_articles_newest_first_and_sorted(filled) -> None:
    view = filled.library_view
    assert view.model.rowCount() == 4 and view.status.text() == "4 articles"
    view.sort.setCurrentIndex([label for label, _ in view_sorts()].index("Title"))
    assert _titles(view) == ["A", "Ferry", "Stadtrat", "Valley"]


def view_sorts():
    from reader.gui.library_view import SORTS

    return SORTS


def test_search_as_you_type_with_snippets(filled, qtbot) -> None:
    view = filled.library_view
    qtbot.keyClicks(view.search, "sheep gra")  # the last word is still being typed
    qtbot.waitUntil(lambda: view.model.searching, timeout=WAIT_MS)
    assert _titles(view) == ["Valley"]
    snippet, matches = view.model.index(0).data(SNIPPET_ROLE)
    assert [snippet[a:b] for a, b in matches] == ["sheep", "graze"]
    assert view.status.text() == "1 article matches"
    assert view.sort.currentText() == "Best match"
    view.search.clear()
    qtbot.waitUntil(lambda: not view.model.searching, timeout=WAIT_MS)
    assert view.model.rowCount() == 4 and view.sort.currentText() == "Newest first"


def test_a_search_that_finds_nothing_says_so(filled, qtbot) -> None:
    view = filled.library_view
    qtbot.keyClicks(view.search, "volcano")
    qtbot.waitUntil(lambda: view.status.text() == "No article matches.", timeout=WAIT_MS)
    assert view.model.rowCount() == 0


def _choose(combo, text: str) -> None:
    index = next(i for i in range(combo.count()) if combo.itemText(i).startswith(text))
    combo.setCurrentIndex(index)


def test_filters_by_site_language_speaker_and_read_state(filled, qtbot, articles) -> None:
    view = filled.library_view
    _choose(view.site, "Valley Courier")
    assert _titles(view) == ["Valley"] and view.status.text() == "1 article of 4"
    _choose(view.site, "All sites")
    _choose(view.language, "German")
    assert _titles(view) == ["Stadtrat"]
    _choose(view.language, "All languages")
    view.speaker.setText("Okafor")
    view.refresh()
    assert sorted(_titles(view)) == ["A", "Ferry"]
    view.speaker.setText("")
    view.refresh()
    with Library() as library:
        library.mark_opened(str(articles / "stadtrat.txt"))
    _choose(view.read_state, "Read")
    assert _titles(view) == ["Stadtrat"]
    _choose(view.read_state, "Unread")
    assert sorted(_titles(view)) == ["A", "Ferry", "Valley"]


def test_the_person_filter_filters_as_you_type(filled, qtbot) -> None:
    view = filled.library_view
    qtbot.keyClicks(view.speaker, "Okafor")  # no Enter: the list follows the typing
    qtbot.waitUntil(lambda: sorted(_titles(view)) == ["A", "Ferry"], timeout=WAIT_MS)
    view.speaker.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == 4, timeout=WAIT_MS)


def test_down_in_the_search_goes_to_the_results(filled, qtbot) -> None:
    view = filled.library_view
    filled.show()
    view.search.setFocus()
    qtbot.keyClicks(view.search, "ferry")
    qtbot.keyClick(view.search, Qt.Key.Key_Down)  # before the typing pause: searched at once
    assert _titles(view) == ["Ferry"]
    assert view.list.currentIndex().row() == 0
    qtbot.waitUntil(view.list.hasFocus, timeout=WAIT_MS)


def test_enter_in_the_search_opens_the_first_result(filled, qtbot) -> None:
    view = filled.library_view
    opened: list[str] = []
    view.open_requested.connect(opened.append)
    qtbot.keyClicks(view.search, "sheep")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert _titles(view) == ["Valley"]
    assert opened == [view.model.index(0).data(PATH_ROLE)]  # the one result: the Valley article
    view.search.clear()
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert len(opened) == 2  # an empty search opens the first (newest) article


def test_people_and_what_they_said(filled, qtbot, articles) -> None:
    view = filled.library_view
    view.people_button.click()
    people = view.people.people_model.people
    assert {p.name: p.articles for p in people} == {
        "Maria Okafor": 2,
        "Priya Raman": 2,
        "Tom Hale": 2,
        "Jonas Weber": 1,
    }
    assert view.status.text() == "4 people quoted"
    row = next(i for i, p in enumerate(people) if p.name == "Maria Okafor")
    index = view.people.people_model.index(row)
    rect = view.people.people.visualRect(index)
    qtbot.mouseClick(view.people.people.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    quotes = view.people.quotes_model.quotes
    assert sorted(q.article.title.split()[0] for q in quotes) == ["A", "Ferry"]
    ferry = next(q for q in quotes if q.article.title.startswith("Ferry"))
    assert ferry.statements[0].text.startswith('"Nobody wants to strand a nurse')
    assert view.people.heading.text() == "Maria Okafor — quoted in 2 articles"
    # typing filters the people by name; the articles' search is kept for later
    qtbot.keyClicks(view.search, "ram")
    qtbot.waitUntil(lambda: len(view.people.people_model.people) == 1, timeout=WAIT_MS)
    view.articles_button.click()
    assert view.search.text() == "" and view.model.rowCount() == 4


def test_a_statement_opens_its_article_marked(filled, qtbot, articles) -> None:
    view = filled.library_view
    view.people_button.click()
    assert view.people.choose("jonas weber")
    index = view.people.quotes_model.index(0)
    quoted = index.data(ROW_ROLE)
    with qtbot.waitSignal(filled.analysis_ready, timeout=WAIT_MS) as blocker:
        view.people.quotes.activated.emit(index)
    tab = blocker.args[0]
    start, end = quoted.statements[0].span
    assert tab.path == articles / "stadtrat.txt"
    assert tab.view.marked == (start, end)
    assert tab.analysis.text[start:end] == quoted.statements[0].text.replace(" ", " ")


def test_a_double_click_opens_the_statement_under_it(filled, qtbot, articles) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QStyleOptionViewItem

    view = filled.library_view
    view.people_button.click()
    assert view.people.choose("jonas weber")
    quotes = view.people.quotes
    index = view.people.quotes_model.index(0)
    quoted = index.data(ROW_ROLE)
    assert len(quoted.statements) == 2
    option = QStyleOptionViewItem()
    option.rect, option.font = quotes.visualRect(index), quotes.font()
    found = [
        view.people.quotes_delegate.statement_at(option, quoted, y)
        for y in range(option.rect.top(), option.rect.bottom())
    ]
    assert found[0] is None  # the title
    numbers = [n for n in found if n is not None]
    assert numbers == sorted(numbers) and set(numbers) == {0, 1}  # top to bottom
    for number in (1, 0):
        y = option.rect.top() + found.index(number) + 2
        with qtbot.waitSignal(view.people.statement_requested, timeout=WAIT_MS) as blocker:
            qtbot.mouseClick(quotes.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(200, y))
            qtbot.mouseDClick(quotes.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(200, y))
        assert blocker.args == [str(articles / "stadtrat.txt"), *quoted.statements[number].span]
    tab = filled.tabs.currentWidget()
    qtbot.waitUntil(lambda: tab.analysis is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: tab.view.marked == quoted.statements[0].span, timeout=WAIT_MS)


def _long_article(folder: Path) -> Path:
    path = folder / "long.txt"
    paragraphs = [f"Paragraph {n} of the long report about the harbour." for n in range(300)]
    path.write_text("A long report\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


def _stored_position(path: Path) -> int:
    with Library() as library:
        row = library.article(str(path))
        return row.position if row else -1


def test_opening_from_the_library_restores_the_position(window, qtbot, tmp_path) -> None:
    path = _long_article(tmp_path)
    text = path.read_text(encoding="utf-8")
    with Library() as library:
        index(library, files=[path], jobs=1)
        library.set_position(str(path), text.index("Paragraph 150 "))
    view = window.library_view
    view.reload()
    with qtbot.waitSignal(window.analysis_ready, timeout=WAIT_MS) as blocker:
        view.list.activated.emit(view.model.index(0))
    tab = blocker.args[0]
    qtbot.waitUntil(lambda: tab.view.verticalScrollBar().value() > 0, timeout=WAIT_MS)
    top = tab.view.top_offset()
    shown = tab.analysis.text[top : top + 14]
    assert shown.startswith("Paragraph 15"), shown  # the paragraph read last, at the top
    # reading on, then closing: the new place is remembered
    bar = tab.view.verticalScrollBar()
    bar.setValue(bar.maximum() // 4)
    moved = tab.view.top_offset()
    window.close_tab(window.tabs.indexOf(tab))
    qtbot.waitUntil(lambda: _stored_position(path) == moved, timeout=WAIT_MS)
    assert moved != text.index("Paragraph 150 ")
    with Library() as library:
        assert library.article(str(path)).is_read


def test_every_opened_article_is_added(window, qtbot, gui_files) -> None:
    open_and_wait(qtbot, window, gui_files / "harbour.txt")
    qtbot.waitUntil(lambda: _stored_position(gui_files / "harbour.txt") == 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.library_view.model.rowCount() == 1, timeout=WAIT_MS)
    row = window.library_view.model.rows[0]
    assert row.path == str(gui_files / "harbour.txt") and row.is_read


def test_the_welcome_article_is_not_added(window, qtbot) -> None:
    with qtbot.waitSignal(window.analysis_ready, timeout=WAIT_MS):
        window.open_welcome()
    qtbot.wait(200)
    with Library() as library:
        assert library.count() == 0


def test_add_folder_in_the_background(window, qtbot, articles, monkeypatch) -> None:
    monkeypatch.setattr(library_dialogs, "ask_folder", lambda parent, start="": str(articles))
    (articles / "empty.txt").write_text("", encoding="utf-8")
    shown: list[bool] = []
    window.library.indexing_changed.connect(shown.append)
    with qtbot.waitSignal(window.library.indexed, timeout=WAIT_MS) as blocker:
        window.act_add_folder.trigger()
    report = blocker.args[0]
    assert report.added == 4 and len(report.failed) == 1
    assert shown[0] is True
    qtbot.waitUntil(lambda: shown[-1] is False, timeout=WAIT_MS)
    assert not window.indexing_status.isVisible()
    qtbot.waitUntil(lambda: window.library_view.model.rowCount() == 4, timeout=WAIT_MS)
    assert "Added 4 articles; 1 file could not be read." in window.message_bar.text
    assert window.library_view.problems.text() == "1 file could not be read"
    with Library() as library:
        assert library.folders() == [str(articles)]


def _folder_to_add(tmp_path: Path, monkeypatch, count: int) -> Path:
    """A folder of ``count`` different articles, the one Library ▸ Add Folder… will be given."""
    folder = tmp_path / "many"
    folder.mkdir()
    base = (LIBRARY_FILES / "ferry-strike.txt").read_text(encoding="utf-8")
    for n in range(count):
        (folder / f"{n:02d}.txt").write_text(f"{base}\nCrossing {n}.\n", encoding="utf-8")
    monkeypatch.setattr(library_dialogs, "ask_folder", lambda parent, start="": str(folder))
    return folder


def test_adding_can_be_cancelled(window, qtbot, tmp_path, monkeypatch) -> None:
    folder = _folder_to_add(tmp_path, monkeypatch, 30)

    def cancel_early(done: int, total: int, path: str) -> None:
        if done >= 1:
            window.indexing_status.cancel.click()

    window.library.progress.connect(cancel_early)
    with qtbot.waitSignal(window.library.indexed, timeout=WAIT_MS) as blocker:
        window.act_add_folder.trigger()
    report = blocker.args[0]
    assert report.cancelled and 1 <= report.added < 30
    assert window.message_bar.text.startswith("Stopped.")
    assert window.message_bar.text.endswith(f"{folder} is not watched.")


@pytest.mark.parametrize("remove", [True, False])
def test_cancelling_a_first_add_stops_watching_and_asks(
    window, qtbot, tmp_path, monkeypatch, remove: bool
) -> None:
    folder = _folder_to_add(tmp_path, monkeypatch, 30)
    asked: list[tuple[list[str], int]] = []

    def ask(parent, folders, count, answer) -> None:
        asked.append((folders, count))
        answer(remove)

    monkeypatch.setattr(library_dialogs, "ask_remove_added", ask)
    window.library.progress.connect(
        lambda done, total, path: window.indexing_status.cancel.click() if done >= 1 else None
    )
    with qtbot.waitSignal(window.library.indexed, timeout=WAIT_MS) as blocker:
        window.act_add_folder.trigger()
    report = blocker.args[0]
    assert asked == [([str(folder)], report.added)] and report.added >= 1
    with Library() as library:
        assert library.folders() == []  # not watched: Check Folders Now will not resume it
    expected = 0 if remove else report.added
    qtbot.waitUntil(lambda: _count_articles() == expected, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.library_view.model.rowCount() == expected, timeout=WAIT_MS)
    assert sorted(p.name for p in folder.iterdir())[0] == "00.txt"  # the files stay


def test_the_question_after_a_stopped_add_is_clear(qtbot) -> None:
    answers: list[bool] = []
    box = library_dialogs.ask_remove_added(None, ["/usr/share/doc"], 444, answers.append)
    qtbot.addWidget(box)
    assert "stopped adding “/usr/share/doc” and will not watch it" in box.text()
    assert "Remove the 444 articles added so far" in box.text()
    buttons = {b.text(): b for b in box.buttons()}
    assert set(buttons) == {"Remove 444 Articles", "Keep Them"}
    assert box.defaultButton() is buttons["Keep Them"]
    buttons["Remove 444 Articles"].click()
    assert answers == [True]


def test_a_watched_folder_picks_up_new_files(window, qtbot, articles, monkeypatch) -> None:
    monkeypatch.setattr(library_dialogs, "ask_folder", lambda parent, start="": str(articles))
    with qtbot.waitSignal(window.library.indexed, timeout=WAIT_MS):
        window.act_add_folder.trigger()
    qtbot.waitUntil(lambda: window.library_view.model.rowCount() == 4, timeout=WAIT_MS)
    shutil.copy(articles / "stadtrat.txt", articles / "stadtrat-2.txt")
    (articles / "ferry-strike.txt").unlink()
    qtbot.waitUntil(
        lambda: (
            sorted(Path(r.path).name for r in window.library_view.model.rows)
            == ["harbour-library.md", "solar-farm.html", "stadtrat-2.txt", "stadtrat.txt"]
        ),
        timeout=WAIT_MS,
    )


def test_watched_folders_can_be_removed(window, qtbot, articles, monkeypatch) -> None:
    from reader.gui.library_dialogs import WatchedFoldersDialog

    with Library() as library:
        index(library, [articles], jobs=1)
    window.manage_folders()
    dialog = window.findChild(WatchedFoldersDialog)
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [str(articles)]
    dialog.list.setCurrentRow(0)
    dialog.remove_button.click()
    dialog.reject()
    qtbot.waitUntil(lambda: _count_articles() == 0, timeout=WAIT_MS)
    assert sorted(p.name for p in articles.iterdir())[0] == "ferry-strike.txt"  # files stay


def _count_articles() -> int:
    with Library() as library:
        return library.count()


def test_a_long_list_is_read_as_it_is_scrolled(filled, monkeypatch) -> None:
    monkeypatch.setattr("reader.gui.library_view.PAGE", 3)
    view = filled.library_view
    view.refresh()
    assert view.model.rowCount() == 3 and view.model.canFetchMore()
    assert view.status.text() == "4 articles"
    view.model.fetchMore()
    assert view.model.rowCount() == 4 and not view.model.canFetchMore()
    assert len({r.id for r in view.model.rows}) == 4


def test_the_person_filter_completes_names(filled, qtbot) -> None:
    view = filled.library_view
    view.speaker.setFocus()
    view.speaker.fill()
    names = view.speaker.completer().model().stringList()
    assert set(names) == {"Maria Okafor", "Priya Raman", "Tom Hale", "Jonas Weber"}


def test_rows_take_the_width_of_the_list(window, qtbot, tmp_path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    base = (LIBRARY_FILES / "ferry-strike.txt").read_text(encoding="utf-8")
    for n in range(25):
        (folder / f"{n:02d}.txt").write_text(base.replace("Tuesday", f"day {n}"), "utf-8")
    shutil.copy(LIBRARY_FILES / "stadtrat.txt", folder)
    with Library() as library:
        index(library, [folder], jobs=1)
    view = window.library_view
    view.reload()
    # the list, one result (no scroll bar: the list is wider), then many results again
    for query, rows in (("", 26), ("radwege", 1), ("ferry", 25)):
        view.search.setText(query)
        view.refresh()
        assert view.model.rowCount() == rows, view.status.text()
        scrolls = rows > 1
        qtbot.waitUntil(
            lambda s=scrolls: view.list.verticalScrollBar().isVisible() == s, timeout=WAIT_MS
        )
        qtbot.wait(50)
        assert not view.list.horizontalScrollBar().isVisible()
        viewport = view.list.viewport()
        assert view.list.visualRect(view.model.index(0)).width() == viewport.width()


def test_the_list_fills_while_a_folder_is_added(window, qtbot, tmp_path, monkeypatch) -> None:
    import threading

    folder = tmp_path / "many"
    folder.mkdir()
    base = (LIBRARY_FILES / "ferry-strike.txt").read_text(encoding="utf-8")
    for n in range(12):
        (folder / f"{n:02d}.txt").write_text(base.replace("Tuesday", f"day {n}"), "utf-8")
    monkeypatch.setattr(library_dialogs, "ask_folder", lambda parent, start="": str(folder))
    monkeypatch.setattr("reader.gui.library_view.REFRESH_WHILE_INDEXING_MS", 50)
    view = window.library_view
    view.reload()
    go_on, paused = threading.Event(), []

    def pause(done: int, total: int, path: str) -> None:  # on the indexing thread
        if done >= 3 and not paused:
            paused.append(done)
            go_on.wait(WAIT_MS / 1000)

    window.library.progress.connect(pause, Qt.ConnectionType.DirectConnection)
    try:
        with qtbot.waitSignal(window.library.indexed, timeout=WAIT_MS):
            window.act_add_folder.trigger()
            qtbot.waitUntil(lambda: bool(paused), timeout=WAIT_MS)
            # the adding waits half-way: the articles added so far are listed already
            qtbot.waitUntil(lambda: view.model.rowCount() == paused[0], timeout=WAIT_MS)
            assert window.library.indexing
            view.list.setCurrentIndex(view.model.index(1))
            chosen = view.model.rows[1].id
            go_on.set()
    finally:
        go_on.set()
    qtbot.waitUntil(lambda: view.model.rowCount() == 12, timeout=WAIT_MS)
    assert view.list.currentIndex().data(ROW_ROLE).id == chosen  # still chosen


def test_articles_added_by_another_program_are_shown(window, qtbot, articles, monkeypatch):
    """`reader library add` in a terminal while the window is open: the view follows."""
    monkeypatch.setattr("reader.gui.library_service.EXTERNAL_CHECK_MS", 50)
    monkeypatch.setattr("reader.gui.library_indexing.START_DELAY_MS", 60_000)
    window.start_library()
    view = window.library_view
    assert view.model.rowCount() == 0
    with Library() as library:  # another process's connection, as the command line's
        index(library, [articles], jobs=1, watch=False)
    qtbot.waitUntil(lambda: view.model.rowCount() == 4, timeout=WAIT_MS)
    assert view.status.text() == "4 articles"
    assert not window.library.check_external_changes()  # seen: nothing new
    with Library() as library:
        library.remove([str(articles / "stadtrat.txt")])
    assert window.library.check_external_changes()
    assert view.status.text() == "3 articles"
