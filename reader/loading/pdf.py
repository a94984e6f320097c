"""PDF files: the text of "Print → Save as PDF", read with pypdfium2.

Why pypdfium2: it is PDFium (Chrome's PDF engine) with Python bindings, permissively licensed,
and on the 12 saved pages of the development corpus it extracted the same text as pdfminer.six
(shingle F1 0.70 against 0.69 of the raw text) 27 times faster (1.0 s against 26 s for the
twelve files, 248 pages), which a 100-page PDF needs. Its text comes in the order the page was
printed, one line at a time; the positions of each line's first and last character (their
"loose" boxes, the font's full height) give the geometry that :mod:`reader.loading.pdf_layout`
turns into paragraphs without the print header and footer.

Problems say which they are: a password-protected PDF, a damaged one, and one without a text
layer (a scan, or pages printed as pictures) each get their own message. A PDF with almost no
text for its pages, most of them without any, is a scan with a line or two on it (a cover,
a stamp) and gets a note saying so; pages of pictures in a printed web page (a gallery, an
advertisement) are no news to the reader and get none. pypdfium2 is imported only when a PDF
is opened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from reader.errors import EmptyArticleError, UnsupportedFormatError
from reader.loading.pdf_layout import PageBox, PdfLine, paragraphs, split_furniture

#: PDFium's error codes when a document does not open.
_PASSWORD_ERROR = 4
_SECURITY_ERROR = 6

_LINE = re.compile(r"[^\r\n]+")
#: A PDF with less text than this a page (characters, after the print furniture) and most of
#: its pages without any is mostly pictures: a scan, noted. A printed page of prose holds about
#: 3,000 characters; a picture-only page of a printed web page among pages of text is no news.
SCAN_CHARS_PER_PAGE = 200

#: Two characters whose tops differ by less than this share of a line's height are on one line.
SAME_LINE = 0.5
#: A line of at least this many characters holding more than this many times the characters
#: for its width (at its type size) that the page's lines usually do is drawn twice over: text
#: the PDF draws twice, a hair apart (a faux-bold or shadow effect), which PDFium reads as both
#: copies interleaved ("BUFFALO, N.Y ALO, N.Y. — Hours ..."); its copies are dropped.
MIN_OVERPRINT_CHARS = 8
OVERPRINT_DENSITY = 1.6
#: A character drawn again within this share of its width (or, for a space, of the line's
#: height) of the same character is a copy.
OVERLAP_SHARE = 0.4
SPACE_OVERLAP = 0.1


@dataclass(frozen=True)
class PdfText:
    """What a PDF yields: its title (metadata), author, paragraphs, furniture and notes."""

    title: str
    author: str
    paragraphs: list[str]
    furniture: list[str]
    notes: tuple[str, ...]


def read_pdf(data: bytes, label: str) -> PdfText:
    """The text of the PDF ``data``; ``label`` names the file in messages."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code in (_PASSWORD_ERROR, _SECURITY_ERROR):
            raise UnsupportedFormatError(
                f"{label} is a password-protected PDF, so Reader cannot read its text. Open it "
                "in a PDF viewer with its password and save or print a copy without one."
            ) from exc
        raise UnsupportedFormatError(
            f"{label} looks like a PDF but is damaged or incomplete, so Reader cannot read "
            "it. If it was downloaded or copied, try getting it again."
        ) from exc
    try:
        return _read(document, label)
    finally:
        document.close()


def _read(document: Any, label: str) -> PdfText:
    metadata = document.get_metadata_dict(skip_empty=True)
    title = " ".join(str(metadata.get("Title", "")).split())
    author = " ".join(str(metadata.get("Author", "")).split())
    lines: list[PdfLine] = []
    boxes: list[PageBox] = []
    for number in range(len(document)):
        page = document[number]
        try:
            width, height = page.get_size()
            boxes.append(PageBox(width, height))
            lines.extend(
                line for line in _page_lines(page, number) if _visible(line, width, height)
            )
        finally:
            page.close()
    content, furniture = split_furniture(lines, boxes, title)
    if not content:
        raise EmptyArticleError(_no_text_message(label, len(document)))
    notes = _scan_note(label, content, len(boxes))
    return PdfText(
        title=title,
        author=author,
        paragraphs=paragraphs(content),
        furniture=[" ".join(line.text.split()) for line in furniture],
        notes=notes,
    )


def _scan_note(label: str, content: list[PdfLine], pages: int) -> tuple[str, ...]:
    """A note when the PDF is almost all pictures (see :data:`SCAN_CHARS_PER_PAGE`): its
    pages without text, which the reader may want to run through text recognition."""
    with_text = {line.page for line in content}
    textless = [number + 1 for number in range(pages) if number not in with_text]
    characters = sum(len(line.text) for line in content)
    if 2 * len(textless) <= pages or characters >= SCAN_CHARS_PER_PAGE * pages:
        return ()
    listed = ", ".join(map(str, textless[:10])) + (" …" if len(textless) > 10 else "")
    which = "Page" if len(textless) == 1 else "Pages"
    return (
        f"{label} is mostly pictures, as a scan is: {which.lower()} {listed} had no text and "
        "Reader shows the little text the others have. Run the file through text recognition "
        "(OCR) to read all of it.",
    )


def _visible(line: PdfLine, width: float, height: float) -> bool:
    """Whether ``line`` lies on the page (text drawn outside it, as a layout engine may leave
    the overflow of the page before, is not seen when the page is printed)."""
    return line.bottom < height and line.top > 0 and line.left < width and line.right > 0


