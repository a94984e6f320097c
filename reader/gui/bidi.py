"""Text direction: whether a piece of text reads right to left (Arabic, Hebrew ...)."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt

_RTL = frozenset(("R", "AL"))
_LTR = frozenset(("L",))


def is_right_to_left(text: str) -> bool:
    """True when the first strongly directional character of ``text`` is right-to-left."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in _RTL:
            return True
        if kind in _LTR:
            return False
    return False


def direction_of(text: str) -> Qt.LayoutDirection:
    """The layout direction ``text`` asks for (left to right when it has no strong letters)."""
    if is_right_to_left(text):
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight
