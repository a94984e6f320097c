"""Page furniture: the parts of a saved page that are not the article's prose.

A summary is made of the article's own sentences, so these are never summary sentences, in
any algorithm: prompts addressed to the page's reader ("Scroll down for video", "Read more",
share and follow buttons), picture captions and credits, bylines, datelines and timestamps on
their own, and lines that are labels or headings rather than sentences. Each rule names the
general pattern it handles; the word lists are package data (``data/*.txt``), loaded once.

The rules look at one sentence at a time (plus whether it stands alone on its line); the
headline is left out by the caller (:mod:`reader.summary`), repeats by
:mod:`reader.summary.prepared`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from reader.result import Span
from reader.summary.tokenizer import words as tokenize_words

#: What a sentence must end with to read as prose when it is a line of its own (closing quotes
#: and brackets count: a paragraph may end inside a quotation).
SENTENCE_ENDS = tuple(".!?…\"'”’»)。！？")
#: A byline, dateline or timestamp is short; longer text is prose that happens to start alike.
MAX_LABEL_TOKENS = 14
#: Words a picture credit after its label may run to ("Photograph: Jane Doe/Reuters").
MAX_CREDIT_WORDS = 6

_EDGE_PUNCTUATION = " \t\"'“”‘’«»()[]{}*•·▶►»>|-–—:;,.!?"
# The comma-apposition and position forms of "pictured" in captions glued to prose:
# "King, pictured with Clinton in 2008, helped ...", "Bill, pictured above, said ...".
_PICTURED = re.compile(
    r",\s*(?:pictured|photographed)\b|\b(?:pictured|photographed)\s+(?:above|below|left|right"
    r"|here|top|bottom|centre|center)\b",
    re.IGNORECASE,
)
# A picture agency's signature inside a caption: "(AP Photo/Evan Vucci)", "AFP/Getty Images".
_AGENCY_CREDIT = re.compile(
    r"\bgetty\s+images\b|\bap\s+photo\b|/(?:getty|afp|reuters|ap|epa|dpa)\b", re.IGNORECASE
)
_NUMBER = re.compile(r"^\d[\d:./,-]*(?:st|nd|rd|th|h)?$", re.IGNORECASE)
_DASHES = ("-", "–", "—", "--", "―")
_BYLINE_OPENERS = frozenset({"by", "von"})
_NAME_CONNECTORS = frozenset(
    {
        "and",
        "for",
        "of",
        "the",
        "de",
        "van",
        "von",
        "der",
        "den",
        "al",
        "el",
        "la",
        "le",
        "di",
        "da",
        "dos",
        "du",
        "und",
        "in",
    }
)
_TIME_LABELS = frozenset({"published", "updated", "posted", "modified", "aktualisiert"})


@dataclass(frozen=True)
class _Lists:
    prompt_openings: tuple[str, ...]
    prompt_lines: frozenset[str]
    bracket_words: tuple[str, ...]  # close the bracket or are followed by a comma
    bracket_openings: tuple[str, ...]  # may be followed by any words
    credit_labels: tuple[str, ...]
    dateline_words: frozenset[str]
    dateline_signals: frozenset[str]  # dateline words that alone make a dateline


def _read(name: str) -> list[str]:
    text = (
        resources.files("reader.summary")
        .joinpath("data")
        .joinpath(name)
        .read_text(encoding="utf-8")
    )
    lines = (line.strip() for line in text.splitlines())
    return [line.lower() for line in lines if line and not line.startswith("#")]


def _split_any(entries: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Entries ending in `` *`` (any words may follow) apart from whole entries."""
    openings = tuple(e[:-2].strip() for e in entries if e.endswith(" *"))
    whole = tuple(e for e in entries if not e.endswith(" *"))
    return openings, whole


@lru_cache(maxsize=1)
def _lists() -> _Lists:
    prompt_openings, prompt_lines = _split_any(_read("prompts.txt"))
    bracket_openings, bracket_words = _split_any(_read("caption_markers.txt"))
    dateline = frozenset(_read("dateline_words.txt"))
    generic = {"on", "at", "of", "the", "am", "um"} | _TIME_LABELS | {"last", "first"}
    return _Lists(
        prompt_openings=prompt_openings,
        prompt_lines=frozenset(prompt_lines),
        bracket_words=bracket_words,
        bracket_openings=bracket_openings,
        credit_labels=tuple(sorted(_read("credit_labels.txt"), key=len, reverse=True)),
        dateline_words=dateline,
        dateline_signals=frozenset(dateline - generic),
    )


def _starts_with(text: str, opening: str) -> bool:
    """``text`` begins with ``opening`` followed by a non-letter (or nothing)."""
    if not text.startswith(opening):
        return False
    rest = text[len(opening) :]
    return not rest or not rest[0].isalpha() or not opening[-1].isalpha()


def is_prompt(sentence: str) -> bool:
    """A prompt addressed to the page's reader ("Scroll down for video", "Read more: ...")."""
    lists = _lists()
    text = sentence.strip(_EDGE_PUNCTUATION).lower()
    if " ".join(text.split()) in lists.prompt_lines:
        return True
    return any(_starts_with(text, opening) for opening in lists.prompt_openings)


