"""The argument types both command lines share."""

from __future__ import annotations

import argparse

import pytest

from reader.arguments import whole_number


def test_a_whole_number_at_or_above_the_least_is_taken() -> None:
    parse = whole_number("too few", least=2)
    assert parse("2") == 2
    assert parse(" 7 ") == 7


@pytest.mark.parametrize(("value", "message"), [("1", "too few"), ("x", "'x' is not a whole")])
def test_other_values_get_a_message_a_person_reads(value: str, message: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError, match=message):
        whole_number("too few", least=2)(value)
