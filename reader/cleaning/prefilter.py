"""Skipping a regular expression that cannot match: what its every match must hold.

Searching a line with an expression that may start anywhere tries it at every position; most
lines of an article hold none of the few characters or words the expression needs ("(", "/",
"copyright"), or do not end as it must ("... Reuters"), and a substring test (in C) says so
far faster. :func:`needed` reads an expression's parse tree (Python's own ``re`` parser) for
what regex engines' prefilters look for:

* *groups* of strings such that every match holds at least one string of each group;
* for an expression anchored at the end (``...\\s*$``), its *endings*: strings one of which
  ends the line, trailing white space aside.

:class:`AnyOf` keeps alternative expressions with what they need and searches a line only
with those it could match, so it says exactly what one expression joining them with ``|``
says (tests/cleaning/test_prefilter.py checks that on lines of our own).

The strings are made of ASCII characters and characters without case ("©"), compared with the
lower-cased line: such a character, or its case-insensitive match, lower-cases to itself,
except "ı" (matches "i") and "ſ" (matches "s") under ``re.IGNORECASE``; a line holding either
is searched with every expression.
"""

from __future__ import annotations

import importlib
import re
import sys
from dataclasses import dataclass
from typing import Any

#: A group: a match holds at least one of these (lower-case) strings.
Group = frozenset[str]
#: Groups kept per expression: the most selective ones (each costs a substring test).
MAX_GROUPS = 2
#: A character class of at most this many characters is a group of its characters.
MAX_CLASS_CHARS = 8

#: Python's parser of regular expressions (imported by ``re`` already).
_parser: Any = importlib.import_module("re._parser" if sys.version_info >= (3, 11) else "sre_parse")


@dataclass(frozen=True)
class Needs:
    """What every match of an expression holds: one string of each of ``groups``, and, when
    ``endings`` is not ``None``, one of them at its end (trailing white space aside)."""

    groups: tuple[Group, ...] = ()
    endings: tuple[str, ...] | None = None

    def allow(self, lowered: str, ending: str) -> bool:
        """Whether a line could match: ``lowered`` is it lower-cased, ``ending`` that without
        its trailing white space."""
        if self.endings is not None and not ending.endswith(self.endings):
            return False
        has = lowered.__contains__
        return all(any(map(has, group)) for group in self.groups)


def needed(pattern: str, flags: int = 0) -> Needs:
    """What every match of ``pattern`` holds (see the module doc); ``Needs()`` when nothing is
    known."""
    try:
        tree = _parser.parse(pattern, flags)
        items = list(tree.data)
        found = {group for group in _sequence(items) if " " not in group}  # every line has " "
        groups = tuple(sorted(found, key=_selectivity)[:MAX_GROUPS])
        multiline = (flags | tree.state.flags) & re.MULTILINE
        endings = None if multiline else _anchored_endings(items)
    except Exception:  # an expression the analysis does not know: nothing is skipped
        return Needs()
    return Needs(groups, tuple(sorted(endings)) if endings else None)


class AnyOf:
    """Alternative expressions, each searched only in lines it could match: whether any of them
    matches is what one expression joining them with ``|`` says."""

    def __init__(self, patterns: list[str], flags: int = 0) -> None:
        self.expressions = [(needed(p, flags), re.compile(p, flags)) for p in patterns]
        known = [needs for needs, _ in self.expressions]
        self.always = [p for needs, p in self.expressions if not _known(needs)]
        # a first test for all: a line can match only if it ends as one expression must, or
        # holds a string of the first group of one without endings
        self.endings = tuple(sorted({e for needs in known for e in needs.endings or ()}))
        first = [needs.groups[0] for needs in known if needs.endings is None and needs.groups]
        keys = {s for group in first for s in group}
        # a key holding a shorter one is found only where the shorter one is: enough to test that
        self.keys = tuple(sorted(k for k in keys if not any(o != k and o in k for o in keys)))

    def search(self, text: str) -> bool:
        """Whether one of the expressions matches somewhere in ``text``."""
        if "ı" in text or "ſ" in text:  # the letters lower() does not fold (module doc)
            return any(p.search(text) for _, p in self.expressions)
        if self.always and any(p.search(text) for p in self.always):
            return True
        lowered = text.lower()
        ending = lowered.rstrip()
        if not ending.endswith(self.endings) and not any(map(lowered.__contains__, self.keys)):
            return False
        return any(
            needs.allow(lowered, ending) and pattern.search(text) is not None
            for needs, pattern in self.expressions
            if _known(needs)
        )


