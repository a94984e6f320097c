"""The window's side of the library (reader/gui/library_service.py): the Library menu's
dialogs, the library's notices, what the library knows about a file (its headline, whether it
is a kept paste), reading positions and statements marked when opened from the library."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer

from reader.gui.resources import is_resource
from reader.gui.worker import PASTED_NAME

if TYPE_CHECKING:
    from reader.gui.article_tab import ArticleTab
    from reader.gui.library_service import LibraryService
    from reader.gui.main_window import MainWindow

POSITION_SAVE_MS = 2000  # a reading position is saved this long after scrolling stops


def known_title(library: LibraryService, path: Path) -> str:
    """The title the library has for the article at ``path``, ``""`` when none."""
    from reader.library.errors import LibraryError

    if not library.available:
        return ""
    try:
        row = library.checked_library.article(str(path))
    except LibraryError:
        return ""
    title = " ".join(row.title.split()) if row is not None else ""
    return "" if title == PASTED_NAME else title


def is_kept_paste(library: LibraryService, path: Path) -> bool:
    """Whether ``path`` is a pasted article kept in the library's folder (not a folder of
    the person's own to save summaries beside)."""
    from reader.library.pasted import is_kept_paste

    return is_kept_paste(path, library.path.parent)


def kept_paste_day(library: LibraryService, path: Path) -> date | None:
    """The day the kept paste at ``path`` was pasted; ``None`` for any other file."""
    if is_resource(path) or not is_kept_paste(library, path):
        return None
    from reader.library.pasted import pasted_day

    return pasted_day(path)


def ask_add_folder(window: MainWindow) -> None:
    """Library ▸ Add Folder…: add its articles in the background and keep watching it."""
    from reader.gui import library_dialogs

    if not window.library.available:
        window.message_bar.show_error(window.library.error or "The library is not available.")
        return
    folder = library_dialogs.ask_folder(window)
    if folder:
        window.library.add_folder(folder)
        window.tabs.setCurrentWidget(window.home)


def manage_folders(window: MainWindow) -> None:
    """Library ▸ Watched Folders…: stop watching folders, or add one."""
    from reader.gui.library_dialogs import WatchedFoldersDialog

    if not window.library.available:
        return
    dialog = WatchedFoldersDialog(window.library.checked_library.folders(), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished(_result: int) -> None:
        for folder in dialog.removed:
            window.library.forget(folder)
        if dialog.wants_add:
            window.ask_add_folder()

    dialog.finished.connect(finished)
    dialog.open()


def library_notice(window: MainWindow, kind: str, text: str) -> None:
    """A notice of the library in the window's message bar."""
    if kind == "error":
        window.message_bar.show_error(text)
    else:
        window.message_bar.show_info(text)


class ReadingPositions(QObject):
    """Where the reader of each article was: saved a moment after scrolling stops (and when a
    tab or the window closes), restored when the library finds it; and the statement to mark
    in an article opened from the library's list of statements."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._wanted_marks: dict[str, tuple[int, int]] = {}
        self._moved_tabs: set[ArticleTab] = set()
        self._position_timer = QTimer(self, singleShot=True, interval=POSITION_SAVE_MS)
        self._position_timer.timeout.connect(self._save_moved_positions)
        window.library.position_found.connect(self._restore_position)

    def show_statement(self, path: str, start: int, end: int) -> None:
        """Open the article at ``path`` (or go to its tab) and mark the statement there."""
        from reader.gui.tab_management import absolute_path

        self._wanted_marks[str(absolute_path(path))] = (start, end)
        for tab in self._window.open_paths([path]):
            if tab.analysis is not None:
                self.apply_wanted_mark(tab)

    def apply_wanted_mark(self, tab: ArticleTab) -> bool:
        """Mark the statement wanted in ``tab``'s article, if any; whether one was marked."""
        span = self._wanted_marks.pop(str(tab.path), None)
        if span is None or tab.analysis is None or span[1] > len(tab.analysis.text):
            return False
        tab.view.mark(span)
        return True

    def _restore_position(self, path: str, offset: int) -> None:
        """Where the reader was, for a tab whose reader has not moved yet."""
        for tab in self._window.article_tabs:
            untouched = tab.view.verticalScrollBar().value() == 0 and tab.view.marked is None
            if str(tab.path) == path and tab.analysis is not None and untouched:
                tab.view.scroll_to_offset(offset)

    def position_moved(self, tab: ArticleTab) -> None:
        """``tab``'s reader scrolled: its position is saved once scrolling stops."""
        if tab.analysis is not None:
            self._moved_tabs.add(tab)
            self._position_timer.start()

    def _save_moved_positions(self) -> None:
        tabs, self._moved_tabs = self._moved_tabs, set()
        for tab in tabs:
            if tab in self._window.article_tabs:
                self.save_position(tab)

    def save_position(self, tab: ArticleTab) -> None:
        """Save where ``tab``'s reader is now (for an article that is a file of the library)."""
        if tab.pasted is not None or is_resource(tab.path):  # not a file of the library
            return
        if tab.analysis is not None and tab.error is None:
            self._window.library.save_position(tab.path, tab.view.top_offset())

    def tab_closed(self, tab: ArticleTab) -> None:
        """Save ``tab``'s position now: it is closing."""
        self.save_position(tab)
        self._moved_tabs.discard(tab)

    def window_closed(self) -> None:
        """Save every open tab's position now: the window is closing."""
        for open_tab in self._window.article_tabs:
            self.save_position(open_tab)
        self._position_timer.stop()
