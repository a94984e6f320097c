"""PDFs (made by the tests): read by content, paragraphs rebuilt, print furniture set aside,
the same cleaning as whole-page text, and clear messages for scans, passwords and damage."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pdf_maker import HEIGHT, Page, Text, make_pdf, paragraph_lines, print_marks

from reader import analyze
from reader.errors import EmptyArticleError, UnsupportedFormatError
from reader.loading import load_document
from reader.loading.pdf import read_pdf

TITLE = "Harbour ferry returns after winter repairs"
URL = "https://www.baycourier.example/news/harbour-ferry-returns"
PARAGRAPHS = [
    "The small ferry that links the old harbour with the island of Skerry returned to service "
    "on Monday after four months in the boatyard.",
    "Engineers replaced both engines and rebuilt the wheelhouse, which had leaked since a storm "
    "damaged its roof two winters ago. The repairs cost the harbour trust a little under four "
    "hundred thousand pounds.",
    "Regular passengers said they had missed the crossing. The bus around the bay takes an "
    "hour and a half, said Tom Reilly, who works at the island's fish market.",
    "The trust said the boat would run every half hour from seven in the morning until eight "
    "at night, with a later sailing on Fridays and Saturdays during the summer.",
    "Tickets will cost the same as last year. Children under twelve and people over seventy "
    "travel free, as before.",
]
# the paragraphs as the page wraps them: the second breaks "pas-/sengers" across lines and
# the fourth runs over the page break
WRAPPED = [
    [
        "The small ferry that links the old harbour with the island of Skerry returned to",
        "service on Monday after four months in the boatyard.",
    ],
    [
        "Engineers replaced both engines and rebuilt the wheelhouse, which had leaked since a",
        "storm damaged its roof two winters ago. The repairs cost the harbour trust a little",
        "under four hundred thousand pounds.",
    ],
    [
        "Regular passengers said they had missed the crossing. The bus around the bay takes an",
        "hour and a half, said Tom Reilly, who works at the island's fish market.",
    ],
]
FOURTH_ON_PAGE_ONE = (
    "The trust said the boat would run every half hour from seven in the morning until"
)
FOURTH_ON_PAGE_TWO = (
    "eight at night, with a later sailing on Fridays and Saturdays during the summer."
)
MENU = ["Home", "News", "Sport", "Business", "Culture", "Weather", "Opinion", "Video"]


def _printed_article() -> bytes:
    """Three printed pages: the site's menu, headline, byline and date, five paragraphs (one
    hyphenated across lines, one across the page break), a related list, then a page that is
    only a picture; the browser's header and footer on each."""
    top: list[Text] = [Text(56, 740 - 14 * i, item, 10) for i, item in enumerate(MENU)]
    top += [
        Text(56, 600, "Harbour ferry returns after winter", 24),
        Text(56, 572, "repairs", 24),
        Text(56, 540, "By Ellen Marsh", 10),
        Text(56, 526, "Published 4 March 2024", 10),
    ]
    wrapped = [list(p) for p in WRAPPED]
    wrapped[1][1] = (
        "storm damaged its roof two winters ago. The repairs cost the harbour trust a lit-"
    )
    wrapped[1][2] = "tle under four hundred thousand pounds."
    body, y = paragraph_lines(wrapped, 500)
    body.append(Text(56, y, FOURTH_ON_PAGE_ONE, 11))
    page_one = Page(top + body + print_marks(1, 3, TITLE, URL))
    second, y = paragraph_lines([[FOURTH_ON_PAGE_TWO], [PARAGRAPHS[4]]], HEIGHT - 60)
    related = [
        "More from News",
        "Bus timetable changes from Monday",
        "New bakery opens on the square",
        "Schools to close early on Friday",
    ]
    second += [Text(56, y - 20 - 16 * i, text, 10) for i, text in enumerate(related)]
    second.append(Text(56, 120, "© 2024 The Bay Courier. All rights reserved.", 9))
    page_two = Page(second + print_marks(2, 3, TITLE, URL))
    page_three = Page(print_marks(3, 3, TITLE, URL), picture=True)
    return make_pdf([page_one, page_two, page_three], title=f"{TITLE} | The Bay Courier")


@pytest.fixture
def printed(tmp_path: Path) -> Path:
    path = tmp_path / "ferry.pdf"
    path.write_bytes(_printed_article())
    return path


def test_a_printed_article_shows_its_paragraphs_only(printed: Path) -> None:
    result = analyze(printed)
    assert result.format == "pdf"
    # the hyphenated word joined, the paragraph over the page break in one piece
    assert result.text.split("\n\n") == PARAGRAPHS


def test_its_title_is_the_headline_the_metadata_names_without_the_site(printed: Path) -> None:
    result = analyze(printed)
    assert result.title == TITLE
    assert result.title_span is None  # as a web page's: the title is not part of the text
    assert result.metadata.author == "Ellen Marsh"
    assert result.metadata.date == "4 March 2024"


