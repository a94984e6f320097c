"""PDF lines to paragraphs: gaps, type sizes, indents, page breaks, hyphens, page furniture."""

from __future__ import annotations

from reader.loading.pdf_layout import (
    PageBox,
    PdfLine,
    is_print_mark,
    join_hyphenated,
    keeps_hyphen,
    paragraphs,
    split_furniture,
)

BOX = PageBox(612, 792)


def line(
    text: str,
    top: float,
    *,
    page: int = 0,
    left: float = 56,
    right: float | None = None,
    size: float = 11.0,
) -> PdfLine:
    width = right if right is not None else left + 5.2 * len(text)
    return PdfLine(page, text, left, width, top, top - size * 1.2, size)


def column(texts: list[str], top: float = 700, pitch: float = 15.0, **kw) -> list[PdfLine]:
    return [line(t, top - i * pitch, **kw) for i, t in enumerate(texts)]


FULL = 540.0  # where a full line of the column ends


def test_wrapped_lines_join_and_a_larger_gap_starts_a_paragraph() -> None:
    lines = [
        line("The ferry returned to service on Monday after four months in", 700, right=FULL),
        line("the boatyard, the harbour trust said.", 685),
        line("Engineers replaced both engines and rebuilt the wheelhouse, which", 660, right=FULL),
        line("had leaked for two winters.", 645),
    ]
    assert paragraphs(lines) == [
        "The ferry returned to service on Monday after four months in the boatyard, the "
        "harbour trust said.",
        "Engineers replaced both engines and rebuilt the wheelhouse, which had leaked for two "
        "winters.",
    ]


def test_short_lines_stacked_tightly_are_separate_paragraphs() -> None:
    # a sign-up line, a button, a date and a byline under each other, as tight as a paragraph's
    # lines: each ends long before the margin although the next line's first word would fit
    lines = [
        line(
            "A wide line that runs all the way to the right edge of the column so", 730, right=FULL
        ),
        line("it sets where the column ends.", 715),
        line("Get the morning briefing.", 700),
        line("SUBSCRIBE", 685),
        line("March 4, 2024, 9:12 AM", 670),
        line("By Ellen Marsh", 655),
    ]
    assert paragraphs(lines)[1:] == [
        "Get the morning briefing.",
        "SUBSCRIBE",
        "March 4, 2024, 9:12 AM",
        "By Ellen Marsh",
    ]


def test_a_change_of_type_size_starts_a_paragraph() -> None:
    lines = [
        line("Harbour ferry returns after repairs", 720, size=24, right=FULL),
        line("The ferry returned to service on Monday.", 690),
    ]
    assert paragraphs(lines) == [
        "Harbour ferry returns after repairs",
        "The ferry returned to service on Monday.",
    ]


def test_an_indented_line_starts_a_list_item() -> None:
    lines = [
        line("The trust listed three changes to the timetable for the summer:", 700),
        line("A later sailing on Fridays", 685, left=80),
        line("A later sailing on Saturdays", 670, left=80),
    ]
    assert len(paragraphs(lines)) == 3


def test_a_paragraph_goes_on_across_a_page_break_when_the_line_ran_to_the_margin() -> None:
    lines = [
        line("Regular passengers said they had missed the crossing, which takes", 80, right=FULL),
        line("twelve minutes instead of an hour and a half by bus.", 740, page=1),
        line("The trust said the boat would run every half hour.", 700, page=1),
    ]
    found = paragraphs(lines)
    assert found[0].endswith("which takes twelve minutes instead of an hour and a half by bus.")
    assert len(found) == 2


def test_a_finished_sentence_at_the_page_end_is_a_paragraph_end() -> None:
    lines = [
        line("Regular passengers said they had missed the crossing.", 80),
        line("The trust said the boat would run every half hour.", 740, page=1),
    ]
    assert len(paragraphs(lines)) == 2


def test_hyphenated_words_are_joined_across_lines() -> None:
    lines = [
        line("The engineers said the repairs had taken longer than the infor-", 700, right=FULL),
        line("mation they had in the autumn suggested.", 685),
    ]
    assert paragraphs(lines) == [
        "The engineers said the repairs had taken longer than the information they had in "
        "the autumn suggested."
    ]


def test_pdfium_line_break_marks_are_joined_or_kept_as_compounds() -> None:
    lines = [line("the infor\ufffemation and the two\ufffegoal lead; a two-goal game", 700)]
    assert paragraphs(lines) == ["the information and the two-goal lead; a two-goal game"]


def test_a_compound_keeps_its_hyphen() -> None:
    vocabulary = {"well-known", "well", "known"}
    assert keeps_hyphen("well", "known", vocabulary)
    assert keeps_hyphen("Jean", "Michel", set())
    assert keeps_hyphen("COVID", "19", set())
    assert not keeps_hyphen("infor", "mation", set())
    assert join_hyphenated("a well-", "known face", vocabulary) == "a well-known face"
    assert join_hyphenated("the infor-", "mation", set()) == "the information"
    assert join_hyphenated("the infor\u00ad", "mation", {"infor", "mation"}) == "the information"


def test_print_marks_are_recognised() -> None:
    assert is_print_mark("3/14/24, 9:41 AM Harbour ferry returns")
    assert is_print_mark("https://example.org/news/ferry-returns 2/3")
    assert is_print_mark("2/10")
    assert is_print_mark("Page 3 of 7")
    assert is_print_mark(
        "Harbour ferry returns | The Bay Courier", "Harbour ferry returns | The Bay Courier"
    )
    assert not is_print_mark("The ferry returned on 3/14/24 at nine.")


def test_running_headers_and_footers_are_furniture_and_the_rest_is_content() -> None:
    boxes = [BOX, BOX, BOX]
    lines: list[PdfLine] = []
    for page in range(3):
        lines.append(line("The Bay Courier · Transport", 780, page=page, size=8))
        lines.append(line(f"The ferry story, page {page + 1}.", 600, page=page))
        lines.append(line(f"Printed for subscribers - {page + 1}", 20, page=page, size=8))
    content, furniture = split_furniture(lines, boxes)
    assert [c.text for c in content] == [f"The ferry story, page {n}." for n in (1, 2, 3)]
    assert len(furniture) == 6


def test_a_margin_line_that_appears_once_is_content() -> None:
    lines = [line("An unusual first line near the top of the page.", 780), line("Body.", 600)]
    content, furniture = split_furniture(lines, [BOX])
    assert furniture == []
    assert len(content) == 2
