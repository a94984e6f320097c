"""Quoted headings: a short line that is only a quotation, perhaps numbered, is a section
heading or a title ('6. "The Gordon problem"', '"Not some irregular channel"'), not anyone's
statement: the guidelines leave quoted titles and slogans with no person attributed out.

Speech quoted alone on its line ends with punctuation inside its marks ('"We will not back
down."'); a heading does not, and has nothing after its closing mark.
"""

from __future__ import annotations

import re

from reader.result import Span

# what may stand before a quoted heading on its line: a list number or letter, a bullet
_MARKER = re.compile(r"^\s*(?:(?:\d{1,3}|[a-zA-Z]|[ivxlIVXL]{1,5})[.)]|[•*·–—-])?\s*$")
_HEADING_WORDS = 12  # words at most in a quoted heading
_WORD = re.compile(r"\w+")
_MARKS = "\"“”„«»‘’'"
_SPEECH_END = (".", ",", "!", "?", "…", ":", ";")


def quoted_heading(text: str, region: Span) -> bool:
    """Whether the quotation ``region`` of ``text`` is a heading: alone on its line (a list
    marker may come before it), short, and with no punctuation closing it inside the marks."""
    start, end = region
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if not _MARKER.match(text[line_start:start]) or text[end:line_end].strip():
        return False
    inner = text[start:end].strip().strip(_MARKS).rstrip()
    if not inner or inner.endswith(_SPEECH_END):
        return False
    return len(_WORD.findall(inner)) <= _HEADING_WORDS
