"""Wire the stages: people -> attributions -> who each one names -> statements -> speakers."""

from __future__ import annotations

from dataclasses import dataclass

from reader.result import Span, Speaker, Statement
from reader.speakers.attribution import Attribution, attributions_by_group
from reader.speakers.coreference import Resolver
from reader.speakers.dialogue import split_turns
from reader.speakers.german_leads import interview_headline, lead_subjects
from reader.speakers.labels import (
    Label,
    attribute_labels,
    find_labels,
    headline_role_statements,
    label_name,
)
from reader.speakers.lexicon import PRONOUNS
from reader.speakers.mentions import display_name, mention_spans
from reader.speakers.orphans import orphan_statements
from reader.speakers.people import People, find_people
from reader.speakers.statements import Claim, build_statements, speech_quotes
from reader.speakers.text import Index, look_up_together
from reader.speakers.unnamed import unnamed_attributions
from reader.speakers.verbs import SPEECH_FORMS

_SINGULAR = frozenset({"he", "she", "er", "sie"})  # pronouns of one person
_CARRY_SENTENCES = 3  # "the minister said" goes on with a speaker this many sentences back
look_up_together(SPEECH_FORMS)


@dataclass(frozen=True)
class WhoSaidWhat:
    """The named speakers of an article (by first mention) and what unnamed sources said."""

    speakers: tuple[Speaker, ...] = ()
    unnamed: tuple[Statement, ...] = ()


def who_said_what(text: str, language: str) -> WhoSaidWhat:
    """Speakers with their statements, and unnamed sources' statements, of ``text``."""
    if not text.strip():
        return WhoSaidWhat()
    index = Index(text)
    found = find_people(index, language)
    claims, blocked, resolver, unresolved = _claims(index, found, language)
    openers = _sentence_openers(index, found) if language == "de" else {}
    leads = {}
    if language == "de":  # "X sieht das anders. Die Zahlen seien falsch.": X's
        leads = lead_subjects(index, found, {index.sentence_of(c.cue[0]) for c in claims})
    statements = build_statements(index, claims, blocked, language, openers, leads)
    given = {st.span: (p, st) for p, sts in statements.items() for st in sts}
    taken = set(given)
    stops = blocked - unresolved  # "they said", an organisation: not the last person's words
    orphans = orphan_statements(index, found, resolver, claims, blocked, taken, given, stops)
    for who, statement in orphans:
        statements.setdefault(who, []).append(statement)
    if language == "de":
        statements = split_turns(index, statements, claims)
    labels = find_labels(index)
    labelled, named_in_labels = attribute_labels(text, labels, found.surnames())
    for who, statement in headline_role_statements(index, labels, found):
        statements.setdefault(who, []).append(statement)
    if language == "de":  # "»Wir müssen das Bad retten«" over an interview: the answerer's
        taken = {st.span for sts in statements.values() for st in sts}
        for who, statement in interview_headline(index, labelled, taken):
            statements.setdefault(who, []).append(statement)
    speakers: list[tuple[int, Speaker]] = []
    named = {c.speaker for c in claims if c.speaker >= 0} | {p for p in statements if p >= 0}
    for p in named | set(labelled):
        own = statements.get(p, []) + [_label_statement(x) for x in labelled.get(p, [])]
        speakers.append(_speaker(index, found, p, own, labelled.get(p, [])))
    for labels in named_in_labels.values():
        own = [_label_statement(x) for x in labels]
        speaker = Speaker(label_name(labels), tuple(x.name for x in labels), (), tuple(own))
        speakers.append((labels[0].name[0], _with_quotes(speaker)))
    unnamed = [st for key, sts in statements.items() if key < 0 for st in sts]
    return WhoSaidWhat(
        tuple(s for _, s in sorted(speakers, key=lambda item: item[0])),
        tuple(sorted(unnamed, key=lambda st: st.span)),
    )


