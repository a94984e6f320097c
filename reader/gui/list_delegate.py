"""The side panels' parts: a header row, and lists painted with wrapped text, a muted number or
count, and a colour swatch."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QAction, QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
)

from reader.gui.theme import LIGHT, Colors

LEADING_ROLE = Qt.ItemDataRole.UserRole + 1  # small muted text before the item ("1")
TRAILING_ROLE = Qt.ItemDataRole.UserRole + 2  # small muted text at the right ("4 mentions")
PAD_X, PAD_Y, GUTTER, ICON = 8, 7, 22, 12


def panel_header(title: str, action: QAction | None = None) -> QHBoxLayout:
    """A panel's header row: its title on the left, an optional toggle button on the right."""
    head = QHBoxLayout()
    label = QLabel(title)
    label.setObjectName("PanelTitle")
    head.addWidget(label)
    head.addStretch(1)
    if action is not None:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setAutoRaise(True)
        head.addWidget(button)
    return head


class WrappingDelegate(QStyledItemDelegate):
    """Items whose text wraps to the list's width, with optional gutter text and swatch."""

    def __init__(self, parent=None, colors: Colors = LIGHT) -> None:
        super().__init__(parent)
        self.colors = colors

    def _text_rect(self, rect: QRect, index: QModelIndex) -> QRect:
        left = rect.left() + PAD_X
        if index.data(LEADING_ROLE) is not None or index.data(Qt.ItemDataRole.DecorationRole):
            left += GUTTER
        right = rect.right() - PAD_X
        trailing = index.data(TRAILING_ROLE)
        if trailing:
            right -= QFontMetrics(self.parent().font()).horizontalAdvance(str(trailing)) + PAD_X
        return QRect(left, rect.top() + PAD_Y, max(40, right - left), rect.height() - 2 * PAD_Y)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        width = self.parent().viewport().width() if self.parent() else option.rect.width()
        rect = self._text_rect(QRect(0, 0, width, 10_000), index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bounds = option.fontMetrics.boundingRect(
            QRect(0, 0, rect.width(), 10_000), int(Qt.TextFlag.TextWordWrap), text
        )
        return QSize(width, bounds.height() + 2 * PAD_Y + 1)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        colors = self.colors
        painter.save()
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        enabled = bool(index.flags() & Qt.ItemFlag.ItemIsEnabled)
        if selected:
            painter.fillRect(rect, QColor(colors.summary_tint))
        elif hovered and enabled:
            painter.fillRect(rect, QColor(colors.window))
        painter.setPen(QColor(colors.rule))
        painter.drawLine(rect.left() + PAD_X, rect.bottom(), rect.right() - PAD_X, rect.bottom())
        text_rect = self._text_rect(rect, index)
        muted = QColor(colors.muted)
        leading = index.data(LEADING_ROLE)
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if icon is not None and hasattr(icon, "paint"):
            y = rect.top() + PAD_Y + (option.fontMetrics.height() - ICON) // 2
            icon.paint(painter, QRect(rect.left() + PAD_X, y, ICON, ICON))
        elif leading is not None:
            painter.setPen(muted)
            painter.drawText(
                QRect(rect.left() + PAD_X, text_rect.top(), GUTTER, text_rect.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                str(leading),
            )
        trailing = index.data(TRAILING_ROLE)
        if trailing:
            painter.setPen(muted)
            painter.drawText(
                QRect(text_rect.right() + PAD_X, text_rect.top(), 200, text_rect.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                str(trailing),
            )
        painter.setPen(QColor(colors.ink) if enabled else muted)
        painter.drawText(
            text_rect,
            int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft),
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
        )
        painter.restore()


class FittedList(QListWidget):
    """A list exactly as tall as its items (the side column scrolls, not the list)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.model().rowsInserted.connect(self.fit)
        self.model().rowsRemoved.connect(self.fit)
        self.model().modelReset.connect(self.fit)

    def fit(self, *_args) -> None:
        rows = sum(self.sizeHintForRow(i) for i in range(self.count()))
        height = rows + 2 * self.frameWidth() + 2
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()
