"""Preparation: words, stems, content words and paragraphs per sentence."""

from __future__ import annotations

from reader.summary.prepared import count_matrix, prepare

TEXT = "The Bridges closed.\nEngineers repair the bridge. It takes months.\n\nFerries run."
SPANS = ((0, 19), (20, 48), (49, 65), (67, 79))


def test_words_stems_and_content():
    prepared = prepare(TEXT, SPANS, "en", "Bridge closed")
    assert prepared.words[0] == ["The", "Bridges", "closed"]
    assert prepared.stems[0] == ["the", "bridg", "close"]
    assert prepared.content[0] == ["bridg", "close"]
    assert prepared.content[2] == ["take", "month"]


def test_a_line_break_starts_a_paragraph():
    assert prepare(TEXT, SPANS, "en").paragraph == [0, 1, 1, 2]


def test_sentences_repeating_the_headline_are_excluded():
    assert prepare(TEXT, SPANS, "en", "the bridges CLOSED").excluded == frozenset({0})
    assert prepare(TEXT, SPANS, "en", "").excluded == frozenset()


def test_count_matrix_counts_and_can_skip_unknown_terms():
    vocabulary: dict[str, int] = {}
    matrix = count_matrix([["a", "b", "a"], ["c"]], vocabulary)
    assert matrix.toarray().tolist() == [[2, 1, 0], [0, 0, 1]]
    fixed = count_matrix([["a", "z"]], vocabulary, grow=False)
    assert fixed.toarray().tolist() == [[1, 0, 0]]
    assert "z" not in vocabulary
