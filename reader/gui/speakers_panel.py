"""The speakers panel: each named speaker with a colour and a mention count; a speaker opens to
their statements (first words, kind shown), and unnamed sources are listed apart at the end."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.gui.list_delegate import (
    LEADING_ROLE,
    TRAILING_ROLE,
    PanelList,
    WrappingDelegate,
    panel_header,
    panel_height,
)
from reader.gui.theme import Colors
from reader.result import Analysis, Span, Statement

ROW_ROLE = Qt.ItemDataRole.UserRole + 10  # "speaker", "unnamed" or "statement"
SPAN_ROLE = Qt.ItemDataRole.UserRole + 11  # a statement row's span
UNNAMED = -1  # the key of the unnamed sources' group
FIRST_WORDS = 9  # words of a statement shown in its row
KIND_LABELS = {"direct": "quote", "indirect": "reported"}


def swatch(colour: QColor, size: int = 14) -> QIcon:
    """A round colour sample for a speaker."""
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(colour.darker(135))
    painter.setBrush(colour)
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    painter.end()
    return QIcon(pixmap)


def first_words(text: str, count: int = FIRST_WORDS) -> str:
    """The first ``count`` words of ``text`` on one line, with "…" when it goes on."""
    words = text.split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


class SpeakersPanel(QWidget):
    """Lists the speakers. A click on a speaker opens (or closes) their statements and emits
    ``speaker_clicked(index)``; a click on a statement emits ``statement_clicked(start, end)``."""

    speaker_clicked = Signal(int)
    statement_clicked = Signal(int, int)
    contents_changed = Signal()  # rows added or removed (a speaker opened or closed)

    def __init__(
        self, highlight_action: QAction | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.analysis: Analysis | None = None
        self.opened: set[int] = set()  # speaker numbers (or UNNAMED) shown open
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 10, 10)
        layout.setSpacing(6)
        layout.addLayout(panel_header("Speakers", highlight_action))
        self.list = PanelList()
        self.list.setIconSize(QSize(14, 14))
        self.delegate = WrappingDelegate(self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.itemClicked.connect(self._on_item)
        self.list.itemActivated.connect(self._on_item)
        layout.addWidget(self.list)
        self._relayout = QTimer(self)  # dies with the panel, unlike a bare single shot
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self._after_fill)

    # -- content -------------------------------------------------------------------------------
    def show_analysis(self, analysis: Analysis, colors: Colors) -> None:
        if self.analysis is None or self.analysis.text != analysis.text:
            self.opened = set()
        self.analysis = analysis
        self.delegate.colors = colors
        self._fill()

    def _fill(self) -> None:
        analysis = self.analysis
        self.list.clear()
        if analysis is None:
            return
        for number, speaker in enumerate(analysis.speakers):
            self.list.addItem(self._speaker_item(number))
            if number in self.opened:
                self._add_statements(number, speaker.statements)
        if analysis.unnamed_statements:
            self.list.addItem(self._unnamed_item())
            if UNNAMED in self.opened:
                self._add_statements(UNNAMED, analysis.unnamed_statements)
        if not analysis.speakers:
            item = QListWidgetItem("No one is quoted by name.")
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.insertItem(0, item)
        # rows wrap to the width left beside a scroll bar that may just have appeared
        self._relayout.start()

    def _after_fill(self) -> None:
        self.list.doItemsLayout()
        self.contents_changed.emit()

    def _speaker_item(self, number: int) -> QListWidgetItem:
        assert self.analysis is not None
        speaker = self.analysis.speakers[number]
        n, said = len(speaker.mentions), len(speaker.statements)
        item = QListWidgetItem(swatch(self.delegate.colors.speaker(number)), speaker.name)
        item.setData(Qt.ItemDataRole.UserRole, number)
        item.setData(ROW_ROLE, "speaker")
        item.setData(TRAILING_ROLE, str(n))
        opened = "close" if number in self.opened else "see"
        item.setToolTip(
            f"{speaker.name}: {n} mention{'s' if n != 1 else ''}, "
            f"{said} statement{'s' if said != 1 else ''}. "
            f"Click to {opened} what they said and step through the mentions."
        )
        return item

    def _unnamed_item(self) -> QListWidgetItem:
        assert self.analysis is not None
        count = len(self.analysis.unnamed_statements)
        item = QListWidgetItem("Unnamed sources")
        item.setData(ROW_ROLE, "unnamed")
        item.setData(LEADING_ROLE, "·")
        item.setData(TRAILING_ROLE, str(count))
        item.setToolTip(
            f"{count} statement{'s' if count != 1 else ''} by sources the article does not "
            "name (\u201ctwo officials\u201d, \u201ca spokesperson\u201d). Click to see them."
        )
        return item

    def _add_statements(self, key: int, statements: tuple[Statement, ...]) -> None:
        assert self.analysis is not None
        text = self.analysis.text
        for statement in statements:
            start, end = statement.span
            words = first_words(text[start:end])
            if key == UNNAMED and statement.subject is not None:
                source = " ".join(text[statement.subject[0] : statement.subject[1]].split())
                words = f"{source}: {words}"
            item = QListWidgetItem(words)
            item.setData(ROW_ROLE, "statement")
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setData(SPAN_ROLE, (start, end))
            item.setData(LEADING_ROLE, "")  # indented under its speaker
            item.setData(TRAILING_ROLE, KIND_LABELS.get(statement.kind, statement.kind))
            full = " ".join(text[start:end].split())
            item.setToolTip(f"{full[:400]}{'…' if len(full) > 400 else ''}\nClick to go to it.")
            self.list.addItem(item)

    def set_colors(self, colors: Colors) -> None:
        """New swatch colours; the list, its selection and scroll position stay."""
        self.delegate.colors = colors
        for row in range(self.list.count()):
            item = self.list.item(row)
            number = item.data(Qt.ItemDataRole.UserRole)
            if item.data(ROW_ROLE) == "speaker" and number is not None:
                item.setIcon(swatch(colors.speaker(int(number))))
        self.list.viewport().update()

    def wanted_height(self) -> int:
        """The height that shows every row without scrolling."""
        return panel_height(self, self.list)

    # -- opening and clicking ------------------------------------------------------------------
    def toggle(self, key: int) -> None:
        """Open (or close) the statements of speaker ``key`` (:data:`UNNAMED`: the unnamed
        sources), keeping the clicked row current."""
        self.opened ^= {key}
        bar = self.list.verticalScrollBar()
        value = bar.value()
        self._fill()
        bar.setValue(value)
        row = self.row_of(key)
        if row >= 0:
            self.list.setCurrentRow(row)

    def row_of(self, key: int) -> int:
        """The row of speaker ``key`` (or of the unnamed group), -1 when absent."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            kind = item.data(ROW_ROLE)
            if kind == "unnamed" and key == UNNAMED:
                return row
            if kind == "speaker" and item.data(Qt.ItemDataRole.UserRole) == key:
                return row
        return -1

    def statement_rows(self, key: int) -> list[int]:
        """Rows of the statements shown for speaker ``key``."""
        return [
            row
            for row in range(self.list.count())
            if self.list.item(row).data(ROW_ROLE) == "statement"
            and self.list.item(row).data(Qt.ItemDataRole.UserRole) == key
        ]

    def _on_item(self, item: QListWidgetItem) -> None:
        kind = item.data(ROW_ROLE)
        if kind == "statement":
            start, end = item.data(SPAN_ROLE)
            self.statement_clicked.emit(int(start), int(end))
        elif kind == "unnamed":
            self.toggle(UNNAMED)
        elif kind == "speaker":
            number = int(item.data(Qt.ItemDataRole.UserRole))
            self.toggle(number)
            self.speaker_clicked.emit(number)

    def statement_span(self, row: int) -> Span | None:
        """The span of the statement in ``row``, if that row is a statement."""
        item = self.list.item(row)
        if item is None or item.data(ROW_ROLE) != "statement":
            return None
        start, end = item.data(SPAN_ROLE)
        return (int(start), int(end))
