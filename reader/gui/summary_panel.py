"""The summary panel: algorithm and length controls, the summary sentences, copy."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFocusEvent, QGuiApplication, QKeyEvent, QValidator
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.gui.list_delegate import (
    LEADING_ROLE,
    PanelList,
    WrappingDelegate,
    panel_header,
    panel_height,
)
from reader.gui.settings_table import COUNT
from reader.gui.theme import Colors
from reader.result import Analysis
from reader.summary import ALGORITHM_LABELS, ALGORITHMS

#: Quick changes of the length or algorithm within this time ask for one new summary.
OPTIONS_DELAY_MS = 250


def summary_lines(analysis: Analysis) -> list[str]:
    """The summary sentences on one line each."""
    return [" ".join(s.split()) for s in analysis.summary_texts]


class LengthBox(QSpinBox):
    """The summary length: Auto (0) or a number of sentences. A number above the highest one
    typed in becomes the highest when the box is left (99 gives 30, not 9, as a plain spin box
    would); the tooltip says the range."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        digits = self._digits(text)
        if digits and int(digits) > self.maximum():
            return QValidator.State.Intermediate, text, pos  # typed on; fixed when left
        return super().validate(text, pos)

    def fixup(self, text: str) -> str:
        digits = self._digits(text)
        if digits and int(digits) > self.maximum():
            return self.textFromValue(self.maximum())
        return super().fixup(text)

    def clamp_typed(self) -> None:
        """A number above the highest typed in becomes the highest (as the box is left)."""
        digits = self._digits(self.lineEdit().text())
        if digits and int(digits) > self.maximum():
            self.lineEdit().setText(self.textFromValue(self.maximum()) + self.suffix())
            self.setValue(self.maximum())

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        self.clamp_typed()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.clamp_typed()
        super().keyPressEvent(event)

    def _digits(self, text: str) -> str:
        core = text.removesuffix(self.suffix()).strip()
        return core if core.isdigit() else ""


class SummaryPanel(QWidget):
    """Lists the summary; emits ``sentence_clicked(rank)`` and ``options_changed``."""

    sentence_clicked = Signal(int)  # position in the summary (0 = first summary sentence)
    options_changed = Signal(str, int)  # algorithm, count (0 = automatic)
    copied = Signal()

    def __init__(
        self,
        algorithm: str,
        count: int,
        tint_action: QAction | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.analysis: Analysis | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 10, 6)
        layout.setSpacing(6)

        head = panel_header("Summary", tint_action)
        self.copy_button = QToolButton()
        self.copy_button.setText("Copy")
        self.copy_button.setToolTip("Copy the summary to the clipboard")
        self.copy_button.setAutoRaise(True)
        self.copy_button.clicked.connect(self.copy)
        head.addWidget(self.copy_button)
        layout.addLayout(head)

        controls = QHBoxLayout()
        controls.setSpacing(6)
        self.algorithm = QComboBox()
        self.algorithm.setToolTip("How the summary sentences are chosen")
        for name in ALGORITHMS:
            self.algorithm.addItem(ALGORITHM_LABELS.get(name, name.title()), name)
        self.algorithm.setCurrentIndex(max(0, self.algorithm.findData(algorithm)))
        self.length = LengthBox()
        self.length.setRange(COUNT.low or 0, COUNT.high or 0)
        self.length.setSpecialValueText("Auto")
        self.length.setSuffix(" sentences")
        self.length.setToolTip(
            f"Summary length: Auto (the summariser chooses by the article's length) or "
            f"{max(1, COUNT.low or 0)} to {COUNT.high} sentences"
        )
        self.length.setValue(count)
        controls.addWidget(self.algorithm, 1)
        controls.addWidget(self.length)
        layout.addLayout(controls)

        self.note = QLabel()
        self.note.setObjectName("PanelNote")
        self.note.setWordWrap(True)
        self.note.hide()
        layout.addWidget(self.note)

        self.list = PanelList()
        self.list.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.delegate = WrappingDelegate(self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.itemClicked.connect(self._on_item)
        self.list.itemActivated.connect(self._on_item)
        layout.addWidget(self.list)

        # each spin-box step would start a summary: wait until the options settle
        self._options_timer = QTimer(self)
        self._options_timer.setSingleShot(True)
        self._options_timer.setInterval(OPTIONS_DELAY_MS)
        self._options_timer.timeout.connect(self._emit_options)
        self.algorithm.currentIndexChanged.connect(self._options_edited)
        self.length.valueChanged.connect(self._options_edited)

    @property
    def options(self) -> tuple[str, int]:
        return self.algorithm.currentData(), self.length.value()

    def set_busy(self, busy: bool) -> None:
        if busy:
            self.note.setText("Updating the summary…")
            self.note.show()
        else:
            self._show_notes()

    def show_error(self, message: str) -> None:
        self.note.setText(message)
        self.note.show()

    def set_colors(self, colors: Colors) -> None:
        self.delegate.colors = colors
        self.list.viewport().update()

    def show_analysis(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.list.clear()
        for number, line in enumerate(summary_lines(analysis), 1):
            item = QListWidgetItem(line)
            item.setData(LEADING_ROLE, str(number))
            item.setToolTip("Show this sentence in the article")
            self.list.addItem(item)
        if not analysis.summary.sentences:
            self.list.addItem(QListWidgetItem("This article is too short to summarise."))
            self.list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self._show_notes()

    def wanted_height(self) -> int:
        """The height that shows the controls and every summary sentence without scrolling."""
        return panel_height(self, self.list)

    def _show_notes(self) -> None:
        notes = list(self.analysis.summary.notes) if self.analysis else []
        shorter = self.shorter_note()
        if shorter:
            notes.insert(0, shorter)
        self.note.setText("\n".join(notes))
        self.note.setVisible(bool(notes))

    def shorter_note(self) -> str:
        """What the summary holds when it is shorter than the length asked for ("Showing 3
        sentences, not 9: the article has no more to choose from."), else ``""``."""
        if self.analysis is None:
            return ""
        asked = self.length.value()
        shown = len(self.analysis.summary.sentences)
        if not asked or not shown or shown >= asked:
            return ""
        plural = "s" if shown != 1 else ""
        return (
            f"Showing {shown} sentence{plural}, not {asked}: the article has no more to choose "
            "from."
        )

    def copy(self) -> None:
        """Put the summary on the clipboard, one sentence per line."""
        if self.analysis is None:
            return
        QGuiApplication.clipboard().setText("\n".join(summary_lines(self.analysis)))
        self.copied.emit()

    def _on_item(self, item: QListWidgetItem) -> None:
        if self.analysis and self.analysis.summary.sentences:
            self.sentence_clicked.emit(self.list.row(item))

    def _options_edited(self) -> None:
        self._options_timer.start()  # (re)start: the last change within the delay wins

    def _emit_options(self) -> None:
        self.options_changed.emit(*self.options)
