"""The message bar: a message belongs to the tab it concerns, like a browser's info bar."""

from __future__ import annotations

import shutil

from gui_helpers import open_and_wait

from reader.gui import dialogs
from reader.gui.message_bar import MessageBar


def test_a_save_error_stays_with_its_tab(window, qtbot, tmp_path, gui_files, monkeypatch):
    article = tmp_path / "harbour.txt"
    shutil.copy(gui_files / "harbour.txt", article)
    monkeypatch.setattr(dialogs, "get_save_path", lambda parent, p: article)  # over itself
    first = open_and_wait(qtbot, window, article)
    assert window.save_summary() is None
    assert window.message_bar.kind == "error"
    assert "article itself" in window.message_bar.text
    # another article opened: the message about the first one goes
    second = open_and_wait(qtbot, window, gui_files / "arabic.txt")
    assert window.current_tab() is second
    assert window.message_bar.text == ""
    # back on the first tab, its error is there again; on the library it is not
    window.tabs.setCurrentWidget(first)
    assert "article itself" in window.message_bar.text
    window.tabs.setCurrentIndex(0)
    assert window.message_bar.text == ""
    # dismissed, it does not come back
    window.tabs.setCurrentWidget(first)
    window.message_bar.dismiss()
    window.tabs.setCurrentWidget(second)
    window.tabs.setCurrentWidget(first)
    assert window.message_bar.text == ""


def test_closing_the_tab_forgets_its_message(window, qtbot, gui_files, tmp_path):
    tab = open_and_wait(qtbot, window, gui_files / "harbour.txt")
    window.message_bar.show_error("Something about this article.")
    window.close_tab(window.tabs.indexOf(tab))
    assert window.message_bar.text == ""
    again = open_and_wait(qtbot, window, gui_files / "harbour.txt")
    assert window.current_tab() is again
    assert window.message_bar.text == ""


def test_an_error_for_a_tab_in_the_background_waits_for_it(qtbot):
    from PySide6.QtWidgets import QWidget

    bar = MessageBar()
    qtbot.addWidget(bar)
    a, b = QWidget(), QWidget()
    qtbot.addWidget(a)
    qtbot.addWidget(b)
    bar.set_current(a)
    bar.show_error("About b", owner=b)
    assert not bar.isVisibleTo(None) or bar.label.text() != "About b"
    bar.show_info("Notice for a")
    assert bar.kind == "info" and bar.label.text() == "Notice for a"
    bar.set_current(b)
    assert bar.kind == "error" and bar.label.text() == "About b"
    bar.set_current(a)  # a's notice faded with the switch
    assert bar.isHidden()
