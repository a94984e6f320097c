"""The window's tabs of articles: opening files (File ▸ Open, drops, the command line, the
library, Open Recent), text pasted or dropped and the welcome article, each new tab set up and
wired to the window; a pasted article kept in the library once it is read; closing tabs and
moving between them."""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtWidgets import QApplication

from reader.gui import dialogs
from reader.gui.article_tab import ArticleTab
from reader.gui.library_hooks import kept_paste_day, known_title
from reader.gui.recent_menu import recent_label
from reader.gui.resources import is_resource, welcome_path
from reader.gui.worker import PASTED_NAME
from reader.result import Analysis

if TYPE_CHECKING:
    from reader.gui.main_window import MainWindow

TAB_NUMBERS = 9  # Alt+1 ... Alt+8 choose a tab by its number, Alt+9 the last tab
PASTED_MESSAGE_MS = 15000  # how long the status bar says where a pasted article was kept


def absolute_path(raw: str | Path) -> Path:
    """``raw`` as an absolute path (``~`` expanded, symlinks kept), whatever the folder now."""
    return Path(os.path.abspath(os.path.expanduser(os.fspath(raw))))


def _same_file(a: Path, b: Path) -> bool:
    """Whether ``a`` and ``b`` name the same file (symlinks followed; a symlink loop, a bad
    name or an unreadable folder compares by the path itself)."""
    try:
        return a.resolve() == b.resolve()
    except (OSError, RuntimeError, ValueError):  # RuntimeError: "Symlink loop" (Python <= 3.12)
        return a == b


