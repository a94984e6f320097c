"""LSA: the column-norm shortcut equals sumy's SVD ranks."""

from __future__ import annotations

import pytest

from reader.summary.fast_lsa import lsa_scores
from reader.summary.prepared import prepare


def _scores(article):
    return list(lsa_scores(prepare(article.body, article.spans, article.language, article.title)))


def test_ranks_equal_sumys_svd_ranks(own_articles):
    import warnings

    import numpy as np

    from reader.summary.sumy_reference import sumy_document, sumy_summarizer

    for article in own_articles:
        document = sumy_document(article.body, article.spans, article.language)
        summarizer = sumy_summarizer("lsa", article.language)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            dictionary = summarizer._create_dictionary(document)
            matrix = summarizer._compute_term_frequency(
                summarizer._create_matrix(document, dictionary)
            )
        _u, sigma, v = np.linalg.svd(matrix, full_matrices=False)
        theirs = summarizer._compute_ranks(sigma, v)
        assert _scores(article) == pytest.approx(theirs, rel=1e-9), article.name


def test_same_sentences_as_sumy(own_articles, assert_same_as_sumy):
    for article in own_articles:
        for count in (1, 3, 5):
            assert_same_as_sumy("lsa", article, count, _scores(article))


def test_same_sentences_as_sumy_on_bbc_articles(bbc_articles, assert_same_as_sumy):
    for article in bbc_articles:
        for count in (3, 6):
            assert_same_as_sumy("lsa", article, count, _scores(article))


def test_sentence_without_dictionary_words_ranks_zero():
    text = "The bridge will close. It is what it is."
    prepared = prepare(text, ((0, 22), (23, 40)), "en")
    scores = lsa_scores(prepared)
    assert scores[0] > 0 and scores[1] == 0
