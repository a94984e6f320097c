"""The guard keeps None referenced however many void calls the bindings make."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSize

from reader.gui import refcount_guard


def test_many_void_calls_leave_none_safely_referenced(qapp):
    leaks = refcount_guard.bindings_leak_none()
    active = refcount_guard.install(qapp)
    assert active == leaks  # guarding exactly when the bindings leak
    size = QSize()
    for _ in range(20_000):
        size.setWidth(1)
    refcount_guard.top_up()
    if active:
        assert sys.getrefcount(None) > refcount_guard.LOW_WATER
    assert sys.getrefcount(None) > 1000
