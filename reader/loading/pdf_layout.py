"""From a PDF's text lines and their positions to paragraphs, without the page furniture.

Pure geometry on :class:`PdfLine` records (the PDF library is in :mod:`reader.loading.pdf`):

* **Page furniture.** Lines in a page's top or bottom margin band that come back on other pages
  (digits aside: "2/10", "Page 3 of 7"), and, on any page, the marks a browser prints there: the
  date and time, the page's address, the page number "n/N", the document's title; and a page
  number alone as a page's first or last line, wherever the margin is. They are returned
  apart, in order, as clutter.
* **Paragraphs.** Lines follow each other in the PDF's content order (a browser prints the page
  in its reading order). A new paragraph starts where the gap to the previous line is larger
  than the usual spacing of a paragraph's lines of that size, where the type size changes,
  where the text moves up (another column) or starts further left or right (a list item, an
  indent), where the previous line stopped short although the next word would have fitted,
  and at a page break unless the previous line ran to the margin without ending a sentence.
* **Hyphenation.** A word broken at a line's end ("infor-" / "mation", soft hyphens included) is
  joined; a hyphen stays when the document writes the word with it elsewhere ("well-known").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

#: Share of the page height at the top and at the bottom where print headers and footers sit.
MARGIN_BAND = 0.06
#: A margin line on at least this share of the pages (and two of them) is running furniture.
REPEAT_SHARE = 0.5
#: A gap between lines larger than the usual gap between a paragraph's lines (of that type
#: size) by this share of the line's height starts a paragraph.
PARAGRAPH_GAP = 0.35
#: Type size change (relative) that starts a paragraph.
SIZE_CHANGE = 0.15
#: A line ending this close (share of the text width) to the right edge ran to the margin.
FULL_LINE = 0.85
#: Gaps between lines needed to learn a type size's usual line gap (else: none expected).
MIN_GAP_SAMPLES = 4
#: Left edges this close (PDF units) belong to the same column.
COLUMN_SNAP = 6

_HYPHENS = ("-", "\u00ad", "\x02", "‐", "\ufffe")
_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*$")
_DIGITS = re.compile(r"\d+")
_FFFE = re.compile(r"([^\W\d_]*)\ufffe([^\W\d_]*)")
_BROKEN_WORD = re.compile(r"\S*\ufffe\S*")
_WORD_EDGE = re.compile(r"^[^\w]+|[^\w]+$")
_WORD = re.compile(r"[^\W\d_]+(?:[-‐][^\W\d_]+)*")
_PAGE_NUMBER = re.compile(
    r"^(?:[-–—]\s*)?(?:\d{1,4}|\d{1,4}\s*/\s*\d{1,4}|(?:page|seite|página|pagina)\s+\d{1,4}"
    r"(?:\s+(?:of|von|de|di)\s+\d{1,4})?)(?:\s*[-–—])?$",
    re.IGNORECASE,
)
_PRINT_MARKS = (
    re.compile(r"^\d{1,4}\s*/\s*\d{1,4}$"),  # 2/10
    re.compile(r"^(?:page|seite|página|pagina)\s+\d+(?:\s+(?:of|von|de|di)\s+\d+)?$", re.I),
    re.compile(r"^(?:https?|file)://\S+(?:\s+\d{1,4}\s*/\s*\d{1,4})?$", re.I),  # URL [2/10]
    re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s+\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?"),
)


@dataclass(frozen=True)
class PdfLine:
    """One line of a PDF page: its text, page number and box (PDF units, y grows upward)."""

    page: int
    text: str
    left: float
    right: float
    top: float
    bottom: float
    size: float  # the type size of its first character

    @property
    def height(self) -> float:
        return max(self.top - self.bottom, 1.0)


@dataclass(frozen=True)
class PageBox:
    """A page's width and height (PDF units)."""

    width: float
    height: float


def _key(text: str) -> str:
    return _DIGITS.sub("#", " ".join(text.lower().split()))


def _in_band(line: PdfLine, box: PageBox) -> bool:
    band = MARGIN_BAND * box.height
    return line.top >= box.height - band or line.bottom <= band


def is_print_mark(text: str, title: str = "") -> bool:
    """A browser's print header or footer: a date and time, an address, "n/N", the title."""
    stripped = " ".join(text.split())
    if any(pattern.match(stripped) for pattern in _PRINT_MARKS):
        return True
    return bool(title) and _key(stripped) == _key(title)


