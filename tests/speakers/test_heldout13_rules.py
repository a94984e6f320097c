"""Rules added after scoring the own set ``heldout13`` blind.

Each test uses short sentences written for this file, not taken from any article.
"""

from __future__ import annotations

from tests.speakers.helpers import names_of


def test_whose_with_a_relative_makes_a_person() -> None:
    text = '"We are still waiting," said Ilse Varnok, whose daughter was hurt in the fire.'
    assert names_of(text) == ["Ilse Varnok"]
    text = "Tomas Ekvall, whose father ran the mill, said the town had changed."
    assert names_of(text) == ["Tomas Ekvall"]


def test_whose_with_a_thing_is_no_person_evidence() -> None:
    # companies have shares and profits, not sons
    text = "Brightwell Kenmore, whose shares fell 5%, said demand was weak."
    assert names_of(text) == []


def test_a_name_between_commas_after_an_opening_role_phrase() -> None:
    text = "The mayor of the harbour town, Olek Strand, said the ferry would run again."
    assert names_of(text) == ["Olek Strand"]


def test_an_opening_phrase_without_a_role_gives_none() -> None:
    text = "The day after the storm, Olek Strand said the ferry would run again."
    assert names_of(text) == []


def test_a_single_name_after_chief_of_is_the_organisation() -> None:
    text = "Mara Quist, CEO of Vantrel, spoke in Oslo. Vantrel said prices would fall."
    assert names_of(text) == []


def test_a_regulator_in_an_appositive_is_no_person() -> None:
    text = "Ofwex, the energy regulator, welcomed the plan on Monday."
    assert names_of(text) == []


def test_of_inside_a_capitalised_title_is_no_object() -> None:
    text = "Lords of the Sea star Alan Pike said the sequel was already written."
    assert names_of(text) == ["Alan Pike"]
    # the widow's own words, not her late husband's
    text = "The widow of union leader Alan Pike said the fight would go on."
    assert names_of(text) == []


def test_a_name_after_was_is_a_referent_for_she() -> None:
    text = (
        "Among those at the vigil was Ottilie Brandauer, 71, whose grandson is missing. "
        '"I just want him home," she told reporters.'
    )
    assert names_of(text) == ["Ottilie Brandauer"]


def test_a_possessive_noun_phrase_before_a_name_keeps_it_a_subject() -> None:
    text = (
        "The party's election co-ordinator Peter Hamlin defended the plan to use Mr Oates in "
        'the adverts. Asked about the polls, he replied: "We are not complacent."'
    )
    assert names_of(text) == ["Peter Hamlin"]
