"""What each speaker said: statements built from the attributions, sentence by sentence.

In a sentence with attributions, each attribution's reported side (:mod:`.reported`) is either
a reported clause (an ``indirect`` statement) or opens with a quotation; the sentence's
quotations outside every reported clause are ``direct`` statements of the nearest attribution
(a quotation split by "he said" gives two). Sentences that follow, with no attribution of their
own, continue the last speaker while they are quotations: the rest of the paragraph
('..." she said. "We won\'t."'), then whole paragraphs made only of quotations.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from reader.result import Span, Statement
from reader.speakers.attribution import Attribution
from reader.speakers.german_leads import (
    appositive_head,
    colon_clause,
    exchange_after,
    quotation_after,
)
from reader.speakers.german_mood import FIRST_PERSON as _FIRST_PERSON
from reader.speakers.german_mood import subjunctive_at
from reader.speakers.lexicon import word_map
from reader.speakers.nonspeech import occasion_only
from reader.speakers.reported import reported_side
from reader.speakers.text import OPEN_QUOTES, Index
from reader.speakers.verbs import is_speech_verb

_OPENERS = OPEN_QUOTES + "\"'"
_CONTENT_PREPOSITIONS = frozenset(word_map("german-content-prepositions").values())
_REPORTED_SENTENCES = 8  # German reported speech runs on for at most this many sentences
_REPORTER_SENTENCES = 1  # sentences of the reporter's own it may run on past
_CONJUNCTION = re.compile(r"\s(?:and|but)\s")


@dataclass(frozen=True)
class Claim:
    """An attribution and who it names: a person (``speaker`` >= 0) or an unnamed source
    (a negative number of its own)."""

    attribution: Attribution
    speaker: int

    @property
    def cue(self) -> Span:
        return (self.attribution.verb_start, self.attribution.verb_end)

    @property
    def subject(self) -> Span:
        a = self.attribution
        end = a.subject_end if a.subject_end >= 0 else a.subject_start + len(a.word)
        return (a.subject_start, end)


def build_statements(
    index: Index,
    claims: list[Claim],
    blocked: Collection[int] = (),
    language: str = "en",
    openers: Mapping[int, int] | None = None,
    leads: Mapping[int, tuple[int, Span, Span]] | None = None,
) -> dict[int, list[Statement]]:
    """Statements by speaker, each list in text order without repeats; no quotation goes on
    into a ``blocked`` sentence (one whose attribution named nobody), and German reported
    speech not into a sentence that ``openers`` (sentence -> person) says opens with another
    person's name. German reported speech also runs on from the ``leads`` (sentence ->
    person, cue, subject; :mod:`.german_leads`) as from an attribution."""
    by_sentence: dict[int, list[Claim]] = {}
    for claim in claims:
        by_sentence.setdefault(index.sentence_of(claim.cue[0]), []).append(claim)
    claimed = set(by_sentence) | set(blocked)
    found: dict[int, dict[Span, Statement]] = {}
    for s in sorted(by_sentence):
        last = None
        for speaker, statement in _sentence_statements(index, s, by_sentence[s]):
            found.setdefault(speaker, {}).setdefault(statement.span, statement)
            last = (speaker, statement)
        if last is None and language == "de":
            # "Eichel warnte vor steigenden Preisen. Die Inflation sei zu hoch.": the claim
            # says nothing itself, but the subjunctive after it is what the speaker said
            claim = by_sentence[s][-1]
            last = (claim.speaker, Statement(claim.cue, "indirect", claim.cue, claim.subject))
        if last is None:
            continue
        speaker, statement = last
        for span in _continuations(index, s, claimed):
            follow = Statement(span, "direct", statement.cue, statement.subject)
            found.setdefault(speaker, {}).setdefault(span, follow)
        if language == "de":
            for span in _reported_on(index, s, _Stops(claimed, openers or {}, speaker)):
                follow = Statement(span, "indirect", statement.cue, statement.subject)
                found.setdefault(speaker, {}).setdefault(span, follow)
    if language == "de":
        _run_on_from_leads(index, leads or {}, claimed, openers or {}, found)
        found = {
            p: {k: _german_kind(index, st) for k, st in sts.items()} for p, sts in found.items()
        }
    return {p: sorted(st.values(), key=lambda x: x.span) for p, st in found.items()}


class _Stops:
    """The sentences German reported speech of ``speaker`` does not run on into: those with
    an attribution (``claimed``) and those opening with another person's name (``openers``),
    looked up without building a set for each speaker (the text may have thousands)."""

    def __init__(self, claimed: set[int], openers: Mapping[int, int], speaker: int) -> None:
        self.claimed, self.openers, self.speaker = claimed, openers, speaker

    def __contains__(self, t: object) -> bool:
        if t in self.claimed:
            return True
        opener = self.openers.get(t) if isinstance(t, int) else None
        return opener is not None and opener != self.speaker


def _run_on_from_leads(
    index: Index,
    leads: Mapping[int, tuple[int, Span, Span]],
    claimed: set[int],
    openers: Mapping[int, int],
    found: dict[int, dict[Span, Statement]],
) -> None:
    """Add to ``found`` the reported speech that runs on from each lead sentence that is
    no part of a statement found already."""
    taken = sorted(span for sts in found.values() for span in sts)
    reach = list(itertools.accumulate((end for _, end in taken), max))
    for s in sorted(leads):
        speaker, cue, subject = leads[s]
        if _overlaps(taken, reach, index.sentences[s]):
            continue  # the sentence is someone's statement itself
        colon = colon_clause(index, s, cue)
        if colon is not None and not _overlaps(taken, reach, colon):
            found.setdefault(speaker, {})[colon] = Statement(colon, "indirect", cue, subject)
        quote = quotation_after(index, s, claimed)
        if quote is not None and not _overlaps(taken, reach, quote):
            found.setdefault(speaker, {})[quote] = Statement(quote, "direct", cue, subject)
            continue
        exchange = exchange_after(index, s, claimed)
        if exchange is not None and not _overlaps(taken, reach, exchange):
            found.setdefault(speaker, {})[exchange] = Statement(exchange, "direct", cue, subject)
            continue
        spans = _reported_on(index, s, _Stops(claimed, openers, speaker))
        if not spans or not _reported_speech(index, spans[0]):
            continue  # "Es wäre das erste Mal, …": a hypothesis of the writer's own
        for span in spans:
            if _has_speech_verb(index, span):
                break  # "Wie LEquipe anmerkte, sei …": someone else's
            if not _overlaps(taken, reach, span):
                follow = Statement(span, "indirect", cue, subject)
                found.setdefault(speaker, {}).setdefault(span, follow)


def _reported_speech(index: Index, span: Span) -> bool:
    """A sentence in the present subjunctive ("sei", "habe"; not the "wäre" of a writer's
    own hypothesis) or in the first person: speech, whoever said it."""
    if _first_person(index, span):
        return True
    return any(subjunctive_at(index.tokens, k, True) for k in _token_range(index, span))


def _overlaps(spans: list[Span], reach: list[int], span: Span) -> bool:
    """Whether ``span`` overlaps one of the sorted ``spans`` (``reach[k]``: the furthest end
    of ``spans[: k + 1]``)."""
    k = bisect.bisect_left(spans, (span[1], span[1]))
    return k > 0 and reach[k - 1] > span[0]


def _reported_on(index: Index, s: int, claimed: Collection[int] | _Stops) -> list[Span]:
    """German reported speech going on after sentence ``s``: the following sentences in the
    subjunctive ("Er habe die Frau zwar wahrgenommen ...") or, quotation marks lost, in the
    first person ("Wir haben keine andere Wahl."), up to the first that is neither and
    is not followed by one that is (a sentence of the reporter's own may stand between: "So
    werden ... sichtbar. Das ist zu wenig, denn die Pauschale sei ...")."""
    found = []
    gap = 0
    for t in range(s + 1, min(len(index.sentences), s + 1 + _REPORTED_SENTENCES)):
        if t in claimed:
            break
        span = index.sentences[t]
        if not (_subjunctive(index, span) or _first_person(index, span)):
            gap += 1
            if gap > _REPORTER_SENTENCES or _has_speech_verb(index, index.sentences[t]):
                break  # "Die Verletzte erzählt eine andere Geschichte.": someone else speaks
            continue
        gap = 0
        start, end = index.sentences[t]
        text = index.text[start:end]
        found.append((start + len(text) - len(text.lstrip()), start + len(text.rstrip())))
    return found


def _first_person(index: Index, span: Span) -> bool:
    """A sentence in the first person outside quotations ("Wir haben keine andere Wahl."):
    after an attribution, in German text that lost its quotation marks, the speaker's own
    words going on (a report speaks of others in the third person)."""
    return any(
        index.tokens[k].lower in _FIRST_PERSON and index.quote_at(index.tokens[k].start) is None
        for k in _token_range(index, span)
    )


def _has_speech_verb(index: Index, span: Span) -> bool:
    return any(is_speech_verb(index.tokens[k].text, "de") for k in _token_range(index, span))


def _token_range(index: Index, span: Span) -> range:
    first = index.token_at(span[0])
    last = first
    while last < len(index.tokens) and index.tokens[last].start < span[1]:
        last += 1
    return range(first, last)


def _subjunctive(index: Index, span: Span) -> bool:
    return any(subjunctive_at(index.tokens, k) for k in _token_range(index, span))


def _german_kind(index: Index, statement: Statement) -> Statement:
    """German pages often lost their quotation marks: a clause in the indicative is the
    speaker's own words ("direct"), one in the subjunctive reported speech."""
    if statement.kind != "indirect" or _subjunctive(index, statement.span):
        return statement
    if index.tokens[index.token_at(statement.span[0])].lower in _CONTENT_PREPOSITIONS:
        return statement  # "vor Milliardenkosten": the object of "warnte", reported
    return Statement(statement.span, "direct", statement.cue, statement.subject)


def _sentence_statements(index: Index, s: int, claims: list[Claim]) -> list[tuple[int, Statement]]:
    """The statements of sentence ``s``: reported clauses, then the quotations outside them
    given to the nearest attribution, in text order."""
    sentence = index.sentences[s]
    cues = sorted({c.cue for c in claims})
    out: list[tuple[int, Statement]] = []
    clauses: list[Span] = []
    for claim in claims:
        side = reported_side(
            index, claim.attribution, sentence, _limits(index, cues, claim, sentence)
        )
        if side is not None and _in_quotation(index, side.span[0]):
            continue  # 'We're not looking ...," he told CNN': the quotation is the statement
        if side is not None and appositive_head(index, claim.attribution, side.span):
            side = None  # "Der Vorsitzende des Vereins, Dieter Kuhlmann, lobte …": the head
        if side is not None and not side.direct and occasion_only(index, claim.cue, side.span):
            side = None  # "testified before the committee on Tuesday": no statement
        if side is not None and not side.direct:
            for span in (side.span, *side.rest):
                clauses.append(span)
                out.append((claim.speaker, Statement(span, "indirect", claim.cue, claim.subject)))
    quotes = [q for q in index.quotes_in(*sentence) if index.in_speech_quote(q[0])]
    if not quotes and not out:
        quotes = _quote_just_before(index, s, claims)
    for quote in quotes:
        if any(_inside(quote, c) for c in clauses):
            continue
        claim = min(claims, key=lambda c: _distance(quote, c.cue))
        out.append((claim.speaker, Statement(quote, "direct", claim.cue, claim.subject)))
    return sorted(out, key=lambda item: item[1].span)


def _in_quotation(index: Index, offset: int) -> bool:
    region = index.quote_at(offset)
    return region is not None and region[0] < offset and index.in_speech_quote(offset)


def _quote_just_before(index: Index, s: int, claims: list[Claim]) -> list[Span]:
    """'"Is it fair?" Schiff asked.': a sentence that opens with its speaker and verb takes
    the quotation ending right before it (a question or exclamation ended that sentence)."""
    start = index.sentences[s][0]
    opening = min(min(c.subject[0], c.cue[0]) for c in claims)
    if index.text[start:opening].strip():
        return []
    quote = index.quote_before(start + 1)
    if quote is None or index.text[quote[1] : start].strip():
        return []
    return [quote] if index.in_speech_quote(quote[0]) else []


def _limits(index: Index, cues: list[Span], claim: Claim, sentence: Span) -> Span:
    """Where the neighbouring attributions of the sentence begin and end, when a clause
    boundary separates them from ``claim`` ("..., adding that ...", "... and added, ...");
    a cue inside the claim's own clause ("he said he was told by X to ...") is no limit."""
    k = cues.index(claim.cue)
    start, end = sentence
    if k and _boundary(index.text[cues[k - 1][1] : claim.cue[0]]):
        start = cues[k - 1][1]
    if k + 1 < len(cues) and _boundary(index.text[claim.cue[1] : cues[k + 1][0]]):
        end = cues[k + 1][0]
    return (start, end)


def _boundary(between: str) -> bool:
    return any(mark in between for mark in ",;:") or bool(_CONJUNCTION.search(between))


def _inside(quote: Span, clause: Span) -> bool:
    """A quotation opening inside a reported clause is part of it ('he viewed the delay "as a
    problem."')."""
    return clause[0] <= quote[0] < clause[1]


def _distance(quote: Span, cue: Span) -> int:
    if quote[1] <= cue[0]:
        return cue[0] - quote[1]
    return max(0, quote[0] - cue[1])


def _continuations(index: Index, s: int, claimed: set[int]) -> list[Span]:
    """Quotations that go on after sentence ``s`` with no attribution of their own: the
    quotation sentences left in its paragraph, then whole paragraphs of quotations."""
    found: list[Span] = []
    paragraph = _paragraph_of(index, s)
    t = s + 1
    while t < len(index.sentences) and t not in claimed:
        if _paragraph_of(index, t) == paragraph:
            if not is_quotation(index, t):
                break
            found += speech_quotes(index, t)
            t += 1
            continue
        paragraph = _paragraph_of(index, t)
        members = _paragraph_sentences(index, t)
        if any(u in claimed or not is_quotation(index, u) for u in members):
            break
        for u in members:
            found += speech_quotes(index, u)
        t = members[-1] + 1
    return list(dict.fromkeys(found))


def _paragraph_of(index: Index, s: int) -> int:
    """The start offset of the line (paragraph) holding sentence ``s``."""
    return index.text.rfind("\n", 0, index.sentences[s][0] + 1) + 1


def _paragraph_sentences(index: Index, s: int) -> list[int]:
    paragraph = _paragraph_of(index, s)
    members = [s]
    while members[-1] + 1 < len(index.sentences) and (
        _paragraph_of(index, members[-1] + 1) == paragraph
    ):
        members.append(members[-1] + 1)
    return members


def is_quotation(index: Index, s: int) -> bool:
    """A sentence that opens with a quotation mark or lies in a quotation begun before it."""
    start, end = index.sentences[s]
    stripped = index.text[start:end].lstrip()
    if not stripped:
        return False
    if stripped[0] in _OPENERS:
        return True
    region = index.quote_at(start + len(index.text[start:end]) - len(stripped))
    return region is not None and region[0] < start


def speech_quotes(index: Index, s: int) -> list[Span]:
    return [q for q in index.quotes_in(*index.sentences[s]) if index.in_speech_quote(q[0])]