def test_print_header_footer_and_page_clutter_are_kept_aside(printed: Path) -> None:
    result = analyze(printed)
    clutter = result.clutter_lines
    assert f"3/14/24, 9:41 AM {TITLE}" in clutter
    assert f"{URL} 2/3" in clutter
    assert "Weather" in clutter
    assert "Bus timetable changes from Monday" in clutter
    assert "© 2024 The Bay Courier. All rights reserved." in clutter
    for line in clutter:
        assert line not in result.text


def test_a_picture_page_among_pages_of_text_is_not_worth_a_note(printed: Path) -> None:
    # page 3 is a picture (a gallery, an advertisement): the article is all there
    assert not any("no text" in note for note in analyze(printed).notes)


def test_a_scan_with_a_line_of_text_on_its_cover_is_noted(tmp_path: Path) -> None:
    cover = Page([Text(56, 700, "Annual report of the harbour trust, 2023", 18)], picture=True)
    path = tmp_path / "scanned.pdf"
    path.write_bytes(make_pdf([cover, *(Page(picture=True) for _ in range(3))]))
    notes = analyze(path).notes
    assert any("pages 2, 3, 4 had no text" in n and "mostly pictures" in n for n in notes), notes


def test_a_short_printed_article_with_a_picture_page_is_not_noted(tmp_path: Path) -> None:
    # one page of text (little of it) and one of pictures: half the pages have text
    lines, _ = paragraph_lines([WRAPPED[0]], 600)
    path = tmp_path / "short.pdf"
    path.write_bytes(make_pdf([Page([Text(56, 680, TITLE, 20), *lines]), Page(picture=True)]))
    assert not any("no text" in note for note in analyze(path).notes)


def test_a_pdf_is_recognised_by_its_content_whatever_its_name(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(_printed_article())
    assert load_document(path).format == "pdf"


def test_a_pdf_without_title_metadata_takes_its_headline(tmp_path: Path) -> None:
    lines, _ = paragraph_lines([[p] for p in PARAGRAPHS[:3]], 600, size=9)
    lines = [Text(56, 680, TITLE, 20), *lines]
    path = tmp_path / "untitled.pdf"
    path.write_bytes(make_pdf([Page(lines)]))
    assert analyze(path).title == TITLE


def test_a_scan_says_it_has_no_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdf([Page(picture=True), Page(picture=True)]))
    with pytest.raises(EmptyArticleError, match="without a text layer"):
        load_document(path)


def test_a_password_protected_pdf_says_so(tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    reader = pypdf.PdfReader(io.BytesIO(_printed_article()))
    writer = pypdf.PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    writer.encrypt("secret", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    path = tmp_path / "locked.pdf"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(UnsupportedFormatError, match="password-protected PDF"):
        load_document(path)


@pytest.mark.parametrize(
    "damage",
    [lambda data: data[: len(data) // 3], lambda data: b"%PDF-1.7\n" + bytes(range(256)) * 4],
    ids=["cut short", "garbage after the header"],
)
def test_a_damaged_pdf_says_so(tmp_path: Path, damage) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(damage(_printed_article()))
    with pytest.raises(UnsupportedFormatError, match="damaged or incomplete"):
        load_document(path)


def test_the_source_pdf_is_never_modified(printed: Path) -> None:
    before = printed.read_bytes()
    analyze(printed)
    assert printed.read_bytes() == before


def _word_starts(line: Text) -> list[float]:
    """Where each word of ``line`` starts on the page (PDFium's reading of a PDF of it alone)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(make_pdf([Page([line])]))
    textpage = document[0].get_textpage()
    text = textpage.get_text_range()
    starts = [
        textpage.get_charbox(i)[0]
        for i, c in enumerate(text)
        if c != " " and text[i - 1 : i] in ("", " ")
    ]
    textpage.close()
    document.close()
    return starts


def test_a_line_the_pdf_draws_twice_a_hair_apart_is_read_once() -> None:
    # a faux-bold first line: each word drawn again 0.6 pt to the right of itself, which
    # PDFium reads as a second copy of the line run into the first
    first = "OSLO - Hours before the vote, the mayor said she was confident of winning"
    body, _ = paragraph_lines(
        [
            [first, "the support of the council for the new tram line to the airport."],
            ["The council will vote on the plan on Thursday, officials said."],
            ["The tram line would cost about two billion crowns to build."],
        ],
        top=700,
    )
    line = body[0]
    copies = [
        Text(x + 0.6, line.y, word, line.size)
        for x, word in zip(_word_starts(line), first.split(" "), strict=True)
    ]
    pdf = read_pdf(make_pdf([Page([line, *copies, *body[1:]])]), "x.pdf")
    text = "\n".join(pdf.paragraphs)
    assert text.count("Hours before the vote") == 1
    assert first + " the support of the council" in text
    assert "The tram line would cost about two billion crowns to build." in text
