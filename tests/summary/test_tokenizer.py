"""Word and sentence tokenisation without NLTK data."""

from __future__ import annotations

from reader.summary.tokenizer import PunktTokenizer, words


def test_words_are_letter_runs_with_inner_apostrophes_and_hyphens():
    assert words("Don’t stop Blair's well-known e-mail!") == [
        "Don't",
        "stop",
        "Blair's",
        "well-known",
        "e-mail",
    ]


def test_numbers_and_punctuation_are_not_words():
    assert words("In 2004, 3rd-quarter sales rose 7.5% to $11bn -- (up).") == [
        "In",
        "quarter",
        "sales",
        "rose",
        "to",
        "up",
    ]


def test_words_of_other_scripts():
    assert words("Fußbälle über Straßen") == ["Fußbälle", "über", "Straßen"]
    assert words("Москва — столица") == ["Москва", "столица"]


def test_every_word_passes_sumys_word_filter():
    import re

    sumy_filter = re.compile(r"^[^\W\d_](?:[^\W\d_]|['-])*$")
    sample = "It's 5 o'clock; the 'so-called' rock-n-roll band played 3x encores — l'été."
    assert words(sample)
    assert all(sumy_filter.match(w) for w in words(sample))


def test_punkt_tokenizer_uses_the_language_model(monkeypatch):
    import nltk

    monkeypatch.setattr(nltk.data, "path", [])  # nothing may come from NLTK data
    german = PunktTokenizer("de")
    assert german.to_sentences("Das ist z.B. ein Satz. Und noch einer.") == (
        "Das ist z.B. ein Satz.",
        "Und noch einer.",
    )
    assert german.to_words("Die Brücke ist 100 Jahre alt.") == (
        "Die",
        "Brücke",
        "ist",
        "Jahre",
        "alt",
    )


def test_unknown_language_falls_back_to_english_punkt():
    assert PunktTokenizer("xx").to_sentences("Mr. Brown left. He was late.") == (
        "Mr. Brown left.",
        "He was late.",
    )


def test_words_are_what_the_word_pattern_finds_in_the_whole_sentence():
    import random
    import re

    pattern = re.compile(r"(?<!\w)[^\W\d_]+(?:['’\-][^\W\d_]+)*(?!\w)")
    alphabet = "aZé\u0301ßЖ٣²_1'’-.,;:!?\"()[]“”‘ \t\n\u00a0\u2003"
    generator = random.Random(14)
    for _ in range(20000):
        text = "".join(generator.choice(alphabet) for _ in range(generator.randint(0, 14)))
        expected = [w.replace("’", "'") for w in pattern.findall(text)]
        assert words(text) == expected, repr(text)
