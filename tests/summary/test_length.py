"""Summary lengths: N sentences, a ratio, or Auto (sentences and words suited to the article)."""

from __future__ import annotations

import pytest

from reader.summary.length import (
    AUTO_MAX,
    AUTO_MIN,
    AUTO_WORDS_PER_SENTENCE,
    RATIO_MAX,
    AutoLength,
    auto_length,
    fill_budget,
    summary_length,
)


def test_count_is_capped_by_the_article():
    assert summary_length(10, count=4) == 4
    assert summary_length(3, count=8) == 3


def test_ratio_rounds_and_keeps_at_least_one():
    assert summary_length(20, ratio=0.25) == 5
    assert summary_length(20, ratio=0.01) == 1
    assert summary_length(10, ratio=1.0) == 10
    assert summary_length(1000, ratio=0.5) == RATIO_MAX


def test_neither_means_auto():
    assert summary_length(20) is None


@pytest.mark.parametrize("count", [0, -1, 2.5, True])
def test_bad_counts_are_refused(count):
    with pytest.raises(ValueError, match="whole number"):
        summary_length(10, count=count)


@pytest.mark.parametrize("ratio", [0, -0.2, 1.5])
def test_bad_ratios_are_refused(ratio):
    with pytest.raises(ValueError, match="ratio"):
        summary_length(10, ratio=ratio)


def test_count_and_ratio_together_are_refused():
    with pytest.raises(ValueError, match="not both"):
        summary_length(10, count=2, ratio=0.5)


@pytest.mark.parametrize(
    ("sentences", "words", "expected"),
    [
        (20, 450, 3),  # a short news story
        (40, 1400, 3),  # a long news story
        (70, 1500, 4),
        (140, 3000, 5),  # a feature
        (300, 6500, 6),
        (600, 12000, 7),
        (5000, 110000, AUTO_MAX),  # a book does not get a book-length summary
    ],
)
def test_auto_grows_with_the_article_one_sentence_per_doubling(sentences, words, expected):
    assert auto_length(sentences, words).sentences == expected


def test_auto_never_keeps_more_than_a_third_of_a_short_text():
    assert auto_length(6, 120).sentences == 2
    assert auto_length(2, 40).sentences == 1
    assert auto_length(1, 12).sentences == 1
    assert auto_length(0, 0).sentences == 0
    assert auto_length(9, 200).sentences == AUTO_MIN


def test_auto_word_budget_follows_the_sentence_count():
    for sentences, words in [(20, 450), (140, 3000), (600, 12000)]:
        limit = auto_length(sentences, words)
        assert limit.words == limit.sentences * AUTO_WORDS_PER_SENTENCE


def test_budget_takes_the_best_sentences_that_fit_in_document_order():
    lengths = [20, 25, 80, 15, 30, 10]
    limit = AutoLength(sentences=3, words=70)
    # 2 (80 words) does not fit and is passed over for the next best that fits
    assert fill_budget([1, 2, 0, 4, 3], lengths, limit) == [0, 1, 3]


def test_budget_stops_at_the_sentence_bound():
    lengths = [5] * 10
    assert fill_budget([9, 8, 7, 6, 5], lengths, AutoLength(sentences=2, words=100)) == [8, 9]


def test_budget_keeps_the_best_sentence_when_nothing_fits():
    assert fill_budget([1, 0], [200, 150], AutoLength(sentences=3, words=90)) == [1]
    assert fill_budget([], [], AutoLength(sentences=3, words=90)) == []


def test_budget_passes_over_a_sentence_its_check_refuses():
    # sentence 2 may only join a summary holding sentence 1
    def admits(index: int, chosen) -> bool:
        return index != 2 or 1 in chosen

    lengths = [10] * 6
    limit = AutoLength(sentences=3, words=90)
    assert fill_budget([0, 2, 3, 1, 4], lengths, limit, admits=admits) == [0, 1, 3]
    assert fill_budget([0, 1, 2, 3], lengths, limit, admits=admits) == [0, 1, 2]
    assert fill_budget([0, 2, 3, 1], lengths, limit) == [0, 2, 3]
