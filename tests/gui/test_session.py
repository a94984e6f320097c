"""The tabs open when Reader closed come back when it starts (reader/gui/session.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from gui_helpers import WAIT_MS, open_and_wait

from reader.gui.session import gone_notice
from reader.gui.settings import Settings
from reader.library.indexing import index
from reader.library.store import Library


@pytest.fixture
def articles(tmp_path: Path, gui_files: Path) -> list[Path]:
    folder = tmp_path / "articles"
    folder.mkdir()
    paths = []
    for name in ("harbour.txt", "emoji.txt", "chinese.txt"):
        shutil.copy(gui_files / name, folder / name)
        paths.append(folder / name)
    return paths


@pytest.fixture
def later(qtbot):
    """The window of the next start (same settings, same library), closed at the end."""
    from reader.gui.main_window import MainWindow

    made = []

    def make():
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()


def _names(window) -> list[str]:
    return [tab.path.name for tab in window.article_tabs]


def _wait_shown(qtbot, window) -> None:
    """Until the tab on show is read (the others wait until they are shown)."""
    tab = window.current_tab()
    if tab is not None:
        qtbot.waitUntil(lambda: tab.analysis is not None or tab.error, timeout=WAIT_MS)


def test_the_open_tabs_are_remembered_in_order_with_the_one_shown(window, qtbot, articles) -> None:
    for path in articles:
        open_and_wait(qtbot, window, path)
    window.tabs.tabBar().moveTab(3, 1)  # chinese.txt first
    window.tabs.setCurrentWidget(window.article_tabs[1])  # harbour.txt
    window.open_welcome()  # a resource: not remembered
    window.close()
    settings = Settings()
    assert settings.open_tabs == [str(articles[i]) for i in (2, 0, 1)]
    assert settings.current_tab == -1  # the welcome article was shown: not one of them


def test_restarting_opens_them_again_at_their_reading_position(
    window, qtbot, articles, tmp_path, later
) -> None:
    long = tmp_path / "articles" / "long.txt"
    paragraphs = [f"Paragraph {n} of the long report about the harbour." for n in range(300)]
    long.write_text("A long report\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    text = long.read_text(encoding="utf-8")
    with Library() as library:
        index(library, files=[long], jobs=1)
        library.set_position(str(long), text.index("Paragraph 150 "))
    window.close()
    settings = Settings()  # what an earlier Reader wrote
    settings.open_tabs = [str(articles[0]), str(long), str(articles[1])]
    settings.current_tab = 1

    again = later()
    again.start_library()
    restored = again.restore_session()
    assert _names(again) == ["harbour.txt", "long.txt", "emoji.txt"]
    assert restored == again.article_tabs
    shown = again.current_tab()
    assert shown is not None and shown.path == long
    _wait_shown(qtbot, again)
    qtbot.waitUntil(lambda: shown.view.verticalScrollBar().value() > 0, timeout=WAIT_MS)
    top = shown.view.top_offset()
    assert shown.analysis.text[top : top + 14].startswith("Paragraph 15")


def test_files_gone_since_are_left_out_with_one_notice(window, qtbot, articles, later) -> None:
    for path in articles:
        open_and_wait(qtbot, window, path)
    window.tabs.setCurrentWidget(window.article_tabs[1])  # emoji.txt, about to go
    window.close()
    articles[1].unlink()
    articles[2].unlink()
    again = later()
    again.restore_session()
    assert _names(again) == ["harbour.txt"]
    assert again.current_tab().path == articles[0]  # the one shown is gone: its neighbour
    assert again.message_bar.kind == "info"
    assert "emoji.txt" in again.message_bar.text and "chinese.txt" in again.message_bar.text
    assert again.message_bar.isVisible()
    _wait_shown(qtbot, again)


def test_a_tab_on_a_drive_not_mounted_is_kept_for_a_later_start(
    window, qtbot, articles, later, tmp_path
) -> None:
    drive = tmp_path / "usb-stick"
    drive.mkdir()
    away = drive / "harbour.txt"
    shutil.copy(articles[0], away)
    for path in (away, articles[1]):
        open_and_wait(qtbot, window, path)
    window.close()
    shutil.rmtree(drive)  # unplugged: the folder is gone with the file
    again = later()
    again.restore_session()
    assert _names(again) == ["emoji.txt"]
    assert "harbour.txt" in again.message_bar.text and "open again" in again.message_bar.text
    _wait_shown(qtbot, again)
    again.save_session()  # any change of tabs: the unplugged one is still remembered
    assert again.settings.open_tabs == [str(articles[1]), str(away)]
    drive.mkdir()  # plugged in again
    shutil.copy(articles[0], away)
    again.close()
    third = later()
    third.restore_session()
    assert sorted(_names(third)) == ["emoji.txt", "harbour.txt"]
    _wait_shown(qtbot, third)


def test_files_given_at_start_open_after_the_restored_tabs(window, qtbot, articles, later) -> None:
    open_and_wait(qtbot, window, articles[0])
    open_and_wait(qtbot, window, articles[1])
    window.close()
    again = later()
    again.restore_session(then_open=[str(articles[2]), str(articles[0])])
    assert _names(again) == ["harbour.txt", "emoji.txt", "chinese.txt"]  # none twice
    assert again.current_tab().path == articles[0]  # the last file given is shown
    _wait_shown(qtbot, again)


def test_the_library_shown_last_is_shown_again(window, qtbot, articles, later) -> None:
    open_and_wait(qtbot, window, articles[0])
    window.show_library()
    window.close()
    assert Settings().current_tab == -1
    again = later()
    again.restore_session()
    assert _names(again) == ["harbour.txt"]
    assert again.tabs.currentWidget() is again.home
    _wait_shown(qtbot, again)


def test_a_second_window_does_not_undo_the_first_ones_tabs(window, qtbot, articles) -> None:
    from reader.gui.main_window import MainWindow

    open_and_wait(qtbot, window, articles[0])
    window.save_session()
    second = MainWindow()
    qtbot.addWidget(second)
    second.remembers_session = False  # opened with --new-window beside the first
    try:
        open_and_wait(qtbot, second, articles[1])
    finally:
        second.close()
    assert Settings().open_tabs == [str(articles[0])]


def test_the_tabs_are_remembered_soon_after_they_change(window, qtbot, articles) -> None:
    open_and_wait(qtbot, window, articles[0])
    qtbot.waitUntil(lambda: Settings().open_tabs == [str(articles[0])], timeout=WAIT_MS)
    window.close_current_tab()
    qtbot.waitUntil(lambda: Settings().open_tabs == [], timeout=WAIT_MS)


def test_the_notice_names_a_few_files_and_counts_the_rest() -> None:
    one = gone_notice(["/a/Story.txt"])
    assert one.startswith("“Story.txt”") and "no longer there" in one
    many = gone_notice([f"/a/{n}.txt" for n in range(6)])
    assert many.startswith("6 articles") and "“2.txt” and 3 more" in many


def test_only_the_tab_on_show_is_read_the_others_when_first_shown(
    window, qtbot, articles, later
) -> None:
    for path in articles:
        open_and_wait(qtbot, window, path)
    window.tabs.setCurrentWidget(window.article_tabs[0])
    qtbot.waitUntil(lambda: window.library.checked_library.count() == 3, timeout=WAIT_MS)
    window.close()
    again = later()
    again.start_library()
    again.restore_session()
    shown, *waiting = again.article_tabs
    assert again.current_tab() is shown
    _wait_shown(qtbot, again)
    qtbot.wait(300)
    assert all(tab.analysis is None for tab in waiting)  # not read yet
    # named by their headline, as the library knows it, not by their file
    assert again.tabs.tabText(again.tabs.indexOf(waiting[0])) == "Rain 🌧 and ferries"
    with qtbot.waitSignal(again.analysis_ready, timeout=WAIT_MS) as blocker:
        again.tabs.setCurrentWidget(waiting[1])
    assert blocker.args[0] is waiting[1] and waiting[1].analysis is not None
    assert waiting[0].analysis is None
    again.close()
    assert Settings().open_tabs == [str(p) for p in articles]  # the unread ones too
