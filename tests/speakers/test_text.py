"""Tokens, sentences and quotation regions."""

from __future__ import annotations

import pickle
import re

import pytest

from reader.speakers.text import (
    _RUN_SPLIT,
    _TOKEN,
    Index,
    Token,
    quote_regions,
    sentence_spans,
    tokenize,
)
from tests.speakers.helpers import names_of


def test_possessive_is_split_off_but_inner_apostrophes_stay() -> None:
    assert [t.text for t in tokenize("Trump's O'Sullivan")] == ["Trump", "'s", "O'Sullivan"]


def test_sentences_do_not_end_at_abbreviations_or_initials() -> None:
    text = "Dr. Ann Lee met Patrick W. Carlineo Jr. on Monday. He left.\nNew line here"
    spans = sentence_spans(text)
    assert [text[a:b].strip() for a, b in spans] == [
        "Dr. Ann Lee met Patrick W. Carlineo Jr. on Monday.",
        "He left.",
        "New line here",
    ]


def test_quote_regions_pair_curly_straight_and_german_quotes() -> None:
    text = 'He said “yes”. She said "no". Er sagte „ja“.'
    assert [text[a:b] for a, b in quote_regions(text)] == ["“yes”", '"no"', "„ja“"]


def test_open_quote_closes_at_paragraph_end() -> None:
    text = '"First paragraph of a quote\n"Second and last."'
    assert [text[a:b] for a, b in quote_regions(text)] == [
        '"First paragraph of a quote',
        '"Second and last."',
    ]


def test_speech_quotes_and_scare_quotes() -> None:
    text = (
        'It was "a start", he said. "This is a very long quotation indeed," she said. '
        '"We did it," he said. He called it "the end".'
    )
    index = Index(text)
    assert not index.in_speech_quote(text.index("a start"))
    assert index.in_speech_quote(text.index("very long"))
    assert index.in_speech_quote(text.index("We did it"))  # short, but ends with a comma
    assert not index.in_speech_quote(text.index("the end"))


def test_closing_quote_without_opener_ends_a_quote_from_the_line_before() -> None:
    text = '"The list is the best yet.\nIf anything, it is wider," said Madeley.'
    assert [text[a:b] for a, b in quote_regions(text)] == [
        '"The list is the best yet.',
        'If anything, it is wider,"',
    ]
    assert not Index(text).in_speech_quote(text.index("said"))


def test_posted_on_x_ends_a_sentence_but_an_initial_does_not() -> None:
    from reader.speakers.text import sentence_spans

    text = "She wrote on X. Then she left. He met John X. Brown."
    parts = [text[a:b].strip() for a, b in sentence_spans(text)]
    assert parts == ["She wrote on X.", "Then she left.", "He met John X. Brown."]


def test_link_lines_cover_read_more_lines_and_the_headlines_they_list() -> None:
    from reader.speakers.text import link_lines

    text = (
        "The vote is on Friday.\n"
        "Read more: Council says budget is short\n"
        "More city coverage:\n"
        "- Mayor says parks will open\n"
        "\n"
        "The mayor will speak on Monday.\n"
    )
    found = [text[a:b] for a, b in link_lines(text)]
    assert found == [
        "Read more: Council says budget is short",
        "More city coverage:",
        "- Mayor says parks will open",
    ]


def test_a_lower_case_arabic_particle_joined_to_a_name_is_capitalised() -> None:
    from reader.speakers.text import tokenize

    by_text = {t.text: t for t in tokenize("Sultan al-Jaber met el-Sisi about state-run firms")}
    assert by_text["al-Jaber"].is_capitalised
    assert by_text["el-Sisi"].is_capitalised
    assert not by_text["state-run"].is_capitalised


def test_roles_never_come_from_the_headline_or_sentence_before() -> None:
    text = "Rival boss attacks charges\n\nCorvair said fees were too high. Ms Ann Lee agreed."
    assert "Corvair" not in names_of(text)


def test_posted_on_x_ends_a_sentence_and_a_name() -> None:
    text = (
        '"A dark day," Senator Ruth Kessel wrote on X. Omar Lindqvist, her rival, '
        "said nothing had changed."
    )
    assert names_of(text) == ["Ruth Kessel", "Omar Lindqvist"]


def test_headlines_of_other_stories_are_no_statements() -> None:
    text = (
        "Mayor Ruth Kessel met Omar Lindqvist on Tuesday. Kessel said the talks went well.\n\n"
        "Read more: Lindqvist says he will sue the city\n\n"
        "Related coverage:\n"
        "- Lindqvist warns of strike\n"
    )
    assert names_of(text) == ["Ruth Kessel"]


