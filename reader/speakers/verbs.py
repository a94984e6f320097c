"""Verbs and phrases that attribute speech or writing, English and German.

The verbs are data (``data/speech-verbs.txt`` and the files beside it); this module makes
their forms. Thought verbs (believe, think, hope, want, fear) are deliberately absent: the
guidelines count only what a person is reported to have said or written.
"""

from __future__ import annotations

from reader.speakers.lexicon import entries, word_set


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


def is_speech_verb(word: str, language: str) -> bool:
    """True for a form of a speech verb ("said", "insisted", German "sagte")."""
    low = word.lower()
    if language == "de" and low in GERMAN_FORMS:
        return True
    return low in SPEECH_FORMS
