"""A map of a saved text: its blocks, how likely each is the article's, and where the article is.

The article is one stretch of the text, which page clutter may interrupt briefly (a picture
caption, an advertisement, a newsletter box) but which a long run of clutter ends (menus, share
bars, tag lists, comment prompts, a footer). So blocks are weighed as jusText weighs paragraphs
(:mod:`reader.cleaning.signals`), the text is cut into *segments* wherever the clutter between two
article-like blocks is strong, and the article is the segment with the most article words,
discounted by how much clutter interrupts it (a list of other stories' summaries, each behind its
own headline and date, is as long as a short article but far more interrupted).

Only blocks with evidence of being the page's (furniture words, bullets, placeholders, lines
repeated on the page, dates or counts alone, addresses; or a very low score) count towards a
strong gap: a run of short lines of the article's own (a list, a table) never splits it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property

from reader.cleaning.blocks import Block, Line, split_blocks, split_lines, wrap_width
from reader.cleaning.lead_lines import is_picture_line
from reader.cleaning.signals import (
    FURNITURE_MAX_WORDS,
    Features,
    article_odds,
    block_features,
    has_decimal,
    marks_article_end,
    prose_stop_share,
    with_furniture,
    words_of,
)
from reader.cleaning.stopwords import SAMPLE_CHARS, guess_language, stop_words, words

#: Cost of one block of clutter, in article words (a run of menu items adds up).
CLUTTER_WORDS = 8
#: Clutter (in article words) that separates two segments.
STRONG_GAP = 30.0
#: A block whose log-odds fall below this is clutter even without explicit evidence.
VERY_LOW_ODDS = -4.0
#: How much a segment's interruptions count against it (its density is raised to this power).
DENSITY_POWER = 2.0
#: A neighbouring segment joins the article across a gap cheaper than this (before / after it)
#: when it is dense prose that uses the article's vocabulary (this share of its words; less
#: across a gap of less than twice STRONG_GAP).
MERGE_GAP_BEFORE = 90.0
MERGE_GAP_AFTER = 45.0
MIN_MERGE_SIMILARITY = 0.5
NEAR_MERGE_SIMILARITY = 0.3  # across a gap just above STRONG_GAP (a box of three links)
#: Blocks that mark an article's end ("View comments", "More in Sport": data/article-end.txt) in
#: the gap after the article: with this many, what follows is the page's, however close.
MAX_END_MARKERS = 2
MIN_MERGE_DENSITY = 0.6

#: Short non-sentence lines in a row that make a list when bullets are missing.
MIN_LIST_RUN = 3
MAX_LIST_ITEM_WORDS = 16
#: An item's wrapped last line in such a list is at most this long (words).
MAX_CONTINUED_WORDS = 6
_LIST_NUMBER = re.compile(r"^\s*\d{1,2}\s*[.)]?\s*$")

_CONTENT = re.compile(r"[^\W\d_]{3,}")
#: A word of three or more parts joined by apostrophes ("rock'n'roll"), perhaps.
_APOSTROPHES = re.compile(r"'[^\W\d_]+'[^\W\d_]")


def unmarked_list_runs(blocks: list[Block], features: list[Features]) -> list[list[int]]:
    """Blocks in runs of short lines that are not sentences (:data:`MIN_LIST_RUN` or more): a
    list whose bullets the text lost (a PDF draws them as pictures). A list number alone
    ("3.", "4)": a numbered list laid out with its numbers apart, as a "most read" box is)
    and an item's wrapped last line (short, starting in lower case, as "and how much.") are
    part of the run."""
    found: list[list[int]] = []
    run: list[int] = []
    for index, f in [*enumerate(features), (-1, None)]:
        if f is not None and (
            (not f.sentence_end and f.words <= MAX_LIST_ITEM_WORDS)
            or is_list_number(blocks[index].text)
            or (run and f.words <= MAX_CONTINUED_WORDS and blocks[index].text[:1].islower())
        ):
            run.append(index)
            continue
        if len(run) >= MIN_LIST_RUN:
            found.append(run)
        run = []
    return found


def is_list_number(text: str) -> bool:
    """A list's number alone: "3.", "4)", "12"."""
    return bool(_LIST_NUMBER.match(text))


