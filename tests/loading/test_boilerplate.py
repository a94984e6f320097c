"""Site furniture in extracted web pages: recognised, while article sentences are kept."""

from __future__ import annotations

import pytest

from reader.loading.boilerplate import is_boilerplate, without_boilerplate


@pytest.mark.parametrize(
    "block",
    [
        "Reporting by Ann Field; additional reporting by Bo Lind; Editing by Cy Moss",
        "Writing by Dana Shore; Editing by Eli Grant.",
        "SOURCE: News agencies",
        "Source: Coastal Courier",
        "[Related: Ferry operator posts record summer]",
        "Read more: Why the bridge was closed",
        "Also on courier.example.org Council approves budget",
        "Follow the Courier on Instagram, Facebook and YouTube.",
        "Like this story? Share it with a friend!",
        "Sign up for our morning newsletter",
        "Listen to the Courier podcast live at 8am - or listen back here.",
        "© 2024 The Coastal Courier. All rights reserved.",
        "Copyright 2024 The Associated Press. This material may not be published.",
        "Click here to subscribe.",
    ],
)
def test_furniture(block: str) -> None:
    assert is_boilerplate(block)


@pytest.mark.parametrize(
    "block",
    [
        "Reporting by the Courier found that three ferries had failed safety checks.",
        "Sources said the council would vote again next month on the proposal.",
        "Read the full report, which runs to 200 pages, before you judge it, she said.",
        "He urged residents to follow the ferry timetable on the council website.",
        "The union said all rights reserved for members would stay in place, but "
        + "the details of the new agreement, which was signed on Monday after months of "
        + "talks between the operator and the staff, have not yet been published in full "
        + "and may change before it takes effect.",
    ],
)
def test_article_sentences_are_kept(block: str) -> None:
    assert not is_boilerplate(block)


def test_without_boilerplate_keeps_order() -> None:
    blocks = ["First paragraph.", "SOURCE: Agencies", "Second paragraph."]
    assert without_boilerplate(blocks) == ["First paragraph.", "Second paragraph."]
