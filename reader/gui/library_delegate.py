"""How the library view paints its rows: an article as title, facts and (for a search result)
a snippet with the matched words marked; a quoting article with the person's statements."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from reader.gui.library_models import ROW_ROLE, SAME_TITLE_ROLE, SNIPPET_ROLE, meta_line
from reader.gui.theme import LIGHT, Colors

if TYPE_CHECKING:
    from reader.library.records import PersonQuotes
    from reader.result import Span

Index = QModelIndex | QPersistentModelIndex

PAD_X, PAD_Y, GUTTER, LINE_GAP = 14, 9, 18, 3
SNIPPET_LINES = 2
DOT = 7  # the unread mark


def _fonts(base: QFont) -> tuple[QFont, QFont]:
    title = QFont(base)
    title.setPointSizeF(base.pointSizeF() * 1.08)
    title.setWeight(QFont.Weight.DemiBold)
    small = QFont(base)
    small.setPointSizeF(max(8.0, base.pointSizeF() * 0.9))
    return title, small


def _layout(
    text: str, font: QFont, width: float, formats: Iterable[QTextLayout.FormatRange] = ()
) -> tuple[QTextLayout, float]:
    """A laid-out paragraph of ``text`` wrapped to ``width``; returns it and its height."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    if formats:
        layout.setFormats(list(formats))
    layout.beginLayout()
    height = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    return layout, height


def _draw_lines(painter: QPainter, layout: QTextLayout, x: float, y: float, lines: int) -> None:
    for i in range(min(lines, layout.lineCount())):
        layout.lineAt(i).draw(painter, QPointF(x, y))


class _Base(QStyledItemDelegate):
    def __init__(self, parent: QAbstractItemView | None = None, colors: Colors = LIGHT) -> None:
        super().__init__(parent)
        self.colors = colors

    def _background(self, painter: QPainter, option: QStyleOptionViewItem) -> None:
        rect = option.rect
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, QColor(self.colors.summary_tint))
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(rect, QColor(self.colors.window))
        painter.setPen(QColor(self.colors.rule))
        painter.drawLine(rect.left() + PAD_X, rect.bottom(), rect.right() - PAD_X, rect.bottom())


