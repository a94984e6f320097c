"""German reported speech led in by a sentence about its speaker, with no speech verb.

German reports often name a person doing something other than speaking and then go on in
the subjunctive, or (quotation marks lost) in the first person:

    Sein Verteidiger Wolfgang Steiner sieht dagegen einen Buchhaltungsfehler. Der
    Steuerberater seines Mandanten sei für die Zahlen verantwortlich gewesen.

    David Trezeguet, ein Ex-Klubkollege, sah die Motivation vorhanden. Er will die Kritiker
    widerlegen. PSG braucht ihn, und ich bin sicher, dass er trifft.

The subjunctive and the first person say that someone speaks; the sentence before says who:
its subject, a named person. A *lead* is such a sentence: no attribution and no speech verb
of its own, not itself part of someone's statement, with a person's name as its subject (the
first name in it that no preposition and no article of another case than the nominative
governs). :func:`.statements.build_statements` runs the reported speech on from it as from
an attribution.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING

from reader.result import Span, Statement
from reader.speakers.german_mood import FIRST_PERSON, subjunctive_at
from reader.speakers.lexicon import words
from reader.speakers.people import People
from reader.speakers.roles import role_of
from reader.speakers.text import Index
from reader.speakers.verbs import SPEECH_FORMS, is_speech_verb

if TYPE_CHECKING:
    from reader.speakers.attribution import Attribution

_OBLIQUE = words(
    """
    dem den des einem einen eines seinem seinen seines ihrem ihren ihres deren dessen
    von mit gegenüber bei für über an zu nach vor aus um durch gegen ohne laut zufolge unter
    zwischen neben hinter seit bis beim vom zum zur per in im auf am ins ans dank trotz wegen
    """
)
_LABEL = re.compile(r"[ \t]*[A-ZÄÖÜ][\w.\- ]{0,30}:\s")  # "Frage: ", "STANDARD: "
_EXCHANGE = re.compile(r"\s*[^–—.!?]+\?\s+[–—]\s+[A-ZÄÖÜ]")  # "Wo ist es? – In …"
_ROLE_LABEL = re.compile(r"[ \t]*([A-ZÄÖÜ]\w+):[ \t]+(?=\S)")  # "Bürgermeisterin: "
_QUOTE_OPENERS = "„»“«\"'‚"
_SUBJECT_REACH = 12  # tokens into the sentence where its subject may stand


def lead_subjects(
    index: Index, found: People, claimed: Collection[int]
) -> dict[int, tuple[int, Span, Span]]:
    """Sentence -> (person, cue, subject) for each lead sentence (see the module doc): the
    cue is the sentence's verb next to the name, the subject the name's span."""
    leads: dict[int, tuple[int, Span, Span]] = {}
    seen: set[int] = set()  # sentences whose first named person was looked at
    for i, m in enumerate(found.mentions):
        person = found.owner[i]
        s = index.sentence_of(m.start)
        if person < 0 or s in seen:
            continue
        seen.add(s)
        if s in claimed or index.quote_at(m.start) is not None:
            continue
        first = index.token_at(index.sentences[s][0])
        if m.run_start - first > _SUBJECT_REACH or _governed(index, m.run_start, first):
            continue
        if _has_speech_verb(index, s) or _labelled(index, s) or _labelled(index, s + 1):
            continue  # an interview's turns are the labels' (:mod:`.labels`)
        cue = _verb_next_to(index, m.run_start, m.last_token, s)
        if cue is not None:
            leads[s] = (person, cue, (m.start, m.end))
    return leads


def exchange_after(index: Index, s: int, claimed: Collection[int]) -> Span | None:
    """The sentence after lead ``s`` when it opens an exchange of turns set off by dashes with
    a question ("Richter X hält ihm die Auszüge vor. Wo ist das Geld? – In der Firma."): the
    lead's person asks it (:mod:`.dialogue` gives the answers to the person questioned)."""
    t = s + 1
    if t >= len(index.sentences) or t in claimed:
        return None
    start, end = index.sentences[t]
    text = index.text[start:end]
    if not _EXCHANGE.match(text):
        return None
    return (start + len(text) - len(text.lstrip()), start + len(text.rstrip()))


def colon_clause(index: Index, s: int, cue: Span) -> Span | None:
    """What follows a colon after the cue of lead ``s`` ("Ministerin X zeigte sich
    zufrieden: „Das Ergebnis ist gut.“"), when it opens with a quotation mark or is in the
    first person or the subjunctive (plain words may be a list: "zwei Kinder: Anna und
    Paul")."""
    end = index.sentences[s][1]
    colon = index.text.find(":", cue[1], end)
    if colon < 0:
        return None
    rest = index.text[colon + 1 : end]
    first = colon + 1 + len(rest) - len(rest.lstrip())
    span = (first, colon + 1 + len(rest.rstrip()))
    if span[0] >= span[1]:
        return None
    if index.text[first] in _QUOTE_OPENERS:
        return span
    k = index.token_at(first)
    while k < len(index.tokens) and index.tokens[k].start < span[1]:
        low = index.tokens[k].lower
        if low in FIRST_PERSON or subjunctive_at(index.tokens, k, present_only=True):
            return span
        k += 1
    return None


