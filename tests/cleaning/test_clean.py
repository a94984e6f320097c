"""clean_document: an article text keeps its lines, a whole page shows its article only."""

from __future__ import annotations

import json
from pathlib import Path

from reader.cleaning import clean_document, clean_text
from reader.document import Document
from reader.loading import document_from_text

PAGES = Path(__file__).parents[1] / "_files" / "cleaning" / "pages"

ARTICLE = (
    "Harbour ferry returns after winter repairs\n\n"
    "The small ferry that links the old harbour with the island of Skerry returned to service "
    "on Monday after four months in the boatyard.\n"
    "Advertisement\n"
    "Engineers replaced both engines and rebuilt the wheelhouse, which had leaked since a storm "
    "damaged its roof two winters ago.\n"
    "Tickets will cost the same as last year, the harbour trust said.\n"
)


def test_an_article_text_keeps_every_line_as_saved_but_sure_clutter() -> None:
    document = document_from_text(ARTICLE)
    cleaned = clean_document(document)
    assert not cleaned.whole_page
    assert cleaned.title is None  # the loader's headline stands
    assert cleaned.text == document.text.replace("Advertisement\n", "")
    assert cleaned.clutter_lines == ("Advertisement",)
    assert cleaned.removed_lines == ()


def test_an_article_texts_headline_is_never_removed() -> None:
    # a headline made of furniture words is still the headline
    text = "Share this story: how the ferry came back\n\n" + ARTICLE.split("\n\n", 1)[1]
    document = document_from_text(text)
    assert document.title_span is not None
    assert clean_document(document).text.startswith("Share this story: how the ferry came back")


def test_a_whole_page_is_shown_from_its_own_lines_joined() -> None:
    raw = (PAGES / "menu-on-top.txt").read_text("utf-8")
    document = document_from_text(raw, name="menu-on-top.txt")
    cleaned = clean_document(document)
    expected = json.loads((PAGES / "expected.json").read_text("utf-8"))["menu-on-top"]
    assert cleaned.whole_page
    assert cleaned.title == expected["headline"]
    assert cleaned.author == "Ellen Marsh"
    assert cleaned.text == "\n\n".join(expected["paragraphs"])


def test_a_pdf_is_a_whole_page_even_with_little_before_its_article() -> None:
    body = ARTICLE.split("\n\n", 1)[1].replace("\n", "\n\n")
    document = Document(
        source="ferry.pdf",
        format="pdf",
        title="Harbour ferry returns after winter repairs | The Bay Courier",
        text="Home\n\nHarbour ferry returns after winter repairs\n\n" + body,
        clutter=("3/14/24, 9:41 AM Harbour ferry returns", "https://example.org/ferry 1/1"),
    )
    cleaned = clean_document(document)
    assert cleaned.whole_page
    assert cleaned.title == "Harbour ferry returns after winter repairs"
    assert cleaned.clutter_lines[:2] == document.clutter  # the print marks first
    assert "Home" in cleaned.clutter_lines
    assert cleaned.text.startswith("The small ferry")


def test_web_pages_only_lose_teasers() -> None:
    document = Document(
        source="page.html",
        format="html",
        title="Ferry",
        text="The ferry came back on Monday.\n\nFollow us on X\n\nA teaser for another story…",
    )
    cleaned = clean_document(document)
    assert cleaned.text == "The ferry came back on Monday.\n\nFollow us on X"
    assert cleaned.removed_lines == ("A teaser for another story…",)


def test_text_with_nothing_that_reads_as_article_is_returned_as_it_is() -> None:
    cleaned = clean_text("Home\nNews\nSport")
    assert cleaned.text == "Home\nNews\nSport"
    assert cleaned.removed_lines == cleaned.clutter_lines == ()


