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
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from reader.cleaning.stopwords import words as word_list

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
_TOKEN = re.compile(r"\w+")
_DATE_WORDS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|januar|februar|märz|mai"
    r"|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre"
    r"|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto"
    r"|septiembre|octubre|noviembre|diciembre|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?"
    r"|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|montag|dienstag|mittwoch"
    r"|donnerstag|freitag|samstag|sonntag|am|pm|utc|gmt|est|edt|cet|cest|bst|pst|pdt|et|uhr"
    r"|updated|published|posted|first|last|modified|aktualisiert|veröffentlicht|stand|on|at"
    r"|ago|hours?|minutes?|days?|weeks?|mins?|hrs?|yesterday|today|seconds?"
)
_DATE_ONLY = re.compile(rf"^(?:\d{{1,4}}|{_DATE_WORDS}|[\s,./:|·•–—-])+$", re.IGNORECASE)
_COUNT_ONLY = re.compile(r"^[\d\s.,:/+%()kKmM-]+(?:\s*\w+)?$")
_BYLINE = re.compile(
    r"^(?:(?:words|text|story|analysis|opinion|commentary|posted|written|reported)\s+)?"
    r"(?:by|von|par|por|di|door|av|af)\s+[\w'’.-]",
    re.IGNORECASE,
)


def _load(name: str) -> re.Pattern[str]:
    text = resources.files("reader.cleaning").joinpath("data").joinpath(name).read_text("utf-8")
    alternatives = [line.strip() for line in text.splitlines() if line.strip()]
    alternatives = [a for a in alternatives if not a.startswith("#")]
    return re.compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE)


@lru_cache(maxsize=1)
def furniture_pattern() -> re.Pattern[str]:
    """Furniture phrases and words (``data/furniture.txt``, ``data/furniture-words.txt``), whole
    words only; the group ``strong`` is set for a phrase of the first list."""
    strong = _load("furniture.txt").pattern
    weak = _load("furniture-words.txt").pattern
    return re.compile(rf"(?<!\w)(?:(?P<strong>{strong})|{weak})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def signoff_pattern() -> re.Pattern[str]:
    """The start of an article's own closing line (``data/signoffs.txt``)."""
    inner = _load("signoffs.txt").pattern
    return re.compile(rf"^[\s(\[]*(?:{inner})", re.IGNORECASE)


@lru_cache(maxsize=1)
def call_to_action_pattern() -> re.Pattern[str]:
    """The start of a line that asks the reader to act (``data/calls-to-action.txt``)."""
    inner = _load("calls-to-action.txt").pattern
    return re.compile(rf"^(?:[•◦▪·*+-]\s*|\d{{1,3}}[.)]\s*|[(\[]\s*)?(?:{inner})", re.IGNORECASE)


def is_call_to_action(text: str) -> bool:
    """ "Listen to ... live", "Sign up for our newsletter", "Read more: ...": the page speaking."""
    return bool(call_to_action_pattern().match(text.strip()))


def furniture_hits(text: str) -> tuple[int, int]:
    """``(all, strong)``: how many furniture words and phrases ``text`` holds, and how many of
    them are phrases articles practically never use."""
    found = [m.group("strong") is not None for m in furniture_pattern().finditer(text)]
    return len(found), sum(found)


def furniture_cover(text: str) -> float:
    """Share of the letters of ``text`` that furniture phrases cover ("Advertisement": 1.0)."""
    letters = sum(1 for c in text if c.isalpha())
    if not letters:
        return 0.0
    covered = sum(
        sum(1 for c in m.group(0) if c.isalpha()) for m in furniture_pattern().finditer(text)
    )
    return covered / letters


def is_signoff(text: str) -> bool:
    return len(text) <= 400 and bool(signoff_pattern().match(text))


def is_byline(text: str) -> bool:
    """ "By Jane Doe", "Von Max Muster", "Posted by ...": a short line naming the author."""
    return len(text.split()) <= 14 and bool(_BYLINE.match(text.strip()))


def is_dateline(text: str) -> bool:
    """A date or time alone ("Nov. 19, 2019, 8:41 AM UTC", "Updated 2 hours ago")."""
    stripped = text.strip()
    has_digit = any(c.isdigit() for c in stripped)
    return bool(stripped) and has_digit and bool(_DATE_ONLY.match(stripped))


def ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text.rstrip()))


def normalized(text: str) -> str:
    """Lower-case word tokens joined by spaces: the form in which blocks are compared."""
    return " ".join(_TOKEN.findall(text.lower()))


@dataclass(frozen=True)
class Features:
    """The measurements of one block (see the module doc)."""

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


def block_features(text: str, stops: frozenset[str], repeats: Counter[str]) -> Features:
    """Measure block ``text`` (trimmed); ``repeats`` counts the page's normalized blocks."""
    tokens = word_list(text)
    furniture, strong = furniture_hits(text)
    count = len(_TOKEN.findall(text))
    alpha = [t for t in _TOKEN.findall(text) if not t.isdigit()]
    capitalised = sum(1 for t in alpha if t[0].isupper()) / len(alpha) if alpha else 0.0
    stop_share = sum(1 for t in tokens if t in stops) / len(tokens) if tokens and stops else 0.0
    return Features(
        words=count,
        stop_share=stop_share,
        sentence_end=ends_sentence(text),
        sentences=len(_INNER_SENTENCE.findall(text)) + int(ends_sentence(text)),
        bullet=bool(_BULLET.match(text)),
        placeholder=bool(_PLACEHOLDER.fullmatch(text.strip())) or not alpha,
        form_field=bool(_FORM_FIELD.search(text)),
        furniture=furniture,
        furniture_strong=strong,
        furniture_cover=furniture_cover(text),
        link_like=bool(_LINK_LIKE.search(text)),
        capitalised=capitalised,
        repeated=repeats[normalized(text)] > 1,
        date_only=is_dateline(text),
        count_only=bool(_COUNT_ONLY.match(text.strip())) and count <= 4,
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
    ratio = min(f.stop_share / prose_stop, 1.5) if prose_stop else 1.0
    long = f.words > FURNITURE_SHORT_WORDS
    return {
        "log_words": math.log1p(f.words),
        "short": float(f.words < SHORT_WORDS),
        "sentence_end": float(f.sentence_end),
        "sentences": float(min(f.sentences, 3)),
        "stop_ratio": ratio,
        "no_stop": float(prose_stop > 0 and f.stop_share == 0 and f.words >= 3),
        "bullet": float(f.bullet),
        "placeholder": float(f.placeholder),
        "form_field": float(f.form_field),
        "furniture_short": 0.0 if long else float(min(f.furniture, 2)),
        "furniture_density": prose_furniture(f) / f.words if long else 0.0,
        "link_like": float(f.link_like),
        "title_case": float(f.capitalised >= 0.7 and f.words >= 2 and not f.sentence_end),
        "repeated": float(f.repeated),
        "date_only": float(f.date_only),
        "count_only": float(f.count_only),
    }


def article_odds(f: Features, prose_stop: float) -> float:
    """Log-odds that the block measured by ``f`` is article text."""
    values = feature_values(f, prose_stop)
    return BIAS + sum(WEIGHTS[name] * value for name, value in values.items())
