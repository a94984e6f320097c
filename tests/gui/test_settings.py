"""Settings persist across windows (geometry, algorithm, length, theme, zoom, recent files)."""

from __future__ import annotations

import pytest
from gui_helpers import open_and_wait
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from reader.gui.main_window import MainWindow
from reader.gui.settings import Settings
from reader.gui.theme import DARK, LIGHT, zoomed_size
from reader.summary import ALGORITHMS, DEFAULT_ALGORITHM


def test_settings_are_written_in_the_isolated_folder(isolated_settings):
    settings = Settings()
    settings.zoom = 3
    settings.sync()
    assert str(isolated_settings) in settings.store.fileName()
    assert settings.store.format() == QSettings.Format.IniFormat


def test_defaults_and_bad_values(isolated_settings):
    settings = Settings()
    assert settings.algorithm == DEFAULT_ALGORITHM
    assert settings.count == 0 and settings.zoom == 0 and settings.theme == "system"
    settings.store.setValue("summary/algorithm", "no-such-algorithm")
    settings.store.setValue("view/zoom", "huge")
    settings.store.setValue("view/theme", "purple")
    settings.store.setValue("summary/count", 999)  # out of range: the default, not the limit
    settings.store.setValue("view/tint_summary", "perhaps")
    settings.store.setValue("files/save_format", "pdf")
    assert settings.algorithm == DEFAULT_ALGORITHM
    assert settings.zoom == 0 and settings.theme == "system" and settings.count == 0
    assert settings.tint_summary is True and settings.save_format == "md"


def test_stored_values_come_back_after_a_reload(isolated_settings):
    settings = Settings()
    settings.count = 7
    settings.zoom = -3
    settings.tint_summary = False
    settings.save_format = "json"
    settings.side_sizes = [900, 300]
    settings.sync()
    again = Settings()  # reads the INI file: every value comes back as text
    assert (again.count, again.zoom, again.tint_summary) == (7, -3, False)
    assert again.save_format == "json" and again.side_sizes == [900, 300]


def test_a_bad_value_is_not_written(isolated_settings):
    settings = Settings()
    for name, value in (("zoom", 11), ("count", -1), ("theme", "purple"), ("save_format", "pdf")):
        with pytest.raises(ValueError, match="not an allowed value"):
            setattr(settings, name, value)
    assert settings.store.allKeys() == []


def test_collapsed_side_panel_sizes_are_forgotten(isolated_settings):
    settings = Settings()
    settings.side_sizes = [900, 300]
    settings.side_sizes = [1200, 0]  # the panel dragged shut
    assert settings.side_sizes == []
    settings.store.setValue("window/side_sizes", ["900", "wide"])
    assert settings.side_sizes == []


def test_recent_files_are_unique_newest_first_and_bounded(isolated_settings):
    settings = Settings()
    for i in range(15):
        settings.add_recent(f"/articles/{i}.txt")
    settings.add_recent("/articles/3.txt")
    recent = settings.recent_files
    assert recent[0] == "/articles/3.txt"
    assert len(recent) == 10 and len(set(recent)) == 10


def test_a_new_window_restores_what_the_last_one_left(qtbot, gui_files):
    first = MainWindow()
    first.show()
    qtbot.waitExposed(first)
    first.resize(720, 520)
    first.set_zoom(2)
    first.set_theme("dark")
    other = next(a for a in ALGORITHMS if a != DEFAULT_ALGORITHM)
    tab = open_and_wait(qtbot, first, gui_files / "harbour.txt")
    with qtbot.waitSignal(first.summary_ready, timeout=30_000):
        tab.summary.algorithm.setCurrentIndex(tab.summary.algorithm.findData(other))
    first.close()
    first.worker.pool.waitForDone(30_000)
    first.deleteLater()

    second = MainWindow()
    qtbot.addWidget(second)
    assert (second.size().width(), second.size().height()) == (720, 520)
    assert second.zoom == 2 and second.settings.theme == "dark"
    assert second.theme_actions["dark"].isChecked()
    assert second.settings.recent_files == [str(gui_files / "harbour.txt")]
    tab = open_and_wait(qtbot, second, gui_files / "harbour.txt")
    assert tab.summary.options[0] == other
    assert tab.analysis.summary.algorithm == other
    assert tab.view.document().defaultFont().pointSizeF() == zoomed_size(2)
    second.set_theme("light")
    second.worker.pool.waitForDone(30_000)


def test_zoom_shortcut_actions_change_the_text_size(window, qtbot, gui_files):
    tab = open_and_wait(qtbot, window, gui_files / "harbour.txt")
    size = tab.view.document().defaultFont().pointSizeF()
    window.act_zoom_in.trigger()
    assert tab.view.document().defaultFont().pointSizeF() > size
    window.act_zoom_out.trigger()
    window.act_zoom_out.trigger()
    assert tab.view.document().defaultFont().pointSizeF() < size
    window.act_zoom_reset.trigger()
    assert tab.view.document().defaultFont().pointSizeF() == size
    assert window.settings.zoom == 0


def test_theme_choice_changes_the_palette_and_the_paper(window, qtbot, gui_files):
    tab = open_and_wait(qtbot, window, gui_files / "harbour.txt")
    window.set_theme("dark")
    assert window.colors is DARK
    assert QApplication.instance().palette().window().color().name() == DARK.window
    assert tab.view.palette().base().color().name() == DARK.paper
    window.set_theme("light")
    assert window.colors is LIGHT
    assert tab.view.palette().base().color().name() == LIGHT.paper