def stem(word: str) -> str:
    """A crude stem for comparing vocabulary: the lower-cased word's first six letters."""
    return word.lower()[:6]


def _language_words(texts: list[str], tokens: dict[str, tuple[list[str], list[str]]]) -> list[str]:
    """:func:`~reader.cleaning.stopwords.words` of the text whose blocks are ``texts`` (and
    their :func:`~reader.cleaning.signals.words_of` ``tokens``): a block's lower-case tokens
    without its numbers; found again in a block with "’" (which they replace) or, perhaps, a
    word of three or more parts (which they keep whole, where a word has two parts at most)."""
    found: list[str] = []
    for text in texts:
        if "’" in text or ("'" in text and _APOSTROPHES.search(text)):
            found.extend(words(text))
            continue
        lowered = tokens[text][1]
        found.extend(
            [w for w in lowered if not w[0].isdecimal()] if has_decimal(lowered) else lowered
        )
    return found


def _content_words(text: str, lowered: list[str], stops: frozenset[str] = frozenset()) -> list[str]:
    """The words of three letters or more that ``_CONTENT`` finds in ``text.lower()``, from the
    block's lower-case tokens ``lowered`` (:func:`~reader.cleaning.signals.words_of`): split at
    apostrophes, without numbers (nor ``stops``, tested first: they are half of prose's words).
    Lower-casing the text word by word changes no letter into another kind of character,
    except "İ" ("i" and a combining dot), and gives the same letters except a "Σ" (whose lower
    case depends on what follows it): with those, found again."""
    if "İ" in text or "Σ" in text:
        return [w for w in _CONTENT.findall(text.lower()) if w not in stops]
    if "'" in text or "’" in text:
        lowered = [part for word in lowered for part in word.split("'")]
    return [w for w in lowered if w not in stops and len(w) >= 3 and not w[0].isdecimal()]


@dataclass(frozen=True)
class Segment:
    """Blocks ``first``..``last`` (inclusive) and what they weigh."""

    first: int
    last: int
    mass: float  # expected article words
    cost: float  # clutter inside, in article words

    @property
    def density(self) -> float:
        return self.mass / (self.mass + self.cost) if self.mass + self.cost else 0.0

    @property
    def score(self) -> float:
        return float(self.mass * self.density**DENSITY_POWER)


