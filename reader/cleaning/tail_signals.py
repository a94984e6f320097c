"""What a block under an article's body looks like: the article going on, or the page.

Copies that run past an article and whole pages put the page's lines under it: credits,
copyright lines, share and comment prompts, newsletter boxes, tags, numbered "most read" lists,
an author's biography, and cards for other stories (a headline, a one-line summary that reads
like prose, a time or a reading time). Each block there is measured against the article above it
(:func:`tail_values`), in three kinds of signal:

* **its own shape** (as :mod:`reader.cleaning.signals` measures every block): length, sentence
  ending, stop-word density, the page's furniture words, bullets, dates and counts alone;
* **its subject**: the share of its content words and names the article's body uses (an
  article's last paragraph goes on about its subject and its people; another story's summary
  starts afresh, with names the article never mentioned), whether it opens like a continuation
  ("He said", "But") and whether it attributes words to someone ("said", "told");
* **its neighbours**: a card's summary sits under a headline-shaped line and above a time or a
  byline, in a series of blocks of the same shapes; a page's lines follow the marks of an
  article's end ("More from …", "Related stories", a copyright line).

:func:`tail_odds` weighs them (:data:`TAIL_WEIGHTS`, fitted as ``benchmarks/bench_overshoot.py
--fit`` describes) into the log-odds that a block is the article's own.
"""

from __future__ import annotations

import math
import operator
import re
from collections import Counter
from collections.abc import Callable
from functools import cached_property, lru_cache
from typing import NamedTuple

from reader.cleaning.page_map import PageMap, stem
from reader.cleaning.phrases import AnyOf, read_alternatives, tokens
from reader.cleaning.signals import (
    FURNITURE_MAX_WORDS,
    MAX_END_MARK_CHARS,
    Features,
    furniture_matcher,
    furniture_of,
    is_appeal,
    is_byline,
    is_call_to_action,
    is_signoff,
    marks_article_end,
)
from reader.cleaning.teasers import starts_like_continuation

#: A headline-shaped block: no sentence ending, this many words.
MIN_HEADLINE_WORDS = 3
MAX_HEADLINE_WORDS = 24
#: A furniture phrase this close to a block's start (characters) labels the block as the page's
#: ("Jane Doe is a reporter for ...", "Sign up for ...").
LABEL_CHARS = 60
#: Blocks either side of a block that make its neighbourhood.
WINDOW = 2

_READ_TIME = re.compile(
    r"\b\d+\s*(?:-\s*)?(?:min(?:ute)?s?|hrs?|hours?)\.?\s*(?:read|listen|watch|video)\b"
    r"|^\W*(?:published|updated|posted)\b.{0,40}\d",
    re.IGNORECASE,
)
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|told|added|asked|explained|according to|wrote|warned|insisted|recalled"
    r"|sagte|sagt|erklärte|betonte|so\b|a déclaré|dijo|ha detto)\b",
    re.IGNORECASE,
)
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-ZÀ-Þ][a-zß-ÿ]{2,}\b")
_CAPITALISED = re.compile(r"\b[A-ZÀ-Þ][a-zß-ÿ]{2,}\b")
_CONTENT = re.compile(r"[^\W\d_]{3,}")
_QUOTE_OPENERS = "\"'“‘„«»‚"
#: Words a text browser ran together from links without spaces ("OriginCeres", "RoboticsCLPS").
_GLUED = re.compile(r"[a-zß-ÿ]{2}[A-ZÀ-Þ][a-zß-ÿA-Z]")
#: A paragraph that lost its full stop: this long, as dense in stop words as prose, not capitalised
#: like a headline or a list of names.
UNFINISHED_WORDS = 15
UNFINISHED_STOP_RATIO = 0.6
UNFINISHED_CAPITALS = 0.5
#: "Go deeper: Other story's headline", "Also read: ...": a label, a colon, a headline.
_LABELLED_LINK = re.compile(r"^[^\W\d_][\w'’ -]{1,24}:\s+\S")
_QUOTE_CLOSE = re.compile(r"[.!?,…][\"”’»“]")


@lru_cache(maxsize=1)
def inside_pattern() -> AnyOf:
    """Page lines sites put inside an article (``data/inside-article.txt``)."""
    return AnyOf(read_alternatives("inside-article.txt"))


def is_inside_clutter(text: str) -> bool:
    """An advertisement slot, a link or caption between an article's paragraphs, a "story
    continues" prompt: the page's, but no sign that the article has ended."""
    return len(text) <= MAX_END_MARK_CHARS and inside_pattern().search(text)


