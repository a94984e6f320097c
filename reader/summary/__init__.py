"""Extractive summaries. (stub, being replaced)"""

from __future__ import annotations

from reader.result import Span, Summary

# Light constants the GUI and CLI read at start-up (this module must not import sumy at import
# time): algorithm names in menu order, their display labels, and the default.
ALGORITHMS: tuple[str, ...] = ("lead",)
ALGORITHM_LABELS: dict[str, str] = {"lead": "Lead"}
DEFAULT_ALGORITHM = "lead"


def summarize(
    text: str,
    sentences: tuple[Span, ...],
    language: str,
    *,
    algorithm: str | None = None,
    count: int | None = None,
    ratio: float | None = None,
    title: str = "",
) -> Summary:
    """The summary; ``summary.sentences`` index ``sentences``, in document order."""
    n = count or 3
    return Summary(algorithm or DEFAULT_ALGORITHM, tuple(range(min(n, len(sentences)))))
