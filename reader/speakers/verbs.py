"""Verbs and phrases that attribute speech or writing, English and German.

The verbs are data (``data/speech-verbs.txt`` and the files beside it); this module makes
their forms. Thought verbs (believe, think, hope, want, fear) are deliberately absent: the
guidelines count only what a person is reported to have said or written.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.speakers.lexicon import entries, word_set
from reader.speakers.text import Token


def _forms(verb: str) -> tuple[str, ...]:
    """-s, past and -ing forms of a regular verb."""
    if verb.endswith("e"):
        return (verb, verb + "s", verb + "d", verb[:-1] + "ing")
    if verb.endswith(("sh", "ss", "ch", "x")):
        return (verb, verb + "es", verb + "ed", verb + "ing")
    return (verb, verb + "s", verb + "ed", verb + "ing")


def _speech_forms() -> dict[str, str]:
    forms: dict[str, str] = {}
    for line in entries("speech-verb-forms"):
        irregular = line.split()
        for form in irregular:
            forms.setdefault(form, irregular[0])
    for verb in entries("speech-verbs"):
        for form in _forms(verb):
            forms.setdefault(form, verb)
    for form in word_set("not-speech-forms"):
        forms.pop(form, None)
    return forms


#: Every accepted form of an English speech verb -> its base form ("insisted" -> "insist").
SPEECH_FORMS: dict[str, str] = _speech_forms()
#: Base forms of speech verbs that also take a noun-phrase object ("denied the accusation"):
#: such an object reports nothing, only "that", a clause, a colon or a quotation does.
OBJECT_VERBS: frozenset[str] = word_set("object-verbs")
#: Forms that may precede their subject: '"...," said Kirby.' / '..., added Blinken.'
INVERTIBLE: frozenset[str] = word_set("inverted-speech-verbs")
#: Forms that report speech only right next to a quotation: '"...," Smith continued.'
QUOTE_ONLY_FORMS: frozenset[str] = word_set("quote-only-verbs")
#: Participles after a comma that take the clause's subject: "..., saying it would ...".
PARTICIPLES: frozenset[str] = word_set("speech-participles")
#: German forms: "sagte Merkel", "Merkel sagte".
GERMAN_FORMS: frozenset[str] = word_set("german-speech-verbs")
GERMAN_INVERTED_MARKERS: frozenset[str] = frozenset({"so"})  # ", so Merkel."
GERMAN_POSTPOSITIONS: frozenset[str] = frozenset({"zufolge"})  # "Merkel zufolge"
GERMAN_PREPOSITIONS: frozenset[str] = frozenset({"laut"})  # "laut Merkel"
#: Nouns of "nach Angaben von Merkel", "nach Einschätzung von Merkel" (used as "laut Merkel").
GERMAN_SOURCE_NOUNS: frozenset[str] = word_set("german-source-nouns")


def _separable(name: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    found: dict[str, list[tuple[str, ...]]] = {}
    for line in entries(name):
        finite, *particle = line.split()
        found.setdefault(finite, []).append(tuple(particle))
    return {finite: tuple(ps) for finite, ps in found.items()}


#: German separable speech verbs: finite form -> the particles that close its clause
#: ("gab" -> ("zu", "bedenken"), ...): "gab Katzian am Montag zu bedenken".
GERMAN_SEPARABLE: dict[str, tuple[tuple[str, ...], ...]] = _separable("german-separable-verbs")
#: German speech verbs that a closing particle turns into another verb: "spricht H. frei".
GERMAN_NOT_SPEECH: dict[str, tuple[tuple[str, ...], ...]] = _separable(
    "german-not-speech-separables"
)
_CLAUSE_END = ",.;:!?–—"
_SEPARABLE_REACH = 25  # tokens from the finite verb to its particle


def separable_speech_verb(
    words: Sequence[str], k: int, verbs: dict[str, tuple[tuple[str, ...], ...]] | None = None
) -> bool:
    """Whether the word at ``k`` of the lower-case ``words`` (a sentence's tokens) is the
    finite form of a German separable speech verb whose particle closes its clause: "gab" in
    "gab Katzian am Montag zu bedenken," but not in "gab es keine Einigung"."""
    particles = (GERMAN_SEPARABLE if verbs is None else verbs).get(words[k])
    if particles is None:
        return False
    j = k + 1
    while j < len(words) and j - k <= _SEPARABLE_REACH and not _ends_clause(words, j):
        j += 1
    if j - k > _SEPARABLE_REACH:
        return False
    ending = tuple(words[max(k + 1, j - 3) : j])
    return any(ending[len(ending) - len(p) :] == p for p in particles if len(p) <= len(ending))


def separable_at(tokens: Sequence[Token], k: int) -> bool:
    """:func:`separable_speech_verb` for token ``k`` of ``tokens``."""
    return separable_speech_verb([t.lower for t in tokens[k : k + _SEPARABLE_REACH + 2]], 0)


def _ends_clause(words: Sequence[str], j: int) -> bool:
    """A punctuation mark ending a clause; not the period of an initial ("spricht H. frei")."""
    return words[j] in _CLAUSE_END and not (words[j] == "." and len(words[j - 1]) == 1)


def not_speech_at(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is a speech verb that its closing particle makes another verb
    ("spricht den Angeklagten frei", "sagte das Spiel ab")."""
    words = [t.lower for t in tokens[k : k + _SEPARABLE_REACH + 2]]
    return separable_speech_verb(words, 0, GERMAN_NOT_SPEECH)


_POSSESSIVE = frozenset({"'s", "’s"})


def possessed_noun(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k``, a speech verb's form, is a noun with a possessive after it ("the
    state’s voucher program", "the report's findings"): a verb never takes one."""
    return k + 1 < len(tokens) and tokens[k + 1].lower in _POSSESSIVE


def is_speech_verb(word: str, language: str) -> bool:
    """True for a form of a speech verb ("said", "insisted", German "sagte")."""
    low = word.lower()
    if language == "de" and low in GERMAN_FORMS:
        return True
    return low in SPEECH_FORMS
