"""Cleaning a loaded text: teasers, then the page around the article, then trailing lines.

Two shapes of saved text are told apart by what comes before the article:

* **an article text** (copied from the page, typed, saved by hand): it starts with the article,
  perhaps after a line or two of the page. Every line is kept as it was saved, except the
  trailing lines below the article that belong to the page (:mod:`reader.cleaning.trailing`)
  and teaser lines (:mod:`reader.cleaning.teasers`), which are ``removed_lines``, and the surest
  clutter between its lines (a lone "Advertisement", a picture placeholder) and the page's own
  lines above and between its paragraphs (a byline, a date line, a reading time, a caption or
  credit: :mod:`reader.cleaning.lead_lines`), ``clutter_lines``; a byline's name is the author.
* **a whole page** (a browser's "Save as Text", a select-all copy, a text browser's dump, a
  printed PDF): a strong run of page clutter (menus, search, sign-in) comes before the article.
  Then only the article is displayed, as a web page's is: its headline as the title, its byline
  and date as the author and date, and the body's paragraphs (wrapped lines joined) as the text,
  without the clutter that interrupts it; everything else (the standfirst too) is
  ``clutter_lines``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from reader.cleaning.blocks import split_blocks, split_lines
from reader.cleaning.embeds import drop_embed_lines, strip_embeds
from reader.cleaning.headline import Heading, _author, find_heading
from reader.cleaning.inline_links import related_link_boxes
from reader.cleaning.lead_lines import (
    agency_byline_name,
    caption_over_credit,
    date_of,
    page_line_kind,
    source_of,
)
from reader.cleaning.page_body import is_sure_clutter, page_body
from reader.cleaning.page_map import STRONG_GAP, PageMap
from reader.cleaning.signals import is_call_to_action
from reader.cleaning.teasers import remove_teasers
from reader.cleaning.trailing import article_end
from reader.document import Document

#: Formats whose text may be a whole page (the others' loaders found the article already).
PAGE_FORMATS = frozenset({"txt", "pdf"})
#: Formats whose trailing lines are judged (a web page's extractor has done it already).
TRAILING_FORMATS = frozenset({"txt", "pdf", "md"})
#: Formats that are always a whole page: a PDF is a printed page.
WHOLE_PAGE_FORMATS = frozenset({"pdf"})

_BLANK_RUNS = re.compile(r"\n{3,}")
#: A promotion above an article text's headline: a line and its call to action (at most this
#: many words), and the headline within this many blocks under them, this many words long.
PROMOTION_BLOCKS = 2
MAX_ACTION_WORDS = 4
HEADLINE_AFTER_PROMOTION = 3
MIN_HEADLINE_WORDS = 3
MAX_HEADLINE_WORDS = 16


@dataclass(frozen=True)
class Cleaned:
    """The displayed text and what was taken out of it.

    ``title`` is set when a whole page's headline was found (it is not part of ``text``, as a
    web page's title is not; ``title_span`` is then ``None``), or when an article text's
    headline stands under a promotion (then it opens ``text``); otherwise the loader's title
    and title span stand. ``author`` and ``date`` come from a whole page's byline and date lines.
    """

    text: str
    removed_lines: tuple[str, ...] = ()
    clutter_lines: tuple[str, ...] = ()
    title: str | None = None
    author: str = ""
    date: str = ""
    whole_page: bool = False
    site: str = ""


@dataclass
class _TextCut:
    """An article text's cut: the non-blank lines (by position among them) that go."""

    below: list[int] = field(default_factory=list)  # trailing lines and teasers
    inner: list[int] = field(default_factory=list)  # sure clutter between the article's lines
    author: str = ""  # from a byline line taken out (:mod:`reader.cleaning.lead_lines`)
    date: str = ""  # from a date line taken out
    site: str = ""  # the source a date line names

    def read_lead(self, text: str) -> None:
        """Take the author, the date and the site from the page's lines in ``text`` (a block
        of one or more lines: "By Ann Reed" over "19 November 2019 / BBC News"), where not
        known yet."""
        lines = [line for line in text.split("\n") if line.strip()]
        for line in lines if len(lines) > 1 else []:
            self._read_line(line, page_line_kind(line))
        self._read_line(text, page_line_kind(text))  # a byline wrapped over two lines

    def _read_line(self, line: str, kind: str) -> None:
        if kind == "byline" and not self.author:
            self.author = agency_byline_name(line) or _author(line)
        elif kind == "date" and not self.date:
            self.date = date_of(line)
            self.site = self.site or source_of(line)


