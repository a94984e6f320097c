"""Rules of reader/speakers/people.py, on short sentences written for these tests."""

from __future__ import annotations

from tests.speakers.helpers import names_of


def test_a_full_name_closing_a_quotation_is_a_person() -> None:
    text = '"We waited all night for news," said Oyelaran Adebisi.'
    assert names_of(text) == ["Oyelaran Adebisi"]


def test_an_organisation_closing_a_quotation_is_no_person() -> None:
    assert names_of('"We are alarmed," said Amnesty International.') == []
    assert names_of('"We are alarmed," said Human Rights Watch.') == []
    # one word closing a quotation is no evidence on its own
    assert names_of('"We are alarmed," said Adebisi.') == []


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


def test_one_german_word_after_a_role_noun_is_a_person() -> None:
    # "Sein Landsmann Willian": German capitalises nouns, so only a role noun opened by an
    # article or possessive marks a lone word as a name, and a noun-like word stays no name
    text = "Sein Landsmann Willian kam. Wir müssen gewinnen, betonte Brasiliens Teamkicker."
    assert names_of(text, "de") == ["Willian"]
    text = "Der Forscher Kernfusion-Ankündigung kam. Wir müssen gewinnen, betonte der Forscher."
    assert names_of(text, "de") == []
