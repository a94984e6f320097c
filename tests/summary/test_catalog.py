"""The catalogue of summarisers."""

from __future__ import annotations

import pytest

from reader.summary.catalog import (
    ALGORITHM_LABELS,
    ALGORITHMS,
    DEFAULT_ALGORITHM,
    canonical_name,
)
from reader.summary.sumy_reference import SUMY_ALGORITHMS


def test_every_sumy_algorithm_is_offered_with_a_label():
    # the list: every sumy summariser that needs no extra input, plus Edmundson
    wanted = {"lexrank", "lsa", "luhn", "textrank", "sumbasic", "kl", "reduction", "edmundson"}
    assert set(SUMY_ALGORITHMS) == wanted
    assert set(ALGORITHM_LABELS) == set(ALGORITHMS)
    assert all(name == name.lower() for name in ALGORITHMS)
    assert DEFAULT_ALGORITHM in ALGORITHMS


@pytest.mark.parametrize(
    ("given", "name"),
    [("LexRank", "lexrank"), ("KL-Sum", "kl"), (" lsa ", "lsa"), (None, DEFAULT_ALGORITHM)],
)
def test_canonical_names(given, name):
    assert canonical_name(given) == name


def test_unknown_name_lists_the_choices():
    with pytest.raises(ValueError) as error:
        canonical_name("bart")
    message = str(error.value)
    assert "'bart'" in message
    assert all(name in message for name in ALGORITHMS)