def clean_document(document: Document, language: str | None = None) -> Cleaned:
    """Clean a loaded document (see the module doc); ``language``: an ISO code if known.

    A web page's text comes from its main-content extractor, which already left the page's
    lines out: only teasers are removed from it, as before (the trailing rule did not help
    there, benchmarks/bench_html.py). A text cleaned already (``Document.cleaned``, a kept
    paste) stays as it is: cleaning it again would take out more than the first time."""
    if document.cleaned:
        return Cleaned(document.text, (), document.clutter)
    if document.format not in TRAILING_FORMATS:
        text, teasers = remove_teasers(document.text)
        return Cleaned(text, teasers, document.clutter)
    pages = document.format in PAGE_FORMATS
    whole = document.format in WHOLE_PAGE_FORMATS
    source = document.raw_text if document.raw_text is not None else document.text
    protect_first = document.title_span is not None
    cleaned = clean_text(
        source,
        title_hint=document.title if document.format == "pdf" else "",
        language=language,
        pages=pages,
        protect_first=protect_first,
        display=document.text,
        whole_page=whole,
        join_wrapped=document.format == "txt",
    )
    if document.clutter:
        return _with_clutter(cleaned, document.clutter)
    return cleaned


def clean_text(
    text: str,
    *,
    title_hint: str = "",
    language: str | None = None,
    pages: bool = True,
    protect_first: bool = False,
    display: str | None = None,
    whole_page: bool = False,
    join_wrapped: bool = False,
) -> Cleaned:
    """Clean ``text`` (``\\n`` line endings).

    ``title_hint``: a title the file declares (a PDF's); ``language``: an ISO code if known;
    ``pages``: whether a whole page may be recognised (off for formats whose loader already
    found the article, such as web pages); ``protect_first``: the first line is the headline
    and stays; ``display``: the text as the loader tidied it, with the same non-blank lines in
    the same order (an article text is shown from it); ``whole_page``: the text is a whole page
    whatever precedes its article (a printed page); ``join_wrapped``: an article text's
    hard-wrapped paragraphs are shown joined (a plain text's; see :func:`_unwrapped`). The
    remains of embedded social-media posts go: lines of nothing else first, so that a post
    between paragraphs does not end the article (:func:`~reader.cleaning.embeds.drop_embed_lines`),
    and those inside a paragraph last (:func:`~reader.cleaning.embeds.strip_embeds`).
    """
    text, display, embeds = drop_embed_lines(text, display)
    cleaned = _clean_text(
        text,
        title_hint=title_hint,
        language=language,
        pages=pages,
        protect_first=protect_first,
        display=display,
        whole_page=whole_page,
        join_wrapped=join_wrapped,
    )
    cleaned = strip_embeds(cleaned)
    if embeds:
        cleaned = replace(cleaned, clutter_lines=cleaned.clutter_lines + embeds)
    return cleaned


