"""Who is a person in German text: more given names, person nouns, one-word names that a
later description refers back to, authorities."""

from __future__ import annotations

from reader.result import Speaker
from reader.speakers.german_people import (
    described_one_word_names,
    german_gender,
    german_given_gender,
    person_noun,
)
from reader.speakers.names import find_name_mentions
from reader.speakers.text import Index

from .helpers import names_of


def test_given_names_of_either_list_with_their_gender() -> None:
    assert german_given_gender("Anna") == "f"  # the shared list
    assert german_given_gender("Gisa") == "f"  # only the German list
    assert german_given_gender("Halil") == "m"
    assert german_given_gender("Tor") is None  # a noun, left out
    assert german_gender(("Gisa", "Bart")) == "f"
    assert german_gender(("Bart",)) == ""


def test_a_name_with_a_given_name_only_the_german_list_knows_is_a_person() -> None:
    text = "Gisa Bart hat den Keller geräumt. Das Wasser kam schnell, sagte Bart."
    assert names_of(text, "de") == ["Gisa Bart"]
    # the same words in English text: the shared list alone decides, and knows no "Gisa"
    assert names_of("Gisa Bart cleared the cellar.", "en") == []


def test_person_nouns_by_their_ending_and_article() -> None:
    assert person_noun("Kreisläufer", "der") == "m"
    assert person_noun("Rentnerin", "die") == "f"
    assert person_noun("Angeklagte", "die") == "f"
    assert person_noun("Forscher", "die") is None  # a plural
    assert person_noun("Hersteller", "der") is None  # a company, mostly
    assert person_noun("Polizei", "die") is None
    assert person_noun("kreisläufer", "der") is None  # not a noun
    assert person_noun("Kreisläufer", "dem") is None  # not the subject


def _described(text: str) -> list[tuple[str, ...]]:
    index = Index(text)
    mentions = find_name_mentions(index, "de")
    return [mentions[i].words for i in sorted(described_one_word_names(index, mentions))]


def test_a_one_word_name_a_nationality_after_the_speech_verb_refers_back_to() -> None:
    text = (
        "Das zweite Tor schoss Ederson in der 71. Minute per Kopf. "
        "„Ich habe nur auf den Ball geschaut“, sagte der Brasilianer."
    )
    assert _described(text) == [("Ederson",)]
    assert names_of(text, "de") == ["Ederson"]


def test_an_age_or_a_position_refers_back_too_but_no_noun_or_place() -> None:
    text = "Im Tor stand Kovač. Wir waren wach, meinte der Torhüter."
    assert names_of(text, "de") == ["Kovač"]
    text = "Das Spiel gewann am Ende Salzburg. Wir waren wach, meinte der 29-Jährige."
    assert names_of(text, "de") == []  # "Salzburg" opens no sentence but is a place
    text = "Die Mannschaft spielte in Linz. Wir waren wach, meinte der Brasilianer."
    assert _described(text) == []  # a place after "in", a sentence's first word


def test_a_description_the_list_lacks_means_the_person_of_matching_gender() -> None:
    text = (
        "Einsatzleiter Bernd Kolb zufolge sinkt der Pegel. „Wir bleiben vorsichtig“, sagte er. "
        "Anwohnerin Hedda Brink hat ihren Keller geräumt. „Man lernt dazu“, erzählt die "
        "Rentnerin."
    )
    found = {s.name: s for s in _who(text)}
    assert set(found) == {"Bernd Kolb", "Hedda Brink"}
    brink = found["Hedda Brink"]
    assert [text[a:b] for a, b in brink.quotes] == ["„Man lernt dazu“"]


def test_authorities_after_laut_or_before_zufolge_are_no_one() -> None:
    text = "Laut Polizei wurde niemand verletzt. Feuerwehr zufolge ist das Wasser gesunken."
    assert names_of(text, "de") == []


def _who(text: str) -> tuple[Speaker, ...]:
    from reader.speakers import who_said_what

    return who_said_what(text, "de").speakers


def test_german_demonyms_beyond_the_shared_list() -> None:
    text = (
        "Das Siegtor schoss Arturo Vidales. „Es war ein Traum“, sagte der Chilene. "
        "Daneben stand der Senegalese Diatta."
    )
    assert _described(text) == []  # the scorer has two names: no one-word rule needed
    assert names_of(text, "de") == ["Arturo Vidales"]
    assert person_noun("Kolumbianerin", "die") == "f"
    assert _described("Im Tor stand Ochoa. Wir waren wach, meinte der Kolumbianer.") == [("Ochoa",)]


def test_a_word_the_text_also_puts_after_gegen_or_in_is_a_team_or_a_place() -> None:
    text = "Das Tor schoss Schalke spät. „Es war ein Traum“, sagte der 30-Jährige. "
    assert names_of(text + "Am Samstag geht es gegen Schalke.", "de") == []
    assert names_of(text.replace("Schalke", "Joelinho") + "Dann gegen Schalke.", "de") == [
        "Joelinho"
    ]


def test_a_word_in_a_noun_phrase_before_a_description_is_no_one_word_name() -> None:
    text = (
        "Die Studie lief sechs Jahre. In besonders heißen Sommern sei die Zahl gesunken. "
        "»Das hat uns überrascht«, sagte die Schwedin."
    )
    assert "Sommern" not in names_of(text, "de")
    text = (
        "Matchwinner war Jatobá, der binnen sechs Minuten traf. Ich wusste, dass meine "
        "Chance kommt, sagte der Brasilianer."
    )
    assert names_of(text, "de") == ["Jatobá"]


def test_an_object_after_the_subject_is_no_one_word_name() -> None:
    text = (
        "Bei Hitze sammelten viele Arten kaum noch Pollen. »Das hat uns überrascht«, "
        "sagte die Schwedin."
    )
    assert names_of(text, "de") == []
