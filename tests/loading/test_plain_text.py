"""Plain text: headline or file-name title, body lines kept."""

from __future__ import annotations

import pytest

from reader.loading.plain_text import (
    looks_like_headline,
    plain_text_document,
    split_headline,
    tidy_body,
    title_from_filename,
)


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("us-iran.txt", "us-iran"),  # the name's own spelling: no capital added, hyphen kept
        ("seed-us-iran.txt", "seed-us-iran"),
        ("US-Iran talks.txt", "US-Iran talks"),
        ("covid-19 rules.txt", "covid-19 rules"),
        ("my_saved__article.md", "my saved article"),  # underscores stand in for spaces
        ("Budget Speech.htm", "Budget Speech"),
        ("2024-01-05 council-vote.txt", "2024-01-05 council-vote"),
        ("/home/ana/saved/Storm  warning .txt", "Storm warning"),
        ("page.html.gz", "page"),
        ("_draft_.txt", "draft"),
        ("___.txt", "Untitled"),
        ("", "Untitled"),
    ],
)
def test_title_from_filename(name: str, title: str) -> None:
    assert title_from_filename(name) == title


@pytest.mark.parametrize(
    "line",
    [
        "Ad sales boost Time Warner profit",
        "Musical treatment for Capra film",
        "“Worst floods in a century” hit valley towns",
        "Is this the end of the high street?",
    ],
)
def test_headlines(line: str) -> None:
    assert looks_like_headline(line, followed_by_blank=True)


@pytest.mark.parametrize(
    "line",
    [
        "The council met on Tuesday.",
        "and then the lights went out",
        "Background:",
        "- first item of a list",
        "Officials said the results of the review, which took eighteen months, would be "
        "published in full next spring",
        "Stories you may have missed...",
        "2024",
    ],
)
def test_not_headlines(line: str) -> None:
    assert not looks_like_headline(line, followed_by_blank=True)


def test_question_headline_needs_a_blank_line_after_it() -> None:
    assert not looks_like_headline("Who knew?", followed_by_blank=False)


def test_headline_followed_by_blank_line_becomes_the_title(files) -> None:
    text = (files / "loading" / "headline.txt").read_text(encoding="utf-8")
    document = plain_text_document(text, source="s", name="headline.txt")
    assert document.title == "Rail line to reopen after landslip repairs"
    # the headline stays the first displayed line, located by title_span, then the body
    assert document.text[slice(*document.title_span)] == document.title
    body = document.text[document.title_span[1] :]
    assert body.startswith("\n\nThe coastal railway closed by a landslip")
    assert document.text.count("Rail line to reopen") == 1
    assert document.text.count("\n\n") == 3


def test_headline_directly_over_a_paragraph() -> None:
    title, rest = split_headline("Storm closes ferry route\nHigh winds stopped all sailings today.")
    assert title == "Storm closes ferry route"
    assert rest == "High winds stopped all sailings today."


def test_short_lines_are_a_list_not_a_headline() -> None:
    body = "Eggs\nFlour and sugar\nMilk"
    assert split_headline(body) == (None, body)


def test_long_first_sentence_leaves_the_title_to_the_file_name(files) -> None:
    text = (files / "loading" / "long_first_line.txt").read_text(encoding="utf-8")
    document = plain_text_document(text, name="rail-reopening.txt")
    assert document.title == "rail-reopening"
    assert document.text.splitlines()[0].startswith("The coastal railway that was closed")


def test_single_line_keeps_its_text() -> None:
    document = plain_text_document("Only one line here", name="one.txt")
    assert (document.title, document.text) == ("one", "Only one line here")


def test_tidy_body_keeps_lines_and_collapses_blank_runs() -> None:
    assert tidy_body("\n\n  first  \nsecond\t\n\n\n\nthird\n\n") == "first\nsecond\n\nthird"


def test_a_full_sentence_in_chinese_is_not_a_headline() -> None:
    assert not looks_like_headline("市政府星期一开放了一座新的公共图书馆。", followed_by_blank=True)
    assert looks_like_headline("城市新图书馆开放", followed_by_blank=True)
