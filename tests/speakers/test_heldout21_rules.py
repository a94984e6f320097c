"""Rules added after the heldout21 blind round (sentences written for these tests)."""

from __future__ import annotations

from tests.speakers.helpers import names_of


def test_title_word_after_an_unlisted_given_name_is_a_surname() -> None:
    text = "Rates were held. Governor Mervyn King said the economy was growing at its trend rate."
    assert names_of(text) == ["Mervyn King"]


def test_title_word_after_a_common_word_is_no_surname() -> None:
    text = "Sales of burger meals rose. Burger King said its profits had doubled this year."
    assert names_of(text) == []
