"""The window's requests to the analysis worker (reader/gui/worker.py): reading a tab's
article (at once, or when a tab opened in the background is first shown), summarising it
again, and delivering each result or failure to the tab that asked, if it is still open."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from reader.gui.article_tab import LOADING
from reader.gui.resources import is_resource
from reader.result import Analysis

if TYPE_CHECKING:
    from reader.gui.article_tab import ArticleTab
    from reader.gui.main_window import MainWindow


class AnalysisRequests(QObject):
    """The analyses asked of ``window.worker`` and the tabs waiting for them."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        window.worker.finished.connect(self._on_finished)
        window.worker.failed.connect(self._on_failed)
        window.worker.busy_changed.connect(self._on_busy)
        self._requests: dict[int, tuple[ArticleTab, str]] = {}
        self._unread: set[ArticleTab] = set()  # opened in the background, read when shown
        self._warmed_up = False

    def analyze(self, tab: ArticleTab) -> None:
        """Read ``tab``'s article (its file, or what was pasted) and show it when done."""
        tab.show_loading()
        algorithm, count = tab.summary.options
        if tab.pasted is not None:
            html, text = tab.pasted
            request = self._window.worker.analyze_pasted(html, text, algorithm, count or None)
        else:
            request = self._window.worker.analyze(tab.path, algorithm, count or None)
        tab.load_request = request
        self._requests[request] = (tab, "load")

    def read_when_shown(self, tab: ArticleTab) -> None:
        """``tab`` was opened in the background: its article is read when it is first shown."""
        tab.show_loading()
        self._unread.add(tab)

    def tab_shown(self, tab: ArticleTab | None) -> None:
        """``tab`` is on show: read its article if it was waiting for that."""
        if tab is not None and tab in self._unread:  # a tab restored in the background
            self._unread.discard(tab)
            self.analyze(tab)

    def resummarize(self, tab: ArticleTab, algorithm: str, count: int) -> None:
        """A new summary for ``tab`` with these options (the file is not reloaded)."""
        window = self._window
        window.settings.algorithm = algorithm
        window.settings.count = count
        # closed while the options settled
        if tab.analysis is None or tab not in window.article_tabs:
            return
        if tab.summary_request:
            window.worker.cancel(tab.summary_request)
            self._requests.pop(tab.summary_request, None)
        request = window.worker.resummarize(tab.analysis, algorithm, count or None)
        tab.summary_request = request
        self._requests[request] = (tab, "summary")
        tab.summary.set_busy(True)

    def tab_closed(self, tab: ArticleTab) -> None:
        """``tab`` is closing: its requests are cancelled (their results would be dropped)."""
        self._unread.discard(tab)
        for request, (owner, _) in list(self._requests.items()):
            if owner is tab:
                self._window.worker.cancel(request)
                del self._requests[request]

    def window_closed(self) -> None:
        """The window is closing: every request is cancelled."""
        self._window.worker.cancel_all()
        self._requests.clear()

    def _on_finished(self, request: int, analysis: Analysis) -> None:
        window = self._window
        tab, kind = self._requests.pop(request, (None, ""))
        if tab is None or tab not in window.article_tabs:
            return
        if kind == "load":
            tab.show_analysis(analysis)
            window.tab_manager.update_tab_title(tab)
            if tab.pasted is None and not is_resource(tab.path):
                window.settings.add_recent(str(tab.path))
                window.positions.apply_wanted_mark(tab)
                window.library.article_opened(tab.path, analysis)  # restores the position
            elif tab.pasted is not None:
                window.tab_manager.remember_pasted(tab, analysis)
            window.on_current_changed()
            if not self._warmed_up:
                self._warmed_up = True
                window.worker.warm_up()
            window.analysis_ready.emit(tab)
        else:
            tab.summary_request = 0
            tab.show_analysis(analysis)
            window.summary_ready.emit(tab)

    def _on_failed(self, request: int, message: str, retryable: int = 1) -> None:
        window = self._window
        tab, kind = self._requests.pop(request, (None, ""))
        if tab is None or tab not in window.article_tabs:
            return
        if kind == "load":
            tab.show_error(message, retryable=bool(retryable))
            self.update_busy()
            window.analysis_failed.emit(tab, message)
        else:
            tab.summary_request = 0
            tab.show_summary_error(message)
            window.message_bar.show_error(message, owner=tab)
            window.analysis_failed.emit(tab, message)

    def _on_busy(self, _busy: bool) -> None:
        self.update_busy()

    def update_busy(self) -> None:
        """The status bar's bar shows work the page does not show already (one bar at a time)."""
        tab = self._window.current_tab()
        loading_page = tab is not None and tab.page == LOADING
        self._window.busy.setVisible(self._window.worker.is_busy() and not loading_page)
