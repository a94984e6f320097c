"""KL-Sum and SumBasic: the vectorised greedy loops choose what sumy chooses."""

from __future__ import annotations

import pytest

from reader.summary.fast_greedy import first_best, kl_order, sumbasic_order
from reader.summary.prepared import prepare


@pytest.mark.parametrize("name", ["kl", "sumbasic"])
def test_same_sentences_as_sumy_on_own_articles(name, own_articles, assert_same_as_sumy):
    for article in own_articles:
        for count in (1, 3, 5):
            assert_same_as_sumy(name, article, count)


@pytest.mark.parametrize("name", ["kl", "sumbasic"])
def test_same_sentences_as_sumy_on_bbc_articles(name, bbc_articles, assert_same_as_sumy):
    for article in bbc_articles:
        for count in (3, 6):
            assert_same_as_sumy(name, article, count)


def test_order_is_sumys_full_ranking_prefix(english_article):
    """The first choices equal sumy's ranking (sumy rates sentence i by -(step it was picked))."""
    from reader.summary.sumy_reference import sumy_document, sumy_summarizer

    article = english_article
    document = sumy_document(article.body, article.spans, "en")
    prepared = prepare(article.body, article.spans, "en")
    for name, order in (("kl", kl_order), ("sumbasic", sumbasic_order)):
        ratings = sumy_summarizer(name, "en")._compute_ratings(document.sentences)
        theirs = sorted(
            range(len(document.sentences)), key=lambda i: -ratings[document.sentences[i]]
        )
        assert order(prepared, 6) == theirs[:6], name


def test_stops_at_the_article_length():
    text = "One fine day. Another fine day."
    prepared = prepare(text, ((0, 13), (14, 31)), "en")
    assert sorted(kl_order(prepared, 5)) == [0, 1]
    assert sorted(sumbasic_order(prepared, 5)) == [0, 1]
    assert kl_order(prepared, 0) == []


def test_ties_go_to_the_earliest():
    import numpy as np

    assert first_best(np.array([0.5, 0.7, 0.7 + 1e-15, 0.1])) == 1
    assert first_best(np.array([0.3, 0.2, 0.2, np.inf]), lowest=True) == 1
