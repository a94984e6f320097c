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
except "ı" (matches "i"), "ſ" (matches "s") and "İ" (matches "i", but lower-cases to "i" and
a combining dot) under ``re.IGNORECASE``; a line holding any of them is searched with every
expression.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Callable
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
        if "ı" in text or "ſ" in text or "İ" in text:  # letters lower() does not fold as re
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


#: White space ``\\s`` matches among ASCII characters (``str.isspace``).
ASCII_SPACE = "".join(c for c in map(chr, range(128)) if c.isspace())


class AtStart:
    """Whether one of some alternative expressions matches at a line's start, after an optional
    ``prefix`` (white space, a bullet, a bracket): what ``re.match(prefix + "(?:" +
    "|".join(alternatives) + ")", line, flags)`` says, sooner.

    Most such expressions open with a word ("listen", "sign up", "reporting by"), and a line
    can match them only if it opens with one of those words after the characters the prefix
    takes (one test of its start, in C); the rest are searched only in lines that hold what
    their matches need (:func:`needed`). ``skip`` holds every ASCII character ``prefix`` may
    take (it may take non-ASCII ones too: a line whose first character after ``skip``'s is
    not ASCII is matched with the joined expression, as is one with a letter that lower() does
    not fold as ``re`` does, see the module doc and "İ")."""

    def __init__(self, prefix: str, skip: str, alternatives: list[str], flags: int = 0) -> None:
        joined = "|".join(f"(?:{a})" for a in alternatives)
        self.pattern = re.compile(f"{prefix}(?:{joined})", flags)
        self.skip = skip
        starting: list[str] = []
        starts: set[str] = set()
        others: list[str] = []
        for alternative in alternatives:
            found = first_strings(alternative, flags)
            if found is None or any(s[0] in skip for s in found):
                others.append(alternative)  # it may open with what the prefix takes
            else:
                starting.append(alternative)
                starts |= found
        # the opening strings by their first character (one test of a few strings a line)
        by_first: dict[str, list[str]] = {}
        for opening in sorted(starts):
            by_first.setdefault(opening[0], []).append(opening)
        self.starts = {first: tuple(found) for first, found in by_first.items()}
        self.starting = (
            re.compile(prefix + "(?:" + "|".join(f"(?:{a})" for a in starting) + ")", flags)
            if starting
            else None
        )
        self.others = [
            (needed(f"{prefix}(?:{a})", flags), re.compile(f"{prefix}(?:{a})", flags))
            for a in others
        ]

    def match(self, text: str) -> bool:
        """Whether one of the expressions matches at the start of ``text``."""
        if "ı" in text or "ſ" in text or "İ" in text:  # letters lower() does not fold as re
            return self.pattern.match(text) is not None
        start = len(text) - len(text.lstrip(self.skip))
        if start < len(text) and not text[start].isascii():
            return self.pattern.match(text) is not None  # the prefix may take it
        lowered = text.lower()  # as long as the text: no "İ" in it
        # an alternative opening with a word opens where the prefix's characters end
        starts = self.starts.get(lowered[start : start + 1])
        if (
            starts is not None
            and lowered.startswith(starts, start)
            and self.starting is not None
            and self.starting.match(text) is not None
        ):
            return True
        if not self.others:
            return False
        ending = lowered.rstrip()
        return any(
            needs.allow(lowered, ending) and pattern.match(text) is not None
            for needs, pattern in self.others
        )


def first_strings(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Lower-case strings one of which every match of ``pattern`` opens with (``None`` when
    that is not known): those of its first group or run of literal characters, "(listen|watch)
    to" -> {"listen", "watch"}, "reporting by" -> {"reporting by"}."""
    try:
        found = _starts(list(_parser.parse(pattern, flags).data))
    except Exception:  # an expression the analysis does not know
        return None
    return frozenset(found) if found and all(found) else None


def _of_every_branch(
    branches: list[Any], strings: Callable[[list[Any]], set[str] | None]
) -> set[str] | None:
    """The ``strings`` of an alternation: those of each branch together, ``None`` when one
    branch has none (it could match without any of them)."""
    found: set[str] = set()
    for branch in branches:
        more = strings(list(branch.data))
        if more is None:
            return None
        found |= more
    return found


def _starts(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The strings one of which every match of the sequence ``items`` opens with, or ``None``."""
    if not items:
        return None
    op, av = items[0]
    if op is _parser.AT:  # an anchor or a word boundary takes no character
        return _starts(items[1:])
    if op is _parser.LITERAL and _plain(chr(av)):
        run = ""
        for op_, av_ in items:
            if op_ is not _parser.LITERAL or not _plain(chr(av_)):
                break
            run += chr(av_).lower()
        return {run}
    if op is _parser.SUBPATTERN:
        return _starts(list(av[-1].data))
    if op is _parser.BRANCH:
        return _of_every_branch(av[1], _starts)
    if op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT):
        low, _, body = av
        opens = _starts(list(body.data))
        if opens is None or low >= 1:
            return opens
        after = _starts(items[1:])  # repeated no time: the match opens with what follows
        return None if after is None else opens | after
    if op is _parser.IN:
        chars = _class_chars(av)
        return chars or None
    return None


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
        return _of_every_branch(av[1], _endings)
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
