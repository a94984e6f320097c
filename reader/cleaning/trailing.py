"""The article's end: trailing blocks that belong to the page, decided one by one from the end.

A copy that runs past the article brings the page's lines under it: credits and copyright lines,
"Advertisement", share and comment prompts, tag lists, an author's biography, headlines of other
stories. Walking up from the last block, each is judged:

* the article's own closing lines stay and end the walk: a sign-off, a reporting credit, an
  editor's note or a correction (``data/signoffs.txt``);
* a block with explicit page evidence (furniture words, a bullet without a sentence, a
  placeholder, a date or count alone, an address) is the page's;
* a sentence of some length without furniture is the article's, and so is a shorter sentence
  that shares its words with the article above (its vocabulary: an article's last line goes on
  about what the article is about, another story's headline or a reporter's biography does not);
* anything else (a name alone, a headline-shaped line about another subject) is the page's.
"""

from __future__ import annotations

import re

from reader.cleaning.page_map import STRONG_GAP, PageMap, stem
from reader.cleaning.signals import furniture_of, is_call_to_action, is_signoff, prose_furniture
from reader.cleaning.teasers import starts_like_continuation

#: A sentence this long (words) with a furniture word may still be the article's (its furniture
#: words are few for its length, it reads as prose); shorter ones need the article's vocabulary.
LONG_SENTENCE_WORDS = 12
#: A sentence without furniture phrases at least this long (words) is the article's; a shorter
#: one needs the article's vocabulary.
SHORT_SENTENCE_WORDS = 3
#: Share of a shorter sentence's content words the article above must use for it to stay.
MIN_SHARED_SHARE = 0.3
MIN_SHARED_WORDS = 2
#: Furniture words per word above which even a long sentence is the page's.
MAX_FURNITURE_DENSITY = 0.06
#: ... and furniture words of any kind per word (a paragraph about commenting on the page).
MAX_FURNITURE_WORD_DENSITY = 0.08
#: A long sentence needs this share of the page's usual stop words (prose, not a list).
MIN_STOP_RATIO = 0.5
#: A trailing paragraph without a sentence ending stays when it is this long (words), this
#: dense in stop words (against the page's prose), not capitalised like a headline, and on topic.
UNFINISHED_WORDS = 15
MIN_UNFINISHED_STOP_RATIO = 0.6
MAX_UNFINISHED_CAPITALS = 0.5
#: A furniture phrase this close to a block's start (characters) makes it the page's whatever
#: follows ("Jane Doe is a reporter for ...", "Sign up for ...").
LABEL_CHARS = 60

_NAME = re.compile(r"\b(?:[A-Z][^\W\d_]{2,}|[A-Z]{2,})\b")


def belongs_to_article(page: PageMap, index: int, first: int) -> bool:
    """Whether block ``index`` (below blocks ``first``..``index - 1``) is the article's own."""
    text = page.blocks[index].text
    if is_signoff(text):
        return True
    f = page.full_features(index)
    if f.placeholder or f.form_field or f.date_only or f.count_only:
        return False
    if f.bullet:
        return f.sentence_end and _related(page, index, first)  # a list item: about the article?
    if not f.sentence_end:
        # a paragraph that lost its full stop: long, prose-like, not a headline, on topic
        stop_ratio = f.stop_share / page.prose_stop if page.prose_stop else 1.0
        prose = f.words >= UNFINISHED_WORDS and stop_ratio >= MIN_UNFINISHED_STOP_RATIO
        prose = prose and f.capitalised < MAX_UNFINISHED_CAPITALS and not f.furniture
        return prose and _related(page, index, first)
    if f.link_like or is_call_to_action(text):
        return False
    if not f.furniture_strong:
        long_enough = f.words >= SHORT_SENTENCE_WORDS
        return long_enough or starts_like_continuation(text) or _related(page, index, first)
    if furniture_of(text[:LABEL_CHARS]).strong:
        return False  # it opens with the page's words: a label, a biography, a sign-up prompt
    stop_ratio = f.stop_share / page.prose_stop if page.prose_stop else 1.0
    return (
        f.words >= LONG_SENTENCE_WORDS
        and prose_furniture(f) / f.words <= MAX_FURNITURE_DENSITY
        and f.furniture / f.words <= MAX_FURNITURE_WORD_DENSITY
        and stop_ratio >= MIN_STOP_RATIO
    )


def _related(page: PageMap, index: int, first: int) -> bool:
    """Whether block ``index`` uses the vocabulary of blocks ``first``..``index - 1``: enough of
    its content words, or the names the article uses."""
    stems = page.content_stems(index)
    above = page.vocabulary(first, index - 1, articleish=True)
    shared = sum(1 for s in stems if s in above)
    text = page.blocks[index].text
    names = sum(1 for name in _NAME.findall(text[1:]) if stem(name) in above)
    return shared + names >= MIN_SHARED_WORDS or shared >= MIN_SHARED_SHARE * max(len(stems), 1)


def article_end(page: PageMap, first: int, last: int) -> int:
    """The index of the article's last block, for the article found at blocks ``first``..``last``.

    Blocks below ``last`` up to the next strong run of clutter are judged too (the article's
    last lines may be short: they did not make the article's stretch by themselves).
    """
    index = last
    cost = 0.0
    while index + 1 < len(page) and cost + page.cost(index + 1) < STRONG_GAP:
        index += 1
        cost += page.cost(index) if not page.is_articleish(index) else 0.0
    while index > first and not belongs_to_article(page, index, first):
        index -= 1
    return index
