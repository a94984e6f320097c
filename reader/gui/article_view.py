"""The reading view: it shows one article, maps character offsets of its text to positions in
the document and back, scrolls, zooms, follows the theme, keeps the text in a readable column,
and opens the notes of what was removed on a click. The document itself is built by
reader/gui/article_document.py, the highlights (summary, speakers, statements, the marked span,
find's matches) are kept by reader/gui/article_highlights.py."""

from __future__ import annotations

import bisect

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QKeyEvent,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextFrameFormat,
)
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from reader.gui.article_document import CLUTTER_LINK, TEASER_LINK, DocumentMap, fill_document
from reader.gui.article_highlights import ArticleHighlights
from reader.gui.theme import LIGHT, Colors, reading_font, zoomed_size
from reader.result import Analysis, Span

COLUMN_CHARS = 68  # a comfortable measure, in average characters
MIN_SIDE_MARGIN = 28
MIN_SIDE_SHARE = 0.06  # of the view's width: the least margin on each side of the column


class ArticleView(QTextBrowser):
    """Shows one :class:`Analysis`; knows how to highlight and reveal spans of its text."""

    teasers_toggled = Signal(bool)
    clutter_toggled = Signal(bool)

    def __init__(self, colors: Colors = LIGHT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        # files dropped on the text open in a new tab: leave the drop to the window
        self.setAcceptDrops(False)
        self.viewport().setAcceptDrops(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.anchorClicked.connect(self._on_anchor)
        self.colors = colors
        self.zoom = 0
        self.analysis: Analysis | None = None
        self.teasers_open = False
        self.clutter_open = False
        #: Where the text is in the document (made by :func:`fill_document` at each render).
        self.document_map = DocumentMap()
        #: What the source line names first instead of the site or the file (a paste's
        #: "Pasted on 21 Jun 2024"); ``""``: the site, else the file's name.
        self.source_label = ""
        self.highlights = ArticleHighlights(self)
        self.document().setUndoRedoEnabled(False)  # read-only: no undo history to keep
        self.apply_colors()

    # -- offsets -------------------------------------------------------------------------------
    @property
    def base(self) -> int:
        """The document position of offset 0 of the text below the source line."""
        return self.document_map.base

    @property
    def title_is_file_name(self) -> bool:
        """Whether the heading shown is a file's name (not a headline)."""
        return self.document_map.title_is_file_name

    def position(self, offset: int) -> int:
        """The document position of character ``offset`` of ``Analysis.text``."""
        layout = self.document_map
        astral = bisect.bisect_left(layout.astral, offset)
        if offset <= layout.head_end:
            return offset + astral
        return layout.base + max(offset, layout.body_start) + astral

    def offset_at(self, position: int) -> int:
        """The character of ``Analysis.text`` at document ``position`` (0 above the text)."""
        layout = self.document_map
        if self.analysis is None or position < layout.base + layout.body_start:
            return 0
        offset = position - layout.base
        for _ in range(3):  # each character outside the BMP before it takes two positions
            offset = position - layout.base - bisect.bisect_left(layout.astral, offset)
        return max(0, min(offset, len(self.analysis.text)))

    def top_offset(self) -> int:
        """The reading position: the first character of the text at the top of the view."""
        if self.analysis is None or self.verticalScrollBar().value() == 0:
            return 0
        point = self.viewport().rect().center()
        point.setY(4)
        cursor = self.cursorForPosition(point)
        cursor.movePosition(QTextCursor.MoveOperation.StartOfLine)  # the line's first word
        return self.offset_at(cursor.position())

    def scroll_to_offset(self, offset: int) -> None:
        """Scroll so that character ``offset`` of the text is at the top of the view."""
        if self.analysis is None:
            return
        offset = max(0, min(offset, len(self.analysis.text)))
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.position(offset))
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.cursorRect(cursor).top())

    def cursor_for(self, span: Span) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.position(span[0]))
        cursor.setPosition(self.position(span[1]), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def format_at(self, offset: int) -> QTextCharFormat:
        """The character format of character ``offset`` of the article text."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.position(offset) + 1)
        return cursor.charFormat()

    # -- content -------------------------------------------------------------------------------
    def show_analysis(self, analysis: Analysis) -> None:
        """Display ``analysis`` (keeping the scroll position when it is the same text)."""
        before = self.analysis
        same_text = (
            before is not None
            and before.text == analysis.text
            and (before.title, before.title_span) == (analysis.title, analysis.title_span)
            and (before.removed_lines, before.clutter_lines)
            == (analysis.removed_lines, analysis.clutter_lines)
        )
        self.analysis = analysis
        if same_text:
            self.apply_highlights()
        else:
            self.highlights.clear_mark()
            self.teasers_open = False
            self.clutter_open = False
            self._render()

    def set_colors(self, colors: Colors) -> None:
        self.colors = colors
        self.apply_colors()
        self._rerender()

    def set_zoom(self, zoom: int) -> None:
        if zoom != self.zoom:
            self.zoom = zoom
            self._rerender()

    def set_highlights(self, *, summary: bool | None = None, speakers: bool | None = None) -> None:
        if summary is not None:
            self.highlights.show_summary = summary
        if speakers is not None:
            self.highlights.show_speakers = speakers
        self.apply_highlights()

    def apply_colors(self) -> None:
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Base, QColor(self.colors.paper))
        pal.setColor(QPalette.ColorRole.Text, QColor(self.colors.ink))
        pal.setColor(QPalette.ColorRole.Link, QColor(self.colors.muted))
        # while finding, the current match is the selection, in its own strong hue; otherwise a
        # selection (a statement chosen in the Speakers list) is a quiet grey-blue
        finding = self.highlights.finding
        back = self.colors.find_current if finding else self.colors.selection
        fore = self.colors.find_current_text if finding else self.colors.selection_text
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            pal.setColor(group, QPalette.ColorRole.Highlight, QColor(back))
            pal.setColor(group, QPalette.ColorRole.HighlightedText, QColor(fore))
        self.setPalette(pal)
        self.viewport().setPalette(pal)

    def _rerender(self) -> None:
        if self.analysis is None:
            return
        bar = self.verticalScrollBar()
        ratio = bar.value() / bar.maximum() if bar.maximum() else 0.0
        self._render()
        bar.setValue(round(ratio * bar.maximum()))

    def _shown(self) -> Analysis:
        """The article on show (rendering and highlighting happen only when there is one)."""
        if self.analysis is None:
            raise RuntimeError("no article is shown")
        return self.analysis

    def _render(self) -> None:
        analysis = self._shown()
        doc = self.document()
        doc.clear()
        size = zoomed_size(self.zoom)
        font = reading_font(size)
        doc.setDefaultFont(font)
        doc.setDocumentMargin(0)
        px = font.pointSizeF() * self.logicalDpiY() / 72

        cursor = QTextCursor(doc)
        # one edit block for the whole render: the document is laid out once at the end, not
        # after every block and character format (minutes for a 1 MB article otherwise)
        cursor.beginEditBlock()
        try:
            self.document_map = fill_document(
                cursor,
                analysis,
                self.colors,
                font,
                size,
                px,
                source_label=self.source_label,
                teasers_open=self.teasers_open,
                clutter_open=self.clutter_open,
            )
            self.apply_highlights()
        finally:
            cursor.endEditBlock()
        self._update_margins()
        self.setTextCursor(QTextCursor(doc))
        self.verticalScrollBar().setValue(0)

    def _on_anchor(self, url: QUrl) -> None:
        if url.toString() == TEASER_LINK:
            self.toggle_teasers()
        elif url.toString() == CLUTTER_LINK:
            self.toggle_clutter()

    def toggle_teasers(self) -> None:
        """Show or hide the removed teaser lines below the article."""
        self.teasers_open = not self.teasers_open
        self._render_in_place()
        self.teasers_toggled.emit(self.teasers_open)

    def toggle_clutter(self) -> None:
        """Show or hide the page clutter removed around a whole page's article."""
        self.clutter_open = not self.clutter_open
        self._render_in_place()
        self.clutter_toggled.emit(self.clutter_open)

    def _render_in_place(self) -> None:
        bar = self.verticalScrollBar()
        value = bar.value()
        self._render()
        bar.setValue(value)

    # -- highlights (reader/gui/article_highlights.py) ---------------------------------------
    def apply_highlights(self) -> None:
        """Tint summary sentences and speaker mentions in the document's character formats."""
        self.highlights.apply()

    def select_statement(self, span: Span) -> None:
        """Scroll to the statement ``span`` and select it (the reader may copy it)."""
        self.highlights.select_statement(span)

    def statement_tip(self, offset: int) -> str:
        """Who said the statement at character ``offset`` ("" when none is there)."""
        return self.highlights.statement_tip(offset)

    def mark(self, span: Span | None) -> None:
        """Mark ``span`` (the sentence or mention the reader asked for) and scroll to it."""
        self.highlights.mark(span)

    @property
    def marked(self) -> Span | None:
        return self.highlights.marked

    def reveal(self, span: Span) -> None:
        """Scroll so that ``span`` starts about a third of the way down the view."""
        self.highlights.reveal(span)

    def set_find_selections(self, cursors: list[QTextCursor]) -> None:
        self.highlights.set_find_selections(cursors)

    # -- keys ----------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        """Ctrl+Home / Ctrl+End go to the top / the end of the article, as in a browser (a
        read-only view without a text cursor ignores them otherwise)."""
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods == Qt.KeyboardModifier.ControlModifier and event.key() in (
            Qt.Key.Key_Home,
            Qt.Key.Key_End,
        ):
            bar = self.verticalScrollBar()
            bar.setValue(bar.minimum() if event.key() == Qt.Key.Key_Home else bar.maximum())
            event.accept()
            return
        super().keyPressEvent(event)

    # -- layout --------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._update_margins()

    def _update_margins(self) -> None:
        """Centre a column of about :data:`COLUMN_CHARS` characters in the view; when the text is
        too large for that, the margins still grow with the font so the column stays centred."""
        char = QFontMetricsF(self.document().defaultFont()).averageCharWidth()
        width = self.viewport().width()
        least = max(MIN_SIDE_MARGIN, MIN_SIDE_SHARE * width, 1.5 * char)
        side = max(least, (width - COLUMN_CHARS * char) / 2)
        root = self.document().rootFrame()
        fmt: QTextFrameFormat = root.frameFormat()
        if abs(fmt.leftMargin() - side) < 1 and fmt.topMargin() > 0:
            return
        fmt.setLeftMargin(side)
        fmt.setRightMargin(side)
        fmt.setTopMargin(40)
        fmt.setBottomMargin(64)
        root.setFrameFormat(fmt)
