"""Speaker labels at the start of a line: interview transcripts and headline attributions.

- A transcript has at least three lines opening with a label ("Humphrys: Isn't the truth
  ...", "SEN. AMY KLOBUCHAR: I don't think ...") and some label used twice. Each label is a
  speaker: the person of the article with that surname, or, when nobody else has it, the
  person the label names in full, with a known given name, somewhere ("MARGARET BRENNAN:"
  then "BRENNAN:"; never "AP Photo:" or "Getty Images:").
- A headline opening with a role noun ("Klimaforscherin: Der Sommer war kein Ausreißer.",
  'Landeshauptmann: "Jetzt wird ..."') gives its quotation, or its first sentence, to the one
  person of the article described with that role.
- Outside transcripts, a label followed by a quotation ("Howard: 'Voters want action'",
  "Acme's Altman: 'We will not slow down'") attributes it to the article's person of that
  surname; it never creates a person.

Titles and honorifics are dropped from a label ("SEN.", "Dr"); so is a possessor before the
name ("Acme's"). Labels inside quotations are ignored.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.result import Span, Statement
from reader.speakers.lexicon import HONORIFICS, TITLES
from reader.speakers.names import first_name_gender
from reader.speakers.roles import role_of
from reader.speakers.text import Index

if TYPE_CHECKING:
    from reader.speakers.people import People

_LABEL = re.compile(
    r"^[ \t]*((?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][\w'’.-]*)[ \t]*:[ \t]+(\S[^\n]*)", re.MULTILINE
)
_WORD = re.compile(r"[A-Za-zÀ-ÿ][\w'’.-]*")
_QUOTE_OPENERS = "'‘“\""
_MIN_TRANSCRIPT_LINES = 3
_MAX_LABEL_WORDS = 3  # name words left after titles: "Amy Klobuchar", "Stephen A. Smith"


@dataclass(frozen=True)
class Label:
    """One labelled line: the name words (titles dropped) and what follows the colon."""

    name: Span  # the name part of the label
    words: tuple[str, ...]  # its words, as written
    content: Span  # the text after the colon, to the end of the line

    @property
    def surname(self) -> str:
        return self.words[-1].strip(".").lower()


def _label_lines(text: str) -> Iterator[re.Match[str]]:
    """What ``_LABEL.finditer(text)`` finds: a label's match, which stays on its line, tried
    at each line start only (a search would try the pattern at every offset)."""
    start = 0
    while start >= 0:
        match = _LABEL.match(text, start)
        if match is not None:
            yield match
        start = text.find("\n", start)
        start = start + 1 if start >= 0 else -1


def find_labels(index: Index) -> list[Label]:
    """Every line that opens with "Name:" and some text, outside quotations."""
    text = index.text
    found = []
    for match in _label_lines(text):
        start = match.start(1)
        if index.quote_at(start) is not None:
            continue
        name = _name_part(text, start, match.end(1))
        if name is None:
            continue
        span, words = name
        content = (match.start(2), match.end(2))
        found.append(Label(span, words, (content[0], content[1] - _trailing(text, *content))))
    return found


def _trailing(text: str, start: int, end: int) -> int:
    """Trailing white space in ``text[start:end]``."""
    return len(text[start:end]) - len(text[start:end].rstrip())


def _name_part(text: str, start: int, end: int) -> tuple[Span, tuple[str, ...]] | None:
    """The label's name words after any titles, honorifics and possessor."""
    tokens = [(m.start() + start, m.end() + start) for m in _WORD.finditer(text[start:end])]
    k = 0
    for i, (a, b) in enumerate(tokens):
        if text[a:b].endswith(("'s", "’s", "'S", "’S")):
            k = i + 1  # "Acme's Altman": the possessor is no part of the name
    while k < len(tokens):
        low = text[tokens[k][0] : tokens[k][1]].strip(".").lower()
        if low not in TITLES and low not in HONORIFICS:
            break
        k += 1
    rest = tokens[k:]
    if not rest or len(rest) > _MAX_LABEL_WORDS:
        return None
    words = tuple(text[a:b] for a, b in rest)
    if not all(w[0].isupper() for w in words) or len(words[-1].strip(".")) < 2:
        return None
    return (rest[0][0], rest[-1][1]), words


def is_transcript(labels: list[Label]) -> bool:
    """Three labelled lines or more, and some surname labelling two of them."""
    if len(labels) < _MIN_TRANSCRIPT_LINES:
        return False
    surnames = [label.surname for label in labels]
    return any(surnames.count(s) > 1 for s in set(surnames))


def quoted_after(text: str, label: Label) -> bool:
    """True when the labelled line's text opens with a quotation mark."""
    return text[label.content[0]] in _QUOTE_OPENERS


def attribute_labels(
    text: str, labels: list[Label], surnames: dict[str, int]
) -> tuple[dict[int, list[Label]], dict[str, list[Label]]]:
    """Labels by known person (``surnames``: lower-case surname -> person, unambiguous ones
    only), and the transcript labels of people named only in labels, by surname."""
    transcript = is_transcript(labels)
    known: dict[int, list[Label]] = {}
    new: dict[str, list[Label]] = {}
    for label in labels:
        p = surnames.get(label.surname)
        if p is not None and (transcript or quoted_after(text, label)):
            known.setdefault(p, []).append(label)
        elif p is None and transcript:
            new.setdefault(label.surname, []).append(label)
    # someone named only in labels needs a full name opening with a known given name in one of
    # them ("MARGARET BRENNAN:"; not "AP Photo:", "Getty Images:", "Related Coverage:")
    new = {s: ls for s, ls in new.items() if any(_full_name(x) for x in ls)}
    return known, new


def _full_name(label: Label) -> bool:
    """Two or more words, the first a known given name."""
    return len(label.words) > 1 and first_name_gender(label.words[0].title()) is not None


def label_name(labels: list[Label]) -> str:
    """The fullest label's name, capitalised as a name when written in capitals."""
    words = max(labels, key=lambda x: len(x.words)).words
    name = " ".join(words)
    return name.title() if name.isupper() else name


def headline_role_statements(
    index: Index, labels: list[Label], found: People
) -> list[tuple[int, Statement]]:
    """The statement of a headline labelled with a role noun ("Klimaforscherin: ..."), given to
    the only person of the article described with that role; none otherwise."""
    if not labels or index.text[: labels[0].name[0]].strip() or len(labels[0].words) != 1:
        return []
    label = labels[0]
    role = role_of(label.words[0])
    if role is None:
        return []
    people = {
        found.owner[i]
        for i, m in enumerate(found.mentions)
        if found.owner[i] >= 0 and role in m.roles
    }
    if len(people) != 1:
        return []
    start = label.content[0]
    quote = index.quote_at(start) if index.text[start] in _QUOTE_OPENERS else None
    if quote is not None:
        span = quote
    else:
        end = min(label.content[1], index.sentences[index.sentence_of(start)][1])
        span = (start, start + len(index.text[start:end].rstrip()))
    return [(people.pop(), Statement(span, "direct", None, label.name))]
