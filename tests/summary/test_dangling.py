"""Detecting sentences that depend on the one before (reader/summary/dangling.py): what is
flagged, what is not, and the word lists. Every example is our own."""

from __future__ import annotations

from importlib import resources

import pytest

from reader.summary.dangling import dangling, lexicon


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        ("But the ferry company says it cannot run a winter service.", "connective"),
        ("However, the harbour master refused to name the boat.", "connective"),
        ("Meanwhile the price of diesel kept rising.", "connective"),
        ("In response, the council promised a review.", "connective"),
        ("On Monday, however, the board changed its mind.", "connective"),
        ("He was fined £200 and banned from driving.", "pronoun"),
        ("Their landlord has since sold the building.", "pronoun"),
        ("Some of them slept in the station overnight.", "pronoun"),
        ("Speaking after the hearing, she thanked her family.", "pronoun"),
        ("It's a setback for the whole valley.", "pronoun"),
        ("Others waited on the quay until midnight.", "pronoun"),
        ('"He never came back," the neighbour said.', "pronoun"),
        ("This has upset families in the village.", "demonstrative"),
        ("Those figures will be published in spring.", "demonstrative"),
        ("Despite this, the regatta went ahead.", "demonstrative"),
        ("Such storms used to be rare on this coast.", "demonstrative"),
        ("The 41-year-old was taken to hospital.", "epithet"),
        ("The pair met at a sailing club.", "epithet"),
        ("Tehran has rejected the claim.", "shell noun"),
        ("The move angered fishermen.", "shell noun"),
        ("The union called the proposal an insult.", "shell noun"),
        ('All of them were rescued," the coastguard said.', "quotation"),
    ],
)
def test_english_sentences_that_depend_on_the_one_before(sentence, why):
    assert dangling(sentence, "en") == why


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        ("Aber der Hafen bleibt im Winter geschlossen.", "connective"),
        ("Zudem sollen die Gebühren steigen.", "connective"),
        ("Dabei hatte die Stadt das Gegenteil versprochen.", "connective"),
        ("Sie wurde mit leichten Verletzungen entlassen.", "pronoun"),
        ("Seine Familie lebt seit Jahren in Kiel.", "pronoun"),
        ("Das sei nicht hinnehmbar, sagte die Sprecherin.", "demonstrative"),
        ("Diese Zahlen überraschten selbst die Fachleute.", "demonstrative"),
        ("Der 63-Jährige wurde vorläufig festgenommen.", "epithet"),
        ("Die Entscheidung fiel einstimmig.", "shell noun"),
        ("Der Verband wies den Vorwurf zurück.", "shell noun"),
    ],
)
def test_german_sentences_that_depend_on_the_one_before(sentence, why):
    assert dangling(sentence, "de") == why


@pytest.mark.parametrize(
    "sentence",
    [
        # a pronoun in a quotation whose sentence names the person
        '"He is the fastest sailor I know," said Mia Holt of her brother Jonas Holt.',
        # time, not reference
        "This year the harbour festival will last four days.",
        "This week's storm closed the bridge for six hours.",
        "These past months have been the wettest on record, the Met Office says.",
        # the shell noun's content follows in the same sentence
        "The claim that the pier is unsafe is false, engineers say.",
        "The decision to close the ferry route was taken in March.",
        "The report by the county auditor found no wrongdoing.",
        # the shell noun takes up a word of its own sentence
        "The ferry company claimed the route lost money, but the union disputed the claim.",
        # placeholder "it"
        "It is not yet clear whether the bridge will reopen on Monday.",
        "It's understood that the club will appeal.",
        # a pronoun in an opening phrase pointing at the main clause
        "In her first speech, the new mayor promised cheaper parking.",
        "When Anna Berg opened her bakery in 1998, she had one oven.",
        # a connective used as a preposition; a clause joined by a comma
        "Instead of a new bridge, the council will build a tunnel.",
        "In addition to the pier, the board will repair the sea wall.",
        "Diesel prices fell in June, but they remain high.",
        # plain news sentences
        "A lorry overturned on the A9 near Perth on Tuesday morning.",
        "The harbour board approved a new pier for the town on Monday.",
        "Police in Bristol are looking for a man seen near the marina.",
    ],
)
def test_english_sentences_that_stand_on_their_own(sentence):
    assert dangling(sentence, "en") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Das neue Hallenbad öffnet im Mai.",
        "Diese Woche bleibt die Fähre im Hafen.",
        "Die Entscheidung, den Hafen zu schließen, fiel im März.",
        "Es gibt in Kiel zu wenige Liegeplätze.",
        "Die Stadt Lübeck will ihren Hafen ausbauen.",
    ],
)
def test_german_sentences_that_stand_on_their_own(sentence):
    assert dangling(sentence, "de") is None


def test_the_headline_gives_a_shell_noun_its_context():
    sentence = "Tehran has rejected the claim."
    assert dangling(sentence, "en") == "shell noun"
    assert dangling(sentence, "en", context=["US", "claims", "drone", "was", "shot"]) is None


def test_a_language_without_word_lists_is_never_flagged():
    assert lexicon("fr") is None
    assert dangling("Mais il a refusé de répondre.", "fr") is None
    assert dangling("But he refused to answer.", "en-GB") == "connective"


def test_every_word_list_has_a_header_and_english_and_german_entries():
    folder = resources.files("reader.summary").joinpath("data")
    names = sorted(p.name for p in folder.iterdir() if p.name.startswith("dangling_"))
    assert len(names) >= 8
    for name in names:
        lines = folder.joinpath(name).read_text(encoding="utf-8").splitlines()
        assert lines[0].startswith("# "), name
        sections: dict[str, list[str]] = {}
        current: list[str] = []
        for line in lines:
            if line.startswith("["):
                current = sections.setdefault(line, [])
            elif line and not line.startswith("#"):
                current.append(line)
        assert set(sections) >= {"[en]"}, name
        if name != "dangling_dummy_subject.txt":  # English "it" only
            assert sections.get("[de]"), name
        for entries in sections.values():
            assert len(entries) == len(set(entries)), f"{name} repeats an entry"
            assert all(e == e.lower() or e.startswith("N-") for e in entries), name