class Shape(NamedTuple):
    """What a neighbour's shape says: a headline, a time, byline or reading time, a bullet
    without a sentence, a mark of the article's end, a page line that sits inside articles."""

    headline: bool
    meta: bool
    bare_bullet: bool
    end_mark: bool
    inside: bool


def is_meta_line(text: str, f: Features) -> bool:
    """A time, a date, a count, a byline or a reading time alone: what a card shows under its
    summary ("2 hrs ago", "5 min read", "By Jane Doe")."""
    return (
        f.date_only
        or f.count_only
        or (f.words <= 12 and is_byline(text))
        or (f.words <= 12 and bool(_READ_TIME.search(text)))
    )


def may_mark_end(text: str) -> bool:
    """Whether block ``text`` is a mark of the article's end, unless it is a page line that
    sits inside articles (:attr:`Shape.end_mark`)."""
    return bool(marks_article_end(text) or is_appeal(text))


def block_shape(page: PageMap, index: int) -> Shape:
    f = page.features[index]
    text = page.blocks[index].text
    inside = page.is_inside_clutter(index) or page.is_picture_line(index)  # a caption, a credit
    return Shape(
        headline=not f.sentence_end
        and not f.bullet
        and MIN_HEADLINE_WORDS <= f.words <= MAX_HEADLINE_WORDS
        and not text.rstrip().endswith(":"),
        meta=is_meta_line(text, f),
        bare_bullet=f.bullet and not f.sentence_end,
        end_mark=not inside and may_mark_end(text),
        inside=inside,
    )


class TailContext:
    """The article above each block of the tail, from block ``first`` down: its vocabulary and
    names (of the blocks that read as article text, above the block asked about; blocks must
    be asked about in order), and the shapes of the blocks."""

    def __init__(self, page: PageMap, first: int) -> None:
        self.page = page
        self.first = first
        self.vocabulary: Counter[str] = Counter()
        self.names: set[str] = set()
        self._upto = first  # the vocabulary holds blocks first .. _upto - 1
        self._shapes: dict[int, Shape] = {}
        self._blocks = len(page)

    def above(self, index: int) -> None:
        """Make the vocabulary and names those of the article blocks above block ``index``."""
        if index < self._upto:
            raise ValueError("blocks of the tail are measured in order")
        for block in range(self._upto, index):
            if self.page.is_articleish(block):
                self.vocabulary.update(self.page.content_stems(block))
                self.names.update(stem(n) for n in _NAME.findall(self.page.blocks[block].text))
        self._upto = index

    def shape(self, index: int) -> Shape | None:
        """The shape of block ``index`` (``None`` outside the page), measured once."""
        shape = self._shapes.get(index)
        if shape is None and 0 <= index < self._blocks:
            shape = self._shapes[index] = block_shape(self.page, index)
        return shape


def subject_values(context: TailContext, index: int) -> dict[str, float]:
    """The values of :func:`tail_values` that compare block ``index`` with the article above it
    (its subject and its people); blocks are measured in order, from the article's first."""
    context.above(index)
    return measure_subject(
        context.page, index, context.vocabulary.__getitem__, context.names.__contains__
    )


def measure_subject(
    page: PageMap, index: int, count: Callable[[str], int], named: Callable[[str], bool]
) -> dict[str, float]:
    """:func:`subject_values` of block ``index``, the article above it given as ``count`` (of a
    content stem: in how many of its blocks it is, or at least 2 when 2 or more) and
    ``named`` (whether a name's stem is among its names)."""
    text = page.blocks[index].text
    distinct = _content_stems(page, index)
    shared = [s for s in distinct if count(s) >= 1]
    topical = sum(1 for s in shared if count(s) >= 2)
    names = {stem(n) for n in _NAME.findall(text)}
    capitalised = {stem(n) for n in _CAPITALISED.findall(text)}
    known = sum(1 for n in capitalised if named(n))
    topical_names = sum(1 for n in capitalised if count(n) >= 2 and named(n))
    new = sum(1 for n in names if not named(n))
    return {
        "topic": _share(shared, distinct),
        "topical": min(topical, 4) / 4,
        "names_known": min(known, 3) / 3,
        "names_topical": min(topical_names, 2) / 2,
        "names_new": min(new, 3) / 3,
    }


