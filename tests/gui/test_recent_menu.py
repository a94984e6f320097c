"""File ▸ Open Recent (reader/gui/recent_menu.py): reopening, and names the system refuses."""

from __future__ import annotations

import os

from gui_helpers import WAIT_MS, open_and_wait


def test_recent_files_menu_reopens(window, qtbot, gui_files):
    tab = open_and_wait(qtbot, window, gui_files / "harbour.txt")
    assert window.settings.recent_files == [str(gui_files / "harbour.txt")]
    window.close_tab(window.tabs.indexOf(tab))
    window.fill_recent_menu()
    entry = window.recent_menu.actions()[0]
    assert entry.text() == "harbour.txt"
    with qtbot.waitSignal(window.analysis_ready, timeout=WAIT_MS):
        entry.trigger()
    assert len(window.article_tabs) == 1


def test_recent_menu_survives_names_the_system_refuses(window, qtbot, gui_files, monkeypatch):
    good = str(gui_files / "harbour.txt")
    locked = "/locked-folder/secret.txt"  # a folder this user may not look into
    window.settings.add_recent(good)
    window.settings.add_recent(locked)
    window.settings.add_recent(str(gui_files / "bad\x00name.txt"))  # a NUL in the name
    real_stat = os.stat

    def stat(path, *args, **kwargs):
        if os.fspath(path).startswith("/locked-folder/"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", stat)
    window.fill_recent_menu()  # must not raise inside the slot
    monkeypatch.undo()
    entries = {a.toolTip(): a for a in window.recent_menu.actions()}
    assert entries[good].isEnabled()
    assert not entries[locked].isEnabled()
    bad = [a for name, a in entries.items() if "name.txt" in name]
    assert len(bad) == 1 and not bad[0].isEnabled()
