"""A whole page's body: its paragraphs without the page's lines between them."""

from __future__ import annotations

from reader.cleaning.page_body import (
    boxed,
    is_caption,
    lead_clutter,
    link_lists,
    numbered_boxes,
    page_body,
)
from reader.cleaning.page_map import PageMap

PARAGRAPHS = [
    "The night bus between Carrow and the valley villages returned on Friday, three years "
    "after the county cut it to save money.",
    "Drivers said about forty passengers used the first service, most of them hospital staff "
    "and bar workers going home after midnight.",
    "The county said the night bus would run on Fridays and Saturdays until the end of the "
    "year, when councillors will decide whether to keep it.",
]


def _body(lines: list[str]) -> list[str]:
    page = PageMap("\n\n".join(lines))
    return [page.blocks[i].text for i in page_body(page, 0, len(page) - 1, "")]


def test_share_buttons_and_a_player_before_the_first_paragraph_go() -> None:
    lead = ["• Gift this article", "• Share", "Listen to this article", "04:12"]
    page = PageMap("\n\n".join(lead + PARAGRAPHS))
    assert lead_clutter(page, 0, len(page) - 1) == set(range(len(lead)))
    assert _body(lead + PARAGRAPHS) == PARAGRAPHS


def test_a_short_first_paragraph_without_signs_of_the_page_stays() -> None:
    first = "It was a quiet night."
    assert _body([first, *PARAGRAPHS]) == [first, *PARAGRAPHS]


def test_a_first_paragraph_with_a_web_address_stays() -> None:
    first = (
        "Timetables for the night bus are online at www.carrow-buses.example and at every "
        "stop on the route, the county said."
    )
    assert _body([first, *PARAGRAPHS]) == [first, *PARAGRAPHS]


def test_a_labelled_box_of_links_inside_the_body_goes() -> None:
    box = ["Read more from the Gazette:", "• Library hours cut", "• New school opens"]
    lines = [PARAGRAPHS[0], *box, *PARAGRAPHS[1:]]
    page = PageMap("\n\n".join(lines))
    assert link_lists(page, 0, len(page) - 1) == {1, 2, 3}
    assert _body(lines) == PARAGRAPHS


def test_a_list_in_the_article_under_its_own_sentence_stays() -> None:
    # "the options are:" is the article's sentence, and two items are no list of links
    items = ["• Keep the night bus", "• Run a taxi scheme"]
    lines = [PARAGRAPHS[0], "The two options are:", *items, *PARAGRAPHS[1:]]
    page = PageMap("\n\n".join(lines))
    assert link_lists(page, 0, len(page) - 1) == set()


def test_a_short_line_inside_a_newsletter_box_goes_with_the_box() -> None:
    box = ["Sign up for the Valley Briefing", "The week's news, every Friday.", "[ ] Sign up"]
    lines = [PARAGRAPHS[0], *box, *PARAGRAPHS[1:]]
    page = PageMap("\n\n".join(lines))
    assert boxed(page, {1, 3}, 0, len(page) - 1) == {2}
    assert _body(lines) == PARAGRAPHS


def test_a_credit_and_a_video_boxs_headline_before_the_first_paragraph_go() -> None:
    lead = ["Video/Valley TV", "Where did the night buses go?", "Produced by the audio desk."]
    page = PageMap("\n\n".join(lead + PARAGRAPHS))
    assert lead_clutter(page, 0, len(page) - 1) == {0, 1, 2}


def test_a_short_statement_under_share_buttons_is_the_first_paragraph() -> None:
    lines = ["• Share", "It was a quiet night.", *PARAGRAPHS]
    assert _body(lines) == lines[1:]


def test_a_long_caption_ending_in_a_photo_credit_before_the_first_paragraph_goes() -> None:
    caption = (
        "Passengers wait on the quay at Carrow as the night bus pulls in on Friday, the first "
        "service in three years. (AP Photo/Jane Doe)"
    )
    page = PageMap("\n\n".join([caption, *PARAGRAPHS]))
    assert lead_clutter(page, 0, len(page) - 1) == {0}


