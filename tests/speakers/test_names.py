"""Candidate person names: titles stripped, organisations and places rejected."""

from __future__ import annotations

from reader.speakers.names import NameMention, find_name_mentions, role_of
from reader.speakers.text import Index


def mentions(text: str, language: str = "en") -> list[NameMention]:
    return find_name_mentions(Index(text), language)


def words(text: str, language: str = "en") -> list[tuple[str, ...]]:
    return [m.words for m in mentions(text, language)]


def test_titles_before_a_name_become_roles() -> None:
    (m,) = mentions("Yesterday US Secretary of State Antony Blinken spoke.")
    assert m.words == ("Antony", "Blinken")
    assert "secretary" in m.roles


def test_honorific_is_recorded_with_its_offset() -> None:
    text = "Later Ms Hewitt spoke."
    (m,) = mentions(text)
    assert m.words == ("Hewitt",)
    assert m.honorific == "ms"
    assert text[m.honorific_start : m.end] == "Ms Hewitt"


def test_initials_particles_and_suffixes_stay_in_the_name() -> None:
    text = "Then Patrick W. Carlineo Jr. and Nick Van den Brul of BNP Paribas met."
    found = mentions(text)
    assert [text[m.start : m.end] for m in found][:2] == [
        "Patrick W. Carlineo Jr.",
        "Nick Van den Brul",
    ]
    assert found[0].surname == "Carlineo"
    assert found[1].surname == "Brul"


def test_organisation_and_place_runs_are_no_names() -> None:
    found = words("Prices at Dick Clark Productions rose in New York.")
    assert not any({"Clark", "Productions", "York"} & set(w) for w in found)
    assert words("The Swedish Prosecution Authority met.") == []


def test_month_after_a_given_name_is_a_surname_but_not_alone() -> None:
    assert ("Theresa", "May") in words("In March Theresa May spoke.")
    assert words("The law changes in May, officials said.") in ([], [("May",)])


def test_common_word_capitalised_at_sentence_start_is_dropped() -> None:
    text = "Teachers said they were tired. Many teachers agreed."
    assert words(text) == []


def test_gerund_opening_a_sentence_is_not_a_given_name() -> None:
    assert words("Hosting Cook at the event was a coup.") == [("Cook",)]


def test_role_before_a_name_and_in_an_appositive() -> None:
    a = mentions("Commerzbank analyst Carsten Fritsch spoke.")[-1]
    assert a.words == ("Carsten", "Fritsch") and "analyst" in a.roles
    (b,) = mentions("Marco Villa, the company's chief operating officer, spoke.")
    assert {"chief", "officer"} <= b.roles


def test_role_does_not_leak_across_a_preposition_or_a_relative_clause() -> None:
    found = mentions("Stephen Toulouse, a security manager at Vantrel, spoke.")
    by_name = {m.words: m for m in found}
    assert "manager" in by_name[("Stephen", "Toulouse")].roles
    assert not by_name[("Vantrel",)].roles
    (blinken, stoltenberg) = mentions(
        "Blinken, who was speaking with NATO Secretary General Jens Stoltenberg, spoke."
    )
    assert not blinken.roles and blinken.who_follows
    assert "secretary" in stoltenberg.roles


def test_contractions_and_lower_case_compounds_are_no_names() -> None:
    assert words("We're told Iran-backed groups moved.") == []


def test_german_compound_roles_and_no_particle_after_a_noun() -> None:
    m = mentions("Gestern erklärte Verkehrsplaner Jonas Albrecht alles.", "de")[-1]
    assert m.words == ("Jonas", "Albrecht") and "planer" in m.roles
    assert role_of("Regierungssprecher") == "sprecher"
    assert all(w != "von" for ws in words("Der Betrieb von Wendelstein läuft.", "de") for w in ws)
