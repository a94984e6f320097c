"""Building the reading view's document for one :class:`Analysis`: the heading, the source
line, the notes, the article text, and the notes of what was removed (teaser lines, a whole
page's clutter), with their fonts, margins and line heights.

The article text is inserted as plain text after a short header, so a character offset ``i``
into ``Analysis.text`` is at document position ``base + i`` plus one for every character
outside the Basic Multilingual Plane before it (Qt counts those as two UTF-16 units). When the
headline is part of the text (``Analysis.title_span``), it is itself the heading: offsets up to
its end map from position 0, and the body after the source line maps from ``base``.
:func:`fill_document` returns that map (:class:`DocumentMap`) to the view, which does the
mapping.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)

from reader.gui.bidi import direction_of
from reader.gui.theme import Colors
from reader.readable import readable_author, readable_date
from reader.reading_time import count_words, reading_minutes
from reader.result import Analysis

TEASER_LINK = "reader:teasers"
CLUTTER_LINK = "reader:clutter"
LINE_HEIGHT = 1.32  # body lines: at least this many times a line of the reading font
TITLE_LINE_HEIGHT = 1.25  # heading lines: at least this many times a line of the heading font
META_MIN_POINTS = 9.0  # the source line and notes stay readable when zoomed out


@dataclass(frozen=True)
class DocumentMap:
    """Where the article's text is in the document, and how its heading was set."""

    base: int = 0  # document position of offset 0 of the body (before astral characters)
    head_end: int = -1  # end of the headline inside the text, -1 when it is not there
    body_start: int = 0  # first offset of the text shown below the source line
    astral: list[int] = field(default_factory=list)  # offsets of characters outside the BMP
    title_format: QTextCharFormat = field(default_factory=QTextCharFormat)
    title_is_file_name: bool = False  # the heading is a file's name, set lighter and smaller


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


def fill_document(
    cursor: QTextCursor,
    analysis: Analysis,
    colors: Colors,
    font: QFont,
    size: float,
    px: float,
    *,
    source_label: str = "",
    teasers_open: bool = False,
    clutter_open: bool = False,
) -> DocumentMap:
    """Insert the heading, source line, notes, text and teaser note at ``cursor`` (in an empty
    document); ``source_label`` is what the source line names first instead of the site or the
    file, ``teasers_open`` and ``clutter_open`` whether the removed lines are shown."""
    text = analysis.text
    astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
    span = analysis.title_span
    head = span[1] if span and span[0] == 0 else 0
    in_text = 0 < head <= len(text) and "\n" not in text[:head]
    title = text[:head] if in_text else (analysis.title or Path(analysis.source).name)
    title = title or "Untitled"
    is_file_name = not in_text and title_is_file_name(analysis)
    title_font = QFont(font)
    title_fmt = QTextCharFormat()
    if is_file_name:  # a file name, not a headline: lighter and smaller
        title_font.setPointSizeF(size * 1.3)
        title_fmt.setFontWeight(QFont.Weight.Normal)
        title_fmt.setForeground(QColor(colors.muted))
    else:
        title_font.setPointSizeF(size * 1.75)
        title_font.setWeight(QFont.Weight.Bold)
        title_fmt.setFontWeight(QFont.Weight.Bold)
    title_fmt.setFontPointSize(title_font.pointSizeF())
    title_block = QTextBlockFormat()
    _minimum_line_height(title_block, title_font, TITLE_LINE_HEIGHT)
    title_block.setBottomMargin(px * 0.45)
    cursor.setBlockFormat(title_block)
    if in_text:
        # the headline is the first line of the text: show those characters as the heading
        head_end = head
        rest = text[head:]
        body_start = head + len(rest) - len(rest.lstrip())
    else:
        head_end, body_start = -1, 0
    cursor.insertText(title, title_fmt)

    meta_block = QTextBlockFormat()
    meta_block.setBottomMargin(px * 1.6)
    meta_block.setLayoutDirection(direction_of(title))  # aligned with the heading
    meta_fmt = QTextCharFormat()
    meta_fmt.setFontPointSize(max(META_MIN_POINTS, size * 0.8))
    meta_fmt.setFontFamilies(["sans-serif"])
    meta_fmt.setFontStyleHint(QFont.StyleHint.SansSerif)
    meta_fmt.setForeground(QColor(colors.muted))
    cursor.insertBlock(meta_block, meta_fmt)
    cursor.insertText(_meta_line(analysis, source_label), meta_fmt)
    for note in analysis.notes:
        cursor.insertBlock(meta_block, meta_fmt)
        cursor.insertText(note, meta_fmt)

    body_block = QTextBlockFormat()
    _minimum_line_height(body_block, font, LINE_HEIGHT)
    body_block.setBottomMargin(px * 0.85)
    cursor.insertBlock(body_block, QTextCharFormat())
    body_position = cursor.position()
    base = body_position - body_start - bisect.bisect_left(astral, body_start)
    cursor.insertText(text[body_start:])
    _tighten_empty_blocks(cursor, body_position, cursor.position())
    _insert_teaser_note(cursor, analysis, colors, size, px, teasers_open, clutter_open)
    return DocumentMap(base, head_end, body_start, astral, title_fmt, is_file_name)


