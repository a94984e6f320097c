"""Theme colours: find matches stand out from tints and speakers; the active tab is marked."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from reader.gui.theme import DARK, LIGHT, style_sheet


def _distinct(a: str, b: str) -> bool:
    """Another hue, or clearly lighter or darker."""
    x, y = QColor(a), QColor(b)
    hue = abs(x.hslHue() - y.hslHue())
    return min(hue, 360 - hue) >= 40 or abs(x.lightness() - y.lightness()) >= 40


@pytest.mark.parametrize("colors", [LIGHT, DARK], ids=["light", "dark"])
def test_find_colours_are_used_by_nothing_else(colors):
    others = (*colors.speakers, colors.summary_tint, colors.paper)
    for find in (colors.find, colors.find_current):
        assert all(_distinct(find, other) for other in others), (find, others)
    assert _distinct(colors.find, colors.find_current)
    # a match inside a tinted summary sentence is clearly visible
    assert abs(QColor(colors.find).lightness() - QColor(colors.summary_tint).lightness()) > 25


@pytest.mark.parametrize("colors", [LIGHT, DARK], ids=["light", "dark"])
def test_the_active_tab_is_underlined_in_the_accent(colors):
    css = style_sheet(colors)
    selected = css[css.index("QTabBar::tab:selected") :].split("}")[0]
    assert f"solid {colors.accent}" in selected
