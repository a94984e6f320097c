"""Stemmers, stop words and the language-neutral fallback."""

from __future__ import annotations

import pytest

from reader.summary.language_support import language_tools


def test_english_stems_and_stop_words():
    tools = language_tools("en")
    assert tools.name == "english" and tools.notes == ()
    assert tools.stem("bridges") == tools.stem("bridge")
    assert {"the", "and", "of"} <= tools.stop_words


def test_german_stems_and_stop_words():
    tools = language_tools("de")
    assert tools.name == "german" and tools.notes == ()
    assert tools.stem("häuser") == tools.stem("haus")
    assert {"der", "die", "und"} <= tools.stop_words


@pytest.mark.parametrize("code", ["EN", "en-GB", "en_US", " en "])
def test_codes_are_normalised(code):
    assert language_tools(code).name == "english"


def test_stemmer_without_stop_words_gets_a_note():
    tools = language_tools("da")
    assert tools.has_stemmer and tools.stop_words == frozenset()
    assert len(tools.notes) == 1 and "Danish" in tools.notes[0]


def test_stop_words_without_stemmer_gets_a_note():
    tools = language_tools("zh")
    assert not tools.has_stemmer and tools.stop_words
    assert "Chinese" in tools.notes[0]


@pytest.mark.parametrize("code", ["eo", "xx", ""])
def test_unknown_language_is_neutral_with_a_note(code):
    tools = language_tools(code)
    assert not tools.has_stemmer
    assert tools.stem("Bridges") == "bridges"
    assert tools.stop_words == frozenset()
    assert "language-neutral" in tools.notes[0]


def test_sumy_special_stemmers():
    assert language_tools("cs").has_stemmer
    assert language_tools("pl").has_stemmer
