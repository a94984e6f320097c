"""Rules added after the heldout21 blind round (sentences written for these tests)."""

from __future__ import annotations

from tests.speakers.helpers import names_of


def test_title_word_after_an_unlisted_given_name_is_a_surname() -> None:
    text = "Rates were held. Governor Mervyn King said the economy was growing at its trend rate."
    assert names_of(text) == ["Mervyn King"]


def test_title_word_after_a_common_word_is_no_surname() -> None:
    text = "Sales of burger meals rose. Burger King said its profits had doubled this year."
    assert names_of(text) == []


def test_a_married_couple_both_speak_under_the_shared_surname() -> None:
    text = (
        "The charity opened a new shelter. Tom and Anne Pickard, who raised the money, "
        "said the town had been generous."
    )
    assert sorted(names_of(text)) == ["Anne Pickard", "Tom Pickard"]


def test_two_full_names_joined_by_and_keep_their_own_surnames() -> None:
    text = "Talks ended. Tom Reed and Anne Pickard said the deal was close."
    assert "Tom Pickard" not in names_of(text)


def test_a_bare_surname_is_the_principal_not_the_relative_named_later() -> None:
    text = (
        "Ray Dunmore, the boxing trainer, has died aged 80. His death was confirmed by his "
        "daughter, Jill Dunmore, who said he died peacefully. Dunmore trained three champions. "
        '"I only ever wanted them to be safe," Dunmore told the BBC in 2010.'
    )
    assert sorted(names_of(text)) == ["Jill Dunmore", "Ray Dunmore"]


def test_the_head_of_an_appositive_speaks_not_the_relative_inside_it() -> None:
    text = (
        "Four protesters were charged. Nina Castell, the daughter of novelist Hugo Castell, "
        "who has campaigned on the issue for years, said she had no regrets."
    )
    assert names_of(text) == ["Nina Castell"]


def test_a_lone_surname_closing_a_quotation_with_a_verb_is_a_speaker() -> None:
    text = 'The hearing grew tense. "So the problem has not been fixed?" Garrow asked.'
    assert names_of(text) == ["Garrow"]


def test_a_body_named_elsewhere_in_the_article_is_no_lone_speaker() -> None:
    text = (
        'The phone maker had a strong quarter. "Demand has never been higher," Banfield said. '
        "Shares in Banfield rose 4% in New York."
    )
    assert names_of(text) == []
    arsenal = '"We will look at the footage," Arsenal said. Fans were at Arsenal for the match.'
    assert names_of(arsenal) == []
