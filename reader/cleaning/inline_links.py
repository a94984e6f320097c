"""Boxes of links to other stories set between an article's paragraphs.

Sites break an article with a box of links to their other stories: a label ("More:", "Related:",
"Read more:", "See also") and a few headlines, often bulleted ("•", "-", "»"); a copy of the
article or a printed page keeps them between the paragraphs (a PDF loses the bullets). Such a
run is told from the article's own lines by its shape and its place:

* each line is headline-shaped: a few words (:data:`MIN_LINK_WORDS` to :data:`MAX_LINK_WORDS`)
  starting with a capital or a digit, no sentence's end but a question mark (a run of
  questions alone needs a label: an article asks its own questions), not a label's colon;
* it stands between the article's paragraphs: prose above it (or its label above that) and a
  paragraph (or the article's reporting credit, "(Reporting by ...)") under it;
* it is marked as links: each line bulleted, or a label above it (``data/related-labels.txt``,
  or a short line with a sign of the page), or "Read more: <headline>" on the line itself, or,
  unmarked, at least :data:`MIN_UNMARKED_RUN` lines in a row (a subheading is one line, a
  heading and its subheading two);
* its words are not continued by the paragraph under it: a subheading announces what follows,
  another story's headline does not (a line sharing :data:`CONTINUED_SHARE` of its content
  words with the next paragraph keeps the run);
* a list the article introduces ("The demands include:") is the article's: a line ending in a
  colon above the run that is no label keeps it.

:func:`related_link_boxes` returns the blocks of such boxes (their labels too).
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.cleaning.page_map import PageMap
from reader.cleaning.phrases import read_alternatives
from reader.cleaning.signals import is_signoff

#: A related story's headline: this many words at least and at most (two headlines a printed
#: page ran together may reach the upper bound).
MIN_LINK_WORDS = 3
MAX_LINK_WORDS = 24
#: Unmarked lines (no bullet, no label) in a row that make a box.
MIN_UNMARKED_RUN = 3
#: A line sharing this share of its content words with the paragraph under the run is continued.
CONTINUED_SHARE = 0.5
#: A run shares at most this share of its content words with the paragraph under it.
MAX_RUN_SHARE = 0.25
#: A paragraph around a box: at least this many words.
MIN_PARAGRAPH_WORDS = 6
#: A label line is at most this many words.
MAX_LABEL_WORDS = 6
#: What marks a line as a link in a list (a number is no mark: numbered subheadings exist).
LINK_MARKS = "•◦▪▫■□●○‣∙·*+-»›>–—→"
_MARK = re.compile(rf"^[{re.escape(LINK_MARKS)}]\s*")
_CLOSERS = "\"'”’»)]"


@lru_cache(maxsize=1)
def _labels() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a label alone on its line, a label opening a line with a headline after it)."""
    labels = "|".join(f"(?:{a})" for a in read_alternatives("related-labels.txt"))
    alone = re.compile(rf"^\W*(?:{labels})\s*[:|»›>–—-]?\s*$", re.IGNORECASE)
    prefix = re.compile(rf"^\W*(?:{labels})\s*[:|»›>–—]\s*(?P<rest>\S.*)$", re.IGNORECASE)
    return alone, prefix


def is_related_label(page: PageMap, index: int) -> bool:
    """Block ``index`` is a label above a box of links: "More:", "Related stories", "See also",
    or a short line with a sign of the page ("Trump Impeachment Inquiry More")."""
    f = page.features[index]
    if f.words > MAX_LABEL_WORDS or f.sentence_end:
        return False
    text = page.blocks[index].text
    return bool(_labels()[0].match(text)) or (f.words <= 4 and page.has_evidence(index))