class _Claims:
    """Attributions turned into claims in text order, remembering who spoke last."""

    def __init__(self, index: Index, found: People, resolver: Resolver) -> None:
        self.index, self.found, self.resolver = index, found, resolver
        self.claims: list[Claim] = []
        self.blocked: set[int] = set()  # sentences whose attribution names nobody
        self.unresolved: set[int] = set()  # of these, those with a "he"/"she" we cannot follow
        self.used: set[int] = set()  # cues already claimed
        self.spoke_in: dict[int, set[int]] = {}  # sentence -> people attributed there
        self.last: tuple[int, int] | None = None  # (speaker, sentence) of the latest claim

    def add(self, a: Attribution, fallback: bool) -> None:
        """Claim ``a`` for whoever it names; ``fallback``: an unnamed source's attribution
        exists for the same cue, so naming nobody here is no block."""
        sentence = self.index.sentence_of(a.verb_start)
        if a.kind == "unnamed":
            if a.verb_start not in self.used:
                self._claim(a, [_unnamed_key(a)], sentence)
            return
        recent = self.spoke_in.get(sentence, set()) | self.spoke_in.get(sentence - 1, set())
        people = _speakers_of(a, self.found.owner, self.resolver, recent)
        if not people and not fallback:
            people = self._carried(a, sentence)
        if people:
            self._claim(a, people, sentence)
            if a.kind == "role" and people[0] >= 0:
                self.resolver.note(a.subject_start, people[0])
        elif not fallback:
            self.blocked.add(sentence)
            if a.kind == "pronoun" and a.word in _SINGULAR:
                self.unresolved.add(sentence)

    def _carried(self, a: Attribution, sentence: int) -> list[int]:
        """Who "the minister said" or an unresolved "he said" goes on with: the last speaker
        of the last few sentences (a role: anyone; a pronoun: only an unnamed source, whose
        "he" the resolver cannot follow)."""
        if self.last is None or sentence - self.last[1] > _CARRY_SENTENCES:
            return []
        speaker = self.last[0]
        if a.kind == "pronoun":
            return [speaker] if speaker < 0 else []
        if a.kind == "role" and _plain_role(self.index, a):
            return [speaker]
        return []

    def _claim(self, a: Attribution, people: list[int], sentence: int) -> None:
        for who in people:
            self.claims.append(Claim(a, who))
            if who >= 0:
                self.spoke_in.setdefault(sentence, set()).add(who)
        self.used.add(a.verb_start)
        self.last = (people[-1], sentence)


def _plain_role(index: Index, a: Attribution) -> bool:
    """ "the minister", "the former coach": a role in lower case, owned by nobody (not "The
    Economist", not "the magazine's columnist")."""
    k = index.token_at(a.subject_start)
    tokens = index.tokens
    role = next((t for t in tokens[k : k + 6] if t.lower == a.word), None)
    if role is None or role.is_capitalised:
        return False
    return not any(t.lower in ("'s", "’s") for t in tokens[k : index.token_at(role.start)])


def _quoted_without_speaker(index: Index, claimed: set[int]) -> set[int]:
    """Sentences with a speech quotation and a speech verb but no claim ("'...,' the magazine's
    columnist wrote", "Lesbians4Hillary said: '...'"): someone we cannot name said it."""
    found = set()
    for k in index.positions(SPEECH_FORMS):
        t = index.tokens[k]
        if index.quote_at(t.start) is not None:
            continue
        s = index.sentence_of(t.start)
        if s not in claimed and speech_quotes(index, s):
            found.add(s)
    return found


def _claims(
    index: Index, found: People, language: str
) -> tuple[list[Claim], set[int], Resolver, set[int]]:
    """Claims of named people and unnamed sources, the sentences whose attribution names
    nobody (their quotations continue no one), the resolver, and those of these sentences
    whose speaker is a "he" or "she" it could not follow (likely the last speaker still)."""
    # "Einav Zangauker (no known person), whose son Matan ..., told the crowd. ... she said":
    # a speech act whose subject is no known person ends the search for "she"; not in German,
    # which capitalises every noun: "LEquipe anmerkte" is no unnamed person
    groups = [found.usable]
    if language != "de":
        groups.append(set(range(len(found.mentions))) - found.usable)
    attributions, *others = attributions_by_group(index, found.mentions, language, groups)
    stops = [a.subject_start for a in others[0]] if others else []
    resolver = Resolver(index, found.mentions, found.referent, found.genders, stops, language)
    unnamed = [] if language == "de" else unnamed_attributions(index, set())
    unnamed_cues = {a.verb_start for a in unnamed}
    claims = _Claims(index, found, resolver)
    ordered = sorted([*attributions, *unnamed], key=lambda a: (a.verb_start, a.kind == "unnamed"))
    for a in ordered:
        claims.add(a, fallback=a.verb_start in unnamed_cues)
    claimed = {index.sentence_of(c.cue[0]) for c in claims.claims}
    blocked = claims.blocked | _quoted_without_speaker(index, claimed)
    return claims.claims, blocked, resolver, claims.unresolved