def _meta_line(analysis: Analysis, source_label: str) -> str:
    parts = [
        source_label or analysis.metadata.site_name or Path(analysis.source).name or analysis.source
    ]
    if analysis.metadata.author:
        parts.append(readable_author(analysis.metadata.author))
    if analysis.metadata.date:
        parts.append(readable_date(analysis.metadata.date))
    parts.append(language_name(analysis.language))
    words = count_words(analysis.text)
    parts.append(f"{words:,} words · {reading_minutes(analysis.text)} min read")
    return "  ·  ".join(p for p in parts if p)


def _tighten_empty_blocks(cursor: QTextCursor, start: int, end: int) -> None:
    """Blank lines between paragraphs: the paragraph margin already spaces them."""
    block = cursor.document().findBlock(start)
    empty = QTextBlockFormat()
    empty.setLineHeight(1, _line_height_type("FixedHeight"))
    while block.isValid() and block.position() < end:
        if not block.text().strip():
            QTextCursor(block).setBlockFormat(empty)
        block = block.next()


def _insert_teaser_note(
    cursor: QTextCursor,
    analysis: Analysis,
    colors: Colors,
    size: float,
    px: float,
    teasers_open: bool,
    clutter_open: bool,
) -> None:
    """The notes at the article's end: removed lines below it, and a whole page's clutter
    around it; each opens on a click to show what was removed."""
    removed = analysis.removed_lines
    if removed:
        n = len(removed)
        if all(_is_teaser(line) for line in removed):
            label = f"{n} teaser line{'s' if n != 1 else ''} removed"
        else:
            label = f"{n} line{'s' if n != 1 else ''} below the article removed"
        _insert_note(cursor, colors, size, px, TEASER_LINK, label, teasers_open, removed)
    clutter = analysis.clutter_lines
    if clutter:
        n = len(clutter)
        label = f"{n} line{'s' if n != 1 else ''} of page clutter removed"
        _insert_note(cursor, colors, size, px, CLUTTER_LINK, label, clutter_open, clutter)


def _insert_note(
    cursor: QTextCursor,
    colors: Colors,
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
    link.setForeground(QColor(colors.muted))
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
    line_fmt.setForeground(QColor(colors.muted))
    for line in lines:
        cursor.insertBlock(line_block, line_fmt)
        cursor.insertText(line, line_fmt)


def title_is_file_name(analysis: Analysis) -> bool:
    """Whether the title of a plain-text article was made from its file name."""
    if analysis.title_span is not None or analysis.format != "txt" or not analysis.source:
        return False
    from reader.loading.plain_text import title_from_filename

    return analysis.title == title_from_filename(analysis.source)


def _line_height_type(name: str) -> int:
    return int(getattr(QTextBlockFormat.LineHeightTypes, name).value)
