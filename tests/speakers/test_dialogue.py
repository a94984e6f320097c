"""German dialogue turns set off by dashes."""

from __future__ import annotations

from reader.speakers import who_said_what


def _statements(text: str) -> list[tuple[str, str]]:
    found = who_said_what(text, "de")
    return sorted(
        (text[st.span[0] : st.span[1]], s.name) for s in found.speakers for st in s.statements
    )


def test_turns_alternate_between_the_opener_and_the_person_questioned() -> None:
    text = (
        "Ich war es nicht, sagte der Angeklagte Paul Renner. Das verwundert Richterin Eva "
        "Kranz: Woher wissen Sie das? – Das habe ich gehört. – Von wem? – Von einem Kollegen."
    )
    assert _statements(text) == [
        ("Das habe ich gehört.", "Paul Renner"),
        ("Ich war es nicht", "Paul Renner"),
        ("Von einem Kollegen", "Paul Renner"),
        ("Von wem?", "Eva Kranz"),
        ("Woher wissen Sie das?", "Eva Kranz"),
    ]


def test_answers_go_to_nobody_when_no_one_spoke_before() -> None:
    text = "Das verwundert Richterin Eva Kranz: Woher wissen Sie das? – Das habe ich gehört."
    assert _statements(text) == [("Woher wissen Sie das?", "Eva Kranz")]


def test_a_dash_inside_a_sentence_is_no_turn() -> None:
    text = "Eva Kranz sagte: Die Zeugen – zwei Polizisten – widersprechen sich."
    assert _statements(text) == [("Die Zeugen – zwei Polizisten – widersprechen sich", "Eva Kranz")]
