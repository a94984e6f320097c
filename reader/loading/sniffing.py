"""Telling what a file holds from its bytes: other document kinds (refused) and article formats.

A PDF is an article format now (:func:`looks_like_pdf` is asked first; the PDF reader,
:mod:`reader.loading.pdf`, is imported only for one); :func:`binary_kind` still names it, for
callers that only tell kinds apart.

The extension is only a hint: a ``.txt`` holding a web page is read as a web page, an ``.html``
holding plain text as text, and a single-file web page (MHTML) is recognised by its MIME headers.
"""

from __future__ import annotations

import functools
import re

SUPPORTED = "Reader opens .txt, .html, .mhtml, .md and .pdf files."
#: A PDF's header may start this far into the file (PDF readers accept a little junk before it).
HEADER_WINDOW = 1024

# (signature, offset, description). Checked in order; longer, more specific signatures first.
_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"%PDF-", 0, "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", 0, "a PNG image"),
    (b"\xff\xd8\xff", 0, "a JPEG image"),
    (b"GIF87a", 0, "a GIF image"),
    (b"GIF89a", 0, "a GIF image"),
    (b"II*\x00", 0, "a TIFF image"),
    (b"MM\x00*", 0, "a TIFF image"),
    (b"\x00\x00\x01\x00", 0, "an icon image"),
    (b"8BPS", 0, "a Photoshop image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "an old Microsoft Office document"),
    (b"{\\rtf", 0, "an RTF document"),
    (b"\x1f\x8b", 0, "a compressed (gzip) file"),
    (b"BZh", 0, "a compressed (bzip2) file"),
    (b"\xfd7zXZ\x00", 0, "a compressed (xz) file"),
    (b"(\xb5/\xfd", 0, "a compressed (zstd) file"),
    (b"7z\xbc\xaf\x27\x1c", 0, "a 7-Zip archive"),
    (b"Rar!\x1a\x07", 0, "a RAR archive"),
    (b"ustar", 257, "a tar archive"),
    (b"\x7fELF", 0, "a program"),
    (b"\xca\xfe\xba\xbe", 0, "a program"),
    (b"\xcf\xfa\xed\xfe", 0, "a program"),
    (b"\x00asm", 0, "a program"),
    (b"SQLite format 3\x00", 0, "a database"),
    (b"bplist00", 0, "a Safari web archive or other Apple data file"),
    (b"ID3", 0, "an audio file"),
    (b"OggS", 0, "an audio or video file"),
    (b"fLaC", 0, "an audio file"),
    (b"\x1a\x45\xdf\xa3", 0, "a video file"),
    (b"wOFF", 0, "a font file"),
    (b"wOF2", 0, "a font file"),
    (b"\x00\x01\x00\x00\x00", 0, "a font file"),
)

# Kinds of ZIP container, told apart by the names near the start of the archive.
_ZIP_KINDS: tuple[tuple[bytes, str], ...] = (
    (b"application/epub+zip", "an EPUB e-book"),
    (b"application/vnd.oasis.opendocument", "an OpenDocument file"),
    (b"word/", "a Word document"),
    (b"xl/", "an Excel spreadsheet"),
    (b"ppt/", "a PowerPoint presentation"),
)

_FTYP_KINDS = {b"heic": "a HEIC image", b"heix": "a HEIC image", b"avif": "an AVIF image"}


def looks_like_pdf(data: bytes) -> bool:
    """Whether ``data`` is a PDF: its ``%PDF-`` header near the start."""
    return b"%PDF-" in data[:HEADER_WINDOW]


def binary_kind(data: bytes) -> str | None:
    """What kind of non-article file ``data`` is ("a PDF document" ...), or ``None`` if unknown."""
    for signature, offset, kind in _MAGIC:
        if data[offset : offset + len(signature)] == signature:
            return kind
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        head = data[:4096]
        for marker, kind in _ZIP_KINDS:
            if marker in head:
                return kind
        return "a ZIP archive"
    if data[:4] == b"RIFF" and len(data) >= 12:
        form = data[8:12]
        if form == b"WEBP":
            return "a WebP image"
        if form in (b"WAVE", b"AVI "):
            return "an audio or video file"
    if data[4:8] == b"ftyp":
        return _FTYP_KINDS.get(data[8:12], "a video file")
    if data[:2] == b"MZ" and b"\x00" in data[2:64]:
        return "a Windows program"
    if data[:2] == b"BM" and len(data) > 26 and data[6:10] == b"\x00\x00\x00\x00":
        return "a BMP image"
    return None


