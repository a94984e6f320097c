"""Group name mentions into people and decide which groups are people at all.

"John Kirby", "Kirby" and "Mr Kirby" are one person: a one-word mention joins the most recent
person with that surname (or two-word surname, "Eriksson Ek"), or the word before a particle
("Lula" for "Lula da Silva", also when "Lula" came first); "Sir Elton" is Sir Elton John.
Two people sharing a surname ("Joe Biden", "Hunter Biden"; "Lord Janner" and his son "Daniel
Janner"; "Mr and Mrs Smith": :mod:`.families`) stay apart, and a surname alone (or after a
title) then goes to one of them only when its title or gender, the relative/principal
distinction or an unambiguous nearest mention says which (:class:`_SharedSurname`); else to
nobody.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection
from dataclasses import dataclass, field

from reader.result import Span
from reader.speakers.families import (
    Families,
    Profile,
    find_families,
    two_given_names,
)
from reader.speakers.german_people import german_given_gender
from reader.speakers.lexicon import FIRST_NAMES, HONORIFICS, KIN_NOUNS, NAME_MONTHS, PARTICLES
from reader.speakers.names import NameMention, first_name_gender, is_main_word
from reader.speakers.text import Index

# given names built on a prefix with a capital after it ("LeBron", "DeShawn", "LaToya",
# "JaVale"): only the first word of a full name, never "DeSantis" alone
_PREFIXED_GIVEN = re.compile(r"^(?:Le|La|De|Da|Ja|Ke|Ka|Sha|Ta|Te|Ty|Ra)[A-Z][a-z]{2,}$")
_FAMILY_NAME_LENGTH = 4  # "Xi", "Wang", "Tsai": family names written first are short
_NEAREST_SENTENCES = 4  # a shared surname alone means the person named this many sentences back


@dataclass
class Person:
    """One person: their name mentions (indices into the mention list), in text order."""

    mentions: list[int] = field(default_factory=list)
    key: tuple[str, ...] = ()  # name words of the fullest mention
    main: tuple[str, ...] = ()  # its main words (no initials, particles or suffixes)


def group_people(
    mentions: list[NameMention], index: Index | None = None
) -> tuple[list[Person], list[int]]:
    """People and, for each mention, the index of its person (-1 when unattached); ``index``
    (the text's) shows couples, families and kinship phrases, and sentences for
    :class:`_SharedSurname`."""
    families = find_families(mentions, index)
    grouping = _Grouping(mentions, families)
    for i in range(len(mentions)):
        grouping.add(i)
    _SharedSurname(grouping, index).resolve()
    for person in grouping.people:
        person.mentions.sort()
    return grouping.people, grouping.owner


class _Grouping:
    """Mentions joined to people one by one, in text order, with indexes by surname, alias and
    first word so that each mention costs the same however long the text."""

    def __init__(self, mentions: list[NameMention], families: Families | None = None) -> None:
        self.mentions = mentions
        self.families = families or Families()
        self.shared = set(self.families.shared)  # surnames of two people or more
        self.deferred: list[int] = []  # their mentions alone, resolved afterwards
        self.profiles: list[Profile] = []  # by person
        self.people: list[Person] = []
        self.owner = [-1] * len(mentions)
        self.last_seen: dict[int, int] = {}
        self.by_surname: dict[str, list[int]] = {}  # last main word -> people
        self.by_alias: dict[str, set[int]] = {}  # "Lula" -> the person "Lula da Silva"
        self.by_first: dict[str, set[int]] = {}  # first main word -> people (of two words+)
        self.relatives: set[int] = set()  # first named as someone's relative ("his son, Name")

    def add(self, i: int) -> None:
        self._current = i
        if i in self.families.couples:
            return  # "Mr and Mrs Smith" names two people: neither alone
        m = self.mentions[i]
        words = m.main_words or m.words
        if len(words) == 1 and words[0] in self.shared:
            self.deferred.append(i)  # "Janner" when Lord Janner and Daniel Janner are named
            return
        alias = _before_particle(m.words)
        target = self._existing(m, words, alias)
        if alias and target is not None:
            self.by_alias.setdefault(alias, set()).add(target)
        if target is None and len(words) == 1 and words[0] in self.shared:
            self.deferred.append(i)  # "Mrs Smith" after John Smith: a second person
            return
        if target is None:
            if len(m.main_words) == 1 and m.words[0].lower() in NAME_MONTHS and not m.honorific:
                return  # "In May," is a month, not Theresa May
            if any(two_given_names(words, self.people[p].main) for p in self._namesakes(words)):
                self.shared.add(words[-1])  # "Hunter Biden" after "Joe Biden"
            target = self._new_person(m, words, alias)
            if self._split_as_relative:
                self.relatives.add(target)
        person = self.people[target]
        person.mentions.append(i)
        self.profiles[target].add(m, i in self.families.kin_of)
        if len(words) > len(person.main):
            person.key, person.main = m.words, words
            if len(words) > 1:
                self.by_first.setdefault(words[0], set()).add(target)
        self.owner[i] = target
        self.last_seen[target] = i
        if len(person.mentions) == 1 and (m.roles & KIN_NOUNS or i in self.families.relatives):
            self.relatives.add(target)

    def _existing(self, m: NameMention, words: tuple[str, ...], alias: str) -> int | None:
        """The person a mention names among those already met, or None."""
        target = self._by_surname(m, words)
        if target is None and len(words) == 1:
            known = self.by_alias.get(words[0], set())
            target = next(iter(known)) if len(known) == 1 else None
        if target is None and len(words) == 1 and m.honorific in ("sir", "dame"):
            target = self._knight(words[0])
        if target is None and len(words) == 1:
            target = self._family_name_first(words[0])
        if target is None and alias:
            # "Lula" named alone (a headline) before "Lula da Silva": the same person
            alone = [p for p in self.by_surname.get(alias, []) if self.people[p].main == (alias,)]
            target = alone[0] if len(alone) == 1 else None
            if target is not None:
                self.by_surname.setdefault(words[-1], []).append(target)
        return target

    def _by_surname(self, m: NameMention, words: tuple[str, ...]) -> int | None:
        self._split_as_relative = False
        candidates = self.by_surname.get(words[-1], [])
        if len(words) == 1 and not m.roles:
            # "Lou Brannigan ... his son, Carl Brannigan ... Brannigan played": a bare surname
            # is the person written about, not a relative introduced by kinship
            principal = [p for p in candidates if p not in self.relatives]
            candidates = principal or candidates
        target = _match(words, [(p, self.people[p].main) for p in candidates], self.last_seen)
        if target is None or not self._splits(target, m, words):
            return target
        self.shared.add(words[-1])
        return None

    def _splits(self, p: int, m: NameMention, words: tuple[str, ...]) -> bool:
        """Whether mention ``m`` (main ``words``), which would join person ``p`` by its
        surname, names someone else: a fuller name introduced as a relative ("his son, Daniel
        Janner") or given to someone who has one ("Lord Janner's son ... Daniel Janner"), or a
        title or gender that differs ("Mrs Smith" for John Smith; :meth:`.Profile.excludes`)."""
        person, profile = self.people[p], self.profiles[p]
        if len(words) > 1 and len(person.main) >= len(words):
            return False  # the same full name, or a surname of two words of a longer name
        if len(words) > len(person.main) and (
            m.roles & KIN_NOUNS or self._current in self.families.relatives or profile.kin
        ):
            self._split_as_relative = True
            return True
        return profile.excludes(m)

    def _namesakes(self, words: tuple[str, ...]) -> list[int]:
        return self.by_surname.get(words[-1], []) if len(words) > 1 else []

    def _knight(self, word: str) -> int | None:
        """ "Sir Elton" after "Sir Elton John": knights and dames go by their given name."""
        named = [p for p in self.by_first.get(word, ()) if self.people[p].main[0] == word]
        return named[0] if len(named) == 1 else None

    def _family_name_first(self, word: str) -> int | None:
        """ "Lai" after "President Lai Ching-te", "Xi" after "President Xi Jinping": a lone word
        that is nobody's surname but the first word of exactly one earlier titled full name
        whose last word is a romanised given name (a hyphenated one, or one word of a family
        name written first). Untitled names stay apart: "Real Madrid ... Real said" is no
        person."""
        if word in self.by_surname or word.lower() in FIRST_NAMES:
            return None
        found = [
            p
            for p in sorted(self.by_first.get(word, ()))
            if len(self.people[p].main) == 2
            and self.people[p].main[0] == word
            and _given_name_last(self.people[p].main)
            and any(
                self.mentions[i].roles or self.mentions[i].honorific
                for i in self.people[p].mentions
            )
        ]
        return found[0] if len(found) == 1 else None

    _split_as_relative = False  # the last mention split off was introduced as a relative
    _current = -1  # the mention being added

    def _new_person(self, m: NameMention, words: tuple[str, ...], alias: str) -> int:
        self.people.append(Person(key=m.words, main=words))
        self.profiles.append(Profile())
        target = len(self.people) - 1
        self.by_surname.setdefault(words[-1], []).append(target)
        if len(words) > 1:
            self.by_first.setdefault(words[0], set()).add(target)
        if alias:
            self.by_alias.setdefault(alias, set()).add(target)
        return target


class _SharedSurname:
    """The deferred mentions of shared surnames ("Janner", "Mr Janner", "President Biden"),
    each given in text order to the one person it can mean, in steps: a person with the same
    title ("Lord", "President"), no person of another gender or class (:mod:`.families`), the
    person written about rather than a relative introduced by kinship, the person named in the
    last four sentences when no other of them was since; else nobody, or a person of its own
    when its title fits none of them ("Mr Williams", the sisters' father)."""

    def __init__(self, grouping: _Grouping, index: Index | None) -> None:
        self.g, self.index = grouping, index

    def resolve(self) -> None:
        g = self.g
        for i in g.deferred:
            m = g.mentions[i]
            words = m.main_words or m.words
            target = self._choose(i, m, [p for p in g.by_surname.get(words[-1], [])])
            if target is None and (m.honorific or m.roles) and not self._choices(m, words):
                target = g._new_person(m, words, "")
            if target is not None:
                bisect.insort(g.people[target].mentions, i)
                g.profiles[target].add(m)
                g.owner[i] = target

    def _choices(self, m: NameMention, words: tuple[str, ...]) -> list[int]:
        return self._fitting(m, self.g.by_surname.get(words[-1], []))

    def _fitting(self, m: NameMention, candidates: list[int]) -> list[int]:
        """The candidates a mention's title and gender allow: those with the same title if
        any, and none of another gender or class."""
        profiles = self.g.profiles
        titled = [p for p in candidates if profiles[p].titled_as(m)]
        return [p for p in titled or candidates if not profiles[p].excludes(m)]

    def _choose(self, i: int, m: NameMention, candidates: list[int]) -> int | None:
        fitting = self._fitting(m, candidates)
        if len(fitting) > 1 and not m.roles:
            principal = [p for p in fitting if p not in self.g.relatives]
            fitting = principal if len(principal) == 1 else fitting
        if len(fitting) == 1:
            return fitting[0]
        return self._nearest(i, fitting) if fitting else None

    def _nearest(self, i: int, candidates: list[int]) -> int | None:
        """The candidate mentioned last before mention ``i``, in the last four sentences, when
        no other candidate is mentioned in that sentence or after it."""
        if self.index is None:
            return None
        g, index = self.g, self.index
        here = index.sentence_of(g.mentions[i].start)
        last = {p: _last_before(g.people[p].mentions, i) for p in candidates}
        before = [(j, p) for p, j in last.items() if j >= 0]
        if not before:
            return None
        j, p = max(before)
        since = index.sentence_of(g.mentions[j].start)
        if here - since > _NEAREST_SENTENCES:
            return None
        others = [
            index.sentence_of(g.mentions[k].start) for q, k in last.items() if q != p and k >= 0
        ]
        return None if any(s >= since for s in others) else p


def _last_before(mentions: list[int], i: int) -> int:
    """The last of the sorted ``mentions`` before ``i``, or -1."""
    k = bisect.bisect_left(mentions, i)
    return mentions[k - 1] if k else -1


def _before_particle(words: tuple[str, ...]) -> str:
    """ "Lula" in "Lula da Silva", "Luiz Inácio Lula da Silva": the word before a particle,
    by which Portuguese and Spanish speakers are often called, unless a known given name."""
    for k in range(1, len(words) - 1):
        if words[k].lower() in PARTICLES and is_main_word(words[k - 1]):
            word = words[k - 1]
            return "" if word.lower() in FIRST_NAMES else word
    return ""


def _given_name_last(main: tuple[str, ...]) -> bool:
    """ "Lai Ching-te", "Xi Jinping": a hyphenated given name, or a short first word that is no
    known given name (and the word alone then still means that person)."""
    family, given = main
    if "-" in given:
        return "-" not in family
    return len(family) <= _FAMILY_NAME_LENGTH and family.lower() not in FIRST_NAMES


def _match(
    words: tuple[str, ...], candidates: list[tuple[int, tuple[str, ...]]], last_seen: dict[int, int]
) -> int | None:
    """The person (among those sharing the last word) a mention's main words belong to."""
    best: int | None = None
    for p, key in candidates:
        if words == key:
            return p
        if len(words) < len(key) and key[-len(words) :] == words:
            # a surname (or two-word surname) of a fuller name: the last one named wins
            if best is None or last_seen[p] > last_seen[best]:
                best = p
        elif (
            len(words) > len(key) == 1
            and words[-1:] == key
            and (best is None or last_seen[p] > last_seen[best])
        ):
            best = p  # "Kirby" first, "John Kirby" later: upgrade the surname-only person
    return best


def is_person(
    person: Person,
    mentions: list[NameMention],
    language: str = "en",
    after_speech_verb: Collection[int] = (),
    quote_subjects: Collection[int] = (),
) -> bool:
    """True when something besides capitalisation says this is a person.

    Company context ("shares in Name", "Name shares fell") rules a person out unless an honorific
    says otherwise. Evidence: an honorific or title ("Ms", "President"), a role noun before or in an
    appositive ("analyst Carsten Fritsch", "Marco Villa, the chief operating officer"),
    ", who", a known given name, or a full name later shortened to its surname (in German
    only when the surname follows a speech verb: ``after_speech_verb`` mention indices; in
    English a full name in ``after_speech_verb`` is enough: '"...," said Ann Vrel'), or a
    mention in ``quote_subjects`` ('"...?" Schiff asked').
    """
    ms = [mentions[i] for i in person.mentions]
    if any(m.company for m in ms) and not any(m.honorific for m in ms):
        return False  # "shares in Thomas Cook", "Laura Ashley shares fell"
    if _marked_as_person(person, ms, language, after_speech_verb, quote_subjects):
        return True
    full = [m for m in ms if len(m.main_words) > 1]
    return bool(full) and _full_name_evidence(person, mentions, full, language, after_speech_verb)


def _marked_as_person(
    person: Person,
    ms: list[NameMention],
    language: str,
    after_speech_verb: Collection[int],
    quote_subjects: Collection[int],
) -> bool:
    """Evidence any mention may carry: an honorific, ", who", an age, a role ("analyst Carsten
    Fritsch"; in German only before two words, "Forscher Kernfusion" is a noun), closing a
    quotation before a speech verb ('"...?" Schiff asked'), a German speaker's position."""
    if any(m.honorific or m.who_follows for m in ms):
        return True
    if any(i in quote_subjects for i in person.mentions):
        return True
    if any(m.roles and (language != "de" or len(m.main_words) > 1) for m in ms):
        return True
    return language == "de" and any(i in after_speech_verb for i in person.mentions)


def _full_name_evidence(
    person: Person,
    mentions: list[NameMention],
    full: list[NameMention],
    language: str,
    after_speech_verb: Collection[int],
) -> bool:
    """Evidence a full name gives: closing a quotation ('"...," said Ann Vrel'), a known or
    prefixed given name ("LeBron James"), or a later mention of its surname alone (in German
    only right after a speech verb, German capitalising every noun)."""
    if language != "de" and any(
        i in after_speech_verb and len(mentions[i].main_words) > 1 for i in person.mentions
    ):
        return True
    if any(first_name_gender(m.main_words[0]) is not None for m in full):
        return True
    if language == "de" and any(german_given_gender(m.main_words[0]) is not None for m in full):
        return True  # a given name only the German list knows ("Gisa Bart")
    if language != "de" and any(_PREFIXED_GIVEN.match(m.main_words[0]) for m in full):
        return True
    longest = max(len(m.main_words) for m in full)
    shortened = [
        i
        for i in person.mentions
        if len(mentions[i].main_words) < longest
        and person.main[-len(mentions[i].main_words) :] == mentions[i].main_words
    ]
    if language == "de":
        return any(i in after_speech_verb for i in shortened)
    return any(not mentions[i].trimmed for i in shortened)


def gender(person: Person, mentions: list[NameMention]) -> str:
    """ "m", "f" or "" (unknown), from honorifics or the given name."""
    for i in person.mentions:
        m = mentions[i]
        if m.honorific and HONORIFICS.get(m.honorific):
            return HONORIFICS[m.honorific]
    for i in person.mentions:
        m = mentions[i]
        if len(m.main_words) > 1:
            g = first_name_gender(m.main_words[0])
            if g:
                return g
    return ""


def display_name(person: Person, mentions: list[NameMention], text: str) -> str:
    """The fullest form of the name as written (first of the longest mentions)."""
    best = max(person.mentions, key=lambda i: (len(mentions[i].words), -i))
    m = mentions[best]
    shown = text[m.start : m.end]
    if len(shown.split()) < len(m.words):
        return " ".join(m.words)  # "Bill" of "Bill and Susan Harkin" is Bill Harkin
    return shown


def mention_spans(
    person: Person, mentions: list[NameMention], extra: tuple[int, ...] = ()
) -> tuple[Span, ...]:
    """Spans of every mention (plus ``extra`` mention indices): a personal honorific is
    included before a surname alone ("Ms Hewitt"), not before a full name ("Sanjay Gupta")."""
    spans = []
    for i in (*person.mentions, *extra):
        m = mentions[i]
        alone = len(m.main_words) == 1
        start = m.honorific_start if alone and m.honorific in HONORIFICS else m.start
        spans.append((start, m.end))
    return tuple(sorted(spans))


def first_name_mentions(
    people: list[Person], mentions: list[NameMention], owner: list[int]
) -> dict[int, tuple[int, ...]]:
    """Unattached one-word mentions that are the given name of exactly one person and nobody's
    surname ("Taylor" for Taylor Swift), by person."""
    by_first: dict[str, list[int]] = {}
    surnames: set[str] = set()
    for p, person in enumerate(people):
        if any(owner[i] == p for i in person.mentions):
            surnames.add(person.main[-1])
            if len(person.main) > 1:
                by_first.setdefault(person.main[0], []).append(p)
    found: dict[int, list[int]] = {}
    for i, m in enumerate(mentions):
        if owner[i] >= 0 or len(m.words) != 1 or m.sentence_initial:
            continue
        word = m.words[0]
        if word in surnames or len(by_first.get(word, [])) != 1:
            continue
        found.setdefault(by_first[word][0], []).append(i)
    return {p: tuple(ix) for p, ix in found.items()}
