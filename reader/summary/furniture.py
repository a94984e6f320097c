"""Page furniture: the parts of a saved page that are not the article's prose.

A summary is made of the article's own sentences, so these are never summary sentences, in
any algorithm:

* **prompts** addressed to the page's reader: "Scroll down for video", "Read more: ...",
  share, follow and newsletter buttons, "Advertisement" (``data/prompts.txt``);
* **picture captions and credits**, alone or glued to prose as text copied off a page keeps
  them: a bracket pointing at a picture ("(pictured)", "(left)": ``data/caption_markers.txt``),
  the apposition ", pictured ..." or "pictured above", a credit label ("Photograph: ...",
  "Image copyright ...": ``data/credit_labels.txt``) or a picture agency's signature
  ("AFP/Getty Images");
* **bylines** ("By Jane Doe and John Roe for MailOnline": ``data/name_connectors.txt``) and
  **datelines or timestamps on their own** ("LONDON (Reuters) -", "Updated: 10:21 GMT, 3 March
  2015": ``data/dateline_words.txt``);
* **labels**: text with no word in lower case ("Daily Mail Reporter", a heading in title case,
  a results-table row), and a line of its own that does not end like a sentence (a heading,
  caption or label line).

Each rule names the general pattern it handles; the word lists are package data, loaded once.
The headline is left out by the caller (:mod:`reader.summary`), repeats by
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
_BRACKET = re.compile(r"[(\[]\s*([^)\]]{1,60})")
_LETTER = re.compile(r"[^\W\d_]")
_NUMBER = re.compile(r"^\d[\d:./,-]*(?:st|nd|rd|th|h)?$", re.IGNORECASE)
_DASHES = ("-", "–", "—", "--", "―")
_BYLINE_OPENERS = frozenset({"by", "von"})
_TIME_LABELS = frozenset({"published", "updated", "posted", "modified", "aktualisiert"})


@dataclass(frozen=True)
class _Patterns:
    # prompts, on the lower-cased sentence without edge punctuation, its words spaced evenly:
    prompt_openings: tuple[str, ...]  # those that may be followed by more (at a word boundary)
    prompt_wholes: frozenset[str]  # those that must be the whole sentence
    prompt_heads: tuple[str, ...]  # the first word of each (a sentence opening otherwise is none)
    prompt_words: int  # the most words a prompt has
    bracket: re.Pattern[str]  # on the lower-cased inside of a bracket
    credit_start: re.Pattern[str]
    credit_opening: re.Pattern[str]  # the first letter of a credit label, in any case
    credit_end: re.Pattern[str]
    dateline_words: frozenset[str]
    dateline_signals: frozenset[str]  # dateline words that alone make a dateline
    name_connectors: frozenset[str]


def _read(name: str) -> list[str]:
    folder = resources.files("reader.summary").joinpath("data")
    text = folder.joinpath(name).read_text(encoding="utf-8")
    lines = (line.strip() for line in text.splitlines())
    return [line.lower() for line in lines if line and not line.startswith("#")]


def _alternatives(entries: list[str]) -> str:
    return "|".join(re.escape(e) for e in sorted(entries, key=len, reverse=True))


def _opening_or_whole(entries: list[str], whole_tail: str) -> str:
    """An alternation of ``entries``: those ending in `` *`` may be followed by anything after
    a word boundary; the others must be followed by ``whole_tail``."""
    any_after = [e[:-2].strip() for e in entries if e.endswith(" *")]
    whole = [e for e in entries if not e.endswith(" *")]
    # "watch:" needs no boundary after its colon; "read more" must not run into "readmoreable"
    parts = [
        re.escape(e) + (r"(?![^\W\d_])" if e[-1].isalnum() else "")
        for e in sorted(any_after, key=len, reverse=True)
    ]
    if whole:
        parts.append(f"(?:{_alternatives(whole)}){whole_tail}")
    return "|".join(parts) or r"(?!)"


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    dateline = frozenset(_read("dateline_words.txt"))
    generic = {"on", "at", "of", "the", "am", "um", "last", "first"} | _TIME_LABELS
    credit_labels = _read("credit_labels.txt")
    labels = _alternatives(credit_labels)
    prompts = _read("prompts.txt")
    openings = [e[:-2].strip() for e in prompts if e.endswith(" *")]
    wholes = [e for e in prompts if not e.endswith(" *")]
    return _Patterns(
        prompt_openings=tuple(openings),
        prompt_wholes=frozenset(wholes),
        prompt_heads=tuple({e.split(" ")[0]: None for e in openings + wholes}),
        prompt_words=max(len(e.removesuffix(" *").split()) for e in prompts),
        bracket=re.compile(_opening_or_whole(_read("caption_markers.txt"), r"\s*(?:$|[,;])")),
        # "Photo: ...", "Photo by ..." (two-word labels, "Image copyright AFP", stand alone)
        credit_start=re.compile(rf"^(?:{labels})\s*(?::|by\b)", re.IGNORECASE),
        credit_opening=re.compile(
            f"[{re.escape(''.join(sorted({label[0] for label in credit_labels})))}]",
            re.IGNORECASE,
        ),
        # "... Photograph: Jane Doe/Reuters": a label, a colon and a few capitalised names
        credit_end=re.compile(
            rf"(?:^|\s)(?:{labels})\s*:\s*((?:[A-Z][\w.'’&-]*[\s/|,]*){{1,{MAX_CREDIT_WORDS}}})$",
            re.IGNORECASE,
        ),
        dateline_words=dateline,
        dateline_signals=frozenset(dateline - generic),
        name_connectors=frozenset(_read("name_connectors.txt")),
    )


def _has_multiword_label(text: str) -> bool:
    head = text.lower()
    if not head.startswith(_multiword_labels()):  # one test in C for the common case: none
        return False
    return any(
        head.startswith(label) and (len(head) == len(label) or not head[len(label)].isalpha())
        for label in _multiword_labels()
    )


@lru_cache(maxsize=1)
def _multiword_labels() -> tuple[str, ...]:
    return tuple(label for label in _read("credit_labels.txt") if " " in label)


def is_prompt(sentence: str) -> bool:
    """A prompt addressed to the page's reader ("Scroll down for video", "Read more: ...")."""
    patterns = _patterns()
    lowered = sentence.strip(_EDGE_PUNCTUATION).lower()
    if not lowered.lstrip().startswith(patterns.prompt_heads):  # most sentences: one test in C
        return False
    # Words after a prompt's own are never looked at (they may follow an opening prompt, and
    # make the sentence too long to be a whole one), so only the first few are spaced evenly.
    spaced = " ".join(lowered.split(maxsplit=patterns.prompt_words))
    if spaced in patterns.prompt_wholes:
        return True
    return any(
        # "watch:" needs no boundary after its colon; "read more" must not run into "readmoreable"
        spaced.startswith(opening)
        and not (opening[-1].isalnum() and _LETTER.match(spaced, len(opening)))
        for opening in patterns.prompt_openings
    )