def _content_stems(page: PageMap, index: int) -> set[str]:
    """The stems of block ``index``'s content words, each lower-cased."""
    text = page.blocks[index].text
    if "İ" in text or "Σ" in text:  # lower-cased word by word, not as the page map does
        return {w[:6] for w in map(str.lower, _CONTENT.findall(text)) if w not in page.stops}
    return page.content_stems(index)


def _share(shared: list[str], distinct: set[str]) -> float:
    """The ``"topic"`` of :func:`measure_subject`: the share of the content stems shared."""
    return len(shared) / len(distinct) if distinct else 0.0


class ArticleAbove:
    """What :class:`TailContext` holds above any block, asked in any order: for the blocks
    ``first`` .. ``last - 1`` that read as article text, the first and second block each content
    stem is in, and the first each name is in."""

    def __init__(self, page: PageMap, first: int, last: int) -> None:
        self.page = page
        self._blocks = [b for b in range(first, last) if page.is_articleish(b)]
        self._first: dict[str, int] = {}
        self._second: dict[str, int] = {}
        for block in self._blocks:
            for found in page.content_stems(block):
                if found not in self._first:
                    self._first[found] = block
                elif found not in self._second:
                    self._second[found] = block

    @cached_property
    def _named(self) -> dict[str, int]:
        named: dict[str, int] = {}
        for block in self._blocks:
            for name in _NAME.findall(self.page.blocks[block].text):
                named.setdefault(stem(name), block)
        return named

    def subject(self, index: int) -> dict[str, float]:
        """:func:`subject_values` of block ``index``."""
        first, second, named = self._first, self._second, self._named
        limit = index + 1  # blocks above index: smaller than it

        def count(found: str) -> int:
            return (first.get(found, limit) < index) + (second.get(found, limit) < index)

        return measure_subject(self.page, index, count, lambda n: named.get(n, limit) < index)

    def topic(self, index: int) -> float:
        """The ``"topic"`` of :meth:`subject` alone (its names are not looked for)."""
        first = self._first
        distinct = _content_stems(self.page, index)
        return _share([s for s in distinct if first.get(s, index) < index], distinct)


def neighbour_values(context: TailContext, index: int) -> tuple[bool, bool]:
    """``(after_headline, before_meta)``: whether block ``index`` sits under a headline-shaped
    line or a bare bullet, and above a time, date, count or byline (a card's place)."""
    before, after = context.shape(index - 1), context.shape(index + 1)
    return (
        before is not None and (before.headline or before.bare_bullet),
        after is not None and after.meta,
    )


def tail_values(
    context: TailContext,
    index: int,
    subject: dict[str, float] | None = None,
    *,
    lower_bound: bool = False,
) -> dict[str, float]:
    """The numbers :data:`TAIL_WEIGHTS` multiply for block ``index`` (blocks are measured in
    order, from the article's first; ``subject``: its :func:`subject_values`, if measured).

    With ``lower_bound``, the values of :data:`RAISING` are 0 and a long block's ``furniture``
    (of negative weight) is 1, its most (they are not measured): the odds weighed from them
    are at most the block's odds."""
    if lower_bound:
        subject = _NO_SUBJECT
    elif subject is None:
        subject = subject_values(context, index)
    page = context.page
    f = page.features[index]
    if lower_bound and f.words > FURNITURE_MAX_WORDS:
        furniture = 1.0  # a long block's phrases, not looked for: the most they can weigh
    else:
        f = page.full_features(index)
        furniture = min(f.furniture_strong, 2) / 2
    text = page.blocks[index].text
    own = context.shape(index)
    assert own is not None
    after_headline, before_meta = neighbour_values(context, index)
    around = [context.shape(i) for i in range(index - WINDOW, index + WINDOW + 1) if i != index]
    shaped = [s for s in around if s is not None]
    ratio = min(f.stop_share / page.prose_stop, 1.5) if page.prose_stop else 1.0
    return {
        "log_words": math.log1p(f.words),
        "sentence_end": float(f.sentence_end),
        "unfinished_prose": float(
            not f.sentence_end
            and f.words >= UNFINISHED_WORDS
            and ratio >= UNFINISHED_STOP_RATIO
            and f.capitalised < UNFINISHED_CAPITALS
        ),
        "capitalised": f.capitalised,
        "glued": min(len(_GLUED.findall(text)), 2) / 2
        if not f.sentence_end and f.words <= MAX_HEADLINE_WORDS
        else 0.0,
        "stop_ratio": ratio,
        "topic": subject["topic"],
        "topical": subject["topical"],
        "names_known": subject["names_known"],
        "names_topical": subject["names_topical"],
        "names_new": subject["names_new"],
        "continues": 0.0 if lower_bound else float(starts_like_continuation(text)),
        "quoted": 0.0
        if lower_bound
        else float(text[:1] in _QUOTE_OPENERS or bool(_QUOTE_CLOSE.search(text))),
        "attribution": 0.0 if lower_bound else float(bool(_ATTRIBUTION.search(text))),
        "furniture": furniture,
        "furniture_weak": min(f.furniture - f.furniture_strong, 2) / 2 if f.words <= 15 else 0.0,
        "label_start": float(_label_start(text, f)),
        "call_to_action": float(is_call_to_action(text)),
        "link_like": float(f.link_like),
        "bullet": float(f.bullet),
        "placeholder": float(f.placeholder or f.form_field),
        "meta": float(own.meta),  # furniture, which f adds, is no part of it
        "headline_shape": float(own.headline),
        "inside": float(own.inside),
        "end_mark": float(own.end_mark),
        "after_headline": float(after_headline),
        "before_meta": float(before_meta),
        "shaped_around": sum(s.headline or s.meta or s.bare_bullet for s in shaped)
        / max(len(shaped), 1),
        "labelled_link": float(not f.sentence_end and bool(_LABELLED_LINK.match(text))),
        "signoff": float(is_signoff(text) and not f.date_only),
    }


