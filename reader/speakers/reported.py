"""Where an attribution's words are: the side of its sentence that holds what was said.

"Kirby said that the US would respond" reports "the US would respond" (after the verb, "that"
and the listener of "told CNN" skipped); "Washington wants no war, said Singh" and "the talks
failed, according to Kirby" report what comes before the speaker; "According to Kirby, the
talks failed" what follows it. A side that opens with a quotation is direct speech (its
quotations are the statements); otherwise it is a reported clause, quoted words inside it
included. The side ends where another attribution of the sentence begins ("..., adding that").
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.result import Span
from reader.speakers.attribution import Attribution
from reader.speakers.lexicon import LISTENERS, words
from reader.speakers.text import OPEN_QUOTES, Index

_TRIM = " \t,:;.\"“”'‘’«»„—–-\r\n"
_OPENERS = OPEN_QUOTES + "\"'"
_QUOTE_MARKS = '"“”«»„'
_TELL = words("told tell tells telling assured assure assures warned warns urged reminded")
_THAT = words("that dass")
_MIN_SIDE_WORDS = 3  # a side shorter than this reports nothing ("Kirby said." / "Yes, said Ann")
_LISTENER_WORDS = 6  # words of "the BBC's Sunday programme" after "told"
_MIN_CLAUSE_CHARS = 4


@dataclass(frozen=True)
class Side:
    """The part of a sentence an attribution reports, and whether it opens with a quotation."""

    span: Span
    direct: bool


def reported_side(index: Index, a: Attribution, sentence: Span, limits: Span) -> Side | None:
    """The reported side of ``a`` within ``sentence``, kept inside ``limits`` (the neighbouring
    attributions' cues of the same sentence); None when there is nothing to report."""
    text = index.text
    subject_end = a.subject_end if a.subject_end >= 0 else a.subject_start + len(a.word)
    core_start = min(a.subject_start, a.verb_start)
    core_end = max(subject_end, a.verb_end)
    start, end = max(sentence[0], limits[0]), min(sentence[1], limits[1])
    before = (start, _before_appositive(text, start, core_start))
    after = (_after_listener(index, a, core_end), end)
    words_before = len(text[before[0] : before[1]].split())
    words_after = len(text[after[0] : after[1]].split())
    if a.verb_start < a.subject_start:  # "..., said Singh." / "According to Okafor, ..."
        chosen = before if words_before >= _MIN_SIDE_WORDS else after
    else:  # "Kirby said that ..." / "..., Kirby said."
        chosen = after if words_after > _MIN_SIDE_WORDS or words_before <= 3 else before
    return _trimmed(text, chosen)


def _before_appositive(text: str, start: int, core_start: int) -> int:
    """End of the before side: at the comma before the speaker's role words ("..., city
    schools superintendent Chuck Ledbetter announced"), else the speaker itself."""
    comma = text.rfind(",", start, core_start)
    if comma >= 0 and len(text[comma:core_start].split()) <= _LISTENER_WORDS:
        return comma
    return core_start


def _after_listener(index: Index, a: Attribution, core_end: int) -> int:
    """Start of the after side: past "that" and past the listener of "told" ("told CNN",
    "told the BBC's Sunday programme", "told reporters that")."""
    tokens = index.tokens
    k = index.token_at(core_end)
    verb = tokens[index.token_at(a.verb_start)].lower if a.verb_start < len(index.text) else ""
    if verb in _TELL:
        k = _past_listener(index, k)
    while k < len(tokens) and tokens[k].text in ",:":
        k += 1
    if k < len(tokens) and tokens[k].lower in _THAT:
        k += 1
    return tokens[k].start if k < len(tokens) else len(index.text)


def _past_listener(index: Index, k: int) -> int:
    """Past the listener after "told": "that" within a few words ends it; otherwise capitalised
    words, determiners, possessives and listener nouns ("reporters", "the broadcaster NOS")."""
    tokens = index.tokens
    for j in range(k, min(len(tokens), k + _LISTENER_WORDS + 1)):
        if tokens[j].lower in _THAT:
            return j
        if tokens[j].text in ".;:" or tokens[j].text in _OPENERS:
            break
    j = k
    while j < len(tokens) and j - k < _LISTENER_WORDS:
        t = tokens[j]
        if not (
            (t.is_word and t.is_capitalised)
            or t.lower in ("the", "a", "an", "his", "her", "their", "'s", "’s")
            or t.lower in LISTENERS
        ):
            break
        j += 1
    return j


def _trimmed(text: str, span: Span) -> Side | None:
    """The side without the punctuation and "that" around it; quotation marks stay when the
    clause holds both of a pair ('... was already "dangerous at rush hour"')."""
    s, e = span
    while s < e and text[s] in _TRIM and text[s] not in _OPENERS:
        s += 1
    direct = s < e and text[s] in _OPENERS
    while s < e and text[s] in _TRIM:
        s += 1
    if text[s : s + 5].lower() == "that ":
        s += 5
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    while e < span[1] and text[e] in _QUOTE_MARKS and _marks(text, s, e) % 2:
        e += 1  # give a quoted ending its closing mark back
    if e - s < _MIN_CLAUSE_CHARS:
        return None
    return Side((s, e), direct)


def _marks(text: str, start: int, end: int) -> int:
    return sum(text.count(mark, start, end) for mark in _QUOTE_MARKS)