def _clean_text(
    text: str,
    *,
    title_hint: str,
    language: str | None,
    pages: bool,
    protect_first: bool,
    display: str | None,
    whole_page: bool,
    join_wrapped: bool,
) -> Cleaned:
    """:func:`clean_text` before the embeds go."""
    body, teasers = remove_teasers(text)
    page = PageMap(body, language, unmarked_lists=whole_page)
    article = page.article_range
    if article is None:
        cleaned = _article_of_text(page, _TextCut(), teasers, display or text, len(page.lines))
        return _unwrapped(cleaned, page.width) if join_wrapped else cleaned
    first, last = article
    end = article_end(page, first, last)
    if whole_page or (pages and _is_whole_page(page, first)):
        return _article_of_page(page, first, end, title_hint, teasers)
    cut = _TextCut()
    ordinals = _line_ordinals(page)
    headline = _headline_under_promotion(page, end) if protect_first else None
    boxes = related_link_boxes(page, 0, end)
    kept: list[int] = []  # the lines of the block before, when it stays (not the headline)
    for index in range(len(page)):
        block = page.blocks[index]
        numbers = [ordinals[i] for i in range(block.first, block.last + 1) if i in ordinals]
        above, kept = kept, []
        if index > end:
            cut.below.extend(numbers)
        elif headline is not None and index < PROMOTION_BLOCKS:
            cut.inner.extend(numbers)  # the promotion and its call to action
        elif index == (0 if headline is None else headline) and protect_first:
            continue
        elif index in boxes:
            cut.inner.extend(numbers)  # a box of links to other stories
        elif is_sure_clutter(page, index) or (index == 0 and _lone_list_item(page)):
            cut.inner.extend(numbers)
            cut.read_lead(block.text)  # a lone date line is sure clutter, and still a date
            if above and caption_over_credit(page, index):
                cut.inner.extend(above)
        elif kind := page_line_kind(block.text, page.is_picture_text):
            cut.inner.extend(numbers)
            if kind in ("byline", "date"):
                cut.read_lead(block.text)
            elif kind == "caption" and above and caption_over_credit(page, index):
                cut.inner.extend(above)
        elif above and caption_over_credit(page, index):
            cut.inner.extend(above + numbers)  # a credit known by its caption box alone
        else:
            kept = numbers
    cleaned = _article_of_text(page, cut, teasers, display or text, len(ordinals))
    if join_wrapped:
        cleaned = _unwrapped(cleaned, page.width)
    title = page.blocks[headline].text if headline is not None else None
    return replace(cleaned, author=cut.author, date=cut.date, site=cut.site, title=title)


def _lone_list_item(page: PageMap) -> bool:
    """Whether the text opens with one item of a list and no more (the last of a "most read"
    box above the article, "6. Skimming device found at ..."): a numbered or bulleted line
    without a sentence's end, followed by a line that is no item."""
    if len(page) < 2:
        return False
    f, after = page.features[0], page.features[1]
    return f.bullet and not f.sentence_end and not after.bullet


def _headline_under_promotion(page: PageMap, end: int) -> int | None:
    """The headline's block when the text opens with a promotion instead: a line and its call
    to action ("Welcome to our new edition" and "Learn More"), then (after sure clutter, a
    logo's placeholder) a headline-shaped line, which the loader could not take for the
    headline. ``None`` when the text does not open so."""
    if end < PROMOTION_BLOCKS + 1:
        return None
    action = page.features[1]
    if action.words > MAX_ACTION_WORDS or not is_call_to_action(page.blocks[1].text):
        return None
    for index in range(PROMOTION_BLOCKS, min(end, PROMOTION_BLOCKS + HEADLINE_AFTER_PROMOTION)):
        if is_sure_clutter(page, index):
            continue
        text = page.blocks[index].text
        f = page.features[index]
        headline_shaped = (
            MIN_HEADLINE_WORDS <= f.words <= MAX_HEADLINE_WORDS
            and not f.sentence_end
            and not text.endswith((",", ";", ":"))
            and not page_line_kind(text)
            and not is_call_to_action(text)
        )
        return index if headline_shaped else None
    return None


def _unwrapped(cleaned: Cleaned, width: int | None) -> Cleaned:
    """``cleaned`` with the lines of a hard-wrapped text's paragraphs joined, by the rule a
    whole page's blocks are made with (:func:`~reader.cleaning.blocks.split_blocks`: a line
    joins the next when the next line's first word would not have fitted on it at the text's
    wrap ``width``). Lines that end short of the margin (a list's items, a heading, verse)
    stay lines; blank lines stay paragraph breaks. A text that is not wrapped, or whose lines
    were joined already (one runs past the margin), is left as it is."""
    if width is None:
        return cleaned
    lines = split_lines(cleaned.text)
    if any(len(line.text.rstrip()) > width + 2 for line in lines):
        return cleaned
    parts: list[str] = []
    for block in split_blocks(lines, width):
        if parts:
            parts.append("\n\n" if block.gap_before else "\n")
        parts.append(block.text)
    return replace(cleaned, text="".join(parts))