def test_photo_credits_end_captions_and_nothing_else() -> None:
    for caption in (
        "The new lanes on Mill Road. Photo: Reuters",
        "Der neue Radweg am Mühlenweg (Foto: dpa)",
        "A man walks past the station. (Getty Images)",
        "Flood water on Weir Road. Photograph: Tom Reilly/PA",
    ):
        assert is_caption(caption), caption
    for sentence in (
        "He said the photo was taken in 2019.",
        "The deal was first reported by Reuters.",
        "Bleak picture: the town's shops closed one after another.",
        "Sister Anne (not pictured) was found in her room.",
    ):
        assert not is_caption(sentence), sentence


def test_a_printed_pages_numbered_box_between_paragraphs_goes() -> None:
    # a sidebar's "most read" box that the print put between the article's paragraphs: its
    # headlines wrapped to the sidebar's width, each number on its own line after its item
    box = [
        "Police chief asks for money",
        "for new cameras, but council",
        "unmoved",
        "1.",
        "Rents are on the rise. These",
        "maps show where and by",
        "how much.",
        "2.",
        "Card skimmer found at petrol",
        "station on the bypass",
        "3.",
    ]
    text = "\n\n".join([PARAGRAPHS[0], *box, *PARAGRAPHS[1:]])
    page = PageMap(text, unmarked_lists=True)
    assert numbered_boxes(page, 0, len(page) - 1) == set(range(1, len(box) + 1))
    assert [page.blocks[i].text for i in page_body(page, 0, len(page) - 1, "")] == PARAGRAPHS


def test_an_articles_own_list_in_a_printed_page_stays() -> None:
    # unmarked (the print drew its bullets as pictures) and without numbers standing apart
    items = ["Keep the night bus", "Run a taxi scheme", "Ask the villages to pay"]
    text = "\n\n".join([PARAGRAPHS[0], "The three options are:", *items, *PARAGRAPHS[1:]])
    page = PageMap(text, unmarked_lists=True)
    assert numbered_boxes(page, 0, len(page) - 1) == set()


def test_a_link_labelled_with_a_bar_inside_the_body_goes() -> None:
    # "Also Read | headline", as some sites label their links between paragraphs
    link = "Also Read | Library hours cut for the summer"
    lines = [PARAGRAPHS[0], link, *PARAGRAPHS[1:]]
    assert _body(lines) == PARAGRAPHS


def test_a_share_widgets_label_before_the_first_paragraph_goes() -> None:
    lead = ["WidgetCo Sharing Buttons", "Share to FacebookFacebookShare to EmailEmail"]
    page = PageMap("\n\n".join(lead + PARAGRAPHS))
    assert lead_clutter(page, 0, len(page) - 1) == {0, 1}


def test_a_video_carousel_before_the_first_paragraph_goes() -> None:
    # a picture's caption the page shows twice, then the video's title (eight words, no stop)
    caption = (
        "CARROW, VALLEY - MARCH 4: Passengers board the night bus at the station square on "
        "Friday, the first service in three years."
    )
    title = "Council leader says night bus will run all year"
    lead = [caption, caption, title]
    page = PageMap("\n\n".join(lead + PARAGRAPHS))
    assert lead_clutter(page, 0, len(page) - 1) == {0, 1, 2}
    assert _body(lead + PARAGRAPHS) == PARAGRAPHS


def test_a_date_line_with_its_source_before_the_first_paragraph_goes() -> None:
    dateline = "March 3, 2024 / 9:15 AM / Valley Gazette"
    assert _body([dateline, *PARAGRAPHS]) == PARAGRAPHS


def test_a_video_segments_caption_inside_the_body_goes() -> None:
    caption = "Day 2, Part 4: The owners' statement in full"
    lines = [PARAGRAPHS[0], caption, *PARAGRAPHS[1:]]
    assert _body(lines) == PARAGRAPHS
    heading = "Part 2: What the drivers saw"  # one number: the article's own heading
    assert _body([PARAGRAPHS[0], heading, *PARAGRAPHS[1:]]) == [
        PARAGRAPHS[0],
        heading,
        *PARAGRAPHS[1:],
    ]
