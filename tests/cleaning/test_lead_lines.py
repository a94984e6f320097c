"""The page's lines above and between an article's paragraphs: bylines (with "By" or an agency's
name after the name), date lines, reading times, captions and credits, newsletter sign-up boxes
and a form's small print (our own examples)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.cleaning import clean_document
from reader.cleaning.lead_lines import date_of, is_credit_line, page_line_kind, source_of
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


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # a newsletter's sign-up box and a form's small print between the paragraphs
        (
            "Let our news meet your inbox. The stories that matter, delivered weekday mornings.",
            "notice",
        ),
        (
            "Get our Coast Morning newsletter delivered straight to your inbox every weekday.",
            "notice",
        ),
        ("Sign up for our free Harbour Briefing newsletter", "notice"),
        (
            "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service"
            " apply.",
            "notice",
        ),
        ("This form is protected by recaptcha Privacy Policy | Terms of Service", "notice"),
        ("By signing up, you agree to our Terms of Use and Privacy Policy.", "notice"),
        ("Enter your email address", "notice"),
        ("Thanks for signing up!", "notice"),
        # a photographer's credit alone or ending the caption's block
        ("Per Holm, AP", "caption"),
        ("Anna-Lena Berg, Getty Images", "caption"),
        ("Boats at the pier on Monday. Jean O'Neill, AFP", "caption"),
        # a byline without "By": the name, then the agency
        ("Marit Lunde Associated Press", "byline"),
        ("Marit Lunde, AP Sports Writer", "byline"),
        ("Jon K. Dahl | Reuters", "byline"),
        # the article's own sentences about newsletters and agencies
        ("The islands' own newsletter had campaigned for the ferry's return.", ""),
        ("Sign-ups for the newsletter doubled after the storm, its editor said.", ""),
        ("Get a ferry pass, the council told islanders.", ""),
        ("Islanders told Per Holm, a reporter for the Associated Press, that it was missed.", ""),
        ("She spoke to Per Holm, AP's correspondent in Oslo, on Monday.", ""),
        ("Ferry returns to Associated Press islands", ""),  # one word before the agency: no name
        ("Fishermen sued the Associated Press.", ""),
        ("Discover Thomson Reuters", ""),  # a prompt: "Discover" is no first name
    ],
)
def test_notices_credits_and_agency_bylines(line: str, kind: str) -> None:
    assert page_line_kind(line) == kind


def test_notices_a_credit_and_an_agency_byline_go_and_the_name_is_the_author() -> None:
    text, clutter, author, _, title = _clean("page-notices.txt")
    assert title == "Harbour ferry returns after two-year break"
    assert author == "Marit Lunde"
    assert clutter == (
        "Marit Lunde Associated Press",
        "Get our Coast Morning newsletter delivered straight to your inbox every weekday.",
        "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service"
        " apply.",
        # a picture's caption and, on the next line, its credit
        "A passenger waits at the pier in Vik on Tuesday, March 5, 2024, as the new ferry docks.",
        "Per Holm, AP",
    )
    for kept in (
        "The ferry between Vik",
        "The council's transport chief",
        "The islands' own newsletter",
        "Islanders told Per Holm, a reporter for the Associated Press,",
        "Fares will stay",
    ):
        assert kept in text
    assert all(line not in text for line in clutter)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Photo: Ingrid Sol/Valley Images", True),
        ("(AP Photo/Lars Vik)", True),
        ("REUTERS/Jane Roe", True),
        ("Per Holm, AP", True),
        ("Image copyright Nordic Press", True),
        ("Getty Images", True),
        ("AFP via Getty Images", True),
        ("Photo by Ola Berg/Shutterstock", True),
        ("Foto: dpa", True),
        # a caption behind its label, a caption with its credit, the article's lines
        ("Photo: A crane lifts a fishing boat from the harbour at Vik on Sunday", False),
        ("Traders on the floor in New York, May 2, 2023. REUTERS/Jane Roe", False),
        ("Image caption The storm brought down trees", False),
        ("Reuters reported the sale on Monday.", False),
        ("The photographer, Ola Berg, said the slope moved.", False),
    ],
)
def test_is_credit_line(line: str, credit: bool) -> None:
    assert is_credit_line(line) is credit


def test_a_caption_over_its_credit_line_goes_with_it() -> None:
    text, clutter, *_ = _clean("caption-over-credit.txt")
    assert clutter == (
        "Engineers inspect the cleared track below Stavby on Monday.",
        "Photo: Ingrid Sol/Valley Images",
        "Commuters wait for the replacement bus at Orrin station in March.",
        "(AP Photo/Lars Vik)",
        "A digger clears earth and rocks from the line, March 20, 2024.",
        "Getty Images",
        "Walkers pass the fenced-off slope above the railway.",
        "Photo by Ola Berg/Shutterstock",
    )
    assert text.startswith("Valley rail line to reopen after landslide\n\nThe rail line")
    for kept in (
        "The operator said trains",
        "Replacement buses have carried",
        "The slope will be watched",
        "Local businesses said",
    ):
        assert kept in text
    assert text.count("\n\n") == 5  # the headline and five paragraphs


PARAGRAPH = (
    "The rail line through the Orrin valley will reopen on Friday, six weeks after a landslide "
    "buried a kilometre of track below Stavby."
)
LAST = "Local businesses said the closure had cost them a busy Easter."


@pytest.mark.parametrize(
    "text",
    [
        # the credit set apart from the paragraph above it by a blank line
        f"{PARAGRAPH}\n\nGetty Images\n\n{LAST}",
        # a line runs on under the credit: no box of two lines
        f"{PARAGRAPH}\nGetty Images\n{LAST}\n\nThe operator will add trains.",
        # a text without blank lines: nothing tells a caption from a paragraph
        f"{PARAGRAPH}\nThe operator will add trains.\nPhoto: Ingrid Sol/Valley Images\n{LAST}",
        # a paragraph longer than a caption
        f"{PARAGRAPH} {PARAGRAPH} {PARAGRAPH}\n(AP Photo/Lars Vik)\n\n{LAST}",
    ],
)
def test_the_line_over_a_credit_stays_unless_they_are_a_caption_box(text: str) -> None:
    cleaned = clean_document(document_from_text(text, name="x.txt"))
    assert PARAGRAPH in cleaned.text and LAST in cleaned.text
    assert all(not line.startswith(PARAGRAPH[:20]) for line in cleaned.clutter_lines)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_first_line_over_a_credit_stays(gap: str) -> None:
    # the headline (with a blank line under it, the loader knows it) or the text's first line
    headline = "Valley rail line to reopen after landslide"
    text = f"{headline}{gap}Walkers pass the slope.\nGetty Images\n\n{PARAGRAPH}\n\n{LAST}"
    if gap == "\n":
        text = text.replace("Walkers pass the slope.\n", "")
    cleaned = clean_document(document_from_text(text, name="x.txt"))
    assert cleaned.text.startswith(headline)
    assert "Walkers" not in cleaned.text
    assert cleaned.clutter_lines[-1] == "Getty Images"


@pytest.mark.parametrize(
    "line",
    [
        "Updated two hours ago",
        "March / Valley Gazette",
        "Tuesday | Wire Service",
        "Nov ² / Valley Gazette",  # "²" is a digit to str.isdigit, not to [0-9]
        "Nov ² / Valley’s Gazette",
        "Tuesday’s / Valley Gazette",
        "Nov 19, 2019 | Wire Service",
        "The ferry left at dawn / as it always has",
    ],
)
def test_date_lines_without_digits_are_refused_as_the_full_test_refuses_them(line: str) -> None:
    """is_sourced_dateline skips the full test for lines without a digit: the same answer."""
    from reader.cleaning.lead_lines import _PARTS, MAX_SOURCE_WORDS, is_sourced_dateline
    from reader.cleaning.signals import ends_sentence, is_dateline

    parts = _PARTS.split(line)
    full = is_dateline(line) or (
        len(parts) >= 2
        and is_dateline(parts[0])
        and not ends_sentence(line)
        and all(is_dateline(p) or len(p.split()) <= MAX_SOURCE_WORDS for p in parts[1:])
    )
    assert is_sourced_dateline(line) == full


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("March 3, 2021 / 9:15 AM / Valley News", "Valley News"),
        ("Nov 19, 2019 | Reuters", "Reuters"),
        ("2019-11-19 / The Valley Courier", "The Valley Courier"),
        ("19 November 2019", ""),
        ("Published: 09:14 GMT, 12 March 2024 | Updated: 11:02 GMT, 13 March 2024", ""),
        ("The council met on 19 November 2019 / in the town hall.", ""),
    ],
)
def test_the_source_a_date_line_names(line: str, source: str) -> None:
    assert source_of(line) == source


def test_an_article_text_under_its_byline_and_sourced_date_has_author_date_and_site() -> None:
    text = (
        "Ferry crews walk out over night shifts\n\nBy Ann Reed\nNov 19, 2019 | Reuters\n\n"
        "Ferry crews stopped work at dawn on Tuesday, leaving hundreds of commuters stranded "
        "on both sides of the sound.\n\nThe union said the strike would last two days."
    )
    from reader.pipeline import analyze

    result = analyze(document_from_text(text, name="copied.txt"))
    meta = result.metadata
    assert (meta.author, meta.date, meta.site_name) == ("Ann Reed", "Nov 19, 2019", "Reuters")
    assert "Reuters" not in result.text and "Ann Reed" not in result.text


def test_a_line_is_of_the_same_kind_however_much_blank_space_surrounds_it() -> None:
    """Lines longer than a date line are tested for a caption or a notice only; a short line
    in much white space is still a byline or a date line (a reading time is a short line as
    it stands: white space around it makes it none)."""
    from reader.cleaning.lead_lines import MAX_DATE_LINE_CHARS, page_line_kind

    lines = {
        "By Ann Reed": "byline",
        "March 3, 2021 / 9:15 AM / Valley News": "date",
        "Image caption The harbour at dawn": "caption",
        "The ferry left the harbour at dawn.": "",
    }
    padding = " " * MAX_DATE_LINE_CHARS
    for line, kind in lines.items():
        assert page_line_kind(line) == kind
        assert page_line_kind(padding + line + padding) == kind, line
    assert page_line_kind("5 min read") == "reading time"
    assert page_line_kind(padding + "5 min read") == ""
    prose = "The ferry left the harbour at dawn, as it has for forty years. " * 4
    assert len(prose) > MAX_DATE_LINE_CHARS
    assert page_line_kind(prose) == ""
    assert page_line_kind(prose + "(AP Photo/Jane Doe)") == "caption"
