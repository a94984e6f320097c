"""What a block of saved text looks like: prose of the article, or the page around it.

The signals are those of jusText's paragraph classifier (length, stop-word density, sentence
punctuation) without the markup it also reads (link density, tags), plus what a page's text
shows instead: bullets of link lists, picture and form placeholders left by the text browser,
furniture words ("Share", "Sign up", "Related stories", "All rights reserved": the data file
``data/furniture.txt``), lines repeated elsewhere on the page, dates or counts alone, addresses
and file names. :func:`block_features` measures them; :func:`article_odds` weighs them into the
log-odds that a block is the article's (weights fitted as ``benchmarks/bench_saved.py --fit``
describes, rounded).
"""

from __future__ import annotations

import math
import operator
import re
from collections import Counter
from functools import lru_cache
from typing import NamedTuple

from reader.cleaning.phrases import (
    AnyOf,
    PhraseMatcher,
    read_alternatives,
    tokens,
    words_and_numbers,
)
from reader.cleaning.prefilter import ASCII_SPACE, AtStart

_SENTENCE_END = re.compile(r"[.!?…。！？؟।][\"'”’»)\]]*$")
_INNER_SENTENCE = re.compile(r"[.!?…。！？][\"'”’»)\]]*\s+[\"'“‘«(]?[A-ZÀ-Þ0-9]")
_BULLET = re.compile(r"^(?:[•◦▪▫■□●○‣∙·*+-]|\d{1,3}[.)])(?:\s|$)")
_PLACEHOLDER = re.compile(r"\[[^\]\n]{0,40}\]|^[\W_]*$")
_FORM_FIELD = re.compile(r"\[[ _]{4,}\]|\[\s*[xX*]?\s*\]")
_LINK_LIKE = re.compile(
    r"https?://|www\.|\b[\w.-]+@[\w-]+\.\w+|(?<!\w)@\w{2,}|\.(?:jpe?g|png|gif|webp|svg|mp4)\b"
    r"|\b[\w-]+\.(?:com|org|net|co\.uk|de|fr|io)\b",
    re.IGNORECASE,
)
_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+")
#: Words a date or time line is made of (with numbers and punctuation).
_DATE_TOKENS = frozenset(
    [
        "jan",
        "january",
        "feb",
        "february",
        "mar",
        "march",
        "apr",
        "april",
        "may",
        "jun",
        "june",
        "jul",
        "july",
        "aug",
        "august",
        "sep",
        "sept",
        "september",
        "oct",
        "october",
        "nov",
        "november",
        "dec",
        "december",
        "januar",
        "februar",
        "märz",
        "mai",
        "juni",
        "juli",
        "oktober",
        "dezember",
        "janvier",
        "février",
        "mars",
        "avril",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
        "mon",
        "monday",
        "tue",
        "tues",
        "tuesday",
        "wed",
        "wednesday",
        "thu",
        "thur",
        "thurs",
        "thursday",
        "fri",
        "friday",
        "sat",
        "saturday",
        "sun",
        "sunday",
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonntag",
        "am",
        "pm",
        "a",
        "p",
        "m",
        "utc",
        "gmt",
        "est",
        "edt",
        "cet",
        "cest",
        "bst",
        "pst",
        "pdt",
        "et",
        "ist",
        "uhr",
        "updated",
        "published",
        "posted",
        "first",
        "last",
        "modified",
        "aktualisiert",
        "veröffentlicht",
        "stand",
        "on",
        "at",
        "ago",
        "hour",
        "hours",
        "minute",
        "minutes",
        "min",
        "mins",
        "day",
        "days",
        "week",
        "weeks",
        "hr",
        "hrs",
        "yesterday",
        "today",
        "second",
        "seconds",
    ]
)
_BYLINE = re.compile(
    r"^(?:(?:words|text|story|analysis|opinion|commentary|posted|written|reported)\s+)?"
    r"(?:by|von|par|por|di|door|av|af)\s+(?-i:[A-ZÀ-ÞĀ-Ž])",  # a name: "By Ellen", not "By the"
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def furniture_matcher() -> PhraseMatcher:
    """Furniture phrases (``data/furniture.txt``, tag ``strong``) and words
    (``data/furniture-words.txt``, tag ``weak``)."""
    return PhraseMatcher(
        [
            ("strong", read_alternatives("furniture.txt")),
            ("weak", read_alternatives("furniture-words.txt")),
        ]
    )


class Furniture(NamedTuple):
    """A block's furniture: words and phrases (``hits``), phrases (``strong``), and the share of
    its letters they cover."""

    hits: int
    strong: int
    cover: float


def furniture_of(text: str, words: list[str] | None = None, letters: int = -1) -> Furniture:
    """The furniture of block ``text`` (whose :func:`~reader.cleaning.phrases.tokens` are
    ``words`` and hold ``letters`` letters, if known)."""
    words = tokens(text) if words is None else words
    matcher = furniture_matcher()
    if not matcher.may_find_any(text, words):
        return _NO_FURNITURE  # most blocks: none of the words or characters a phrase needs
    found = matcher.find(text, words)
    strong = found.counts.get("strong", 0)
    if letters < 0:
        letters = sum(len(w) for w in words if not w.isdigit())
    return Furniture(
        hits=strong + found.counts.get("weak", 0),
        strong=strong,
        cover=min(found.letters / letters, 1.0) if letters else 0.0,
    )


@lru_cache(maxsize=1)
def signoff_pattern() -> AtStart:
    """The start of an article's own closing line (``data/signoffs.txt``), tested first by the
    words it opens with (most of a page's blocks are tested: a few of its expressions would
    scan a line through, ".{0,120} contributed to this report")."""
    alternatives = read_alternatives("signoffs.txt")
    return AtStart(r"[\s(\[]*", ASCII_SPACE + "([", alternatives, re.IGNORECASE)


def _load(name: str) -> str:
    """The alternatives of data file ``name`` as one expression."""
    return "|".join(f"(?:{a})" for a in read_alternatives(name))


@lru_cache(maxsize=1)
def call_to_action_pattern() -> re.Pattern[str]:
    """The start of a line that asks the reader to act (``data/calls-to-action.txt``)."""
    inner = _load("calls-to-action.txt")
    return re.compile(rf"^(?:[•◦▪·*+-]\s*|\d{{1,3}}[.)]\s*|[(\[]\s*)?(?:{inner})", re.IGNORECASE)


def is_call_to_action(text: str) -> bool:
    """ "Listen to ... live", "Sign up for our newsletter", "Read more: ...", a reader appeal
    (:func:`is_appeal`): the page speaking."""
    stripped = text.strip()
    return bool(call_to_action_pattern().match(stripped)) or is_appeal(stripped)


@lru_cache(maxsize=1)
def appeal_pattern() -> re.Pattern[str]:
    """The start of a reader appeal's paragraph (``data/appeals.txt``)."""
    return re.compile(rf"^\s*(?:{_load('appeals.txt')})", re.IGNORECASE)


def is_appeal(text: str) -> bool:
    """A paragraph of a reader appeal ("... we have a small favour to ask"), however long:
    the page's, and a sign that the article has ended."""
    return bool(appeal_pattern().match(text))


@lru_cache(maxsize=1)
def article_end_pattern() -> AnyOf:
    """Marks of an article's end (``data/article-end.txt``)."""
    return AnyOf(read_alternatives("article-end.txt"))


def marks_article_end(text: str) -> bool:
    """A short block that comes after an article: comments, more stories, tags, copyright."""
    return len(text) <= MAX_END_MARK_CHARS and article_end_pattern().search(text)


MAX_END_MARK_CHARS = 120


def is_signoff(text: str) -> bool:
    return len(text) <= 400 and signoff_pattern().match(text)


def is_byline(text: str) -> bool:
    """ "By Jane Doe", "Von Max Muster", "Posted by ...": a short line naming the author."""
    return len(text.split()) <= 14 and bool(_BYLINE.match(text.strip()))


def is_dateline(text: str) -> bool:
    """A date or time alone ("Nov. 19, 2019, 8:41 AM UTC", "Updated 2 hours ago")."""
    stripped = text.strip()
    first = _WORDS.search(stripped)  # most lines open with a word of no date: not tokenised
    if first is None or not _is_date_token(first.group().lower().replace("’", "'")):
        return False
    lowered = words_of(stripped)[1]
    has_digit = any(w.isdigit() for w in lowered)
    return has_digit and len(lowered) <= MAX_DATE_WORDS and all(map(_is_date_token, lowered))


def _is_date_token(word: str) -> bool:
    """Whether lower-case token ``word`` may be part of a date line: a number or a date word."""
    return word.isdigit() or word in _DATE_TOKENS


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends like a sentence (``.``, ``!``, ``?``, ``…``; quotes may close)."""
    stripped = text.rstrip().rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _ENDS


def normalized(text: str) -> str:
    """Lower-case words joined by spaces: the form in which blocks are compared."""
    return " ".join(words_of(text)[1])


class Features(NamedTuple):
    """The measurements of one block (see the module doc); a named tuple, which is made several
    times faster than a frozen dataclass (one for every block of a page)."""

    words: int
    stop_share: float
    sentence_end: bool
    sentences: int
    bullet: bool
    placeholder: bool
    form_field: bool
    furniture: int
    furniture_strong: int
    furniture_cover: float  # share of the block's letters inside furniture phrases
    link_like: bool
    capitalised: float
    repeated: bool
    date_only: bool
    count_only: bool


#: Blocks longer than this (words) are prose or not by their shape alone: their furniture words
#: are counted only when a rule asks (``furniture=True``), which keeps a megabyte fast.
FURNITURE_MAX_WORDS = 40
_NO_FURNITURE = Furniture(0, 0, 0.0)
MAX_DATE_WORDS = 24
_BULLET_CHARS = frozenset("•◦▪▫■□●○‣∙·*+-")
_CLOSERS = "\"'”’»)]"
_ENDS = frozenset(".!?…。！？؟।")
_LINK_HINTS = (
    "://",
    "www.",
    "@",
    ".com",
    ".org",
    ".net",
    ".co.",
    ".de",
    ".fr",
    ".io",
    ".jp",
    ".png",
    ".gif",
    ".webp",
    ".svg",
    ".mp4",
)


_FIRST = operator.itemgetter(0)  # a word's first letter
_LINK_HINT = re.compile("|".join(re.escape(hint) for hint in _LINK_HINTS))


def words_of(text: str) -> tuple[list[str], list[str]]:
    """``(words, lowered)``: the block's words and numbers as written and in lower case (the
    tokens phrases are matched against)."""
    found = words_and_numbers(text)
    if not found:
        return found, []
    # the words lower-cased at once, which is each lower-cased: a space ends a word for the one
    # letter whose lower case depends on its neighbours (a final "Σ")
    joined = " ".join(found).lower()
    return found, (joined.replace("’", "'") if "’" in text else joined).split(" ")


def has_decimal(tokens: list[str]) -> bool:
    """Whether the text whose :func:`words_of` are ``tokens`` holds a decimal digit (``\\d``):
    every digit of a text is in a number token, which a digit opens (a word opens with a
    letter), so its tokens' first characters say it, sooner than a search of the text."""
    return any(map(str.isdecimal, map(_FIRST, tokens)))


