"""An article's published date and author as the library keeps and shows them.

Web pages give a date as ``2019-11-19``; whole-page texts and PDFs give it as written on the
page (``• 19 November 2019``, ``Nov. 19, 2019, 8:41 AM UTC``, ``November 19, 2019 / 12:21 AM /
Updated 14 hours ago``, ``19. November 2019, 14:30 Uhr``). :func:`iso_date` turns those into ISO
(``2019-11-19``, or ``2019-11-19T08:41`` when a time is given, as written, without its zone) with
`dateparser <https://dateparser.readthedocs.io>`_ (English and German; it is what trafilatura's
``htmldate`` uses), so that dates sort; :func:`readable_date` shows an ISO date in words.
Text that is not a whole date (``3 days ago``, ``Nov 19``) is kept as it was.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

#: The languages dates are read in (those Reader analyses).
DATE_LANGUAGES = ("en", "de")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?")
#: A clock time in the text: 8:41, 08:41 AM, 14.30 Uhr.
_TIME = re.compile(r"(?<![\d.:])\d{1,2}:\d{2}(?!\d)|(?<![\d.])\d{1,2}\.\d{2}\s*Uhr\b", re.I)
#: Parts of a date line that are not the date: separators, a leading bullet or label.
_SEPARATORS = re.compile(r"\s+[/|·•–—]\s+|\s*\|\s*")
_LABEL = re.compile(
    r"^[\W_]*(?:(?:published|posted|updated|last updated|date|stand|veröffentlicht|"
    r"aktualisiert|erschienen)(?:\s+(?:on|am))?\s*:?\s*)?",
    re.I,
)
_RELATIVE = re.compile(r"\b(?:ago|vor|updated|aktualisiert)\b", re.I)


def iso_date(raw: str) -> str:
    """``raw`` as an ISO date (with the time when one is given), or ``raw`` itself (its spaces
    tidied) when it does not hold a whole date: day, month and year."""
    text = " ".join(raw.split())
    if not text or _ISO.match(text):
        return text
    return _parsed(text) or text


@lru_cache(maxsize=4096)
def _parsed(text: str) -> str:
    segments = [s for s in _SEPARATORS.split(text) if s.strip()]
    # the date, then the date with the next part (a time), never a relative part ("… ago")
    segments = [s for s in segments if not _RELATIVE.search(s)] or segments
    candidates = [text]
    if len(segments) > 1:
        candidates += [" ".join(segments[:2]), segments[0]]
    for candidate in candidates:
        cleaned = _LABEL.sub("", candidate).strip(" ,;")
        when = _parse(cleaned)
        if when is not None and 1800 <= when.year <= datetime.now().year + 1:
            if _TIME.search(cleaned):
                return when.strftime("%Y-%m-%dT%H:%M")
            return when.strftime("%Y-%m-%d")
    return ""


def _parse(text: str) -> datetime | None:
    if not text or _RELATIVE.search(text):
        return None
    import dateparser

    settings = {
        "REQUIRE_PARTS": ["day", "month", "year"],
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PREFER_DAY_OF_MONTH": "first",
    }
    try:
        when = dateparser.parse(text, languages=list(DATE_LANGUAGES), settings=settings)
    except (ValueError, OverflowError, TypeError):  # dateparser's own errors on odd input
        return None
    return when if isinstance(when, datetime) else None


def is_iso(value: str) -> bool:
    return bool(_ISO.match(value))


def readable_date(value: str) -> str:
    """An ISO date in words (``19 Nov 2019``, ``19 Nov 2019, 08:41``); other text as it is."""
    match = _ISO.match(value)
    if not match:
        return value
    year, month, day, hour, minute = match.groups()
    if not 1 <= int(month) <= 12:
        return value
    words = f"{int(day)} {_MONTHS[int(month) - 1]} {year}"
    return f"{words}, {hour}:{minute}" if hour else words


def readable_author(name: str) -> str:
    """An author's name as a person writes it: ``BILL HOPPE`` becomes ``Bill Hoppe``; a name
    with any small letter (``danah boyd``, ``Jean-Luc McDonald``) is left as it is."""
    name = " ".join(name.split())
    if not any(c.isupper() for c in name) or any(c.islower() for c in name):
        return name
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), name)
