"""Teaser removal. (stub, being replaced)"""

from __future__ import annotations


def remove_teasers(text: str) -> tuple[str, tuple[str, ...]]:
    """Return ``(text without trailing teaser lines, removed lines)``."""
    return text, ()
