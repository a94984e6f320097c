"""The speaker finder's word lists, read once from the package data in ``data/*.txt``.

Each file holds one entry a line (lower case) after a ``#`` header saying what it holds and
where it came from; a map file holds ``key value`` lines (``-`` for an empty value). The
modules import the lists from here, so each list is declared once.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA = Path(__file__).with_name("data")


@cache
def entries(name: str) -> tuple[str, ...]:
    """The entries of ``data/<name>.txt`` in file order (header and blank lines skipped)."""
    text = (DATA / f"{name}.txt").read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and line[0] != "#")


def word_set(name: str) -> frozenset[str]:
    """The entries of ``data/<name>.txt`` as a set."""
    return frozenset(entries(name))


def word_map(name: str) -> dict[str, str]:
    """The ``key value`` lines of ``data/<name>.txt`` as a dict (``-`` reads as ``""``)."""
    pairs = (line.split(maxsplit=1) for line in entries(name))
    return {key: ("" if value == "-" else value) for key, value in pairs}


def words(spaced: str) -> frozenset[str]:
    """The whitespace-separated words of ``spaced`` (small grammatical sets kept in code)."""
    return frozenset(spaced.split())


# -- people and names ----------------------------------------------------------------------------
HONORIFICS: dict[str, str] = word_map("honorifics")  # "ms" -> "f"
TITLES: dict[str, str] = word_map("titles")  # "gov" -> "governor"
ROLE_NOUNS: frozenset[str] = word_set("role-nouns")
GERMAN_ROLE_ENDINGS: tuple[str, ...] = entries("german-role-endings")
FIRST_NAMES: dict[str, str] = word_map("given-names")  # "anna" -> "f", "kim" -> ""
PARTICLES: frozenset[str] = word_set("particles")
SUFFIXES: frozenset[str] = word_set("suffixes")
POSTNOMINALS: frozenset[str] = word_set("postnominals")
NAME_MONTHS: frozenset[str] = word_set("name-months")
TITLE_SURNAMES: frozenset[str] = word_set("title-surnames")
NOT_NAME: frozenset[str] = word_set("not-names")
PRONOUNS: dict[str, str] = word_map("pronouns")
DEMONYMS: frozenset[str] = word_set("demonyms")
ANAPHORIC_ROLES: frozenset[str] = DEMONYMS | word_set("anaphoric-roles")
KIN_NOUNS: frozenset[str] = word_set("kin-nouns")
PLAYER_POSITIONS: frozenset[str] = word_set("player-positions")
PAIR_NOUNS: frozenset[str] = word_set("pair-nouns")

# -- organisations and places --------------------------------------------------------------------
ORG_WORDS: frozenset[str] = word_set("organisation-words")
ORG_NAMES: frozenset[str] = word_set("organisation-names")
BUSINESS_ENDINGS: frozenset[str] = word_set("business-endings")
ORG_DESCRIPTORS: frozenset[str] = word_set("organisation-descriptors")
PLACES: frozenset[str] = word_set("places")
STOCK_NOUNS: frozenset[str] = word_set("stock-nouns")
MARKET_ROLES: frozenset[str] = word_set("market-roles")
PRICE_MOVES: frozenset[str] = word_set("price-moves")

# -- grammar around names and verbs --------------------------------------------------------------
ABBREVIATIONS: frozenset[str] = word_set("abbreviations")
PREPOSITIONS: frozenset[str] = word_set("prepositions")
CLAUSE_WORDS: frozenset[str] = word_set("clause-words")
BETWEEN_SUBJECT_AND_VERB: frozenset[str] = word_set("between-subject-and-verb")
AUXILIARIES: frozenset[str] = word_set("auxiliaries")
GERMAN_NOUN_ENDINGS: tuple[str, ...] = entries("german-noun-endings")  # "-ung", "-heit"
SUBJECT_OPENERS: frozenset[str] = word_set("subject-openers")
NOUN_PHRASE_WORDS: frozenset[str] = word_set("noun-phrase-words")
OBJECT_STARTERS: frozenset[str] = word_set("object-starters")
WRITTEN_MESSAGES: frozenset[str] = word_set("written-messages")
WRITTEN_WORKS: frozenset[str] = word_set("written-works")
REPORTED_WHERE: frozenset[str] = word_set("reported-where")
LISTENERS: frozenset[str] = word_set("listeners")
TELLING_VERBS: frozenset[str] = word_set("telling-verbs")  # "told CNN", "urged lawmakers"
