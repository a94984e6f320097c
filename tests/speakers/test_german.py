"""German attributions: subjects anywhere in the verb's clause, roles after the verb."""

from __future__ import annotations

from .helpers import names_of


def test_participle_and_verb_final_clauses() -> None:
    text = (
        "Der Verteidiger Jonas Albrecht kam spät. Bereits im Mai hatte er gegenüber der "
        "Zeitung betont: Wir gewinnen. Die Lage sei ernst, wie Bürgermeisterin Eva Lindner "
        "vor Journalisten sagte."
    )
    assert names_of(text, "de") == ["Jonas Albrecht", "Eva Lindner"]


def test_a_role_or_nationality_after_the_verb_means_the_person_just_named() -> None:
    text = (
        "Trainer Paul Maric verlor. Wir waren schlecht, meinte der ehemalige Porto-Coach. "
        "Der Schwede Lars Holm gewann. Es war schwer, sagte der Schwede."
    )
    assert names_of(text, "de") == ["Paul Maric", "Lars Holm"]


def test_bare_names_where_german_puts_a_speaker() -> None:
    text = "Die Preise steigen, so Kowalczyk. Laut Brenner fällt der Zins nicht."
    assert names_of(text, "de") == ["Kowalczyk", "Brenner"]


def test_nouns_in_those_places_are_no_names() -> None:
    text = (
        "Laut Medienberichten steigen die Preise. Die Gewerkschaft kündigte Widerstand an. "
        "Der Widerstand wächst."
    )
    assert names_of(text, "de") == []