def _label_start(text: str, f: Features) -> bool:
    """Whether a furniture phrase opens block ``text`` (whose features with its furniture are
    ``f``): within its first :data:`LABEL_CHARS` characters, which are all of a short block."""
    if len(text) <= LABEL_CHARS:
        return f.furniture_strong > 0
    head = text[:LABEL_CHARS]
    words = tokens(head)
    if not furniture_matcher().may_find(head, words, "strong"):
        return False  # most blocks: none of the words a phrase needs
    return furniture_of(head, words).strong > 0


#: Weights of :func:`tail_odds` and its constant: a class-balanced logistic regression (rounded)
#: of the blocks under the articles of development copies (the last lines of each article
#: against the page's lines under and between them): the corpus copies, counted five times as
#: real pages, and our DEV templates around many corpus articles, ridge-penalised towards prior
#: weights for the signs of the page the rules were written for, as
#: ``benchmarks/bench_overshoot.py --fit`` does. No blind set was used.
TAIL_WEIGHTS: dict[str, float] = {
    "log_words": 0.57,
    "sentence_end": 1.77,
    "unfinished_prose": -0.71,
    "capitalised": -0.80,
    "glued": -2.18,
    "stop_ratio": 0.67,
    "topic": 1.89,
    "topical": 1.30,
    "names_known": 0.04,
    "names_topical": 1.10,
    "names_new": 0.40,
    "continues": 0.76,
    "quoted": 1.34,
    "attribution": 0.17,
    "furniture": -1.23,
    "furniture_weak": -0.01,
    "label_start": -1.68,
    "call_to_action": -1.43,
    "link_like": -1.19,
    "bullet": -1.67,
    "placeholder": -1.10,
    "meta": -1.16,
    "headline_shape": -0.52,
    "inside": 0.43,
    "end_mark": -1.01,
    "after_headline": -1.23,
    "before_meta": 0.03,
    "shaped_around": -1.00,
    "labelled_link": -1.20,
    "signoff": 1.45,
}
TAIL_BIAS = -2.64
#: The values of :func:`tail_values` that cost the most to measure, all of positive weight and
#: none below 0: the block's subject (:func:`subject_values`), and whether it goes on, quotes or
#: attributes.
SUBJECT_VALUES = ("topic", "topical", "names_known", "names_topical", "names_new")
RAISING = (*SUBJECT_VALUES, "continues", "quoted", "attribution")
_NO_SUBJECT = dict.fromkeys(SUBJECT_VALUES, 0.0)


def tail_odds(values: dict[str, float]) -> float:
    """Log-odds that a block measured by ``values`` is the article's own."""
    products: map[float] = map(operator.mul, _weights_of(tuple(values)), values.values())
    return TAIL_BIAS + sum(products)


@lru_cache(maxsize=4)
def _weights_of(names: tuple[str, ...]) -> tuple[float, ...]:
    """The weights of ``names``, in their order (that of :func:`tail_values`)."""
    return tuple(TAIL_WEIGHTS[name] for name in names)
