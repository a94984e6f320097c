"""The main window: tabs of articles, menus, drag and drop, saving, settings."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reader.errors import ReaderError
from reader.gui import dialogs
from reader.gui.article_tab import LOADING, ArticleTab
from reader.gui.indexing_status import IndexingStatus
from reader.gui.library_service import LibraryService
from reader.gui.menus import build_menus
from reader.gui.message_bar import MessageBar
from reader.gui.resources import is_resource, welcome_path
from reader.gui.settings import Settings
from reader.gui.settings_table import ZOOM
from reader.gui.tab_bar import ArticleTabBar
from reader.gui.theme import apply_theme, colors_for
from reader.gui.worker import PASTED_NAME, AnalysisWorker
from reader.result import Analysis

if TYPE_CHECKING:
    from reader.gui.library_view import LibraryView

POSITION_SAVE_MS = 2000  # a reading position is saved this long after scrolling stops
TAB_NUMBERS = 9  # Alt+1 ... Alt+8 choose a tab by its number, Alt+9 the last tab
PASTED_MESSAGE_MS = 15000  # how long the status bar says where a pasted article was kept
SESSION_SAVE_MS = 1000  # the open tabs are remembered this long after they last changed
MIN_WINDOW_SIZE = (480, 360)  # the article column stays readable; the side panels give way


def absolute_path(raw: str | Path) -> Path:
    """``raw`` as an absolute path (``~`` expanded, symlinks kept), whatever the folder now."""
    return Path(os.path.abspath(os.path.expanduser(os.fspath(raw))))


def _exists(name: str) -> bool:
    """Whether ``name`` exists; ``False`` for a name the system refuses (a NUL, no permission)."""
    return os.path.exists(name)  # unlike Path.exists, never raises


def _same_file(a: Path, b: Path) -> bool:
    """Whether ``a`` and ``b`` name the same file (symlinks followed; a symlink loop, a bad
    name or an unreadable folder compares by the path itself)."""
    try:
        return a.resolve() == b.resolve()
    except (OSError, RuntimeError, ValueError):  # RuntimeError: "Symlink loop" (Python <= 3.12)
        return a == b


class MainWindow(QMainWindow):
    """Reader's window. Signals report finished work (handy for tests and scripting)."""

    analysis_ready = Signal(object)  # ArticleTab whose article was analysed
    analysis_failed = Signal(object, str)  # ArticleTab, message
    summary_ready = Signal(object)  # ArticleTab whose summary changed
    pasted_kept = Signal(object, object)  # ArticleTab (perhaps closed since), Path of its file

    # made by reader.gui.menus.build_menus
    act_about: QAction
    act_add_folder: QAction
    act_check_folders: QAction
    act_close_tab: QAction
    act_next_tab: QAction
    act_previous_tab: QAction
    act_copy_summary: QAction
    act_find: QAction
    act_find_next: QAction
    act_find_previous: QAction
    act_highlight: QAction
    act_open: QAction
    act_paste: QAction
    act_quit: QAction
    act_save: QAction
    act_show_library: QAction
    act_stop_adding: QAction
    act_tint: QAction
    act_watched_folders: QAction
    act_welcome: QAction
    act_zoom_in: QAction
    act_zoom_out: QAction
    act_zoom_reset: QAction
    recent_menu: QMenu
    theme_actions: dict[str, QAction]

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or Settings()
        self.colors = colors_for(self.settings.theme)
        self.zoom = self.settings.zoom
        self.worker = AnalysisWorker(self)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self.worker.busy_changed.connect(self._on_busy)
        self._requests: dict[int, tuple[ArticleTab, str]] = {}
        self._unread: set[ArticleTab] = set()  # opened in the background, read when shown
        self._warmed_up = False
        #: Whether the open tabs are remembered for the next start (not by a second window
        #: opened beside the first with ``reader --new-window``).
        self.remembers_session = True
        self._closing = False
        self._session_timer = QTimer(self, singleShot=True, interval=SESSION_SAVE_MS)
        self._session_timer.timeout.connect(self.save_session)

        self.setWindowTitle("Reader")
        self.setAcceptDrops(True)
        self.message_bar = MessageBar()
        self.tabs = QTabWidget()
        self.tab_bar = ArticleTabBar()
        self.tabs.setTabBar(self.tab_bar)
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tab_bar.close_others_requested.connect(self.close_other_tabs)
        self.tab_bar.close_right_requested.connect(self.close_tabs_to_the_right)
        self._build_library()  # the home tab, before currentChanged is watched
        self.tabs.currentChanged.connect(self._on_current_changed)
        self.tab_bar.tabMoved.connect(self._session_changed)
        empty = QLabel(
            "Drop an article here (a file, or text from a page), press Ctrl+O to open one, "
            "or Ctrl+Shift+V to paste one."
        )
        empty.setWordWrap(True)
        empty.setObjectName("Muted")
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(empty)
        self.pages.addWidget(self.tabs)
        self.pages.setCurrentIndex(1)  # the library is always there, as the first tab
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setFixedSize(120, 6)
        self.busy.hide()
        self.statusBar().addPermanentWidget(self.busy)
        self.indexing_status = IndexingStatus(self.library)
        self.statusBar().addPermanentWidget(self.indexing_status)
        self.statusBar().setSizeGripEnabled(False)
        build_menus(self)

        self.setMinimumSize(*MIN_WINDOW_SIZE)
        geometry = self.settings.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1240, 820)

    # -- the library ---------------------------------------------------------------------------
    def _build_library(self) -> None:
        """The library (reader/gui/library_service.py) and its view, the first tab."""
        self.library = LibraryService(self)
        self._library_view: LibraryView | None = None  # made after the first paint
        self.home = QWidget(objectName="LibraryHome")  # the first tab, holding the view
        self._home_layout = QVBoxLayout(self.home)
        self._home_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.home, "Library")
        self.tabs.setTabToolTip(0, "Every article you opened or added, searchable")
        self.tabs.tabBar().setTabButton(0, QTabBar.ButtonPosition.RightSide, None)
        self.tabs.tabBar().setTabButton(0, QTabBar.ButtonPosition.LeftSide, None)
        self.library.notice.connect(self._library_notice)
        self.library.indexed.connect(lambda report: self.message_bar.show_info(report.describe()))
        self.library.position_found.connect(self._restore_position)
        self._wanted_marks: dict[str, tuple[int, int]] = {}
        self._moved_tabs: set[ArticleTab] = set()
        self._position_timer = QTimer(self, singleShot=True, interval=POSITION_SAVE_MS)
        self._position_timer.timeout.connect(self._save_moved_positions)

    @property
    def library_view(self) -> LibraryView:
        """The library view in the home tab, made (and filled) when first asked for."""
        if self._library_view is None:
            from reader.gui.library_view import LibraryView

            view = LibraryView(self.library)
            view.set_colors(self.colors)
            view.open_requested.connect(lambda path: self.open_paths([path]))
            view.statement_requested.connect(self.show_statement)
            view.add_folder_requested.connect(self.ask_add_folder)
            self._home_layout.addWidget(view)
            self._library_view = view
        return self._library_view

    def start_library(self) -> None:
        """Once the window is up: show the library view, rebuild a damaged library, rescan the
        watched folders."""
        self.library_view  # noqa: B018 (made here, after the first paint)
        self.library.start()

    def show_library(self) -> None:
        """Library ▸ Show Library: the home tab, its search field ready."""
        self.tabs.setCurrentWidget(self.home)
        self.library_view.focus_search()

    def ask_add_folder(self) -> None:
        """Library ▸ Add Folder…: add its articles in the background and keep watching it."""
        from reader.gui import library_dialogs

        if not self.library.available:
            self.message_bar.show_error(self.library.error or "The library is not available.")
            return
        folder = library_dialogs.ask_folder(self)
        if folder:
            self.library.add_folder(folder)
            self.tabs.setCurrentWidget(self.home)

    def manage_folders(self) -> None:
        """Library ▸ Watched Folders…: stop watching folders, or add one."""
        from reader.gui.library_dialogs import WatchedFoldersDialog

        if not self.library.available:
            return
        dialog = WatchedFoldersDialog(self.library.checked_library.folders(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(_result: int) -> None:
            for folder in dialog.removed:
                self.library.forget(folder)
            if dialog.wants_add:
                self.ask_add_folder()

        dialog.finished.connect(finished)
        dialog.open()

    def show_statement(self, path: str, start: int, end: int) -> None:
        """Open the article at ``path`` (or go to its tab) and mark the statement there."""
        self._wanted_marks[str(absolute_path(path))] = (start, end)
        for tab in self.open_paths([path]):
            if tab.analysis is not None:
                self._apply_wanted_mark(tab)

    def _apply_wanted_mark(self, tab: ArticleTab) -> bool:
        span = self._wanted_marks.pop(str(tab.path), None)
        if span is None or tab.analysis is None or span[1] > len(tab.analysis.text):
            return False
        tab.view.mark(span)
        return True

    def _restore_position(self, path: str, offset: int) -> None:
        """Where the reader was, for a tab whose reader has not moved yet."""
        for tab in self.article_tabs:
            untouched = tab.view.verticalScrollBar().value() == 0 and tab.view.marked is None
            if str(tab.path) == path and tab.analysis is not None and untouched:
                tab.view.scroll_to_offset(offset)

    def _position_moved(self, tab: ArticleTab) -> None:
        if tab.analysis is not None:
            self._moved_tabs.add(tab)
            self._position_timer.start()

    def _save_moved_positions(self) -> None:
        tabs, self._moved_tabs = self._moved_tabs, set()
        for tab in tabs:
            if tab in self.article_tabs:
                self._save_position(tab)

    def _save_position(self, tab: ArticleTab) -> None:
        if tab.pasted is not None or is_resource(tab.path):  # not a file of the library
            return
        if tab.analysis is not None and tab.error is None:
            self.library.save_position(tab.path, tab.view.top_offset())

    def _library_notice(self, kind: str, text: str) -> None:
        if kind == "error":
            self.message_bar.show_error(text)
        else:
            self.message_bar.show_info(text)

    # -- opening -------------------------------------------------------------------------------
    @property
    def article_tabs(self) -> list[ArticleTab]:
        tabs = (self.tabs.widget(i) for i in range(self.tabs.count()))
        return [t for t in tabs if isinstance(t, ArticleTab)]

    def current_tab(self) -> ArticleTab | None:
        tab = self.tabs.currentWidget()
        return tab if isinstance(tab, ArticleTab) else None

    def ask_open(self) -> list[ArticleTab]:
        """File ▸ Open: the dialog, then the same path as drops and the command line."""
        current = self.current_tab()
        recent = self.settings.recent_files
        if current is not None and not is_resource(current.path):
            folder = str(current.path.parent)
        elif recent:
            folder = str(Path(recent[0]).parent)
        else:
            folder = str(dialogs.documents_folder())  # the home folder when there is none
        return self.open_paths(dialogs.get_open_paths(self, folder))

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
                    for t in self.article_tabs
                    if t.pasted is None and t.error is None and _same_file(t.path, path)
                ),
                None,
            )
            if existing is not None:
                if not background:
                    self.tabs.setCurrentWidget(existing)
                opened.append(existing)
                continue
            opened.append(self._new_tab(path, background=background))
        return opened

    def _new_tab(
        self, path: Path, pasted: tuple[str, str] | None = None, *, background: bool = False
    ) -> ArticleTab:
        """A tab for the article at ``path`` (or ``pasted``: its html and text), analysing (in
        the ``background``: not shown, analysed when it first is)."""
        if pasted is not None:
            pasted_on: date | None = date.today()
        else:
            pasted_on = self._kept_paste_day(path)
        tab = ArticleTab(
            path,
            self.colors,
            algorithm=self.settings.algorithm,
            count=self.settings.count,
            tint_action=self.act_tint,
            highlight_action=self.act_highlight,
            pasted=pasted,
            pasted_on=pasted_on,
        )
        tab.view.set_zoom(self.zoom)
        tab.view.set_highlights(
            summary=self.act_tint.isChecked(), speakers=self.act_highlight.isChecked()
        )
        sizes = self.settings.side_sizes
        if sizes:
            tab.split.setSizes(sizes)
        tab.resummarize_requested.connect(
            lambda algorithm, count, t=tab: self.resummarize(t, algorithm, count)
        )
        tab.retry_requested.connect(lambda t=tab: self._analyze(t))
        tab.status.connect(lambda text: self.statusBar().showMessage(text, 5000))
        tab.view.verticalScrollBar().valueChanged.connect(
            lambda _value, t=tab: self._position_moved(t)
        )
        label = "Pasted article" if pasted_on else path.name
        if background:  # its headline as the library knows it, until it is read
            label = self._recent_label(str(path))[0] if pasted_on else self._known_title(path)
            label = label or path.name
        index = self.tabs.addTab(tab, label.replace("&", "&&"))
        tip = "Pasted from the clipboard or dropped on the window" if pasted else str(path)
        self.tabs.setTabToolTip(index, tip)
        self.pages.setCurrentIndex(1)
        if background:
            tab.show_loading()
            self._unread.add(tab)
        else:
            self.tabs.setCurrentIndex(index)
            self._analyze(tab)
        return tab

    def _known_title(self, path: Path) -> str:
        """The title the library has for the article at ``path``, ``""`` when none."""
        from reader.library.errors import LibraryError

        if not self.library.available:
            return ""
        try:
            row = self.library.checked_library.article(str(path))
        except LibraryError:
            return ""
        title = " ".join(row.title.split()) if row is not None else ""
        return "" if title == PASTED_NAME else title

    # -- paste and drop ------------------------------------------------------------------------
    def paste_article(self) -> ArticleTab | None:
        """Edit ▸ Paste as Article: the clipboard's article in a new tab (its HTML when the
        browser put one there, else its text)."""
        return self.open_mime(QApplication.clipboard().mimeData(), "the clipboard")

    def open_mime(self, mime: QMimeData | None, origin: str) -> ArticleTab | None:
        """Open the HTML or text of ``mime`` as an article; ``origin`` names it in messages."""
        html = mime.html() if mime is not None and mime.hasHtml() else ""
        text = mime.text() if mime is not None and mime.hasText() else ""
        if not html.strip() and not text.strip():
            self.statusBar().showMessage(f"There is no text on {origin} to open as an article.")
            return None
        return self.open_text(text, html=html)

    def open_text(self, text: str, html: str = "") -> ArticleTab:
        """Open article ``text`` (and its ``html``, if any) in a new tab."""
        return self._new_tab(Path(PASTED_NAME), pasted=(html, text))

    def _remember_pasted(self, tab: ArticleTab, analysis: Analysis) -> None:
        """Keep a pasted article as a file in the library (reader/library/pasted.py); its tab
        then shows that file, like a tab opened from the library."""

        def done(path: Path | None, message: str) -> None:
            if path is None:
                if message:
                    self.message_bar.show_error(message, owner=tab)
                return
            self.pasted_kept.emit(tab, path)
            self.settings.add_recent(str(path))  # File ▸ Open Recent, under its headline
            self.statusBar().showMessage(
                f"Pasted article kept in your library as “{path.name}” (in {path.parent}).",
                PASTED_MESSAGE_MS,
            )
            if tab in self.article_tabs and tab.pasted is not None:
                tab.path, tab.pasted = path, None
                self._update_tab_title(tab)
                self._session_changed()  # a file now: remembered with the tabs

        self.library.remember_pasted(analysis, done)

    def open_welcome(self) -> list[ArticleTab]:
        return self.open_paths([welcome_path()])

    def _analyze(self, tab: ArticleTab) -> None:
        tab.show_loading()
        algorithm, count = tab.summary.options
        if tab.pasted is not None:
            html, text = tab.pasted
            request = self.worker.analyze_pasted(html, text, algorithm, count or None)
        else:
            request = self.worker.analyze(tab.path, algorithm, count or None)
        tab.load_request = request
        self._requests[request] = (tab, "load")

    def resummarize(self, tab: ArticleTab, algorithm: str, count: int) -> None:
        """A new summary for ``tab`` with these options (the file is not reloaded)."""
        self.settings.algorithm = algorithm
        self.settings.count = count
        if tab.analysis is None or tab not in self.article_tabs:  # closed while the options settled
            return
        if tab.summary_request:
            self.worker.cancel(tab.summary_request)
            self._requests.pop(tab.summary_request, None)
        request = self.worker.resummarize(tab.analysis, algorithm, count or None)
        tab.summary_request = request
        self._requests[request] = (tab, "summary")
        tab.summary.set_busy(True)

    def _on_finished(self, request: int, analysis: Analysis) -> None:
        tab, kind = self._requests.pop(request, (None, ""))
        if tab is None or tab not in self.article_tabs:
            return
        if kind == "load":
            tab.show_analysis(analysis)
            self._update_tab_title(tab)
            if tab.pasted is None and not is_resource(tab.path):
                self.settings.add_recent(str(tab.path))
                self._apply_wanted_mark(tab)
                self.library.article_opened(tab.path, analysis)  # restores the position
            elif tab.pasted is not None:
                self._remember_pasted(tab, analysis)
            self._on_current_changed()
            if not self._warmed_up:
                self._warmed_up = True
                self.worker.warm_up()
            self.analysis_ready.emit(tab)
        else:
            tab.summary_request = 0
            tab.show_analysis(analysis)
            self.summary_ready.emit(tab)

    def _on_failed(self, request: int, message: str, retryable: int = 1) -> None:
        tab, kind = self._requests.pop(request, (None, ""))
        if tab is None or tab not in self.article_tabs:
            return
        if kind == "load":
            tab.show_error(message, retryable=bool(retryable))
            self._update_busy()
            self.analysis_failed.emit(tab, message)
        else:
            tab.summary_request = 0
            tab.show_summary_error(message)
            self.message_bar.show_error(message, owner=tab)
            self.analysis_failed.emit(tab, message)

    def _on_busy(self, _busy: bool) -> None:
        self._update_busy()

    def _update_busy(self) -> None:
        """The status bar's bar shows work the page does not show already (one bar at a time)."""
        tab = self.current_tab()
        loading_page = tab is not None and tab.page == LOADING
        self.busy.setVisible(self.worker.is_busy() and not loading_page)

    def _update_tab_title(self, tab: ArticleTab) -> None:
        index = self.tabs.indexOf(tab)
        if index < 0:
            return
        self.tabs.setTabText(index, tab.title.replace("&", "&&"))
        where = "Pasted or dropped" if tab.pasted is not None else str(tab.path)
        if tab.pasted is None and tab.pasted_on is not None:
            where = f"{tab.source_label()}, kept in your library as\n{tab.path}"
        self.tabs.setTabToolTip(index, f"{tab.title}\n{where}")

    # -- tabs ----------------------------------------------------------------------------------
    def close_tab(self, index: int) -> None:
        tab = self.tabs.widget(index)
        if not isinstance(tab, ArticleTab):
            return
        self.settings.side_sizes = tab.split.sizes()
        self._save_position(tab)
        self._moved_tabs.discard(tab)
        self._unread.discard(tab)
        for request, (owner, _) in list(self._requests.items()):
            if owner is tab:
                self.worker.cancel(request)
                del self._requests[request]
        self.tabs.removeTab(index)
        tab.deleteLater()
        self._session_changed()
        if not self.tabs.count():
            self.pages.setCurrentIndex(0)
            self.setWindowTitle("Reader")

    def close_current_tab(self) -> None:
        if self.tabs.count():
            self.close_tab(self.tabs.currentIndex())

    def close_other_tabs(self, index: int) -> None:
        """Close every article's tab but the one at ``index`` (the Library stays)."""
        keep = self.tabs.widget(index)
        for tab in self.article_tabs:
            if tab is not keep:
                self.close_tab(self.tabs.indexOf(tab))

    def close_tabs_to_the_right(self, index: int) -> None:
        """Close the articles' tabs right of ``index``."""
        for i in range(self.tabs.count() - 1, index, -1):
            self.close_tab(i)

    def next_tab(self) -> None:
        """Ctrl+Tab, Ctrl+PgDown: the tab to the right, from the last to the first."""
        if self.tabs.count() > 1:
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + 1) % self.tabs.count())

    def previous_tab(self) -> None:
        """Ctrl+Shift+Tab, Ctrl+PgUp: the tab to the left, from the first to the last."""
        if self.tabs.count() > 1:
            self.tabs.setCurrentIndex((self.tabs.currentIndex() - 1) % self.tabs.count())

    def go_to_tab(self, number: int) -> None:
        """Alt+1 ... Alt+8: the tab of that number (1 is the Library); Alt+9: the last tab."""
        if self.tabs.count():
            index = self.tabs.count() - 1 if number >= TAB_NUMBERS else number - 1
            self.tabs.setCurrentIndex(min(index, self.tabs.count() - 1))

    # -- the tabs of the next start (reader/gui/session.py) ------------------------------------
    def _session_changed(self, *_args: object) -> None:
        if self.remembers_session and not self._closing:
            self._session_timer.start()

    def save_session(self) -> None:
        """Remember the open tabs for the next start."""
        from reader.gui.session import save_session

        if self.remembers_session:
            save_session(self)

    def restore_session(self, then_open: Sequence[str] = ()) -> list[ArticleTab]:
        """Open the tabs open when Reader last closed, then ``then_open``; the tabs restored."""
        from reader.gui.session import restore_session

        return restore_session(self, then_open)

    def _on_current_changed(self, *_args: object) -> None:
        self._session_changed()
        tab = self.current_tab()
        if tab is not None and tab in self._unread:  # a tab restored in the background
            self._unread.discard(tab)
            self._analyze(tab)
        self.message_bar.set_current(self.tabs.currentWidget())  # messages belong to a tab
        self.setWindowTitle(f"{tab.title} — Reader" if tab else "Reader")
        self.act_save.setEnabled(tab is not None and tab.analysis is not None)
        self._update_busy()

    # -- summary -------------------------------------------------------------------------------
    def save_summary(self) -> Path | None:
        """Ctrl+S: ask where (proposing "<title> – summary.md" beside the article), then write."""
        from reader.export import default_summary_path, format_for_path, save_summary

        tab = self.current_tab()
        if tab is None or tab.analysis is None:
            self.statusBar().showMessage("Open an article to save its summary.", 5000)
            return None
        proposed = default_summary_path(tab.analysis, self.settings.save_format)
        if is_resource(tab.path) or tab.pasted is not None or self._is_kept_paste(tab.path):
            proposed = dialogs.documents_folder() / proposed.name  # or the home folder
        path = dialogs.get_save_path(self, proposed)
        if path is None:
            return None
        try:
            written = save_summary(tab.analysis, path)
        except ReaderError as exc:
            self.message_bar.show_error(str(exc))
            return None
        self.settings.save_format = format_for_path(written)
        self.message_bar.show_info(f"Summary saved to {written}")
        return written

    def _is_kept_paste(self, path: Path) -> bool:
        """Whether ``path`` is a pasted article kept in the library's folder (not a folder of
        the person's own to save summaries beside)."""
        from reader.library.pasted import is_kept_paste

        return is_kept_paste(path, self.library.path.parent)

    def _kept_paste_day(self, path: Path) -> date | None:
        """The day the kept paste at ``path`` was pasted; ``None`` for any other file."""
        if is_resource(path) or not self._is_kept_paste(path):
            return None
        from reader.library.pasted import pasted_day

        return pasted_day(path)

    def _recent_label(self, name: str) -> tuple[str, str]:
        """The label and tooltip of ``name`` in File ▸ Open Recent: a file's name, or a kept
        paste's headline (as the library knows it, else as its file name holds it)."""
        path = Path(name)
        day = self._kept_paste_day(path)
        if day is None:
            return path.name, name
        from reader.library.pasted import kept_title
        from reader.loading.plain_text import title_from_filename
        from reader.readable import readable_date

        title = self._known_title(path)
        if title in ("", title_from_filename(name)):  # no headline: its first words
            title = kept_title(path)
        return title, f"Pasted on {readable_date(day.isoformat())}, kept in your library as\n{name}"

    def copy_summary(self) -> None:
        tab = self.current_tab()
        if tab is not None:
            tab.summary.copy()

    # -- find ----------------------------------------------------------------------------------
    def open_find(self) -> None:
        tab = self.current_tab()
        if tab is not None and tab.analysis is not None:
            tab.find_bar.open_bar()

    def find_next(self) -> None:
        tab = self.current_tab()
        if tab is not None and tab.find_bar.field.text():
            tab.find_bar.show()
            tab.find_bar.find_next()

    def find_previous(self) -> None:
        tab = self.current_tab()
        if tab is not None and tab.find_bar.field.text():
            tab.find_bar.show()
            tab.find_bar.find_previous()

    # -- view ----------------------------------------------------------------------------------
    def set_zoom(self, zoom: int) -> None:
        self.zoom = max(ZOOM.low or 0, min(ZOOM.high or 0, zoom))
        self.settings.zoom = self.zoom
        for tab in self.article_tabs:
            tab.view.set_zoom(self.zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom + 1)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom - 1)

    def zoom_reset(self) -> None:
        self.set_zoom(0)

    def set_tint_summary(self, on: bool) -> None:
        self.settings.tint_summary = on
        for tab in self.article_tabs:
            tab.view.set_highlights(summary=on)

    def set_highlight_speakers(self, on: bool) -> None:
        self.settings.highlight_speakers = on
        for tab in self.article_tabs:
            tab.view.set_highlights(speakers=on)

    def set_theme(self, choice: str) -> None:
        """``"system"``, ``"light"`` or ``"dark"``; applied at once and remembered."""
        self.settings.theme = choice
        self.theme_actions[choice].setChecked(True)
        self.refresh_theme()

    def refresh_theme(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.colors = apply_theme(app, self.settings.theme)
        for tab in self.article_tabs:
            tab.set_colors(self.colors)
        if self._library_view is not None:
            self._library_view.set_colors(self.colors)

    def on_system_scheme_changed(self, *_args: object) -> None:
        if self.settings.theme == "system":
            self.refresh_theme()

    def fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        # relative names (saved by older versions) cannot be found again from another folder
        files = [name for name in self.settings.recent_files if Path(name).is_absolute()]
        for name in files:
            label, tip = self._recent_label(name)
            action = menu.addAction(label.replace("&", "&&"), partial(self.open_paths, [name]))
            action.setToolTip(tip)
            action.setEnabled(_exists(name))
        if files:
            menu.addSeparator()
            menu.addAction("Clear Menu", self.settings.clear_recent)
        else:
            menu.addAction("No recent articles").setEnabled(False)

    def about(self) -> None:
        from reader import __version__

        box = QMessageBox(self)
        box.setWindowTitle("About Reader")
        box.setText(
            f"<b>Reader {__version__}</b><p>A calm reader for saved news articles: it removes "
            "teaser lines, summarises, and shows who is quoted.</p>"
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- drag and drop -------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent | QDragMoveEvent) -> None:  # noqa: N802 (Qt API)
        mime = event.mimeData()
        if any(url.isLocalFile() for url in mime.urls()) or mime.hasHtml() or mime.hasText():
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 (Qt API)
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt API)
        """Files open in tabs; text or HTML dragged from a page opens as an article."""
        mime = event.mimeData()
        paths = [absolute_path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_paths(paths)
        elif mime.hasHtml() or mime.hasText():
            event.acceptProposedAction()
            self.open_mime(mime, "what was dropped")

    # -- closing -------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        self._session_timer.stop()
        if not self._closing:
            self.save_session()
        self._closing = True  # the tabs that go with the window are not closed by the person
        self.settings.geometry = self.saveGeometry()
        tab = self.current_tab()
        if tab is not None:
            self.settings.side_sizes = tab.split.sizes()
        self.worker.cancel_all()
        self._requests.clear()
        for open_tab in self.article_tabs:
            self._save_position(open_tab)
        self._position_timer.stop()
        self.library.close()  # stops indexing; the positions above are written first
        self.settings.sync()
        super().closeEvent(event)
