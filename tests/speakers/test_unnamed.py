"""Unnamed sources: a role or source noun opened by an article, a number or a quantifier."""

from __future__ import annotations

import pytest

from reader.speakers.text import Index
from reader.speakers.unnamed import is_source_noun, unnamed_attributions


def _subjects(text: str) -> list[str]:
    index = Index(text)
    return [text[a.subject_start : a.subject_end] for a in unnamed_attributions(index, set())]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "A spokesperson for the ministry said the plan was fine.",
            "A spokesperson for the ministry",
        ),
        ("Two officials told the paper the talks failed.", "Two officials"),
        ("Officials said the road would reopen.", "Officials"),
        ("The road will reopen, said one official.", "one official"),
        ("The talks failed, according to people familiar with them.", "people familiar with them"),
    ],
)
def test_unnamed_sources_and_their_subjects(text: str, subject: str) -> None:
    assert _subjects(text) == [subject]


def test_a_named_subject_or_a_thing_is_no_unnamed_source() -> None:
    assert _subjects("The report said the road would reopen.") == []
    assert _subjects("The official figures were published.") == []


def test_source_nouns_include_plural_role_nouns() -> None:
    assert is_source_noun("spokesmen") and is_source_noun("analysts") and is_source_noun("people")
    assert not is_source_noun("roads")


def test_a_noun_that_spells_a_speech_verb_opens_no_unnamed_statement() -> None:
    # "the state’s": a noun with a possessive, not the verb "state" with its apostrophe
    # read as a closing quotation mark
    text = (
        "Ann Vrel, who has broken with her own party over the state’s "
        "new harbour levy, told fishermen that they were right."
    )
    from reader.speakers.finder import who_said_what

    result = who_said_what(text, "en")
    assert not result.unnamed
    (vrel,) = result.speakers
    assert [text[s.span[0] : s.span[1]] for s in vrel.statements] == ["they were right"]
