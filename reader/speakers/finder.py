"""Wire the stages: names -> people -> attributions -> coreference -> speakers."""

from __future__ import annotations

from reader.result import Speaker
from reader.speakers.attribution import Attribution, find_attributions
from reader.speakers.coreference import Resolver
from reader.speakers.labels import attribute_labels, find_labels, label_name
from reader.speakers.lexicon import PRONOUNS, words
from reader.speakers.mentions import (
    Person,
    display_name,
    first_name_mentions,
    gender,
    group_people,
    is_person,
    mention_spans,
)
from reader.speakers.names import NameMention, find_name_mentions
from reader.speakers.quotes import statement_spans
from reader.speakers.text import CLOSE_QUOTES, Index, Token
from reader.speakers.verbs import INVERTIBLE, is_speech_verb

_CLOSING = CLOSE_QUOTES + '"'  # quotation marks that close a quotation
# words before an organisation or a place, rarely before a person: "at Arsenal", "the Apple"
_BODY_BEFORE = words("at in inside within from of the on joined join joins")


def speakers_in(text: str, language: str) -> tuple[Speaker, ...]:
    """The named speakers of ``text`` (see :func:`reader.speakers.find_speakers`)."""
    if not text.strip():
        return ()
    index = Index(text)
    mentions = find_name_mentions(index, language)
    people, owner = group_people(mentions)
    after_verb = _after_speech_verb(index, mentions, language)
    quoted = _quote_subjects(index, mentions, language)
    valid = {
        p
        for p, person in enumerate(people)
        if is_person(person, mentions, language, after_verb, quoted)
    }
    owner = [o if o in valid else -1 for o in owner]
    genders = {p: gender(people[p], mentions) for p in valid}
    usable = {i for i, o in enumerate(owner) if o >= 0}
    attributions = find_attributions(index, mentions, language, usable)
    # "Einav Zangauker (no known person), whose son Matan ..., told the crowd. ... she said":
    # a speech act whose subject is no known person ends the search for "she"
    others = set(range(len(mentions))) - usable
    unnamed = [a.subject_start for a in find_attributions(index, mentions, language, others)]
    resolver = Resolver(index, mentions, owner, genders, unnamed)
    said: dict[int, list[Attribution]] = {}
    spoke_in: dict[int, set[int]] = {}  # sentence -> people attributed there
    for a in attributions:
        sentence = index.sentence_of(a.verb_start)
        recent = spoke_in.get(sentence, set()) | spoke_in.get(sentence - 1, set())
        for who in _speakers_of(a, owner, resolver, recent):
            said.setdefault(who, []).append(a)
            spoke_in.setdefault(sentence, set()).add(who)
    given_names = first_name_mentions(people, mentions, owner)
    labelled, named_in_labels = attribute_labels(text, find_labels(index), _surnames(people, valid))
    found: list[tuple[int, Speaker]] = []
    for p in set(said) | set(labelled):
        person = people[p]
        spans = mention_spans(person, mentions, given_names.get(p, ()))
        quotes = statement_spans(index, said.get(p, []))
        for label in labelled.get(p, []):
            spans += (label.name,)
            quotes += (label.content,)
        speaker = Speaker(
            name=display_name(person, mentions, text),
            mentions=tuple(sorted(set(spans))),
            quotes=tuple(sorted(set(quotes))),
        )
        found.append((mentions[person.mentions[0]].start, speaker))
    for labels in named_in_labels.values():
        speaker = Speaker(
            name=label_name(labels),
            mentions=tuple(label.name for label in labels),
            quotes=tuple(label.content for label in labels),
        )
        found.append((labels[0].name[0], speaker))
    return tuple(speaker for _, speaker in sorted(found, key=lambda f: f[0]))


def _surnames(people: list[Person], valid: set[int]) -> dict[str, int]:
    """Lower-case surname -> person, for the surnames of exactly one valid person."""
    by_surname: dict[str, set[int]] = {}
    for p in valid:
        if people[p].main:
            by_surname.setdefault(people[p].main[-1].lower(), set()).add(p)
    return {s: next(iter(ps)) for s, ps in by_surname.items() if len(ps) == 1}