class TabManager(QObject):
    """Opens articles in ``window``'s tabs (one tab per file: a file open already is shown),
    closes them and moves between them."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def ask_open(self) -> list[ArticleTab]:
        """File ▸ Open: the dialog, then the same path as drops and the command line."""
        window = self._window
        current = window.current_tab()
        recent = window.settings.recent_files
        if current is not None and not is_resource(current.path):
            folder = str(current.path.parent)
        elif recent:
            folder = str(Path(recent[0]).parent)
        else:
            folder = str(dialogs.documents_folder())  # the home folder when there is none
        return self.open_paths(dialogs.get_open_paths(window, folder))

    def open_paths(
        self, paths: Iterable[str | Path], *, background: bool = False
    ) -> list[ArticleTab]:
        """Open each path in a tab (or switch to its tab when it is already open). In the
        ``background``, a new tab is not shown, and its article is read when it first is."""
        opened = []
        for raw in paths:
            path = absolute_path(raw)
            existing = next(
                (
                    t
                    for t in self._window.article_tabs
                    if t.pasted is None and t.error is None and _same_file(t.path, path)
                ),
                None,
            )
            if existing is not None:
                if not background:
                    self._window.tabs.setCurrentWidget(existing)
                opened.append(existing)
                continue
            opened.append(self._new_tab(path, background=background))
        return opened

    def _new_tab(
        self, path: Path, pasted: tuple[str, str] | None = None, *, background: bool = False
    ) -> ArticleTab:
        """A tab for the article at ``path`` (or ``pasted``: its html and text), analysing (in
        the ``background``: not shown, analysed when it first is)."""
        window = self._window
        if pasted is not None:
            pasted_on: date | None = date.today()
        else:
            pasted_on = kept_paste_day(window.library, path)
        tab = ArticleTab(
            path,
            window.colors,
            algorithm=window.settings.algorithm,
            count=window.settings.count,
            tint_action=window.act_tint,
            highlight_action=window.act_highlight,
            pasted=pasted,
            pasted_on=pasted_on,
        )
        tab.view.set_zoom(window.zoom)
        tab.view.set_highlights(
            summary=window.act_tint.isChecked(), speakers=window.act_highlight.isChecked()
        )
        sizes = window.settings.side_sizes
        if sizes:
            tab.split.setSizes(sizes)
        tab.resummarize_requested.connect(
            lambda algorithm, count, t=tab: window.analyses.resummarize(t, algorithm, count)
        )
        tab.retry_requested.connect(lambda t=tab: window.analyses.analyze(t))
        tab.status.connect(lambda text: window.statusBar().showMessage(text, 5000))
        tab.view.verticalScrollBar().valueChanged.connect(
            lambda _value, t=tab: window.positions.position_moved(t)
        )
        label = "Pasted article" if pasted_on else path.name
        if background:  # its headline as the library knows it, until it is read
            label = (
                recent_label(window, str(path))[0]
                if pasted_on
                else known_title(window.library, path)
            )
            label = label or path.name
        index = window.tabs.addTab(tab, label.replace("&", "&&"))
        tip = "Pasted from the clipboard or dropped on the window" if pasted else str(path)
        window.tabs.setTabToolTip(index, tip)
        window.pages.setCurrentIndex(1)
        if background:
            window.analyses.read_when_shown(tab)
        else:
            window.tabs.setCurrentIndex(index)
            window.analyses.analyze(tab)
        return tab

    def paste_article(self) -> ArticleTab | None:
        """Edit ▸ Paste as Article: the clipboard's article in a new tab (its HTML when the
        browser put one there, else its text)."""
        return self.open_mime(QApplication.clipboard().mimeData(), "the clipboard")

    def open_mime(self, mime: QMimeData | None, origin: str) -> ArticleTab | None:
        """Open the HTML or text of ``mime`` as an article; ``origin`` names it in messages."""
        html = mime.html() if mime is not None and mime.hasHtml() else ""
        text = mime.text() if mime is not None and mime.hasText() else ""
        if not html.strip() and not text.strip():
            self._window.statusBar().showMessage(
                f"There is no text on {origin} to open as an article."
            )
            return None
        return self.open_text(text, html=html)

    def open_text(self, text: str, html: str = "") -> ArticleTab:
        """Open article ``text`` (and its ``html``, if any) in a new tab."""
        return self._new_tab(Path(PASTED_NAME), pasted=(html, text))

    def remember_pasted(self, tab: ArticleTab, analysis: Analysis) -> None:
        """Keep a pasted article as a file in the library (reader/library/pasted.py); its tab
        then shows that file, like a tab opened from the library."""
        window = self._window

        def done(path: Path | None, message: str) -> None:
            if path is None:
                if message:
                    window.message_bar.show_error(message, owner=tab)
                return
            window.pasted_kept.emit(tab, path)
            window.settings.add_recent(str(path))  # File ▸ Open Recent, under its headline
            window.statusBar().showMessage(
                f"Pasted article kept in your library as “{path.name}” (in {path.parent}).",
                PASTED_MESSAGE_MS,
            )
            if tab in window.article_tabs and tab.pasted is not None:
                tab.path, tab.pasted = path, None
                self.update_tab_title(tab)
                window.session_changed()  # a file now: remembered with the tabs

        window.library.remember_pasted(analysis, done)

    def open_welcome(self) -> list[ArticleTab]:
        """Help ▸ Welcome Article."""
        return self.open_paths([welcome_path()])

    def update_tab_title(self, tab: ArticleTab) -> None:
        """``tab``'s label and tooltip: its article's headline and where it comes from."""
        tabs = self._window.tabs
        index = tabs.indexOf(tab)
        if index < 0:
            return
        tabs.setTabText(index, tab.title.replace("&", "&&"))
        where = "Pasted or dropped" if tab.pasted is not None else str(tab.path)
        if tab.pasted is None and tab.pasted_on is not None:
            where = f"{tab.source_label()}, kept in your library as\n{tab.path}"
        tabs.setTabToolTip(index, f"{tab.title}\n{where}")

    def close_tab(self, index: int) -> None:
        """Close the tab at ``index`` (not the Library's): its requests are cancelled, its
        reading position and the panels' sizes saved."""
        window = self._window
        tab = window.tabs.widget(index)
        if not isinstance(tab, ArticleTab):
            return
        window.settings.side_sizes = tab.split.sizes()
        window.positions.tab_closed(tab)
        window.analyses.tab_closed(tab)
        window.tabs.removeTab(index)
        tab.deleteLater()
        window.session_changed()
        if not window.tabs.count():
            window.pages.setCurrentIndex(0)
            window.setWindowTitle("Reader")

    def close_other_tabs(self, index: int) -> None:
        """Close every article's tab but the one at ``index`` (the Library stays)."""
        keep = self._window.tabs.widget(index)
        for tab in self._window.article_tabs:
            if tab is not keep:
                self.close_tab(self._window.tabs.indexOf(tab))

    def close_tabs_to_the_right(self, index: int) -> None:
        """Close the articles' tabs right of ``index``."""
        for i in range(self._window.tabs.count() - 1, index, -1):
            self.close_tab(i)

    def next_tab(self) -> None:
        """Ctrl+Tab, Ctrl+PgDown: the tab to the right, from the last to the first."""
        tabs = self._window.tabs
        if tabs.count() > 1:
            tabs.setCurrentIndex((tabs.currentIndex() + 1) % tabs.count())

    def previous_tab(self) -> None:
        """Ctrl+Shift+Tab, Ctrl+PgUp: the tab to the left, from the first to the last."""
        tabs = self._window.tabs
        if tabs.count() > 1:
            tabs.setCurrentIndex((tabs.currentIndex() - 1) % tabs.count())

    def go_to_tab(self, number: int) -> None:
        """Alt+1 ... Alt+8: the tab of that number (1 is the Library); Alt+9: the last tab."""
        tabs = self._window.tabs
        if tabs.count():
            index = tabs.count() - 1 if number >= TAB_NUMBERS else number - 1
            tabs.setCurrentIndex(min(index, tabs.count() - 1))