def test_a_score_ends_a_sentence() -> None:
    text = (
        "Top seed Roger Ferro won, beating Dominik Hrbek 6-2 6-3. The Swiss, who is chasing a "
        'third title here, admitted he had been "a bit rusty" after a break.'
    )
    assert names_of(text) == ["Roger Ferro"]


def test_positions_finds_every_token_of_the_words_in_text_order() -> None:
    text = "Said he. She SAID no, and then he said, “said” twice; says nothing."
    index = Index(text)
    words = frozenset({"said", "says"})
    found = index.positions(words)
    assert found == [k for k, t in enumerate(index.tokens) if t.lower in words]
    assert [index.tokens[k].text for k in found] == ["Said", "SAID", "said", "said", "says"]
    assert index.positions(words) is found  # kept for the same collection
    many = frozenset(t.lower for t in index.tokens) | {"absent"}  # more words than the text has
    assert index.positions(many) == list(range(len(index.tokens)))


def test_possessives_with_curly_apostrophes_and_other_apostrophes() -> None:
    tokens = tokenize("Cook’s plan, rock'n'roll, O’Neil’s, it's 10's")
    assert [t.text for t in tokens] == [
        *("Cook", "’s", "plan", ",", "rock'n'roll", ",", "O’Neil", "’s", ","),
        *("it", "'s", "10", "'", "s"),
    ]


def test_german_sentences_end_before_low_opening_quotes_and_umlaut_capitals() -> None:
    text = "Er kam spät. „Ich bin da“, sagte er. „Wir gehen.“ Über Nacht blieb es ruhig."
    assert [text[a:b].strip() for a, b in sentence_spans(text)] == [
        "Er kam spät.",
        "„Ich bin da“, sagte er.",
        "„Wir gehen.“",
        "Über Nacht blieb es ruhig.",
    ]


def test_a_german_ordinal_after_an_article_ends_no_sentence() -> None:
    text = "Den Siegtreffer erzielte Mara Lind in der 88. Minute. Am 3. Mai spielt sie wieder."
    assert [text[a:b].strip() for a, b in sentence_spans(text)] == [
        "Den Siegtreffer erzielte Mara Lind in der 88. Minute.",
        "Am 3. Mai spielt sie wieder.",
    ]
    # a number that ends a sentence still ends it
    assert len(sentence_spans("Sie gewannen mit 2:1. Das Tor fiel spät.")) == 2
    assert len(sentence_spans("The score after the break was 88. Then it rained.")) == 2


def test_german_reversed_guillemets_quote() -> None:
    text = "»Wir sind zufrieden«, sagt Ute Sommer. »Das war stark.« Dann ging sie."
    assert [text[a:b] for a, b in quote_regions(text)] == [
        "»Wir sind zufrieden«",
        "»Das war stark.«",
    ]
    # French « ... » with spaces inside still pairs the other way round
    text = "Il a dit « non » hier."
    assert [text[a:b] for a, b in quote_regions(text)] == ["« non »"]


def _tokens_one_by_one(text: str) -> list[Token]:
    """What tokenize() gives, made the plain way: a Token per match, a possessive split off."""
    tokens = []
    for m in _TOKEN.finditer(text):
        word, (start, end) = m.group(), m.span()
        possessive = re.search(r"['’]s$", word, re.IGNORECASE)
        if ("'" in word or "’" in word) and len(word) > 2 and word[0].isalpha() and possessive:
            tokens += [Token(word[:-2], start, end - 2), Token(word[-2:], end - 2, end)]
            continue
        tokens.append(Token(word, start, end))
    return tokens


def _fields(tokens: list[Token]) -> list[tuple[object, ...]]:
    return [(t.text, t.start, t.end, t.lower, t.is_word, t.is_capitalised) for t in tokens]


def test_tokens_built_a_column_at_a_time_are_those_made_one_by_one() -> None:
    text = (
        "Trump's TRUMP'S it’s X's Ab'ſ ²'s 12's al-Jaber el-Sisi bin-Laden Al-Jaber Ibn-Saud "
        "rock'n'roll's O'Neil’s 5.3,2 a_b Ⅻ's Σ's ΟΔΟΣ's Straße's “Well,” said Dr. W. Ng-Lee.\n"
        "Zoë's café-owner wasn't 'sure' - 'tis 's"
    )
    made = tokenize(text)
    assert _fields(made) == _fields(_tokens_one_by_one(text))
    assert [t.text for t in made[:4]] == ["Trump", "'s", "TRUMP", "'S"]
    assert all(isinstance(t, Token) for t in made)


