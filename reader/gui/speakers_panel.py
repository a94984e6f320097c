"""The speakers panel: each named speaker with a colour and a mention count; a speaker opens to
their statements (first words, kind shown), and unnamed sources are listed apart at the end."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeyEvent, QMouseEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.gui.list_delegate import (
    GUTTER,
    LEADING_ROLE,
    PAD_X,
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
    """Lists the speakers. A click on a speaker opens their statements (they stay open while
    further clicks step through the mentions) and emits ``speaker_clicked(index)``; a click on
    its colour dot, or Left, closes them again (Right opens). A click on a statement emits
    ``statement_clicked(start, end)``. Opening and closing inserts and removes rows below the
    speaker only: nothing above it moves, so the row stays under the pointer."""

    speaker_clicked = Signal(int)
    statement_clicked = Signal(int, int)
    contents_changed = Signal()  # new rows for a new analysis (not a speaker opened or closed)

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
        self._clicked_at: QPoint | None = None  # where the list was last clicked
        self.list.viewport().installEventFilter(self)
        self.list.installEventFilter(self)
        layout.addWidget(self.list)
        self._relayout = QTimer(self)  # dies with the panel, unlike a bare single shot
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self._after_fill)
        self._refilled = False

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
        self._refilled = True
        self._relayout.start()

    def _after_fill(self) -> None:
        self.list.doItemsLayout()
        if self._refilled:
            self._refilled = False
            self.contents_changed.emit()

    def _speaker_item(self, number: int) -> QListWidgetItem:
        assert self.analysis is not None
        speaker = self.analysis.speakers[number]
        n = len(speaker.mentions)
        item = QListWidgetItem(swatch(self.delegate.colors.speaker(number)), speaker.name)
        item.setData(Qt.ItemDataRole.UserRole, number)
        item.setData(ROW_ROLE, "speaker")
        item.setData(TRAILING_ROLE, str(n))
        item.setToolTip(self._speaker_tip(number))
        return item

    def _speaker_tip(self, number: int) -> str:
        assert self.analysis is not None
        speaker = self.analysis.speakers[number]
        n, said = len(speaker.mentions), len(speaker.statements)
        counts = (
            f"{speaker.name}: {n} mention{'s' if n != 1 else ''}, "
            f"{said} statement{'s' if said != 1 else ''}."
        )
        if number in self.opened:
            return f"{counts} Click to step through the mentions; click the dot (or ←) to close."
        return f"{counts} Click to see what they said and step through the mentions."

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
        for item in self._statement_items(key, statements):
            self.list.addItem(item)

    def _statement_items(
        self, key: int, statements: tuple[Statement, ...]
    ) -> list[QListWidgetItem]:
        assert self.analysis is not None
        text = self.analysis.text
        items = []
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
            items.append(item)
        return items

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
        sources), keeping the clicked row current and where it is."""
        self.set_open(key, key not in self.opened)

    def set_open(self, key: int, is_open: bool) -> None:
        """Show or hide the statements of speaker ``key``: rows are inserted or removed below
        it, so that the rows above it (and it) stay in place."""
        row = self.row_of(key)
        if row < 0 or self.analysis is None or (key in self.opened) == is_open:
            if row >= 0:
                self.list.setCurrentRow(row)
            return
        if is_open:
            self.opened.add(key)
            statements = (
                self.analysis.unnamed_statements
                if key == UNNAMED
                else self.analysis.speakers[key].statements
            )
            for offset, item in enumerate(self._statement_items(key, statements), 1):
                self.list.insertItem(row + offset, item)
        else:
            self.opened.discard(key)
            for statement_row in reversed(self.statement_rows(key)):
                self.list.takeItem(statement_row)
        if key != UNNAMED:
            self.list.item(row).setToolTip(self._speaker_tip(key))
        self.list.setCurrentRow(row)
        self._relayout.start()  # a scroll bar may have come or gone: wrap the rows anew

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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        kind = event.type()
        if (
            watched is self.list.viewport()
            and kind == QEvent.Type.MouseButtonPress
            and isinstance(event, QMouseEvent)
        ):
            self._clicked_at = event.position().toPoint()
        elif watched is self.list and kind == QEvent.Type.KeyPress:
            self._clicked_at = None  # Enter steps, as a click on the name does
            if isinstance(event, QKeyEvent) and self._open_or_close_by_key(event.key()):
                return True
        return super().eventFilter(watched, event)

    def _open_or_close_by_key(self, key: int) -> bool:
        """Right opens the current speaker's statements, Left closes them (from a statement
        too, going back to its speaker)."""
        right = key == Qt.Key.Key_Right
        if not right and key != Qt.Key.Key_Left:
            return False
        item = self.list.currentItem()
        if item is None or item.data(ROW_ROLE) not in ("speaker", "unnamed", "statement"):
            return False
        owner = self._key_of(item)
        if item.data(ROW_ROLE) == "statement" and right:
            return False
        self.set_open(owner, right)
        return True

    @staticmethod
    def _key_of(item: QListWidgetItem) -> int:
        if item.data(ROW_ROLE) == "unnamed":
            return UNNAMED
        return int(item.data(Qt.ItemDataRole.UserRole))

    def _on_dot(self, item: QListWidgetItem) -> bool:
        """Whether the last click was on the colour dot (or the gutter) of ``item``'s row."""
        at = self._clicked_at
        if at is None or self.list.itemAt(at) is not item:
            return False
        rect = self.list.visualItemRect(item)
        if self.list.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            return at.x() >= rect.right() - PAD_X - GUTTER
        return at.x() <= rect.left() + PAD_X + GUTTER

    def _on_item(self, item: QListWidgetItem) -> None:
        kind = item.data(ROW_ROLE)
        if kind == "statement":
            start, end = item.data(SPAN_ROLE)
            self.statement_clicked.emit(int(start), int(end))
        elif kind in ("speaker", "unnamed"):
            key = self._key_of(item)
            if key in self.opened and self._on_dot(item):
                self.set_open(key, False)  # the dot closes the statements again
                return
            if kind == "unnamed":
                self.toggle(UNNAMED)
                return
            self.set_open(key, True)  # stays open while the clicks step through mentions
            self.speaker_clicked.emit(key)

    def statement_span(self, row: int) -> Span | None:
        """The span of the statement in ``row``, if that row is a statement."""
        item = self.list.item(row)
        if item is None or item.data(ROW_ROLE) != "statement":
            return None
        start, end = item.data(SPAN_ROLE)
        return (int(start), int(end))
