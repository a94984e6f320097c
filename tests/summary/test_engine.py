"""Choosing the best-rated sentences."""

from __future__ import annotations

from reader.summary.engine import top


def test_top_returns_document_order():
    assert top([0.1, 0.9, 0.5, 0.7], 2) == [1, 3]


def test_ties_go_to_the_earlier_sentence():
    assert top([1.0, 2.0, 2.0, 2.0], 2) == [1, 2]
    assert top([0.3, 0.3 * (1 + 1e-14), 0.1], 1) == [0]  # float noise is a tie


def test_excluded_sentences_are_never_chosen():
    assert top([5.0, 1.0, 2.0], 2, frozenset({0})) == [1, 2]
    assert top([5.0, 1.0], 5, frozenset({0})) == [1]


def test_nan_ratings_rank_last():
    assert top([float("nan"), 0.2, 0.1], 2) == [1, 2]
