"""Boxes of links to other stories set between an article's paragraphs (our own examples)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.cleaning import clean_document
from reader.cleaning.inline_links import is_related_label, related_link_boxes
from reader.cleaning.page_map import PageMap
from reader.loading import document_from_text

FILES = Path(__file__).parents[1] / "_files" / "cleaning" / "inline"


def _cleaned(name: str) -> tuple[list[str], tuple[str, ...]]:
    text = (FILES / name).read_text("utf-8")
    cleaned = clean_document(document_from_text(text, name))
    return [line for line in cleaned.text.split("\n") if line.strip()], cleaned.clutter_lines


def _box_texts(lines: list[str], *, unmarked: bool = False) -> set[str]:
    page = PageMap("\n\n".join(lines), unmarked_lists=unmarked)
    return {page.blocks[i].text for i in related_link_boxes(page, 0, len(page) - 1)}


def test_a_labelled_bulleted_box_between_paragraphs_goes_from_an_article_text() -> None:
    shown, clutter = _cleaned("bulleted-links.txt")
    assert "Related:" in clutter
    assert "• New timetable for island ferries published" in clutter
    assert not any(line.startswith("•") for line in shown)
    assert "Works begin" in shown  # a subheading the next paragraph continues ("works")
    assert len(shown) == 7


def test_three_unmarked_headlines_between_paragraphs_go() -> None:
    shown, clutter = _cleaned("unmarked-links.txt")
    assert "Bridge closure to last until summer, engineers say" in clutter
    assert len(shown) == 7
    assert all(line.endswith(".") for line in shown)


def test_a_list_the_article_introduces_and_its_subheading_stay() -> None:
    text = (FILES / "article-lists.txt").read_text("utf-8")
    shown, clutter = _cleaned("article-lists.txt")
    assert clutter == ()
    assert shown == [line for line in text.split("\n") if line.strip()]


def test_read_more_with_a_headline_on_its_line_goes() -> None:
    shown, clutter = _cleaned("read-more-line.txt")
    assert clutter == ("Read more: Avalanche warning raised for the western valleys",)
    assert len(shown) == 3


PARAGRAPHS = [
    "The night bus between Carrow and the valley villages returned on Friday, three years "
    "after the county cut it to save money.",
    "Drivers said about forty passengers used the first service, most of them hospital staff "
    "and bar workers going home after midnight.",
    "The county said it would run on Fridays and Saturdays until the end of the year.",
]
OTHER_STORIES = [
    "Library opening hours cut in three villages",
    "New primary school opens in Carrow West",
    "Farmers warn of poor harvest after wet summer",
]


@pytest.mark.parametrize("mark", ["• ", "- ", "» "])
def test_a_bulleted_box_without_a_label_goes(mark: str) -> None:
    box = [mark + line for line in OTHER_STORIES[:2]]
    assert _box_texts([PARAGRAPHS[0], *box, *PARAGRAPHS[1:]]) == set(box)


def test_two_unmarked_lines_are_a_heading_and_its_subheading() -> None:
    lines = [PARAGRAPHS[0], *OTHER_STORIES[:2], *PARAGRAPHS[1:]]
    assert _box_texts(lines) == set()


def test_a_box_closed_by_its_label_goes_with_both_labels() -> None:
    box = ["Top Stories", *OTHER_STORIES, "More in Carrow News"]
    found = _box_texts([PARAGRAPHS[0], *box, *PARAGRAPHS[1:]])
    assert found == set(box)


def test_headlines_the_next_paragraph_continues_are_subheadings() -> None:
    # the paragraph under them carries on their words: the article's own headings
    heads = [
        "• Drivers and passengers",
        "• Forty passengers on the first night bus",
        "• Hospital staff going home after midnight",
    ]
    lines = [PARAGRAPHS[0], *heads, PARAGRAPHS[1], PARAGRAPHS[2]]
    assert _box_texts(lines) == set()


def test_a_box_must_stand_between_paragraphs() -> None:
    box = ["• " + line for line in OTHER_STORIES]
    assert _box_texts([*box, *PARAGRAPHS]) == set()  # above the article: not this rule's
    assert _box_texts([*PARAGRAPHS, *box]) == set()  # under it: the trailing rule's


@pytest.mark.parametrize(
    ("label", "expected"),
    [("More:", True), ("Related stories", True), ("See also", True), ("Lesen Sie auch:", True)],
)
def test_labels(label: str, expected: bool) -> None:
    page = PageMap(label)
    assert is_related_label(page, 0) is expected


def test_a_sentence_is_no_label() -> None:
    page = PageMap("More than forty people came to the meeting.")
    assert not is_related_label(page, 0)


def test_a_question_headline_and_a_reporting_credit_under_the_box() -> None:
    box = ["Read more:", OTHER_STORIES[0], "Who runs the night bus now?"]
    credit = "(Reporting by Jane Roe; Editing by John Doe)"
    assert _box_texts([*PARAGRAPHS, *box, credit]) == set(box)


def test_a_question_alone_under_the_box_is_no_paragraph() -> None:
    # a headline that asks a question is no paragraph: the run goes on to the real one
    box = ["• " + OTHER_STORIES[0], "• " + OTHER_STORIES[1], "Will the night bus survive?"]
    assert _box_texts([PARAGRAPHS[0], *box, *PARAGRAPHS[1:]]) == set(box)


def test_a_bulleted_question_alone_between_paragraphs_stays() -> None:
    question = "• How long will the night bus run?"
    assert _box_texts([PARAGRAPHS[0], question, *PARAGRAPHS[1:]]) == set()
