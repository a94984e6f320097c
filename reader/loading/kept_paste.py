"""Pasted articles kept by Reader (reader/library/pasted.py), read back as they were shown.

A kept paste is a text file that opens with a block of fields between two ``---`` lines, as
YAML front matter does, one of them ``pasted:`` (the day it was pasted)::

    ---
    title: Council approves new cycle lanes on Mill Road
    author: Priya Sandhu
    date: 21 June 2024, 17:40
    pasted: 2024-06-21
    ---

    Councillors voted on Thursday ...

The fields are the article's title, author, date, site and address; the rest of the file is
the text Reader displayed, read as plain text (not as Markdown). The title is part of the text
only when the text opens with it (an article text's headline line, counted in its length as
it was when pasted); otherwise it is the title alone, as a web page's or a whole page's is. The
byline and date are fields, never lines of the text; the text is not cleaned again
(``Document.cleaned``): cleaning a cleaned text can take out more than the first time, and
the lines removed then are not in the file to be shown.
"""

from __future__ import annotations

import re
from datetime import date

from reader.document import Document
from reader.loading.plain_text import tidy_body
from reader.result import Metadata, Span

#: The field that marks a kept paste (its value: the day it was pasted, ISO).
PASTED_FIELD = "pasted"
#: The fields written, in order (``site``: the site's name; ``url``: the page's address).
FIELDS = ("title", "author", "date", "site", "url", PASTED_FIELD)

_BLOCK = re.compile(r"\A---[ \t]*\n((?:[A-Za-z_]+:[^\n]*\n)*?)---[ \t]*(?:\n|\Z)")
_FIELD = re.compile(r"^([A-Za-z_]+):[ \t]*(.*?)[ \t]*$", re.M)
#: Whatever ends a line somewhere (a field is one line; other white space is kept as it is,
#: e.g. the no-break space French puts before a colon, so the headline still opens the text).
_LINE_BREAKS = re.compile(r"[ \t]*[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]+[ \t]*")


def _is_day(value: str) -> bool:
    try:
        date.fromisoformat(value[:10])
    except ValueError:
        return False
    return True


def kept_fields(text: str) -> tuple[dict[str, str], str] | None:
    """``(fields, body)`` of a kept paste's text (``\\n`` line ends), ``None`` for any other."""
    found = _BLOCK.match(text)
    if found is None:
        return None
    fields = {key.lower(): value for key, value in _FIELD.findall(found.group(1))}
    if not _is_day(fields.get(PASTED_FIELD, "")):
        return None  # front matter of some other program (its own ``pasted:``): not Reader's
    return fields, text[found.end() :]


def kept_paste_text(fields: dict[str, str], body: str) -> str:
    """The file of a kept paste: its ``fields`` (empty ones left out; each on one line) and
    ``body``, the displayed text; ``\\n`` line ends, one at the end."""
    lines = ["---"]
    for key in FIELDS:
        value = _LINE_BREAKS.sub(" ", fields.get(key, "")).strip(" \t")
        if value:
            lines.append(f"{key}: {value}")
    lines.append("---")
    return "\n".join(lines) + "\n\n" + body.strip("\n") + "\n"


def kept_paste_document(
    fields: dict[str, str], body: str, source: str, title: str, notes: tuple[str, ...] = ()
) -> Document:
    """The :class:`Document` of a kept paste; ``title`` is used when it names none."""
    text = tidy_body(body)
    headline = fields.get("title", "")
    span: Span | None = None
    first = text.split("\n", 1)[0]
    if headline and (first == headline or first.split() == headline.split()):
        span = (0, len(first))  # white space evened in an older file
        headline = first
    metadata = Metadata(
        author=fields.get("author", ""),
        date=fields.get("date", ""),
        site_name=fields.get("site", ""),
        url=fields.get("url", ""),
    )
    return Document(
        source=source,
        format="txt",
        title=headline or title,
        text=text,
        metadata=metadata,
        notes=notes,
        title_span=span,
        cleaned=True,
    )
