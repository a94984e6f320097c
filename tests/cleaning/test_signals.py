"""What a block looks like: furniture, bylines, dates, sign-offs, calls to action, odds."""

from __future__ import annotations

from collections import Counter

import pytest

from reader.cleaning.signals import (
    article_odds,
    block_features,
    furniture_of,
    is_appeal,
    is_byline,
    is_call_to_action,
    is_dateline,
    is_signoff,
    marks_article_end,
)
from reader.cleaning.stopwords import stop_words

STOPS = stop_words("en")
PROSE = (
    "Engineers replaced both engines and rebuilt the wheelhouse, which had leaked since a storm "
    "damaged its roof two winters ago."
)


def odds(text: str) -> float:
    features = block_features(text, STOPS, Counter())
    return article_odds(features, prose_stop=0.45)


@pytest.mark.parametrize(
    "text",
    [
        "Share this story",
        "Sign up for our newsletter",
        "© 2024 The Bay Courier. All rights reserved.",
        "Advertisement",
        "Related stories",
        "Ellen Marsh is a reporter for The Bay Courier.",
        "Please enable JavaScript to view the comments powered by Disqus.",
        "Teilen",
        "Mehr zum Thema",
    ],
)
def test_furniture_is_found(text: str) -> None:
    assert furniture_of(text).hits >= 1


def test_prose_has_no_strong_furniture() -> None:
    # a share widget's words are furniture, a company's shares and options are not
    assert furniture_of("Share buttons").strong
    assert not furniture_of("Executives were granted share options worth 2m.").strong
    assert not furniture_of("He sold his share to a rival last year.").strong
    assert furniture_of(PROSE).strong == 0
    # words a page uses for buttons count little in a sentence
    assert furniture_of("The company said it would share more details next week.").strong == 0


def test_prose_is_likelier_the_article_than_a_menu_item_or_a_placeholder() -> None:
    assert odds(PROSE) > 0
    assert odds("• Home") < 0
    assert odds("[                    ]Search") < odds("• Home") + 1
    assert odds(PROSE) > odds("Why city bees may be healthier than country bees")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By Ellen Marsh", True),
        ("Von Lena Brandt", True),
        ("By Ann Reed | Special to the Valley Courier", True),
        ("By the time the ferry arrived, the queue had gone.", False),
    ],
)
def test_bylines(text: str, expected: bool) -> None:
    assert is_byline(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nov. 19, 2019, 8:41 AM UTC", True),
        ("Updated 2 hours ago", True),
        ("03.01.2024, 10.15 Uhr", True),
        ("The ferry returned on 3 March.", False),
        ("Published", False),
    ],
)
def test_datelines(text: str, expected: bool) -> None:
    assert is_dateline(text) is expected


def test_signoffs_calls_to_action_and_end_marks() -> None:
    assert is_signoff("Reporting by Ellen Marsh; Editing by Tom Wells")
    assert is_signoff("(Additional reporting by Tom Wells)")
    assert is_signoff("The Associated Press contributed to this report.")
    assert not is_signoff(PROSE)
    assert is_call_to_action("Listen to Bay Radio live at eight")
    assert is_call_to_action("Sign up for the morning briefing")
    assert not is_call_to_action("Listeners called the station all morning.")
    assert marks_article_end("12 Comments")
    assert marks_article_end("More from News")
    assert not marks_article_end("Image copyright Getty Images")


def test_credits_are_sign_offs_but_print_lines_and_author_boxes_are_not() -> None:
    assert is_signoff("Contributing: Tom Wells, Bay Courier")
    assert is_signoff("With reporting by Tom Wells in Skerry.")
    assert is_signoff("An earlier version of this story gave the wrong ticket price.")
    # the page's lines under an article, not the article's own
    assert not is_signoff("A version of this article appears in print on May 4, Section A.")
    assert not is_signoff("Written by Ellen Marsh")
    # where the reporter was, under the byline at the article's top: no credit
    assert not is_signoff("Reporting from Carrow")
    assert is_signoff("Additional reporting from Skerry by Tom Wells")


def test_reader_appeals_are_calls_to_action_however_long() -> None:
    appeal = (
        "… we have a small favour to ask. Thousands of you read the Courier every day, and "
        "more of you than ever are paying for it, which keeps our reporting free for all."
    )
    for text in (appeal, "Support the Courier from as little as £2 a month", "Donate now"):
        assert is_appeal(text) and is_call_to_action(text), text
    for text in ("Support for the ferry grew.", "Donations to the trust doubled.", PROSE):
        assert not is_appeal(text), text


def test_a_line_opening_with_no_date_word_is_no_date_line_without_being_tokenised() -> None:
    """is_dateline() looks at the first word before tokenising the line: the same answers as
    testing every word, on lines of our own of date words, numbers and other words."""
    import random

    from reader.cleaning.signals import _DATE_TOKENS, is_dateline, words_of

    def every_word(text: str) -> bool:
        lowered = words_of(text.strip())[1]
        return (
            any(w.isdigit() for w in lowered)
            and len(lowered) <= 24
            and all(w.isdigit() or w in _DATE_TOKENS for w in lowered)
        )

    pieces = ["Mar.", "4,", "2021", "6:15", "PM", "UTC", "Updated", "3", "hours", "ago", "/"]
    pieces += ["Ferry", "harbour", "Reuters", "MÄRZ", "’", "Published:", "’s", " ", "3rd"]
    rng = random.Random(2)
    lines = [" ".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(5000)]
    assert [is_dateline(line) for line in lines] == [every_word(line) for line in lines]
    assert sum(map(is_dateline, lines)) > 50


def test_article_odds_weigh_every_named_value() -> None:
    """article_odds() multiplies the values in the order of the weights, without their names:
    the same odds as weighing each named value, on the blocks of a page of our own."""
    from reader.cleaning.page_map import PageMap
    from reader.cleaning.signals import BIAS, WEIGHTS, article_odds, feature_values

    page = PageMap(
        "Home | News | Sport\n\nSign up for our newsletter\n\nBy Ann Reed\n\n19 November 2019\n\n"
        "The ferry returned to the harbour on Monday, and the council said it would run again "
        "from May, when the repairs to the old pier are done.\n\n• Share this story\n\n[Image]"
    )
    for f in page.features:
        values = feature_values(f, page.prose_stop)
        assert list(values) == list(WEIGHTS)
        assert article_odds(f, page.prose_stop) == BIAS + sum(
            WEIGHTS[name] * value for name, value in values.items()
        )
    assert len({article_odds(f, page.prose_stop) for f in page.features}) > 4


def test_a_text_holds_a_digit_when_a_token_opens_with_one() -> None:
    import random
    import re

    from reader.cleaning.signals import has_decimal, words_of

    rng = random.Random(7)
    alphabet = [*"ab Z9'’.-²½٣", "İ", "Σ", " 12 ", "x3y"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        assert has_decimal(words_of(text)[1]) == bool(re.search(r"\d", text)), text