def _sentence_openers(index: Index, found: People) -> dict[int, int]:
    """Sentence -> the person whose name (after a role noun, perhaps) opens it: German reported
    speech does not run on into "Privatbeteiligtenvertreterin Lorenz, die ..., ist überzeugt,
    dass ... habe", which is someone else's."""
    openers: dict[int, int] = {}
    for m, person in zip(found.mentions, found.owner, strict=True):
        if person < 0:
            continue
        start = index.tokens[m.run_start].start
        s = index.sentence_of(start)
        if not index.text[index.sentences[s][0] : start].strip():
            openers.setdefault(s, person)
    return openers


def _unnamed_key(a: Attribution) -> int:
    """An unnamed source's own (negative) number: one for each cue."""
    return -1 - a.verb_start


def _label_statement(label: Label) -> Statement:
    return Statement(label.content, "direct", None, label.name)


def _speaker(
    index: Index, found: People, p: int, statements: list[Statement], labels: list[Label]
) -> tuple[int, Speaker]:
    """A person's :class:`Speaker` and the offset of their first mention."""
    person, mentions = found.people[p], found.mentions
    given = found.given_names().get(p, ())
    spans = mention_spans(person, mentions, given) + tuple(x.name for x in labels)
    unique = {st.span: st for st in statements}
    speaker = Speaker(
        name=display_name(person, mentions, index.text),
        mentions=tuple(sorted(set(spans))),
        statements=tuple(sorted(unique.values(), key=lambda st: st.span)),
    )
    return mentions[person.mentions[0]].start, _with_quotes(speaker)


def _with_quotes(speaker: Speaker) -> Speaker:
    """``quotes``: the spans of the statements (the older JSON field)."""
    quotes: tuple[Span, ...] = tuple(st.span for st in speaker.statements)
    return Speaker(speaker.name, speaker.mentions, quotes, speaker.statements)


def _speakers_of(
    a: Attribution, owner: list[int], resolver: Resolver, recent: set[int]
) -> list[int]:
    """The people an attribution names: its mention's person, or the resolved referent."""
    if a.kind == "name":
        found = [owner[i] for i in (*_partner(resolver, a.mention), a.mention) if owner[i] >= 0]
        return list(dict.fromkeys(found))
    if a.kind == "pronoun":
        return _pronoun_speakers(a, resolver, recent)
    if a.kind == "pair":
        return resolver.pair(a.subject_start)
    p = resolver.role(a.word, a.subject_start, recent, a.anaphoric, a.gender)
    return [] if p is None else [p]


def _pronoun_speakers(a: Attribution, resolver: Resolver, recent: set[int]) -> list[int]:
    found = resolver.pronoun(a.word, a.subject_start)
    if a.word == "they" or (found and found[0] in recent):
        return found
    if found and resolver.named_before_in_sentence(found[0], a.subject_start):
        return found  # "Morrison did reference his testimony, in which he said ..."
    # "Morrow was arrested, Chief Ron Thomas told reporters. A gun was found, he said."
    want = PRONOUNS.get(a.word, "")
    speakers = [p for p in recent if resolver.genders.get(p, "") in ("", want)]
    if len(speakers) == 1:
        return speakers
    # someone else just spoke but the pronoun skipped them (gender): too unsure to name
    return [] if recent else found


def _partner(resolver: Resolver, mention: int) -> tuple[int, ...]:
    """ "Bill" (read as Bill Harkin) for the mention "Susan Harkin" of "Bill and Susan Harkin"."""
    if mention == 0:
        return ()
    first, second = resolver.mentions[mention - 1], resolver.mentions[mention]
    joined = resolver.index.tokens[first.last_token + 1 : second.run_start]
    shared = len(first.words) == 2 and first.end - first.start == len(first.words[0])
    if shared and [t.lower for t in joined] == ["and"] and first.words[1] == second.words[-1]:
        return (mention - 1,)
    return ()
