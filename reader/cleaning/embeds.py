"""The remains of embedded social-media posts inside an article's text.

A page embeds a post (a tweet, an Instagram post) as a box between its paragraphs; a copy of the
text, or a corpus that flattened the page, keeps what the box held run into the paragraph: the
post's words, its links ("https://t.co/QH1bJFIB6F", "pic.twitter.com/ZNXgs0HgKt", hashtags,
"(js)") and its signature ("— Jane Doe (@janedoe) December 10, 2015", "A post shared by ...").
None of it is the article's, and a summary must not pick it. :func:`strip_embeds` takes them out
of the displayed text (into ``clutter_lines``):

* a run of a post's links (``data/embed-links.txt``), with the hashtags, handles, short
  initials in brackets and other links around it, and the signature that follows it;
* the post's own words before its first link, back to the sentence's end before them, when
  they are no longer than a post is (:data:`MAX_POST_CHARS`); a post whose words end like a
  sentence keeps them (nothing tells them from the article's sentence above);
* a signature alone (``data/embed-signatures.txt``).

A line that held nothing else goes before the text is mapped (:func:`drop_embed_lines`: a post
between the article's paragraphs must not look like the page under the article), and the
remains inside a paragraph go from the displayed text (:func:`strip_embeds`); the rest of the
paragraph stays as it was.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from reader.cleaning.phrases import read_alternatives

if TYPE_CHECKING:
    from reader.cleaning.clean import Cleaned

#: A post's text is at most this long (a tweet's 280 characters).
MAX_POST_CHARS = 280
#: Cheap tests first: a text without any of these holds no embed (most texts).
_HINTS = ("t.co/", "twitter.com", "x.com/", "instagr", "tiktok.com", "(@", "this post on")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s+")
_SPACES = re.compile(r"[ \t]{2,}")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a run of a post's links and what goes with them, a signature alone)."""
    links = "|".join(f"(?:{a})" for a in read_alternatives("embed-links.txt"))
    signature = "|".join(f"(?:{a})" for a in read_alternatives("embed-signatures.txt"))
    link = rf"(?:https?://)?(?:{links})"
    companion = rf"(?:{link}|https?://\S+|#\w+|@\w{{1,30}}|\(\w{{1,5}}\)|(?:{signature}))"
    run = rf"{link}(?:[ \t]+{companion})*(?:[ \t]*(?:{signature}))?"
    return re.compile(run, re.IGNORECASE), re.compile(signature, re.IGNORECASE)


def has_embed_hint(text: str) -> bool:
    """Whether ``text`` may hold an embed's remains (a cheap test on the whole text)."""
    lowered = text.lower()  # and plain searches: faster than one case-blind expression
    return any(hint in lowered for hint in _HINTS)


def embed_spans(line: str) -> list[tuple[int, int]]:
    """Character spans of ``line`` that are an embedded post's remains (see the module doc),
    in order and not overlapping."""
    run, signature = _patterns()
    spans: list[tuple[int, int]] = []
    for found in run.finditer(line):
        start = _post_start(line, found.start(), spans[-1][1] if spans else 0)
        spans.append((start, found.end()))
    for found in signature.finditer(line):
        if not any(start <= found.start() < end for start, end in spans):
            spans.append(found.span())
    return sorted(spans)


def _post_start(line: str, link: int, floor: int) -> int:
    """Where the post whose first link stands at ``link`` starts: after the last sentence's end
    before the link (or ``floor``, the end of an earlier post), when the words between are no
    longer than a post; else at the link."""
    start = floor
    for boundary in _SENTENCE_END.finditer(line, floor, link):
        start = boundary.end()
    words = line[start:link]
    if not words.strip() or len(words) > MAX_POST_CHARS:
        return link
    return start


def drop_embed_lines(text: str, display: str | None) -> tuple[str, str | None, tuple[str, ...]]:
    """``(text, display, dropped)``: the lines of ``text`` that are nothing but an embedded
    post's remains ("pic.twitter.com/...", "— Jane Roe (@janeroe) May 2, 2024") taken out of
    ``text`` and of ``display`` (which holds the same non-blank lines, tidied), and those
    lines. Texts without any (almost all) come back as they are."""
    if not has_embed_hint(text):
        return text, display, ()
    dropped: list[str] = []
    kept: list[str] = []
    for line in text.split("\n"):
        if has_embed_hint(line) and _only_embed(line):
            dropped.append(line.strip())
        else:
            kept.append(line)
    if not dropped:
        return text, display, ()
    if display is not None:
        display = "\n".join(
            line
            for line in display.split("\n")
            if not (line.strip() and has_embed_hint(line) and _only_embed(line))
        )
    return "\n".join(kept), display, tuple(dropped)


def _only_embed(line: str) -> bool:
    """Whether ``line`` holds nothing but an embedded post's remains."""
    spans = embed_spans(line)
    if not spans:
        return False
    rest, position = [], 0
    for start, end in spans:
        rest.append(line[position:start])
        position = end
    rest.append(line[position:])
    return not "".join(rest).strip()


def strip_embeds(cleaned: Cleaned) -> Cleaned:
    """``cleaned`` without the remains of embedded posts in its text; they are added to its
    ``clutter_lines``. A text without any (almost all) comes back as it is."""
    if not has_embed_hint(cleaned.text):
        return cleaned
    kept: list[str] = []
    removed: list[str] = []
    for line in cleaned.text.split("\n"):
        spans = embed_spans(line) if has_embed_hint(line) else []
        if not spans:
            kept.append(line)
            continue
        parts: list[str] = []
        position = 0
        for start, end in spans:
            parts.append(line[position:start])
            removed.append(line[start:end].strip())
            position = end
        parts.append(line[position:])
        rest = _SPACES.sub(" ", "".join(parts)).strip()
        if rest:
            kept.append(rest)
    if not removed:
        return cleaned
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip("\n")
    return replace(cleaned, text=text, clutter_lines=cleaned.clutter_lines + tuple(removed))
