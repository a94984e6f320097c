"""The page's language from sumy's stop-word lists."""

from __future__ import annotations

from reader.cleaning.stopwords import guess_language, stop_words


def test_languages_are_told_apart_by_their_function_words() -> None:
    assert guess_language("The ferry returned to the harbour on Monday and it was full.") == "en"
    assert (
        guess_language("Die Stadtwerke senken den Preis, und das ist gut für die Kunden.") == "de"
    )
    assert guess_language("Le bateau est revenu au port lundi et il était plein de monde.") == "fr"


def test_text_without_function_words_has_no_language() -> None:
    assert guess_language("Home News Sport Weather") == ""
    assert guess_language("") == ""


def test_unknown_languages_have_no_stop_words() -> None:
    assert "the" in stop_words("en")
    assert stop_words("xx") == frozenset()
