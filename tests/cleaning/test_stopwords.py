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


def test_words_found_lower_cased_are_the_words_lower_cased() -> None:
    """lowered_words() lower-cases the text first: the same words as words(), on texts of our
    own in many scripts, and on the letters lower() treats apart ("İ", "Σ")."""
    import random

    from reader.cleaning.stopwords import lowered_words, words

    texts = [
        "The ferry returned to the harbour on Monday; it's full.",
        "Die Stadtwerke senken den Preis, und das ist gut für die Kunden.",
        "İstanbul'da bir gün. ΟΔΟΣ.Α and ΟΔΟΣ ΑΘΗΝΑΣ, Ⓐ Ⅻ ǅ ß ẞ",
        "Άλλα ΕΊΝΑΙ ΕΔΩΣ’ΤΟ ΚΑΙ ΌΧΙ",
    ]
    rng = random.Random(5)
    alphabet = [chr(c) for c in (*range(0x20, 0x250), *range(0x370, 0x500), *range(0x1E00, 0x1F10))]
    alphabet += list("’'  ....ⒶⅫǅẞ")
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(3000)]
    for text in texts:
        assert lowered_words(text) == words(text), text
    assert any("İ" in t or "Σ" in t for t in texts)


def test_lowered_words_token_by_token_are_the_pattern_s_words() -> None:
    """The token-by-token shortcut of lowered_words() finds what the word pattern finds, on
    short random texts of letters, digits, apostrophes, joiners and punctuation."""
    import random

    from reader.cleaning.stopwords import lowered_words, words

    alphabet = "aZéßЖ٣²_1'’-.,;:!?\"()[]“”‘ \t\n\u00a0İΣσ"
    generator = random.Random(14)
    for _ in range(20000):
        text = "".join(generator.choice(alphabet) for _ in range(generator.randint(0, 14)))
        assert lowered_words(text) == words(text), repr(text)
    prose = "The Mayor’s plan (announced on Monday) won't end: “It is well-known,” she said."
    assert lowered_words(prose) == words(prose)