def _line_ordinals(page: PageMap) -> dict[int, int]:
    """Line index -> its position among the non-blank lines."""
    ordinals: dict[int, int] = {}
    for line in page.lines:
        if not line.blank:
            ordinals[line.number] = len(ordinals)
    return ordinals


def _is_whole_page(page: PageMap, first: int) -> bool:
    """Whether strong page clutter comes before the article's first block."""
    cost = sum(page.cost(i) for i in range(first) if page.has_evidence(i))
    return cost >= STRONG_GAP


def _article_of_text(
    page: PageMap, cut: _TextCut, teasers: tuple[str, ...], display: str, lines: int
) -> Cleaned:
    """The displayed text of an article text: ``display`` without the cut lines and teasers.

    ``lines`` non-blank lines of ``display`` were mapped (cut counts them); the teaser lines
    follow them. Should ``display`` not hold the same lines, the mapped text itself is shown.
    """
    display_lines = display.split("\n")
    if sum(1 for line in display_lines if line.strip()) != lines + len(teasers):
        display_lines = page.text.split("\n")
        teasers_shown = 0
    else:
        teasers_shown = len(teasers)
    below_set, inner_set = set(cut.below), set(cut.inner)
    kept: list[str] = []
    below: list[str] = []
    inner: list[str] = []
    ordinal = 0
    for line in display_lines:
        if not line.strip():
            kept.append(line)
            continue
        if ordinal in below_set:
            below.append(line.strip())
        elif ordinal in inner_set:
            inner.append(line.strip())
        elif ordinal < lines or not teasers_shown:
            kept.append(line)
        ordinal += 1
    text = _BLANK_RUNS.sub("\n\n", "\n".join(kept)).strip("\n")
    return Cleaned(text, tuple(below) + teasers, tuple(inner))


def _article_of_page(
    page: PageMap, first: int, end: int, title_hint: str, teasers: tuple[str, ...]
) -> Cleaned:
    """A whole page's article, as a web page's: the body's paragraphs as the text, the headline
    as the title and the byline and date as the author and date."""
    heading = find_heading(page, first, end, title_hint)
    headline = page.blocks[heading.headline].text if heading.headline is not None else ""
    body = page_body(page, heading.body_first, end, headline)
    shown = {*body, *heading.kept}
    if heading.headline is not None:
        shown.add(heading.headline)
    clutter = tuple(page.blocks[i].text for i in range(len(page)) if i not in shown)
    return Cleaned(
        "\n\n".join(page.blocks[i].text for i in body),
        teasers,
        clutter,
        title=headline or None,
        author=heading.author,
        date=heading.date or _lead_date(page, _after_headline(heading), body),
        whole_page=True,
    )


def _after_headline(heading: Heading) -> int:
    """The first block under the headline (the body's first block when none was found)."""
    return heading.body_first if heading.headline is None else heading.headline + 1


def _lead_date(page: PageMap, first: int, body: list[int]) -> str:
    """The date of a date line set aside between the headline (block ``first``) and the body's
    first paragraph ("March 3, 2021 / 9:15 AM / Valley News" -> its date), or ``""``."""
    for index in range(first, body[0] if body else first):
        text = page.blocks[index].text
        if page_line_kind(text) == "date":
            return date_of(text)
    return ""


def _with_clutter(cleaned: Cleaned, clutter: tuple[str, ...]) -> Cleaned:
    """``cleaned`` with the loader's own clutter (a PDF's print furniture) listed first."""
    return replace(cleaned, clutter_lines=clutter + cleaned.clutter_lines)
