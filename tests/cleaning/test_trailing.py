"""Copies that run past the article: the page's lines under it go, the article's own stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.cleaning import clean_text
from reader.cleaning.page_map import PageMap

FILES = Path(__file__).parents[1] / "_files" / "cleaning" / "trailing"

ARTICLE = "\n".join(
    [
        "Harbour ferry returns after winter repairs",
        "",
        "The small ferry that links the old harbour with the island of Skerry returned to "
        "service on Monday after four months in the boatyard.",
        "Engineers replaced both engines and rebuilt the wheelhouse, which had leaked since a "
        "storm damaged its roof two winters ago.",
        '"The bus around the bay takes an hour and a half," said Tom Reilly. "The ferry takes '
        'twelve minutes."',
        "Tickets will cost the same as last year, the harbour trust said.",
    ]
)

PAGE_LINES = {
    "copyright and links": [
        "© 2024 The Bay Courier. All rights reserved.",
        "• About us",
        "• Contact",
        "• Privacy policy",
    ],
    "share and comments": [
        "Share this story",
        "• Facebook",
        "• Email",
        "12 Comments",
        "Please enable JavaScript to view the comments powered by Disqus.",
    ],
    "author and newsletter": [
        "Ellen Marsh",
        "Ellen Marsh is a reporter for The Bay Courier.",
        "Sign up for our newsletter.",
        "Advertisement",
    ],
    "related headlines": [
        "More from News",
        "Why city bees may be healthier than country bees",
        "New bakery opens on the square",
        "First published on March 4, 2024 / 9:12 AM",
    ],
    "tags and a date": ["Topics: Transport, Harbour", "March 4, 2024", "[photo]", "0 : 0"],
    "about the author": [
        "About the author",
        "Ellen Marsh is a senior reporter at the Courier covering transport. She previously "
        "worked at a regional daily in the north.",
        "Contact Ellen at 555-0147 or follow her on X.",
    ],
    "listen and follow": [
        "Follow the Courier on Instagram, Facebook and X.",
        "Listen to Bay Radio live at 8:00 and 18:00 every weekday - or listen back here.",
    ],
    # cards for other stories: a headline, a summary that reads like prose, a time
    "related cards": [
        "More from Transport",
        "Island bus to run every hour from May",
        "The operator said the extra journeys would be paid for by a grant from the county.",
        "2 hrs ago",
        "Quay closed for six weeks of repairs",
        "Engineers will replace the old stones of the north quay before the summer season.",
        "5 min read",
    ],
    # cards about the same subject as the article, without times
    "cards on the same subject": [
        "Related stories",
        "• Skerry ferry fares frozen for another year",
        "The harbour trust says tickets for the island crossing will not rise before 2026.",
        "• Boatyard wins contract for a second ferry",
        "A second boat for the Skerry crossing will be built in the old harbour boatyard.",
    ],
    "numbered most-read list": [
        "Most read",
        "1. Man rescued from cliff path after six hours",
        "2. Council tax to rise by four per cent",
        "3. Frost expected across the north tonight",
    ],
    # a reader appeal of several paragraphs, the middle one without a sign of the page
    "reader appeal": [
        "... we have a quick favour to ask. Thousands of you read the Courier every day, and "
        "more of you than ever are paying for it.",
        "Local reporting costs money. Our reporters sit through council meetings, court cases "
        "and planning hearings so that the town knows what is decided in its name.",
        "Support the Courier from as little as £2 a month, and cancel at any time.",
        "Continue",
    ],
    "newsletter box and appeal": [
        "Sign up for the Morning Tide",
        "The bay's news in your inbox every weekday at seven.",
        "Ellen Marsh is a reporter for The Bay Courier.",
    ],
}


@pytest.mark.parametrize("kind", sorted(PAGE_LINES))
def test_trailing_page_lines_are_removed(kind: str) -> None:
    lines = PAGE_LINES[kind]
    cleaned = clean_text(ARTICLE + "\n" + "\n".join(lines) + "\n")
    assert cleaned.text == ARTICLE
    assert list(cleaned.removed_lines) == lines


@pytest.mark.parametrize(
    "ending",
    [
        "Reporting by Ellen Marsh; Editing by Tom Wells",
        "The Associated Press contributed to this report.",
        "Correction: An earlier version of this story gave the wrong price for tickets.",
        "This story has been updated to add the trust's statement.",
        "— Ellen Marsh",
        "Tickets cost 5 € – “cheap”.",
        "He agreed.",
        '"We will see," she said.',
        "It is not known when the second boat will return.",
        "Support for the ferry has never been higher, the trust said.",
    ],
)
def test_the_articles_own_last_line_stays(ending: str) -> None:
    text = ARTICLE + "\n" + ending
    cleaned = clean_text(text)
    assert cleaned.text == text
    assert cleaned.removed_lines == ()


def test_a_last_paragraph_that_lost_its_full_stop_stays() -> None:
    ending = (
        "Tom Reilly said the crossing had been the only way to reach the fish market on time "
        "during the winter months and that the island was glad to have the ferry back"
    )
    text = ARTICLE + "\n" + ending + "\nWhy city bees may be healthier than country bees"
    cleaned = clean_text(text)
    assert cleaned.text == ARTICLE + "\n" + ending
    assert cleaned.removed_lines == ("Why city bees may be healthier than country bees",)


def test_page_lines_after_an_own_last_line_go_and_the_line_stays() -> None:
    text = ARTICLE + "\nReporting by Ellen Marsh; Editing by Tom Wells\n© 2024 The Bay Courier"
    cleaned = clean_text(text)
    assert cleaned.text.endswith("Editing by Tom Wells")
    assert cleaned.removed_lines == ("© 2024 The Bay Courier",)


def test_an_article_line_below_its_last_sentence_is_not_cut_from_the_middle() -> None:
    # only trailing lines go: furniture-like words inside the article do not end it
    text = ARTICLE.replace(
        "Tickets will cost", "Share prices of the ferry company rose.\nTickets will cost"
    )
    assert clean_text(text).text == text


def test_teasers_are_still_removed_as_teasers() -> None:
    teasers = [
        "The council has approved new cycle lanes along the whole of Mill Road after a…",
        "A record crowd watched the county show on Saturday as organisers…",
    ]
    cleaned = clean_text(ARTICLE + "\n" + "\n".join(teasers))
    assert cleaned.text == ARTICLE
    assert list(cleaned.removed_lines) == teasers


def test_a_last_paragraph_below_a_box_inside_the_article_stays() -> None:
    # the box costs little (the kinds of line sites put inside articles); the paragraph goes on
    # about the article's subject
    inside = ["Advertisement", "Read more from the Courier:", "• Harbour wall repairs start"]
    last = (
        "The harbour trust hopes to add a Sunday ferry next spring, once a second crew is trained."
    )
    page = ["More from Transport", "Island bus to run every hour from May", "2 hrs ago"]
    text = "\n".join([ARTICLE, *inside, last, *page])
    cleaned = clean_text(text)
    assert cleaned.text.endswith(last)
    assert list(cleaned.removed_lines) == page


def test_a_sign_off_stays_and_the_cards_under_it_go() -> None:
    page = [
        "Related stories",
        "Boatyard wins contract for a second ferry",
        "A second boat for the Skerry crossing will be built in the old harbour boatyard.",
    ]
    text = "\n".join([ARTICLE, "Contributing: Tom Wells", *page])
    cleaned = clean_text(text)
    assert cleaned.text.endswith("Contributing: Tom Wells")
    assert list(cleaned.removed_lines) == page


def test_plain_sentences_under_the_article_are_the_articles() -> None:
    # no sign of the page at all: a short closing exchange stays, however unrelated it looks
    ending = ['"Will it run in winter?" asked one passenger.', '"We will see," said Reilly.']
    text = "\n".join([ARTICLE, *ending])
    assert clean_text(text).text == text


# -- a caption box or another page line inside the article, then its last paragraph -------------

RESTORATION = (
    "The restoration cost £3.4m, most of it paid by a heritage grant, and kept the building's "
    "Victorian windows and its oak shelves."
)


@pytest.mark.parametrize(
    ("name", "last", "inside", "removed"),
    [
        (  # a caption over its credit line, then a one-sentence last paragraph
            "caption-box-then-last-sentence.txt",
            "The library will now stay open late on Thursdays.",
            ["The reading room on the first floor", "Photo: Jonas Lind/Market Street Press"],
            [],
        ),
        (  # German: "Foto: …/dpa"
            "german-caption-box.txt",
            "Die Bibliothek bleibt künftig donnerstags bis 21 Uhr geöffnet.",
            ["Der Lesesaal im ersten Stock", "Foto: Jonas Lind/dpa"],
            [],
        ),
        (  # a caption ending in its credit, the last paragraph, then the page's lines
            "caption-credit-then-last-paragraph-then-page.txt",
            "Moss said loans of children's books had doubled in the first week.",
            ["Volunteers carry books back to the shelves on Friday. (AP Photo/Ruth Okafor)"],
            [
                "© 2026 Market Street Press. All rights reserved.",
                "More from Local",
                "Council backs plan for new bus station",
                "Swimming pool to close for summer repairs",
            ],
        ),
        (  # a caption box over an agency's credit, the last paragraph, then teasers
            "caption-box-then-teasers.txt",
            "From May the library will also lend tools and sewing machines.",
            ["Children choose books in the new reading room", "Getty Images"],
            [
                "The council has approved new cycle lanes along the whole of Mill Road after a…",
                "A record crowd watched the county show on Saturday as organisers…",
                "Police are appealing for witnesses after a van was driven into a shop window in…",
            ],
        ),
        (  # a caption box's label ("Image caption, …"), the last sentence, a related box
            "image-caption-label-then-last-sentence.txt",
            "Silva said the title belonged to the town.",
            ["Image caption, Ana Silva celebrates her winning goal in front of the home fans"],
            [
                "More on this story",
                "Dale manager leaves after relegation",
                "Riverside ground to get new stand",
            ],
        ),
        (  # a caption over "Credit: …", an advertisement slot, the last sentence, a list
            "caption-credit-advertisement-then-last-sentence.txt",
            "A new vote is expected in September.",
            [
                "The car park on Bridge Street, one of those affected",
                "Credit: Sam Hart",
                "Advertisement",
            ],
            [
                "Most read",
                "1. Man dies after fall from cliff path",
                "2. School to close after roof collapse",
            ],
        ),
        (  # German: "Bild: picture alliance/dpa", then "Mehr zum Thema" and its links
            "german-picture-credit-then-related.txt",
            "Eine neue Abstimmung ist für September geplant.",
            ["Der Parkplatz an der Brückenstraße", "Bild: picture alliance/dpa"],
            [
                "Mehr zum Thema",
                "Radweg am Ring wird teurer",
                "Stadt sucht Betreiber für neues Parkhaus",
            ],
        ),
        (  # a link to another story in capitals, the last paragraph, a prompt and a biography
            "capitals-link-then-last-paragraph.txt",
            "Pell, who has repaid the board £12,000, said nothing as he left the court.",
            [],
            [
                "CLICK HERE TO SIGN UP FOR OUR NEWSLETTER",
                "Ruth Okafor is a reporter for the Coast Courier. Story tips can be sent to "
                "ruth.okafor@courier.example.",
            ],
        ),
    ],
)
def test_the_last_paragraph_under_a_page_line_inside_the_article_stays(
    name: str, last: str, inside: list[str], removed: list[str]
) -> None:
    cleaned = clean_text((FILES / name).read_text("utf-8"))
    assert cleaned.text.endswith("\n\n" + last)
    assert list(cleaned.removed_lines) == removed
    assert list(cleaned.clutter_lines) == inside  # the caption and credit: behind the note
    for line in inside:
        assert line not in cleaned.text


@pytest.mark.parametrize(
    ("name", "removed"),
    [
        (  # cards for other stories on the article's subject, under a caption box
            "caption-box-then-related-list.txt",
            [
                "The reading room on the first floor",
                "Photo by Jonas Lind/Shutterstock",
                "Library to lend tools and sewing machines from May",
                "The library will lend tools and sewing machines to its members from May, the "
                "council said.",
                "Market Street shops report their busiest weekend",
                "Shops near the library said the crowds had brought them their busiest Saturday "
                "of the year.",
            ],
        ),
        (  # a card with its date under a caption box
            "caption-box-then-dated-card.txt",
            [
                "The car park on Bridge Street",
                "Photo: Sam Hart/City Press",
                "Park-and-ride plan goes out to consultation",
                "The council has asked residents for their views on the park-and-ride sites "
                "before the summer.",
                "March 3, 2026",
            ],
        ),
        (  # another story's one-line summary under a caption box
            "caption-box-then-other-story.txt",
            [
                "The reading room on the first floor",
                "Photo: Jonas Lind/Market Street Press",
                "A man has been arrested after a fire at a warehouse in Dunmore, police said.",
                "© 2026 Market Street Press. All rights reserved.",
            ],
        ),
    ],
)
def test_the_pages_lines_under_a_caption_box_still_go(name: str, removed: list[str]) -> None:
    text = (FILES / name).read_text("utf-8")
    cleaned = clean_text(text)
    last_kept = text.split("\n\n" + removed[0])[0].rsplit("\n\n", 1)[1]
    assert cleaned.text.endswith("\n\n" + last_kept)
    assert list(cleaned.removed_lines) == removed


def _library_article(*parts: str) -> str:
    above = (FILES / "caption-box-then-last-sentence.txt").read_text("utf-8")
    return above.split("\n\nThe reading room")[0] + "\n\n" + "\n\n".join(parts) + "\n"


BOX = "The reading room on the first floor\nPhoto: Jonas Lind/Market Street Press"


def test_the_article_goes_on_under_the_resumed_paragraph() -> None:
    # prose directly under the resumed paragraph, and a second caption box ("REUTERS/…")
    lines = [
        "The library will now stay open late on Thursdays.",
        "Moss said the first month would show whether the late opening was worth it.",
    ]
    cleaned = clean_text(_library_article(BOX, *lines, "The new oak shelves\nREUTERS/Ruth Okafor"))
    assert cleaned.text.endswith("\n\n".join(lines))
    assert cleaned.removed_lines == ("The new oak shelves", "REUTERS/Ruth Okafor")  # the last
    cleaned = clean_text(_library_article(BOX, lines[0], "The oak shelves\nAFP", lines[1]))
    assert cleaned.text.endswith("\n\n".join(lines))
    assert cleaned.clutter_lines[2:] == ("The oak shelves", "AFP")


def test_a_card_with_its_time_under_a_caption_box_goes() -> None:
    card = [
        "Library to lend tools from May",
        "The library will lend tools and sewing machines to its members from May.",
        "2 hrs ago",
    ]
    cleaned = clean_text(_library_article(BOX, *card))
    assert cleaned.text.endswith(RESTORATION)
    assert list(cleaned.removed_lines) == [*BOX.split("\n"), *card]


def test_a_caption_box_at_the_articles_end_goes_with_the_footer() -> None:
    footer = "© 2026 Market Street Press. All rights reserved."
    cleaned = clean_text(_library_article(BOX, footer))
    assert cleaned.text.endswith(RESTORATION)
    assert list(cleaned.removed_lines) == [*BOX.split("\n"), footer]


# -- the fast paths give what weighing every block gives ----------------------------------------


def _reference_end(page: PageMap, first: int, last: int) -> int:
    """The article's end as the tail model defines it, every block weighed in order (the
    first version of :func:`article_end`, kept here as the reference for its shortcuts)."""
    import math

    from reader.cleaning import trailing
    from reader.cleaning.tail_signals import TailContext, tail_odds, tail_values

    stop = trailing._extent(page, last)
    window = max(first, last - trailing.TAIL_WINDOW)
    vocabulary_first, words = window, 0
    while vocabulary_first > first and words < trailing.VOCABULARY_WORDS:
        vocabulary_first -= 1
        words += page.features[vocabulary_first].words
    context = TailContext(page, vocabulary_first)
    odds, shapes, sure, marks = [], [], [], 0
    for index in range(window, stop + 1):
        values = tail_values(context, index)
        score = tail_odds(values) + trailing.SIGNOFF_BONUS * values["signoff"]
        if not values["signoff"] and any(values[n] >= 1 for n in trailing.PAGE_SIGNS):
            score = min(score, trailing.PAGE_SIGN_ODDS)
        odds.append(score)
        shape = context.shape(index)
        shapes.append(shape)
        f = page.features[index]
        sure.append(
            marks == 0
            and f.sentence_end
            and f.words >= trailing.SURE_WORDS
            and values["topic"] >= trailing.SURE_TOPIC
            and not values["after_headline"]
            and not values["before_meta"]
        )
        marks += shape.end_mark
    start = max((i for i, s in enumerate(sure) if s), default=0)
    run_on, plain = math.log(trailing.RUN_ON), math.log(trailing.PLAIN_KIND)
    article, inside = odds[0], -math.inf
    best, best_score = 0, article
    for offset in range(1, len(odds)):
        entry = trailing._entry_cost(shapes[offset])
        index = window + offset
        in_list = page.in_list
        goes_on = 0.0 if index in in_list and index - 1 in in_list else max(run_on, entry, plain)
        article, inside = (
            odds[offset] + max(article, inside),
            max(article + entry, inside + goes_on),
        )
        if (offset >= start and article >= best_score) or offset == start:
            best, best_score = offset, article
    best = trailing._resumed_end(trailing.TailScores(page, first, last), best)
    if all(trailing._plain_sentence(page, i) for i in range(window + best + 1, len(page))):
        return len(page) - 1
    return window + best


def _own_texts() -> list[str]:
    """The article with each kind of page lines under it, two kinds at once, the page's lines
    above it and inside it, and the endings the article may have."""
    article = ARTICLE.split("\n")
    kinds = sorted(PAGE_LINES)
    texts = ["\n".join(article)]
    for kind in kinds:
        lines = PAGE_LINES[kind]
        texts.append("\n".join(article + lines))
        texts.append("\n".join(lines + article))
        texts.append("\n".join(article[:3] + lines + article[3:]))
        for other in kinds:
            texts.append("\n".join(article + lines + PAGE_LINES[other]))
    long_paragraph = (
        "The harbour trust said the ferry would run every hour from the old harbour to Skerry "
        "from May, and that the island's school children would travel free of charge, as they "
        "had before the engines failed last winter."
    )
    texts.append("\n".join([*article, long_paragraph, *PAGE_LINES["related cards"]]))
    texts.append("\n".join([*article, long_paragraph, "More from News", long_paragraph]))
    # long paragraphs with a furniture word or two in their prose ("more", "about")
    prose = [
        "Harbour ferry returns after winter repairs",
        "The small ferry that links the old harbour with the island of Skerry returned to "
        "service on Monday after four months in the boatyard, the harbour trust said.",
        "Engineers replaced both engines of the ferry and rebuilt the wheelhouse, which had "
        "leaked since a storm damaged its roof two winters ago, the harbour trust said.",
        "The harbour trust said the ferry would run every hour from the old harbour to Skerry "
        "from May, and that more island children would travel free to the school.",
        "Tom Reilly, who runs the island shop, said the ferry had been missed all winter and "
        "that the crossing to the old harbour was about the only way to reach the market.",
    ]
    for ending in (
        [],
        ["He said he was glad to have the ferry back."],
        PAGE_LINES["listen and follow"],
    ):
        texts.append("\n\n".join(prose + ending))
    return texts


def _pages(texts: list[str]) -> list[tuple[PageMap, int, int]]:
    found = []
    for text in texts:
        for unmarked in (False, True):
            page = PageMap(text, unmarked_lists=unmarked)
            if page.article_range is not None:
                found.append((page, *page.article_range))
    return found


def _same_tail(pages: list[tuple[PageMap, int, int]]) -> int:
    """Asserts the fast paths equal the reference on ``pages``; how many took the shortcut."""
    from reader.cleaning.tail_signals import TailContext, subject_values
    from reader.cleaning.trailing import TailScores, _all_plain_below, _window, article_end

    shortcuts = 0
    for page, first, last in pages:
        assert article_end(page, first, last) == _reference_end(page, first, last)
        scores = TailScores(page, first, last)
        context = TailContext(page, _vocabulary_first(page, first, scores.window))
        for offset in range(len(scores)):
            index = scores.window + offset
            subject = subject_values(context, index)
            assert scores._above.subject(index) == subject
            assert scores._above.topic(index) == subject["topic"]  # measured alone
        start = scores.last_sure()
        shortcuts += not _all_plain_below(page, _window(first, last)) and all(
            scores.odds(o) >= 0 for o in range(start + 1, len(scores))
        )
    return shortcuts


def _vocabulary_first(page: PageMap, first: int, window: int) -> int:
    from reader.cleaning.trailing import VOCABULARY_WORDS

    vocabulary_first, words = window, 0
    while vocabulary_first > first and words < VOCABULARY_WORDS:
        vocabulary_first -= 1
        words += page.features[vocabulary_first].words
    return vocabulary_first


def test_the_tails_shortcuts_end_the_article_where_weighing_every_block_does() -> None:
    pages = _pages(_own_texts())
    assert len(pages) > 200
    assert _same_tail(pages) > 0  # the shortcut was taken, and gave the same end


def test_the_tails_shortcuts_on_the_corpus(corpus) -> None:
    from reader.cleaning.teasers import remove_teasers
    from reader.loading import load_document

    texts = []
    for folder in ("bbc", "teasers", "overshoot", "saved", "cnndm", "german"):
        for path in sorted((corpus / folder).rglob("*.txt")):
            if "summary" not in path.parts:
                document = load_document(path)
                source = document.raw_text if document.raw_text is not None else document.text
                texts.append(remove_teasers(source)[0])
    pages = _pages(texts)
    assert _same_tail(pages) > 20


def test_full_features_are_the_blocks_features_with_furniture() -> None:
    from reader.cleaning.signals import block_features

    for page, _, _ in _pages(_own_texts()[:20]):
        for index, block in enumerate(page.blocks):
            expected = block_features(block.text, page.stops, page._repeats, furniture=True)
            assert page.full_features(index) == expected


def test_a_blocks_odds_without_what_only_raises_them_are_a_lower_bound() -> None:
    """A block is known to be the article's without its subject measured when its odds without
    the values that can only raise them (positive weights, values of 0 or more) are 0 or more:
    those odds are never above its odds, and the shortcut is taken."""
    from reader.cleaning import trailing
    from reader.cleaning.tail_signals import (
        RAISING,
        TAIL_BIAS,
        TAIL_WEIGHTS,
        tail_odds,
        tail_values,
    )

    assert all(TAIL_WEIGHTS[name] > 0 for name in RAISING)
    bounded = 0
    for page, first, last in _pages(_own_texts()):
        scores = trailing.TailScores(page, first, last)
        for offset in range(len(scores)):
            values = tail_values(scores._context, scores.window + offset, lower_bound=True)
            exact = tail_values(scores._context, scores.window + offset, scores._subject(offset))
            assert all(exact[name] >= 0 for name in RAISING)
            weighed = TAIL_BIAS + sum(TAIL_WEIGHTS[name] * value for name, value in exact.items())
            assert tail_odds(exact) == weighed  # the weights in the values' order
            assert trailing._odds_of(values) <= scores.odds(offset)
            if trailing.TailScores(page, first, last).surely_own(offset):
                assert scores.odds(offset) >= 0
                bounded += 1
    assert bounded > 100