_BLANK_LINE = re.compile(rb"\r?\n\r?\n")
_LINE_BREAK = re.compile(rb"\r?\n")
_MIME_HEADER = re.compile(rb"^[A-Za-z][A-Za-z0-9-]*:[ \t]?.*$|^[ \t]+\S.*$")
_CONTENT_TYPE = re.compile(rb"(?im)^content-type:\s*(multipart/related|multipart/mixed|text/html)")


def looks_like_mhtml(data: bytes) -> bool:
    """True when ``data`` starts with a MIME header block that declares a web page archive."""
    head = data[:16384].lstrip(b"\r\n\t \xef\xbb\xbf")
    end = _BLANK_LINE.search(head)
    if end is None:
        return False
    block = head[: end.start()]
    lines = _LINE_BREAK.split(block)
    if not lines or not all(_MIME_HEADER.match(line) for line in lines):
        return False
    lowered = block.lower()
    return b"mime-version:" in lowered and _CONTENT_TYPE.search(block) is not None


# The patterns of markup (and of Markdown below) are compiled when a text first needs them:
# most texts need few of them (a plain text without "<" none of these), and a one-file run pays
# only for those.
_HTML_START = (
    r"^\s*(?:<!--.*?-->\s*)*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<title[\s>]|<article[\s>]"
    r"|<main[\s>]|<div[\s>]|<p[\s>]|<h[1-6][\s>]|<section[\s>]|<header[\s>]|<link[\s>]"
    r"|<table[\s>]|<span[\s>]|<style[\s>]|<script[\s>]|<nav[\s>]|<base[\s>])"
)
_WHOLE_PAGE_START = (
    r"^\s*(?:<!--.*?-->\s*)*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>])"
)
_HTML_BLOCK_TAG = r"</?(?:p|div|br|h[1-6]|li|ul|ol|article|section|table|tr|td)\b[^>]*>"


@functools.cache
def _compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


def looks_like_html(text: str, *, whole_page_only: bool = False) -> bool:
    """True when ``text`` is web-page markup rather than prose that mentions a tag or two.

    With ``whole_page_only`` (for Markdown, which may hold HTML blocks) only a complete page,
    one that opens with a doctype or ``<html>``, counts.
    """
    head = text[:65536]
    if "<" not in head:  # every pattern below needs one
        return False
    if whole_page_only:
        return _compiled(_WHOLE_PAGE_START, re.IGNORECASE | re.DOTALL).match(head) is not None
    if _compiled(_HTML_START, re.IGNORECASE | re.DOTALL).match(head):
        return True
    tags = _compiled(_HTML_BLOCK_TAG, re.IGNORECASE).findall(head)
    if len(tags) < 6:
        return False
    markup = sum(len(tag) for tag in tags)
    return markup * 50 >= len(head.strip()) or len(tags) >= 40


#: Markdown's kinds of syntax, each with the strings one of which it cannot do without (a text
#: holding none of them is not searched for it: most saved texts are plain).
_MD_FEATURES: tuple[tuple[tuple[str, ...], str, int], ...] = (
    (("#",), r"^#{1,6}[ \t]+\S", re.M),  # ATX heading
    (("\n=", "\n-"), r"^\S.*\n(?:=+|-+)[ \t]*$", re.M),  # setext heading
    (("](",), r"(?<!!)\[[^\]\n]+\]\([^)\s]+(?:\s+\"[^\"]*\")?\)", 0),  # link
    (("![",), r"!\[[^\]\n]*\]\([^)\s]+", 0),  # image
    (("**", "__"), r"(\*\*|__)(?=\S)[^\n]+?(?<=\S)\1", 0),  # strong emphasis
    (("```", "~~~"), r"^```|^~~~", re.M),  # fenced code
    (("---",), r"\A---[ \t]*\n(?:[A-Za-z_][\w-]*:.*\n)+---[ \t]*$", re.M),  # YAML
    ((">",), r"^>[ \t]+\S", re.M),  # block quote
)


def looks_like_markdown(text: str) -> bool:
    """True when ``text`` shows at least two distinct kinds of Markdown syntax."""
    head = text[:65536]
    return (
        sum(
            1
            for needed, pattern, flags in _MD_FEATURES
            if any(_holds(head, part) for part in needed) and _compiled(pattern, flags).search(head)
        )
        >= 2
    )


def _holds(text: str, part: str) -> bool:
    """``part in text``, each character of ``part`` looked for first: most texts lack one of
    them, and finding one character is many times faster than finding a string."""
    for char in part:
        if char not in text:
            return False
    return part in text


HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml", ".xht", ".shtml"})
MHTML_EXTENSIONS = frozenset({".mhtml", ".mht"})
MARKDOWN_EXTENSIONS = frozenset({".md", ".markdown", ".mdown", ".mkd", ".mkdn"})