def split_furniture(
    lines: list[PdfLine], boxes: list[PageBox], title: str = ""
) -> tuple[list[PdfLine], list[PdfLine]]:
    """``(content, furniture)``: the margin lines that repeat across pages or are print marks,
    and a page number alone at a page's top or foot (see the module doc), apart from the rest,
    both in order."""
    pages_with: Counter[str] = Counter()
    by_page: dict[int, list[PdfLine]] = {}
    for line in lines:
        by_page.setdefault(line.page, []).append(line)
    edge_lines: set[int] = set()
    for page, page_lines in by_page.items():
        keys = {_key(line.text) for line in page_lines if _in_band(line, boxes[page])}
        pages_with.update(keys)
        edge_lines.add(id(max(page_lines, key=lambda line: line.top)))
        edge_lines.add(id(min(page_lines, key=lambda line: line.bottom)))
    page_count = len(boxes)
    repeat = max(2, round(REPEAT_SHARE * page_count))
    content: list[PdfLine] = []
    furniture: list[PdfLine] = []
    for line in lines:
        in_band = _in_band(line, boxes[line.page])
        marked = in_band and (
            pages_with[_key(line.text)] >= repeat or is_print_mark(line.text, title)
        )
        numbered = id(line) in edge_lines and _PAGE_NUMBER.match(line.text.strip())
        (furniture if marked or numbered else content).append(line)
    return content, furniture


def _ends_open(line: PdfLine, right_edge: float, left_edge: float) -> bool:
    """Whether ``line`` ran to the right margin without ending a sentence (text continues)."""
    width = max(right_edge - left_edge, 1.0)
    full = line.right - left_edge >= FULL_LINE * width
    return full and not _SENTENCE_END.search(line.text.rstrip())


