"""Web pages: the article body by trafilatura's main-content extraction, title and metadata.

trafilatura runs with comments excluded and tables included; its default balance between
precision and recall scored best on the development pages (``favor_recall`` lost precision to
navigation and teasers, ``favor_precision`` changed nothing). Each extracted block (paragraph,
heading, list item, table row) becomes a paragraph separated by a blank line. A headline the
extractor kept at the top (the page's ``<h1>`` or its metadata title, perhaps after a short
section label) becomes the title and leaves the body, with that label. Site furniture it kept
(credits, "Read more" links, share prompts: see :mod:`reader.loading.boilerplate`) is dropped.
When trafilatura finds nothing readable its baseline extractor is tried, then plain
HTML-to-text; a page whose text never forms a sentence (menus, links, scripts only) raises
:class:`EmptyArticleError`. trafilatura is imported only when a page is opened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from reader.errors import ArticleTooLargeError, EmptyArticleError
from reader.loading.boilerplate import without_boilerplate
from reader.result import Metadata

_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?…。！？।؟۔][\"'”’»)\]]*(?:\s|$)")
_BYLINE_PREFIX = re.compile(
    r"^(?:(?:analysis|opinion|commentary|story|text|words)\s+)?(?:by|von|par|por|di|door)\s+",
    re.IGNORECASE,
)
_BYLINE_TAIL = re.compile(r"\s+is an?\s.*$|,\s*(?:staff|senior|chief)\b.*$", re.IGNORECASE)
_JOB_TITLE = re.compile(
    r"\b(?:editor|reporter|correspondent|writer|columnist|contributor|staff|at-large)\b", re.I
)
MIN_PROSE_WORDS = 6
LONG_LINE_WORDS = 25
_HAN_KANA = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_SOUTHEAST_ASIAN = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")  # Thai ... Khmer
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ")
MIN_VARIANT_WORDS = 3
MAX_LEAD_BLOCKS = 3  # a headline is looked for among the first blocks, after short labels


@dataclass(frozen=True)
class Page:
    """What a web page yields: its title (empty if unknown), body text and metadata."""

    title: str
    text: str
    metadata: Metadata


#: Largest page (characters of markup once scripts and styles are left out) given to the
#: extractor: far beyond any article page, and extraction time grows with it (about 4 s per
#: MB), so a bigger page is refused at once instead of after minutes.
MAX_PAGE_CHARS = 8 * 1024 * 1024
_SCRIPT_OR_STYLE = re.compile(r"<(script|style)\b", re.IGNORECASE)


def _markup_size(html: str) -> int:
    """Characters of ``html`` outside ``<script>`` and ``<style>`` elements, in one pass (an
    element left open runs to the end of the page, as a browser reads it)."""
    lowered = html.lower()
    size, position = 0, 0
    while True:
        match = _SCRIPT_OR_STYLE.search(html, position)
        if match is None:
            return size + len(html) - position
        size += match.start() - position
        close = lowered.find(f"</{match.group(1).lower()}", match.end())
        if close < 0:
            return size
        end = html.find(">", close)
        position = end + 1 if end >= 0 else len(html)


def check_page_size(html: str, name: str = "the page") -> None:
    """Refuse a page too large to be an article (:class:`ArticleTooLargeError`)."""
    if len(html) <= MAX_PAGE_CHARS:
        return
    markup = _markup_size(html)
    if markup > MAX_PAGE_CHARS:
        raise ArticleTooLargeError(
            f"{name} is too large to be a saved article: about {markup / 2**20:.0f} MB of "
            f"page text and markup; Reader opens web pages of up to {MAX_PAGE_CHARS // 2**20} MB "
            "(scripts and styles not counted)."
        )


def _date_params() -> dict[str, Any]:
    """Dates from the page's metadata and markup only: no guess from a copyright line."""
    import datetime as dt

    today = dt.date.today().isoformat()
    return {"original_date": True, "extensive_search": False, "max_date": today}


def extract_page(html: str, url: str = "", name: str = "the page") -> Page:
    """The article in ``html``; ``url`` is where it was saved from, ``name`` names it in errors."""
    import trafilatura
    from trafilatura.utils import load_html

    check_page_size(html, name)

    tree = load_html(html)
    if tree is None:
        raise EmptyArticleError(_empty_message(name))
    headings = _headings(tree)
    result = trafilatura.bare_extraction(
        html,
        url=url or None,
        include_comments=False,
        include_tables=True,
        with_metadata=True,
        date_extraction_params=_date_params(),
    )
    text = str(getattr(result, "text", "") or "")
    if not has_prose(text):
        text = _fallback_text(trafilatura, html)
    if result is None:
        result = trafilatura.extract_metadata(
            tree, default_url=url or None, date_config=_date_params()
        )
    metadata = _metadata(result, url)
    meta_title = without_site_name(_clean(getattr(result, "title", None)), metadata.site_name)
    blocks = [line.strip() for line in text.split("\n") if line.strip()]
    title, blocks = _split_headline(blocks, [*headings, *_title_variants(meta_title)])
    blocks = without_boilerplate(blocks)
    if not blocks or not has_prose("\n".join(blocks)):
        raise EmptyArticleError(_empty_message(name))
    if not title:
        title = _best_title(meta_title, headings)
    return Page(
        title=without_site_name(title, metadata.site_name),
        text="\n\n".join(blocks),
        metadata=metadata,
    )


