"""A whole page's article body: its paragraphs without the page's lines between them.

Between the headline and the article's last paragraph a page puts its own lines: share bars and
audio players before the first paragraph, advertisement slots, boxes of links to other stories
("Read more from Sport:" and a few headlines), newsletter boxes, captions and credits between
paragraphs. They are taken out of the displayed text (into ``clutter_lines``):

* a block with explicit signs of the page (furniture phrases, an address, a call to action, a
  line the page repeats, a line of the kinds sites put inside articles) unless it reads as
  prose (:func:`is_inner_clutter`);
* runs of bulleted links (:func:`link_lists`), and a printed page's numbered box of headlines
  (:func:`numbered_boxes`);
* before the first paragraph, whatever shows a sign of the page (:func:`lead_clutter`);
* a short line between two of those: part of the same box (:func:`boxed`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.cleaning.inline_links import related_link_boxes
from reader.cleaning.lead_lines import page_line_kind
from reader.cleaning.page_map import PageMap, is_list_number
from reader.cleaning.phrases import read_alternatives
from reader.cleaning.signals import is_call_to_action, is_signoff, normalized
from reader.cleaning.tail_signals import is_inside_clutter

#: Inside a whole page's article, a block with furniture words and log-odds below this goes,
#: and one with a furniture phrase, an address or a call to action unless it reads as prose.
INNER_CLUTTER_ODDS = -3.0
INNER_PROSE_ODDS = 2.0
#: A block whose letters are mostly furniture phrases, at most this long, is sure clutter.
SURE_FURNITURE_COVER = 0.6
SURE_FURNITURE_WORDS = 8
#: This many bulleted lines in a row, none a sentence, are a list of links (on a whole page).
MIN_LINK_LIST = 3
#: A list with this many numbers standing apart is a numbered box of the page's.
MIN_BOX_NUMBERS = 2
#: A line this short (words) between two lines of a box is part of the box.
MAX_BOXED_WORDS = 12
#: A line without a sentence's end, at most this long, right under clutter before the first
#: paragraph is a box's headline (a video carousel's title).
MAX_BOX_HEADLINE_WORDS = 16
#: The page's lines above an article (:func:`~reader.cleaning.lead_lines.page_line_kind`) that
#: are clutter before its first paragraph: "March 3, 2021 / 9:15 AM / Valley News".
_LEAD_LINE_KINDS = frozenset({"byline", "date", "reading time"})
#: A caption line in the body is at most this many words (an agency's caption is long).
MAX_CAPTION_LINE_WORDS = 60
#: The first paragraph: a sentence of at least this many words with no sign of the page.
MIN_LEAD_WORDS = 8


def is_sure_clutter(page: PageMap, index: int) -> bool:
    """Clutter even in an article text: a placeholder, a form field, a block made of furniture
    phrases ("Advertisement", "Share this article", "Follow us on X"), or a short line the page
    repeats (a share bar above and below the article)."""
    f = page.features[index]
    return (
        f.placeholder
        or f.form_field
        or (f.furniture_cover >= SURE_FURNITURE_COVER and f.words <= SURE_FURNITURE_WORDS)
        or (f.repeated and f.words <= SURE_FURNITURE_WORDS and not f.sentence_end)
    )


def is_inner_clutter(page: PageMap, index: int) -> bool:
    """Clutter inside a whole page's article: a block with page evidence and low odds, or
    a sure one (:func:`_is_sure_clutter`)."""
    f = page.features[index]
    text = page.blocks[index].text
    sure = (
        f.furniture_strong
        or f.link_like
        or f.repeated
        or is_call_to_action(text)
        or is_inside_clutter(text)
    )
    if sure and page.odds[index] < INNER_PROSE_ODDS:
        return True
    return (f.furniture > 0 and page.odds[index] < INNER_CLUTTER_ODDS) or is_sure_clutter(
        page, index
    )


def link_lists(page: PageMap, first: int, last: int) -> set[int]:
    """Blocks ``first``..``last`` in runs of bulleted lines without sentences (at least
    :data:`MIN_LINK_LIST` long, or any under a label such as "Read more from Sport:"): lists of
    links to other stories, sections or tags, and the label line above such a run."""
    found: set[int] = set()
    run: list[int] = []
    for index in [*range(first, last + 1), -1]:
        f = page.features[index] if index >= 0 else None
        if f is not None and f.bullet and not f.sentence_end:
            run.append(index)
            continue
        label = run[0] - 1 if run else -1
        labelled = label >= first and is_list_label(page, label)
        if len(run) >= MIN_LINK_LIST or (run and labelled):
            found.update(run)
            if labelled:
                found.add(label)
        run = []
    return found


def numbered_boxes(page: PageMap, first: int, last: int) -> set[int]:
    """Blocks ``first``..``last`` in unmarked list runs (:attr:`PageMap.list_runs`, a printed
    page's) whose numbers stand apart ("1." on its own line, at least
    :data:`MIN_BOX_NUMBERS` of them): a "most read" or "trending" box, its headlines wrapped
    to a sidebar's width, that the print put between the article's paragraphs. An article's
    own numbered list has its numbers on its items' lines."""
    found: set[int] = set()
    for run in page.list_runs:
        inside = [index for index in run if first <= index <= last]
        numbers = sum(is_list_number(page.blocks[index].text) for index in inside)
        if numbers >= MIN_BOX_NUMBERS:
            found.update(inside)
    return found


