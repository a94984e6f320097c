"""Speech verbs: English forms, thought verbs excluded, German only in German."""

from __future__ import annotations

import pytest

from reader.speakers.verbs import is_speech_verb, separable_speech_verb


@pytest.mark.parametrize(
    "word", ["said", "says", "told", "insisted", "Denied", "wrote", "tweeted", "added", "asked"]
)
def test_english_speech_forms(word: str) -> None:
    assert is_speech_verb(word, "en")


@pytest.mark.parametrize("word", ["believes", "thinks", "hoped", "wanted", "walked", "ordered"])
def test_thoughts_and_actions_are_not_speech(word: str) -> None:
    assert not is_speech_verb(word, "en")


def test_german_forms_only_for_german() -> None:
    assert is_speech_verb("sagte", "de")
    assert is_speech_verb("erklärte", "de")
    assert not is_speech_verb("sagte", "en")


def test_a_separable_speech_verb_needs_its_particle_at_the_clause_end() -> None:
    assert separable_speech_verb(_words("gab der minister am montag zu bedenken ,"), 0)
    assert separable_speech_verb(_words("stellt sie klar ."), 0)
    assert separable_speech_verb(_words("ließ der stürmer auf facebook verlauten ."), 0)
    assert not separable_speech_verb(_words("gab es am montag keine einigung ."), 0)
    assert not separable_speech_verb(_words("stellt sie den antrag ."), 0)
    assert not separable_speech_verb(_words("sagte sie zu bedenken ."), 0)  # not separable


def _words(sentence: str) -> list[str]:
    return sentence.split(" ")


def test_a_speech_verb_form_before_a_possessive_is_a_noun() -> None:
    from reader.speakers.text import Index
    from reader.speakers.verbs import possessed_noun

    for text in ("the state’s voucher program", "the report's findings"):
        tokens = Index(text).tokens
        assert possessed_noun(tokens, 1)
    assert not possessed_noun(Index("officials state the facts").tokens, 1)