def is_caption(sentence: str) -> bool:
    """A picture caption or credit, alone or glued to prose ("Neymar (left) poses ...")."""
    lists = _lists()
    if _PICTURED.search(sentence) or _AGENCY_CREDIT.search(sentence):
        return True
    lowered = sentence.lower()
    for match in re.finditer(r"[(\[]\s*([^)\]]{1,60})", lowered):
        inside = " ".join(match.group(1).split())
        if any(_starts_with(inside, w) for w in lists.bracket_openings):
            return True
        for word in lists.bracket_words:
            rest = inside[len(word) :] if inside.startswith(word) else None
            if rest is not None and (not rest or rest[0] in ",;"):
                return True
    return _is_credit(sentence.strip(_EDGE_PUNCTUATION))


def _is_credit(text: str) -> bool:
    lowered = text.lower()
    for label in _lists().credit_labels:
        if _starts_with(lowered, label):
            after = lowered[len(label) :].lstrip()
            # "Photo: ...", "Photo by ...", and two-word labels ("Image copyright AFP")
            if after.startswith(":") or after.startswith("by ") or " " in label:
                return True
        # a credit closing the sentence: "... Photograph: Jane Doe/Reuters"
        at = lowered.rfind(f" {label}:")
        if at >= 0:
            credit = text[at + len(label) + 2 :].replace("/", " ").split()
            if 0 < len(credit) <= MAX_CREDIT_WORDS and all(w[:1].isupper() for w in credit):
                return True
    return False


def _tokens(sentence: str) -> list[str]:
    raw = sentence.replace("|", " ").replace("(", " ").replace(")", " ").split()
    tokens = [t.strip(",.;:'\"“”‘’") for t in raw]
    return [t for t in tokens if t]


def is_byline(sentence: str) -> bool:
    """A byline: "By Jane Doe", "By Jane Doe and John Roe for MailOnline | Published: ..."."""
    tokens = _tokens(sentence)
    if len(tokens) < 2 or tokens[0].lower() not in _BYLINE_OPENERS:
        return False
    if len(tokens) > MAX_LABEL_TOKENS:
        return False
    names = 0
    for position, token in enumerate(tokens[1:], 1):
        if token.lower() in _TIME_LABELS:  # the rest is a timestamp
            return names > 0 and is_dateline(" ".join(tokens[position:]))
        if token[0].isupper():
            names += 1
        elif token.lower() not in _NAME_CONNECTORS and token not in ("&", *_DASHES):
            return False
    return names > 0


def is_dateline(sentence: str) -> bool:
    """A dateline or timestamp on its own: "LONDON (Reuters) -", "Updated: 10:21 GMT, 3 March"."""
    lists = _lists()
    stripped = sentence.strip()
    tokens = _tokens(stripped)
    if not tokens or len(tokens) > MAX_LABEL_TOKENS:
        return False
    signal = stripped.endswith(_DASHES)
    for token in tokens:
        lowered = token.lower().rstrip(".")
        if token in _DASHES:
            continue
        if _NUMBER.match(token) or lowered in lists.dateline_signals:
            signal = True
        elif lowered in lists.dateline_words:
            continue
        elif token.isupper() and len(token) > 1 and token.isalpha():
            signal = True  # a place written in capitals, as datelines are
        elif not token[0].isupper():
            return False
    return signal


def is_label(sentence: str) -> bool:
    """Not prose: no word in lower case (a name, a heading in title case, a table row, a
    number), in a cased script. "Daily Mail Reporter.", "Lewis Hamilton (Britain) Mercedes 1:35"."""
    words = tokenize_words(sentence)
    cased = [w for w in words if w[0].isupper() or w[0].islower()]
    if len(cased) < len(words):  # a script without case (Chinese, Arabic...): no opinion
        return False
    return not any(w[0].islower() for w in words)


def is_furniture(sentence: str, own_line: bool = False) -> bool:
    """Whether ``sentence`` is page furniture rather than article prose (see module doc).

    ``own_line``: the sentence is a whole line of the text; then it must also end like a
    sentence, or it is a heading, caption or label line.
    """
    if own_line and not sentence.rstrip().endswith(SENTENCE_ENDS):
        return True
    return (
        is_prompt(sentence)
        or is_caption(sentence)
        or is_byline(sentence)
        or is_dateline(sentence)
        or is_label(sentence)
    )


def _own_line(text: str, start: int, end: int) -> bool:
    before = text.rfind("\n", 0, start)
    after = text.find("\n", end)
    head = text[before + 1 : start]
    tail = text[end : after if after >= 0 else len(text)]
    return not head.strip() and not tail.strip()


def furniture(text: str, spans: Sequence[Span]) -> frozenset[int]:
    """Indices of the ``spans`` of ``text`` that are page furniture (see :func:`is_furniture`).

    When every sentence looks like furniture (a text of bare lines, all in capitals...), none
    is: the text is then what it is, and its summary is made of it.
    """
    found = frozenset(
        i
        for i, (start, end) in enumerate(spans)
        if is_furniture(text[start:end], _own_line(text, start, end))
    )
    return frozenset() if len(found) == len(spans) else found
