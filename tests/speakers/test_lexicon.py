"""The speaker finder's word lists: package data files, each declared once, clean."""

from __future__ import annotations

import pytest

from reader.speakers import lexicon
from reader.speakers.lexicon import DATA, entries, word_map

FILES = sorted(p.stem for p in DATA.glob("*.txt"))
MAPS = {
    *("honorifics", "titles", "given-names", "german-given-names", "pronouns"),
    "german-content-prepositions",
    *("statement-object-verbs", "gendered-role-nouns"),  # a word, then its completion or gender
    "nationalities",  # a word of nationality, then its country
    "title-classes",  # an honorific or post-nominal, then the class of person it names
}
PHRASES = {
    *("speech-verb-forms", "german-separable-verbs", "german-not-speech-separables"),
    "german-person-endings",  # "der er": an article and an ending
}


def test_every_list_is_a_data_file_with_a_header() -> None:
    assert len(FILES) > 20
    for name in FILES:
        text = (DATA / f"{name}.txt").read_text(encoding="utf-8")
        assert text.startswith("# "), name
        assert "Source:" in text.split("\n#")[-1] or "Source:" in text, name


@pytest.mark.parametrize("name", FILES)
def test_entries_are_unique_lower_case_and_one_a_line(name: str) -> None:
    found = entries(name)
    assert found, name
    keys = [e.split()[0] for e in found] if name in MAPS else list(found)
    assert len(keys) == len(set(keys)), [k for k in keys if keys.count(k) > 1]
    for entry in found:
        assert entry == entry.lower(), entry
        assert name in MAPS or name in PHRASES or len(entry.split()) == 1, entry


def test_map_files_read_as_dicts() -> None:
    assert word_map("honorifics")["ms"] == "f"
    assert word_map("honorifics")["dr"] == ""  # "-": no gender
    assert word_map("titles")["gov"] == "governor"
    assert lexicon.FIRST_NAMES["anna"] == "f"


def test_lists_are_read_once() -> None:
    assert entries("role-nouns") is entries("role-nouns")


def test_subsets_stay_subsets() -> None:
    # player positions are role nouns; a person's roles can name a relative
    assert lexicon.PLAYER_POSITIONS <= lexicon.ROLE_NOUNS
    assert {"son", "widow"} <= lexicon.KIN_NOUNS


def test_no_given_name_is_listed_as_a_place_or_organisation_word() -> None:
    clash = set(lexicon.FIRST_NAMES) & (lexicon.PLACES | lexicon.ORG_WORDS)
    # a few words are both ("jordan", "virginia", "washington"): the place rule keeps
    # "Bob Jordan" a person; no other should appear
    assert clash <= {"jordan", "virginia", "washington", "chase", "lincoln", "sterling"}, clash


def test_the_german_given_names_extend_the_shared_list_without_repeating_it() -> None:
    german = word_map("german-given-names")
    assert len(german) > 3000
    assert not set(german) & set(lexicon.FIRST_NAMES)
    assert set(german.values()) <= {"m", "f", ""}
    # common German words that are also someone's given name somewhere are left out
    assert not {"tor", "tage", "kader", "roman", "stein", "said"} & set(german)
    assert not set(german) & (lexicon.PLACES | lexicon.ORG_WORDS | lexicon.DEMONYMS)
