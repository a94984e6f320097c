"""The highlights of the reading view's text: the summary's tint, the speakers' mentions and
the underlines of their statements (each in its speaker's colour, in the character formats of
the document), the span the reader asked for (marked and scrolled to) and the matches of find
(extra selections)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QTextEdit

from reader.gui.theme import Colors
from reader.result import Analysis, Span

if TYPE_CHECKING:
    from reader.gui.article_view import ArticleView

SUMMARY_PROPERTY = QTextFormat.Property.UserProperty + 1  # value: summary sentence index
SPEAKER_PROPERTY = QTextFormat.Property.UserProperty + 2  # value: speaker index
STATEMENT_PROPERTY = QTextFormat.Property.UserProperty + 3  # value: speaker index, -1 unnamed


class ArticleHighlights:
    """Tints, marks and find matches on ``view``'s document, in ``view.colors``; its offsets
    are those of ``view.analysis.text``, mapped by the view."""

    def __init__(self, view: ArticleView) -> None:
        self._view = view
        self.show_summary = True
        self.show_speakers = True
        self._mark: Span | None = None
        self._find_selections: list[QTextEdit.ExtraSelection] = []

    @property
    def finding(self) -> bool:
        """Whether matches of find are shown (the view then selects in find's colours)."""
        return bool(self._find_selections)

    def apply(self) -> None:
        """Tint summary sentences and speaker mentions in the document's character formats."""
        analysis = self._view.analysis
        if analysis is None:
            return
        edit = QTextCursor(self._view.document())
        edit.beginEditBlock()  # one relayout for the whole pass
        try:
            self._tint(analysis)
        finally:
            edit.endEditBlock()
        self.update_extra_selections()

    def _tint(self, analysis: Analysis) -> None:
        view = self._view
        layout = view.document_map
        body = view.cursor_for((max(layout.body_start, 0), len(analysis.text)))
        body.setCharFormat(QTextCharFormat())
        if layout.head_end > 0:  # the headline of the text keeps its heading format
            view.cursor_for((0, layout.head_end)).setCharFormat(layout.title_format)
        if self.show_summary:
            tint = QColor(view.colors.summary_tint)
            for rank, index in enumerate(analysis.summary.sentences):
                if 0 <= index < len(analysis.sentences):
                    fmt = QTextCharFormat()
                    fmt.setBackground(tint)
                    fmt.setProperty(SUMMARY_PROPERTY, rank)
                    self._merge(analysis.sentences[index], fmt)
        if self.show_speakers:
            for number, speaker in enumerate(analysis.speakers):
                colour = view.colors.speaker(number)
                for span in speaker.mentions:
                    fmt = QTextCharFormat()
                    fmt.setBackground(colour)
                    fmt.setProperty(SPEAKER_PROPERTY, number)
                    self._merge(span, fmt)
            self._mark_statements(analysis)

    # -- statements ----------------------------------------------------------------------------
    def _mark_statements(self, analysis: Analysis) -> None:
        """Underline each statement in its speaker's colour (a line under the words, apart from
        the name's fill and the summary's tint); hovering one says who said it."""
        colors = self._view.colors
        for number, speaker in enumerate(analysis.speakers):
            line = statement_line(colors, number)
            for statement in speaker.statements:
                kind = "reported by" if statement.kind == "indirect" else "said by"
                self._merge(
                    statement.span,
                    _statement_format(line, number, f"{kind.capitalize()} {speaker.name}"),
                )
        muted = QColor(colors.muted)
        for statement in analysis.unnamed_statements:
            who = ""
            if statement.subject is not None:
                who = " ".join(analysis.text[statement.subject[0] : statement.subject[1]].split())
            tip = f"Said by an unnamed source{': ' + who if who else ''}"
            self._merge(statement.span, _statement_format(muted, -1, tip))

    def select_statement(self, span: Span) -> None:
        """Scroll to the statement ``span`` and select it (the reader may copy it)."""
        self._mark = None
        self.update_extra_selections()
        self.reveal(span)
        self._view.setTextCursor(self._view.cursor_for(span))

    def statement_tip(self, offset: int) -> str:
        """Who said the statement at character ``offset`` ("" when none is there)."""
        fmt = self._view.format_at(offset)
        if fmt.property(STATEMENT_PROPERTY) is None:
            return ""
        return fmt.toolTip()

    def _merge(self, span: Span, fmt: QTextCharFormat) -> None:
        start, end = span
        analysis = self._view.analysis
        length = len(analysis.text) if analysis is not None else 0
        if 0 <= start < end <= length:
            self._view.cursor_for((start, end)).mergeCharFormat(fmt)

    # -- the marked span, find's matches -------------------------------------------------------
    def mark(self, span: Span | None) -> None:
        """Mark ``span`` (the sentence or mention the reader asked for) and scroll to it."""
        self._mark = span
        self.update_extra_selections()
        if span is not None:
            self.reveal(span)

    @property
    def marked(self) -> Span | None:
        return self._mark

    def clear_mark(self) -> None:
        """Forget the marked span (a new text is shown) without touching the document."""
        self._mark = None

    def reveal(self, span: Span) -> None:
        """Scroll so that ``span`` starts about a third of the way down the view."""
        view = self._view
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.position(span[0]))
        view.setTextCursor(cursor)
        top = view.cursorRect(cursor).top()
        bar = view.verticalScrollBar()
        bar.setValue(bar.value() + top - view.viewport().height() // 3)

    def set_find_selections(self, cursors: list[QTextCursor]) -> None:
        view = self._view
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(view.colors.find))
        fmt.setForeground(QColor(view.colors.find_text))
        was_finding = self.finding
        self._find_selections = []
        for cursor in cursors:
            sel = QTextEdit.ExtraSelection()
            sel.cursor, sel.format = cursor, fmt
            self._find_selections.append(sel)
        if self.finding != was_finding:
            view.apply_colors()
        self.update_extra_selections()

    def update_extra_selections(self) -> None:
        view = self._view
        selections = list(self._find_selections)
        if self._mark is not None and view.analysis is not None:
            sel = QTextEdit.ExtraSelection()
            sel.cursor = view.cursor_for(self._mark)
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(view.colors.mark))
            sel.format = fmt
            selections.append(sel)
        view.setExtraSelections(selections)


def statement_line(colors: Colors, number: int) -> QColor:
    """The underline colour of speaker ``number``'s statements: the hue of their swatch, with
    enough colour and contrast to read as a line (deeper on light paper, brighter on dark)."""
    hue = colors.speaker(number).hsvHue()
    return QColor.fromHsv(hue, 140, 235) if colors.dark else QColor.fromHsv(hue, 170, 200)


def _statement_format(line: QColor, number: int, tip: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    fmt.setUnderlineColor(line)
    fmt.setProperty(STATEMENT_PROPERTY, number)
    fmt.setToolTip(tip)
    return fmt