def is_list_label(page: PageMap, index: int) -> bool:
    """A short label above a list of links: "More:", "Related", "Read more from Sport:"."""
    f = page.features[index]
    text = page.blocks[index].text
    return (f.words <= 4 and page.has_evidence(index)) or (
        f.words <= 8 and is_inside_clutter(text) and text.rstrip().endswith(":")
    )


def repeats_headline(text: str, headline: str) -> bool:
    """Whether a block is the headline again (perhaps with a few words added: a kicker)."""
    block, head = normalized(text), normalized(headline)
    return block.startswith(head) and len(block) <= 1.5 * len(head)


@lru_cache(maxsize=1)
def caption_credit_pattern() -> re.Pattern[str]:
    """How a picture's caption ends: its credit (``data/caption-credits.txt``)."""
    alternatives = read_alternatives("caption-credits.txt")
    return re.compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE)


def is_caption(text: str) -> bool:
    """A picture's caption: a block ending in a photo credit, "(AP Photo/Jane Doe)",
    "Photo: Reuters", "(Foto: dpa)"."""
    return bool(caption_credit_pattern().search(text))


def lead_clutter(page: PageMap, first: int, last: int) -> set[int]:
    """Blocks ``first``..``last`` before the body's first paragraph that belong to the page:
    those with a sign of it (share buttons, audio players, "Gift this article", the bullets of
    a standfirst), a byline, date line or reading time (:data:`_LEAD_LINE_KINDS`), credits
    ("Produced by ...", "Illustration by ..."), a picture's caption (:func:`is_caption`,
    however long), what would be clutter inside the body
    (:func:`is_inner_clutter`: a caption the page repeats), and a short line that is no
    statement, or a headline-shaped line, right under one of those (the headline in a video
    box)."""
    found: set[int] = set()
    for index in range(first, last + 1):
        f = page.features[index]
        text = page.blocks[index].text
        sign = (
            _page_sign(page, index)
            or page_line_kind(text) in _LEAD_LINE_KINDS
            or is_signoff(text)
            or is_caption(text)
            or is_inner_clutter(page, index)
        )
        if f.sentence_end and f.words >= MIN_LEAD_WORDS and not sign:
            break
        under_clutter = index - 1 in found or (
            index == first and index and _page_sign(page, index - 1)
        )
        boxed_in = under_clutter and (
            (f.words < MIN_LEAD_WORDS and not text.endswith("."))
            or (not f.sentence_end and f.words <= MAX_BOX_HEADLINE_WORDS)
        )
        if sign or boxed_in:
            found.add(index)
    return found


def _page_sign(page: PageMap, index: int) -> bool:
    """A clear sign of the page in block ``index``: a bullet, a placeholder or form field, a
    furniture phrase, an address, a date or count alone, a call to action, a line of the kinds
    sites put inside articles, or a short line with furniture words or said twice."""
    f = page.features[index]
    text = page.blocks[index].text
    short = f.words <= SURE_FURNITURE_WORDS
    return (
        f.bullet
        or f.placeholder
        or f.form_field
        or f.furniture_strong > 0
        or (f.link_like and (short or not f.sentence_end))
        or f.date_only
        or f.count_only
        or (short and (f.furniture > 0 or f.repeated))
        or is_call_to_action(text)
        or is_inside_clutter(text)
    )


def _is_caption_line(page: PageMap, index: int) -> bool:
    """A picture's or video's caption or credit line in the body, as an article text's copy
    loses it (:func:`~reader.cleaning.lead_lines.page_line_kind`: "Image caption ...", "Day 3,
    Part 10: Opening statement", "... (AP Photo/Jane Doe)"), no longer than a caption is."""
    return (
        page.features[index].words <= MAX_CAPTION_LINE_WORDS
        and page_line_kind(page.blocks[index].text) == "caption"
    )


def boxed(page: PageMap, clutter: set[int], first: int, last: int) -> set[int]:
    """Short blocks between two clutter blocks: the middle of a newsletter or video box."""
    return {
        index
        for index in range(first + 1, last)
        if index - 1 in clutter
        and index + 1 in clutter
        and page.features[index].words <= MAX_BOXED_WORDS
    }


def page_body(page: PageMap, first: int, last: int, headline: str) -> list[int]:
    """The blocks of the body found at ``first``..``last`` that are the article's (see the
    module doc); ``headline``: the article's headline, said again in the body ("" if none)."""
    clutter = link_lists(page, first, last) | lead_clutter(page, first, last)
    clutter |= numbered_boxes(page, first, last) | related_link_boxes(page, first, last)
    clutter.update(
        index
        for index in range(first, last + 1)
        if is_inner_clutter(page, index)
        or _is_caption_line(page, index)
        or (headline and repeats_headline(page.blocks[index].text, headline))
    )
    clutter |= boxed(page, clutter, first, last)
    return [index for index in range(first, last + 1) if index not in clutter]
