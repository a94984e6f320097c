"""The headline above a whole page's article, and what is never taken for it."""

from __future__ import annotations

from reader.cleaning.headline import find_heading
from reader.cleaning.page_map import PageMap

HEADLINE = "Night bus returns to the valley villages"
BODY = [
    "The night bus between Carrow and the valley villages returned on Friday, three years "
    "after the county cut it to save money.",
    "Drivers said about forty passengers used the first night bus, most of them hospital "
    "staff and bar workers going home after midnight.",
    "The county said the night bus would run on Fridays and Saturdays until the end of the "
    "year, when councillors will decide whether to keep it.",
]


def _headline(blocks: list[str]) -> str | None:
    page = PageMap("\n\n".join(blocks))
    first = blocks.index(BODY[0])
    heading = find_heading(page, first, len(page) - 1)
    return page.blocks[heading.headline].text if heading.headline is not None else None


def _panel() -> list[str]:
    """A text browser's dump of a share panel: one-word buttons, the same again and again."""
    panel: list[str] = []
    networks = ("Email", "Facebook", "Messenger", "Twitter", "Pinterest", "WhatsApp", "LinkedIn")
    for network in networks * 3:
        panel += ["□", network, f"Share this with {network}"]
    return panel


def test_the_headline_is_found_above_a_long_share_panel() -> None:
    panel = _panel()
    blocks = ["• Home", "• News", HEADLINE, "• 19 November 2024", *panel, *BODY]
    assert _headline(blocks) == HEADLINE


def test_a_video_caption_glued_to_its_label_is_no_headline() -> None:
    # the headline far above, behind a share panel; the video's caption right above the body
    caption = "Media captionThe valley villages and their night bus"
    blocks = [HEADLINE, "• 19 November 2024", *_panel(), caption, *BODY]
    assert _headline(blocks) == HEADLINE


def _carousel(count: int) -> list[str]:
    """A video carousel: headline-shaped titles of other stories, each under a picture."""
    titles = (
        "Valley farmers sell milk at the village gate",
        "Carrow mayor opens the new swimming pool",
        "Storm closes the mountain pass for a day",
        "Night trains to the coast will run again in May",
    )
    blocks: list[str] = []
    for number in range(count):
        blocks += ["[video]", f"{titles[number % len(titles)]} {number}"]
    return blocks


def test_a_headline_signed_by_a_byline_is_found_above_a_long_carousel() -> None:
    blocks = [HEADLINE, "By Jane Roe, Valley Times", *_carousel(30), *BODY]
    assert _headline(blocks) == HEADLINE


def test_a_signed_headline_is_found_inside_a_body_that_starts_in_the_menu() -> None:
    # the article's stretch starts at a menu of prose-like story links; the headline and its
    # byline come after them
    menu = [
        "County says new bridge at Carrow will open next spring after long delays in the works",
        "Valley school wins national prize for its science teaching and its garden project",
    ]
    blocks = [*menu, "Latest headlines", HEADLINE, "By Jane Roe", *BODY]
    page = PageMap("\n\n".join(blocks))
    heading = find_heading(page, 0, len(page) - 1)
    assert heading.headline == blocks.index(HEADLINE)
    assert heading.author == "Jane Roe"


def test_a_declared_title_worded_a_little_differently_is_found() -> None:
    title = "Valley villages: night bus returns after three years - Valley Times"
    headline = "Night bus returns to the valley villages after three years"
    blocks = ["Shows", "Valley Evening News Morning Show Sports Hour", headline, *BODY]
    page = PageMap("\n\n".join(blocks))
    heading = find_heading(page, 0, len(page) - 1, title_hint=title)
    assert heading.headline == blocks.index(headline)


def test_a_reading_time_under_a_headline_signs_it() -> None:
    # an image's alt text shares the body's words; the headline has the reading time under it
    blocks = ["Night bus in the valley", "[]", "Updated 2 hours ago", HEADLINE, "4 Min Read", *BODY]
    assert _headline(blocks) == HEADLINE


def test_the_declared_title_wins_over_a_standfirst_signed_by_the_byline() -> None:
    # two standfirst lines: the headline is too far above the byline to be signed by it
    standfirst = [
        "The county brings back the bus it cut three years ago",
        "Drivers said forty passengers used the first bus on Friday night",
    ]
    blocks = ["Home News Sport", HEADLINE, *standfirst, "By Jane Roe", *BODY]
    page = PageMap("\n\n".join(blocks))
    first = blocks.index(BODY[0])
    heading = find_heading(page, first, len(page) - 1, title_hint=f"{HEADLINE} | Valley Times")
    assert heading.headline == blocks.index(HEADLINE)


def test_a_caption_over_the_byline_is_not_the_headline() -> None:
    # headline, standfirst, a picture's caption with its credit, then the byline
    blocks = [
        "Home News Sport",
        HEADLINE,
        "The county brings back the bus it cut three years ago.",
        "A night bus leaves the depot at Carrow.Credit...Jane Roe for the Valley Times",
        "By Jane Roe",
        *BODY,
    ]
    assert _headline(blocks) == HEADLINE
