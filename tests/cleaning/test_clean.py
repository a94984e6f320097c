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
