"""The installed Qt bindings must not corrupt Python's reference counts.

PySide6 6.12.0 drops a reference to ``None`` on every call of a Qt method that returns nothing;
on Python before 3.12 that aborts the interpreter after a while (pyproject.toml keeps 6.11
there). This test fails on such an install instead of letting the window crash later.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QSize


def test_void_qt_calls_keep_the_reference_count_of_none() -> None:
    size = QSize(1, 1)
    before = sys.getrefcount(None)
    for width in range(200):
        size.setWidth(width)
    assert sys.getrefcount(None) >= before - 5  # a little slack for the interpreter itself
