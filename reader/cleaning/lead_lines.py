"""Lines a page puts above and between an article's paragraphs, which a copy of the article keeps.

Selecting an article in the browser catches the lines the page sets around its paragraphs: the
byline ("By Ann Reed"), the date with the source ("March 3, 2021 / 9:15 AM / Valley News"),
the reading time ("5 Min Read"), and the captions and credits of its pictures ("Image caption
...", "FILE PHOTO: Traders work ... REUTERS/Brendan McDermid", "... [File: Reuters]", "Michael
Conroy, AP"), an agency reporter's byline without "By" ("Tom Davies Associated Press"), and the
page's own notices set between paragraphs (a newsletter's sign-up box, "This site is protected
by reCAPTCHA ..."). None of them is the headline or a sentence of the article:
:func:`page_line_kind` names which one a line is (``""`` when it is none), for the loader's
headline test and for the cleaning of an article text, which moves them into ``clutter_lines``
(a byline's name becomes the author).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from reader.cleaning.phrases import read_alternatives
from reader.cleaning.prefilter import AnyOf
from reader.cleaning.signals import ends_sentence, is_byline, is_call_to_action, is_dateline

if TYPE_CHECKING:
    from reader.cleaning.page_map import PageMap

#: A byline is a short line: a name or two and perhaps the outlet.
MAX_BYLINE_WORDS = 10
#: A date line's source part ("CBS News", "Reuters"): at most this many words a part.
MAX_SOURCE_WORDS = 4
#: Lengths (characters) past which a line is no reading time (nor a byline at twice it) and no
#: date line, and how much of a long line's end is searched for a picture's credit.
MAX_SHORT_LINE_CHARS = 60
MAX_DATE_LINE_CHARS = 200
CREDIT_TAIL_CHARS = 160
#: A credit alone on its line names a photographer and an agency in a few words.
MAX_CREDIT_WORDS = 8
#: A picture's caption over its credit line is at most this many words (an agency's caption
#: with the place, the date and what is shown).
MAX_CAPTION_WORDS = 60
#: A page notice (a sign-up box, a form's small print) is at most this many words long.
MAX_NOTICE_WORDS = 60
#: The name that opens a byline without "By": two to four capitalised words (initials and
#: hyphenated or apostrophised names too), case-sensitive.
NAME = r"(?-i:[A-ZÀ-Þ][^\W\d_]*\.?(?:[ ][A-ZÀ-Þ][^\W\d_'’-]*(?:['’-][^\W\d_]+)*\.?){1,3})"
_PARTS = re.compile(r"\s+[/|•·]\s+")
_SEPARATORS = "/|•·"  # one of which splits a line into parts
_DIGIT = re.compile("[0-9]")
_DATE_LABEL = re.compile(
    r"^(?:first\s+|last\s+)?(?:published|posted|updated|modified)\b(?:\s+on)?\s*:?\s*",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _caption_start() -> re.Pattern[str]:
    alternatives = read_alternatives("caption-starts.txt")
    return re.compile("^(?:" + "|".join(f"(?:{a})" for a in alternatives) + ")", re.IGNORECASE)


@lru_cache(maxsize=1)
def _caption_credits() -> AnyOf:
    """The credits, one expression each, searched only in lines that hold what it needs (most
    lines hold no "(", "/", "©" or "copyright": :mod:`reader.cleaning.prefilter`)."""
    alternatives = read_alternatives("caption-credits.txt")
    return AnyOf(alternatives, re.IGNORECASE)


@lru_cache(maxsize=1)
def _caption_credit() -> re.Pattern[str]:
    """The credits as one expression, for :func:`is_credit_line`, which needs where the credit
    starts (it runs on the few lines under a caption, so no prefilter)."""
    alternatives = read_alternatives("caption-credits.txt")
    return re.compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE)


@lru_cache(maxsize=1)
def _credit_line() -> re.Pattern[str]:
    alternatives = read_alternatives("credit-lines.txt")
    return re.compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE)


@lru_cache(maxsize=1)
def _reading_time() -> re.Pattern[str]:
    alternatives = read_alternatives("reading-times.txt")
    return re.compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE)


@lru_cache(maxsize=1)
def _page_notice() -> re.Pattern[str]:
    alternatives = read_alternatives("page-notices.txt")
    return re.compile(r"^\W*(?:" + "|".join(f"(?:{a})" for a in alternatives) + ")", re.IGNORECASE)


@lru_cache(maxsize=1)
def _agency_byline() -> re.Pattern[str]:
    outlets = "|".join(f"(?:{a})" for a in read_alternatives("byline-outlets.txt"))
    return re.compile(rf"(?P<name>{NAME})\s*(?:[,|/•·]|\s[-–—])?\s*(?:{outlets})\s*", re.IGNORECASE)


def is_page_notice(text: str) -> bool:
    """A notice of the page between an article's paragraphs: a newsletter's sign-up box ("Let
    our news meet your inbox ..."), a sign-up form's small print ("This site is protected by
    reCAPTCHA ...", "By signing up, you agree ..."), "Enter your email address". Only a short
    line that opens so: a sentence about a newsletter opens otherwise."""
    stripped = text.strip()
    return bool(_page_notice().match(stripped)) and len(stripped.split()) <= MAX_NOTICE_WORDS


def agency_byline_name(text: str) -> str:
    """The reporter's name of a byline without "By", which names the agency after the name:
    "Tom Davies Associated Press", "Jane Doe, AP Sports Writer", "Jane Doe | Reuters" -> the
    name; ``""`` for any other line (a sentence naming a person and an agency has more words, or
    ends like a sentence)."""
    stripped = text.strip()
    if len(stripped) > MAX_SHORT_LINE_CHARS * 2 or ends_sentence(stripped):
        return ""
    if len(stripped.split()) > MAX_BYLINE_WORDS:
        return ""
    found = _agency_byline().fullmatch(stripped)
    if found is None or is_call_to_action(stripped):
        return ""  # "Discover Thomson Reuters": the page's prompt, not a name
    return found.group("name")


def is_reading_time(text: str) -> bool:
    """ "5 Min Read", "Reading time: 4 minutes": the page's estimate, alone on its line."""
    return len(text) <= MAX_SHORT_LINE_CHARS and bool(_reading_time().fullmatch(text.strip()))


def is_picture_line(text: str) -> bool:
    """A picture's or video's caption or credit: it starts with a caption box's label ("Image
    caption", "Media caption", "FILE PHOTO:") or ends with a credit ("(AP Photo/Jane Doe)",
    "REUTERS/Jane Doe", "Image copyright Getty Images", "[File: Reuters]", "© Reuters")."""
    stripped = text.strip()
    if _caption_start().match(stripped):
        return True
    if len(stripped) > CREDIT_TAIL_CHARS:  # a credit ends the line: only its tail is searched
        stripped = "\x00" + stripped[-CREDIT_TAIL_CHARS:]  # "^" no longer matches in the tail
    return _caption_credits().search(stripped)


def is_credit_line(text: str) -> bool:
    """A picture's credit alone on its line, without the caption's words before it: "Photo:
    Jane Doe/Coastal Images", "(AP Photo/Jane Doe)", "REUTERS/Jane Doe", "Image copyright
    Nordic Press", "Getty Images", "AFP via Getty Images", "Photo by Jane Doe/Shutterstock".
    The caption it credits may be the line above it
    (:func:`caption_over_credit`)."""
    stripped = text.strip()
    if len(stripped.split()) > MAX_CREDIT_WORDS:
        return False  # "Photo: A crane lifts a boat ...": a caption behind its label
    found = _caption_credit().search(stripped)
    if found is not None and not stripped[: found.start()].strip():
        return True
    return bool(_credit_line().fullmatch(stripped))


def caption_over_credit(page: PageMap, index: int) -> bool:
    """Whether block ``index``, a picture's credit alone on its line ("Photo: Jane Doe/Coastal
    Images", "(AP Photo/Jane Doe)", "Getty Images"), has the picture's caption on the line
    directly above it: the two lines are a box of their own (a blank line, or the text's start,
    before the caption and after the credit, none between them), and the caption is no longer
    than a caption is. A credit set apart from the line above, or a line that runs on under
    it, leaves the line above in the article, and so does the text's first line (its headline,
    when the loader could not tell)."""
    if not 2 <= index < len(page):
        return False
    caption, credit = page.blocks[index - 1], page.blocks[index]
    closed = index + 1 == len(page) or page.blocks[index + 1].gap_before
    return (
        caption.gap_before
        and not credit.gap_before
        and closed
        and page.features[index - 1].words <= MAX_CAPTION_WORDS
        and is_credit_line(credit.text)
    )


def is_sourced_dateline(text: str) -> bool:
    """A date alone, or a date with the time and the source in parts split by slashes or bars:
    "March 3, 2021 / 9:15 AM / Valley News", "Nov 19, 2019 | Reuters"."""
    stripped = text.strip()
    if len(stripped) > MAX_DATE_LINE_CHARS:
        return False
    if _DIGIT.search(stripped) is None and (
        stripped.isascii() or not any(map(str.isdigit, stripped))
    ):
        return False  # a date line has a number (a word of str.isdigit characters)
    if is_dateline(stripped):
        return True
    if not any(map(stripped.__contains__, _SEPARATORS)):
        return False  # most lines: no part split from another
    parts = _PARTS.split(stripped)
    if len(parts) < 2 or not is_dateline(parts[0]) or ends_sentence(stripped):
        return False
    return all(is_dateline(part) or len(part.split()) <= MAX_SOURCE_WORDS for part in parts[1:])


def date_of(text: str) -> str:
    """The date of a date line without its source, its label or a later update: "November 20,
    2019 / 1:07 AM / CBS News" -> "November 20, 2019 / 1:07 AM"; "Published: 09:14 GMT, 12
    March 2024 | Updated: 11:02 GMT, 13 March 2024" -> "09:14 GMT, 12 March 2024"."""
    found: list[str] = []
    for part in _PARTS.split(text.strip()):
        if not is_dateline(part):
            continue
        if found and _DATE_LABEL.match(part):
            break  # "Updated: ...": the date is the first one
        found.append(_DATE_LABEL.sub("", part).strip())
    return " / ".join(found) or text.strip()


def source_of(text: str) -> str:
    """The source named in a date line, the site that published the article: "November 20,
    2019 / 1:07 AM / CBS News" -> "CBS News"; ``""`` for a line that names none (or is no date
    line)."""
    if not is_sourced_dateline(text):
        return ""
    parts = _PARTS.split(text.strip())
    for part in parts[1:]:
        if _DATE_LABEL.match(part):
            break  # "Updated: ...": what follows is no source
        if not is_dateline(part):
            return part.strip()
    return ""


def is_short_byline(text: str) -> bool:
    """A byline that is a line of its own: "By Ann Reed", "By Jane Doe and John Roe, CNN";
    not a sentence that opens with "By" ("By Monday, the talks had failed.")."""
    stripped = text.strip()
    return (
        len(stripped) <= MAX_SHORT_LINE_CHARS * 2
        and is_byline(stripped)
        and len(stripped.split()) <= MAX_BYLINE_WORDS
        and not stripped.endswith((".", ",", ";", ":", "!", "?"))
    )


def page_line_kind(text: str, picture: Callable[[str], bool] = is_picture_line) -> str:
    """Which of the page's lines ``text`` is: ``"byline"``, ``"date"``, ``"reading time"``,
    ``"caption"``, ``"notice"``, or ``""`` (none of them). ``picture``: :func:`is_picture_line`,
    or a page's memory of it (:meth:`~reader.cleaning.page_map.PageMap.is_picture_text`)."""
    if len(text) <= MAX_DATE_LINE_CHARS or len(text.strip()) <= MAX_DATE_LINE_CHARS:
        # a longer line (a paragraph, most) is no byline, date line or reading time
        if is_short_byline(text) or agency_byline_name(text):
            return "byline"
        if is_sourced_dateline(text):
            return "date"
        if is_reading_time(text):
            return "reading time"
    if picture(text):
        return "caption"
    if is_page_notice(text):
        return "notice"
    return ""
