"""The main window: it lays out the tabs, the message bar and the status bar, and wires
together the parts that do the work: the tabs of articles (reader/gui/tab_management.py), the
requests to the analysis worker (analysis_requests.py), the library's side (library_hooks.py),
File ▸ Open Recent (recent_menu.py), saving the summary (saving.py), the View menu's settings
(view_settings.py), the menus (menus.py) and the tabs of the next start (session.py). It keeps
what is the window's own: its layout, find, drag and drop, and closing."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
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

from reader.gui import library_hooks, recent_menu, saving
from reader.gui.analysis_requests import AnalysisRequests
from reader.gui.article_tab import ArticleTab
from reader.gui.indexing_status import IndexingStatus
from reader.gui.library_hooks import ReadingPositions
from reader.gui.library_service import LibraryService
from reader.gui.menus import build_menus
from reader.gui.message_bar import MessageBar
from reader.gui.settings import Settings
from reader.gui.tab_bar import ArticleTabBar
from reader.gui.tab_management import TabManager, absolute_path
from reader.gui.theme import apply_theme, colors_for
from reader.gui.view_settings import ViewSettings
from reader.gui.worker import AnalysisWorker

if TYPE_CHECKING:
    from reader.gui.library_view import LibraryView

SESSION_SAVE_MS = 1000  # the open tabs are remembered this long after they last changed
MIN_WINDOW_SIZE = (480, 360)  # the article column stays readable; the side panels give way


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
        self.analyses = AnalysisRequests(self)
        self.tab_manager = TabManager(self)
        self.view_settings = ViewSettings(self)
        #: Whether the open tabs are remembered for the next start (not by a second window
        #: opened beside the first with ``reader --new-window``).
        self.remembers_session = True
        #: remembered tabs whose folder was not there at start (a drive not mounted): kept
        self.unreachable_tabs: list[str] = []
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
        self.tab_bar.close_others_requested.connect(self.tab_manager.close_other_tabs)
        self.tab_bar.close_right_requested.connect(self.tab_manager.close_tabs_to_the_right)
        self._build_library()  # the home tab, before currentChanged is watched
        self.tabs.currentChanged.connect(self.on_current_changed)
        self.tab_bar.tabMoved.connect(self.session_changed)
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
        self.positions = ReadingPositions(self)  # and the positions the library finds

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
        library_hooks.ask_add_folder(self)

    def manage_folders(self) -> None:
        """Library ▸ Watched Folders…: stop watching folders, or add one."""
        library_hooks.manage_folders(self)

    def show_statement(self, path: str, start: int, end: int) -> None:
        """Open the article at ``path`` (or go to its tab) and mark the statement there."""
        self.positions.show_statement(path, start, end)

    def _library_notice(self, kind: str, text: str) -> None:
        library_hooks.library_notice(self, kind, text)

    # -- tabs (reader/gui/tab_management.py) ---------------------------------------------------
    @property
    def article_tabs(self) -> list[ArticleTab]:
        tabs = (self.tabs.widget(i) for i in range(self.tabs.count()))
        return [t for t in tabs if isinstance(t, ArticleTab)]

    def current_tab(self) -> ArticleTab | None:
        tab = self.tabs.currentWidget()
        return tab if isinstance(tab, ArticleTab) else None

    def open_paths(
        self, paths: Iterable[str | Path], *, background: bool = False
    ) -> list[ArticleTab]:
        """Open each path in a tab (or switch to its tab when it is already open). In the
        ``background``, a new tab is not shown, and its article is read when it first is."""
        return self.tab_manager.open_paths(paths, background=background)

    def paste_article(self) -> ArticleTab | None:
        """Edit ▸ Paste as Article: the clipboard's article in a new tab."""
        return self.tab_manager.paste_article()

    def open_welcome(self) -> list[ArticleTab]:
        return self.tab_manager.open_welcome()

    def close_tab(self, index: int) -> None:
        self.tab_manager.close_tab(index)

    def close_current_tab(self) -> None:
        if self.tabs.count():
            self.close_tab(self.tabs.currentIndex())

    # -- the tabs of the next start (reader/gui/session.py) ------------------------------------
    def session_changed(self, *_args: object) -> None:
        """The tabs changed: remembered a moment later."""
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

    def on_current_changed(self, *_args: object) -> None:
        """Another tab is on show (or the one on show changed): its title, its messages."""
        self.session_changed()
        tab = self.current_tab()
        self.analyses.tab_shown(tab)  # a tab restored in the background is read now
        self.message_bar.set_current(self.tabs.currentWidget())  # messages belong to a tab
        self.setWindowTitle(f"{tab.title} — Reader" if tab else "Reader")
        self.act_save.setEnabled(tab is not None and tab.analysis is not None)
        self.analyses.update_busy()

    # -- summary and Open Recent ---------------------------------------------------------------
    def save_summary(self) -> Path | None:
        """Ctrl+S: ask where (proposing "<title> – summary.md" beside the article), then write."""
        return saving.save_summary(self)

    def copy_summary(self) -> None:
        saving.copy_summary(self)

    def fill_recent_menu(self) -> None:
        recent_menu.fill_recent_menu(self)

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

    # -- view (reader/gui/view_settings.py) ----------------------------------------------------
    def set_zoom(self, zoom: int) -> None:
        self.view_settings.set_zoom(zoom)

    def set_theme(self, choice: str) -> None:
        """``"system"``, ``"light"`` or ``"dark"``; applied at once and remembered."""
        self.view_settings.set_theme(choice)

    def refresh_theme(self) -> None:
        """Paint the tabs and the library view in the colours of the theme chosen."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.colors = apply_theme(app, self.settings.theme)
        for tab in self.article_tabs:
            tab.set_colors(self.colors)
        if self._library_view is not None:
            self._library_view.set_colors(self.colors)

    def on_system_scheme_changed(self, *_args: object) -> None:
        self.view_settings.on_system_scheme_changed()

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
            self.tab_manager.open_mime(mime, "what was dropped")

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
        self.analyses.window_closed()
        self.positions.window_closed()
        self.library.close()  # stops indexing; the positions above are written first
        self.settings.sync()
        super().closeEvent(event)
