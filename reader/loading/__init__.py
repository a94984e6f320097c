"""Loading saved articles: plain text, web pages (HTML), single-file web pages (MHTML), Markdown,
PDF.

The format is decided by the content, the extension only breaking ties: a PDF is recognised by
its ``%PDF-`` header (:mod:`reader.loading.pdf`), other binary documents (pictures, archives,
office files) are refused by their magic bytes, an MHTML file is
recognised by its MIME headers, a web page by its markup, Markdown by its syntax (a ``.md``
file is always read as Markdown unless it is a web page). :mod:`reader.loading.decoding` tells
how bytes become text and :mod:`reader.loading.reading` gives the size limit. The source file is
only ever read.
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

from reader.document import Document, headline_first
from reader.errors import EmptyArticleError, UnsupportedFormatError
from reader.loading.decoding import (
    bom_encoding,
    declared_html_charset,
    decode_bytes,
    normalize_text,
    utf16_without_bom,
)
from reader.loading.plain_text import plain_text_document, split_headline, title_from_filename
from reader.loading.reading import MAX_FILE_BYTES, display_name, read_file_bytes
from reader.loading.sniffing import (
    HTML_EXTENSIONS,
    MARKDOWN_EXTENSIONS,
    SUPPORTED,
    binary_kind,
    looks_like_html,
    looks_like_markdown,
    looks_like_mhtml,
    looks_like_pdf,
)

__all__ = [
    "ARTICLE_EXTENSIONS",
    "MAX_FILE_BYTES",
    "document_from_bytes",
    "document_from_html",
    "document_from_text",
    "load_document",
]

#: Extensions of the files Reader opens (for file dialogs); content decides the format anyway.
ARTICLE_EXTENSIONS = (
    ".txt",
    ".text",
    *sorted(HTML_EXTENSIONS),
    ".mhtml",
    ".mht",
    *sorted(MARKDOWN_EXTENSIONS),
    ".pdf",
)

#: Share of control bytes (NUL and the like) above which a file is binary, not text.
MAX_CONTROL_SHARE = 0.05
_CONTROL_BYTES = bytes([*range(9), *range(14, 27), *range(28, 32)])
_ASCII_RUNS = re.compile("[\x00-\x7f]+")


def load_document(path: str | os.PathLike[str]) -> Document:
    """Read the article saved at ``path`` (read-only) and return it as a :class:`Document`.

    Raises a :class:`~reader.errors.ReaderError` subclass whose message names the file:
    unreadable, too large, not an article (binary) or empty.
    """
    file = Path(path)
    data = read_file_bytes(file)
    return document_from_bytes(data, source=os.fspath(path), name=file.name)


def document_from_text(text: str, source: str = "", name: str = "") -> Document:
    """A :class:`Document` from article text given directly (pasted or typed).

    ``name`` is a file name used for the title when the text has no headline line. Text that is
    a web page or Markdown is read as one.
    """
    label = display_name(Path(name)) if name else "The text"
    return _from_text(normalize_text(text), source, name, label, ())


def document_from_html(html: str, source: str = "", name: str = "") -> Document:
    """A :class:`Document` from HTML given directly, read as a web page whatever it looks like
    (a browser's clipboard holds a fragment of the page: ``<b>``, ``<a>`` and text)."""
    label = display_name(Path(name)) if name else "The text"
    text = normalize_text(html)
    if not text.strip():
        raise EmptyArticleError(f"{label} holds only blank space: there is no article text.")
    return _html_document(text, source, name, label, ())


def document_from_bytes(data: bytes, source: str = "", name: str = "") -> Document:
    """A :class:`Document` from a file's raw bytes; ``name`` is its file name."""
    label = display_name(Path(name)) if name else "The file"
    if not data.strip(b" \t\r\n\x00\x0b\x0c"):
        raise EmptyArticleError(f"{label} is empty: there is no article text to read.")
    notes: tuple[str, ...] = ()
    if looks_like_pdf(data):
        return _pdf_document(data, source, name, label)
    if bom_encoding(data) is None:
        kind = binary_kind(data)
        if kind is not None:
            raise UnsupportedFormatError(
                f"{label} looks like {kind}, not a saved article. {SUPPORTED}"
            )
        if utf16_without_bom(data) is None:
            if looks_like_mhtml(data):
                return _mhtml_document(data, source, name, label)
            data, notes = _without_nul_bytes(data, label)
    decoded = decode_bytes(data, declared=declared_html_charset(data))
    if _unreadable_share(decoded.text[:20000]) > MAX_CONTROL_SHARE:
        raise UnsupportedFormatError(_binary_message(label))
    return _from_text(decoded.text, source, name, label, notes + decoded.notes)


def _unreadable_share(text: str) -> float:
    """Share of characters no text holds: replacement marks, unassigned and private-use ones."""
    if not text or text.isascii():  # every ASCII character is assigned
        return 0.0
    others = set(_ASCII_RUNS.sub("", text))  # far fewer than all the characters to look at
    odd = [c for c in others if c == "\ufffd" or unicodedata.category(c) in ("Cn", "Co")]
    return sum(text.count(c) for c in odd) / len(text)  # each distinct character judged once


def _binary_message(label: str) -> str:
    return (
        f"{label} looks like a binary file (a program, picture or other data), not a saved "
        f"article. {SUPPORTED}"
    )


def _from_text(text: str, source: str, name: str, label: str, notes: tuple[str, ...]) -> Document:
    if not text.strip():
        raise EmptyArticleError(f"{label} holds only blank space: there is no article text.")
    if text.startswith("---"):
        from reader.loading.kept_paste import kept_fields, kept_paste_document

        kept = kept_fields(text)
        if kept is not None:  # a paste Reader kept: read back as it was shown
            title = title_from_filename(name)
            return kept_paste_document(*kept, source=source, title=title, notes=notes)
    suffix = Path(name).suffix.lower()
    if looks_like_html(text, whole_page_only=suffix in MARKDOWN_EXTENSIONS):
        return _html_document(text, source, name, label, notes)
    if suffix in MARKDOWN_EXTENSIONS or (
        suffix not in HTML_EXTENSIONS and looks_like_markdown(text)
    ):
        return _markdown_document(text, source, name, label, notes)
    return plain_text_document(text, source=source, name=name, notes=notes)


def _without_nul_bytes(data: bytes, label: str) -> tuple[bytes, tuple[str, ...]]:
    """``data`` without stray NUL bytes; a file with many control bytes is binary: refused."""
    sample = data[:65536]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > MAX_CONTROL_SHARE * len(sample):
        raise UnsupportedFormatError(_binary_message(label))
    if b"\x00" not in data:
        return data, ()
    note = "This file contained stray NUL characters; Reader left them out."
    return data.replace(b"\x00", b""), (note,)


def _html_document(
    html: str,
    source: str,
    name: str,
    label: str,
    notes: tuple[str, ...],
    fmt: str = "html",
    url: str = "",
    fallback_title: str = "",
) -> Document:
    from reader.loading.html_page import extract_page

    page = extract_page(html, url=url, name=label)
    title = page.title or fallback_title or title_from_filename(name)
    return Document(
        source=source, format=fmt, title=title, text=page.text, metadata=page.metadata, notes=notes
    )


def _markdown_document(
    text: str, source: str, name: str, label: str, notes: tuple[str, ...]
) -> Document:
    from reader.loading.markdown_text import read_markdown
    from reader.result import Metadata

    article = read_markdown(text)
    if not article.text.strip():
        what = "beyond its title" if article.title else "only Markdown markup"
        raise EmptyArticleError(f"{label} holds no article text {what}.")
    fields = article.fields
    metadata = Metadata(
        author=fields.get("author", ""),
        date=fields.get("date", ""),
        site_name=fields.get("site", "") or fields.get("site_name", ""),
        url=fields.get("url", "") or fields.get("link", "") or fields.get("source", ""),
    )
    title, text, span = article.title, article.text, None
    if not title:  # no heading or front matter: a headline line, as in plain text
        headline, text = split_headline(text)
        title = headline or title_from_filename(name)
        if headline:
            text, span = headline_first(headline, text)
    elif article.title_in_body:
        text, span = headline_first(title, text)
    return Document(
        source=source,
        format="md",
        title=title,
        text=text,
        metadata=metadata,
        notes=notes,
        title_span=span,
    )


def _pdf_document(data: bytes, source: str, name: str, label: str) -> Document:
    """A PDF's paragraphs; its title from its metadata (the cleaning stage finds the headline)."""
    from reader.loading.pdf import read_pdf
    from reader.result import Metadata

    pdf = read_pdf(data, label)
    text = "\n\n".join(pdf.paragraphs)
    if not text.strip():
        raise EmptyArticleError(f"{label} is a PDF whose pages hold no article text.")
    return Document(
        source=source,
        format="pdf",
        title=pdf.title or title_from_filename(name),
        text=text,
        metadata=Metadata(author=pdf.author),
        notes=pdf.notes,
        clutter=tuple(pdf.furniture),
    )


def _mhtml_document(data: bytes, source: str, name: str, label: str) -> Document:
    from reader.loading.mhtml import main_page

    page = main_page(data, label)
    declared = page.charset or declared_html_charset(page.content)
    decoded = decode_bytes(page.content, declared=declared)
    if not decoded.text.strip():
        raise EmptyArticleError(f"{label} is a saved web page with no text in it.")
    notes = decoded.notes
    if page.truncated:
        notes += (f"{label} seems to be cut short; Reader shows the part that is there.",)
    if page.is_html:
        return _html_document(
            decoded.text,
            source,
            name,
            label,
            notes,
            fmt="mhtml",
            url=page.url,
            fallback_title=page.subject,
        )
    plain = plain_text_document(decoded.text, source=source, name=name, notes=notes)
    if plain.title_span is not None:
        return Document(
            source=source,
            format="mhtml",
            title=plain.title,
            text=plain.text,
            notes=plain.notes,
            title_span=plain.title_span,
        )
    title = page.subject or plain.title
    return Document(source=source, format="mhtml", title=title, text=plain.text, notes=plain.notes)
