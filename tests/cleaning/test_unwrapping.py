"""An article text hard-wrapped at a fixed width shows its paragraphs joined; short lines stay."""

from __future__ import annotations

from pathlib import Path

from reader.cleaning import clean_document
from reader.loading import document_from_text

FILES = Path(__file__).parents[1] / "_files" / "cleaning" / "wrapped"


def _text(name: str) -> str:
    document = document_from_text((FILES / name).read_text("utf-8"), name=name)
    return clean_document(document).text


def test_wrapped_paragraphs_are_joined() -> None:
    text = _text("wrapped-article.txt")
    assert text.startswith("Orchard town votes to keep its cider festival\n\n")
    assert (
        "The town council of Appleby voted on Tuesday to keep the autumn cider festival going "
        "for another five years, despite complaints" in text
    )
    assert '"The festival brings more visitors to the town in one weekend than we see in' in text
    assert "look again at the decision before the next festival in October, and" in text


def test_short_lines_of_a_wrapped_text_stay_lines() -> None:
    lines = _text("wrapped-article.txt").split("\n")
    for line in (
        "The festival will have three new rules:",
        "- no music after ten at night",
        "- parking only in the fields east of the river",
        "- a shuttle bus from the railway station",
        "The sign at the market square says:",
        "Cider Festival",
        "Saturday and Sunday",
        "Market Square, Appleby",
    ):
        assert line in lines


def test_a_text_that_is_not_wrapped_keeps_its_lines() -> None:
    name = "unwrapped-lines.txt"
    assert _text(name) == (FILES / name).read_text("utf-8").strip()