def test_tokens_of_random_texts_are_those_made_one_by_one() -> None:
    # random texts of the pieces that make a possessive, a particle name or a run of plain
    # words (one space apart), or nearly do
    import random

    pieces = ["al-", "ash-", "bin-", "Al-", "'s", "’s", "'S", "'ſ", "'", "-", "s", " ", "Jab"]
    pieces += ["er", "x", "½", "Ⅻ", "2", ".", "É", "ash", "dual", "_", "Tr", "\n"]
    pieces += ["the ", "said ", "  ", "\t", "é", " x", "’s ", "don’t "]  # runs of words
    rng = random.Random(14)
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        assert _fields(tokenize(text)) == _fields(_tokens_one_by_one(text)), text


def test_the_ascii_fast_path_splits_as_the_token_pattern_does() -> None:
    # ASCII letters then another letter, a joined part, a dangling joiner, digits, "_"
    text = (
        "Café naïve Zoë's l'Été abc- abc' abc-Déf ab’cd ab-12 ab12cd ab_cd São-Paulo ÉCOLE "
        "Müller-Lüdenscheidt x's x'- 'a' Ⅻb bⅫ ſs"
    )
    assert " ".join(_RUN_SPLIT.split(text)[1::2]).split(" ") == _TOKEN.findall(text)
    assert _fields(tokenize(text)) == _fields(_tokens_one_by_one(text))


def test_tokens_compare_by_text_and_start() -> None:
    a, b, c = Token("Kirby", 4, 9), Token("Kirby", 4, 9), Token("Kirby", 20, 25)
    assert a == b and hash(a) == hash(b) and a != c and len({a, b, c}) == 2
    assert not a.__ne__(b) and a.__ne__(c)  # both comparisons follow (text, start)
    assert repr(a) == "Token('Kirby', 4, 9)" and a.lower == "kirby" and a.is_capitalised
    assert pickle.loads(pickle.dumps(c)) == c


def test_positions_takes_sets_dicts_and_lists_of_words() -> None:
    index = Index("He said so. They say she says it; he SAID, and they said.")
    expected = [k for k, t in enumerate(index.tokens) if t.lower in ("said", "says")]
    for words in (frozenset({"said", "says"}), {"said": 1, "says": 2}, ["said", "says", "x"]):
        assert index.positions(words) == expected


def test_collections_looked_up_together_find_what_their_own_walk_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from reader.speakers import text as module
    from reader.speakers.lexicon import PRONOUNS
    from reader.speakers.verbs import SPEECH_FORMS

    # the collections looked up together as they are, restored after the test
    monkeypatch.setattr(module, "_TOGETHER", dict(module._TOGETHER))
    monkeypatch.setattr(module, "_together_words", list(module._together_words))

    text = "He said so. They say she says it; he SAID, and they said: “We said it,” he told us."
    index = Index(text)
    plain = [k for k, t in enumerate(index.tokens) if t.lower in SPEECH_FORMS]
    assert index.positions(SPEECH_FORMS) == plain  # (the finder looks it up with others)
    assert index.positions(PRONOUNS) == [
        k for k, t in enumerate(index.tokens) if t.lower in PRONOUNS
    ]
    late = frozenset({"so", "it"})  # looked up together after the first shared walk
    module.look_up_together(late)
    assert index.positions(late) == [k for k, t in enumerate(index.tokens) if t.lower in late]
    assert index.positions(SPEECH_FORMS) == plain


def test_the_last_word_before_a_full_stop_is_found_however_long_the_sentence_ends() -> None:
    # an abbreviation before a long run of spaces, a long word: as in a sentence of any length
    spaces = "He met Mr." + " " * 70 + "Smith today. "
    assert len(sentence_spans(spaces)) == 1
    long_word = "He said " + "a" * 80 + ". Then he left."
    assert [long_word[a:b].strip() for a, b in sentence_spans(long_word)] == [
        "He said " + "a" * 80 + ".",
        "Then he left.",
    ]
    initial = "It was " + "very " * 20 + "much like George W. Bush. Then it rained."
    assert len(sentence_spans(initial)) == 2


def test_capitalised_tokens_and_lower_case_words_are_those_a_plain_walk_finds() -> None:
    index = Index("Ursula von der Leyen met eBay's al-Jaber and the FBI in Den Haag. ½ Ⅻ de")
    particles = frozenset({"von", "der", "de", "den"})
    assert index.capitalised_or(particles) == [
        k for k, t in enumerate(index.tokens) if t.is_capitalised or t.lower in particles
    ]
    assert [index.tokens[k].text for k in index.capitalised_or(frozenset())] == [
        *("Ursula", "Leyen", "al-Jaber", "FBI", "Den", "Haag", "Ⅻ"),
    ]
    assert index.lower_case_words() == {
        t.text for t in index.tokens if t.is_word and not t.is_capitalised
    }
    assert "eBay" in index.lower_case_words() and "Den" not in index.lower_case_words()
