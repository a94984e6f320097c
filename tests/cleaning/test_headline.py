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
