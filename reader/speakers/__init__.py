"""Named speakers. (stub, being replaced)"""

from __future__ import annotations

from reader.result import Span, Speaker


def find_speakers(text: str, sentences: tuple[Span, ...], language: str) -> tuple[Speaker, ...]:
    """Speakers ordered by first mention, spans into ``text``."""
    return ()