def block_features(
    text: str,
    stops: frozenset[str],
    repeats: Counter[str],
    *,
    furniture: bool = False,
    words: tuple[list[str], list[str]] | None = None,
    key: str | None = None,
) -> Features:
    """Measure block ``text`` (trimmed); ``repeats`` counts the page's blocks by their lower-case
    words joined by spaces (``key``, if known); ``words`` is :func:`words_of` the block, if
    known. Furniture is measured in short blocks, and in long ones with ``furniture``."""
    original, lowered = words if words is not None else words_of(text)
    count = len(original)
    has_digit = has_decimal(lowered)
    letters_words = [w for w in lowered if not w.isdigit()] if has_digit else lowered
    has_digit = len(letters_words) < count
    capitalised = (
        sum(map(str.isupper, map(_FIRST, original))) / len(letters_words) if letters_words else 0.0
    )
    stop_share = (
        sum(map(stops.__contains__, letters_words)) / len(letters_words)
        if letters_words and stops
        else 0.0
    )
    short = count <= FURNITURE_MAX_WORDS
    marks = (
        furniture_of(text, lowered, sum(map(len, letters_words)))
        if short or furniture
        else _NO_FURNITURE
    )
    sentence_end = ends_sentence(text)
    first = text[:1]
    bracketed = "[" in text
    return Features(
        words=count,
        stop_share=stop_share,
        sentence_end=sentence_end,
        sentences=(len(_INNER_SENTENCE.findall(text)) if count > 8 else 0) + int(sentence_end),
        bullet=(first in _BULLET_CHARS or first.isdigit()) and bool(_BULLET.match(text)),
        placeholder=not letters_words
        or (short and bracketed and bool(_PLACEHOLDER.fullmatch(text.strip()))),
        form_field=bracketed and bool(_FORM_FIELD.search(text)),
        furniture=marks.hits,
        furniture_strong=marks.strong,
        furniture_cover=marks.cover,
        link_like=_LINK_HINT.search(text) is not None and bool(_LINK_LIKE.search(text)),
        capitalised=capitalised,
        repeated=repeats[" ".join(lowered) if key is None else key] > 1,
        date_only=has_digit
        and count <= MAX_DATE_WORDS
        and all(w.isdigit() or w in _DATE_TOKENS for w in lowered),
        count_only=has_digit and count <= 4 and sum(1 for w in lowered if not w.isdigit()) <= 1,
    )


