"""Whole-page texts of our own, in several site shapes: only the article is displayed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader import analyze

PAGES = Path(__file__).parents[1] / "_files" / "cleaning" / "pages"
EXPECTED: dict[str, dict] = json.loads((PAGES / "expected.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def results():
    return {name: analyze(PAGES / f"{name}.txt") for name in EXPECTED}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_text_is_the_articles_paragraphs(results, name: str) -> None:
    # wrapped lines joined, menus, share buttons, lists, comments and footers gone
    assert results[name].text.split("\n\n") == EXPECTED[name]["paragraphs"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_headline_is_the_title_and_the_byline_the_author(results, name: str) -> None:
    result = results[name]
    assert result.title == EXPECTED[name]["headline"]
    assert result.title_span is None
    assert result.metadata.author == EXPECTED[name]["author"]
    assert result.metadata.date


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_everything_else_is_kept_as_page_clutter(results, name: str) -> None:
    result = results[name]
    source = (PAGES / f"{name}.txt").read_text("utf-8")
    places = [" ".join(p.split()) for p in (result.text, result.title, *result.clutter_lines)]
    for line in source.splitlines():
        line = " ".join(line.split())
        if not line:
            continue
        in_metadata = result.metadata.author in line or result.metadata.date in line
        assert in_metadata or any(line in place for place in places), line


def test_menus_lists_comments_and_footers_are_not_displayed(results) -> None:
    for text in (
        "Skip to content",
        "Privacy policy",
        "© 2024 The Bay Courier. All rights reserved.",
        "Man rescued from cliff path after six hours",
        "Council tax to rise by four per cent",
        "Another war on motorists. Where are the delivery vans supposed to stop now?",
        "Frost expected across the north tonight",
        "Impressum",
        "Anzeige",
    ):
        assert all(text not in r.text for r in results.values()), text


def test_a_german_page_is_read_with_german_stop_words(results) -> None:
    assert results["german"].language == "de"
    assert results["german"].title == "Stadtwerke senken den Strompreis zum Jahresbeginn"


@pytest.mark.parametrize("name", ["most-read-above", "headlines-above"])
def test_lists_of_headlines_above_the_first_paragraph_are_the_pages(results, name: str) -> None:
    # numbered or bulleted, labelled or not, one item two sentences long: the article starts
    # with its first paragraph, and the summary (which favours the first sentences) with it
    result = results[name]
    first = EXPECTED[name]["paragraphs"][0]
    assert result.text.startswith(first)
    for item in (
        "Rents are on the rise. These maps show where and by how much.",
        "Card skimmer found at petrol station on the bypass",
        "Night bus returns for the summer.",
        "Is the bypass finally getting its cycle path?",
    ):
        assert item not in result.text
    summary = result.summary_texts
    assert summary and all(sentence in result.text for sentence in summary)
    assert not any("maps show" in sentence or "bypass" in sentence for sentence in summary)
