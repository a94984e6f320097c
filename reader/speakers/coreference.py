"""Resolve "he said" and "the governor said" to a named person.

A pronoun goes to the subject-like (first, outside quotations) person of the nearest sentence
that has one, moving back sentence by sentence, skipping people of the other gender. A role
noun goes to the most recent person described with that role ("Gov. Eric Holcomb" ->
"the governor").
"""

from __future__ import annotations

from reader.speakers.lexicon import PRONOUNS
from reader.speakers.names import NameMention
from reader.speakers.text import Index

_MAX_SENTENCES_BACK = 4


def resolve_pronoun(
    pronoun: str,
    offset: int,
    index: Index,
    mentions: list[NameMention],
    owner: list[int],
    genders: dict[int, str],
) -> int | None:
    """The person a subject pronoun at ``offset`` refers to, or None."""
    want = PRONOUNS.get(pronoun, "")
    sentence = index.sentence_of(offset)
    by_sentence: dict[int, list[int]] = {}
    for i, m in enumerate(mentions):
        if m.start >= offset:
            break
        if owner[i] < 0 or index.in_long_quote_offset(m.start):
            continue
        by_sentence.setdefault(index.sentence_of(m.start), []).append(owner[i])
    for s in range(sentence, max(-1, sentence - _MAX_SENTENCES_BACK), -1):
        for person in by_sentence.get(s, []):
            g = genders.get(person, "")
            if not want or not g or g == want:
                return person
    return None


def resolve_role(
    role: str, offset: int, mentions: list[NameMention], owner: list[int]
) -> int | None:
    """The most recent person before ``offset`` whose titles or roles include ``role``."""
    found = None
    for i, m in enumerate(mentions):
        if m.start >= offset:
            break
        if owner[i] >= 0 and role in m.roles:
            found = owner[i]
    return found