def _no_text_message(label: str, pages: int) -> str:
    if pages == 0:
        return f"{label} is a PDF without pages: there is no text to read."
    return (
        f"{label} is a PDF without a text layer (a scan, or pages saved as pictures), so "
        "there is no text for Reader to read. Run it through text recognition (OCR) first, or "
        "save the article's web page instead."
    )


def _page_lines(page: Any, number: int) -> list[PdfLine]:
    """The page's lines with the loose boxes of their first and last characters.

    PDFium breaks the text into lines itself; where one of its lines starts and ends at
    different heights (it ran two printed lines together, as with some layout engines) the
    line is split where its characters move to another baseline.
    """
    import pypdfium2.raw as pdfium_c

    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
        if len(text) != textpage.count_chars():  # offsets would not match characters
            return _lines_without_geometry(text, number)
        spans: list[tuple[int, int, Box, Box, float]] = []
        for match in _LINE.finditer(text):
            raw = match.group(0)
            if not raw.strip():
                continue
            first = match.start() + (len(raw) - len(raw.lstrip()))
            last = match.start() + len(raw.rstrip()) - 1
            box_first = textpage.get_charbox(first, loose=True)
            box_last = textpage.get_charbox(last, loose=True)
            height = max(box_first[3] - box_first[1], 1.0)
            if abs(box_first[3] - box_last[3]) <= SAME_LINE * height:
                runs = [(first, last, box_first, box_last)]
            else:
                runs = _split_by_baseline(textpage, text, first, last, height)
            for start, end, left_box, right_box in runs:
                size = float(pdfium_c.FPDFText_GetFontSize(textpage.raw, start))
                spans.append((start, end, left_box, right_box, size))
        usual = _usual_density(text, spans)
        found: list[PdfLine] = []
        for start, end, left_box, right_box, size in spans:
            line_text = text[start : end + 1].strip()
            if usual and _density(line_text, left_box, right_box, size) > OVERPRINT_DENSITY * usual:
                line_text = _without_overprint(textpage, text, start, end)
            found.append(
                PdfLine(
                    page=number,
                    text=line_text,
                    left=float(left_box[0]),
                    right=float(right_box[2]),
                    top=float(max(left_box[3], right_box[3])),
                    bottom=float(min(left_box[1], right_box[1])),
                    size=size,
                )
            )
        return found
    finally:
        textpage.close()


Box = tuple[float, float, float, float]


def _split_by_baseline(
    textpage: Any, text: str, first: int, last: int, height: float
) -> list[tuple[int, int, Box, Box]]:
    """Characters ``first``..``last`` grouped into runs on one baseline each:
    ``(start, end, box of start, box of end)``."""
    spans: list[tuple[int, int, Box, Box]] = []
    start = end = -1
    start_box = end_box = (0.0, 0.0, 0.0, 0.0)
    for index in range(first, last + 1):
        if text[index].isspace():
            continue
        box = textpage.get_charbox(index, loose=True)
        if start >= 0 and abs(box[3] - start_box[3]) > SAME_LINE * height:
            spans.append((start, end, start_box, end_box))
            start = -1
        if start < 0:
            start, start_box = index, box
        end, end_box = index, box
    if start >= 0:
        spans.append((start, end, start_box, end_box))
    return spans


def _density(text: str, left_box: Box, right_box: Box, size: float) -> float:
    """Characters a line holds for its width, at its type size (0 when it has no width)."""
    width = float(right_box[2]) - float(left_box[0])
    if width <= 0 or size <= 0 or len(text) < MIN_OVERPRINT_CHARS:
        return 0.0
    return len(text) * size / width


def _usual_density(text: str, spans: list[tuple[int, int, Box, Box, float]]) -> float:
    """The page's median :func:`_density` over its lines of some length (0 if none)."""
    densities = sorted(
        d
        for start, end, left_box, right_box, size in spans
        if (d := _density(text[start : end + 1].strip(), left_box, right_box, size))
    )
    return densities[len(densities) // 2] if densities else 0.0


def _without_overprint(textpage: Any, text: str, first: int, last: int) -> str:
    """Characters ``first``..``last`` of one printed line without those drawn again over one
    of the same (the same character at nearly the same place), in their order along the line."""
    kept: list[tuple[float, str]] = []
    seen: dict[str, list[Box]] = {}
    dropped = False
    for index in range(first, last + 1):
        char = text[index]
        box = textpage.get_charbox(index, loose=True)
        height = max(box[3] - box[1], 1.0)
        tolerance_x = max(OVERLAP_SHARE * (box[2] - box[0]), SPACE_OVERLAP * height)
        if any(
            abs(box[0] - other[0]) <= tolerance_x and abs(box[1] - other[1]) <= SAME_LINE * height
            for other in seen.get(char, ())
        ):
            dropped = True
            continue
        seen.setdefault(char, []).append(box)
        kept.append((box[0], char))
    if not dropped:
        return text[first : last + 1].strip()
    kept.sort(key=lambda item: item[0])  # stable: characters at one place keep their order
    return " ".join("".join(char for _, char in kept).split())


def _lines_without_geometry(text: str, number: int) -> list[PdfLine]:
    """Lines laid out one under the other (when positions cannot be read): each its own
    paragraph unless wrapped lines continue it."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n") if line.strip()]
    return [
        PdfLine(number, line, 0.0, float(len(line)), -2.0 * i, -2.0 * i - 1.0, 1.0)
        for i, line in enumerate(lines)
    ]
