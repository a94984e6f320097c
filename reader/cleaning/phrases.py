"""Finding many phrases in many blocks quickly.

A page of text has tens of thousands of blocks and the furniture lists hold hundreds of phrases;
one big regular expression would try every phrase at every position (seconds for a megabyte).
So the phrases of the data files (regular expressions) are compiled three ways:

* a phrase that stands for a few plain wordings ("sign (up|in)", "newsletters?") is spelled
  out: a one-word wording goes into a set of words, a longer one into a table of word sequences
  by first word, and a block is matched by looking its words up (set operations in C);
* a phrase with open-ended parts ("follow @?\\w+ on", "more (from|on|in) [\\w ]{1,30}$") stays a
  regular expression, tried only on blocks that hold its first word;
* a phrase that does not start with a word ("©", "(c) 2019", "à lire aussi") joins one small
  expression, tried on blocks that hold one of its first characters.

Data files hold one or more ``|``-separated alternatives a line; ``#`` lines are comments.
Matching is case-insensitive and whole-word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from itertools import product

from reader.cleaning import prefilter

#: A phrase with more wordings than this stays a regular expression.
MAX_WORDINGS = 64

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+")
#: The same in an ASCII text, where a letter is [A-Za-z] and a digit [0-9]: found several times
#: faster (Python's ``re`` looks up the Unicode category of every character otherwise).
_ASCII_TOKEN = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*|[0-9]+")
_PLAIN = re.compile(r"[^\W\d_ '’-]")  # characters a spelled-out wording may hold
_LEADING_WORD = re.compile(r"[^\W\d_]{2,}(?:['’][^\W\d_]+)?")


@dataclass(frozen=True)
class Found:
    """What a block holds: how many phrases of each tag, and the letters they cover."""

    counts: dict[str, int]
    letters: int


def read_alternatives(name: str) -> list[str]:
    """The alternatives of data file ``name`` (``reader/cleaning/data``), in order."""
    text = resources.files("reader.cleaning").joinpath("data").joinpath(name).read_text("utf-8")
    found: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            found.extend(split_top(line))
    return found


def split_top(pattern: str) -> list[str]:
    """``a|b(c|d)|e`` -> ``["a", "b(c|d)", "e"]`` (only top-level bars split: not those in a
    group, nor in a character class such as ``[^|/]``)."""
    parts: list[str] = []
    depth, start, escaped, in_class = 0, 0, False, False
    for index, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = (
                char != "]" or pattern[index - 1] == "[" or pattern[index - 2 : index] == "[^"
            )
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
    parts.append(pattern[start:])
    return [p for p in parts if p]


def wordings(pattern: str) -> list[str] | None:
    """Every text ``pattern`` matches, when it is made of letters, spaces, apostrophes, groups
    of alternatives and optional letters or groups only (else ``None``)."""
    pieces: list[list[str]] = []
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "(":
            depth, end = 0, index
            for end in range(index, len(pattern)):
                depth += pattern[end] == "("
                depth -= pattern[end] == ")"
                if depth == 0:
                    break
            inner = pattern[index + 1 : end]
            if inner.startswith("?"):
                return None
            options: list[str] = []
            for alternative in split_top(inner):
                spelled = wordings(alternative)
                if spelled is None:
                    return None
                options.extend(spelled)
            index = end + 1
        elif char == "\\" or not (_PLAIN.match(char) or char in " '’-"):
            return None
        else:
            options, index = [char], index + 1
        if index < len(pattern) and pattern[index] == "?":
            options, index = [*options, ""], index + 1
        pieces.append(options)
    texts = [""]
    for options in pieces:
        texts = ["".join(parts) for parts in product(texts, options)]
        if len(texts) > MAX_WORDINGS:
            return None
    return [" ".join(t.split()) for t in texts if t.strip()]


def words_and_numbers(text: str) -> list[str]:
    """The words (letters, perhaps joined by apostrophes) and numbers of ``text``, as written."""
    return (_ASCII_TOKEN if text.isascii() else _TOKEN).findall(text)


def tokens(text: str) -> list[str]:
    """The lower-case words (and numbers) of ``text``, as phrases are matched against them."""
    found = words_and_numbers(text)
    # lower-cased at once, which is each lower-cased: a space ends a word for the one letter
    # whose lower case depends on its neighbours (a final "Σ")
    return " ".join(found).lower().replace("’", "'").split(" ") if found else []


class PhraseMatcher:
    """Case-insensitive, whole-word matching of tagged phrase lists (see the module doc)."""

    def __init__(self, tagged: Iterable[tuple[str, list[str]]]) -> None:
        self.words: dict[str, str] = {}
        self.sequences: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        expressions: dict[str, list[tuple[str, str]]] = {}
        rest: list[tuple[str, str]] = []
        for tag, alternatives in tagged:
            for alternative in alternatives:
                spelled = wordings(alternative)
                if spelled is not None:
                    for wording in spelled:
                        words = tuple(tokens(wording))
                        if len(words) == 1:
                            self.words.setdefault(words[0], tag)
                        elif words:
                            self.sequences.setdefault(words[0], []).append((words, tag))
                    continue
                for expanded in _expand_leading_group(alternative):
                    leading = _LEADING_WORD.match(expanded)
                    if leading is None:
                        rest.append((tag, expanded))
                    else:
                        key = leading.group(0).lower()
                        expressions.setdefault(key, []).append((tag, expanded))
        for options in self.sequences.values():
            options.sort(key=lambda option: -len(option[0]))  # the longest wording first
        self.expressions = {word: _compile(items) for word, items in expressions.items()}
        # what every match of each holds (most blocks that hold "is" hold no "is a ... reporter")
        self.expression_needs = {
            word: prefilter.needed(pattern.pattern, pattern.flags)
            for word, (pattern, _) in self.expressions.items()
        }
        self.rest = _compile(rest) if rest else None
        # the first character each such phrase needs ("\\(" is a bracket)
        self.rest_starts = tuple(sorted({a[1] if a[0] == "\\" else a[0] for _, a in rest}))
        self.sequence_starts = frozenset(self.sequences)
        # the words each first word's sequences need: a sequence matches only where all are
        self.sequence_words = {
            first: [frozenset(words) for words, _ in options]
            for first, options in self.sequences.items()
        }
        self.rest_start = (
            re.compile("[" + re.escape("".join(self.rest_starts)) + "]")
            if self.rest_starts
            else None
        )
        self.expression_starts = frozenset(self.expressions)
        self.word_set = frozenset(self.words)
        # the words one of which a block holds when it holds a word or word sequence of a tag:
        # a phrase's only word, the longest of its sequence (a sequence needs all its words);
        # and the words its expressions are tried for
        keys: dict[str, set[str]] = {}
        for word, tag in self.words.items():
            keys.setdefault(tag, set()).add(word)
        for options in self.sequences.values():
            for sequence, tag in options:
                keys.setdefault(tag, set()).add(max(sequence, key=len))
        self.keys = {tag: frozenset(words) for tag, words in keys.items()}
        expression_keys: dict[str, set[str]] = {}
        for word, (_, names) in self.expressions.items():
            for tag in names.values():
                expression_keys.setdefault(tag, set()).add(word)
        self.expression_keys = {tag: frozenset(words) for tag, words in expression_keys.items()}
        self.rest_tags = frozenset(self.rest[1].values()) if self.rest else frozenset()
        self.all_keys = frozenset().union(*self.keys.values())

    def may_find_any(self, text: str, words: list[str]) -> bool:
        """:meth:`may_find` for any tag: ``False`` proves that :meth:`find` counts nothing in
        ``text`` (whose :func:`tokens` are ``words``), which is so of most blocks of prose."""
        if not self.all_keys.isdisjoint(words):
            return True
        tried = self.expression_starts.intersection(words)
        if tried:
            lowered = text.lower()
            ending = lowered.rstrip()
            folded = "ı" in text or "ſ" in text or "İ" in text  # not folded as re does
            if folded or any(self.expression_needs[w].allow(lowered, ending) for w in tried):
                return True
        return self.rest_start is not None and self.rest_start.search(text) is not None

    def find(self, text: str, words: list[str] | None = None) -> Found:
        """The phrases in ``text`` (whose :func:`tokens` are ``words``, if known)."""
        words = tokens(text) if words is None else words
        counts: dict[str, int] = {}
        letters = 0
        present = set(words)
        taken: set[int] = set()  # positions inside a matched word sequence
        needs = self.sequence_words
        starting = {
            first
            for first in present & self.sequence_starts
            if any(needed <= present for needed in needs[first])
        }
        if starting:
            free = 0  # sequences do not overlap: the first, longest one wins
            for position in [i for i, w in enumerate(words) if w in starting]:
                if position < free:
                    continue
                step = self._sequence_at(words, position, counts)
                if step:
                    letters += sum(map(len, words[position : position + step]))
                    taken.update(range(position, position + step))
                    free = position + step
        single = present & self.word_set
        if single and not taken:  # each occurrence counts
            for word in single:
                tag, count = self.words[word], words.count(word)
                counts[tag] = counts.get(tag, 0) + count
                letters += len(word) * count
        elif single:
            for position, word in enumerate(words):
                if word in single and position not in taken:
                    tag = self.words[word]
                    counts[tag] = counts.get(tag, 0) + 1
                    letters += len(word)
        expressions = present & self.expression_starts
        if expressions:
            lowered = text.lower()
            ending = lowered.rstrip()
            folded = "ı" in text or "ſ" in text or "İ" in text  # not folded as re does
        for word in expressions:
            if not folded and not self.expression_needs[word].allow(lowered, ending):
                continue
            pattern, names = self.expressions[word]
            for match in pattern.finditer(text):
                tag = names[match.lastgroup or ""]
                counts[tag] = counts.get(tag, 0) + 1
                letters += sum(1 for c in match.group(0) if c.isalpha())
        if self.rest is not None and self.rest_start is not None and self.rest_start.search(text):
            pattern, names = self.rest
            for match in pattern.finditer(text):
                tag = names[match.lastgroup or ""]
                counts[tag] = counts.get(tag, 0) + 1
                letters += sum(1 for c in match.group(0) if c.isalpha())
        return Found(counts, letters)

    def may_find(self, text: str, words: list[str], tag: str) -> bool:
        """Whether ``text`` (whose :func:`tokens` are ``words``) may hold a phrase of ``tag``:
        ``False`` proves that :meth:`find` counts none there (it holds none of the words such a
        phrase needs, no expression's word with the strings the expression needs, nor the first
        character of a phrase that starts with no word)."""
        if not self.keys.get(tag, frozenset()).isdisjoint(words):
            return True
        tried = self.expression_keys.get(tag, frozenset()).intersection(words)
        if tried:
            lowered = text.lower()
            ending = lowered.rstrip()
            folded = "ı" in text or "ſ" in text or "İ" in text  # not folded as re does
            if any(folded or self.expression_needs[w].allow(lowered, ending) for w in tried):
                return True
        return (
            tag in self.rest_tags
            and self.rest_start is not None
            and self.rest_start.search(text) is not None
        )

    def _sequence_at(self, words: list[str], position: int, counts: dict[str, int]) -> int:
        """Length of the word sequence matched at ``position`` (0 when none); counts it."""
        for sequence, tag in self.sequences.get(words[position], ()):
            if tuple(words[position : position + len(sequence)]) == sequence:
                counts[tag] = counts.get(tag, 0) + 1
                return len(sequence)
        return 0


class AnyOf(prefilter.AnyOf):
    """Whether any of some case-insensitive regular expressions matches in a text: what
    ``re.search("|".join(alternatives), text, re.IGNORECASE)`` says, sooner. Python's ``re``
    tries every alternative at every position of the text; here each alternative is tried
    only in texts that hold the strings it needs and end as it must
    (:mod:`reader.cleaning.prefilter`)."""

    def __init__(self, alternatives: Iterable[str]) -> None:
        super().__init__(list(alternatives), re.IGNORECASE)


def _expand_leading_group(alternative: str) -> list[str]:
    """``(is|was) an? x`` -> ``["is an? x", "was an? x"]`` when a group of words opens it."""
    if not alternative.startswith("("):
        return [alternative]
    depth = 0
    for index, char in enumerate(alternative):
        depth += char == "("
        depth -= char == ")"
        if depth == 0:
            inner, rest = alternative[1:index], alternative[index + 1 :]
            if rest[:1] in ("?", "*", "{", "+") or inner.startswith("?"):
                return [alternative]
            return [choice + rest for choice in split_top(inner)]
    return [alternative]


def _compile(items: list[tuple[str, str]]) -> tuple[re.Pattern[str], dict[str, str]]:
    """One whole-word expression with a named group per alternative (its tag by group name)."""
    names = {f"p{index}": tag for index, (tag, _) in enumerate(items)}
    body = "|".join(f"(?P<p{index}>{pattern})" for index, (_, pattern) in enumerate(items))
    return re.compile(rf"(?<![^\W_])(?:{body})(?![^\W_])", re.IGNORECASE), names
