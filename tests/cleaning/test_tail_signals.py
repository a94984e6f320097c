"""What a block under an article looks like: its shape, its subject, its neighbours."""

from __future__ import annotations

import pytest

from reader.cleaning.page_map import PageMap
from reader.cleaning.tail_signals import (
    TailContext,
    is_inside_clutter,
    is_meta_line,
    tail_odds,
    tail_values,
)

ARTICLE = [
    "Night buses return to the valley after three years",
    "The night bus between Carrow and the valley villages returned on Friday, three years "
    "after the county cut it to save money.",
    "Drivers said about forty passengers used the first service, most of them hospital staff "
    "and bar workers going home after midnight.",
    '"I used to pay for a taxi twice a week," said Nadia Okoro, a nurse at Carrow General.',
    "The county said the night bus would run on Fridays and Saturdays until the end of the "
    "year, when councillors will decide whether to keep it.",
]
CARDS = [
    "More from the county",
    "Library hours cut at four branches",
    "Councillors agreed the cuts on Tuesday to save about forty thousand pounds a year.",
    "3 hrs ago",
    "New school opens in Westmoor",
    "The primary school will take its first two hundred pupils in September, the trust said.",
    "5 min read",
]


def _values(lines: list[str]) -> tuple[PageMap, list[dict[str, float]]]:
    page = PageMap("\n".join(lines))
    context = TailContext(page, 0)
    return page, [tail_values(context, index) for index in range(len(page))]


def test_a_cards_summary_sits_under_a_headline_and_over_a_time() -> None:
    _, values = _values(ARTICLE + CARDS)
    summary = len(ARTICLE) + 2  # "Councillors agreed the cuts ..."
    assert values[summary]["after_headline"] == 1.0
    assert values[summary]["before_meta"] == 1.0
    assert values[len(ARTICLE) - 1]["after_headline"] == 0.0  # the article's last paragraph


def test_the_articles_last_paragraph_reads_as_its_own_a_cards_summary_does_not() -> None:
    # the summary shares some words with the article (a local site's cards do), but sits in a
    # card's place; the last paragraph goes on about the article's subject
    _, values = _values(ARTICLE + CARDS)
    last, summary = values[len(ARTICLE) - 1], values[len(ARTICLE) + 2]
    assert tail_odds(last) > 0 > tail_odds(summary)


def test_blocks_are_measured_against_the_article_above_them_only() -> None:
    # a card lower down does not count as "the article's subject" for the cards under it
    page = PageMap("\n".join(ARTICLE + CARDS))
    context = TailContext(page, 0)
    for index in range(len(page)):
        tail_values(context, index)
    assert "librar" not in context.vocabulary or context.vocabulary["librar"] <= 1
    with pytest.raises(ValueError):
        tail_values(context, 0)  # measured in order


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "ADVERTISEMENT",
        "Read more: Harbour wall repairs start",
        "Read more from the Courier:",
        "Story continues below",
        "Image caption, The new bus at the depot",
        "Picture: Carrow Gazette",
        "Pictured: the first night bus leaves the depot",
        "Anzeige",
        "+7",
    ],
)
def test_lines_sites_put_inside_articles(line: str) -> None:
    assert is_inside_clutter(line)


@pytest.mark.parametrize(
    "line",
    [
        "The big picture: the county has cut bus routes every year since 2015.",
        "Mr Okoro (pictured) said the service had changed his week.",
        "More than forty passengers used the first bus.",
    ],
)
def test_prose_is_not_a_line_sites_put_inside_articles(line: str) -> None:
    assert not is_inside_clutter(line)


@pytest.mark.parametrize(
    ("line", "meta"),
    [
        ("3 hrs ago", True),
        ("5 min read", True),
        ("By Jane Doe", True),
        ("Published 12 March 2024", True),
        ("The bus leaves at 11pm.", False),
        ("Library hours cut at four branches", False),
    ],
)
def test_a_cards_time_byline_or_reading_time(line: str, meta: bool) -> None:
    page = PageMap(line)
    assert is_meta_line(line, page.features[0]) is meta


def test_links_run_together_are_the_pages() -> None:
    _, values = _values([*ARTICLE, "Transport CarrowNight busesWestmoorCounty council"])
    assert values[-1]["glued"] == 1.0
    _, values = _values([*ARTICLE, "The YouTube and WhatsApp groups helped, Okoro said."])
    assert values[-1]["glued"] == 0.0  # a sentence may name such brands