def _split_headline(blocks: list[str], headlines: list[str]) -> tuple[str, list[str]]:
    """``(headline, rest)`` when one of the first blocks is the page's headline.

    Short labels before it (a section name, a "Live" kicker) go with it; without a headline
    block the title is ``""`` and the blocks stay as they are.
    """
    for index, block in enumerate(blocks[:MAX_LEAD_BLOCKS]):
        if _same(block, headlines):
            return block, blocks[index + 1 :]
        if count_words(block) >= MIN_PROSE_WORDS or _SENTENCE_END.search(block + " "):
            break
    return "", blocks


def has_prose(text: str, *, long_line_words: int | None = LONG_LINE_WORDS) -> bool:
    """True when some line of ``text`` is a sentence: enough words and a sentence ending.

    A line of at least ``long_line_words`` words counts without an ending (Thai and other
    scripts mark none); ``None`` turns that off for text whose lines are not the page's blocks.
    """
    for line in text.split("\n"):
        words = count_words(line)
        if words >= MIN_PROSE_WORDS and _SENTENCE_END.search(line.strip() + " "):
            return True
        if long_line_words is not None and words >= long_line_words:
            return True
    return False


def count_words(text: str) -> int:
    """Words in ``text``; in scripts written without spaces a few characters count as one."""
    unspaced = len(_HAN_KANA.findall(text)) // 2 + len(_SOUTHEAST_ASIAN.findall(text)) // 5
    return len(_WORD.findall(text)) + unspaced


def _fallback_text(trafilatura: Any, html: str) -> str:
    try:
        _, text, _ = trafilatura.baseline(html)
    except (ValueError, TypeError):
        text = ""
    if has_prose(text or ""):
        return str(text)
    text = trafilatura.html2txt(html) or ""  # one line for the whole page: needs a sentence
    return str(text) if has_prose(text, long_line_words=None) else ""


def _headings(tree: Any) -> list[str]:
    return [h for h in (_clean(el.text_content()) for el in tree.iter("h1")) if h][:5]


def _clean(value: object) -> str:
    return " ".join(str(value).split()) if value else ""


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _same(line: str, candidates: list[str]) -> bool:
    words = _words(line)
    return bool(words) and any(words == _words(c) for c in candidates if c)


def _best_title(meta_title: str, headings: list[str]) -> str:
    """The page's own headline: its ``<h1>`` when the metadata title only adds a site name."""
    for heading in headings:
        if meta_title and " ".join(_words(heading)) in " ".join(_words(meta_title)):
            return heading
    return meta_title or (headings[0] if headings else "")


def _title_variants(title: str) -> list[str]:
    """``title`` and what precedes a final separator (a site name the metadata did not give)."""
    variants = [title]
    for separator in _TITLE_SEPARATORS:
        head, found, _ = title.rpartition(separator)
        if found and len(_words(head)) >= MIN_VARIANT_WORDS:  # "News | Site" gives no "News"
            variants.append(head.strip())
    return variants


def without_site_name(title: str, site_name: str) -> str:
    """``"Storm hits coast | The Courier"`` -> ``"Storm hits coast"`` when the site is known."""
    if not site_name:
        return title
    for separator in _TITLE_SEPARATORS:
        head, found, tail = title.rpartition(separator)
        if found and head.strip() and _words(tail) == _words(site_name):
            return head.strip()
    return title


def _metadata(result: Any, url: str) -> Metadata:
    author = _tidy_author(_clean(getattr(result, "author", None)))
    return Metadata(
        author=author,
        date=_clean(getattr(result, "date", None)),
        site_name=_clean(getattr(result, "sitename", None)),
        url=_clean(getattr(result, "url", None)) or url,
    )


def _tidy_author(author: str) -> str:
    """``"Analysis by A; CNN Editor-at-large"`` -> ``"A"``; several authors joined by commas."""
    names = []
    for part in author.split(";"):
        name = _BYLINE_TAIL.sub("", _BYLINE_PREFIX.sub("", part.strip())).strip()
        if name and not _JOB_TITLE.search(name) and name not in names:
            names.append(name)
    return ", ".join(names)


def _empty_message(name: str) -> str:
    name = "the text" if name == "The text" else name
    return (
        f"This web page contains no article text Reader could find ({name} seems to hold only "
        "menus, links, pictures or scripts). Save the article's own page and open that."
    )
