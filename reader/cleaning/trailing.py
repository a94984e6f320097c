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

Page lines of the kinds that sit *inside* an article (a picture's caption box, "Advertisement",
a placeholder, a lone headline-shaped link to another story) are not the start of the page's
tail when the article's prose resumes under them (:func:`_resumed_end`): a short last paragraph
under a caption box has too few words to outweigh the box on its own, but a complete sentence
that goes on with the article's subject and names, in no card's place, is the article's.
"""

from __future__ import annotations

import math

from reader.cleaning.lead_lines import caption_over_credit
from reader.cleaning.page_map import STRONG_GAP, PageMap
from reader.cleaning.signals import is_call_to_action
from reader.cleaning.tail_signals import (
    ArticleAbove,
    Shape,
    TailContext,
    is_meta_line,
    may_mark_end,
    neighbour_values,
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
#: Page lines inside the article that its prose may resume under: at most this many blocks in a
#: row (a broadcaster's caption box: "Enlarge this image", the picture's placeholder, the
#: caption, its credit, "hide caption", "toggle caption", the credit again).
MAX_INTERRUPTION = 8
#: The prose that resumes under them: this much of its content words the article's (or a name
#: the article used), and these log-odds that it is the article's by its own shape and subject.
RESUME_TOPIC = 0.15
RESUME_ODDS = 0.0
#: What opens a note set apart from the article's prose ("(Updates with ...)", "[Editor's ...").
NOTE_OPENERS = "([{"


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


class TailScores:
    """The blocks ``window``..``stop`` of the tail (the last :data:`TAIL_WINDOW` blocks of the
    article found at ``first``..``last`` and those below it that might still be its own),
    measured when asked for, in any order: the log-odds that each is the article's own
    (:meth:`odds`), its shape, and whether it is a sure paragraph of the article (:meth:`sure`).
    The vocabulary they are compared with is that of the blocks above each, from about
    :data:`VOCABULARY_WORDS` words above the window."""

    def __init__(self, page: PageMap, first: int, last: int) -> None:
        self.page = page
        self.stop = stop = _extent(page, last)
        self.window = window = _window(first, last)
        vocabulary_first, words = window, 0
        while vocabulary_first > first and words < VOCABULARY_WORDS:
            vocabulary_first -= 1
            words += page.features[vocabulary_first].words
        self._context = TailContext(page, vocabulary_first)  # its shapes, measured when asked
        self._above = ArticleAbove(page, vocabulary_first, stop)
        # a sure paragraph has no mark of the article's end above it in the tail; only blocks
        # that may be such a mark (few) are shaped to find the first
        self._first_mark = next(
            (
                offset
                for offset in range(len(self))
                if may_mark_end(page.blocks[window + offset].text) and self.shape(offset).end_mark
            ),
            len(self),
        )
        self._subjects: dict[int, dict[str, float]] = {}
        self._odds: dict[int, float] = {}

    def __len__(self) -> int:
        return self.stop - self.window + 1

    def shape(self, offset: int) -> Shape:
        """The shape of block ``window + offset``."""
        shape = self._context.shape(self.window + offset)
        assert shape is not None
        return shape

    def _subject(self, offset: int) -> dict[str, float]:
        subject = self._subjects.get(offset)
        if subject is None:
            subject = self._subjects[offset] = self._above.subject(self.window + offset)
        return subject

    def _topic(self, offset: int) -> float:
        """The ``"topic"`` of :meth:`_subject`, which is measured only when it is asked for."""
        subject = self._subjects.get(offset)
        return self._above.topic(self.window + offset) if subject is None else subject["topic"]

    def sure(self, offset: int) -> bool:
        """Whether block ``window + offset`` is a sure paragraph of the article: long, ending
        a sentence, on the article's subject, in no card's place and under no end mark."""
        index = self.window + offset
        f = self.page.features[index]
        if offset > self._first_mark or not f.sentence_end or f.words < SURE_WORDS:
            return False
        after_headline, before_meta = neighbour_values(self._context, index)
        return not after_headline and not before_meta and self._topic(offset) >= SURE_TOPIC

    def last_sure(self) -> int:
        """The offset of the last sure paragraph (0 when there is none)."""
        last = min(self._first_mark, len(self) - 1)
        return next((o for o in range(last, -1, -1) if self.sure(o)), 0)

    def interrupts(self, offset: int) -> bool:
        """Whether block ``window + offset`` is a page line of the kinds that sit inside an
        article: a caption, a credit or a caption over its credit, what sites put between an
        article's paragraphs (``data/inside-article.txt``), a placeholder, a line the page
        repeats, or a headline-shaped line (a link to another story); not a mark of the
        article's end, a call to action, a bullet, or a time, date or byline alone."""
        index = self.window + offset
        f = self.page.features[index]
        shape = self.shape(offset)
        text = self.page.blocks[index].text
        if shape.end_mark or shape.meta or f.bullet or is_call_to_action(text):
            return False
        return (
            shape.inside
            or caption_over_credit(self.page, index + 1)
            or f.placeholder
            or f.repeated
            or (shape.headline and not f.furniture_strong)
        )

    def resumes(self, offset: int) -> bool:
        """Whether block ``window + offset``, under page lines inside the article, reads as the
        article's prose going on: complete sentences with no sign of the page (nor a note in
        brackets), at least :data:`RESUME_TOPIC` of its content words the article's or a name
        the article used, in no card's place (a time or byline under it, or a series of
        headlines and summaries), and at least :data:`RESUME_ODDS` that it is the article's by
        its own shape and subject. Its neighbours' shapes do not count there: they are the page
        lines it is under (a caption box has a headline's shape), not a card's."""
        index = self.window + offset
        page = self.page
        shape = self.shape(offset)
        if not _plain_prose(page, index) or shape.headline or shape.inside:
            return False
        if page.blocks[index].text.lstrip().startswith(tuple(NOTE_OPENERS)):
            return False  # a note set apart, "(Updates with ...)", not the article's prose
        if page.features[index].repeated or self._in_card_series(offset):
            return False
        subject = self._subject(offset)
        if subject["topic"] < RESUME_TOPIC and not subject["names_known"]:
            return False
        values = tail_values(self._context, index, subject)
        if values["before_meta"] or any(values[name] >= 1 for name in PAGE_SIGNS):
            return False
        own = dict(values, after_headline=0.0, shaped_around=0.0)
        return tail_odds(own) >= RESUME_ODDS

    def _in_card_series(self, offset: int) -> bool:
        """Whether a headline-shaped line (not a caption over its credit, nor a call to action)
        and a sentence follow block ``window + offset``: a card's summary in a series of them."""
        index = self.window + offset
        page = self.page
        if index + 2 >= len(page) or offset + 1 >= len(self):
            return False
        headline = page.blocks[index + 1].text
        return (
            self.shape(offset + 1).headline
            and not self.shape(offset + 1).inside
            and not caption_over_credit(page, index + 2)
            and not is_call_to_action(headline)
            and page.features[index + 2].sentence_end
        )

    def odds(self, offset: int) -> float:
        """The log-odds that block ``window + offset`` is the article's own."""
        score = self._odds.get(offset)
        if score is None:
            index = self.window + offset
            score = _odds_of(tail_values(self._context, index, self._subject(offset)))
            self._odds[offset] = score
        return score

    def surely_own(self, offset: int) -> bool:
        """Whether :meth:`odds` of block ``window + offset`` are 0 or more, known without
        measuring its subject when they are (most of an article's blocks): its odds without
        the values that can only raise them (:func:`~reader.cleaning.tail_signals.tail_values`
        with ``lower_bound``) reach :data:`BOUND_MARGIN`. ``False`` when they do not (its odds
        may still be 0 or more)."""
        if offset in self._odds:
            return self._odds[offset] >= 0
        values = tail_values(self._context, self.window + offset, lower_bound=True)
        return _odds_of(values) >= BOUND_MARGIN


