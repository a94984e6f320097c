"""Text direction from the first strong character."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader.gui.bidi import direction_of, is_right_to_left


def test_the_first_strong_character_decides():
    assert is_right_to_left("שלום עולם")
    assert is_right_to_left("«مرحبا» hello")  # punctuation first: the Arabic letter decides
    assert is_right_to_left("2024 — مرحبا")
    assert not is_right_to_left("Hello مرحبا")
    assert not is_right_to_left("12345 …")
    assert direction_of("שלום") == Qt.LayoutDirection.RightToLeft
    assert direction_of("") == Qt.LayoutDirection.LeftToRight
