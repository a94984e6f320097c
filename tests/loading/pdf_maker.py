"""Small PDFs written by the tests: text lines placed where a test wants them, in Helvetica.

A page is a list of :class:`Text` (a line at ``x``, ``y`` in points from the bottom-left, at
``size``) and may carry a picture instead of, or besides, text. The files are valid PDF 1.4
(cross-reference table and all) and open in any reader.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field

WIDTH, HEIGHT = 612, 792  # US Letter, as browsers print


@dataclass(frozen=True)
class Text:
    x: float
    y: float
    text: str
    size: float = 11.0


@dataclass
class Page:
    lines: list[Text] = field(default_factory=list)
    picture: bool = False  # a grey picture covering most of the page


def _escape(text: str) -> bytes:
    encoded = text.encode("cp1252", errors="replace")
    return encoded.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _content(page: Page) -> bytes:
    parts: list[bytes] = []
    if page.picture:
        parts.append(b"q 500 0 0 600 56 100 cm /Im1 Do Q")
    for line in page.lines:
        parts.append(
            b"BT /F1 %.1f Tf %.1f %.1f Td (" % (line.size, line.x, line.y)
            + _escape(line.text)
            + b") Tj ET"
        )
    return b"\n".join(parts)


def make_pdf(pages: list[Page], title: str = "", author: str = "") -> bytes:
    """The bytes of a PDF with ``pages`` and, when given, its title and author metadata."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in below
    pages_id = add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    pixels = zlib.compress(bytes([128]) * (16 * 16))
    image = add(
        b"<< /Type /XObject /Subtype /Image /Width 16 /Height 16 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n"
        % len(pixels)
        + pixels
        + b"\nendstream"
    )
    kids: list[int] = []
    for page in pages:
        content = _content(page)
        stream = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
                b"/Resources << /Font << /F1 %d 0 R >> /XObject << /Im1 %d 0 R >> >> >>"
                % (pages_id, WIDTH, HEIGHT, stream, font, image)
            )
        )
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objects[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    info = b""
    if title or author:
        info_id = add(b"<< /Title (" + _escape(title) + b") /Author (" + _escape(author) + b") >>")
        info = b" /Info %d 0 R" % info_id
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root %d 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        catalog,
        info,
        xref,
    )
    return bytes(out)


def paragraph_lines(
    paragraphs: list[list[str]], top: float, size: float = 11.0, x: float = 56.0
) -> tuple[list[Text], float]:
    """Lines of ``paragraphs`` (each a list of its wrapped lines) from ``top`` down, with a
    paragraph's spacing between them; returns the lines and the next free ``y``."""
    placed: list[Text] = []
    y = top
    for lines in paragraphs:
        for line in lines:
            placed.append(Text(x, y, line, size))
            y -= size * 1.4
        y -= size * 0.9
    return placed, y


def print_marks(number: int, total: int, title: str, url: str) -> list[Text]:
    """A browser's print header and footer: date and time with the title, address and "n/N"."""
    return [
        Text(20, HEIGHT - 18, f"3/14/24, 9:41 AM {title}", 8),
        Text(20, 12, f"{url} {number}/{total}", 8),
    ]
