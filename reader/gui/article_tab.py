"""One open article: a loading page, an error page, or the text beside its panels."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reader.gui.article_view import ArticleView
from reader.gui.find_bar import FindBar
from reader.gui.speakers_panel import SpeakersPanel
from reader.gui.summary_panel import SummaryPanel
from reader.gui.theme import Colors
from reader.result import Analysis

LOADING, ERROR, CONTENT = 0, 1, 2


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
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
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
        column_widget = QWidget(objectName="SideColumn")
        side_column = QVBoxLayout(column_widget)
        side_column.setContentsMargins(0, 0, 0, 0)
        side_column.setSpacing(10)
        side_column.addWidget(self.summary)
        side_column.addWidget(self.speakers)
        side_column.addStretch(1)
        side = QScrollArea()
        side.setObjectName("SidePanel")
        side.setWidgetResizable(True)
        side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side.setWidget(column_widget)

        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setHandleWidth(1)
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(reading)
        self.split.addWidget(side)
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 0)
        side.setMinimumWidth(260)
        self.split.setSizes([820, 380])
        self.stack.addWidget(self.split)

        self.summary.sentence_clicked.connect(self.show_summary_sentence)
        self.summary.options_changed.connect(self.resummarize_requested)
        self.summary.copied.connect(lambda: self.status.emit("Summary copied to the clipboard."))
        self.speakers.speaker_clicked.connect(self.step_speaker)

    # -- pages ---------------------------------------------------------------------------------
    def _loading_page(self) -> QWidget:
        page = QWidget(objectName="LoadingPage")
        layout = QVBoxLayout(page)
        layout.addStretch(2)
        self.loading_label = QLabel(f"Reading {self.path.name}…")
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
        title = QLabel(f"Reader could not open {self.path.name}", objectName="ErrorTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        retry = QPushButton("Try again")
        retry.clicked.connect(self.retry_requested)
        layout.addWidget(title)
        layout.addSpacing(8)
        layout.addWidget(self.error_label)
        layout.addSpacing(12)
        layout.addWidget(retry, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        return page

    @property
    def page(self) -> int:
        return self.stack.currentIndex()

    def show_loading(self) -> None:
        self.error = None
        self.stack.setCurrentIndex(LOADING)

    def show_error(self, message: str) -> None:
        self.error = message
        self.error_label.setText(message)
        self.stack.setCurrentIndex(ERROR)

    def show_analysis(self, analysis: Analysis) -> None:
        """Display a new analysis (the first, or a new summary of the same text)."""
        self.analysis = analysis
        self.error = None
        self.view.show_analysis(analysis)
        self.summary.show_analysis(analysis)
        self.speakers.show_analysis(analysis, self.colors)
        self.summary.set_busy(False)
        self.stack.setCurrentIndex(CONTENT)

    def show_summary_error(self, message: str) -> None:
        self.summary.show_error(message)

    @property
    def title(self) -> str:
        if self.analysis is not None and self.analysis.title:
            return self.analysis.title
        return self.path.name

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

    def set_colors(self, colors: Colors) -> None:
        self.colors = colors
        self.view.set_colors(colors)
        self.summary.set_colors(colors)
        if self.analysis is not None:
            self.speakers.show_analysis(self.analysis, colors)