def is_caption(sentence: str) -> bool:
    """A picture caption or credit, alone or glued to prose ("Neymar (left) poses ...")."""
    lowered = sentence.lower()
    if ("pictured" in lowered or "photographed" in lowered) and _PICTURED.search(sentence):
        return True
    if ("getty" in lowered or "photo" in lowered or "/" in lowered) and _AGENCY_CREDIT.search(
        sentence
    ):
        return True
    patterns = _patterns()
    if "(" in lowered or "[" in lowered:
        for match in _BRACKET.finditer(lowered):
            if patterns.bracket.match(" ".join(match.group(1).split())):
                return True
    text = sentence.strip(_EDGE_PUNCTUATION)
    if patterns.credit_opening.match(text) and (  # most sentences open otherwise
        patterns.credit_start.match(text) or _has_multiword_label(text)
    ):
        return True
    ending = patterns.credit_end.search(text) if ":" in text else None
    return ending is not None and all(w[:1].isupper() for w in ending.group(1).split())


def _tokens(sentence: str) -> list[str]:
    raw = sentence.replace("|", " ").replace("(", " ").replace(")", " ").split()
    tokens = [t.strip(",.;:'\"“”‘’") for t in raw]
    return [t for t in tokens if t]


def is_byline(sentence: str) -> bool:
    """A byline: "By Jane Doe", "By Jane Doe and John Roe for MailOnline | Published: ..."."""
    head = sentence.lstrip(_EDGE_PUNCTUATION)[:4].lower()
    if not (head.startswith("by ") or head.startswith("von ")):
        return False
    tokens = _tokens(sentence)
    if len(tokens) < 2 or len(tokens) > MAX_LABEL_TOKENS:
        return False
    connectors = _patterns().name_connectors
    names = 0
    for position, token in enumerate(tokens[1:], 1):
        if token.lower() in _TIME_LABELS:  # the rest is a timestamp
            return names > 0 and is_dateline(" ".join(tokens[position:]))
        if token[0].isupper():
            names += 1
        elif token.lower() not in connectors and token not in ("&", *_DASHES):
            return False
    return names > 0


