"""Above the article's body: its headline, and the byline, date and standfirst that go with it.

On a page the headline is a short block above the body, shaped like a headline (a few words, no
full stop, often capitalised) and about what the body is about (it shares the body's key words);
between it and the body come the standfirst (a sentence or two), the byline ("By ..."), the
date, and the page's share buttons and sign-up boxes. The headline is chosen among the blocks a
little above the body by those traits and by its distance; a title the file itself declares (a
PDF's title) wins when one of the blocks says the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.cleaning.lead_lines import (
    agency_byline_name,
    is_reading_time,
    is_short_byline,
)
from reader.cleaning.page_map import PageMap
from reader.cleaning.signals import is_byline, is_call_to_action, is_dateline, normalized
from reader.cleaning.tail_signals import is_inside_clutter

#: How far above the body the headline is looked for (blocks, not counting sure clutter, and
#: all blocks), and how far into it.
SEARCH_BLOCKS = 15
MAX_SEARCH_BLOCKS = 100
CLUTTER_ODDS = -3.0
#: A block this short (words) with signs of the page is a button ("Email", "Facebook", "□")
#: that the search for the headline passes over without counting it.
BUTTON_WORDS = 2
LOOK_INSIDE = 4
LOOK_INSIDE_DECLARED = 30  # a declared title (a PDF's) is looked for further into the body
MIN_HEADLINE_WORDS = 2
MAX_HEADLINE_WORDS = 30
MIN_HEADLINE_SCORE = 0.5
SHORT_HEADLINE_WORDS = 4
MIN_TITLE_VARIANT_WORDS = 3
LONG_HEADLINE_WORDS = 14
BYLINE_NEAR = 5
#: A headline's byline follows it within this many blocks (:func:`_signed`).
SIGNED_NEAR = 2
#: A block that shares this share of its words with a declared title, and the title with it,
#: and has at least this many words, says the title (:func:`_says_title`).
FUZZY_TITLE_SHARE = 0.8
MIN_FUZZY_TITLE_WORDS = 4
#: Byline and date lines are looked for in this many blocks under the headline; the body starts
#: after the last of them unless a second paragraph or a long one comes first (a standfirst is
#: one or two short paragraphs).
BYLINE_WINDOW = 30
MAX_STANDFIRST_BLOCKS = 2
MAX_STANDFIRST_WORDS = 45
MAX_DATELINE_WORDS = 20

_ENDS_LIKE_SENTENCE = re.compile(r"[.,;:…]$")
_BYLINE_TAIL = re.compile(
    r"\s*(?:[|,;•·]|\s[-–—]\s|\s(?:for|special to|updated|published)\s).*$", re.IGNORECASE
)
_BYLINE_START = re.compile(
    r"^(?:(?:words|text|story|analysis|opinion|commentary|posted|written|reported)\s+)?"
    r"(?:by|von|par|por|di|door|av|af)\s+",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Heading:
    """What was found at the article's top: the headline's block (or ``None``), the byline and
    date blocks below it (their content is ``author`` and ``date``), and the first block of the
    body (a standfirst and the page's share buttons between headline and body are not)."""

    headline: int | None
    kept: tuple[int, ...]
    body_first: int
    author: str = ""
    date: str = ""


def _headline_score(page: PageMap, index: int, body_first: int, body_stems: set[str]) -> float:
    """How much block ``index`` looks like the headline of the body starting at ``body_first``
    (below :data:`MIN_HEADLINE_SCORE`: not at all)."""
    f = page.features[index]
    text = page.blocks[index].text
    if not MIN_HEADLINE_WORDS <= f.words <= MAX_HEADLINE_WORDS:
        return -1.0
    if f.placeholder or f.form_field or f.date_only or f.count_only or f.link_like:
        return -1.0
    if (
        f.bullet
        or f.furniture_strong
        or "[" in text
        or is_byline(text)
        or page.is_picture_line(index)
    ):
        return -1.0
    if agency_byline_name(text):
        return -1.0  # "Jane Doe Associated Press": a byline without "By"
    if _ENDS_LIKE_SENTENCE.search(text) or is_call_to_action(text) or is_inside_clutter(text):
        return -1.0  # a sentence, a prompt, a caption or a link inside the article
    stems = page.content_stems(index)
    common = len(stems & body_stems)
    shared = common / len(stems) if stems else 0.0
    score = 2.0 * shared + 0.25 * min(common, 4) + 0.3 * (f.capitalised >= 0.6)
    if f.words < SHORT_HEADLINE_WORDS:
        score -= 0.8  # a section label or a kicker ("World", "U.S. news")
    elif f.words > LONG_HEADLINE_WORDS:
        score -= 0.05 * (f.words - LONG_HEADLINE_WORDS)  # more like a standfirst
    score += 0.6 * _byline_follows(page, index)
    score -= 0.02 * abs(body_first - index) + 0.4 * min(f.furniture, 2) + 0.6 * f.repeated
    return score


_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ")


def _title_variants(title: str) -> set[str]:
    """A declared title, and what precedes a separator in it ("Headline | Site"), normalized."""
    if not title.strip():
        return set()
    variants = {normalized(title)}
    for separator in _TITLE_SEPARATORS:
        head, found, _ = title.rpartition(separator)
        if found and len(head.split()) >= MIN_TITLE_VARIANT_WORDS:
            variants.add(normalized(head))
    return variants


def _byline_follows(page: PageMap, index: int) -> bool:
    """Whether a byline, a date or a reading time ("5 Min Read") comes within a few blocks under
    block ``index``."""
    for below in range(index + 1, min(len(page), index + 1 + BYLINE_NEAR)):
        text = page.blocks[below].text
        if is_byline(text) or is_dateline(text) or is_reading_time(text):
            return True
    return False


def _says_title(text: str, hints: set[str]) -> bool:
    """Whether block ``text`` is the declared title (one of its variants ``hints``), word for word
    or nearly: a PDF's title often words the page's headline a little differently ("Impeachment
    hearings: Key moments from ..." for "Key moments from ... impeachment hearing testimony")."""
    block = normalized(text)
    if block in hints:
        return True
    words = set(block.split())
    if len(words) < MIN_FUZZY_TITLE_WORDS:
        return False
    for hint in hints:
        title = set(hint.split())
        common = len(words & title)
        if common >= FUZZY_TITLE_SHARE * len(words) and common >= FUZZY_TITLE_SHARE * len(title):
            return True
    return False


def _signed(page: PageMap, index: int) -> bool:
    """Whether a byline stands right under block ``index`` (within :data:`SIGNED_NEAR` blocks):
    the signature of an article's headline ("Headline", "By Jane Doe")."""
    below = range(index + 1, min(len(page), index + 1 + SIGNED_NEAR))
    return any(is_short_byline(page.blocks[i].text) for i in below)


def _signed_headline(page: PageMap, first: int, last: int, body_stems: set[str]) -> int | None:
    """The headline-shaped block nearest the body found at ``first``..``last`` with a byline
    right under it (:func:`_signed`), from far above the body to a little into it: when the
    nearer candidates have no byline, a video carousel or a menu stands between the headline and
    the body, or the body was found starting in a menu."""
    found: int | None = None
    for index in range(max(0, first - MAX_SEARCH_BLOCKS), min(last, first + LOOK_INSIDE_DECLARED)):
        if not _signed(page, index):
            continue
        if _headline_score(page, index, first, body_stems) <= MIN_HEADLINE_SCORE:
            continue
        if found is None or abs(index - first) < abs(found - first):
            found = index
    return found


def find_heading(page: PageMap, first: int, last: int, title_hint: str = "") -> Heading:
    """The headline at the top of the article found at blocks ``first``..``last`` (it may open
    that range or stand a little above it) and the byline, date and standfirst below it."""
    lowest = first
    while lowest < min(last, first + LOOK_INSIDE) and not (
        page.is_articleish(lowest) and page.features[lowest].sentence_end
    ):
        lowest += 1  # the headline may open the range, above its first sentence
    body_stems = set(page.vocabulary(first, min(last, first + 12)))
    hints = _title_variants(title_hint)
    best, best_score = None, MIN_HEADLINE_SCORE
    declared = (
        next(
            (
                i
                for i in range(min(last, first + LOOK_INSIDE_DECLARED), -1, -1)
                if _says_title(page.blocks[i].text, hints)
            ),
            None,
        )
        if hints
        else None
    )
    looked = 0
    for index in range(lowest, max(0, first - MAX_SEARCH_BLOCKS) - 1, -1):
        if declared is not None:
            best = declared  # the title the file declares, found above the body
            break
        f = page.features[index]
        if page.odds[index] < CLUTTER_ODDS and (
            f.bullet
            or f.placeholder
            or f.form_field
            or f.furniture_strong
            or (page.has_evidence(index) and f.words <= BUTTON_WORDS)
        ):
            continue  # menus and share buttons between the headline and the body
        looked += 1
        if looked > SEARCH_BLOCKS:
            break
        score = _headline_score(page, index, first, body_stems)
        if score > best_score:
            best, best_score = index, score
    if declared is None and (best is None or not _signed(page, best)):
        signed = _signed_headline(page, first, last, body_stems)
        best = best if signed is None else signed
    if best is None:
        return Heading(None, (), first)
    kept: list[int] = []
    author = date = ""
    headline = normalized(page.blocks[best].text)
    body_first = max(first, best + 1)
    prose_seen: list[int] = []
    for index in range(best + 1, min(len(page), best + 1 + BYLINE_WINDOW)):
        text = page.blocks[index].text
        f = page.features[index]
        agency_name = agency_byline_name(text)
        if (agency_name or is_byline(text)) and f.furniture_strong == 0:
            kept.append(index)
            author = author or agency_name or _author(text)
        elif is_dateline(text) and f.words <= MAX_DATELINE_WORDS:
            kept.append(index)
            date = date or _date(text)
        elif normalized(text) != headline and page.is_articleish(index):
            if (
                (prose_seen and prose_seen[-1] == index - 1)
                or len(prose_seen) >= MAX_STANDFIRST_BLOCKS
                or f.words > MAX_STANDFIRST_WORDS
            ):
                break  # the body has begun
            prose_seen.append(index)
            continue
        else:
            continue
        body_first = max(body_first, index + 1)
    return Heading(best, tuple(kept), body_first, author, date)


_MONTH = re.compile(
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\.?,?$",
    re.IGNORECASE,
)
_DATE_LABEL = re.compile(
    r"^(?:(?:first\s+)?(?:published|posted|updated|last\s+updated|modified|aktualisiert"
    r"|veröffentlicht|stand|publié|mis à jour|publicado|actualizado)\b\s*(?:on|am|le|el)?\s*:?\s*)",
    re.IGNORECASE,
)


def _date(line: str) -> str:
    """``"PUBLISHED: Nov 19, 2019 | UPDATED: ..."`` -> ``"Nov 19, 2019"``."""
    first = re.split(r"\s[|•·]\s", line.strip())[0]
    return _DATE_LABEL.sub("", first).strip(" |,") or line.strip()


def _author(byline: str) -> str:
    """``"By Jane Doe | Special to the Press"`` -> ``"Jane Doe"``."""
    name = _BYLINE_TAIL.sub("", _BYLINE_START.sub("", byline.strip()))
    words = []
    for word in name.split():
        if any(c.isdigit() for c in word) or _MONTH.match(word):
            break  # "By Jane Doe November 19, 2019": the date follows the name
        words.append(word)
    return " ".join(words).strip()
