"""The reading view: title, source line, the article text with highlights, the notes of what
was removed (teaser lines, a whole page's clutter), each opening on a click.

The article text is inserted as plain text after a short header, so a character offset ``i``
into ``Analysis.text`` is at document position ``base + i`` plus one for every character
outside the Basic Multilingual Plane before it (Qt counts those as two UTF-16 units). When the
headline is part of the text (``Analysis.title_span``), it is itself the heading: offsets up to
its end map from position 0, and the body after the source line maps from ``base``.
"""

from __future__ import annotations

import bisect
import math
import re
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QPalette,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QTextFrameFormat,
)
from PySide6.QtWidgets import QFrame, QTextBrowser, QTextEdit, QWidget

from reader.gui.bidi import direction_of
from reader.gui.theme import LIGHT, Colors, reading_font, zoomed_size
from reader.readable import readable_author, readable_date
from reader.reading_time import count_words, reading_minutes, word_counts  # noqa: F401 (re-exported)
from reader.result import Analysis, Span

SUMMARY_PROPERTY = QTextFormat.Property.UserProperty + 1  # value: summary sentence index
SPEAKER_PROPERTY = QTextFormat.Property.UserProperty + 2  # value: speaker index
STATEMENT_PROPERTY = QTextFormat.Property.UserProperty + 3  # value: speaker index, -1 unnamed
TEASER_LINK = "reader:teasers"
CLUTTER_LINK = "reader:clutter"
COLUMN_CHARS = 68  # a comfortable measure, in average characters
MIN_SIDE_MARGIN = 28
MIN_SIDE_SHARE = 0.06  # of the view's width: the least margin on each side of the column
LINE_HEIGHT = 1.32  # body lines: at least this many times a line of the reading font
TITLE_LINE_HEIGHT = 1.25  # heading lines: at least this many times a line of the heading font
META_MIN_POINTS = 9.0  # the source line and notes stay readable when zoomed out


def language_name(code: str) -> str:
    """``"en"`` -> ``"English"`` (the code itself when Qt does not know it)."""
    locale = QLocale(code)
    if not code or locale.language() == QLocale.Language.C:
        return code or "unknown language"
    return QLocale.languageToString(locale.language())


_ELLIPSIS_END = re.compile(r"(?:…|\.\s?\.\s?\.)[\"'”’»)\]]{0,3}$")


def _is_teaser(line: str) -> bool:
    """A teaser line (cut off with an ellipsis) or the "Related stories" header above them."""
    return bool(_ELLIPSIS_END.search(line)) or len(line.split()) <= 4