def _speakers_of(
    a: Attribution, owner: list[int], resolver: Resolver, recent: set[int]
) -> list[int]:
    """The people an attribution names: its mention's person, or the resolved referent."""
    if a.kind == "name":
        found = [owner[i] for i in (*_partner(resolver, a.mention), a.mention) if owner[i] >= 0]
        return list(dict.fromkeys(found))
    if a.kind == "pronoun":
        found = resolver.pronoun(a.word, a.subject_start)
        if a.word == "they" or (found and found[0] in recent):
            return found
        # "Morrow was arrested, Chief Ron Thomas told reporters. A gun was found, he said."
        want = PRONOUNS.get(a.word, "")
        speakers = [p for p in recent if resolver.genders.get(p, "") in ("", want)]
        if len(speakers) == 1:
            return speakers
        # someone else just spoke but the pronoun skipped them (gender): too unsure to name
        return [] if recent else found
    if a.kind == "pair":
        return resolver.pair(a.subject_start)
    p = resolver.role(a.word, a.subject_start, recent)
    return [] if p is None else [p]


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


def _closes_quote(tokens: list[Token], first: int, last: int) -> bool:
    """'"...," said Ann Vrel' or '"...," Ann Vrel said.' (not "said in a statement", the
    way organisations speak)."""
    if first < 3:
        return False
    if (
        tokens[first - 1].lower in INVERTIBLE
        and tokens[first - 2].text in _CLOSING
        and tokens[first - 3].text in ",?!"
    ):
        return True
    if not (tokens[first - 1].text in _CLOSING and tokens[first - 2].text in ",?!"):
        return False
    if last + 2 >= len(tokens) or tokens[last + 1].lower not in ("said", "says", "told"):
        return False
    after = tokens[last + 2]
    return after.text in ".," or (tokens[last + 1].lower == "told" and after.is_word)


def _quote_subjects(index: Index, mentions: list[NameMention], language: str) -> set[int]:
    """Lone words right after a quotation and right before a speech verb ('"...?" Schiff
    asked'), unless the article also uses the word as a place or body ("at Arsenal", "the
    Apple board", "shares in Apple"), writes it in lower case or names someone else with it
    (a surname shared by two people, whose full names would have claimed it)."""
    if language == "de":
        return set()
    tokens = index.tokens
    lowered = {t.lower for t in tokens if t.is_word and not t.is_capitalised}
    bodies = {t.text for k, t in enumerate(tokens[1:]) if tokens[k].lower in _BODY_BEFORE}
    company_surnames = {n.words[-1] for n in mentions if n.company}
    in_full_names = {w for n in mentions if len(n.words) > 1 for w in n.words}
    found = set()
    for i, m in enumerate(mentions):
        first, after = m.first_token, m.last_token + 1
        if (
            len(m.words) == 1
            and m.run_start == first >= 2
            and tokens[first - 1].text in _CLOSING
            and tokens[first - 2].text in ",?!"
            and after < len(tokens)
            and is_speech_verb(tokens[after].text, language)
            and m.words[0].lower() not in lowered
            and m.words[0] not in company_surnames
            and m.words[0] not in in_full_names
            and m.words[0] not in bodies
        ):
            found.add(i)
    return found


def _after_speech_verb(index: Index, mentions: list[NameMention], language: str) -> set[int]:
    """Mentions right after a speech verb ("erklärte Hiddink"), German evidence of a person;
    in English, right after an inverted verb closing a quotation ('"...," said Ann Vrel')."""
    tokens = index.tokens
    if language != "de":
        return {
            i for i, m in enumerate(mentions) if _closes_quote(tokens, m.run_start, m.last_token)
        }
    return {
        i
        for i, m in enumerate(mentions)
        if m.run_start > 0 and is_speech_verb(tokens[m.run_start - 1].text, language)
    }
