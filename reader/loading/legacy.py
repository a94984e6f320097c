"""Guessing the legacy encoding of a file that is not UTF-8 and declares none that fits.

A charset detector that weighs every code page alike guesses badly on short texts (a
Windows-1252 note read as Baltic cp775: "Cafķ in Z³rich"). Reader instead chooses among the
code pages saved articles realistically come in (``data/legacy-encodings.txt``, Windows-1252
first), each with a prior, and prefers the decoding whose text reads most like words:

- no control or unassigned characters, no symbols between letters ("Z³rich"), no lower case
  letter followed by a capital inside a word ("CafÈ"), one alphabet a word, no lone capital
  that is not a word ("Ć 5");
- non-ASCII Latin letters that one language uses together (``data/alphabets.txt``): "é" and
  "ü" are French, "ø", "ì" and "š" together are no language's;
- Chinese, Japanese and Korean text with its common characters (``data/common-cjk.txt``),
  not a run of rare ones.

The evidence is read only from the words holding non-ASCII bytes (whitespace never occurs
inside a multi-byte character of these encodings, so the words are cut once, as bytes), each
distinct word once; the cost of a decoding is its oddities per non-ASCII byte plus its prior.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache
from importlib import resources
from typing import NamedTuple

_DATA = "data"
_MAX_WORDS = 1500  # distinct non-ASCII words read for evidence: plenty for a decision
_WORDS = re.compile(rb"\S*[\x80-\xff]\S*")
_EDGE_PUNCTUATION = "\"'“”‘’„‚«»‹›()[]{}<>.,;:!?¡¿-–—…*/「」『』（）【】、。・，．：；！？"
_CJK_SCRIPTS = frozenset(
    {"CJK", "HIRAGANA", "KATAKANA", "KATAKANA-HIRAGANA", "HANGUL", "IDEOGRAPHIC"}
)
_KANA = re.compile("[\u3041-\u30ff]")
#: Non-letters that may stand between two letters of a word: apostrophes, dashes, the Catalan
#: middle dot, no-break spaces, and the punctuation of Chinese and Japanese (written unspaced).
_INNER_OK = frozenset("’‘'\u00b7\u00a0\u202f\u2010\u2011")


class Candidate(NamedTuple):
    """A legacy encoding Reader may guess, its prior and the name shown to the reader."""

    codec: str
    prior: float
    name: str


def _data_lines(name: str) -> list[str]:
    text = resources.files(__package__).joinpath(_DATA).joinpath(name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]


@cache
def candidates() -> tuple[Candidate, ...]:
    """The candidate encodings of ``data/legacy-encodings.txt``, in order."""
    found = []
    for line in _data_lines("legacy-encodings.txt"):
        codec, prior, name = (part.strip() for part in line.split("|"))
        found.append(Candidate(codec, float(prior), name))
    return tuple(found)


@cache
def _alphabets() -> tuple[frozenset[str], ...]:
    return tuple(frozenset(line.split(None, 1)[1]) for line in _data_lines("alphabets.txt"))


@cache
def _common_words() -> frozenset[str]:
    return frozenset(word for line in _data_lines("common-words.txt") for word in line.split()[1:])


_WORDED_SCRIPTS = frozenset({"CYRILLIC", "GREEK", "HEBREW", "ARABIC"})


@cache
def _common_cjk() -> dict[str, frozenset[str]]:
    return {
        code: frozenset(chars.replace(" ", ""))
        for code, chars in (line.split(None, 1) for line in _data_lines("common-cjk.txt"))
    }


def guess_encoding(sample: bytes) -> Candidate:
    """The candidate whose decoding of ``sample`` (not UTF-8, ASCII-compatible) reads best."""
    words = Counter(_WORDS.findall(sample))
    distinct = [word for word, _ in words.most_common(_MAX_WORDS)]
    counts = [words[word] for word in distinct]
    high_bytes = sum(
        count * (len(word) - len(word.translate(None, _HIGH)))
        for word, count in zip(distinct, counts, strict=True)
    )
    joined = b"\n".join(distinct)
    best: tuple[float, int] | None = None
    options = candidates()
    for order, candidate in enumerate(options):
        if best is not None and candidate.prior >= best[0]:
            continue  # its cost is at least its prior: it cannot win
        try:
            sample.decode(candidate.codec)
            decoded = joined.decode(candidate.codec).split("\n")
        except (UnicodeDecodeError, LookupError):
            continue
        if len(decoded) != len(distinct):
            continue
        cost = candidate.prior + oddities(decoded, counts) / max(1, high_bytes)
        if best is None or (cost, order) < best:
            best = (cost, order)
    return options[best[1]] if best is not None else options[0]


_HIGH = bytes(range(128, 256))


def oddities(words: list[str], counts: list[int]) -> float:
    """How little ``words`` (each seen ``counts`` times) read like words of one language."""
    odd = 0.0
    letters = _Letters()
    for word, count in zip(words, counts, strict=True):
        odd += count * _word_oddity(word, letters, count)
    return odd + letters.oddity() + _uncommon_words(words, counts)


def _uncommon_words(words: list[str], counts: list[int]) -> float:
    """Words in Cyrillic, Greek, Hebrew or Arabic letters when almost none is a common word.

    Right text has a tenth or more of its words among the frequent ones; each word short of
    that counts as three oddities (letters of another script read from the same bytes are
    letters too, and only words tell them apart).
    """
    common_words = _common_words()
    total = common = 0
    for word, count in zip(words, counts, strict=True):
        core = word.strip(_EDGE_PUNCTUATION).lower()
        first = next((char for char in core if char > "\x7f" and char.isalpha()), "")
        if first and _script(first) in _WORDED_SCRIPTS:
            total += count
            common += count if core in common_words else 0
    if total < 4:
        return 0.0
    return max(0.0, 0.1 * total - common) * 3


def _word_oddity(word: str, letters: _Letters, count: int) -> float:
    odd = 0.0
    core = word.strip(_EDGE_PUNCTUATION)
    scripts: set[str] = set()
    previous = ""
    last = len(core) - 1
    for index, char in enumerate(core):
        category = unicodedata.category(char)
        if category[0] == "C" or char == "\ufffd":
            odd += 3
        elif category[0] in "LM":
            if char > "\x7f":
                odd += letters.add(char, count)
                script = _script(char)
                scripts.add("CJK" if script in _CJK_SCRIPTS else script)
            else:
                scripts.add("LATIN")
            if previous.islower() and char.isupper() and (previous > "\x7f" or char > "\x7f"):
                odd += 1
            if char > "\x7f" and index < last and core[index + 1].isdigit():
                odd += 0.5  # a currency sign read as a letter: "œ600m" for "£600m"
        elif char > "\x7f" and category != "Nd" and not _inner_ok(char):
            before = core[index - 1] if index else ""
            after = core[index + 1] if index < last else ""
            if before.isalpha() and after.isalpha():
                # a symbol or superscript inside a word ("Z³rich"); a dash only half as odd
                odd += 0.5 if category == "Pd" else 1
            elif before.isalpha() or after.isalpha():
                odd += 0.5  # one glued to a word's edge: "¾e", "est‡"
        previous = char
    if len(core) == 1 and core > "\x7f" and core.isupper():
        odd += 1  # a lone capital is not a word: "Ć 5" for "€ 5"
    return odd + max(0, len(scripts) - 1)


class _Letters:
    """The non-ASCII letters of a decoding, counted for the text-wide evidence."""

    def __init__(self) -> None:
        self.latin: Counter[str] = Counter()
        self.cjk: Counter[str] = Counter()
        self.upper = 0
        self.lower = 0

    def add(self, char: str, count: int) -> float:
        """Count ``char``; the oddity of the letter itself (half-width katakana)."""
        if char.isupper():
            self.upper += count
        elif char.islower():
            self.lower += count
        script = _script(char)
        if script == "LATIN":
            self.latin[char.lower()] += count
        elif script in _CJK_SCRIPTS:
            self.cjk[char] += count
        elif script == "HALFWIDTH":
            return 1.0  # half-width katakana: not in articles, but in Chinese read as Japanese
        return 0.0

    def oddity(self) -> float:
        """Text-wide oddities: letters of no one language, rare CJK, mostly capitals."""
        capitals = max(0.0, (self.upper - self.lower) / 2)  # KOI8-R read as Windows-1251
        return capitals + _alphabet_misfit(self.latin) + _cjk_rarity(self.cjk)


def _inner_ok(char: str) -> bool:
    # a set and two ranges: a regular expression of these ranges takes 20 ms to compile
    return char in _INNER_OK or "\u3000" <= char <= "\u303f" or "\uff01" <= char <= "\uff20"


def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else "?"


def _alphabet_misfit(letters: Counter[str]) -> float:
    """Non-ASCII Latin letters outside the one alphabet that holds most of them."""
    if not letters:
        return 0.0
    total = sum(letters.values())
    return float(
        min(
            total - sum(n for char, n in letters.items() if char in alphabet)
            for alphabet in _alphabets()
        )
    )


def _cjk_rarity(chars: Counter[str]) -> float:
    """Chinese, Japanese or Korean characters when too few of them are common ones.

    Right text has a fifth or more of its characters among a language's most common ones
    (kana count for Japanese); each character short of that share counts as an oddity.
    """
    total = sum(chars.values())
    if not total:
        return 0.0
    kana = sum(n for char, n in chars.items() if _KANA.match(char))
    common = max(
        sum(n for char, n in chars.items() if char in group) + (kana if code == "ja" else 0)
        for code, group in _common_cjk().items()
    )
    return max(0.0, 0.2 * total - common) * 5
