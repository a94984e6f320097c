"""The subjunctive of German reported speech, by list and by form."""

from __future__ import annotations

from reader.speakers.german_mood import subjunctive_at
from reader.speakers.text import tokenize


def _forms(text: str, present_only: bool = False) -> list[str]:
    tokens = tokenize(text)
    return [t.text for k, t in enumerate(tokens) if subjunctive_at(tokens, k, present_only)]


def test_listed_forms_and_present_forms_next_to_a_subject_pronoun() -> None:
    assert _forms("Die Lage sei ernst.") == ["sei"]
    assert _forms("Daran erkenne man den Fortschritt.") == ["erkenne"]
    assert _forms("Er kenne nur Spitznamen.") == ["kenne"]


def test_no_past_no_determiner_and_no_hypothesis_when_only_the_present_counts() -> None:
    assert _forms("Dann kassierte man ein Tor, und das wollte er nicht.") == []
    assert _forms("Sie alle kamen gerne, es gerade noch zu sehen.") == []
    assert _forms("Es wäre das erste Mal.") == ["wäre"]
    assert _forms("Es wäre das erste Mal.", present_only=True) == []
    assert _forms("Die Reise war lange geplant.") == []  # no pronoun next to it
