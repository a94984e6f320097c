"""Speech verbs used for something other than a statement.

"Morrison testified before the committee on Tuesday" names an occasion, not what was said
(:func:`occasion_only`).

"Nunez added a second goal" (a thing added), "wrote a novel" (authorship), and a reporter's
credit line ("Jane Doe reported from Kyiv", "wrote this story", "this article was written by
Jane Doe") name nobody who said anything.
"""

from __future__ import annotations

from reader.result import Span
from reader.speakers.lexicon import (
    AUXILIARIES,
    OBJECT_STARTERS,
    REPORTED_WHERE,
    WRITTEN_WORKS,
    word_set,
    words,
)
from reader.speakers.text import Index, Token
from reader.speakers.verbs import SPEECH_FORMS


def adds_a_thing(tokens: list[Token], v: int) -> bool:
    """ "Nunez added a second goal": "add" with an object is no speech."""
    if tokens[v].lower not in ("add", "adds", "added", "adding"):
        return False
    nxt = tokens[v + 1] if v + 1 < len(tokens) else None
    return nxt is not None and (nxt.lower in OBJECT_STARTERS or nxt.text.isdigit())


_OBJECT_PRONOUNS = words("him her them me us")
_WRITES_WHAT = words("this these for about")  # "wrote this story", "writes about energy"


def is_journalism(tokens: list[Token], v: int) -> bool:
    """A reporter's credit line, not a statement: "Jane Doe reported from Kyiv", "wrote this
    story", "writes about energy markets", "this article was written by Jane Doe"; also
    "reported to him" (a line of command)."""
    low = tokens[v].lower
    nxt = tokens[v + 1].lower if v + 1 < len(tokens) else ""
    if low in ("report", "reports", "reported", "reporting"):
        after = tokens[v + 2].lower if v + 2 < len(tokens) else ""
        # "Vindman reported to him": who someone works for, not what they said
        return nxt in REPORTED_WHERE or (nxt == "to" and after in _OBJECT_PRONOUNS)
    if low in ("write", "writes", "wrote", "written", "writing"):
        if nxt in _WRITES_WHAT and not (low == "wrote" and nxt == "about"):
            return True
        if nxt == "by":
            return any(t.lower in WRITTEN_WORKS for t in tokens[max(0, v - 4) : v])
    return False


def writes_a_work(tokens: list[Token], v: int) -> bool:
    """ "wrote the musical", "wrote a novel": "write" with an object is authorship."""
    if tokens[v].lower not in ("write", "writes", "wrote", "written"):
        return False
    nxt = tokens[v + 1] if v + 1 < len(tokens) else None
    return nxt is not None and nxt.lower in OBJECT_STARTERS


_SUBJECT_PRONOUNS = word_set("subject-pronouns")
_OCCASION_VERBS = word_set("occasion-verbs")  # "testified", "spoke"
_CLAUSE_REACH = 4  # words from a clause's start to its auxiliary: "Vindman had", "the US would"


def occasion_only(index: Index, cue: Span, side: Span) -> bool:
    """ "testified side-by-side before the harbour committee on Monday about the
    closures": a verb of an occasion of speaking (``occasion-verbs.txt``) followed by places,
    times, manner and topic reports nothing. A clause after it does: after "that", opening
    with a subject pronoun ("testified he was"), or with an auxiliary within a few words
    ("testified the pilot had become tired")."""
    tokens = index.tokens
    v = index.token_at(cue[0])
    if SPEECH_FORMS.get(tokens[v].lower) not in _OCCASION_VERBS or side[0] < cue[1]:
        return False
    if any(t.lower == "that" for t in tokens[v + 1 : index.token_at(side[0])]):
        return False
    first = index.token_at(side[0])
    if first >= len(tokens) or tokens[first].lower in _SUBJECT_PRONOUNS:
        return False
    ahead = tokens[first + 1 : first + 1 + _CLAUSE_REACH]
    return not any(t.lower in AUXILIARIES for t in ahead if t.start < side[1])