def interview_headline(
    index: Index, labelled: Mapping[int, Sequence[object]], taken: Collection[Span]
) -> list[tuple[int, Statement]]:
    """An interview's headline in quotation marks or in the first person ("»Wir müssen das
    Bad retten«") is what the one person answering the interview said: ``labelled`` maps each
    person to their labelled answers; with one person answering twice or more, the first line
    of the text, when it is no label and no statement yet (``taken``), is theirs."""
    answering = [p for p, answers in labelled.items() if p >= 0 and len(answers) > 1]
    if len(answering) != 1 or not index.sentences:
        return []
    line_end = index.text.find("\n")
    line_end = len(index.text) if line_end < 0 else line_end
    raw = index.text[:line_end]
    span = (len(raw) - len(raw.lstrip()), len(raw.rstrip()))
    role_label = _ROLE_LABEL.match(raw)
    if role_label is not None and role_of(role_label.group(1)):
        # "Bürgermeisterin: Wir brauchen mehr Geld. Die Bürgermeisterin von …": its sentence
        first = index.sentences[index.sentence_of(role_label.end())][1]
        span = (role_label.end(), role_label.end() + len(raw[role_label.end() : first].rstrip()))
        return [] if span in taken else [(answering[0], Statement(span, "direct", None, None))]
    if span[0] >= span[1] or _LABEL.match(index.text) or span in taken:
        return []
    quote = index.quote_at(span[0])
    quoted = quote is not None and quote[0] == span[0] and quote[1] >= span[1] - 1
    if not (quoted or any(w in FIRST_PERSON for w in raw.lower().split())):
        return []
    return [(answering[0], Statement(span, "direct", None, None))]


def appositive_head(index: Index, a: Attribution, side: Span) -> bool:
    """Whether ``side``, the words before the subject of a German speech verb, is only the
    head an appositive name describes: "Der Vorsitzende des Vereins, Dieter Kuhlmann, lobte
    die Festnahme" (the head ends at the comma before the name, a comma closes the name
    and the verb follows). English verbs keep their own reading."""
    if a.kind != "name" or a.subject_end < 0 or a.subject_start > a.verb_start:
        return False
    verb = index.tokens[index.token_at(a.verb_start)]
    if verb.lower in SPEECH_FORMS:
        return False
    text = index.text
    before = text[side[1] : a.subject_start].strip()
    after = text[a.subject_end : a.verb_start].strip()
    return before == "," and after == ","


def quotation_after(index: Index, s: int, claimed: Collection[int]) -> Span | None:
    """The quotation that the sentence after lead ``s`` consists of ("Regionalsekretär X
    verlangte einen Sozialplan. «Die Angestellten haben …»", "X zeigte sich zuversichtlich.
    „Das ist eine Basis.“"): a quotation in marks is speech, and the lead says whose."""
    t = s + 1
    if t >= len(index.sentences) or t in claimed:
        return None
    start, end = index.sentences[t]
    text = index.text[start:end]
    first = start + len(text) - len(text.lstrip())
    if first >= end or index.text[first] not in _QUOTE_OPENERS:
        return None
    if "\n\n" in index.text[index.sentences[s][1] : first]:
        return None  # a new paragraph
    quote = index.quote_at(first)
    if quote is None or quote[0] != first or not index.in_speech_quote(first):
        return None
    return quote if not index.text[quote[1] : end].strip(" .!?") else None


def _labelled(index: Index, s: int) -> bool:
    """Whether sentence ``s`` stands in a paragraph opened by a label ("Frage:", "Berger:")."""
    if s >= len(index.sentences):
        return False
    start = index.text.rfind("\n", 0, index.sentences[s][0] + 1) + 1
    return _LABEL.match(index.text, start) is not None


def _governed(index: Index, run_start: int, first: int) -> bool:
    """Whether a preposition or an oblique article governs the name ("mit dem Anwalt X")."""
    return run_start > first and index.tokens[run_start - 1].lower in _OBLIQUE


def _has_speech_verb(index: Index, s: int) -> bool:
    start, end = index.sentences[s]
    k = index.token_at(start)
    while k < len(index.tokens) and index.tokens[k].start < end:
        if is_speech_verb(index.tokens[k].text, "de"):
            return True
        k += 1
    return False


def _verb_next_to(index: Index, run_start: int, last: int, s: int) -> Span | None:
    """The lower-case word right before the name ("haderte Torhüter X") or the first after it
    and its appositive ("X, ein Ex-Klubkollege, sah"); None when there is none."""
    tokens = index.tokens
    start, end = index.sentences[s]
    if run_start > 0 and tokens[run_start - 1].start >= start:
        before = tokens[run_start - 1]
        if before.is_word and not before.is_capitalised:
            return (before.start, before.end)
    k, in_appositive = last + 1, False
    while k < len(tokens) and tokens[k].start < end:
        t = tokens[k]
        if t.text == ",":
            in_appositive = not in_appositive
        elif t.is_word and not t.is_capitalised and not in_appositive:
            return (t.start, t.end)
        k += 1
    return None