#: How far above 0 a lower bound of a block's odds must be to prove its odds 0 or more, whatever
#: the rounding of the sums (far below any weight).
BOUND_MARGIN = 1e-6


def _odds_of(values: dict[str, float]) -> float:
    """A block's log-odds from its :func:`~reader.cleaning.tail_signals.tail_values`: a
    sign-off raises them, a sign of the page caps them."""
    score = tail_odds(values) + SIGNOFF_BONUS * values["signoff"]
    if not values["signoff"] and any(values[name] >= 1 for name in PAGE_SIGNS):
        score = min(score, PAGE_SIGN_ODDS)
    return score


def block_scores(
    page: PageMap, first: int, last: int
) -> tuple[int, list[float], list[Shape], list[bool]]:
    """``(window, odds, shapes, sure)`` of every block of :class:`TailScores`."""
    scores = TailScores(page, first, last)
    offsets = range(len(scores))
    odds = [scores.odds(offset) for offset in offsets]
    shapes = [scores.shape(offset) for offset in offsets]
    return scores.window, odds, shapes, [scores.sure(offset) for offset in offsets]


def article_end(page: PageMap, first: int, last: int) -> int:
    """The index of the article's last block, for the article found at blocks ``first``..``last``
    (see the module doc)."""
    if _all_plain_below(page, _window(first, last)):
        return len(page) - 1  # whatever the best path, nothing under it shows a sign of the page
    scores = TailScores(page, first, last)
    start = scores.last_sure()
    below = range(start + 1, len(scores))
    if all(scores.surely_own(offset) or scores.odds(offset) >= 0 for offset in below):
        # no block under the last sure one is more the page's than the article's: each adds
        # to the best path's score, so the best ends at the last block, and no block above the
        # sure one can change that (the path is chosen below it); those are not weighed
        best = len(scores) - 1
    else:
        best = _best_end(scores, start)
    best = _resumed_end(scores, best)
    window = scores.window
    if _all_plain_below(page, window + best):
        return len(page) - 1  # nothing under it shows a sign of the page: the article's own
    return window + best