class PageMap:
    """Blocks of ``text`` with their features and article probabilities (see module doc)."""

    def __init__(
        self, text: str, language: str | None = None, *, unmarked_lists: bool = False
    ) -> None:
        self.text = text
        self.lines: list[Line] = split_lines(text)
        self.width = wrap_width(self.lines)
        self.blocks: list[Block] = split_blocks(self.lines, self.width)
        # each distinct block once: a page repeats its menu items, bullets and buttons
        texts = [block.text for block in self.blocks]
        words = {text: words_of(text) for text in dict.fromkeys(texts)}
        self._words = words
        if language:
            self.language = language
        else:  # all of a short text is sampled: its words are the blocks' words
            short = len(text) <= SAMPLE_CHARS
            self.language = guess_language(text, _language_words(texts, words) if short else None)
        self.stops = stop_words(self.language)
        keys = {text: " ".join(found[1]) for text, found in words.items()}
        self._repeats: Counter[str] = Counter(map(keys.__getitem__, texts))
        measured = {
            text: block_features(text, self.stops, self._repeats, words=found, key=keys[text])
            for text, found in words.items()
        }
        self.features: list[Features] = [measured[text] for text in texts]
        self._full: dict[int, Features] = {}
        self._stems: dict[str, set[str]] = {}
        self._pictures: dict[str, bool] = {}
        self._inside: dict[str, bool] = {}
        self.prose_stop = prose_stop_share(self.features)
        odds = {text: article_odds(f, self.prose_stop) for text, f in measured.items()}
        self.odds = [odds[text] for text in texts]
        self.list_runs = unmarked_list_runs(self.blocks, self.features) if unmarked_lists else []
        self.in_list = {index for run in self.list_runs for index in run}

    def __len__(self) -> int:
        return len(self.blocks)

    def full_features(self, index: int) -> Features:
        """Block ``index``'s features with its furniture counted whatever its length."""
        measured = self.features[index]
        if measured.words <= FURNITURE_MAX_WORDS:  # a short block's furniture is counted
            return measured
        if index not in self._full:
            block = self.blocks[index].text
            self._full[index] = with_furniture(measured, block, self._words[block][1])
        return self._full[index]

    def probability(self, index: int) -> float:
        return self._probabilities[index]

    def has_evidence(self, index: int) -> bool:
        """Whether block ``index`` shows explicit signs of being the page's, not the article's."""
        f = self.features[index]
        return (
            f.furniture > 0
            or f.bullet
            or f.placeholder
            or f.form_field
            or f.repeated
            or f.date_only
            or f.count_only
            or f.link_like
            or self.odds[index] < VERY_LOW_ODDS
            or index in self.in_list
        )

    def is_articleish(self, index: int) -> bool:
        return self.odds[index] > 0

    def mass(self, index: int) -> float:
        return self._masses[index]

    def cost(self, index: int) -> float:
        """What block ``index`` costs as clutter (a neutral short line costs little)."""
        return self._costs[index]

    @cached_property
    def _probabilities(self) -> list[float]:
        return [1.0 / (1.0 + math.exp(-odds)) for odds in self.odds]

    @cached_property
    def _masses(self) -> list[float]:
        return [
            p * max(f.words, 1) for p, f in zip(self._probabilities, self.features, strict=True)
        ]

    def is_picture_line(self, index: int) -> bool:
        """:func:`~reader.cleaning.lead_lines.is_picture_line` of block ``index`` (each distinct
        block tested once: the rules of the tail ask about the same blocks)."""
        return self.is_picture_text(self.blocks[index].text)

    def is_picture_text(self, text: str) -> bool:
        """:meth:`is_picture_line` of the block whose text is ``text``."""
        found = self._pictures.get(text)
        if found is None:
            found = self._pictures[text] = bool(is_picture_line(text))
        return found

    def is_inside_clutter(self, index: int) -> bool:
        """:func:`~reader.cleaning.tail_signals.is_inside_clutter` of block ``index``, tested
        when a rule asks (each distinct block once: most blocks are never asked about)."""
        text = self.blocks[index].text
        found = self._inside.get(text)
        if found is None:
            from reader.cleaning.tail_signals import is_inside_clutter  # it imports this module

            found = self._inside[text] = bool(is_inside_clutter(text))
        return found

    @cached_property
    def _costs(self) -> list[float]:
        evidence, plain = CLUTTER_WORDS, CLUTTER_WORDS * 0.25
        # a block of CLUTTER_WORDS words or more costs its words whatever its evidence: only a
        # shorter block with evidence is tested for what sites put inside articles
        return [
            (1.0 - p)
            * max(
                f.words,
                evidence
                if f.words < evidence and self.has_evidence(i) and not self.is_inside_clutter(i)
                else plain,
            )
            for i, (p, f) in enumerate(zip(self._probabilities, self.features, strict=True))
        ]

    @cached_property
    def segments(self) -> list[Segment]:
        """The text cut at strong gaps: runs of non-article blocks costing >= STRONG_GAP."""
        found: list[Segment] = []
        start: int | None = None
        mass = cost = gap_cost = 0.0
        gap_start = 0
        last_good = -1
        masses, costs = self._masses, self._costs
        in_list = self.in_list
        for index, odds in enumerate(self.odds):
            if odds > 0 and index not in in_list:  # article-like
                if start is not None and gap_cost >= STRONG_GAP:
                    found.append(Segment(start, last_good, mass, cost))
                    start, mass, cost = None, 0.0, 0.0
                if start is None:
                    start = index
                else:
                    cost += gap_cost
                    mass += sum(masses[gap_start:index])
                mass += masses[index]
                last_good = index
                gap_cost = 0.0
                gap_start = index + 1
            else:
                gap_cost += costs[index]
        if start is not None:
            found.append(Segment(start, last_good, mass, cost))
        return found

    @cached_property
    def main_segment(self) -> Segment | None:
        """The segment that is the article (``None`` when no block reads like article text)."""
        if not self.segments:
            return None
        return max(self.segments, key=lambda s: s.score)

    @cached_property
    def article_range(self) -> tuple[int, int] | None:
        """Blocks ``(first, last)`` of the article: the main segment, with the neighbouring
        segments that continue it (a picture gallery or a video box may split an article)."""
        main = self.main_segment
        if main is None:
            return None
        segments = self.segments
        position = segments.index(main)
        first, last = main.first, main.last
        vocabulary: Counter[str] | None = None  # the main segment's, once a neighbour needs it
        for step, limit in ((-1, MERGE_GAP_BEFORE), (1, MERGE_GAP_AFTER)):
            other = position + step
            while 0 <= other < len(segments):
                segment = segments[other]
                gap = range(segment.last + 1, first) if step < 0 else range(last + 1, segment.first)
                cost = self.gap_cost(gap)
                needed = MIN_MERGE_SIMILARITY if cost >= 2 * STRONG_GAP else NEAR_MERGE_SIMILARITY
                markers = sum(1 for i in gap if marks_article_end(self.blocks[i].text))
                if (
                    cost >= limit
                    or segment.density < MIN_MERGE_DENSITY
                    or (step > 0 and markers >= MAX_END_MARKERS)
                ):
                    break
                if vocabulary is None:
                    vocabulary = self.vocabulary(main.first, main.last)
                if self.similarity(segment, vocabulary) < needed:
                    break
                first, last = min(first, segment.first), max(last, segment.last)
                other += step
        return first, last

    def gap_cost(self, gap: range) -> float:
        """What the blocks of ``gap`` cost as clutter between two segments, a run of list
        lines (:attr:`in_list`) counted as one block of clutter: a printed page puts a
        sidebar's list (most read, trending) between the article's paragraphs, one box
        however many lines its items wrap to."""
        cost = 0.0
        for index in gap:
            if index not in self.in_list:
                cost += self.cost(index)
            elif index - 1 not in self.in_list or index == gap.start:
                cost += CLUTTER_WORDS
        return cost

    def similarity(self, segment: Segment, vocabulary: Counter[str]) -> float:
        """Share of ``segment``'s content words (with repeats) that ``vocabulary`` holds."""
        counts = self.vocabulary(segment.first, segment.last)
        total = sum(counts.values())
        return sum(n for s, n in counts.items() if s in vocabulary) / total if total else 0.0

    def content_stems(self, index: int) -> set[str]:
        """The stems of block ``index``'s content words (not stop words, three letters or
        more); computed once for each distinct block."""
        text = self.blocks[index].text
        found = self._stems.get(text)
        if found is None:
            found = {w[:6] for w in _content_words(text, self._words[text][1], self.stops)}
            self._stems[text] = found
        return found

    def vocabulary(self, first: int, last: int, *, articleish: bool = False) -> Counter[str]:
        """Content-word stems of blocks ``first``..``last`` with their counts (of the blocks
        that read as article text only, with ``articleish``)."""
        counts: Counter[str] = Counter()
        for index in range(first, last + 1):
            if not articleish or self.is_articleish(index):
                counts.update(self.content_stems(index))
        return counts

    def block_span(self, index: int) -> tuple[int, int]:
        """Character offsets of block ``index`` in the text (its first to its last line)."""
        block = self.blocks[index]
        first, last = self.lines[block.first], self.lines[block.last]
        return first.start, last.end
