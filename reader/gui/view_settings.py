"""The View menu's settings, applied to every open tab at once and remembered: the text's zoom,
the summary's tint, the speakers' highlights and the theme (following the system's when asked)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from reader.gui.settings_table import ZOOM

if TYPE_CHECKING:
    from reader.gui.main_window import MainWindow


class ViewSettings(QObject):
    """Sets ``window.zoom``, the highlights and the theme, and applies them to its tabs."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def set_zoom(self, zoom: int) -> None:
        window = self._window
        window.zoom = max(ZOOM.low or 0, min(ZOOM.high or 0, zoom))
        window.settings.zoom = window.zoom
        for tab in window.article_tabs:
            tab.view.set_zoom(window.zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self._window.zoom + 1)

    def zoom_out(self) -> None:
        self.set_zoom(self._window.zoom - 1)

    def zoom_reset(self) -> None:
        self.set_zoom(0)

    def set_tint_summary(self, on: bool) -> None:
        self._window.settings.tint_summary = on
        for tab in self._window.article_tabs:
            tab.view.set_highlights(summary=on)

    def set_highlight_speakers(self, on: bool) -> None:
        self._window.settings.highlight_speakers = on
        for tab in self._window.article_tabs:
            tab.view.set_highlights(speakers=on)

    def set_theme(self, choice: str) -> None:
        """``"system"``, ``"light"`` or ``"dark"``; applied at once and remembered."""
        self._window.settings.theme = choice
        self._window.theme_actions[choice].setChecked(True)
        self._window.refresh_theme()

    def on_system_scheme_changed(self, *_args: object) -> None:
        if self._window.settings.theme == "system":
            self._window.refresh_theme()
