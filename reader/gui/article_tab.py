"""One open article: a loading page, an error page, or the text beside its panels."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reader.gui.article_document import title_is_file_name
from reader.gui.article_view import ArticleView
from reader.gui.find_bar import FindBar
from reader.gui.speakers_panel import SpeakersPanel
from reader.gui.summary_panel import SummaryPanel
from reader.gui.theme import Colors
from reader.gui.worker import PASTED_NAME
from reader.result import Analysis

LOADING, ERROR, CONTENT = 0, 1, 2
SIDE_SHARE = 0.3  # the side panel's share of the tab's width by default
SIDE_MIN_WIDTH = 240
#: The article column is never made narrower than this to keep the side panels: in a tab
#: narrower than the two together, the side panels give way (hide) and come back when it widens.
ARTICLE_MIN_WIDTH = 360
SPEAKERS_MIN_HEIGHT = 130  # the speakers keep a few rows however long the summary is
SUMMARY_MIN_HEIGHT = 150  # the summary keeps its controls and a sentence or two
SMALLER_MAX_SHARE = 0.55  # the shorter panel is shown whole when it needs at most this share


class ArticleTab(QWidget):
    """Shows one article; the main window starts its analyses and hands back the results."""

    resummarize_requested = Signal(str, int)  # algorithm, count
    retry_requested = Signal()
    status = Signal(str)

    def __init__(
        self,
        path: Path,
        colors: Colors,
        *,
        algorithm: str,
        count: int,
        tint_action: QAction,
        highlight_action: QAction,
        pasted: tuple[str, str] | None = None,
        pasted_on: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.pasted = pasted  # (html, text) of an article pasted or dropped, not a file
        #: The day of a paste, fresh or kept in the library: its source line says so.
        self.pasted_on = pasted_on
        self.colors = colors
        self.analysis: Analysis | None = None
        self.error: str | None = None
        self.load_request = 0
        self.summary_request = 0
        self._steps: dict[int, int] = {}

        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.stack.addWidget(self._loading_page())
        self.stack.addWidget(self._error_page())

        self.view = ArticleView(colors)
        self.find_bar = FindBar(self.view)
        reading = QWidget()
        column = QVBoxLayout(reading)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.view, 1)
        column.addWidget(self.find_bar)

        self.summary = SummaryPanel(algorithm, count, tint_action)
        self.summary.set_colors(colors)
        self.speakers = SpeakersPanel(highlight_action)
        self.speakers.setMinimumHeight(SPEAKERS_MIN_HEIGHT)
        # summary above speakers; each list scrolls on its own, the panel itself never does
        self.side_split = QSplitter(Qt.Orientation.Vertical, objectName="SidePanel")
        self.side_split.setChildrenCollapsible(False)
        self.side_split.setHandleWidth(7)
        self.side_split.addWidget(self.summary)
        self.side_split.addWidget(self.speakers)
        self.side_split.setStretchFactor(0, 1)
        self.side_split.setStretchFactor(1, 1)
        self.side_split.setMinimumWidth(SIDE_MIN_WIDTH)
        self._side_sized_by_hand = False
        self._balance_timer = QTimer(self)  # balances once the new content is laid out
        self._balance_timer.setSingleShot(True)
        self._balance_timer.setInterval(0)
        self._balance_timer.timeout.connect(self.balance_side)
        self.side_split.splitterMoved.connect(self._on_side_moved)
        # new rows share the height again; a speaker opened or closed does not: the summary
        # above keeps its height, so the clicked row stays under the pointer (its list scrolls)
        self.speakers.contents_changed.connect(self._balance_timer.start)

        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setHandleWidth(1)
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(reading)
        self.split.addWidget(self.side_split)
        self.reading = reading
        # both grow and shrink with the window, the article more: the side keeps about 30 %
        self.split.setStretchFactor(0, round(10 * (1 - SIDE_SHARE)))
        self.split.setStretchFactor(1, round(10 * SIDE_SHARE))
        self.split.setSizes([round(1000 * (1 - SIDE_SHARE)), round(1000 * SIDE_SHARE)])
        self.stack.addWidget(self.split)

        self.summary.sentence_clicked.connect(self.show_summary_sentence)
        self.summary.options_changed.connect(self.resummarize_requested)
        self.summary.copied.connect(lambda: self.status.emit("Summary copied to the clipboard."))
        self.speakers.speaker_clicked.connect(self.step_speaker)
        self.view.clutter_toggled.connect(self._on_clutter_toggled)
        self.speakers.statement_clicked.connect(self.show_statement)

    # -- pages ---------------------------------------------------------------------------------
    def _loading_page(self) -> QWidget:
        page = QWidget(objectName="LoadingPage")
        layout = QVBoxLayout(page)
        layout.addStretch(2)
        self.loading_label = QLabel(f"Reading {self.path.name}…")
        if self.pasted is not None or self.pasted_on is not None:
            self.loading_label.setText("Reading the pasted article…")
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading_label.setObjectName("Muted")
        bar = QProgressBar()
        bar.setRange(0, 0)
        bar.setTextVisible(False)
        bar.setFixedSize(220, 6)
        layout.addWidget(self.loading_label)
        layout.addWidget(bar, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        return page

    def _error_page(self) -> QWidget:
        page = QWidget(objectName="ErrorPage")
        layout = QVBoxLayout(page)
        layout.addStretch(2)
        what = "the pasted article" if self.pasted is not None else self.path.name
        title = QLabel(f"Reader could not open {what}", objectName="ErrorTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton("Try again")
        self.retry_button.clicked.connect(self.retry_requested)
        layout.addWidget(title)
        layout.addSpacing(8)
        layout.addWidget(self.error_label)
        layout.addSpacing(12)
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        return page

    @property
    def page(self) -> int:
        return self.stack.currentIndex()

    def show_loading(self) -> None:
        self.error = None
        self.stack.setCurrentIndex(LOADING)

    def show_error(self, message: str, *, retryable: bool = True) -> None:
        """The error page; "Try again" only when retrying could help (``retryable``)."""
        self.error = message
        self.error_label.setText(message)
        self.retry_button.setVisible(retryable)
        self.stack.setCurrentIndex(ERROR)

    def show_analysis(self, analysis: Analysis) -> None:
        """Display a new analysis (the first, or a new summary of the same text)."""
        if self.pasted_on is not None and self.pasted is None and title_is_file_name(analysis):
            # a kept paste without a headline: its file is named after its first words, but
            # it is called as it was when pasted
            analysis = analysis.with_changes(title=PASTED_NAME)
        self.analysis = analysis
        self.error = None
        self.view.source_label = self.source_label()
        self.view.show_analysis(analysis)
        self.summary.show_analysis(analysis)
        self.speakers.show_analysis(analysis, self.colors)
        self.summary.set_busy(False)
        self.stack.setCurrentIndex(CONTENT)
        self._balance_timer.start()

    # -- the side panel's height ---------------------------------------------------------------
    def balance_side(self) -> None:
        """Share the side panel's height by content, so that neither panel keeps an empty area
        while the other scrolls: when both fit, the summary gets what it needs and the speakers
        the rest; else the one that needs less gets all it needs when that is at most
        :data:`SMALLER_MAX_SHARE` of the height, and the other scrolls in the rest; when both
        are long, each gets a share in proportion to its need (the speakers keep at least a few
        rows, the summary its controls and a sentence or two)."""
        if self._side_sized_by_hand:
            return
        height = sum(self.side_split.sizes())
        if height <= 0:
            return
        summary = self.summary.wanted_height()
        speakers = self.speakers.wanted_height()
        if summary + speakers <= height:
            summary_height = summary
        elif min(summary, speakers) <= height * SMALLER_MAX_SHARE:
            summary_height = summary if summary <= speakers else height - speakers
        else:
            summary_height = round(height * summary / (summary + speakers))
        summary_height = max(summary_height, min(summary, SUMMARY_MIN_HEIGHT))
        summary_height = min(summary_height, height - SPEAKERS_MIN_HEIGHT)
        self.side_split.setSizes([summary_height, height - summary_height])

    def _on_side_moved(self, *_args: object) -> None:
        self._side_sized_by_hand = True

    @property
    def side_hidden(self) -> bool:
        """Whether the side panels gave way to the article in a narrow window."""
        return bool(self.side_split.isHidden())

    def _fit_side(self, width: int) -> None:
        """Hide the side panels when the tab is too narrow for them beside a readable article
        column, and show them again when it is wide enough."""
        narrow = width < ARTICLE_MIN_WIDTH + SIDE_MIN_WIDTH + self.split.handleWidth()
        if narrow != self.side_split.isHidden():
            self.side_split.setHidden(narrow)
            self.status.emit(
                "The window is narrow: the summary and speakers are hidden until it is wider."
                if narrow
                else ""
            )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        self._fit_side(event.size().width())
        super().resizeEvent(event)
        if self.analysis is not None:  # a new height, or a width that wraps the rows anew
            self._balance_timer.start()

    def show_summary_error(self, message: str) -> None:
        self.summary.show_error(message)

    def source_label(self) -> str:
        """What the source line names first: for a paste, the day it was pasted and the site it
        came from when known ("Pasted on 21 Jun 2024 from BBC News"), the same when it is
        first pasted and when it is opened again from the library; ``""`` for a file."""
        if self.pasted_on is None:
            return ""
        from reader.readable import readable_date

        label = f"Pasted on {readable_date(self.pasted_on.isoformat())}"
        site = self.analysis.metadata.site_name if self.analysis is not None else ""
        return f"{label} from {site}" if site else label

    @property
    def title(self) -> str:
        if self.analysis is not None and self.analysis.title:
            return self.analysis.title
        return self.path.name

    def _on_clutter_toggled(self, is_open: bool) -> None:
        if is_open and self.analysis is not None:
            n = len(self.analysis.clutter_lines)
            self.status.emit(f"Showing the {n} lines of the page that are not the article.")

    # -- interaction ---------------------------------------------------------------------------
    def show_summary_sentence(self, rank: int) -> None:
        """Scroll to the ``rank``-th summary sentence and mark it."""
        if self.analysis is None or not 0 <= rank < len(self.analysis.summary.sentences):
            return
        index = self.analysis.summary.sentences[rank]
        self.view.mark(self.analysis.sentences[index])

    def step_speaker(self, number: int) -> None:
        """Mark the next mention of speaker ``number`` (wrapping round)."""
        if self.analysis is None or not 0 <= number < len(self.analysis.speakers):
            return
        speaker = self.analysis.speakers[number]
        if not speaker.mentions:
            return
        step = (self._steps.get(number, -1) + 1) % len(speaker.mentions)
        self._steps[number] = step
        self.view.mark(speaker.mentions[step])
        self.status.emit(f"{speaker.name}: mention {step + 1} of {len(speaker.mentions)}")

    def show_statement(self, start: int, end: int) -> None:
        """Scroll to the statement ``(start, end)`` and select it."""
        if self.analysis is None:
            return
        self.view.select_statement((start, end))
        for speaker in self.analysis.speakers:
            spans = [st.span for st in speaker.statements]
            if (start, end) in spans:
                n = spans.index((start, end)) + 1
                self.status.emit(f"{speaker.name}: statement {n} of {len(spans)}")
                return
        self.status.emit("An unnamed source's statement")

    def set_colors(self, colors: Colors) -> None:
        self.colors = colors
        self.view.set_colors(colors)
        self.summary.set_colors(colors)
        self.speakers.set_colors(colors)
