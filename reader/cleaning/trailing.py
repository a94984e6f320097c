"""The article's end: where the article stops and the page under it begins.

A copy that runs past the article brings the page's lines under it, and a whole page has them
anyway: credits and copyright lines, "Advertisement", share and comment prompts, tag lists, an
author's biography, and cards for other stories whose one-line summaries read like prose. A
single prose-like line low down must not decide where the article ends, so the end is chosen for
the tail as a whole. Every block from the article's first to the last one that might still be
the article's gets the log-odds that it is the article's own
(:func:`~reader.cleaning.tail_signals.tail_odds`), and the blocks are read as a sequence of three
states, as a hidden Markov model reads them:

* **article**: the block is the article's (it scores its log-odds);
* **inside**: a page line between the article's paragraphs (an advertisement, a box of links,
  a caption). Entering such a run costs ``log e`` of its first block's kind (cheap for what
  sites put inside articles, ``data/inside-article.txt``; dear for the marks of an article's
  end, ``data/article-end.txt``), and each further block of the run a little (nothing for
  the further lines of one unmarked list of a printed page: a sidebar's box is one run however
  many lines its items wrap to);
* **under**: the page under the article, from which there is no way back (it scores 0).

The article's end is the last *article* block of the best path (the Viterbi path). So a related
story's summary below a row of page lines goes unless it is much more the article's than they
are the page's, and the article's last paragraph below an advertisement stays. The article's own
closing lines (a sign-off, a reporting credit, an editor's note, a correction:
``data/signoffs.txt``) weigh heavily for the article.

Blocks down to the last *sure* paragraph of the article (a long sentence on the article's
subject, with no mark of the article's end above it and not in a card's place) are never cut.
"""

from __future__ import annotations

import math

from reader.cleaning.lead_lines import is_picture_line
from reader.cleaning.page_map import STRONG_GAP, PageMap
from reader.cleaning.signals import is_call_to_action
from reader.cleaning.tail_signals import (
    Shape,
    TailContext,
    is_inside_clutter,
    is_meta_line,
    tail_odds,
    tail_values,
)

#: The chance that a run of page lines inside the article starts at a block: of the kinds sites
#: put inside articles, of no telling kind, and of the kinds that mark an article's end.
INSIDE_KIND = 0.85
PLAIN_KIND = 0.15
END_KIND = 0.02
#: The chance that such a run goes on for one more block.
RUN_ON = 0.7
#: Signs that a block is the page's whatever else it shows, and the log-odds it has at most
#: then: a call to action ("Listen to ... live", "Sign up for ..."), a label opening a
#: biography or a prompt ("Jane Doe is a reporter for ..."), a placeholder or form field, a
#: time, date, count or reading time alone, links run together ("OriginCeres"), a labelled
#: link ("Go deeper: Other story's headline").
PAGE_SIGNS = ("call_to_action", "label_start", "placeholder", "meta", "glued", "labelled_link")
PAGE_SIGN_ODDS = -2.5
#: What a sign-off adds to a block's log-odds.
SIGNOFF_BONUS = 10.0
#: Blocks above the end of the article's stretch that are weighed (the end is never higher), and
#: the words above those that make the article's vocabulary: a long text is not measured
#: through.
TAIL_WINDOW = 40
VOCABULARY_WORDS = 5000
#: A sure paragraph: this long (words), ending a sentence, this much of it the article's words.
SURE_WORDS = 25
SURE_TOPIC = 0.3


def _extent(page: PageMap, last: int) -> int:
    """The last block that might still be the article's: blocks below ``last`` up to the next
    strong run of clutter (the article's last lines may be short)."""
    index = last
    cost = 0.0
    while index + 1 < len(page) and cost + page.cost(index + 1) < STRONG_GAP:
        index += 1
        cost += page.cost(index) if not page.is_articleish(index) else 0.0
    return index


def _entry_cost(shape: Shape) -> float:
    if shape.end_mark:
        return math.log(END_KIND)
    return math.log(INSIDE_KIND if shape.inside else PLAIN_KIND)


def block_scores(
    page: PageMap, first: int, last: int
) -> tuple[int, list[float], list[Shape], list[bool]]:
    """``(window, odds, shapes, sure)`` for blocks ``window``..``stop`` (the last
    :data:`TAIL_WINDOW` blocks of the article found at ``first``..``last`` and those below it
    that might still be its own): the log-odds that each is the article's own, its shape, and
    whether it is a sure paragraph of the article. The vocabulary they are compared with is
    that of the blocks above each, from about :data:`VOCABULARY_WORDS` words above the window."""
    stop = _extent(page, last)
    window = max(first, last - TAIL_WINDOW)
    vocabulary_first, words = window, 0
    while vocabulary_first > first and words < VOCABULARY_WORDS:
        vocabulary_first -= 1
        words += page.features[vocabulary_first].words
    context = TailContext(page, vocabulary_first)
    odds: list[float] = []
    shapes: list[Shape] = []
    sure: list[bool] = []
    marks = 0
    for index in range(window, stop + 1):
        values = tail_values(context, index)
        score = tail_odds(values) + SIGNOFF_BONUS * values["signoff"]
        if not values["signoff"] and any(values[name] >= 1 for name in PAGE_SIGNS):
            score = min(score, PAGE_SIGN_ODDS)
        odds.append(score)
        shape = context.shape(index)
        assert shape is not None
        shapes.append(shape)
        f = page.features[index]
        sure.append(
            marks == 0
            and f.sentence_end
            and f.words >= SURE_WORDS
            and values["topic"] >= SURE_TOPIC
            and not values["after_headline"]
            and not values["before_meta"]
        )
        marks += shape.end_mark
    return window, odds, shapes, sure


def article_end(page: PageMap, first: int, last: int) -> int:
    """The index of the article's last block, for the article found at blocks ``first``..``last``
    (see the module doc)."""
    window, odds, shapes, sure = block_scores(page, first, last)
    start = max((i for i, s in enumerate(sure) if s), default=0)
    run_on, plain = math.log(RUN_ON), math.log(PLAIN_KIND)
    article, inside = odds[0], -math.inf
    best, best_score = 0, article
    in_list = page.in_list
    for offset in range(1, len(odds)):
        entry = _entry_cost(shapes[offset])
        index = window + offset
        # the lines of one unmarked list (a printed page's box) are one run of page lines
        goes_on = 0.0 if index in in_list and index - 1 in in_list else max(run_on, entry, plain)
        article, inside = (
            odds[offset] + max(article, inside),
            max(article + entry, inside + goes_on),
        )
        if (offset >= start and article >= best_score) or offset == start:
            best, best_score = offset, article
    if all(
        _plain_sentence(page, i) or _picture_line(page, i)
        for i in range(window + best + 1, len(page))
    ):
        return len(page) - 1  # nothing under it shows a sign of the page: the article's own
    return window + best


def _picture_line(page: PageMap, index: int) -> bool:
    """A picture's caption or credit between the article's last paragraphs: the page's line,
    but no sign that the article has ended (the cleaning takes it out on its own)."""
    return is_picture_line(page.blocks[index].text)


def _plain_sentence(page: PageMap, index: int) -> bool:
    """A sentence with no sign of the page: no furniture, bullet, address, date or count alone,
    call to action, and not shaped like a label or a card's time."""
    f = page.features[index]
    text = page.blocks[index].text
    return (
        f.sentence_end
        and not page.has_evidence(index)
        and not is_call_to_action(text)
        and not is_inside_clutter(text)
        and not is_meta_line(text, f)
    )