def with_furniture(f: Features, text: str, lowered: list[str]) -> Features:
    """``f``, the :func:`block_features` of block ``text`` (whose lower-case tokens are
    ``lowered``), with its furniture counted: what ``block_features`` measures with
    ``furniture``, whose other values do not depend on it (a long block's, measured again
    only in part)."""
    letters_words = [w for w in lowered if not w.isdigit()] if has_decimal(lowered) else lowered
    marks = furniture_of(text, lowered, sum(map(len, letters_words)))
    return f._replace(
        furniture=marks.hits, furniture_strong=marks.strong, furniture_cover=marks.cover
    )


#: What a furniture word common in prose counts for in a sentence, against a phrase.
WEAK_FURNITURE_IN_PROSE = 0.25


def prose_furniture(f: Features) -> float:
    """How much furniture a block holds when read as prose: phrases in full, words a little."""
    return f.furniture_strong + WEAK_FURNITURE_IN_PROSE * (f.furniture - f.furniture_strong)


def prose_stop_share(features: list[Features]) -> float:
    """The page's typical stop-word share in prose: the word-weighted mean over its long,
    sentence-ending blocks (0 when it has none; then stop words are not used)."""
    prose = [f for f in features if f.words >= 15 and f.sentence_end]
    total = sum(f.words for f in prose)
    if not total:
        return 0.0
    return sum(f.stop_share * f.words for f in prose) / total


