"""A guard against a reference-count bug of PySide6 6.12.0 on Python 3.11 (and older).

That release's bindings return ``None`` from void methods (``setEnabled``, ``setBackground`` ...)
without taking a reference to it. Before Python 3.12 ``None`` is not immortal, so every call takes
one reference away, and after enough calls Python aborts with "deallocating None" (the same was
seen for ``True``/``False``). The guard measures whether the bindings leak; when they do, it keeps
the reference counts of these static singletons high (what Python 3.12 does by making them
immortal), checking every few seconds. Python 3.12 and later, and fixed bindings, need nothing.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QSize, QTimer

PROBE_CALLS = 64
RESERVE = 1 << 30  # references added to a singleton whose count runs low
LOW_WATER = 1 << 29
CHECK_MS = 2_000
SINGLETONS = (None, True, False)

_timer: QTimer | None = None


def bindings_leak_none() -> bool:
    """Whether a void method of the Qt bindings takes a reference away from ``None``."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False  # immortal singletons (or no reference counts to speak of)
    size = QSize()
    before = sys.getrefcount(None)
    for _ in range(PROBE_CALLS):
        size.setWidth(1)
    return sys.getrefcount(None) < before - PROBE_CALLS // 2


def top_up() -> None:
    """Raise the reference counts of ``None``, ``True`` and ``False`` when they run low.

    They are static objects that are never freed, so references added here cost nothing.
    """
    import ctypes

    for obj in SINGLETONS:
        if sys.getrefcount(obj) < LOW_WATER:
            count = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt, the first field
            count.value += RESERVE


def install(parent: QObject | None = None) -> bool:
    """Start guarding (once) when the bindings leak; returns whether the guard is active."""
    global _timer
    if _timer is not None:
        return True
    if not bindings_leak_none():
        return False
    top_up()
    _timer = QTimer(parent)
    _timer.setInterval(CHECK_MS)
    _timer.timeout.connect(top_up)
    _timer.start()
    return True
