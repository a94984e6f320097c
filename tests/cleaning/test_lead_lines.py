"""The page's lines above and between an article's paragraphs: bylines, date lines, reading times,
captions and credits (our own examples)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.cleaning import clean_document
from reader.cleaning.lead_lines import date_of, page_line_kind
from reader.loading import document_from_text

FILES = Path(__file__).parents[1] / "_files" / "cleaning" / "lead_lines"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("By Maren Ostby", "byline"),
        ("By Jane Roe and John Doe, Valley Gazette", "byline"),
        ("March 3, 2024 / 9:15 AM / Valley Gazette", "date"),
        ("Nov 19, 2019 | Wire Service", "date"),
        ("Updated 2 hours ago", "date"),
        ("4 min read", "reading time"),
        ("5 Min Read", "reading time"),
        ("Reading time: 3 minutes", "reading time"),
        ("Lesezeit: 4 Minuten", "reading time"),
        ("Image caption The storm brought down trees", "caption"),
        ("Media captionWho is the new mayor?", "caption"),
        ("FILE PHOTO: A ferry leaves the harbour at Vik", "caption"),
        ("Volunteers clear a beach. Image copyright Nordic Press", "caption"),
        ("Traders on the floor in New York, May 2, 2023. REUTERS/Jane Roe", "caption"),
        ("The mayor at the town hall in 2019 / AP file", "caption"),
        ("A crane lifts a boat at Vik. © Coastal Images / Per Lund", "caption"),
        ("Fishing boats in the harbour [File: Coastal Images]", "caption"),
        ("The mayor at the pier on Friday.Credit...Jane Roe for The Ledger", "caption"),
        ("The tram at the depot in May. | Jane Roe/CITYPIX", "caption"),
        # the article's own lines
        ("By Monday the council had agreed a budget.", ""),
        ("By then, officials said, the money had been found.", ""),
        ("Council agrees budget after late deal", ""),
        ("The mill will close in June after 140 years, its owners said.", ""),
        ("It took 5 minutes to read the whole report, she said.", ""),
        ("A Reuters/Ipsos poll found most voters backed the plan.", ""),
        ("On March 3, 2024, the mill closed / its workers left.", ""),
        ("© 2024 The Bay Courier", ""),  # a footer, not a caption's credit
        ("News | Sport | Weather", ""),
        ("Credit cards will cost more, the bank said.", ""),
    ],
)
def test_page_line_kind(line: str, kind: str) -> None:
    assert page_line_kind(line) == kind


def _clean(name: str) -> tuple[str, tuple[str, ...], str, str, str | None]:
    document = document_from_text((FILES / name).read_text("utf-8"), name=name)
    cleaned = clean_document(document)
    return cleaned.text, cleaned.clutter_lines, cleaned.author, cleaned.date, document.title


def test_a_byline_above_the_article_is_the_author_not_the_headline() -> None:
    text, clutter, author, _, title = _clean("byline-first.txt")
    assert title == "byline-first"  # no headline: the file's name
    assert clutter == ("By Maren Ostby",)
    assert author == "Maren Ostby"
    assert text.startswith("A retired lighthouse keeper")
    assert text.count("\n\n") == 2  # the three paragraphs stay


def test_a_date_line_and_a_reading_time_go_and_the_date_is_kept() -> None:
    text, clutter, _, date, title = _clean("dateline-reading-time.txt")
    assert title == "dateline-reading-time"
    assert clutter == ("March 3, 2024 / 9:15 AM / Valley Gazette", "4 min read")
    assert date == "March 3, 2024 / 9:15 AM"
    assert text.startswith("The valley's last paper mill")


def test_captions_above_and_inside_the_body_go_to_the_clutter() -> None:
    text, clutter, *_ = _clean("captions.txt")
    assert len(clutter) == 5
    assert all(line not in text for line in clutter)
    for sentence in ("Hundreds of volunteers", "The coastguard", "Ferries resumed", "Insurers"):
        assert sentence in text


def test_sentences_that_open_with_by_stay() -> None:
    text, clutter, author, _, title = _clean("by-sentence.txt")
    assert title == "Council agrees budget after late deal"
    assert clutter == ()
    assert author == ""
    assert "By Monday the council" in text and "By then, officials" in text


def test_a_promotion_above_the_headline_goes_and_the_headline_is_the_title() -> None:
    from reader.pipeline import analyze

    analysis = analyze(FILES / "promotion-first.txt")
    headline = "Orchard town votes to keep its cider festival"
    assert analysis.title == headline
    assert analysis.title_span == (0, len(headline))
    assert analysis.text.startswith(headline + "\n\nThe town council")
    assert analysis.clutter_lines[:2] == (
        "Try the Valley Gazette's new morning edition",
        "Learn More",
    )


def test_a_headline_over_a_short_first_line_is_no_promotion() -> None:
    # the line under the headline is the article's, not a call to action
    text = (FILES / "promotion-first.txt").read_text("utf-8").split("\n\n", 2)[2]
    document = document_from_text(text, name="x.txt")
    cleaned = clean_document(document)
    assert cleaned.title is None
    assert document.title == "Orchard town votes to keep its cider festival"
    assert cleaned.text.startswith(document.title)


def test_a_lone_list_item_above_the_article_goes() -> None:
    text, clutter, *_ = _clean("list-item-first.txt")
    assert clutter == ("6. Council to sell the old bus depot",)
    assert text.startswith("The night bus between Carrow")


def test_a_list_that_opens_a_text_stays() -> None:
    text = (
        "1. Preheat the oven\n2. Butter the tin\n3. Mix the flour and the eggs\n\n"
        + (FILES / "list-item-first.txt").read_text("utf-8").split("\n\n", 1)[1]
    )
    cleaned = clean_document(document_from_text(text, name="x.txt"))
    assert cleaned.text.startswith("1. Preheat the oven\n2. Butter the tin")


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("March 3, 2024 / 9:15 AM / Valley Gazette", "March 3, 2024 / 9:15 AM"),
        (
            "Published: 09:14 GMT, 12 March 2024 | Updated: 11:02 GMT, 13 March 2024",
            "09:14 GMT, 12 March 2024",
        ),
        ("Updated 2 hours ago", "2 hours ago"),
    ],
)
def test_date_of(line: str, date: str) -> None:
    assert date_of(line) == date
