"""Luhn, Edmundson and Lead."""

from __future__ import annotations

import pytest

from reader.summary.heuristics import (
    edmundson_bonus_words,
    edmundson_scores,
    lead_scores,
    luhn_scores,
)
from reader.summary.prepared import prepare


def _prepared(article, title=None):
    return prepare(
        article.body, article.spans, article.language, article.title if title is None else title
    )


@pytest.mark.parametrize("name", ["luhn", "edmundson"])
def test_same_sentences_as_sumy_on_own_articles(name, own_articles, assert_same_as_sumy):
    for article in own_articles:
        for count in (1, 3, 5):
            assert_same_as_sumy(name, article, count)


@pytest.mark.parametrize("name", ["luhn", "edmundson"])
def test_same_sentences_as_sumy_on_bbc_articles(name, bbc_articles, assert_same_as_sumy):
    for article in bbc_articles:
        for count in (3, 6):
            assert_same_as_sumy(name, article, count)


def test_luhn_ratings_equal_sumys(english_article):
    from reader.summary.sumy_reference import sumy_document, sumy_summarizer

    article = english_article
    document = sumy_document(article.body, article.spans, "en")
    summarizer = sumy_summarizer("luhn", "en")
    significant = summarizer._get_significant_words(document.words)
    theirs = [summarizer.rate_sentence(s, significant) for s in document.sentences]
    assert luhn_scores(_prepared(article)) == pytest.approx(theirs)


def test_luhn_rates_clusters_of_repeated_words():
    text = "Bridge cables need bridge repairs now. Cats sleep all day long."
    prepared = prepare(text, ((0, 38), (39, 63)), "en")
    first, second = luhn_scores(prepared)
    assert first > 0 and second == 0


def test_edmundson_bonus_words_are_the_headline_content_words(english_article):
    words = edmundson_bonus_words(_prepared(english_article))
    assert "bridge" in [w.lower() for w in words]
    assert "to" not in [w.lower() for w in words]  # stop words are not cues


def test_edmundson_without_headline_uses_frequent_words(english_article):
    prepared = _prepared(english_article, title="")
    words = edmundson_bonus_words(prepared)
    assert "bridg" in words  # the article's most repeated content stem
    assert len(edmundson_scores(prepared)) == prepared.size


def test_edmundson_prefers_headline_words_and_paragraph_openings(english_article):
    scores = edmundson_scores(_prepared(english_article))
    # The opening sentence repeats the headline (harbour, bridge, close, months, repairs...)
    assert scores[0] == max(scores)


def test_lead_prefers_earlier_sentences(english_article):
    scores = lead_scores(_prepared(english_article))
    assert scores == sorted(scores, reverse=True)