def _line_gaps(lines: list[PdfLine]) -> dict[int, float]:
    """The usual gap between two lines of one paragraph, by type size (rounded): the lower
    quartile of the gaps between successive lines of that size in one column (most successive
    lines are inside a paragraph)."""
    gaps: dict[int, list[float]] = {}
    for previous, line in pairwise(lines):
        if (
            line.page == previous.page
            and round(line.size) == round(previous.size)
            and abs(line.left - previous.left) <= COLUMN_SNAP
            and line.top <= previous.bottom + 1
        ):
            gaps.setdefault(round(line.size), []).append(previous.bottom - line.top)
    return {
        size: sorted(found)[len(found) // 4]
        for size, found in gaps.items()
        if len(found) >= MIN_GAP_SAMPLES
    }


def _starts_paragraph(
    previous: PdfLine,
    line: PdfLine,
    right_edge: float,
    line_gap: float = 0.0,
    previous_edge: float | None = None,
) -> bool:
    """Whether ``line`` starts a paragraph after ``previous`` (see the module doc);
    ``right_edge`` is the right edge of ``line``'s column, ``previous_edge`` of
    ``previous``'s (when it is on another page)."""
    same_type = abs(line.size - previous.size) <= SIZE_CHANGE * max(previous.size, 1.0)
    if line.page != previous.page:
        edge = previous_edge if previous_edge is not None else right_edge
        carries = _ends_open(previous, edge, previous.left)
        carries = carries or previous.text.rstrip().endswith(_HYPHENS)
        return not (carries and same_type)
    if not same_type:
        return True
    broken_word = previous.text.rstrip().endswith(_HYPHENS) and line.text.lstrip()[:1].islower()
    if line.top > previous.top:  # the text went up: another column or box
        return True
    gap = previous.bottom - line.top
    if gap > max(line_gap, 0.0) + PARAGRAPH_GAP * max(previous.height, line.height):
        return True
    if abs(line.left - previous.left) > max(line.size, previous.size):
        return True
    return not broken_word and _would_have_fitted(previous, line, right_edge)


def _would_have_fitted(previous: PdfLine, line: PdfLine, right_edge: float) -> bool:
    """Whether ``line``'s first word had room at the end of ``previous``: then ``previous``
    ended its paragraph (a wrapped line ends only when the next word does not fit)."""
    words = line.text.split()
    if not words:
        return False
    char_width = (line.right - line.left) / max(len(line.text), 1)
    needed = char_width * (len(words[0]) + 1)
    # twice the room the word needs: a ragged right edge varies by about a word
    return previous.right + 2 * needed + char_width < right_edge


def _column_edges(lines: list[PdfLine]) -> dict[tuple[int, int], float]:
    """The right edge of the column each left margin belongs to: per page and left edge
    (rounded), the farthest right any line starting there or further left reaches (a list
    indented inside the article runs to the article's edge; a paragraph's wrapped lines do)."""
    by_page: dict[int, list[PdfLine]] = {}
    for line in lines:
        by_page.setdefault(line.page, []).append(line)
    edges: dict[tuple[int, int], float] = {}
    for page, page_lines in by_page.items():
        for key in {round(line.left / COLUMN_SNAP) for line in page_lines}:
            limit = (key + 1) * COLUMN_SNAP
            edges[(page, key)] = max(x.right for x in page_lines if x.left <= limit)
    return edges


def keeps_hyphen(left: str, right: str, vocabulary: set[str]) -> bool:
    """Whether a word broken as ``left-`` / ``right`` at a line's end is a compound that keeps
    its hyphen: the document writes it so elsewhere (and not joined), the second part starts
    with a capital or a digit ("Jean-Michel", "COVID-19"), or both parts are words the document
    uses on their own while the joined word is not."""
    joined = (left + right).lower()
    if f"{left}-{right}".lower() in vocabulary and joined not in vocabulary:
        return True
    if not right[:1].islower() or not left[-1:].isalpha():
        return True
    return joined not in vocabulary and left.lower() in vocabulary and right.lower() in vocabulary


def join_hyphenated(first: str, second: str, vocabulary: set[str]) -> str:
    """``first`` (ending in a hyphen) and ``second`` as one word where the break was
    typographic (a soft hyphen always is; a hard one unless :func:`keeps_hyphen`)."""
    head = first.rstrip()
    hyphen = head[-1]
    stem = head[:-1]
    tail = second.lstrip()
    if hyphen in ("\u00ad", "\x02"):
        return stem + tail
    left_word = stem.split()[-1] if stem.split() else ""
    right_word = tail.split()[0] if tail.split() else ""
    if keeps_hyphen(_WORD_EDGE.sub("", left_word), _WORD_EDGE.sub("", right_word), vocabulary):
        return f"{stem}-{tail}"
    return stem + tail


def _vocabulary(lines: list[PdfLine]) -> set[str]:
    """The document's words, hyphenated ones also in their parts, leaving out the pieces of
    words broken at a line's end (they are what is to be decided)."""
    vocabulary: set[str] = set()
    broken_before = False
    for line in lines:
        words = _WORD.findall(_BROKEN_WORD.sub(" ", line.text))
        if broken_before and words:
            words = words[1:]
        broken_before = line.text.rstrip().endswith(_HYPHENS)
        if broken_before and words:
            words = words[:-1]
        for word in words:
            vocabulary.add(word.lower())
            vocabulary.update(part.lower() for part in re.split("[-‐]", word) if part)
    return vocabulary


def paragraphs(lines: list[PdfLine]) -> list[str]:
    """The paragraphs the lines form (see the module doc), each on one line."""
    edges = _column_edges(lines)
    usual_gaps = _line_gaps(lines)
    vocabulary = _vocabulary(lines)
    found: list[str] = []
    current = ""
    previous: PdfLine | None = None
    for line in lines:
        text = " ".join(line.text.split())
        if not text:
            continue
        right_edge = edges.get((line.page, round(line.left / COLUMN_SNAP)), line.right)
        line_gap = usual_gaps.get(round(line.size), 0.0)
        previous_edge = (
            edges.get((previous.page, round(previous.left / COLUMN_SNAP)), previous.right)
            if previous is not None
            else None
        )
        if previous is None or _starts_paragraph(
            previous, line, right_edge, line_gap, previous_edge
        ):
            if current:
                found.append(current)
            current = text
        elif current.endswith(_HYPHENS) and text[:1].isalpha():
            current = join_hyphenated(current, text, vocabulary)
        else:
            current = f"{current} {text}"
        previous = line
    if current:
        found.append(current)
    cleaned = (p.replace("\u00ad", "").replace("\x02", "-") for p in found)
    return [_line_break_hyphens(p, vocabulary) for p in cleaned]


def _line_break_hyphens(text: str, vocabulary: set[str]) -> str:
    """PDFium marks a hyphen at which a line broke inside a word with U+FFFE: joined as a
    typographic break unless the word is a compound (see :func:`keeps_hyphen`)."""
    if "\ufffe" not in text:
        return text

    def mend(match: re.Match[str]) -> str:
        left, right = match.group(1), match.group(2)
        if keeps_hyphen(left, right, vocabulary):
            return f"{left}-{right}"
        return left + right

    return _FFFE.sub(mend, text).replace("\ufffe", "-")
