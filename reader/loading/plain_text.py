"""Plain-text articles: the headline (when the first line is one) and the body as it was written.

A first line is taken as the headline when it reads like one: at most 16 words and 120
characters, starting with a capital letter or digit, not ending like a sentence (full stop,
comma, colon, semicolon, ellipsis) and followed by more text. A question or exclamation is
accepted only when a blank line follows it. A line of the page's own (a byline, a date line, a
reading time, a picture's caption or credit: :mod:`reader.cleaning.lead_lines`) is never the
headline. Otherwise the title comes from the file name. The
body keeps its lines: each line is trimmed and runs of blank lines become one blank line. A
headline stays the first line of the displayed text (followed by a blank line), located by
``Document.title_span``, so every line of the file is still shown.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from reader.cleaning.lead_lines import page_line_kind
from reader.document import Document, headline_first
from reader.result import Metadata

UNTITLED = "Untitled"
MAX_HEADLINE_WORDS = 16
MAX_HEADLINE_CHARS = 120

_BLANK_RUNS = re.compile(r"\n{3,}")
_SENTENCE_END = (".", ",", ";", ":", "…", "-", "–", "—", "。", "，", "；", "：", "।", "۔")
_LIST_MARK = re.compile(r"^(?:[-*+•·]|\d+[.)])\s")
_PARAGRAPH_END = re.compile(r"[.!?…:;\"”’)]$")
_LETTER = re.compile(r"[^\W\d_]")
_UNDERSCORES = re.compile(r"_+")
_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,8}")


def tidy_body(text: str) -> str:
    """Lines trimmed, at most one blank line between blocks, no blank lines at either end."""
    joined = "\n".join([line.strip() for line in text.split("\n")])
    if "\n\n\n" in joined:  # (tested first: a search in C, far cheaper than the pattern's)
        joined = _BLANK_RUNS.sub("\n\n", joined)
    return joined.strip("\n")


def title_from_filename(name: str) -> str:
    """The file's own name as its title, without folder or extension: ``"us-iran.txt"`` ->
    ``"us-iran"``, ``"Budget_Speech.htm"`` -> ``"Budget Speech"``.

    The name keeps its spelling: its case and its hyphens (which are part of words and dates:
    "US-Iran", "covid-19", "2024-01-05") stay as written. Only underscores, which stand in for
    spaces in file names and never belong to a title, become spaces; runs of spaces collapse.
    """
    stem = PurePath(name).name if name else ""
    if stem.lower().endswith(".gz"):
        stem = stem[:-3]
    suffix = PurePath(stem).suffix
    if suffix and _EXTENSION.fullmatch(suffix):
        stem = stem[: -len(suffix)]
    words = " ".join(_UNDERSCORES.sub(" ", stem).split()).strip(" .-")
    return words or UNTITLED


def looks_like_headline(line: str, followed_by_blank: bool) -> bool:
    """Whether ``line`` (trimmed) reads like a headline rather than the article's first sentence."""
    if not line or len(line) > MAX_HEADLINE_CHARS or len(line.split()) > MAX_HEADLINE_WORDS:
        return False
    first_letter = _LETTER.search(line)
    if first_letter is None or _LIST_MARK.match(line):
        return False
    first = line.lstrip("\"'“‘«([")[:1]
    if first.islower():
        return False
    if line.endswith(_SENTENCE_END) or line.endswith("..."):
        return False
    if page_line_kind(line):
        return False  # a byline, a date line, a reading time or a caption is no headline
    return not (line.endswith(("?", "!")) and not followed_by_blank)


def split_headline(body: str) -> tuple[str | None, str]:
    """``(headline, rest)`` if a tidied ``body`` opens with a headline, else ``(None, body)``."""
    first, _, rest = body.partition("\n")
    if not rest.strip():
        return None, body
    followed_by_blank = rest.startswith("\n")
    if not looks_like_headline(first, followed_by_blank):
        return None, body
    if not followed_by_blank:
        following = rest.split("\n", 1)[0]
        if len(following) <= len(first) or not _PARAGRAPH_END.search(following):
            return None, body  # a list of short lines, not a headline over a paragraph
    return first, rest.strip("\n")


def plain_text_document(
    text: str,
    source: str = "",
    name: str = "",
    notes: tuple[str, ...] = (),
    fmt: str = "txt",
) -> Document:
    """A :class:`Document` from decoded plain text (line endings already ``\\n``)."""
    body = tidy_body(text)
    headline, rest = split_headline(body)
    if headline is None:
        title, span = title_from_filename(name), None
    else:
        title = headline
        rest, span = headline_first(headline, rest)
    return Document(
        source=source,
        format=fmt,
        title=title,
        text=rest,
        metadata=Metadata(),
        notes=notes,
        title_span=span,
        raw_text=text,
    )
