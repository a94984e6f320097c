"""Runs one summariser on prepared text and picks the summary sentences."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reader.summary.prepared import Prepared


def top(
    scores: Sequence[float] | Any, count: int, excluded: frozenset[int] = frozenset()
) -> list[int]:
    """The ``count`` best-rated sentences, in document order.

    Ties go to the earlier sentence, as in sumy (a stable sort on the rating).
    """
    import numpy as np

    values = np.asarray(scores, dtype=np.float64).copy()
    if excluded:
        values[list(excluded)] = -np.inf
    values[np.isnan(values)] = -np.inf
    finite = np.isfinite(values)
    if finite.any():  # near-equal ratings are ties (sumy and numpy round differently)
        scale = max(float(np.abs(values[finite]).max()), 1e-300)
        values[finite] = np.round(values[finite] / scale, 10)
    allowed = len(values) - len(excluded)
    order = np.argsort(-values, kind="stable")[: max(0, min(count, allowed))]
    return sorted(int(i) for i in order)


def _scored(function: Callable[[Prepared], Any]) -> Callable[[Prepared, int], list[int]]:
    def select(prepared: Prepared, count: int) -> list[int]:
        return top(function(prepared), count, prepared.excluded)

    return select


def _greedy(function: Callable[[Prepared, int], list[int]]) -> Callable[[Prepared, int], list[int]]:
    def select(prepared: Prepared, count: int) -> list[int]:
        return sorted(function(prepared, count))

    return select


def selector(name: str) -> Callable[[Prepared, int], list[int]]:
    """The function choosing ``count`` sentence indices for the catalogue name ``name``."""
    from reader.summary import fast_graph, fast_greedy, fast_lsa, heuristics

    table: dict[str, Callable[[Prepared, int], list[int]]] = {
        "lexrank": _scored(fast_graph.lexrank_scores),
        "lsa": _scored(fast_lsa.lsa_scores),
        "luhn": _scored(heuristics.luhn_scores),
        "textrank": _scored(fast_graph.textrank_scores),
        "sumbasic": _greedy(fast_greedy.sumbasic_order),
        "kl": _greedy(fast_greedy.kl_order),
        "reduction": _scored(fast_graph.reduction_scores),
        "edmundson": _scored(heuristics.edmundson_scores),
        "lead": _scored(heuristics.lead_scores),
    }
    return table[name]
