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

from reader.cleaning.page_map import PageMap
from reader.cleaning.signals import is_byline, is_dateline, normalized

#: How far above the body (blocks) the headline is looked for, and how far into it.
SEARCH_BLOCKS = 25
LOOK_INSIDE = 4
MIN_HEADLINE_WORDS = 2
MAX_HEADLINE_WORDS = 30
MIN_HEADLINE_SCORE = 0.5

_ENDS_LIKE_SENTENCE = re.compile(r"[.,;:…]$")
_BYLINE_TAIL = re.compile(r"\s*(?:[|,;]|\s[-–—]\s).*$")
_BYLINE_START = re.compile(
    r"^(?:(?:words|text|story|analysis|opinion|commentary|posted|written|reported)\s+)?"
    r"(?:by|von|par|por|di|door|av|af)\s+",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Heading:
    """What was found at the article's top: the headline's block (or ``None``), the blocks
    between it and the body that stay (byline, date, standfirst), in order, and the first block
    of the body."""

    headline: int | None
    kept: tuple[int, ...]
    body_first: int
    author: str = ""
    date: str = ""


def _headline_score(page: PageMap, index: int, body_first: int, body_stems: set[str]) -> float:
    f = page.features[index]
    text = page.blocks[index].text
    if not MIN_HEADLINE_WORDS <= f.words <= MAX_HEADLINE_WORDS:
        return -1.0
    if f.placeholder or f.form_field or f.date_only or f.count_only or f.link_like:
        return -1.0
    if f.bullet or is_byline(text) or _ENDS_LIKE_SENTENCE.search(text):
        return -1.0
    stems = page.content_stems(index)
    shared = len(stems & body_stems) / len(stems) if stems else 0.0
    distance = abs(body_first - index)
    score = 2.5 * shared + 0.6 * (f.capitalised >= 0.6) - 0.04 * distance
    score += 0.3 * min(f.words, 12) / 12
    score -= 0.8 * min(f.furniture, 2) + 0.8 * f.repeated * (shared < 0.5)
    return score


def find_heading(page: PageMap, first: int, last: int, title_hint: str = "") -> Heading:
    """The headline at the top of the article found at blocks ``first``..``last`` (it may open
    that range or stand a little above it) and the byline, date and standfirst below it."""
    lowest = first
    while lowest < min(last, first + LOOK_INSIDE) and not (
        page.is_articleish(lowest) and page.features[lowest].sentence_end
    ):
        lowest += 1  # the headline may open the range, above its first sentence
    body_stems = set(page.vocabulary(first, min(last, first + 12)))
    hint = normalized(title_hint)
    best, best_score = None, MIN_HEADLINE_SCORE
    for index in range(lowest, max(0, first - SEARCH_BLOCKS) - 1, -1):
        if hint and normalized(page.blocks[index].text) == hint:
            best = index
            break
        score = _headline_score(page, index, first, body_stems)
        if score > best_score:
            best, best_score = index, score
    if best is None:
        return Heading(None, (), first)
    kept: list[int] = []
    author = date = ""
    headline = normalized(page.blocks[best].text)
    body_first = max(first, best + 1)
    for index in range(best + 1, body_first):
        text = page.blocks[index].text
        if normalized(text) == headline:
            continue  # the headline repeated (a kicker or a second rendering)
        if is_byline(text) and page.features[index].furniture <= 1:
            kept.append(index)
            author = author or _author(text)
        elif is_dateline(text) and page.features[index].words <= 14:
            kept.append(index)
            date = date or text
        elif page.is_articleish(index) and not page.has_evidence(index):
            kept.append(index)  # the standfirst
    return Heading(best, tuple(kept), body_first, author, date)


def _author(byline: str) -> str:
    """``"By Jane Doe | Special to the Press"`` -> ``"Jane Doe"``."""
    name = _BYLINE_TAIL.sub("", _BYLINE_START.sub("", byline.strip()))
    return name.strip()
