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


def test_reduction_by_length_equals_the_graph_sum(own_articles):
    """The linear form used on long texts gives the graph's ratings, sentence by sentence."""
    import numpy as np

    from reader.summary.fast_graph import (
        reduction_scores_by_graph,
        reduction_scores_by_length,
    )

    for article in own_articles:
        prepared = prepare(article.body, article.spans, article.language, article.title)
        by_graph = reduction_scores_by_graph(prepared)
        by_length = reduction_scores_by_length(prepared)
        assert np.allclose(by_graph, by_length, rtol=1e-12, atol=1e-12)
        assert by_graph.any()  # the articles do share words: the comparison is not vacuous


def test_reduction_by_length_handles_one_word_and_empty_sentences():
    import numpy as np

    from reader.summary.fast_graph import (
        reduction_scores_by_graph,
        reduction_scores_by_length,
    )

    text = "Bridges. Bridges. The. Bridges close early. Rivers and bridges close. Rain."
    spans = ((0, 8), (9, 17), (18, 22), (23, 43), (44, 69), (70, 75))
    prepared = prepare(text, spans, "en")
    assert np.allclose(reduction_scores_by_graph(prepared), reduction_scores_by_length(prepared))


def test_long_texts_take_the_linear_path(monkeypatch, own_articles):
    from reader.summary import fast_graph, plain_counts

    article = own_articles[0]
    prepared = prepare(article.body, article.spans, article.language, article.title)
    monkeypatch.setattr(plain_counts, "PLAIN_LIMIT", 0)  # not an article: the numpy path
    monkeypatch.setattr(fast_graph, "REDUCTION_GRAPH_LIMIT", 1)
    monkeypatch.setattr(fast_graph, "reduction_scores_by_graph", None)  # must not be called
    assert len(fast_graph.reduction_scores(prepared)) == prepared.size