def is_dateline(sentence: str, tokens: int | None = None) -> bool:
    """A dateline or timestamp on its own: "LONDON (Reuters) -", "Updated: 10:21 GMT, 3 March".
    ``tokens``: how many white-space separated tokens the sentence has, when already known."""
    if tokens is not None and tokens > MAX_LABEL_TOKENS:  # most sentences: no need to split
        return False
    stripped = sentence.strip()
    if len(stripped.split(maxsplit=MAX_LABEL_TOKENS)) > MAX_LABEL_TOKENS:  # (split no further)
        return False
    patterns = _patterns()
    parts = _tokens(stripped)
    if not parts:
        return False
    signal = stripped.endswith(_DASHES)
    for token in parts:
        lowered = token.lower().rstrip(".")
        if token in _DASHES:
            continue
        if (token[0].isdecimal() and _NUMBER.match(token)) or lowered in patterns.dateline_signals:
            signal = True
        elif lowered in patterns.dateline_words:
            continue
        elif token.isupper() and len(token) > 1 and token.isalpha():
            signal = True  # a place written in capitals, as datelines are
        elif not token[0].isupper():
            return False
    return signal


def is_label(sentence: str, words: Sequence[str] | None = None) -> bool:
    """Not prose: no word in lower case (a name, a heading in title case, a table row, a
    number), in a cased script. ``words``: the sentence's words when already known, or only
    the first letter of each (a string of them will do: they are all this looks at)."""
    found = tokenize_words(sentence) if words is None else words
    if any(w[0].islower() for w in found):
        return False
    return all(w[0].isupper() for w in found)  # a script without case: no opinion


def is_furniture(
    sentence: str,
    own_line: bool = False,
    words: Sequence[str] | None = None,
    tokens: int | None = None,
) -> bool:
    """Whether ``sentence`` is page furniture rather than article prose (see module doc).

    ``own_line``: the sentence is a whole line of the text; then it must also end like a
    sentence, or it is a heading, caption or label line. ``words``: its words (or their first
    letters: :func:`is_label`), if known; ``tokens``: how many white-space separated tokens it
    has, if known.
    """
    if own_line and not sentence.rstrip().endswith(SENTENCE_ENDS):
        return True
    return (
        is_label(sentence, words)
        or is_prompt(sentence)
        or is_caption(sentence)
        or is_byline(sentence)
        or is_dateline(sentence, tokens)
    )


def _own_line(text: str, start: int, end: int) -> bool:
    before = text.rfind("\n", 0, start)
    after = text.find("\n", end)
    head = text[before + 1 : start]
    tail = text[end : after if after >= 0 else len(text)]
    return not head.strip() and not tail.strip()


def furniture(
    text: str,
    spans: Sequence[Span],
    words: Sequence[Sequence[str]] | None = None,
    tokens: Sequence[int] | None = None,
) -> frozenset[int]:
    """Indices of the ``spans`` of ``text`` that are page furniture (see :func:`is_furniture`);
    ``words[i]``: the words of sentence ``i`` (or their first letters), and ``tokens[i]`` how
    many white-space separated tokens it has, when already known.

    When every sentence looks like furniture (a text of bare lines, all in capitals...), none
    is: the text is then what it is, and its summary is made of it.
    """
    found: set[int] = set()
    for i, (start, end) in enumerate(spans):
        sentence = text[start:end]
        # whether it is a line of its own matters only when it does not end like a sentence
        own_line = not sentence.rstrip().endswith(SENTENCE_ENDS) and _own_line(text, start, end)
        own_words = None if words is None else words[i]
        if is_furniture(sentence, own_line, own_words, None if tokens is None else tokens[i]):
            found.add(i)
    return frozenset() if len(found) == len(spans) else frozenset(found)
