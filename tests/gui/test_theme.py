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


def _contrast(a: str, b: str) -> float:
    def luminance(name: str) -> float:
        c = QColor(name)
        parts = []
        for v in (c.redF(), c.greenF(), c.blueF()):
            parts.append(v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4)
        return 0.2126 * parts[0] + 0.7152 * parts[1] + 0.0722 * parts[2]

    x, y = sorted((luminance(a), luminance(b)), reverse=True)
    return (x + 0.05) / (y + 0.05)


@pytest.mark.parametrize("colors", [LIGHT, DARK], ids=["light", "dark"])
def test_the_selection_is_calm_and_readable(colors):
    selection = QColor(colors.selection)
    assert selection.hslSaturationF() <= 0.35  # no saturated block over the text
    assert (
        _contrast(colors.selection, colors.selection_text) >= 4.5
    )  # the text reads well (WCAG AA)
    assert _contrast(colors.selection, colors.paper) >= 1.2  # but it shows on the page
    assert _distinct(colors.selection, colors.find_current)
