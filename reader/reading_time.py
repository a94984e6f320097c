"""Word counts and reading time of an article's text (the window's source line, the library)."""

from __future__ import annotations

import re

WORDS_PER_MINUTE = 230
CJK_CHARS_PER_MINUTE = 400
#: Chinese and Japanese characters: each counts as a word (the text has no spaces between them).
_CJK = re.compile(
    "[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]"
)


def word_counts(text: str) -> tuple[int, int]:
    """(words between spaces, Chinese/Japanese characters) in ``text``."""
    cjk = len(_CJK.findall(text))
    words = len(_CJK.sub(" ", text).split()) if cjk else len(text.split())
    return words, cjk


def count_words(text: str) -> int:
    """Words in ``text``, each Chinese or Japanese character counted as one."""
    return sum(word_counts(text))


def reading_minutes(text: str) -> int:
    """Minutes a reader takes for ``text`` (at least 1)."""
    words, cjk = word_counts(text)
    return max(1, round(words / WORDS_PER_MINUTE + cjk / CJK_CHARS_PER_MINUTE))
