"""Stop words for page cleaning: sumy's lists, and the language they point to.

Prose is dense in a language's function words ("the", "of", "und", "que"); menus, buttons and
headline lists are not. That is jusText's central signal, and it needs the page's language before
Reader has detected it, so the language is guessed here by which of sumy's stop-word lists covers
most of the text's words (a well-known way to tell languages apart: function words are the
commonest words of every language). Languages written without spaces between words (Chinese,
Japanese, Thai) have no usable list here; their text is judged without stop words.
"""

from __future__ import annotations

import pkgutil
import re
from collections import Counter
from functools import cache

# sumy's list names for the ISO 639-1 codes its stop words cover (spaced scripts only).
SUMY_LISTS: dict[str, str] = {
    "ar": "arabic",
    "cs": "czech",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "fr": "french",
    "he": "hebrew",
    "it": "italian",
    "pl": "polish",
    "pt": "portuguese",
    "sk": "slovak",
    "sv": "swedish",
    "uk": "ukrainian",
}
#: Words sampled to guess the language, in the text's first this many characters.
SAMPLE_WORDS = 4000
SAMPLE_CHARS = SAMPLE_WORDS * 12
#: A list must cover this share of the sample's words to be chosen.
MIN_COVERAGE = 0.12

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@cache
def stop_words(code: str) -> frozenset[str]:
    """The lower-case stop words of language ``code`` (empty when sumy has no list for it)."""
    name = SUMY_LISTS.get(code)
    if name is None:
        return frozenset()
    try:
        data = pkgutil.get_data("sumy", f"data/stopwords/{name}.txt")
    except (OSError, ValueError):
        return frozenset()
    if not data:
        return frozenset()
    return frozenset(w.strip().lower() for w in data.decode("utf-8").splitlines() if w.strip())


def words(text: str) -> list[str]:
    """The words of ``text``, lower-cased (letters only; an apostrophe may join two parts)."""
    return [w.lower() for w in _WORD.findall(text)]


#: Punctuation that is neither part of a word nor joins two (an apostrophe does).
_AROUND_WORDS = '.,;:!?"()[]“”'


def lowered_words(text: str) -> list[str]:
    """:func:`words`, found in ``text`` lower-cased when that gives the same words: lower() maps
    each character to one of the same kind (a letter, an apostrophe or neither) except "İ"
    (two characters), and alone, except "Σ" (its final form depends on what follows it).

    Found token by token, for speed: no word spans white space, and most whitespace-separated
    tokens are one run of letters in punctuation that belongs to no word ("(said,"), which is
    then that word; only the other tokens are searched with the word pattern."""
    if "İ" in text or "Σ" in text:
        return words(text)
    found: list[str] = []
    for token in text.lower().split():
        core = token.strip(_AROUND_WORDS)
        if core.isalpha():
            found.append(core)
        elif core:
            found.extend(_WORD.findall(core))
    return found


def guess_language(text: str, found: list[str] | None = None) -> str:
    """The ISO code whose stop words cover most of ``text`` ("" when none covers enough);
    ``found``: :func:`words` of ``text``, if known (of a text of at most :data:`SAMPLE_CHARS`
    characters, all of which are sampled)."""
    if found is None or len(text) > SAMPLE_CHARS:
        found = lowered_words(text[:SAMPLE_CHARS])
    sample = found[:SAMPLE_WORDS]
    if not sample:
        return ""
    hits = dict.fromkeys(SUMY_LISTS, 0)
    lists = _lists_of_words()
    for word, count in Counter(filter(lists.__contains__, sample)).items():  # the stop words
        for code in lists[word]:
            hits[code] += count
    best, best_share = "", 0.0
    for code in SUMY_LISTS:
        share = hits[code] / len(sample)
        if share > best_share:
            best, best_share = code, share
    return best if best_share >= MIN_COVERAGE else ""


@cache
def _lists_of_words() -> dict[str, tuple[str, ...]]:
    """Each stop word of :data:`SUMY_LISTS` -> the codes of the lists that hold it."""
    found: dict[str, list[str]] = {}
    for code in SUMY_LISTS:
        for word in stop_words(code):
            found.setdefault(word, []).append(code)
    return {word: tuple(codes) for word, codes in found.items()}