def _best_end(scores: TailScores, start: int) -> int:
    """The offset of the last *article* block of the best path (the Viterbi path) that ends at
    or below the last sure paragraph ``start``."""
    run_on, plain = math.log(RUN_ON), math.log(PLAIN_KIND)
    article, inside = scores.odds(0), -math.inf
    best, best_score = 0, article
    in_list = scores.page.in_list
    window = scores.window
    for offset in range(1, len(scores)):
        entry = _entry_cost(scores.shape(offset))
        index = window + offset
        # the lines of one unmarked list (a printed page's box) are one run of page lines
        goes_on = 0.0 if index in in_list and index - 1 in in_list else max(run_on, entry, plain)
        article, inside = (
            scores.odds(offset) + max(article, inside),
            max(article + entry, inside + goes_on),
        )
        if (offset >= start and article >= best_score) or offset == start:
            best, best_score = offset, article
    return best


def _resumed_end(scores: TailScores, end: int) -> int:
    """The offset of the article's last block when its prose resumes under block offset ``end``
    (see the module doc): page lines that sit inside articles (at most
    :data:`MAX_INTERRUPTION`, :meth:`TailScores.interrupts`), then a block that reads as the
    article going on (:meth:`TailScores.resumes`), which ends the article unless more follow it
    so, directly or under more such lines. ``end`` when the article does not resume."""
    resumed = False
    while True:
        offset = end + 1
        while (
            offset < len(scores) and offset - end <= MAX_INTERRUPTION and scores.interrupts(offset)
        ):
            offset += 1
        interrupted = offset > end + 1
        if offset >= len(scores) or not (interrupted or resumed) or not scores.resumes(offset):
            return end
        end, resumed = offset, True


def _window(first: int, last: int) -> int:
    """The first block :func:`block_scores` weighs for the article at ``first``..``last``."""
    return max(first, last - TAIL_WINDOW)


def _all_plain_below(page: PageMap, index: int) -> bool:
    """Whether every block under block ``index`` is a plain sentence (:func:`_plain_sentence`)
    or a picture's caption or credit (:func:`_picture_line`).

    :func:`article_end` keeps such blocks, so when every block under the window's first one is
    plain, the article ends at the last block whatever the weighing finds: it is not done (most
    clean article texts; their blocks are most of the cleaning's work)."""
    return all(
        _plain_sentence(page, i) or _picture_line(page, i) for i in range(index + 1, len(page))
    )


def _picture_line(page: PageMap, index: int) -> bool:
    """A picture's caption or credit between the article's last paragraphs: the page's line,
    but no sign that the article has ended (the cleaning takes it out on its own)."""
    return page.is_picture_line(index)


def _plain_prose(page: PageMap, index: int) -> bool:
    """Complete sentences with no sign of the page: no furniture phrase, bullet, address,
    placeholder, call to action, time, date, count or byline alone (the page's weaker
    furniture words, "gallery" or "video", may be the article's)."""
    f = page.features[index]
    text = page.blocks[index].text
    return (
        f.sentence_end
        and not f.furniture_strong
        and not (f.bullet or f.placeholder or f.form_field or f.link_like)
        and not is_call_to_action(text)
        and not page.is_inside_clutter(index)
        and not page.is_picture_line(index)
        and not is_meta_line(text, f)
    )


def _plain_sentence(page: PageMap, index: int) -> bool:
    """A sentence with no sign of the page: no furniture, bullet, address, date or count alone,
    call to action, and not shaped like a label or a card's time."""
    f = page.features[index]
    text = page.blocks[index].text
    return (
        f.sentence_end
        and not page.has_evidence(index)
        and not is_call_to_action(text)
        and not page.is_inside_clutter(index)
        and not is_meta_line(text, f)
    )
