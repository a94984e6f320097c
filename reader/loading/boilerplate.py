"""Web-page blocks that are site furniture, not article text, which extractors often keep.

Each pattern must match a whole, short block: credit lines ("Reporting by ...; Editing by ..."),
source tags ("SOURCE: News agencies"), bracketed or labelled links to other stories
("[Related: ...]", "Read more: ..."), follow/share/subscribe prompts and copyright notices. Only
web pages are filtered; plain text keeps every line its author saved.
"""

from __future__ import annotations

import re

MAX_WORDS = 40

_FLAGS = re.IGNORECASE
_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern, _FLAGS)
    for pattern in (
        # Wire-service credits: "Reporting by A; additional reporting by B; Editing by C".
        r"^(?:additional )?(?:reporting|writing|editing|research) by\b[^.]*?"
        r"(?:;|\bediting by\b)[^.]*\.?$",
        r"^(?:source|sources)\s*:\s*[^.]{1,60}\.?$",
        r"^\[\s*(?:related|read more|read also|see also|more|also read)\b[^\]]*\]$",
        r"^(?:related|read more|read also|see also|also read|more on this story|recommended)"
        r"\s*[:>»|-].*$",
        r"^also on [\w-]+(?:\.[\w-]+)+\b.*$",
        r"^(?:follow|like) (?:us|[\w&-]+(?: [\w&-]+){0,3}) on (?:twitter|x|facebook|instagram"
        r"|youtube|tiktok|linkedin|threads|snapchat|whatsapp|telegram)\b.*$",
        r"^.{0,60}\bshare (?:it|this(?: story| article)?) with (?:a|your) friends?\b.{0,20}$",
        r"^(?:sign up|subscribe|register)\b.{0,80}\bnewsletters?\b.*$",
        r"^listen (?:to|back|live)\b.{0,80}\b(?:here|live|podcast|sounds)\b\W*$",
        r"^(?:©|\(c\)|copyright\b).{0,200}$",
        r"^.{0,120}\ball rights reserved\b.{0,120}$",
        r"^click here\b.*$",
    )
)


def is_boilerplate(block: str) -> bool:
    """True when ``block`` (one paragraph, trimmed) is site furniture rather than article text."""
    if len(block.split()) > MAX_WORDS:
        return False
    return any(pattern.match(block) for pattern in _PATTERNS)


def without_boilerplate(blocks: list[str]) -> list[str]:
    """``blocks`` minus those :func:`is_boilerplate` recognises, order kept."""
    return [block for block in blocks if not is_boilerplate(block)]