def _minimum_line_height(block: QTextBlockFormat, font: QFont, factor: float) -> None:
    """Lines at least ``factor`` times as tall as a line of ``font``, never more than they need
    otherwise (a proportional height would also stretch lines set in a taller fallback font,
    such as Chinese)."""
    metrics = QFontMetricsF(font)  # a line's own height: whole pixels above and below the base
    height = (math.ceil(metrics.ascent()) + math.ceil(metrics.descent())) * factor
    block.setLineHeight(height, _line_height_type("MinimumHeight"))


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
        self.show_summary = True
        self.show_speakers = True
        self.teasers_open = False
        self.clutter_open = False
        self.base = 0
        self._head_end = -1  # end of the headline inside the text, -1 when it is not there
        self._body_start = 0  # first offset of the text shown below the source line
        self._title_format = QTextCharFormat()
        self.title_is_file_name = False
        #: What the source line names first instead of the site or the file (a paste's
        #: "Pasted on 21 Jun 2024"); ``""``: the site, else the file's name.
        self.source_label = ""
        self._astral: list[int] = []
        self._mark: Span | None = None
        self._find_selections: list[QTextEdit.ExtraSelection] = []
        self.document().setUndoRedoEnabled(False)  # read-only: no undo history to keep
        self._apply_colors()

    # -- offsets -------------------------------------------------------------------------------
    def position(self, offset: int) -> int:
        """The document position of character ``offset`` of ``Analysis.text``."""
        astral = bisect.bisect_left(self._astral, offset)
        if offset <= self._head_end:
            return offset + astral
        return self.base + max(offset, self._body_start) + astral

    def offset_at(self, position: int) -> int:
        """The character of ``Analysis.text`` at document ``position`` (0 above the text)."""
        if self.analysis is None or position < self.base + self._body_start:
            return 0
        offset = position - self.base
        for _ in range(3):  # each character outside the BMP before it takes two positions
            offset = position - self.base - bisect.bisect_left(self._astral, offset)
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
            self._mark = None
            self.teasers_open = False
            self.clutter_open = False
            self._render()

    def set_colors(self, colors: Colors) -> None:
        self.colors = colors
        self._apply_colors()
        self._rerender()

    def set_zoom(self, zoom: int) -> None:
        if zoom != self.zoom:
            self.zoom = zoom
            self._rerender()

    def set_highlights(self, *, summary: bool | None = None, speakers: bool | None = None) -> None:
        if summary is not None:
            self.show_summary = summary
        if speakers is not None:
            self.show_speakers = speakers
        self.apply_highlights()

    def _apply_colors(self) -> None:
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Base, QColor(self.colors.paper))
        pal.setColor(QPalette.ColorRole.Text, QColor(self.colors.ink))
        pal.setColor(QPalette.ColorRole.Link, QColor(self.colors.muted))
        # while finding, the current match is the selection, in its own strong hue; otherwise a
        # selection (a statement chosen in the Speakers list) is a quiet grey-blue
        finding = bool(self._find_selections)
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
        self._astral = [i for i, ch in enumerate(analysis.text) if ord(ch) > 0xFFFF]
        px = font.pointSizeF() * self.logicalDpiY() / 72

        cursor = QTextCursor(doc)
        # one edit block for the whole render: the document is laid out once at the end, not
        # after every block and character format (minutes for a 1 MB article otherwise)
        cursor.beginEditBlock()
        try:
            self._fill(cursor, font, size, px)
        finally:
            cursor.endEditBlock()
        self._update_margins()
        self.setTextCursor(QTextCursor(doc))
        self.verticalScrollBar().setValue(0)

    def _fill(self, cursor: QTextCursor, font: QFont, size: float, px: float) -> None:
        """Insert the heading, source line, notes, text and teaser note; apply highlights."""
        analysis = self._shown()
        text = analysis.text
        span = analysis.title_span
        head = span[1] if span and span[0] == 0 else 0
        in_text = 0 < head <= len(text) and "\n" not in text[:head]
        title = text[:head] if in_text else (analysis.title or Path(analysis.source).name)
        title = title or "Untitled"
        self.title_is_file_name = not in_text and title_is_file_name(analysis)
        title_font = QFont(font)
        title_fmt = QTextCharFormat()
        if self.title_is_file_name:  # a file name, not a headline: lighter and smaller
            title_font.setPointSizeF(size * 1.3)
            title_fmt.setFontWeight(QFont.Weight.Normal)
            title_fmt.setForeground(QColor(self.colors.muted))
        else:
            title_font.setPointSizeF(size * 1.75)
            title_font.setWeight(QFont.Weight.Bold)
            title_fmt.setFontWeight(QFont.Weight.Bold)
        title_fmt.setFontPointSize(title_font.pointSizeF())
        title_block = QTextBlockFormat()
        _minimum_line_height(title_block, title_font, TITLE_LINE_HEIGHT)
        title_block.setBottomMargin(px * 0.45)
        self._title_format = title_fmt
        cursor.setBlockFormat(title_block)
        if in_text:
            # the headline is the first line of the text: show those characters as the heading
            self._head_end = head
            rest = text[head:]
            self._body_start = head + len(rest) - len(rest.lstrip())
        else:
            self._head_end, self._body_start = -1, 0
        cursor.insertText(title, title_fmt)

        meta_block = QTextBlockFormat()
        meta_block.setBottomMargin(px * 1.6)
        meta_block.setLayoutDirection(direction_of(title))  # aligned with the heading
        meta_fmt = QTextCharFormat()
        meta_fmt.setFontPointSize(max(META_MIN_POINTS, size * 0.8))
        meta_fmt.setFontFamilies(["sans-serif"])
        meta_fmt.setFontStyleHint(QFont.StyleHint.SansSerif)
        meta_fmt.setForeground(QColor(self.colors.muted))
        cursor.insertBlock(meta_block, meta_fmt)
        cursor.insertText(self._meta_line(analysis), meta_fmt)
        for note in analysis.notes:
            cursor.insertBlock(meta_block, meta_fmt)
            cursor.insertText(note, meta_fmt)

        body_block = QTextBlockFormat()
        _minimum_line_height(body_block, font, LINE_HEIGHT)
        body_block.setBottomMargin(px * 0.85)
        cursor.insertBlock(body_block, QTextCharFormat())
        body_position = cursor.position()
        self.base = (
            body_position - self._body_start - bisect.bisect_left(self._astral, self._body_start)
        )
        cursor.insertText(text[self._body_start :])
        self._tighten_empty_blocks(body_position, cursor.position())
        self._insert_teaser_note(cursor, size, px)
        self.apply_highlights()

    def _meta_line(self, analysis: Analysis) -> str:
        parts = [
            self.source_label
            or analysis.metadata.site_name
            or Path(analysis.source).name
            or analysis.source
        ]
        if analysis.metadata.author:
            parts.append(readable_author(analysis.metadata.author))
        if analysis.metadata.date:
            parts.append(readable_date(analysis.metadata.date))
        parts.append(language_name(analysis.language))
        words = count_words(analysis.text)
        parts.append(f"{words:,} words · {reading_minutes(analysis.text)} min read")
        return "  ·  ".join(p for p in parts if p)

    def _tighten_empty_blocks(self, start: int, end: int) -> None:
        """Blank lines between paragraphs: the paragraph margin already spaces them."""
        block = self.document().findBlock(start)
        empty = QTextBlockFormat()
        empty.setLineHeight(1, _line_height_type("FixedHeight"))
        while block.isValid() and block.position() < end:
            if not block.text().strip():
                QTextCursor(block).setBlockFormat(empty)
            block = block.next()

    def _insert_teaser_note(self, cursor: QTextCursor, size: float, px: float) -> None:
        """The notes at the article's end: removed lines below it, and a whole page's clutter
        around it; each opens on a click to show what was removed."""
        removed = self._shown().removed_lines
        if removed:
            n = len(removed)
            if all(_is_teaser(line) for line in removed):
                label = f"{n} teaser line{'s' if n != 1 else ''} removed"
            else:
                label = f"{n} line{'s' if n != 1 else ''} below the article removed"
            self._insert_note(cursor, size, px, TEASER_LINK, label, self.teasers_open, removed)
        clutter = self._shown().clutter_lines
        if clutter:
            n = len(clutter)
            label = f"{n} line{'s' if n != 1 else ''} of page clutter removed"
            self._insert_note(cursor, size, px, CLUTTER_LINK, label, self.clutter_open, clutter)

    def _insert_note(
        self,
        cursor: QTextCursor,
        size: float,
        px: float,
        href: str,
        label: str,
        is_open: bool,
        lines: tuple[str, ...],
    ) -> None:
        note_block = QTextBlockFormat()
        note_block.setTopMargin(px * 1.5)
        note_block.setBottomMargin(px * 0.5)
        link = QTextCharFormat()
        link.setFontPointSize(max(META_MIN_POINTS, size * 0.8))
        link.setFontFamilies(["sans-serif"])
        link.setFontStyleHint(QFont.StyleHint.SansSerif)
        link.setForeground(QColor(self.colors.muted))
        link.setAnchor(True)
        link.setAnchorHref(href)
        arrow = "▾" if is_open else "▸"
        cursor.insertBlock(note_block, QTextCharFormat())
        cursor.insertText(f"{arrow} {label}", link)
        if not is_open:
            return
        line_block = QTextBlockFormat()
        line_block.setLeftMargin(px)
        line_block.setBottomMargin(px * 0.3)
        line_fmt = QTextCharFormat()
        line_fmt.setFontPointSize(max(META_MIN_POINTS, size * 0.85))
        line_fmt.setFontItalic(True)
        line_fmt.setForeground(QColor(self.colors.muted))
        for line in lines:
            cursor.insertBlock(line_block, line_fmt)
            cursor.insertText(line, line_fmt)

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

    # -- highlights ----------------------------------------------------------------------------
    def apply_highlights(self) -> None:
        """Tint summary sentences and speaker mentions in the document's character formats."""
        analysis = self.analysis
        if analysis is None:
            return
        edit = QTextCursor(self.document())
        edit.beginEditBlock()  # one relayout for the whole pass
        try:
            self._tint(analysis)
        finally:
            edit.endEditBlock()
        self._update_extra_selections()

    def _tint(self, analysis: Analysis) -> None:
        body = self.cursor_for((max(self._body_start, 0), len(analysis.text)))
        body.setCharFormat(QTextCharFormat())
        if self._head_end > 0:  # the headline of the text keeps its heading format
            self.cursor_for((0, self._head_end)).setCharFormat(self._title_format)
        if self.show_summary:
            tint = QColor(self.colors.summary_tint)
            for rank, index in enumerate(analysis.summary.sentences):
                if 0 <= index < len(analysis.sentences):
                    fmt = QTextCharFormat()
                    fmt.setBackground(tint)
                    fmt.setProperty(SUMMARY_PROPERTY, rank)
                    self._merge(analysis.sentences[index], fmt)
        if self.show_speakers:
            for number, speaker in enumerate(analysis.speakers):
                colour = self.colors.speaker(number)
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
        for number, speaker in enumerate(analysis.speakers):
            line = statement_line(self.colors, number)
            for statement in speaker.statements:
                kind = "reported by" if statement.kind == "indirect" else "said by"
                self._merge(
                    statement.span,
                    _statement_format(line, number, f"{kind.capitalize()} {speaker.name}"),
                )
        muted = QColor(self.colors.muted)
        for statement in analysis.unnamed_statements:
            who = ""
            if statement.subject is not None:
                who = " ".join(analysis.text[statement.subject[0] : statement.subject[1]].split())
            tip = f"Said by an unnamed source{': ' + who if who else ''}"
            self._merge(statement.span, _statement_format(muted, -1, tip))

    def select_statement(self, span: Span) -> None:
        """Scroll to the statement ``span`` and select it (the reader may copy it)."""
        self._mark = None
        self._update_extra_selections()
        self.reveal(span)
        self.setTextCursor(self.cursor_for(span))

    def statement_tip(self, offset: int) -> str:
        """Who said the statement at character ``offset`` ("" when none is there)."""
        fmt = self.format_at(offset)
        if fmt.property(STATEMENT_PROPERTY) is None:
            return ""
        return fmt.toolTip()

    def _merge(self, span: Span, fmt: QTextCharFormat) -> None:
        start, end = span
        length = len(self._shown().text)
        if 0 <= start < end <= length:
            self.cursor_for((start, end)).mergeCharFormat(fmt)

    def mark(self, span: Span | None) -> None:
        """Mark ``span`` (the sentence or mention the reader asked for) and scroll to it."""
        self._mark = span
        self._update_extra_selections()
        if span is not None:
            self.reveal(span)

    @property
    def marked(self) -> Span | None:
        return self._mark

    def reveal(self, span: Span) -> None:
        """Scroll so that ``span`` starts about a third of the way down the view."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.position(span[0]))
        self.setTextCursor(cursor)
        top = self.cursorRect(cursor).top()
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + top - self.viewport().height() // 3)

    def set_find_selections(self, cursors: list[QTextCursor]) -> None:
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(self.colors.find))
        fmt.setForeground(QColor(self.colors.find_text))
        was_finding = bool(self._find_selections)
        self._find_selections = []
        for cursor in cursors:
            sel = QTextEdit.ExtraSelection()
            sel.cursor, sel.format = cursor, fmt
            self._find_selections.append(sel)
        if bool(self._find_selections) != was_finding:
            self._apply_colors()
        self._update_extra_selections()

    def _update_extra_selections(self) -> None:
        selections = list(self._find_selections)
        if self._mark is not None and self.analysis is not None:
            sel = QTextEdit.ExtraSelection()
            sel.cursor = self.cursor_for(self._mark)
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(self.colors.mark))
            sel.format = fmt
            selections.append(sel)
        self.setExtraSelections(selections)

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


def title_is_file_name(analysis: Analysis) -> bool:
    """Whether the title of a plain-text article was made from its file name."""
    if analysis.title_span is not None or analysis.format != "txt" or not analysis.source:
        return False
    from reader.loading.plain_text import title_from_filename

    return analysis.title == title_from_filename(analysis.source)


def _line_height_type(name: str) -> int:
    return int(getattr(QTextBlockFormat.LineHeightTypes, name).value)