def _headline_shaped(text: str, words: int) -> bool:
    """A headline's shape: a few words, a capital or a digit first, no sentence's end and no
    colon, comma or semicolon at the end."""
    if not MIN_LINK_WORDS <= words <= MAX_LINK_WORDS:
        return False
    bare = _MARK.sub("", text.strip())
    first = bare.lstrip("\"'“‘").lstrip()[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    last = bare.rstrip(_CLOSERS)[-1:]
    return last not in ".!…:;,"  # a question may be a headline ("Who are the hostages?")


def _may_link(page: PageMap, index: int) -> bool:
    """A cheap first test: block ``index`` is short enough and ends as no sentence does (or
    with a question mark)."""
    f = page.features[index]
    return f.words <= MAX_LINK_WORDS + MAX_LABEL_WORDS and (
        not f.sentence_end or _asks(page.blocks[index].text)
    )


def _asks(text: str) -> bool:
    return text.rstrip().rstrip(_CLOSERS).endswith("?")


def _linked_prefix(text: str) -> bool:
    """A line that is a label and a headline: "Read more: Taliban talks resume in Doha"."""
    found = _labels()[1].match(text.strip())
    return found is not None and _headline_shaped(found["rest"], len(found["rest"].split()))


def _is_paragraph(page: PageMap, index: int) -> bool:
    """Block ``index`` is a paragraph of prose: a few words ending in a sentence's end (not a
    question alone: a headline may ask one) or introducing what follows with a colon."""
    f = page.features[index]
    text = page.blocks[index].text.rstrip()
    ends = f.sentence_end and not text.rstrip(_CLOSERS).endswith("?")
    return f.words >= MIN_PARAGRAPH_WORDS and (ends or f.sentences > 1 or text.endswith(":"))


def _continued(page: PageMap, run: list[int], after: int) -> bool:
    """Whether the paragraph ``after`` continues the words of the run's lines."""
    following = page.content_stems(after)
    shared = total = 0
    for index in run:
        stems = page.content_stems(index)
        common = len(stems & following)
        if stems and common / len(stems) >= CONTINUED_SHARE:
            return True
        shared += common
        total += len(stems)
    return bool(total) and shared / total > MAX_RUN_SHARE


def related_link_boxes(page: PageMap, first: int, last: int) -> set[int]:
    """The blocks of ``first``..``last`` that are boxes of links to other stories set between
    the article's paragraphs, with their labels (see the module doc)."""
    found: set[int] = set()
    features = page.features
    index = first + 1  # a box stands under some of the article
    while index < last:
        if not _may_link(page, index):  # most blocks: a paragraph
            index += 1
            continue
        f = features[index]
        text = page.blocks[index].text
        starts = _headline_shaped(text, f.words) or _linked_prefix(text)
        if not starts or is_related_label(page, index):
            index += 1
            continue
        run = [index]
        while run[-1] + 1 < last:
            following = run[-1] + 1
            g = features[following]
            if (
                not _may_link(page, following)
                or not (
                    _headline_shaped(page.blocks[following].text, g.words)
                    or _linked_prefix(page.blocks[following].text)
                )
                or is_related_label(page, following)
            ):
                break
            run.append(following)
        index = run[-1] + 1
        if _is_box(page, run, first, last):
            found.update(run)
            label = run[0] - 1
            if is_related_label(page, label):
                found.add(label)
    return found


def _is_box(page: PageMap, run: list[int], first: int, last: int) -> bool:
    """Whether ``run`` (headline-shaped blocks in a row) is a box of links (module doc); a
    label closing the box ("More in Politics") is added to the run."""
    after = run[-1] + 1
    closed = after < last and is_related_label(page, after)
    if closed:
        after += 1
    if after > last or not (_is_paragraph(page, after) or is_signoff(page.blocks[after].text)):
        return False  # a reporting credit under the box ends the article's text
    above = run[0] - 1
    labelled = is_related_label(page, above)
    if labelled:
        above -= 1
    if above < first or not _is_paragraph(page, above):
        return False
    if not labelled and page.blocks[above].text.rstrip().endswith(":"):
        return False  # a list the article introduces
    if not labelled and all(_asks(page.blocks[i].text) for i in run):
        return False  # "• How likely is a conviction?": the article's own question, perhaps
    marked = (
        labelled
        or all(_MARK.match(page.blocks[i].text) for i in run)
        or all(_linked_prefix(page.blocks[i].text) for i in run)
        or len(run) >= MIN_UNMARKED_RUN
    )
    if not marked or _continued(page, run, after):
        return False
    if closed:
        run.append(after - 1)
    return True
