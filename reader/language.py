"""Language detection. (stub, being replaced)"""

from __future__ import annotations


def detect_language(text: str, override: str | None = None) -> tuple[str, tuple[str, ...]]:
    """Return ``(ISO 639-1 code, notes)``."""
    return (override or "en"), ()
