"""A loaded article before analysis: what the loaders hand to the pipeline."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.result import Metadata, Span


def headline_first(headline: str, body: str) -> tuple[str, Span]:
    """The displayed text for an article whose headline is its first line, and that line's span."""
    return (f"{headline}\n\n{body}" if body else headline), (0, len(headline))


@dataclass(frozen=True)
class Document:
    """An article as read from its source.

    ``text`` is the article with paragraphs separated by blank lines and ``\\n`` line endings.
    Teaser lines and page clutter are still in it: the pipeline's cleaning stage removes them
    (reading ``raw_text``, the text as saved, when the loader tidied it: a text browser's
    indentation tells wrapped lines apart). ``clutter`` holds what the loader itself left out
    (a PDF's print header and footer). When the headline is a line of the
    saved text (plain text, Markdown), it stays at the start of ``text``, followed by a blank
    line, and ``title_span`` locates it; a title from page metadata or from the file name is
    not part of ``text`` (``title_span`` is ``None``). ``cleaned`` says that ``text`` is an
    article Reader cleaned already and displayed (a kept paste: reader/loading/kept_paste.py):
    the cleaning stage leaves it as it is.
    """

    source: str
    format: str  # "txt" | "html" | "mhtml" | "md" | "pdf"
    title: str
    text: str
    metadata: Metadata = field(default_factory=Metadata)
    notes: tuple[str, ...] = ()
    title_span: Span | None = None
    raw_text: str | None = None
    clutter: tuple[str, ...] = ()
    cleaned: bool = False
