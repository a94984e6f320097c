"""Ages and nationalities an article gives its people, and who a later description means."""

from __future__ import annotations

from reader.speakers.descriptions import NATIONALITIES, Descriptions
from reader.speakers.people import find_people
from reader.speakers.text import Index

from .helpers import speakers_of, surfaces


def _table(text: str) -> tuple[Descriptions, dict[str, int]]:
    index = Index(text)
    found = find_people(index, "en")
    table = Descriptions(index, found.mentions, found.referent)
    people = {found.mentions[i].words[-1]: p for i, p in enumerate(found.referent) if p >= 0}
    return table, people


def _given(table: Descriptions, people: dict[str, int]) -> dict[str, set[tuple[str, str]]]:
    by_name = {p: n for n, p in people.items()}
    out: dict[str, set[tuple[str, str]]] = {}
    for key, who in table.given.items():
        for p in who:
            out.setdefault(by_name[p], set()).add(key)
    return out


def test_ages_and_nationalities_given_with_a_name() -> None:
    text = (
        "Sweden's Elin Berg beat Carla Mora of Spain. Berg, 24, served well. "
        "The Norwegian glaciologist Ingrid Solberg said the ice was thick. "
        "Tom Reed (45) was held. The 33-year-old Swede Marcus Lund spoke. "
        "Tom Eccles, a 34-year-old nurse, agreed. Ann Vale, aged 61, left."
    )
    table, people = _table(text)
    given = _given(table, people)
    assert given["Berg"] == {("nation", "sweden"), ("age", "24")}
    assert given["Mora"] == {("nation", "spain")}
    assert given["Solberg"] == {("nation", "norway")}
    assert given["Reed"] == {("age", "45")}
    assert given["Lund"] == {("age", "33"), ("nation", "sweden")}
    assert given["Eccles"] == {("age", "34")}
    assert given["Vale"] == {("age", "61")}


def test_no_age_from_numbers_that_are_no_age_nor_a_nationality_across_names() -> None:
    # "Room 5" and "1,200" are no ages; Mora is not Swedish because Berg was
    text = "Sweden's Elin Berg and Carla Mora met in Room 5. Ann Vale, 1,200 votes, won."
    table, people = _table(text)
    given = _given(table, people)
    assert "Mora" not in given
    assert "Vale" not in given


def test_nationalities_are_data_mapping_every_word_to_its_country() -> None:
    assert NATIONALITIES["swede"] == NATIONALITIES["swedish"] == "sweden"
    assert NATIONALITIES["spaniard"] == "spain"
    assert all(NATIONALITIES.get(country) == country for country in NATIONALITIES.values())


def test_an_age_given_earlier_means_that_person_after_another_spoke() -> None:
    text = (
        "Elin Berg, 24, beat Carla Mora in the semi-final.\n\n"
        'Mora said she had struggled with the wind. "It was hard," she said.\n\n'
        '"I was shaking at the end," the 24-year-old said.'
    )
    by_name = {s.name: surfaces(text, s.quotes) for s in speakers_of(text)}
    assert by_name["Elin Berg"] == ['"I was shaking at the end,"']
    assert '"I was shaking at the end,"' not in by_name["Carla Mora"]


def test_a_nationality_given_earlier_means_that_person_after_another_spoke() -> None:
    text = (
        "The Norwegian glaciologist Ingrid Solberg led the team. Among those on board was "
        "the Japanese oceanographer Kenji Morita.\n\n"
        '"The ice was thick," Morita said.\n\n'
        "The Norwegian said the ship would reach port on Friday."
    )
    by_name = {s.name: surfaces(text, s.quotes) for s in speakers_of(text)}
    assert by_name["Ingrid Solberg"] == ["the ship would reach port on Friday"]


def test_an_occupation_with_an_age_is_a_description() -> None:
    # "the 52-year-old Labour councillor" is a subject, and means the councillor aged 52
    text = (
        "Councillor Janet Pryce, 52, defended the plan. Owen Marsh, 67, said nobody had "
        "been consulted.\n\n"
        "The 52-year-old Labour councillor said the consultation had run for twelve weeks."
    )
    by_name = {s.name: surfaces(text, s.quotes) for s in speakers_of(text)}
    assert by_name["Janet Pryce"] == ["the consultation had run for twelve weeks"]


def test_a_description_is_never_a_person_given_another_age() -> None:
    # the last speaker is 24: "the 29-year-old" is the other woman who spoke before
    text = (
        "Carla Mora lost to Elin Berg, 24, on Saturday. Mora said she was tired.\n\n"
        '"I was shaking at the end," Berg said.\n\n'
        '"I need a week off," the 29-year-old added.'
    )
    by_name = {s.name: surfaces(text, s.quotes) for s in speakers_of(text)}
    assert '"I need a week off,"' in by_name["Carla Mora"]
    assert '"I need a week off,"' not in by_name["Elin Berg"]


def test_a_country_before_a_role_is_no_nationality() -> None:
    # "Scotland coach Matt Williams" coaches Scotland: "the Australian" may still be him
    text = (
        'Captain Gareth Thomas said the mood was "special".\n\n'
        'Scotland coach Matt Williams admitted his side had been poor. "We gave away soft '
        'tries," the Australian said.'
    )
    table, people = _table(text)
    assert _given(table, people) == {}
    by_name = {s.name: surfaces(text, s.quotes) for s in speakers_of(text)}
    assert '"We gave away soft tries,"' in by_name["Matt Williams"]


def test_a_new_detail_introduces_the_person_another_just_spoke_about() -> None:
    # nobody was given an age: "the 33-year-old Swede" is the player the manager spoke about
    text = (
        '"It is a hard day," manager Stan Bowes told reporters.\n\n'
        "Bowes said he had spoken to Marcus Lindgren before the deal was announced.\n\n"
        "The 33-year-old Swede, who has two years left on his contract, said in a statement "
        "that he was grateful to the city."
    )
    by_name = {s.name: surfaces(text, s.quotes) for s in speakers_of(text)}
    assert by_name["Marcus Lindgren"] == ["he was grateful to the city"]


def test_a_new_detail_is_not_the_object_of_another_persons_deed() -> None:
    # "beating Dan Hruby" is no speech about him: "the Swiss" is the winner
    text = (
        "World number one Roger Fedor also progressed, beating Dan Hruby 6-2 6-3. The Swiss, "
        'who is chasing a third title, admitted he had been "a bit rusty".'
    )
    by_name = {s.name: surfaces(text, s.quotes) for s in speakers_of(text)}
    assert by_name["Roger Fedor"] == ['he had been "a bit rusty"']