def _known(needs: Needs) -> bool:
    return bool(needs.groups) or needs.endings is not None


def _selectivity(group: Group) -> tuple[int, int, tuple[str, ...]]:
    """Sort key: small groups first (fewer tests a line), then long strings (rarer), then a
    stable order."""
    return (len(group), -min(map(len, group)), tuple(sorted(group)))


def _plain(char: str) -> bool:
    """Whether a literal ``char`` can stand in a string: ASCII, or a character without case
    ("©", "…"), which lower-cases to itself and matches only itself."""
    return char.isascii() or char.lower() == char == char.upper() == char.casefold()


def _sequence(items: list[tuple[Any, Any]]) -> list[Group]:
    """The groups of a sequence of parsed items: each run of literals, and what each required
    item needs."""
    groups: list[Group] = []
    run = ""
    for op, av in items:
        if op is _parser.LITERAL and _plain(chr(av)):
            run += chr(av).lower()
            continue
        if run:
            groups.append(frozenset([run]))
            run = ""
        groups.extend(_item(op, av))
    if run:
        groups.append(frozenset([run]))
    return groups


def _item(op: Any, av: Any) -> list[Group]:
    """The groups one parsed item needs (none when it may match without any)."""
    if op is _parser.SUBPATTERN:
        return _sequence(list(av[-1].data))
    if op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT):
        low, _, body = av
        return _sequence(list(body.data)) if low >= 1 else []
    if op is _parser.BRANCH:
        chosen: list[str] = []
        for branch in av[1]:
            groups = _sequence(list(branch.data))
            if not groups:
                return []  # a branch that needs nothing: the branch needs nothing
            best: Group = min(groups, key=_selectivity)
            chosen.extend(best)
        return [frozenset(chosen)]
    if op is _parser.IN:
        chars = _class_chars(av)
        return [frozenset(chars)] if chars else []
    return []  # anchors, categories, any character, look-arounds, back-references


def _class_chars(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The characters of a small class of plain literals and ASCII ranges, or ``None``."""
    chars: set[str] = set()
    for op, av in items:
        if op is _parser.LITERAL and _plain(chr(av)):
            chars.add(chr(av).lower())
        elif op is _parser.RANGE and av[1] < 128 and av[1] - av[0] < MAX_CLASS_CHARS:
            chars.update(chr(c).lower() for c in range(av[0], av[1] + 1))
        else:
            return None  # a negation, a category, a wide range or a cased non-ASCII letter
        if len(chars) > MAX_CLASS_CHARS:
            return None
    return chars


def _anchored_endings(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The endings of an expression that ends with ``$`` after optional white space (``\\s*``):
    ``$`` matches at the end or before a last newline, which the white space stripped from
    the line takes along."""
    if not items or items[-1] != (_parser.AT, _parser.AT_END):
        return None
    items = items[:-1]
    if items and _is_optional_space(items[-1]):
        items = items[:-1]
    return _endings(items)


def _is_optional_space(item: tuple[Any, Any]) -> bool:
    op, av = item
    if op not in (_parser.MAX_REPEAT, _parser.MIN_REPEAT) or av[0] != 0:
        return False
    body = list(av[2].data)
    return body == [(_parser.IN, [(_parser.CATEGORY, _parser.CATEGORY_SPACE)])]


def _endings(items: list[tuple[Any, Any]]) -> set[str] | None:
    """Strings one of which every match of the sequence ``items`` ends with, or ``None``."""
    if not items:
        return None
    op, av = items[-1]
    if op is _parser.LITERAL and _plain(chr(av)) and not chr(av).isspace():
        run = ""
        for op_, av_ in reversed(items):
            if op_ is not _parser.LITERAL or not _plain(chr(av_)):
                break
            run = chr(av_).lower() + run
        return {run}
    if op is _parser.SUBPATTERN:
        return _endings(list(av[-1].data))
    if op is _parser.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            endings = _endings(list(branch.data))
            if endings is None:
                return None
            found |= endings
        return found
    if op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT):
        low, high, body = av
        if high == 0:
            return _endings(items[:-1])
        last = _endings(list(body.data))
        if last is None or low >= 1:
            return last
        before = _endings(items[:-1])  # repeated no time: the match ends with what precedes
        return None if before is None else last | before
    if op is _parser.IN:
        chars = _class_chars(av)
        if chars is None or any(c.isspace() for c in chars):
            return None
        return chars
    return None
