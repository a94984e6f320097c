"""Role evidence around a capitalised run."""

from __future__ import annotations

from reader.speakers.roles import role_of, who_follows
from reader.speakers.text import Index


def _after(text: str, word: str) -> tuple[Index, int]:
    index = Index(text)
    return index, [t.text for t in index.tokens].index(word)


def test_role_of_reads_titles_and_compounds() -> None:
    assert role_of("Gov") == "governor"
    assert role_of("editor-in-chief") == "editor"
    assert role_of("Tuesday") is None


def test_whose_and_a_relative_follow_only_people() -> None:
    assert who_follows(*_after("Ilse Varnok, whose son was hurt, spoke.", "Varnok"))
    assert not who_follows(*_after("Brightwell, whose shares fell, spoke.", "Brightwell"))
    assert who_follows(*_after("Ilse Varnok, 58, spoke.", "Varnok"))


def test_a_hyphenated_role_written_as_two_words_is_a_role() -> None:
    from reader.speakers.roles import roles_before

    index, k = _after("Centre back Tom Hale told reporters the team was fine.", "Tom")
    assert "centre-back" in roles_before(index, k, "en")
    index, k = _after("The Sunday back Tom Hale told reporters the team was fine.", "Tom")
    assert "centre-back" not in roles_before(index, k, "en")


def test_a_german_role_in_an_inflected_case_is_the_role() -> None:
    # "dem Vorsitzenden", "den Präsidenten", "des Abgeordneten" add -n / -en
    assert role_of("Vorsitzenden") == "vorsitzende"
    assert role_of("Präsidenten") == "präsident"
    assert role_of("Abgeordneten") == "abgeordnete"
    assert role_of("Washington") is None and role_of("Christian") is None
