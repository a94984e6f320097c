"""Runs one summariser on prepared text: its sentences in order of preference, and its picks.

Every algorithm is seen through one interface, a *ranking*: for a summary of ``count``
sentences, the eligible sentences (never the excluded ones) in order of preference, at least
``count`` of them when the text has them. A summary of ``count`` sentences is the ranking's
first ``count``, in document order; the automatic length walks further down the ranking when a
sentence does not fit its word budget (:mod:`reader.summary.length`).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Collection, Sequence
from typing import Any

from reader.summary.prepared import Prepared

Ranking = Callable[[Prepared, int], list[int]]

#: Greedy algorithms rank this many times ``count`` sentences (their later choices cost more).
GREEDY_DEPTH = 2
#: Ratings are compared at 10 decimal places of their share of the largest one.
_ROUNDING = 1e10


def order(scores: Sequence[float] | Any, excluded: frozenset[int] = frozenset()) -> list[int]:
    """Every sentence not in ``excluded``, the best-rated first.

    Ties go to the earlier sentence, as in sumy (a stable sort on the rating); NaN ranks last.
    Ratings are compared rounded to 10 significant digits of the largest (sumy and Reader sum
    in different orders: near-equal ratings are ties), as ``numpy.round`` rounds.
    """
    raw = scores.tolist() if hasattr(scores, "tolist") else scores
    values = [-math.inf if math.isnan(v) else float(v) for v in raw]
    finite = [abs(v) for v in values if math.isfinite(v)]
    if finite:
        scale = max(max(finite), 1e-300)
        values = [
            round(v / scale * _ROUNDING) / _ROUNDING if math.isfinite(v) else v for v in values
        ]
    ranked = sorted(range(len(values)), key=lambda i: -values[i])
    return [i for i in ranked if i not in excluded]


def top(
    scores: Sequence[float] | Any, count: int, excluded: frozenset[int] = frozenset()
) -> list[int]:
    """The ``count`` best-rated sentences, in document order (see :func:`order`)."""
    return sorted(order(scores, excluded)[: max(0, count)])


def _scored(function: Callable[[Prepared], Any]) -> Ranking:
    def rank(prepared: Prepared, count: int) -> list[int]:
        return order(function(prepared), prepared.excluded)

    return rank


def _greedy(function: Callable[[Prepared, int], list[int]]) -> Ranking:
    def rank(prepared: Prepared, count: int) -> list[int]:
        return function(prepared, GREEDY_DEPTH * count)

    return rank


def ranking(name: str) -> Ranking:
    """The ranking function of the catalogue name ``name``."""
    return _rankings()[name]


@functools.cache
def _rankings() -> dict[str, Ranking]:
    from reader.summary import fast_graph, fast_greedy, fast_lsa, heuristics, news, standalone

    return {
        # summary sentences that make sense on their own (not in digests: docs/summaries.md)
        "news": standalone.standalone(news.news_order, unless=news.is_digest),
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


def admits(name: str, prepared: Prepared) -> Callable[[int, Collection[int]], bool] | None:
    """For algorithms whose summaries make sense on their own (News), whether a sentence may
    join the sentences chosen so far (:func:`reader.summary.standalone.admits`)."""
    if name != "news":
        return None
    from reader.summary.standalone import admits as standalone_admits

    return standalone_admits(prepared)


def selector(name: str) -> Callable[[Prepared, int], list[int]]:
    """The function choosing ``count`` sentence indices (in document order) for ``name``."""
    if name in ("sumbasic", "kl"):  # their first ``count`` choices, no deeper
        from reader.summary import fast_greedy

        greedy = fast_greedy.sumbasic_order if name == "sumbasic" else fast_greedy.kl_order
        return lambda prepared, count: sorted(greedy(prepared, count))
    rank = ranking(name)
    return lambda prepared, count: sorted(rank(prepared, count)[: max(0, count)])
