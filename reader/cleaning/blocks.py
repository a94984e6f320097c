"""Text as blocks: the lines of a saved text grouped into the paragraphs a reader sees.

A text browser's dump or a browser's "Save as Text" wraps paragraphs at a fixed width (w3m at
its column count, Firefox at 72); a copy from the page keeps one line a paragraph. The width is
recognised from the lines themselves: a wrapped text has many lines that end within a few
characters of the same right margin and almost none beyond it. In a wrapped text a line joins
the next when the next line's first word would not have fitted on it (the wrap rule every such
writer follows); otherwise, and in text that is not wrapped, every line is a block of its own.
Blank lines always separate blocks.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate
from typing import NamedTuple

#: Wrapped texts are recognised between these widths (characters).
MIN_WRAP_WIDTH = 40
MAX_WRAP_WIDTH = 200
#: How close to the margin (characters) a wrapped line ends, and the share of the long lines
#: followed by another line that must end there for a text to count as wrapped.
WRAP_BAND = 14
MIN_BAND_SHARE = 0.6
MIN_BAND_LINES = 3
#: At the usual widths of text browsers and "Save as Text" (up to 110 columns), two lines at
#: the margin are enough (a short article wraps few lines).
NARROW_WIDTH = 110
MIN_BAND_LINES_NARROW = 2
MAX_OVERLONG_SHARE = 0.05
#: How many of the longest line lengths are tried as the margin.
CANDIDATE_MARGINS = 8

_BULLET_CHARS = frozenset("•◦▪▫■□●○‣∙·*+-")
_BULLET = re.compile(r"^\s*(?:[•◦▪▫■□●○‣∙·*+-]|\d{1,3}[.)])\s")


class Line(NamedTuple):
    """One line of the text: its offsets (terminator excluded) and content."""

    number: int
    start: int
    end: int
    text: str
    blank: bool


class Block(NamedTuple):
    """A paragraph: lines ``first``..``last`` (inclusive) joined with single spaces."""

    first: int
    last: int
    text: str
    gap_before: bool  # a blank line (or the start of the text) comes before it


def split_lines(text: str) -> list[Line]:
    """The lines of ``text`` with their offsets; a ``\\r`` before ``\\n`` is not content."""
    raws = text.split("\n")
    contents = raws
    if "\r" in text:
        contents = [raw[:-1] if raw.endswith("\r") else raw for raw in raws]
    starts = list(accumulate((len(raw) + 1 for raw in raws), initial=0))
    make = tuple.__new__  # a NamedTuple's own constructor is several times slower
    return [
        make(Line, (index, start, start + len(raw), raw, not raw or raw.isspace()))
        for index, (start, raw) in enumerate(zip(starts, contents, strict=False))
    ]


def wrap_width(lines: list[Line]) -> int | None:
    """The right margin a hard-wrapped text was wrapped at, or ``None`` if it is not wrapped.

    The margin is the longest line length (up to :data:`MAX_WRAP_WIDTH`) that enough lines end
    close to. Lines beyond it must be rare (an address too long to break), and the long lines
    that another line follows must mostly end there: in a wrapped text those are the wrapped
    lines, in a copy with one line a paragraph they are paragraphs of every length. A line
    that a list item follows is no wrapped line (its item or paragraph ended there).
    """
    all_lengths = [0 if line.blank else len(line.text.rstrip()) for line in lines]
    lengths = sorted(n for n in all_lengths if n)
    if len(lengths) < MIN_BAND_LINES_NARROW * 2:
        return None

    def between(values: list[int], low: int, high: int) -> int:
        """How many of the sorted ``values`` lie in ``low``..``high``."""
        return bisect_right(values, high) - bisect_left(values, low)

    def needed(margin: int) -> int:
        return MIN_BAND_LINES_NARROW if margin <= NARROW_WIDTH else MIN_BAND_LINES

    candidates = sorted({n for n in lengths if MIN_WRAP_WIDTH <= n <= MAX_WRAP_WIDTH}, reverse=True)
    # the margins enough lines end near and few lines pass (a text with one line a paragraph
    # has none: the lines' followers are not looked at)
    margins = [
        margin
        for margin in candidates[:CANDIDATE_MARGINS]
        if between(lengths, margin - WRAP_BAND, margin) >= needed(margin)
        and len(lengths) - bisect_right(lengths, margin + 2) <= MAX_OVERLONG_SHARE * len(lengths)
    ]
    if not margins:
        return None
    # a line followed by a list item ("• ...", "2. ...") ended where its item or paragraph did
    item_next = [not line.blank and bool(_BULLET.match(line.text)) for line in lines[1:]]
    followed = sorted(
        n
        for n, after, item in zip(all_lengths, all_lengths[1:], item_next, strict=False)
        if n and after and not item
    )
    for margin in margins:
        long_followed = between(followed, margin // 2, margin)
        band_followed = between(followed, max(margin - WRAP_BAND, margin // 2), margin)
        if band_followed >= needed(margin) and band_followed >= MIN_BAND_SHARE * long_followed:
            return margin
    return None


def split_blocks(lines: list[Line], width: int | None) -> list[Block]:
    """The blocks of the text whose lines are ``lines`` (``width`` from :func:`wrap_width`)."""
    make = tuple.__new__
    if width is None:  # not wrapped: every line is a block
        blocks = []
        gap = True
        for line in lines:
            if line.blank:
                gap = True
                continue
            blocks.append(make(Block, (line.number, line.number, line.text.strip(), gap)))
            gap = False
        return blocks
    blocks = []
    gap = True
    first = -1
    parts: list[str] = []
    previous_length = 0
    bullet_chars = _BULLET_CHARS
    for number, _, _, text, blank in lines:
        if blank:
            if parts:
                blocks.append(make(Block, (first, first + len(parts) - 1, " ".join(parts), gap)))
                parts = []
            gap = True
            continue
        right = text.rstrip()
        stripped = right.lstrip()
        opener = stripped[0]
        if parts:
            space = stripped.find(" ")
            word = len(stripped) if space < 0 else space
            # a new item, or not a soft break: the next word would have fitted
            if previous_length + 1 + word <= width or (
                (opener in bullet_chars or opener.isdigit()) and _BULLET.match(text)
            ):
                blocks.append(make(Block, (first, first + len(parts) - 1, " ".join(parts), gap)))
                parts = []
                gap = False
        if not parts:
            first = number
        parts.append(stripped)
        previous_length = len(right)
    if parts:
        blocks.append(make(Block, (first, first + len(parts) - 1, " ".join(parts), gap)))
    return blocks