def test_a_printed_pages_article_split_by_a_sidebar_box_is_shown_whole() -> None:
    # the print put a "most read" box (six headlines wrapped to a sidebar's width, numbers on
    # their own lines) between the article's third and fourth paragraphs: one box, not a gap
    # that ends the article
    paragraphs = [
        "The night bus between Carrow and the valley villages returned on Friday, three years "
        "after the county cut it to save money.",
        "Drivers said about forty passengers used the first night bus, most of them hospital "
        "staff and bar workers going home after midnight.",
        "The county said the night bus would run on Fridays and Saturdays until the end of the "
        "year, when councillors will decide whether to keep it.",
        "Passengers on the first night bus said the service had been missed in the villages, "
        "where taxis are rare after midnight.",
        "The county's transport lead said the night bus cost less than expected to run, and "
        "that more buses could follow if passengers keep using it.",
        "Councillors will look at the night bus figures in December.",
    ]
    headlines = [
        ("Police chief asks for money", "for new cameras, but council", "unmoved"),
        ("Rents are on the rise. These", "maps show where and by", "how much."),
        ("Card skimmer found at petrol", "station on the bypass"),
        ("County show will be free to", "visit from next summer"),
        ("Man rescued from cliff path", "after six hours in the fog"),
        ("Bakery on the square wins", "national prize for its bread"),
    ]
    box = ["MOST POPULAR"]
    for number, lines in enumerate(headlines, 1):
        box += [*lines, f"{number}."]
    text = "\n\n".join(
        [
            "Home",
            "News",
            "Night bus returns to the valley",
            "By Ellen Marsh",
            *paragraphs[:3],
            *box,
            *paragraphs[3:],
            "© 2024 The Bay Courier",
        ]
    )
    cleaned = clean_text(text, whole_page=True)
    assert cleaned.text.split("\n\n") == paragraphs
    assert "how much." in cleaned.clutter_lines


def test_an_advertisement_slot_does_not_split_the_article() -> None:
    # "Advertisement" and "Continue reading the main story", twice, between the paragraphs of
    # a copy with the page's lines above its headline: one interruption, not the article's edge
    paragraphs = [
        "Carrow's night bus returned on Friday, three years after the county cut it to save "
        "money, and the first run left the station square a few minutes after eleven o'clock.",
        "Drivers counted about forty passengers on that first run, mostly hospital staff and bar "
        "workers heading home, and several of them thanked the driver as they got off.",
        "Councillors will decide in December whether the service continues into next year, once "
        "they have seen what it costs and how many people have used it by then.",
        "Residents of the upper valley, where taxis rarely go after midnight, had petitioned for "
        "its return since the cut, collecting more than two thousand signatures last spring.",
        "Officials said running costs were lower than feared because the operator reused two "
        "older vehicles from its depot instead of leasing new ones for the route.",
        "Bus drivers' representatives welcomed the return of the route but asked the county to "
        "pay for a second driver on the busiest Saturday runs before the summer.",
        "The operator said it would publish the night timetable at every stop on the route and "
        "on its website, and would add a stop at the hospital's main entrance.",
    ]
    slot = ["Advertisement", "Continue reading the main story"] * 2
    lines = [
        "• Wirecutter",
        "• The Athletic",
        "Advertisement",
        "Supported by",
        "Night bus returns to the valley",
        "The county brought back the service it cut three years ago; villagers hope it stays.",
        "• Share full article",
        "• 672",
        "[h]",
        "The night bus at Carrow station on Friday.Credit...Tom Reilly for The Courier",
        "By Ellen Marsh",
        "Reporting from Carrow",
        "March 23, 2024, 6:02 PM ET",
        "Updated 6:50 p.m. ET",
        *paragraphs[:4],
        *slot,
        *paragraphs[4:],
        "Ellen Marsh is a reporter for The Bay Courier.",
        "• Share full article",
        "Advertisement",
    ]
    cleaned = clean_text("\n".join(lines))
    shown = cleaned.text
    assert all(paragraph in shown for paragraph in paragraphs)
    assert "Ellen Marsh is a reporter for The Bay Courier." not in shown


def test_a_whole_pages_date_line_under_the_byline_is_the_date_not_the_text() -> None:
    from pathlib import Path

    from reader.cleaning import clean_document
    from reader.loading import document_from_text

    path = Path(__file__).parents[1] / "_files" / "cleaning" / "inline" / "dateline-first.txt"
    cleaned = clean_document(document_from_text(path.read_text("utf-8"), path.name))
    assert cleaned.whole_page
    assert cleaned.text.startswith("The Lindholm mill will close in June")
    assert "Day 2, Part 4" not in cleaned.text
    assert cleaned.date == "March 3, 2024 / 9:15 AM"