#: Weights of :func:`article_odds` (log-odds that a block is the article's) and the constant: a
#: class-balanced, ridge-penalised logistic regression (rounded) of the blocks of the 12 whole-page
#: texts of the corpus and the "dev" pages of ``benchmarks/own_pages.py`` (a block is the
#: article's when most of its 4-grams are in the article), as ``benchmarks/bench_saved.py --fit``
#: does; the "blind" pages were never used. Length and sentence shape carry most of the weight;
#: the page's marks (furniture, bullets, placeholders) also decide in the rules that use them.
WEIGHTS: dict[str, float] = {
    "log_words": 1.3,
    "short": -0.6,
    "sentence_end": 1.4,
    "sentences": 0.5,
    "stop_ratio": 0.7,
    "no_stop": -0.1,
    "bullet": -0.3,
    "placeholder": -0.1,
    "form_field": -0.1,
    "furniture_short": -0.9,
    "furniture_density": -1.0,
    "link_like": -0.2,
    "title_case": -0.5,
    "repeated": -0.5,
    "date_only": -0.2,
    "count_only": -0.1,
}
BIAS = -4.1
SHORT_WORDS = 4
FURNITURE_SHORT_WORDS = 15


def feature_values(f: Features, prose_stop: float) -> dict[str, float]:
    """The numbers :data:`WEIGHTS` multiply, for one block on a page of ``prose_stop``."""
    return dict(zip(WEIGHTS, _values_in_order(f, prose_stop), strict=True))


def _values_in_order(f: Features, prose_stop: float) -> tuple[float, ...]:
    """:func:`feature_values` in the order of :data:`WEIGHTS`, without their names (a tuple is
    made faster than a dict, for every block of a page)."""
    ratio = min(f.stop_share / prose_stop, 1.5) if prose_stop else 1.0
    long = f.words > FURNITURE_SHORT_WORDS
    return (
        math.log1p(f.words),  # log_words
        float(f.words < SHORT_WORDS),  # short
        float(f.sentence_end),  # sentence_end
        float(min(f.sentences, 3)),  # sentences
        ratio,  # stop_ratio
        float(prose_stop > 0 and f.stop_share == 0 and f.words >= 3),  # no_stop
        float(f.bullet),  # bullet
        float(f.placeholder),  # placeholder
        float(f.form_field),  # form_field
        0.0 if long else float(min(f.furniture, 2)),  # furniture_short
        prose_furniture(f) / f.words if long else 0.0,  # furniture_density
        float(f.link_like),  # link_like
        float(f.capitalised >= 0.7 and f.words >= 2 and not f.sentence_end),  # title_case
        float(f.repeated),  # repeated
        float(f.date_only),  # date_only
        float(f.count_only),  # count_only
    )


def article_odds(f: Features, prose_stop: float) -> float:
    """Log-odds that the block measured by ``f`` is article text."""
    products: map[float] = map(operator.mul, _WEIGHT_VALUES, _values_in_order(f, prose_stop))
    return BIAS + sum(products)


_WEIGHT_VALUES = tuple(WEIGHTS.values())
