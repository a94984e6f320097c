"""Summary lengths: N sentences, a ratio, or the news default."""

from __future__ import annotations

import pytest

from reader.summary.length import (
    DEFAULT_MAX,
    DEFAULT_MIN,
    RATIO_MAX,
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


@pytest.mark.parametrize(
    ("total", "expected"),
    [(0, 0), (2, 2), (5, DEFAULT_MIN), (20, 4), (25, 5), (100, DEFAULT_MAX), (5000, DEFAULT_MAX)],
)
def test_default_is_a_fifth_within_bounds(total, expected):
    assert summary_length(total) == expected


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