class ArticleDelegate(_Base):
    """An article in two lines (three with a snippet): every row of a list has one height, so
    the view lays out ten thousand rows at once (``uniformItemSizes``)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        title, small = _fonts(option.font)
        height = QFontMetrics(title).lineSpacing() + LINE_GAP + QFontMetrics(small).lineSpacing()
        if getattr(index.model(), "searching", False):
            height += LINE_GAP + SNIPPET_LINES * QFontMetrics(option.font).lineSpacing()
        # No width of its own: a one-column list gives each row the viewport's width, so rows
        # follow the view as it narrows (a vertical scroll bar appearing) and never scroll sideways.
        return QSize(1, height + 2 * PAD_Y + 1)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row = index.data(ROW_ROLE)
        if row is None:
            return
        painter.save()
        self._background(painter, option)
        colors, rect = self.colors, option.rect
        title_font, small = _fonts(option.font)
        left = rect.left() + PAD_X + GUTTER
        width = max(40, rect.right() - PAD_X - left)
        y = rect.top() + PAD_Y
        metrics = QFontMetrics(title_font)
        if not row.is_read:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colors.accent))
            middle = y + metrics.ascent() - metrics.xHeight() / 2
            painter.drawEllipse(QRectF(rect.left() + PAD_X, middle - DOT / 2, DOT, DOT))
        painter.setFont(title_font)
        painter.setPen(QColor(colors.ink))
        title = metrics.elidedText(row.title or "Untitled", Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(left, y, width, metrics.lineSpacing()), 0, title)
        y += metrics.lineSpacing() + LINE_GAP
        small_metrics = QFontMetrics(small)
        painter.setFont(small)
        painter.setPen(QColor(colors.muted))
        line = meta_line(row, folder=bool(index.data(SAME_TITLE_ROLE)))
        meta = small_metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(left, y, width, small_metrics.lineSpacing()), 0, meta)
        y += small_metrics.lineSpacing() + LINE_GAP
        snippet = index.data(SNIPPET_ROLE)
        if snippet is not None:
            text, spans = snippet
            painter.setPen(QColor(colors.ink))
            layout, _ = _layout(text, option.font, width, self._match_formats(spans))
            _draw_lines(painter, layout, left, y, SNIPPET_LINES)
        painter.restore()

    def _match_formats(self, spans: Iterable[Span]) -> list[QTextLayout.FormatRange]:
        ranges = []
        for start, end in spans:
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            fmt.setBackground(QColor(self.colors.mark if not self.colors.dark else "#6b5418"))
            item = QTextLayout.FormatRange()
            item.start, item.length, item.format = start, end - start, fmt
            ranges.append(item)
        return ranges


class QuotesDelegate(_Base):
    """An article quoting a person: its title and facts, then each statement in full."""

    def _statements(self, quoted: PersonQuotes) -> list[str]:
        texts = []
        for statement in quoted.statements:
            prefix = "" if statement.kind == "direct" else "(reported) "
            texts.append(prefix + statement.text)
        return texts or ["(named, but no statement was found)"]

    def _width(self, option: QStyleOptionViewItem) -> int:
        view = self.parent()
        full = (
            view.viewport().width() if isinstance(view, QAbstractItemView) else option.rect.width()
        )
        return max(60, full - 2 * PAD_X - GUTTER - 4)

    def statement_at(
        self, option: QStyleOptionViewItem, quoted: PersonQuotes, y: float
    ) -> int | None:
        """The number of the statement of ``quoted`` painted at height ``y`` (the view's
        coordinates) in the row at ``option.rect``, or ``None`` (its title, or no statement)."""
        title, small = _fonts(option.font)
        width = self._width(option)
        top = float(option.rect.top() + PAD_Y + QFontMetrics(title).lineSpacing() + LINE_GAP)
        top += QFontMetrics(small).lineSpacing()
        for number, text in enumerate(self._statements(quoted)[: len(quoted.statements)]):
            height = _layout(text, option.font, width - 10)[1]
            if top <= y < top + LINE_GAP * 2 + height:  # with the gap above it
                return number
            top += LINE_GAP * 2 + height
        return None

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        quoted = index.data(ROW_ROLE)
        title, small = _fonts(option.font)
        height = float(
            QFontMetrics(title).lineSpacing() + LINE_GAP + QFontMetrics(small).lineSpacing()
        )
        width = self._width(option)
        for text in self._statements(quoted) if quoted is not None else ():
            height += LINE_GAP * 2 + _layout(text, option.font, width - 10)[1]
        return QSize(width, int(height) + 2 * PAD_Y + 1)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        quoted = index.data(ROW_ROLE)
        if quoted is None:
            return
        painter.save()
        self._background(painter, option)
        colors, rect = self.colors, option.rect
        title_font, small = _fonts(option.font)
        left = rect.left() + PAD_X
        width = self._width(option)
        y = float(rect.top() + PAD_Y)
        metrics, small_metrics = QFontMetrics(title_font), QFontMetrics(small)
        painter.setFont(title_font)
        painter.setPen(QColor(colors.ink))
        title = metrics.elidedText(quoted.article.title, Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(left, int(y), width, metrics.lineSpacing()), 0, title)
        y += metrics.lineSpacing() + LINE_GAP
        painter.setFont(small)
        painter.setPen(QColor(colors.muted))
        meta = small_metrics.elidedText(
            meta_line(quoted.article), Qt.TextElideMode.ElideRight, width
        )
        painter.drawText(QRect(left, int(y), width, small_metrics.lineSpacing()), 0, meta)
        y += small_metrics.lineSpacing()
        for text in self._statements(quoted):
            y += LINE_GAP * 2
            layout, height = _layout(text, option.font, width - 10)
            painter.fillRect(QRectF(left + GUTTER - 8, y + 2, 3, height - 4), QColor(colors.accent))
            painter.setPen(QColor(colors.ink))
            _draw_lines(painter, layout, left + GUTTER, y, layout.lineCount())
            y += height
        painter.restore()
