"""LexRank, TextRank and Reduction: the vectorised versions choose what sumy chooses."""

from __future__ import annotations

import pytest

from reader.summary.fast_graph import lexrank_scores, reduction_scores, textrank_scores
from reader.summary.prepared import prepare

SCORES = {"lexrank": lexrank_scores, "textrank": textrank_scores, "reduction": reduction_scores}


def _scores(name, article):
    prepared = prepare(article.body, article.spans, article.language, article.title)
    return list(SCORES[name](prepared))


@pytest.mark.parametrize("name", sorted(SCORES))
def test_same_sentences_as_sumy_on_own_articles(name, own_articles, assert_same_as_sumy):
    for article in own_articles:
        for count in (1, 3, 5):
            assert_same_as_sumy(name, article, count, _scores(name, article))


@pytest.mark.parametrize("name", sorted(SCORES))
def test_same_sentences_as_sumy_on_bbc_articles(name, bbc_articles, assert_same_as_sumy):
    for article in bbc_articles:
        for count in (3, 6):
            assert_same_as_sumy(name, article, count, _scores(name, article))


def test_ratings_match_sumy_numerically(english_article):
    """Not only the ranking: the ratings themselves are sumy's (within float noise)."""
    from sumy.summarizers.reduction import ReductionSummarizer

    from reader.summary.sumy_reference import sumy_document, sumy_summarizer

    article = english_article
    document = sumy_document(article.body, article.spans, "en")
    summarizer = sumy_summarizer("reduction", "en")
    assert isinstance(summarizer, ReductionSummarizer)
    theirs = summarizer.rate_sentences(document)
    ours = _scores("reduction", article)
    for i, sentence in enumerate(document.sentences):
        assert ours[i] == pytest.approx(theirs[sentence], rel=1e-9)


def test_unrelated_sentences_get_no_centrality():
    text = "Apples grow on trees. Submarines dive deep. Violins sound sweet."
    spans = ((0, 21), (22, 43), (44, 64))
    prepared = prepare(text, spans, "en")
    assert list(reduction_scores(prepared)) == [0.0, 0.0, 0.0]
    lexrank = lexrank_scores(prepared)
    assert lexrank[0] == pytest.approx(lexrank[1]) == pytest.approx(lexrank[2])


def test_shared_words_raise_the_rating():
    text = "The council closed the bridge. The bridge needs new cables. Cats sleep."
    spans = ((0, 30), (31, 59), (60, 71))
    prepared = prepare(text, spans, "en")
    reduction = reduction_scores(prepared)
    assert reduction[0] > 0 and reduction[1] > 0 and reduction[2] == 0
    textrank = textrank_scores(prepared)
    assert textrank[1] > textrank[2]
