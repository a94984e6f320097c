"""The speakers panel: each named speaker with a colour and a mention count."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.gui.list_delegate import (
    TRAILING_ROLE,
    PanelList,
    WrappingDelegate,
    panel_header,
    panel_height,
)
from reader.gui.theme import Colors
from reader.result import Analysis


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


class SpeakersPanel(QWidget):
    """Lists the speakers; emits ``speaker_clicked(index)`` for every click."""

    speaker_clicked = Signal(int)

    def __init__(self, highlight_action: QAction | None = None, parent=None) -> None:
        super().__init__(parent)
        self.analysis: Analysis | None = None
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

    def show_analysis(self, analysis: Analysis, colors: Colors) -> None:
        self.analysis = analysis
        self.delegate.colors = colors
        self.list.clear()
        for number, speaker in enumerate(analysis.speakers):
            n = len(speaker.mentions)
            item = QListWidgetItem(swatch(colors.speaker(number)), speaker.name)
            item.setData(Qt.ItemDataRole.UserRole, number)
            item.setData(TRAILING_ROLE, str(n))
            item.setToolTip(
                f"{speaker.name}: {n} mention{'s' if n != 1 else ''}, "
                f"{len(speaker.quotes)} quote{'s' if len(speaker.quotes) != 1 else ''}. "
                "Click to step through the mentions."
            )
            self.list.addItem(item)
        if not analysis.speakers:
            item = QListWidgetItem("No one is quoted by name.")
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)

    def set_colors(self, colors: Colors) -> None:
        """New swatch colours; the list, its selection and scroll position stay."""
        self.delegate.colors = colors
        for row in range(self.list.count()):
            item = self.list.item(row)
            number = item.data(Qt.ItemDataRole.UserRole)
            if number is not None:
                item.setIcon(swatch(colors.speaker(int(number))))
        self.list.viewport().update()

    def wanted_height(self) -> int:
        """The height that shows every speaker without scrolling."""
        return panel_height(self, self.list)

    def _on_item(self, item: QListWidgetItem) -> None:
        number = item.data(Qt.ItemDataRole.UserRole)
        if number is not None:
            self.speaker_clicked.emit(int(number))
