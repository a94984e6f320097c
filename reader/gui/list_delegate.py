"""The side panels' parts: a header row, and lists painted with wrapped text, a muted number or
count, and a colour swatch."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QResizeEvent,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QWidget,
)

from reader.gui.bidi import is_right_to_left
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


def panel_height(panel: QWidget, lst: PanelList) -> int:
    """The height ``panel`` needs to show every item of its list ``lst`` without scrolling."""
    layout = panel.layout()
    assert layout is not None
    margins = layout.contentsMargins()
    heights = [lst.content_height()]
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item is None:
            continue
        widget = item.widget()
        if widget is lst or (widget is not None and widget.isHidden()):
            continue
        heights.append(item.sizeHint().height())
    spacing = max(0, layout.spacing()) * (len(heights) - 1)
    return sum(heights) + spacing + margins.top() + margins.bottom()


class WrappingDelegate(QStyledItemDelegate):
    """Items whose text wraps to the list's width, with optional gutter text and swatch."""

    def __init__(self, parent: QAbstractItemView | None = None, colors: Colors = LIGHT) -> None:
        super().__init__(parent)
        self.colors = colors
        self.view = parent

    def _text_rect(self, rect: QRect, index: QModelIndex | QPersistentModelIndex) -> QRect:
        left = rect.left() + PAD_X
        if index.data(LEADING_ROLE) is not None or index.data(Qt.ItemDataRole.DecorationRole):
            left += GUTTER
        right = rect.right() - PAD_X
        trailing = index.data(TRAILING_ROLE)
        if trailing:
            font = self.view.font() if self.view is not None else QFont()
            right -= QFontMetrics(font).horizontalAdvance(str(trailing)) + PAD_X
        return QRect(left, rect.top() + PAD_Y, max(40, right - left), rect.height() - 2 * PAD_Y)

    def sizeHint(  # noqa: N802 (Qt API)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        view = self.view
        width = view.viewport().width() if view is not None else option.rect.width()
        rect = self._text_rect(QRect(0, 0, width, 10_000), index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bounds = option.fontMetrics.boundingRect(
            QRect(0, 0, rect.width(), 10_000), int(Qt.TextFlag.TextWordWrap), text
        )
        return QSize(width, bounds.height() + 2 * PAD_Y + 1)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
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
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        rtl = is_right_to_left(text)

        def place(r: QRect) -> QRect:  # right-to-left items are laid out mirrored
            if not rtl:
                return r
            return QRect(rect.left() + rect.right() - r.right(), r.top(), r.width(), r.height())

        text_rect = self._text_rect(rect, index)
        muted = QColor(colors.muted)
        leading = index.data(LEADING_ROLE)
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        near = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        if icon is not None and hasattr(icon, "paint"):
            y = rect.top() + PAD_Y + (option.fontMetrics.height() - ICON) // 2
            icon.paint(painter, place(QRect(rect.left() + PAD_X, y, ICON, ICON)))
        elif leading is not None:
            painter.setPen(muted)
            painter.drawText(
                place(QRect(rect.left() + PAD_X, text_rect.top(), GUTTER, text_rect.height())),
                int(near | Qt.AlignmentFlag.AlignTop),
                str(leading),
            )
        trailing = index.data(TRAILING_ROLE)
        if trailing:
            painter.setPen(muted)
            painter.drawText(
                place(QRect(text_rect.right() + PAD_X, text_rect.top(), 200, text_rect.height())),
                int(near | Qt.AlignmentFlag.AlignTop),
                str(trailing),
            )
        painter.setPen(QColor(colors.ink) if enabled else muted)
        layout = QTextOption(near | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop)
        layout.setWrapMode(QTextOption.WrapMode.WordWrap)
        layout.setTextDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        painter.drawText(QRectF(place(text_rect)), text, layout)
        painter.restore()


class PanelList(QListWidget):
    """A side-panel list that scrolls on its own; its size hint is the height of all its items
    (the side panel uses it to share its height between the summary and the speakers)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(48)
        self.setMouseTracking(True)
        # A list laid out top to bottom does not lay its rows out again when only its width
        # changes (a narrower window, a scroll bar appearing): rows wrapped for the old width
        # would be cut off mid-line. Lay them out again, once the resizing settles.
        self._rewrap = QTimer(self)
        self._rewrap.setSingleShot(True)
        self._rewrap.setInterval(0)
        self._rewrap.timeout.connect(self.doItemsLayout)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._rewrap.start()

    def content_height(self) -> int:
        """The height that shows every item without scrolling."""
        rows = sum(self.sizeHintForRow(i) for i in range(self.count()))
        return rows + 2 * self.frameWidth() + 2

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(super().sizeHint().width(), self.content_height())
